"""The search box every list has: what can be typed into it is bounded like the search
itself (``TextKind.SEARCH``), so a pasted page never reaches the database; and the line
under the list that says how many were found, and that the search was shortened when its
words were more than a search takes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from arco_desk.domain.text import RULES, TextKind
from arco_desk.services.search import SEARCH_NARROWED
from arco_desk.ui.common.messages import render


def search_box(parent: QWidget | None = None) -> QLineEdit:
    box = QLineEdit(parent)
    box.setMaxLength(RULES[TextKind.SEARCH].limit)
    box.setClearButtonEnabled(True)
    return box


def show_found(label: QLabel, count_text: str, found: Sequence[int]) -> None:
    """``count_text`` ("12 memos") on ``label``, with the notice that only the first words
    were searched when ``found`` says its search was shortened."""
    if getattr(found, "narrowed", False):
        label.setText(f"{count_text} — {render(SEARCH_NARROWED)}")
        label.setStyleSheet("color:#8a4b00;")
    else:
        label.setText(count_text)
        label.setStyleSheet("")
