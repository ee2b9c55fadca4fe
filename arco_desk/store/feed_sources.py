"""Where a PC hears about changes: PostgreSQL LISTEN, or SQLite's data_version.

No Qt here: the UI's watcher puts ``PostgresListener.fileno()`` under a
QSocketNotifier and calls ``SqliteDataVersion.changed()`` on a timer.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL

from arco_desk.domain.messages import msg
from arco_desk.store.change_feed import CHANNEL
from arco_desk.store.engine import TCP_KEEPALIVE
from arco_desk.store.errors import StoreUnavailable

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)


def _conninfo(url: URL) -> str:
    """A libpq URL for psycopg from the SQLAlchemy one (driver name dropped)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class PostgresListener:
    """A dedicated autocommit connection that LISTENs on the feed's channel."""

    def __init__(self, url: URL) -> None:
        self._conninfo = _conninfo(url)
        self._conn: psycopg.Connection[tuple[object, ...]] | None = None

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def connect(self) -> None:
        """Open the connection and LISTEN; ``StoreUnavailable`` when the server is down."""
        import psycopg  # only on PostgreSQL (docs/architecture.md §16)
        from psycopg.conninfo import make_conninfo

        self.close()
        try:
            conninfo = make_conninfo(self._conninfo, application_name="arco-desk-listener",
                                     connect_timeout=5, **TCP_KEEPALIVE)
            conn = psycopg.connect(conninfo, autocommit=True)
            conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            raise _unavailable(error) from error
        self._conn = conn

    def fileno(self) -> int:
        if self._conn is None:
            raise RuntimeError("not connected")
        return self._conn.fileno()

    def drain(self) -> list[int]:
        """The event ids notified since the last call, without waiting.

        ``StoreUnavailable`` when the connection is gone (the server stopped).
        """
        import psycopg

        if self._conn is None:
            raise _unavailable(None)
        try:
            return [int(n.payload) for n in self._conn.notifies(timeout=0)
                    if n.payload.isdigit()]
        except psycopg.Error as error:
            self.close()
            raise _unavailable(error) from error

    def ping(self) -> None:
        """A round trip, to notice a connection that died silently."""
        import psycopg

        if self._conn is None:
            raise _unavailable(None)
        try:
            self._conn.execute("SELECT 1")
        except psycopg.Error as error:
            self.close()
            raise _unavailable(error) from error

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None


def _unavailable(error: psycopg.Error | None) -> StoreUnavailable:
    if error is not None:
        log.info("change feed connection lost: %s", error)
    return StoreUnavailable(msg("store.feed_lost"), "unreachable")


class SqliteDataVersion:
    """``PRAGMA data_version`` on its own connection: it changes when *another*
    connection (this process's pool or another process) commits to the file."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(str(path), timeout=1.0, check_same_thread=False)
        self._version = self._read()

    def _read(self) -> int:
        row = self._conn.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def changed(self) -> bool:
        """True once after each commit by someone else. Cheap: no table is read."""
        version = self._read()
        if version == self._version:
            return False
        self._version = version
        return True

    def close(self) -> None:
        self._conn.close()
