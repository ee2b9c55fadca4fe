"""The start of the real program (``python -m arco_desk --smoke-test``) with a password
an older version left in settings.ini: moved to the OS credential store and still
connecting; kept as it is, with a warning, on a PC with no secure store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from arco_desk.services.database_password import SERVICE_NAME, account, join_password
from tests.credential_stores import FileKeyring, child_environment

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.postgres


def _start(basedir: Path, keyring_env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **keyring_env}
    env.pop("ARCO_DESK_DB_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "arco_desk", "--basedir", str(basedir), "--smoke-test"],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT, check=False,
    )


def _old_settings(basedir: Path, url: str) -> Path:
    basedir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(basedir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("database/url", url)
    settings.sync()
    return basedir / "settings.ini"


def _log(basedir: Path) -> str:
    return (basedir / "logs" / "arco-desk.log").read_text(encoding="utf-8")


def test_the_first_start_moves_the_password_and_the_next_ones_use_it(
    tmp_path: Path, credential_store: FileKeyring, pg_password_url: str, pg_password_role: str
) -> None:
    password = pg_password_role
    basedir = tmp_path / "data"
    settings_file = _old_settings(basedir, join_password(pg_password_url, password))
    assert password.encode() in settings_file.read_bytes()

    first = _start(basedir, child_environment(credential_store))
    assert first.returncode == 0, first.stderr
    assert password.encode() not in settings_file.read_bytes()
    assert pg_password_url.encode() in settings_file.read_bytes()
    assert credential_store.entries() == {SERVICE_NAME: {account(pg_password_url): password}}
    assert "moved the database password" in _log(basedir)

    second = _start(basedir, child_environment(credential_store))
    assert second.returncode == 0, second.stderr
    assert password not in _log(basedir) + first.stderr + second.stderr

    elsewhere = _start(basedir, {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert elsewhere.returncode == 2  # the password is nowhere but in that store


def test_without_a_secure_store_the_old_setting_keeps_working_and_is_warned_about(
    tmp_path: Path, pg_password_url: str, pg_password_role: str
) -> None:
    password = pg_password_role
    basedir = tmp_path / "data"
    old = join_password(pg_password_url, password)
    settings_file = _old_settings(basedir, old)

    started = _start(basedir, {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert started.returncode == 0, started.stderr  # connected with the old password
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert settings.value("database/url") == old  # neither lost nor moved anywhere unsafe
    log = _log(basedir)
    assert "still in clear text" in log and password not in log
