"""The complaint and phone-memo figures of a report period counted by the database
(issue 16): one grouped query per record type judges each item, adds the outcomes up
per cell (kind, channel, department, month of receipt) and computes each answer's
working time, gathered per cell; only the cells reach the domain
(:func:`~arco_desk.domain.compliance.complaint_report_of_cells`,
:func:`~arco_desk.domain.compliance.memo_figures_of_tallies`), which picks the medians
and 90th percentiles and whose per-row functions define the same figures and are the
reference the tests hold this module to. (Ranking in SQL with window functions cost
SQLite 0.1–0.15 s per 100,000 times and grouping, more than sorting the cells' times.)

Judging compares the stored moments with the report's moment and the period's bounds,
bound in the columns' own stored form (SQLite keeps UTC text, PostgreSQL a
timestamptz): no moment is converted to be judged.

A working time is the difference of two working positions (the deadline engine's
``BusinessCalendar.working_position_us``). From 1989 to 2099 Asia/Seoul is UTC+9: every
boundary of working time (a Seoul day, 09:00, 12:00, 13:00, 18:00) falls on a whole UTC
hour, so within one UTC hour the position either stands still or runs with the clock. A
small table of the hours the period's items span, filled from the calendar (closures and
extra working days included), gives each hour's position at its start and whether it
runs; a moment's position is its hour's plus, when it runs, the microseconds into the
hour (SQLite: the text's minutes, seconds and microseconds; PostgreSQL: the epoch's
remainder). The table also gives each hour's Seoul month, the month of receipt. The
service reads the rows instead (:mod:`~arco_desk.services.compliance_loading`) for a
period outside those years.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    String,
    and_,
    bindparam,
    case,
    cast,
    column,
    func,
    not_,
    or_,
    select,
    text,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import CTE, Select

from arco_desk.domain.calendar_business import BusinessCalendar, to_seoul
from arco_desk.domain.compliance import (
    CellKey,
    ComplaintReport,
    MemoFigures,
    complaint_report_of_cells,
    epoch_us,
    memo_figures_of_tallies,
    memo_tally_of_rows,
)
from arco_desk.domain.compliance_measures import Tally
from arco_desk.domain.compliance_records import ReportPeriod
from arco_desk.domain.deadlines import Period
from arco_desk.services.compliance_loading import event_counts
from arco_desk.store.models import Complaint, PhoneMemo

__all__ = [
    "WorkingHours",
    "counted_in_store",
    "report_hours",
    "store_complaint_report",
    "store_memo_figures",
]

_US: Final = 1_000_000
_HOUR_US: Final = 3600 * _US
_EPOCH_DAY: Final = date(1970, 1, 1)
_SEOUL_MIDNIGHT_UTC: Final = 15  # the UTC hour Seoul's day starts at
# Asia/Seoul is UTC+9 without exception from 1989 to 2099 (calendar_business).
_FIXED_FROM: Final = datetime(1989, 1, 2, tzinfo=UTC)
_FIXED_UNTIL: Final = datetime(2099, 12, 30, tzinfo=UTC)
_SECOND_NOTICE: Final = 2
_ANSWERS_WITHIN: Final = timedelta(days=92)
_LONGEST: Final = timedelta(days=3 * 366)
_ON_TIME, _LATE, _OVERDUE, _IN_PROGRESS = range(4)

Scan = Callable[[Any, ReportPeriod], ColumnElement[bool]]


def counted_in_store(period: ReportPeriod, as_of: datetime) -> bool:
    """Whether the store counts ``period`` seen at ``as_of``: every moment it times or
    groups falls in the years of a fixed Seoul offset, and the period is at most three
    years (its table of hours stays small; a longer one is read as rows)."""
    return (period.start >= _FIXED_FROM and max(period.end, to_seoul(as_of)) < _FIXED_UNTIL
            and period.end - period.start <= _LONGEST)


class WorkingHours:
    """The table of the UTC hours from ``first`` to ``last`` (``size`` rows) and a
    moment's working position and Seoul month from it, on one session's backend."""

    def __init__(self, session: Session, cal: BusinessCalendar, first: datetime,
                 last: datetime) -> None:
        self.postgresql = session.get_bind().dialect.name == "postgresql"
        position = cal.working_position_us
        day = first.astimezone(UTC).date()
        rows = []
        while day <= last.astimezone(UTC).date():
            # before 15:00 UTC the Seoul date is the same, from 15:00 the next one
            months = [_month_index(day), _month_index(day + timedelta(days=1))]
            first_hour = (day - _EPOCH_DAY).days * 24
            prefix = day.isoformat()
            at = position(first_hour * _HOUR_US)
            for h in range(24):
                start = at
                at = position((first_hour + h + 1) * _HOUR_US)
                key = first_hour + h if self.postgresql else f"'{prefix} {h:02d}'"
                rows.append(f"({key}, {start}, {1 if at - start else 0}, "
                            f"{months[h >= _SEOUL_MIDNIGHT_UTC]})")
            day += timedelta(days=1)
        self.size = len(rows)
        # VALUES names its columns column1, column2, … on both backends; the values are
        # integers and hours made here, written as literals.
        self.table: CTE = text("VALUES " + ", ".join(rows)).columns(
            column("column1", BigInteger() if self.postgresql else String()),
            column("column2", BigInteger()), column("column3", Integer()),
            column("column4", Integer())).cte("report_hour")

    def unflattened(self, query: Select[Any]) -> Select[Any]:
        """``query`` as a subquery SQLite runs once per row: flattened into the outer
        aggregate, each of its columns would be computed again wherever it is used.
        LIMIT -1 (none) keeps it apart."""
        return query if self.postgresql else query.limit(-1)

    def counted(self, condition: ColumnElement[bool]) -> ColumnElement[int]:
        """How many rows of a group meet ``condition`` (SQLite's comparisons are 0 or
        1 and add up as they are)."""
        counted = (type_coerce(condition, Integer()) if not self.postgresql
                   else case((condition, 1), else_=0))
        return cast(func.coalesce(func.sum(counted), 0), BigInteger)

    def gathered(self, time: Any) -> ColumnElement[Any]:
        """The aggregate of the working times ``time`` of a group, NULLs left out:
        PostgreSQL's array, SQLite's text of the numbers joined by commas
        (:func:`_listed` reads either)."""
        if self.postgresql:
            return func.array_agg(time)
        return func.group_concat(time)

    def _epoch_us(self, moment: Any) -> ColumnElement[int]:
        return type_coerce(cast(func.extract("epoch", moment) * _US, BigInteger), BigInteger())

    def key(self, moment: Any) -> ColumnElement[Any]:
        """The UTC hour of ``moment``, as the table keys it."""
        if self.postgresql:
            return self._epoch_us(moment).op("/", return_type=BigInteger())(_HOUR_US)
        return func.substr(type_coerce(moment, String()), 1, 13)

    def position(self, moment: Any, hour: Any) -> ColumnElement[int]:
        """The working position of ``moment``, whose UTC hour is the row ``hour``."""
        into: ColumnElement[int]
        if self.postgresql:
            into = self._epoch_us(moment).op("%", return_type=BigInteger())(_HOUR_US)
        else:
            stored = type_coerce(moment, String())

            def part(start: int, length: int) -> ColumnElement[int]:
                # arithmetic reads the digits as an integer, leading zeros and all
                return type_coerce(func.substr(stored, start, length), BigInteger())

            into = part(15, 2) * (60 * _US) + part(18, 2) * _US + part(21, 6)
        return type_coerce(hour.c.column2 + case((hour.c.column3 == 1, into), else_=0),
                           BigInteger())

    @staticmethod
    def month(hour: Any) -> ColumnElement[int]:
        """The Seoul month (year × 12 + month − 1) of the moments of the row ``hour``."""
        return hour.c.column4  # type: ignore[no-any-return]


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def report_hours(session: Session, cal: BusinessCalendar, period: ReportPeriod,
                 as_of: datetime) -> WorkingHours:
    """The hours the items of ``period`` seen at ``as_of`` are timed and grouped by: the
    period's and at most a quarter after it (an old period seen today would otherwise
    span years of hours). An item answered later than that is not timed: the store's
    figures then give None and the service reads the rows."""
    last = max(period.end, min(to_seoul(as_of), period.end + _ANSWERS_WITHIN))
    return WorkingHours(session, cal, period.start, last)


def _bound(value: datetime, moment: Any) -> Any:
    """``value`` bound in the stored form of the column ``moment``."""
    return bindparam(None, value, type_=moment.type)


def _listed(gathered: str | list[int | None] | None) -> list[int]:
    """The working times :meth:`WorkingHours.gathered` gave, as a list."""
    if gathered is None:
        return []
    if isinstance(gathered, str):
        numbers: list[int] = json.loads(f"[{gathered}]")  # integers, read exactly
        return numbers
    return [time for time in gathered if time is not None]


def _month_first(index: int) -> date:
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def _elapsed(hours: WorkingHours, end: Any, end_hour: Any, start: Any, start_hour: Any
             ) -> ColumnElement[int]:
    """The working time from ``start`` to ``end`` (none when ``end`` is earlier: an end
    is read as never before its start), their UTC hours the rows ``start_hour`` and
    ``end_hour``."""
    return case((end < start, 0), else_=hours.position(end, end_hour)
                - hours.position(start, start_hour))




def store_complaint_report(session: Session, cal: BusinessCalendar, period: ReportPeriod,
                           as_of: datetime, department_id: int | None, *,
                           scan: Scan, hours: WorkingHours | None = None
                           ) -> ComplaintReport | None:
    """The complaint figures of ``period`` seen at ``as_of`` (of ``department_id`` when
    given), counted by the store as ``complaint_report_of_rows`` judges the rows
    ``compliance_loading.complaint_rows`` reads. ``scan`` is the loader's condition of
    a moment column in the period."""
    hours = hours or report_hours(session, cal, period, as_of)
    received = Complaint.received_at
    scope = true() if department_id is None else Complaint.department_id == department_id
    wanted = and_(scan(received, period), scope)
    events = event_counts(wanted)
    now = _bound(to_seoul(as_of), received)
    answered, legal_due, promised = Complaint.answered_at, Complaint.due_at, Complaint.promised_at
    notices = case((promised.is_(None), 0), else_=func.coalesce(events.c.notices, 0))
    # As the domain makes a row consistent: the answer and the legal deadline never
    # before receipt, the promised date in force only with a delay notice and never
    # before the legal deadline. On the later of two moments, "a ≤ max(x, y)" is
    # "a ≤ x or a ≤ y" and "max(x, y) < now" is "x < now and y < now".
    extended = and_(promised.is_not(None), func.coalesce(events.c.notices, 0) > 0)
    done = and_(answered < now, received < now)
    in_time = or_(answered <= legal_due, answered <= received,
                  and_(extended, answered <= promised))
    past_due = and_(legal_due < now, received < now, or_(not_(extended), promised < now))
    on_receipt, on_answer = hours.table.alias("on_receipt"), hours.table.alias("on_answer")
    items_query = (
        select(Complaint.kind_code.label("kind"), Complaint.channel.label("channel"),
               Complaint.department_id.label("department"),
               hours.month(on_receipt).label("month"),
               case((and_(done, in_time), _ON_TIME), (done, _LATE),
                    (past_due, _OVERDUE), else_=_IN_PROGRESS).label("outcome"),
               case((done, _elapsed(hours, Complaint.answered_at, on_answer, received,
                                    on_receipt)), else_=None).label("time"),
               notices.label("notices"), func.coalesce(events.c.pauses, 0).label("pauses"),
               case((and_(done, events.c.followed == 1), 1), else_=0).label("followed"))
        .select_from(Complaint)
        .outerjoin(events, events.c.complaint_id == Complaint.id)
        .outerjoin(on_receipt, on_receipt.c.column1 == hours.key(received))
        .outerjoin(on_answer, on_answer.c.column1 == hours.key(Complaint.answered_at))
        .where(wanted))
    items = hours.unflattened(items_query).subquery("report_item")
    outcome = items.c.outcome
    cells_counted = (
        select(items.c.kind, items.c.channel, items.c.department,
               items.c.month, cast(func.count(), BigInteger), hours.counted(outcome == _ON_TIME),
               hours.counted(outcome == _LATE), hours.counted(outcome == _OVERDUE),
               hours.counted(outcome == _IN_PROGRESS), hours.counted(items.c.notices > 0),
               hours.counted(items.c.notices >= _SECOND_NOTICE), hours.counted(items.c.pauses > 0),
               cast(func.sum(items.c.pauses), BigInteger),
               cast(func.sum(items.c.followed), BigInteger), hours.gathered(items.c.time))
        .group_by(items.c.kind, items.c.channel, items.c.department, items.c.month))
    cells: dict[CellKey, tuple[Sequence[int], list[int]]] = {}
    for kind_code, channel, department, month, *values, times in (
            session.connection().execute(cells_counted)):
        if month is None:
            raise RuntimeError("a complaint received outside the report's hours")
        cells[kind_code, channel, department, _month_first(month)] = (values, _listed(times))
    answered_count = sum(counts[1] + counts[2] for counts, _times in cells.values())
    if answered_count != sum(len(times) for _counts, times in cells.values()):
        return None  # an answer later than the hours (report_hours)
    return complaint_report_of_cells(period, cells)


def store_memo_figures(session: Session, cal: BusinessCalendar, callback: Period,
                       period: ReportPeriod, as_of: datetime, department_id: int | None, *,
                       scan: Scan, hours: WorkingHours | None = None) -> MemoFigures | None:
    """The phone-memo figures of ``period`` seen at ``as_of`` (sent to ``department_id``
    when given), counted by the store as ``memo_figures_of_rows`` judges the rows
    ``compliance_loading.memo_rows`` reads. A memo stored without its callback due
    (an old one: rare) is judged here, its due reckoned from the call."""
    hours = hours or report_hours(session, cal, period, as_of)
    called, due_at, done_at = PhoneMemo.called_at, PhoneMemo.callback_due_at, PhoneMemo.done_at
    now = _bound(to_seoul(as_of), called)
    wanted = scan(called, period)
    if department_id is not None:
        wanted = and_(wanted, PhoneMemo.target_department_id == department_id)
    # the callback due and the callback never before the call (see the complaints)
    done = done_at < now
    on_call, on_done = hours.table.alias("on_call"), hours.table.alias("on_done")
    items_query = (
        select(case((due_at.is_(None), None),
                    (and_(done, or_(done_at <= due_at, done_at <= called)), _ON_TIME),
                    (done, _LATE), (and_(due_at < now, called < now), _OVERDUE),
                    else_=_IN_PROGRESS)
               .label("outcome"),
               case((done, _elapsed(hours, done_at, on_done, called, on_call)),
                    else_=None).label("time"),
               case((PhoneMemo.escalated_at.is_not(None), 1), else_=0).label("escalated"),
               case((due_at.is_(None), 1), else_=0).label("undue"))
        .select_from(PhoneMemo)
        .outerjoin(on_call, on_call.c.column1 == hours.key(called))
        .outerjoin(on_done, on_done.c.column1 == hours.key(done_at))
        .where(wanted))
    items = hours.unflattened(items_query).subquery("report_memo")
    known, outcome = items.c.undue == 0, items.c.outcome
    counted = select(
        hours.counted(known), hours.counted(and_(known, items.c.escalated == 1)),
        hours.counted(outcome == _ON_TIME), hours.counted(outcome == _LATE),
        hours.counted(outcome == _OVERDUE), hours.counted(outcome == _IN_PROGRESS),
        hours.counted(items.c.undue == 1), cast(func.count(items.c.time), BigInteger),
        hours.gathered(items.c.time))
    *figures, gathered = session.connection().execute(counted).one()
    times = _listed(gathered)
    received, escalations, on_time, late, overdue, in_progress, undue, timed = figures[:8]
    if timed != len(times):
        return None  # a callback later than the hours (report_hours)
    tally = Tally(on_time, late, overdue, in_progress)
    if undue:
        old = _undue_memo_rows(session, cal, callback, wanted)
        more_received, more_escalations, more = memo_tally_of_rows(period, as_of, old)
        received += more_received
        escalations += more_escalations
        tally = Tally(tally.on_time + more.on_time, tally.late + more.late,
                      tally.overdue + more.overdue, tally.in_progress + more.in_progress)
    return memo_figures_of_tallies(received, escalations, tally, times)


def _undue_memo_rows(session: Session, cal: BusinessCalendar, callback: Period,
                     wanted: ColumnElement[bool]) -> list[tuple[int, int, int | None, bool]]:
    """The memos without a callback due among ``wanted``, as the domain's rows, their
    due reckoned from the call with the standard's ``callback`` period."""
    rows = session.execute(select(PhoneMemo.called_at, PhoneMemo.done_at,
                                  PhoneMemo.escalated_at.is_not(None))
                           .where(wanted, PhoneMemo.callback_due_at.is_(None)))
    return [(epoch_us(called), epoch_us(cal.due(called, callback)),
             None if done is None else epoch_us(done), bool(escalated))
            for called, done, escalated in rows]
