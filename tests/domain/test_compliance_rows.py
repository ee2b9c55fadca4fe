"""The report's fast path (issue 16) is its definitions: working positions on epoch
microseconds are the calendar's working time, and the figures computed in one pass over
rows are those of judging each record and measuring it with the calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from arco_desk.domain.calendar_business import SEOUL, BusinessCalendar
from arco_desk.domain.compliance import (
    ComplaintFigures,
    complaint_report,
    epoch_us,
    memo_figures,
)
from arco_desk.domain.compliance_measures import Outcome, Tally, WorkingTimes, judge
from arco_desk.domain.compliance_records import ComplaintRecord, MemoRecord, ReportPeriod

SETTINGS = settings(max_examples=300, deadline=None)
CAL = BusinessCalendar.korea(extra_closures=[date(2026, 3, 16), date(2026, 11, 2)],
                             extra_workdays=[date(2026, 3, 21)])
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Moments around the working windows' edges (09:00, 12:00, 13:00, 18:00) and anywhere.
_EDGES = [time(h, m) for h in (9, 12, 13, 18) for m in (0, 1)] + [time(11, 59, 59, 999_999)]


@st.composite
def moments(draw: st.DrawFn, first: int = 2025, last: int = 2027) -> datetime:
    day = draw(st.dates(date(first, 1, 1), date(last, 12, 31)))
    clock = draw(st.one_of(st.sampled_from(_EDGES), st.times()))
    return datetime.combine(day, clock, SEOUL)


@SETTINGS
@given(moments(), moments())
def test_working_positions_are_the_calendars_working_time(a: datetime, b: datetime) -> None:
    between = CAL.working_time_between(a, b)
    assert CAL.working_position_us(epoch_us(b)) - CAL.working_position_us(epoch_us(a)) == (
        between // timedelta(microseconds=1))


@SETTINGS
@given(moments(1975, 2110), moments(1975, 2110))
def test_working_positions_hold_outside_the_fixed_offset_years_too(a: datetime,
                                                                    b: datetime) -> None:
    cal = BusinessCalendar.korea()
    assert cal.working_position_us(epoch_us(b)) - cal.working_position_us(epoch_us(a)) == (
        cal.working_time_between(a, b) // timedelta(microseconds=1))


def test_a_moment_given_in_utc_is_the_same_seoul_moment() -> None:
    seoul = datetime(2026, 5, 4, 11, 0, 0, 1, SEOUL)
    assert epoch_us(seoul) == epoch_us(seoul.astimezone(UTC))
    assert EPOCH + timedelta(microseconds=epoch_us(seoul)) == seoul


# --- figures: one pass over rows == judge each record, measure each with the calendar ---------

PERIOD = ReportPeriod.month(2026, 3)
KINDS = ["petition", "certificate", "other"]
CHANNELS = ["visit", "letter"]


@st.composite
def complaints(draw: st.DrawFn) -> ComplaintRecord:
    received = draw(moments(2026, 2026).filter(lambda m: date(2026, 2, 20) <= m.date()
                                               <= date(2026, 4, 10)))
    legal_due = received + draw(st.timedeltas(timedelta(0), timedelta(days=12)))
    notices = draw(st.integers(0, 2))
    due = legal_due + (draw(st.timedeltas(timedelta(0), timedelta(days=8))) if notices
                       else timedelta(0))
    answered = draw(st.none() | st.timedeltas(timedelta(0), timedelta(days=25)).map(
        lambda d: received + d))
    return ComplaintRecord(
        id=1, kind_code=draw(st.sampled_from(KINDS)), channel=draw(st.sampled_from(CHANNELS)),
        department_id=draw(st.sampled_from([1, 2, None])), received_at=received,
        legal_due_at=legal_due, due_at=due, answered_at=answered, delay_notices=notices,
        pauses=draw(st.integers(0, 2)),
        follow_up_called=answered is not None and draw(st.booleans()))


def _reference(records: list[ComplaintRecord], as_of: datetime) -> ComplaintFigures:
    """The definitions, record by record: judge() and the calendar's working time."""
    outcomes = [judge(r.due_at, r.answered_at, as_of) for r in records]
    done = [(r, o) for r, o in zip(records, outcomes, strict=True)
            if o in (Outcome.ON_TIME, Outcome.LATE)]
    tally = Tally.of(outcomes)
    return ComplaintFigures(
        received=len(records), answered=tally.done, answered_on_time=tally.on_time,
        answered_late=tally.late, open_past_due=tally.overdue,
        open_within_due=tally.in_progress, on_time_rate=tally.rate,
        answer_time=WorkingTimes.of(CAL.working_time_between(r.received_at, r.answered_at)
                                    for r, _ in done if r.answered_at is not None),
        first_delay_notices=sum(1 for r in records if r.delay_notices),
        second_delay_notices=sum(1 for r in records if r.delay_notices >= 2),
        paused=sum(1 for r in records if r.pauses),
        supplementation_pauses=sum(r.pauses for r in records),
        follow_up_calls=sum(1 for r, _ in done if r.follow_up_called))


@SETTINGS
@given(st.lists(complaints(), max_size=30), moments(2026, 2026))
def test_complaint_figures_are_the_definitions_record_by_record(
        records: list[ComplaintRecord], as_of: datetime) -> None:
    report = complaint_report(CAL, PERIOD, as_of, records)
    inside = [r for r in records if r.received_at in PERIOD]
    assert report.total == _reference(inside, as_of)
    for kind, figures in report.by_kind.items():
        assert figures == _reference([r for r in inside if r.kind_code == kind], as_of)
        for month, monthly in report.by_kind_month[kind].items():
            assert monthly == _reference([r for r in inside if r.kind_code == kind
                                          and r.received_at.month == month.month], as_of)
    for channel, figures in report.by_channel.items():
        assert figures == _reference([r for r in inside if r.channel == channel], as_of)
    for department, figures in report.by_department.items():
        assert figures == _reference([r for r in inside if r.department_id == department],
                                     as_of)
    assert set(report.by_kind) == {r.kind_code for r in inside}


@st.composite
def memos(draw: st.DrawFn) -> MemoRecord:
    called = draw(moments(2026, 2026).filter(lambda m: date(2026, 2, 25) <= m.date()
                                             <= date(2026, 4, 5)))
    due = called + draw(st.timedeltas(timedelta(0), timedelta(days=4)))
    back = draw(st.none() | st.timedeltas(timedelta(0), timedelta(days=6)).map(
        lambda d: called + d))
    return MemoRecord(called, due, back, draw(st.booleans()))


@SETTINGS
@given(st.lists(memos(), max_size=30), moments(2026, 2026))
def test_memo_figures_are_the_definitions_record_by_record(records: list[MemoRecord],
                                                           as_of: datetime) -> None:
    figures = memo_figures(CAL, PERIOD, as_of, records)
    inside = [m for m in records if m.called_at in PERIOD]
    outcomes = [judge(m.callback_due_at, m.called_back_at, as_of) for m in inside]
    tally = Tally.of(outcomes)
    assert (figures.received, figures.called_back_in_time, figures.called_back_late,
            figures.open_past_due, figures.open_within_due, figures.escalations) == (
        len(inside), tally.on_time, tally.late, tally.overdue, tally.in_progress,
        sum(1 for m in inside if m.escalated))
    assert figures.callback_time == WorkingTimes.of(
        CAL.working_time_between(m.called_at, m.called_back_at)
        for m, o in zip(inside, outcomes, strict=True)
        if o in (Outcome.ON_TIME, Outcome.LATE) and m.called_back_at is not None)
