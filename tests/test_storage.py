"""The Google mode's database on real SQLite files: encryption at rest, rotation,
users, settings, the draft ledger, and the migrated schema against the models."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from cryptography.fernet import Fernet
from sqlalchemy import Engine, Integer, String, inspect, text

from tactful.core.compose.options import Reason, Tone
from tactful.service.ports import SavedDraft
from tactful.service.threads import DraftLedger
from tactful.service.settings import Settings
from tactful.storage import (
    CredentialUnreadable,
    MissingTokenKey,
    Storage,
    TokenCipher,
    UnknownUser,
    alembic_config,
    default_url,
    make_engine,
    upgrade,
)
from tactful.storage.models import Base

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TOKEN = "1//0gSecretRefreshTokenFromGoogle-abcdefghijklmnop"
SCOPES = ["https://www.googleapis.com/auth/gmail.readonly", "https://www.googleapis.com/auth/gmail.compose"]


def key() -> str:
    return Fernet.generate_key().decode()


@pytest.fixture
def url(database_url: str) -> str:
    upgrade(database_url)
    return database_url


@pytest.fixture
def engine(url: str) -> Iterator[Engine]:
    engine = make_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture
def storage(engine: Engine) -> Storage:
    return Storage(engine, TokenCipher([key()]))


def saved(draft_id: str, thread_id: str = "t1") -> SavedDraft:
    return SavedDraft(draft_id=draft_id, thread_id=thread_id, message_id=f"m-{draft_id}", fingerprint="ab" * 32)


# Credentials


def test_the_refresh_token_is_encrypted_at_rest(storage: Storage, engine: Engine) -> None:
    user = storage.upsert_user("sub-1", "ada@example.com")
    storage.save_refresh_token(user, TOKEN, SCOPES)
    with engine.connect() as connection:
        raw = connection.execute(text("SELECT refresh_token_encrypted FROM credentials")).scalar_one()
        everything = " ".join(str(row) for row in connection.execute(text("SELECT * FROM credentials")))
    assert TOKEN not in raw and TOKEN not in everything
    assert "SecretRefreshToken" not in everything


def test_the_refresh_token_and_scopes_round_trip(storage: Storage) -> None:
    user = storage.upsert_user("sub-1", "ada@example.com")
    assert storage.refresh_token(user) is None
    storage.save_refresh_token(user, TOKEN, SCOPES)
    assert storage.refresh_token(user) == TOKEN
    assert storage.granted_scopes(user) == frozenset(SCOPES)
    storage.save_refresh_token(user, "another", SCOPES[:1])
    assert storage.refresh_token(user) == "another"
    assert storage.granted_scopes(user) == {SCOPES[0]}


def test_forgetting_credentials_leaves_the_user_without_a_token(storage: Storage) -> None:
    user = storage.upsert_user("sub-1", "ada@example.com")
    storage.save_refresh_token(user, TOKEN, SCOPES)
    storage.forget_credentials(user)
    assert storage.refresh_token(user) is None
    assert storage.granted_scopes(user) == frozenset()
    storage.forget_credentials(user)  # twice is harmless


def test_an_old_key_still_decrypts_and_new_writes_use_the_newest_key(engine: Engine) -> None:
    old, new = key(), key()
    before = Storage(engine, TokenCipher([old]))
    user = before.upsert_user("sub-1", "ada@example.com")
    before.save_refresh_token(user, TOKEN, SCOPES)

    rotated = Storage(engine, TokenCipher.from_environment({"TACTFUL_TOKEN_KEY": f"{new}, {old}"}))
    assert rotated.refresh_token(user) == TOKEN
    rotated.save_refresh_token(user, "fresh", SCOPES)
    with pytest.raises(CredentialUnreadable):
        before.refresh_token(user)  # written with the new key, which the old cipher lacks
    assert Storage(engine, TokenCipher([new])).refresh_token(user) == "fresh"


def test_reencrypting_moves_every_token_to_the_newest_key(engine: Engine) -> None:
    old, new = key(), key()
    before = Storage(engine, TokenCipher([old]))
    users = [before.upsert_user(f"sub-{n}", f"u{n}@example.com") for n in range(3)]
    for user in users:
        before.save_refresh_token(user, f"token-{user}", SCOPES)
    assert Storage(engine, TokenCipher([new, old])).reencrypt_credentials() == 3
    only_new = Storage(engine, TokenCipher([new]))
    assert [only_new.refresh_token(user) for user in users] == [f"token-{user}" for user in users]


def test_a_token_no_key_decrypts_is_unreadable_not_garbage(engine: Engine) -> None:
    writer = Storage(engine, TokenCipher([key()]))
    user = writer.upsert_user("sub-1", "ada@example.com")
    writer.save_refresh_token(user, TOKEN, SCOPES)
    with pytest.raises(CredentialUnreadable, match="sign in again"):
        Storage(engine, TokenCipher([key()])).refresh_token(user)


def test_a_tampered_token_is_unreadable(storage: Storage, engine: Engine) -> None:
    user = storage.upsert_user("sub-1", "ada@example.com")
    storage.save_refresh_token(user, TOKEN, SCOPES)
    with engine.begin() as connection:
        connection.execute(text("UPDATE credentials SET refresh_token_encrypted = 'not a fernet token é'"))
    with pytest.raises(CredentialUnreadable):
        storage.refresh_token(user)


@pytest.mark.parametrize(
    ("environ", "problem"),
    [
        ({}, "TACTFUL_TOKEN_KEY is not set"),
        ({"TACTFUL_TOKEN_KEY": "  "}, "TACTFUL_TOKEN_KEY is not set"),
        ({"TACTFUL_TOKEN_KEY": "hunter2"}, "key 1 of TACTFUL_TOKEN_KEY is not a Fernet key"),
        ({"TACTFUL_TOKEN_KEY": "Zm9v"}, "key 1 of TACTFUL_TOKEN_KEY is not a Fernet key"),
        ({"TACTFUL_TOKEN_KEY": "é"}, "key 1 of TACTFUL_TOKEN_KEY is not a Fernet key"),
        ({"TACTFUL_TOKEN_KEY": f"{Fernet.generate_key().decode()},"}, "key 2 of TACTFUL_TOKEN_KEY is not a Fernet key"),
    ],
)
def test_a_missing_or_malformed_key_says_how_to_make_one(environ: dict[str, str], problem: str) -> None:
    with pytest.raises(MissingTokenKey) as raised:
        TokenCipher.from_environment(environ)
    message = str(raised.value)
    assert problem in message
    assert 'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"' in message


def test_the_key_is_read_from_the_process_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACTFUL_TOKEN_KEY", key())
    cipher = TokenCipher.from_environment()
    assert cipher.decrypt(cipher.encrypt(TOKEN)) == TOKEN
    monkeypatch.delenv("TACTFUL_TOKEN_KEY")
    with pytest.raises(MissingTokenKey):
        TokenCipher.from_environment()


# Users


def test_upserting_a_user_is_idempotent_and_keeps_the_email_current(storage: Storage, engine: Engine) -> None:
    first = storage.upsert_user("sub-1", "ada@example.com")
    again = storage.upsert_user("sub-1", "ada@new.example.com")
    other = storage.upsert_user("sub-2", "bob@example.com")
    assert first == again != other
    assert storage.user_email(first) == "ada@new.example.com"
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM users")).scalar_one() == 2


def test_writing_for_an_unknown_user_fails_clearly(storage: Storage) -> None:
    with pytest.raises(UnknownUser):
        storage.save_refresh_token(999, TOKEN, SCOPES)
    with pytest.raises(UnknownUser):
        storage.save_settings(999, Settings())
    with pytest.raises(UnknownUser):
        storage.ledger(999).put("t1", saved("d1"))
    with pytest.raises(UnknownUser):
        storage.user_email(999)


def test_deleting_a_user_removes_everything_stored_for_them(storage: Storage, engine: Engine) -> None:
    ada = storage.upsert_user("sub-1", "ada@example.com")
    bob = storage.upsert_user("sub-2", "bob@example.com")
    for user in (ada, bob):
        storage.save_refresh_token(user, TOKEN, SCOPES)
        storage.save_settings(user, Settings(holds=True))
        storage.ledger(user).put("t1", saved("d1"))
        storage.api_sessions.issue_code(user, NOW)
        storage.holds.add(user, "t1", ["event-1"])
    storage.delete_user(ada)
    with engine.connect() as connection:
        for table in ("credentials", "user_settings", "draft_records", "api_sessions", "calendar_holds"):
            owners = connection.execute(text(f"SELECT user_id FROM {table}")).scalars().all()
            assert owners == [bob], table
    assert storage.refresh_token(bob) == TOKEN


def test_the_database_itself_cascades_a_plain_delete(storage: Storage, engine: Engine) -> None:
    ada = storage.upsert_user("sub-1", "ada@example.com")
    storage.save_refresh_token(ada, TOKEN, SCOPES)
    storage.ledger(ada).put("t1", saved("d1"))
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM users"))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM credentials")).scalar_one() == 0
        assert connection.execute(text("SELECT count(*) FROM draft_records")).scalar_one() == 0


# Settings


def test_settings_default_until_saved_then_round_trip(storage: Storage) -> None:
    user = storage.upsert_user("sub-1", "ada@example.com")
    assert storage.settings(user) == Settings()
    paris = Settings(zone="Europe/Paris")
    assert storage.settings(user, defaults=paris) == paris
    mine = Settings("Mon-Thu 10:00-16:00", "America/New_York", Tone.WARM, Reason.ACCEPTED_OTHER_OFFER, 5, True,
                    ("primary", "team.rota@group.calendar.google.com"))
    storage.save_settings(user, mine)
    assert storage.settings(user) == mine
    changed = Settings(slot_count=1)
    storage.save_settings(user, changed)
    assert storage.settings(user) == changed


# The draft ledger


def test_the_ledger_puts_gets_and_overwrites(storage: Storage) -> None:
    user = storage.upsert_user("sub-1", "ada@example.com")
    ledger: DraftLedger = storage.ledger(user)
    assert ledger.get("t1") is None
    first = saved("d1", thread_id="t1")
    ledger.put("t1", first)
    assert ledger.get("t1") == first
    elsewhere = saved("d2", thread_id="t-new")  # the mailbox filed the reply in a thread of its own
    ledger.put("t1", elsewhere)
    assert ledger.get("t1") == elsewhere
    assert ledger.get("t2") is None


def test_each_users_ledger_is_their_own(storage: Storage) -> None:
    ada = storage.upsert_user("sub-1", "ada@example.com")
    bob = storage.upsert_user("sub-2", "bob@example.com")
    storage.ledger(ada).put("t1", saved("ada-draft"))
    assert storage.ledger(bob).get("t1") is None
    storage.ledger(bob).put("t1", saved("bob-draft"))
    assert storage.ledger(ada).get("t1") == saved("ada-draft")
    assert storage.ledger(bob).get("t1") == saved("bob-draft")


def test_the_ledger_notes_the_action_it_was_made_for(storage: Storage) -> None:
    user = storage.upsert_user("sub-1", "ada@example.com")
    storage.ledger(user, action="decline").put("t1", saved("d1"))
    assert storage.draft_action(user, "t1") == "decline"
    storage.ledger(user).put("t1", saved("d2"))  # no action given: the noted one stays
    assert storage.draft_action(user, "t1") == "decline"
    storage.ledger(user, action="reschedule").put("t1", saved("d3"))
    assert storage.draft_action(user, "t1") == "reschedule"
    assert storage.draft_action(user, "t2") is None


# The schema


BODY_WORDS = ("body", "content", "text", "raw", "html", "snippet", "payload", "message")
# Tokens, scopes, calendar ids and job preferences (JSON): long, but never mail.
MAY_BE_LONG = {("credentials", "refresh_token_encrypted"), ("credentials", "scopes"), ("user_settings", "calendars"),
               ("user_settings", "preferences")}


def test_no_column_could_hold_a_message_body(engine: Engine) -> None:
    inspector = inspect(engine)
    for table in inspector.get_table_names():
        for column in inspector.get_columns(table):
            name, kind = column["name"], column["type"]
            if (table, name) in MAY_BE_LONG:
                continue
            assert isinstance(kind, (Integer, String)) or kind.python_type.__name__ in {"bool", "datetime"}, (table, name)
            if isinstance(kind, String):
                assert kind.length is not None and kind.length <= 320, (table, name, kind)
                assert name == "message_id" or not any(word in name for word in BODY_WORDS), (table, name)
    drafts = {column["name"] for column in inspector.get_columns("draft_records")}
    assert drafts == {
        "id", "user_id", "thread_id", "action", "draft_id", "draft_thread_id", "message_id",
        "fingerprint", "created_at", "updated_at",
    }


def test_the_migrated_schema_matches_the_models(url: str, engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == ScriptDirectory.from_config(alembic_config(url)).get_current_head()


def test_upgrading_twice_changes_nothing(url: str, engine: Engine) -> None:
    upgrade(url)
    assert set(inspect(engine).get_table_names()) == {"alembic_version", *Base.metadata.tables}


def test_the_default_database_is_a_file_in_the_instance_folder(tmp_path: Path) -> None:
    url = default_url(tmp_path / "new" / "instance")
    assert url == f"sqlite:///{tmp_path / 'new' / 'instance' / 'tactful.db'}"
    assert (tmp_path / "new" / "instance").is_dir()


def test_every_tone_and_reason_fits_its_column() -> None:
    from tactful.storage.models import UserSettings

    for column, kind in ((UserSettings.__table__.c.tone, Tone), (UserSettings.__table__.c.reason, Reason)):
        assert isinstance(column.type, String) and column.type.length is not None
        assert max(len(member.value) for member in kind) <= column.type.length


def test_the_schema_comparison_notices_a_model_the_migration_lacks(engine: Engine) -> None:
    from sqlalchemy import Column, MetaData

    changed = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(changed)
    changed.tables["draft_records"].append_column(Column("extra", String(10)))
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), changed)
    assert [difference[0] for difference in differences] == ["add_column"]


def test_downgrading_to_base_removes_the_schema(url: str, engine: Engine) -> None:
    from alembic import command

    command.downgrade(alembic_config(url), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(url)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
