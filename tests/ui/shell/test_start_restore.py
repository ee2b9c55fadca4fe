"""The start of ARCO Desk (issue 14): a restore recorded before it is carried out before
the database opens and said in the window's bar, refused ones too; a damaged database
gets the recovery screen, from which a backup is restored and the desk opens."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from arco_desk.domain.messages import msg
from arco_desk.services.backup_desk import BackupDesk
from arco_desk.services.container import DATABASE_FILE
from arco_desk.services.demo import fill_directory
from arco_desk.services.restore_at_start import PENDING_FILE
from arco_desk.ui.common.dialogs import dialog_notifier
from arco_desk.ui.common.messages import render
from arco_desk.ui.shell.main_window import MainWindow
from arco_desk.ui.shell.recovery_dialog import RecoveryDialog
from arco_desk.ui.shell.startup import Opened, open_database, show_notices
from tests.conftest import FIXED_NOW
from tests.services.damaged_files import (
    copy_back_beside_a_stale_wal,
    cut_short,
    staff_count,
    write_garbage_over,
)
from tests.signed_in import EVERYONE, open_signed_in
from tests.ui.conftest import Dialogs


@pytest.fixture
def desk_data(basedir: Path) -> Iterator[Path]:
    """A data folder with the demo directory in its database, closed again."""
    services = open_signed_in(basedir)
    fill_directory(services.uow, FIXED_NOW)
    services.close()
    yield basedir / DATABASE_FILE


def _remove_some_staff(database: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(database)
    with conn:
        conn.execute("DELETE FROM staff WHERE id > 3")
    conn.close()


def _window(qtbot, opened: Opened, basedir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    assert opened.services is not None
    opened.services.gate.sign_in(EVERYONE)
    window = MainWindow(opened.services, QSettings(str(basedir / "settings.ini"),
                                                   QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    show_notices(window, window.message_bar, opened.notices)
    return window


def _said(text: str, message: str) -> bool:
    assert message.strip(), "the message has no words (no Korean for it yet?)"
    return message in text


def test_a_recorded_restore_runs_at_start_and_is_said(  # type: ignore[no-untyped-def]
        qtbot, basedir: Path, desk_data: Path, dialogs: Dialogs) -> None:
    staff = staff_count(desk_data)
    desk = BackupDesk(basedir, None)
    backup = desk.back_up_now()
    desk.request_restore(backup)
    _remove_some_staff(desk_data)

    opened = open_database(basedir, None)

    try:
        assert not (basedir / PENDING_FILE).exists()
        assert staff_count(desk_data) == staff
        kept = [p for p in basedir.iterdir() if ".before-restore-" in p.name
                and not p.name.endswith("-wal")]
        assert len(kept) == 1 and staff_count(kept[0]) == 3
        window = _window(qtbot, opened, basedir)
        said = render(msg("backup.restored", path=str(backup), kept=str(kept[0])))
        box = dialogs.wait_for(QMessageBox)
        assert box.text() == said and box.icon() == QMessageBox.Icon.Information
        assert window.message_bar.level == "info" and window.message_bar.isVisible()
        assert _said(window.message_bar.text(), said)
        dialogs.accept(QMessageBox)
    finally:
        if opened.services is not None:
            opened.services.close()


def test_a_refused_restore_at_start_is_said_and_the_data_opens_as_it_was(  # type: ignore[no-untyped-def]
        qtbot, basedir: Path, desk_data: Path, tmp_path: Path, dialogs: Dialogs) -> None:
    desk = BackupDesk(basedir, None)
    backup = desk.back_up_to(tmp_path / "chosen.sqlite3")
    desk.request_restore(backup)
    backup.write_bytes(b"overwritten by something else " * 200)
    _remove_some_staff(desk_data)

    opened = open_database(basedir, None)

    try:
        assert not (basedir / PENDING_FILE).exists()
        assert staff_count(desk_data) == 3  # as it was
        window = _window(qtbot, opened, basedir)
        said = render(msg("restore.refused_at_start", path=str(backup),
                          reason=msg("backup.damaged")))
        box = dialogs.wait_for(QMessageBox)
        assert box.text() == said and box.icon() == QMessageBox.Icon.Warning
        assert window.message_bar.level == "error"
        assert _said(window.message_bar.text(), said)
    finally:
        if opened.services is not None:
            opened.services.close()


def _on_recovery_screen(act: Callable[[RecoveryDialog], object]) -> Callable[[], None]:
    """Answer the recovery screen with ``act`` as soon as it opens; returns the undo."""
    def opened(dialog: QDialog) -> None:
        if isinstance(dialog, RecoveryDialog):
            QTimer.singleShot(0, lambda: act(dialog))
    dialog_notifier().opened.connect(opened)
    return lambda: dialog_notifier().opened.disconnect(opened)


@pytest.mark.parametrize("damage", ["garbage", "cut short", "stale wal"])
def test_a_damaged_database_at_start_shows_the_recovery_screen(  # type: ignore[no-untyped-def]
        qtbot, basedir: Path, desk_data: Path, damage: str) -> None:
    staff = staff_count(desk_data)
    older = BackupDesk(basedir, None, now=lambda: FIXED_NOW.replace(tzinfo=None,
                                                                     hour=8)).back_up_now()
    latest = BackupDesk(basedir, None).back_up_now()
    {"garbage": lambda: write_garbage_over(desk_data),
     "cut short": lambda: cut_short(desk_data),
     "stale wal": lambda: copy_back_beside_a_stale_wal(basedir, latest)}[damage]()
    seen: list[RecoveryDialog] = []

    def restore_the_latest(dialog: RecoveryDialog) -> None:
        seen.append(dialog)
        assert [b.path for b in dialog.table.backups] == [latest, older]
        assert dialog.table.selected() is not None
        assert dialog.table.selected().path == latest
        assert dialog.restore_button.isVisible() and not dialog.none_label.isVisible()
        dialog.restore_button.click()

    undo = _on_recovery_screen(restore_the_latest)
    try:
        opened = open_database(basedir, None)
    finally:
        undo()
    try:
        assert len(seen) == 1
        assert opened.services is not None
        opened.services.gate.sign_in(EVERYONE)
        assert len(opened.services.directory.search("")) == staff
        kept = [p for p in basedir.iterdir() if ".before-restore-" in p.name
                and not p.name.endswith("-wal")]
        assert len(kept) == 1  # the damaged file, kept aside
        window = _window(qtbot, opened, basedir)
        assert window.message_bar.level == "info"
        assert _said(window.message_bar.text(), render(msg(
            "backup.restored", path=str(latest), kept=str(kept[0]))))
    finally:
        if opened.services is not None:
            opened.services.close()


def test_without_a_backup_the_screen_says_where_to_look_and_quits(  # type: ignore[no-untyped-def]
        qtbot, basedir: Path, desk_data: Path) -> None:
    write_garbage_over(desk_data)
    before = desk_data.read_bytes()
    texts: list[str] = []

    def quit_here(dialog: RecoveryDialog) -> None:
        texts.append(dialog.none_label.text())
        assert not dialog.restore_button.isVisible() and dialog.table.isHidden()
        assert dialog.restore_file_button.isEnabled()
        dialog.quit_button.click()

    undo = _on_recovery_screen(quit_here)
    try:
        opened = open_database(basedir, None)
    finally:
        undo()
    assert opened.services is None
    assert texts and str(basedir / "backups") in texts[0] and "administrator" in texts[0]
    assert desk_data.read_bytes() == before  # nothing done to the damaged file


def test_a_damaged_backup_is_refused_on_the_screen_and_another_can_be_chosen(  # type: ignore[no-untyped-def]
        qtbot, basedir: Path, desk_data: Path, tmp_path: Path) -> None:
    good = BackupDesk(basedir, None).back_up_to(tmp_path / "good.sqlite3")
    spoilt = BackupDesk(basedir, None).back_up_now()
    spoilt.write_bytes(b"\x00" * 4096)
    write_garbage_over(desk_data)
    steps: list[str] = []

    def first_the_spoilt_one(dialog: RecoveryDialog) -> None:
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        steps.append(dialog.message_bar.level)
        assert dialog.isVisible()
        dialog.restore_from(good)

    undo = _on_recovery_screen(first_the_spoilt_one)
    try:
        opened = open_database(basedir, None)
    finally:
        undo()
    try:
        assert steps == ["error"]
        assert opened.services is not None
        assert opened.notices and "good.sqlite3" in opened.notices[0].text
    finally:
        if opened.services is not None:
            opened.services.close()


def test_the_smoke_test_never_waits_on_the_recovery_screen(  # type: ignore[no-untyped-def]
        qtbot, basedir: Path, desk_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    BackupDesk(basedir, None).back_up_now()
    cut_short(desk_data)
    opened = open_database(basedir, None, interactive=False)
    assert opened.services is None
    assert "smoke test failed" in capsys.readouterr().err
