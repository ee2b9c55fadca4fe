"""Backup and restore of the embedded database for the command line (issue 14):
which file the data folder or ``--db`` address names, then the store's backup."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import make_url

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.services.container import DATABASE_FILE
from arco_desk.store.backup import RestoreResult, backup_sqlite, restore_sqlite
from arco_desk.store.engine import is_sqlite


def sqlite_file(basedir: Path, url: str | None) -> Path:
    """The SQLite file in use; a PostgreSQL address is refused for now."""
    if url is None:
        return basedir / DATABASE_FILE
    name = make_url(url).database if is_sqlite(url) else None
    if not name:
        raise DomainError(msg("backup.sqlite_only"))
    return Path(name)


def back_up(basedir: Path, url: str | None, file: Path) -> Path:
    return backup_sqlite(sqlite_file(basedir, url), file.resolve())


def restore(basedir: Path, url: str | None, file: Path) -> RestoreResult:
    return restore_sqlite(file.resolve(), sqlite_file(basedir, url))
