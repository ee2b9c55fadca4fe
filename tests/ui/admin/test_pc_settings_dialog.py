from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from arco_desk.domain.messages import msg
from arco_desk.services.connection import check_connection
from arco_desk.services.container import Services
from arco_desk.services.database_password import SERVICE_NAME, account, join_password, shown
from arco_desk.ui.admin.autostart import AutoStart
from arco_desk.ui.admin.pc_settings_dialog import PcSettingsDialog
from arco_desk.ui.common.local_settings import database_url, staff_mode, stored_database_url
from arco_desk.ui.common.messages import render
from tests.credential_stores import FileKeyring
from tests.signed_in import open_signed_in


def _dialog(qtbot, qsettings: QSettings, tmp_path: Path) -> PcSettingsDialog:  # type: ignore[no-untyped-def]
    dialog = PcSettingsDialog(qsettings, AutoStart(config_home=tmp_path / "config",
                                                   windows=False))
    qtbot.addWidget(dialog)
    return dialog


def test_a_bad_url_is_refused_next_to_the_field_and_kept(qtbot, qsettings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, qsettings, tmp_path)
    dialog.url.setText("postgresql+psycopg://postgres@127.0.0.1:1/arco")
    dialog.save()
    assert dialog.result() == 0
    assert "연결" in dialog.fields.message("url")
    assert dialog.url.text() == "postgresql+psycopg://postgres@127.0.0.1:1/arco"
    assert database_url(qsettings) == ""


def test_a_working_database_staff_mode_and_autostart_are_saved(
    qtbot, qsettings, tmp_path, any_services: Services  # type: ignore[no-untyped-def]
) -> None:
    url = any_services.engine.url.render_as_string(hide_password=False)
    dialog = _dialog(qtbot, qsettings, tmp_path)
    assert dialog.test_connection().ok is True  # empty: the embedded database
    dialog.url.setText(url)
    assert dialog.test_connection().ok and "최신" in dialog.test_result.text()
    dialog.staff.setChecked(True)
    dialog.at_login.setChecked(True)
    dialog.save()
    assert dialog.result() == 1
    assert (database_url(qsettings), staff_mode(qsettings)) == (url, True)
    assert dialog.restart_needed
    desktop = (tmp_path / "config" / "autostart" / "arco-desk.desktop").read_text()
    assert "--staff" in desktop


def test_turning_autostart_off_removes_the_entry(qtbot, qsettings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    autostart = AutoStart(config_home=tmp_path / "config", windows=False)
    autostart.set_enabled(True)
    dialog = PcSettingsDialog(qsettings, autostart)
    qtbot.addWidget(dialog)
    assert dialog.at_login.isChecked()
    dialog.at_login.setChecked(False)
    dialog.save()
    assert not autostart.is_enabled()
    assert not dialog.restart_needed


# --- the database password: in the OS credential store, never in settings.ini -------------


def _settings_bytes(basedir: Path, qsettings: QSettings) -> bytes:
    """What settings.ini holds on disk (nothing, when nothing was ever saved)."""
    qsettings.sync()
    file = basedir / "settings.ini"
    return file.read_bytes() if file.exists() else b""


@pytest.mark.postgres
def test_the_password_goes_to_the_credential_store_never_to_the_settings_file(
    qtbot, qsettings, basedir, tmp_path, credential_store: FileKeyring,  # type: ignore[no-untyped-def]
    pg_password_url: str, pg_password_role: str,
) -> None:
    password = pg_password_role
    dialog = _dialog(qtbot, qsettings, tmp_path)
    assert "credential store" in dialog.password_note.text()
    dialog.url.setText(pg_password_url)
    assert not dialog.test_connection().ok  # this role must give its password
    dialog.password.setText(password)
    assert dialog.test_connection().ok
    dialog.save()
    assert dialog.result() == 1

    stored = _settings_bytes(basedir, qsettings)
    assert pg_password_url.encode() in stored
    assert password.encode() not in stored
    assert credential_store.entries() == {SERVICE_NAME: {account(pg_password_url): password}}
    # What the start resolves (app.py, the backup command) connects.
    assert database_url(qsettings) == join_password(pg_password_url, password)
    assert check_connection(database_url(qsettings)).ok

    again = _dialog(qtbot, qsettings, tmp_path)
    assert (again.url.text(), again.password.text()) == (pg_password_url, password)
    assert again.password.echoMode() == QLineEdit.EchoMode.Password
    again.password.clear()
    again.save()
    assert again.result() == 0  # the connection test fails without it: nothing changes
    assert credential_store.entries()[SERVICE_NAME] == {account(pg_password_url): password}


def test_a_password_typed_into_the_address_moves_to_its_field(
    qtbot, qsettings, basedir, tmp_path, credential_store: FileKeyring,  # type: ignore[no-untyped-def]
    pg_server,
) -> None:
    url = pg_server.create_database()  # trust: any password is taken
    dialog = _dialog(qtbot, qsettings, tmp_path)
    dialog.url.setText(join_password(url, "typed-Pw-1"))
    dialog.url.editingFinished.emit()
    assert (dialog.url.text(), dialog.password.text()) == (url, "typed-Pw-1")
    dialog.url.setText(join_password(url, "typed-Pw-2"))  # Save straight after typing
    dialog.save()
    assert dialog.result() == 1
    assert b"typed-Pw" not in _settings_bytes(basedir, qsettings)
    assert credential_store.entries()[SERVICE_NAME] == {account(url): "typed-Pw-2"}
    assert "typed-Pw" not in dialog.url.text() + dialog.test_result.text()

    cleared = _dialog(qtbot, qsettings, tmp_path)
    cleared.password.clear()
    cleared.save()
    assert cleared.result() == 1
    assert credential_store.entries()[SERVICE_NAME] == {}
    assert database_url(qsettings) == url


def test_without_a_secure_store_a_password_is_refused_and_nothing_saved(
    qtbot, qsettings, basedir, tmp_path, pg_server,  # type: ignore[no-untyped-def]
) -> None:
    keyring.set_keyring(fail.Keyring())  # a Linux PC without a Secret Service
    url = pg_server.create_database()
    dialog = _dialog(qtbot, qsettings, tmp_path)
    assert "pgpass.conf" in dialog.password_note.text()
    dialog.url.setText(url)
    dialog.password.setText("no-store-Pw")
    dialog.staff.setChecked(True)
    dialog.save()
    assert dialog.result() == 0
    assert dialog.fields.message("password") == render(msg("connection.no_secure_store"))
    assert dialog.password.text() == "no-store-Pw"  # kept, as every refusal keeps input
    assert (database_url(qsettings), staff_mode(qsettings)) == ("", False)
    assert b"no-store-Pw" not in _settings_bytes(basedir, qsettings)

    dialog.password.clear()  # trust, pgpass.conf or ARCO_DESK_DB_URL instead
    dialog.save()
    assert dialog.result() == 1
    assert (database_url(qsettings), staff_mode(qsettings)) == (url, True)


# --- a password an older version wrote into the settings -----------------------------------


@pytest.mark.postgres
def test_at_start_an_old_password_moves_to_the_store_and_still_connects(
    qsettings, basedir, credential_store: FileKeyring, pg_password_url: str,  # type: ignore[no-untyped-def]
    pg_password_role: str, caplog,
) -> None:
    password = pg_password_role
    qsettings.setValue("database/url", join_password(pg_password_url, password))
    assert password.encode() in _settings_bytes(basedir, qsettings)

    with caplog.at_level(logging.INFO):
        resolved = database_url(qsettings)
    assert resolved == join_password(pg_password_url, password)
    assert password.encode() not in _settings_bytes(basedir, qsettings)
    assert stored_database_url(qsettings) == pg_password_url
    assert credential_store.entries() == {SERVICE_NAME: {account(pg_password_url): password}}
    assert "moved the database password" in caplog.text and password not in caplog.text
    services = open_signed_in(basedir, database_url(qsettings))
    try:
        assert services.database_label == shown(resolved)
        assert password not in services.database_label
    finally:
        services.close()


def test_without_a_secure_store_an_old_password_stays_until_it_is_cleared(
    qtbot, qsettings, basedir, tmp_path, pg_server, caplog,  # type: ignore[no-untyped-def]
) -> None:
    keyring.set_keyring(fail.Keyring())
    url = pg_server.create_database()
    old = join_password(url, "old-Pw-7")
    qsettings.setValue("database/url", old)

    with caplog.at_level(logging.INFO):
        assert database_url(qsettings) == old  # the connection is kept
    assert b"old-Pw-7" in _settings_bytes(basedir, qsettings)  # neither lost nor rewritten
    assert "still in clear text" in caplog.text and "old-Pw-7" not in caplog.text

    dialog = _dialog(qtbot, qsettings, tmp_path)
    assert (dialog.url.text(), dialog.password.text()) == (url, "old-Pw-7")
    assert dialog.password_note.text() == render(msg("connection.password_in_settings"))
    dialog.staff.setChecked(True)
    dialog.save()  # unchanged: left as it is
    assert dialog.result() == 1 and stored_database_url(qsettings) == old

    cleared = _dialog(qtbot, qsettings, tmp_path)
    cleared.password.clear()
    cleared.save()
    assert cleared.result() == 1
    assert b"old-Pw-7" not in _settings_bytes(basedir, qsettings)
    assert database_url(qsettings) == url


def test_the_postgresql_tools_folder_is_checked_and_saved(  # type: ignore[no-untyped-def]
        qtbot, qsettings: QSettings, tmp_path: Path) -> None:
    from arco_desk.ui.common.local_settings import pg_bin
    from tests.conftest import _pg_bin

    empty = tmp_path / "no-tools"
    empty.mkdir()
    dialog = _dialog(qtbot, qsettings, tmp_path)
    dialog.pg_bin.setText(str(empty))
    dialog.save()
    assert dialog.fields.labels["pg_bin"].isVisibleTo(dialog)
    assert "pg_dump" in dialog.fields.message("pg_bin")
    assert pg_bin(qsettings) is None  # nothing saved
    tools = _pg_bin()  # the server's folder holds the client tools too
    assert tools is not None
    dialog.pg_bin.setText(str(tools))
    dialog.save()
    assert pg_bin(qsettings) == tools
