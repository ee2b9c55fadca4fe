"""The read-back before a memo is saved: "summarise and confirm the request" (clause 1-2)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from arco_desk.domain.memos import MemoPreview, Route
from arco_desk.ui.common.language import ui_language
from arco_desk.ui.common.messages import render

WEEKDAYS_KO = "월화수목금토일"
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class ReadBackDialog(QDialog):
    """Shows who called, the number, what about, who gets it and the callback deadline.
    The operator reads it to the caller, then confirms (Enter) or goes back (Esc)."""

    def __init__(self, preview: MemoPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Read back to the caller"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("Read this back to the caller and confirm:"))
        self.summary = QLabel(self.summary_html())
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Summary"))
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(
            self.tr("Confirmed — save and forward"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = buttons.addButton(
            self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary, 1)
        layout.addWidget(buttons)

    def summary_html(self) -> str:
        p = self.preview
        m = p.memo
        e = html.escape
        language = ui_language()
        caller = m.caller_name + (f" ({m.caller_org})" if m.caller_org else "")
        contact = " · ".join(x for x in (m.caller_phone, m.caller_email) if x)
        if p.route is Route.STAND_IN:
            goes_to = self.tr("%1 is away: to the stand-in %2").replace(
                "%1", p.asked_for_name).replace("%2", p.recipient_name or "")
        elif p.route is Route.DEPARTMENT:
            goes_to = self.tr("%1 is away: to everyone in %2").replace(
                "%1", p.asked_for_name).replace("%2", p.department_name)
        else:
            goes_to = f"{p.asked_for_name} ({p.department_name})"
        due = p.callback_due_at
        weekday = WEEKDAYS_EN[due.weekday()] if language == "en" else WEEKDAYS_KO[due.weekday()]
        rows = [
            (self.tr("Caller"), caller),
            (self.tr("Number"), contact),
            (self.tr("Called at"), m.called_at.strftime("%m/%d %H:%M")),
            (self.tr("For"), goes_to),
            (self.tr("Reasons"), ", ".join(r.label(language) for r in p.reasons) or "—"),
            (self.tr("Call back by"),
             f"{due:%m/%d}({weekday}) {due:%H:%M} ({render(p.callback_period.words)})"),
        ]
        table = "".join(
            f"<tr><td style='padding-right:10px'><b>{e(label)}</b></td><td>{e(value)}</td></tr>"
            for label, value in rows
        )
        message = e(m.message).replace("\n", "<br>")
        title = e(self.tr("Message"))
        return (f"<table cellspacing='3'>{table}</table>"
                f"<p style='margin-top:8px'><b>{title}</b><br>{message}</p>")
