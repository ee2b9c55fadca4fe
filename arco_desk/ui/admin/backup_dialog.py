"""Admin › Backup and restore (관리 › 백업·복원, issue 14): the backups in the data folder,
a backup now (into that folder or another place, written off the GUI thread), the folder
opened in the file manager, and a restore of a listed backup or a chosen file.

A restore cannot happen while the database is open: after a confirmation that says what
will happen, the dialog records the restore and :attr:`restore_requested` asks the
program to close; the restore runs at the next start, which happens by itself
(``arco_desk/app.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.messages import msg
from arco_desk.services.backup_desk import AUTOMATIC, BackupDesk, BackupFile
from arco_desk.services.daily_backup import KEEP_KEY, MAX_KEEP, MIN_KEEP, BackupService
from arco_desk.ui.admin.backup_list import BackupTable, kind_words, taken_at_text
from arco_desk.ui.common.background_call import run_in_background
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.form import FieldErrors
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.messages import render
from arco_desk.ui.common.setting_row import SettingRow


class BackupDialog(QDialog):
    # A restore is recorded: ARCO Desk should close now and start again.
    restore_requested = Signal()
    # A backup was written (for tests and anyone waiting for it).
    backup_written = Signal(Path)

    def __init__(self, backups: BackupDesk, daily: BackupService,
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = backups
        self.daily = daily
        self.actor = actor
        self.busy = False
        self.setWindowTitle(self.tr("Backup and restore"))
        self.setMinimumSize(640, 480)
        self.message_bar = MessageBar(self)

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button)
        self.last_automatic = QLabel()
        self.last_automatic.setWordWrap(True)
        # The agency's retention count, for daily and migration backups alike.
        keep_form = QFormLayout()
        self.keep_fields = FieldErrors(keep_form)
        self.keep_count = QSpinBox()
        self.keep_count.setRange(MIN_KEEP, MAX_KEEP)
        self.keep_count.setSuffix(self.tr(" daily backups"))
        self.keep_row = SettingRow(self.keep_fields, "keep_count", KEEP_KEY,
                                   self.tr("&Keep the newest"), self.keep_count,
                                   self.tr("&Save"))
        self.table = BackupTable(self)
        self.empty = QLabel(self.tr("There is no backup in the folder yet."))

        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.back_up_button.setStyleSheet("font-weight:600;")
        self.back_up_elsewhere_button = QPushButton(self.tr("Back up to &another place…"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_file_button = QPushButton(self.tr("Restore from a f&ile…"))
        buttons_row = QHBoxLayout()
        for button in (self.back_up_button, self.back_up_elsewhere_button):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        for button in (self.restore_button, self.restore_file_button):
            buttons_row.addWidget(button)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # no percentage: one step of SQLite's backup
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress_label = QLabel(self.tr("Writing the backup… ARCO Desk can be used "
                                             "meanwhile."))
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress_label)
        busy_row.addWidget(self.progress, 1)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy_row)
        self.busy_row.hide()

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(folder_row)
        layout.addWidget(self.last_automatic)
        layout.addLayout(keep_form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons_row)
        layout.addWidget(self.busy_row)
        layout.addWidget(close)

        self.open_folder_button.clicked.connect(self.open_folder)
        self.keep_row.button.clicked.connect(self.save_keep_count)
        with refusals(self.message_bar):
            self.keep_row.show_value(daily.keep_count())
        self.back_up_button.clicked.connect(self.back_up_now)
        self.back_up_elsewhere_button.clicked.connect(self.choose_backup_file)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.choose_restore_file)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.refresh()

    # --- the list ---------------------------------------------------------------------

    def refresh(self, select: Path | None = None) -> None:
        with refusals(self.message_bar) as outcome:
            folder = self.desk.folder()
            backups = self.desk.backups()
        if outcome.refused:
            backups = []
        else:
            self.folder_label.setText(self.tr("Backups are kept in %1").replace("%1",
                                                                              str(folder)))
        self.table.show_backups(backups)
        self.empty.setVisible(not backups)
        latest = next((b for b in backups if b.kind in AUTOMATIC), None)
        if latest is None:
            self.last_automatic.setText(self.tr("Last automatic backup: none yet."))
        else:
            self.last_automatic.setText(
                self.tr("Last automatic backup: %1 (%2, in bold below)")
                .replace("%1", taken_at_text(latest)).replace("%2", kind_words(latest.kind)))
        row = next((i for i, b in enumerate(backups) if b.path == select), 0 if backups else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._enable()

    def save_keep_count(self) -> None:
        kept = self.keep_row.save(self.message_bar, lambda typed, seen: (
            self.daily.set_keep_count(typed, opened=seen, actor=self.actor())))
        if kept is None:
            return
        self.message_bar.show_info(self.tr("The newest %1 daily backups are kept; older ones "
                                           "are removed after the next backup.")
                                   .replace("%1", str(kept)))

    def _enable(self) -> None:
        for button in (self.back_up_button, self.back_up_elsewhere_button,
                       self.restore_file_button):
            button.setEnabled(not self.busy)
        self.restore_button.setEnabled(not self.busy and self.table.selected() is not None)

    def open_folder(self) -> bool:
        with refusals(self.message_bar) as outcome:
            folder = self.desk.folder()
        if outcome.refused:
            return False
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if not opened:
            self.message_bar.show_error(
                self.tr("The folder could not be opened. It is %1").replace("%1", str(folder)))
        return opened

    # --- backup -----------------------------------------------------------------------

    def back_up_now(self) -> None:
        """A manual backup into the folder, written on a worker thread."""
        self._start(self.desk.back_up_now)

    def choose_backup_file(self) -> None:
        start = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)) / self.desk.suggested_name()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), str(start),
            self.tr("ARCO Desk backup (*%1)").replace("%1", self.desk.suffix),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.back_up_to(Path(name))

    def back_up_to(self, file: Path) -> None:
        """A backup at ``file`` (the suffix added when it has none)."""
        if not file.suffix:
            file = file.with_name(file.name + self.desk.suffix)
        self._start(lambda: self.desk.back_up_to(file))

    def _start(self, work: Callable[[], Path]) -> None:
        if self.busy:
            return
        self.message_bar.hide()
        self._set_busy(True)
        run_in_background(work, done=self._written, failed=self._not_written, context=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_row.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._enable()

    def _written(self, written: Path) -> None:
        self._set_busy(False)
        self.refresh(select=written)
        self.message_bar.show_info(render(msg("backup.written", path=str(written))),
                                   timeout_ms=15_000)
        self.backup_written.emit(written)

    def _not_written(self, error: BaseException) -> None:
        self._set_busy(False)
        with refusals(self.message_bar):
            raise error  # a refusal is shown here; anything else is a bug for the hook

    # --- restore ----------------------------------------------------------------------

    def restore_selected(self) -> QMessageBox | None:
        backup = self.table.selected()
        if backup is None or self.busy:
            return None
        return self._confirm(backup.path, backup)

    def choose_restore_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(self.desk.basedir),
            self.tr("ARCO Desk backups (*.sqlite3 *.dump);;All files (*)"))
        if name:
            self.restore_file(Path(name))

    def restore_file(self, file: Path) -> QMessageBox | None:
        return self._confirm(file, None)

    def _confirm(self, file: Path, listed: BackupFile | None) -> QMessageBox:
        """Say what a restore does; on Yes, :meth:`request_restore`."""
        if listed is not None:
            question = (self.tr("Restore the backup taken %1 (%2)?")
                        .replace("%1", taken_at_text(listed))
                        .replace("%2", kind_words(listed.kind)))
        else:
            question = self.tr("Restore the backup %1?").replace("%1", str(file))
        steps = [self.tr("ARCO Desk on this PC closes now and starts again on the data of "
                         "this backup. Anything typed and not yet saved is lost.")]
        if not self.desk.embedded:
            steps.append(self.tr("Everyone else must close ARCO Desk on their PCs first."))
        steps.append(self.tr("The current data is not deleted: it is kept aside in the data "
                             "folder."))
        confirmation = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Restore a backup"),
            question, QMessageBox.StandardButton.NoButton, self)
        confirmation.setInformativeText("\n\n".join(steps))
        confirmation.addButton(self.tr("Close and restore"), QMessageBox.ButtonRole.YesRole)
        confirmation.addButton(QMessageBox.StandardButton.Cancel)
        return open_dialog(confirmation, lambda: self.request_restore(file))

    def request_restore(self, file: Path) -> bool:
        """Record the restore of ``file`` and ask the program to close and start again."""
        with refusals(self.message_bar) as outcome:
            self.desk.request_restore(file)
        if outcome.refused:
            return False
        self.accept()
        self.restore_requested.emit()
        return True

