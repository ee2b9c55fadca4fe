"""Memo statuses in colour *and* text, never colour alone."""

from __future__ import annotations

from PySide6.QtGui import QColor

from arco_desk.domain.memos import DoneVia, MemoStatus
from arco_desk.ui.common.labels import label

# background, foreground: readable pairs (WCAG AA on the text)
_COLOURS = {
    MemoStatus.NEW: ("#dbeafe", "#1e3a8a"),
    MemoStatus.DELIVERED: ("#e0e7ff", "#3730a3"),
    MemoStatus.READ: ("#e0f2e9", "#14532d"),
    MemoStatus.ESCALATED: ("#fee2e2", "#991b1b"),
    MemoStatus.DONE: ("#e5e7eb", "#374151"),
}
_MARKS = {
    MemoStatus.NEW: "✉",
    MemoStatus.DELIVERED: "✉",
    MemoStatus.READ: "✓",
    MemoStatus.ESCALATED: "⚠",
    MemoStatus.DONE: "✔",
}


def memo_status_text(status: MemoStatus) -> str:
    return f"{_MARKS[status]} {label(status)}"


def memo_status_colours(status: MemoStatus) -> tuple[QColor, QColor]:
    background, foreground = _COLOURS[status]
    return QColor(background), QColor(foreground)


def done_via_text(via: str) -> str:
    try:
        return label(DoneVia(via))
    except ValueError:
        return via
