"""Run Alembic at start: back up first, refuse a database newer than the app.

The backup itself is the caller's (``services/backup.migration_backup``: the store's
staged copy or ``pg_dump``, into the backups folder); ``upgrade`` decides when one is
due: before a real upgrade of a database that has a schema already.

A normal start does not load Alembic (with Mako and Pygments it costs a fifth of a
second): the schema's revision is read with one query and compared with
``HEAD_REVISION``, which ``tests/store/test_migrations.py`` keeps equal to the newest
revision file. Alembic is imported only when there is something to migrate
(docs/architecture.md §16).

Every run is one transaction. On SQLite it runs with foreign keys off: a batch table
rebuild (create the new table, copy, drop the old one, rename) would otherwise fire the
ON DELETE actions of every table pointing at the dropped one, deleting or unlinking their
rows. Before the commit ``PRAGMA foreign_key_check`` must find nothing, or the whole run
is rolled back.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.resources import migrations_path
from arco_desk.store.errors import SchemaTooNew

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

# The newest revision under migrations/versions: a new revision file changes it too
# (a test compares it with Alembic's own head).
HEAD_REVISION: Final = "0014"
VERSION_TABLE: Final = "alembic_version"


@dataclass(frozen=True, slots=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def head_revision() -> str:
    """The revision this ARCO Desk's schema is at (known without loading Alembic)."""
    return HEAD_REVISION


def script_head() -> str:
    """The head of the revision files, as Alembic reads them."""
    head = _script().get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    """False for a revision written by a newer ARCO Desk than this one."""
    return revision in {rev.revision for rev in _script().walk_revisions()}


def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def current_revision(engine: Engine) -> str | None:
    """The schema's revision: one query on the version table (None: no schema yet)."""
    with engine.connect() as conn:
        try:
            rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
        except DBAPIError:
            conn.rollback()
            if inspect(conn).has_table(VERSION_TABLE):
                raise  # the table is there: the failure is something else
            return None
        if len(rows) > 1:  # branches: Alembic says what that means
            from alembic.runtime.migration import MigrationContext

            return MigrationContext.configure(conn).get_current_revision()
        return str(rows[0][0]) if rows else None


def upgrade(engine: Engine,
            back_up: Callable[[], Path | None] | None = None) -> MigrationResult:
    """Bring the schema to head; ``back_up`` runs first when there is something to lose
    (a schema older than head) and returns the backup written, if any."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return MigrationResult(current, head, None)
    if current is not None and not is_known_revision(current):
        raise SchemaTooNew(msg("store.schema_too_new", revision=current))
    backup = back_up() if current is not None and back_up is not None else None
    migrate_to(engine, "head")
    log.info("database migrated from %s to %s", current, head)
    return MigrationResult(current, head, backup)


class ForeignKeysBroken(DomainError):
    """A migration left rows pointing at rows that do not exist; it was rolled back and
    the database is as it was. ``rows`` names them (tables and row ids, no content)."""

    def __init__(self, rows: list[str]) -> None:
        super().__init__(msg("store.migration_broken_links", count=len(rows)))
        self.rows = rows


def migrate_to(engine: Engine, target: str) -> None:
    """Upgrade or downgrade to ``target`` ("head", "base" or a revision) in one run."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config()
    with migration_connection(engine) as conn:
        config.attributes["connection"] = conn
        current = MigrationContext.configure(conn).get_current_revision()
        script = ScriptDirectory.from_config(config)
        if target == "base" or _is_below(script, target, current):
            command.downgrade(config, target)
        else:
            command.upgrade(config, target)


def _is_below(script: ScriptDirectory, target: str, current: str | None) -> bool:
    """True when ``target`` is an ancestor of ``current`` (so reaching it is a downgrade)."""
    if current is None or target == "head":
        return False
    return any(rev.revision == target for rev in script.iterate_revisions(current, "base")
               if rev.revision != current)


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction for a migration run; on SQLite, foreign keys are
    off for it (set outside the transaction, where SQLite honours the pragma), checked
    before the commit, and on again before the connection goes back to the pool."""
    with engine.connect() as conn:
        on_sqlite = conn.dialect.name == "sqlite"
        if on_sqlite:
            _set_foreign_keys(conn, on=False)
        try:
            with conn.begin():
                yield conn
                if on_sqlite:
                    check_foreign_keys(conn)
        finally:
            if on_sqlite:
                try:
                    _set_foreign_keys(conn, on=True)
                except BaseException:
                    conn.invalidate()  # never hand a connection without foreign keys on
                    raise


def check_foreign_keys(conn: Connection) -> None:
    """Raise ForeignKeysBroken when SQLite's foreign_key_check reports any row."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        raise ForeignKeysBroken([f"{row[0]} rowid {row[1]} -> {row[2]}" for row in broken])


def foreign_keys_on(conn: Connection) -> bool:
    return bool(conn.exec_driver_sql("PRAGMA foreign_keys").scalar())


def require_foreign_keys_off(conn: Connection) -> None:
    """For a revision that rebuilds tables in batch mode: refuse to run on SQLite with
    foreign keys on, where dropping the old table would fire the ON DELETE actions."""
    if conn.dialect.name == "sqlite" and foreign_keys_on(conn):
        raise RuntimeError("a SQLite table rebuild needs foreign keys off: "
                           "run it through arco_desk.store.migrate.migration_connection")


def _set_foreign_keys(conn: Connection, *, on: bool) -> None:
    # Straight on the driver's connection: through SQLAlchemy the statement would open a
    # transaction first (autobegin), and inside one SQLite ignores this pragma.
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    if raw.in_transaction:
        raise RuntimeError("foreign_keys cannot change inside a transaction")
    raw.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")
    (value,) = raw.execute("PRAGMA foreign_keys").fetchone()
    if bool(value) != on:
        raise RuntimeError(f"PRAGMA foreign_keys stayed {value}")

