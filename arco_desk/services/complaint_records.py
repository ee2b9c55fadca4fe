"""What the complaint service hands to the UI: plain records, no ORM objects."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.complaints import Channel, ComplaintAction, ComplaintStatus, EventKind
from arco_desk.domain.deadlines import Period
from arco_desk.domain.messages import Message

__all__ = [
    "AttachmentRecord",
    "ComplaintCounts",
    "ComplaintDetail",
    "ComplaintDraft",
    "ComplaintFilter",
    "ComplaintRow",
    "DeadlinePreview",
    "EventRecord",
    "ListScope",
    "ResumePreview",
    "Urgency",
]


class ListScope(enum.StrEnum):
    """Which complaints a list shows."""

    OPEN = "open"  # not answered yet: the deadline runs
    AWAITING_FOLLOW_UP = "awaiting_follow_up"  # answered, the follow-up call is due
    NOT_CLOSED = "not_closed"
    CLOSED = "closed"
    ALL = "all"


class Urgency(enum.StrEnum):
    """Deadline filters; they only ever match open complaints whose clock runs."""

    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_SOON = "due_soon"


@dataclass(frozen=True, slots=True)
class ComplaintFilter:
    scope: ListScope = ListScope.OPEN
    urgency: Urgency | None = None
    kind_code: str | None = None
    channel: Channel | None = None
    department_id: int | None = None
    assignee_id: int | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class ComplaintRow:
    """One line of the complaint list."""

    id: int
    received_at: datetime
    channel: Channel
    kind_code: str
    kind_name_ko: str
    kind_name_en: str
    citizen_name: str
    title: str
    status: ComplaintStatus
    assignee_id: int | None
    assignee_name: str
    department_id: int | None
    department_name: str
    period: Period
    due_at: datetime
    promised_at: datetime | None
    paused_at: datetime | None
    answered_at: datetime | None
    closed_at: datetime | None
    # The version the row was read at, with its values in the same statement: a step or
    # an assignment made from this view names it, and is refused if another PC changed
    # the complaint since (docs/architecture.md §9).
    version: int
    # The citizen's name is masked: the complaint lies outside the reach at which the
    # person looking handles complaints (ComplaintService.rows, services/gate.py).
    masked: bool = False

    @property
    def deadline(self) -> datetime:
        """The deadline in force: the delay notice's date, else the engine's."""
        return self.promised_at or self.due_at

    @property
    def extended(self) -> bool:
        return self.promised_at is not None

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    def kind_name(self, language: str = "ko") -> str:
        return self.kind_name_en if language.startswith("en") else self.kind_name_ko


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A step of the history. ``paused_working_time`` is set on finished pauses and on
    the step that ended them."""

    id: int
    kind: EventKind
    at: datetime
    actor_id: int | None
    actor_name: str
    detail: str
    ends_at: datetime | None
    old_due_at: datetime | None
    new_due_at: datetime | None
    code: str
    consent: bool | None
    target_name: str
    paused_working_time: timedelta | None = None


@dataclass(frozen=True, slots=True)
class AttachmentRecord:
    id: int
    original_name: str
    stored_path: str
    size_bytes: int
    added_at: datetime


@dataclass(frozen=True, slots=True)
class ComplaintDetail:
    """Everything about one complaint, with its whole history."""

    row: ComplaintRow
    citizen_phone: str
    citizen_email: str
    citizen_address: str
    content: str
    source_memo_id: int | None
    source_visit_id: int | None
    rule: Message
    delay_notices: int
    allowed: frozenset[ComplaintAction]
    events: list[EventRecord] = field(default_factory=list)
    attachments: list[AttachmentRecord] = field(default_factory=list)
    # A 기타 complaint given its own period at intake: the legal basis of it ("" if none).
    period_basis: str = ""

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version


@dataclass(frozen=True, slots=True)
class ComplaintCounts:
    """For the tab title: what is overdue and what is due today."""

    overdue: int
    due_today: int


@dataclass(frozen=True, slots=True)
class DeadlinePreview:
    """The deadline the engine gives a complaint of a kind received at a moment."""

    period: Period
    due: datetime
    rule: Message


@dataclass(frozen=True, slots=True)
class ResumePreview:
    """What ending a pause at a moment does to the deadline."""

    paused_working_time: timedelta
    old_deadline: datetime
    new_deadline: datetime
