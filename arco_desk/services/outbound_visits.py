"""Outbound visits (clause 1-5) and their call tasks, due 18:00 on the previous working day
of the agency's calendar (closures included)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import SEOUL, Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.dates import check_date
from arco_desk.domain.deadlines import countdown
from arco_desk.domain.errors import DomainError, NotFound, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.outbound_visits import (
    CALL_PERIOD,
    OutboundVisitDetail,
    OutboundVisitDraft,
    OutboundVisitRow,
    validate_call_note,
    validate_outbound_visit,
)
from arco_desk.domain.visitor_privacy import masked_name, masked_phone
from arco_desk.services.audit import record_audit
from arco_desk.services.calendar import CalendarService
from arco_desk.services.submissions import earlier, remember
from arco_desk.store.change_feed import publish
from arco_desk.store.locks import STAYS_ACTIVE
from arco_desk.store.models import Department, OutboundVisit, Staff
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = ["OutboundVisitService"]


def _changed(session: Session, visit: OutboundVisit) -> None:
    publish(session, ChangeKind.OUTBOUND_VISIT_CHANGED, visit.id, staff_id=visit.staff_id,
            department_id=visit.department_id)

_GONE = msg("outbound.gone")


def _locked(session: Session, visit_id: int) -> OutboundVisit:
    """The visit, its row held until the commit: of two PCs recording the call (or
    cancelling) one does it and the other is told (docs/architecture.md §9)."""
    visit = session.get(OutboundVisit, visit_id, with_for_update=True, populate_existing=True)
    if visit is None:
        raise NotFound(_GONE)
    return visit


class OutboundVisitService:
    def __init__(self, uow: UnitOfWork, clock: Clock = system_now,
                 calendar: CalendarService | None = None) -> None:
        self.uow = uow
        self.clock = clock
        self.calendar = calendar or CalendarService(uow, clock)

    def call_due(self, visit_date: date) -> datetime:
        """When the call announcing a visit on ``visit_date`` is due (stored calendar); a
        date outside the range of :mod:`~arco_desk.domain.dates` is refused."""
        check_date("visit_date", visit_date, self.clock().astimezone(SEOUL).date())
        return self.calendar.standard.visit_call_due(self.calendar.business_calendar(),
                                                     visit_date)

    @retry_conflicts
    def book(self, draft: OutboundVisitDraft, *, actor: Actor, key: str | None = None) -> int:
        """Plan a visit to a customer; its call task is due the previous working day. A
        save again with the same submission ``key`` returns the visit stored first."""
        today = self.clock().astimezone(SEOUL).date()
        calendar = self.calendar.business_calendar()  # read before the write begins
        with self.uow.write(actor) as session:
            stored = earlier(session, key, "outbound_visit")
            if stored is not None:
                return stored
            clean = validate_outbound_visit(draft, today)
            due = self.calendar.standard.visit_call_due(calendar, clean.visit_date)
            staff = session.get(Staff, clean.staff_id, with_for_update=STAYS_ACTIVE)
            if staff is None or not staff.active:
                raise ValidationError({"staff_id": msg("outbound.staff_gone")})
            visit = OutboundVisit(
                customer_name=clean.customer_name, customer_org=clean.customer_org,
                customer_phone=clean.customer_phone, purpose=clean.purpose,
                staff_id=staff.id, department_id=staff.department_id,
                visit_date=clean.visit_date, call_due_at=due,
            )
            session.add(visit)
            session.flush()
            remember(session, key, "outbound_visit", visit.id)
            _changed(session, visit)
            record_audit(session, actor, "outbound_visit.book", "outbound_visit", visit.id,
                         f"{clean.visit_date.isoformat()} staff={staff.id}")
            return visit.id

    @retry_conflicts
    def record_call(self, visit_id: int, note: str = "", *, actor: Actor) -> None:
        """The customer was called (purpose, name and department told)."""
        note = validate_call_note(note)
        with self.uow.write(actor) as session:
            visit = _locked(session, visit_id)
            if visit.called_at is not None:
                raise DomainError(msg("outbound.already_called", called_at=visit.called_at))
            visit.called_at = self.clock()
            visit.call_note = note
            _changed(session, visit)
            record_audit(session, actor, "outbound_visit.called", "outbound_visit",
                         visit_id)

    @retry_conflicts
    def cancel(self, visit_id: int, *, actor: Actor) -> None:
        """The visit is off: its call task goes with it."""
        with self.uow.write(actor) as session:
            visit = _locked(session, visit_id)
            _changed(session, visit)
            session.delete(visit)
            record_audit(session, actor, "outbound_visit.cancel", "outbound_visit",
                         visit_id)

    def task_ids(self, include_done: bool = False) -> list[int]:
        """Call tasks: the open ones by due time, then (``include_done``) the called ones
        whose visit is today or later."""
        today = self.clock().astimezone(SEOUL).date()
        stmt = select(OutboundVisit.id)
        if include_done:
            stmt = stmt.where(or_(OutboundVisit.called_at.is_(None),
                                  OutboundVisit.visit_date >= today))
        else:
            stmt = stmt.where(OutboundVisit.called_at.is_(None))
        stmt = stmt.order_by(OutboundVisit.called_at.is_not(None), OutboundVisit.call_due_at,
                             OutboundVisit.id)
        with self.uow.read() as session:
            return list(session.scalars(stmt))

    def open_count(self) -> int:
        with self.uow.read() as session:
            return int(session.scalar(
                select(func.count(OutboundVisit.id)).where(OutboundVisit.called_at.is_(None))
            ) or 0)

    def rows(self, ids: Sequence[int]) -> list[OutboundVisitRow]:
        """Masked rows with their countdown badge, in the order of ``ids``."""
        if not ids:
            return []
        with self.uow.read() as session:
            found = {v.row.id: v for v in self._details(session, list(ids))}
        return [found[i].row for i in ids if i in found]

    def detail(self, visit_id: int) -> OutboundVisitDetail:
        with self.uow.read() as session:
            found = self._details(session, [visit_id])
        if not found:
            raise NotFound(_GONE)
        return found[0]

    def _details(self, session: Session, ids: list[int]) -> list[OutboundVisitDetail]:
        stmt = (
            select(OutboundVisit, Staff.name, Department.name)
            .join(Staff, OutboundVisit.staff_id == Staff.id)
            .outerjoin(Department, OutboundVisit.department_id == Department.id)
            .where(OutboundVisit.id.in_(ids))
        )
        cal = self.calendar.business_calendar()
        now = self.clock()
        details = []
        for v, staff_name, department_name in session.execute(stmt):
            badge = None if v.called_at else countdown(cal, v.call_due_at, now, CALL_PERIOD)
            row = OutboundVisitRow(
                id=v.id, customer_name_masked=masked_name(v.customer_name),
                customer_org=v.customer_org, customer_phone_masked=masked_phone(v.customer_phone),
                purpose=v.purpose, staff_id=v.staff_id, staff_name=staff_name,
                department_name=department_name or "", visit_date=v.visit_date,
                call_due_at=v.call_due_at, called_at=v.called_at, countdown=badge,
            )
            details.append(OutboundVisitDetail(row, v.customer_name, v.customer_phone,
                                               v.call_note))
        return details
