"""Invitations read from text/calendar parts."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from tactful.core.times import IcsEvent, IcsInvite, Organizer, times_from_ics
from tactful.core.times.ics import MAX_ICS_CHARS


def calendar(*events: str, method: str | None = "REQUEST", extra: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tactful tests//EN"]
    if method:
        lines.append(f"METHOD:{method}")
    if extra:
        lines.append(extra)
    for event in events:
        lines += ["BEGIN:VEVENT", *event.strip().splitlines(), "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


EASTERN_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

INTERVIEW = """
UID:interview-1@example.com
DTSTAMP:20260302T141400Z
DTSTART;TZID=America/Chicago:20260310T140000
DTEND;TZID=America/Chicago:20260310T144500
SUMMARY:Interview with Acme
LOCATION:Zoom
DESCRIPTION:Join: https://acme.zoom.us/j/123456789?pwd=abc. See you then
ORGANIZER;CN="Jane Doe":mailto:jane@acme.example
STATUS:CONFIRMED
SEQUENCE:2
"""


def only_event(ics: str) -> IcsEvent:
    invite = times_from_ics(ics)
    assert invite is not None
    assert len(invite.events) == 1
    return invite.events[0]


def test_reads_method_times_and_people() -> None:
    invite = times_from_ics(calendar(INTERVIEW))
    assert invite is not None
    assert invite.method == "REQUEST"
    event = invite.events[0]
    chicago = ZoneInfo("America/Chicago")
    assert event.start == datetime(2026, 3, 10, 14, tzinfo=chicago)
    assert event.end == datetime(2026, 3, 10, 14, 45, tzinfo=chicago)
    assert event.tz == "America/Chicago"
    assert event.summary == "Interview with Acme"
    assert event.location == "Zoom"
    assert event.organizer == Organizer("Jane Doe", "jane@acme.example")
    assert event.meeting_url == "https://acme.zoom.us/j/123456789?pwd=abc"
    assert event.status == "CONFIRMED"
    assert event.sequence == 2
    assert event.uid == "interview-1@example.com"


@pytest.mark.parametrize("method", ["REQUEST", "CANCEL", "PUBLISH", "REPLY"])
def test_reads_each_method(method: str) -> None:
    invite = times_from_ics(calendar(INTERVIEW, method=method))
    assert invite is not None and invite.method == method


def test_a_calendar_without_method_has_none() -> None:
    invite = times_from_ics(calendar(INTERVIEW, method=None))
    assert invite is not None and invite.method is None


def test_utc_times_stay_utc() -> None:
    event = only_event(calendar("UID:1\nDTSTART:20260312T150000Z\nDTEND:20260312T153000Z"))
    assert event.start == datetime(2026, 3, 12, 15, tzinfo=timezone.utc)
    assert event.tz == "UTC"


def test_a_windows_zone_with_its_vtimezone_is_named_by_iana() -> None:
    ics = calendar("UID:1\nDTSTART;TZID=Eastern Standard Time:20260310T140000\nDURATION:PT30M",
                   extra=EASTERN_VTIMEZONE)
    event = only_event(ics)
    assert event.tz == "America/New_York"
    assert event.start is not None and event.start.utcoffset() is not None
    assert event.start.isoformat() == "2026-03-10T14:00:00-04:00"
    assert event.end is not None and event.end.isoformat() == "2026-03-10T14:30:00-04:00"


def test_a_windows_zone_without_vtimezone_is_still_understood() -> None:
    event = only_event(calendar("UID:1\nDTSTART;TZID=Pacific Standard Time:20260310T140000"))
    assert event.start is not None and event.start.isoformat() == "2026-03-10T14:00:00-07:00"
    assert event.tz == "America/Los_Angeles"


def test_floating_times_take_the_calendar_zone() -> None:
    ics = calendar("UID:1\nDTSTART:20260310T140000", extra="X-WR-TIMEZONE:Europe/London")
    event = only_event(ics)
    assert event.start == datetime(2026, 3, 10, 14, tzinfo=ZoneInfo("Europe/London"))


def test_floating_times_without_a_calendar_zone_stay_naive() -> None:
    event = only_event(calendar("UID:1\nDTSTART:20260310T140000"))
    assert event.start == datetime(2026, 3, 10, 14)
    assert event.tz is None


def test_all_day_events_are_not_times() -> None:
    invite = times_from_ics(calendar("UID:1\nDTSTART;VALUE=DATE:20260313", INTERVIEW))
    assert invite is not None
    assert invite.events[0].start is None
    assert [t.start.day for t in invite.proposed_times()] == [10]


def test_proposed_times_carry_summary_zone_and_end() -> None:
    invite = times_from_ics(calendar(INTERVIEW))
    assert invite is not None
    (proposed,) = invite.proposed_times()
    assert proposed.text == "Interview with Acme"
    assert proposed.tz == "America/Chicago"
    assert proposed.end is not None and proposed.end.minute == 45


@pytest.mark.parametrize(
    ("lines", "url"),
    [
        pytest.param("URL:https://teams.microsoft.com/l/meetup-join/abc", "https://teams.microsoft.com/l/meetup-join/abc",
                     id="the URL property"),
        pytest.param("LOCATION:https://meet.google.com/abc-defg-hij", "https://meet.google.com/abc-defg-hij",
                     id="a Meet link in the location"),
        pytest.param("DESCRIPTION:Join at https://acme.webex.com/meet/jane today.", "https://acme.webex.com/meet/jane",
                     id="a Webex link in the description"),
        pytest.param("X-GOOGLE-CONFERENCE:https://meet.google.com/xyz-abcd-efg", "https://meet.google.com/xyz-abcd-efg",
                     id="the Google conference property"),
        pytest.param("URL:https://calendar.example.com/event/1\nLOCATION:https://zoom.us/j/42",
                     "https://zoom.us/j/42", id="a meeting service link wins over an event page"),
        pytest.param("URL:https://calendar.example.com/event/1", "https://calendar.example.com/event/1",
                     id="any URL when there is no meeting service link"),
        pytest.param("LOCATION:Room 4B", None, id="no link at all"),
    ],
)
def test_meeting_url(lines: str, url: str | None) -> None:
    assert only_event(calendar(f"UID:1\nDTSTART:20260312T150000Z\n{lines}")).meeting_url == url


def test_organizer_without_a_name() -> None:
    event = only_event(calendar("UID:1\nDTSTART:20260312T150000Z\nORGANIZER:mailto:hr@acme.example"))
    assert event.organizer == Organizer(None, "hr@acme.example")


def test_a_cancelled_event_keeps_its_status_and_sequence() -> None:
    invite = times_from_ics(calendar(INTERVIEW.replace("STATUS:CONFIRMED", "STATUS:CANCELLED")
                                     .replace("SEQUENCE:2", "SEQUENCE:3"), method="CANCEL"))
    assert invite is not None
    assert (invite.method, invite.events[0].status, invite.events[0].sequence) == ("CANCEL", "CANCELLED", 3)


def test_an_event_without_start_is_skipped() -> None:
    invite = times_from_ics(calendar("UID:broken\nSUMMARY:no start", INTERVIEW))
    assert invite is not None
    assert [e.uid for e in invite.events] == ["interview-1@example.com"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty text"),
        pytest.param("garbage", id="not a calendar"),
        pytest.param("BEGIN:VCALENDAR", id="a calendar that never ends"),
        pytest.param("BEGIN:VEVENT\r\nDTSTART:20260312T150000Z\r\nEND:VEVENT\r\n", id="an event without calendar"),
        pytest.param("\x00\xff" * 50, id="binary noise"),
        pytest.param(calendar(INTERVIEW).replace("END:VCALENDAR", ""), id="a truncated calendar"),
        pytest.param("BEGIN:VCALENDAR\r\n" + "X" * (MAX_ICS_CHARS + 1) + "\r\nEND:VCALENDAR", id="an oversized part"),
    ],
)
def test_broken_input_gives_none(text: str) -> None:
    assert times_from_ics(text) is None


def test_a_bad_sequence_skips_only_that_event() -> None:
    invite = times_from_ics(calendar("UID:1\nDTSTART:20260312T150000Z\nSEQUENCE:lots", INTERVIEW))
    assert invite is not None
    assert [e.uid for e in invite.events] == ["interview-1@example.com"]


def test_an_empty_calendar_has_no_events() -> None:
    assert times_from_ics(calendar()) == IcsInvite("REQUEST", ())
