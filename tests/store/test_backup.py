"""Backup while the desk writes, and restore over what a user's copy would leave behind."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from arco_desk.domain.errors import DomainError
from arco_desk.domain.memos import MemoDraft
from arco_desk.services.container import DATABASE_FILE, Services
from arco_desk.store.backup import backup_sqlite, restore_sqlite
from arco_desk.store.migrate import head_revision
from tests.actors import DESK
from tests.conftest import FIXED_NOW, fixed_clock
from tests.signed_in import open_signed_in


def _memo(services: Services, number: int) -> int:
    target = services.directory.search("")[0].id
    return services.memos.record(MemoDraft(
        caller_name="김영희", caller_phone="010-1234-5678",
        called_at=FIXED_NOW - timedelta(minutes=5), message=f"회신 바람 {number}",
        target_staff_id=target), actor=DESK).id


def _memo_ids(path: Path) -> set[int]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM phone_memo")}
    finally:
        conn.close()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_a_backup_during_a_stream_of_writes_holds_every_acknowledged_memo(
        demo_services: Services, basedir: Path, tmp_path: Path) -> None:
    writer = open_signed_in(basedir, clock=fixed_clock)
    acknowledged: list[int] = []
    stop = threading.Event()
    failures: list[BaseException] = []

    def write() -> None:
        number = 0
        try:
            while not stop.is_set():
                number += 1
                acknowledged.append(_memo(writer, number))
                time.sleep(0.003)
        except BaseException as error:  # reported below, never swallowed
            failures.append(error)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        while len(acknowledged) < 30:
            time.sleep(0.01)
        before = set(acknowledged)
        target = backup_sqlite(demo_services.engine, tmp_path / "desk.backup")
        time.sleep(0.1)  # writes go on after the backup
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert not failures
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    after_backup = set(acknowledged) - _memo_ids(target)
    assert after_backup, "the writer must have gone on writing after the backup"

    database = basedir / DATABASE_FILE
    demo_services.close()
    result = restore_sqlite(target, database)
    assert result.revision == head_revision()
    assert _integrity(database) == "ok"
    restored = _memo_ids(database)
    assert before <= restored
    assert restored < set(acknowledged)
    # The replaced database is kept aside with everything written until the restore.
    assert result.kept_aside is not None
    assert set(acknowledged) <= _memo_ids(result.kept_aside)
    reopened = open_signed_in(basedir, clock=fixed_clock)
    try:
        assert reopened.memos.get_row(max(before)).id == max(before)
    finally:
        reopened.close()


def _stale_wal(database: Path, into: Path) -> None:
    """A real ``-wal`` left from another state of ``database``: written with checkpoints
    off and copied while its connection is still open (closing would fold it in)."""
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("DELETE FROM phone_memo_reason")
        conn.execute("DELETE FROM phone_memo_event")
        conn.execute("DELETE FROM phone_memo")
        conn.execute("CREATE TABLE stray (x TEXT)")
        conn.execute("INSERT INTO stray VALUES (randomblob(20000))")
        shutil.copyfile(f"{database}-wal", into)
    finally:
        conn.close()


def test_restore_over_a_stale_wal(demo_services: Services, basedir: Path,
                                  tmp_path: Path) -> None:
    memos = {_memo(demo_services, n) for n in range(5)}
    backup = backup_sqlite(basedir / DATABASE_FILE, tmp_path / "desk.backup")
    demo_services.close()
    database = basedir / DATABASE_FILE
    wal = tmp_path / "stale-wal"
    _stale_wal(database, wal)
    assert wal.stat().st_size > 0

    # What a user's copy over the file does: the stale WAL is replayed onto the backup.
    copied = tmp_path / "copied.sqlite3"
    shutil.copyfile(backup, copied)
    shutil.copyfile(wal, f"{copied}-wal")
    assert _integrity(copied) != "ok" or _memo_ids(copied) != memos

    shutil.copyfile(wal, f"{database}-wal")
    restore_sqlite(backup, database)
    assert not Path(f"{database}-wal").exists() or Path(f"{database}-wal").stat().st_size == 0
    assert _integrity(database) == "ok"
    assert _memo_ids(database) == memos


def test_a_backup_from_a_newer_schema_is_refused(services: Services, basedir: Path,
                                                 tmp_path: Path) -> None:
    backup = backup_sqlite(services.engine, tmp_path / "desk.backup")
    services.close()
    conn = sqlite3.connect(backup)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    database = basedir / DATABASE_FILE
    before = database.read_bytes()
    with pytest.raises(DomainError) as refused:
        restore_sqlite(backup, database)
    assert refused.value.msg.key == "backup.too_new"
    assert refused.value.msg.params["revision"] == "9999_future"
    assert database.read_bytes() == before
    assert sorted(p.name for p in basedir.iterdir() if "restor" in p.name) == []


def test_a_file_that_is_not_a_backup_is_refused(services: Services, basedir: Path,
                                                tmp_path: Path) -> None:
    services.close()
    garbage = tmp_path / "notes.txt"
    garbage.write_bytes(b"not a database at all " * 100)
    with pytest.raises(DomainError) as refused:
        restore_sqlite(garbage, basedir / DATABASE_FILE)
    assert refused.value.msg.key == "backup.damaged"
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(DomainError) as refused:
        restore_sqlite(other, basedir / DATABASE_FILE)
    assert refused.value.msg.key == "backup.not_arco"
    assert _integrity(basedir / DATABASE_FILE) == "ok"


def test_a_backup_never_overwrites_a_file(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "desk.backup"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        backup_sqlite(services.engine, target)
    assert refused.value.msg.key == "backup.target_exists"
    assert target.read_text(encoding="utf-8") == "keep me"


def test_a_backup_whose_last_writes_are_still_in_its_wal_restores_them(
        services: Services, basedir: Path, tmp_path: Path) -> None:
    """A file restored with its ``-wal`` beside it is read through SQLite, not copied
    byte for byte: what the WAL holds is restored too."""
    backup = backup_sqlite(services.engine, tmp_path / "desk.sqlite3")
    services.close()
    copy = tmp_path / "copy.sqlite3"
    conn = sqlite3.connect(backup, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("DELETE FROM memo_reason WHERE id = (SELECT max(id) FROM memo_reason)")
        shutil.copyfile(backup, copy)  # the pair, copied while open (closing folds it in)
        shutil.copyfile(f"{backup}-wal", f"{copy}-wal")
    finally:
        conn.close()
    database = basedir / DATABASE_FILE

    restore_sqlite(copy, database)

    conn = sqlite3.connect(database)
    try:
        assert conn.execute("SELECT count(*) FROM memo_reason").fetchone()[0] == 5
    finally:
        conn.close()
    assert _integrity(database) == "ok"
