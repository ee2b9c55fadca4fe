"""Report › Compliance report… (이행실적 보고서, issue 16): choose a period (this month, last
month, a quarter, a year or a range), see the summary figures, save the report as XLSX
or PDF. A lead's report is their department's (the service narrows it).

The figures are computed off the GUI thread (a year is a few hundred thousand records);
the files are written from the figures shown.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.dates import EARLIEST_DATE
from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.services.compliance_report import ComplianceReportService, ComplianceResult
from arco_desk.ui.common.background_call import run_in_background
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.seoul_time import bound_to_entry_range, from_qdate, to_qdate
from arco_desk.ui.report.pdf_report import write_pdf
from arco_desk.ui.report.report_tables import report_tables

__all__ = ["ComplianceReportDialog", "PeriodChoice", "period_days"]

_DECEMBER = 12


class PeriodChoice(enum.Enum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"


def _month_end(first: date) -> date:
    following = (date(first.year + 1, 1, 1) if first.month == _DECEMBER
                 else date(first.year, first.month + 1, 1))
    return following - timedelta(days=1)


def period_days(choice: PeriodChoice, today: date, *, year: int, quarter: int,
                first: date, last: date) -> tuple[date, date]:
    """The first and last day (both included) of the period chosen."""
    if choice is PeriodChoice.THIS_MONTH:
        start = today.replace(day=1)
        return start, _month_end(start)
    if choice is PeriodChoice.LAST_MONTH:
        start = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
        return start, _month_end(start)
    if choice is PeriodChoice.QUARTER:
        start = date(year, 3 * (quarter - 1) + 1, 1)
        return start, _month_end(date(year, 3 * quarter, 1))
    if choice is PeriodChoice.YEAR:
        return date(year, 1, 1), date(year, 12, 31)
    return first, last


class ComplianceReportDialog(QDialog):
    def __init__(self, reports: ComplianceReportService, person_name: Callable[[], str],
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports = reports
        self.person_name = person_name
        self.clock = clock
        self.shown: ComplianceResult | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Compliance report"))
        self.setMinimumSize(640, 520)
        self.message_bar = MessageBar(self)
        today = clock().astimezone(SEOUL).date()
        self.choice = QComboBox()
        for choice, words in ((PeriodChoice.THIS_MONTH, self.tr("This month")),
                              (PeriodChoice.LAST_MONTH, self.tr("Last month")),
                              (PeriodChoice.QUARTER, self.tr("A quarter")),
                              (PeriodChoice.YEAR, self.tr("A year")),
                              (PeriodChoice.RANGE, self.tr("From – to"))):
            self.choice.addItem(words, choice.value)
        self.year = QSpinBox()
        self.year.setRange(EARLIEST_DATE.year, today.year + 1)
        self.year.setValue(today.year)
        self.quarter = QComboBox()
        for number in range(1, 5):
            self.quarter.addItem(self.tr("Q%1").replace("%1", str(number)), number)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.first = QDateEdit(to_qdate(today.replace(day=1)))
        self.last = QDateEdit(to_qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            bound_to_entry_range(edit, today)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        form = QFormLayout()
        form.addRow(self.tr("&Period"), self.choice)
        which = QHBoxLayout()
        which.addWidget(self.year)
        which.addWidget(self.quarter)
        which.addStretch(1)
        form.addRow(_label_for(self.tr("&Year"), self.year), which)
        days = QHBoxLayout()
        days.addWidget(self.first)
        days.addWidget(QLabel("–"))
        days.addWidget(self.last)
        days.addStretch(1)
        form.addRow(_label_for(self.tr("&From – to"), self.first), days)
        show_row = QHBoxLayout()
        show_row.addWidget(self.show_button)
        show_row.addStretch(1)
        form.addRow("", show_row)
        self.heading = QLabel()
        self.heading.setObjectName("reportHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QTableWidget(0, 2)
        self.summary.setObjectName("reportSummary")
        self.summary.setAccessibleName(self.tr("Summary figures"))
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.verticalHeader().hide()
        header = self.summary.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.xlsx_button = QPushButton(self.tr("Save &XLSX…"))
        self.xlsx_button.clicked.connect(lambda: self.choose_file("xlsx"))
        self.pdf_button = QPushButton(self.tr("Save P&DF…"))
        self.pdf_button.clicked.connect(lambda: self.choose_file("pdf"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.xlsx_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary, 1)
        layout.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()
        self._set_saveable(False)
        self.refresh()

    def days(self) -> tuple[date, date]:
        return period_days(PeriodChoice(self.choice.currentData()),
                           self.clock().astimezone(SEOUL).date(), year=self.year.value(),
                           quarter=int(self.quarter.currentData()),
                           first=from_qdate(self.first.date()),
                           last=from_qdate(self.last.date()))

    def _choice_changed(self) -> None:
        choice = PeriodChoice(self.choice.currentData())
        self.year.setEnabled(choice in (PeriodChoice.QUARTER, PeriodChoice.YEAR))
        self.quarter.setEnabled(choice is PeriodChoice.QUARTER)
        for edit in (self.first, self.last):
            edit.setEnabled(choice is PeriodChoice.RANGE)

    def refresh(self) -> None:
        """The figures of the period chosen, computed off the GUI thread."""
        if self.busy:
            return
        first, last = self.days()
        self.busy = True
        self.show_button.setEnabled(False)
        self._set_saveable(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        run_in_background(lambda: self.reports.report(first, last), done=self._shown,
                          failed=self._not_shown, context=self)

    def _done(self) -> None:
        self.busy = False
        self.show_button.setEnabled(True)
        self.unsetCursor()

    def _shown(self, result: ComplianceResult) -> None:
        self._done()
        self.message_bar.hide()
        self.shown = result
        words = report_tables(result, self.person_name(), self.clock())
        self.heading.setText(" · ".join(f"{name}: {value}" for name, value in words.heading[:3]))
        rows = words.summary.rows
        self.summary.setHorizontalHeaderLabels(list(words.summary.headers))
        self.summary.setRowCount(len(rows))
        for index, (figure, value) in enumerate(rows):
            self.summary.setItem(index, 0, QTableWidgetItem(figure.text()))
            item = QTableWidgetItem(value.text())
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.summary.setItem(index, 1, item)
        self._set_saveable(True)

    def _not_shown(self, error: BaseException) -> None:
        self._done()
        self.shown = None
        self.summary.setRowCount(0)
        self.heading.clear()
        with refusals(self.message_bar):
            raise error  # a refusal is shown here; anything else is a bug for the hook

    def _set_saveable(self, saveable: bool) -> None:
        self.xlsx_button.setEnabled(saveable)
        self.pdf_button.setEnabled(saveable)

    def suggested_name(self, kind: str) -> str:
        first, last = self.days()
        return f"compliance-{first:%Y%m%d}-{last:%Y%m%d}.{kind}"

    def choose_file(self, kind: str) -> Path | None:
        caption = self.tr("Save the compliance report")
        kinds = self.tr("Excel (*.xlsx)") if kind == "xlsx" else self.tr("PDF (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(self, caption, self.suggested_name(kind), kinds)
        return self.save_to(Path(name), kind) if name else None

    def save_to(self, path: Path, kind: str) -> Path | None:
        """The report shown, written to ``path``; None (the reason in the bar) when not."""
        result = self.shown
        if result is None:
            return None
        if kind == "xlsx":
            # openpyxl loads when a workbook is written (docs/architecture.md §16).
            from arco_desk.ui.report.xlsx_report import write_xlsx as write
        else:
            write = write_pdf
        with refusals(self.message_bar) as outcome:
            try:
                write(result, path, self.person_name(), self.clock())
            except OSError as error:
                raise DomainError(msg("report.cannot_write", path=str(path),
                                      reason=error.strerror or type(error).__name__)
                                  ) from error
        if outcome.refused:
            return None
        self.message_bar.show_info(self.tr("Saved to %1.").replace("%1", str(path)))
        return path


def _label_for(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic reaches ``buddy`` (a row of several fields has none)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
