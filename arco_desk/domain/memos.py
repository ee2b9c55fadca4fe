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
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Final

from arco_desk.domain.calendar_business import BusinessCalendar, to_seoul
from arco_desk.domain.dates import moment_refusal
from arco_desk.domain.deadlines import Period
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.phone import digits_only, mask_name, mask_phone
from arco_desk.domain.text import RULES, TextKind, clean, clean_into, tidy

__all__ = [
    "CLOCK_SKEW",
    "MAX_MESSAGE_LENGTH",
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
    "escalation_moment",
    "masked_row",
    "number_to_give",
    "phone_digits",
    "render_greeting",
    "validate_forward_reason",
    "validate_memo",
    "validate_outcome",
    "validate_reason_label",
]

# A phone slip holds a few sentences (free text); longer text belongs in a complaint.
MAX_MESSAGE_LENGTH: Final = RULES[TextKind.FREE_TEXT].limit
# A call time a little ahead of the clock is a PC clock drifting, not the future.
CLOCK_SKEW: Final = timedelta(minutes=1)


class MemoStatus(enum.StrEnum):
    NEW = "new"
    DELIVERED = "delivered"
    READ = "read"
    ESCALATED = "escalated"
    DONE = "done"

    @property
    def is_open(self) -> bool:
        return self is not MemoStatus.DONE

    @property
    def is_unread(self) -> bool:
        """Nobody it was sent to has opened it yet."""
        return self in (MemoStatus.NEW, MemoStatus.DELIVERED, MemoStatus.ESCALATED)


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


def validate_memo(draft: MemoDraft, now: datetime) -> CleanMemo:
    """Check a draft and return it cleaned; ValidationError names every wrong field.

    Rules: whom the caller asked for and what it is about are required; the
    caller's name is required and so is a way to answer (a phone number or an
    e-mail address, clause 1-2: "name, purpose, contact, time"); the number must
    be a Korean (or international) phone number; the call time cannot lie in
    the future (nor before the range of :mod:`~arco_desk.domain.dates`); a message holds
    at most ``MAX_MESSAGE_LENGTH`` characters.
    """
    errors: dict[str, Message] = {}
    name = clean_into(errors, TextKind.PERSON_NAME, "caller_name", draft.caller_name,
                      required=msg("memo.caller_name_required"))
    org = clean_into(errors, TextKind.ORGANISATION, "caller_org", draft.caller_org)
    phone = clean_into(errors, TextKind.PHONE, "caller_phone", draft.caller_phone)
    email = clean_into(errors, TextKind.EMAIL, "caller_email", draft.caller_email)
    if not tidy(draft.caller_phone) and not tidy(draft.caller_email):
        errors["caller_phone"] = msg("memo.contact_required")
    called_at = draft.called_at
    if called_at is None:
        errors["called_at"] = msg("memo.called_at_required")
    elif called_at.tzinfo is None:
        errors["called_at"] = msg("memo.called_at_naive")
    elif called_at > now + CLOCK_SKEW:
        errors["called_at"] = msg("memo.called_at_future", called_at=called_at, now=now)
    elif (out_of_range := moment_refusal(called_at, to_seoul(now).date())) is not None:
        errors["called_at"] = out_of_range
    if draft.target_staff_id is None:
        errors["target_staff_id"] = msg("memo.target_required")
    message = clean_into(errors, TextKind.FREE_TEXT, "message", draft.message,
                         required=msg("memo.message_required"))
    try:
        route = Route(draft.route)
    except ValueError:
        errors["route"] = msg("memo.route_required")
        route = Route.TARGET
    if errors:
        raise ValidationError(errors)
    assert called_at is not None and draft.target_staff_id is not None
    return CleanMemo(
        caller_name=name,
        caller_org=org,
        caller_phone=phone,
        caller_phone_digits=phone_digits(phone),
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
    return clean(TextKind.FREE_TEXT, field_name, text, required=(
        msg("memo.outcome_required") if required else None))


def validate_forward_reason(text: str) -> str:
    return clean(TextKind.SHORT_LINE, "reason", text,
                 required=msg("memo.forward_reason_required"))


def validate_reason_label(label_ko: str, label_en: str) -> tuple[str, str]:
    """A new message-slip reason the agency adds (e.g. '자료 요청')."""
    errors: dict[str, Message] = {}
    ko = clean_into(errors, TextKind.LABEL, "label_ko", label_ko,
                    required=msg("memo.reason_label_required"))
    en = clean_into(errors, TextKind.LABEL, "label_en", label_en)
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
    # The caller's name, number and e-mail are masked: the memo lies outside the reach
    # at which the person looking handles memos (see :func:`masked_row`).
    masked: bool = False

    @property
    def for_whole_department(self) -> bool:
        """Sent to the whole department and nobody has claimed it yet."""
        return self.target_staff_id is None and self.department_id is not None

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    def addressed_to(self, staff_id: int) -> bool:
        """``staff_id`` is the one who has it now, or the stand-in it was escalated to."""
        return staff_id in (self.target_staff_id, self.escalated_to_id)


def masked_row(row: MemoRow) -> MemoRow:
    """``row`` as a list shows it to somebody who does not handle the memo (issue 15):
    the caller's name, number and e-mail masked (홍*동, 010-****-5678, h**g@example.com).
    Opening the memo shows them in full, and is recorded."""
    local, at, host = row.caller_email.partition("@")
    return replace(row, caller_name=mask_name(row.caller_name),
                   caller_phone=mask_phone(row.caller_phone),
                   caller_email=mask_name(local) + at + host, masked=True)


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
