"""Memo statuses in colour *and* text, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from arco_desk.domain.memos import MemoStatus

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
    labels = {
        MemoStatus.NEW: QCoreApplication.translate("MemoStatus", "Sent"),
        MemoStatus.DELIVERED: QCoreApplication.translate("MemoStatus", "Delivered"),
        MemoStatus.READ: QCoreApplication.translate("MemoStatus", "Read"),
        MemoStatus.ESCALATED: QCoreApplication.translate("MemoStatus", "Escalated"),
        MemoStatus.DONE: QCoreApplication.translate("MemoStatus", "Done"),
    }
    return f"{_MARKS[status]} {labels[status]}"


def memo_status_colours(status: MemoStatus) -> tuple[QColor, QColor]:
    background, foreground = _COLOURS[status]
    return QColor(background), QColor(foreground)


def done_via_text(via: str) -> str:
    labels = {
        "call": QCoreApplication.translate("MemoStatus", "called back"),
        "email": QCoreApplication.translate("MemoStatus", "answered by e-mail"),
        "complaint": QCoreApplication.translate("MemoStatus", "became a complaint"),
    }
    return labels.get(via, via)
