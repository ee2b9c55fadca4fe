"""The plain records of a report period, read from the store in four set-based queries
(issue 16; the report counts complaints and memos in SQL, services/compliance_sql.py, and
reads their rows here only outside 1989–2099, and as the tests' reference): only the
columns the figures need, the counts of a complaint's delay notices, pauses and
follow-up calls from one grouped subquery over its events.

A lead's report is narrowed to their department: its complaints, the memos sent to it,
the appointments its staff host and its outbound visits.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    String,
    Subquery,
    and_,
    case,
    cast,
    false,
    func,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from arco_desk.domain.calendar_business import BusinessCalendar
from arco_desk.domain.complaints import EventKind
from arco_desk.domain.compliance import ComplaintRow, MemoRow, epoch_us
from arco_desk.domain.compliance_records import (
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

__all__ = [
    "appointment_rows",
    "complaint_rows",
    "event_counts",
    "memo_rows",
    "outbound_visit_rows",
    "period_condition",
]

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)

# Moments are read as microseconds since 1970 (UTC), past the column type's conversion,
# and handed to the domain's figures as they come (compliance.ComplaintRow, MemoRow):
# SQLite keeps UTC text ("2026-05-04 02:00:00.000000"), PostgreSQL a timestamptz.
_US: Final = 1_000_000
# Without statistics SQLite trusts an index on the period's moment whatever the range;
# over a long period that reads the rows one by one in moment order, about ten times
# slower than a plain scan of the table (a year of 200,000 memos: 0.45 s against 0.04 s).
_SCAN_FROM: Final = timedelta(days=92)


class _Moments:
    """How one session's backend gives a moment column as microseconds since 1970."""

    def __init__(self, session: Session) -> None:
        self.postgresql = session.get_bind().dialect.name == "postgresql"

    def column(self, column: Any) -> ColumnElement[Any]:
        if self.postgresql:
            return type_coerce(cast(func.extract("epoch", column) * _US, BigInteger),
                               BigInteger())
        text = type_coerce(column, String())
        # whole seconds without the fraction: strftime keeps milliseconds and would round
        # 59.9995 s and beyond up to the next second
        return type_coerce(
            cast(func.strftime("%s", func.substr(text, 1, 19)), Integer) * _US
            + cast(func.substr(text, 21, 6), Integer), BigInteger())

    def within(self, column: InstrumentedAttribute[datetime],
               period: ReportPeriod) -> ColumnElement[bool]:
        """``column`` in ``period``; on SQLite, a period longer than a quarter scans the
        table rather than its index on ``column`` (unary ``+``)."""
        compared: ColumnElement[datetime] = column.expression
        if not self.postgresql and period.end - period.start >= _SCAN_FROM:
            compared = UnaryExpression(compared, operator=custom_op("+"), type_=column.type)
        return and_(compared >= period.start, compared < period.end)


def period_condition(session: Session
                     ) -> Callable[[InstrumentedAttribute[datetime], ReportPeriod],
                                   ColumnElement[bool]]:
    """The condition of a moment column in a period, read as this module reads it (a
    scan of the table over a quarter or more on SQLite)."""
    return _Moments(session).within


_COUNTED = (EventKind.DELAY_NOTICE.value, EventKind.PAUSED.value, EventKind.FOLLOW_UP.value)


def _in(column: InstrumentedAttribute[datetime], period: ReportPeriod) -> ColumnElement[bool]:
    return and_(column >= period.start, column < period.end)


def event_counts(wanted: ColumnElement[bool]) -> Subquery:
    """Per complaint meeting ``wanted``: its delay notices, its pauses and whether its
    follow-up call was made (``notices``, ``pauses``, ``followed``)."""
    kind = ComplaintEvent.kind
    return (
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


def complaint_rows(session: Session, period: ReportPeriod,
                   department_id: int | None) -> list[ComplaintRow]:
    """The complaints received in ``period`` (of ``department_id`` when given), as the
    domain's rows.

    The deadline in force is the delay notice's date (``promised_at``) when one was made,
    never earlier than the engine's (``due_at``, pauses included), which was set at
    receipt for the kind's period then; without a promised date no delay notice counts.
    """
    moments = _Moments(session)
    scope = true() if department_id is None else Complaint.department_id == department_id
    wanted = and_(moments.within(Complaint.received_at, period), scope)
    counts = event_counts(wanted)
    at = moments.column
    promised = Complaint.promised_at
    notices = case((promised.is_(None), 0), else_=func.coalesce(counts.c.notices, 0))
    followed = case((and_(counts.c.followed == 1, Complaint.answered_at.is_not(None)), true()),
                    else_=false())
    stmt = (select(Complaint.kind_code, Complaint.channel, Complaint.department_id,
                   at(Complaint.received_at), at(Complaint.due_at),
                   at(func.coalesce(promised, Complaint.due_at)), at(Complaint.answered_at),
                   notices, func.coalesce(counts.c.pauses, 0), followed)
            .outerjoin(counts, counts.c.complaint_id == Complaint.id)
            .where(wanted))
    return list(session.connection().execute(stmt).all())


def memo_rows(session: Session, cal: BusinessCalendar, callback: Period,
              period: ReportPeriod, department_id: int | None) -> list[MemoRow]:
    """The phone memos of calls taken in ``period`` (sent to ``department_id`` when
    given), as the domain's rows. A memo is done when its caller was called back,
    answered by e-mail, or the call was registered as a complaint; one stored without its
    callback due gets the standard's ``callback`` period from the call."""
    moments = _Moments(session)
    at = moments.column
    stmt = (select(at(PhoneMemo.called_at), at(PhoneMemo.callback_due_at),
                   at(PhoneMemo.done_at), PhoneMemo.escalated_at.is_not(None))
            .where(moments.within(PhoneMemo.called_at, period)))
    if department_id is not None:
        stmt = stmt.where(PhoneMemo.target_department_id == department_id)
    rows: list[MemoRow] = list(session.connection().execute(stmt).all())
    for i, (called, due, done, escalated) in enumerate(rows):
        if due is None:  # an old memo: rare
            missing = cal.due(_EPOCH + timedelta(microseconds=called), callback)
            rows[i] = (called, epoch_us(missing), done, escalated)
    return rows


def appointment_rows(session: Session, period: ReportPeriod,
                     department_id: int | None) -> list[tuple[int, int | None]]:
    """The appointments starting in ``period`` and not cancelled (hosted by the staff of
    ``department_id`` when given): their start and host ready, in microseconds."""
    at = _Moments(session).column
    stmt = (select(at(Appointment.starts_at), at(Appointment.host_ready_at))
            .where(_in(Appointment.starts_at, period),
                   Appointment.status != VisitStatus.CANCELLED.value))
    if department_id is not None:
        stmt = stmt.join(Staff, Staff.id == Appointment.host_id).where(
            Staff.department_id == department_id)
    return [(starts, ready) for starts, ready in session.connection().execute(stmt)]


def outbound_visit_rows(session: Session, period: ReportPeriod,
                        department_id: int | None) -> list[tuple[int, int | None]]:
    """The outbound visits whose call the day before was due in ``period`` (of
    ``department_id`` when given): the call's due and the call, in microseconds."""
    at = _Moments(session).column
    stmt = (select(at(OutboundVisit.call_due_at), at(OutboundVisit.called_at))
            .where(_in(OutboundVisit.call_due_at, period)))
    if department_id is not None:
        stmt = stmt.where(OutboundVisit.department_id == department_id)
    return [(due, called) for due, called in session.connection().execute(stmt)]
