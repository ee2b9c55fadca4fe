"""Alembic environment: always driven from code with a connection in ``attributes``."""

from __future__ import annotations

from alembic import context

from arco_desk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("ARCO Desk runs its migrations from arco_desk.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
