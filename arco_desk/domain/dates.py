"""The range of dates a person may enter: none before 2000, none past today + 5 years.

A date outside it is a typing slip (a year 9999 from a picker's last page) and would
overflow the arithmetic around it (the day after 9999-12-31, a calendar built up to
it), so every service that takes a date or a moment checks it here and every picker
is bounded to the same range. Refusals are the message ``date.out_of_range``.

A moment is compared in Asia/Seoul: a naive one is Seoul wall time, as the store reads
it (:func:`in_seoul`), so a naive and an aware moment never meet in a comparison.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from arco_desk.domain.calendar_business import to_seoul
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import Message, msg

__all__ = ["EARLIEST_DATE", "FUTURE_YEARS", "as_aware", "check_date", "check_moment",
           "date_refusal", "in_seoul", "latest_date", "moment_refusal", "out_of_range"]

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
    if EARLIEST_DATE <= day <= latest_date(today):
        return None
    return out_of_range(today)


def out_of_range(today: date) -> Message:
    """The refusal of a date or moment outside [EARLIEST_DATE, latest_date(today)]."""
    return msg("date.out_of_range", earliest=EARLIEST_DATE, latest=latest_date(today))


def check_date(field: str, day: date, today: date) -> date:
    """``day``, or ValidationError({field: date.out_of_range}) outside the range."""
    refusal = date_refusal(day, today)
    if refusal is not None:
        raise ValidationError({field: refusal})
    return day


def as_aware(moment: datetime) -> datetime:
    """``moment`` with a time zone: a naive one as Seoul wall time, an aware one as it is
    (comparable with any aware moment, where a conversion near year 1 or 9999 would
    overflow)."""
    return moment.replace(tzinfo=SEOUL) if moment.tzinfo is None else moment


def in_seoul(moment: datetime) -> datetime | None:
    """``moment`` as an aware Asia/Seoul datetime (a naive one is Seoul wall time); None
    when Seoul's clock can't show it (within hours of year 1 or 9999)."""
    try:
        return to_seoul(moment)
    except OverflowError:
        return None


def moment_refusal(moment: datetime, today: date) -> Message | None:
    """:func:`date_refusal` for the day of ``moment`` in Seoul."""
    local = in_seoul(moment)
    if local is None:  # out of range either way
        return out_of_range(today)
    return date_refusal(local.date(), today)


def check_moment(field: str, moment: datetime, today: date) -> datetime:
    """``moment`` in Seoul (:func:`in_seoul`) when its day there lies in the range (see
    :func:`check_date`); ValidationError({field: date.out_of_range}) otherwise."""
    refusal = moment_refusal(moment, today)
    if refusal is not None:
        raise ValidationError({field: refusal})
    local = in_seoul(moment)
    assert local is not None  # what Seoul's clock can't show was refused
    return local
