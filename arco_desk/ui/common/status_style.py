"""Every status the app paints, in colour *and* text, never colour alone.

One table per kind of status, all here: a mark that reads without colour, and a
background/foreground pair readable to WCAG AA. The functions below are the only way a
status reaches the screen, so a table row, a detail pane and a badge always agree.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtGui import QColor

from arco_desk.domain.complaint_deadline import Badge, BadgeState
from arco_desk.domain.deadlines import Countdown, CountdownState
from arco_desk.domain.directory import Presence
from arco_desk.domain.memos import MemoStatus
from arco_desk.domain.messages import Message
from arco_desk.domain.reception import VisitStatus
from arco_desk.ui.common.labels import label
from arco_desk.ui.common.messages import render


@dataclass(frozen=True, slots=True)
class Look:
    mark: str
    background: str
    foreground: str


PRESENCE: Final[Mapping[Presence, Look]] = {
    Presence.IN: Look("●", "#d9f2e1", "#14532d"),
    Presence.AWAY: Look("◐", "#fff1c2", "#713f12"),
    Presence.LEAVE: Look("○", "#e5e7eb", "#374151"),
    Presence.TRIP: Look("✈", "#dbeafe", "#1e3a8a"),
    Presence.TRAINING: Look("✎", "#ede9fe", "#4c1d95"),
}

MEMO_STATUS: Final[Mapping[MemoStatus, Look]] = {
    MemoStatus.NEW: Look("✉", "#dbeafe", "#1e3a8a"),
    MemoStatus.DELIVERED: Look("✉", "#e0e7ff", "#3730a3"),
    MemoStatus.READ: Look("✓", "#e0f2e9", "#14532d"),
    MemoStatus.ESCALATED: Look("⚠", "#fee2e2", "#991b1b"),
    MemoStatus.DONE: Look("✔", "#e5e7eb", "#374151"),
}

VISIT_STATUS: Final[Mapping[VisitStatus, Look]] = {
    VisitStatus.EXPECTED: Look("◷", "#e0e7ff", "#1e3a8a"),
    VisitStatus.HOST_READY: Look("✔", "#dbeafe", "#1e40af"),
    VisitStatus.ARRIVED: Look("●", "#fef3c7", "#78350f"),
    VisitStatus.IN_MEETING: Look("◆", "#d9f2e1", "#14532d"),
    VisitStatus.LEFT: Look("↩", "#e5e7eb", "#374151"),
    VisitStatus.NO_SHOW: Look("✕", "#fee2e2", "#991b1b"),
    VisitStatus.CANCELLED: Look("—", "#f3f4f6", "#4b5563"),
}

COUNTDOWN: Final[Mapping[CountdownState, Look]] = {
    CountdownState.ON_TRACK: Look("◷", "#e0f2e9", "#14532d"),
    CountdownState.DUE_TODAY: Look("◔", "#fef3c7", "#78350f"),
    CountdownState.DUE_SOON: Look("◕", "#ffedd5", "#9a3412"),
    CountdownState.OVERDUE: Look("⚠", "#fee2e2", "#991b1b"),
}

# A complaint's badge: while the clock runs it looks like any countdown.
COMPLAINT_BADGE: Final[Mapping[BadgeState, Look]] = {
    BadgeState.ON_TRACK: COUNTDOWN[CountdownState.ON_TRACK],
    BadgeState.DUE_TODAY: COUNTDOWN[CountdownState.DUE_TODAY],
    BadgeState.DUE_SOON: COUNTDOWN[CountdownState.DUE_SOON],
    BadgeState.OVERDUE: COUNTDOWN[CountdownState.OVERDUE],
    BadgeState.PAUSED: Look("‖", "#e0e7ff", "#312e81"),
    BadgeState.ANSWERED_IN_TIME: Look("✓", "#e5e7eb", "#1f2937"),
    BadgeState.ANSWERED_LATE: Look("✓", "#fce7f3", "#831843"),
}

# By the status's type: members of different kinds may share a stored value.
_TABLES: Final[Mapping[type[enum.Enum], Mapping[Any, Look]]] = {
    Presence: PRESENCE,
    MemoStatus: MEMO_STATUS,
    VisitStatus: VISIT_STATUS,
    CountdownState: COUNTDOWN,
    BadgeState: COMPLAINT_BADGE,
}

Status = Presence | MemoStatus | VisitStatus | CountdownState | BadgeState


def look(status: Status) -> Look:
    return _TABLES[type(status)][status]


def status_text(status: Status) -> str:
    """The status's mark and its label in the UI's language, e.g. "● 재실"."""
    return f"{look(status).mark} {label(status)}"


def status_words(status: Status, words: Message) -> str:
    """The status's mark before ``words``, e.g. a countdown "⚠ 2일 초과"."""
    return f"{look(status).mark} {render(words)}"


def status_colours(status: Status) -> tuple[QColor, QColor]:
    """Background and foreground for a table cell."""
    found = look(status)
    return QColor(found.background), QColor(found.foreground)


def status_stylesheet(status: Status) -> str:
    """For a QLabel badge in the status's colours."""
    found = look(status)
    return label_stylesheet(found.background, found.foreground)


def label_stylesheet(background: str, foreground: str) -> str:
    """A QLabel badge in these colours: every badge in the app looks alike."""
    return (f"QLabel {{ background: {background}; color: {foreground}; border-radius: 4px;"
            " padding: 2px 6px; font-weight: 600; }")


def badge_text(badge: Countdown | Badge) -> str:
    """A countdown or complaint badge: its state's mark and its words."""
    return status_words(badge.state, badge.words)
