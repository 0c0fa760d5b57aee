"""Wall-clock helpers around daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tactful.core.slots.localtime import exact_instant, is_unambiguous, start_of_day

ZONE_NAMES = [
    "America/New_York",
    "Europe/London",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Australia/Adelaide",
    "Australia/Lord_Howe",
    "America/Santiago",
    "America/Havana",
]


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected"),
    [
        ("America/New_York", date(2024, 3, 10), time(2, 30), None),
        ("America/New_York", date(2024, 3, 10), time(3, 0), datetime(2024, 3, 10, 7, 0, tzinfo=UTC)),
        ("America/New_York", date(2024, 11, 3), time(1, 30), None),
        ("America/New_York", date(2024, 11, 3), time(2, 0), datetime(2024, 11, 3, 7, 0, tzinfo=UTC)),
        ("Europe/London", date(2024, 3, 31), time(1, 0), None),
        ("Europe/London", date(2024, 10, 27), time(1, 59), None),
        ("Australia/Adelaide", date(2024, 10, 6), time(2, 30), None),
        ("Australia/Adelaide", date(2024, 4, 7), time(2, 30), None),
        ("Australia/Adelaide", date(2024, 4, 7), time(9, 0), datetime(2024, 4, 6, 23, 30, tzinfo=UTC)),
        ("Australia/Lord_Howe", date(2024, 4, 7), time(1, 45), None),
        ("Asia/Kolkata", date(2024, 3, 10), time(2, 30), datetime(2024, 3, 9, 21, 0, tzinfo=UTC)),
    ],
    ids=[
        "New York 02:30 is skipped in spring",
        "New York 03:00 exists in spring",
        "New York 01:30 happens twice in autumn",
        "New York 02:00 happens once in autumn",
        "London 01:00 is skipped in spring",
        "London 01:59 happens twice in autumn",
        "Adelaide 02:30 is skipped in spring",
        "Adelaide 02:30 happens twice in autumn",
        "Adelaide 09:00 in autumn is half past eleven UTC",
        "Lord Howe's half-hour fall-back repeats 01:45",
        "Kolkata has no clock changes",
    ],
)  # fmt: skip
def test_exact_instant(zone: str, day: date, at: time, expected: datetime | None) -> None:
    assert exact_instant(day, at, ZoneInfo(zone)) == expected


@given(
    st.sampled_from(ZONE_NAMES),
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
)
@example("America/Havana", datetime(2020, 3, 8, 0, 0, fold=1))  # Cuba skips midnight; the input's fold is 1
def test_an_exact_instant_reads_back_as_the_same_unambiguous_wall_time(
    name: str, wall: datetime
) -> None:
    zone = ZoneInfo(name)
    wall = wall.replace(second=0, microsecond=0)
    instant = exact_instant(wall.date(), wall.time(), zone)
    # Independent check: the wall time is clear when exactly one instant within three
    # hours either side reads as it (clock changes here are at most an hour).
    nearby = wall.replace(tzinfo=UTC) - timedelta(hours=15)
    readers = [
        nearby + timedelta(minutes=step)
        for step in range(0, 30 * 60, 15)
        if (nearby + timedelta(minutes=step)).astimezone(zone).replace(tzinfo=None) == wall
    ]
    if instant is None:
        assert len(readers) != 1
    else:
        assert readers == [instant]
        assert is_unambiguous(instant, zone)


@pytest.mark.parametrize(
    ("zone", "day", "expected_local"),
    [
        ("America/New_York", date(2024, 3, 10), "2024-03-10T00:00:00-05:00"),
        ("America/Santiago", date(2022, 9, 11), "2022-09-11T01:00:00-03:00"),
        ("America/Havana", date(2024, 11, 3), "2024-11-03T00:00:00-04:00"),
        ("Australia/Adelaide", date(2024, 10, 6), "2024-10-06T00:00:00+09:30"),
    ],
    ids=[
        "an ordinary midnight",
        "Santiago skipped midnight in 2022, so the day began at 01:00",
        "Havana repeats midnight's hour; the day begins at the first",
        "Adelaide's spring day begins at its standard-time midnight",
    ],
)
def test_start_of_day(zone: str, day: date, expected_local: str) -> None:
    assert start_of_day(day, ZoneInfo(zone)).astimezone(ZoneInfo(zone)).isoformat() == expected_local


@given(st.sampled_from(ZONE_NAMES), st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 1, 1)))
def test_start_of_day_is_the_first_instant_of_that_local_day(name: str, day: date) -> None:
    zone = ZoneInfo(name)
    first = start_of_day(day, zone)
    assert first.astimezone(zone).date() == day
    assert (first - timedelta(seconds=1)).astimezone(zone).date() < day
