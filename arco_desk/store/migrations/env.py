"""Alembic environment: always driven from code with a connection in ``attributes``.

On SQLite the connection must come from ``arco_desk.store.migrate.migration_connection``,
with foreign keys off: 0003, 0004 and 0005 rebuild ``visit``, ``phone_memo``,
``complaint`` and ``complaint_event`` in batch mode, and dropping the old table with
foreign keys on fires ON DELETE CASCADE / SET NULL in the tables that point at it.
"""

from __future__ import annotations

from alembic import context

from arco_desk.store.migrate import require_foreign_keys_off
from arco_desk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("ARCO Desk runs its migrations from arco_desk.store.migrate")
require_foreign_keys_off(connection)

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
