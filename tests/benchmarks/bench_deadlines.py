"""Benchmark of the deadline engine.

Run with ``python -m tests.benchmarks.bench_deadlines``. Prints one line per
figure, ``NAME VALUE UNIT``:

* ``deadline_due_calls_per_s``: ``BusinessCalendar.due`` on 100,000 seeded,
  mixed (received_at, period) pairs (receipts 2024–2030 on whole minutes,
  periods from 3 working hours to 30 working days).
* ``deadline_loop_calls_per_s`` and ``deadline_due_speedup_vs_loop``: a
  straightforward day-by-day loop (below: it walks the dates one by one, asks
  a ``holidays.KR`` object about each, and like the engine takes naive Seoul
  time and returns aware Seoul time) against the engine. To keep the
  run short the loop is timed on the first 10,000 pairs only, and the speed-up
  compares per-call times of loop and engine on those same 10,000 pairs.
* ``countdown_100k_ms``: recomputing the countdown badges of the 100,000
  deadlines at one moment (what a badge refresh does).

Every figure is the median of 7 repeats in the same process (engine and loop
repeats alternate); the calendar and the ``holidays.KR`` object are warmed up
before timing, and the loop is checked to give the engine's answers first.
"""

from __future__ import annotations

import random
import statistics
import time as clock
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import holidays

from arco_desk.domain.deadlines import SEOUL, BusinessCalendar, Period, countdown, to_seoul

PAIRS = 100_000
LOOP_PAIRS = 10_000
REPEATS = 7
SEED = 20260430
PERIODS = tuple(
    Period.parse(p) for p in ("3h", "8h", "24h", "40h", "3d", "5d", "7d", "10d", "14d", "30d")
)
WINDOWS = ((time(9), time(12)), (time(13), time(18)))
ONE_DAY = timedelta(days=1)


def make_pairs(count: int = PAIRS, seed: int = SEED) -> list[tuple[datetime, Period]]:
    rng = random.Random(seed)
    first = datetime(2024, 1, 1)
    minutes = int((datetime(2031, 1, 1) - first).total_seconds() // 60)
    return [
        (first + timedelta(minutes=rng.randrange(minutes)), rng.choice(PERIODS))
        for _ in range(count)
    ]


def loop_due(kr: holidays.HolidayBase, received: datetime, period: Period) -> datetime:
    """The deadline computed the obvious way, one day at a time.

    Same contract as the engine: naive input is Seoul wall time, the result is
    an aware Asia/Seoul datetime.
    """

    def is_working_day(day: date) -> bool:
        return day.weekday() < 5 and day not in kr

    earliest = to_seoul(received)
    day = earliest.date()
    if period.hours is not None:
        left = timedelta(hours=period.hours)
        while True:
            if is_working_day(day):
                for opens, closes in WINDOWS:
                    start = max(datetime.combine(day, opens, SEOUL), earliest)
                    end = datetime.combine(day, closes, SEOUL)
                    if start < end:
                        if left <= end - start:
                            return start + left
                        left -= end - start
            day += ONE_DAY
            earliest = datetime.combine(day, time(0), SEOUL)
    assert period.days is not None
    if earliest.time() >= time(18):
        day += ONE_DAY
    while not is_working_day(day):
        day += ONE_DAY
    counted = 1
    while counted < period.days:
        day += ONE_DAY
        if is_working_day(day):
            counted += 1
    return datetime.combine(day, time(18), SEOUL)


def median_seconds(work: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = clock.perf_counter()
        work()
        times.append(clock.perf_counter() - start)
    return statistics.median(times)


def run() -> list[tuple[str, float, str]]:
    pairs = make_pairs()
    subset = pairs[:LOOP_PAIRS]
    cal = BusinessCalendar.korea()
    kr = holidays.KR(years=range(2023, 2033))
    for received, period in subset:
        expected = cal.due(received, period)
        actual = loop_due(kr, received, period)
        if actual != expected:
            raise AssertionError(f"loop and engine disagree on {received} {period}: {actual}")

    due = cal.due

    def engine_all() -> None:
        for received, period in pairs:
            due(received, period)

    def engine_subset() -> None:
        for received, period in subset:
            due(received, period)

    def loop_subset() -> None:
        for received, period in subset:
            loop_due(kr, received, period)

    engine_s = median_seconds(engine_all)
    # Engine and loop repeats alternate, so both see the same machine load.
    engine_times: list[float] = []
    loop_times: list[float] = []
    for _ in range(REPEATS):
        engine_times.append(median_seconds(engine_subset, repeats=1))
        loop_times.append(median_seconds(loop_subset, repeats=1))
    engine_subset_s = statistics.median(engine_times)
    loop_subset_s = statistics.median(loop_times)

    dues = [(cal.due(received, period), period) for received, period in pairs]
    now = datetime(2027, 6, 15, 10, 30, tzinfo=SEOUL)  # aware, as the app's clock gives it

    def badges() -> None:
        for deadline, period in dues:
            countdown(cal, deadline, now, period)

    countdown_s = median_seconds(badges)
    return [
        ("deadline_due_calls_per_s", len(pairs) / engine_s, "calls/s"),
        ("deadline_loop_calls_per_s", len(subset) / loop_subset_s, "calls/s"),
        ("deadline_due_speedup_vs_loop", loop_subset_s / engine_subset_s, "x"),
        ("countdown_100k_ms", countdown_s * 1000 * PAIRS / len(dues), "ms"),
    ]


def main() -> None:
    for name, value, unit in run():
        print(f"{name} {value:.1f} {unit}" if value < 100 else f"{name} {value:.0f} {unit}")


if __name__ == "__main__":
    main()
