"""Alembic's entry point: runs the revisions on the connection ``migrate.upgrade`` opened.

Without one (``command.revision`` for autogenerate), it opens the configured URL itself;
offline mode (``--sql``) renders the statements for that URL.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from tactful.storage.engine import make_engine
from tactful.storage.models import Base

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters a table by copying it
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    url = config.attributes["url"]
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=Base.metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(url)
    try:
        with engine.begin() as opened:
            _run(opened)
    finally:
        engine.dispose()


run()
