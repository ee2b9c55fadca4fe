"""Phone memos (전화 메모): the rules of clause 1-2 of the standard.

"If the person in charge is absent, note the caller's name, purpose, contact and
the time of the call and pass it on"; "summarise and confirm the request"; "if it
cannot be solved at once, answer within 24 working hours by call or e-mail".

A memo goes through these statuses:

* ``new`` — forwarded to a person (or a whole department) but their PC has not
  shown it yet;
* ``delivered`` — it appeared in the recipient's 내 메모 inbox;
* ``read`` — the recipient opened it (or claimed a department memo);
* ``escalated`` — still unread N working minutes after forwarding: flagged on the
  desk's list and sent to the recipient's stand-in as well;
* ``done`` — called back or answered by e-mail, with an outcome note.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from arco_desk.domain.calendar_business import BusinessCalendar, to_seoul
from arco_desk.domain.deadlines import Period
from arco_desk.domain.directory import is_email
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.phone import PhoneNumberInvalid, digits_only, parse_phone

__all__ = [
    "CLOCK_SKEW",
    "MAX_CALLER_NAME_LENGTH",
    "MAX_EMAIL_LENGTH",
    "MAX_MESSAGE_LENGTH",
    "MAX_ORG_LENGTH",
    "MAX_OUTCOME_LENGTH",
    "MAX_REASON_LABEL_LENGTH",
    "OPEN_STATUSES",
    "UNREAD_STATUSES",
    "CleanMemo",
    "DoneVia",
    "MemoDetail",
    "MemoDraft",
    "MemoEventKind",
    "MemoEventRecord",
    "MemoFilter",
    "MemoPreview",
    "MemoReasonRecord",
    "MemoRow",
    "MemoStatus",
    "Route",
    "TransferRecord",
    "clean_text",
    "escalation_moment",
    "number_to_give",
    "phone_digits",
    "render_greeting",
    "validate_forward_reason",
    "validate_memo",
    "validate_outcome",
    "validate_reason_label",
]

MAX_CALLER_NAME_LENGTH: Final = 80
MAX_ORG_LENGTH: Final = 120
MAX_EMAIL_LENGTH: Final = 120
# A phone slip holds a few sentences; 2,000 characters is about a printed page. Longer
# text belongs in a complaint (민원) with attachments, not in a memo.
MAX_MESSAGE_LENGTH: Final = 2000
MAX_OUTCOME_LENGTH: Final = 2000
MAX_FORWARD_REASON_LENGTH: Final = 500
MAX_REASON_LABEL_LENGTH: Final = 40
# A call time a little ahead of the clock is a PC clock drifting, not the future.
CLOCK_SKEW: Final = timedelta(minutes=1)

# C0/C1 control characters other than tab and newline: invisible, unprintable on the
# slip, and PostgreSQL refuses NUL in text outright.
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class MemoStatus(enum.StrEnum):
    NEW = "new"
    DELIVERED = "delivered"
    READ = "read"
    ESCALATED = "escalated"
    DONE = "done"

    @property
    def label_ko(self) -> str:
        return _STATUS_KO[self]

    @property
    def label_en(self) -> str:
        return _STATUS_EN[self]

    @property
    def is_open(self) -> bool:
        return self is not MemoStatus.DONE

    @property
    def is_unread(self) -> bool:
        """Nobody it was sent to has opened it yet."""
        return self in (MemoStatus.NEW, MemoStatus.DELIVERED, MemoStatus.ESCALATED)


_STATUS_KO: Final = {
    MemoStatus.NEW: "전달됨",
    MemoStatus.DELIVERED: "수신됨",
    MemoStatus.READ: "읽음",
    MemoStatus.ESCALATED: "미확인 경고",
    MemoStatus.DONE: "처리 완료",
}
_STATUS_EN: Final = {
    MemoStatus.NEW: "Sent",
    MemoStatus.DELIVERED: "Delivered",
    MemoStatus.READ: "Read",
    MemoStatus.ESCALATED: "Unread, escalated",
    MemoStatus.DONE: "Done",
}

# Statuses a memo can be opened, forwarded or closed in.
UNREAD_STATUSES: Final = (MemoStatus.NEW.value, MemoStatus.DELIVERED.value,
                          MemoStatus.ESCALATED.value)
OPEN_STATUSES: Final = (*UNREAD_STATUSES, MemoStatus.READ.value)


class Route(enum.StrEnum):
    """Where the desk sends a memo for the person the caller asked for."""

    TARGET = "target"
    STAND_IN = "stand_in"
    DEPARTMENT = "department"


class DoneVia(enum.StrEnum):
    CALL = "call"
    EMAIL = "email"
    COMPLAINT = "complaint"


class MemoEventKind(enum.StrEnum):
    """A line of a memo's history."""

    RECORDED = "recorded"
    DELIVERED = "delivered"
    READ = "read"
    CLAIMED = "claimed"
    FORWARDED = "forwarded"
    ESCALATED = "escalated"
    CALLED_BACK = "called_back"
    EMAILED = "emailed"
    COMPLAINT = "complaint"


@dataclass(slots=True)
class MemoDraft:
    """What the desk typed. ``target_staff_id`` is whom the caller asked for."""

    caller_name: str = ""
    caller_org: str = ""
    caller_phone: str = ""
    caller_email: str = ""
    called_at: datetime | None = None
    message: str = ""
    target_staff_id: int | None = None
    route: Route = Route.TARGET
    reason_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class CleanMemo:
    """A validated draft: numbers formatted, text trimmed (and otherwise kept as typed)."""

    caller_name: str
    caller_org: str
    caller_phone: str
    caller_phone_digits: str
    caller_email: str
    called_at: datetime
    message: str
    target_staff_id: int
    route: Route
    reason_ids: tuple[int, ...] = field(default=())


def clean_text(text: str) -> str:
    """Trimmed, without control characters; emoji, Hangul, Hanja and Latin stay as typed."""
    return _CONTROL.sub("", text or "").strip()


def _length(text: str) -> int:
    """Characters, with Hangul typed as separate jamo counted as composed syllables."""
    return len(unicodedata.normalize("NFC", text))


def validate_memo(draft: MemoDraft, now: datetime) -> CleanMemo:
    """Check a draft and return it cleaned; ValidationError names every wrong field.

    Rules: whom the caller asked for and what it is about are required; the
    caller's name is required and so is a way to answer (a phone number or an
    e-mail address, clause 1-2: "name, purpose, contact, time"); the number must
    be a Korean (or international) phone number; the call time cannot lie in
    the future; a message holds at most ``MAX_MESSAGE_LENGTH`` characters.
    """
    errors: dict[str, str] = {}
    name = clean_text(draft.caller_name)
    if not name:
        errors["caller_name"] = "전화하신 분의 성함을 입력하세요. 모르면 '익명'이라고 적으세요."
    elif _length(name) > MAX_CALLER_NAME_LENGTH:
        errors["caller_name"] = f"성함은 {MAX_CALLER_NAME_LENGTH}자 이내로 입력하세요."
    org = clean_text(draft.caller_org)
    if _length(org) > MAX_ORG_LENGTH:
        errors["caller_org"] = f"소속은 {MAX_ORG_LENGTH}자 이내로 입력하세요."
    phone_text = clean_text(draft.caller_phone)
    phone = digits = ""
    if phone_text:
        try:
            parsed = parse_phone(phone_text)
        except PhoneNumberInvalid as exc:
            errors["caller_phone"] = f"{exc} 예: 010-1234-5678, 02-760-4500 내선 123"
        else:
            phone = parsed.display
            digits = phone_digits(parsed.display)
    email = clean_text(draft.caller_email)
    if email and (len(email) > MAX_EMAIL_LENGTH or not is_email(email)):
        errors["caller_email"] = "이메일 주소 형식이 아닙니다. 예: name@example.com"
    if not phone_text and not email:
        errors["caller_phone"] = "회신할 연락처(전화번호 또는 이메일)를 입력하세요."
    called_at = draft.called_at
    if called_at is None:
        errors["called_at"] = "전화 온 시각을 입력하세요."
    elif called_at.tzinfo is None:
        errors["called_at"] = "전화 온 시각에 시간대가 없습니다."
    elif called_at > now + CLOCK_SKEW:
        errors["called_at"] = (
            f"전화 온 시각이 미래입니다({to_seoul(called_at):%m/%d %H:%M}). "
            f"지금({to_seoul(now):%H:%M}) 이전으로 고치세요."
        )
    if draft.target_staff_id is None:
        errors["target_staff_id"] = "누구를 찾는 전화인지 직원을 고르세요."
    message = clean_text(draft.message)
    if not message:
        errors["message"] = "용건을 입력하세요."
    elif _length(message) > MAX_MESSAGE_LENGTH:
        errors["message"] = (
            f"용건이 너무 깁니다({_length(message):,}자). {MAX_MESSAGE_LENGTH:,}자 이내로 "
            "요약하세요. 긴 내용은 민원으로 접수하세요."
        )
    try:
        route = Route(draft.route)
    except ValueError:
        errors["route"] = "전달 방법을 고르세요: 담당자, 대리자 또는 부서 전체."
        route = Route.TARGET
    if errors:
        raise ValidationError(errors)
    assert called_at is not None and draft.target_staff_id is not None
    return CleanMemo(
        caller_name=name,
        caller_org=org,
        caller_phone=phone,
        caller_phone_digits=digits,
        caller_email=email,
        called_at=to_seoul(called_at).replace(microsecond=0),
        message=message,
        target_staff_id=draft.target_staff_id,
        route=route,
        reason_ids=tuple(dict.fromkeys(draft.reason_ids)),
    )


def phone_digits(display: str) -> str:
    """The digits of a number without its extension: what searches and history match."""
    return digits_only(display.split("(")[0])


def validate_outcome(text: str, *, field_name: str = "outcome", required: bool = True) -> str:
    """An outcome note (what was said on the callback)."""
    outcome = clean_text(text)
    if required and not outcome:
        raise ValidationError(
            {field_name: "통화 결과를 적으세요. 예: 일정 안내함, 자료 메일 발송 예정"})
    if _length(outcome) > MAX_OUTCOME_LENGTH:
        raise ValidationError({field_name: f"결과는 {MAX_OUTCOME_LENGTH:,}자 이내로 적으세요."})
    return outcome


def validate_forward_reason(text: str) -> str:
    reason = clean_text(text)
    if not reason:
        raise ValidationError({"reason": "전달하는 이유를 적으세요. 예: 담당 업무가 아님"})
    if _length(reason) > MAX_FORWARD_REASON_LENGTH:
        raise ValidationError(
            {"reason": f"전달 이유는 {MAX_FORWARD_REASON_LENGTH}자 이내로 적으세요."})
    return reason


def validate_reason_label(label_ko: str, label_en: str) -> tuple[str, str]:
    """A new message-slip reason the agency adds (e.g. '자료 요청')."""
    errors: dict[str, str] = {}
    ko = " ".join(clean_text(label_ko).split())
    en = " ".join(clean_text(label_en).split())
    if not ko:
        errors["label_ko"] = "사유 이름을 입력하세요."
    elif _length(ko) > MAX_REASON_LABEL_LENGTH:
        errors["label_ko"] = f"사유 이름은 {MAX_REASON_LABEL_LENGTH}자 이내로 입력하세요."
    if _length(en) > MAX_REASON_LABEL_LENGTH:
        errors["label_en"] = f"영어 이름은 {MAX_REASON_LABEL_LENGTH}자 이내로 입력하세요."
    if errors:
        raise ValidationError(errors)
    return ko, en or ko


def escalation_moment(
    cal: BusinessCalendar, forwarded_at: datetime, working_minutes: int
) -> datetime:
    """When an unread memo forwarded at ``forwarded_at`` is escalated.

    Counted in working time: a memo forwarded at 17:50 with 30 minutes is
    escalated at 09:20 on the next working day, not during the night.
    """
    return cal.add_working_time(to_seoul(forwarded_at), timedelta(minutes=working_minutes))


def render_greeting(template: str, *, agency: str, department: str, name: str) -> str:
    """The greeting script with ``{agency}``, ``{department}`` and ``{name}`` filled in.

    Plain replacement, so a template with other braces never fails.
    """
    text = template.replace("{agency}", agency)
    text = text.replace("{department}", department).replace("{name}", name)
    return " ".join(text.split())


def number_to_give(direct_line: str, extension: str, main_phone: str) -> str:
    """The number the desk reads out when transferring a caller (clause 1-2).

    The direct line when there is one, else the department's main number with the
    extension, else the extension alone; "" when the directory has nothing.
    """
    if direct_line.strip():
        return direct_line.strip()
    if extension.strip() and main_phone.strip():
        return f"{main_phone.strip()} (내선 {extension.strip()})"
    if extension.strip():
        return f"내선 {extension.strip()}"
    return ""


# --- what services return ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MemoReasonRecord:
    """A message-slip reason (전화 왔었음, 회신 요망...), a row of the lookup table."""

    id: int
    code: str
    label_ko: str
    label_en: str
    sort_order: int
    active: bool

    def label(self, language: str = "ko") -> str:
        return self.label_en if language.startswith("en") else self.label_ko


@dataclass(frozen=True, slots=True)
class MemoRow:
    """A memo as lists, the inbox and the slip show it."""

    id: int
    status: MemoStatus
    called_at: datetime
    caller_name: str
    caller_org: str
    caller_phone: str
    caller_email: str
    message: str
    reasons: tuple[MemoReasonRecord, ...]
    callback_due_at: datetime | None
    forwarded_at: datetime | None
    delivered_at: datetime | None
    read_at: datetime | None
    escalated_at: datetime | None
    claimed_at: datetime | None
    done_at: datetime | None
    done_via: str
    outcome: str
    target_staff_id: int | None
    target_name: str | None
    department_id: int | None
    department_name: str | None
    asked_for_id: int | None
    asked_for_name: str | None
    escalated_to_id: int | None
    escalated_to_name: str | None
    taken_by_name: str | None

    @property
    def for_whole_department(self) -> bool:
        """Sent to the whole department and nobody has claimed it yet."""
        return self.target_staff_id is None and self.department_id is not None

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    def recipient_label(self) -> str:
        """"김민준", or "문학지원부 (부서 전체)" while unclaimed."""
        if self.target_name:
            return self.target_name
        return f"{self.department_name or ''} (부서 전체)".strip()

    def addressed_to(self, staff_id: int) -> bool:
        """``staff_id`` is the one who has it now, or the stand-in it was escalated to."""
        return staff_id in (self.target_staff_id, self.escalated_to_id)


@dataclass(frozen=True, slots=True)
class MemoEventRecord:
    at: datetime
    kind: MemoEventKind
    actor_name: str | None
    to_name: str | None
    detail: str


@dataclass(frozen=True, slots=True)
class MemoDetail:
    memo: MemoRow
    events: tuple[MemoEventRecord, ...]


@dataclass(frozen=True, slots=True)
class MemoPreview:
    """The read-back before saving (clause 1-2: "summarise and confirm the request")."""

    memo: CleanMemo
    asked_for_name: str
    recipient_id: int | None
    recipient_name: str | None
    department_id: int
    department_name: str
    route: Route
    reasons: tuple[MemoReasonRecord, ...]
    callback_due_at: datetime
    callback_period: Period


@dataclass(frozen=True, slots=True)
class TransferRecord:
    """The desk gave a caller a colleague's name and number."""

    id: int
    at: datetime
    staff_id: int | None
    staff_name: str
    department_name: str
    number_given: str
    caller_name: str


@dataclass(frozen=True, slots=True)
class MemoFilter:
    """The operator list's filters. Without ``include_closed`` the list holds today's
    memos and every memo still open, whatever its date."""

    text: str = ""
    staff_id: int | None = None
    department_id: int | None = None
    status: MemoStatus | None = None
    include_closed: bool = False
