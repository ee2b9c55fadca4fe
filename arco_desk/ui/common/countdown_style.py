"""Countdown badges in colour *and* text, shared by memos, complaints and call tasks."""

from __future__ import annotations

from PySide6.QtGui import QColor

from arco_desk.domain.deadlines import Countdown, CountdownState
from arco_desk.ui.common.language import ui_language
from arco_desk.ui.common.messages import render

__all__ = ["countdown_colours", "countdown_mark", "countdown_stylesheet", "countdown_text",
           "label_stylesheet", "ui_language"]

# background, foreground: readable pairs (WCAG AA on the text)
_COLOURS = {
    CountdownState.ON_TRACK: ("#e0f2e9", "#14532d"),
    CountdownState.DUE_TODAY: ("#fef3c7", "#78350f"),
    CountdownState.DUE_SOON: ("#ffedd5", "#9a3412"),
    CountdownState.OVERDUE: ("#fee2e2", "#991b1b"),
}
_MARKS = {
    CountdownState.ON_TRACK: "◷",
    CountdownState.DUE_TODAY: "◔",
    CountdownState.DUE_SOON: "◕",
    CountdownState.OVERDUE: "⚠",
}


def countdown_text(countdown: Countdown) -> str:
    """The badge text in the UI's language, with a mark that does not rely on colour."""
    return f"{countdown_mark(countdown.state)} {render(countdown.words)}"


def countdown_colours(state: CountdownState) -> tuple[QColor, QColor]:
    background, foreground = _COLOURS[state]
    return QColor(background), QColor(foreground)


def countdown_mark(state: CountdownState) -> str:
    return _MARKS[state]


def countdown_stylesheet(state: CountdownState) -> str:
    """For a QLabel badge: rounded, padded, the state's colours."""
    return label_stylesheet(*_COLOURS[state])


def label_stylesheet(background: str, foreground: str) -> str:
    """A QLabel badge in these colours: every badge in the app looks alike."""
    return (f"QLabel {{ background: {background}; color: {foreground}; border-radius: 4px;"
            " padding: 2px 6px; font-weight: 600; }")
