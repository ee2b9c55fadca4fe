"""Presence shown in colour *and* text, never colour alone."""

from __future__ import annotations

from PySide6.QtGui import QColor

from arco_desk.domain.directory import Presence
from arco_desk.ui.common.labels import label

# background, foreground: readable pairs (WCAG AA on the text)
_COLOURS = {
    Presence.IN: ("#d9f2e1", "#14532d"),
    Presence.AWAY: ("#fff1c2", "#713f12"),
    Presence.LEAVE: ("#e5e7eb", "#374151"),
    Presence.TRIP: ("#dbeafe", "#1e3a8a"),
    Presence.TRAINING: ("#ede9fe", "#4c1d95"),
}
_MARKS = {
    Presence.IN: "●",
    Presence.AWAY: "◐",
    Presence.LEAVE: "○",
    Presence.TRIP: "✈",
    Presence.TRAINING: "✎",
}


def presence_text(presence: Presence) -> str:
    return f"{_MARKS[presence]} {label(presence)}"


def presence_colours(presence: Presence) -> tuple[QColor, QColor]:
    background, foreground = _COLOURS[presence]
    return QColor(background), QColor(foreground)
