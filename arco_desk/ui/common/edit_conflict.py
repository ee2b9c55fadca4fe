"""A stale save, shown in the form (docs/architecture.md §9): under each field another
PC changed meanwhile, its value now and a link to take it; the typed text stays."""

from __future__ import annotations

from contextlib import suppress
from datetime import date, datetime

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from arco_desk.domain.errors import DomainError
from arco_desk.ui.common.messages import param_text
from arco_desk.ui.common.seoul_time import to_qdate, to_qdatetime
from arco_desk.ui.common.staff_picker import StaffPicker, staff_label

TAKE_THEIRS = "take"


def value_text(widget: QWidget, value: object) -> str:
    """``value`` as the widget would show it (a choice's label, a moment in Seoul)."""
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index >= 0:
            return widget.itemText(index)
    if isinstance(widget, StaffPicker) and isinstance(value, int):
        with suppress(DomainError):  # gone from the directory: the id is all there is
            return staff_label(widget.directory.get_staff(value))
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (datetime, date, int)):
        return param_text(value)
    return str(value)


def take_value(widget: QWidget, value: object) -> None:
    """Put ``value`` into ``widget`` (the "take theirs" link)."""
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index >= 0:
            widget.setCurrentIndex(index)
    elif isinstance(widget, StaffPicker):
        if value is None or isinstance(value, int):
            with suppress(DomainError):
                widget.set_staff(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit) \
            and isinstance(value, datetime):
        widget.setDateTime(to_qdatetime(value))
    elif isinstance(widget, QDateEdit) and isinstance(value, date):
        widget.setDate(to_qdate(value))
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)
