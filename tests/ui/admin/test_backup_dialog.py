"""Admin › Backup and restore: the folder's backups with the newest automatic one named,
a backup written off the GUI thread, refusals in the dialog's bar, and a restore that is
confirmed, recorded and hands over to a restart; a damage found while the desk runs is
a known error in the message bar."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QMessageBox,
    QTableWidget,
    QWidget,
)

from arco_desk.domain.messages import msg
from arco_desk.services.backup_desk import BackupKind
from arco_desk.services.container import DATABASE_FILE
from arco_desk.store.backup_folder import backup_path, backups_folder
from arco_desk.ui.admin.backup_dialog import BackupDialog
from arco_desk.ui.common.messages import render
from arco_desk.ui.shell.main_window import MainWindow
from tests.actors import DESK
from tests.ui.conftest import Dialogs
from tests.ui.lists import wait_loaded


def _folder_backup(window: MainWindow, kind: BackupKind, at: datetime) -> Path:
    folder = backups_folder(window.services.backups.basedir)
    return window.services.backups.back_up_to(backup_path(folder, kind, at, ".sqlite3"))


def _open(window: MainWindow, dialogs: Dialogs) -> BackupDialog:
    window.backup_action.trigger()  # Admin › Backup and restore…
    return dialogs.wait_for(BackupDialog)


def _said(text: str, message: str) -> bool:
    assert message.strip(), "the message has no words (no Korean for it yet?)"
    return message in text


def _cells(dialog: BackupDialog, row: int) -> list[str]:
    return [dialog.table.item(row, column).text() for column in range(3)]


def test_the_list_names_the_newest_automatic_backup(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, dialogs: Dialogs) -> None:
    daily = _folder_backup(window, BackupKind.DAILY, datetime(2026, 11, 23, 3, 0))
    _folder_backup(window, BackupKind.DAILY, datetime(2026, 11, 22, 3, 0))
    _folder_backup(window, BackupKind.MANUAL, datetime(2026, 11, 24, 8, 45))
    (backups_folder(window.services.backups.basedir) / "notes.txt").write_text("mine")

    dialog = _open(window, dialogs)

    assert dialog.table.rowCount() == 3
    assert _cells(dialog, 0)[:2] == ["2026-11-24 08:45", "Manual"]
    assert _cells(dialog, 1)[:2] == ["2026-11-23 03:00", "Daily (automatic)"]
    assert _cells(dialog, 1)[2].endswith(" KB") or _cells(dialog, 1)[2].endswith(" MB")
    assert dialog.table.item(1, 0).toolTip() == str(daily)
    bold = [row for row in range(3) if dialog.table.item(row, 0).font().bold()]
    assert bold == [1]
    assert dialog.last_automatic.text() == ("Last automatic backup: 2026-11-23 03:00 "
                                            "(Daily (automatic), in bold below)")
    assert str(daily.parent) in dialog.folder_label.text()
    assert dialog.restore_button.isEnabled()  # the newest is selected
    assert not dialog.empty.isVisibleTo(dialog)


def test_the_retention_count_is_an_agency_setting_saved_from_the_dialog(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, dialogs: Dialogs) -> None:
    dialog = _open(window, dialogs)
    assert dialog.keep_count.value() == 14
    other = BackupDialog(window.services.backups, window.services.daily_backups,
                         lambda: DESK)
    qtbot.addWidget(other)
    other.keep_count.setValue(30)
    other.save_keep_count()
    assert window.services.daily_backups.keep_count() == 30
    dialog.keep_count.setValue(7)
    dialog.save_keep_count()  # another PC saved 30 meanwhile: shown, not overwritten
    assert window.services.daily_backups.keep_count() == 30
    assert dialog.keep_fields.labels["keep_count"].isVisibleTo(dialog)
    dialog.save_keep_count()  # seen now: saving again is on purpose
    assert window.services.daily_backups.keep_count() == 7
    assert "7" in dialog.message_bar.text()


def test_without_backups_it_says_none_yet(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                          dialogs: Dialogs) -> None:
    dialog = _open(window, dialogs)
    assert dialog.table.rowCount() == 0
    assert dialog.last_automatic.text() == "Last automatic backup: none yet."
    assert dialog.empty.isVisibleTo(dialog)
    assert not dialog.restore_button.isEnabled()


def test_back_up_now_runs_off_the_gui_thread_and_lists_the_backup(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, dialogs: Dialogs) -> None:
    dialog = _open(window, dialogs)
    threads: list[int] = []
    desk = window.services.backups
    real = desk.back_up_now

    def noting_the_thread() -> Path:
        threads.append(threading.get_ident())
        return real()

    desk.back_up_now = noting_the_thread  # type: ignore[method-assign]
    try:
        with qtbot.waitSignal(dialog.backup_written, timeout=10_000) as written:
            qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
            assert dialog.busy and dialog.busy_row.isVisibleTo(dialog)
            assert not dialog.back_up_button.isEnabled()
    finally:
        del desk.back_up_now
    path = written.args[0]
    assert threads and threads[0] != threading.get_ident()
    assert path.exists() and path.parent.name == "backups" and "-manual" in path.name
    assert not dialog.busy and dialog.back_up_button.isEnabled()
    assert dialog.table.rowCount() == 1 and dialog.table.selected().path == path
    assert dialog.message_bar.level == "info"
    assert _said(dialog.message_bar.text(), render(msg("backup.written", path=str(path))))


def test_a_refused_backup_is_said_in_the_dialog(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    taken = tmp_path / "taken.sqlite3"
    taken.write_text("someone else's file", encoding="utf-8")
    dialog = _open(window, dialogs)
    dialog.back_up_to(taken)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.message_bar.level == "error"
    assert _said(dialog.message_bar.text(), render(msg("backup.target_exists", path=str(taken))))
    assert taken.read_text(encoding="utf-8") == "someone else's file"
    assert dialog.isVisible()

    dialog.back_up_to(tmp_path / "without suffix")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert (tmp_path / "without suffix.sqlite3").exists()


def test_a_restore_is_confirmed_recorded_and_asks_for_a_restart(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, dialogs: Dialogs) -> None:
    backup = _folder_backup(window, BackupKind.DAILY, datetime(2026, 11, 23, 3, 0))
    dialog = _open(window, dialogs)
    restarts: list[bool] = []
    window.restart_requested.connect(lambda: restarts.append(True))

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    question = dialogs.wait_for(QMessageBox)
    assert question.text() == "Restore the backup taken 2026-11-23 03:00 (Daily (automatic))?"
    assert "closes now and starts again" in question.informativeText()
    assert "kept aside" in question.informativeText()
    assert "Everyone else" not in question.informativeText()  # one PC's own file
    assert not restarts
    dialogs.accept(QMessageBox)

    marker = window.services.backups.basedir / "restore-pending.json"
    assert json.loads(marker.read_text(encoding="utf-8"))["backup"] == str(backup)
    assert restarts == [True]
    assert not dialog.isVisible()


def test_cancelling_the_confirmation_changes_nothing(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, dialogs: Dialogs) -> None:
    _folder_backup(window, BackupKind.MANUAL, datetime(2026, 11, 23, 3, 0))
    dialog = _open(window, dialogs)
    dialog.restore_selected()
    dialogs.reject(QMessageBox)
    assert not (window.services.backups.basedir / "restore-pending.json").exists()
    assert dialog.isVisible()


def test_a_file_that_is_no_backup_is_refused_before_anything_closes(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("minutes of the meeting", encoding="utf-8")
    dialog = _open(window, dialogs)
    restarts: list[bool] = []
    window.restart_requested.connect(lambda: restarts.append(True))
    dialog.restore_file(notes)
    question = dialogs.accept(QMessageBox)
    assert str(notes) in question.text()
    assert dialog.isVisible() and not restarts
    assert dialog.message_bar.level == "error"
    assert _said(dialog.message_bar.text(), render(msg("backup.damaged")))
    assert not (window.services.backups.basedir / "restore-pending.json").exists()


@pytest.fixture
def spoil_the_file(window: MainWindow):  # type: ignore[no-untyped-def]
    """Spoil every page but the first of the open database, as a failing disk would."""
    def spoil() -> None:
        engine = window.services.engine
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()  # no page of the good file stays in a connection's cache
        database = Path(str(engine.url.database))
        size = database.stat().st_size
        with database.open("r+b") as file:
            file.seek(4096)
            file.write(b"\xff" * (size - 4096))
    return spoil


def test_a_damage_found_while_running_is_a_known_error_in_the_bar(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, spoil_the_file, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from arco_desk.ui.shell.exception_hook import ExceptionHook

    hook = ExceptionHook(Path(str(window.services.engine.url.database)).parent / "x.log",
                         show_dialog=False)
    monkeypatch.setattr(sys, "excepthook", hook)
    spoil_the_file()
    window.tabs.setCurrentWidget(window.directory_tab)
    window.directory_tab.reload()
    wait_loaded(window)
    assert window.message_bar.level == "error"
    assert _said(window.message_bar.text(), render(msg("store.malformed")))
    assert "관리 › 백업·복원" in render(msg("store.malformed"))  # where to restore
    qtbot.wait(50)
    assert hook.reports == []


def test_the_database_file_itself_is_never_touched_by_a_backup(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, dialogs: Dialogs) -> None:
    database = window.services.backups.basedir / DATABASE_FILE
    dialog = _open(window, dialogs)
    with qtbot.waitSignal(dialog.backup_written, timeout=10_000) as written:
        dialog.back_up_now()
    conn = sqlite3.connect(written.args[0])
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert database.exists()


def _chrome(widget: QWidget) -> list[str]:
    """Every word a person sees in ``widget``: title, labels, buttons, table."""
    texts = [widget.windowTitle()]
    texts += [label.text() for label in widget.findChildren(QLabel)]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)]
    for table in widget.findChildren(QTableWidget):
        texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        texts += [table.item(r, c).text() for r in range(table.rowCount())
                  for c in range(table.columnCount())]
    return [text for text in texts if text]


def test_both_screens_in_english_show_no_korean(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    from arco_desk.ui.shell.recovery_dialog import RecoveryDialog
    from tests.words import HANGUL, language

    for kind, at in ((BackupKind.DAILY, datetime(2026, 11, 23, 3, 0)),
                     (BackupKind.MIGRATION, datetime(2026, 11, 22, 9, 0)),
                     (BackupKind.MANUAL, datetime(2026, 11, 24, 8, 0))):
        _folder_backup(window, kind, at)
    desk = window.services.backups
    with language("en"):
        backup = BackupDialog(desk, window.services.daily_backups, lambda: DESK)
        recovery = RecoveryDialog(desk, desk.basedir / DATABASE_FILE, lambda _path: None)  # type: ignore[arg-type,return-value]
        for dialog in (backup, recovery):
            qtbot.addWidget(dialog)
            shown = _chrome(dialog)
            assert len(shown) > 12, shown
            assert [text for text in shown if HANGUL.search(text)] == []
        assert "Before an update (automatic)" in _chrome(backup)
        assert "Restore this backup" in " ".join(_chrome(recovery)).replace("&", "")


def test_a_restore_from_the_full_window_of_a_staff_pc_asks_staff_mode_to_restart(  # type: ignore[no-untyped-def]
        qtbot, demo_services, qsettings, dialogs: Dialogs) -> None:
    from PySide6.QtGui import QIcon

    from arco_desk.ui.staff_pc.staff_mode import StaffMode

    mode = StaffMode(demo_services, qsettings, QIcon(), use_tray=False)
    qtbot.addWidget(mode.window)
    window = mode.open_main()
    qtbot.addWidget(window)
    _folder_backup(window, BackupKind.MANUAL, datetime(2026, 11, 23, 3, 0))
    dialog = _open(window, dialogs)
    with qtbot.waitSignal(mode.restart_requested, timeout=2000):
        dialog.restore_selected()
        dialogs.accept(QMessageBox)
    mode.watcher.stop()
