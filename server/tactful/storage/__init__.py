"""The database of the Google mode: one backend, many users.

Users (by Google subject), their refresh tokens encrypted at rest, their settings, and
a ledger of the drafts Tactful saved (ids and a fingerprint, never a message body).
SQLite by default (a file in the instance folder), PostgreSQL by URL
(``postgresql+psycopg://user:password@host/tactful``, with psycopg installed apart):
nothing here depends on the database; the tests run on both (tests/databases.py).

Start-up::

    url = default_url(instance_path)          # or the configured URL
    upgrade(url)                              # Alembic migrations to the newest schema
    storage = Storage(make_engine(url), TokenCipher.from_environment())
"""

from tactful.storage.crypto import TOKEN_KEY_VARIABLE, CredentialUnreadable, MissingTokenKey, TokenCipher
from tactful.storage.engine import default_url, make_engine
from tactful.storage.migrate import alembic_config, upgrade
from tactful.storage.repository import Storage, UnknownUser, UserDraftLedger

__all__ = [
    "TOKEN_KEY_VARIABLE",
    "CredentialUnreadable",
    "MissingTokenKey",
    "Storage",
    "TokenCipher",
    "UnknownUser",
    "UserDraftLedger",
    "alembic_config",
    "default_url",
    "make_engine",
    "upgrade",
]
