"""The rules of each step of a complaint after intake: (re)assignment, the pause for
supplementation (보완 요구), the delay notice (처리기간 연장), the answer and the follow-up
call (clause 1-3 of the standard). Which step is allowed when is
:func:`arco_desk.domain.complaints.check_action`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from arco_desk.domain.calendar_business import to_seoul
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.complaint_deadline import DelayNoticeTerms
from arco_desk.domain.complaints import FollowUpOutcome, NoticeMethod, ReplyChannel, enum_or_none
from arco_desk.domain.dates import as_aware, in_seoul, out_of_range
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.messages import Message, msg, one_of
from arco_desk.domain.text import TextKind, clean, clean_into

__all__ = [
    "CleanAnswer",
    "CleanDelayNotice",
    "CleanFollowUp",
    "Contact",
    "StepConflict",
    "validate_answer",
    "validate_assignment",
    "validate_delay_notice",
    "validate_follow_up",
    "validate_pause_end",
    "validate_pause_request",
    "validate_step_note",
]


# --- two PCs, one complaint (docs/architecture.md §9) -------------------------------------------


class StepConflict(DomainError):
    """Another PC took a step on the complaint after the person opened it: the step they
    saw no longer applies as they saw it. ``msg`` names the step, who took it and when;
    ``version`` is the complaint's version now, so taking the step again from there is
    done on purpose."""

    def __init__(self, message: Message, version: int) -> None:
        super().__init__(message)
        self.version = version


# --- assignment -------------------------------------------------------------------------------


def validate_assignment(staff_id: int | None, department_id: int | None, reason: str | None,
                        current: tuple[int | None, int | None] | None = None) -> str:
    """Check an (re)assignment; returns the cleaned reason.

    ``reason`` is None for a first assignment and required for a reassignment,
    whose ``current`` (staff, department) must differ from the new one.
    """
    errors: dict[str, Message] = {}
    if staff_id is None and department_id is None:
        errors["assignee_id"] = msg("complaint.assignee_required")
    cleaned = clean_into(errors, TextKind.SHORT_LINE, "reason", reason, required=(
        msg("complaint.reassign_reason_required") if reason is not None else None))
    if (current is not None and "assignee_id" not in errors
            and current == (staff_id, department_id)):
        errors["assignee_id"] = msg("complaint.same_assignee")
    if errors:
        raise ValidationError(errors)
    return cleaned


# --- pause for supplementation (보완 요구) -------------------------------------------------------


def validate_pause_request(request: str) -> str:
    """What was asked of the citizen; required."""
    return clean(TextKind.FREE_TEXT, "request", request,
                 required=msg("complaint.pause_request_required"))


def validate_step_note(note: str) -> str:
    """The optional note of a step (the supplement that arrived, why it is closed)."""
    return clean(TextKind.FREE_TEXT, "note", note)


def validate_pause_end(paused_at: datetime, ended_at: datetime | None,
                       now: datetime) -> datetime:
    """When the supplementation arrived: not before the pause began, not in the future."""
    end = in_seoul(ended_at) if ended_at is not None else now
    if end is None:  # past what Seoul's clock can show
        raise ValidationError({"ended_at": out_of_range(now.astimezone(SEOUL).date())})
    if end > now:
        raise ValidationError({"ended_at": msg("complaint.pause_end_future")})
    if end < paused_at:
        raise ValidationError({"ended_at": msg("complaint.pause_end_before_start",
                                               paused_at=paused_at)})
    return end


# --- delay notice (처리기간 연장) --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CleanDelayNotice:
    reason: str
    new_due: datetime
    method: NoticeMethod
    consent: bool


def validate_delay_notice(terms: DelayNoticeTerms, reason: str, new_due: datetime | None,
                          method: str, consent: bool) -> CleanDelayNotice:
    """Check a delay notice against ``terms``; ValidationError per field."""
    if terms.refusal is not None:
        raise ValidationError({"new_due": terms.refusal})
    errors: dict[str, Message] = {}
    text = clean_into(errors, TextKind.FREE_TEXT, "reason", reason,
                      required=msg("complaint.delay_notice.reason_required"))
    if new_due is None:
        errors["new_due"] = msg("complaint.delay_notice.new_due_required")
    else:
        # Compared as it is (naive: Seoul wall time), then taken to Seoul once it lies
        # within the limit: the conversion of a moment near year 1 or 9999 would overflow.
        new_due = as_aware(new_due)
        if new_due <= terms.deadline:
            errors["new_due"] = msg("complaint.delay_notice.not_later",
                                    deadline=terms.deadline)
        elif new_due > terms.limit:
            errors["new_due"] = msg("complaint.delay_notice.beyond_limit", limit=terms.limit)
    notice_method = enum_or_none(NoticeMethod, method)
    if notice_method is None:
        errors["method"] = msg("complaint.delay_notice.method_required",
                               methods=one_of(list(NoticeMethod)))
    if terms.needs_consent and not consent:
        errors["consent"] = msg("complaint.delay_notice.consent_required")
    if errors:
        raise ValidationError(errors)
    assert new_due is not None and notice_method is not None
    return CleanDelayNotice(text, to_seoul(new_due), notice_method, bool(consent))


# --- answer and follow-up -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Contact:
    """The ways to reach the citizen."""

    phone: str
    email: str
    address: str


@dataclass(frozen=True, slots=True)
class CleanAnswer:
    text: str
    channel: ReplyChannel
    answered_at: datetime
    responder_id: int


def validate_answer(text: str, channel: str, answered_at: datetime | None,
                    responder_id: int | None, received_at: datetime, contact: Contact,
                    now: datetime) -> CleanAnswer:
    """The answer: its text, how it went out (the citizen must be reachable that way),
    when (between receipt and now) and who answers in their real name."""
    errors: dict[str, Message] = {}
    body = clean_into(errors, TextKind.LONG_TEXT, "text", text,
                      required=msg("complaint.answer.text_required"))
    reply = enum_or_none(ReplyChannel, channel)
    if reply is None:
        errors["channel"] = msg("complaint.answer.channel_required")
    else:
        missing = {
            ReplyChannel.EMAIL: None if contact.email else "complaint.answer.no_email",
            ReplyChannel.LETTER: None if contact.address else "complaint.answer.no_address",
            ReplyChannel.PHONE: None if contact.phone else "complaint.answer.no_phone",
            ReplyChannel.SMS: None if contact.phone else "complaint.answer.no_phone",
        }.get(reply)
        if missing is not None:
            errors["channel"] = msg(missing, channel=reply)
    moment = in_seoul(answered_at) if answered_at is not None else now
    if moment is None:  # past what Seoul's clock can show
        errors["answered_at"] = out_of_range(now.astimezone(SEOUL).date())
    elif moment > now:
        errors["answered_at"] = msg("complaint.answer.in_future")
    elif moment < to_seoul(received_at):
        errors["answered_at"] = msg("complaint.answer.before_receipt", received_at=received_at)
    if responder_id is None:
        errors["responder_id"] = msg("complaint.answer.responder_required")
    if errors:
        raise ValidationError(errors)
    assert reply is not None and responder_id is not None and moment is not None
    return CleanAnswer(body, reply, moment, responder_id)


@dataclass(frozen=True, slots=True)
class CleanFollowUp:
    outcome: FollowUpOutcome
    note: str


def validate_follow_up(outcome: str, note: str) -> CleanFollowUp:
    errors: dict[str, Message] = {}
    chosen = enum_or_none(FollowUpOutcome, outcome)
    if chosen is None:
        errors["outcome"] = msg("complaint.follow_up.outcome_required")
    text = clean_into(errors, TextKind.FREE_TEXT, "note", note, required=(
        msg("complaint.follow_up.note_required") if chosen is FollowUpOutcome.FURTHER_QUESTIONS
        else None))
    if errors:
        raise ValidationError(errors)
    assert chosen is not None
    return CleanFollowUp(chosen, text)
