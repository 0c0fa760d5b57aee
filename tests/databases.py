"""The databases storage tests run on: SQLite always, PostgreSQL when a server is given.

``TACTFUL_TEST_POSTGRES_URL`` (a SQLAlchemy URL such as
``postgresql+psycopg://tactful:tactful@127.0.0.1:5432/tactful_test``) adds PostgreSQL to
every test that takes ``database_url``; ``.ci/run`` installs and starts a server and sets
it, and under CI the variable is required, so CI never passes on SQLite alone.  Each
PostgreSQL test starts from an empty schema.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tactful.storage import default_url, make_engine

POSTGRES_VARIABLE = "TACTFUL_TEST_POSTGRES_URL"


def postgres_url() -> str | None:
    return os.environ.get(POSTGRES_VARIABLE) or None


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("CI") == "true" and postgres_url() is None:
        raise pytest.UsageError(f"CI runs the storage tests on PostgreSQL too: set {POSTGRES_VARIABLE} (.ci/run does).")


def pytest_report_header() -> str:
    return "storage tests on: SQLite" + (" and PostgreSQL" if postgres_url() else f" only ({POSTGRES_VARIABLE} unset)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_kind" in metafunc.fixturenames:
        metafunc.parametrize("database_kind", ["sqlite", "postgresql"] if postgres_url() else ["sqlite"])


def _empty_postgres(url: str) -> str:
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
    return url


@pytest.fixture
def database_url(database_kind: str, tmp_path: Path) -> Iterator[str]:
    """An empty database of each kind: a SQLite file, or the PostgreSQL test database wiped."""
    if database_kind == "sqlite":
        yield default_url(tmp_path / "instance")
        return
    url = postgres_url()
    assert url is not None
    yield _empty_postgres(url)
