"""The rules of each step of a complaint after intake: (re)assignment, the pause for
supplementation (보완 요구), the delay notice (처리기간 연장), the answer and the follow-up
call (clause 1-3 of the standard). Which step is allowed when is
:func:`arco_desk.domain.complaints.check_action`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from arco_desk.domain.calendar_business import to_seoul
from arco_desk.domain.complaint_deadline import DelayNoticeTerms, date_time_ko
from arco_desk.domain.complaints import FollowUpOutcome, NoticeMethod, ReplyChannel, enum_or_none
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.text import TextKind, clean, clean_into

__all__ = [
    "CleanAnswer",
    "CleanDelayNotice",
    "CleanFollowUp",
    "Contact",
    "validate_answer",
    "validate_assignment",
    "validate_delay_notice",
    "validate_follow_up",
    "validate_pause_end",
    "validate_pause_request",
    "validate_step_note",
]


# --- assignment -------------------------------------------------------------------------------


def validate_assignment(staff_id: int | None, department_id: int | None, reason: str | None,
                        current: tuple[int | None, int | None] | None = None) -> str:
    """Check an (re)assignment; returns the cleaned reason.

    ``reason`` is None for a first assignment and required for a reassignment,
    whose ``current`` (staff, department) must differ from the new one.
    """
    errors: dict[str, str] = {}
    if staff_id is None and department_id is None:
        errors["assignee_id"] = "담당자나 담당 부서를 고르세요."
    cleaned = clean_into(errors, TextKind.SHORT_LINE, "reason", reason, required=(
        "재배정 사유를 입력하세요. 이력에 남습니다." if reason is not None else None))
    if (current is not None and "assignee_id" not in errors
            and current == (staff_id, department_id)):
        errors["assignee_id"] = "지금과 같은 담당입니다. 다른 담당자나 부서를 고르세요."
    if errors:
        raise ValidationError(errors)
    return cleaned


# --- pause for supplementation (보완 요구) -------------------------------------------------------


def validate_pause_request(request: str) -> str:
    """What was asked of the citizen; required."""
    return clean(TextKind.FREE_TEXT, "request", request,
                 required="민원인에게 요청한 보완 내용을 입력하세요.")


def validate_step_note(note: str) -> str:
    """The optional note of a step (the supplement that arrived, why it is closed)."""
    return clean(TextKind.FREE_TEXT, "note", note)


def validate_pause_end(paused_at: datetime, ended_at: datetime | None,
                       now: datetime) -> datetime:
    """When the supplementation arrived: not before the pause began, not in the future."""
    end = to_seoul(ended_at) if ended_at is not None else now
    if end > now:
        raise ValidationError({"ended_at": "보완 도착 시각이 미래입니다."})
    if end < paused_at:
        raise ValidationError({"ended_at": (
            f"보완 도착 시각은 보완 요구 시각({date_time_ko(paused_at)}) 이후여야 합니다.")})
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
    errors: dict[str, str] = {}
    text = clean_into(errors, TextKind.FREE_TEXT, "reason", reason,
                      required="지연 사유를 입력하세요. 민원인에게 알린 그대로 적습니다.")
    if new_due is None:
        errors["new_due"] = "처리 예정일을 입력하세요."
    else:
        new_due = to_seoul(new_due)
        if new_due <= terms.deadline:
            errors["new_due"] = (f"처리 예정일은 지금 기한 {date_time_ko(terms.deadline)}보다 "
                                 "뒤여야 합니다.")
        elif new_due > terms.limit:
            errors["new_due"] = (f"처리 예정일은 {date_time_ko(terms.limit)}까지만 가능합니다"
                                 "(기한에 처리기간을 한 번 더한 날까지).")
    notice_method = enum_or_none(NoticeMethod, method)
    if notice_method is None:
        errors["method"] = "민원인에게 알린 방법을 고르세요: 전화, 서면 또는 이메일."
    if terms.needs_consent and not consent:
        errors["consent"] = ("두 번째 연장은 민원인의 동의가 있어야 합니다. 동의를 받았으면 "
                             "표시하세요.")
    if errors:
        raise ValidationError(errors)
    assert new_due is not None and notice_method is not None
    return CleanDelayNotice(text, new_due, notice_method, bool(consent))


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
    errors: dict[str, str] = {}
    body = clean_into(errors, TextKind.LONG_TEXT, "text", text, required="답변 내용을 입력하세요.")
    reply = enum_or_none(ReplyChannel, channel)
    if reply is None:
        errors["channel"] = "답변한 방법을 고르세요."
    else:
        missing = {
            ReplyChannel.EMAIL: ("" if contact.email else "이메일 주소"),
            ReplyChannel.LETTER: ("" if contact.address else "주소"),
            ReplyChannel.PHONE: ("" if contact.phone else "전화번호"),
            ReplyChannel.SMS: ("" if contact.phone else "전화번호"),
        }.get(reply, "")
        if missing:
            errors["channel"] = (f"민원인의 {missing}가 없어 {reply.label_ko}(으)로 답변할 수 "
                                 "없습니다. 다른 방법을 고르세요.")
    moment = to_seoul(answered_at) if answered_at is not None else now
    if moment > now:
        errors["answered_at"] = "답변 시각이 미래입니다."
    elif moment < to_seoul(received_at):
        errors["answered_at"] = (
            f"답변 시각은 접수 시각({date_time_ko(received_at)}) 이후여야 합니다.")
    if responder_id is None:
        errors["responder_id"] = "답변자를 고르세요. 답변은 실명으로 나갑니다."
    if errors:
        raise ValidationError(errors)
    assert reply is not None and responder_id is not None
    return CleanAnswer(body, reply, moment, responder_id)


@dataclass(frozen=True, slots=True)
class CleanFollowUp:
    outcome: FollowUpOutcome
    note: str


def validate_follow_up(outcome: str, note: str) -> CleanFollowUp:
    errors: dict[str, str] = {}
    chosen = enum_or_none(FollowUpOutcome, outcome)
    if chosen is None:
        errors["outcome"] = "확인 전화 결과를 고르세요."
    text = clean_into(errors, TextKind.FREE_TEXT, "note", note, required=(
        "민원인의 추가 문의 내용을 적으세요." if chosen is FollowUpOutcome.FURTHER_QUESTIONS
        else None))
    if errors:
        raise ValidationError(errors)
    assert chosen is not None
    return CleanFollowUp(chosen, text)
