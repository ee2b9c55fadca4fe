"""A damaged SQLite file is found at start, not halfway through the day (issue 14).

A file can open and answer the first queries while pages further in are broken: a
backup copied back over the database while an old ``-wal`` stayed beside it is replayed
into a mix of two states. ``PRAGMA quick_check`` walks every page (without comparing
indexes to their tables, the slow part of ``integrity_check``), so such a file is refused
before anything is migrated or written, with the known error for a damaged file; the
start then offers the latest backup (docs/architecture.md §8).

The check walks the whole file (a few hundred milliseconds for a large database, more
from a cold disk), so it runs only when a ``-wal`` file is left beside the database at
start: ARCO Desk's last connection removes it on a clean exit, so one left over means the
last run ended abruptly or a file was copied in by hand — the two ways a file gets
damaged. A damage found later, by any query, is the same known error.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from arco_desk.store.errors import Reason, classify, unavailable

log = logging.getLogger(__name__)


def check_intact(engine: Engine, sqlite_file: Path | None) -> None:
    """Raise the known error for a damaged file (reason ``malformed``) when SQLite's
    quick check finds a broken page. Run before the first connection: only a file with
    a ``-wal`` left beside it is checked; other backends are not checked here."""
    if sqlite_file is None or not wal_left(sqlite_file):
        return
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA quick_check").all()
    except SQLAlchemyError as error:
        known = classify(error)
        if known is not None:
            raise known from error
        raise
    if rows != [("ok",)]:
        # Page numbers and table names only: no content of a row.
        log.error("the database file is damaged: %s", str(rows[0][0])[:300])
        raise unavailable(Reason.MALFORMED)


def wal_left(sqlite_file: Path) -> bool:
    """A non-empty ``-wal`` beside ``sqlite_file`` (before ARCO Desk opens it)."""
    wal = Path(f"{sqlite_file}-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False
