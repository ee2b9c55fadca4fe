"""The range of dates a person may enter: none before 2000, none past today + 5 years.

A date outside it is a typing slip (a year 9999 from a picker's last page) and would
overflow the arithmetic around it (the day after 9999-12-31, a calendar built up to
it), so every service that takes a date or a moment checks it here and every picker
is bounded to the same range. Refusals are the message ``date.out_of_range``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import Message, msg

__all__ = ["EARLIEST_DATE", "FUTURE_YEARS", "check_date", "check_moment", "date_refusal",
           "latest_date", "moment_refusal"]

EARLIEST_DATE: Final = date(2000, 1, 1)
FUTURE_YEARS: Final = 5


def latest_date(today: date) -> date:
    """The last date accepted: ``today`` plus FUTURE_YEARS years (28 Feb for 29 Feb)."""
    try:
        return today.replace(year=today.year + FUTURE_YEARS)
    except ValueError:
        return today.replace(year=today.year + FUTURE_YEARS, day=28)


def date_refusal(day: date, today: date) -> Message | None:
    """The refusal for a ``day`` outside [EARLIEST_DATE, latest_date(today)]; None inside."""
    latest = latest_date(today)
    if EARLIEST_DATE <= day <= latest:
        return None
    return msg("date.out_of_range", earliest=EARLIEST_DATE, latest=latest)


def check_date(field: str, day: date, today: date) -> date:
    """``day``, or ValidationError({field: date.out_of_range}) outside the range."""
    refusal = date_refusal(day, today)
    if refusal is not None:
        raise ValidationError({field: refusal})
    return day


def moment_refusal(moment: datetime, today: date) -> Message | None:
    """:func:`date_refusal` for the day of ``moment`` in Seoul."""
    try:
        day = moment.astimezone(SEOUL).date() if moment.tzinfo is not None else moment.date()
    except OverflowError:  # within hours of year 1 or 9999: out of range either way
        day = moment.date()
    return date_refusal(day, today)


def check_moment(field: str, moment: datetime, today: date) -> datetime:
    """``moment`` when its day in Seoul lies in the range (see :func:`check_date`)."""
    refusal = moment_refusal(moment, today)
    if refusal is not None:
        raise ValidationError({field: refusal})
    return moment
