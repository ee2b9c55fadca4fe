"""audit actor name: the acting person's name next to their account in the audit log

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 09:00:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('actor_name', sa.String(length=80), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_column('actor_name')
