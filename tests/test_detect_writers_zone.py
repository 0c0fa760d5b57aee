"""A time written without a zone is read in the writer's zone."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tactful.core.detect import detect, in_writers_zone
from tactful.core.model import Email, ProposedTime

CHICAGO_WINTER = timezone(timedelta(hours=-6))


def _invite(body: str, sent_at: datetime | None) -> Email:
    return Email(id="m1", from_name="Rosa Diaz", from_email="rosa@pinecrest.example", subject="Interview at Pinecrest",
                 body=body, sent_at=sent_at, message_id="<m1@pinecrest.example>")


def test_a_time_with_no_zone_takes_the_offset_of_the_date_header() -> None:
    email = _invite("Hi Sam, we'd like to invite you to an interview on Thursday 5 March at 2pm. Best, Rosa",
                    datetime(2026, 3, 2, 9, 15, tzinfo=CHICAGO_WINTER))
    [time] = detect(email).proposed_times
    assert time.start == datetime(2026, 3, 5, 14, 0, tzinfo=CHICAGO_WINTER)
    assert time.tz == "UTC-06:00"
    assert detect(email).timezone is None  # the message itself names no zone


def test_a_zone_named_for_one_option_holds_for_the_others_of_the_message() -> None:
    paris = ZoneInfo("Europe/Paris")
    stated = ProposedTime("Tuesday 10 March at 10:00 CET", datetime(2026, 3, 10, 10, tzinfo=paris), tz="Europe/Paris")
    bare = ProposedTime("or Wednesday at 14:00", datetime(2026, 3, 11, 14))
    assert in_writers_zone([stated, bare], datetime(2026, 3, 2, 9, tzinfo=timezone.utc)) == [
        stated, ProposedTime("or Wednesday at 14:00", datetime(2026, 3, 11, 14, tzinfo=paris), tz="Europe/Paris"),
    ]


@pytest.mark.parametrize("sent_at", [None, datetime(2026, 3, 2, 9)], ids=["no date", "a date with no offset"])
def test_without_a_known_offset_the_time_stays_without_a_zone(sent_at: datetime | None) -> None:
    bare = ProposedTime("Thursday at 2pm", datetime(2026, 3, 5, 14))
    assert in_writers_zone([bare], sent_at) == [bare]


def test_a_time_at_utc_is_labelled_utc() -> None:
    bare = ProposedTime("Thursday at 2pm", datetime(2026, 3, 5, 14), end=datetime(2026, 3, 5, 15))
    [time] = in_writers_zone([bare], datetime(2026, 3, 2, 9, tzinfo=timezone.utc))
    assert (time.start.utcoffset(), time.end and time.end.utcoffset(), time.tz) == (timedelta(0), timedelta(0), "UTC")


def test_a_writer_in_germany_means_winter_time_after_the_clocks_go_back() -> None:
    bare = ProposedTime("Mittwoch um 10:00", datetime(2026, 10, 28, 10))
    sent_at = datetime(2026, 10, 23, 9, tzinfo=timezone(timedelta(hours=2)))
    [time] = in_writers_zone([bare], sent_at, "elbhafen.de")
    assert (time.start.utcoffset(), time.tz) == (timedelta(hours=1), "Europe/Berlin")


def test_a_writer_on_central_time_means_daylight_time_after_the_clocks_go_forward() -> None:
    email = _invite("Hi Sam, we'd like to invite you to an interview on Tuesday 10 March at 10am. Best, Rosa",
                    datetime(2026, 3, 6, 15, 50, tzinfo=CHICAGO_WINTER))
    email = Email(**{**email.__dict__, "from_email": "rosa@pinecrest.com"})
    [time] = detect(email).proposed_times
    assert (time.start.utcoffset(), time.tz) == (timedelta(hours=-5), "America/Chicago")


@pytest.mark.parametrize(
    ("domain", "sent_at"),
    [
        ("pinecrest.in", datetime(2026, 10, 23, 9, tzinfo=timezone(timedelta(hours=5, minutes=30)))),
        ("pinecrest.example", datetime(2026, 10, 23, 9, tzinfo=timezone(timedelta(hours=2)))),
    ],
    ids=["a country with one offset", "no country"],
)
def test_when_the_home_zone_is_unclear_the_headers_offset_holds(domain: str, sent_at: datetime) -> None:
    bare = ProposedTime("Thursday at 10", datetime(2026, 12, 3, 10))
    [time] = in_writers_zone([bare], sent_at, domain)
    assert time.start.utcoffset() == sent_at.utcoffset()
    assert time.tz is not None and time.tz.startswith("UTC")


@pytest.mark.parametrize(
    ("domain", "sent_at", "interview", "zone", "offset"),
    [
        # Los Angeles or Phoenix in July; they part in November.
        ("pinecrest.com", datetime(2026, 7, 1, 9, tzinfo=timezone(timedelta(hours=-7))), datetime(2026, 12, 3, 10),
         "America/Los_Angeles", timedelta(hours=-8)),
        # Sydney or Brisbane before 4 October; Sydney moves to summer time.
        ("pinecrest.com.au", datetime(2026, 10, 1, 9, tzinfo=timezone(timedelta(hours=10))), datetime(2026, 10, 8, 11),
         "Australia/Sydney", timedelta(hours=11)),
    ],
    ids=["Los Angeles before Phoenix", "Sydney before Brisbane"],
)
def test_when_the_countrys_zones_disagree_the_most_populous_is_read(
    domain: str, sent_at: datetime, interview: datetime, zone: str, offset: timedelta
) -> None:
    [time] = in_writers_zone([ProposedTime("Thursday at 10", interview)], sent_at, domain)
    assert (time.tz, time.start.utcoffset()) == (zone, offset)


def _calendar_part(start: str) -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:u1@pinecrest.example\r\n"
            f"DTSTAMP:20260302T150000Z\r\nDTSTART{start}\r\nSUMMARY:Interview - Sam Lee\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_a_calendar_part_stored_in_utc_leaves_the_texts_time_in_the_writers_zone() -> None:
    # 13:30Z is 9:30 in New York on 10 March (EDT): the text and the calendar name one moment.
    email = _invite("We'd like to invite you to an interview on Tuesday, March 10 from 9:30 AM to noon; the "
                    "calendar invitation is attached.", datetime(2026, 3, 2, 10, tzinfo=ZoneInfo("America/New_York")))
    email = Email(**{**vars(email), "from_email": "rosa@pinecrest.com", "ics": (_calendar_part(":20260310T133000Z"),)})
    assert [time.start for time in detect(email).proposed_times] == [datetime(2026, 3, 10, 13, 30, tzinfo=timezone.utc)]


def test_a_calendar_parts_own_zone_places_the_texts_time() -> None:
    email = _invite("Your interview is on Tuesday, March 10 at 1:00 PM. See the attached invitation.",
                    datetime(2026, 3, 2, 10, tzinfo=timezone(timedelta(hours=-5))))
    email = Email(**{**vars(email), "ics": (_calendar_part(";TZID=America/Chicago:20260310T130000"),)})
    [time] = detect(email).proposed_times
    assert time.start == datetime(2026, 3, 10, 13, tzinfo=ZoneInfo("America/Chicago"))


def test_a_writer_in_chile_means_summer_time_after_the_clocks_go_forward() -> None:
    # Chile moves to summer time on 6 September 2026: a note sent on 1 September (-04:00)
    # for the 8th means 9:30 at -03:00.
    email = _invite("We'd like to invite you to an interview on Tuesday September 8 at 9:30. Does it suit you?",
                    datetime(2026, 9, 1, 16, 10, tzinfo=timezone(timedelta(hours=-4))))
    email = Email(**{**vars(email), "from_email": "rosa@pinecrest.cl"})
    [time] = detect(email).proposed_times
    assert time.start.utcoffset() == timedelta(hours=-3)


def _sent_from(domain: str, body: str, sent_at: datetime) -> Email:
    return Email(id="m2", from_name="Kim Tran", from_email=f"kim@{domain}", subject="Interview", body=body,
                 sent_at=sent_at, to=("sam.lee@gmail.com",))


def test_a_zone_on_summer_time_named_by_a_writer_whose_region_keeps_standard_time_is_the_writers() -> None:
    # Sydney is on +11:00 in December; a .com.au writer whose Date header says +10:00 is in Queensland.
    email = _sent_from("bayline.com.au", "Hi Sam, your interview is confirmed for Thursday 3 December at 09:30 AEST.",
                       datetime(2026, 11, 27, 14, 2, tzinfo=timezone(timedelta(hours=10))))
    [time] = detect(email).proposed_times
    assert time.start.utcoffset() == timedelta(hours=10)
    assert time.tz == "Australia/Brisbane"


def test_a_zone_named_by_a_writer_on_the_same_clock_stays_as_named() -> None:
    email = _sent_from("bayline.com.au", "Hi Sam, your interview is confirmed for Thursday 3 December at 09:30 AEDT.",
                       datetime(2026, 11, 27, 14, 2, tzinfo=timezone(timedelta(hours=11))))
    [time] = detect(email).proposed_times
    assert time.start.utcoffset() == timedelta(hours=11)
    assert time.tz == "Australia/Sydney"
