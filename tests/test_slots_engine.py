"""Concrete weeks a reader can check by eye: what ``propose_slots`` offers and why.

Calendar used throughout: March 2024.  Fri 8, Sat 9, Sun 10 (US clocks spring forward),
Mon 11, Tue 12, Wed 13, Thu 14, Fri 15, ... Sun 31 (UK clocks spring forward).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tactful.core.model import InterviewFormat
from tactful.core.slots import (
    BusyInterval,
    Interval,
    SlotRequest,
    best_slot,
    check_conflict,
    parse_working_hours,
    propose_slots,
)

NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
KOLKATA = ZoneInfo("Asia/Kolkata")
ADELAIDE = ZoneInfo("Australia/Adelaide")

FRIDAY_AFTERNOON = datetime(2024, 3, 8, 15, 0, tzinfo=NEW_YORK)


def ny(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2024, month, day, hour, minute, tzinfo=NEW_YORK)


def busy(*spans: tuple[datetime, datetime]) -> list[Interval]:
    return [Interval(start, end) for start, end in spans]


def shown(slots: list[Interval], zone: ZoneInfo = NEW_YORK) -> list[str]:
    """Slots as 'Mon 11 09:00-09:30' on ``zone``'s wall clock."""
    return [
        f"{s.start.astimezone(zone):%a %d %H:%M}-{s.end.astimezone(zone):%H:%M}" for s in slots
    ]


TABLE = [
    (
        "an empty calendar gives three days, morning then midday then late afternoon",
        [],
        SlotRequest(zone=NEW_YORK),
        ["Mon 11 09:00-09:30", "Tue 12 12:00-12:30", "Wed 13 15:00-15:30"],
    ),
    (
        "a Monday meeting until eleven plus the 15 minute buffer pushes Monday to 11:30",
        busy((ny(11, 9), ny(11, 11))),
        SlotRequest(zone=NEW_YORK),
        ["Mon 11 11:30-12:00", "Tue 12 12:00-12:30", "Wed 13 15:00-15:30"],
    ),
    (
        "with 15 minute granularity the same meeting gives 11:15",
        busy((ny(11, 9), ny(11, 11))),
        SlotRequest(zone=NEW_YORK, granularity=timedelta(minutes=15), count=1),
        ["Mon 11 11:15-11:45"],
    ),
    (
        "a booked Monday and Tuesday move the menu to Wednesday to Friday",
        busy((ny(11, 8), ny(11, 18)), (ny(12, 0), ny(13, 0))),
        SlotRequest(zone=NEW_YORK),
        ["Wed 13 09:00-09:30", "Thu 14 12:00-12:30", "Fri 15 15:00-15:30"],
    ),
    (
        "one free day still gives three times spread over it, not three half hours in a row",
        busy((ny(12, 0), ny(30, 0))),
        SlotRequest(zone=NEW_YORK),
        ["Mon 11 09:00-09:30", "Mon 11 12:00-12:30", "Mon 11 15:00-15:30"],
    ),
    (
        "a lunch break from noon moves the midday choice to one o'clock",
        [],
        SlotRequest(zone=NEW_YORK, lunch=(time(12), time(13))),
        ["Mon 11 09:00-09:30", "Tue 12 13:00-13:30", "Wed 13 15:00-15:30"],
    ),
    (
        "five proposals take five different days",
        [],
        SlotRequest(zone=NEW_YORK, count=5),
        ["Mon 11 09:00-09:30", "Tue 12 12:00-12:30", "Wed 13 15:00-15:30",
         "Thu 14 09:00-09:30", "Fri 15 12:00-12:30"],
    ),
    (
        "a video interview lasts 45 minutes by default",
        [],
        SlotRequest(zone=NEW_YORK, interview_format=InterviewFormat.VIDEO, count=1),
        ["Mon 11 09:00-09:45"],
    ),
    (
        "the original Monday 9:00 time is avoided and its one-hour length reused",
        [],
        SlotRequest(zone=NEW_YORK, original=(Interval(ny(11, 9), ny(11, 10)),), count=1),
        ["Mon 11 10:30-11:30"],
    ),
    (
        "a two hour notice from Monday 10:10 gives 12:30 at the earliest",
        [],
        SlotRequest(zone=NEW_YORK, min_notice=timedelta(hours=2), count=1),
        ["Mon 11 12:30-13:00"],
    ),
    (
        "a 13:00-16:00 Berlin meeting is 08:00-11:00 in New York that week and blocks it",
        busy((datetime(2024, 3, 11, 13, 0, tzinfo=BERLIN), datetime(2024, 3, 11, 16, 0, tzinfo=BERLIN))),
        SlotRequest(zone=NEW_YORK, count=1),
        ["Mon 11 11:30-12:00"],
    ),
    (
        "a short Friday in the working hours ends Friday's options at one",
        busy((ny(11, 0), ny(15, 0))),
        SlotRequest(
            zone=NEW_YORK,
            working_hours=parse_working_hours("Mon-Thu 09:00-17:00, Fri 09:00-13:00"),
            count=5,
        ),
        ["Fri 15 09:00-09:30", "Mon 18 12:00-12:30", "Tue 19 15:00-15:30",
         "Wed 20 09:00-09:30", "Thu 21 12:00-12:30"],
    ),
    (
        "a London recruiter keeps every slot before 13:00 New York time in March",
        [],
        SlotRequest(zone=NEW_YORK, recruiter_zone=LONDON),
        ["Mon 11 09:00-09:30", "Tue 12 12:00-12:30", "Wed 13 09:00-09:30"],
    ),
    (
        "a two day horizon from Friday afternoon reaches no working day",
        [],
        SlotRequest(zone=NEW_YORK, horizon=timedelta(days=2)),
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("busy_time", "request_", "expected"),
    [case[1:] for case in TABLE],
    ids=[case[0] for case in TABLE],
)
def test_a_week_in_new_york(
    busy_time: list[Interval], request_: SlotRequest, expected: list[str]
) -> None:
    now = ny(11, 10, 10) if request_.min_notice is not None else FRIDAY_AFTERNOON
    assert shown(propose_slots(busy_time, request_, now)) == expected


def test_a_kolkata_candidate_meeting_a_new_york_recruiter_gets_late_afternoon_slots() -> None:
    # New York 09:00-17:00 EDT is 18:30-02:30 in Kolkata (UTC+05:30, no clock changes),
    # so with the user working until 21:00 the shared hours are 18:30-21:00 Kolkata.
    request = SlotRequest(
        zone=KOLKATA,
        working_hours=parse_working_hours("Mon-Fri 10:00-21:00"),
        recruiter_zone=NEW_YORK,
    )
    now = datetime(2024, 3, 8, 12, 0, tzinfo=KOLKATA)
    slots = propose_slots([], request, now)
    assert shown(slots, KOLKATA) == ["Mon 11 18:30-19:00", "Tue 12 18:30-19:00", "Wed 13 18:30-19:00"]
    assert shown(slots, NEW_YORK) == ["Mon 11 09:00-09:30", "Tue 12 09:00-09:30", "Wed 13 09:00-09:30"]


def test_the_next_business_day_after_a_friday_evening_is_monday() -> None:
    slot = best_slot([], SlotRequest(zone=NEW_YORK), ny(8, 19))
    assert slot is not None
    assert shown([slot]) == ["Mon 11 09:00-09:30"]


def test_best_slot_is_the_first_choice_of_the_menu_and_none_when_nothing_is_free() -> None:
    request = SlotRequest(zone=NEW_YORK)
    meeting = busy((ny(11, 9), ny(11, 11)))
    first = best_slot(meeting, request, FRIDAY_AFTERNOON)
    assert first is not None and first in propose_slots(meeting, request, FRIDAY_AFTERNOON)
    assert best_slot(busy((ny(1, 0), ny(30, 0))), request, FRIDAY_AFTERNOON) is None


def test_slots_come_back_on_the_users_clock() -> None:
    slots = propose_slots([], SlotRequest(zone=ADELAIDE), datetime(2024, 3, 8, tzinfo=UTC))
    assert [slot.start.isoformat() for slot in slots] == [
        "2024-03-11T09:00:00+10:30",
        "2024-03-12T12:00:00+10:30",
        "2024-03-13T15:00:00+10:30",
    ]


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        propose_slots([], SlotRequest(zone=NEW_YORK), datetime(2024, 3, 8, 12))


@pytest.mark.parametrize(
    ("knobs", "message"),
    [
        ({"count": 0}, "count must be between 1 and 5"),
        ({"count": 6}, "count must be between 1 and 5"),
        ({"granularity": timedelta(minutes=7)}, "granularity"),
        ({"granularity": timedelta(seconds=90)}, "granularity"),
        ({"duration": timedelta(0)}, "duration must be positive"),
        ({"buffer": timedelta(minutes=-5)}, "buffer cannot be negative"),
        ({"lunch": (time(13), time(12))}, "lunch must end after it starts"),
        ({"horizon": timedelta(0)}, "horizon must be positive"),
        ({"min_notice": timedelta(hours=-1)}, "min_notice cannot be negative"),
    ],
    ids=[
        "no proposals",
        "more than five proposals",
        "a granularity that does not divide a day",
        "a granularity that is not whole minutes",
        "an empty interview",
        "a negative buffer",
        "a lunch that ends before it starts",
        "an empty horizon",
        "a negative notice",
    ],
)
def test_slot_request_refuses_impossible_knobs(knobs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SlotRequest(zone=NEW_YORK, **knobs)  # type: ignore[arg-type]


def test_a_conflict_names_what_the_proposed_time_clashes_with() -> None:
    calendar = [
        BusyInterval(ny(12, 14), ny(12, 15), "Dentist"),
        BusyInterval(ny(12, 9), ny(12, 10), "Standup"),
        BusyInterval(ny(12, 13, 30), ny(12, 14, 30), "Lunch with Sam"),
    ]
    conflict = check_conflict(Interval(ny(12, 14), ny(12, 14, 45)), calendar)
    assert not conflict.free
    assert [getattr(b, "summary", None) for b in conflict.overlapping] == ["Lunch with Sam", "Dentist"]


@pytest.mark.parametrize(
    ("proposed", "buffer", "free"),
    [
        (Interval(ny(12, 10), ny(12, 10, 30)), timedelta(0), True),
        (Interval(ny(12, 10), ny(12, 10, 30)), timedelta(minutes=15), False),
        (Interval(ny(12, 11), ny(12, 12)), timedelta(minutes=15), True),
    ],
    ids=[
        "a time right after a meeting is free without a buffer",
        "the same time clashes once a 15 minute buffer is kept",
        "a time an hour later is free with the buffer",
    ],
)
def test_conflict_check_honours_the_buffer(proposed: Interval, buffer: timedelta, free: bool) -> None:
    conflict = check_conflict(proposed, busy((ny(12, 9), ny(12, 10))), buffer=buffer)
    assert conflict.free is free
    assert (conflict.overlapping == ()) is free


def test_a_conflict_check_needs_a_proposed_time_with_a_length() -> None:
    with pytest.raises(ValueError, match="positive length"):
        check_conflict(Interval(ny(12, 10), ny(12, 10)), [])
