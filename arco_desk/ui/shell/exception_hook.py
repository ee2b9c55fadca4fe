"""Bugs get a dialog with a copyable report and the log path; known errors never come here."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from arco_desk import __version__
from arco_desk.ui.common.dialogs import open_dialog

log = logging.getLogger("arco_desk.crash")


def crash_report(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> str:
    lines = [
        f"ARCO Desk {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(kind, value, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    def __init__(self, report: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ARCO Desk: unexpected error"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr("Something went wrong inside ARCO Desk. Your saved data is safe. "
                    "Please copy this report and send it to the administrator.")
            + "<br>" + self.tr("Log file: %1").replace("%1", str(log_path))
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)


class ExceptionHook:
    """Installed as ``sys.excepthook``: log, then show the dialog (once at a time)."""

    def __init__(self, log_path: Path, show_dialog: bool = True) -> None:
        self.log_path = log_path
        self.show_dialog = show_dialog
        self._showing = False
        self.reports: list[str] = []

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        report = crash_report(kind, value, tb)
        self.reports.append(report)
        log.critical("uncaught exception\n%s", report)
        if not self.show_dialog or self._showing or QApplication.instance() is None:
            return
        self._showing = True
        open_dialog(CrashDialog(report, self.log_path), finished=self._closed)

    def _closed(self, _accepted: bool) -> None:
        self._showing = False
