"""``arco-desk backup FILE`` and ``arco-desk restore FILE`` from the command line."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from arco_desk.app import parse_args
from arco_desk.services.demo import fill_directory
from arco_desk.ui.common.local_settings import pg_bin, set_pg_bin
from tests.conftest import FIXED_NOW
from tests.services.damaged_files import staff_count
from tests.signed_in import open_signed_in
from tests.ui.shell.test_app import run_app


def test_backup_then_restore_from_the_command_line(tmp_path: Path) -> None:
    basedir = tmp_path / "data"
    created = run_app("--basedir", str(basedir), "--demo", "--smoke-test")
    assert created.returncode == 0, created.stderr
    database = basedir / "arco-desk.sqlite3"
    staff = staff_count(database)
    assert staff > 0
    file = tmp_path / "desk.backup"

    done = run_app("backup", str(file), "--basedir", str(basedir))
    assert done.returncode == 0, done.stderr
    assert str(file) in done.stdout
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    again = run_app("--basedir", str(basedir), "backup", str(file))
    assert again.returncode == 2 and "이미 있습니다" in again.stderr  # Korean by default
    english = run_app("--lang", "en", "--basedir", str(basedir), "backup", str(file))
    assert english.returncode == 2 and "already exists" in english.stderr

    conn = sqlite3.connect(database)
    with conn:
        conn.execute("DELETE FROM staff WHERE id NOT IN (SELECT target_staff_id FROM "
                      "phone_memo WHERE target_staff_id IS NOT NULL) AND id > 3")
    conn.close()
    assert staff_count(database) < staff

    restored = run_app("restore", str(file), "--basedir", str(basedir))
    assert restored.returncode == 0, restored.stderr
    assert staff_count(database) == staff
    kept = [p for p in basedir.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and staff_count(kept[0]) < staff
    assert "restore" in (basedir / "logs" / "arco-desk.log").read_text(encoding="utf-8")
    reopened = run_app("--basedir", str(basedir), "--smoke-test")
    assert reopened.returncode == 0, reopened.stderr


@pytest.mark.postgres
def test_postgresql_backup_then_restore_from_the_command_line(pg_url: str,
                                                              tmp_path: Path) -> None:
    basedir = tmp_path / "data"
    basedir.mkdir()
    services = open_signed_in(basedir, pg_url)
    fill_directory(services.uow, FIXED_NOW)
    services.close()
    file = tmp_path / "desk.dump"

    done = run_app("--basedir", str(basedir), "--db", pg_url, "backup", str(file))
    assert done.returncode == 0, done.stderr
    assert str(file) in done.stdout and file.read_bytes().startswith(b"PGDMP")

    restored = run_app("--basedir", str(basedir), "--db", pg_url, "restore", str(file))
    assert restored.returncode == 0, restored.stderr
    kept = list((basedir / "backups").glob("arco-desk-*-replaced.dump"))
    assert len(kept) == 1 and str(kept[0]) in restored.stdout


@pytest.mark.postgres
def test_the_tools_folder_comes_from_the_pc_settings(pg_url: str, tmp_path: Path) -> None:
    basedir = tmp_path / "data"
    basedir.mkdir()
    empty = tmp_path / "no-tools"
    empty.mkdir()
    settings = QSettings(str(basedir / "settings.ini"), QSettings.Format.IniFormat)
    set_pg_bin(settings, empty)
    settings.sync()
    done = run_app("--lang", "en", "--basedir", str(basedir), "--db", pg_url,
                   "backup", str(tmp_path / "x.dump"))
    assert done.returncode == 2
    assert f"pg_dump not found in {empty}" in done.stderr
    assert not (tmp_path / "x.dump").exists()
    chosen = run_app("--lang", "en", "--basedir", str(basedir), "--db", pg_url,
                     "--pg-bin", str(tmp_path), "backup", str(tmp_path / "x.dump"))
    assert chosen.returncode == 2 and f"not found in {tmp_path}." in chosen.stderr


def test_command_arguments() -> None:
    args = parse_args(["backup", "x.backup", "--basedir", "d"])
    assert args.command == "backup" and args.file == Path("x.backup")
    assert args.pg_bin is None
    assert parse_args(["restore", "x", "--pg-bin", "C:/pg/bin"]).pg_bin == Path("C:/pg/bin")
    assert parse_args(["--smoke-test"]).command is None
    with pytest.raises(SystemExit):
        parse_args(["restore"])
    with pytest.raises(SystemExit):
        parse_args(["copy", "x"])


def test_the_tools_folder_setting(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert pg_bin(settings) is None
    set_pg_bin(settings, tmp_path / "bin")
    assert pg_bin(settings) == tmp_path / "bin"
    set_pg_bin(settings, None)
    assert pg_bin(settings) is None
