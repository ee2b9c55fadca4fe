"""Backup and restore of the embedded SQLite database, for users (issue 14).

A backup is taken with SQLite's online backup API in one step, so it is one consistent
snapshot even while other connections write (WAL included), and it is written as a
single self-contained file (journal mode DELETE), readable by this user only.

A restore checks a staged copy of the backup (integrity, an ARCO Desk schema no newer
than this program's), keeps the replaced database aside with its ``-wal`` under a
``.before-restore-<time>`` name, removes the ``-wal``/``-shm`` left beside the target
(a stale WAL would be replayed over the restored file and damage it), puts the copy in
place and checks it again (a quick check: the rename moved no bytes). It must not run
while ARCO Desk has the database open.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.store.migrate import is_known_revision

SIDE_FILES = ("-wal", "-shm", "-journal")
# The first bytes of each kind of backup file (SQLite's file header, pg_dump -Fc's).
SQLITE_MAGIC = b"SQLite format 3\x00"
POSTGRES_MAGIC = b"PGDMP"
# An integrity check reads the whole file; through a memory map it runs a quarter faster.
CHECK_MMAP_BYTES = 1 << 30


@dataclass(frozen=True, slots=True)
class RestoreResult:
    revision: str
    kept_aside: Path | None


def sqlite_path(engine_or_path: Engine | Path) -> Path:
    if isinstance(engine_or_path, Path):
        return engine_or_path
    if engine_or_path.url.get_backend_name() != "sqlite" or not engine_or_path.url.database:
        raise DomainError(msg("backup.sqlite_only"))
    return Path(engine_or_path.url.database)


def backup_sqlite(engine_or_path: Engine | Path, target: Path) -> Path:
    """A consistent copy of the database at ``target`` (mode 0600); refuses to overwrite."""
    source_path = sqlite_path(engine_or_path)
    if not source_path.is_file():
        raise DomainError(msg("backup.no_database", path=str(source_path)))
    if target.exists():
        raise DomainError(msg("backup.target_exists", path=str(target)))
    staging = target.with_name(f"{target.name}.partial")
    create_private(staging)
    try:
        _copy(source_path, staging)
        os.replace(staging, target)
    except BaseException:
        remove_quietly(staging)
        raise
    fsync_folder(target.parent)
    return target


def restore_sqlite(backup: Path, database: Path,
                   now: Callable[[], datetime] = datetime.now) -> RestoreResult:
    """Put ``backup`` in place of ``database``; the replaced file is kept aside."""
    if not backup.is_file():
        raise DomainError(msg("backup.not_found", path=str(backup)))
    if starts_with(backup, POSTGRES_MAGIC):
        raise DomainError(msg("backup.is_postgres_dump"))
    stamp = now().strftime("%Y%m%d-%H%M%S")
    staging = database.with_name(f"{database.name}.restoring-{stamp}")
    create_private(staging)
    try:
        try:
            _stage(backup, staging)
        except sqlite3.DatabaseError as error:
            raise DomainError(msg("backup.damaged")) from error
        revision = _check_backup(staging)
        kept = _keep_aside(database, stamp)
        os.replace(staging, database)
    except BaseException:
        remove_quietly(staging)
        raise
    fsync_folder(database.parent)
    # The staged copy had the full check; a rename moves no bytes, so a quick look at
    # the file now in place is enough.
    if not _integrity_ok(database, quick=True):
        raise DomainError(msg("backup.damaged"))
    return RestoreResult(revision, kept)


def _stage(backup: Path, staging: Path) -> None:
    """The backup's bytes into ``staging``: a plain copy when the file stands alone (as
    every backup ARCO Desk writes does), SQLite's backup API when a ``-wal`` or
    ``-journal`` beside it still holds part of it."""
    if any(Path(f"{backup}{suffix}").exists() for suffix in SIDE_FILES):
        _copy(backup, staging)
    else:
        shutil.copyfile(backup, staging)


def _copy(source_path: Path, target: Path) -> None:
    """SQLite's online backup from ``source_path`` into ``target``, made self-contained."""
    source = sqlite3.connect(source_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)  # all pages in one step: one snapshot of the source
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        source.close()


def _check_backup(staged: Path) -> str:
    """The staged copy's schema revision, or a refusal (damaged, not ours, too new)."""
    if not _integrity_ok(staged):
        raise DomainError(msg("backup.damaged"))
    conn = sqlite3.connect(staged)
    try:
        return schema_revision(conn)
    except sqlite3.DatabaseError as error:
        raise DomainError(msg("backup.not_arco")) from error
    finally:
        conn.close()


def schema_revision(conn: sqlite3.Connection) -> str:
    """The ARCO Desk schema revision of the SQLite file open on ``conn``, or a refusal:
    not an ARCO Desk database, or one of a newer version. SQLite's own errors (a damaged
    file) are the caller's to word."""
    ours = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                        "AND name = 'alembic_version'").fetchone()
    row = ours and conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if not row:
        raise DomainError(msg("backup.not_arco"))
    revision = str(row[0])
    if not is_known_revision(revision):
        raise DomainError(msg("backup.too_new", revision=revision))
    return revision


def _integrity_ok(path: Path, *, quick: bool = False) -> bool:
    """SQLite's integrity check (every page, index and constraint) or its quick check
    (pages and records, not index contents); the file is read through a memory map."""
    try:
        conn = sqlite3.connect(path)
        try:
            conn.execute(f"PRAGMA mmap_size={CHECK_MMAP_BYTES}")
            rows = conn.execute(f"PRAGMA {'quick_check' if quick else 'integrity_check'}"
                                ).fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def _keep_aside(database: Path, stamp: str) -> Path | None:
    """Move the database and its ``-wal`` aside together (the pair is the old state);
    the ``-shm`` and any ``-journal`` beside it are removed."""
    aside = database.with_name(f"{database.name}.before-restore-{stamp}")
    if database.exists():
        os.replace(database, aside)
    wal = Path(f"{database}-wal")
    if wal.exists():
        os.replace(wal, Path(f"{aside}-wal") if aside.exists() else wal)
    for suffix in SIDE_FILES:
        remove_quietly(Path(f"{database}{suffix}"))
    return aside if aside.exists() else None


def starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(magic)) == magic
    except OSError:
        return False


def create_private(path: Path) -> None:
    """An empty file readable by this user only (SQLite takes it as a new database)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    if os.name == "posix":
        path.chmod(0o600)


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
