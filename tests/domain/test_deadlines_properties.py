"""Properties of the deadline engine over 2020–2035 (Hypothesis)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from arco_desk.domain.deadlines import (
    SEOUL,
    BusinessCalendar,
    CountdownState,
    Period,
    PeriodUnit,
    countdown,
    extension_limit,
)

CAL = BusinessCalendar.korea()
SETTINGS = settings(max_examples=300, deadline=None)

moments = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31, 23, 59))
hour_periods = st.builds(Period, st.integers(1, 200), st.just(PeriodUnit.HOURS))
day_periods = st.builds(Period, st.integers(6, 60), st.just(PeriodUnit.DAYS))
periods = st.builds(
    Period, st.integers(1, 60), st.sampled_from([PeriodUnit.HOURS, PeriodUnit.DAYS])
)
working_amounts = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10))

WINDOW_ENDS = (time(12), time(18))


def in_working_window_or_at_its_end(t: datetime) -> bool:
    if CAL.is_working_time(t):
        return True
    return CAL.is_working_day(t.date()) and t.timetz().replace(tzinfo=None) in WINDOW_ENDS


@SETTINGS
@given(moments, periods)
def test_due_is_in_working_time_or_at_the_end_of_a_window(
    received: datetime, period: Period
) -> None:
    due = CAL.due(received, period)
    assert due.tzinfo is SEOUL
    assert in_working_window_or_at_its_end(due)
    assert due > received.replace(tzinfo=SEOUL)


@SETTINGS
@given(moments, hour_periods)
def test_an_hour_period_uses_exactly_its_hours(received: datetime, period: Period) -> None:
    due = CAL.due(received, period)
    assert CAL.working_time_between(received, due) == period.working_duration
    # ...and no earlier moment would do: a minute less is still short.
    assert CAL.working_time_between(received, due - timedelta(minutes=1)) < period.working_duration
    assert due.time() not in (time(9), time(13))


@SETTINGS
@given(moments, moments, periods)
def test_due_is_monotone_in_the_receipt_time(a: datetime, b: datetime, period: Period) -> None:
    first, second = sorted((a, b))
    assert CAL.due(first, period) <= CAL.due(second, period)


@SETTINGS
@given(moments, day_periods)
def test_a_day_period_ends_at_18_on_working_day_n(received: datetime, period: Period) -> None:
    due = CAL.due(received, period)
    assert due.time() == time(18)
    assert CAL.is_working_day(due.date())
    start = CAL.next_working_moment(received).date()
    assert period.days is not None
    counted = sum(
        CAL.is_working_day(start + timedelta(days=i)) for i in range((due.date() - start).days + 1)
    )
    assert counted == period.days


@SETTINGS
@given(moments, working_amounts)
def test_add_working_time_inverts_working_time_between(start: datetime, amount: timedelta) -> None:
    end = CAL.add_working_time(start, amount)
    assert CAL.working_time_between(start, end) == amount
    assert CAL.working_time_between(end, start) == -amount


@SETTINGS
@given(moments)
def test_next_working_moment(t: datetime) -> None:
    moment = CAL.next_working_moment(t)
    assert moment >= t.replace(tzinfo=SEOUL)
    assert CAL.is_working_time(moment)
    assert CAL.working_time_between(t, moment) == timedelta(0)


@SETTINGS
@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)))
def test_previous_working_day_is_the_last_one_before(day: date) -> None:
    previous = CAL.previous_working_day(day)
    assert previous < day
    assert CAL.is_working_day(previous)
    gap = (day - previous).days
    assert not any(CAL.is_working_day(previous + timedelta(days=i)) for i in range(1, gap))
    assert CAL.call_before_visit_due(day) == datetime.combine(previous, time(18), SEOUL)


@SETTINGS
@given(moments, periods)
def test_extension_limit_adds_the_period_again(received: datetime, period: Period) -> None:
    due = CAL.due(received, period)
    limit = extension_limit(CAL, due, period)
    assert limit > due
    if period.in_hours:
        assert CAL.working_time_between(due, limit) == period.working_duration
    else:
        assert limit == CAL.due(CAL.next_working_moment(due), period)


@SETTINGS
@given(moments, st.lists(st.tuples(moments, st.timedeltas(timedelta(0), timedelta(days=5)))))
def test_pauses_add_their_working_time(
    received: datetime, raw: list[tuple[datetime, timedelta]]
) -> None:
    period = Period.parse("7d")
    pauses = [(start, start + length) for start, length in raw]
    with_pauses = CAL.due(received, period, pauses)
    without = CAL.due(received, period)
    assert with_pauses >= without
    longest = sum(
        (CAL.working_time_between(max(a, received), b) for a, b in pauses if b > received),
        timedelta(0),
    )
    assert CAL.working_time_between(without, with_pauses) <= longest


@SETTINGS
@given(moments, moments, periods)
def test_countdown_state_agrees_with_the_clock(
    due: datetime, now: datetime, period: Period
) -> None:
    badge = countdown(CAL, due, now, period)
    assert badge.remaining == CAL.working_time_between(now, due)
    assert (badge.state is CountdownState.OVERDUE) is (now >= due)
    assert badge.words.key.startswith("countdown.")
    if badge.state is CountdownState.DUE_SOON:
        assert (
            badge.remaining < timedelta(hours=1)
            or badge.remaining * 4 < period.nominal_working_time
        )


@SETTINGS
@given(moments, periods)
def test_the_fast_path_agrees_with_the_general_one(received: datetime, period: Period) -> None:
    # An empty pause takes the general path (working positions in microseconds).
    assert CAL.due(received, period) == CAL.due(received, period, [(received, received)])
