"""The chart of the compliance report drawn with QPainter: the on-time rate of each
complaint kind in each month, bars grouped by month, one colour per kind with a legend
(the workbook has Excel's own chart of the same figures)."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from arco_desk.ui.report.report_tables import Report

__all__ = ["chart_picture"]

# Distinguishable in colour and in grey (the PDF may be printed in black and white).
COLOURS: Final = ("#1f5fa8", "#e08a1e", "#3b9a4a", "#a23b72", "#6b6b6b", "#22a3b5",
                  "#b5a022", "#7a4fc2")
_TICKS: Final = (0, 25, 50, 75, 100)


def chart_picture(report: Report, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setPixelSize(max(9, height // 28))
        painter.setFont(font)
        _draw(painter, report, width, height)
    finally:
        painter.end()
    return image


def _draw(painter: QPainter, report: Report, width: int, height: int) -> None:
    line = painter.fontMetrics().height()
    legend_rows = max(1, (len(report.series) + 2) // 3)
    left, right, top = 4 * line, line, line
    bottom = height - 2 * line - legend_rows * line
    plot = QRectF(left, top, width - left - right, bottom - top)
    painter.setPen(QPen(QColor("#bbbbbb"), 1))
    for tick in _TICKS:
        y = plot.bottom() - plot.height() * tick / 100
        painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(0, y - line / 2, left - line / 2, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         f"{tick}%")
        painter.setPen(QPen(QColor("#bbbbbb"), 1))
    months = len(report.months)
    kinds = max(1, len(report.series))
    slot = plot.width() / max(1, months)
    bar = slot * 0.8 / kinds
    for m, month in enumerate(report.months):
        x0 = plot.left() + m * slot + slot * 0.1
        for k, (_, rates) in enumerate(report.series):
            rate = rates[m]
            if rate is None:
                continue
            h = plot.height() * rate / 100
            painter.fillRect(QRectF(x0 + k * bar, plot.bottom() - h, bar * 0.9, h),
                             QColor(COLOURS[k % len(COLOURS)]))
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(plot.left() + m * slot, plot.bottom() + 2, slot, line),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         month[2:] if slot < painter.fontMetrics().horizontalAdvance(month)
                         else month)
    painter.setPen(QPen(QColor("#333333"), 1))
    painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()),
                     int(plot.bottom()))
    column = width / 3
    for k, (kind, _) in enumerate(report.series):
        x = (k % 3) * column + left / 2
        y = bottom + 1.5 * line + (k // 3) * line
        painter.fillRect(QRectF(x, y + line * 0.2, line * 0.6, line * 0.6),
                         QColor(COLOURS[k % len(COLOURS)]))
        painter.drawText(QRectF(x + line, y, column - line * 1.5, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, kind)
