"""The calendar text handed to icalendar: only what is read, and zone blocks icalendar
cannot resolve by name.  Each case checks the event read, not the filtered text."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tactful.core.times import times_from_ics


def invite(*lines: str, zone_block: str = "") -> str:
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", *zone_block.splitlines(),
            "BEGIN:VEVENT", "UID:round-two@example.test", *lines, "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(body) + "\r\n"


OWN_RULES_BLOCK = """BEGIN:VTIMEZONE
TZID:Recruiting Office Time
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
END:STANDARD
END:VTIMEZONE"""

BERLIN_BLOCK_WITH_WRONG_RULES = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE"""


def test_alarms_attendees_and_folded_lines_do_not_change_the_event() -> None:
    ics = invite(
        "DTSTART;TZID=America/Denver:20260311T093000",
        "DTEND;TZID=America/Denver:20260311T101500",
        "SUMMARY:Panel interview with the platform",
        "  team",
        "ATTENDEE;CN=Sam Lee;ROLE=REQ-PARTICIPANT:mailto:sam@example.test",
        "X-ALT-DESC;FMTTYPE=text/html:<p>ignored</p>",
        "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:soon", "END:VALARM",
    )
    result = times_from_ics(ics)
    assert result is not None
    (event,) = result.events
    assert event.summary == "Panel interview with the platform team"
    assert event.start == datetime(2026, 3, 11, 9, 30, tzinfo=ZoneInfo("America/Denver"))
    assert event.tz == "America/Denver"


def test_a_zone_block_under_an_unknown_name_still_gives_the_offset() -> None:
    ics = invite("DTSTART;TZID=Recruiting Office Time:20260311T150000", zone_block=OWN_RULES_BLOCK)
    result = times_from_ics(ics)
    assert result is not None
    start = result.events[0].start
    assert start is not None and start.utcoffset() is not None
    assert start.utcoffset().total_seconds() == 5.5 * 3600  # type: ignore[union-attr]


def test_a_named_zone_follows_tzdata_rather_than_the_block_sent_with_it() -> None:
    ics = invite("DTSTART;TZID=Europe/Berlin:20260311T150000", zone_block=BERLIN_BLOCK_WITH_WRONG_RULES)
    result = times_from_ics(ics)
    assert result is not None
    assert result.events[0].start == datetime(2026, 3, 11, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.mark.parametrize("name", ["America", "A" * 300, "../../etc", "Europe/Nowhere"],
                         ids=["an area directory", "a name too long for a file", "a path", "an unknown city"])
def test_a_calendar_zone_that_is_no_zone_leaves_times_floating(name: str) -> None:
    ics = invite("DTSTART:20260311T150000").replace("METHOD:REQUEST", f"METHOD:REQUEST\r\nX-WR-TIMEZONE:{name}")
    result = times_from_ics(ics)
    assert result is not None
    assert result.events[0].start == datetime(2026, 3, 11, 15, 0)
