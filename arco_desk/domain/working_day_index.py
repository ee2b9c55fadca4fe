"""The numbered working days behind :class:`~arco_desk.domain.calendar_business.BusinessCalendar`.

Over a contiguous range of years the working days are numbered, and every date
knows the number of the first working day on or after it (a cumulative count).
A span is an immutable snapshot; :func:`extend_span` returns a bigger one, keeping
every number already given.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, datetime
from typing import Final

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.korean_holidays import public_holiday_dates

__all__ = ["EMPTY_SPAN", "WorkingDaySpan", "build_span", "extend_span"]

@dataclass(frozen=True, slots=True)
class WorkingDaySpan:
    """The working days of the years ``first_year..last_year`` (an immutable snapshot).

    Working days are numbered; a number never changes when years are added on
    either side (earlier years get smaller, possibly negative, numbers).
    ``first_on_or_after[k]`` is the number of the first working day on or after
    the date ``first_ordinal + k`` (one extra entry closes the list), so date
    ``k`` is a working day when the next entry is larger. ``ordinals[i]``,
    ``ymd[i]`` and ``closings[i]`` (18:00, aware) describe working day number
    ``first_number + i``.
    """

    first_year: int
    last_year: int
    first_ordinal: int
    first_on_or_after: list[int]
    first_number: int
    ordinals: list[int]
    ymd: list[tuple[int, int, int]]
    closings: list[datetime]
    day_count: int
    working_day_count: int

    @classmethod
    def of(
        cls,
        first_year: int,
        last_year: int,
        first_ordinal: int,
        first_on_or_after: list[int],
        first_number: int,
        ordinals: list[int],
        ymd: list[tuple[int, int, int]],
        closings: list[datetime],
    ) -> WorkingDaySpan:
        return cls(
            first_year,
            last_year,
            first_ordinal,
            first_on_or_after,
            first_number,
            ordinals,
            ymd,
            closings,
            len(first_on_or_after) - 1,
            len(ordinals),
        )


EMPTY_SPAN: Final = WorkingDaySpan(1, 0, 1, [0], 0, [], [], [], 0, 0)


def extend_span(
    span: WorkingDaySpan, year: int, closures: Mapping[date, object], workdays: Set[date]
) -> WorkingDaySpan:
    """``span`` grown (with a year to spare) to cover ``year``."""
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"the calendar covers the years {MINYEAR}–{MAXYEAR}, not {year}")
    if span.first_year <= year <= span.last_year:
        return span
    if span is EMPTY_SPAN:
        first, last = max(MINYEAR, year - 1), min(MAXYEAR, year + 1)
        return build_span(first, last, closures, workdays, first_number=0)
    if year < span.first_year:
        first = max(MINYEAR, year - 1)
        before = build_span(first, span.first_year - 1, closures, workdays,
                            last_number=span.first_number)
        return WorkingDaySpan.of(
            first,
            span.last_year,
            before.first_ordinal,
            before.first_on_or_after[:-1] + span.first_on_or_after,
            before.first_number,
            before.ordinals + span.ordinals,
            before.ymd + span.ymd,
            before.closings + span.closings,
        )
    last = min(MAXYEAR, year + 1)
    after = build_span(span.last_year + 1, last, closures, workdays,
                       first_number=span.first_on_or_after[-1])
    return WorkingDaySpan.of(
        span.first_year,
        last,
        span.first_ordinal,
        span.first_on_or_after[:-1] + after.first_on_or_after,
        span.first_number,
        span.ordinals + after.ordinals,
        span.ymd + after.ymd,
        span.closings + after.closings,
    )


def build_span(
    first_year: int,
    last_year: int,
    closures: Mapping[date, object],
    workdays: Set[date],
    *,
    first_number: int | None = None,
    last_number: int | None = None,
) -> WorkingDaySpan:
    """The span of the given years, numbered from ``first_number`` or up to ``last_number``."""
    closed = {d.toordinal() for d in public_holiday_dates(first_year, last_year)}
    closed.update(d.toordinal() for d in closures)
    opened = {d.toordinal() for d in workdays}
    first, last = _bounds(first_year, last_year)
    ordinals = [
        o
        for o in range(first, last + 1)
        if o in opened or ((o + 6) % 7 < 5 and o not in closed)
    ]
    if first_number is None:
        assert last_number is not None
        first_number = last_number - len(ordinals)
    first_on_or_after = []
    number = first_number
    working = set(ordinals)
    for o in range(first, last + 1):
        first_on_or_after.append(number)
        if o in working:
            number += 1
    first_on_or_after.append(number)
    ymd = [(d.year, d.month, d.day) for d in map(date.fromordinal, ordinals)]
    closings = [datetime(y, m, d, 18, 0, 0, 0, SEOUL) for y, m, d in ymd]
    return WorkingDaySpan.of(
        first_year, last_year, first, first_on_or_after, first_number, ordinals, ymd, closings
    )


def _bounds(first_year: int, last_year: int) -> tuple[int, int]:
    return date(first_year, 1, 1).toordinal(), date(last_year, 12, 31).toordinal()
