"""The working-time clock behind every deadline (민원 처리에 관한 법률 제19조).

Working time is Monday–Friday, 09:00–12:00 and 13:00–18:00 Asia/Seoul: two
working windows a day, 8 hours in all. Weekends, Korean public holidays
(``holidays.KR``) and the agency's own closures are closed; extra working days
declared by the agency are open even when they fall on a weekend or holiday.

How it stays fast: over a contiguous range of years, built lazily and extended
on demand, the calendar numbers the working days and keeps, for every date, the
number of the first working day on or after it (a cumulative count,
:mod:`arco_desk.domain.working_day_index`; the public holidays come from
:mod:`arco_desk.domain.korean_holidays`). A moment
maps to a *working position*, an integer count of working microseconds since a
fixed epoch (``working-day number × 8 h + time used that day``). Working time
between two moments is a subtraction, and adding working time is an addition
followed by a list lookup: no call loops over days.

Conventions (the law's, and the app's):

* Working windows are half-open, ``[09:00, 12:00)`` and ``[13:00, 18:00)``. A
  receipt at exactly 12:00 starts counting at 13:00; at exactly 18:00 (or
  later, or on a closed day) at 09:00 on the next working day.
* Adding working time returns the *earliest* moment at which the time is used
  up, so a result can be exactly 12:00 or 18:00, never 13:00 or 09:00.
* Naive datetimes are Asia/Seoul wall time; aware ones are converted. Every
  datetime returned is aware, in Asia/Seoul.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Final
from zoneinfo import ZoneInfo

from arco_desk.domain.korean_holidays import holiday_names, language_code
from arco_desk.domain.working_day_index import EMPTY_SPAN, WorkingDaySpan, extend_span

if TYPE_CHECKING:
    from arco_desk.domain.deadlines import Period

__all__ = [
    "AFTERNOON_END",
    "AFTERNOON_START",
    "MORNING_END",
    "MORNING_START",
    "SEOUL",
    "WORKING_DAY",
    "BusinessCalendar",
    "to_seoul",
]

SEOUL: Final = ZoneInfo("Asia/Seoul")

MORNING_START: Final = time(9, 0)
MORNING_END: Final = time(12, 0)
AFTERNOON_START: Final = time(13, 0)
AFTERNOON_END: Final = time(18, 0)
WORKING_DAY: Final = timedelta(hours=8)

_US: Final = 1_000_000
_HOUR_US: Final = 3600 * _US
_MORNING_START_US: Final = 9 * _HOUR_US
_MORNING_END_US: Final = 12 * _HOUR_US
_AFTERNOON_START_US: Final = 13 * _HOUR_US
_AFTERNOON_END_US: Final = 18 * _HOUR_US
_MORNING_US: Final = _MORNING_END_US - _MORNING_START_US
_LUNCH_US: Final = _AFTERNOON_START_US - _MORNING_END_US
_DAY_US: Final = 8 * _HOUR_US

# Asia/Seoul has been UTC+9 without summer time since October 1988 (tz database); within
# these bounds a moment's Seoul wall time is its UTC microseconds plus nine hours.
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=ZoneInfo("UTC"))
_EPOCH_ORDINAL: Final = date(1970, 1, 1).toordinal()
_SEOUL_OFFSET_US: Final = 9 * _HOUR_US
_CLOCK_DAY_US: Final = 24 * _HOUR_US
_FIXED_OFFSET_FROM_US: Final = (date(1989, 1, 1).toordinal() - _EPOCH_ORDINAL) * _CLOCK_DAY_US
_FIXED_OFFSET_UNTIL_US: Final = (date(2100, 1, 1).toordinal() - _EPOCH_ORDINAL) * _CLOCK_DAY_US

_AGENCY_CLOSURE: Final = {"ko": "기관 휴무", "en_US": "Agency closure"}


def to_seoul(moment: datetime) -> datetime:
    """``moment`` as an aware Asia/Seoul datetime (naive input is Seoul wall time)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=SEOUL)
    if moment.tzinfo is SEOUL:
        return moment
    return moment.astimezone(SEOUL)


def _as_date(value: date) -> date:
    """A date as is; a datetime as its Asia/Seoul date."""
    return to_seoul(value).date() if isinstance(value, datetime) else value


class BusinessCalendar:
    """Working days and working time of the agency (see the module docstring).

    Build it with :meth:`korea`. Instances are immutable as far as callers can
    tell (the lazily built working-day index is an internal cache) and safe to
    share between threads.
    """

    __slots__ = ("_closures", "_lock", "_span", "_workdays")

    def __init__(
        self,
        *,
        extra_closures: Iterable[date | tuple[date, str]] = (),
        extra_workdays: Iterable[date] = (),
    ) -> None:
        closures: dict[date, str | None] = {}
        for item in extra_closures:
            if isinstance(item, tuple):
                day, reason = item
                closures[_as_date(day)] = reason.strip() or None
            else:
                closures[_as_date(item)] = None
        workdays = frozenset(_as_date(d) for d in extra_workdays)
        both = sorted(workdays & closures.keys())
        if both:
            raise ValueError(
                "a date cannot be both an agency closure and an extra working day: "
                + ", ".join(d.isoformat() for d in both)
            )
        self._closures: Mapping[date, str | None] = closures
        self._workdays: frozenset[date] = workdays
        self._span: WorkingDaySpan = EMPTY_SPAN
        self._lock = threading.Lock()

    @classmethod
    def korea(
        cls,
        extra_closures: Iterable[date | tuple[date, str]] = (),
        extra_workdays: Iterable[date] = (),
    ) -> BusinessCalendar:
        """The Korean public-sector calendar plus the agency's closures and extra working days.

        ``extra_closures`` items are dates or ``(date, reason)`` pairs; the reason is
        shown in the month view (:meth:`closure_reason`, :meth:`holiday_name`).
        """
        return cls(extra_closures=extra_closures, extra_workdays=extra_workdays)

    # -- the agency's overrides -------------------------------------------------

    @property
    def extra_closures(self) -> Mapping[date, str | None]:
        """Agency closures, each with its reason (None when none was given)."""
        return dict(self._closures)

    @property
    def extra_workdays(self) -> frozenset[date]:
        """Days declared working days although they are weekends or holidays."""
        return self._workdays

    def is_agency_closure(self, day: date) -> bool:
        return _as_date(day) in self._closures

    def closure_reason(self, day: date) -> str | None:
        """The reason given for an agency closure on ``day``; None if no reason or no closure."""
        return self._closures.get(_as_date(day))

    def holiday_name(self, day: date, language: str = "ko") -> str | None:
        """Why ``day`` is closed, for the month view: a closure reason or a holiday name.

        A closure without a reason is named "기관 휴무" / "Agency closure". Public
        holidays are named even when the agency declared the day a working day
        (check :meth:`is_working_day` for the status). Weekends have no name.
        """
        lang = language_code(language)
        day = _as_date(day)
        if day in self._closures:
            return self._closures[day] or _AGENCY_CLOSURE[lang]
        return holiday_names(day.year, lang).get(day)

    # -- working days -----------------------------------------------------------

    def is_working_day(self, day: date) -> bool:
        day = _as_date(day)
        span = self._covering(day.year)
        k = day.toordinal() - span.first_ordinal
        return span.first_on_or_after[k + 1] != span.first_on_or_after[k]

    def previous_working_day(self, day: date) -> date:
        """The last working day strictly before ``day``."""
        day = _as_date(day)
        span = self._covering(day.year)
        number = span.first_on_or_after[day.toordinal() - span.first_ordinal] - 1
        return date.fromordinal(self._ordinal_of(number))

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        return self.working_day_after(day, 1)

    def working_day_after(self, day: date, n: int) -> date:
        """The ``n``-th working day strictly after ``day`` (``n`` >= 1)."""
        if n < 1:
            raise ValueError(f"n must be at least 1, not {n}")
        day = _as_date(day)
        span = self._covering(day.year)
        number = span.first_on_or_after[day.toordinal() - span.first_ordinal + 1] + n - 1
        return date.fromordinal(self._ordinal_of(number))

    def closing_time(self, day: date) -> datetime:
        """18:00 on ``day``, the end of its last working window."""
        day = _as_date(day)
        return datetime(day.year, day.month, day.day, 18, tzinfo=SEOUL)

    # -- working time -----------------------------------------------------------

    def is_working_time(self, moment: datetime) -> bool:
        """Whether ``moment`` lies in a working window ([09:00, 12:00) or [13:00, 18:00))."""
        t = to_seoul(moment)
        if not self.is_working_day(t.date()):
            return False
        clock = _clock_us(t)
        return (
            _MORNING_START_US <= clock < _MORNING_END_US
            or _AFTERNOON_START_US <= clock < _AFTERNOON_END_US
        )

    def next_working_moment(self, moment: datetime) -> datetime:
        """``moment`` itself if it is working time, else the start of the next working window.

        During lunch (12:00 included) that is 13:00; at or after 18:00, before
        09:00 or on a closed day it is 09:00 on the next working day that has
        not ended yet.
        """
        t = to_seoul(moment)
        if self.is_working_time(t):
            return t
        number, used = divmod(self._position(t), _DAY_US)
        day = date.fromordinal(self._ordinal_of(number))
        hour = 13 if used == _MORNING_US else 9
        return datetime(day.year, day.month, day.day, hour, tzinfo=SEOUL)

    def working_time_between(self, start: datetime, end: datetime) -> timedelta:
        """Working time from ``start`` to ``end``; negative when ``end`` is before ``start``."""
        return timedelta(microseconds=self._position(end) - self._position(start))

    def working_position_us(self, moment_us: int) -> int:
        """Working microseconds from the calendar's epoch to the moment ``moment_us``
        (microseconds since 1970-01-01 UTC): ``working_time_between(a, b)`` is
        ``working_position_us(b) - working_position_us(a)`` in microseconds.

        From 1989 to 2099, when Asia/Seoul is always UTC+9, the moment's Seoul day and
        time are integer arithmetic; outside, the moment goes through a datetime.
        """
        if not _FIXED_OFFSET_FROM_US <= moment_us < _FIXED_OFFSET_UNTIL_US:
            return self._position(_EPOCH + timedelta(microseconds=moment_us))
        k, clock = divmod(moment_us + _SEOUL_OFFSET_US, _CLOCK_DAY_US)
        span = self._span
        k += _EPOCH_ORDINAL - span.first_ordinal
        if not 0 <= k < span.day_count:
            return self._position(_EPOCH + timedelta(microseconds=moment_us))
        first_on_or_after = span.first_on_or_after
        number = first_on_or_after[k]
        base = number * _DAY_US
        if first_on_or_after[k + 1] == number:  # a closed day
            return base
        return _within_day(base, clock)

    def add_working_time(self, start: datetime, amount: timedelta) -> datetime:
        """The earliest moment at which ``amount`` of working time after ``start`` is used up.

        The result can be exactly 12:00 or 18:00 (never 13:00 or 09:00). Adding
        nothing returns ``start`` (in Asia/Seoul).
        """
        us = _timedelta_us(amount)
        if us < 0:
            raise ValueError(f"cannot add negative working time {amount}")
        if us == 0:
            return to_seoul(start)
        return self._moment(self._position(start) + us)

    def due(
        self,
        received_at: datetime,
        period: Period,
        pauses: Iterable[tuple[datetime, datetime]] = (),
    ) -> datetime:
        """The deadline of something received at ``received_at`` with ``period`` to answer.

        Hour periods (``"3h"``, and ``"Nd"`` for N <= 5, as N × 8 hours): the
        earliest moment at which the hours are used up, counting from the next
        working moment (so 12:00 rather than 13:00, 18:00 rather than 09:00).

        Day periods (N >= 6 days): 18:00 on working day N, where day 1 is the
        working day on which counting starts (a receipt at 18:30 on a Monday
        starts on Tuesday, which is day 1; one at 17:59 makes Monday day 1).

        Each ``(start, end)`` pause (보완 요구) adds the working time it covers to
        the deadline. Overlapping pauses count once, and time before
        ``received_at`` does not count.
        """
        if pauses:
            paused = self._paused_us(to_seoul(received_at), pauses)
            return self._moment(self._due_position(received_at, period) + paused)
        return self._due_fast(received_at, period)

    def call_before_visit_due(self, visit_date: date) -> datetime:
        """When the call announcing a visit is due: 18:00 on the previous working day."""
        return self.closing_time(self.previous_working_day(visit_date))

    # -- internals --------------------------------------------------------------

    def _due_position(self, received_at: datetime, period: Period) -> int:
        start = self._position(received_at)
        if period.hours is not None:
            return start + period.hours * _HOUR_US
        if period.days is None:  # pragma: no cover - a Period always has hours or days
            raise TypeError(f"not a period: {period!r}")
        return (start // _DAY_US + period.days) * _DAY_US

    def _due_fast(self, received_at: datetime, period: Period) -> datetime:
        """``_moment(_due_position(...))``, in whole hours: windows open and close on the hour."""
        t = received_at
        tz = t.tzinfo
        if tz is not None and tz is not SEOUL:
            t = t.astimezone(SEOUL)
        span = self._span
        k = t.toordinal() - span.first_ordinal
        if not 0 <= k < span.day_count:
            span = self._covering(t.year)
            k = t.toordinal() - span.first_ordinal
        number = span.first_on_or_after[k]
        working = span.first_on_or_after[k + 1] != number
        hour = t.hour
        days = period.days
        if days is not None:
            if working and hour >= 18:
                number += 1
            number += days - 1
            i = number - span.first_number
            if not 0 <= i < span.working_day_count:
                span = self._covering_number(number)
                i = number - span.first_number
            return span.closings[i]
        hours = period.hours
        if hours is None:  # pragma: no cover - a Period always has hours or days
            raise TypeError(f"not a period: {period!r}")
        minute = second = micro = 0
        if not working or hour < 9:
            used = 0
        elif hour >= 18:
            used = 8
        elif hour == 12:
            used = 3
        else:
            used = hour - 9 if hour < 12 else hour - 10
            minute, second, micro = t.minute, t.second, t.microsecond
        number, used = divmod(number * 8 + used + hours, 8)
        if minute or second or micro:
            hour = 9 + used if used < 3 else 10 + used
        else:
            if used == 0:
                number -= 1
                used = 8
            hour = 9 + used if used <= 3 else 10 + used
        i = number - span.first_number
        if not 0 <= i < span.working_day_count:
            span = self._covering_number(number)
            i = number - span.first_number
        year, month, day = span.ymd[i]
        return datetime(year, month, day, hour, minute, second, micro, SEOUL)

    def _paused_us(self, received: datetime, pauses: Iterable[tuple[datetime, datetime]]) -> int:
        intervals: list[tuple[datetime, datetime]] = []
        for pause_start, pause_end in pauses:
            a, b = to_seoul(pause_start), to_seoul(pause_end)
            if b < a:
                raise ValueError(
                    f"pause {a:%Y-%m-%d %H:%M} – {b:%Y-%m-%d %H:%M} ends before it starts"
                )
            a = max(a, received)
            if b > a:
                intervals.append((a, b))
        intervals.sort()
        total = 0
        current: tuple[datetime, datetime] | None = None
        for a, b in intervals:
            if current is not None and a <= current[1]:
                current = (current[0], max(current[1], b))
                continue
            if current is not None:
                total += self._position(current[1]) - self._position(current[0])
            current = (a, b)
        if current is not None:
            total += self._position(current[1]) - self._position(current[0])
        return total

    def _position(self, t: datetime) -> int:
        """Working microseconds from the epoch to the moment ``t``."""
        tz = t.tzinfo
        if tz is not None and tz is not SEOUL:
            t = t.astimezone(SEOUL)
        span = self._span
        k = t.toordinal() - span.first_ordinal
        if not 0 <= k < span.day_count:
            span = self._covering(t.year)
            k = t.toordinal() - span.first_ordinal
        first_on_or_after = span.first_on_or_after
        number = first_on_or_after[k]
        base = number * _DAY_US
        if first_on_or_after[k + 1] == number:
            return base
        return _within_day(base, _clock_us(t))

    def _moment(self, position: int) -> datetime:
        """The earliest moment whose working position is ``position``."""
        number, used = divmod(position, _DAY_US)
        if used == 0:
            number -= 1
            used = _DAY_US
        span = self._span
        i = number - span.first_number
        if not 0 <= i < span.working_day_count:
            span = self._covering_number(number)
            i = number - span.first_number
        year, month, day = span.ymd[i]
        clock = (
            _MORNING_START_US + used
            if used <= _MORNING_US
            else _AFTERNOON_START_US - _MORNING_US + used
        )
        seconds, micro = divmod(clock, _US)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return datetime(year, month, day, hour, minute, second, micro, SEOUL)

    def _ordinal_of(self, number: int) -> int:
        """The date ordinal of working day ``number``."""
        span = self._covering_number(number)
        return span.ordinals[number - span.first_number]

    def _covering_number(self, number: int) -> WorkingDaySpan:
        span = self._span
        while number < span.first_number:
            span = self._extend_to(span.first_year - 1)
        while number >= span.first_number + span.working_day_count:
            span = self._extend_to(span.last_year + 1)
        return span

    def _covering(self, year: int) -> WorkingDaySpan:
        span = self._span
        if span.first_year <= year <= span.last_year:
            return span
        return self._extend_to(year)

    def _extend_to(self, year: int) -> WorkingDaySpan:
        """The span, grown (with a year to spare) to cover ``year``."""
        with self._lock:
            self._span = extend_span(self._span, year, self._closures, self._workdays)
            return self._span


def _clock_us(t: datetime) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * _US + t.microsecond


def _timedelta_us(amount: timedelta) -> int:
    return (amount.days * 86_400 + amount.seconds) * _US + amount.microseconds


def _within_day(base: int, clock: int) -> int:
    """The working position ``clock`` microseconds after midnight into a working day
    whose working time starts at position ``base``."""
    if clock <= _MORNING_START_US:
        return base
    if clock < _MORNING_END_US:
        return base + clock - _MORNING_START_US
    if clock < _AFTERNOON_START_US:
        return base + _MORNING_US
    if clock < _AFTERNOON_END_US:
        return base + clock - _MORNING_START_US - _LUNCH_US
    return base + _DAY_US
