"""A restore asked for while ARCO Desk runs is carried out at its next start (issue 14).

The database must not be open while its file is replaced, so 관리 › 백업·복원 only
writes a request — a small file in the data folder naming the backup and the database
it is meant for, readable by this user only — and the program closes and starts again.
At start, before the database is opened, :func:`carry_out_pending_restore` removes the
request first (a restore that fails is never tried again and again) and then restores.

A database found damaged at start (:func:`damaged_database`) is restored the same way
from a backup the operator picks on the recovery screen (:func:`restore_damaged`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from sqlalchemy import make_url

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import Message, msg
from arco_desk.services.backup import restore, sqlite_file
from arco_desk.store.backup import RestoreResult
from arco_desk.store.engine import is_sqlite
from arco_desk.store.errors import Reason, StoreUnavailable

__all__ = ["PENDING_FILE", "RestoreResult", "StartRestore", "carry_out_pending_restore",
           "damaged_database", "pending_restore", "request_restore", "restore_damaged",
           "restored_message"]

log = logging.getLogger(__name__)

PENDING_FILE: Final = "restore-pending.json"


@dataclass(frozen=True, slots=True)
class StartRestore:
    """What became of a restore requested before this start."""

    backup: Path
    result: RestoreResult | None  # None: refused
    refusal: Message | None = None

    def message(self) -> Message:
        """What the operator reads about it."""
        if self.refusal is not None:
            return msg("restore.refused_at_start", path=str(self.backup), reason=self.refusal)
        assert self.result is not None
        return restored_message(self.backup, self.result)


def restored_message(backup: Path, result: RestoreResult) -> Message:
    if result.kept_aside is None:
        return msg("restore.done", path=str(backup))
    return msg("backup.restored", path=str(backup), kept=str(result.kept_aside))


def database_name(basedir: Path, url: str | None) -> str:
    """Which database a request is for: the SQLite file, or the server address without
    its password."""
    if url is None or is_sqlite(url):
        return str(sqlite_file(basedir, url).resolve())
    return make_url(url).render_as_string(hide_password=True)


def request_restore(basedir: Path, url: str | None, backup: Path,
                    now: datetime | None = None) -> Path:
    """Record that ``backup`` is to replace the database at the next start; the file."""
    marker = basedir / PENDING_FILE
    staging = marker.with_name(f"{marker.name}.partial")
    content = json.dumps({
        "backup": str(backup.resolve()),
        "database": database_name(basedir, url),
        "requested_at": (now or datetime.now()).isoformat(timespec="seconds"),
    }, ensure_ascii=False)
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    try:
        fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(staging, marker)
    except OSError as error:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise DomainError(msg("restore.cannot_request", path=str(marker),
                              reason=error.strerror or type(error).__name__)) from error
    log.info("restore of %s requested for the next start", backup)
    return marker


def pending_restore(basedir: Path) -> Path | None:
    """The backup a recorded request names, or None (no request, or unreadable)."""
    try:
        return _read(basedir / PENDING_FILE)[0]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def carry_out_pending_restore(basedir: Path, url: str | None, *,
                              pg_bin: Path | None = None) -> StartRestore | None:
    """The restore recorded before this start, carried out; None when none was asked.

    Runs before the database is opened. The request is removed whatever happens."""
    marker = basedir / PENDING_FILE
    if not marker.exists():
        return None
    try:
        backup, database = _read(marker)
    except (OSError, ValueError, KeyError, TypeError):
        backup, database = Path("?"), None
    try:
        marker.unlink()
    except OSError as error:
        log.error("could not remove the restore request %s: %s", marker, error.strerror)
        return StartRestore(backup, None, msg("restore.request_stuck", path=str(marker),
                                               reason=error.strerror or "?"))
    if database is None:
        log.error("the restore request %s could not be read; nothing restored", marker)
        return StartRestore(backup, None, msg("restore.request_unreadable"))
    if database != database_name(basedir, url):
        log.error("a restore requested for another database was not carried out")
        return StartRestore(backup, None, msg("restore.other_database", database=database))
    try:
        result = _restore(basedir, url, backup, pg_bin)
    except DomainError as error:
        log.error("restore of %s at start refused: %s", backup, error.msg.key)
        return StartRestore(backup, None, error.msg)
    return StartRestore(backup, result)


def damaged_database(basedir: Path, url: str | None, error: DomainError) -> Path | None:
    """The SQLite file ``error`` says is damaged (the recovery screen offers a backup for
    it), or None when ``error`` is something else or the database is a server."""
    if not isinstance(error, StoreUnavailable) or error.reason != Reason.MALFORMED:
        return None
    if url is not None and not is_sqlite(url):
        return None
    return sqlite_file(basedir, url)


def restore_damaged(basedir: Path, url: str | None, backup: Path, *,
                    pg_bin: Path | None = None) -> RestoreResult:
    """Put ``backup`` in place of the damaged database, which is kept aside."""
    return _restore(basedir, url, backup, pg_bin)


def _restore(basedir: Path, url: str | None, backup: Path,
             pg_bin: Path | None) -> RestoreResult:
    try:
        result = restore(basedir, url, backup, pg_bin=pg_bin)
    except (OSError, sqlite3.Error) as error:
        reason = error.strerror if isinstance(error, OSError) else None
        log.error("restore of %s failed: %s", backup, type(error).__name__)
        raise DomainError(msg("restore.failed", path=str(backup),
                              reason=reason or type(error).__name__)) from error
    log.info("database restored from %s (schema %s), replaced one kept as %s", backup,
             result.revision, result.kept_aside)
    return result


def _read(marker: Path) -> tuple[Path, str]:
    data = json.loads(marker.read_text(encoding="utf-8"))
    backup, database = data["backup"], data["database"]
    if not isinstance(backup, str) or not isinstance(database, str) or not backup:
        raise ValueError("not a restore request")
    return Path(backup), database
