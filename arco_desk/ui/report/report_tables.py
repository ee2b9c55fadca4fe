"""The compliance report as tables in the UI's language: the one layout the XLSX workbook,
the PDF and the dialog's summary print (issue 16).

Each :class:`Table` has a title, its column headings, rows of cells and the keys of the
footnotes that define its figures. A cell is a count (int), a rate in percent (a float,
None when there is nothing to rate), working hours (a float, None when nothing was
measured) or a word.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Final

from PySide6.QtCore import QCoreApplication

from arco_desk.domain.complaints import Channel
from arco_desk.domain.compliance import (
    AppointmentFigures,
    ComplaintFigures,
    MemoFigures,
    OutboundVisitFigures,
)
from arco_desk.domain.compliance_measures import Rate, WorkingTimes
from arco_desk.services.compliance_report import ComplianceResult
from arco_desk.ui.common.labels import label
from arco_desk.ui.common.language import ui_language
from arco_desk.ui.common.messages import moment_text
from arco_desk.ui.common.translation_marks import QT_TRANSLATE_NOOP

__all__ = ["Cell", "CellKind", "Report", "Table", "report_tables", "tr"]

CONTEXT: Final = "ComplianceReport"
_HOUR: Final = timedelta(hours=1)


def tr(text: str) -> str:
    """``text``, marked with ``QT_TRANSLATE_NOOP("ComplianceReport", …)``, translated."""
    return QCoreApplication.translate(CONTEXT, text)


def _w(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CellKind(enum.Enum):
    COUNT = "count"
    PERCENT = "percent"
    HOURS = "hours"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Cell:
    kind: CellKind
    value: int | float | str | None

    def text(self) -> str:
        """The cell as printed (the PDF and the dialog); a missing figure is a dash."""
        if self.value is None:
            return "–"
        if self.kind is CellKind.COUNT:
            return f"{self.value:,}"
        if self.kind is CellKind.PERCENT:
            return f"{self.value:.1f}%"
        if self.kind is CellKind.HOURS:
            return f"{self.value:.1f}"
        return str(self.value)


@dataclass(frozen=True, slots=True)
class Table:
    name: str  # a sheet's name
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    footnotes: tuple[str, ...] = ()
    total_row: bool = False  # the last row is the total


@dataclass(frozen=True, slots=True)
class Report:
    """The report worded: its heading lines, its tables and the chart's series."""

    title: str
    agency: str
    heading: tuple[tuple[str, str], ...]  # (label, value): period, scope, as of, by, at
    summary: Table
    sections: tuple[Table, ...]
    chart_title: str
    months: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]  # kind → on-time % per month
    footnotes: tuple[str, ...] = field(default=())  # the keys for every figure at once


def _count(value: int) -> Cell:
    return Cell(CellKind.COUNT, value)


def _rate(rate: Rate) -> Cell:
    return Cell(CellKind.PERCENT, rate.percent)


def _hours(value: timedelta | None) -> Cell:
    return Cell(CellKind.HOURS, None if value is None else round(value / _HOUR, 2))


def _text(value: str) -> Cell:
    return Cell(CellKind.TEXT, value)


def _times(times: WorkingTimes) -> tuple[Cell, Cell]:
    return _hours(times.median), _hours(times.p90)


# A table's columns: each figure's field (its footnote is ``<section>.<field>``) and its
# heading; working times take two columns, the median and the 90th percentile.
Columns = tuple[tuple[str, str | tuple[str, str]], ...]

COMPLAINT_COLUMNS: Final[Columns] = (
    ("received", QT_TRANSLATE_NOOP("ComplianceReport", "Received")),
    ("answered", QT_TRANSLATE_NOOP("ComplianceReport", "Answered")),
    ("answered_on_time", QT_TRANSLATE_NOOP("ComplianceReport", "Answered on time")),
    ("answered_late", QT_TRANSLATE_NOOP("ComplianceReport", "Answered late")),
    ("open_past_due", QT_TRANSLATE_NOOP("ComplianceReport", "Open past the deadline")),
    ("open_within_due", QT_TRANSLATE_NOOP("ComplianceReport", "Open within the deadline")),
    ("on_time_rate", QT_TRANSLATE_NOOP("ComplianceReport", "On time %")),
    ("answer_time", (QT_TRANSLATE_NOOP("ComplianceReport", "Median hours to answer"),
                     QT_TRANSLATE_NOOP("ComplianceReport", "90th percentile hours"))),
    ("first_delay_notices", QT_TRANSLATE_NOOP("ComplianceReport", "Delay notices")),
    ("second_delay_notices", QT_TRANSLATE_NOOP("ComplianceReport", "Second delay notices")),
    ("paused", QT_TRANSLATE_NOOP("ComplianceReport", "Paused")),
    ("supplementation_pauses", QT_TRANSLATE_NOOP("ComplianceReport", "Pauses")),
    ("follow_up_calls", QT_TRANSLATE_NOOP("ComplianceReport", "Follow-up calls")),
)
MEMO_COLUMNS: Final[Columns] = (
    ("received", QT_TRANSLATE_NOOP("ComplianceReport", "Received")),
    ("called_back", QT_TRANSLATE_NOOP("ComplianceReport", "Called back")),
    ("called_back_in_time", QT_TRANSLATE_NOOP("ComplianceReport", "Called back in time")),
    ("called_back_late", QT_TRANSLATE_NOOP("ComplianceReport", "Called back late")),
    ("open_past_due", QT_TRANSLATE_NOOP("ComplianceReport", "Open past the due")),
    ("open_within_due", QT_TRANSLATE_NOOP("ComplianceReport", "Open within the due")),
    ("callback_rate", QT_TRANSLATE_NOOP("ComplianceReport", "Callbacks in time %")),
    ("callback_time", (QT_TRANSLATE_NOOP("ComplianceReport", "Median hours to callback"),
                       QT_TRANSLATE_NOOP("ComplianceReport", "90th percentile hours"))),
    ("escalations", QT_TRANSLATE_NOOP("ComplianceReport", "Escalations")),
)
APPOINTMENT_COLUMNS: Final[Columns] = (
    ("appointments", QT_TRANSLATE_NOOP("ComplianceReport", "Appointments")),
    ("ready_in_time", QT_TRANSLATE_NOOP("ComplianceReport", "Host ready in time")),
    ("ready_late", QT_TRANSLATE_NOOP("ComplianceReport", "Host ready late")),
    ("not_ready_past_mark", QT_TRANSLATE_NOOP("ComplianceReport", "Not ready past the mark")),
    ("not_due_yet", QT_TRANSLATE_NOOP("ComplianceReport", "Not due yet")),
    ("ready_rate", QT_TRANSLATE_NOOP("ComplianceReport", "Ready in time %")),
)
OUTBOUND_COLUMNS: Final[Columns] = (
    ("visits", QT_TRANSLATE_NOOP("ComplianceReport", "Outbound visits")),
    ("called_on_time", QT_TRANSLATE_NOOP("ComplianceReport", "Called on time")),
    ("called_late", QT_TRANSLATE_NOOP("ComplianceReport", "Called late")),
    ("not_called_past_due", QT_TRANSLATE_NOOP("ComplianceReport", "Not called past the due")),
    ("not_due_yet", QT_TRANSLATE_NOOP("ComplianceReport", "Not due yet")),
    ("call_rate", QT_TRANSLATE_NOOP("ComplianceReport", "Called on time %")),
)
COMPLAINT_NOTES: Final = (*(f"complaints.{name}" for name, _ in COMPLAINT_COLUMNS),
                          "complaints.groups")


def _headers(columns: Columns) -> tuple[str, ...]:
    return tuple(_w(heading) for _, headings in columns
                 for heading in ((headings,) if isinstance(headings, str) else headings))


def _cells(figures: object, columns: Columns) -> tuple[Cell, ...]:
    cells: list[Cell] = []
    for name, _ in columns:
        value = getattr(figures, name)
        if isinstance(value, Rate):
            cells.append(_rate(value))
        elif isinstance(value, WorkingTimes):
            cells.extend(_times(value))
        else:
            cells.append(_count(value))
    return tuple(cells)


def _complaint_table(
    name: str,
    title: str,
    first: str,
    groups: Sequence[tuple[str, ComplaintFigures]],
    total: ComplaintFigures,
) -> Table:
    rows = [(_text(group), *_cells(f, COMPLAINT_COLUMNS)) for group, f in groups]
    rows.append((_text(_w(QT_TRANSLATE_NOOP("ComplianceReport", "Total"))),
                 *_cells(total, COMPLAINT_COLUMNS)))
    return Table(name, title, (first, *_headers(COMPLAINT_COLUMNS)), tuple(rows),
                 COMPLAINT_NOTES, total_row=True)


def _one_row_table(name: str, title: str, section: str, figures: object,
                   columns: Columns) -> Table:
    return Table(_w(name), _w(title), _headers(columns), (_cells(figures, columns),),
                 tuple(f"{section}.{field}" for field, _ in columns))


def _memo_table(f: MemoFigures) -> Table:
    return _one_row_table(
        QT_TRANSLATE_NOOP("ComplianceReport", "Phone memos"),
        QT_TRANSLATE_NOOP("ComplianceReport", "Phone memos: callbacks within 24 working hours"),
        "memos", f, MEMO_COLUMNS)


def _appointment_table(f: AppointmentFigures) -> Table:
    return _one_row_table(
        QT_TRANSLATE_NOOP("ComplianceReport", "Appointments"),
        QT_TRANSLATE_NOOP("ComplianceReport", "Appointments: host ready 5 minutes before"),
        "appointments", f, APPOINTMENT_COLUMNS)


def _outbound_table(f: OutboundVisitFigures) -> Table:
    return _one_row_table(
        QT_TRANSLATE_NOOP("ComplianceReport", "Outbound visits"),
        QT_TRANSLATE_NOOP("ComplianceReport", "Outbound visits: calls the day before"),
        "outbound_visits", f, OUTBOUND_COLUMNS)


def month_text(month: date) -> str:
    return f"{month:%Y-%m}"


def day_text(day: date) -> str:
    return day.isoformat()


def report_tables(result: ComplianceResult, generated_by: str, generated_at: datetime) -> Report:
    """``result`` worded in the UI's language, made by ``generated_by`` at
    ``generated_at``."""
    report = result.report
    complaints = report.complaints
    english = ui_language() == "en"

    def kind_name(code: str) -> str:
        kind = result.kinds.get(code)
        return code if kind is None else kind.name("en" if english else "ko")

    def department_name(department: int | None) -> str:
        if department is None:
            return _w(QT_TRANSLATE_NOOP("ComplianceReport", "No department"))
        return result.department_names.get(department, str(department))

    def channel_name(code: str) -> str:
        try:
            return label(Channel(code))
        except ValueError:
            return code

    period = report.period
    scope = result.department_name
    heading = (
        (
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "Period")),
            f"{day_text(period.first_day)} – {day_text(period.last_day)}",
        ),
        (
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "Covers")),
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "The whole agency"))
            if scope is None
            else scope,
        ),
        (
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "As of")),
            moment_text(report.as_of, with_year=True),
        ),
        (_w(QT_TRANSLATE_NOOP("ComplianceReport", "Generated by")), generated_by),
        (
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "Generated at")),
            moment_text(generated_at, with_year=True),
        ),
    )
    summary_rows = (
        (
            _text(_w(QT_TRANSLATE_NOOP("ComplianceReport", "Complaints received"))),
            _count(complaints.total.received),
        ),
        (
            _text(_w(QT_TRANSLATE_NOOP("ComplianceReport", "Complaints answered on time %"))),
            _rate(complaints.total.on_time_rate),
        ),
        (
            _text(_w(QT_TRANSLATE_NOOP("ComplianceReport", "Median working hours to answer"))),
            _hours(complaints.total.answer_time.median),
        ),
        (
            _text(_w(QT_TRANSLATE_NOOP("ComplianceReport", "Complaints open past the deadline"))),
            _count(complaints.total.open_past_due),
        ),
        (
            _text(_w(QT_TRANSLATE_NOOP("ComplianceReport", "Phone memos"))),
            _count(report.memos.received),
        ),
        (
            _text(_w(QT_TRANSLATE_NOOP("ComplianceReport", "Callbacks within 24 working hours %"))),
            _rate(report.memos.callback_rate),
        ),
        (
            _text(_w(QT_TRANSLATE_NOOP("ComplianceReport", "Hosts ready 5 minutes before %"))),
            _rate(report.appointments.ready_rate),
        ),
        (
            _text(
                _w(QT_TRANSLATE_NOOP("ComplianceReport", "Calls the day before a visit on time %"))
            ),
            _rate(report.outbound_visits.call_rate),
        ),
    )
    summary = Table(
        _w(QT_TRANSLATE_NOOP("ComplianceReport", "Summary")),
        _w(QT_TRANSLATE_NOOP("ComplianceReport", "Summary")),
        (
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "Figure")),
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "Value")),
        ),
        summary_rows,
        (
            "report.period",
            "report.as_of",
            "report.on_time",
            "report.working_time",
            "report.percentiles",
        ),
    )
    sections = (
        _complaint_table(
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "By kind")),
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "Complaints by kind")),
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "Kind")),
            [(kind_name(k), f) for k, f in complaints.by_kind.items()],
            complaints.total,
        ),
        _complaint_table(
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "By channel")),
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "Complaints by channel")),
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "Channel")),
            [(channel_name(c), f) for c, f in complaints.by_channel.items()],
            complaints.total,
        ),
        _complaint_table(
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "By department")),
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "Complaints by department")),
            _w(QT_TRANSLATE_NOOP("ComplianceReport", "Department")),
            [(department_name(d), f) for d, f in complaints.by_department.items()],
            complaints.total,
        ),
        _memo_table(report.memos),
        _appointment_table(report.appointments),
        _outbound_table(report.outbound_visits),
    )
    months = period.months()
    series = tuple(
        (kind_name(kind), tuple(by_month[m].on_time_rate.percent for m in months))
        for kind, by_month in complaints.by_kind_month.items()
    )
    every = (
        "report.period",
        "report.as_of",
        "report.on_time",
        "report.working_time",
        "report.percentiles",
        *COMPLAINT_NOTES,
        "complaints.by_kind_month",
        *sections[3].footnotes,
        *sections[4].footnotes,
        *sections[5].footnotes,
    )
    return Report(
        title=_w(QT_TRANSLATE_NOOP("ComplianceReport", "Compliance report")),
        agency=result.agency_name,
        heading=heading,
        summary=summary,
        sections=sections,
        chart_title=_w(
            QT_TRANSLATE_NOOP(
                "ComplianceReport", "Complaints answered on time, % by kind and month"
            )
        ),
        months=tuple(month_text(m) for m in months),
        series=series,
        footnotes=every,
    )
