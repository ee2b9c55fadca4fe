"""A complaint's deadline as the desk sees it: what a delay notice may promise
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
from arco_desk.domain.messages import Message, msg

__all__ = [
    "MAX_DELAY_NOTICES",
    "Badge",
    "BadgeState",
    "DelayNoticeTerms",
    "badge",
    "deadline_rule",
    "delay_notice_terms",
]

MAX_DELAY_NOTICES: Final = 2


def deadline_rule(period: Period, due: datetime) -> Message:
    """The rule in words: "7 working days, first day counted → 25 Feb 18:00"."""
    return msg("complaint.deadline_rule", period=period.words, due=due)


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
    refusal: Message | None


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
    refusal: Message | None = None
    if paused:
        refusal = msg("complaint.delay_notice.paused")
    elif notices_so_far >= MAX_DELAY_NOTICES:
        refusal = msg("complaint.delay_notice.no_more")
    elif now >= deadline:
        refusal = msg("complaint.delay_notice.after_deadline", deadline=deadline)
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
    """What a complaint's badge says (``words``) and how it looks (``state``).
    ``countdown`` is set while the deadline runs."""

    state: BadgeState
    words: Message
    countdown: Countdown | None = None


def badge(cal: BusinessCalendar, status: ComplaintStatus, deadline: datetime, period: Period,
          now: datetime, paused_at: datetime | None = None,
          answered_at: datetime | None = None) -> Badge:
    """The countdown while the deadline runs; "awaiting supplement" with the working time
    left (its largest unit) while paused; in time or late once answered."""
    if not status.is_open and answered_at is not None:
        if answered_at <= deadline:
            return Badge(BadgeState.ANSWERED_IN_TIME, msg("badge.answered_in_time"))
        late = countdown(cal, deadline, answered_at, period)
        return Badge(BadgeState.ANSWERED_LATE, msg("badge.answered_late", late=late.words))
    if paused_at is not None:
        left = cal.working_time_between(paused_at, deadline)
        if left <= timedelta(0):
            return Badge(BadgeState.PAUSED, msg("badge.paused"))
        return Badge(BadgeState.PAUSED, msg("badge.paused_left", left=left))
    running = countdown(cal, deadline, now, period)
    return Badge(_FROM_COUNTDOWN[running.state], running.words, running)
