"""Interview times in words, and the small text-cleaning helpers of the composer."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.core.compose import Action, ReplyOptions, clean
from tactful.core.compose.render import blocks, environment
from tactful.core.compose.timefmt import describe, uses_12_hour_clock, zone_from_name, zone_label

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


def _at(zone: str, year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("start", "minutes", "shown_in", "user", "expected"),
    [
        (_at("Europe/Paris", 2026, 3, 10, 14), 45, "Europe/Paris", "Europe/Paris", "Tuesday 10 March, 14:00–14:45 CET"),
        (_at("Europe/Paris", 2026, 3, 10, 14), 45, "Europe/Paris", "America/New_York",
         "Tuesday 10 March, 14:00–14:45 CET (9:00–9:45 AM EDT my time)"),
        (_at("America/New_York", 2026, 3, 10, 11, 30), 60, "America/New_York", "America/New_York",
         "Tuesday 10 March, 11:30 AM–12:30 PM EDT"),
        (_at("America/Los_Angeles", 2026, 7, 1, 16), 30, "America/Los_Angeles", "Europe/London",
         "Wednesday 1 July, 4:00–4:30 PM PDT (Thursday 2 July, 00:00–00:30 BST my time)"),
        (_at("Asia/Kolkata", 2026, 3, 10, 10), 30, "Asia/Kolkata", "Europe/Berlin",
         "Tuesday 10 March, 10:00–10:30 AM IST (05:30–06:00 CET my time)"),
        (_at("Europe/Berlin", 2026, 3, 10, 10), 30, "Europe/Paris", "Europe/Berlin", "Tuesday 10 March, 10:00–10:30 CET"),
        (_at("Asia/Dubai", 2026, 3, 10, 10), 0, None, "Asia/Tokyo", "Tuesday 10 March, 15:00 JST"),
    ],
)
def test_a_time_span_is_written_in_words_with_each_zones_own_clock(
    start: datetime, minutes: int, shown_in: str | None, user: str, expected: str
) -> None:
    end = start + timedelta(minutes=minutes) if minutes else None
    assert describe(start, end, zone_from_name(shown_in), ZoneInfo(user)) == expected


def test_a_fixed_offset_zone_is_written_as_utc_plus_hours() -> None:
    start = datetime(2026, 3, 10, 9, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert describe(start, None, zone_from_name("UTC+05:30"), ZoneInfo("UTC")) == (
        "Tuesday 10 March, 09:00 UTC+5:30 (03:30 UTC my time)"
    )


@pytest.mark.parametrize(
    ("name", "offset"),
    [
        ("UTC+05:30", timedelta(hours=5, minutes=30)),
        ("GMT-4", timedelta(hours=-4)),
        ("+0200", timedelta(hours=2)),
        ("UTC", timedelta(0)),
        ("Europe/Paris", timedelta(hours=1)),
    ],
)
def test_zone_names_and_fixed_offsets_are_understood(name: str, offset: timedelta) -> None:
    zone = zone_from_name(name)
    assert zone is not None
    assert zone.utcoffset(datetime(2026, 1, 15, 12)) == offset


@pytest.mark.parametrize("name", [None, "", "Mars/Olympus", "UTC+31", "../../etc/passwd", "EST5EDT\r\nBcc:"])
def test_unknown_zone_names_mean_no_zone(name: str | None) -> None:
    assert zone_from_name(name) is None


@pytest.mark.parametrize(
    ("zone", "twelve"),
    [
        ("America/New_York", True),
        ("US/Pacific", True),
        ("America/Toronto", True),
        ("Australia/Sydney", True),
        ("Asia/Calcutta", True),
        ("Europe/Paris", False),
        ("Europe/London", False),
        ("Asia/Tokyo", False),
        ("UTC", False),
    ],
)
def test_the_clock_follows_the_zones_country(zone: str, twelve: bool) -> None:
    assert uses_12_hour_clock(ZoneInfo(zone)) is twelve


def test_a_fixed_offset_uses_the_24_hour_clock() -> None:
    assert uses_12_hour_clock(timezone(timedelta(hours=-5))) is False


_ZONES = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
_WORDS = re.compile(
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+( \d{4})?, "
    r"\d{1,2}:\d{2}( [AP]M)?(–\d{1,2}:\d{2}( [AP]M)?)? ([A-Za-z]{2,6}|UTC[+-]\d{1,2}(:\d{2})?)( \(.+ my time\))?$"
)


@settings(max_examples=300, deadline=None)
@given(
    instant=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31), timezones=st.just(timezone.utc)),
    minutes=st.sampled_from([15, 30, 45, 60, 90]),
    shown=st.sampled_from(_ZONES),
    user=st.sampled_from(_ZONES),
)
def test_any_slot_shows_weekday_date_time_and_zone(instant: datetime, minutes: int, shown: str, user: str) -> None:
    text = describe(instant, instant + timedelta(minutes=minutes), ZoneInfo(shown), ZoneInfo(user))
    assert _WORDS.match(text), text
    same = instant.astimezone(ZoneInfo(shown)).utcoffset() == instant.astimezone(ZoneInfo(user)).utcoffset()
    assert ("my time" in text) is not same


def test_zone_label_prefers_the_abbreviation() -> None:
    assert zone_label(datetime(2026, 1, 1, tzinfo=PARIS)) == "CET"
    assert zone_label(datetime(2026, 1, 1, tzinfo=ZoneInfo("America/Sao_Paulo"))) == "UTC-3"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  Acme\r\n Inc. ", "Acme Inc"),
        ("None", ""),
        ("null", ""),
        (None, ""),
        ("Acme\x00\x1b[31m", "Acme[31m"),
        ("{{ 7*7 }}", "{{ 7*7 }}"),
    ],
)
def test_company_names_are_one_clean_line(value: str | None, expected: str) -> None:
    assert clean.company(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Data Engineer role", "Data Engineer"), ("Data Engineer Position", "Data Engineer"), ("Product Designer", "Product Designer")],
)
def test_role_titles_lose_a_trailing_role_word(value: str, expected: str) -> None:
    assert clean.role(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Jane", "Jane"), ("Mary Ann", "Mary Ann"), ("Zoë", "Zoë"), ("HR", ""), ("jane@acme.example", ""), ("Agent 007", "")],
)
def test_first_names_must_look_like_names(value: str, expected: str) -> None:
    assert clean.first_name(value) == expected


def test_message_ids_keep_only_bracketed_tokens_in_order_without_repeats() -> None:
    assert clean.message_ids("<a@x> junk <b@y>", "<a@x>", "c@z", None, "two words") == ("<a@x>", "<b@y>", "<c@z>")


def test_body_text_splits_into_paragraphs_and_lists() -> None:
    found = blocks("One.\nTwo.\n\n\nLead in:\n- first\n- second\nAfter.\n")
    assert [(b.text, b.items) for b in found] == [
        ("One. Two.", ()),
        ("Lead in:", ()),
        ("", ("first", "second")),
        ("After.", ()),
    ]


def test_templates_load_from_the_installed_package_with_strict_undefined() -> None:
    env = environment()
    for action in Action:
        assert env.get_template(f"{action.value}.txt.j2") is not None
    with pytest.raises(jinja2.UndefinedError):
        getattr(env.get_template("decline.txt.j2").make_module({}), "body")()
    html = env.get_template("reply.html.j2").render(greeting="<b>Hi</b>", blocks=(), signoff=("A & B",))
    assert "&lt;b&gt;Hi&lt;/b&gt;" in html and "A &amp; B" in html
    text = getattr(env.get_template("_common.txt.j2").make_module({"tone": "warm", "first_name": "<b>"}), "greeting")()
    assert text == "Hi <b>,"


def test_an_unknown_user_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        ReplyOptions(action=Action.DECLINE, user_tz="Mars/Olympus")
