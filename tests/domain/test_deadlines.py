"""Table tests for the deadline rules (docs/architecture.md §3)."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest

from arco_desk.domain import korean_holidays
from arco_desk.domain.deadlines import (
    SEOUL,
    BusinessCalendar,
    CountdownState,
    Period,
    PeriodUnit,
    countdown,
    extension_limit,
    korean_public_holidays,
)
from tests.words import english, korean

D = datetime
H3 = Period.parse("3h")
D7 = Period.parse("7d")


def kst(*args: int) -> datetime:
    return datetime(*args, tzinfo=SEOUL)  # type: ignore[misc]


@pytest.fixture(scope="module")
def cal() -> BusinessCalendar:
    return BusinessCalendar.korea()


# -- Period -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "unit", "hours", "days", "canonical"),
    [
        ("3h", 3, "h", 3, None, "3h"),
        (" 24h ", 24, "h", 24, None, "24h"),
        ("7d", 7, "d", None, 7, "7d"),
        ("1d", 1, "d", 8, None, "1d"),
        ("5d", 5, "d", 40, None, "5d"),
        ("6d", 6, "d", None, 6, "6d"),
        ("즉시", 3, "h", 3, None, "즉시"),
        ("3시간", 3, "h", 3, None, "3h"),
        ("3근무시간", 3, "h", 3, None, "3h"),
        ("7근무일", 7, "d", None, 7, "7d"),
        ("7 D", 7, "d", None, 7, "7d"),
    ],
)
def test_period_parse(
    text: str, amount: int, unit: str, hours: int | None, days: int | None, canonical: str
) -> None:
    period = Period.parse(text)
    assert (period.amount, period.unit, period.hours, period.days) == (amount, unit, hours, days)
    assert period.in_hours is (hours is not None)
    assert str(period) == canonical
    assert Period.parse(str(period)) == period


@pytest.mark.parametrize(
    "text", ["", "3", "h", "0h", "0d", "-1d", "3.5h", "3x", "3 weeks", "10000d"]
)
def test_period_parse_rejects_bad_text_naming_it(text: str) -> None:
    with pytest.raises(ValueError, match="invalid period") as info:
        Period.parse(text)
    assert repr(text) in str(info.value)


def test_period_direct_construction_checks_its_fields() -> None:
    assert Period(3, "h") == Period.working_hours(3)  # type: ignore[arg-type]
    assert Period.working_days(7) == D7
    with pytest.raises(ValueError, match="unit"):
        Period(3, "w")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="amount"):
        Period(0, PeriodUnit.HOURS)
    with pytest.raises(TypeError):
        Period(1.5, PeriodUnit.HOURS)  # type: ignore[arg-type]


def test_period_descriptions_and_durations() -> None:
    assert korean(H3.words) == "3근무시간"
    assert english(H3.words) == "3 working hours"
    assert english(Period.parse("1h").words) == "1 working hour"
    assert english(Period.parse("1d").words) == "1 working day (8 working hours)"
    assert korean(D7.words) == "7근무일, 첫날 산입"
    assert english(D7.words) == "7 working days, first day counted"
    assert korean(Period.parse("5d").words) == "5근무일(40근무시간)"
    assert english(Period.parse("5d").words) == "5 working days (40 working hours)"
    assert H3.working_duration == timedelta(hours=3)
    assert Period.parse("5d").working_duration == timedelta(hours=40)
    with pytest.raises(ValueError, match="counted in days"):
        _ = D7.working_duration
    assert D7.nominal_working_time == timedelta(hours=56)


def test_period_is_frozen_and_hashable() -> None:
    with pytest.raises(AttributeError):
        H3.amount = 4  # type: ignore[misc]
    assert len({H3, Period.parse("즉시"), Period.parse("3h")}) == 1


# -- due ----------------------------------------------------------------------

DUE_CASES = [
    # The design's examples.
    ("노동절 2026 and a weekend", D(2026, 4, 30, 17), "3h", D(2026, 5, 4, 11)),
    ("설날 2026, day units", D(2026, 2, 12, 10), "7d", D(2026, 2, 25, 18)),
    # Receipt time within the day.
    ("lunch starts at 13:00", D(2026, 3, 4, 12, 30), "3h", D(2026, 3, 4, 16)),
    ("exactly 12:00 starts at 13:00", D(2026, 3, 4, 12), "3h", D(2026, 3, 4, 16)),
    ("17:59 counts one minute", D(2026, 3, 4, 17, 59), "3h", D(2026, 3, 5, 11, 59)),
    ("exactly 18:00 starts next day", D(2026, 3, 4, 18), "3h", D(2026, 3, 5, 12)),
    ("after 18:00", D(2026, 3, 4, 18, 30), "3h", D(2026, 3, 5, 12)),
    ("before 09:00", D(2026, 3, 4, 7, 45), "3h", D(2026, 3, 4, 12)),
    ("Saturday", D(2026, 3, 7, 10), "3h", D(2026, 3, 9, 12)),
    ("Sunday", D(2026, 3, 8, 23, 59), "3h", D(2026, 3, 9, 12)),
    ("seconds are kept", D(2026, 3, 4, 17, 59, 30), "3h", D(2026, 3, 5, 11, 59, 30)),
    # Hour periods end at the earliest moment: 12:00 and 18:00, never 13:00 / 09:00.
    ("3h ends exactly 12:00", D(2026, 3, 4, 9), "3h", D(2026, 3, 4, 12)),
    ("5h ends exactly 18:00", D(2026, 3, 4, 13), "5h", D(2026, 3, 4, 18)),
    ("8h ends 18:00 same day", D(2026, 3, 4, 9), "8h", D(2026, 3, 4, 18)),
    ("24h phone callback", D(2026, 3, 4, 9), "24h", D(2026, 3, 6, 18)),
    # 5 days = 40 hours; 6 days in day units.
    ("5d = 40h from Monday 09:00", D(2026, 3, 9, 9), "5d", D(2026, 3, 13, 18)),
    ("6d from Monday 09:00", D(2026, 3, 9, 9), "6d", D(2026, 3, 16, 18)),
    ("5d = 40h from Monday 14:00", D(2026, 3, 9, 14), "5d", D(2026, 3, 16, 14)),
    ("6d from Monday 14:00", D(2026, 3, 9, 14), "6d", D(2026, 3, 16, 18)),
    ("1d = 8h", D(2026, 3, 9, 14), "1d", D(2026, 3, 10, 14)),
    ("day 1 is the receipt day at 17:59", D(2026, 3, 9, 17, 59), "7d", D(2026, 3, 17, 18)),
    ("day 1 is the next day at 18:30", D(2026, 3, 9, 18, 30), "7d", D(2026, 3, 18, 18)),
    ("day units from a Saturday", D(2026, 3, 7, 10), "7d", D(2026, 3, 17, 18)),
    # 설날 and 추석, 2025–2027.
    ("설날 2025 + temporary holiday", D(2025, 1, 24, 16), "3h", D(2025, 1, 31, 10)),
    ("설날 2025, day units", D(2025, 1, 24, 10), "7d", D(2025, 2, 7, 18)),
    ("추석 2025 + 한글날", D(2025, 10, 2, 15), "24h", D(2025, 10, 14, 15)),
    ("추석 2025, day units", D(2025, 10, 2, 15), "7d", D(2025, 10, 17, 18)),
    ("설날 2026, hours", D(2026, 2, 13, 17), "3h", D(2026, 2, 19, 11)),
    ("추석 2026, 5d", D(2026, 9, 23, 16), "5d", D(2026, 10, 2, 16)),
    ("추석 2026, 6d", D(2026, 9, 23, 16), "6d", D(2026, 10, 2, 18)),
    ("설날 2027 + substitute", D(2027, 2, 5, 15), "7d", D(2027, 2, 17, 18)),
    ("추석 2027", D(2027, 9, 13, 17), "3h", D(2027, 9, 17, 11)),
    # Substitute holidays.
    ("삼일절 substitute 2026", D(2026, 2, 27, 17), "3h", D(2026, 3, 3, 11)),
    ("부처님오신날 substitute 2026", D(2026, 5, 22, 17), "3h", D(2026, 5, 26, 11)),
    ("광복절 substitute 2026", D(2026, 8, 14, 17), "3h", D(2026, 8, 18, 11)),
    ("개천절 substitute 2026", D(2026, 10, 2, 17), "3h", D(2026, 10, 6, 11)),
    # Election days and the holidays new in 2026.
    ("local election 2026", D(2026, 6, 2, 17), "3h", D(2026, 6, 4, 11)),
    ("presidential election 2025", D(2025, 6, 2, 17), "3h", D(2025, 6, 4, 11)),
    ("제헌절 2026", D(2026, 7, 16, 17), "3h", D(2026, 7, 20, 11)),
    ("1 May was a working day in 2025", D(2025, 4, 30, 17), "3h", D(2025, 5, 1, 11)),
    # Across a year end.
    ("new year", D(2025, 12, 31, 17), "3h", D(2026, 1, 2, 11)),
]


@pytest.mark.parametrize(
    ("received", "period", "expected"),
    [case[1:] for case in DUE_CASES],
    ids=[case[0] for case in DUE_CASES],
)
def test_due(cal: BusinessCalendar, received: datetime, period: str, expected: datetime) -> None:
    due = cal.due(received, Period.parse(period))
    assert due == expected.replace(tzinfo=SEOUL)
    assert due.tzinfo is SEOUL


def test_due_converts_aware_receipts(cal: BusinessCalendar) -> None:
    received = datetime(2026, 4, 30, 8, tzinfo=UTC)  # 17:00 in Seoul
    assert cal.due(received, H3) == kst(2026, 5, 4, 11)


def test_due_in_far_years(cal: BusinessCalendar) -> None:
    fresh = BusinessCalendar.korea()
    assert fresh.due(D(2099, 12, 31, 17), H3) == kst(2100, 1, 4, 11)
    assert fresh.due(D(1999, 12, 31, 17), H3).date() == date(2000, 1, 3)
    # Building earlier years after later ones keeps every answer the same.
    assert fresh.due(D(2026, 2, 12, 10), D7) == kst(2026, 2, 25, 18)
    assert fresh.working_time_between(
        D(1999, 12, 31, 9), D(2026, 1, 1)
    ) == cal.working_time_between(D(1999, 12, 31, 9), D(2026, 1, 1))


@pytest.mark.parametrize("period", ["2000h", "600d", "3h", "7d"])
@pytest.mark.parametrize("received", [D(2026, 12, 31, 17), D(2026, 1, 1, 9, 30, 15)])
def test_due_beyond_the_years_built_so_far(received: datetime, period: str) -> None:
    fast, general = BusinessCalendar.korea(), BusinessCalendar.korea()
    parsed = Period.parse(period)
    assert fast.due(received, parsed) == general.due(received, parsed, [(received, received)])


def test_calendar_is_safe_to_share_between_threads() -> None:
    shared = BusinessCalendar.korea()
    years = list(range(2000, 2060, 3))
    results: dict[int, datetime] = {}

    def work(year: int) -> None:
        results[year] = shared.due(D(year, 3, 6, 17), D7)

    threads = [threading.Thread(target=work, args=(year,)) for year in years]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    expected = BusinessCalendar.korea()
    assert results == {year: expected.due(D(year, 3, 6, 17), D7) for year in years}


# -- pauses (보완 요구) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "period", "pauses", "expected"),
    [
        ("2026-03-09 09:00", "3h", [("2026-03-09 10:00", "2026-03-09 11:00")], "2026-03-09 14:00"),
        ("2026-03-09 09:00", "3h", [("2026-03-09 17:00", "2026-03-10 10:00")], "2026-03-09 15:00"),
        ("2026-03-09 09:00", "3h", [("2026-03-07 10:00", "2026-03-08 10:00")], "2026-03-09 12:00"),
        (
            "2026-03-09 09:00",
            "3h",
            [("2026-03-09 10:00", "2026-03-09 11:00"), ("2026-03-09 10:30", "2026-03-09 11:30")],
            "2026-03-09 14:30",
        ),
        ("2026-03-09 10:00", "3h", [("2026-03-09 08:00", "2026-03-09 11:00")], "2026-03-09 15:00"),
        ("2026-03-09 10:00", "7d", [("2026-03-10 09:00", "2026-03-11 09:00")], "2026-03-18 18:00"),
        ("2026-03-09 10:00", "7d", [("2026-03-10 09:00", "2026-03-10 12:00")], "2026-03-18 12:00"),
        ("2026-03-09 10:00", "7d", [], "2026-03-17 18:00"),
    ],
)
def test_pauses_add_the_working_time_they_cover(
    cal: BusinessCalendar,
    received: str,
    period: str,
    pauses: list[tuple[str, str]],
    expected: str,
) -> None:
    parsed = [(D.fromisoformat(a), D.fromisoformat(b)) for a, b in pauses]
    due = cal.due(D.fromisoformat(received), Period.parse(period), parsed)
    assert due == D.fromisoformat(expected).replace(tzinfo=SEOUL)


def test_a_pause_that_ends_before_it_starts_is_an_error(cal: BusinessCalendar) -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        cal.due(D(2026, 3, 9, 9), H3, [(D(2026, 3, 9, 11), D(2026, 3, 9, 10))])


# -- agency closures and extra working days -----------------------------------


def test_agency_closure_is_skipped_and_named() -> None:
    cal = BusinessCalendar.korea(
        extra_closures=[(date(2026, 3, 5), "창립기념일"), date(2026, 3, 6)]
    )
    assert cal.due(D(2026, 3, 4, 17), H3) == kst(2026, 3, 9, 11)
    assert not cal.is_working_day(date(2026, 3, 5))
    assert cal.is_agency_closure(date(2026, 3, 5))
    assert cal.closure_reason(date(2026, 3, 5)) == "창립기념일"
    assert cal.holiday_name(date(2026, 3, 5)) == "창립기념일"
    assert cal.closure_reason(date(2026, 3, 6)) is None
    assert cal.holiday_name(date(2026, 3, 6)) == "기관 휴무"
    assert cal.holiday_name(date(2026, 3, 6), "en") == "Agency closure"
    assert cal.closure_reason(date(2026, 3, 4)) is None
    assert cal.extra_closures == {date(2026, 3, 5): "창립기념일", date(2026, 3, 6): None}


def test_extra_workdays_open_weekends_and_holidays() -> None:
    cal = BusinessCalendar.korea(extra_workdays=[date(2026, 3, 7), date(2026, 5, 1)])
    assert cal.due(D(2026, 3, 6, 17), H3) == kst(2026, 3, 7, 11)
    assert cal.due(D(2026, 4, 30, 17), H3) == kst(2026, 5, 1, 11)
    assert cal.is_working_day(date(2026, 5, 1))
    assert cal.holiday_name(date(2026, 5, 1)) == "노동절"
    assert cal.extra_workdays == {date(2026, 3, 7), date(2026, 5, 1)}


def test_a_day_cannot_be_both_closed_and_open() -> None:
    with pytest.raises(ValueError, match="2026-03-05"):
        BusinessCalendar.korea(extra_closures=[date(2026, 3, 5)], extra_workdays=[date(2026, 3, 5)])


# -- working days and holiday names -------------------------------------------


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 3, 4), True),
        (date(2026, 3, 7), False),
        (date(2026, 3, 8), False),
        (date(2026, 5, 1), False),
        (date(2025, 5, 1), True),
        (date(2026, 6, 3), False),
        (date(2026, 7, 17), False),
        (date(2025, 7, 17), True),
        (date(2026, 2, 17), False),
        (date(2027, 2, 9), False),
    ],
)
def test_is_working_day(cal: BusinessCalendar, day: date, working: bool) -> None:
    assert cal.is_working_day(day) is working


def test_holiday_names(cal: BusinessCalendar) -> None:
    assert cal.holiday_name(date(2026, 2, 17)) == "설날"
    assert cal.holiday_name(date(2026, 5, 1)) == "노동절"
    assert cal.holiday_name(date(2026, 5, 1), language="en") == "Labor Day"
    assert cal.holiday_name(date(2026, 6, 3)) == "지방선거일"
    assert cal.holiday_name(date(2026, 7, 17)) == "제헌절"
    assert cal.holiday_name(date(2026, 3, 7)) is None
    with pytest.raises(ValueError, match="language"):
        cal.holiday_name(date(2026, 2, 17), language="fr")


def test_missing_2026_holidays_are_added_for_older_holidays_releases() -> None:
    names: dict[date, str] = {}
    korean_holidays.add_missing_2026_holidays(names, 2025, "ko")
    assert names == {}
    korean_holidays.add_missing_2026_holidays(names, 2026, "ko")
    assert names == {date(2026, 5, 1): "노동절", date(2026, 7, 17): "제헌절"}


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 2, 19), date(2026, 2, 13)),
        (date(2026, 5, 4), date(2026, 4, 30)),
        (date(2026, 3, 7), date(2026, 3, 6)),
        (date(2026, 3, 5), date(2026, 3, 4)),
        (date(2026, 1, 2), date(2025, 12, 31)),
        (date(2025, 10, 10), date(2025, 10, 2)),
    ],
)
def test_previous_working_day(cal: BusinessCalendar, day: date, expected: date) -> None:
    assert cal.previous_working_day(day) == expected


def test_previous_working_day_far_back_builds_earlier_years() -> None:
    fresh = BusinessCalendar.korea()
    assert fresh.previous_working_day(date(2026, 1, 2)) == date(2025, 12, 31)
    assert fresh.previous_working_day(date(2020, 1, 2)) == date(2019, 12, 31)


def test_next_working_day_and_working_day_after(cal: BusinessCalendar) -> None:
    assert cal.next_working_day(date(2026, 2, 13)) == date(2026, 2, 19)
    assert cal.working_day_after(date(2026, 2, 25), 7) == date(2026, 3, 9)
    with pytest.raises(ValueError):
        cal.working_day_after(date(2026, 2, 25), 0)


def test_call_before_visit_due(cal: BusinessCalendar) -> None:
    assert cal.call_before_visit_due(date(2026, 2, 19)) == kst(2026, 2, 13, 18)
    assert cal.call_before_visit_due(date(2026, 3, 10)) == kst(2026, 3, 9, 18)
    assert cal.call_before_visit_due(D(2026, 5, 4, 10, 30)) == kst(2026, 4, 30, 18)


# -- working time ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (D(2026, 3, 4, 10, 15), D(2026, 3, 4, 10, 15)),
        (D(2026, 3, 4, 9), D(2026, 3, 4, 9)),
        (D(2026, 3, 4, 8, 59), D(2026, 3, 4, 9)),
        (D(2026, 3, 4, 12), D(2026, 3, 4, 13)),
        (D(2026, 3, 4, 12, 40), D(2026, 3, 4, 13)),
        (D(2026, 3, 4, 13), D(2026, 3, 4, 13)),
        (D(2026, 3, 4, 17, 59, 59), D(2026, 3, 4, 17, 59, 59)),
        (D(2026, 3, 4, 18), D(2026, 3, 5, 9)),
        (D(2026, 3, 6, 18), D(2026, 3, 9, 9)),
        (D(2026, 2, 13, 20), D(2026, 2, 19, 9)),
        (D(2026, 3, 7, 10), D(2026, 3, 9, 9)),
    ],
)
def test_next_working_moment(cal: BusinessCalendar, moment: datetime, expected: datetime) -> None:
    assert cal.next_working_moment(moment) == expected.replace(tzinfo=SEOUL)


def test_working_time_between(cal: BusinessCalendar) -> None:
    assert cal.working_time_between(D(2026, 4, 30, 17), D(2026, 5, 4, 11)) == timedelta(hours=3)
    assert cal.working_time_between(D(2026, 5, 4, 11), D(2026, 4, 30, 17)) == timedelta(hours=-3)
    assert cal.working_time_between(D(2026, 3, 4, 11), D(2026, 3, 4, 14)) == timedelta(hours=2)
    assert cal.working_time_between(D(2026, 3, 7), D(2026, 3, 8)) == timedelta(0)
    assert cal.working_time_between(D(2026, 3, 2), D(2026, 3, 9)) == timedelta(hours=32)


@pytest.mark.parametrize(
    ("start", "amount", "expected"),
    [
        (D(2026, 3, 4, 9), timedelta(hours=3), D(2026, 3, 4, 12)),
        (D(2026, 3, 4, 9), timedelta(hours=3, seconds=1), D(2026, 3, 4, 13, 0, 1)),
        (D(2026, 3, 4, 13), timedelta(hours=5), D(2026, 3, 4, 18)),
        (D(2026, 3, 4, 12, 30), timedelta(minutes=30), D(2026, 3, 4, 13, 30)),
        (D(2026, 3, 6, 18), timedelta(minutes=1), D(2026, 3, 9, 9, 1)),
        (D(2026, 3, 4, 20), timedelta(0), D(2026, 3, 4, 20)),
    ],
)
def test_add_working_time(
    cal: BusinessCalendar, start: datetime, amount: timedelta, expected: datetime
) -> None:
    assert cal.add_working_time(start, amount) == expected.replace(tzinfo=SEOUL)


def test_add_working_time_rejects_negative_amounts(cal: BusinessCalendar) -> None:
    with pytest.raises(ValueError, match="negative"):
        cal.add_working_time(D(2026, 3, 4, 9), timedelta(minutes=-1))


def test_is_working_time(cal: BusinessCalendar) -> None:
    assert cal.is_working_time(D(2026, 3, 4, 9))
    assert not cal.is_working_time(D(2026, 3, 4, 12))
    assert cal.is_working_time(D(2026, 3, 4, 13))
    assert not cal.is_working_time(D(2026, 3, 4, 18))
    assert not cal.is_working_time(D(2026, 3, 7, 10))


# -- delay notices --------------------------------------------------------------


@pytest.mark.parametrize(
    ("original_due", "period", "expected"),
    [
        (D(2026, 2, 25, 18), "7d", D(2026, 3, 9, 18)),
        (D(2026, 3, 9, 12), "7d", D(2026, 3, 18, 18)),
        (D(2026, 5, 4, 11), "3h", D(2026, 5, 4, 15)),
        (D(2026, 3, 13, 15), "24h", D(2026, 3, 18, 15)),
        (D(2026, 3, 13, 18), "5d", D(2026, 3, 20, 18)),
        (D(2026, 4, 30, 18), "3h", D(2026, 5, 4, 12)),
    ],
)
def test_extension_limit(
    cal: BusinessCalendar, original_due: datetime, period: str, expected: datetime
) -> None:
    limit = extension_limit(cal, original_due, Period.parse(period))
    assert limit == expected.replace(tzinfo=SEOUL)


# -- countdown badges ---------------------------------------------------------

S = CountdownState
DUE_3H = D(2026, 5, 4, 11)  # 3h received Thursday 2026-04-30 17:00
DUE_7D = D(2026, 2, 25, 18)  # 7d received Thursday 2026-02-12 10:00

COUNTDOWN_CASES = [
    ("3h, evening before", DUE_3H, D(2026, 4, 30, 17), "3h", S.ON_TRACK, "3시간", "3h", 180),
    ("3h, night before", DUE_3H, D(2026, 5, 1, 22), "3h", S.ON_TRACK, "2시간", "2h", 120),
    (
        "3h, morning of",
        DUE_3H,
        D(2026, 5, 4, 9),
        "3h",
        S.DUE_TODAY,
        "오늘 11:00",
        "today 11:00",
        120,
    ),
    ("3h, under an hour", DUE_3H, D(2026, 5, 4, 10, 15), "3h", S.DUE_SOON, "45분", "45m", 45),
    (
        "3h, seconds left",
        DUE_3H,
        D(2026, 5, 4, 10, 59, 30),
        "3h",
        S.DUE_SOON,
        "1분 미만",
        "under 1m",
        0.5,
    ),
    ("3h, at the deadline", DUE_3H, D(2026, 5, 4, 11), "3h", S.OVERDUE, "기한 초과", "overdue", 0),
    (
        "3h, hours late",
        DUE_3H,
        D(2026, 5, 4, 14, 30),
        "3h",
        S.OVERDUE,
        "2시간 30분 초과",
        "2h 30m overdue",
        -150,
    ),
    (
        "3h, one day late",
        DUE_3H,
        D(2026, 5, 6, 11),
        "3h",
        S.OVERDUE,
        "1일 초과",
        "1 day overdue",
        -480,
    ),
    (
        "3h, two days late",
        DUE_3H,
        D(2026, 5, 7, 12),
        "3h",
        S.OVERDUE,
        "2일 초과",
        "2 days overdue",
        -1020,
    ),
    ("7d, first day", DUE_7D, D(2026, 2, 12, 10), "7d", S.ON_TRACK, "D-13", "D-13", 55 * 60),
    ("7d, day before", DUE_7D, D(2026, 2, 24, 11), "7d", S.ON_TRACK, "D-1", "D-1", 14 * 60),
    (
        "7d, under a quarter",
        DUE_7D,
        D(2026, 2, 24, 13, 30),
        "7d",
        S.DUE_SOON,
        "12시간 30분",
        "12h 30m",
        750,
    ),
    (
        "7d, last afternoon",
        DUE_7D,
        D(2026, 2, 25, 15, 20),
        "7d",
        S.DUE_SOON,
        "2시간 40분",
        "2h 40m",
        160,
    ),
    ("7d, due today is soon", DUE_7D, D(2026, 2, 25, 9), "7d", S.DUE_SOON, "8시간", "8h", 480),
    (
        "24h, due today",
        D(2026, 3, 10, 18),
        D(2026, 3, 10, 9),
        "24h",
        S.DUE_TODAY,
        "오늘 18:00",
        "today 18:00",
        480,
    ),
    ("24h, D-2", D(2026, 3, 11, 10), D(2026, 3, 9, 10), "24h", S.ON_TRACK, "D-2", "D-2", 16 * 60),
    (
        "24h, a quarter left",
        D(2026, 3, 11, 10),
        D(2026, 3, 10, 13),
        "24h",
        S.ON_TRACK,
        "6시간",
        "6h",
        360,
    ),
    (
        "24h, under a quarter",
        D(2026, 3, 11, 10),
        D(2026, 3, 10, 13, 30),
        "24h",
        S.DUE_SOON,
        "5시간 30분",
        "5h 30m",
        330,
    ),
    (
        "24h, D-3 over a weekend",
        D(2026, 3, 9, 15),
        D(2026, 3, 6, 9),
        "24h",
        S.ON_TRACK,
        "D-3",
        "D-3",
        780,
    ),
]


@pytest.mark.parametrize(
    ("due", "now", "period", "state", "label_ko", "label_en", "remaining_minutes"),
    [case[1:] for case in COUNTDOWN_CASES],
    ids=[case[0] for case in COUNTDOWN_CASES],
)
def test_countdown(
    cal: BusinessCalendar,
    due: datetime,
    now: datetime,
    period: str,
    state: CountdownState,
    label_ko: str,
    label_en: str,
    remaining_minutes: float,
) -> None:
    badge = countdown(cal, due.replace(tzinfo=SEOUL), now, Period.parse(period))
    assert (badge.state, badge.remaining) == (state, timedelta(minutes=remaining_minutes))
    assert korean(badge.words) == label_ko
    assert english(badge.words) == label_en


def test_countdown_compares_moments_in_seoul(cal: BusinessCalendar) -> None:
    now = datetime(2026, 5, 4, 1, 15, tzinfo=UTC)  # 10:15 in Seoul
    assert countdown(cal, DUE_3H, now, H3).state is CountdownState.DUE_SOON


def test_countdown_hours_and_minutes_drop_zero_parts(cal: BusinessCalendar) -> None:
    due = kst(2026, 3, 5, 10)
    assert korean(countdown(cal, due, D(2026, 3, 4, 17), H3).words) == "2시간"
    assert english(countdown(cal, due, D(2026, 3, 4, 17, 5), H3).words) == "1h 55m"
    assert korean(countdown(cal, due, D(2026, 3, 5, 9, 5), H3).words) == "55분"
    due = kst(2026, 3, 4, 18)
    assert korean(countdown(cal, due, D(2026, 3, 4, 18, 40), H3).words) == "기한 초과"
    assert korean(countdown(cal, due, D(2026, 3, 5, 9, 40), H3).words) == "40분 초과"


def test_korean_public_holidays_is_a_read_only_table() -> None:
    table = korean_public_holidays(2026)
    assert table[date(2026, 6, 3)] == "지방선거일"
    assert korean_public_holidays(2026, "en")[date(2026, 2, 17)] == "Korean New Year"
    with pytest.raises(TypeError):
        table[date(2026, 3, 4)] = "x"  # type: ignore[index]
