"""two PCs, one record: version columns, submission keys, invariants as indexes

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 21:00:00.000000

Columns are added with ALTER TABLE ADD COLUMN and the rest are new indexes and a new
table: no table is rebuilt, so no row can be lost on SQLite. Before an index makes a
rule unique, rows that already break it are mended without deleting anything: a later
complaint keeps its content but not the link to a memo or visit request an earlier
complaint already came from (the audit log says which), and of two visits holding the
same unreturned pass, the earlier one's pass is marked returned when the later visitor
got it.
"""
from __future__ import annotations

import sqlalchemy as sa

import arco_desk.store.types
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

VERSIONED = ('department', 'staff', 'appointment', 'visit', 'outbound_visit',
             'phone_memo', 'complaint')
UNRETURNED = "pass_number <> '' AND pass_returned_at IS NULL"


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column('version', sa.Integer(), nullable=False,
                                       server_default='1'))
        op.add_column(table, sa.Column('updated_by', sa.String(length=80), nullable=False,
                                       server_default=''))
    op.create_table(
        'submission',
        sa.Column('key', sa.String(length=36), nullable=False),
        sa.Column('entity', sa.String(length=40), nullable=False),
        sa.Column('entity_id', sa.Integer(), nullable=True),
        sa.Column('at', arco_desk.store.types.AwareDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_submission')),
    )
    op.create_index(op.f('ix_submission_at'), 'submission', ['at'], unique=False)
    for column in ('source_memo_id', 'source_visit_id'):
        _unlink_duplicate_sources(column)
        op.create_index(f'uq_complaint_{column}', 'complaint', [column], unique=True)
    _return_passes_handed_on()
    op.create_index('uq_visit_unreturned_pass', 'visit', ['pass_number'], unique=True,
                    sqlite_where=sa.text(UNRETURNED), postgresql_where=sa.text(UNRETURNED))


def _unlink_duplicate_sources(column: str) -> None:
    later = sa.text(
        f"SELECT c.id, c.{column} FROM complaint c WHERE c.{column} IS NOT NULL AND "
        f"EXISTS (SELECT 1 FROM complaint e WHERE e.{column} = c.{column} AND e.id < c.id)"
    )
    bind = op.get_bind()
    for complaint_id, source_id in bind.execute(later).all():
        bind.execute(sa.text(f"UPDATE complaint SET {column} = NULL WHERE id = :id"),
                     {"id": complaint_id})
        bind.execute(
            sa.text("INSERT INTO audit_log (at, actor, actor_name, action, entity, "
                    "entity_id, detail) VALUES (CURRENT_TIMESTAMP, 'system', '', "
                    "'migration.unlink_source', 'complaint', :id, :detail)"),
            {"id": complaint_id, "detail": f"{column}={source_id}"},
        )


def _return_passes_handed_on() -> None:
    op.execute(sa.text(
        "UPDATE visit SET pass_returned_at = (SELECT MIN(n.arrived_at) FROM visit n "
        "WHERE n.pass_number = visit.pass_number AND n.pass_returned_at IS NULL "
        "AND n.id > visit.id) "
        f"WHERE {UNRETURNED} AND EXISTS (SELECT 1 FROM visit n WHERE "
        "n.pass_number = visit.pass_number AND n.pass_returned_at IS NULL AND n.id > visit.id)"
    ))


def downgrade() -> None:
    op.drop_index('uq_visit_unreturned_pass', table_name='visit')
    op.drop_index('uq_complaint_source_visit_id', table_name='complaint')
    op.drop_index('uq_complaint_source_memo_id', table_name='complaint')
    op.drop_index(op.f('ix_submission_at'), table_name='submission')
    op.drop_table('submission')
    # ALTER TABLE DROP COLUMN (SQLite 3.35+), never a table rebuild: a rebuild drops
    # the old table, and with foreign keys on that fires the cascades.
    for table in reversed(VERSIONED):
        op.drop_column(table, 'updated_by')
        op.drop_column(table, 'version')
