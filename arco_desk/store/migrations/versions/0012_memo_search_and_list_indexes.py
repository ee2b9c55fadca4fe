"""searching at scale: a substring index for phone memos (name, organisation, number,
message), complaints found by their citizen's number, an index for the newest-first lists

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08 00:00:00.000000

* ``complaint.citizen_phone_digits``: the digits of the citizen's number without its
  extension (``domain.memos.phone_digits``, as memos keep theirs), filled here for every
  complaint there is and kept by the model on every write.
* SQLite: an FTS5 trigram table for memos (``memo_fts``: caller name, organisation,
  number digits, message) kept in step with ``phone_memo`` by triggers, as 0005 made
  ``complaint_fts``; ``complaint_fts`` is made again with the digits as a fourth column.
  Only the index tables and triggers are dropped and made: no table is rebuilt, so no row
  of ``complaint`` or ``phone_memo`` is touched but by the digits' UPDATE.
* PostgreSQL: GIN trigram indexes on the same columns where ``pg_trgm`` can be had (a
  warning says plainly where not: the search then works by ILIKE, scanning).
* ``ix_complaint_received``: the "closed" and "all complaints" lists, newest first, read
  their first rows from it instead of sorting the table (docs/architecture.md §17).
"""
from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

MEMO_SEARCHED = ("caller_name", "caller_org", "caller_phone_digits", "message")
COMPLAINT_SEARCHED = ("title", "content", "citizen_name", "citizen_phone_digits")
COMPLAINT_SEARCHED_0005 = ("title", "content", "citizen_name")
_CHUNK = 20_000


def fts_statements(table: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    """An external-content FTS5 trigram index ``<table>_fts`` over ``columns`` of
    ``table``, its three triggers and its first fill."""
    fts = f"{table}_fts"
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return (
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', "
        f"content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {names} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    )


def fts_drop(table: str) -> tuple[str, ...]:
    fts = f"{table}_fts"
    return (f"DROP TRIGGER IF EXISTS {fts}_update", f"DROP TRIGGER IF EXISTS {fts}_delete",
            f"DROP TRIGGER IF EXISTS {fts}_insert", f"DROP TABLE IF EXISTS {fts}")


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column('complaint', sa.Column('citizen_phone_digits', sa.String(length=20),
                                         nullable=False, server_default=''))
    _fill_digits(bind)
    op.create_index('ix_complaint_received', 'complaint', ['received_at', 'id'])
    if bind.dialect.name == "sqlite":
        for statement in (*fts_drop("complaint"), *fts_statements("phone_memo", MEMO_SEARCHED),
                          *fts_statements("complaint", COMPLAINT_SEARCHED)):
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        _postgres_trigram_indexes(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in (*fts_drop("phone_memo"), *fts_drop("complaint"),
                          *fts_statements("complaint", COMPLAINT_SEARCHED_0005)):
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        for name in _pg_index_names():
            op.execute(f"DROP INDEX IF EXISTS {name}")
    op.drop_index('ix_complaint_received', table_name='complaint')
    # SQLite 3.35+ drops a column in place (no rebuild: no row is copied or deleted).
    op.drop_column('complaint', 'citizen_phone_digits')


def _fill_digits(bind: sa.Connection) -> None:
    """Every complaint's number digits, by the rule the model writes them by
    (``store.models.number_digits``, written out so this revision never changes)."""
    rows = bind.execute(sa.text(
        "SELECT id, citizen_phone FROM complaint WHERE citizen_phone <> ''")).all()
    update = sa.text("UPDATE complaint SET citizen_phone_digits = :digits WHERE id = :id")
    for start in range(0, len(rows), _CHUNK):
        chunk = [{"id": r[0], "digits": _digits(r[1])}
                 for r in rows[start:start + _CHUNK]]
        bind.execute(update, chunk)


def _digits(display: str) -> str:
    return "".join(ch for ch in display.split("(")[0] if ch.isdigit())[:20]


def _pg_index_names() -> list[str]:
    return ([f"ix_phone_memo_{c}_trgm" for c in MEMO_SEARCHED]
            + ["ix_complaint_citizen_phone_digits_trgm"])


def _postgres_trigram_indexes(bind: sa.Connection) -> None:
    """GIN trigram indexes for ILIKE '%…%' when pg_trgm can be had (0005 made the
    complaint's text ones); without it the search still works, scanning."""
    available = bind.execute(sa.text(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar()
    if not available:
        log.warning("pg_trgm is not installed on this PostgreSQL server: memos and "
                    "complaints' numbers get no trigram index and are searched by scanning")
        return
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as error:
        log.warning("pg_trgm cannot be created here (%s): memos and complaints' numbers "
                    "get no trigram index and are searched by scanning", error.orig)
        return
    for column in MEMO_SEARCHED:
        op.execute(f"CREATE INDEX IF NOT EXISTS ix_phone_memo_{column}_trgm ON phone_memo "
                   f"USING gin ({column} gin_trgm_ops)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_complaint_citizen_phone_digits_trgm "
               "ON complaint USING gin (citizen_phone_digits gin_trgm_ops)")
