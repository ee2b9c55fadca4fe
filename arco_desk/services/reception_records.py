"""Reception's rows inside a write: loaded (and locked) in the lock order, checked, and a
booking edit merged with what another PC changed meanwhile (docs/architecture.md §9).

Lock order: staff → appointment → visit. A state change locks its row
(``SELECT … FOR UPDATE``; SQLite serializes writers anyway) and checks the status after
the lock, so of two PCs doing the same thing one does it and the other is told why not.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.directory import Presence
from arco_desk.domain.edits import Opened, plan_edit
from arco_desk.domain.errors import NotFound, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.phone import digits_only
from arco_desk.domain.reception import MAX_DURATION, CheckInResult, CleanAppointment, CleanVisitor
from arco_desk.domain.reception_edits import TIME_FIELDS, VISITOR_FIELDS, booking_values
from arco_desk.services.edits import conflict
from arco_desk.services.visitors import resolve_visitor
from arco_desk.store.change_feed import publish
from arco_desk.store.locks import STAYS_ACTIVE
from arco_desk.store.models import Appointment, Staff, Visit, Visitor

GONE = msg("reception.appointment_gone")
VISIT_GONE = msg("reception.visit_gone")


def appointment(session: Session, appointment_id: int, *, lock: bool = False) -> Appointment:
    """The appointment; ``lock`` holds its row until the commit (read again, not cached)."""
    found = session.get(Appointment, appointment_id, with_for_update=lock,
                        populate_existing=lock)
    if found is None:
        raise NotFound(GONE)
    return found


def visit(session: Session, visit_id: int, *, lock: bool = False) -> Visit:
    """The visit; ``lock`` holds its row, and its appointment's first (the lock order)."""
    if lock:
        appointment_id = session.scalar(select(Visit.appointment_id)
                                        .where(Visit.id == visit_id))
        if appointment_id is not None:
            session.get(Appointment, appointment_id, with_for_update=True,
                        populate_existing=True)
    found = session.get(Visit, visit_id, with_for_update=lock, populate_existing=lock)
    if found is None:
        raise NotFound(VISIT_GONE)
    return found


def latest_visit(session: Session, appointment_id: int) -> Visit | None:
    """The latest visit of a (locked) appointment, locked."""
    return session.scalars(
        select(Visit).where(Visit.appointment_id == appointment_id)
        .order_by(Visit.id.desc()).limit(1).with_for_update()
        .execution_options(populate_existing=True)
    ).first()


def host(session: Session, staff_id: int, field: str) -> Staff:
    staff = session.get(Staff, staff_id, with_for_update=STAYS_ACTIVE)
    if staff is None or not staff.active:
        raise ValidationError({field: msg("reception.staff_gone")})
    return staff


def check_pass_free(session: Session, number: str) -> None:
    """Refuse a pass another visitor still holds. The partial unique index
    ``uq_visit_unreturned_pass`` refuses the second of two desks checking at the same
    moment; the retry then comes back here and says so."""
    holder = session.scalar(
        select(Visit.id).where(Visit.pass_number == number, Visit.pass_returned_at.is_(None))
        .limit(1)
    )
    if holder is not None:
        raise ValidationError({"pass_number": msg("reception.pass_in_use", number=number)})


def appointment_changed(session: Session, booking: Appointment) -> None:
    publish(session, ChangeKind.APPOINTMENT_CHANGED, booking.id, staff_id=booking.host_id)


def visit_changed(session: Session, row: Visit) -> None:
    publish(session, ChangeKind.VISIT_CHANGED, row.id, staff_id=row.host_id)


def arrival(session: Session, row: Visit) -> CheckInResult:
    """What the desk says about an arrival: the host now, and the stand-in the visitor
    was routed to (or who would take them)."""
    staff = session.get(Staff, row.host_id) if row.host_id is not None else None
    if staff is None:
        raise ValidationError({"host_id": msg("reception.host_gone")})
    presence = Presence(staff.presence)
    stand_in_id = row.routed_to_id or staff.stand_in_id
    stand_in = session.get(Staff, stand_in_id) if stand_in_id else None
    if stand_in is not None and not stand_in.active and stand_in.id != row.routed_to_id:
        stand_in = None
    return CheckInResult(
        visit_id=row.id, host_id=staff.id, host_name=staff.name, host_presence=presence,
        host_back_at=staff.back_at if not presence.is_available else None,
        stand_in_id=stand_in.id if stand_in else None,
        stand_in_name=stand_in.name if stand_in else None,
    )


# --- the booking edit ----------------------------------------------------------------------


def _booking_now(booking: Appointment, visitor: Visitor) -> dict[str, object]:
    return {
        "name": visitor.name, "organisation": visitor.organisation, "phone": visitor.phone,
        "host_id": booking.host_id, "starts_at": booking.starts_at,
        "ends_at": booking.starts_at + timedelta(minutes=booking.duration_min),
        "companions": booking.companions, "purpose": booking.purpose, "place": booking.place,
        "notes": booking.notes,
    }


def edit_booking(session: Session, booking: Appointment, clean: CleanAppointment,
                 opened: Opened | None) -> bool:
    """Write onto the (locked) ``booking`` the fields the person changed since ``opened``
    (None: everything typed), keeping what another PC changed in the others; True when
    the time or the host moved. A field both changed is an :class:`EditConflict`; so are
    the times when the merged start and end would not make a meeting."""
    visitor = session.get(Visitor, booking.visitor_id)
    assert visitor is not None  # the appointment's visitor row goes with it
    current = _booking_now(booking, visitor)
    plan = plan_edit(opened or Opened(booking.version, current), booking_values(clean),
                     current, booking.version)
    merged = {name: plan.changes.get(name, value) for name, value in current.items()}
    starts, ends = merged["starts_at"], merged["ends_at"]
    assert isinstance(starts, datetime) and isinstance(ends, datetime)
    conflicts: Sequence[str] = plan.conflicts
    if not conflicts and not starts < ends <= starts + MAX_DURATION:
        conflicts = TIME_FIELDS
    if conflicts:
        raise conflict(booking, current, conflicts)
    if "host_id" in plan.changes:
        host(session, clean.host_id, "host_id")
    chosen, shown = clean.visitor.visitor_id, _shown_visitor(booking, opened)
    if chosen is not None and chosen not in (shown, booking.visitor_id):
        booking.visitor_id = resolve_visitor(session, clean.visitor).id  # another one chosen
    elif any(name in plan.changes for name in VISITOR_FIELDS):
        name, organisation, phone = (str(merged[f]) for f in VISITOR_FIELDS)
        booking.visitor_id = resolve_visitor(session, CleanVisitor(
            name, organisation, phone, digits_only(phone), chosen)).id
        flag_modified(booking, "visitor_id")  # the visitor's change moves the booking on
    moved = starts != booking.starts_at or merged["host_id"] != booking.host_id
    for name in ("host_id", "companions", "purpose", "place", "notes"):
        if name in plan.changes:
            setattr(booking, name, plan.changes[name])
    booking.starts_at = starts
    booking.duration_min = int((ends - starts) // timedelta(minutes=1))
    return moved


def _shown_visitor(booking: Appointment, opened: Opened | None) -> object:
    """The visitor the form opened the booking with (the booking's own without a form)."""
    return opened.values.get("visitor_id", booking.visitor_id) if opened else booking.visitor_id
