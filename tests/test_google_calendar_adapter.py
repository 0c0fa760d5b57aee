"""The Calendar adapter, through the real googleapiclient over HTTP against the fake Google."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

import pytest
from fakegoogle import FakeGoogle
from fakegoogle.clients import client
from hypothesis import given
from hypothesis import strategies as st
from tactful.adapters.google_calendar import GoogleCalendar, hold_title, spans
from tactful.core.slots.model import BusyInterval, Interval
from tactful.service.ports import CalendarUnavailable

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def calendar(fake: FakeGoogle, waits: list[float]) -> GoogleCalendar:
    return GoogleCalendar(client(fake, waits))


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 3, day, hour, minute, tzinfo=PARIS)


def test_busy_time_comes_from_free_busy_with_free_and_cancelled_events_left_out(fake: FakeGoogle, calendar: GoogleCalendar) -> None:
    fake.calendar.seed_event(_at(11, 9), _at(11, 10), summary="Dentist")
    fake.calendar.seed_event(_at(11, 9, 30), _at(11, 11))
    fake.calendar.seed_event(_at(12, 14), _at(12, 15), transparency="transparent")
    fake.calendar.seed_event(_at(12, 16), _at(12, 17), status="cancelled")
    fake.calendar.seed_event(_at(20, 9), _at(20, 10))

    busy = calendar.busy(_at(11, 0), _at(13, 0))

    assert busy == [BusyInterval(_at(11, 9), _at(11, 11))]
    assert busy[0].start.tzinfo is not None
    assert len(fake.calls("calendar.freebusy.query")) == 1


def test_busy_time_is_gathered_from_every_chosen_calendar(fake: FakeGoogle, waits: list[float]) -> None:
    fake.calendar.add_calendar("team@example.com", summary="Team")
    fake.calendar.seed_event(_at(11, 9), _at(11, 10))
    fake.calendar.seed_event(_at(11, 15), _at(11, 16), calendar_id="team@example.com")
    calendar = GoogleCalendar(client(fake, waits), calendar_ids=("primary", "team@example.com"))

    busy = calendar.busy(_at(11, 0), _at(12, 0))

    assert busy == [BusyInterval(_at(11, 9), _at(11, 10)), BusyInterval(_at(11, 15), _at(11, 16))]
    assert calendar.calendars() == [("sam.candidate@example.com", "sam.candidate@example.com"), ("team@example.com", "Team")]


def test_a_window_longer_than_90_days_is_asked_in_pieces(fake: FakeGoogle, calendar: GoogleCalendar) -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    fake.calendar.seed_event(start + timedelta(days=10), start + timedelta(days=10, hours=1))
    fake.calendar.seed_event(start + timedelta(days=150), start + timedelta(days=150, hours=1))

    busy = calendar.busy(start, start + timedelta(days=200))

    assert [interval.start for interval in busy] == [start + timedelta(days=10), start + timedelta(days=150)]
    assert len(fake.calls("calendar.freebusy.query")) == 3


def test_the_fake_refuses_a_free_busy_range_google_would_refuse(fake: FakeGoogle, waits: list[float]) -> None:
    api = client(fake, waits).calendar
    body = {"timeMin": "2025-01-01T00:00:00Z", "timeMax": "2025-06-01T00:00:00Z", "items": [{"id": "primary"}]}
    with pytest.raises(Exception, match="too long"):
        api.freebusy().query(body=body).execute()


@given(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)),
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=1000)),
)
def test_free_busy_pieces_cover_the_window_exactly_and_none_is_longer_than_90_days(start: datetime, length: timedelta) -> None:
    pieces = list(spans(start, start + length))
    assert all(high - low <= timedelta(days=90) for low, high in pieces)
    assert all(a[1] == b[0] for a, b in pairwise(pieces))
    if length:
        assert pieces[0][0] == start and pieces[-1][1] == start + length
    else:
        assert pieces == []


def test_the_user_zone_comes_from_the_calendar_settings(fake: FakeGoogle, calendar: GoogleCalendar) -> None:
    fake.calendar.time_zone = "America/Chicago"
    assert calendar.zone() == ZoneInfo("America/Chicago")


@pytest.mark.parametrize("value", [None, "Mars/Olympus_Mons"], ids=["missing", "unknown"])
def test_a_zone_setting_that_names_no_known_zone_is_a_clear_error(fake: FakeGoogle, calendar: GoogleCalendar, value: str | None) -> None:
    fake.calendar.time_zone = value
    with pytest.raises(CalendarUnavailable, match="time zone"):
        calendar.zone()


def test_a_hold_is_a_tentative_busy_event_sent_to_nobody_and_release_removes_it(fake: FakeGoogle, calendar: GoogleCalendar) -> None:
    slot = Interval(_at(14, 10), _at(14, 11))

    event_id = calendar.hold(slot, "Northwind", PARIS)

    event = fake.calendar.events["sam.candidate@example.com"][event_id]
    assert event["summary"] == "Hold: interview with Northwind?"
    assert (event["status"], event["transparency"]) == ("tentative", "opaque")
    assert event["start"] == {"dateTime": "2025-03-14T10:00:00+01:00", "timeZone": "Europe/Paris"}
    assert parse_qs(fake.calls("calendar.events.insert")[0].query)["sendUpdates"] == ["none"]
    assert calendar.busy(_at(14, 0), _at(15, 0)) == [BusyInterval(_at(14, 10), _at(14, 11))]

    calendar.release(event_id)
    calendar.release(event_id)

    assert event_id not in fake.calendar.events["sam.candidate@example.com"]
    assert [entry.status for entry in fake.calls("calendar.events.delete")] == [204, 410]


@pytest.mark.parametrize(("company", "title"), [("Northwind", "Hold: interview with Northwind?"), (None, "Hold: interview?")])
def test_a_hold_title_names_the_company_when_known(company: str | None, title: str) -> None:
    assert hold_title(company) == title


def test_calendar_503s_beyond_the_retries_make_the_calendar_unavailable(fake: FakeGoogle, waits: list[float]) -> None:
    fake.fail("calendar.freebusy.query", 503, 503, 503)
    with pytest.raises(CalendarUnavailable, match="could not be read.*503"):
        GoogleCalendar(client(fake, waits, retries=2)).busy(_at(11, 0), _at(12, 0))
    assert waits == [2.0, 4.0]


def test_calendar_503s_then_success_are_retried(fake: FakeGoogle, calendar: GoogleCalendar) -> None:
    fake.calendar.seed_event(_at(11, 9), _at(11, 10))
    fake.fail("calendar.freebusy.query", 503, 503)
    assert calendar.busy(_at(11, 0), _at(12, 0)) == [BusyInterval(_at(11, 9), _at(11, 10))]


def test_an_unknown_calendar_makes_busy_time_unavailable(fake: FakeGoogle, waits: list[float]) -> None:
    calendar = GoogleCalendar(client(fake, waits), calendar_ids=("primary", "gone@example.com"))
    with pytest.raises(CalendarUnavailable, match="gone@example.com.*notFound"):
        calendar.busy(_at(11, 0), _at(12, 0))


def test_a_revoked_sign_in_makes_the_calendar_unavailable_with_the_reason(fake: FakeGoogle, calendar: GoogleCalendar) -> None:
    fake.revoke()
    with pytest.raises(CalendarUnavailable, match="sign in again"):
        calendar.zone()
