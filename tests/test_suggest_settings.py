"""Job preferences and the drafted-ahead switch live in the user's settings, in every mode."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import Engine

from tactful.adapters.settings_file import SettingsFile
from tactful.core.suggest import Arrangement, Pay, PayPeriod, Preferences, Sector, preferences_json
from tactful.service.settings import InvalidRequest, Settings, apply_changes
from tactful.storage import Storage, TokenCipher, default_url, make_engine, upgrade
from tactful.storage.models import PREFERENCES_LENGTH

PREFERENCES = {
    "arrangements": ["remote"],
    "locations": ["Lisbon"],
    "employment_types": ["contract"],
    "minimum_pay": {"amount": 60, "currency": "EUR", "period": "hour"},
    "avoid_companies": ["Initech", "Globex Ünlimited"],
    "avoid_sectors": ["gambling"],
    "not_looking": False,
    "style": "one_time",
}


def test_drafting_ahead_is_off_and_no_preference_is_set_by_default() -> None:
    settings = Settings()
    assert settings.draft_ahead is False and settings.preferences == Preferences()
    assert settings.as_json()["preferences"]["arrangements"] == []


def test_a_settings_change_sets_preferences_field_by_field() -> None:
    first = apply_changes(Settings(), {"preferences": PREFERENCES, "draft_ahead": True})
    assert first.draft_ahead and first.preferences.minimum_pay == Pay(60.0, "EUR", PayPeriod.HOUR)
    second = apply_changes(first, {"preferences": {"not_looking": True}})
    assert second.preferences.not_looking
    assert second.preferences.arrangements == {Arrangement.REMOTE}
    assert second.as_json()["preferences"] == {**PREFERENCES, "not_looking": True,
                                               "minimum_pay": {"amount": 60.0, "currency": "EUR", "period": "hour"}}


def test_a_bad_preference_refuses_the_whole_change() -> None:
    with pytest.raises(InvalidRequest) as raised:
        apply_changes(Settings(), {"slot_count": 2, "preferences": {"avoid_sectors": ["tobacco", "pirates"]}})
    assert set(raised.value.problems) == {"preferences"}
    assert "avoid_sectors" in raised.value.problems["preferences"]


def test_the_local_settings_file_keeps_the_preferences(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path / "settings.json", Settings())
    store.save(apply_changes(Settings(), {"preferences": PREFERENCES, "draft_ahead": True}))
    assert json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["draft_ahead"] is True
    loaded = store.load()
    assert loaded.draft_ahead and loaded.preferences.avoid_sectors == {Sector.GAMBLING}
    assert loaded.preferences.avoid_companies == ("Initech", "Globex Ünlimited")


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    url = default_url(tmp_path / "instance")
    upgrade(url)
    engine = make_engine(url)
    yield engine
    engine.dispose()


def test_the_database_keeps_the_preferences_and_the_switch(engine: Engine) -> None:
    storage = Storage(engine, TokenCipher([Fernet.generate_key().decode()]))
    user = storage.upsert_user("sub-1", "ada@example.com")
    assert storage.settings(user) == Settings()
    mine = apply_changes(Settings(), {"preferences": PREFERENCES, "draft_ahead": True})
    storage.save_settings(user, mine)
    assert storage.settings(user) == mine
    storage.save_settings(user, Settings())
    assert storage.settings(user) == Settings()


def test_the_longest_preferences_fit_their_column(engine: Engine) -> None:
    storage = Storage(engine, TokenCipher([Fernet.generate_key().decode()]))
    user = storage.upsert_user("sub-1", "ada@example.com")
    names = [f"{i:02d}" + "Ü" * 78 for i in range(20)]
    longest = apply_changes(Settings(), {"preferences": {**PREFERENCES, "locations": names, "avoid_companies": names,
                                                         "arrangements": ["remote", "hybrid", "onsite"],
                                                         "avoid_sectors": [sector.value for sector in Sector]}})
    stored = json.dumps(preferences_json(longest.preferences), ensure_ascii=False)
    assert len(stored) <= PREFERENCES_LENGTH
    storage.save_settings(user, longest)
    assert storage.settings(user) == longest


def test_a_user_who_prefers_the_one_best_time_gets_one_slot() -> None:
    menu = apply_changes(Settings(), {"slot_count": 4})
    assert menu.scheduling().count == 4
    assert apply_changes(menu, {"preferences": {"style": "one_time"}}).scheduling().count == 1
