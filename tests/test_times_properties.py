"""Invariants of the time extractors, checked on generated text."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tactful.core.times import find_proposed_times, times_from_ics

# Pieces of real invitations, so generated text often contains dates and times.
PIECES = st.sampled_from([
    "Tuesday", "Wed", "next", "this", "tomorrow", "today", "March", "3", "3rd", "of", "12/31",
    "2026-02-29", "31/02", "at", "2pm", "14:00", "10-11am", "between", "and", "noon", "10h30",
    "ET", "PST", "IST", "GMT+14", "UTC-12", "(", ")", ",", "·", "–", "\n", "- ", "by", "on",
    "We met on", "On Mon, Mar 2, 2026 at 9:14 AM Jane wrote:", "> ", "45 minutes", "Dec", "Jan 1",
    "29 February", "2099-01-01", "0:00", "23:59", "12am", "12pm", "the 31st", "Monday next week",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=40).map(" ".join))
SENT_TIMES = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31),
    timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=-5)), timezone(timedelta(hours=9))]),
)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, sent_at=SENT_TIMES)
@example(text="Tuesday, February 29 at 2pm", sent_at=datetime(2027, 1, 1, tzinfo=timezone.utc))
@example(text="Dec 31 at 11pm or Jan 1 at 1am", sent_at=datetime(2026, 12, 31, 12, tzinfo=timezone.utc))
@example(text="Sunday 8 March 2026 at 2:30am ET", sent_at=datetime(2026, 3, 2, tzinfo=timezone.utc))
def test_results_are_within_two_years_of_the_sent_date(text: str, sent_at: datetime) -> None:
    for found in find_proposed_times(text, sent_at):
        assert abs(found.start.year - sent_at.year) <= 2
        assert found.end is None or found.end > found.start
        assert (found.tz is None) == (found.start.tzinfo is None)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, sent_at=st.one_of(st.none(), SENT_TIMES), day_first=st.sampled_from([None, True, False]))
def test_never_raises_and_is_deterministic(text: str, sent_at: datetime | None, day_first: bool | None) -> None:
    first = find_proposed_times(text, sent_at, day_first=day_first)
    assert find_proposed_times(text, sent_at, day_first=day_first) == first
    assert len(first) == len({(t.start, t.end, t.tz) for t in first})


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=500))
def test_ics_never_raises(text: str) -> None:
    times_from_ics(text)


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(st.sampled_from([
    "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT", "METHOD:REQUEST",
    "DTSTART:20260312T150000Z", "DTSTART;TZID=Nowhere/City:20260312T150000", "DTSTART;VALUE=DATE:20260312",
    "DTEND:20260312T140000Z", "DURATION:P1D", "DURATION:nonsense", "SEQUENCE:x", "SEQUENCE:1",
    "ORGANIZER;CN=\"A\":mailto:a@b.c", "ORGANIZER:", "URL:javascript:alert(1)", "BEGIN:VTIMEZONE",
    "END:VTIMEZONE", "TZID:X", "X-WR-TIMEZONE:Not/AZone", "SUMMARY:Interview",
]), max_size=25))
def test_ics_never_raises_on_shuffled_calendar_lines(lines: list[str]) -> None:
    invite = times_from_ics("\r\n".join(lines))
    if invite is not None:
        for proposed in invite.proposed_times():
            assert isinstance(proposed.start, datetime)
