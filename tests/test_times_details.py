"""What else a proposed time carries: its end, its zone name, its snippet; and options."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tactful.core.model import ProposedTime
from tactful.core.quoting import split_newest
from tactful.core.times import MAX_TEXT_CHARS, find_proposed_times

NEW_YORK = ZoneInfo("America/New_York")
SENT = datetime(2026, 3, 2, 9, 14, tzinfo=NEW_YORK)


def only(text: str, sent_at: datetime | None = SENT, *, day_first: bool | None = None) -> ProposedTime:
    found = find_proposed_times(text, sent_at, day_first=day_first)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        pytest.param("How about 3/4 10-11am PT?", "2026-03-04T11:00:00-08:00", id="a range gives the end"),
        pytest.param("A 45-minute call at 2pm on Thursday?", "2026-03-05T14:45:00",
                     id="a duration in the sentence gives the end"),
        pytest.param("Thursday at 2pm works.\nThe interview will last 30 minutes.", "2026-03-05T14:30:00",
                     id="a duration stated once elsewhere gives the end"),
        pytest.param("between 2 and 4pm on Wednesday", "2026-03-04T16:00:00", id="between gives the end"),
        pytest.param("Thursday at 2pm", None, id="no range and no duration gives no end"),
        pytest.param("Thursday at 2pm for 30 minutes, or 1 hour if you prefer", None,
                     id="two different durations give no end"),
        pytest.param("Thursday at 2pm, arrive 15 minutes early", None, id="minutes early is not a duration"),
    ],
)
def test_end_of_the_proposed_time(text: str, end: str | None) -> None:
    found = only(text)
    assert (found.end.isoformat() if found.end else None) == end


@pytest.mark.parametrize(
    ("text", "tz"),
    [
        pytest.param("Tuesday at 2pm EST", "America/New_York", id="EST names New York"),
        pytest.param("Tuesday at 2pm PST", "America/Los_Angeles", id="PST names Los Angeles"),
        pytest.param("Tuesday at 2pm CET", "Europe/Berlin", id="CET names Berlin"),
        pytest.param("Tuesday at 14:00 (GMT+1)", "UTC+01:00", id="a fixed offset is named by its offset"),
        pytest.param("Tuesday at 14:00 UTC-3", "UTC-03:00", id="a negative offset"),
        pytest.param("Tuesday at 2pm", None, id="no zone gives no name"),
        pytest.param("Tuesday at 2pm in Hartford, CT 06103", None, id="a US state code is not a zone"),
        pytest.param("Tuesday at 2pm, CT.", "America/Chicago", id="a zone set off after the time of its sentence"),
        pytest.param("Tuesday at 2pm. Please come to 12 Elm Street, Hartford, CT.", None,
                     id="a state set off at the end of the next sentence is not a zone"),
    ],
)
def test_zone_of_the_proposed_time(text: str, tz: str | None) -> None:
    found = only(text)
    assert found.tz == tz
    assert (found.start.tzinfo is not None) == (tz is not None)


def test_the_snippet_is_the_text_it_was_read_from() -> None:
    assert only("Hi! Are you free Tuesday, March 3 at 2:00 PM EST? Thanks").text == "Tuesday, March 3 at 2:00 PM EST"


def test_a_date_line_and_a_time_line_make_one_snippet() -> None:
    assert only("Monday, March 9:\n- 10:00 AM\n").text == "Monday, March 9 10:00 AM"


def test_the_subject_is_read_too() -> None:
    found = find_proposed_times("Does that work?", SENT, subject="Interview: Tuesday, March 10 at 2pm")
    assert [t.start.isoformat() for t in found] == ["2026-03-10T14:00:00"]


def test_without_a_sent_date_only_dates_with_a_year_are_read() -> None:
    text = "Tuesday at 2pm, or 2026-03-10 at 3pm, or March 11 at 4pm"
    assert [t.start.isoformat() for t in find_proposed_times(text, None)] == ["2026-03-10T15:00:00"]


@pytest.mark.parametrize(
    ("day_first", "expected"),
    [
        pytest.param(None, "2026-04-03T10:00:00", id="by default a numeric date is month first"),
        pytest.param(True, "2026-03-04T10:00:00", id="day first when asked"),
        pytest.param(False, "2026-04-03T10:00:00", id="month first when asked"),
    ],
)
def test_day_first_hint(day_first: bool | None, expected: str) -> None:
    assert only("4/3 at 10am", day_first=day_first).start.isoformat() == expected


def test_a_non_us_zone_makes_numeric_dates_day_first() -> None:
    assert only("04/03/2026 at 10:00 CET").start.isoformat() == "2026-03-04T10:00:00+01:00"


def test_a_day_above_twelve_forces_day_first() -> None:
    assert only("13/03 at 10am").start.isoformat() == "2026-03-13T10:00:00"


def test_a_weekday_picks_the_reading_of_a_numeric_date() -> None:
    # 3/10 month first is Tuesday 10 March; day first would be Saturday 3 October.
    assert only("Tuesday 3/10 at 10am", day_first=True).start.isoformat() == "2026-03-10T10:00:00"


def test_a_january_date_written_in_december_is_next_year() -> None:
    sent = datetime(2026, 12, 20, 10, tzinfo=NEW_YORK)
    assert only("Monday, January 4 at 10am", sent).start.isoformat() == "2027-01-04T10:00:00"


def test_a_weekday_date_without_year_is_on_or_after_the_sent_day() -> None:
    sent = datetime(2026, 12, 28, 10, tzinfo=NEW_YORK)
    assert only("Tue 5 Jan at 2pm", sent).start.isoformat() == "2027-01-05T14:00:00"


def test_relative_days_use_the_senders_own_offset() -> None:
    # 23:30 in New York is already the next day in UTC; "tomorrow" is the sender's.
    sent = datetime(2026, 3, 2, 23, 30, tzinfo=NEW_YORK)
    assert only("tomorrow at 10am", sent).start.isoformat() == "2026-03-03T10:00:00"


def test_a_naive_sent_date_works_too() -> None:
    assert only("tomorrow at 10am", datetime(2026, 3, 2, 9)).start.isoformat() == "2026-03-03T10:00:00"


def test_the_time_the_mail_was_sent_is_not_proposed() -> None:
    assert find_proposed_times("Sent Monday, March 2 at 9:14 AM", SENT) == []


def test_a_time_far_in_the_future_is_not_a_proposal() -> None:
    assert find_proposed_times("2028-03-10 at 10am", SENT) == []


def test_text_beyond_the_cap_is_ignored() -> None:
    text = "x" * MAX_TEXT_CHARS + " Tuesday at 2pm"
    assert find_proposed_times(text, SENT) == []


def newest_times(body: str, subject: str = "Interview") -> list[str]:
    """The times found the way detection reads a mail: newest part first, then times."""
    newest = split_newest(body, subject=subject).newest
    return [t.start.isoformat() for t in find_proposed_times(newest, SENT)]


def test_quoted_lines_are_ignored() -> None:
    assert newest_times("Sounds good.\n> Tuesday at 2pm?\n") == []


def test_the_attribution_line_and_the_quote_below_it_are_ignored() -> None:
    text = "Thanks!\n\nOn Mon, Mar 2, 2026 at 9:14 AM Jane Doe <jane@example.com> wrote:\n> Tuesday at 2pm?"
    assert newest_times(text, "Re: Interview") == []


def test_forwarded_headers_are_not_proposals() -> None:
    text = (
        "See below.\n---------- Forwarded message ---------\nFrom: Jane <jane@example.com>\n"
        "Date: Mon, Mar 2, 2026 at 9:14 AM\nSubject: Interview\n\nCould you do Thursday at 3pm?"
    )
    assert newest_times(text, "Fwd: Interview") == ["2026-03-05T15:00:00"]


def test_an_outlook_quote_ends_the_newest_part() -> None:
    text = ("Thursday at 3pm is fine.\n\nFrom: Jane Doe <jane@example.com>\nSent: Monday, March 2, 2026 9:14 AM\n"
            "To: Sam Lee <sam@example.com>\nSubject: Interview\n\nFriday at 10am?")
    assert newest_times(text, "RE: Interview") == ["2026-03-05T15:00:00"]


def test_utc_sent_date_compares_with_zoned_times() -> None:
    sent = datetime(2026, 3, 3, 20, tzinfo=timezone.utc)  # 15:00 in New York
    assert find_proposed_times("Tuesday 3 March at 2pm ET", sent) == []
    assert only("Tuesday 3 March at 4pm ET", sent).start == datetime(2026, 3, 3, 21, tzinfo=timezone.utc)


def test_many_options_are_capped() -> None:
    lines = "\n".join(f"- {day} March at {hour}:00" for day in range(3, 28) for hour in (9, 11, 14, 16))
    found = find_proposed_times(lines, SENT)
    assert 0 < len(found) <= 40
    assert found == sorted(found, key=lambda t: t.start)
    assert found[0].start - found[1].start < timedelta(0)
