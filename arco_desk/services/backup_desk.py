"""What 관리 › 백업·복원 does (issue 14): list the data folder's backups, take one now
(into that folder or another place), and ask for a restore at the next start.

A backup is written with the store's backup (SQLite's online backup API: one consistent
snapshot while others write). Failures the operator can act on are refusals: the disk
is full, the chosen place cannot be written, the database is damaged. A restore is not
done here: the database is open, so :func:`request_restore` records it for the next
start (:mod:`arco_desk.services.restore_at_start`), after a quick look at the file so
that a file that is plainly not a usable backup is refused before the program closes.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Final

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.services.backup import back_up
from arco_desk.services.restore_at_start import request_restore
from arco_desk.store.backup import schema_revision
from arco_desk.store.backup_folder import (
    POSTGRES_SUFFIX,
    SQLITE_SUFFIX,
    BackupFile,
    BackupKind,
    backup_path,
    backups_folder,
    list_backups,
)
from arco_desk.store.engine import is_sqlite
from arco_desk.store.errors import classify
from arco_desk.store.pg_backup import archive_revision

__all__ = ["AUTOMATIC", "BackupDesk", "BackupFile", "BackupKind"]

log = logging.getLogger(__name__)

# Backups nobody asked for: the daily one and the one before a schema update.
AUTOMATIC: Final = frozenset({BackupKind.DAILY, BackupKind.MIGRATION})
_SQLITE_HEADER: Final = b"SQLite format 3\x00"


class BackupDesk:
    """The backups of one data folder's database (``url`` None: the embedded file)."""

    def __init__(self, basedir: Path, url: str | None,
                 now: Callable[[], datetime] = datetime.now, *,
                 pg_bin: Path | None = None) -> None:
        self.basedir = basedir
        self.url = url
        self.now = now  # this PC's local time: backup names carry it
        self.pg_bin = pg_bin  # the folder holding pg_dump/pg_restore; None: PATH

    @property
    def embedded(self) -> bool:
        """True for an SQLite file, False for a database server shared by several PCs."""
        return self.url is None or is_sqlite(self.url)

    @property
    def suffix(self) -> str:
        return SQLITE_SUFFIX if self.embedded else POSTGRES_SUFFIX

    def folder(self) -> Path:
        """The data folder's backups folder (made on first use, private)."""
        try:
            return backups_folder(self.basedir)
        except OSError as error:
            raise _cannot_write(self.basedir, error) from error

    def backups(self) -> list[BackupFile]:
        """The backups in the folder, newest first."""
        return list_backups(self.folder())

    def last_automatic(self) -> BackupFile | None:
        """The newest backup nobody asked for, or None when there is none yet."""
        return next((b for b in self.backups() if b.kind in AUTOMATIC), None)

    def suggested_name(self) -> str:
        """A file name for a backup written to another place."""
        return f"arco-desk-{self.now():%Y%m%d-%H%M%S}{self.suffix}"

    def back_up_now(self) -> Path:
        """A manual backup into the folder; the file written."""
        return self.back_up_to(backup_path(self.folder(), BackupKind.MANUAL, self.now(),
                                           self.suffix))

    def back_up_to(self, file: Path) -> Path:
        """A backup at ``file`` (refused when it exists); the file written."""
        try:
            written = back_up(self.basedir, self.url, file, pg_bin=self.pg_bin)
        except (OSError, sqlite3.Error) as error:
            known = classify(error)
            if known is not None:
                raise known from error
            if isinstance(error, OSError):
                raise _cannot_write(file, error) from error
            raise
        log.info("database backed up to %s", written)
        return written

    def request_restore(self, file: Path) -> Path:
        """Check that ``file`` looks like a backup this program can restore, then record
        the restore for the next start; the request's file."""
        if not file.is_file():
            raise DomainError(msg("backup.not_found", path=str(file)))
        if self.embedded:
            _look_at_sqlite_backup(file)
        else:  # the tools are here, and it is an ARCO Desk archive no newer than us
            archive_revision(file, self.pg_bin)
        return request_restore(self.basedir, self.url, file, self.now())


def _look_at_sqlite_backup(file: Path) -> None:
    """Refuse a file that is not an SQLite database of this program's schema or older.
    Its pages are checked at the restore itself (that takes seconds on a large file)."""
    try:
        with file.open("rb") as head:
            header = head.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise DomainError(msg("backup.not_found", path=str(file))) from error
    if header != _SQLITE_HEADER:
        raise DomainError(msg("backup.damaged"))
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
        try:
            schema_revision(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise DomainError(msg("backup.damaged")) from error
        # could not look (a file in use, a read-only place): the restore checks it


def _cannot_write(path: Path, error: OSError) -> DomainError:
    return DomainError(msg("backup.cannot_write", path=str(path),
                           reason=error.strerror or type(error).__name__))
