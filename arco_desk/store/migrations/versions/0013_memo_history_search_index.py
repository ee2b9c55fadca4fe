"""memo history search index: on SQLite the memos' status and deadline index carries the
caller's name, organisation and message

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-09 00:00:00.000000

A word of one or two characters (a two-syllable given name) is shorter than a trigram and
is matched by LIKE on the memo list's own query, read in the order of the status and
deadline index until the list is full (docs/architecture.md §17). At 2,000,000 memos that
read 30,000 memos, each one a row looked up by id: about 170 ms. On SQLite
``ix_phone_memo_status_due`` (status, callback_due_at) is replaced here by
``ix_phone_memo_status_due_text`` (status, callback_due_at, caller_name, caller_org,
message): the same order, and LIKE reads its entries, not the rows (about 20 ms). Every
query that read the old index reads this one the same way. Only an index is dropped and
made: no row is touched.

PostgreSQL keeps ``ix_phone_memo_status_due``: a B-tree entry there may not pass about
2,700 bytes, which a long message would, and its trigram indexes serve the search.
"""
from __future__ import annotations

from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

TEXT_INDEX = "ix_phone_memo_status_due_text"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.drop_index('ix_phone_memo_status_due', table_name='phone_memo')
    op.create_index(TEXT_INDEX, 'phone_memo',
                    ['status', 'callback_due_at', 'caller_name', 'caller_org', 'message'])


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.drop_index(TEXT_INDEX, table_name='phone_memo')
    op.create_index('ix_phone_memo_status_due', 'phone_memo', ['status', 'callback_due_at'])
