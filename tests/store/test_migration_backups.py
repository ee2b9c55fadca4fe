"""The backup taken before a migration: staged into the backups folder, rotated with the
agency's retention count, on SQLite and PostgreSQL; and the copies older versions left
beside the database brought under the same rotation."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from arco_desk.services.container import DATABASE_FILE, Services
from arco_desk.store import migrate
from arco_desk.store.backup_folder import (
    BACKUPS_FOLDER,
    STALE_PARTIAL_S,
    BackupKind,
    backup_path,
    backups_folder,
    list_backups,
    remove_stale_partials,
)
from arco_desk.store.migrate import head_revision
from tests.actors import DESK
from tests.signed_in import open_signed_in
from tests.store.test_migrations import TEST_REVISION, _migrations_with_test_revision

ROOT = Path(__file__).resolve().parents[2]


def _migrations(basedir: Path) -> list[Path]:
    return [b.path for b in list_backups(basedir / BACKUPS_FOLDER)
            if b.kind is BackupKind.MIGRATION]


def _new_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on the program knows one revision more than the database has."""
    copy = _migrations_with_test_revision(tmp_path)
    monkeypatch.setattr(migrate, "migrations_path", lambda: copy)
    monkeypatch.setattr(migrate, "HEAD_REVISION", TEST_REVISION)
    assert head_revision() == TEST_REVISION


def _old_migration_backups(basedir: Path, count: int) -> list[Path]:
    folder = backups_folder(basedir)
    start = datetime(2025, 1, 1, 9, 0, 0)
    made = []
    for day in range(count):
        path = backup_path(folder, BackupKind.MIGRATION, start + timedelta(days=day),
                           ".sqlite3")
        path.write_bytes(b"an old copy")
        made.append(path)
    return made


def test_a_migration_backup_is_rotated_with_the_agency_retention_count(
        services: Services, basedir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services.daily_backups.set_keep_count(3, actor=DESK)
    services.close()
    old = _old_migration_backups(basedir, 4)
    _new_version(tmp_path, monkeypatch)

    upgraded = open_signed_in(basedir)
    upgraded.close()

    backup = upgraded.migration.backup
    assert backup is not None
    assert _migrations(basedir) == [backup, old[3], old[2]]
    assert not old[0].exists() and not old[1].exists()
    conn = sqlite3.connect(backup)
    try:  # the state from before the upgrade
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    assert revision != TEST_REVISION


def test_copies_left_beside_the_database_by_older_versions_join_the_rotation(
        services: Services, basedir: Path) -> None:
    services.close()
    database = basedir / DATABASE_FILE
    kept = basedir / "arco-desk.backup-20250301-101500-123456.sqlite3"
    copied = database.read_bytes()
    kept.write_bytes(copied)
    killed = basedir / "arco-desk.backup-20250302-101500-000001.sqlite3"
    killed.write_bytes(b"")  # a copy that was killed while being written
    other = basedir / "my-notes.backup-20250302-101500-000001.sqlite3"
    other.write_bytes(b"not ours")

    again = open_signed_in(basedir)
    again.close()

    moved = _migrations(basedir)
    assert [p.name for p in moved] == ["arco-desk-20250301-101500-migration.sqlite3"]
    assert moved[0].read_bytes() == copied
    assert not kept.exists() and not killed.exists()
    assert other.exists()
    assert sorted(p.name for p in basedir.iterdir() if ".backup-" in p.name) == [other.name]


def test_a_backup_killed_while_being_written_is_never_listed(
        services: Services, basedir: Path) -> None:
    """A real kill: a child process backs up while this one holds the database
    exclusively, so the child waits inside the copy, and is killed there."""
    database = basedir / DATABASE_FILE
    services.close()
    folder = backups_folder(basedir)
    target = backup_path(folder, BackupKind.MIGRATION, datetime(2026, 11, 24, 9, 0), ".sqlite3")
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE setting SET value = value")
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; from pathlib import Path; "
         "from arco_desk.store.backup import backup_sqlite; "
         "backup_sqlite(Path(sys.argv[1]), Path(sys.argv[2]))", str(database), str(target)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        partial = target.with_name(target.name + ".partial")
        deadline = time.monotonic() + 30
        while not partial.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert partial.exists(), "the child never started its copy"
        time.sleep(0.3)
        assert child.poll() is None, "the copy should be waiting for the database"
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    assert partial.exists() and not target.exists()
    assert list_backups(folder) == []  # nothing listed, let alone an empty backup
    assert remove_stale_partials(folder) == []  # a young one may still be being written
    aged = time.time() - STALE_PARTIAL_S - 60
    os.utime(partial, (aged, aged))
    assert remove_stale_partials(folder) == [partial]


@pytest.mark.postgres
def test_postgresql_is_dumped_before_a_migration(
        pg_url: str, basedir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = open_signed_in(basedir, pg_url)
    first.close()
    _new_version(tmp_path, monkeypatch)

    upgraded = open_signed_in(basedir, pg_url)
    upgraded.close()

    backup = upgraded.migration.backup
    assert backup is not None and _migrations(basedir) == [backup]
    assert backup.suffix == ".dump" and backup.read_bytes().startswith(b"PGDMP")


@pytest.mark.postgres
def test_postgresql_migrates_without_a_backup_when_the_tools_are_missing(
        pg_url: str, basedir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    first = open_signed_in(basedir, pg_url)
    first.close()
    _new_version(tmp_path, monkeypatch)
    empty = tmp_path / "no-tools"
    empty.mkdir()

    with caplog.at_level(logging.WARNING):
        upgraded = open_signed_in(basedir, pg_url, pg_bin=empty)
    upgraded.close()

    assert upgraded.migration.to_revision == TEST_REVISION
    assert upgraded.migration.backup is None
    assert "no backup taken before migrating" in caplog.text
    assert _migrations(basedir) == []
