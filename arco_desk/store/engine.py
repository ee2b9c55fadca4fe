"""Engine factory: embedded SQLite (the default) or PostgreSQL by URL.

SQLite gets WAL, ``busy_timeout=5000``, foreign keys and ``synchronous=FULL``.
Write transactions open with ``BEGIN IMMEDIATE``: with a plain ``BEGIN`` a
read-then-write transaction fails with "database is locked" under two writers
instead of waiting its turn.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

WRITE_OPTION = "arco_write"
SQLITE_PRAGMAS = (
    ("journal_mode", "WAL"),
    ("busy_timeout", "5000"),
    ("foreign_keys", "ON"),
    ("synchronous", "FULL"),
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
        engine = create_engine(parsed, echo=echo, connect_args={"timeout": 5.0})
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        connect_args: dict[str, Any] = {"connect_timeout": 5, "application_name": "arco-desk",
                                        "options": f"-c lock_timeout={LOCK_TIMEOUT_MS}",
                                        **TCP_KEEPALIVE}
        return create_engine(
            parsed, echo=echo, pool_pre_ping=True, connect_args=connect_args
        )
    raise ValueError(f"unsupported database URL: {parsed.render_as_string()}")


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
