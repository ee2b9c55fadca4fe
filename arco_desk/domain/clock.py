"""The one clock: Asia/Seoul wall time, aware. Tests and benchmarks inject their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")

Clock = Callable[[], datetime]


def now() -> datetime:
    """The current time in Asia/Seoul."""
    return datetime.now(SEOUL)
