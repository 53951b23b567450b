"""Alembic environment: runs on the connection Newsdesk hands over, never from a config file."""

from __future__ import annotations

from alembic import context

from newsdesk.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Newsdesk migrations run through newsdesk.storage.migrate, not the CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
