"""Type-ahead over the directory: name, department, duty keywords, extension.

One widget for every "who" field (memo target, host, assignee): the operator
types "예산" or "김민" and picks from what the database matches.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from arco_desk.domain.directory import StaffRecord
from arco_desk.services.directory import DirectoryService
from arco_desk.ui.common.status_style import status_text

SUGGESTIONS = 20
STAFF_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def staff_label(staff: StaffRecord) -> str:
    """How a chosen staff member reads in the field: "김민준 · 경영기획부"."""
    return f"{staff.name} · {staff.department_name}"


class StaffPicker(QLineEdit):
    """A line edit that suggests staff as you type; ``staff_id()`` is the choice."""

    staff_chosen = Signal(int)
    cleared = Signal()

    def __init__(self, directory: DirectoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self._chosen: StaffRecord | None = None
        self._matches: dict[int, StaffRecord] = {}
        self.suggestions = QStandardItemModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # QCompleter.activated is overloaded (str, QModelIndex); the stubs can't index it.
        cast(Any, completer.activated)[QModelIndex].connect(self._activated)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Name, department or duty (e.g. 예산)"))
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._suggest)

    # --- what the form reads ------------------------------------------------------------

    def staff_id(self) -> int | None:
        return self._chosen.id if self._chosen else None

    def chosen(self) -> StaffRecord | None:
        return self._chosen

    def set_staff(self, staff_id: int | None) -> None:
        """Show ``staff_id`` as chosen (``None`` clears the field)."""
        if staff_id is None:
            self._chosen = None
            self.clear()
            return
        self._choose(self.directory.get_staff(staff_id))

    def suggest(self, text: str) -> list[StaffRecord]:
        """Fill the suggestion list for ``text`` and return it (tests drive this)."""
        self._suggest(text)
        return list(self._matches.values())

    def choose_first(self) -> bool:
        """Take the first suggestion, as Enter does in the popup; False when none."""
        if self.suggestions.rowCount() == 0:
            return False
        self._activated(self.suggestions.index(0, 0))
        return True

    # --- internals ----------------------------------------------------------------------

    def _suggest(self, text: str) -> None:
        if self._chosen is not None:
            self._chosen = None
            self.cleared.emit()
        self.suggestions.clear()
        self._matches = {}
        if not text.strip():
            return
        for staff in self.directory.search(text)[:SUGGESTIONS]:
            self._matches[staff.id] = staff
            item = QStandardItem(self._suggestion_text(staff))
            item.setData(staff.id, STAFF_ID_ROLE)
            item.setData(staff_label(staff), Qt.ItemDataRole.EditRole)
            self.suggestions.appendRow(item)

    def _suggestion_text(self, staff: StaffRecord) -> str:
        duties = f" — {staff.duties}" if staff.duties else ""
        return (f"{staff.name} · {staff.department_name} {staff.position}{duties}"
                f"  [{status_text(staff.presence)}]")

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        staff_id = index.data(STAFF_ID_ROLE)
        staff = self._matches.get(int(staff_id)) if staff_id is not None else None
        if staff is not None:
            self._choose(staff)

    def _choose(self, staff: StaffRecord) -> None:
        self._chosen = staff
        self.setText(staff_label(staff))
        self.staff_chosen.emit(staff.id)
