"""One memo in full, with its history and what can be done with it."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.access_records import AccessAction
from arco_desk.domain.actor import Actor
from arco_desk.domain.memos import MemoDetail, MemoEventRecord, MemoRow
from arco_desk.services.container import Services
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.labels import label
from arco_desk.ui.common.language import ui_language
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.status_style import (
    badge_text,
    status_colours,
    status_stylesheet,
    status_text,
)
from arco_desk.ui.memos.memo_actions import (
    CalledBackDialog,
    EmailReplyDialog,
    ForwardDialog,
    MemoActionDialog,
)
from arco_desk.ui.memos.memo_model import caller_text, done_via_text, recipient_text, short_time
from arco_desk.ui.memos.memo_slip import print_slip as print_memo_slip
from arco_desk.ui.memos.memo_slip import save_slip_pdf


def event_text(event: MemoEventRecord) -> str:
    parts = [short_time(event.at), label(event.kind)]
    if event.actor_name:
        parts.append(
            QCoreApplication.translate("MemoEvent", "by %1").replace("%1", event.actor_name))
    if event.to_name:
        parts.append("→ " + event.to_name)
    text = " ".join(parts)
    return f"{text} — {event.detail}" if event.detail else text


class MemoDetailView(QWidget):
    """Shows a memo for ``actor()`` (who sits at this PC) and runs its actions."""

    changed = Signal(int)
    complaint_requested = Signal(int)

    def __init__(
        self,
        services: Services,
        message_bar: MessageBar,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.message_bar = message_bar
        self.actor = actor
        self.detail: MemoDetail | None = None

        self.badge = QLabel()
        self.badge.setAccessibleName(self.tr("Callback deadline"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Memo status"))
        header = QHBoxLayout()
        header.addWidget(self.status)
        header.addWidget(self.badge)
        header.addStretch(1)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Memo"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.claim_button = QPushButton(self.tr("&Claim"))
        self.claim_button.setToolTip(self.tr("Take this department memo: it becomes yours"))
        self.called_back_button = QPushButton(self.tr("Called &back…"))
        self.email_button = QPushButton(self.tr("Answered by e-&mail…"))
        self.forward_button = QPushButton(self.tr("Pass &on…"))
        self.complaint_button = QPushButton(self.tr("Make a com&plaint"))
        self.complaint_button.setToolTip(
            self.tr("Register it as a complaint (민원) with the caller, text and call time"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the memo slip as a PDF"))
        buttons = QHBoxLayout()
        for button in (self.claim_button, self.called_back_button, self.email_button,
                       self.forward_button, self.complaint_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.claim_button.clicked.connect(self.claim)
        self.called_back_button.clicked.connect(self.called_back)
        self.email_button.clicked.connect(self.answered_by_email)
        self.forward_button.clicked.connect(self.pass_on)
        self.complaint_button.clicked.connect(self.request_complaint)
        self.print_button.clicked.connect(self.print_slip)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.show_detail(None)

    # --- showing -----------------------------------------------------------------------

    @property
    def memo(self) -> MemoRow | None:
        return self.detail.memo if self.detail is not None else None

    def show_detail(self, detail: MemoDetail | None) -> None:
        self.detail = detail
        memo = self.memo
        if memo is None:
            self.text.setText(self.tr("Choose a memo to read it."))
            self.badge.hide()
            self.status.hide()
            for button in self._buttons():
                button.setEnabled(False)
            self.claim_button.hide()
            return
        background, foreground = status_colours(memo.status)
        self.status.setText(status_text(memo.status))
        self.status.setStyleSheet(
            f"QLabel {{ background:{background.name()}; color:{foreground.name()};"
            " border-radius:4px; padding:2px 6px; }")
        self.status.show()
        if memo.is_open and memo.callback_due_at is not None:
            badge = self.services.memos.badge(memo.callback_due_at)
            self.badge.setText(self.tr("call back: %1").replace("%1", badge_text(badge)))
            self.badge.setStyleSheet(status_stylesheet(badge.state))
            self.badge.show()
        else:
            self.badge.hide()
        self.text.setText(self._html(detail))
        me: int | None = None
        with refusals(self.message_bar):
            me = self.actor().staff_id
        acting = memo.is_open and me is not None
        self.claim_button.setVisible(memo.for_whole_department)
        self.claim_button.setEnabled(acting and memo.for_whole_department)
        for button in (self.called_back_button, self.email_button, self.forward_button):
            button.setEnabled(acting)
        self.complaint_button.setEnabled(memo.is_open)
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)

    def reload(self) -> None:
        memo = self.memo
        if memo is None:
            return
        with refusals(self.message_bar):
            self.show_detail(self.services.memos.get(memo.id))

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.claim_button, self.called_back_button, self.email_button,
                self.forward_button, self.complaint_button, self.print_button, self.pdf_button)

    def _html(self, detail: MemoDetail | None) -> str:
        assert detail is not None
        m = detail.memo
        e = html.escape
        language = ui_language()
        rows = [
            (self.tr("Caller"), caller_text(m)),
            (self.tr("Number"), m.caller_phone or "—"),
            (self.tr("E-mail"), m.caller_email or "—"),
            (self.tr("Called at"), m.called_at.strftime("%Y-%m-%d %H:%M")),
            (self.tr("For"), recipient_text(m)),
            (self.tr("Reasons"), ", ".join(r.label(language) for r in m.reasons) or "—"),
            (self.tr("Call back by"),
             m.callback_due_at.strftime("%Y-%m-%d %H:%M") if m.callback_due_at else "—"),
        ]
        if m.outcome:
            rows.append((self.tr("Outcome"), f"{done_via_text(m.done_via)}: {m.outcome}"))
        table = "".join(
            f"<tr><td style='padding-right:10px'><b>{e(name)}</b></td><td>{e(value)}</td></tr>"
            for name, value in rows
        )
        message = e(m.message).replace("\n", "<br>")
        history = "".join(f"<li>{e(event_text(ev))}</li>" for ev in detail.events)
        title = e(self.tr("History"))
        return (f"<table cellspacing='2'>{table}</table>"
                f"<p style='font-size:14px; margin:8px 0'>{message}</p>"
                f"<p style='color:#555'><b>{title}</b></p>"
                f"<ul style='color:#555; margin-top:0'>{history}</ul>")

    # --- actions -----------------------------------------------------------------------

    def claim(self) -> None:
        memo = self.memo
        if memo is None:
            return
        with refusals(self.message_bar) as outcome:
            row = self.services.memos.claim(memo.id, actor=self.actor())
        if outcome.refused:
            self.reload()
            return
        self.message_bar.show_info(self.tr("The memo is yours now."))
        self._after(row)

    def called_back(self) -> None:
        self._act(lambda memo: CalledBackDialog(self.services.memos, memo, self.actor, self),
                  self.tr("Called back: the memo is done."))

    def answered_by_email(self) -> None:
        self._act(lambda memo: EmailReplyDialog(self.services.memos, memo, self.actor, self),
                  self.tr("Answered by e-mail: the memo is done."))

    def pass_on(self) -> None:
        self._act(lambda memo: ForwardDialog(self.services.memos, self.services.directory,
                                             memo, self.actor, self),
                  self.tr("Passed on."))

    def request_complaint(self) -> None:
        memo = self.memo
        if memo is not None:
            self.complaint_requested.emit(memo.id)

    def print_slip(self) -> None:
        memo = self.memo
        if memo is not None and print_memo_slip(memo, self):
            self._record_output(AccessAction.PRINT, memo)

    def choose_pdf(self) -> None:
        memo = self.memo
        if memo is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save memo slip"), f"memo-{memo.id}.pdf", self.tr("PDF (*.pdf)"))
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> None:
        memo = self.memo
        if memo is None:
            return
        save_slip_pdf(memo, path)
        if not path.exists() or path.stat().st_size == 0:
            self.message_bar.show_error(
                self.tr("Could not write %1. Is the folder writable?").replace("%1", str(path)))
            return
        self._record_output(AccessAction.EXPORT, memo)
        self.message_bar.show_info(self.tr("Memo slip saved to %1").replace("%1", str(path)))

    def _record_output(self, action: AccessAction, memo: MemoRow) -> None:
        """The caller's data left the screen: an access record (docs/architecture.md §12)."""
        with refusals(self.message_bar):
            self.services.access_records.record_output(action, "memo", memo.id,
                                                       memo.caller_name, actor=self.actor())

    def _act(self, make: Callable[[MemoRow], MemoActionDialog], done: str) -> None:
        memo = self.memo
        if memo is None:
            return
        dialog = make(memo)
        open_dialog(dialog, lambda: self._acted(dialog.saved, done))

    def _acted(self, saved: MemoRow | None, done: str) -> None:
        if saved is not None:
            self.message_bar.show_info(done)
            self._after(saved)

    def _after(self, row: MemoRow) -> None:
        self.reload()
        self.changed.emit(row.id)
