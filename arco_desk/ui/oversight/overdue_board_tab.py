"""기한 현황: what is due today or overdue, by department and person, with the same
countdown badges as the lists (issue 16). A team lead sees their department, an
administrator every department. Enter or a double-click opens an item in its own tab;
"Reassign open work…" hands a person's open memos and complaints over.

The board is read again when a memo, a complaint or an outbound visit changes (here or on
another PC: the change feed) and at the window's heartbeat, which moves the badges.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import (
    COMPLAINT_KINDS,
    DIRECTORY_KINDS,
    MEMO_KINDS,
    ChangeKind,
    ChangeRecord,
    kinds_of,
)
from arco_desk.domain.overdue import BoardGroup, BoardItem, OverdueBoard, Urgency, WorkKind
from arco_desk.domain.roles import Permission, Reach, reach_of
from arco_desk.services.container import Services
from arco_desk.services.permissions import roles_of
from arco_desk.ui.common.change_watcher import ChangesNow
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.list_reader import ListReader
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.status_style import badge_text, status_colours
from arco_desk.ui.complaints.complaint_text import short_moment
from arco_desk.ui.oversight.handover_dialog import HandOverDialog

# Item rows carry (kind, id); person rows (department id, staff id).
ITEM_ROLE = Qt.ItemDataRole.UserRole
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
_BOARD_KINDS = MEMO_KINDS | COMPLAINT_KINDS | DIRECTORY_KINDS | {
    ChangeKind.OUTBOUND_VISIT_CHANGED, ChangeKind.CALENDAR_CHANGED}


def _same_work(board: OverdueBoard, shown: OverdueBoard | None) -> bool:
    """The same work with the same badges as the board shown: the tree stays."""
    return shown is not None and (board.groups, board.by_kind, board.by_urgency) == (
        shown.groups, shown.by_kind, shown.by_urgency)


class OverdueBoardTab(QWidget):
    """``open_requested(kind, id)``: the window shows the item in its own tab."""

    open_requested = Signal(str, int)

    NAME, BADGE, DUE, DETAILS = range(4)

    def __init__(self, services: Services, message_bar: MessageBar,
                 actor: Callable[[], Actor], changes_now: ChangesNow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.message_bar = message_bar
        self.actor = actor
        self.changes_now = changes_now
        self.board: OverdueBoard | None = None
        self._stale = False  # a tick or a change came while another tab was shown
        self.reader = ListReader(self, message_bar)  # the heartbeat's board (§18)
        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Due today and overdue"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Department / person / item"),
                                   self.tr("Time left"), self.tr("Due"), self.tr("Details")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (self.BADGE, self.DUE, self.DETAILS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_current)
        self.handover_button = QPushButton(self.tr("&Reassign open work…"))
        self.handover_button.clicked.connect(self.reassign_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.handover_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.reload()

    # --- what the main window calls -----------------------------------------------------

    def refresh_tick(self) -> None:
        """The heartbeat: the badges follow the clock, and what became due joins."""
        self.read_in_background()

    def read_in_background(self) -> None:
        """The board read off the GUI thread (docs/architecture.md §18); painted again only
        when something on it changed. Behind another tab of the window it is only marked
        stale and read when shown: at a million records the board's read is the heaviest
        of a heartbeat, and its Python work shares the interpreter lock with the GUI."""
        if self.isHidden() and self.parentWidget() is not None:
            self._stale = True
            return
        self._stale = False
        with refusals(self.message_bar) as outcome:
            actor = self.actor()
        if outcome.refused:
            return
        overdue, before = self.services.overdue, self.board

        def read() -> tuple[OverdueBoard, bool]:
            board = overdue.board(actor=actor)
            return board, _same_work(board, before)  # compared here, off the GUI thread
        self.reader.read(read, lambda answer: self.show_board(*answer))

    def apply_changes(self, records: list[ChangeRecord]) -> None:
        if kinds_of(records) & _BOARD_KINDS:
            self.read_in_background()

    def focus_search(self) -> None:
        self.tree.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.read_in_background()

    # --- the board ----------------------------------------------------------------------

    def reload(self) -> None:
        self.reader.drop_pending()  # a tick's older board must not paint over this one
        with refusals(self.message_bar) as outcome:
            board = self.services.overdue.board(actor=self.actor())
        if outcome.refused:
            return
        self.show_board(board)

    def show_board(self, board: OverdueBoard, same: bool | None = None) -> None:
        """``same``: the board was compared with the one shown already (in the
        background)."""
        if same is None:
            same = _same_work(board, self.board)
        if same:
            self.board = board
            self.summary.setText(self._summary(board))
            return  # the same work, the same badges: the tree stays as it is
        keep = self._key(self.tree.currentItem())
        collapsed = {self._key(top) for top in self._tops() if not top.isExpanded()}
        self.board = board
        self.tree.clear()
        self.summary.setText(self._summary(board))
        departments: dict[int | None, QTreeWidgetItem] = {}
        for group in board.groups:
            top = departments.get(group.department_id)
            if top is None:
                top = departments[group.department_id] = self._department_row(board, group)
                self.tree.addTopLevelItem(top)
            person = self._group_row(group)
            top.addChild(person)
            for item in group.items:
                person.addChild(self._item_row(item))
        self.tree.expandAll()
        current = None
        for top in self._tops():
            if self._key(top) in collapsed:
                top.setExpanded(False)
            current = current or self._find(top, keep)
        tops = self._tops()
        if current is None and tops:  # the first person named, ready to hand over
            people = [child for top in tops for i in range(top.childCount())
                      if (child := top.child(i)) is not None]
            current = next((p for p in people if p.data(self.NAME, PERSON_ROLE)[2]), tops[0])
        if current is not None:
            self.tree.setCurrentItem(current)
        self._enable()

    def _tops(self) -> list[QTreeWidgetItem]:
        return [top for i in range(self.tree.topLevelItemCount())
                if (top := self.tree.topLevelItem(i)) is not None]

    def _summary(self, board: OverdueBoard) -> str:
        if not board.count:
            return self.tr("Nothing is due today or overdue.")
        count = self.tr("%1 items").replace("%1", str(board.count))
        return (f"{count}: {self._urgency_counts(board.by_urgency)}  —  "
                f"{self._kind_counts(board.by_kind)}")

    def _kind_counts(self, kinds: Mapping[WorkKind, int]) -> str:
        counts = [(self.tr("complaints %1"), WorkKind.COMPLAINT),
                  (self.tr("memo callbacks %1"), WorkKind.MEMO_CALLBACK),
                  (self.tr("D-1 calls %1"), WorkKind.VISIT_CALL)]
        return " · ".join(words.replace("%1", str(kinds.get(kind, 0)))
                          for words, kind in counts if kinds.get(kind, 0))

    def _urgency_counts(self, counts: Mapping[Urgency, int]) -> str:
        parts = []
        overdue = counts.get(Urgency.OVERDUE, 0)
        today = counts.get(Urgency.DUE_TODAY, 0)
        paused = counts.get(Urgency.PAUSED, 0)
        if overdue:
            parts.append(self.tr("⚠ %1 overdue").replace("%1", str(overdue)))
        if today:
            parts.append(self.tr("◔ %1 today").replace("%1", str(today)))
        if paused:
            parts.append(self.tr("‖ %1 paused").replace("%1", str(paused)))
        return " · ".join(parts)

    def _department_row(self, board: OverdueBoard, group: BoardGroup) -> QTreeWidgetItem:
        members = [g for g in board.groups if g.department_id == group.department_id]
        count = sum(g.count for g in members)
        urgency: dict[Urgency, int] = {}
        kinds: dict[WorkKind, int] = {}
        for member in members:
            for key, value in member.by_urgency.items():
                urgency[key] = urgency.get(key, 0) + value
            for kind, value in member.by_kind.items():
                kinds[kind] = kinds.get(kind, 0) + value
        name = group.department_name or self.tr("(no department)")
        row = QTreeWidgetItem([f"{name} ({count})", self._urgency_counts(urgency), "",
                               self._kind_counts(kinds)])
        font = row.font(self.NAME)
        font.setBold(True)
        row.setFont(self.NAME, font)
        row.setData(self.NAME, PERSON_ROLE, ("department", group.department_id))
        return row

    def _group_row(self, group: BoardGroup) -> QTreeWidgetItem:
        name = group.staff_name if group.staff_id is not None else self.tr("Shared queue")
        row = QTreeWidgetItem([f"{name} ({group.count})", self._urgency_counts(group.by_urgency),
                               "", self._kind_counts(group.by_kind)])
        row.setData(self.NAME, PERSON_ROLE, ("person", group.department_id, group.staff_id))
        return row

    def kind_words(self, kind: WorkKind) -> str:
        return {WorkKind.COMPLAINT: self.tr("Complaint"),
                WorkKind.MEMO_CALLBACK: self.tr("Memo callback"),
                WorkKind.VISIT_CALL: self.tr("D-1 call")}[kind]

    def _item_row(self, item: BoardItem) -> QTreeWidgetItem:
        # Outside what the person may view, an item of any kind is its kind and due only.
        title = self.tr("(not yours to view)") if item.hidden else item.title
        now = self.board.at if self.board is not None else item.due
        row = QTreeWidgetItem([f"[{self.kind_words(item.kind)}] {title}", badge_text(item.badge),
                               short_moment(item.due, now), item.who])
        background, foreground = status_colours(item.badge.state)
        row.setBackground(self.BADGE, background)
        row.setForeground(self.BADGE, foreground)
        row.setData(self.NAME, ITEM_ROLE, (item.kind.value, item.id))
        row.setToolTip(self.NAME, title)
        if item.hidden:
            row.setToolTip(self.DETAILS, self.tr("Not yours to view: only the due is shown."))
        return row

    @staticmethod
    def _key(row: QTreeWidgetItem | None) -> object:
        if row is None:
            return None
        return row.data(OverdueBoardTab.NAME, ITEM_ROLE) or row.data(OverdueBoardTab.NAME,
                                                                     PERSON_ROLE)

    def _find(self, row: QTreeWidgetItem, key: object) -> QTreeWidgetItem | None:
        if key is None:
            return None
        if self._key(row) == key:
            return row
        for i in range(row.childCount()):
            child = row.child(i)
            found = self._find(child, key) if child is not None else None
            if found is not None:
                return found
        return None

    # --- acting on the selection --------------------------------------------------------

    def current_item(self) -> tuple[WorkKind, int] | None:
        row = self.tree.currentItem()
        data = row.data(self.NAME, ITEM_ROLE) if row is not None else None
        return (WorkKind(data[0]), int(data[1])) if data else None

    def current_person(self) -> int | None:
        """The person of the selected row (their row or one of their items)."""
        row = self.tree.currentItem()
        while row is not None:
            data = row.data(self.NAME, PERSON_ROLE)
            if data and data[0] == "person":
                return data[2] if isinstance(data[2], int) else None
            row = row.parent()
        return None

    def _reassign_reach(self) -> Reach | None:
        return reach_of(roles_of(self.actor()), Permission.REASSIGN_WORK)

    def _enable(self) -> None:
        self.open_button.setEnabled(self.current_item() is not None)
        self.handover_button.setEnabled(self._reassign_reach() is not None)

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        if row.data(self.NAME, ITEM_ROLE):
            self.open_current()

    def open_current(self) -> None:
        chosen = self.current_item()
        if chosen is not None:
            self.open_requested.emit(chosen[0].value, chosen[1])

    def reassign_current(self) -> HandOverDialog | None:
        """The hand-over of the selected person's work; with nobody selected, of the first
        person in reach (the dialog lets another be chosen)."""
        reach = self._reassign_reach()
        actor = self.actor()
        if reach is None:
            return None
        with refusals(self.message_bar) as outcome:
            department = None
            if reach < Reach.AGENCY and actor.staff_id is not None:
                department = self.services.directory.get_staff(actor.staff_id).department_id
            colleagues = self.services.directory.search("", department)
            staff_id = self.current_person() or next(
                (c.id for c in colleagues if c.id != actor.staff_id), None)
            work = self.services.overdue.open_work(staff_id) if staff_id is not None else None
        if outcome.refused or work is None:
            return None
        dialog = HandOverDialog(self.services.overdue, self.services.submissions, work,
                                colleagues, self.actor, self)
        return open_dialog(dialog, lambda: self._handed_over(dialog))

    def _handed_over(self, dialog: HandOverDialog) -> None:
        self.message_bar.show_info(dialog.outcome_text(), timeout_ms=15_000)
        self.changes_now()
