"""The compliance report as a PDF on A4 landscape (issue 16; the complaint tables have 15
columns): the agency, the period, who made it
and when, the same tables as the workbook, the chart of the on-time rate per kind and
month drawn as a picture, the definitions, and "page x of y" at the foot of each page.

The body is one rich-text document laid out on the page's body; each page draws its
slice of it between a header and a footer. The file is private (0600).
"""

from __future__ import annotations

import html
import os
from datetime import datetime
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from arco_desk.services.compliance_report import ComplianceResult
from arco_desk.ui.common.translation_marks import QT_TRANSLATE_NOOP
from arco_desk.ui.report.chart_picture import chart_picture
from arco_desk.ui.report.footnote_catalogue import footnote
from arco_desk.ui.report.report_tables import Report, Table, report_tables
from arco_desk.ui.report.report_tables import tr as _tr

__all__ = ["write_pdf"]

RESOLUTION: Final = 150  # dots per inch: sharp text, a small file
_CSS_DPI: Final = 96
_MARGIN_MM: Final = 15.0
_BAND: Final = 0.06  # the header and the footer, each a share of the page's height
_CHART: Final = "chart.png"
_FIRST: Final = 16  # percent of the width, the first column of a table (kinds' names)
_POINT_SIZE: Final = 7


def write_pdf(result: ComplianceResult, path: Path, generated_by: str,
              generated_at: datetime) -> None:
    """Write ``result`` to ``path`` (replaced when it exists); OSError when it cannot."""
    report = report_tables(result, generated_by, generated_at)
    # QPdfWriter says nothing when it cannot write: the file is opened here first.
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"{report.agency} {report.title}")
    writer.setCreator("ARCO Desk")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    page = QRectF(writer.pageLayout().paintRectPixels(RESOLUTION))
    band = page.height() * _BAND
    body = QSizeF(page.width(), page.height() - 2 * band)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont(document.defaultFont())
    font.setPointSize(_POINT_SIZE)
    document.setDefaultFont(font)
    document.setPageSize(body)
    chart_width = int(body.width())
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(_CHART),
                         chart_picture(report, chart_width, int(chart_width * 0.4)))
    # An HTML width is in CSS pixels (96 to the inch), the picture in the writer's dots.
    document.setHtml(_body_html(report, chart_width * _CSS_DPI // RESOLUTION))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            _draw_page(painter, document, report, number, pages, body, band)
    finally:
        painter.end()
    if os.name == "posix":
        path.chmod(0o600)


def _draw_page(painter: QPainter, document: QTextDocument, report: Report, number: int,
               pages: int, body: QSizeF, band: float) -> None:
    small = QFont(document.defaultFont())
    painter.setFont(small)
    painter.setPen(QColor("#444444"))
    top = QRectF(0, 0, body.width(), band * 0.8)
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                     f"{report.agency} · {report.title}")
    painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                     report.heading[0][1])
    foot = QRectF(0, band + body.height() + band * 0.2, body.width(), band * 0.8)
    made = " · ".join(value for _, value in report.heading[3:])
    painter.drawText(foot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, made)
    page_words = QCoreApplication.translate("ComplianceReport", "Page {page} of {pages}")
    painter.drawText(foot, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                     page_words.format(page=number + 1, pages=pages))
    painter.save()
    painter.translate(0, band - number * body.height())
    clip = QRectF(0, number * body.height(), body.width(), body.height())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    document.documentLayout().draw(painter, context)
    painter.restore()


def _table_html(table: Table, width: int = 100) -> str:
    head = "".join(f'<th width="{_FIRST}%">{html.escape(h)}</th>' if column == 0
                   else f"<th>{html.escape(h)}</th>"
                   for column, h in enumerate(table.headers))
    rows = []
    for index, cells in enumerate(table.rows, start=1):
        total = table.total_row and index == len(table.rows)
        tag = "th" if total else "td"
        row = "".join(
            f'<{tag} align="{"left" if column == 0 else "right"}">'
            f"{html.escape(cell.text())}</{tag}>"
            for column, cell in enumerate(cells))
        rows.append(f"<tr>{row}</tr>")
    return (f"<h3>{html.escape(table.title)}</h3>"
            f'<table border="1" cellspacing="0" cellpadding="2" width="{width}%">'
            f'<thead><tr bgcolor="#dde4ee">{head}</tr></thead>{"".join(rows)}</table>')


def _body_html(report: Report, chart_width: int) -> str:
    heading = "".join(f"<tr><td><b>{html.escape(name)}</b></td><td>{html.escape(value)}</td>"
                      "</tr>" for name, value in report.heading)
    definitions = _tr(QT_TRANSLATE_NOOP("ComplianceReport", "Definitions"))
    notes = "".join(f"<li>{html.escape(footnote(key))}</li>" for key in report.footnotes)
    parts = [
        f"<h1>{html.escape(report.agency)}</h1>",
        f"<h2>{html.escape(report.title)}</h2>",
        f'<table cellpadding="2">{heading}</table>',
        _table_html(report.summary, width=50),
        *(_table_html(table) for table in report.sections),
        # The chart starts a page, so its heading is never left at the foot of the last.
        f'<h3 style="page-break-before: always">{html.escape(report.chart_title)}</h3>',
        f'<p><img src="{_CHART}" width="{chart_width}"></p>',
        f"<h3>{html.escape(definitions)}</h3><ol>{notes}</ol>",
    ]
    return "<html><body>" + "".join(parts) + "</body></html>"

