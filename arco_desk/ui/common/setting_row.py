"""One agency setting edited inside a dialog: a number, its Save button beside it, and
the value the dialog last saw, so another PC's change meanwhile is shown under the field
instead of being overwritten (docs/architecture.md §9)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSpinBox, QWidget

from arco_desk.domain.errors import EditConflict
from arco_desk.ui.common.form import FieldErrors
from arco_desk.ui.common.known_errors import ShownIn, refusals

# The store's answer to a save: (value typed, value the dialog saw) → the value saved.
Store = Callable[[int, int | None], int]


class SettingRow:
    def __init__(self, fields: FieldErrors, name: str, key: str, label: str,
                 spin: QSpinBox, save_text: str) -> None:
        self.fields = fields
        self.key = key
        self.spin = spin
        self.button = QPushButton(save_text)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(spin)
        row.addWidget(self.button)
        row.addStretch(1)
        fields.add_row(name, label, holder)
        # A value another PC saved meanwhile comes back under the setting's own key.
        fields.widgets[key] = spin
        fields.labels[key] = fields.labels[name]
        self.seen: int | None = None

    def show_value(self, value: int) -> None:
        """The value as stored now: shown, and what the next save is compared with."""
        self.seen = value
        self.spin.setValue(value)

    def save(self, shown_in: ShownIn, store: Store) -> int | None:
        """Store the typed value; the value saved, or None when refused (shown)."""
        with refusals(shown_in, self.fields) as outcome:
            saved = store(self.spin.value(), self.seen)
        if isinstance(outcome.error, EditConflict):  # seen now: saving again is on purpose
            self.seen = int(str(outcome.error.current[self.key]))
        if outcome.refused:
            return None
        self.seen = saved
        return saved
