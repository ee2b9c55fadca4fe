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
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Final, TypeVar

from arco_desk.domain.calendar_business import BusinessCalendar, to_seoul
from arco_desk.domain.compliance_footnotes import FOOTNOTES
from arco_desk.domain.compliance_measures import Outcome, Rate, Tally, WorkingTimes, judge
from arco_desk.domain.compliance_records import (
    AppointmentRecord,
    ComplaintRecord,
    MemoRecord,
    OutboundVisitRecord,
    ReportPeriod,
)

__all__ = [
    "FOOTNOTES",
    "HOST_READY_LEAD",
    "AppointmentFigures",
    "ComplaintFigures",
    "ComplaintReport",
    "ComplianceReport",
    "MemoFigures",
    "OutboundVisitFigures",
    "appointment_figures",
    "complaint_report",
    "compliance_report",
    "memo_figures",
    "outbound_visit_figures",
]

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


@dataclass(frozen=True, slots=True)
class _Judged:
    record: ComplaintRecord
    outcome: Outcome
    answer_time: timedelta | None


def complaint_report(cal: BusinessCalendar, period: ReportPeriod, as_of: datetime,
                     records: Iterable[ComplaintRecord]) -> ComplaintReport:
    """The complaint figures of ``period`` as seen at ``as_of``."""
    as_of = to_seoul(as_of)
    judged = []
    for record in records:
        if record.received_at not in period:
            continue
        outcome = judge(record.due_at, record.answered_at, as_of)
        answer_time = None
        if outcome in (Outcome.ON_TIME, Outcome.LATE) and record.answered_at is not None:
            answer_time = cal.working_time_between(record.received_at, record.answered_at)
        judged.append(_Judged(record, outcome, answer_time))
    by_kind = _grouped(judged, lambda j: j.record.kind_code, _complaint_figures)
    return ComplaintReport(
        total=_complaint_figures(judged),
        by_kind=by_kind,
        by_channel=_grouped(judged, lambda j: j.record.channel, _complaint_figures),
        by_department=_grouped(judged, lambda j: j.record.department_id, _complaint_figures),
        by_kind_month=_by_kind_and_month(judged, by_kind, period.months()),
    )


def _by_kind_and_month(judged: Sequence[_Judged], kinds: Iterable[str],
                       months: Sequence[date]) -> Mapping[str, Mapping[date, ComplaintFigures]]:
    groups: dict[tuple[str, date], list[_Judged]] = {}
    for j in judged:
        received = j.record.received_at  # in Asia/Seoul (compliance_records)
        groups.setdefault((j.record.kind_code, date(received.year, received.month, 1)),
                          []).append(j)
    return MappingProxyType({
        kind: MappingProxyType({month: _complaint_figures(groups.get((kind, month), []))
                                for month in months})
        for kind in kinds})


def _complaint_figures(judged: Sequence[_Judged]) -> ComplaintFigures:
    tally = Tally.of([j.outcome for j in judged])
    times = []
    first = second = paused = pauses = follow_ups = 0
    for j in judged:  # one pass: a year's groupings go over every complaint five times
        record = j.record
        if record.delay_notices:
            first += 1
            if record.delay_notices >= 2:
                second += 1
        if record.pauses:
            paused += 1
            pauses += record.pauses
        if j.answer_time is not None:
            times.append(j.answer_time)
            if record.follow_up_called:
                follow_ups += 1
    return ComplaintFigures(
        received=len(judged),
        answered=tally.done,
        answered_on_time=tally.on_time,
        answered_late=tally.late,
        open_past_due=tally.overdue,
        open_within_due=tally.in_progress,
        on_time_rate=tally.rate,
        answer_time=WorkingTimes.of(times),
        first_delay_notices=first,
        second_delay_notices=second,
        paused=paused,
        supplementation_pauses=pauses,
        follow_up_calls=follow_ups,
    )


_K = TypeVar("_K", bound=str | int | None)
_T = TypeVar("_T")
_F = TypeVar("_F")


def _grouped(items: Sequence[_T], key: Callable[[_T], _K],
             figures: Callable[[Sequence[_T]], _F]) -> Mapping[_K, _F]:
    """``figures`` of the items sharing each key, in the order of the keys (None last)."""
    groups: dict[_K, list[_T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return MappingProxyType({k: figures(groups[k]) for k in sorted(groups, key=_in_order)})


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
    as_of = to_seoul(as_of)
    memos = [m for m in records if m.called_at in period]
    outcomes = [judge(m.callback_due_at, m.called_back_at, as_of) for m in memos]
    tally = Tally.of(outcomes)
    times = [cal.working_time_between(m.called_at, m.called_back_at)
             for m, outcome in zip(memos, outcomes, strict=True)
             if outcome in (Outcome.ON_TIME, Outcome.LATE) and m.called_back_at is not None]
    return MemoFigures(
        received=len(memos),
        called_back=tally.done,
        called_back_in_time=tally.on_time,
        called_back_late=tally.late,
        open_past_due=tally.overdue,
        open_within_due=tally.in_progress,
        callback_rate=tally.rate,
        callback_time=WorkingTimes.of(times),
        escalations=sum(1 for m in memos if m.escalated),
    )


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
    as_of = to_seoul(as_of)
    tally = Tally.of(judge(a.starts_at - lead, a.host_ready_at, as_of)
                     for a in records if a.starts_at in period)
    return AppointmentFigures(
        appointments=tally.done + tally.overdue + tally.in_progress,
        ready_in_time=tally.on_time,
        ready_late=tally.late,
        not_ready_past_mark=tally.overdue,
        not_due_yet=tally.in_progress,
        ready_rate=tally.rate,
    )


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
    as_of = to_seoul(as_of)
    tally = Tally.of(judge(v.call_due_at, v.called_at, as_of)
                     for v in records if v.call_due_at in period)
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
