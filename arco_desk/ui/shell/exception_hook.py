"""Bugs get a dialog with a copyable report and the log path; known errors never come here.

The report names the code (types, files, lines) but not the data: every exception's
message is scrubbed of SQL parameters, PostgreSQL's DETAIL lines (``Key (name)=(...)``,
``Failing row contains (...)``), quoted values, Hangul and runs of digits, so a
visitor's name or phone number never reaches the log file or the copied report.
Locals are never included.
"""

from __future__ import annotations

import logging
import platform
import re
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


_DROPPED_LINES = ("[parameters:", "DETAIL:", "HINT:", "CONTEXT:", "LINE ")
_QUOTED = re.compile(r"'[^'\n]*'")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]+")
_DIGITS = re.compile(r"\d{3,}")
_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"


def scrub(message: str) -> str:
    """``message`` without the values it may carry (names, phone digits)."""
    kept = [line for line in message.splitlines()
            if not line.lstrip().startswith(_DROPPED_LINES)]
    text = "\n".join(kept)
    text = _QUOTED.sub("'…'", text)
    text = _HANGUL.sub("…", text)
    return _DIGITS.sub("#", text)


def crash_report(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> str:
    lines = [
        f"ARCO Desk {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *_chain(kind, value, tb, seen=set()),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def _chain(kind: type[BaseException], value: BaseException, tb: TracebackType | None,
           seen: set[int]) -> list[str]:
    """Python's own layout (causes first), with each message scrubbed."""
    seen.add(id(value))
    lines: list[str] = []
    cause, context = value.__cause__, value.__context__
    if cause is not None and id(cause) not in seen:
        lines += [*_chain(type(cause), cause, cause.__traceback__, seen), "", _CAUSE, ""]
    elif (context is not None and not value.__suppress_context__
          and id(context) not in seen):
        lines += [*_chain(type(context), context, context.__traceback__, seen), "",
                  _CONTEXT, ""]
    if tb is not None:
        lines += ["Traceback (most recent call last):", *traceback.format_tb(tb)]
    name = kind.__qualname__
    if kind.__module__ not in ("builtins", "__main__"):
        name = f"{kind.__module__}.{name}"
    message = scrub(str(value))
    lines.append(f"{name}: {message}" if message else name)
    return lines


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
