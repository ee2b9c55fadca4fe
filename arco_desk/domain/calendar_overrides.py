"""The agency's calendar overrides and the deadlines they would move (DESIGN.md §3).

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
from arco_desk.domain.errors import ValidationError
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
    "weekday_ko",
]

MAX_REASON_LENGTH: Final = RULES[TextKind.SHORT_LINE].limit

# Statuses after which an item has no deadline left to keep.
COMPLAINT_DONE_STATUSES: Final = ("answered", "closed")
MEMO_DONE_STATUSES: Final = ("done",)

_WEEKDAYS_KO: Final = ("월", "화", "수", "목", "금", "토", "일")


def weekday_ko(day: date) -> str:
    """"월" … "일"."""
    return _WEEKDAYS_KO[day.weekday()]


def _day_ko(day: date) -> str:
    return f"{day.isoformat()}({weekday_ko(day)})"


class OverrideKind(enum.StrEnum):
    """What an override declares."""

    CLOSURE = "closure"
    TEMPORARY_HOLIDAY = "temporary_holiday"
    EXTRA_WORKDAY = "extra_workday"

    @property
    def closes(self) -> bool:
        """True for a closed day (closure, temporary holiday), False for an extra workday."""
        return self is not OverrideKind.EXTRA_WORKDAY

    @property
    def label_ko(self) -> str:
        return _KIND_LABELS_KO[self]


_KIND_LABELS_KO: Final = {
    OverrideKind.CLOSURE: "기관 휴무",
    OverrideKind.TEMPORARY_HOLIDAY: "임시공휴일",
    OverrideKind.EXTRA_WORKDAY: "추가 근무일",
}


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
) -> OverrideDraft:
    """``draft`` cleaned up, or ValidationError (fields ``day``, ``kind``, ``reason``).

    ``existing`` are the other overrides by day and ``cal`` the calendar they
    make. The rules: one override per day; closures and temporary holidays need
    a reason (it is what the month view shows); a closure cannot fall on a day
    that is closed anyway (the message names the holiday); an extra working
    day must be a day that would otherwise be closed.
    """
    errors: dict[str, str] = {}
    day = draft.day
    if isinstance(day, datetime) or not isinstance(day, date):
        errors["day"] = "날짜를 고르세요."
    try:
        kind: OverrideKind | None = OverrideKind(draft.kind)
    except ValueError:
        kind = None
        errors["kind"] = "종류를 고르세요: 기관 휴무, 임시공휴일 또는 추가 근무일."
    reason = clean_into(errors, TextKind.SHORT_LINE, "reason", draft.reason, required=(
        "휴무 사유를 입력하세요. 달력에 이 사유가 표시됩니다."
        if kind is not None and kind.closes else None))
    if "day" not in errors:
        taken = existing.get(day)
        if taken is not None:
            what = OverrideKind(taken.kind).label_ko
            named = f"‘{taken.reason}’({what})" if taken.reason else what
            errors["day"] = (
                f"{_day_ko(day)}에는 이미 등록된 항목이 있습니다: {named}. "
                "먼저 그 항목을 삭제하세요."
            )
        elif kind is not None and kind.closes and not cal.is_working_day(day):
            why = cal.holiday_name(day, "ko") or _weekend_ko(day)
            errors["day"] = f"{_day_ko(day)}은 이미 쉬는 날입니다: {why}."
        elif kind is OverrideKind.EXTRA_WORKDAY and cal.is_working_day(day):
            errors["day"] = (
                f"{_day_ko(day)}은 원래 근무일입니다. 추가 근무일은 주말이나 공휴일, "
                "휴무일에만 지정할 수 있습니다."
            )
    if errors:
        raise ValidationError(errors)
    assert kind is not None
    return OverrideDraft(day, kind, reason)


def _weekend_ko(day: date) -> str:
    return f"{weekday_ko(day)}요일"


class DeadlineItemType(enum.StrEnum):
    """The kinds of open items whose deadline follows the calendar."""

    COMPLAINT = "complaint"
    PHONE_MEMO = "phone_memo"
    OUTBOUND_VISIT = "outbound_visit"

    @property
    def label_ko(self) -> str:
        return _ITEM_LABELS_KO[self]


_ITEM_LABELS_KO: Final = {
    DeadlineItemType.COMPLAINT: "민원",
    DeadlineItemType.PHONE_MEMO: "전화 메모",
    DeadlineItemType.OUTBOUND_VISIT: "방문 전 연락",
}


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
