"""What a piece of work costs the database in round trips, counted from SQLAlchemy's
events, so a test can hold it to an upper bound (a count, never a time).

A round trip is one exchange with the server that the app waits for:

- every statement (``before_cursor_execute``; an ``executemany`` is one: SQLAlchemy sends
  its rows as one multi-row INSERT, psycopg as one pipeline);
- on PostgreSQL the ``BEGIN`` psycopg sends on its own before the first statement of a
  transaction (engine ``begin``); SQLite's ``BEGIN`` is a statement of its own and is
  counted as one;
- every ``COMMIT`` and ``ROLLBACK`` the app asks for (engine ``commit``/``rollback``);
  none of the three on a connection in autocommit (the reads on PostgreSQL);
- a pre-ping at checkout, on a pool that pings (``pool_pre_ping``): psycopg opens a
  transaction for it, so a ping costs its ``BEGIN`` and its ``SELECT 1``.

The listeners are on the classes, so every engine of the process is counted: the
window's, the agency's, the change feed's. The LISTEN connection of the change feed is a
plain psycopg connection and is not counted here; ``tests/latency_proxy.py`` counts the
wire itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.pool import Pool


@dataclass
class RoundTrips:
    statements: list[str] = field(default_factory=list)
    begins: int = 0
    commits: int = 0
    rollbacks: int = 0
    pings: int = 0

    @property
    def total(self) -> int:
        return len(self.statements) + self.begins + self.commits + self.rollbacks + self.pings

    def kinds(self) -> Counter[str]:
        """The statements by their first word (SELECT, UPDATE, …), for a failure message."""
        return Counter(s.split(None, 1)[0].upper() if s.strip() else "?"
                       for s in self.statements)

    def __str__(self) -> str:
        return (f"{self.total} round trips: {len(self.statements)} statements "
                f"{dict(self.kinds())}, {self.begins} BEGIN, {self.commits} COMMIT, "
                f"{self.rollbacks} ROLLBACK, {self.pings} pings")


def _autocommit(conn: Connection) -> bool:
    """In autocommit the driver sends no BEGIN, COMMIT or ROLLBACK at all."""
    return conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT"


@contextmanager
def counting() -> Iterator[RoundTrips]:
    """Count the round trips of everything the block does, on every engine."""
    seen = RoundTrips()

    def statement(_conn: Connection, _cursor: Any, text: str, *_rest: Any) -> None:
        seen.statements.append(text)

    def begin(conn: Connection) -> None:
        if conn.dialect.name != "sqlite" and not _autocommit(conn):
            seen.begins += 1

    def commit(conn: Connection) -> None:
        if not _autocommit(conn):
            seen.commits += 1

    def rollback(conn: Connection) -> None:
        if not _autocommit(conn):
            seen.rollbacks += 1

    def checkout(_dbapi: Any, _record: Any, proxy: Any) -> None:
        pool = getattr(proxy, "_pool", None)
        if pool is not None and getattr(pool, "_pre_ping", False):
            seen.pings += 1

    hooks: list[tuple[type[Any], str, Any]] = [
        (Engine, "before_cursor_execute", statement), (Engine, "begin", begin),
        (Engine, "commit", commit), (Engine, "rollback", rollback),
        (Pool, "checkout", checkout),
    ]
    for target, name, hook in hooks:
        event.listen(target, name, hook)
    try:
        yield seen
    finally:
        for target, name, hook in hooks:
            event.remove(target, name, hook)
