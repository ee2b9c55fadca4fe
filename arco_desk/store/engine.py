"""Engine factory: embedded SQLite (the default) or PostgreSQL by URL.

SQLite gets WAL, ``busy_timeout=5000``, foreign keys, ``synchronous=FULL`` and
``secure_delete`` (deleted rows are overwritten with zeros, so a purged visitor's name
does not stay in the file's free pages). Every engine hides SQL parameters from its
error messages: they carry names and phone digits into logs and crash reports.
Write transactions open with ``BEGIN IMMEDIATE``: with a plain ``BEGIN`` a
read-then-write transaction fails with "database is locked" under two writers
instead of waiting its turn.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DisconnectionError, SQLAlchemyError

log = logging.getLogger(__name__)

WRITE_OPTION = "arco_write"
SQLITE_PRAGMAS = (
    ("journal_mode", "WAL"),
    ("busy_timeout", "5000"),
    ("foreign_keys", "ON"),
    ("synchronous", "FULL"),
    ("secure_delete", "ON"),
)


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite+pysqlite", database=str(path)).render_as_string()


def is_sqlite(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


# A server that vanished without closing the connection (cable out, VPN gone) is noticed
# in about 20 s instead of the operating system's default of minutes to hours.
TCP_KEEPALIVE: dict[str, int] = {"keepalives": 1, "keepalives_idle": 10,
                                 "keepalives_interval": 5, "keepalives_count": 2,
                                 "tcp_user_timeout": 20_000}


# A row locked by another PC (a save in progress, a PC that hung mid-transaction) is
# waited for this long, then the operator reads "busy, save again" (SQLSTATE 55P03),
# as with SQLite's busy_timeout.
LOCK_TIMEOUT_MS = 5000


def create_store_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for ``url``; SQLite files get the pragmas and IMMEDIATE writes."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, echo=echo, hide_parameters=True,
                               connect_args={"timeout": 5.0})
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        connect_args: dict[str, Any] = {"connect_timeout": 5, "application_name": "arco-desk",
                                        "options": f"-c lock_timeout={LOCK_TIMEOUT_MS}",
                                        **TCP_KEEPALIVE}
        engine = create_engine(parsed, echo=echo, hide_parameters=True, pool_use_lifo=True,
                               connect_args=connect_args)
        _ping_when_idle(engine)
        return engine
    raise ValueError(f"unsupported database URL: {parsed.render_as_string()}")


# A pooled connection is checked with a ping only when it lay idle this long: a ping at
# every checkout doubled the round trips of a read (docs/architecture.md §19). A
# connection in use every heartbeat (30 s) is never pinged; one that slept through a
# VPN's or a firewall's idle cut is, and is replaced. A server restart is noticed by the
# first statement instead: a known error (StoreUnavailable), and SQLAlchemy drops the
# whole pool, so the next unit of work connects afresh.
IDLE_PING_S = 120.0
_RETURNED = "arco_returned_at"


def _ping_when_idle(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi: Any, record: Any) -> None:
        record.info[_RETURNED] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        returned = record.info.get(_RETURNED)
        if returned is None or time.monotonic() - returned < IDLE_PING_S:
            return
        try:
            # In autocommit: no transaction is left open behind the ping.
            autocommit = dbapi_connection.autocommit
            dbapi_connection.autocommit = True
            dbapi_connection.execute("SELECT 1")
            dbapi_connection.autocommit = autocommit
        except Exception as error:  # the driver's own errors: the connection is dead
            # The pool discards this connection and checks out (or opens) another.
            raise DisconnectionError(type(error).__name__) from error


def reader(engine: Engine) -> Engine:
    """The same engine (same pool) for units of work that only read.

    PostgreSQL: in autocommit, so a read costs its statements and nothing else — no
    ``BEGIN`` before them and no ``ROLLBACK`` after (two round trips a read saved). The
    reads see what they saw before: at READ COMMITTED, PostgreSQL's level and the app's,
    every statement of a transaction takes its own snapshot anyway. SQLite keeps its
    deferred transaction (one snapshot for the whole read; no network to save).
    """
    if engine.url.get_backend_name() == "sqlite":
        return engine
    return engine.execution_options(isolation_level="AUTOCOMMIT")


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) with write transactions marked for IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module; "begin" below issues it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for name, value in SQLITE_PRAGMAS:
            cursor.execute(f"PRAGMA {name}={value}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def erase_freed_space(engine: Engine, tables: Sequence[str]) -> bool:
    """After personal data was deleted and committed, leave no copy of it behind.

    SQLite: ``secure_delete`` has zeroed the freed cells; a TRUNCATE checkpoint copies
    the pages into the file and empties the ``-wal``, which still holds the old page
    images. PostgreSQL: ``VACUUM`` of ``tables`` (outside a transaction) frees the dead
    rows' space for reuse (their bytes may stay in the table files and the WAL until
    overwritten). Best effort: returns False, with a log line, when it could not run
    (another PC reading, no VACUUM rights); the deletion stands either way.
    """
    try:
        if engine.url.get_backend_name() == "sqlite":
            with engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                assert raw is not None
                busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                return busy is not None and busy[0] == 0
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            preparer = engine.dialect.identifier_preparer
            conn.exec_driver_sql("VACUUM " + ", ".join(preparer.quote(t) for t in tables))
            return True
    except (SQLAlchemyError, sqlite3.Error) as error:
        log.warning("freed space not erased after a purge: %s", type(error).__name__)
        return False
