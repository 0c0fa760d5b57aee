"""Schema migrations with Alembic, configured in code (no ``alembic.ini``).

``upgrade(url)`` brings a database to the newest schema; run it at deployment and at
start-up.  To write a migration after changing ``models``::

    from alembic import command
    from tactful.storage.migrate import alembic_config
    command.revision(alembic_config("sqlite:///dev.db"), "what changed", autogenerate=True)

then read and edit the file it writes under ``migrations/versions``.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import URL, make_url

from tactful.storage.engine import make_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | URL) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # The URL travels as an attribute: a config option would read "%" in a password as interpolation.
    config.attributes["url"] = make_url(url)
    return config


def upgrade(url: str | URL, revision: str = "head") -> None:
    """Migrate the database at ``url`` to ``revision`` (default: the newest)."""
    config = alembic_config(url)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
