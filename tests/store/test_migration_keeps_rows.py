"""Every revision, up one step at a time to head and down again to the base, keeps every row.

At each revision a new batch of rows goes into every table there is, every column filled
(nullable links included: a complaint's source memo and visit, a memo's reasons, a
visit's stand-in...). After each step each table that is there before and after must hold
the same rows with the same ids and links, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from arco_desk.store.engine import create_store_engine, sqlite_url
from arco_desk.store.migrate import (
    ForeignKeysBroken,
    alembic_config,
    current_revision,
    migrate_to,
)

ROWS_PER_BATCH = 3
# Alembic's own table, and SQLite's full-text indexes (their shadow tables follow
# ``complaint`` and ``phone_memo``).
NOT_DATA = ("alembic_version", "complaint_fts", "phone_memo_fts")

Rows = list[tuple[Any, ...]]
Snapshot = dict[str, tuple[tuple[str, ...], Rows]]


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = sqlite_url(tmp_path / "arco-desk.sqlite3")
    else:
        url = request.getfixturevalue("pg_url")
    created = create_store_engine(url)
    yield created
    created.dispose()


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _data_tables(conn: Connection) -> list[str]:
    return sorted(name for name in sa.inspect(conn).get_table_names()
                  if not name.startswith(NOT_DATA))


def _key_columns(conn: Connection, table: str) -> tuple[str, ...]:
    inspector = sa.inspect(conn)
    primary = set(inspector.get_pk_constraint(table)["constrained_columns"])
    return tuple(sorted(
        column["name"] for column in inspector.get_columns(table)
        if column["name"] == "id" or column["name"].endswith("_id")
        or column["name"] in primary
    ))


def _snapshot(engine: Engine) -> Snapshot:
    """Per table: its key columns (ids, links, primary key) and their values, sorted."""
    snapshot: Snapshot = {}
    with engine.connect() as conn:
        for table in _data_tables(conn):
            columns = _key_columns(conn, table)
            query = sa.select(*[sa.column(c) for c in columns]).select_from(sa.table(table))
            rows = sorted((tuple(row) for row in conn.execute(query)), key=repr)
            snapshot[table] = (columns, rows)
    return snapshot


def _lost(before: Snapshot, after: Snapshot) -> dict[str, str]:
    """For each table in both: rows or key values that changed, in numbers."""
    changed: dict[str, str] = {}
    for table in sorted(before.keys() & after.keys()):
        old_columns, old_rows = before[table]
        new_columns, new_rows = after[table]
        shared = [c for c in old_columns if c in new_columns]
        old = Counter(tuple(row[old_columns.index(c)] for c in shared) for row in old_rows)
        new = Counter(tuple(row[new_columns.index(c)] for c in shared) for row in new_rows)
        if old != new:
            differing = sum((old - new).values())
            changed[table] = (f"{old.total()} rows before, {new.total()} after, "
                              f"{differing} rows with other keys")
    return changed


def _value(table: str, column: dict[str, Any], batch: int, n: int) -> Any:
    kind = column["type"]
    if isinstance(kind, sa.Boolean):
        return True
    if isinstance(kind, sa.Integer):  # unique across batches (a standard's version number)
        return _row_id(batch, n) + 1
    if isinstance(kind, sa.DateTime):
        return datetime(2026, 11, batch, 9, n, tzinfo=UTC)
    if isinstance(kind, sa.Date):
        # calendar days are unique: a month a batch (revision 13 and later: the next year)
        return date(2026 + (batch - 1) // 12, (batch - 1) % 12 + 1, n + 1)
    if isinstance(kind, sa.String):
        text = f"{batch}-{n}-{table}-{column['name']}"  # unique names, codes, passes
        return text[: kind.length] if kind.length else text
    assert column["nullable"], f"{table}.{column['name']}: no value for {kind!r}"
    return None


def _row_id(batch: int, n: int) -> int:
    return batch * 100 + n


def _fill(engine: Engine, batch: int) -> None:
    """ROWS_PER_BATCH rows in every table, every column set; row n links to row n of the
    tables it points at (a table pointing at itself: to row 0 of this batch)."""
    with engine.begin() as conn:
        inspector = sa.inspect(conn)
        metadata = sa.MetaData()
        described: dict[str, tuple[list[dict[str, Any]], dict[str, str]]] = {}
        for name in _data_tables(conn):
            columns = list(inspector.get_columns(name))
            links = {
                column: fk["referred_table"]
                for fk in inspector.get_foreign_keys(name)
                for column in fk["constrained_columns"]
            }
            foreign_keys = [
                sa.ForeignKeyConstraint(fk["constrained_columns"],
                                        [f"{fk['referred_table']}.{c}"
                                         for c in fk["referred_columns"]])
                for fk in inspector.get_foreign_keys(name)
            ]
            sa.Table(name, metadata, *[sa.Column(c["name"], c["type"]) for c in columns],
                     *foreign_keys)
            described[name] = (columns, links)
        for table in metadata.sorted_tables:
            columns, links = described[table.name]
            rows = []
            for n in range(ROWS_PER_BATCH):
                row: dict[str, Any] = {}
                for column in columns:
                    name = column["name"]
                    if name in links:
                        row[name] = _row_id(batch, 0 if links[name] == table.name else n)
                    elif name == "id":
                        row[name] = _row_id(batch, n)
                    else:
                        row[name] = _value(table.name, column, batch, n)
                rows.append(row)
            conn.execute(table.insert(), rows)


def test_each_step_up_and_down_keeps_every_row(engine: Engine) -> None:
    revisions = _revisions()
    assert revisions[0] == "0001" and len(revisions) >= 7
    losses: dict[str, dict[str, str]] = {}
    filled: Snapshot = {}
    before: Snapshot = {}
    for batch, revision in enumerate(revisions, start=1):
        migrate_to(engine, revision)
        assert current_revision(engine) == revision
        after = _snapshot(engine)
        assert before.keys() <= after.keys(), f"an upgrade to {revision} dropped a table"
        if lost := _lost(before, after):
            losses[f"up to {revision}"] = lost
        _fill(engine, batch)
        before = _snapshot(engine)
        filled.update(before)
    assert all(rows for _, rows in before.values()), "a table was left empty"
    assert {"phone_memo_reason", "complaint_event", "change_event", "visit",
            "audit_log", "phone_memo_event", "submission"} <= before.keys()

    for revision in [*reversed(revisions[:-1]), "base"]:
        migrate_to(engine, revision)
        after = _snapshot(engine)
        if lost := _lost(before, after):
            losses[f"down to {revision}"] = lost
        before = after

    assert losses == {}
    assert before == {}  # the base has no tables but Alembic's own
    assert set(filled) >= {"complaint", "phone_memo", "staff", "department"}


def test_a_broken_link_rolls_the_whole_run_back(tmp_path: Path) -> None:
    """Rows pointing nowhere (possible while foreign keys are off) fail the migration."""
    engine = create_store_engine(sqlite_url(tmp_path / "arco-desk.sqlite3"))
    try:
        migrate_to(engine, "0002")
        _fill(engine, 1)
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
            raw.execute("UPDATE phone_memo_reason SET reason_id = 999 WHERE memo_id = 100")
            raw.execute("PRAGMA foreign_keys=ON")
        with pytest.raises(ForeignKeysBroken) as broken:
            migrate_to(engine, "head")
        assert broken.value.msg.params["count"] == 1  # the operator reads a message
        assert broken.value.rows == ["phone_memo_reason rowid 1 -> memo_reason"]
        assert current_revision(engine) == "0002"  # 0003 and later rolled back
        with engine.connect() as conn:
            assert "routed_to_id" not in {c["name"] for c in sa.inspect(conn).get_columns("visit")}
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_a_run_with_foreign_keys_on_is_refused(tmp_path: Path) -> None:
    """A connection that did not come through migration_connection (foreign keys on, as
    every application connection has them) cannot run the migrations on SQLite."""
    engine = create_store_engine(sqlite_url(tmp_path / "arco-desk.sqlite3"))
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            with pytest.raises(RuntimeError, match="needs foreign keys off"):
                command.upgrade(config, "head")
        assert current_revision(engine) is None
    finally:
        engine.dispose()
