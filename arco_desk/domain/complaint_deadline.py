"""A complaint's deadline as the desk sees it: in words, what a delay notice may promise
(처리기간 연장, 민원 처리에 관한 법률 시행령 제21조) and the countdown badge."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from arco_desk.domain.calendar_business import BusinessCalendar, to_seoul
from arco_desk.domain.complaints import ComplaintStatus
from arco_desk.domain.deadlines import (
    Countdown,
    CountdownState,
    Period,
    countdown,
    extension_limit,
)

__all__ = [
    "MAX_DELAY_NOTICES",
    "Badge",
    "BadgeState",
    "DelayNoticeTerms",
    "badge",
    "date_time_ko",
    "deadline_rule",
    "delay_notice_terms",
    "working_time_en",
    "working_time_ko",
]

MAX_DELAY_NOTICES: Final = 2


def date_time_ko(moment: datetime) -> str:
    """"2월 25일 18:00"."""
    t = to_seoul(moment)
    return f"{t.month}월 {t.day}일 {t:%H:%M}"


def _date_time_en(moment: datetime) -> str:
    t = to_seoul(moment)
    return f"{t.day} {t:%b} {t:%H:%M}"


def deadline_rule(period: Period, due: datetime, language: str = "ko") -> str:
    """The rule in words: "7근무일, 첫날 산입 → 2월 25일 18:00"."""
    if language.startswith("en"):
        return f"{period.description_en} → {_date_time_en(due)}"
    return f"{period.description_ko} → {date_time_ko(due)}"


# --- delay notice (처리기간 연장) --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DelayNoticeTerms:
    """What a delay notice may promise now.

    ``deadline`` is the one in force (the engine's, or the last notice's date),
    ``limit`` the latest date the notice may give, ``number`` which notice this
    would be (1 or 2) and ``refusal`` the reason no notice is possible, if any.
    """

    deadline: datetime
    limit: datetime
    number: int
    needs_consent: bool
    refusal: str | None


def delay_notice_terms(cal: BusinessCalendar, period: Period, deadline: datetime,
                       notices_so_far: int, now: datetime, paused: bool) -> DelayNoticeTerms:
    """The terms of the next delay notice on a complaint whose deadline is ``deadline``.

    The new date may be at most one more period past the deadline being
    extended (:func:`extension_limit`): the engine's deadline for the first
    notice, the first notice's date for the second, which needs the citizen's
    consent. A notice must be recorded before the deadline; afterwards it is
    refused and the complaint stays overdue on the record.
    """
    number = notices_so_far + 1
    limit = extension_limit(cal, deadline, period)
    refusal: str | None = None
    if paused:
        refusal = ("보완 요구 중이라 처리기간이 멈춰 있습니다. 보완이 끝난 뒤에 연장을 "
                   "통지하세요.")
    elif notices_so_far >= MAX_DELAY_NOTICES:
        refusal = ("처리기간은 두 번까지만 연장할 수 있습니다(한 번, 그리고 민원인 동의를 받아 "
                   "한 번 더). 더 연장할 수 없습니다.")
    elif now >= deadline:
        refusal = (f"처리기한 {date_time_ko(deadline)}이(가) 이미 지났습니다. 연장 통지는 "
                   "기한 전에만 할 수 있으며, 이 민원은 기한 초과로 기록에 남습니다.")
    return DelayNoticeTerms(deadline=to_seoul(deadline), limit=limit, number=number,
                            needs_consent=number >= 2, refusal=refusal)


# --- the badge of a complaint -------------------------------------------------------------------


class BadgeState(enum.Enum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    PAUSED = "paused"
    ANSWERED_IN_TIME = "answered_in_time"
    ANSWERED_LATE = "answered_late"


_FROM_COUNTDOWN: Final = {
    CountdownState.ON_TRACK: BadgeState.ON_TRACK,
    CountdownState.DUE_SOON: BadgeState.DUE_SOON,
    CountdownState.DUE_TODAY: BadgeState.DUE_TODAY,
    CountdownState.OVERDUE: BadgeState.OVERDUE,
}


@dataclass(frozen=True, slots=True)
class Badge:
    """What a complaint's badge says. ``countdown`` is set while the deadline runs."""

    state: BadgeState
    label_ko: str
    label_en: str
    countdown: Countdown | None = None

    def label(self, language: str = "ko") -> str:
        return self.label_en if language.startswith("en") else self.label_ko


def badge(cal: BusinessCalendar, status: ComplaintStatus, deadline: datetime, period: Period,
          now: datetime, paused_at: datetime | None = None,
          answered_at: datetime | None = None) -> Badge:
    """The countdown while the deadline runs; "보완 대기" with the time left while paused;
    in time or late once answered."""
    if not status.is_open and answered_at is not None:
        if answered_at <= deadline:
            return Badge(BadgeState.ANSWERED_IN_TIME, "기한 내 답변", "answered in time")
        late = countdown(cal, deadline, answered_at, period)
        return Badge(BadgeState.ANSWERED_LATE, f"답변 {late.label_ko}", f"answered {late.label_en}")
    if paused_at is not None:
        left = cal.working_time_between(paused_at, deadline)
        if left <= timedelta(0):
            return Badge(BadgeState.PAUSED, "보완 대기", "awaiting supplement")
        return Badge(BadgeState.PAUSED, f"보완 대기 · {_largest_unit_ko(left)} 남음",
                     f"awaiting supplement · {_largest_unit_en(left)} left")
    running = countdown(cal, deadline, now, period)
    return Badge(_FROM_COUNTDOWN[running.state], running.label_ko, running.label_en, running)


def working_time_ko(amount: timedelta) -> str:
    """Working time in the desk's words: "2일 3시간", "3시간 20분", "45분" (8 h = 1일)."""
    minutes = max(0, amount // timedelta(minutes=1))
    days, minutes = divmod(minutes, 8 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{days}일"] if days else []
    if hours:
        parts.append(f"{hours}시간")
    if minutes and not days:
        parts.append(f"{minutes}분")
    return " ".join(parts) or "0분"


def working_time_en(amount: timedelta) -> str:
    """"2d 3h", "3h 20m", "45m" (8 working hours = 1 d)."""
    minutes = max(0, amount // timedelta(minutes=1))
    days, minutes = divmod(minutes, 8 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{days}d"] if days else []
    if hours:
        parts.append(f"{hours}h")
    if minutes and not days:
        parts.append(f"{minutes}m")
    return " ".join(parts) or "0m"


def _largest_unit_ko(amount: timedelta) -> str:
    """Only the largest unit, for a short badge: "4일", "3시간", "45분"."""
    return working_time_ko(amount).split(" ")[0]


def _largest_unit_en(amount: timedelta) -> str:
    return working_time_en(amount).split(" ")[0]
