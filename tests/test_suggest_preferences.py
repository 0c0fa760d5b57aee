"""Preferences as JSON: a valid object round-trips, a bad one is refused as a whole with every problem named."""

from __future__ import annotations

from typing import Any

import pytest

from tactful.core.suggest import (
    Arrangement,
    InvalidPreferences,
    Pay,
    PayPeriod,
    Preferences,
    ReplyStyle,
    Sector,
    preferences_from_json,
    preferences_json,
)

FULL = {
    "arrangements": ["hybrid", "remote"],
    "locations": ["Berlin", "Hamburg"],
    "employment_types": ["full_time"],
    "minimum_pay": {"amount": 85000, "currency": "eur", "period": "year"},
    "avoid_companies": ["Initech"],
    "avoid_sectors": ["gambling", "public_sector"],
    "not_looking": False,
    "style": "one_time",
}


def test_every_preference_round_trips_through_json() -> None:
    preferences = preferences_from_json(FULL)
    assert preferences.minimum_pay == Pay(85000.0, "EUR", PayPeriod.YEAR)
    assert preferences.avoid_sectors == {Sector.GAMBLING, Sector.PUBLIC_SECTOR}
    assert preferences.style is ReplyStyle.ONE_TIME
    assert preferences_json(preferences) == {**FULL, "minimum_pay": {"amount": 85000.0, "currency": "EUR",
                                                                     "period": "year"}}


def test_no_preferences_means_no_restriction() -> None:
    assert preferences_from_json({}) == Preferences()
    assert not Preferences().restricts_arrangement and not Preferences().restricts_employment


def test_accepting_every_arrangement_restricts_nothing() -> None:
    assert not preferences_from_json({"arrangements": ["remote", "hybrid", "onsite"]}).restricts_arrangement


def test_a_change_keeps_the_other_preferences() -> None:
    base = preferences_from_json(FULL)
    changed = preferences_from_json({"not_looking": True}, base)
    assert changed.not_looking and changed.arrangements == {Arrangement.HYBRID, Arrangement.REMOTE}


BAD: dict[str, tuple[dict[str, Any], str]] = {
    "an unknown arrangement": ({"arrangements": ["moon base"]}, "arrangements"),
    "a pay without currency": ({"minimum_pay": {"amount": 50000}}, "minimum_pay"),
    "a negative pay": ({"minimum_pay": {"amount": -1, "currency": "USD"}}, "minimum_pay"),
    "a pay per fortnight": ({"minimum_pay": {"amount": 10, "currency": "USD", "period": "fortnight"}}, "minimum_pay"),
    "a company that is not text": ({"avoid_companies": [42]}, "avoid_companies"),
    "an empty city": ({"locations": ["  "]}, "locations"),
    "a yes in words": ({"not_looking": "yes"}, "not_looking"),
    "an unknown style": ({"style": "haiku"}, "style"),
    "an unknown field": ({"favourite_colour": "blue"}, "favourite_colour"),
}


@pytest.mark.parametrize("name", BAD)
def test_a_bad_field_is_named(name: str) -> None:
    data, field = BAD[name]
    with pytest.raises(InvalidPreferences) as raised:
        preferences_from_json(data)
    assert set(raised.value.problems) == {field}


def test_every_bad_field_is_named_at_once_and_nothing_half_applies() -> None:
    with pytest.raises(InvalidPreferences) as raised:
        preferences_from_json({"arrangements": ["remote"], "style": "haiku", "not_looking": 1})
    assert set(raised.value.problems) == {"style", "not_looking"}


def test_preferences_must_be_an_object() -> None:
    with pytest.raises(InvalidPreferences):
        preferences_from_json(["remote"])
