"""전화 메모: the phone desk (clause 1-2 of the standard).

Greeting banner and call timer on top; the memo form on the left; on the right
the desk's list of today's and open memos and, for the staff member this PC
belongs to, 내 메모.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import MEMO_KINDS, ChangeKind, ChangeRecord
from arco_desk.domain.memos import MemoDraft, MemoRow
from arco_desk.services.container import Services
from arco_desk.ui.common.change_watcher import ChangesNow
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.memos.call_bar import CallBar
from arco_desk.ui.memos.memo_detail import MemoDetailView
from arco_desk.ui.memos.memo_form import MemoForm
from arco_desk.ui.memos.memo_inbox import MyMemosPanel
from arco_desk.ui.memos.memo_list import MemoListPanel
from arco_desk.ui.memos.memo_model import recipient_short
from arco_desk.ui.memos.memo_settings import DeskSettingsDialog, MemoReasonsDialog
from arco_desk.ui.memos.read_back_dialog import ReadBackDialog


class MemoDetailDialog(QDialog):
    """A memo from the desk's list, in full, with its actions."""

    def __init__(self, services: Services, actor: Callable[[], Actor], memo_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phone memo"))
        self.resize(640, 520)
        self.message_bar = MessageBar(self)
        self.view = MemoDetailView(services, self.message_bar, actor, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.complaint_requested.connect(self.accept)
        self.view.show_detail(services.memos.open_memo(memo_id, actor=actor()))


class MemoTab(QWidget):
    """``complaint_requested(memo_id)``: "Make a complaint" was chosen on a memo; the
    complaints tab takes the caller, the text and the call time (as receipt time)."""

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

        self.call_bar = CallBar(services.clock)
        self.settings_button = QToolButton()
        self.settings_button.setText(self.tr("Settings"))
        self.settings_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.settings_button)
        self.desk_settings_action = menu.addAction(self.tr("Greeting and escalation…"))
        self.reasons_action = menu.addAction(self.tr("Memo reasons…"))
        self.identity_action = menu.addAction(self.tr("This PC's staff member…"))
        self.settings_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.call_bar, 1)
        top.addWidget(self.settings_button)

        self.form = MemoForm(services.memos, actor, services.directory, message_bar,
                             services.submissions, contacts=services.caller_history)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setWidget(self.form)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_column = QWidget()
        # Wide enough for the form in either language (English labels are longer).
        form_column.setMinimumWidth(max(420, self.form.minimumSizeHint().width()
                                        + form_scroll.verticalScrollBar().sizeHint().width()))
        column = QVBoxLayout(form_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(form_scroll, 1)
        column.addWidget(self.form.button_row)

        self.list_panel = MemoListPanel(services, message_bar, actor)
        self.inbox = MyMemosPanel(services, message_bar, settings, actor, changes_now)
        self.views = QTabWidget()
        self.views.addTab(self.list_panel, self.tr("Desk list"))
        self.views.addTab(self.inbox, self.tr("My memos"))

        splitter = QSplitter()
        splitter.addWidget(form_column)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 790])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.call_bar.toggle,
                  Qt.ShortcutContext.WindowShortcut)
        self.call_bar.call_started.connect(self._call_started)
        self.form.save_requested.connect(self.save)
        self.form.history_chosen.connect(self.open_detail)
        self.list_panel.memo_activated.connect(self.open_detail)
        self.inbox.complaint_requested.connect(self.complaint_requested)
        self.inbox.identity_changed.connect(self.show_greeting)
        self.inbox.unread_changed.connect(self._show_unread)
        self.desk_settings_action.triggered.connect(self.edit_desk_settings)
        self.reasons_action.triggered.connect(self.edit_reasons)
        self.identity_action.triggered.connect(self.inbox.choose_identity)
        self.show_greeting()
        self._show_unread(self.inbox.unread)

    # --- the call ----------------------------------------------------------------------

    def show_greeting(self) -> None:
        with refusals(self.message_bar) as outcome:
            me = self.actor().staff_id
            text = self.services.memos.greeting(me)
        if outcome.refused:
            return
        self.call_bar.set_greeting(text)
        self.call_bar.greeting.setToolTip(
            "" if me is not None else
            self.tr("Choose this PC's staff member under Settings to fill in the department "
                    "and name."))

    def _call_started(self, moment: object) -> None:
        if isinstance(moment, datetime):
            self.form.set_called_at(moment)
        self.form.caller_name.setFocus()

    def save(self) -> ReadBackDialog | None:
        """Validate and open the read-back; once the caller confirms, :meth:`record`.
        The form keeps its text on refusal (and when the operator goes back to it)."""
        form = self.form
        draft = form.draft()
        with refusals(self.message_bar, form.fields) as outcome:
            preview = self.services.memos.preview(draft)
        if outcome.refused:
            return None
        return open_dialog(ReadBackDialog(preview, self), lambda: self.record(draft))

    def record(self, draft: MemoDraft) -> MemoRow | None:
        """Store and forward the read-back memo, then empty the form for the next call.

        The save carries the form's submission key. When the connection died around the
        commit, the form keeps the text and asks the database until it answers: saved
        (the same save, run again, then answers with the stored memo and the form empties
        as after any save) or not saved (docs/architecture.md §9)."""
        form = self.form
        with refusals(self.message_bar, form.fields) as outcome:
            row = self.services.memos.record(draft, key=form.keys.current, actor=self.actor())
        if outcome.refused:
            form.keys.follow(outcome.error, finish=lambda: self._record_again(draft))
            return None
        self.call_bar.stop()
        form.clear()
        self.changes_now()
        due = row.callback_due_at.strftime("%m/%d %H:%M") if row.callback_due_at else "—"
        self.message_bar.show_info(
            self.tr("Memo forwarded to %1. Call back by %2.")
            .replace("%1", recipient_short(row)).replace("%2", due))
        return row

    def _record_again(self, draft: MemoDraft) -> None:
        self.record(draft)

    # --- lists -------------------------------------------------------------------------

    def open_detail(self, memo_id: int) -> None:
        with refusals(self.message_bar) as outcome:
            dialog = MemoDetailDialog(self.services, self.actor, memo_id, self)
        if outcome.refused:
            return
        dialog.view.changed.connect(self.changes_now)
        dialog.view.complaint_requested.connect(self.complaint_requested)
        open_dialog(dialog)

    def apply_changes(self, records: list[ChangeRecord]) -> None:
        """A memo was forwarded, read, done or escalated, here or on another PC: read
        receipts and new memos show at once, not at the next heartbeat."""
        if any(r.kind in MEMO_KINDS for r in records):
            self.list_panel.reload()
        self.inbox.apply_changes(records)
        if any(r.kind == ChangeKind.MEMO_REASONS_CHANGED for r in records):
            self.form.reload_reasons()
        if any(r.kind == ChangeKind.SETTINGS_CHANGED for r in records):
            self.show_greeting()
        escalated = {r.entity_id for r in records if r.kind == ChangeKind.MEMO_ESCALATED}
        if escalated:
            self.message_bar.show_info(
                self.tr("%1 unread memos were escalated to the stand-in.")
                .replace("%1", str(len(escalated))))

    def refresh_tick(self) -> None:
        """The heartbeat: refresh badges and lists (escalation is the agency's background
        work; it arrives through :meth:`apply_changes`)."""
        self.list_panel.refresh_tick()
        self.inbox.refresh_tick()
        self.call_bar.update_timer()

    def focus_search(self) -> None:
        self.views.setCurrentWidget(self.list_panel)
        self.list_panel.focus_search()

    def export_list(self) -> None:
        """Ctrl+Shift+E: the desk's list as a file."""
        self.views.setCurrentWidget(self.list_panel)
        self.list_panel.export_list()

    def _show_unread(self, count: int) -> None:
        index = self.views.indexOf(self.inbox)
        text = self.tr("My memos")
        self.views.setTabText(index, f"{text} ({count})" if count else text)

    # --- settings ----------------------------------------------------------------------

    def edit_desk_settings(self) -> None:
        open_dialog(DeskSettingsDialog(self.services.memos, self.actor, self),
                    self._desk_settings_saved)

    def _desk_settings_saved(self) -> None:
        self.changes_now()
        self.message_bar.show_info(self.tr("Phone desk settings saved."))

    def edit_reasons(self) -> None:
        dialog = MemoReasonsDialog(self.services.memos, self.actor, self)
        open_dialog(dialog, finished=lambda _accepted: self._reasons_closed(dialog.changed))

    def _reasons_closed(self, changed: bool) -> None:
        if changed:
            self.changes_now()

