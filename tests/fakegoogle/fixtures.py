"""Pytest fixtures shared by every test that talks to the fake Google server.

Loaded as a plugin from ``tests/conftest.py``.  ``fake`` serves a fresh fake Google whose
clock reads :data:`NOW`; ``waits`` collects the backoff waits a client would have slept,
so retry tests run instantly and can assert the backoff.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from fakegoogle import FakeGoogle, serve

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def fake() -> Iterator[FakeGoogle]:
    with serve(FakeGoogle(now=NOW)) as running:
        yield running


@pytest.fixture
def waits() -> list[float]:
    return []
