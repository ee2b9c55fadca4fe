"""Which PC does the agency's background work: one at a time (docs/architecture.md §7).

PostgreSQL: the PC that holds a session-level advisory lock on its own connection.
The lock goes with the connection, so a PC that crashes or loses the network hands
the work to the next PC that asks, without a timeout to wait out. SQLite serves one
PC; its processes may all run the work, each step being a conditional write.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine, text
from sqlalchemy import exc as sa_exc

from arco_desk.store.engine import is_sqlite

log = logging.getLogger(__name__)

_LEASE_KEY = 0x4152434F_0001  # "ARCO" + 1: the agency scheduler


class AgencyLease:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._always = is_sqlite(engine.url)
        self._conn: Connection | None = None

    def held(self) -> bool:
        """True when this process may run the agency's background work now.

        Never raises for a database that is away: the answer is then False, and the
        next call tries again.
        """
        if self._always:
            return True
        try:
            if self._conn is not None:
                self._conn.execute(text("SELECT 1"))  # still alive, so still ours
                return True
            conn = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:key)"),
                                    {"key": _LEASE_KEY}).scalar())
        except (sa_exc.SQLAlchemyError, OSError) as error:
            log.info("agency lease unavailable: %s", type(error).__name__)
            self.release()
            return False
        if got:
            self._conn = conn
        else:
            conn.close()
        return got

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            # Unlocked before the socket closes: a server ends a closed session (and its
            # locks) a moment later, and the next PC should not wait for that.
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _LEASE_KEY})
        except (sa_exc.SQLAlchemyError, OSError):
            pass  # the session is gone, and the lock with it
        finally:
            conn.invalidate()  # closed for real, never returned to the pool
            conn.close()
