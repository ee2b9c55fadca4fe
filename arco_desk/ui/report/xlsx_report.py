"""The compliance report as an XLSX workbook (issue 16): a summary sheet, one sheet per
section with a frozen header row, filters and number formats, the footnotes under each
table, and a sheet with the native bar chart of the on-time rate per kind and month.

The labels are the UI's language (``report_tables``); the file is private (0600).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Final

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from arco_desk.services.compliance_report import ComplianceResult
from arco_desk.ui.common.translation_marks import QT_TRANSLATE_NOOP
from arco_desk.ui.report.footnote_catalogue import footnote
from arco_desk.ui.report.report_tables import Cell, CellKind, Report, Table, report_tables
from arco_desk.ui.report.report_tables import tr as _tr

__all__ = ["write_xlsx"]

FORMATS: Final = {CellKind.COUNT: "#,##0", CellKind.PERCENT: "0.0%", CellKind.HOURS: "0.0"}
_BOLD: Final = Font(bold=True)
_TITLE: Final = Font(bold=True, size=14)
_HEADER_FILL: Final = PatternFill("solid", fgColor="DDE4EE")
_WRAP: Final = Alignment(wrap_text=True, vertical="top")
_FIRST_WIDTH: Final = 28
_WIDTH: Final = 14
_NOTE_WIDTH_COLUMNS: Final = 8


def write_xlsx(result: ComplianceResult, path: Path, generated_by: str,
               generated_at: datetime) -> None:
    """Write ``result`` to ``path`` (replaced when it exists); OSError when it cannot."""
    report = report_tables(result, generated_by, generated_at)
    book = Workbook()
    summary = book.active
    assert summary is not None
    _summary_sheet(summary, report)
    for table in report.sections:
        _table_sheet(book.create_sheet(_sheet_name(table.name)), report, table)
    _chart_sheet(book.create_sheet(_sheet_name(_tr(QT_TRANSLATE_NOOP(
        "ComplianceReport", "Chart")))), report)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        book.save(out)
    if os.name == "posix":
        path.chmod(0o600)


def _sheet_name(name: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    return "".join("_" if c in "[]:*?/\\" else c for c in name)[:31]


def _heading(sheet: Worksheet, report: Report, title: str) -> int:
    """The title lines; the next free row."""
    sheet.cell(1, 1, f"{report.agency} · {report.title}").font = _TITLE
    sheet.cell(2, 1, title).font = _BOLD
    line = " · ".join(f"{name}: {value}" for name, value in report.heading)
    sheet.cell(3, 1, line)
    return 5


def _value(cell: Cell) -> int | float | str | None:
    if cell.kind is CellKind.PERCENT and isinstance(cell.value, float):
        return cell.value / 100
    return cell.value


def _write_table(sheet: Worksheet, row: int, table: Table) -> int:
    """``table`` from ``row`` (its header): frozen under the header, filtered, formatted.
    The row after the table."""
    for column, header in enumerate(table.headers, start=1):
        cell = sheet.cell(row, column, header)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
    for offset, cells in enumerate(table.rows, start=1):
        for column, value in enumerate(cells, start=1):
            cell = sheet.cell(row + offset, column, _value(value))
            number_format = FORMATS.get(value.kind)
            if number_format is not None:
                cell.number_format = number_format
            if table.total_row and offset == len(table.rows):
                cell.font = _BOLD
    last = row + len(table.rows)
    sheet.freeze_panes = sheet.cell(row + 1, 1)
    sheet.auto_filter.ref = f"A{row}:{get_column_letter(len(table.headers))}{last}"
    sheet.column_dimensions["A"].width = _FIRST_WIDTH
    for column in range(2, len(table.headers) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = _WIDTH
    return last + 1


def _footnotes(sheet: Worksheet, row: int, keys: tuple[str, ...]) -> None:
    row += 1
    sheet.cell(row, 1, _tr(QT_TRANSLATE_NOOP("ComplianceReport", "Definitions"))).font = _BOLD
    for number, key in enumerate(keys, start=1):
        sheet.cell(row + number, 1, f"{number}. {footnote(key)}")


def _summary_sheet(sheet: Worksheet, report: Report) -> None:
    sheet.title = _sheet_name(report.summary.name)
    sheet.cell(1, 1, f"{report.agency} · {report.title}").font = _TITLE
    for offset, (name, value) in enumerate(report.heading, start=2):
        sheet.cell(offset, 1, name).font = _BOLD
        sheet.cell(offset, 2, value)
    row = _write_table(sheet, len(report.heading) + 3, report.summary)
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = 24
    _footnotes(sheet, row, report.summary.footnotes)


def _table_sheet(sheet: Worksheet, report: Report, table: Table) -> None:
    row = _heading(sheet, report, table.title)
    row = _write_table(sheet, row, table)
    _footnotes(sheet, row, table.footnotes)


def _chart_sheet(sheet: Worksheet, report: Report) -> None:
    row = _heading(sheet, report, report.chart_title)
    month = _tr(QT_TRANSLATE_NOOP("ComplianceReport", "Month"))
    headers = (month, *(kind for kind, _ in report.series))
    rows = tuple(
        (Cell(CellKind.TEXT, name),
         *(Cell(CellKind.PERCENT, rates[index]) for _, rates in report.series))
        for index, name in enumerate(report.months))
    end = _write_table(sheet, row, Table(sheet.title, report.chart_title, headers, rows))
    chart = BarChart()
    chart.type = "col"
    chart.title = report.chart_title
    chart.y_axis.title = _tr(QT_TRANSLATE_NOOP("ComplianceReport", "On time %"))
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.y_axis.number_format = "0%"
    chart.x_axis.title = month
    chart.height = 9
    chart.width = max(18, 2 * len(report.months))
    if report.series:
        data = Reference(sheet, min_col=2, max_col=len(headers), min_row=row, max_row=end - 1)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(sheet, min_col=1, min_row=row + 1, max_row=end - 1))
    sheet.add_chart(chart, f"{get_column_letter(len(headers) + 2)}{row}")
    _footnotes(sheet, end, ("complaints.by_kind_month", "complaints.on_time_rate"))
