"""The recovery screen (issue 14): the database file is damaged, found at start.

Instead of a crash report or a bare message: what happened, where the damaged file is,
the latest backups (newest first) with 이 백업으로 복원 — the damaged file is kept
aside, the backup put in its place, and the program opens normally — or a file chosen
elsewhere, and 종료. Without a backup it says so, and where to look and whom to ask.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from arco_desk.services.backup_desk import BackupDesk
from arco_desk.services.restore_at_start import RestoreResult
from arco_desk.ui.admin.backup_list import BackupTable
from arco_desk.ui.common.background_call import run_in_background
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.message_bar import MessageBar

# Restores ``backup`` in place of the damaged database (on a worker thread).
Restore = Callable[[Path], RestoreResult]


class RecoveryDialog(QDialog):
    def __init__(self, desk: BackupDesk, damaged: Path, restore: Restore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.restore = restore
        self.busy = False
        # Set when a restore succeeded: the backup and what the store said.
        self.restored: tuple[Path, RestoreResult] | None = None
        self.setWindowTitle(self.tr("ARCO Desk — the database is damaged"))
        self.setMinimumSize(640, 440)
        self.message_bar = MessageBar(self)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("<b>The database file is damaged, so ARCO Desk cannot open "
                                 "it.</b>"))
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        what = QLabel(self.tr(
            "This can follow a power cut or a disk fault, or a backup copied over the file "
            "by hand. Restoring a backup brings back the data as it was when the backup was "
            "taken, and ARCO Desk then opens as usual; what was entered after that has to be "
            "entered again. The damaged file is not deleted: it is kept aside in the same "
            "folder."))
        what.setWordWrap(True)
        where = QLabel(self.tr("Damaged file: %1").replace("%1", str(damaged)))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = BackupTable(self)
        self.table.setMinimumHeight(140)
        self.none_label = QLabel()
        self.none_label.setWordWrap(True)
        self.none_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.none_label.setStyleSheet("background:#fff4e5; color:#6b4100; border:1px solid "
                                      "#f0c36d; border-radius:4px; padding:8px;")
        # Without a backup list, the space it would take goes below the text.
        self.filler = QWidget()
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self.restore_button = QPushButton(self.tr("&Restore this backup"))
        self.restore_button.setDefault(True)
        self.restore_button.setStyleSheet("font-weight:600;")
        self.restore_file_button = QPushButton(self.tr("Restore from a f&ile…"))
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)

        about = QVBoxLayout()
        about.addWidget(heading)
        about.addWidget(what)
        about.addWidget(where)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(about, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(top)
        self.backups_heading = QLabel(self.tr("<b>Latest backups</b> (newest first)"))
        layout.addWidget(self.backups_heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.none_label)
        layout.addWidget(self.filler, 1)
        layout.addLayout(buttons)

        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.choose_file)
        self.quit_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._enable)
        self._list()

    def _list(self) -> None:
        with refusals(self.message_bar) as outcome:
            folder = self.desk.folder()
            backups = self.desk.backups()
        if outcome.refused:
            folder, backups = self.desk.basedir, []
        self.table.show_backups(backups)
        if backups:
            self.table.selectRow(0)
        has_backups = bool(backups)
        self.table.setVisible(has_backups)
        self.backups_heading.setVisible(has_backups)
        self.none_label.setVisible(not has_backups)
        self.filler.setVisible(not has_backups)
        self.none_label.setText(self.tr(
            "There is no backup in %1. If the agency keeps backup files elsewhere (a USB "
            "disk, a shared folder), restore one with “Restore from a file…”. Otherwise "
            "call the administrator or the IT help desk before anything else is done with "
            "this PC's data.").replace("%1", str(folder)))
        self._enable()

    def _enable(self) -> None:
        self.restore_button.setVisible(self.table.rowCount() > 0)
        self.restore_button.setEnabled(not self.busy and self.table.selected() is not None)
        self.restore_file_button.setEnabled(not self.busy)
        self.quit_button.setEnabled(not self.busy)

    def restore_selected(self) -> None:
        backup = self.table.selected()
        if backup is not None:
            self.restore_from(backup.path)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(self.desk.basedir),
            self.tr("ARCO Desk backups (*.sqlite3 *.dump);;All files (*)"))
        if name:
            self.restore_from(Path(name))

    def restore_from(self, backup: Path) -> None:
        """Restore ``backup`` on a worker thread; the dialog is accepted when it is done."""
        if self.busy:
            return
        self.message_bar.hide()
        self._set_busy(True)
        run_in_background(lambda: self.restore(backup),
                          done=lambda result: self._restored(backup, result),
                          failed=self._refused, context=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._enable()

    def _restored(self, backup: Path, result: RestoreResult) -> None:
        self._set_busy(False)
        self.restored = (backup, result)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        with refusals(self.message_bar):
            raise error  # a refusal is shown here; anything else is a bug for the hook

    def reject(self) -> None:
        if not self.busy:  # a restore under way finishes first
            super().reject()
