"""The reception timeline of the day shown, as found by its search, to a CSV or XLSX file
(ui/common/list_export.py): visitors are personal data, so the export asks for a reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from arco_desk.services.list_exports import ListExport
from arco_desk.ui.common.list_export import ListReasonDialog, export_list

if TYPE_CHECKING:
    from arco_desk.ui.reception.reception_tab import ReceptionTab


def export_timeline(tab: ReceptionTab, path: Path | None = None) -> ListReasonDialog | None:
    day, text = tab.shown_day(), tab.search.text()

    def write(target: Path, reason: str) -> Callable[[], ListExport]:
        exports, layout, actor = tab.services.exports, tab.model.export_layout(), tab.actor()
        return lambda: exports.visits(day, text, target, layout, reason, actor=actor)
    name = QCoreApplication.translate("ListExport", "visits-%1").replace(
        "%1", day.strftime("%Y%m%d"))
    return export_list(tab, tab.message_bar, tab.export_button, rows=tab.model.rowCount(),
                       name=name, personal=True, write=write, path=path)
