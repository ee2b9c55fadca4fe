"""The compliance report's figures (issue 16), computed from plain records.

One function per kind of record turns the records of a :class:`ReportPeriod` into frozen
figures; :func:`compliance_report` does all four. Each figure's definition is in
:data:`FOOTNOTES`, keyed ``section.field`` after the figures' fields, for the report and
the README to print. In short:

* An item belongs to the period in which it came in (complaints: received; memos: the
  call; appointments: the start; outbound visits: the call's due), in Asia/Seoul.
* Everything is judged as known just before ``as_of``, the moment the report looks from
  (:func:`~arco_desk.domain.compliance_measures.judge`). The app passes the moment the
  report is made, so a past month shows the latest outcome of its items; passing the
  period's end gives the snapshot the desk saw when the month closed, in which the
  complaints of the month's last working days stay in progress for good.
* On time = done at or before the deadline; open past it counts as late; open before it
  is in progress and outside the rate.
* Working times are the deadline engine's (:meth:`BusinessCalendar.working_time_between`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType
from typing import Final, TypeVar

from arco_desk.domain.calendar_business import BusinessCalendar, to_seoul
from arco_desk.domain.compliance_footnotes import FOOTNOTES
from arco_desk.domain.compliance_measures import Rate, Tally, WorkingTimes
from arco_desk.domain.compliance_records import (
    AppointmentRecord,
    ComplaintRecord,
    MemoRecord,
    OutboundVisitRecord,
    ReportPeriod,
)

__all__ = [
    "CELL_COUNTS",
    "FOOTNOTES",
    "HOST_READY_LEAD",
    "AppointmentFigures",
    "CellKey",
    "ComplaintFigures",
    "ComplaintReport",
    "ComplaintRow",
    "ComplianceReport",
    "MemoFigures",
    "MemoRow",
    "OutboundVisitFigures",
    "appointment_figures",
    "appointment_figures_of_rows",
    "complaint_report",
    "complaint_report_of_cells",
    "complaint_report_of_rows",
    "complaint_rows",
    "compliance_report",
    "epoch_us",
    "memo_figures",
    "memo_figures_of_rows",
    "memo_figures_of_tallies",
    "memo_tally_of_rows",
    "outbound_visit_figures",
    "outbound_visit_figures_of_rows",
]

_SECOND_NOTICE: Final = 2
_CLOCK_DAY_US: Final = 86_400_000_000
_SEOUL_OFFSET_US: Final = 9 * 3_600_000_000  # see month_of_day in complaint_report_of_rows

# The standard's preparation time before a pre-arranged visit (clock time).
HOST_READY_LEAD: Final = timedelta(minutes=5)


# --- complaints ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ComplaintFigures:
    """Each field is defined by ``FOOTNOTES["complaints.<field>"]``."""

    received: int
    answered: int
    answered_on_time: int
    answered_late: int
    open_past_due: int
    open_within_due: int
    on_time_rate: Rate
    answer_time: WorkingTimes
    first_delay_notices: int
    second_delay_notices: int
    paused: int
    supplementation_pauses: int
    follow_up_calls: int


@dataclass(frozen=True, slots=True)
class ComplaintReport:
    """The figures of every complaint of the period, and the same grouped (keys in order;
    the department None, for complaints no department handles, comes last)."""

    total: ComplaintFigures
    by_kind: Mapping[str, ComplaintFigures]
    by_channel: Mapping[str, ComplaintFigures]
    by_department: Mapping[int | None, ComplaintFigures]
    # Each kind of ``by_kind``, then every month the period touches (its first day, in
    # order; a month without complaints of the kind has zero figures): the chart of the
    # on-time rate per kind and month.
    by_kind_month: Mapping[str, Mapping[date, ComplaintFigures]]


# One complaint as the figures read it: (kind_code, channel, department_id, received_us,
# legal_due_us, due_us, answered_us | None, delay_notices, pauses, follow_up_called), each
# moment in microseconds since 1970-01-01 UTC (:func:`epoch_us`). The store's loader gives
# these straight from its columns; :func:`complaint_report` makes them from records.
ComplaintRow = tuple[str, str, int | None, int, int, int, int | None, int, int, bool]
# One phone memo: (called_us, callback_due_us, called_back_us | None, escalated).
MemoRow = tuple[int, int, int | None, bool]

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_US: Final = timedelta(microseconds=1)


def epoch_us(moment: datetime) -> int:
    """``moment`` (aware) as whole microseconds since 1970-01-01 UTC."""
    return (moment - _EPOCH) // _ONE_US


def _epoch_us_or_none(moment: datetime | None) -> int | None:
    return None if moment is None else (moment - _EPOCH) // _ONE_US


def complaint_rows(records: Iterable[ComplaintRecord]) -> list[ComplaintRow]:
    """The rows the figures read, of ``records``."""
    return [(r.kind_code, r.channel, r.department_id, epoch_us(r.received_at),
             epoch_us(r.legal_due_at), epoch_us(r.due_at), _epoch_us_or_none(r.answered_at),
             r.delay_notices, r.pauses, r.follow_up_called) for r in records]


def complaint_report(cal: BusinessCalendar, period: ReportPeriod, as_of: datetime,
                     records: Iterable[ComplaintRecord]) -> ComplaintReport:
    """The complaint figures of ``period`` as seen at ``as_of``."""
    return complaint_report_of_rows(cal, period, as_of, complaint_rows(records))


# A cell's counts, by index: received, on time, late, overdue, in progress, first delay
# notices, second delay notices, paused, supplementation pauses, follow-up calls.
_RECEIVED, _ON_TIME, _LATE, _OVERDUE, _IN_PROGRESS = range(5)
_FIRST, _SECOND, _PAUSED, _PAUSES, _FOLLOW_UPS = range(5, 10)
CELL_COUNTS: Final = 10
_Cell = tuple[list[int], list[int]]
_K = TypeVar("_K", bound=str | int | None)  # the counts, and the answer times in microseconds
# A cell of the complaints: (kind, channel, department, month of receipt).
CellKey = tuple[str, str, int | None, date]


def complaint_report_of_rows(cal: BusinessCalendar, period: ReportPeriod, as_of: datetime,
                             rows: Iterable[ComplaintRow]) -> ComplaintReport:
    """The complaint figures of ``period`` as seen at ``as_of``, from the rows the store
    gives. Each row is made consistent as :class:`ComplaintRecord` requires (deadlines
    and answer not before receipt, at most two delay notices, a follow-up call only after
    an answer) and judged as :func:`~arco_desk.domain.compliance_measures.judge` says, in
    one pass over the rows; the groupings add up the cells of (kind, channel,
    department, month)."""
    start, end, now = epoch_us(period.start), epoch_us(period.end), epoch_us(to_seoul(as_of))
    position = cal.working_position_us
    cells: dict[CellKey, _Cell] = {}
    month_of_day: dict[int, date] = {}
    for (kind, channel, department, received, legal_due, due, answered, notices, pauses,
         followed) in rows:
        if not start <= received < end:
            continue
        day = (received + _SEOUL_OFFSET_US) // _CLOCK_DAY_US
        month = month_of_day.get(day)
        if month is None:
            seoul = to_seoul(_EPOCH + timedelta(microseconds=received))
            month = month_of_day[day] = date(seoul.year, seoul.month, 1)
        key = (kind, channel, department, month)
        cell = cells.get(key)
        if cell is None:
            cell = cells[key] = ([0] * CELL_COUNTS, [])
        counts = cell[0]
        counts[_RECEIVED] += 1
        legal_due = max(legal_due, received)
        due = max(due, legal_due) if notices else legal_due
        if answered is not None and answered < received:
            answered = received
        # judge(due, answered, as_of), on microseconds
        if answered is not None and answered < now:
            counts[_ON_TIME if answered <= due else _LATE] += 1
            cell[1].append(position(answered) - position(received))
            if followed:
                counts[_FOLLOW_UPS] += 1
        else:
            counts[_OVERDUE if due < now else _IN_PROGRESS] += 1
        if notices:
            counts[_FIRST] += 1
            if notices >= _SECOND_NOTICE:
                counts[_SECOND] += 1
        if pauses:
            counts[_PAUSED] += 1
            counts[_PAUSES] += pauses

    return complaint_report_of_cells(period, cells)


def complaint_report_of_cells(period: ReportPeriod,
                              cells: Mapping[CellKey, tuple[Sequence[int], Sequence[int]]]
                              ) -> ComplaintReport:
    """The complaint figures of ``period`` from its cells, (kind, channel, department,
    month of receipt): each cell's counts in the order of :data:`CELL_COUNTS` (received,
    answered on time, late, open past due, open within due, first and second delay
    notices, paused, supplementation pauses, follow-up calls) and the working times of
    its answers in microseconds, judged as :func:`complaint_report_of_rows` judges each
    row. The groupings add up the cells."""
    # each cell's times in order: sorting the groupings' times then merges runs
    cells = {key: (counts, sorted(times)) for key, (counts, times) in cells.items()}

    def grouped(key: Callable[[CellKey], _K]) -> Mapping[_K, ComplaintFigures]:
        groups: dict[_K, list[CellKey]] = {}
        for cell_key in cells:
            groups.setdefault(key(cell_key), []).append(cell_key)
        return MappingProxyType({k: _complaint_figures([cells[c] for c in groups[k]])
                                 for k in sorted(groups, key=_in_order)})

    by_kind = grouped(lambda k: k[0])
    months: dict[tuple[str, date], list[CellKey]] = {}
    for cell_key in cells:
        months.setdefault((cell_key[0], cell_key[3]), []).append(cell_key)
    return ComplaintReport(
        total=_complaint_figures(list(cells.values())),
        by_kind=by_kind,
        by_channel=grouped(lambda k: k[1]),
        by_department=grouped(lambda k: k[2]),
        by_kind_month=MappingProxyType({
            kind: MappingProxyType({
                month: _complaint_figures([cells[c] for c in months.get((kind, month), [])])
                for month in period.months()})
            for kind in by_kind}),
    )


def _complaint_figures(cells: Sequence[tuple[Sequence[int], Sequence[int]]]
                       ) -> ComplaintFigures:
    counts = [sum(column) for column in zip(*(cell[0] for cell in cells), strict=True)]
    if not counts:
        counts = [0] * CELL_COUNTS
    times: list[int] = []
    for cell in cells:
        times += cell[1]
    tally = Tally(counts[_ON_TIME], counts[_LATE], counts[_OVERDUE], counts[_IN_PROGRESS])
    return ComplaintFigures(
        received=counts[_RECEIVED],
        answered=tally.done,
        answered_on_time=tally.on_time,
        answered_late=tally.late,
        open_past_due=tally.overdue,
        open_within_due=tally.in_progress,
        on_time_rate=tally.rate,
        answer_time=WorkingTimes.of_us(times),
        first_delay_notices=counts[_FIRST],
        second_delay_notices=counts[_SECOND],
        paused=counts[_PAUSED],
        supplementation_pauses=counts[_PAUSES],
        follow_up_calls=counts[_FOLLOW_UPS],
    )


def _in_order(key: str | int | None) -> tuple[bool, int, str]:
    return (key is None, key if isinstance(key, int) else 0, key if isinstance(key, str) else "")


# --- phone memos -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MemoFigures:
    """Each field is defined by ``FOOTNOTES["memos.<field>"]``."""

    received: int
    called_back: int
    called_back_in_time: int
    called_back_late: int
    open_past_due: int
    open_within_due: int
    callback_rate: Rate
    callback_time: WorkingTimes
    escalations: int


def memo_figures(cal: BusinessCalendar, period: ReportPeriod, as_of: datetime,
                 records: Iterable[MemoRecord]) -> MemoFigures:
    """The phone-memo figures of ``period`` as seen at ``as_of``."""
    return memo_figures_of_rows(cal, period, as_of, [
        (epoch_us(m.called_at), epoch_us(m.callback_due_at),
         _epoch_us_or_none(m.called_back_at), m.escalated) for m in records])


def memo_figures_of_rows(cal: BusinessCalendar, period: ReportPeriod, as_of: datetime,
                         rows: Iterable[MemoRow]) -> MemoFigures:
    """The phone-memo figures of ``period`` as seen at ``as_of``, from the rows the store
    gives, each made consistent as :class:`MemoRecord` requires (callback due and
    callback not before the call) and judged as
    :func:`~arco_desk.domain.compliance_measures.judge` says."""
    times: list[int] = []
    received, escalations, tally = _memos_judged(period, as_of, rows, cal, times)
    return memo_figures_of_tallies(received, escalations, tally, times)


def memo_tally_of_rows(period: ReportPeriod, as_of: datetime, rows: Iterable[MemoRow]
                       ) -> tuple[int, int, Tally]:
    """The memos of ``period`` among ``rows``, their escalations and outcomes, judged as
    :func:`memo_figures_of_rows` does."""
    return _memos_judged(period, as_of, rows, None, [])


def memo_figures_of_tallies(received: int, escalations: int, tally: Tally,
                            times_us: list[int]) -> MemoFigures:
    """The phone-memo figures of tallies the store counted, judged as
    :func:`memo_figures_of_rows` does, and the callback times in microseconds (sorted
    here)."""
    return MemoFigures(
        received=received,
        called_back=tally.done,
        called_back_in_time=tally.on_time,
        called_back_late=tally.late,
        open_past_due=tally.overdue,
        open_within_due=tally.in_progress,
        callback_rate=tally.rate,
        callback_time=WorkingTimes.of_us(times_us),
        escalations=escalations,
    )


def _memos_judged(period: ReportPeriod, as_of: datetime, rows: Iterable[MemoRow],
                  cal: BusinessCalendar | None, times: list[int]) -> tuple[int, int, Tally]:
    """Count and judge the memos of ``period``; with ``cal``, add their callback times
    to ``times``."""
    start, end, now = epoch_us(period.start), epoch_us(period.end), epoch_us(to_seoul(as_of))
    position = None if cal is None else cal.working_position_us
    received = on_time = late = overdue = in_progress = escalations = 0
    for called, due, done, escalated in rows:
        if not start <= called < end:
            continue
        received += 1
        if escalated:
            escalations += 1
        if due < called:
            due = called
        # judge(due, done, as_of), on microseconds
        if done is not None and done < now:
            if done < called:
                done = called
            if done <= due:
                on_time += 1
            else:
                late += 1
            if position is not None:
                times.append(position(done) - position(called))
        elif due < now:
            overdue += 1
        else:
            in_progress += 1
    return received, escalations, Tally(on_time, late, overdue, in_progress)


# --- appointments and outbound visits ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AppointmentFigures:
    """Each field is defined by ``FOOTNOTES["appointments.<field>"]``."""

    appointments: int
    ready_in_time: int
    ready_late: int
    not_ready_past_mark: int
    not_due_yet: int
    ready_rate: Rate


def appointment_figures(period: ReportPeriod, as_of: datetime,
                        records: Iterable[AppointmentRecord],
                        lead: timedelta = HOST_READY_LEAD) -> AppointmentFigures:
    """Whether hosts were ready ``lead`` (clock time) before the visits of ``period``."""
    return appointment_figures_of_rows(
        period, as_of, ((epoch_us(a.starts_at), _epoch_us_or_none(a.host_ready_at))
                        for a in records), lead)


def appointment_figures_of_rows(period: ReportPeriod, as_of: datetime,
                                rows: Iterable[tuple[int, int | None]],
                                lead: timedelta = HOST_READY_LEAD) -> AppointmentFigures:
    """:func:`appointment_figures` of rows (the start, the host ready or None) in
    microseconds since 1970, as the store reads them."""
    lead_us = lead // timedelta(microseconds=1)
    tally = _tally_of_due_rows(period, as_of, ((start, start - lead_us, ready)
                                               for start, ready in rows))
    return AppointmentFigures(
        appointments=tally.done + tally.overdue + tally.in_progress,
        ready_in_time=tally.on_time,
        ready_late=tally.late,
        not_ready_past_mark=tally.overdue,
        not_due_yet=tally.in_progress,
        ready_rate=tally.rate,
    )


def _tally_of_due_rows(period: ReportPeriod, as_of: datetime,
                       rows: Iterable[tuple[int, int, int | None]]) -> Tally:
    """:func:`~arco_desk.domain.compliance_measures.judge` on microseconds, for the rows
    (the moment placing the item in a period, its due, its done or None) of ``period``."""
    start, end, now = epoch_us(period.start), epoch_us(period.end), epoch_us(to_seoul(as_of))
    on_time = late = overdue = in_progress = 0
    for placed, due, done in rows:
        if not start <= placed < end:
            continue
        if done is not None and done < now:
            if done <= due:
                on_time += 1
            else:
                late += 1
        elif due < now:
            overdue += 1
        else:
            in_progress += 1
    return Tally(on_time, late, overdue, in_progress)


@dataclass(frozen=True, slots=True)
class OutboundVisitFigures:
    """Each field is defined by ``FOOTNOTES["outbound_visits.<field>"]``."""

    visits: int
    called_on_time: int
    called_late: int
    not_called_past_due: int
    not_due_yet: int
    call_rate: Rate


def outbound_visit_figures(period: ReportPeriod, as_of: datetime,
                           records: Iterable[OutboundVisitRecord]) -> OutboundVisitFigures:
    """Whether the calls the day before the outbound visits due in ``period`` were made."""
    return outbound_visit_figures_of_rows(
        period, as_of, ((epoch_us(v.call_due_at), _epoch_us_or_none(v.called_at))
                        for v in records))


def outbound_visit_figures_of_rows(period: ReportPeriod, as_of: datetime,
                                   rows: Iterable[tuple[int, int | None]]
                                   ) -> OutboundVisitFigures:
    """:func:`outbound_visit_figures` of rows (the call's due, the call or None) in
    microseconds since 1970, as the store reads them."""
    tally = _tally_of_due_rows(period, as_of, ((due, due, called) for due, called in rows))
    return OutboundVisitFigures(
        visits=tally.done + tally.overdue + tally.in_progress,
        called_on_time=tally.on_time,
        called_late=tally.late,
        not_called_past_due=tally.overdue,
        not_due_yet=tally.in_progress,
        call_rate=tally.rate,
    )


# --- everything at once ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ComplianceReport:
    period: ReportPeriod
    as_of: datetime
    complaints: ComplaintReport
    memos: MemoFigures
    appointments: AppointmentFigures
    outbound_visits: OutboundVisitFigures


def compliance_report(cal: BusinessCalendar, period: ReportPeriod, as_of: datetime, *,
                      complaints: Iterable[ComplaintRecord] = (),
                      memos: Iterable[MemoRecord] = (),
                      appointments: Iterable[AppointmentRecord] = (),
                      outbound_visits: Iterable[OutboundVisitRecord] = (),
                      host_ready_lead: timedelta = HOST_READY_LEAD) -> ComplianceReport:
    """Every figure of ``period``, as it stood at ``as_of``."""
    as_of = to_seoul(as_of)
    return ComplianceReport(
        period=period,
        as_of=as_of,
        complaints=complaint_report(cal, period, as_of, complaints),
        memos=memo_figures(cal, period, as_of, memos),
        appointments=appointment_figures(period, as_of, appointments, host_ready_lead),
        outbound_visits=outbound_visit_figures(period, as_of, outbound_visits),
    )
