"""민원: open complaints by deadline with badges, filters and search, the detail with its
history, and every step of the lifecycle (clauses 1-3, 1-4 and 2 of the standard)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import COMPLAINT_KINDS, ChangeRecord, ids_of
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.complaint_steps import StepConflict
from arco_desk.domain.complaints import Channel, ComplaintAction
from arco_desk.services.complaint_records import (
    ComplaintCounts,
    ComplaintDetail,
    ComplaintFilter,
    ComplaintRow,
    ListScope,
    Urgency,
)
from arco_desk.services.container import Services
from arco_desk.services.list_exports import ListExport
from arco_desk.services.permissions import permitted_steps
from arco_desk.services.search import shown_count
from arco_desk.ui.common.change_watcher import ChangesNow
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.labels import label as enum_label
from arco_desk.ui.common.language import ui_language
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
from arco_desk.ui.complaints.complaint_assign_dialog import AssignDialog
from arco_desk.ui.complaints.complaint_detail import ComplaintDetailView
from arco_desk.ui.complaints.complaint_intake import ComplaintIntakeDialog
from arco_desk.ui.complaints.complaint_model import ComplaintTableModel
from arco_desk.ui.complaints.complaint_steps import (
    AnswerDialog,
    CloseDialog,
    DelayNoticeDialog,
    FollowUpDialog,
    PauseDialog,
    ResumeDialog,
)


class ComplaintTab(QWidget):
    """``title_changed`` carries the tab title with the counts, e.g. "민원 (3 초과 · 2 오늘)"."""

    title_changed = Signal(str)

    def __init__(self, services: Services, message_bar: MessageBar,
                 actor: Callable[[], Actor], changes_now: ChangesNow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes_now = changes_now
        self.services = services
        self.complaints = services.complaints
        self.message_bar = message_bar
        self.actor = actor
        self.title = self.tr("Complaints")
        lang = ui_language()

        self.search = search_box()
        self.search.setPlaceholderText(self.tr("Search title, content or citizen (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search complaints"))
        self.new_button = QPushButton(self.tr("&New complaint…"))
        self.export_button = export_button()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)

        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Which complaints"))
        for scope, label in ((ListScope.OPEN, self.tr("Open (not answered)")),
                             (ListScope.AWAITING_FOLLOW_UP, self.tr("Awaiting follow-up call")),
                             (ListScope.NOT_CLOSED, self.tr("Not closed")),
                             (ListScope.CLOSED, self.tr("Closed")),
                             (ListScope.ALL, self.tr("All"))):
            self.scope.addItem(label, scope.value)
        self.urgency = QComboBox()
        self.urgency.setAccessibleName(self.tr("Deadline filter"))
        for urgency, label in ((None, self.tr("Any deadline")),
                               (Urgency.OVERDUE, self.tr("Overdue")),
                               (Urgency.DUE_TODAY, self.tr("Due today")),
                               (Urgency.DUE_SOON, self.tr("Due soon"))):
            self.urgency.addItem(label, urgency.value if urgency else None)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind filter"))
        self.kind.addItem(self.tr("Every kind"), None)
        with refusals(self.message_bar):
            for kind in self.complaints.kinds():
                self.kind.addItem(kind.name(lang), kind.code)
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel filter"))
        self.channel.addItem(self.tr("Every channel"), None)
        for channel in Channel:
            self.channel.addItem(enum_label(channel), channel.value)
        self.department = QComboBox()
        self.department.setAccessibleName(self.tr("Department filter"))
        self.department.addItem(self.tr("Every department"), None)
        for department in services.directory.departments():
            self.department.addItem(department.name, department.id)
        self.assignee = StaffPicker(services.directory)
        self.assignee.setPlaceholderText(self.tr("Assignee…"))
        self.assignee.setAccessibleName(self.tr("Assignee filter"))
        self.assignee.setMaximumWidth(200)
        filters = QHBoxLayout()
        for widget in (self.scope, self.urgency, self.kind, self.channel, self.department):
            filters.addWidget(widget)
        filters.addWidget(self.assignee)
        filters.addStretch(1)

        self.model = ComplaintTableModel(self.complaints.rows,
                                         self.services.calendar.business_calendar,
                                         self.complaints.clock(), self)
        report_outages(self.model, message_bar)
        self.table = record_table(self.model, self.tr("Complaints"))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title keeps a readable width; on a narrow window the list scrolls sideways
        # rather than squeezing the title to "공…", and the last column takes what is left.
        header.setStretchLastSection(True)
        for column, width in ((0, 150), (1, 96), (2, 92), (3, 96), (4, 70), (5, 62),
                              (ComplaintTableModel.TITLE, 240), (7, 136)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel()
        # The list's ids and the title's counts are read off the GUI thread (§18).
        self.reader = ListReader(self, message_bar, busy_label=self.count_label)
        self.title_reader = ListReader(self, message_bar)
        # The detail pane after a list's answer is read in the background too; a row
        # chosen by the person is read at once.
        self.detail_reader = ListReader(self, message_bar)
        self._answering = False  # show_ids is selecting the row: its detail comes later
        # The complaint just worked on stays in the detail pane when it leaves the list.
        self._pinned: int | None = None

        self.detail = ComplaintDetailView()
        self.detail.attachment_opened.connect(self.open_attachment)
        self.buttons: dict[ComplaintAction, QPushButton] = {
            ComplaintAction.ASSIGN: QPushButton(self.tr("&Assign…")),
            ComplaintAction.START: QPushButton(self.tr("&Start work")),
            ComplaintAction.PAUSE: QPushButton(self.tr("Ask to su&pplement…")),
            ComplaintAction.RESUME: QPushButton(self.tr("Supplement &received…")),
            ComplaintAction.DELAY_NOTICE: QPushButton(self.tr("&Delay notice…")),
            ComplaintAction.ANSWER: QPushButton(self.tr("A&nswer…")),
            ComplaintAction.FOLLOW_UP: QPushButton(self.tr("&Follow-up call…")),
            ComplaintAction.CLOSE: QPushButton(self.tr("C&lose…")),
        }
        grid = QGridLayout()
        for index, button in enumerate(self.buttons.values()):
            grid.addWidget(button, index // 4, index % 4)
        actions: dict[ComplaintAction, Callable[[], None]] = {
            ComplaintAction.ASSIGN: self.assign_current,
            ComplaintAction.START: self.start_current,
            ComplaintAction.PAUSE: self.pause_current,
            ComplaintAction.RESUME: self.resume_current,
            ComplaintAction.DELAY_NOTICE: self.delay_notice_current,
            ComplaintAction.ANSWER: self.answer_current,
            ComplaintAction.FOLLOW_UP: self.follow_up_current,
            ComplaintAction.CLOSE: self.close_current,
        }
        for action, button in self.buttons.items():
            button.clicked.connect(actions[action])

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(grid)
        splitter = QSplitter()
        splitter.addWidget(with_count(self.table, self.count_label))
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 400])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        search_as_typed(self.search, self.reload, self)
        self.search.returnPressed.connect(self.table.setFocus)
        for combo in (self.scope, self.urgency, self.kind, self.channel, self.department):
            combo.currentIndexChanged.connect(self.reload)
        self.assignee.staff_chosen.connect(self.reload)
        self.assignee.cleared.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.new_button.clicked.connect(self.new_complaint)
        self.export_button.clicked.connect(lambda: self.export_list())

        self.current: ComplaintDetail | None = None
        self.reload()
        self.refresh_title()

    # --- what the main window calls -----------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def export_list(self, path: Path | None = None) -> ListReasonDialog | None:
        """Ctrl+Shift+E: the complaints of the filters shown to a file, with a reason."""
        wanted = self.wanted()
        self.model.set_now(self.complaints.clock())

        def write(target: Path, reason: str) -> Callable[[], ListExport]:
            exports, layout = self.services.exports, self.model.export_layout()
            actor = self.actor()
            return lambda: exports.complaints(wanted, target, layout, reason, actor=actor)
        return export_list(self, self.message_bar, self.export_button,
                           rows=self.model.rowCount(),
                           name=self.tr("complaints"), personal=True, write=write, path=path)

    def refresh_tick(self) -> None:
        """The heartbeat: badges follow the clock from the rows' cached deadlines, without
        a query; other PCs' complaints come through :meth:`apply_changes`. Only a deadline
        filter makes the list itself depend on the time: then it is read again, in the
        background, as are the title's counts."""
        now = self.complaints.clock()
        self.model.set_now(now)
        if self.current is not None:
            with refusals(self.message_bar):
                self.detail.update_badge(self.complaints.badge(self.current.row, now))
        if self.urgency.currentData() is not None:
            self.reload()
        self.refresh_title()

    def apply_changes(self, records: list[ChangeRecord]) -> None:
        """A complaint was registered or took a step, here or on another PC: its row, the
        list (it may enter or leave the filters), the detail pane and the title counts."""
        if not ids_of(records, COMPLAINT_KINDS):
            return
        self.reload()  # the rows shown come again with the ids, the detail pane after
        self.refresh_title()

    def refresh_title(self) -> None:
        """The title's counts, read in the background; :meth:`show_title` shows them."""
        self.title_reader.read(self.complaints.counts, self.show_title)

    def show_title(self, counts: ComplaintCounts) -> None:
        parts = []
        if counts.overdue:
            parts.append(self.tr("%1 overdue").replace("%1", str(counts.overdue)))
        if counts.due_today:
            parts.append(self.tr("%1 today").replace("%1", str(counts.due_today)))
        title = self.tr("Complaints")
        self.title = f"{title} ({' · '.join(parts)})" if parts else title
        self.title_changed.emit(self.title)

    def start_from_memo(self, memo_id: int) -> None:
        """Open the intake pre-filled from a phone memo (caller, message, time of the call)."""
        self._start_from(lambda: self.complaints.draft_from_memo(memo_id))

    def start_from_visit(self, visit_id: int) -> None:
        """Open the intake pre-filled from a visit record (visitor, requests, arrival)."""
        self._start_from(lambda: self.complaints.draft_from_visit(visit_id))

    # --- the list -----------------------------------------------------------------------------

    def wanted(self) -> ComplaintFilter:
        urgency = self.urgency.currentData()
        channel = self.channel.currentData()
        return ComplaintFilter(
            scope=ListScope(self.scope.currentData()),
            urgency=Urgency(urgency) if urgency else None,
            kind_code=self.kind.currentData(),
            channel=Channel(channel) if channel else None,
            department_id=self.department.currentData(),
            assignee_id=self.assignee.staff_id(),
            text=self.search.text(),
        )

    def show_complaint(self, complaint_id: int) -> None:
        """Select ``complaint_id`` in the list, or show it in the detail pane when the
        filters hide it (a notification was clicked)."""
        self._pinned = complaint_id
        self._show(complaint_id)
        self.reload(select_id=complaint_id)

    def reload(self, select_id: int | None = None) -> None:
        """Fetch the ids for the filters in the background, with the rows of the pages
        the table shows (others come in pages as they are painted); :meth:`show_ids` shows
        them, unless a newer reload came meanwhile."""
        wanted, complaints = self.wanted(), self.complaints
        # The rows the table shows come with the ids (the paint finds them read).
        shown, pages, fetch = self.model.ids(), pages_in_view(self.table), self.model.fetcher()

        def read() -> tuple[list[int], dict[int, ComplaintRow]]:
            ids = complaints.list_ids(wanted)
            return ids, prefetch(fetch, ids, pages if ids == shown else [0])
        self.reader.read(read, lambda found: self.show_ids(*found, select_id=select_id))

    def show_ids(self, ids: list[int], rows: Mapping[int, ComplaintRow] | None = None,
                 select_id: int | None = None) -> None:
        """The list's answer on the GUI thread: the rows (``rows``: the shown pages', read
        with the ids), the count and the selection (``select_id``, else the complaint
        shown), whose detail is read in the background."""
        keep = select_id if select_id is not None else (
            self.current.id if self.current is not None else None)
        self.model.now = self.complaints.clock()
        same = ids == self.model.ids()
        if same:
            self.model.replace_rows(rows or {})  # no reset: the scroll stays
        else:
            self.model.set_ids(ids, rows)
        show_found(self.count_label, self.tr("%1 complaints").replace("%1", shown_count(ids)),
                   ids)
        if keep is not None and keep not in ids and keep == self._pinned:
            # Worked on (or opened from a notification) and not in this list: it stays
            # in the detail pane, with no row selected.
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()
            self._show_later(keep)
            return
        if not ids:
            self._show(None)
            return
        row = 0
        if keep is not None and keep in ids:
            row = ids.index(keep)
        self._answering = True
        try:
            self.table.selectRow(row)
        finally:
            self._answering = False
        if not same:
            self.table.scrollTo(self.model.index(row, 0))
        self._show_later(self._current_row_id())

    def _current_row_id(self) -> int | None:
        index = self.table.currentIndex()
        shown = self.model.id_at(index.row()) if index.isValid() else None
        if shown is not None and shown != self._pinned:
            self._pinned = None  # another row chosen: the pinned one may leave
        return shown

    def _show_current(self) -> None:
        shown = self._current_row_id()
        if not self._answering:
            self._show(shown)

    def _show_later(self, complaint_id: int | None) -> None:
        """The detail pane, read in the background (after a list's answer)."""
        if complaint_id is None:
            self._show(None)
            return
        complaints = self.complaints
        self.detail_reader.read(lambda: complaints.get(complaint_id), self._show_detail,
                                failed=lambda: self._show_detail(None))

    def _show(self, complaint_id: int | None) -> None:
        self.detail_reader.drop_pending()  # an older background read must not paint over
        detail: ComplaintDetail | None = None
        if complaint_id is not None:
            with refusals(self.message_bar):
                detail = self.complaints.get(complaint_id)
        self._show_detail(detail)

    def _show_detail(self, detail: ComplaintDetail | None) -> None:
        self.current = detail
        # The steps the complaint's state allows and the person's roles permit.
        allowed = (permitted_steps(self.actor(), detail.allowed, detail.row.assignee_id)
                   if detail is not None else frozenset())
        for action, button in self.buttons.items():
            enabled = action in allowed
            if action is ComplaintAction.ASSIGN:
                enabled = bool(allowed & {ComplaintAction.ASSIGN, ComplaintAction.REASSIGN})
                button.setText(self.tr("Re&assign…") if ComplaintAction.REASSIGN in allowed
                               else self.tr("&Assign…"))
            button.setEnabled(enabled)
        if detail is None:
            self.detail.show_nothing()
            return
        now = self.complaints.clock()
        self.detail.show_complaint(detail, self.complaints.badge(detail.row, now), now)

    # --- steps --------------------------------------------------------------------------------

    def new_complaint(self) -> None:
        self.open_intake(None)

    def open_intake(self, draft: ComplaintDraft | None) -> None:
        dialog = ComplaintIntakeDialog(self.complaints, self.actor, self.services.directory,
                                       self.services.submissions, draft, self)
        open_dialog(dialog, lambda: self._after_step(
            dialog.saved_id, self.tr("Complaint registered.")))

    def _start_from(self, make: Callable[[], ComplaintDraft]) -> None:
        with refusals(self.message_bar) as outcome:
            draft = make()
        if outcome.refused:
            return
        self.open_intake(draft)

    def assign_current(self) -> None:
        detail = self.current
        if detail is not None:
            self._step(AssignDialog(self.complaints, self.services.directory, detail,
                                    self.actor, self), self.tr("Assignment saved."))

    def start_current(self) -> None:
        detail = self.current
        if detail is None:
            return
        with refusals(self.message_bar) as outcome:
            self.complaints.start(detail.id, actor=self.actor(), seen=detail.version)
        if outcome.refused:
            if isinstance(outcome.error, StepConflict):
                self._show(detail.id)  # what the other PC did, and the steps possible now
            return
        self._after_step(detail.id, self.tr("Work started."))

    def pause_current(self) -> None:
        if self.current is not None:
            self._step(PauseDialog(self.complaints, self.current, self.actor, self),
                       self.tr("Supplementation requested: the deadline is paused."))

    def resume_current(self) -> None:
        if self.current is not None:
            self._step(ResumeDialog(self.complaints, self.current, self.actor, self),
                       self.tr("Supplement received: the deadline moved."))

    def delay_notice_current(self) -> None:
        if self.current is None:
            return
        with refusals(self.message_bar) as outcome:
            dialog = DelayNoticeDialog(self.complaints, self.current, self.actor, self)
        if outcome.refused:
            return
        self._step(dialog, self.tr("Delay notice recorded."))

    def answer_current(self) -> None:
        if self.current is not None:
            self._step(AnswerDialog(self.complaints, self.services.directory, self.current,
                                    self.actor, self),
                       self.tr("Answer recorded. Next: the follow-up call."))

    def follow_up_current(self) -> None:
        if self.current is not None:
            self._step(FollowUpDialog(self.complaints, self.current, self.actor, self),
                       self.tr("Follow-up call recorded."))

    def close_current(self) -> None:
        if self.current is not None:
            self._step(CloseDialog(self.complaints, self.current, self.actor, self),
                       self.tr("Complaint closed."))

    def open_attachment(self, attachment_id: int) -> None:
        if self.current is None:
            return
        for attachment in self.current.attachments:
            if attachment.id == attachment_id:
                path = self.complaints.attachment_path(attachment)
                if not path.exists():
                    self.message_bar.show_error(
                        self.tr("The file is missing from the data folder: %1")
                        .replace("%1", str(path)))
                    return
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _step(self, dialog: QDialog, message: str) -> None:
        detail = self.current
        assert detail is not None
        open_dialog(dialog, lambda: self._after_step(detail.id, message))

    def _after_step(self, complaint_id: int | None, message: str) -> None:
        if complaint_id is None:
            return
        # The list is read again in the background (the change records); the complaint
        # just worked on is shown now, and stays shown if it leaves the list (pinned).
        self._pinned = complaint_id
        self.model.refresh_rows([complaint_id])  # its row at once; the list follows
        self.changes_now()
        ids = self.model.ids()
        if complaint_id in ids:
            self.table.selectRow(ids.index(complaint_id))
        else:
            # With no row selected, so that a click on any row shows that row.
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()
        self._show(complaint_id)
        self.message_bar.show_info(message)
