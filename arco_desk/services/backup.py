"""Backup and restore of the database, embedded SQLite or PostgreSQL (issue 14), for the
command line and 관리 › 백업·복원: which database the data folder or ``--db`` address
names, then the store's backup (SQLite's online backup, or ``pg_dump``/``pg_restore``).

Backups ARCO Desk takes by itself go to the data folder's ``backups`` folder
(``store/backup_folder.py``): one before each migration (here) and one a day
(``services/daily_backup.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.services.locations import sqlite_database
from arco_desk.store.backup import RestoreResult, backup_sqlite, restore_sqlite
from arco_desk.store.backup_folder import (
    BACKUPS_FOLDER,
    POSTGRES_SUFFIX,
    SQLITE_SUFFIX,
    BackupFile,
    BackupKind,
    backup_path,
    backups_folder,
    list_backups,
    replaced_path,
)
from arco_desk.store.engine import is_sqlite
from arco_desk.store.pg_backup import dump_postgres, find_tools, restore_postgres

log = logging.getLogger(__name__)

__all__ = ["back_up", "backup_suffix", "check_pg_tools", "last_backup", "migration_backup",
           "restore", "sqlite_file"]


def check_pg_tools(folder: Path) -> None:
    """Refuse (naming what is missing) a folder without pg_dump and pg_restore."""
    find_tools(folder)


def sqlite_file(basedir: Path, url: str | None) -> Path:
    """The SQLite file in use; a PostgreSQL address is refused (it has no file)."""
    path = sqlite_database(basedir, url)
    if path is None:
        raise DomainError(msg("backup.sqlite_only"))
    return path


def backup_suffix(url: str | None) -> str:
    """The file name ending of a backup of this database: ``.sqlite3`` or ``.dump``."""
    return SQLITE_SUFFIX if not url or is_sqlite(url) else POSTGRES_SUFFIX


def back_up(basedir: Path, url: str | None, file: Path, *,
            pg_bin: Path | None = None) -> Path:
    """A consistent copy of the database at ``file``; never overwrites a file.

    PostgreSQL needs its client tools (``pg_bin``, else PATH): a refusal says so."""
    database = sqlite_database(basedir, url)
    if database is not None:
        return backup_sqlite(database, file.resolve())
    assert url is not None
    return dump_postgres(url, file.resolve(), pg_bin)


def restore(basedir: Path, url: str | None, file: Path, *,
            pg_bin: Path | None = None,
            now: Callable[[], datetime] = datetime.now) -> RestoreResult:
    """Put the backup ``file`` in place of the database; the replaced one is kept (SQLite:
    beside the file; PostgreSQL: a dump in the backups folder) and named in the result.

    ARCO Desk must be closed (PostgreSQL: on every PC; other sessions are refused)."""
    database = sqlite_database(basedir, url)
    if database is not None:
        return restore_sqlite(file.resolve(), database, now)
    assert url is not None
    keep_as = replaced_path(backups_folder(basedir), now())
    return restore_postgres(file.resolve(), url, keep_as, pg_bin)


def migration_backup(basedir: Path, engine: Engine, *, pg_bin: Path | None = None,
                     now: Callable[[], datetime] = datetime.now) -> Path | None:
    """The copy taken before a migration, in the backups folder (kind MIGRATION).

    On PostgreSQL without client tools there is none: a warning in the log, and the
    migration goes on. A backup that fails stops the migration (the refusal says why)."""
    url = engine.url.render_as_string(hide_password=False)
    database = sqlite_database(basedir, url)
    if database is not None and not database.exists():
        return None
    if database is None:
        try:
            find_tools(pg_bin, ("pg_dump",))
        except DomainError:
            log.warning("no backup taken before migrating: PostgreSQL client tools "
                        "(pg_dump) not found")
            return None
    folder = backups_folder(basedir)
    target = backup_path(folder, BackupKind.MIGRATION, now(), backup_suffix(url))
    written = back_up(basedir, url, target, pg_bin=pg_bin)
    log.info("backed up the database to %s before migrating", written)
    return written


def last_backup(basedir: Path, kind: BackupKind = BackupKind.DAILY) -> BackupFile | None:
    """The most recent backup of ``kind`` in the backups folder (its time and size), for a
    screen that says when the database was last backed up."""
    found = [b for b in list_backups(basedir / BACKUPS_FOLDER) if b.kind is kind]
    return found[0] if found else None

