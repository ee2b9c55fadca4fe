"""Field-level error messages for forms: the message sits under its field."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.directory import StaffRecord
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import EditConflict, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.ui.common.edit_conflict import TAKE_THEIRS, take_value, value_text
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.messages import render

ERROR_STYLE = "color:#b42318;"
INVALID_STYLE = "border:1px solid #b42318;"


class FieldErrors:
    """Adds ``label`` + ``widget`` rows to a form, each with a hidden error label."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        # Another PC's value of a field after a stale save, for its "take" link.
        self.theirs: dict[str, object] = {}

    def add_row(self, name: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        error.linkActivated.connect(lambda _link: self._take_theirs(name))
        column.addWidget(error)
        self.layout.addRow(label, holder)
        widget.setAccessibleName(label.replace("&", "").rstrip(" *:"))
        self.widgets[name] = widget
        self.labels[name] = error
        return widget

    def clear(self) -> None:
        self.theirs.clear()
        for name, label in self.labels.items():
            label.clear()
            label.hide()
            self.widgets[name].setStyleSheet("")

    def show(self, error: ValidationError) -> list[str]:
        """Show each message next to its field; returns the words of those with no field
        here. A stale save's fields show the value now and a link to take it."""
        self.clear()
        unplaced: list[str] = []
        first: QWidget | None = None
        for name, message in error.field_errors.items():
            label = self.labels.get(name)
            if label is None:
                unplaced.append(render(message))
                continue
            if isinstance(error, EditConflict) and name in error.current:
                self._show_theirs(name, label, error.current[name])
            else:
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setText(render(message))
            label.show()
            widget = self.widgets[name]
            widget.setStyleSheet(INVALID_STYLE)
            first = first or widget
        if first is not None:
            first.setFocus()
        return unplaced

    def message(self, name: str) -> str:
        return self.labels[name].text()

    def _show_theirs(self, name: str, label: QLabel, value: object) -> None:
        widget = self.widgets[name]
        now = render(msg("edit.changed_since", value=value_text(widget, value)))
        take = QCoreApplication.translate("FieldErrors", "Take this value")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(f'{html.escape(now)} <a href="{TAKE_THEIRS}">{html.escape(take)}</a>')
        self.theirs[name] = value

    def _take_theirs(self, name: str) -> None:
        if name in self.theirs:
            take_value(self.widgets[name], self.theirs[name])


class FormDialog(QDialog):
    """A dialog with a message bar, a form of fields with their errors, Save and Cancel.

    Subclasses add rows with ``self.fields.add_row`` and implement :meth:`submit`,
    which calls a service; :meth:`save` shows a refusal under its fields (or in the
    message bar) and keeps every typed value, and closes the dialog on success.

    A dialog editing a record sets ``self.opened`` to what it showed and passes it to
    the service. After a stale save (another PC changed the same fields) ``opened``
    becomes the record as it is now, so saving again keeps what was typed on purpose
    (docs/architecture.md §9).
    """

    opened: Opened | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_bar = MessageBar(self)
        self.form = QFormLayout()
        self.fields = FieldErrors(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        with refusals(self.message_bar, self.fields) as outcome:
            self.submit()
        if isinstance(outcome.error, EditConflict):
            self.opened = seen_now(self.opened, outcome.error)
        elif not outcome.refused:
            self.accept()


def seen_now(opened: Opened | None, conflict: EditConflict) -> Opened:
    """What a form has now seen of a record after a stale save: the record's version and
    values now, so saving again writes what was typed over them on purpose."""
    values = dict(opened.values) if opened is not None else {}
    values.update(conflict.current)
    return Opened(conflict.version, values)


def fill_staff_combo(
    combo: QComboBox, staff: Iterable[StaffRecord], exclude_id: int | None, none_label: str
) -> None:
    """``none_label`` first (data None), then "name · department" for everyone else."""
    combo.addItem(none_label, None)
    for other in staff:
        if other.id != exclude_id:
            combo.addItem(f"{other.name} · {other.department_name}", other.id)
