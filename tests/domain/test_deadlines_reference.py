"""The engine agrees with the minute-stepping reference on thousands of random cases."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from arco_desk.domain.deadlines import SEOUL, BusinessCalendar, Period, PeriodUnit
from tests.domain.reference import ReferenceCalendar

FIRST = datetime(2020, 1, 1)
LAST = datetime(2035, 12, 20)
AMOUNTS_H = (1, 3, 5, 8, 16, 24, 40)
AMOUNTS_D = (1, 2, 3, 5, 6, 7, 10, 14, 20, 30)


def random_minute(rng: random.Random, first: datetime = FIRST, last: datetime = LAST) -> datetime:
    minutes = int((last - first).total_seconds() // 60)
    t = first + timedelta(minutes=rng.randrange(minutes))
    if rng.random() < 0.3:
        # Bias towards the edges of the working windows, where mistakes hide.
        hour = rng.choice((8, 9, 11, 12, 13, 17, 18))
        t = t.replace(hour=hour, minute=rng.choice((0, 1, 59)))
    return t


def random_period(rng: random.Random) -> tuple[int, str]:
    if rng.random() < 0.5:
        return rng.choice(AMOUNTS_H), "h"
    return rng.choice(AMOUNTS_D), "d"


def random_pauses(rng: random.Random, received: datetime) -> list[tuple[datetime, datetime]]:
    pauses = []
    for _ in range(rng.choice((0, 0, 1, 2))):
        start = received + timedelta(minutes=rng.randrange(-600, 4 * 24 * 60))
        pauses.append((start, start + timedelta(minutes=rng.randrange(0, 3 * 24 * 60))))
    return pauses


def overrides(rng: random.Random) -> tuple[list[date], list[date]]:
    days = [FIRST.date() + timedelta(days=rng.randrange(16 * 365)) for _ in range(400)]
    return days[:300], days[300:]


def engine_due(
    cal: BusinessCalendar,
    received: datetime,
    amount: int,
    unit: str,
    pauses: list[tuple[datetime, datetime]],
) -> datetime:
    return cal.due(received, Period(amount, PeriodUnit(unit)), pauses)


def local(t: datetime) -> datetime:
    return t.replace(tzinfo=SEOUL)


@pytest.mark.parametrize(
    ("seed", "cases", "with_overrides"), [(20260430, 4000, False), (7, 1000, True)]
)
def test_due_agrees_with_the_reference(seed: int, cases: int, with_overrides: bool) -> None:
    rng = random.Random(seed)
    closures, workdays = overrides(rng) if with_overrides else ([], [])
    workdays = [d for d in workdays if d not in set(closures)]
    cal = BusinessCalendar.korea(extra_closures=closures, extra_workdays=workdays)
    ref = ReferenceCalendar(closures, workdays)
    mismatches = []
    for _ in range(cases):
        received = random_minute(rng)
        amount, unit = random_period(rng)
        pauses = random_pauses(rng, received) if rng.random() < 0.2 else []
        expected = local(ref.due(received, amount, unit, pauses))
        actual = engine_due(cal, received, amount, unit, pauses)
        if actual != expected:
            mismatches.append((received, f"{amount}{unit}", pauses, expected, actual))
    assert mismatches == []


def test_working_time_between_agrees_with_the_reference() -> None:
    rng = random.Random(1948)
    cal = BusinessCalendar.korea()
    ref = ReferenceCalendar()
    for _ in range(1000):
        start = random_minute(rng)
        end = start + timedelta(minutes=rng.randrange(-5 * 24 * 60, 5 * 24 * 60))
        expected = ref.working_minutes(start, end) - ref.working_minutes(end, start)
        assert cal.working_time_between(start, end) == timedelta(minutes=expected), (start, end)


def test_reference_reproduces_the_design_examples() -> None:
    ref = ReferenceCalendar()
    assert ref.due(datetime(2026, 4, 30, 17), 3, "h") == datetime(2026, 5, 4, 11)
    assert ref.due(datetime(2026, 2, 12, 10), 7, "d") == datetime(2026, 2, 25, 18)
