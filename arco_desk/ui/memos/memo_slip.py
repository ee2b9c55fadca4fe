"""The printed memo slip (전화 메모지): the slip's fields on paper or in a PDF."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QWidget

from arco_desk.domain.memos import MemoRow
from arco_desk.ui.common.language import ui_language
from arco_desk.ui.common.printing import print_document, save_pdf
from arco_desk.ui.common.status_style import status_text
from arco_desk.ui.memos.memo_model import caller_text, done_via_text, recipient_text


def slip_html(memo: MemoRow) -> str:
    """The slip as HTML: for whom, who called, when, the number, reasons, message, deadline."""
    e = html.escape
    language = ui_language()
    due = memo.callback_due_at
    rows = [
        (QCoreApplication.translate("MemoSlip", "For"), recipient_text(memo)),
        (QCoreApplication.translate("MemoSlip", "Called at"),
         memo.called_at.strftime("%Y-%m-%d %H:%M")),
        (QCoreApplication.translate("MemoSlip", "Caller"), caller_text(memo)),
        (QCoreApplication.translate("MemoSlip", "Number"), memo.caller_phone or "—"),
        (QCoreApplication.translate("MemoSlip", "E-mail"), memo.caller_email or "—"),
        (QCoreApplication.translate("MemoSlip", "Reasons"),
         "  ".join(f"☑ {r.label(language)}" for r in memo.reasons) or "—"),
        (QCoreApplication.translate("MemoSlip", "Call back by"),
         due.strftime("%Y-%m-%d %H:%M") if due else "—"),
        (QCoreApplication.translate("MemoSlip", "Taken by"), memo.taken_by_name or "—"),
        (QCoreApplication.translate("MemoSlip", "Status"), status_text(memo.status)),
    ]
    if memo.outcome:
        rows.append((QCoreApplication.translate("MemoSlip", "Outcome"),
                     f"{done_via_text(memo.done_via)}: {memo.outcome}"))
    table = "".join(
        f"<tr><td width='28%' style='padding:4px; background:#f1f5f9'><b>{e(label)}</b></td>"
        f"<td style='padding:4px'>{e(value)}</td></tr>"
        for label, value in rows
    )
    title = e(QCoreApplication.translate("MemoSlip", "Phone memo"))
    message_title = e(QCoreApplication.translate("MemoSlip", "Message"))
    message = e(memo.message).replace("\n", "<br>")
    return (
        f"<h2>{title} <small>#{memo.id}</small></h2>"
        f"<table width='100%' border='1' cellspacing='0' cellpadding='0'"
        f" style='border-collapse:collapse'>{table}</table>"
        f"<h3>{message_title}</h3><p style='font-size:13pt'>{message}</p>"
    )


def _document(memo: MemoRow) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-size: 11pt; }")
    document.setHtml(slip_html(memo))
    return document


def _layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A5), QPageLayout.Orientation.Portrait,
                       QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)


def save_slip_pdf(memo: MemoRow, path: Path) -> Path:
    """Write the slip as a PDF (A5) and return its path."""
    return save_pdf(_document(memo), _layout(), path)


def print_slip(memo: MemoRow, parent: QWidget | None = None) -> bool:
    """Ask for a printer and print the slip; False when the operator cancels."""
    return print_document(_document(memo), _layout(),
                          QCoreApplication.translate("MemoSlip", "Print memo slip"), parent)
