"""ARCO Desk as an operator runs it, driven through a restore from its own window.

``python -m tests.ui.shell.restore_driver BASEDIR`` starts the real program
(``arco_desk.app.main``) on BASEDIR in English, makes the first administrator when the
database has no account yet, and once its window is up and filled opens
Admin › Backup and restore, picks the newest manual backup, presses Restore… and confirms.
The program then closes and, as it does for an operator, starts itself again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from arco_desk.app import main
from arco_desk.store.backup_folder import BackupKind
from arco_desk.ui.admin.backup_dialog import BackupDialog
from arco_desk.ui.shell.main_window import MainWindow
from arco_desk.ui.shell.sign_in import FirstAdminDialog


def _restore_the_newest() -> None:
    first_admin = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, FirstAdminDialog) and w.isVisible()]
    if first_admin:  # a database without accounts: the operator becomes its administrator
        dialog = first_admin[0]
        dialog.staff.set_staff(1)
        dialog.login.setText("it.admin")
        dialog.new.setText("Driver-2026-pw")
        dialog.repeated.setText("Driver-2026-pw")
        dialog.save()
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible() and w.filled]
    if not windows:
        QTimer.singleShot(100, _restore_the_newest)
        return
    dialog: BackupDialog = windows[0].open_backups()
    # The backup the test made (manual), not the daily one this start may have taken.
    backups = dialog.desk.backups()
    dialog.table.selectRow(next(row for row, backup in enumerate(backups)
                                if backup.kind is BackupKind.MANUAL))
    question = dialog.restore_selected()
    assert question is not None
    yes = next(b for b in question.buttons()
               if question.buttonRole(b) == QMessageBox.ButtonRole.YesRole)
    yes.click()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(100, _restore_the_newest)
    sys.exit(main(["--basedir", sys.argv[1], "--lang", "en"]))
