"""The plain records of a report period, read from the store in four set-based queries
(issue 16): only the columns the figures need, the counts of a complaint's delay
notices, pauses and follow-up calls from one grouped subquery over its events.

A lead's report is narrowed to their department: its complaints, the memos sent to it,
the appointments its staff host and its outbound visits.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any, Final

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from arco_desk.domain.calendar_business import SEOUL, BusinessCalendar
from arco_desk.domain.complaint_deadline import MAX_DELAY_NOTICES
from arco_desk.domain.complaints import EventKind
from arco_desk.domain.compliance_records import (
    AppointmentRecord,
    ComplaintRecord,
    MemoRecord,
    OutboundVisitRecord,
    ReportPeriod,
)
from arco_desk.domain.deadlines import Period
from arco_desk.domain.reception import VisitStatus
from arco_desk.store.models import (
    Appointment,
    Complaint,
    ComplaintEvent,
    OutboundVisit,
    PhoneMemo,
    Staff,
)

__all__ = ["appointment_records", "complaint_records", "memo_records",
           "outbound_visit_records"]

# Moments are read as microseconds since 1970 (UTC), past the column type's conversion,
# which took a third of the report's time on a year of records; SQLite keeps UTC text
# ("2026-05-04 02:00:00.000000"), PostgreSQL a timestamptz. Under 2**53 microseconds, the
# float of ``us / 1e6`` is exact to the microsecond.
_US: Final = 1_000_000
_from_timestamp = datetime.fromtimestamp


def _seoul(value: int | None) -> datetime | None:
    return None if value is None else _from_timestamp(value / _US, SEOUL)


class _Moments:
    """How one session's backend gives a moment column as microseconds since 1970."""

    def __init__(self, session: Session) -> None:
        self.postgresql = session.get_bind().dialect.name == "postgresql"

    def column(self, column: Any) -> ColumnElement[Any]:
        if self.postgresql:
            return type_coerce(cast(func.extract("epoch", column) * _US, BigInteger),
                               BigInteger())
        text = type_coerce(column, String())
        return type_coerce(
            cast(func.strftime("%s", text), Integer) * _US
            + cast(func.substr(text, 21, 6), Integer), BigInteger())


_COUNTED = (EventKind.DELAY_NOTICE.value, EventKind.PAUSED.value, EventKind.FOLLOW_UP.value)


def _in(column: InstrumentedAttribute[datetime], period: ReportPeriod) -> ColumnElement[bool]:
    return and_(column >= period.start, column < period.end)


def complaint_records(session: Session, period: ReportPeriod,
                      department_id: int | None) -> Iterator[ComplaintRecord]:
    """The complaints received in ``period`` (of ``department_id`` when given).

    The deadline in force is the delay notice's date (``promised_at``) when one was made,
    never earlier than the engine's (``due_at``, pauses included), which was set at
    receipt for the kind's period then.
    """
    scope = true() if department_id is None else Complaint.department_id == department_id
    wanted = and_(_in(Complaint.received_at, period), scope)
    kind = ComplaintEvent.kind
    counts = (
        select(ComplaintEvent.complaint_id.label("complaint_id"),
               func.sum(case((kind == EventKind.DELAY_NOTICE.value, 1), else_=0))
               .label("notices"),
               func.sum(case((kind == EventKind.PAUSED.value, 1), else_=0)).label("pauses"),
               func.max(case((kind == EventKind.FOLLOW_UP.value, 1), else_=0))
               .label("followed"))
        .where(kind.in_(_COUNTED),
               ComplaintEvent.complaint_id.in_(select(Complaint.id).where(wanted)))
        .group_by(ComplaintEvent.complaint_id)
        .subquery())
    moments = _Moments(session)
    at, seoul = moments.column, _seoul
    stmt = (select(Complaint.id, Complaint.kind_code, Complaint.channel,
                   Complaint.department_id, at(Complaint.received_at), at(Complaint.due_at),
                   at(Complaint.promised_at), at(Complaint.answered_at), counts.c.notices,
                   counts.c.pauses, counts.c.followed)
            .outerjoin(counts, counts.c.complaint_id == Complaint.id)
            .where(wanted))
    for (id_, kind_code, channel, department, received_at, due_at, promised_at, answered_at,
         notices, pauses, followed) in session.execute(stmt):
        received, legal_due = seoul(received_at), seoul(due_at)
        promised, answered = seoul(promised_at), seoul(answered_at)
        assert received is not None and legal_due is not None
        notices = min(int(notices or 0), MAX_DELAY_NOTICES)
        due = legal_due = max(legal_due, received)
        if notices and promised is not None and promised > legal_due:
            due = promised
        elif promised is None:
            notices = 0
        if answered is not None and answered < received:
            answered = received
        yield ComplaintRecord(id_, kind_code, channel, department, received, legal_due, due,
                              answered, notices, int(pauses or 0),
                              bool(followed) and answered is not None)


def memo_records(session: Session, cal: BusinessCalendar, callback: Period,
                 period: ReportPeriod, department_id: int | None) -> Iterator[MemoRecord]:
    """The phone memos of calls taken in ``period`` (sent to ``department_id`` when
    given). A memo is done when its caller was called back, answered by e-mail, or the
    call was registered as a complaint; one stored without its callback due gets the
    standard's ``callback`` period from the call."""
    moments = _Moments(session)
    at, seoul = moments.column, _seoul
    stmt = (select(at(PhoneMemo.called_at), at(PhoneMemo.callback_due_at),
                   at(PhoneMemo.done_at), PhoneMemo.escalated_at.is_not(None))
            .where(_in(PhoneMemo.called_at, period)))
    if department_id is not None:
        stmt = stmt.where(PhoneMemo.target_department_id == department_id)
    for called_at, due_at, done_at, escalated in session.execute(stmt):
        called, due, done = seoul(called_at), seoul(due_at), seoul(done_at)
        assert called is not None
        if due is None:
            due = cal.due(called, callback)
        due = max(due, called)
        if done is not None and done < called:
            done = called
        yield MemoRecord(called, due, done, bool(escalated))


def appointment_records(session: Session, period: ReportPeriod,
                        department_id: int | None) -> Iterator[AppointmentRecord]:
    """The appointments starting in ``period`` and not cancelled (hosted by the staff of
    ``department_id`` when given)."""
    stmt = (select(Appointment.starts_at, Appointment.host_ready_at)
            .where(_in(Appointment.starts_at, period),
                   Appointment.status != VisitStatus.CANCELLED.value))
    if department_id is not None:
        stmt = stmt.join(Staff, Staff.id == Appointment.host_id).where(
            Staff.department_id == department_id)
    for starts, ready in session.execute(stmt):
        yield AppointmentRecord(starts, ready)


def outbound_visit_records(session: Session, period: ReportPeriod,
                           department_id: int | None) -> Iterator[OutboundVisitRecord]:
    """The outbound visits whose call the day before was due in ``period`` (of
    ``department_id`` when given)."""
    stmt = (select(OutboundVisit.call_due_at, OutboundVisit.called_at)
            .where(_in(OutboundVisit.call_due_at, period)))
    if department_id is not None:
        stmt = stmt.where(OutboundVisit.department_id == department_id)
    for due, called in session.execute(stmt):
        yield OutboundVisitRecord(due, called)
