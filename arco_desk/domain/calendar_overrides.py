"""The agency's calendar overrides and the deadlines they would move (docs/architecture.md §3).

An admin declares agency closures (기관 휴무), temporary holidays announced after
the ``holidays`` release (임시공휴일) and extra working days (대체 근무일). They
feed :meth:`BusinessCalendar.korea`. This module holds the pure parts: the
record types, the validation rules and the calendar built from overrides.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from arco_desk.domain.calendar_business import BusinessCalendar
from arco_desk.domain.dates import date_refusal
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import Message, msg, one_of
from arco_desk.domain.text import RULES, TextKind, clean_into

__all__ = [
    "COMPLAINT_DONE_STATUSES",
    "MAX_REASON_LENGTH",
    "MEMO_DONE_STATUSES",
    "CalendarOverrideRecord",
    "DeadlineChange",
    "DeadlineItemType",
    "OverrideDraft",
    "OverrideKind",
    "calendar_from",
    "validate_override",
]

MAX_REASON_LENGTH: Final = RULES[TextKind.SHORT_LINE].limit

# Statuses after which an item has no deadline left to keep.
COMPLAINT_DONE_STATUSES: Final = ("answered", "closed")
MEMO_DONE_STATUSES: Final = ("done",)

class OverrideKind(enum.StrEnum):
    """What an override declares."""

    CLOSURE = "closure"
    TEMPORARY_HOLIDAY = "temporary_holiday"
    EXTRA_WORKDAY = "extra_workday"

    @property
    def closes(self) -> bool:
        """True for a closed day (closure, temporary holiday), False for an extra workday."""
        return self is not OverrideKind.EXTRA_WORKDAY


@dataclass(frozen=True, slots=True)
class OverrideDraft:
    """An override as typed by the admin, before validation."""

    day: date
    kind: OverrideKind | str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CalendarOverrideRecord:
    """A stored override."""

    id: int
    day: date
    kind: OverrideKind
    reason: str


def calendar_from(
    overrides: Iterable[CalendarOverrideRecord | OverrideDraft],
) -> BusinessCalendar:
    """The Korean calendar with ``overrides``: closures and temporary holidays closed
    (with their reason), extra working days open."""
    closures: list[tuple[date, str]] = []
    workdays: list[date] = []
    for item in overrides:
        if OverrideKind(item.kind).closes:
            closures.append((item.day, item.reason))
        else:
            workdays.append(item.day)
    return BusinessCalendar.korea(extra_closures=closures, extra_workdays=workdays)


def validate_override(
    draft: OverrideDraft,
    existing: Mapping[date, CalendarOverrideRecord | OverrideDraft],
    cal: BusinessCalendar,
    *,
    today: date,
) -> OverrideDraft:
    """``draft`` cleaned up, or ValidationError (fields ``day``, ``kind``, ``reason``).

    ``existing`` are the other overrides by day and ``cal`` the calendar they
    make. The rules: a day within the range of :mod:`~arco_desk.domain.dates` (``today``
    decides its end); one override per day; closures and temporary holidays need
    a reason (it is what the month view shows); a closure cannot fall on a day
    that is closed anyway (the message names the holiday); an extra working
    day must be a day that would otherwise be closed.
    """
    errors: dict[str, Message] = {}
    day = draft.day
    if isinstance(day, datetime) or not isinstance(day, date):
        errors["day"] = msg("calendar.day_required")
    elif (outside := date_refusal(day, today)) is not None:
        errors["day"] = outside
    try:
        kind: OverrideKind | None = OverrideKind(draft.kind)
    except ValueError:
        kind = None
        errors["kind"] = msg("calendar.kind_required", kinds=one_of(list(OverrideKind)))
    reason = clean_into(errors, TextKind.SHORT_LINE, "reason", draft.reason, required=(
        msg("calendar.reason_required") if kind is not None and kind.closes else None))
    if "day" not in errors:
        taken = existing.get(day)
        if taken is not None:
            what = OverrideKind(taken.kind)
            named: Message = (msg("calendar.named_override", reason=taken.reason, kind=what)
                              if taken.reason else msg("calendar.override", kind=what))
            errors["day"] = msg("calendar.day_taken", day=day, taken=named)
        elif kind is not None and kind.closes and not cal.is_working_day(day):
            # The holiday's name is data in both languages; each wording takes its own.
            ko, en = cal.holiday_name(day, "ko"), cal.holiday_name(day, "en")
            errors["day"] = (msg("calendar.already_holiday", day=day, holiday_ko=ko or "",
                                 holiday_en=en or ko or "")
                             if ko else msg("calendar.already_weekend", day=day))
        elif kind is OverrideKind.EXTRA_WORKDAY and cal.is_working_day(day):
            errors["day"] = msg("calendar.already_working_day", day=day)
    if errors:
        raise ValidationError(errors)
    assert kind is not None
    return OverrideDraft(day, kind, reason)


class DeadlineItemType(enum.StrEnum):
    """The kinds of open items whose deadline follows the calendar."""

    COMPLAINT = "complaint"
    PHONE_MEMO = "phone_memo"
    OUTBOUND_VISIT = "outbound_visit"


@dataclass(frozen=True, slots=True)
class DeadlineChange:
    """An open item whose deadline a calendar change would move.

    ``old_due`` is the deadline the item has now (as stored), ``new_due`` the
    one the changed calendar gives.
    """

    item_type: DeadlineItemType
    item_id: int
    label: str
    old_due: datetime
    new_due: datetime

    @property
    def key(self) -> tuple[str, int]:
        """``(item type, id)``: what :meth:`CalendarService.apply_change` accepts."""
        return (self.item_type.value, self.item_id)
