"""A clock tests move by hand: deadlines, escalations and alerts without sleeping."""

from __future__ import annotations

from datetime import datetime, timedelta


class SteppingClock:
    """Callable like ``arco_desk.domain.clock.now``; ``advance`` moves it forward."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> datetime:
        self.current += delta
        return self.current

    def set(self, moment: datetime) -> None:
        self.current = moment
