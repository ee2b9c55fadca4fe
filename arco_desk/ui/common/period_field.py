"""A processing period typed in: working hours, working days, or immediately (즉시 = 3
working hours); optionally "the kind's period" first, for a 기타 complaint's own period."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from arco_desk.domain.deadlines import MAX_PERIOD_AMOUNT, Period, PeriodUnit

HOURS, DAYS, IMMEDIATE = "h", "d", "immediate"


class PeriodField(QWidget):
    """``text()`` is the period as the domain reads it ("3h", "7d", "즉시"; "" for the
    kind's own when ``kind_default`` is offered)."""

    changed = Signal()

    def __init__(self, kind_default: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit of the period"))
        if kind_default:
            self.unit.addItem(self.tr("The kind's period"), "")
        self.unit.addItem(self.tr("Working hours"), HOURS)
        self.unit.addItem(self.tr("Working days"), DAYS)
        self.unit.addItem(self.tr("Immediately (3 working hours)"), IMMEDIATE)
        self.amount = QSpinBox()
        self.amount.setAccessibleName(self.tr("Amount of the period"))
        self.amount.setRange(1, MAX_PERIOD_AMOUNT)
        self.amount.setValue(7)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.unit)
        row.addWidget(self.amount)
        row.addStretch(1)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.amount.valueChanged.connect(self.changed)
        self._unit_changed()

    def text(self) -> str:
        unit = self.unit.currentData()
        if unit == IMMEDIATE:
            return str(Period.immediately())
        if not unit:
            return ""
        return f"{self.amount.value()}{unit}"

    def set_period(self, period: Period | None) -> None:
        """Show ``period`` (None: the kind's period, when offered)."""
        if period is None:
            self.unit.setCurrentIndex(max(0, self.unit.findData("")))
        elif period.immediate:
            self.unit.setCurrentIndex(self.unit.findData(IMMEDIATE))
        else:
            self.amount.setValue(period.amount)
            self.unit.setCurrentIndex(self.unit.findData(
                HOURS if period.unit is PeriodUnit.HOURS else DAYS))

    def _unit_changed(self) -> None:
        self.amount.setEnabled(self.unit.currentData() in (HOURS, DAYS))
        self.changed.emit()
