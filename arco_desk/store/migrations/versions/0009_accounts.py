"""accounts: one per member of staff, with roles and the sign-in lockout; access records

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 00:00:00.000000

New tables only: nothing existing is rebuilt or changed.
"""
from __future__ import annotations

import sqlalchemy as sa

import arco_desk.store.types
from alembic import op


revision = '0009'
down_revision = '0008'
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


    op.create_table(
        'access_record',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', arco_desk.store.types.AwareDateTime(), nullable=False),
        sa.Column('account', sa.String(length=80), nullable=False),
        sa.Column('actor_name', sa.String(length=80), nullable=False),
        sa.Column('pc', sa.String(length=64), nullable=False),
        sa.Column('action', sa.String(length=40), nullable=False),
        sa.Column('entity', sa.String(length=40), nullable=False),
        sa.Column('entity_id', sa.Integer(), nullable=True),
        sa.Column('subject', sa.String(length=120), nullable=False),
        sa.Column('reason', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_access_record')),
    )
    op.create_index(op.f('ix_access_record_at'), 'access_record', ['at'])
    op.create_index(op.f('ix_access_record_account'), 'access_record', ['account'])
    op.create_index(op.f('ix_access_record_subject'), 'access_record', ['subject'])


def downgrade() -> None:
    op.drop_table('access_record')
    op.drop_table('account_role')
    op.drop_table('account')
