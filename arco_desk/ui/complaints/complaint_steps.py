"""The dialogs of a complaint's steps: pause and resume, delay notice, answer, follow-up call,
close. Each refusal sits next to its field and what was typed stays.

Each dialog names the version of the complaint it was opened on. When another PC took
a step meanwhile (an answer, a delay notice…), the save is refused with what was done,
by whom and when (docs/architecture.md §9); the dialog then counts the complaint as
seen as it is now, so saving again records the step on purpose.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.complaint_steps import StepConflict
from arco_desk.domain.complaints import Channel, FollowUpOutcome, NoticeMethod, ReplyChannel
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import msg
from arco_desk.services.complaint_records import ComplaintDetail
from arco_desk.services.complaints import ComplaintService
from arco_desk.services.directory import DirectoryService
from arco_desk.services.permissions import answers_for_colleagues
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.labels import label as enum_label
from arco_desk.ui.common.staff_picker import StaffPicker
from arco_desk.ui.complaints.complaint_text import (
    make_moment_edit,
    moment_of,
    moment_text,
    working_time_text,
)


def _text_box(height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class _StepDialog(FormDialog):
    """A step on one complaint, done by ``actor()`` (whoever sits at this PC)."""

    def __init__(self, complaints: ComplaintService, detail: ComplaintDetail,
                 actor: Callable[[], Actor], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.complaints = complaints
        self.detail = detail
        self.actor = actor
        self.seen = detail.version
        self.setMinimumWidth(480)
        row = detail.row
        summary = QLabel(f"<b>{html.escape(row.title)}</b> — {html.escape(row.citizen_name)}")
        summary.setWordWrap(True)
        self.form.addRow(summary)

    def save(self) -> None:
        with refusals(self.message_bar, self.fields) as outcome:
            self.submit()
        if isinstance(outcome.error, StepConflict):
            self.seen = outcome.error.version
        elif not outcome.refused:
            self.accept()

    def note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self.form.addRow(label)
        return label


class PauseDialog(_StepDialog):
    """Ask the citizen to supplement: the clock stops until it arrives."""

    def __init__(self, complaints: ComplaintService, detail: ComplaintDetail,
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(complaints, detail, actor, parent)
        self.setWindowTitle(self.tr("Ask for supplementation"))
        self.note(self.tr("The processing period stops until the supplement arrives; the "
                          "deadline then moves by the working time it took."))
        self.request = _text_box()
        self.request.setPlaceholderText(self.tr("e.g. a copy of the performance contract"))
        self.fields.add_row("request", self.tr("&What was asked *"), self.request)

    def submit(self) -> None:
        self.complaints.pause(self.detail.id, self.request.toPlainText(), actor=self.actor(),
                              seen=self.seen)


class ResumeDialog(_StepDialog):
    """The supplement arrived: the clock runs again, the deadline moves."""

    def __init__(self, complaints: ComplaintService, detail: ComplaintDetail,
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(complaints, detail, actor, parent)
        self.setWindowTitle(self.tr("Supplement received"))
        now = complaints.clock()
        self.ended_at = make_moment_edit(now.replace(second=0, microsecond=0))
        self.received_note = QLineEdit()
        self.received_note.setPlaceholderText(self.tr("e.g. contract copy by e-mail"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("New deadline"))
        self.fields.add_row("ended_at", self.tr("&Arrived at *"), self.ended_at)
        self.fields.add_row("note", self.tr("&What arrived"), self.received_note)
        self.fields.add_row("preview", self.tr("Deadline"), self.preview)
        self.ended_at.dateTimeChanged.connect(self.update_preview)
        self.update_preview()

    def update_preview(self) -> None:
        with refusals(self.preview.setText) as outcome:
            moved = self.complaints.resume_preview(self.detail.id, moment_of(self.ended_at))
        if outcome.refused:
            return
        now = self.complaints.clock()
        self.preview.setText(
            self.tr("%1 → %2 (paused %3 of working time)")
            .replace("%1", moment_text(moved.old_deadline, now))
            .replace("%2", moment_text(moved.new_deadline, now))
            .replace("%3", working_time_text(moved.paused_working_time)))

    def submit(self) -> None:
        self.complaints.resume(self.detail.id, self.received_note.text(),
                               moment_of(self.ended_at), actor=self.actor(), seen=self.seen)


class DelayNoticeDialog(_StepDialog):
    """처리기간 연장: before the deadline, with a reason, a date within the limit and how the
    citizen was told; the second one with their consent."""

    def __init__(self, complaints: ComplaintService, detail: ComplaintDetail,
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(complaints, detail, actor, parent)
        self.setWindowTitle(self.tr("Delay notice"))
        terms = complaints.delay_notice_terms(detail.id)
        now = complaints.clock()
        self.terms_label = self.note(
            self.tr("Deadline now: %1. The new date may be at most %2.")
            .replace("%1", moment_text(terms.deadline, now))
            .replace("%2", moment_text(terms.limit, now)))
        self.reason = _text_box(70)
        self.reason.setPlaceholderText(self.tr("The reason, as told to the citizen"))
        self.new_due = make_moment_edit(terms.limit)
        self.method = QComboBox()
        self.method.addItem(self.tr("— choose —"), "")
        for method in NoticeMethod:
            self.method.addItem(enum_label(method), method.value)
        self.consent = QCheckBox(self.tr("The citizen agreed to this second extension"))
        self.fields.add_row("reason", self.tr("&Reason *"), self.reason)
        self.fields.add_row("new_due", self.tr("&New expected date *"), self.new_due)
        self.fields.add_row("method", self.tr("Citizen told &by *"), self.method)
        self.fields.add_row("consent", self.tr("Consent"), self.consent)
        holder = self.consent.parentWidget()
        if not terms.needs_consent and holder is not None:
            self.form.setRowVisible(holder, False)
        if terms.refusal is not None:
            self.fields.show(ValidationError({"new_due": terms.refusal}))

    def submit(self) -> None:
        self.complaints.delay_notice(
            self.detail.id, self.reason.toPlainText(), moment_of(self.new_due),
            self.method.currentData() or "", self.consent.isChecked(), actor=self.actor(),
            seen=self.seen)


_REPLY_FOR_CHANNEL = {
    Channel.LETTER: ReplyChannel.LETTER,
    Channel.EMAIL: ReplyChannel.EMAIL,
    Channel.HOMEPAGE: ReplyChannel.HOMEPAGE,
    Channel.PHONE: ReplyChannel.PHONE,
    Channel.CALL_CENTRE: ReplyChannel.PHONE,
}


class AnswerDialog(_StepDialog):
    """The answer, in the responder's real name."""

    def __init__(self, complaints: ComplaintService, directory: DirectoryService,
                 detail: ComplaintDetail, actor: Callable[[], Actor],
                 parent: QWidget | None = None) -> None:
        super().__init__(complaints, detail, actor, parent)
        self.setWindowTitle(self.tr("Answer"))
        self.responder = StaffPicker(directory)
        self.real_name = QLabel()
        self.real_name.setWordWrap(True)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("— choose —"), "")
        for reply in ReplyChannel:
            self.channel.addItem(enum_label(reply), reply.value)
        usual = _REPLY_FOR_CHANNEL.get(detail.row.channel)
        if usual is not None:
            self.channel.setCurrentIndex(max(0, self.channel.findData(usual.value)))
        self.answered_at = make_moment_edit(complaints.clock().replace(second=0, microsecond=0))
        self.text = _text_box(130)
        self.fields.add_row("responder_id", self.tr("&Responder *"), self.responder)
        self.form.addRow("", self.real_name)
        self.fields.add_row("channel", self.tr("Sent &by *"), self.channel)
        self.fields.add_row("answered_at", self.tr("Answered &at *"), self.answered_at)
        self.fields.add_row("text", self.tr("&Answer *"), self.text)
        self.responder.staff_chosen.connect(self._show_real_name)
        self.responder.cleared.connect(self._show_real_name)
        # The reply is signed by whoever answers: the signed-in person; a team lead may
        # record a colleague's answer instead, and the history names both.
        me = actor()
        signer = me.staff_id if me.roles and me.staff_id is not None else detail.row.assignee_id
        if signer is not None:
            with refusals(None) as outcome:  # they left the directory
                self.responder.set_staff(signer)
            if outcome.refused:
                self.responder.clear()
        self.responder.setEnabled(not me.roles or answers_for_colleagues(me))
        self._show_real_name()

    def _show_real_name(self) -> None:
        chosen = self.responder.chosen()
        if chosen is None:
            self.real_name.setText(self.tr("Replies go out in the responder's real name."))
            return
        self.real_name.setText(
            self.tr("The reply is signed %1 (%2 %3).")
            .replace("%1", chosen.name).replace("%2", chosen.department_name)
            .replace("%3", chosen.position).replace(" )", ")"))

    def submit(self) -> None:
        responder = self.responder.staff_id()
        if self.responder.text().strip() and responder is None:
            raise ValidationError({"responder_id": msg("picker.responder_not_chosen")})
        self.complaints.answer(self.detail.id, self.text.toPlainText(),
                               self.channel.currentData() or "", moment_of(self.answered_at),
                               responder, actor=self.actor(), seen=self.seen)


class FollowUpDialog(_StepDialog):
    """The call after the answer: was the result clear, any further questions?"""

    def __init__(self, complaints: ComplaintService, detail: ComplaintDetail,
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(complaints, detail, actor, parent)
        self.setWindowTitle(self.tr("Follow-up call"))
        contact = detail.citizen_phone or detail.citizen_email or detail.citizen_address
        self.note(self.tr("Call %1 (%2): confirm the result and ask about further questions.")
                  .replace("%1", detail.row.citizen_name).replace("%2", contact or "—"))
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("— choose —"), "")
        for outcome in FollowUpOutcome:
            self.outcome.addItem(enum_label(outcome), outcome.value)
        self.call_note = _text_box(70)
        self.fields.add_row("outcome", self.tr("&Outcome *"), self.outcome)
        self.fields.add_row("note", self.tr("&Note"), self.call_note)

    def submit(self) -> None:
        self.complaints.follow_up(self.detail.id, self.outcome.currentData() or "",
                                  self.call_note.toPlainText(), actor=self.actor(),
                                  seen=self.seen)


class CloseDialog(_StepDialog):
    def __init__(self, complaints: ComplaintService, detail: ComplaintDetail,
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(complaints, detail, actor, parent)
        self.setWindowTitle(self.tr("Close complaint"))
        self.closing_note = QLineEdit()
        self.fields.add_row("note", self.tr("&Note"), self.closing_note)

    def submit(self) -> None:
        self.complaints.close(self.detail.id, self.closing_note.text(), actor=self.actor(),
                              seen=self.seen)
