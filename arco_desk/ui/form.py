"""Field-level error messages for forms: the message sits under its field."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from arco_desk.domain.errors import ValidationError

ERROR_STYLE = "color:#b42318;"
INVALID_STYLE = "border:1px solid #b42318;"


class FieldErrors:
    """Adds ``label`` + ``widget`` rows to a form, each with a hidden error label."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}

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
        column.addWidget(error)
        self.layout.addRow(label, holder)
        widget.setAccessibleName(label.replace("&", "").rstrip(" *:"))
        self.widgets[name] = widget
        self.labels[name] = error
        return widget

    def clear(self) -> None:
        for name, label in self.labels.items():
            label.clear()
            label.hide()
            self.widgets[name].setStyleSheet("")

    def show(self, error: ValidationError) -> list[str]:
        """Show each message next to its field; returns messages with no field here."""
        self.clear()
        unplaced: list[str] = []
        first: QWidget | None = None
        for name, message in error.field_errors.items():
            label = self.labels.get(name)
            if label is None:
                unplaced.append(message)
                continue
            label.setText(message)
            label.show()
            widget = self.widgets[name]
            widget.setStyleSheet(INVALID_STYLE)
            first = first or widget
        if first is not None:
            first.setFocus()
        return unplaced

    def message(self, name: str) -> str:
        return self.labels[name].text()
