"""accounts: one per member of staff, with roles and the sign-in lockout

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 00:00:00.000000

New tables only: nothing existing is rebuilt or changed.
"""
from __future__ import annotations

import sqlalchemy as sa

import arco_desk.store.types
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'account',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('login', sa.String(length=30), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('password_hash', sa.String(length=200), nullable=False),
        sa.Column('must_change_password', sa.Boolean(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('last_failure_at', arco_desk.store.types.AwareDateTime(), nullable=True),
        sa.Column('signed_in_at', arco_desk.store.types.AwareDateTime(), nullable=True),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.Column('updated_by', sa.String(length=80), server_default='', nullable=False),
        sa.Column('created_at', arco_desk.store.types.AwareDateTime(), nullable=False),
        sa.Column('updated_at', arco_desk.store.types.AwareDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'],
                                name=op.f('fk_account_staff_id_staff'), ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
        sa.UniqueConstraint('login', name=op.f('uq_account_login')),
        sa.UniqueConstraint('staff_id', name=op.f('uq_account_staff_id')),
    )
    op.create_table(
        'account_role',
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['account.id'],
                                name=op.f('fk_account_role_account_id_account'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('account_id', 'role', name=op.f('pk_account_role')),
    )


def downgrade() -> None:
    op.drop_table('account_role')
    op.drop_table('account')
