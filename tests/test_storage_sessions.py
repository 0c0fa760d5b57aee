"""API sessions and calendar hold records in the real database (SQLite through SQLAlchemy)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import Engine, text

from tactful.storage import Storage, TokenCipher, make_engine, upgrade
from tactful.storage.sessions import CODE_LIFETIME, SESSION_LIFETIME

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    upgrade(database_url)
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def storage(engine: Engine) -> Storage:
    return Storage(engine, TokenCipher([Fernet.generate_key().decode()]))


def test_a_code_opens_one_session_for_its_user_and_only_once(storage: Storage) -> None:
    ada = storage.upsert_user("sub-1", "ada@example.com")
    code = storage.api_sessions.issue_code(ada, NOW)
    token = storage.api_sessions.redeem_code(code, NOW + timedelta(seconds=30))
    assert token is not None and token != code
    assert storage.api_sessions.user_of(token, NOW) == ada
    assert storage.api_sessions.redeem_code(code, NOW + timedelta(seconds=31)) is None


def test_a_code_is_no_session_token_and_a_session_token_is_no_code(storage: Storage) -> None:
    ada = storage.upsert_user("sub-1", "ada@example.com")
    code = storage.api_sessions.issue_code(ada, NOW)
    assert storage.api_sessions.user_of(code, NOW) is None
    token = storage.api_sessions.redeem_code(code, NOW)
    assert token is not None
    assert storage.api_sessions.redeem_code(token, NOW) is None
    assert storage.api_sessions.user_of(token, NOW) == ada


def test_an_expired_code_or_session_opens_nothing(storage: Storage) -> None:
    ada = storage.upsert_user("sub-1", "ada@example.com")
    late = storage.api_sessions.issue_code(ada, NOW)
    assert storage.api_sessions.redeem_code(late, NOW + CODE_LIFETIME) is None
    token = storage.api_sessions.redeem_code(storage.api_sessions.issue_code(ada, NOW), NOW)
    assert token is not None
    assert storage.api_sessions.user_of(token, NOW + SESSION_LIFETIME - timedelta(seconds=1)) == ada
    assert storage.api_sessions.user_of(token, NOW + SESSION_LIFETIME) is None
    assert storage.api_sessions.purge_expired(NOW + SESSION_LIFETIME) == 1


def test_unknown_tokens_open_nothing(storage: Storage) -> None:
    assert storage.api_sessions.user_of("made-up", NOW) is None
    assert storage.api_sessions.redeem_code("made-up", NOW) is None


def test_signing_out_ends_every_session_of_that_user_only(storage: Storage) -> None:
    ada = storage.upsert_user("sub-1", "ada@example.com")
    bob = storage.upsert_user("sub-2", "bob@example.com")
    tokens = {user: storage.api_sessions.redeem_code(storage.api_sessions.issue_code(user, NOW), NOW) for user in (ada, bob)}
    storage.api_sessions.end_all(ada)
    assert storage.api_sessions.user_of(str(tokens[ada]), NOW) is None
    assert storage.api_sessions.user_of(str(tokens[bob]), NOW) == bob


def test_only_digests_of_tokens_are_stored(storage: Storage, engine: Engine) -> None:
    ada = storage.upsert_user("sub-1", "ada@example.com")
    token = storage.api_sessions.redeem_code(storage.api_sessions.issue_code(ada, NOW), NOW)
    assert token is not None
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT token_digest FROM api_sessions")).scalars().all()
    assert stored and all(token not in digest for digest in stored)


def test_holds_are_kept_per_user_and_thread_in_order_and_forgotten_by_id(storage: Storage) -> None:
    ada = storage.upsert_user("sub-1", "ada@example.com")
    bob = storage.upsert_user("sub-2", "bob@example.com")
    storage.holds.add(ada, "t1", ["e1", "e2", "e3"])
    storage.holds.add(ada, "t2", ["e4"])
    storage.holds.add(bob, "t1", ["e9"])
    assert storage.holds.of_thread(ada, "t1") == ["e1", "e2", "e3"]
    storage.holds.forget(ada, ["e1", "e3"])
    assert storage.holds.of_thread(ada, "t1") == ["e2"]
    assert storage.holds.of_thread(ada, "t2") == ["e4"]
    assert storage.holds.of_thread(bob, "t1") == ["e9"]


def test_expiry_holds_whatever_offset_the_clock_reads_in(storage: Storage) -> None:
    ada = storage.upsert_user("sub-1", "ada@example.com")
    tokyo = NOW.astimezone(timezone(timedelta(hours=9)))
    token = storage.api_sessions.redeem_code(storage.api_sessions.issue_code(ada, tokyo), tokyo + CODE_LIFETIME / 2)
    assert token is not None
    assert storage.api_sessions.user_of(token, tokyo + SESSION_LIFETIME) == ada
    assert storage.api_sessions.purge_expired(tokyo + SESSION_LIFETIME) == 0
    assert storage.api_sessions.user_of(token, tokyo + CODE_LIFETIME / 2 + SESSION_LIFETIME) is None
