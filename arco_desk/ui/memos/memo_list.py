"""The desk's list of today's and open memos: filters, search in the database, by deadline."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.memos import MemoFilter, MemoRow, MemoStatus
from arco_desk.services.container import Services
from arco_desk.services.list_exports import ListExport
from arco_desk.services.search import shown_count
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.list_export import ListReasonDialog, export_button, export_list
from arco_desk.ui.common.list_reader import ListReader
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.paged_model import prefetch, report_outages
from arco_desk.ui.common.record_list import (
    pages_in_view,
    record_table,
    search_as_typed,
    with_count,
)
from arco_desk.ui.common.search_box import search_box, show_found
from arco_desk.ui.common.staff_picker import StaffPicker
from arco_desk.ui.common.status_style import status_text
from arco_desk.ui.memos.memo_model import MemoColumn, MemoTableModel, export_layout

# The status column carries the time a memo was read (or done): the desk sees it at a glance.
LIST_COLUMNS = (MemoColumn.STATUS, MemoColumn.DUE, MemoColumn.CALLED_AT, MemoColumn.CALLER,
                MemoColumn.PHONE, MemoColumn.RECIPIENT, MemoColumn.MESSAGE)


class MemoListPanel(QWidget):
    """``memo_activated`` when a row is opened (double-click or Enter)."""

    memo_activated = Signal(int)

    def __init__(
        self, services: Services, message_bar: MessageBar, actor: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.message_bar = message_bar
        self.actor = actor

        self.search = search_box()
        self.search.setPlaceholderText(self.tr("Caller's name or number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search memos"))
        self.staff_filter = StaffPicker(services.directory)
        self.staff_filter.setPlaceholderText(self.tr("Any colleague"))
        self.staff_filter.setAccessibleName(self.tr("Colleague filter"))
        self.department_filter = QComboBox()
        self.department_filter.setAccessibleName(self.tr("Department filter"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in MemoStatus:
            self.status_filter.addItem(status_text(status), status.value)
        self.include_closed = QCheckBox(self.tr("Older done memos"))
        self.include_closed.setToolTip(
            self.tr("Also list memos done before today (search the whole history)"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.staff_filter, 1)
        filters.addWidget(self.department_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.include_closed)
        self.export_button = export_button()
        filters.addWidget(self.export_button)

        self.model = MemoTableModel(services.memos.rows, services.memos.badge,
                                    services.clock, LIST_COLUMNS,
                                    self)
        report_outages(self.model, message_bar)
        self.table = record_table(self.model, self.tr("Memos"))
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(self.model.column_of(MemoColumn.MESSAGE),
                                  QHeaderView.ResizeMode.Stretch)
        for column, width in ((MemoColumn.STATUS, 104), (MemoColumn.DUE, 116),
                              (MemoColumn.CALLED_AT, 80), (MemoColumn.CALLER, 130),
                              (MemoColumn.PHONE, 108), (MemoColumn.RECIPIENT, 110)):
            self.table.setColumnWidth(self.model.column_of(column), width)
        self.count_label = QLabel()
        # Searches run off the GUI thread (docs/architecture.md §18); the latest wins.
        self.reader = ListReader(self, message_bar, busy_label=self.count_label)
        self._loaded_day = services.clock().astimezone(SEOUL).date()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(with_count(self.table, self.count_label), 1)

        search_as_typed(self.search, self.reload, self)
        self.staff_filter.staff_chosen.connect(self.reload)
        self.staff_filter.cleared.connect(self.reload)
        self.department_filter.currentIndexChanged.connect(self.reload)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.include_closed.toggled.connect(self.reload)
        self.table.activated.connect(self._activated)
        self.search.returnPressed.connect(self._focus_table)
        self.export_button.clicked.connect(lambda: self.export_list())

        self.reload_departments()
        self.reload()

    def memo_filter(self) -> MemoFilter:
        status = self.status_filter.currentData()
        return MemoFilter(
            text=self.search.text(),
            staff_id=self.staff_filter.staff_id(),
            department_id=self.department_filter.currentData(),
            status=MemoStatus(status) if status else None,
            include_closed=self.include_closed.isChecked(),
        )

    def reload_departments(self) -> None:
        with refusals(self.message_bar) as outcome:
            departments = self.services.directory.departments()
        if outcome.refused:
            return
        current = self.department_filter.currentData()
        self.department_filter.blockSignals(True)
        self.department_filter.clear()
        self.department_filter.addItem(self.tr("All departments"), None)
        for department in departments:
            self.department_filter.addItem(department.name, department.id)
        self.department_filter.setCurrentIndex(
            max(0, self.department_filter.findData(current)))
        self.department_filter.blockSignals(False)

    def reload(self) -> None:
        """Search again with the filters, in the background; the selected memo stays
        selected. The answer comes in :meth:`show_ids` (a newer search drops it)."""
        wanted, memos = self.memo_filter(), self.services.memos
        self._loaded_day = self.services.clock().astimezone(SEOUL).date()
        # The rows the table shows come with the ids (the paint finds them read).
        shown, pages, fetch = self.model.ids(), pages_in_view(self.table), self.model.fetcher()

        def read() -> tuple[list[int], dict[int, MemoRow]]:
            ids = memos.search_ids(wanted)
            return ids, prefetch(fetch, ids, pages if ids == shown else [0])
        self.reader.read(read, lambda found: self.show_ids(*found))

    def show_ids(self, ids: list[int], rows: Mapping[int, MemoRow] | None = None) -> None:
        """The search's answer on the GUI thread: the list and its count (``rows``: the
        shown pages' rows, read with the ids)."""
        selected = self.selected_id()
        if ids == self.model.ids():  # the same memos: no reset, the scroll stays
            self.model.replace_rows(rows or {})
            self.model.refresh_badges()
        else:
            self.model.set_ids(ids, rows)
        show_found(self.count_label, self.tr("%1 memos").replace("%1", shown_count(ids)), ids)
        if selected is not None and selected in ids:
            self.table.selectRow(self.model.row_of(selected))

    def refresh_tick(self) -> None:
        """The heartbeat: the countdowns move without a query (rows keep their cached
        deadlines); other PCs' memos come through the change feed. Only the day's turn
        changes what the list holds (today's done memos), so only then is it read again,
        in the background."""
        self.model.refresh_badges()
        if self.services.clock().astimezone(SEOUL).date() != self._loaded_day:
            self.reload()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.memo_activated.emit(self.model.id_at(index.row()))

    def export_list(self, path: Path | None = None) -> ListReasonDialog | None:
        """The memos of the filter shown (all of them, not the rows loaded) to a file,
        with a reason: callers are personal data."""
        wanted = self.memo_filter()

        def write(target: Path, reason: str) -> Callable[[], ListExport]:
            exports, layout, actor = self.services.exports, export_layout(), self.actor()
            return lambda: exports.memos(wanted, target, layout, reason, actor=actor)
        return export_list(self, self.message_bar, self.export_button,
                           rows=self.model.rowCount(),
                           name=self.tr("phone-memos"), personal=True, write=write,
                           path=path)
