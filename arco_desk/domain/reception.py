"""Visitor reception (standard clause 1-1): statuses, their transitions and the form rules.

An appointment moves expected → host ready → arrived → in meeting → left, or
ends as no-show or cancelled. A walk-in has no appointment; its visit is
arrived, in meeting (someone received the visitor) or left. The same
:class:`VisitStatus` names both.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.dates import in_seoul, out_of_range
from arco_desk.domain.directory import Presence
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.phone import digits_only
from arco_desk.domain.text import TextKind, clean, clean_into

__all__ = [
    "MAX_COMPANIONS",
    "MAX_DURATION",
    "AppointmentDraft",
    "CheckInResult",
    "CleanAppointment",
    "CleanVisitor",
    "HostArrival",
    "PreparationAlert",
    "TimelineEntry",
    "VisitDetail",
    "VisitRecordDraft",
    "VisitStatus",
    "VisitorDraft",
    "VisitorFull",
    "VisitorMatch",
    "WalkInDraft",
    "check_transition",
    "closing_moment",
    "day_bounds",
    "timeline_key",
    "validate_appointment",
    "validate_check_out_time",
    "validate_pass_number",
    "validate_visit_record",
    "validate_visitor",
    "validate_walk_in",
]

MAX_COMPANIONS: Final = 50
MAX_DURATION: Final = timedelta(hours=10)
MAX_BOOKING_AHEAD: Final = timedelta(days=366)


class VisitStatus(enum.StrEnum):
    """Where an appointment or a visit stands."""

    EXPECTED = "expected"
    HOST_READY = "host_ready"
    ARRIVED = "arrived"
    IN_MEETING = "in_meeting"
    LEFT = "left"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"

    @property
    def is_waiting(self) -> bool:
        """Booked and not arrived yet (expected or host ready)."""
        return self in (VisitStatus.EXPECTED, VisitStatus.HOST_READY)

    @property
    def is_inside(self) -> bool:
        """The visitor is in the building."""
        return self in (VisitStatus.ARRIVED, VisitStatus.IN_MEETING)


ALLOWED: Final[Mapping[VisitStatus, frozenset[VisitStatus]]] = {
    VisitStatus.EXPECTED: frozenset(
        {VisitStatus.HOST_READY, VisitStatus.ARRIVED, VisitStatus.NO_SHOW, VisitStatus.CANCELLED}
    ),
    VisitStatus.HOST_READY: frozenset(
        {VisitStatus.ARRIVED, VisitStatus.NO_SHOW, VisitStatus.CANCELLED}
    ),
    VisitStatus.ARRIVED: frozenset({VisitStatus.IN_MEETING, VisitStatus.LEFT}),
    VisitStatus.IN_MEETING: frozenset({VisitStatus.IN_MEETING, VisitStatus.LEFT}),
    # A visitor marked as not come who turns up late after all.
    VisitStatus.NO_SHOW: frozenset({VisitStatus.ARRIVED}),
    VisitStatus.LEFT: frozenset(),
    VisitStatus.CANCELLED: frozenset(),
}


def check_transition(current: VisitStatus, target: VisitStatus) -> None:
    """Refuse a change of status the desk cannot make, with the reason in plain words."""
    if target in ALLOWED[current]:
        return
    if target is VisitStatus.ARRIVED and current.is_inside:
        raise DomainError(msg("visit.already_arrived"))
    if current is VisitStatus.LEFT:
        raise DomainError(msg("visit.already_left"))
    if current is VisitStatus.CANCELLED:
        raise DomainError(msg("visit.cancelled"))
    if target in (VisitStatus.LEFT, VisitStatus.IN_MEETING) and not current.is_inside:
        raise DomainError(msg("visit.not_arrived"))
    if target is VisitStatus.HOST_READY and current is VisitStatus.HOST_READY:
        raise DomainError(msg("visit.already_host_ready"))
    raise DomainError(msg("visit.transition", current=current, target=target))


# --- drafts (what a form supplies) -----------------------------------------------------------


@dataclass(slots=True)
class VisitorDraft:
    """The visitor as typed; ``visitor_id`` when a returning visitor was chosen."""

    name: str = ""
    organisation: str = ""
    phone: str = ""
    visitor_id: int | None = None


@dataclass(slots=True)
class AppointmentDraft:
    visitor: VisitorDraft
    host_id: int | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    companions: int = 0
    purpose: str = ""
    place: str = ""
    notes: str = ""


@dataclass(slots=True)
class WalkInDraft:
    """A visitor without an appointment: purpose and whom they want to see."""

    visitor: VisitorDraft
    host_id: int | None = None
    purpose: str = ""
    pass_number: str = ""
    id_checked: bool = False


@dataclass(slots=True)
class VisitRecordDraft:
    purpose: str = ""
    requests: str = ""
    outcome: str = ""
    follow_up_owner_id: int | None = None


@dataclass(frozen=True, slots=True)
class CleanVisitor:
    name: str
    organisation: str
    phone: str
    phone_digits: str
    visitor_id: int | None


@dataclass(frozen=True, slots=True)
class CleanAppointment:
    visitor: CleanVisitor
    host_id: int
    starts_at: datetime
    duration_min: int
    companions: int
    purpose: str
    place: str
    notes: str


# --- validation --------------------------------------------------------------------------------


def validate_visitor(draft: VisitorDraft, errors: dict[str, Message]) -> CleanVisitor:
    """Check the visitor's fields (``name``, ``organisation``, ``phone``) into ``errors``."""
    name = clean_into(errors, TextKind.PERSON_NAME, "name", draft.name,
                      required=msg("visitor.name_required"))
    organisation = clean_into(errors, TextKind.ORGANISATION, "organisation", draft.organisation)
    phone = clean_into(errors, TextKind.PHONE, "phone", draft.phone)
    return CleanVisitor(name, organisation, phone, digits_only(phone), draft.visitor_id)


def validate_appointment(draft: AppointmentDraft, now: datetime) -> CleanAppointment:
    """A booking: visitor, host, a future start, an end after it, companions >= 0.

    Raises :class:`ValidationError` naming every wrong field at once.
    """
    errors: dict[str, Message] = {}
    visitor = validate_visitor(draft.visitor, errors)
    if draft.host_id is None:
        errors["host_id"] = msg("appointment.host_required")
    # In Seoul (a naive time is Seoul wall time); None past what Seoul's clock can show.
    today = now.astimezone(SEOUL).date()
    starts = in_seoul(draft.starts_at) if draft.starts_at is not None else None
    ends = in_seoul(draft.ends_at) if draft.ends_at is not None else None
    if draft.starts_at is None:
        errors["starts_at"] = msg("appointment.starts_at_required")
    elif starts is None:
        errors["starts_at"] = out_of_range(today)
    elif starts < now:
        errors["starts_at"] = msg("appointment.starts_at_past", now=now)
    elif starts - now > MAX_BOOKING_AHEAD:
        errors["starts_at"] = msg("appointment.too_far_ahead")
    duration = 0
    if draft.ends_at is None:
        errors["ends_at"] = msg("appointment.ends_at_required")
    elif ends is None:
        errors["ends_at"] = out_of_range(today)
    elif starts is not None:
        if ends <= starts:
            errors["ends_at"] = msg("appointment.ends_before_start")
        elif ends - starts > MAX_DURATION:
            errors["ends_at"] = msg("appointment.too_long",
                                    hours=MAX_DURATION // timedelta(hours=1))
        else:
            duration = int((ends - starts) // timedelta(minutes=1))
    if draft.companions < 0:
        errors["companions"] = msg("appointment.companions_negative")
    elif draft.companions > MAX_COMPANIONS:
        errors["companions"] = msg("appointment.companions_too_many", limit=MAX_COMPANIONS)
    purpose = clean_into(errors, TextKind.SHORT_LINE, "purpose", draft.purpose)
    place = clean_into(errors, TextKind.LABEL, "place", draft.place)
    notes = clean_into(errors, TextKind.FREE_TEXT, "notes", draft.notes)
    if errors:
        raise ValidationError(errors)
    assert draft.host_id is not None and starts is not None
    return CleanAppointment(
        visitor=visitor, host_id=draft.host_id, starts_at=starts, duration_min=duration,
        companions=draft.companions, purpose=purpose, place=place, notes=notes,
    )


def validate_walk_in(draft: WalkInDraft) -> tuple[CleanVisitor, int, str, str]:
    """A walk-in: the visitor, whom they want to see, why. Returns (visitor, host, purpose,
    pass number)."""
    errors: dict[str, Message] = {}
    visitor = validate_visitor(draft.visitor, errors)
    if draft.host_id is None:
        errors["host_id"] = msg("walk_in.host_required")
    purpose = clean_into(errors, TextKind.SHORT_LINE, "purpose", draft.purpose,
                         required=msg("visit.purpose_required"))
    pass_number = clean_into(errors, TextKind.CODE, "pass_number", draft.pass_number)
    if errors:
        raise ValidationError(errors)
    assert draft.host_id is not None
    return visitor, draft.host_id, purpose, pass_number


def validate_visit_record(draft: VisitRecordDraft) -> VisitRecordDraft:
    errors: dict[str, Message] = {}
    cleaned = VisitRecordDraft(
        purpose=clean_into(errors, TextKind.SHORT_LINE, "purpose", draft.purpose,
                           required=msg("visit.purpose_required")),
        requests=clean_into(errors, TextKind.FREE_TEXT, "requests", draft.requests),
        outcome=clean_into(errors, TextKind.FREE_TEXT, "outcome", draft.outcome),
        follow_up_owner_id=draft.follow_up_owner_id,
    )
    if errors:
        raise ValidationError(errors)
    return cleaned


def validate_pass_number(number: str, *, required: bool = True) -> str:
    return clean(TextKind.CODE, "pass_number", number,
                 required=msg("visit.pass_number_required") if required else None)


def validate_check_out_time(left_at: datetime, arrived_at: datetime, now: datetime) -> None:
    """Check-out lies between arrival and now (a naive ``left_at`` is Seoul wall time)."""
    moment = in_seoul(left_at)
    if moment is None:
        raise ValidationError({"left_at": out_of_range(now.astimezone(SEOUL).date())})
    if moment < arrived_at:
        raise ValidationError({"left_at": msg("visit.left_before_arrival",
                                              arrived_at=arrived_at)})
    if moment > now + timedelta(minutes=1):
        raise ValidationError({"left_at": msg("visit.left_in_future")})


# --- what the services return -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VisitorMatch:
    """A returning visitor as a list shows it: masked."""

    id: int
    name_masked: str
    organisation: str
    phone_masked: str
    last_seen: datetime | None


@dataclass(frozen=True, slots=True)
class VisitorFull:
    """A visitor's full data, for pre-filling a form (detail view only)."""

    id: int
    name: str
    organisation: str
    phone: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One row of the day's timeline: an appointment (with its visit once arrived) or a
    walk-in. ``id`` is the row key: the appointment id, or minus the visit id for a walk-in.
    Personal data is masked here; :class:`VisitDetail` has it in full."""

    id: int
    appointment_id: int | None
    visit_id: int | None
    status: VisitStatus
    starts_at: datetime
    ends_at: datetime | None
    visitor_name_masked: str
    organisation: str
    phone_masked: str
    companions: int
    host_id: int | None
    host_name: str
    host_department: str
    host_presence: Presence | None
    host_stand_in_name: str | None
    place: str
    purpose: str
    prep_alerted_at: datetime | None
    host_ready_at: datetime | None
    arrived_at: datetime | None
    left_at: datetime | None
    received_by_name: str | None
    routed_to_id: int | None
    routed_to_name: str | None
    pass_number: str
    pass_returned_at: datetime | None

    @property
    def is_walk_in(self) -> bool:
        return self.appointment_id is None

    @property
    def pass_out(self) -> bool:
        """A pass was handed out and not returned yet."""
        return bool(self.pass_number) and self.pass_returned_at is None


def timeline_key(appointment_id: int | None, visit_id: int | None) -> int:
    if appointment_id is not None:
        return appointment_id
    if visit_id is None:
        raise ValueError("a timeline entry needs an appointment or a visit")
    return -visit_id


@dataclass(frozen=True, slots=True)
class VisitDetail:
    """The full record behind a timeline row (the detail view)."""

    entry: TimelineEntry
    visitor_id: int
    visitor_name: str
    phone: str
    notes: str
    requests: str
    outcome: str
    follow_up_owner_id: int | None
    follow_up_owner_name: str | None
    id_checked: bool
    anonymised: bool
    # The rows' versions when read, so a form can tell a stale save (docs/architecture.md
    # §9); None when the row does not exist (no visit before arrival, none for a walk-in's
    # appointment).
    appointment_version: int | None = None
    visit_version: int | None = None


@dataclass(frozen=True, slots=True)
class CheckInResult:
    """What the desk must say once a visitor is checked in."""

    visit_id: int
    host_id: int
    host_name: str
    host_presence: Presence
    host_back_at: datetime | None
    stand_in_id: int | None
    stand_in_name: str | None

    @property
    def host_available(self) -> bool:
        return self.host_presence.is_available

    @property
    def routed_to_stand_in(self) -> bool:
        return not self.host_available and self.stand_in_id is not None

    @property
    def receiver_id(self) -> int:
        """Who should receive the visitor: the host, or the stand-in when the host is away."""
        if self.routed_to_stand_in:
            assert self.stand_in_id is not None
            return self.stand_in_id
        return self.host_id


@dataclass(frozen=True, slots=True)
class PreparationAlert:
    """The host was told to get ready (5 minutes before, clock time)."""

    appointment_id: int
    host_id: int
    host_name: str
    visitor_name: str
    organisation: str
    starts_at: datetime
    place: str
    alerted_at: datetime
    host_ready_at: datetime | None


@dataclass(frozen=True, slots=True)
class HostArrival:
    """A visitor waiting for the host (or the stand-in) who has not been received yet."""

    visit_id: int
    visitor_name: str
    organisation: str
    arrived_at: datetime
    host_id: int | None
    routed_to_id: int | None


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """[00:00, next day 00:00) of ``day`` in Asia/Seoul."""
    start = datetime(day.year, day.month, day.day, tzinfo=SEOUL)
    return start, start + timedelta(days=1)


def closing_moment(day: date) -> datetime:
    """18:00 on ``day``: visitors still inside then are listed for the operator."""
    return datetime(day.year, day.month, day.day, 18, tzinfo=SEOUL)
