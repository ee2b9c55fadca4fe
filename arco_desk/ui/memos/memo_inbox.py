"""내 메모: the memos for the staff member this PC belongs to.

A widget on its own, so the phone tab shows it and the staff PC's small tray
window can show it too. Unread first, each with its countdown to the callback.
Opening a memo (selecting it) marks it read.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import MEMO_KINDS, ChangeKind, ChangeRecord
from arco_desk.domain.directory import StaffRecord
from arco_desk.services.container import Services
from arco_desk.ui.admin.identity_dialog import IdentityDialog
from arco_desk.ui.common.change_watcher import ChangesNow
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.list_reader import ListReader
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.paged_model import report_outages
from arco_desk.ui.common.record_list import record_table
from arco_desk.ui.memos.memo_detail import MemoDetailView
from arco_desk.ui.memos.memo_model import MemoColumn, MemoTableModel

INBOX_COLUMNS = (MemoColumn.DUE, MemoColumn.CALLER, MemoColumn.MESSAGE,
                 MemoColumn.CALLED_AT, MemoColumn.STATUS)


# Changes that redraw a memo's row but cannot add one to the inbox or take one out.
ROW_ONLY = frozenset({ChangeKind.MEMO_DELIVERED, ChangeKind.MEMO_READ})

class MyMemosPanel(QWidget):
    """The inbox of ``actor()`` (this PC's staff member); ``unread_changed`` tells a tray
    badge. ``settings`` is where the identity dialog keeps the choice."""

    unread_changed = Signal(int)
    identity_changed = Signal()
    complaint_requested = Signal(int)

    def __init__(
        self,
        services: Services,
        message_bar: MessageBar,
        settings: QSettings,
        actor: Callable[[], Actor],
        changes_now: ChangesNow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.changes_now = changes_now
        self.services = services
        self.message_bar = message_bar
        self.settings = settings
        self.actor = actor
        self.unread = 0
        self._who = ""
        # The inbox is read (and its new memos marked delivered) off the GUI thread (§18).
        self.reader = ListReader(self, message_bar)

        self.who = QLabel()
        self.who.setAccessibleName(self.tr("Whose memos"))
        self.choose_button = QPushButton(self.tr("This PC's staff…"))
        self.choose_button.setToolTip(self.tr("Choose the staff member this PC belongs to"))
        header = QHBoxLayout()
        header.addWidget(self.who, 1)
        header.addWidget(self.choose_button)

        self.model = MemoTableModel(services.memos.rows, services.memos.badge,
                                    services.clock, INBOX_COLUMNS,
                                    self, bold_unread=True)
        report_outages(self.model, message_bar)
        self.table = record_table(self.model, self.tr("My memos"), alternating=False)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(self.model.column_of(MemoColumn.MESSAGE),
                                  QHeaderView.ResizeMode.Stretch)
        for column, width in ((MemoColumn.DUE, 110), (MemoColumn.CALLER, 150),
                              (MemoColumn.CALLED_AT, 90), (MemoColumn.STATUS, 110)):
            self.table.setColumnWidth(self.model.column_of(column), width)

        self.detail = MemoDetailView(services, message_bar, actor, self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([220, 260])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.choose_button.clicked.connect(self.choose_identity)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.changed.connect(self._detail_changed)
        self.detail.complaint_requested.connect(self.complaint_requested)
        self.reload()

    def staff_id(self) -> int | None:
        """This PC's staff member (None at a desk without one, or when the database
        cannot say: the message bar tells)."""
        staff_id: int | None = None
        with refusals(self.message_bar):
            staff_id = self.actor().staff_id
        return staff_id

    # --- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the inbox again in the background and mark new ones delivered there;
        :meth:`show_inbox` shows it (keeping the open memo)."""
        me = self.staff_id()
        if me is None:
            self.reader.drop_pending()
            self._who = ""
            self.who.setText(self.tr("Choose the staff member this PC belongs to, to see "
                                     "their memos here."))
            self._set_ids([], open_id=None)
            self._set_unread(0)
            return
        with refusals(self.message_bar) as outcome:
            actor = self.actor()
        if outcome.refused:
            return
        memos, directory = self.services.memos, self.services.directory

        def read() -> tuple[list[int], StaffRecord, int]:
            ids = memos.inbox_ids(me)
            staff = directory.get_staff(me)
            memos.mark_delivered(ids, actor=actor)
            return ids, staff, memos.unread_count(me)
        self.reader.read(read, self.show_inbox)

    def show_inbox(self, answer: tuple[list[int], StaffRecord, int]) -> None:
        ids, staff, unread = answer
        open_id = self.detail.memo.id if self.detail.memo is not None else None
        self._who = self.tr("My memos — %1 (%2)").replace("%1", staff.name).replace(
            "%2", staff.department_name)
        self._set_ids(ids, open_id)
        self._set_unread(unread)

    def refresh_tick(self) -> None:
        self.reload()

    def apply_changes(self, records: list[ChangeRecord]) -> None:
        """Redraw from change records: a delivery or a read receipt of a memo already in
        the list redraws its row (and the open memo); anything else may add or remove
        memos, so the list is fetched again."""
        memos = [r for r in records if r.kind in MEMO_KINDS]
        if not memos:
            return
        shown = set(self.model.ids())
        if all(r.kind in ROW_ONLY and r.entity_id in shown for r in memos):
            changed = list(dict.fromkeys(r.entity_id for r in memos))
            self.model.refresh_rows(changed)
            if self.detail.memo is not None and self.detail.memo.id in changed:
                self.detail.reload()
            self._refresh_unread()
            return
        self.reload()

    def _set_ids(self, ids: list[int], open_id: int | None) -> None:
        self.table.selectionModel().blockSignals(True)
        if ids and ids == self.model.ids():  # the same memos: no reset, the scroll stays
            self.model.forget_all_rows()
            self.model.refresh_badges()
        else:
            self.model.set_ids(ids)
        if open_id is not None and open_id in ids:
            self.table.selectRow(self.model.row_of(open_id))
        self.table.selectionModel().blockSignals(False)
        if open_id is not None:
            self.detail.reload()  # the memo stays in view, done or passed on

    def _set_unread(self, count: int) -> None:
        if self._who:
            self.who.setText(f"<b>{html.escape(self._who)}</b>  "
                             + html.escape(self.tr("%1 unread").replace("%1", str(count))))
        if count != self.unread:
            self.unread = count
            self.unread_changed.emit(count)

    # --- actions -----------------------------------------------------------------------

    def open_memo(self, memo_id: int) -> None:
        """Show the memo; it counts as read when it is addressed to this PC's staff."""
        with refusals(self.message_bar) as outcome:
            detail = self.services.memos.open_memo(memo_id, actor=self.actor())
        if outcome.refused:
            return
        self.detail.show_detail(detail)
        self.changes_now()  # a first opening is a read receipt

    def choose_identity(self) -> IdentityDialog:
        dialog = IdentityDialog(self.services.directory, self.settings, self)
        return open_dialog(dialog, self._identity_chosen)

    def _identity_chosen(self) -> None:
        self.person_changed()

    def person_changed(self) -> None:
        """Another person sits here now: their inbox, greeting and host banners."""
        self.detail.show_detail(None)
        self.reload()
        self.identity_changed.emit()

    def _refresh_unread(self) -> None:
        me = self.staff_id()
        if me is None:
            return
        with refusals(self.message_bar) as outcome:
            count = self.services.memos.unread_count(me)
        if outcome.refused:
            return
        self._set_unread(count)

    def _current_changed(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_memo(self.model.id_at(index.row()))

    def _detail_changed(self, _memo_id: int) -> None:
        self.changes_now()
