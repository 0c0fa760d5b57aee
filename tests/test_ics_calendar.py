"""Busy time from local .ics calendars."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tactful.adapters.ics_calendar import busy_from_ics, read_ics_busy
from tactful.core.slots import BusyInterval, SlotRequest, propose_slots

NEW_YORK = ZoneInfo("America/New_York")
WINDOW = (datetime(2024, 3, 1, tzinfo=UTC), datetime(2024, 4, 1, tzinfo=UTC))


def calendar(*events: str, header: str = "") -> str:
    """A VCALENDAR around ``events``, each given as its property lines."""
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:test-{n}@tactful\r\nDTSTAMP:20240201T000000Z\r\n"
        + "".join(f"{line.strip()}\r\n" for line in event.strip().splitlines())
        + "END:VEVENT\r\n"
        for n, event in enumerate(events)
    )
    extra = "".join(f"{line.strip()}\r\n" for line in header.strip().splitlines())
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tactful tests//EN\r\n{extra}{body}END:VCALENDAR\r\n"


def busy(*sources: str | Path, user_emails: tuple[str, ...] = ()) -> list[BusyInterval]:
    return busy_from_ics(sources, *WINDOW, zone=NEW_YORK, user_emails=user_emails)


def shown(intervals: list[BusyInterval]) -> list[str]:
    return [
        f"{b.start.astimezone(NEW_YORK):%a %d %H:%M}-{b.end.astimezone(NEW_YORK):%a %d %H:%M} {b.summary}"
        for b in intervals
    ]


def test_a_timed_event_in_another_zone_keeps_its_instant_and_title() -> None:
    text = calendar("""
        DTSTART;TZID=Europe/Berlin:20240312T150000
        DTEND;TZID=Europe/Berlin:20240312T160000
        SUMMARY:Dentist
    """)
    assert shown(busy(text)) == ["Tue 12 10:00-Tue 12 11:00 Dentist"]


def test_a_weekly_meeting_is_expanded_without_its_excluded_and_with_its_moved_dates() -> None:
    text = calendar(
        """
        DTSTART;TZID=America/New_York:20240304T093000
        DURATION:PT30M
        RRULE:FREQ=WEEKLY;COUNT=4
        EXDATE;TZID=America/New_York:20240318T093000
        SUMMARY:Team sync
        """,
        """
        RECURRENCE-ID;TZID=America/New_York:20240311T093000
        DTSTART;TZID=America/New_York:20240312T140000
        DTEND;TZID=America/New_York:20240312T143000
        SUMMARY:Team sync (moved)
        """,
    )
    # Same UID for the override, as RFC 5545 requires.
    text = text.replace("UID:test-1@tactful", "UID:test-0@tactful")
    assert shown(busy(text)) == [
        "Mon 04 09:30-Mon 04 10:00 Team sync",
        "Tue 12 14:00-Tue 12 14:30 Team sync (moved)",
        "Mon 25 09:30-Mon 25 10:00 Team sync",
    ]


def test_a_weekly_meeting_stays_at_nine_local_across_the_clock_change() -> None:
    text = calendar("""
        DTSTART;TZID=America/New_York:20240304T090000
        DTEND;TZID=America/New_York:20240304T100000
        RRULE:FREQ=WEEKLY;COUNT=2
        SUMMARY:Standup
    """)
    assert [b.start.astimezone(UTC).hour for b in busy(text)] == [14, 13]


def test_all_day_events_block_whole_local_days_in_the_users_zone() -> None:
    text = calendar(
        """
        DTSTART;VALUE=DATE:20240314
        DTEND;VALUE=DATE:20240316
        SUMMARY:Conference
        """,
        """
        DTSTART;VALUE=DATE:20240320
        SUMMARY:Moving day
        """,
    )
    assert shown(busy(text)) == [
        "Thu 14 00:00-Sat 16 00:00 Conference",
        "Wed 20 00:00-Thu 21 00:00 Moving day",
    ]


def test_floating_times_are_read_in_the_users_zone() -> None:
    text = calendar("""
        DTSTART:20240305T110000
        DTEND:20240305T120000
        SUMMARY:Gym
    """)
    assert busy(text)[0].start == datetime(2024, 3, 5, 16, 0, tzinfo=UTC)


def test_a_google_export_with_x_wr_timezone_uses_that_zone() -> None:
    text = calendar(
        """
        DTSTART:20240305T110000Z
        DTEND:20240305T120000Z
        SUMMARY:Call
        """,
        header="X-WR-TIMEZONE:Europe/London",
    )
    assert busy(text)[0].start == datetime(2024, 3, 5, 11, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        ("TRANSP:TRANSPARENT", False),
        ("TRANSP:OPAQUE", True),
        ("STATUS:CANCELLED", False),
        ("STATUS:TENTATIVE", True),
        ("X-MICROSOFT-CDO-BUSYSTATUS:FREE", False),
        ("ATTENDEE;PARTSTAT=DECLINED:mailto:Ada@Example.org", False),
        ("ATTENDEE;PARTSTAT=DECLINED:mailto:someone.else@example.org", True),
        ("ATTENDEE;PARTSTAT=ACCEPTED:mailto:ada@example.org", True),
        ("ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:ada@example.org", True),
        (
            "ATTENDEE;PARTSTAT=ACCEPTED:mailto:boss@example.org\n"
            "ATTENDEE;PARTSTAT=DECLINED:mailto:ada@example.org",
            False,
        ),
    ],
    ids=[
        "a transparent event does not make the user busy",
        "an opaque event does",
        "a cancelled event does not",
        "a tentative event does",
        "an Outlook event shown as free does not",
        "an event the user declined (address matched case-insensitively) does not",
        "an event someone else declined does",
        "an event the user accepted does",
        "an event the user has not answered does",
        "an event with several attendees where the user declined does not",
    ],
)
def test_which_events_make_the_user_busy(lines: str, kept: bool) -> None:
    text = calendar(f"""
        DTSTART:20240305T140000Z
        DTEND:20240305T150000Z
        SUMMARY:Meeting
        {lines}
    """)
    assert bool(busy(text, user_emails=("ada@example.org",))) is kept


def test_events_outside_the_window_and_empty_events_are_left_out() -> None:
    text = calendar(
        """
        DTSTART:20240205T140000Z
        DTEND:20240205T150000Z
        SUMMARY:Last month
        """,
        """
        DTSTART:20240305T140000Z
        SUMMARY:No end, so no length
        """,
        """
        DTSTART:20240306T140000Z
        DTEND:20240306T150000Z
        SUMMARY:In the window
        """,
    )
    assert [b.summary for b in busy(text)] == ["In the window"]


def test_a_broken_calendar_is_reported_by_file_name_and_the_others_are_kept(tmp_path: Path) -> None:
    good = tmp_path / "work.ics"
    good.write_text(calendar("DTSTART:20240305T140000Z\nDTEND:20240305T150000Z\nSUMMARY:Review"))
    broken = tmp_path / "broken.ics"
    broken.write_text("BEGIN:VCALENDAR\nthis is not a content line\nEND:VCALENDAR\n")
    empty = tmp_path / "empty.ics"
    empty.write_text("")
    missing = tmp_path / "missing.ics"
    result = read_ics_busy([broken, good, empty, missing], *WINDOW, zone=NEW_YORK)
    assert [b.summary for b in result.busy] == ["Review"]
    assert [problem.source for problem in result.problems] == [str(broken), str(empty), str(missing)]
    assert str(result.problems[1]).startswith(f"cannot read calendar {empty}: no VCALENDAR")


def test_a_broken_property_inside_an_event_is_reported_for_its_calendar() -> None:
    good = calendar("DTSTART:20240305T140000Z\nDTEND:20240305T150000Z\nSUMMARY:Review")
    bad = calendar("DTSTART:tomorrow-ish\nSUMMARY:Broken")
    result = read_ics_busy([good, bad], *WINDOW, zone=NEW_YORK)
    assert [b.summary for b in result.busy] == ["Review"]
    assert [problem.source for problem in result.problems] == ["calendar text #2"]


def test_busy_from_ics_logs_each_unreadable_calendar(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    missing = tmp_path / "gone.ics"
    with caplog.at_level(logging.WARNING):
        assert busy(missing) == []
    assert str(missing) in caplog.text


def test_a_naive_window_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        read_ics_busy([], datetime(2024, 3, 1), datetime(2024, 4, 1), zone=NEW_YORK)


def test_busy_time_from_an_ics_file_keeps_proposals_off_it(tmp_path: Path) -> None:
    path = tmp_path / "me.ics"
    path.write_text(
        calendar(
            """
            DTSTART;TZID=America/New_York:20240311T090000
            DTEND;TZID=America/New_York:20240311T120000
            SUMMARY:Workshop
            """,
            """
            DTSTART;VALUE=DATE:20240312
            SUMMARY:Day off
            """,
        )
    )
    now = datetime(2024, 3, 8, 15, 0, tzinfo=NEW_YORK)
    calendar_busy = busy(path)
    slots = propose_slots(calendar_busy, SlotRequest(zone=NEW_YORK, horizon=timedelta(days=14)), now)
    assert [f"{s.start:%a %d %H:%M}" for s in slots] == ["Mon 11 12:30", "Wed 13 09:00", "Thu 14 15:00"]
