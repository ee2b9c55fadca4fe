"""방문 접수 (standard clause 1-1): appointments, the preparation alert, check-in of expected
visitors and walk-ins, routing to the stand-in, the visit record, passes and check-out.

Every action is one write, published to the change feed in the same transaction:
arrivals, preparation alerts and "host ready" by their own kinds, every other write as
``APPOINTMENT_CHANGED`` or ``VISIT_CHANGED``. Lists get masked rows
(:class:`TimelineEntry`); :meth:`ReceptionService.detail` has the full record.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import SEOUL, Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.dates import check_date
from arco_desk.domain.directory import Presence
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import DomainError, NotFound, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.reception import (
    AppointmentDraft,
    CheckInResult,
    HostArrival,
    PreparationAlert,
    TimelineEntry,
    VisitDetail,
    VisitorFull,
    VisitorMatch,
    VisitRecordDraft,
    VisitStatus,
    WalkInDraft,
    check_transition,
    day_bounds,
    validate_appointment,
    validate_check_out_time,
    validate_pass_number,
    validate_visit_record,
    validate_walk_in,
)
from arco_desk.domain.reception_edits import record_values
from arco_desk.domain.text import narrow_search
from arco_desk.services import reception_records as records
from arco_desk.services import reception_rows as rows
from arco_desk.services.audit import record_audit
from arco_desk.services.calendar import CalendarService
from arco_desk.services.edits import apply_edit
from arco_desk.services.outbound_visits import OutboundVisitService
from arco_desk.services.search import Found
from arco_desk.services.settings import SettingsService
from arco_desk.services.submissions import earlier, remember
from arco_desk.services.visitor_privacy import VisitorPrivacyService
from arco_desk.services.visitors import find_visitors, load_visitor, resolve_visitor
from arco_desk.store.change_feed import publish
from arco_desk.store.models import Appointment, Staff, Visit, Visitor
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = ["ReceptionService"]

# A preparation alert missed while no PC was running is still sent until the meeting ends,
# but not for meetings that started longer ago than this.
_ALERT_LOOKBACK = timedelta(hours=10)


class ReceptionService:
    """The desk's use cases for visitors. ``outbound`` and ``privacy`` hold clause 1-5 and
    the retention rules."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock = system_now,
        calendar: CalendarService | None = None,
        settings: SettingsService | None = None,
        backups_folder: Path | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.calendar = calendar or CalendarService(uow, clock)
        self.outbound = OutboundVisitService(uow, clock, self.calendar)
        self.privacy = VisitorPrivacyService(uow, clock, settings or SettingsService(uow, clock),
                                             backups_folder)

    @property
    def preparation_lead(self) -> timedelta:
        """How long before an appointment the host is alerted (the standard: 5 minutes)."""
        return self.calendar.standard.appointment_prep

    # --- visitors ----------------------------------------------------------------------

    def find_visitors(self, name: str = "", phone: str = "") -> list[VisitorMatch]:
        """Returning visitors by name or phone (masked, for a list)."""
        with self.uow.read() as session:
            return find_visitors(session, name, phone)

    def visitor(self, visitor_id: int) -> VisitorFull:
        """A returning visitor's full data, to pre-fill a form."""
        with self.uow.read() as session:
            return load_visitor(session, visitor_id)

    # --- appointments ------------------------------------------------------------------

    @retry_conflicts
    def book(self, draft: AppointmentDraft, *, actor: Actor, key: str | None = None) -> int:
        """Book an appointment; returns its id (also its timeline key). A save again with
        the same submission ``key`` returns the booking the first one stored."""
        now = self.clock()
        with self.uow.write(actor) as session:
            stored = earlier(session, key, "appointment")
            if stored is not None:
                return stored
            clean = validate_appointment(draft, now)
            records.host(session, clean.host_id, "host_id")
            visitor = resolve_visitor(session, clean.visitor)
            appointment = Appointment(
                visitor_id=visitor.id, host_id=clean.host_id, starts_at=clean.starts_at,
                duration_min=clean.duration_min, companions=clean.companions,
                purpose=clean.purpose, place=clean.place, notes=clean.notes,
                status=VisitStatus.EXPECTED.value,
            )
            session.add(appointment)
            session.flush()
            remember(session, key, "appointment", appointment.id)
            records.appointment_changed(session, appointment)
            record_audit(session, actor, "appointment.book", "appointment", appointment.id,
                         f"{clean.starts_at:%Y-%m-%d %H:%M} host={clean.host_id}")
            return appointment.id

    @retry_conflicts
    def update_appointment(self, appointment_id: int, draft: AppointmentDraft, *,
                           actor: Actor, opened: Opened | None = None) -> None:
        """Change a booking that is still waiting. A new time asks the host again.

        Only the fields changed since the form ``opened`` the booking are written; a
        field another PC changed too is an ``EditConflict`` (docs/architecture.md §9).
        ``None`` (no form) writes every field."""
        with self.uow.write(actor) as session:
            appointment = records.appointment(session, appointment_id, lock=True)
            status = VisitStatus(appointment.status)
            if not status.is_waiting:
                raise DomainError(msg("reception.not_editable", status=status))
            now = self.clock()
            shown = opened.values.get("starts_at") if opened else None
            if draft.starts_at in (appointment.starts_at, shown):
                now = min(now, draft.starts_at or now)  # an unchanged start may have passed
            clean = validate_appointment(draft, now)
            moved = records.edit_booking(session, appointment, clean, opened)
            if moved:
                appointment.prep_alerted_at = None
                appointment.host_ready_at = None
                appointment.status = VisitStatus.EXPECTED.value
            records.appointment_changed(session, appointment)
            record_audit(session, actor, "appointment.update", "appointment",
                         appointment_id, f"{appointment.starts_at:%Y-%m-%d %H:%M}")

    @retry_conflicts
    def cancel(self, appointment_id: int, *, actor: Actor) -> None:
        self._set_status(appointment_id, VisitStatus.CANCELLED, "appointment.cancel", actor)

    @retry_conflicts
    def mark_no_show(self, appointment_id: int, *, actor: Actor) -> None:
        """The visitor did not come. Only once the appointed time has passed."""
        with self.uow.write(actor) as session:
            appointment = records.appointment(session, appointment_id, lock=True)
            check_transition(VisitStatus(appointment.status), VisitStatus.NO_SHOW)
            if self.clock() < appointment.starts_at:
                raise DomainError(msg("reception.no_show_too_early"))
            appointment.status = VisitStatus.NO_SHOW.value
            records.appointment_changed(session, appointment)
            record_audit(session, actor, "appointment.no_show", "appointment",
                         appointment_id)

    @retry_conflicts
    def confirm_host_ready(self, appointment_id: int, *, actor: Actor) -> None:
        """The host is ready to receive the visitor ("준비 완료")."""
        with self.uow.write(actor) as session:
            appointment = records.appointment(session, appointment_id, lock=True)
            check_transition(VisitStatus(appointment.status), VisitStatus.HOST_READY)
            appointment.status = VisitStatus.HOST_READY.value
            appointment.host_ready_at = self.clock()
            host = session.get(Staff, appointment.host_id)
            publish(session, ChangeKind.HOST_READY, appointment_id, staff_id=appointment.host_id,
                    department_id=host.department_id if host else None)
            record_audit(session, actor, "appointment.host_ready", "appointment",
                         appointment_id)

    def _set_status(self, appointment_id: int, target: VisitStatus, action: str,
                    actor: Actor) -> None:
        with self.uow.write(actor) as session:
            appointment = records.appointment(session, appointment_id, lock=True)
            check_transition(VisitStatus(appointment.status), target)
            appointment.status = target.value
            records.appointment_changed(session, appointment)
            record_audit(session, actor, action, "appointment", appointment_id)

    # --- the timeline ---------------------------------------------------------------------

    def timeline_ids(self, day: date, text: str = "") -> Found:
        """Row keys of ``day``: appointment ids, and minus the visit id of each walk-in;
        ``text`` finds a visitor's name or organisation, a host or a purpose (``narrowed``
        when it was cut to the search limits). A ``day`` outside the range of
        :mod:`~arco_desk.domain.dates` is refused."""
        self._day(day)
        search = narrow_search(text)
        with self.uow.read() as session:
            return Found(rows.day_keys(session, day, search.words), narrowed=search.narrowed)

    def _day(self, day: date) -> date:
        """``day``, or ValidationError({"day": date.out_of_range}) (it would overflow the
        moments around it)."""
        return check_date("day", day, self.clock().astimezone(SEOUL).date())

    def timeline_rows(self, keys: list[int]) -> list[TimelineEntry]:
        """The masked rows for ``keys`` in that order (a table model's page fetch)."""
        if not keys:
            return []
        with self.uow.read() as session:
            return rows.entries(session, keys)

    def timeline(self, day: date) -> list[TimelineEntry]:
        return self.timeline_rows(self.timeline_ids(day))

    def detail(self, key: int) -> VisitDetail:
        """The full record of a timeline row (names and numbers unmasked)."""
        with self.uow.read() as session:
            found = rows.detail(session, key)
        if found is None:
            raise NotFound(records.GONE if key > 0 else records.VISIT_GONE)
        return found

    def visit(self, visit_id: int) -> VisitDetail:
        """The full record of a visit by its id (arrival time, visitor, requests): what
        "민원으로 등록" hands to the complaints tab."""
        with self.uow.read() as session:
            appointment_id = session.scalar(select(Visit.appointment_id)
                                            .where(Visit.id == visit_id))
            found = rows.detail(session, appointment_id if appointment_id else -visit_id)
        if found is None or found.entry.visit_id != visit_id:
            raise NotFound(records.VISIT_GONE)
        return found

    # --- preparation alert (5 minutes before, clock time) ---------------------------------

    @retry_conflicts
    def preparation_alerts_due(self, now: datetime | None = None, *,
                               actor: Actor) -> list[PreparationAlert]:
        """Alert the hosts whose visitor is due within the preparation lead.

        Stamps ``prep_alerted_at`` and publishes PREPARATION_ALERT to the host in
        one write; an appointment is alerted once, whichever PC ticks first.
        Returns the alerts sent now (the operator's notice).
        """
        moment = now or self.clock()
        lead = self.preparation_lead
        sent: list[int] = []
        with self.uow.write(actor) as session:
            stmt = (
                select(Appointment)
                .where(Appointment.status == VisitStatus.EXPECTED.value,
                       Appointment.prep_alerted_at.is_(None),
                       Appointment.starts_at <= moment + lead,
                       Appointment.starts_at > moment - _ALERT_LOOKBACK)
                .order_by(Appointment.starts_at, Appointment.id)
                .with_for_update(skip_locked=True)
            )
            for appointment in session.scalars(stmt):
                if appointment.starts_at + timedelta(minutes=appointment.duration_min) <= moment:
                    continue  # the meeting is over: nothing to prepare any more
                appointment.prep_alerted_at = moment
                host = session.get(Staff, appointment.host_id)
                publish(session, ChangeKind.PREPARATION_ALERT, appointment.id,
                        staff_id=appointment.host_id,
                        department_id=host.department_id if host else None)
                sent.append(appointment.id)
            # Built before the commit: a failed read afterwards can't undo the sending.
            return _alerts(session, Appointment.id.in_(sent)) if sent else []

    def preparation_alerts(self, day: date) -> list[PreparationAlert]:
        """The alerts that went out on ``day`` (what the operator sees); a ``day`` outside
        the range of :mod:`~arco_desk.domain.dates` is refused."""
        start, end = day_bounds(self._day(day))
        return self._alerts(Appointment.prep_alerted_at.is_not(None),
                            Appointment.starts_at >= start, Appointment.starts_at < end)

    def pending_preparations(self, host_id: int) -> list[PreparationAlert]:
        """Alerts to ``host_id`` not confirmed yet: the host's "준비 완료" banner."""
        return self._alerts(Appointment.host_id == host_id,
                            Appointment.prep_alerted_at.is_not(None),
                            Appointment.status == VisitStatus.EXPECTED.value)

    def _alerts(self, *where: object) -> list[PreparationAlert]:
        with self.uow.read() as session:
            return _alerts(session, *where)

    # --- arrival ----------------------------------------------------------------------------

    @retry_conflicts
    def check_in(self, appointment_id: int, pass_number: str = "",
                 id_checked: bool = False, *, actor: Actor) -> CheckInResult:
        """The expected visitor is here: one action. The host is notified; when the host is
        away the visitor is routed to the stand-in (both are told). The appointment's row
        is locked first, so of two desks checking the visitor in one does."""
        now = self.clock()
        number = validate_pass_number(pass_number, required=False)
        with self.uow.write(actor) as session:
            appointment = records.appointment(session, appointment_id, lock=True)
            check_transition(VisitStatus(appointment.status), VisitStatus.ARRIVED)
            if appointment.starts_at.astimezone(SEOUL).date() != now.astimezone(SEOUL).date():
                raise DomainError(msg("reception.other_day", starts_at=appointment.starts_at))
            if number:
                records.check_pass_free(session, number)
            visit = Visit(visitor_id=appointment.visitor_id, appointment_id=appointment.id,
                          host_id=appointment.host_id, purpose=appointment.purpose,
                          arrived_at=now, pass_number=number, id_checked=id_checked)
            session.add(visit)
            appointment.status = VisitStatus.ARRIVED.value
            result = self._announce(session, visit, appointment.host_id)
            records.appointment_changed(session, appointment)
            record_audit(session, actor, "visit.check_in", "visit", visit.id,
                         f"appointment={appointment_id}")
            return result

    @retry_conflicts
    def register_walk_in(self, draft: WalkInDraft, *, actor: Actor,
                         key: str | None = None) -> CheckInResult:
        """A visitor without an appointment: purpose and whom they want to see. A save
        again with the same submission ``key`` answers about the visit stored first."""
        visitor_draft, host_id, purpose, number = validate_walk_in(draft)
        with self.uow.write(actor) as session:
            stored = earlier(session, key, "visit")
            if stored is not None:
                return records.arrival(session, records.visit(session, stored))
            records.host(session, host_id, "host_id")
            if number:
                records.check_pass_free(session, number)
            visitor = resolve_visitor(session, visitor_draft)
            visit = Visit(visitor_id=visitor.id, host_id=host_id, purpose=purpose,
                          arrived_at=self.clock(), pass_number=number,
                          id_checked=draft.id_checked)
            session.add(visit)
            result = self._announce(session, visit, host_id)
            remember(session, key, "visit", visit.id)
            record_audit(session, actor, "visit.walk_in", "visit", visit.id,
                         f"host={host_id}")
            return result

    def _announce(self, session: Session, visit: Visit, host_id: int) -> CheckInResult:
        """Route the new ``visit`` (to the stand-in when the host is away) and tell them.
        The flush is where a second holder of the pass meets the unique index."""
        staff = session.get(Staff, host_id)
        if staff is None:
            raise ValidationError({"host_id": msg("reception.host_gone")})
        stand_in = session.get(Staff, staff.stand_in_id) if staff.stand_in_id else None
        if stand_in is not None and not stand_in.active:
            stand_in = None
        if not Presence(staff.presence).is_available and stand_in is not None:
            visit.routed_to_id = stand_in.id
        session.flush()
        publish(session, ChangeKind.VISITOR_ARRIVED, visit.id, staff_id=staff.id,
                department_id=staff.department_id)
        if visit.routed_to_id is not None and stand_in is not None:
            publish(session, ChangeKind.VISITOR_ARRIVED, visit.id, staff_id=stand_in.id,
                    department_id=stand_in.department_id)
        return records.arrival(session, visit)

    def waiting_for(self, staff_id: int) -> list[HostArrival]:
        """Visitors of today waiting for ``staff_id`` (as host or routed stand-in) whom
        nobody has received yet: the host's arrival banner."""
        start, end = day_bounds(self.clock().astimezone(SEOUL).date())
        stmt = (
            select(Visit, Visitor.name, Visitor.organisation)
            .join(Visitor, Visit.visitor_id == Visitor.id)
            .where(Visit.arrived_at >= start, Visit.arrived_at < end,
                   Visit.left_at.is_(None), Visit.received_by_id.is_(None),
                   or_(Visit.host_id == staff_id, Visit.routed_to_id == staff_id))
            .order_by(Visit.arrived_at, Visit.id)
        )
        with self.uow.read() as session:
            return [
                HostArrival(v.id, name, org, v.arrived_at, v.host_id, v.routed_to_id)
                for v, name, org in session.execute(stmt)
            ]

    @retry_conflicts
    def record_received(self, visit_id: int, staff_id: int | None, *, actor: Actor) -> None:
        """Who received the visitor (the host, the stand-in or another colleague)."""
        if staff_id is None:
            raise ValidationError({"received_by_id": msg("reception.received_by_required")})
        with self.uow.write(actor) as session:
            records.host(session, staff_id, "received_by_id")
            visit = records.visit(session, visit_id, lock=True)
            if visit.left_at is not None:
                raise DomainError(msg("reception.already_checked_out"))
            if visit.appointment_id is not None:
                appointment = records.appointment(session, visit.appointment_id)
                check_transition(VisitStatus(appointment.status), VisitStatus.IN_MEETING)
                appointment.status = VisitStatus.IN_MEETING.value
            visit.received_by_id = staff_id
            records.visit_changed(session, visit)
            record_audit(session, actor, "visit.received", "visit", visit_id,
                         f"by={staff_id}")

    @retry_conflicts
    def save_record(self, visit_id: int, draft: VisitRecordDraft, *, actor: Actor,
                    opened: Opened | None = None) -> None:
        """The visit record: purpose, requests, outcome and who follows up. Only the
        fields changed since the form ``opened`` the record are written; one another PC
        changed too is an ``EditConflict`` (docs/architecture.md §9). ``None`` (no form)
        writes every field."""
        clean = validate_visit_record(draft)
        with self.uow.write(actor) as session:
            visit = records.visit(session, visit_id, lock=True)
            owner = clean.follow_up_owner_id
            if owner is not None and owner != visit.follow_up_owner_id:
                records.host(session, owner, "follow_up_owner_id")
            changes = apply_edit(visit, opened or Opened(visit.version),
                                        record_values(clean))
            records.visit_changed(session, visit)
            record_audit(session, actor, "visit.record", "visit", visit_id,
                         ",".join(sorted(changes)))

    # --- passes and departure ---------------------------------------------------------------

    @retry_conflicts
    def hand_out_pass(self, visit_id: int, number: str, *, actor: Actor) -> None:
        """One holder per pass: checked here, and held by the unique index when two desks
        hand the same number out at once (the retry then says who has it)."""
        clean = validate_pass_number(number)
        with self.uow.write(actor) as session:
            visit = records.visit(session, visit_id, lock=True)
            if visit.left_at is not None:
                raise DomainError(msg("reception.pass_after_leaving"))
            if visit.pass_number and visit.pass_returned_at is None:
                raise ValidationError(
                    {"pass_number": msg("reception.pass_held", number=visit.pass_number)})
            records.check_pass_free(session, clean)
            visit.pass_number = clean
            visit.pass_returned_at = None
            session.flush()
            records.visit_changed(session, visit)
            record_audit(session, actor, "visit.pass_out", "visit", visit_id, clean)

    @retry_conflicts
    def return_pass(self, visit_id: int, *, actor: Actor) -> None:
        with self.uow.write(actor) as session:
            visit = records.visit(session, visit_id, lock=True)
            if not visit.pass_number:
                raise DomainError(msg("reception.no_pass"))
            if visit.pass_returned_at is not None:
                raise DomainError(msg("reception.pass_returned"))
            visit.pass_returned_at = self.clock()
            records.visit_changed(session, visit)
            record_audit(session, actor, "visit.pass_returned", "visit", visit_id,
                         visit.pass_number)

    @retry_conflicts
    def check_out(self, visit_id: int, left_at: datetime | None = None,
                  pass_returned: bool = False, *, actor: Actor) -> None:
        """The visitor leaves at ``left_at`` (default now), after arriving and not later
        than now; the pass comes back with them when ``pass_returned``. Once: the rows
        are locked, and a second check-out is told when the visitor left."""
        with self.uow.write(actor) as session:
            visit = records.visit(session, visit_id, lock=True)
            self._check_out(session, visit, left_at, pass_returned, actor)

    @retry_conflicts
    def check_out_appointment(self, appointment_id: int, left_at: datetime | None = None,
                              pass_returned: bool = False, *, actor: Actor) -> None:
        """Check out from a timeline row; refused while the visitor has not checked in."""
        with self.uow.write(actor) as session:
            appointment = records.appointment(session, appointment_id, lock=True)
            visit = records.latest_visit(session, appointment_id)
            if visit is None:
                check_transition(VisitStatus(appointment.status), VisitStatus.LEFT)
                raise DomainError(msg("reception.not_arrived"))
            self._check_out(session, visit, left_at, pass_returned, actor)

    def _check_out(self, session: Session, visit: Visit, left_at: datetime | None,
                   pass_returned: bool, actor: Actor) -> None:
        """Check out the locked ``visit`` (its appointment locked first)."""
        if visit.left_at is not None:
            raise DomainError(msg("reception.left_at", left_at=visit.left_at))
        now = self.clock()
        moment = left_at or now
        validate_check_out_time(moment, visit.arrived_at, now)
        visit.left_at = moment
        if pass_returned and visit.pass_number and visit.pass_returned_at is None:
            visit.pass_returned_at = moment
        if visit.appointment_id is not None:
            appointment = records.appointment(session, visit.appointment_id)
            check_transition(VisitStatus(appointment.status), VisitStatus.LEFT)
            appointment.status = VisitStatus.LEFT.value
            records.appointment_changed(session, appointment)
        records.visit_changed(session, visit)
        record_audit(session, actor, "visit.check_out", "visit", visit.id,
                     f"{moment:%H:%M}")

    def still_inside(self, day: date) -> list[TimelineEntry]:
        """Visitors of ``day`` who have not checked out (listed for the operator at 18:00);
        a ``day`` outside the range of :mod:`~arco_desk.domain.dates` is refused."""
        start, end = day_bounds(self._day(day))
        with self.uow.read() as session:
            found = session.execute(
                select(Visit.id, Visit.appointment_id)
                .where(Visit.arrived_at >= start, Visit.arrived_at < end,
                       Visit.left_at.is_(None))
                .order_by(Visit.arrived_at, Visit.id)
            ).all()
            keys = [a if a is not None else -v for v, a in found]
            return rows.entries(session, keys)

    def passes_out(self) -> list[TimelineEntry]:
        """Visits whose pass was handed out and not returned (any day)."""
        with self.uow.read() as session:
            found = session.execute(
                select(Visit.id, Visit.appointment_id)
                .where(Visit.pass_number != "", Visit.pass_returned_at.is_(None))
                .order_by(Visit.arrived_at, Visit.id)
            ).all()
            keys = [a if a is not None else -v for v, a in found]
            return rows.entries(session, keys)


# --- helpers -----------------------------------------------------------------------------------


def _alerts(session: Session, *where: object) -> list[PreparationAlert]:
    stmt = (
        select(Appointment, Visitor.name, Visitor.organisation, Staff.name)
        .join(Visitor, Appointment.visitor_id == Visitor.id)
        .join(Staff, Appointment.host_id == Staff.id)
        .where(*where)  # type: ignore[arg-type]
        .order_by(Appointment.starts_at, Appointment.id)
    )
    return [
        PreparationAlert(a.id, a.host_id, host_name, visitor_name, organisation,
                         a.starts_at, a.place, a.prep_alerted_at or a.starts_at,
                         a.host_ready_at)
        for a, visitor_name, organisation, host_name in session.execute(stmt)
    ]

