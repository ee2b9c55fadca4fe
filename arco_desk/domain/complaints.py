"""Complaints (민원/VOC): channels, the lifecycle and the rules of each step.

Clauses 1-3, 1-4 and 2 of the standard, and the deadline rules of DESIGN.md §3:

* A complaint comes in by one of the :class:`Channel` s, is of a kind from
  ``service_standard.toml`` and gets the deadline the engine computes for that
  kind's period, counted from the moment it was received.
* The lifecycle is received → assigned → in progress → answered → follow-up
  done → closed (:data:`TRANSITIONS`). Every step is an event with who and when.
* A pause for supplementation (보완 요구) stops the clock; when it ends the
  deadline moves by the working time it covered.
* A delay notice (처리기간 연장) is only possible before the deadline, to a date
  no later than the engine's :func:`~arco_desk.domain.deadlines.extension_limit`;
  a second one needs the citizen's consent, and there is no third
  (민원 처리에 관한 법률 시행령 제21조: 한 차례 연장, 동의를 받아 한 차례 더).

Pure rules: no I/O. Messages are Korean, for the operator.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final, TypeVar

from arco_desk.domain.calendar_business import BusinessCalendar, to_seoul
from arco_desk.domain.deadlines import (
    Countdown,
    CountdownState,
    Period,
    countdown,
    extension_limit,
)
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.phone import PhoneNumberInvalid, parse_phone
from arco_desk.domain.standard import ComplaintKind, ServiceStandard

__all__ = [
    "MAX_DELAY_NOTICES",
    "OPEN_STATUSES",
    "TRANSITIONS",
    "Badge",
    "BadgeState",
    "Channel",
    "CleanAnswer",
    "CleanComplaint",
    "CleanDelayNotice",
    "CleanFollowUp",
    "ComplaintAction",
    "ComplaintDraft",
    "ComplaintStatus",
    "Contact",
    "DelayNoticeTerms",
    "EventKind",
    "FollowUpOutcome",
    "NoticeMethod",
    "ReplyChannel",
    "allowed_actions",
    "badge",
    "check_action",
    "date_time_ko",
    "deadline_rule",
    "delay_notice_terms",
    "title_from_text",
    "validate_answer",
    "validate_assignment",
    "validate_delay_notice",
    "validate_follow_up",
    "validate_intake",
    "validate_pause_end",
    "validate_pause_request",
    "working_time_en",
    "working_time_ko",
]

MAX_DELAY_NOTICES: Final = 2
MAX_NAME: Final = 80
MAX_TITLE: Final = 200
MAX_EMAIL: Final = 120
MAX_TEXT: Final = 20_000
TITLE_FROM_TEXT: Final = 40
_EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class _Labelled(enum.StrEnum):
    """A stored code with a Korean and an English label."""

    @property
    def label_ko(self) -> str:
        return _LABELS[type(self)][self][0]

    @property
    def label_en(self) -> str:
        return _LABELS[type(self)][self][1]

    def label(self, language: str = "ko") -> str:
        return self.label_en if language.startswith("en") else self.label_ko


class Channel(_Labelled):
    """How the complaint came in (clauses 1-3, 1-4, 2)."""

    VISIT = "visit"
    PHONE = "phone"
    LETTER = "letter"
    HOMEPAGE = "homepage"
    SNS = "sns"
    EMAIL = "email"
    CALL_CENTRE = "call_centre"


class ReplyChannel(_Labelled):
    """How the answer went out."""

    LETTER = "letter"
    EMAIL = "email"
    PHONE = "phone"
    SMS = "sms"
    HOMEPAGE = "homepage"
    IN_PERSON = "in_person"


class NoticeMethod(_Labelled):
    """How the citizen was told about a delay."""

    PHONE = "phone"
    LETTER = "letter"
    EMAIL = "email"


class FollowUpOutcome(_Labelled):
    """What the follow-up call found (clause 1-3: 결과 확인 및 추가 문의 여부)."""

    NO_FURTHER_QUESTIONS = "no_further_questions"
    FURTHER_QUESTIONS = "further_questions"
    UNREACHABLE = "unreachable"


class ComplaintStatus(_Labelled):
    RECEIVED = "received"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    FOLLOWED_UP = "follow_up_done"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        """Not answered yet: the deadline is running."""
        return self in _OPEN


class ComplaintAction(_Labelled):
    ASSIGN = "assign"
    REASSIGN = "reassign"
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    DELAY_NOTICE = "delay_notice"
    ANSWER = "answer"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"


class EventKind(_Labelled):
    """A step in a complaint's history (``complaint_event.kind``).

    ``pause`` rows span the pause (``at`` … ``ends_at``); the deadline engine
    and the calendar service read them as they are.
    """

    RECEIVED = "received"
    ASSIGNED = "assigned"
    REASSIGNED = "reassigned"
    STARTED = "started"
    PAUSED = "pause"
    RESUMED = "resumed"
    DELAY_NOTICE = "delay_notice"
    ANSWERED = "answered"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


# Labels by enum class: members of different enums can be equal strings ("letter").
_LABELS: Final[Mapping[type[enum.StrEnum], Mapping[str, tuple[str, str]]]] = {
    Channel: {
        Channel.VISIT: ("방문", "Visit"),
        Channel.PHONE: ("전화", "Phone"),
        Channel.LETTER: ("서면·우편", "Letter"),
        Channel.HOMEPAGE: ("홈페이지", "Homepage"),
        Channel.SNS: ("SNS", "SNS"),
        Channel.EMAIL: ("이메일", "E-mail"),
        Channel.CALL_CENTRE: ("콜센터", "Call centre"),
    },
    ReplyChannel: {
        ReplyChannel.LETTER: ("서면·우편", "Letter"),
        ReplyChannel.EMAIL: ("이메일", "E-mail"),
        ReplyChannel.PHONE: ("전화", "Phone"),
        ReplyChannel.SMS: ("문자", "Text message"),
        ReplyChannel.HOMEPAGE: ("홈페이지 답변", "Homepage reply"),
        ReplyChannel.IN_PERSON: ("방문 면담", "In person"),
    },
    NoticeMethod: {
        NoticeMethod.PHONE: ("전화", "Phone"),
        NoticeMethod.LETTER: ("서면", "Letter"),
        NoticeMethod.EMAIL: ("이메일", "E-mail"),
    },
    FollowUpOutcome: {
        FollowUpOutcome.NO_FURTHER_QUESTIONS: ("통화함 · 추가 문의 없음",
                                               "Reached · no further questions"),
        FollowUpOutcome.FURTHER_QUESTIONS: ("통화함 · 추가 문의 있음",
                                            "Reached · further questions"),
        FollowUpOutcome.UNREACHABLE: ("연락 안 됨", "Not reached"),
    },
    ComplaintStatus: {
        ComplaintStatus.RECEIVED: ("접수", "Received"),
        ComplaintStatus.ASSIGNED: ("배정", "Assigned"),
        ComplaintStatus.IN_PROGRESS: ("처리 중", "In progress"),
        ComplaintStatus.ANSWERED: ("답변 완료", "Answered"),
        ComplaintStatus.FOLLOWED_UP: ("확인 전화 완료", "Follow-up done"),
        ComplaintStatus.CLOSED: ("종결", "Closed"),
    },
    ComplaintAction: {
        ComplaintAction.ASSIGN: ("담당 배정", "assign"),
        ComplaintAction.REASSIGN: ("재배정", "reassign"),
        ComplaintAction.START: ("처리 시작", "start work"),
        ComplaintAction.PAUSE: ("보완 요구", "ask for supplementation"),
        ComplaintAction.RESUME: ("보완 완료", "end the supplementation pause"),
        ComplaintAction.DELAY_NOTICE: ("처리기간 연장 통지", "record a delay notice"),
        ComplaintAction.ANSWER: ("답변", "answer"),
        ComplaintAction.FOLLOW_UP: ("확인 전화", "record the follow-up call"),
        ComplaintAction.CLOSE: ("종결", "close"),
    },
    EventKind: {
        EventKind.RECEIVED: ("접수", "Received"),
        EventKind.ASSIGNED: ("배정", "Assigned"),
        EventKind.REASSIGNED: ("재배정", "Reassigned"),
        EventKind.STARTED: ("처리 시작", "Work started"),
        EventKind.PAUSED: ("보완 요구", "Supplementation requested"),
        EventKind.RESUMED: ("보완 완료", "Supplementation received"),
        EventKind.DELAY_NOTICE: ("처리기간 연장 통지", "Delay notice"),
        EventKind.ANSWERED: ("답변", "Answered"),
        EventKind.FOLLOW_UP: ("확인 전화", "Follow-up call"),
        EventKind.CLOSED: ("종결", "Closed"),
    },
}

_OPEN: Final = frozenset(
    {ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS}
)
OPEN_STATUSES: Final = tuple(s.value for s in ComplaintStatus if s in _OPEN)

# action → (statuses it is allowed from, status after it; None = unchanged)
TRANSITIONS: Final[Mapping[ComplaintAction, tuple[frozenset[ComplaintStatus],
                                                  ComplaintStatus | None]]] = {
    ComplaintAction.ASSIGN: (frozenset({ComplaintStatus.RECEIVED}), ComplaintStatus.ASSIGNED),
    ComplaintAction.REASSIGN: (
        frozenset({ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS}),
        ComplaintStatus.ASSIGNED,
    ),
    ComplaintAction.START: (frozenset({ComplaintStatus.ASSIGNED}), ComplaintStatus.IN_PROGRESS),
    ComplaintAction.PAUSE: (_OPEN, None),
    ComplaintAction.RESUME: (_OPEN, None),
    ComplaintAction.DELAY_NOTICE: (_OPEN, None),
    ComplaintAction.ANSWER: (frozenset({ComplaintStatus.IN_PROGRESS}), ComplaintStatus.ANSWERED),
    ComplaintAction.FOLLOW_UP: (frozenset({ComplaintStatus.ANSWERED}),
                                ComplaintStatus.FOLLOWED_UP),
    ComplaintAction.CLOSE: (frozenset({ComplaintStatus.FOLLOWED_UP}), ComplaintStatus.CLOSED),
}
# While the clock is stopped for a supplementation these wait for it to end.
_BLOCKED_WHILE_PAUSED: Final = frozenset(
    {ComplaintAction.PAUSE, ComplaintAction.DELAY_NOTICE, ComplaintAction.ANSWER}
)


def allowed_actions(status: ComplaintStatus, paused: bool) -> frozenset[ComplaintAction]:
    """The steps a complaint in ``status`` (paused or not) can take next."""
    return frozenset(a for a in ComplaintAction if _refusal(status, a, paused) is None)


def check_action(status: ComplaintStatus, action: ComplaintAction, paused: bool) -> ComplaintStatus:
    """The status after ``action``; DomainError saying why when it is not allowed now."""
    refusal = _refusal(status, action, paused)
    if refusal is not None:
        raise DomainError(refusal)
    after = TRANSITIONS[action][1]
    return after if after is not None else status


def _refusal(status: ComplaintStatus, action: ComplaintAction, paused: bool) -> str | None:
    allowed_from, _ = TRANSITIONS[action]
    if action is ComplaintAction.RESUME and status in allowed_from and not paused:
        return "보완 요구 중인 민원이 아닙니다."
    if status not in allowed_from:
        needed = " 또는 ".join(s.label_ko for s in ComplaintStatus if s in allowed_from)
        return (f"‘{status.label_ko}’ 상태의 민원에는 ‘{action.label_ko}’ 단계를 진행할 수 "
                f"없습니다({needed} 상태에서 가능).")
    if paused and action in _BLOCKED_WHILE_PAUSED:
        return ("보완 요구 중이라 처리기간이 멈춰 있습니다. 보완 서류가 도착하면 먼저 "
                "‘보완 완료’를 기록하세요.")
    return None


# --- intake ---------------------------------------------------------------------------------


@dataclass(slots=True)
class ComplaintDraft:
    """What the intake form (or a memo or visit record) supplies."""

    channel: str = ""
    kind_code: str = ""
    citizen_name: str = ""
    citizen_phone: str = ""
    citizen_email: str = ""
    citizen_address: str = ""
    title: str = ""
    content: str = ""
    received_at: datetime | None = None
    attachments: tuple[str, ...] = ()
    source_memo_id: int | None = None
    source_visit_id: int | None = None
    suggested_assignee_id: int | None = None
    suggested_department_id: int | None = None


@dataclass(frozen=True, slots=True)
class CleanComplaint:
    channel: Channel
    kind: ComplaintKind
    citizen_name: str
    citizen_phone: str
    citizen_email: str
    citizen_address: str
    title: str
    content: str
    received_at: datetime
    attachments: tuple[str, ...] = field(default=())
    source_memo_id: int | None = None
    source_visit_id: int | None = None


def validate_intake(draft: ComplaintDraft, standard: ServiceStandard,
                    now: datetime) -> CleanComplaint:
    """Check an intake draft; ValidationError names every wrong field at once.

    Required: channel, kind (one of the standard's), the citizen's name, a
    title, the content and at least one way to reply (phone, e-mail or postal
    address). The phone must be a Korean or international number, the e-mail
    look like one, and the receipt time may not lie in the future.
    """
    errors: dict[str, str] = {}
    channel = _enum_or_none(Channel, draft.channel)
    if channel is None:
        errors["channel"] = "접수 경로를 고르세요."
    kind: ComplaintKind | None = None
    if not draft.kind_code.strip():
        errors["kind_code"] = "민원 종류를 고르세요."
    else:
        try:
            kind = standard.kind(draft.kind_code.strip())
        except KeyError:
            known = ", ".join(k.name_ko for k in standard.complaint_kinds)
            errors["kind_code"] = (f"알 수 없는 민원 종류입니다: ‘{draft.kind_code}’. "
                                   f"service_standard.toml에 있는 종류만 쓸 수 있습니다 ({known}).")
    name = " ".join(draft.citizen_name.split())
    if not name:
        errors["citizen_name"] = "민원인 이름을 입력하세요."
    elif len(name) > MAX_NAME:
        errors["citizen_name"] = f"이름은 {MAX_NAME}자 이내로 입력하세요."
    phone = draft.citizen_phone.strip()
    email = draft.citizen_email.strip()
    address = draft.citizen_address.strip()
    if not (phone or email or address):
        errors["citizen_phone"] = ("회신할 방법이 없습니다. 전화번호, 이메일, 주소 중 "
                                   "하나 이상을 입력하세요.")
    if phone:
        try:
            phone = parse_phone(phone).display
        except PhoneNumberInvalid as error:
            errors["citizen_phone"] = str(error)
    if email and (not _EMAIL.match(email) or len(email) > MAX_EMAIL):
        errors["citizen_email"] = f"이메일 주소 형식이 아닙니다: {email}"
    title = " ".join(draft.title.split())
    if not title:
        errors["title"] = "제목을 입력하세요."
    elif len(title) > MAX_TITLE:
        errors["title"] = f"제목은 {MAX_TITLE}자 이내로 입력하세요."
    content = draft.content.strip()
    if not content:
        errors["content"] = "민원 내용을 입력하세요."
    elif len(content) > MAX_TEXT:
        errors["content"] = f"내용은 {MAX_TEXT:,}자 이내로 입력하세요."
    received_at = to_seoul(draft.received_at) if draft.received_at is not None else now
    if received_at > now:
        errors["received_at"] = (f"접수 시각 {date_time_ko(received_at)}은(는) 아직 오지 않은 "
                                 "시각입니다. 미래 시각은 입력할 수 없습니다.")
    if errors:
        raise ValidationError(errors)
    assert channel is not None and kind is not None
    return CleanComplaint(
        channel=channel, kind=kind, citizen_name=name, citizen_phone=phone,
        citizen_email=email, citizen_address=address, title=title, content=content,
        received_at=received_at, attachments=tuple(draft.attachments),
        source_memo_id=draft.source_memo_id, source_visit_id=draft.source_visit_id,
    )


def title_from_text(text: str, limit: int = TITLE_FROM_TEXT) -> str:
    """A title from the first line of a memo or a visit's request."""
    for line in text.splitlines():
        words = " ".join(line.split())
        if words:
            return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"
    return ""


# --- the deadline in words --------------------------------------------------------------------


def date_time_ko(moment: datetime) -> str:
    """"2월 25일 18:00"."""
    t = to_seoul(moment)
    return f"{t.month}월 {t.day}일 {t:%H:%M}"


def _date_time_en(moment: datetime) -> str:
    t = to_seoul(moment)
    return f"{t.day} {t:%b} {t:%H:%M}"


def deadline_rule(period: Period, due: datetime, language: str = "ko") -> str:
    """The rule in words: "7근무일, 첫날 산입 → 2월 25일 18:00"."""
    if language.startswith("en"):
        return f"{period.description_en} → {_date_time_en(due)}"
    return f"{period.description_ko} → {date_time_ko(due)}"


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
    cleaned = " ".join((reason or "").split())
    if reason is not None and not cleaned:
        errors["reason"] = "재배정 사유를 입력하세요. 이력에 남습니다."
    if (current is not None and "assignee_id" not in errors
            and current == (staff_id, department_id)):
        errors["assignee_id"] = "지금과 같은 담당입니다. 다른 담당자나 부서를 고르세요."
    if errors:
        raise ValidationError(errors)
    return cleaned


# --- pause for supplementation (보완 요구) -------------------------------------------------------


def validate_pause_request(request: str) -> str:
    """What was asked of the citizen; required."""
    text = request.strip()
    if not text:
        raise ValidationError({"request": "민원인에게 요청한 보완 내용을 입력하세요."})
    if len(text) > MAX_TEXT:
        raise ValidationError({"request": f"{MAX_TEXT:,}자 이내로 입력하세요."})
    return text


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
class DelayNoticeTerms:
    """What a delay notice may promise now.

    ``deadline`` is the one in force (the engine's, or the last notice's date),
    ``limit`` the latest date the notice may give, ``number`` which notice this
    would be (1 or 2) and ``refusal`` the reason no notice is possible, if any.
    """

    deadline: datetime
    limit: datetime
    number: int
    needs_consent: bool
    refusal: str | None


@dataclass(frozen=True, slots=True)
class CleanDelayNotice:
    reason: str
    new_due: datetime
    method: NoticeMethod
    consent: bool


def delay_notice_terms(cal: BusinessCalendar, period: Period, deadline: datetime,
                       notices_so_far: int, now: datetime, paused: bool) -> DelayNoticeTerms:
    """The terms of the next delay notice on a complaint whose deadline is ``deadline``.

    The new date may be at most one more period past the deadline being
    extended (:func:`extension_limit`): the engine's deadline for the first
    notice, the first notice's date for the second, which needs the citizen's
    consent. A notice must be recorded before the deadline; afterwards it is
    refused and the complaint stays overdue on the record.
    """
    number = notices_so_far + 1
    limit = extension_limit(cal, deadline, period)
    refusal: str | None = None
    if paused:
        refusal = ("보완 요구 중이라 처리기간이 멈춰 있습니다. 보완이 끝난 뒤에 연장을 "
                   "통지하세요.")
    elif notices_so_far >= MAX_DELAY_NOTICES:
        refusal = ("처리기간은 두 번까지만 연장할 수 있습니다(한 번, 그리고 민원인 동의를 받아 "
                   "한 번 더). 더 연장할 수 없습니다.")
    elif now >= deadline:
        refusal = (f"처리기한 {date_time_ko(deadline)}이(가) 이미 지났습니다. 연장 통지는 "
                   "기한 전에만 할 수 있으며, 이 민원은 기한 초과로 기록에 남습니다.")
    return DelayNoticeTerms(deadline=to_seoul(deadline), limit=limit, number=number,
                            needs_consent=number >= 2, refusal=refusal)


def validate_delay_notice(terms: DelayNoticeTerms, reason: str, new_due: datetime | None,
                          method: str, consent: bool) -> CleanDelayNotice:
    """Check a delay notice against ``terms``; ValidationError per field."""
    if terms.refusal is not None:
        raise ValidationError({"new_due": terms.refusal})
    errors: dict[str, str] = {}
    text = reason.strip()
    if not text:
        errors["reason"] = "지연 사유를 입력하세요. 민원인에게 알린 그대로 적습니다."
    elif len(text) > MAX_TEXT:
        errors["reason"] = f"{MAX_TEXT:,}자 이내로 입력하세요."
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
    notice_method = _enum_or_none(NoticeMethod, method)
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
    body = text.strip()
    if not body:
        errors["text"] = "답변 내용을 입력하세요."
    elif len(body) > MAX_TEXT:
        errors["text"] = f"{MAX_TEXT:,}자 이내로 입력하세요."
    reply = _enum_or_none(ReplyChannel, channel)
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
    chosen = _enum_or_none(FollowUpOutcome, outcome)
    if chosen is None:
        errors["outcome"] = "확인 전화 결과를 고르세요."
    text = note.strip()
    if chosen is FollowUpOutcome.FURTHER_QUESTIONS and not text:
        errors["note"] = "민원인의 추가 문의 내용을 적으세요."
    elif len(text) > MAX_TEXT:
        errors["note"] = f"{MAX_TEXT:,}자 이내로 입력하세요."
    if errors:
        raise ValidationError(errors)
    assert chosen is not None
    return CleanFollowUp(chosen, text)


# --- the badge of a complaint -------------------------------------------------------------------


class BadgeState(enum.Enum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    PAUSED = "paused"
    ANSWERED_IN_TIME = "answered_in_time"
    ANSWERED_LATE = "answered_late"


_FROM_COUNTDOWN: Final = {
    CountdownState.ON_TRACK: BadgeState.ON_TRACK,
    CountdownState.DUE_SOON: BadgeState.DUE_SOON,
    CountdownState.DUE_TODAY: BadgeState.DUE_TODAY,
    CountdownState.OVERDUE: BadgeState.OVERDUE,
}


@dataclass(frozen=True, slots=True)
class Badge:
    """What a complaint's badge says. ``countdown`` is set while the deadline runs."""

    state: BadgeState
    label_ko: str
    label_en: str
    countdown: Countdown | None = None

    def label(self, language: str = "ko") -> str:
        return self.label_en if language.startswith("en") else self.label_ko


def badge(cal: BusinessCalendar, status: ComplaintStatus, deadline: datetime, period: Period,
          now: datetime, paused_at: datetime | None = None,
          answered_at: datetime | None = None) -> Badge:
    """The countdown while the deadline runs; "보완 대기" with the time left while paused;
    in time or late once answered."""
    if not status.is_open and answered_at is not None:
        if answered_at <= deadline:
            return Badge(BadgeState.ANSWERED_IN_TIME, "기한 내 답변", "answered in time")
        late = countdown(cal, deadline, answered_at, period)
        return Badge(BadgeState.ANSWERED_LATE, f"답변 {late.label_ko}", f"answered {late.label_en}")
    if paused_at is not None:
        left = cal.working_time_between(paused_at, deadline)
        if left <= timedelta(0):
            return Badge(BadgeState.PAUSED, "보완 대기", "awaiting supplement")
        return Badge(BadgeState.PAUSED, f"보완 대기 · {_largest_unit_ko(left)} 남음",
                     f"awaiting supplement · {_largest_unit_en(left)} left")
    running = countdown(cal, deadline, now, period)
    return Badge(_FROM_COUNTDOWN[running.state], running.label_ko, running.label_en, running)


def working_time_ko(amount: timedelta) -> str:
    """Working time in the desk's words: "2일 3시간", "3시간 20분", "45분" (8 h = 1일)."""
    minutes = max(0, amount // timedelta(minutes=1))
    days, minutes = divmod(minutes, 8 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{days}일"] if days else []
    if hours:
        parts.append(f"{hours}시간")
    if minutes and not days:
        parts.append(f"{minutes}분")
    return " ".join(parts) or "0분"


def working_time_en(amount: timedelta) -> str:
    """"2d 3h", "3h 20m", "45m" (8 working hours = 1 d)."""
    minutes = max(0, amount // timedelta(minutes=1))
    days, minutes = divmod(minutes, 8 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{days}d"] if days else []
    if hours:
        parts.append(f"{hours}h")
    if minutes and not days:
        parts.append(f"{minutes}m")
    return " ".join(parts) or "0m"


def _largest_unit_ko(amount: timedelta) -> str:
    """Only the largest unit, for a short badge: "4일", "3시간", "45분"."""
    return working_time_ko(amount).split(" ")[0]


def _largest_unit_en(amount: timedelta) -> str:
    return working_time_en(amount).split(" ")[0]


_E = TypeVar("_E", bound=enum.StrEnum)


def _enum_or_none(kind: type[_E], value: str) -> _E | None:
    try:
        return kind(value.strip()) if value and value.strip() else None
    except ValueError:
        return None
