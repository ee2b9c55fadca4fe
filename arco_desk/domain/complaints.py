"""Complaints (민원/VOC): the codes a complaint is stored with and its status machine.

Clauses 1-3, 1-4 and 2 of the standard, and the deadline rules of docs/architecture.md §3:

* A complaint comes in by one of the :class:`Channel` s, is of a kind from
  ``service_standard.toml`` and gets the deadline the engine computes for that
  kind's period, counted from the moment it was received
  (:mod:`arco_desk.domain.complaint_intake`).
* The lifecycle is received → assigned → in progress → answered → follow-up
  done → closed (:data:`TRANSITIONS`). Every step is an event with who and when;
  the rules of each step are in :mod:`arco_desk.domain.complaint_steps`.
* A pause for supplementation (보완 요구) stops the clock; when it ends the
  deadline moves by the working time it covered.
* A delay notice (처리기간 연장) is only possible before the deadline, to a date
  no later than the engine's :func:`~arco_desk.domain.deadlines.extension_limit`;
  a second one needs the citizen's consent, and there is no third
  (민원 처리에 관한 법률 시행령 제21조: 한 차례 연장, 동의를 받아 한 차례 더). What a
  notice may promise and the badge are in :mod:`arco_desk.domain.complaint_deadline`.

Pure rules: no I/O. Refusals are message keys (``complaint.*``); the UI words them.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Final, TypeVar

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import Message, msg, one_of

__all__ = [
    "OPEN_STATUSES",
    "TRANSITIONS",
    "Channel",
    "ComplaintAction",
    "ComplaintStatus",
    "EventKind",
    "FollowUpOutcome",
    "NoticeMethod",
    "ReplyChannel",
    "allowed_actions",
    "check_action",
    "enum_or_none",
]

class Channel(enum.StrEnum):
    """How the complaint came in (clauses 1-3, 1-4, 2)."""

    VISIT = "visit"
    PHONE = "phone"
    LETTER = "letter"
    HOMEPAGE = "homepage"
    SNS = "sns"
    EMAIL = "email"
    CALL_CENTRE = "call_centre"


class ReplyChannel(enum.StrEnum):
    """How the answer went out."""

    LETTER = "letter"
    EMAIL = "email"
    PHONE = "phone"
    SMS = "sms"
    HOMEPAGE = "homepage"
    IN_PERSON = "in_person"


class NoticeMethod(enum.StrEnum):
    """How the citizen was told about a delay."""

    PHONE = "phone"
    LETTER = "letter"
    EMAIL = "email"


class FollowUpOutcome(enum.StrEnum):
    """What the follow-up call found (clause 1-3: 결과 확인 및 추가 문의 여부)."""

    NO_FURTHER_QUESTIONS = "no_further_questions"
    FURTHER_QUESTIONS = "further_questions"
    UNREACHABLE = "unreachable"


class ComplaintStatus(enum.StrEnum):
    RECEIVED = "received"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    FOLLOWED_UP = "follow_up_done"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        """Not answered yet: the deadline is running."""
        return self in _OPEN


class ComplaintAction(enum.StrEnum):
    ASSIGN = "assign"
    REASSIGN = "reassign"
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    DELAY_NOTICE = "delay_notice"
    ANSWER = "answer"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"


class EventKind(enum.StrEnum):
    """A step in a complaint's history (``complaint_event.kind``).

    ``pause`` rows span the pause (``at`` … ``ends_at``); the deadline engine
    and the calendar service read them as they are.
    """

    RECEIVED = "received"
    ASSIGNED = "assigned"
    REASSIGNED = "reassigned"
    STARTED = "started"
    PAUSED = "pause"
    RESUMED = "resumed"
    DELAY_NOTICE = "delay_notice"
    ANSWERED = "answered"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


_OPEN: Final = frozenset(
    {ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS}
)
OPEN_STATUSES: Final = tuple(s.value for s in ComplaintStatus if s in _OPEN)

# action → (statuses it is allowed from, status after it; None = unchanged)
TRANSITIONS: Final[Mapping[ComplaintAction, tuple[frozenset[ComplaintStatus],
                                                  ComplaintStatus | None]]] = {
    ComplaintAction.ASSIGN: (frozenset({ComplaintStatus.RECEIVED}), ComplaintStatus.ASSIGNED),
    ComplaintAction.REASSIGN: (
        frozenset({ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS}),
        ComplaintStatus.ASSIGNED,
    ),
    ComplaintAction.START: (frozenset({ComplaintStatus.ASSIGNED}), ComplaintStatus.IN_PROGRESS),
    ComplaintAction.PAUSE: (_OPEN, None),
    ComplaintAction.RESUME: (_OPEN, None),
    ComplaintAction.DELAY_NOTICE: (_OPEN, None),
    ComplaintAction.ANSWER: (frozenset({ComplaintStatus.IN_PROGRESS}), ComplaintStatus.ANSWERED),
    ComplaintAction.FOLLOW_UP: (frozenset({ComplaintStatus.ANSWERED}),
                                ComplaintStatus.FOLLOWED_UP),
    ComplaintAction.CLOSE: (frozenset({ComplaintStatus.FOLLOWED_UP}), ComplaintStatus.CLOSED),
}
# While the clock is stopped for a supplementation these wait for it to end.
_BLOCKED_WHILE_PAUSED: Final = frozenset(
    {ComplaintAction.PAUSE, ComplaintAction.DELAY_NOTICE, ComplaintAction.ANSWER}
)


def allowed_actions(status: ComplaintStatus, paused: bool) -> frozenset[ComplaintAction]:
    """The steps a complaint in ``status`` (paused or not) can take next."""
    return frozenset(a for a in ComplaintAction if _refusal(status, a, paused) is None)


def check_action(status: ComplaintStatus, action: ComplaintAction, paused: bool) -> ComplaintStatus:
    """The status after ``action``; DomainError saying why when it is not allowed now."""
    refusal = _refusal(status, action, paused)
    if refusal is not None:
        raise DomainError(refusal)
    after = TRANSITIONS[action][1]
    return after if after is not None else status


def _refusal(status: ComplaintStatus, action: ComplaintAction, paused: bool) -> Message | None:
    allowed_from, _ = TRANSITIONS[action]
    if action is ComplaintAction.RESUME and status in allowed_from and not paused:
        return msg("complaint.not_paused")
    if status not in allowed_from:
        needed = [s for s in ComplaintStatus if s in allowed_from]
        return msg("complaint.step_not_now", status=status, action=action,
                   needed=one_of(needed))
    if paused and action in _BLOCKED_WHILE_PAUSED:
        return msg("complaint.paused_blocks_step")
    return None


_E = TypeVar("_E", bound=enum.StrEnum)


def enum_or_none(kind: type[_E], value: str) -> _E | None:
    """The member of ``kind`` whose code is ``value`` (trimmed); None for "" or an unknown code."""
    try:
        return kind(value.strip()) if value and value.strip() else None
    except ValueError:
        return None
