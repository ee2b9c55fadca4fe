"""The directory's table model: staff ids, rows fetched in pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from arco_desk.domain.directory import Presence, StaffRecord
from arco_desk.services.list_export import Cell, ListLayout
from arco_desk.services.staff_import import FIELD_LABELS
from arco_desk.ui.common.messages import render
from arco_desk.ui.common.paged_model import PagedTableModel
from arco_desk.ui.common.status_style import status_colours, status_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def format_back_at(record: StaffRecord) -> str:
    if record.presence is Presence.IN or record.back_at is None:
        return ""
    return record.back_at.strftime("%m/%d %H:%M")


# The staff file's columns, as the import reads them back (services/staff_import.py).
_FILE_COLUMNS = ("name", "department", "position", "duties", "extension", "direct_line",
                 "email", "floor", "room", "seat")


class StaffTableModel(PagedTableModel[StaffRecord]):
    NAME, DEPARTMENT, POSITION, DUTIES, EXTENSION, DIRECT, PRESENCE, BACK_AT, STAND_IN = range(9)

    def __init__(self, fetch: Any, parent: Any = None) -> None:
        super().__init__(fetch, parent)
        self.headers = (
            QCoreApplication.translate("StaffTableModel", "Name"),
            QCoreApplication.translate("StaffTableModel", "Department"),
            QCoreApplication.translate("StaffTableModel", "Position"),
            QCoreApplication.translate("StaffTableModel", "Duties"),
            QCoreApplication.translate("StaffTableModel", "Ext."),
            QCoreApplication.translate("StaffTableModel", "Direct line"),
            QCoreApplication.translate("StaffTableModel", "Presence"),
            QCoreApplication.translate("StaffTableModel", "Back at"),
            QCoreApplication.translate("StaffTableModel", "Stand-in"),
        )

    def cell(self, r: StaffRecord, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.PRESENCE:
                return status_text(r.presence)
            if column == self.BACK_AT:
                shown = format_back_at(r)
                if role == SORT_ROLE and shown and r.back_at is not None:
                    return r.back_at.isoformat()  # sorts across months, unlike "MM/DD"
                return shown
            plain = (r.name, r.department_name, r.position, r.duties, r.extension,
                     r.direct_line, None, None, r.stand_in_name or "")
            return plain[column]
        if column == self.PRESENCE and role == Qt.ItemDataRole.BackgroundRole:
            return status_colours(r.presence)[0]
        if column == self.PRESENCE and role == Qt.ItemDataRole.ForegroundRole:
            return status_colours(r.presence)[1]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PRESENCE and r.presence_note:
            return r.presence_note
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DUTIES:
            return r.duties
        return None

    def export_layout(self) -> ListLayout[StaffRecord]:
        """The directory as a file the import takes back: the staff file's columns, then
        presence, back at and stand-in."""
        def cells(r: StaffRecord) -> list[Cell]:
            return [r.name, r.department_name, r.position, r.duties, r.extension,
                    r.direct_line, r.email, r.floor, r.room, r.seat, status_text(r.presence),
                    r.back_at if r.presence is not Presence.IN else None,
                    r.stand_in_name or ""]
        headers = tuple(render(FIELD_LABELS[key]) for key in _FILE_COLUMNS)
        return ListLayout(
            QCoreApplication.translate("ListExport", "Staff directory"),
            (*headers, self.headers[self.PRESENCE], self.headers[self.BACK_AT],
             self.headers[self.STAND_IN]),
            cells)
