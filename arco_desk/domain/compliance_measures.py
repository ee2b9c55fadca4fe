"""The measures every compliance figure is made of (issue 16): judging one item against
its deadline as seen from the report's moment, a rate with what it is a rate of, and the median and
90th percentile of working times.

Percentiles use the nearest-rank method: the P-th percentile of n values is the value at
rank ⌈P × n / 100⌉ in ascending order, always one of the values. The median is the middle
value, or the mean of the two middle values for an even count.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

__all__ = [
    "P90",
    "Outcome",
    "Rate",
    "Tally",
    "WorkingTimes",
    "judge",
    "median",
    "nearest_rank",
]

P90: Final = 90


class Outcome(enum.Enum):
    """Where one item stands against its deadline, seen from the report's moment."""

    ON_TIME = "on_time"  # done at or before the deadline
    LATE = "late"  # done after the deadline
    OVERDUE = "overdue"  # not done, and the deadline has passed: counts as late
    IN_PROGRESS = "in_progress"  # not done, deadline still ahead: outside the rate


def judge(due: datetime, done_at: datetime | None, as_of: datetime) -> Outcome:
    """``due`` and ``done_at`` as known just before ``as_of``.

    What happens at or after ``as_of`` is not known yet: an answer recorded then counts as
    no answer, and a deadline falling then has not passed.
    """
    if done_at is not None and done_at < as_of:
        return Outcome.ON_TIME if done_at <= due else Outcome.LATE
    return Outcome.OVERDUE if due < as_of else Outcome.IN_PROGRESS


@dataclass(frozen=True, slots=True)
class Rate:
    """``hits`` out of ``out_of``; ``percent`` is None when there is nothing to count."""

    hits: int
    out_of: int

    def __post_init__(self) -> None:
        if not 0 <= self.hits <= self.out_of:
            raise ValueError(f"a rate of {self.hits} out of {self.out_of}")

    @property
    def percent(self) -> float | None:
        return None if self.out_of == 0 else 100 * self.hits / self.out_of


@dataclass(frozen=True, slots=True)
class Tally:
    """How many items ended in each :class:`Outcome`."""

    on_time: int = 0
    late: int = 0
    overdue: int = 0
    in_progress: int = 0

    @classmethod
    def of(cls, outcomes: Iterable[Outcome]) -> Tally:
        # list.count compares members by identity first: no hashing of each outcome.
        listed = outcomes if isinstance(outcomes, list) else list(outcomes)
        return cls(listed.count(Outcome.ON_TIME), listed.count(Outcome.LATE),
                   listed.count(Outcome.OVERDUE), listed.count(Outcome.IN_PROGRESS))

    @property
    def done(self) -> int:
        return self.on_time + self.late

    @property
    def rate(self) -> Rate:
        """On time out of everything whose deadline is decided: done, or open past it."""
        return Rate(self.on_time, self.on_time + self.late + self.overdue)


@dataclass(frozen=True, slots=True)
class WorkingTimes:
    """How many working times were measured, their median and 90th percentile (None when
    there are none)."""

    count: int
    median: timedelta | None
    p90: timedelta | None

    @classmethod
    def of(cls, times: Iterable[timedelta]) -> WorkingTimes:
        ordered = sorted(times)
        if not ordered:
            return cls(0, None, None)
        return cls(len(ordered), median(ordered), nearest_rank(ordered, P90))

    @classmethod
    def of_us(cls, times_us: list[int]) -> WorkingTimes:
        """:meth:`of` working times given in whole microseconds (sorts ``times_us``)."""
        if not times_us:
            return cls(0, None, None)
        times_us.sort()
        middle, odd = divmod(len(times_us), 2)
        # median(): the middle value, or the mean of the two middle ones, as timedelta does
        middle_us = (timedelta(microseconds=times_us[middle]) if odd
                     else (timedelta(microseconds=times_us[middle - 1])
                           + timedelta(microseconds=times_us[middle])) / 2)
        rank = -(-P90 * len(times_us) // 100)  # nearest_rank()
        return cls(len(times_us), middle_us, timedelta(microseconds=times_us[rank - 1]))


def median(ordered: Sequence[timedelta]) -> timedelta:
    """The middle of ``ordered`` (ascending, not empty); the mean of the two middle values
    for an even count."""
    if not ordered:
        raise ValueError("the median of nothing")
    middle, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def nearest_rank(ordered: Sequence[timedelta], percent: int) -> timedelta:
    """The ``percent``-th percentile of ``ordered`` (ascending, not empty) by nearest rank:
    the value at rank ⌈percent × n / 100⌉ (1-based)."""
    if not ordered:
        raise ValueError("the percentile of nothing")
    if not 0 < percent <= 100:
        raise ValueError(f"a percentile is over 0 and at most 100, not {percent}")
    rank = -(-percent * len(ordered) // 100)
    return ordered[rank - 1]
