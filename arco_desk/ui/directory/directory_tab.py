"""직원 안내: department tree, searchable staff table, details and presence (clause 1-1)."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import DIRECTORY_KINDS, ChangeRecord, kinds_of
from arco_desk.domain.directory import Presence, StaffRecord
from arco_desk.services.container import Services
from arco_desk.services.list_exports import ListExport
from arco_desk.services.staff_import import ImportResult
from arco_desk.ui.common.change_watcher import ChangesNow
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.list_export import export_button, export_list
from arco_desk.ui.common.list_reader import ListReader
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.paged_model import report_outages
from arco_desk.ui.common.record_list import record_table, search_as_typed, with_count
from arco_desk.ui.common.search_box import search_box, show_found
from arco_desk.ui.common.status_style import status_colours, status_text
from arco_desk.ui.directory.import_dialog import ImportDialog
from arco_desk.ui.directory.presence_dialog import PresenceDialog
from arco_desk.ui.directory.staff_dialog import StaffDialog
from arco_desk.ui.directory.staff_model import SORT_ROLE, StaffTableModel, format_back_at


class DirectoryTab(QWidget):
    def __init__(
        self, services: Services, message_bar: MessageBar, actor: Callable[[], Actor],
        changes_now: ChangesNow, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.changes_now = changes_now
        self.actor = actor
        self.services = services
        self.message_bar = message_bar

        self.search = search_box()
        self.search.setPlaceholderText(
            self.tr("Search by name, department, duty or extension (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search staff"))
        self.presence_filter = QComboBox()
        self.presence_filter.setAccessibleName(self.tr("Presence filter"))
        self.presence_filter.addItem(self.tr("Everyone"), None)
        for p in Presence:
            self.presence_filter.addItem(status_text(p), p.value)
        self.new_button = QPushButton(self.tr("&New"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.presence_button = QPushButton(self.tr("&Presence…"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = export_button()
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.search, 1)
        toolbar.addWidget(self.presence_filter)
        for button in (self.new_button, self.edit_button, self.presence_button,
                       self.import_button, self.export_button):
            toolbar.addWidget(button)

        self.departments = QTreeWidget()
        self.departments.setHeaderLabels([self.tr("Department")])
        self.departments.setAccessibleName(self.tr("Departments"))
        self.departments.setMinimumWidth(170)

        self.model = StaffTableModel(services.directory.staff_rows, self)
        report_outages(self.model, message_bar)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = record_table(self.proxy, self.tr("Staff"))
        self.table.setSortingEnabled(True)
        # Until a header is clicked, keep the database order: department, then name.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StaffTableModel.DUTIES, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        for column, width in ((0, 70), (1, 96), (2, 52), (4, 52), (5, 104), (6, 92), (7, 86),
                              (8, 64)):
            self.table.setColumnWidth(column, width)

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumWidth(220)
        self.detail.setAccessibleName(self.tr("Staff details"))
        self.detail.setContentsMargins(10, 6, 10, 6)
        self.count_label = QLabel()
        # Searches run off the GUI thread (docs/architecture.md §18); the latest wins.
        self.reader = ListReader(self, message_bar, busy_label=self.count_label)
        self._edited: int | None = None  # the person just saved: selected when listed

        splitter = QSplitter()
        splitter.addWidget(self.departments)
        splitter.addWidget(with_count(self.table, self.count_label))
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 860, 240])

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)

        search_as_typed(self.search, self.reload, self)
        self.presence_filter.currentIndexChanged.connect(self.reload)
        self.departments.currentItemChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.doubleClicked.connect(self.edit_presence)
        self.search.returnPressed.connect(self._focus_first)
        self.new_button.clicked.connect(self.new_staff)
        self.edit_button.clicked.connect(self.edit_staff)
        self.presence_button.clicked.connect(self.edit_presence)
        self.import_button.clicked.connect(self.import_staff)
        self.export_button.clicked.connect(lambda: self.export_list())

        self.reload_departments()
        self.reload()

    # --- loading -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_department(self) -> int | None:
        item = self.departments.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def reload_departments(self) -> None:
        current = self.selected_department()
        with refusals(self.message_bar) as outcome:
            departments = self.services.directory.departments()
        if outcome.refused:
            return
        self.departments.blockSignals(True)
        self.departments.clear()
        total = sum(d.staff_count for d in departments)
        root = QTreeWidgetItem([self.tr("All departments (%1)").replace("%1", str(total))])
        root.setData(0, Qt.ItemDataRole.UserRole, None)
        self.departments.addTopLevelItem(root)
        items: dict[int, QTreeWidgetItem] = {}
        for d in departments:
            item = QTreeWidgetItem([f"{d.name} ({d.staff_count})"])
            item.setData(0, Qt.ItemDataRole.UserRole, d.id)
            item.setToolTip(0, f"{d.floor} · {d.main_phone}")
            items[d.id] = item
        for d in departments:
            parent = items.get(d.parent_id) if d.parent_id is not None else None
            (parent or root).addChild(items[d.id])
        root.setExpanded(True)
        self.departments.setCurrentItem(items.get(current, root) if current else root)
        self.departments.blockSignals(False)

    def reload(self, select_id: int | None = None) -> None:
        """Search in the background; :meth:`show_ids` shows the answer, selecting
        ``select_id`` when it is listed (else the first)."""
        presence = self.presence_filter.currentData()
        text, department = self.search.text(), self.selected_department()
        wanted = Presence(presence) if presence else None
        directory = self.services.directory
        self.reader.read(lambda: directory.search_ids(text, department, wanted),
                         lambda ids: self.show_ids(ids, select_id))

    def show_ids(self, ids: list[int], select_id: int | None = None) -> None:
        self.model.set_ids(ids)
        show_found(self.count_label, self.tr("%1 staff").replace("%1", str(len(ids))), ids)
        if select_id is not None and select_id in ids:
            self.select_staff(select_id)
        elif ids:
            self.table.selectRow(0)
        else:
            self._show_record(None)

    def apply_changes(self, records: list[ChangeRecord]) -> None:
        """A staff member or a department changed, here or on another PC: the tree's
        counts, the list and the detail pane, keeping the person shown."""
        if not kinds_of(records) & DIRECTORY_KINDS:
            return
        shown = self.current_record()
        keep, self._edited = self._edited, None
        if keep is None and shown is not None:
            keep = shown.id
        self.reload_departments()
        self.reload(select_id=keep)

    def select_staff(self, staff_id: int) -> None:
        ids = self.model.ids()
        if staff_id in ids:
            row = self.proxy.mapFromSource(self.model.index(ids.index(staff_id), 0)).row()
            self.table.selectRow(row)

    def _focus_first(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def current_record(self) -> StaffRecord | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def _show_current(self) -> None:
        self._show_record(self.current_record())

    def _show_record(self, r: StaffRecord | None) -> None:
        for button in (self.edit_button, self.presence_button):
            button.setEnabled(r is not None)
        if r is None:
            self.detail.setText(self.tr("No staff member matches."))
            return
        background, foreground = status_colours(r.presence)
        e = html.escape
        lines = [
            f"<h2 style='margin:0'>{e(r.name)} <small>{e(r.position)}</small></h2>",
            f"<p style='margin-top:2px'>{e(r.department_name)}</p>",
            f"<p><span style='background:{background.name()}; color:{foreground.name()};"
            f" padding:2px 6px;'>&nbsp;{e(status_text(r.presence))}&nbsp;</span>",
        ]
        if r.presence is not Presence.IN:
            back = format_back_at(r)
            if back:
                lines.append(" " + e(self.tr("back at %1").replace("%1", back)))
            if r.presence_note:
                lines.append(f" · {e(r.presence_note)}")
        lines.append("</p><table cellspacing='4'>")
        rows = (
            (self.tr("Duties"), r.duties),
            (self.tr("Extension"), r.extension),
            (self.tr("Direct line"), r.direct_line),
            (self.tr("E-mail"), r.email),
            (self.tr("Location"), " ".join(x for x in (r.floor, r.room, r.seat) if x)),
            (self.tr("Stand-in"), r.stand_in_name or self.tr("(none)")),
        )
        for label, value in rows:
            lines.append(f"<tr><td><b>{e(label)}</b></td><td>{e(value)}</td></tr>")
        lines.append("</table>")
        if not r.presence.is_available and r.stand_in_name:
            lines.append(
                "<p style='color:#713f12'>"
                + e(self.tr("Absent: route callers and visitors to %1.").replace(
                    "%1", r.stand_in_name))
                + "</p>"
            )
        self.detail.setText("".join(lines))

    # --- actions -----------------------------------------------------------------------

    def _after_edit(self, record: StaffRecord | None, message: str) -> None:
        if record is None:
            return
        self._edited = record.id
        self.changes_now()
        self.select_staff(record.id)
        self.message_bar.show_info(message)

    def new_staff(self) -> StaffDialog | None:
        return self._open_staff_dialog(None, self.tr("Staff member added."))

    def edit_staff(self) -> StaffDialog | None:
        record = self.current_record()
        if record is None:
            return None
        return self._open_staff_dialog(record, self.tr("Staff member saved."))

    def _open_staff_dialog(self, record: StaffRecord | None, message: str) -> StaffDialog | None:
        with refusals(self.message_bar) as outcome:
            departments = self.services.directory.departments()
        if outcome.refused:
            return None
        dialog = StaffDialog(self.services.directory, self.actor, departments, record, self,
                             submissions=self.services.submissions)
        return open_dialog(dialog, lambda: self._after_edit(dialog.saved, message))

    def edit_presence(self) -> PresenceDialog | None:
        record = self.current_record()
        if record is None:
            return None
        dialog = PresenceDialog(self.services.directory, self.actor, record, self)
        return open_dialog(dialog, lambda: self._after_edit(dialog.saved,
                                                            self.tr("Presence saved.")))

    def import_staff(self) -> ImportDialog:
        dialog = ImportDialog(self.services.staff_import, self.actor, self)
        return open_dialog(dialog, lambda: self._imported(dialog.outcome))

    def _imported(self, outcome: ImportResult | None) -> None:
        if outcome is None:
            return
        self.changes_now()
        self.message_bar.show_info(
            self.tr("%1 staff imported, %2 rows skipped.")
            .replace("%1", str(outcome.inserted))
            .replace("%2", str(len(outcome.rejected)))
        )

    def export_list(self, path: Path | None = None) -> None:
        """Ctrl+Shift+E: the staff of the department, presence and search shown, to a file
        the import takes back. The agency's own directory: no reason, no access record."""
        presence = self.presence_filter.currentData()
        text, department = self.search.text(), self.selected_department()

        def write(target: Path, _reason: str) -> Callable[[], ListExport]:
            exports, layout = self.services.exports, self.model.export_layout()
            shown = Presence(presence) if presence else None
            return lambda: exports.directory(text, department, shown, target, layout)
        export_list(self, self.message_bar, self.export_button, rows=self.model.rowCount(),
                    name=self.tr("directory"), personal=False, write=write, path=path)
