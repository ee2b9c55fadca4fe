"""Print a rich-text document, or write it as a PDF, on a given page layout.

QtPrintSupport loads at the first print or PDF, not at start (docs/architecture.md §16).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtWidgets import QDialog, QWidget


def save_pdf(document: QTextDocument, layout: QPageLayout, path: Path) -> Path:
    """Write ``document`` to ``path`` as a PDF and return the path."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(layout)
    document.print_(printer)
    return path


def print_document(document: QTextDocument, layout: QPageLayout, title: str,
                   parent: QWidget | None = None) -> bool:
    """Ask for a printer (the dialog also offers printing to PDF) and print; False when
    the operator cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(layout)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    # Not open_dialog: on Windows this is the system's print dialog, which Qt can only run
    # through exec() (its show() does nothing there).
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True
