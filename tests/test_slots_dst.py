"""Slots on and around the days the clocks change, in the user's and the recruiter's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tactful.core.slots import Interval, SlotRequest, parse_working_hours, propose_slots
from tactful.core.slots.localtime import start_of_day

EVERY_DAY = parse_working_hours("daily 09:00-17:00")
AROUND_THE_CLOCK = parse_working_hours("daily 00:00-23:59")
NO_BUFFER = timedelta(0)


def local(slots: list[Interval], zone: ZoneInfo) -> list[str]:
    return [f"{s.start.astimezone(zone):%m-%d %H:%M%z}-{s.end.astimezone(zone):%H:%M}" for s in slots]


def all_but(zone: ZoneInfo, day: date, free_from: str, free_to: str) -> list[Interval]:
    """Busy all of ``day`` and the days around it except one local wall-clock window."""
    opening = datetime.fromisoformat(f"{day}T{free_from}").replace(tzinfo=zone)
    closing = datetime.fromisoformat(f"{day}T{free_to}").replace(tzinfo=zone)
    return [
        Interval(start_of_day(day - timedelta(days=3), zone), opening),
        Interval(closing, start_of_day(day + timedelta(days=3), zone)),
    ]


@pytest.mark.parametrize(
    ("zone_name", "now", "expected"),
    [
        ("America/New_York", "2024-03-09T08:00",
         ["03-09 09:00-0500-09:30", "03-10 12:00-0400-12:30", "03-11 15:00-0400-15:30"]),
        ("Europe/London", "2024-03-30T08:00",
         ["03-30 09:00+0000-09:30", "03-31 12:00+0100-12:30", "04-01 15:00+0100-15:30"]),
        ("Australia/Sydney", "2024-04-06T08:00",
         ["04-06 09:00+1100-09:30", "04-07 12:00+1000-12:30", "04-08 15:00+1000-15:30"]),
        ("Australia/Adelaide", "2024-10-05T08:00",
         ["10-05 09:00+0930-09:30", "10-06 12:00+1030-12:30", "10-07 15:00+1030-15:30"]),
        ("Australia/Adelaide", "2024-04-06T08:00",
         ["04-06 09:00+1030-09:30", "04-07 12:00+0930-12:30", "04-08 15:00+0930-15:30"]),
    ],
    ids=[
        "New York keeps nine to five across the March change",
        "London keeps nine to five across the March change",
        "Sydney keeps nine to five across the April change",
        "Adelaide keeps nine to five across its half-hour-offset October change",
        "Adelaide keeps nine to five across its April change",
    ],
)  # fmt: skip
def test_working_hours_stay_local_across_the_change(
    zone_name: str, now: str, expected: list[str]
) -> None:
    zone = ZoneInfo(zone_name)
    request = SlotRequest(zone=zone, working_hours=EVERY_DAY, min_notice=NO_BUFFER)
    slots = propose_slots([], request, datetime.fromisoformat(now).replace(tzinfo=zone))
    assert local(slots, zone) == expected


@pytest.mark.parametrize(
    ("zone_name", "day", "free_from", "free_to", "expected"),
    [
        ("America/New_York", date(2024, 3, 10), "01:00", "04:00",
         ["03-10 01:00-0500-01:30", "03-10 01:30-0500-03:00", "03-10 03:00-0400-03:30",
          "03-10 03:30-0400-04:00"]),
        ("America/New_York", date(2024, 11, 3), "00:00", "03:00",
         ["11-03 00:00-0400-00:30", "11-03 02:00-0500-02:30", "11-03 02:30-0500-03:00"]),
        ("Europe/London", date(2024, 10, 27), "00:00", "03:00",
         ["10-27 00:00+0100-00:30", "10-27 02:00+0000-02:30", "10-27 02:30+0000-03:00"]),
        ("Australia/Adelaide", date(2024, 10, 6), "01:00", "04:00",
         ["10-06 01:00+0930-01:30", "10-06 01:30+0930-03:00", "10-06 03:00+1030-03:30",
          "10-06 03:30+1030-04:00"]),
        ("Australia/Lord_Howe", date(2024, 4, 7), "01:00", "02:30",
         ["04-07 02:00+1030-02:30"]),
    ],
    ids=[
        "New York spring: nothing starts at the skipped 02:00 or 02:30",
        "New York autumn: nothing starts or ends in the repeated 01:00-02:00",
        "London autumn: nothing starts or ends in the repeated 01:00-02:00",
        "Adelaide spring: the skipped half-hour-offset 02:00-03:00 is never used",
        "Lord Howe autumn: its half-hour fall-back repeats 01:30-02:00; 01:00-01:30 ends in it",
    ],
)  # fmt: skip
def test_no_slot_starts_or_ends_at_a_skipped_or_repeated_time(
    zone_name: str, day: date, free_from: str, free_to: str, expected: list[str]
) -> None:
    zone = ZoneInfo(zone_name)
    request = SlotRequest(
        zone=zone,
        working_hours=AROUND_THE_CLOCK,
        min_notice=NO_BUFFER,
        buffer=NO_BUFFER,
        horizon=timedelta(days=2),
        count=5,
    )
    now = start_of_day(day - timedelta(days=1), zone)
    slots = propose_slots(all_but(zone, day, free_from, free_to), request, now)
    assert sorted(local(slots, zone)) == expected


def test_a_slot_on_the_recruiters_repeated_hour_is_never_offered() -> None:
    # On 3 Nov 2024 New York reads 01:00-02:00 twice: 05:00-06:00 UTC (EDT) and
    # 06:00-07:00 UTC (EST).  A user in UTC, free 04:00-07:30, gets 04:00 (00:00 EDT)
    # and 07:00 (02:00 EST); every half hour between starts or ends at a New York time
    # the recruiter could not place.
    request = SlotRequest(
        zone=ZoneInfo("UTC"),
        working_hours=AROUND_THE_CLOCK,
        recruiter_zone=ZoneInfo("America/New_York"),
        min_notice=NO_BUFFER,
        buffer=NO_BUFFER,
        horizon=timedelta(days=2),
        count=5,
    )
    day = date(2024, 11, 3)
    free = all_but(ZoneInfo("UTC"), day, "04:00", "07:30")
    slots = propose_slots(free, request, datetime(2024, 11, 2, tzinfo=UTC))
    assert sorted(f"{s.start:%H:%M}" for s in slots) == ["04:00", "07:00"]
