"""A slow, obviously correct reference for the deadline rules.

It shares no code with :mod:`arco_desk.domain.deadlines`: it asks
``holidays.KR`` directly and walks the clock one minute at a time, jumping
only over minutes that are plainly closed (nights, lunch, closed days) to keep
the test run short. Inputs are naive Asia/Seoul wall times on whole minutes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

import holidays

ONE_MINUTE = timedelta(minutes=1)
ONE_DAY = timedelta(days=1)


class ReferenceCalendar:
    def __init__(self, closures: Iterable[date] = (), workdays: Iterable[date] = ()) -> None:
        self.public_holidays = holidays.KR()
        self.closures = set(closures)
        self.workdays = set(workdays)

    def is_working_day(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.closures or day in self.public_holidays:
            return False
        return day.weekday() < 5

    def is_working_minute(self, t: datetime) -> bool:
        """Whether the minute starting at ``t`` is worked."""
        if not self.is_working_day(t.date()):
            return False
        return 9 <= t.hour < 12 or 13 <= t.hour < 18

    def skip_closed(self, t: datetime) -> datetime:
        """The first worked minute at or after ``t``."""
        while not self.is_working_minute(t):
            if not self.is_working_day(t.date()) or t.hour >= 18:
                t = datetime.combine(t.date() + ONE_DAY, time(0, 0))
            elif t.hour < 9:
                t = t.replace(hour=9, minute=0)
            elif t.hour == 12:
                t = t.replace(hour=13, minute=0)
            else:
                t += ONE_MINUTE
        return t

    def after_working_minutes(self, start: datetime, minutes: int) -> datetime:
        """The end of the ``minutes``-th worked minute from ``start`` (``start`` if 0)."""
        t = start
        while minutes > 0:
            t = self.skip_closed(t)
            t += ONE_MINUTE
            minutes -= 1
        return t

    def working_minutes(self, start: datetime, end: datetime) -> int:
        """Worked minutes in ``[start, end)`` (0 if ``end`` <= ``start``)."""
        count = 0
        t = start
        while t < end:
            if self.is_working_minute(t):
                count += 1
                t += ONE_MINUTE
            else:
                t = min(self.skip_closed(t), end)
        return count

    def paused_minutes(
        self, received: datetime, pauses: Iterable[tuple[datetime, datetime]]
    ) -> int:
        minutes: set[datetime] = set()
        for start, end in pauses:
            t = max(start, received)
            while t < end:
                if self.is_working_minute(t):
                    minutes.add(t)
                    t += ONE_MINUTE
                else:
                    t = min(self.skip_closed(t), end)
        return len(minutes)

    def due(
        self,
        received: datetime,
        amount: int,
        unit: str,
        pauses: Iterable[tuple[datetime, datetime]] = (),
    ) -> datetime:
        """The deadline for a period of ``amount`` hours ("h") or days ("d")."""
        paused = self.paused_minutes(received, pauses)
        if unit == "h" or amount <= 5:
            hours = amount if unit == "h" else amount * 8
            return self.after_working_minutes(received, hours * 60 + paused)
        day = self.skip_closed(received).date()
        counted = 1
        while counted < amount:
            day += ONE_DAY
            if self.is_working_day(day):
                counted += 1
        closing = datetime.combine(day, time(18, 0))
        return self.after_working_minutes(closing, paused)
