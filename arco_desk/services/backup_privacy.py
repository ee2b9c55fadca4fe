"""A visitor purge applied to the SQLite backups too (issue 14).

After a purge the backups in the data folder's ``backups`` folder still hold what was
purged. Each SQLite backup there at this version's schema gets the same purge (the
caller's, same cutoff), then ``VACUUM``: with ``secure_delete`` on, the freed cells are
zeroed, and the file is rebuilt without free pages. The rest cannot be rewritten here
and are counted, so the operator is told: PostgreSQL dumps, backups of an older schema,
files that fail to open, and the copies a restore kept (the replaced PostgreSQL
database's dump in the folder, the replaced SQLite file beside the database).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from arco_desk.domain.errors import DomainError
from arco_desk.store.backup_folder import kept_by_restore, list_backups
from arco_desk.store.engine import create_store_engine, sqlite_url
from arco_desk.store.migrate import head_revision
from arco_desk.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BackupsPurged:
    rewritten: int
    left: int


def purge_backups(folder: Path | None, database: Path | None,
                  purge: Callable[[UnitOfWork], bool]) -> BackupsPurged:
    """Run ``purge`` on every SQLite backup in ``folder`` at the head revision, erasing
    the freed bytes where it purged something (it returns True then); count the backups
    it could not rewrite (in ``folder``, the dumps PostgreSQL restores kept there, and the
    ``.before-restore-`` copies beside ``database``)."""
    rewritten = left = 0
    head = head_revision()
    backups = list_backups(folder) if folder is not None else []
    for backup in backups:
        if backup.postgres or _revision(backup.path) != head:
            left += 1
            continue
        try:
            _rewrite(backup.path, purge)
        except (DomainError, SQLAlchemyError, sqlite3.Error, OSError) as error:
            log.warning("backup %s not purged: %s", backup.path.name, type(error).__name__)
            left += 1
            continue
        rewritten += 1
    if folder is not None:
        left += len(kept_by_restore(folder))
    if database is not None:
        left += sum(1 for p in database.parent.glob(f"{database.name}.before-restore-*")
                    if not p.name.endswith(("-wal", "-shm", "-journal")))
    if rewritten or left:
        log.info("purge applied to %d backups; %d backups still hold the purged data",
                 rewritten, left)
    return BackupsPurged(rewritten, left)


def _revision(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _rewrite(path: Path, purge: Callable[[UnitOfWork], bool]) -> None:
    """The purge in ``path`` through the store's own engine (``secure_delete`` on), then
    back to a single self-contained file (journal mode DELETE) rebuilt by VACUUM."""
    engine = create_store_engine(sqlite_url(path))
    try:
        purged = purge(UnitOfWork(engine))
    finally:
        engine.dispose()
    if not purged:
        return
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA journal_mode=DELETE")  # folds the -wal in and removes it
        conn.execute("VACUUM")
    finally:
        conn.close()
