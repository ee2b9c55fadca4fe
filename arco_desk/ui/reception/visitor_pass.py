"""The visitor pass (방문증): name, host, date and the phone number masked, printed or saved
as PDF. The pass leaves the building, so it carries as little personal data as it can."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QWidget

from arco_desk.domain.reception import VisitDetail
from arco_desk.domain.visitor_privacy import masked_phone
from arco_desk.ui.common.printing import print_document, save_pdf

# A badge-sized page (ISO ID-1 card is too small to read at a glance; 100 × 70 mm).
PASS_SIZE_MM = QSizeF(100, 70)


def pass_html(detail: VisitDetail, agency: str) -> str:
    e = detail.entry
    day = (e.arrived_at or e.starts_at).strftime("%Y-%m-%d")
    number = html.escape(e.pass_number) if e.pass_number else "&nbsp;"
    rows = (
        (QCoreApplication.translate("VisitorPass", "Visitor"),
         f"<b style='font-size:16pt'>{html.escape(detail.visitor_name)}</b>"),
        (QCoreApplication.translate("VisitorPass", "Organisation"), html.escape(e.organisation)),
        (QCoreApplication.translate("VisitorPass", "Phone"),
         html.escape(masked_phone(detail.phone))),
        (QCoreApplication.translate("VisitorPass", "Host"),
         html.escape(f"{e.host_name} · {e.host_department}")),
        (QCoreApplication.translate("VisitorPass", "Date"), day),
    )
    body = "".join(f"<tr><td style='color:#555'>{label}</td><td>{value}</td></tr>"
                   for label, value in rows)
    title = QCoreApplication.translate("VisitorPass", "VISITOR")
    return (
        "<div style='font-family:sans-serif'>"
        f"<p style='margin:0'>{html.escape(agency)}</p>"
        f"<h1 style='margin:0'>{html.escape(title)} <span style='float:right'>No. {number}"
        "</span></h1>"
        f"<table cellspacing='3' width='100%'>{body}</table></div>"
    )


def _document(detail: VisitDetail, agency: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(pass_html(detail, agency))
    return document


def _layout() -> QPageLayout:
    return QPageLayout(QPageSize(PASS_SIZE_MM, QPageSize.Unit.Millimeter, "visitor pass"),
                       QPageLayout.Orientation.Portrait, QMarginsF(5, 5, 5, 5),
                       QPageLayout.Unit.Millimeter)


def save_pass_pdf(detail: VisitDetail, path: Path, agency: str) -> Path:
    """Write the pass as a PDF file at ``path``."""
    return save_pdf(_document(detail, agency), _layout(), path)


def print_pass(detail: VisitDetail, agency: str, parent: QWidget | None = None) -> bool:
    """Ask for a printer (the dialog also offers "Print to PDF") and print; False if cancelled."""
    return print_document(_document(detail, agency), _layout(),
                          QCoreApplication.translate("VisitorPass", "Print visitor pass"), parent)
