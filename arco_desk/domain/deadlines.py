"""Processing periods, deadlines, delay-notice limits and countdown badges.

The counting rules follow 민원 처리에 관한 법률 제19조 and its enforcement
decree (docs/architecture.md §3):

* A period of 5 days or less is counted in hours, 8 working hours a day
  ("5d" = 40 working hours); "즉시" (immediately) means 3 working hours.
* A period of 6 days or more is counted in days: the first day counts, and the
  deadline is 18:00 on working day N.

The working-time arithmetic lives in :class:`BusinessCalendar`
(:mod:`arco_desk.domain.calendar_business`), re-exported here.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from arco_desk.domain.calendar_business import (
    SEOUL,
    WORKING_DAY,
    BusinessCalendar,
    to_seoul,
)
from arco_desk.domain.korean_holidays import korean_public_holidays
from arco_desk.domain.messages import Message, msg

__all__ = [
    "HOURS_PER_WORKING_DAY",
    "MAX_DAYS_COUNTED_IN_HOURS",
    "SEOUL",
    "WORKING_DAY",
    "BusinessCalendar",
    "Countdown",
    "CountdownState",
    "Period",
    "PeriodUnit",
    "countdown",
    "extension_limit",
    "korean_public_holidays",
    "to_seoul",
]

HOURS_PER_WORKING_DAY: Final = 8
MAX_DAYS_COUNTED_IN_HOURS: Final = 5
MAX_PERIOD_AMOUNT: Final = 9999
IMMEDIATELY: Final = "즉시"
IMMEDIATELY_HOURS: Final = 3

_PERIOD_RE: Final = re.compile(r"([0-9]+)\s*(h|d|시간|근무시간|일|근무일)", re.IGNORECASE)
_UNIT_WORDS: Final = {"h": "h", "시간": "h", "근무시간": "h", "d": "d", "일": "d", "근무일": "d"}


class PeriodUnit(enum.StrEnum):
    """The unit a period is written in (not necessarily the one it is counted in)."""

    HOURS = "h"
    DAYS = "d"


@dataclass(frozen=True, slots=True)
class Period:
    """A processing period: ``amount`` working hours or working days, as written.

    ``in_hours`` tells how it is counted: hours (``"3h"``, ``"5d"`` = 40 h) or
    days (``"7d"``, first day counted). Exactly one of ``hours`` (working hours,
    for periods counted in hours) and ``days`` (working days, for periods
    counted in days) is set. ``str()`` gives back the canonical text ("3h",
    "7d"), which :meth:`parse` reads.
    """

    amount: int
    unit: PeriodUnit
    # "즉시": 3 working hours, written and shown as immediately. Equal to "3h" (the same
    # working time); only the text differs.
    immediate: bool = field(default=False, compare=False)
    in_hours: bool = field(init=False, repr=False, compare=False)
    hours: int | None = field(init=False, repr=False, compare=False)
    days: int | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        try:
            unit = PeriodUnit(self.unit)
        except ValueError:
            raise ValueError(f"invalid period unit {self.unit!r}: use 'h' or 'd'") from None
        if isinstance(self.amount, bool) or not isinstance(self.amount, int):
            raise TypeError(f"period amount must be an int, not {self.amount!r}")
        if not 1 <= self.amount <= MAX_PERIOD_AMOUNT:
            raise ValueError(f"period amount must be 1–{MAX_PERIOD_AMOUNT}, not {self.amount}")
        object.__setattr__(self, "unit", unit)
        if self.immediate and (unit is not PeriodUnit.HOURS or self.amount != IMMEDIATELY_HOURS):
            raise ValueError(f"an immediate period is {IMMEDIATELY_HOURS} working hours")
        if unit is PeriodUnit.HOURS:
            hours: int | None = self.amount
            days: int | None = None
        elif self.amount <= MAX_DAYS_COUNTED_IN_HOURS:
            hours, days = self.amount * HOURS_PER_WORKING_DAY, None
        else:
            hours, days = None, self.amount
        object.__setattr__(self, "in_hours", hours is not None)
        object.__setattr__(self, "hours", hours)
        object.__setattr__(self, "days", days)

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read ``"3h"``, ``"7d"``, ``"즉시"`` (= 3h); also ``"3시간"``, ``"7근무일"``.

        Raises ValueError naming ``text`` when it is not a period.
        """
        stripped = text.strip() if isinstance(text, str) else ""
        if stripped == IMMEDIATELY:
            return cls(IMMEDIATELY_HOURS, PeriodUnit.HOURS, immediate=True)
        match = _PERIOD_RE.fullmatch(stripped)
        if match is None:
            raise ValueError(
                f"invalid period {text!r}: expected working hours or days like '3h', '7d' or '즉시'"
            )
        amount = int(match.group(1))
        if not 1 <= amount <= MAX_PERIOD_AMOUNT:
            raise ValueError(f"invalid period {text!r}: the amount must be 1–{MAX_PERIOD_AMOUNT}")
        return cls(amount, PeriodUnit(_UNIT_WORDS[match.group(2).lower()]))

    @classmethod
    def working_hours(cls, hours: int) -> Period:
        return cls(hours, PeriodUnit.HOURS)

    @classmethod
    def working_days(cls, days: int) -> Period:
        return cls(days, PeriodUnit.DAYS)

    @classmethod
    def immediately(cls) -> Period:
        """즉시: 3 working hours."""
        return cls(IMMEDIATELY_HOURS, PeriodUnit.HOURS, immediate=True)

    def __str__(self) -> str:
        if self.immediate:
            return IMMEDIATELY
        return f"{self.amount}{self.unit.value}"

    @property
    def working_duration(self) -> timedelta:
        """The working time of a period counted in hours (ValueError for day periods)."""
        if self.hours is None:
            raise ValueError(f"period {self} is counted in days, not in working hours")
        return timedelta(hours=self.hours)

    @property
    def nominal_working_time(self) -> timedelta:
        """Working time the period stands for: its hours, or its days × 8 hours."""
        return timedelta(
            hours=self.hours if self.hours is not None else self.amount * HOURS_PER_WORKING_DAY
        )

    @property
    def words(self) -> Message:
        """"3 working hours", "5 working days (40 working hours)", "7 working days, first
        day counted", "immediately (3 working hours)" (keys ``period.*``)."""
        if self.immediate:
            return msg("period.immediately", hours=self.amount)
        if self.unit is PeriodUnit.HOURS:
            if self.amount == 1:
                return msg("period.one_working_hour")
            return msg("period.working_hours", hours=self.amount)
        if self.in_hours:
            if self.amount == 1:
                return msg("period.one_working_day_in_hours", hours=self.hours or 0)
            return msg("period.working_days_in_hours", days=self.amount, hours=self.hours or 0)
        return msg("period.working_days", days=self.amount)


def extension_limit(cal: BusinessCalendar, original_due: datetime, period: Period) -> datetime:
    """The latest date a delay notice (처리기간 연장) may promise.

    That is the original deadline plus the original period, counted the same
    way: a period in hours adds its working hours from ``original_due``; a
    period in days gives 18:00 on the N-th working day after the day of
    ``original_due``.
    """
    due = to_seoul(original_due)
    if period.hours is not None:
        return cal.add_working_time(due, period.working_duration)
    if period.days is None:  # pragma: no cover - a Period always has hours or days
        raise TypeError(f"not a period: {period!r}")
    return cal.closing_time(cal.working_day_after(due.date(), period.days))


class CountdownState(enum.Enum):
    """The state of a countdown badge; the UI gives each a colour *and* a text."""

    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class Countdown:
    """What a countdown badge shows. ``remaining`` is working time, negative when overdue;
    ``words`` is the badge's text (keys ``countdown.*``)."""

    state: CountdownState
    remaining: timedelta
    words: Message


_MINUTE: Final = timedelta(minutes=1)
_HOUR: Final = timedelta(hours=1)


def countdown(cal: BusinessCalendar, due: datetime, now: datetime, period: Period) -> Countdown:
    """The badge for something due at ``due``, seen at ``now``.

    States, first match wins:

    1. OVERDUE when ``now >= due``. Words: working time past the deadline,
       ``3시간 초과`` / ``3h overdue`` under one working day (8 h), else whole
       working days ``2일 초과`` / ``2 days overdue``; ``기한 초과`` / ``overdue``
       while no working time has passed yet (e.g. the evening after an 18:00
       deadline).
    2. DUE_SOON when less than a quarter of the period (days count 8 h each) or
       less than one working hour is left. Words: working time left,
       ``3시간 20분`` / ``3h 20m`` (zero parts dropped: ``45분``, ``2시간``).
    3. DUE_TODAY when the deadline falls on today's date (Asia/Seoul). Words:
       ``오늘 18:00`` / ``today 18:00``.
    4. ON_TRACK otherwise. Words: the working time left when it is less than
       one working day, else ``D-3``, the number of *calendar* days to the
       deadline's date, as in the Korean D-day convention (a deadline next
       Monday seen on Friday is D-3 even though one working day is left).

    Minutes are rounded down; under one minute left reads ``1분 미만`` /
    ``under 1m``.
    """
    due_local, now_local = to_seoul(due), to_seoul(now)
    remaining = cal.working_time_between(now_local, due_local)
    if now_local >= due_local:
        late = -remaining
        if late >= WORKING_DAY:
            days = late // WORKING_DAY
            key = "countdown.overdue_day" if days == 1 else "countdown.overdue_days"
            return Countdown(CountdownState.OVERDUE, remaining, msg(key, days=days))
        if late < _MINUTE:
            return Countdown(CountdownState.OVERDUE, remaining, msg("countdown.overdue"))
        return Countdown(CountdownState.OVERDUE, remaining,
                         msg("countdown.overdue_time", late=_whole_minutes(late)))
    if remaining * 4 < period.nominal_working_time or remaining < _HOUR:
        return _left(CountdownState.DUE_SOON, remaining)
    if due_local.date() == now_local.date():
        return Countdown(CountdownState.DUE_TODAY, remaining,
                         msg("countdown.today", due=due_local))
    if remaining < WORKING_DAY:
        return _left(CountdownState.ON_TRACK, remaining)
    days = (due_local.date() - now_local.date()).days
    return Countdown(CountdownState.ON_TRACK, remaining, msg("countdown.d_day", days=days))


def _left(state: CountdownState, remaining: timedelta) -> Countdown:
    if remaining < _MINUTE:
        return Countdown(state, remaining, msg("countdown.under_a_minute"))
    return Countdown(state, remaining, msg("countdown.left", left=_whole_minutes(remaining)))


def _whole_minutes(amount: timedelta) -> timedelta:
    return _MINUTE * (amount // _MINUTE)
