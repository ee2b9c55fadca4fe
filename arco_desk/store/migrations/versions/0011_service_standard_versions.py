"""service standard versions: the standard kept in the shared database; a 기타 complaint's
own period and its legal basis

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 00:00:00.000000

A new table, ``service_standard_version``: one row per saved version of the standard
(its TOML text, the version number, unique, and the moment it applies from). No row is
written here: while the table is empty the standard shipped with the program
(``resources/service_standard.toml``) is the standard, and the first save in the app
makes version 1 (docs/architecture.md §13). A new column, ``complaint.period_basis``
(empty for every complaint there is). Nothing existing is rebuilt.

On PostgreSQL every login reads the versions and administrators add them (the grants of
0010's conventions, §11); the table has no row security (the standard is the agency's,
not a person's).
"""
from __future__ import annotations

import sqlalchemy as sa

import arco_desk.store.types
from alembic import op
from arco_desk.store.pg_names import role_prefix

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

TABLE = 'service_standard_version'


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('effective_from', arco_desk.store.types.AwareDateTime(), nullable=False),
        sa.Column('standard', sa.Text(), nullable=False),
        sa.Column('saved_by_id', sa.Integer(), nullable=True),
        sa.Column('saved_by_name', sa.String(length=80), nullable=False),
        sa.Column('saved_at', arco_desk.store.types.AwareDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['saved_by_id'], ['staff.id'],
                                name=op.f('fk_service_standard_version_saved_by_id_staff'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_service_standard_version')),
        sa.UniqueConstraint('version', name=op.f('uq_service_standard_version_version')),
    )
    op.create_index(op.f('ix_service_standard_version_effective_from'), TABLE,
                    ['effective_from'])
    op.add_column('complaint', sa.Column('period_basis', sa.String(length=200),
                                         nullable=False, server_default=''))
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        _grant(bind)


def _grant(bind: sa.Connection) -> None:
    """0010's groups: every login reads the versions, administrators add them."""
    database = bind.execute(sa.text("SELECT current_database()")).scalar_one()
    prefix = role_prefix(database)
    quote = bind.dialect.identifier_preparer.quote
    user, admin = quote(f"{prefix}_user"), quote(f"{prefix}_admin")
    exists = bind.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"),
                          {"name": f"{prefix}_admin"}).first()
    if exists is None:  # pragma: no cover - 0010 always makes the groups on PostgreSQL
        return
    bind.exec_driver_sql(f"GRANT SELECT ON {TABLE} TO {user}")
    bind.exec_driver_sql(f"GRANT INSERT ON {TABLE} TO {admin}")
    sequence = bind.execute(sa.text("SELECT pg_get_serial_sequence(:t, 'id')"),
                            {"t": TABLE}).scalar()
    if sequence:
        bind.exec_driver_sql(f"GRANT USAGE ON SEQUENCE {sequence} TO {admin}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        # SQLite drops a plain column in place (3.35+); a batch rebuild of ``complaint``
        # would lose its full-text triggers.
        bind.exec_driver_sql("ALTER TABLE complaint DROP COLUMN period_basis")
    else:
        op.drop_column('complaint', 'period_basis')
    op.drop_index(op.f('ix_service_standard_version_effective_from'), table_name=TABLE)
    op.drop_table(TABLE)
