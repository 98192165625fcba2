"""Alembic environment: rawi runs migrations itself, on the connection it hands over."""

from alembic import context

connection = context.config.attributes["connection"]
# batch mode lets later migrations alter tables on SQLite, which has little ALTER TABLE
context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
