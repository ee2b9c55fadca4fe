"""Known errors: the environment failed (locked, unreachable, disk full, read-only...).

They are shown as a message bar and the form keeps its text. Anything else is a bug.
Errors are recognised by the driver's code, never by the words of its message: the
SQLite result code (its primary part) and the PostgreSQL SQLSTATE.
"""

from __future__ import annotations

import errno
import sqlite3
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from sqlalchemy import exc as sa_exc

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import Message, msg

if TYPE_CHECKING:
    import psycopg


class Reason(StrEnum):
    """Why the database can't be used; a ``str``, so ``reason == "locked"`` holds."""

    LOCKED = "locked"
    UNREACHABLE = "unreachable"
    IO = "io"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    MALFORMED = "malformed"
    DEADLOCK = "deadlock"
    SERIALIZATION = "serialization"
    # A unique index refused a row another transaction committed first (the check
    # before the insert could not see it yet): trying again sees it.
    DUPLICATE = "duplicate"


# The one place an operator's message is chosen for a reason.
MESSAGES: Final[dict[Reason, Message]] = {
    Reason.LOCKED: msg("store.locked"),
    Reason.UNREACHABLE: msg("store.unreachable"),
    Reason.IO: msg("store.io"),
    Reason.DISK_FULL: msg("store.disk_full"),
    Reason.READ_ONLY: msg("store.read_only"),
    Reason.MALFORMED: msg("store.malformed"),
    Reason.DEADLOCK: msg("store.deadlock"),
    Reason.SERIALIZATION: msg("store.serialization"),
    Reason.DUPLICATE: msg("store.duplicate"),
}


class StoreUnavailable(DomainError):
    """The database can't be used right now. ``reason`` is a short machine-readable tag."""

    def __init__(self, message: Message, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class StoreConflict(StoreUnavailable):
    """Another transaction got in the way (deadlock, serialization failure); trying the
    whole unit of work again can succeed."""


class OutcomeUnknown(StoreUnavailable):
    """The connection failed while committing: the write may or may not be stored. The
    form asks by its submission key once the database answers again."""


class SchemaTooNew(DomainError):
    """The database was written by a newer ARCO Desk."""


_CONFLICTS: Final = frozenset({Reason.DEADLOCK, Reason.SERIALIZATION, Reason.DUPLICATE})

# Primary result codes (the low byte of an extended code).
_SQLITE: Final[dict[int, Reason]] = {
    sqlite3.SQLITE_BUSY: Reason.LOCKED,
    sqlite3.SQLITE_LOCKED: Reason.LOCKED,
    sqlite3.SQLITE_CANTOPEN: Reason.UNREACHABLE,
    sqlite3.SQLITE_IOERR: Reason.IO,
    sqlite3.SQLITE_FULL: Reason.DISK_FULL,
    sqlite3.SQLITE_READONLY: Reason.READ_ONLY,
    sqlite3.SQLITE_CORRUPT: Reason.MALFORMED,
    sqlite3.SQLITE_NOTADB: Reason.MALFORMED,
}
# Extended result codes of SQLITE_CONSTRAINT that mean "already there" (a NOT NULL or
# foreign-key failure is a bug, not a race).
_SQLITE_EXTENDED: Final[dict[int, Reason]] = {
    sqlite3.SQLITE_CONSTRAINT_UNIQUE: Reason.DUPLICATE,
    sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY: Reason.DUPLICATE,
}

_SQLSTATE: Final[dict[str, Reason]] = {
    "55P03": Reason.LOCKED,  # lock_not_available
    "57P01": Reason.UNREACHABLE,  # admin_shutdown
    "57P02": Reason.UNREACHABLE,  # crash_shutdown
    "57P03": Reason.UNREACHABLE,  # cannot_connect_now (starting up, shutting down)
    "53300": Reason.UNREACHABLE,  # too_many_connections
    "53100": Reason.DISK_FULL,
    "25006": Reason.READ_ONLY,  # read_only_sql_transaction
    "40P01": Reason.DEADLOCK,
    "40001": Reason.SERIALIZATION,
    "23505": Reason.DUPLICATE,  # unique_violation
}
_SQLSTATE_CLASSES: Final[dict[str, Reason]] = {
    "08": Reason.UNREACHABLE,  # connection exception
}


def unavailable(reason: Reason) -> StoreUnavailable:
    """The known error for ``reason``, with its message."""
    kind = StoreConflict if reason in _CONFLICTS else StoreUnavailable
    return kind(MESSAGES[reason], reason)


def classify(error: BaseException) -> StoreUnavailable | None:
    """The known error behind a SQLAlchemy/driver/OS exception, or None for a bug."""
    reason = reason_of(error)
    return None if reason is None else unavailable(reason)


def reason_of(error: BaseException) -> Reason | None:
    """The reason tag of a known error, or None for a bug."""
    driver: BaseException | None = error
    if isinstance(error, sa_exc.DBAPIError):
        if error.connection_invalidated:
            return Reason.UNREACHABLE
        driver = error.orig
    if isinstance(driver, sqlite3.Error):
        return _sqlite_reason(driver)
    # psycopg is not loaded on SQLite (docs/architecture.md §16): without it in
    # sys.modules, no error can be one of its.
    postgres = sys.modules.get("psycopg")
    if postgres is not None and isinstance(driver, postgres.Error):
        return _postgres_reason(driver)
    if isinstance(driver, OSError) and driver.errno == errno.ENOSPC:
        return Reason.DISK_FULL
    return None


def _sqlite_reason(error: sqlite3.Error) -> Reason | None:
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None  # raised by the sqlite3 module itself (e.g. a closed connection)
    return _SQLITE_EXTENDED.get(code) or _SQLITE.get(code & 0xFF)


def _postgres_reason(error: psycopg.Error) -> Reason | None:
    state = error.sqlstate
    if state is None:
        # No SQLSTATE: the client failed before or without the server answering
        # (refused, timed out, connection closed).
        import psycopg

        return Reason.UNREACHABLE if isinstance(error, psycopg.OperationalError) else None
    return _SQLSTATE.get(state) or _SQLSTATE_CLASSES.get(state[:2])
