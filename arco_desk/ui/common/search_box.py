"""The search box every list has: what can be typed into it is bounded like the search
itself (``TextKind.SEARCH``), so a pasted page never reaches the database."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from arco_desk.domain.text import RULES, TextKind


def search_box(parent: QWidget | None = None) -> QLineEdit:
    box = QLineEdit(parent)
    box.setMaxLength(RULES[TextKind.SEARCH].limit)
    box.setClearButtonEnabled(True)
    return box
