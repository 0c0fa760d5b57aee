"""An engine for any SQLAlchemy URL: SQLite (the default, a file) or PostgreSQL.

SQLite enforces foreign keys only when asked on each connection; the engine asks, so a
deleted user takes their credentials, settings and draft records along everywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

DATABASE_FILE = "tactful.db"


def default_url(instance_path: Path) -> str:
    """The SQLite file in the instance folder (created with its folder when missing)."""
    instance_path.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite", database=str(instance_path.resolve() / DATABASE_FILE)).render_as_string()


def _enable_foreign_keys(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def make_engine(url: str | URL, **options: Any) -> Engine:
    """An engine for ``url``; ``options`` go to ``create_engine`` (e.g. ``pool_size``)."""
    engine = create_engine(make_url(url), **options)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _enable_foreign_keys)
    return engine
