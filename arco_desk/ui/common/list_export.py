"""목록 내보내기: the list a tab shows, with its filters, to a CSV or XLSX file (issue 16).

Each list tab has an "Export list…" button and Ctrl+Shift+E (the main window sends it to
the tab shown). The file's type is chosen in the save dialog; a list holding somebody's
personal data asks first why it is taken out, and the export is recorded with that reason
(services/list_exports.py). The rows come from the services behind the gate, so the file
holds what the screen shows: the person's reach, masked names and numbers.

The dialogs (file, reason) stay on the GUI thread; reading the rows and writing the file
take seconds for a long list, so they run on a pool thread (ui/common/background_call.py)
while the message bar says so and the tab's button waits. A window closed meanwhile is
told nothing; the file is written whole or not at all (services/list_export.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton, QWidget

from arco_desk.services.list_export import ListFormat, format_of
from arco_desk.services.list_exports import EXPORT_LIMIT, ListExport, export_reason
from arco_desk.ui.common.background_call import run_in_background
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.message_bar import MessageBar

EXPORT_SHORTCUT: Final = "Ctrl+Shift+E"
# The button's dynamic property while its export runs (a second Ctrl+Shift+E waits too).
_RUNNING: Final = "exportRunning"

# An export's work, made on the GUI thread from the file and the reason (the layout in
# the window's words, the person acting): the callable it returns runs on a pool thread,
# reads the rows through the services and writes the file, and touches no widget.
Write = Callable[[Path, str], Callable[[], ListExport]]


def export_button() -> QPushButton:
    """A tab's "Export list…" button, its shortcut in the tooltip."""
    button = QPushButton(QCoreApplication.translate("ListExport", "Export list…"))
    button.setToolTip(QCoreApplication.translate(
        "ListExport", "The rows of this filter to an Excel or CSV file (%1)").replace(
        "%1", EXPORT_SHORTCUT))
    return button


def exporting(button: QPushButton) -> bool:
    """Whether the export started from ``button`` is still running."""
    return bool(button.property(_RUNNING))


def choose_list_file(parent: QWidget, name: str) -> Path | None:
    """Where to write the list, and as what: the save dialog's type decides (a name typed
    without its ending gets the type's)."""
    xlsx = QCoreApplication.translate("ListExport", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("ListExport", "CSV, UTF-8 (*.csv)")
    chosen, kind = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ListExport", "Export list"), f"{name}.xlsx",
        f"{xlsx};;{csv}", xlsx)
    if not chosen:
        return None
    path = Path(chosen)
    wanted = ListFormat.CSV if kind == csv else ListFormat.XLSX
    if path.suffix.lower() not in (".csv", ".xlsx") or format_of(path) is not wanted:
        path = path.with_name(f"{path.name}.{wanted.value}")
    return path


class ListReasonDialog(FormDialog):
    """Why a list with personal data is taken out: required, kept in the export's record.
    Saving checks the reason and closes; the export then starts (cancelling writes and
    records nothing)."""

    def __init__(self, path: Path, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.checked = ""
        self.setWindowTitle(self.tr("Reason for the export"))
        self.setMinimumWidth(480)
        note = QLabel(self.tr("The list holds personal data (%1 rows). Say why it is taken "
                              "out: the export is recorded with the reason.")
                      .replace("%1", f"{rows:,}"))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. monthly report to the team lead"))
        self.fields.add_row("reason", self.tr("&Reason *"), self.reason)

    def submit(self) -> None:
        self.checked = export_reason(self.reason.text())


def export_list(parent: QWidget, message_bar: MessageBar, button: QPushButton, *,
                rows: int, name: str, personal: bool, write: Write,
                path: Path | None = None) -> ListReasonDialog | None:
    """Export the list of ``rows`` rows shown by ``parent`` through ``write``, to ``path``
    or a file chosen now. With ``personal`` data the reason dialog opens (and is
    returned) and the export starts when it is saved; without, it starts at once.
    ``button`` waits while it runs."""
    if exporting(button):
        message_bar.show_info(QCoreApplication.translate(
            "ListExport", "The list is still being exported."))
        return None
    if not rows:
        message_bar.show_info(QCoreApplication.translate(
            "ListExport", "The list is empty: nothing to export."))
        return None
    if rows > EXPORT_LIMIT:
        message_bar.show_error(QCoreApplication.translate(
            "ListExport", "The list holds %1 rows; an export takes at most %2. Narrow the "
            "filter first.").replace("%1", f"{rows:,}").replace("%2", f"{EXPORT_LIMIT:,}"))
        return None
    target = path or choose_list_file(parent, name)
    if target is None:
        return None
    if personal:
        dialog = ListReasonDialog(target, rows, parent)
        return open_dialog(dialog, lambda: _start(parent, message_bar, button,
                                                  write, target, dialog.checked))
    _start(parent, message_bar, button, write, target, "")
    return None


def _start(parent: QWidget, message_bar: MessageBar, button: QPushButton, write: Write,
           target: Path, reason: str) -> None:
    """The export's work made here, run on a pool thread; its end in the message bar."""
    if exporting(button):  # a second reason dialog saved while the first export runs
        return
    with refusals(message_bar) as outcome:
        work = write(target, reason)
    if outcome.refused:
        return

    def ended() -> None:
        button.setProperty(_RUNNING, False)
        button.setEnabled(True)

    def done(exported: ListExport) -> None:
        ended()
        _exported(message_bar, exported)

    def failed(error: BaseException) -> None:
        ended()
        with refusals(message_bar):
            raise error  # a refusal is shown; anything else is a bug for the hook

    button.setProperty(_RUNNING, True)
    button.setEnabled(False)
    message_bar.show_info(QCoreApplication.translate("ListExport", "Exporting the list…"),
                          timeout_ms=0)
    run_in_background(work, done=done, failed=failed, context=button)


def _exported(message_bar: MessageBar, done: ListExport) -> None:
    text = QCoreApplication.translate("ListExport", "%1 rows exported to %2").replace(
        "%1", f"{done.rows:,}").replace("%2", str(done.path))
    if done.cut:
        text += " " + QCoreApplication.translate(
            "ListExport", "(the list grew past %1 rows: only the first were written)"
        ).replace("%1", f"{EXPORT_LIMIT:,}")
    message_bar.show_info(text)
