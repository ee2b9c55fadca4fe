"""text in NFC: names and searched text stored decomposed are composed, so a search finds them

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 01:00:00.000000

Since issue 14 every typed text is stored in NFC (domain/text.py), but rows written
before — names imported from files that arrive decomposed (NFD), Hangul typed as
separate jamo — stay as they were and a composed search never finds them. This run
composes the searched columns of those rows. Only rows that change are written; a
versioned row's version is bumped, so a form still open on it is told. A department
whose composed name another department already has keeps its name (the unique index
holds) and is named in the log by id. Nothing is deleted; the downgrade changes nothing
back (a composed text reads the same).
"""
from __future__ import annotations

import logging
import unicodedata

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

SEARCHED = {
    'department': ('name',),
    'staff': ('name', 'position', 'duties', 'room', 'seat', 'presence_note'),
    'visitor': ('name', 'organisation'),
    'outbound_visit': ('customer_name', 'customer_org', 'purpose'),
    'phone_memo': ('caller_name', 'caller_org', 'message'),
    'transfer_log': ('caller_name',),
    'complaint': ('citizen_name', 'title', 'content'),
}
VERSIONED = frozenset({'department', 'staff', 'outbound_visit', 'phone_memo', 'complaint'})
BATCH = 2_000


def _composed(value: str | None) -> str | None:
    """``value`` in NFC when that differs from it; None when it is already composed."""
    if not value:
        return None
    composed = unicodedata.normalize('NFC', value)
    return composed if composed != value else None


def upgrade() -> None:
    conn = op.get_bind()
    for name, columns in SEARCHED.items():
        extra = ('version',) if name in VERSIONED else ()
        table = sa.table(name, sa.column('id'), *(sa.column(c) for c in (*columns, *extra)))
        names_taken = (set(conn.execute(sa.select(table.c.name)).scalars())
                       if name == 'department' else set())
        last = 0
        while True:
            rows = conn.execute(
                sa.select(table.c.id, *(table.c[c] for c in columns))
                .where(table.c.id > last).order_by(table.c.id).limit(BATCH)).all()
            if not rows:
                break
            for row in rows:
                changed = {column: composed for column, value in zip(columns, row[1:])
                           if (composed := _composed(value)) is not None}
                if name == 'department' and 'name' in changed:
                    if changed['name'] in names_taken:
                        log.warning('department %s keeps its decomposed name: the composed '
                                    'one is taken', row.id)
                        del changed['name']
                    else:
                        names_taken.add(changed['name'])
                if not changed:
                    continue
                values: dict[str, object] = dict(changed)
                if extra:
                    values['version'] = table.c.version + 1
                conn.execute(sa.update(table).where(table.c.id == row.id).values(**values))
            last = rows[-1].id


def downgrade() -> None:
    """Nothing to undo: composed text is the same text."""
