"""Damaged database files as they happen at a desk: garbage over the file, a file cut
short, and a backup copied back over the file while an old ``-wal`` stayed beside it."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from arco_desk.services.container import DATABASE_FILE


def staff_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM staff").fetchone()[0])
    finally:
        conn.close()


def write_garbage_over(database: Path) -> None:
    database.write_bytes(os.urandom(64 * 1024))
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def cut_short(database: Path) -> None:
    """The first half of the file only (a copy broken off, a disk that failed)."""
    data = database.read_bytes()
    database.write_bytes(data[: len(data) // 2])


def copy_back_beside_a_stale_wal(basedir: Path, backup: Path) -> None:
    """Copy ``backup`` over the (closed) database while a ``-wal`` of a later state stays:
    SQLite replays that WAL over pages of another state (issue 14's "malformed").

    The later state grows the file (rows checkpointed into it) and then changes it again
    in a WAL that is copied while its connection is open, since closing would fold it in.
    """
    database = basedir / DATABASE_FILE
    conn = sqlite3.connect(database, isolation_level=None)
    saved_wal = basedir.parent / "stale.wal"
    try:
        conn.execute("CREATE TABLE filler (x BLOB)")
        for _ in range(300):
            conn.execute("INSERT INTO filler VALUES (randomblob(500))")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA wal_autocheckpoint=0")
        for _ in range(50):
            conn.execute("UPDATE staff SET duties = coalesce(duties, '') || 'x'")
            conn.execute("INSERT INTO filler VALUES (randomblob(900))")
        shutil.copyfile(f"{database}-wal", saved_wal)
    finally:
        conn.close()
    shutil.copyfile(backup, database)
    shutil.copyfile(saved_wal, f"{database}-wal")
    Path(f"{database}-shm").unlink(missing_ok=True)
