"""Working hours: the parser and the wall-clock coverage check."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tactful.core.slots.model import Interval
from tactful.core.slots.working_hours import (
    WEEKDAY_NAMES,
    WorkingHours,
    parse_working_hours,
)

NINE_TO_FIVE = ((time(9), time(17)),)


def week(**days: tuple[tuple[time, time], ...]) -> WorkingHours:
    return WorkingHours(tuple(days.get(name, ()) for name in WEEKDAY_NAMES))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon-Fri 09:00-17:00", week(Mon=NINE_TO_FIVE, Tue=NINE_TO_FIVE, Wed=NINE_TO_FIVE,
                                     Thu=NINE_TO_FIVE, Fri=NINE_TO_FIVE)),
        ("Mon-Thu 09:00-17:00, Fri 09:00-13:00",
         week(Mon=NINE_TO_FIVE, Tue=NINE_TO_FIVE, Wed=NINE_TO_FIVE, Thu=NINE_TO_FIVE,
              Fri=((time(9), time(13)),))),
        ("Sun-Thu 8:30-16:30", week(Sun=((time(8, 30), time(16, 30)),),
                                    Mon=((time(8, 30), time(16, 30)),),
                                    Tue=((time(8, 30), time(16, 30)),),
                                    Wed=((time(8, 30), time(16, 30)),),
                                    Thu=((time(8, 30), time(16, 30)),))),
        ("Mon, Wed 13:00-17:00 10:00-12:00",
         week(Mon=((time(10), time(12)), (time(13), time(17))),
              Wed=((time(10), time(12)), (time(13), time(17))))),
        ("monday 09:00 – 12:00 and 14:00-18:00; Saturday 10:00-12:00",
         week(Mon=((time(9), time(12)), (time(14), time(18))), Sat=((time(10), time(12)),))),
        ("weekdays 07:00-09:30", week(**{d: ((time(7), time(9, 30)),) for d in WEEKDAY_NAMES[:5]})),
    ],
    ids=[
        "a plain Monday to Friday week",
        "a short Friday after a comma",
        "a Sunday to Thursday week wraps around the weekend",
        "bare days borrow the next group's ranges, which are sorted",
        "full day names, an en dash, 'and' and a semicolon",
        "the word weekdays",
    ],
)  # fmt: skip
def test_parse_working_hours_reads(text: str, expected: WorkingHours) -> None:
    assert parse_working_hours(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("Mon-Fri", "days but no times"),
        ("Mo-Fr 09:00-17:00", "unknown day 'mo'"),
        ("Mon-Fri 9-17", "cannot read time range '9-17'"),
        ("Mon-Fri 17:00-09:00", "overnight ranges are not supported"),
        ("Mon 09:00-12:00 11:00-13:00", "overlap"),
        ("Mon 24:00-25:00", "no such time of day"),
        ("Mon 09:00-17:00, 10:00-12:00", "cannot read '10:00-12:00'"),
        ("Weekdays-Fri 09:00-17:00", "cannot use 'weekdays-fri' as a day range"),
    ],
    ids=[
        "empty text",
        "days without times",
        "two-letter day names",
        "hours without minutes",
        "a range that ends before it starts",
        "overlapping ranges on one day",
        "an hour past 23",
        "a range without days",
        "a group word inside a day range",
    ],
)
def test_parse_working_hours_refuses_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_working_hours(text)


@given(
    st.lists(
        st.tuples(st.sampled_from(WEEKDAY_NAMES), st.integers(0, 22), st.integers(1, 60)),
        min_size=1,
        max_size=7,
        unique_by=lambda entry: entry[0],
    )
)
def test_formatting_working_hours_and_parsing_them_back_round_trips(
    entries: list[tuple[str, int, int]]
) -> None:
    hours = week(**{day: ((time(start), time(start + 1, (length - 1) % 60)),) for day, start, length in entries})
    text = ", ".join(
        f"{name} {low:%H:%M}-{high:%H:%M}"
        for name, ranges in zip(WEEKDAY_NAMES, hours.days)
        for low, high in ranges
    )
    assert parse_working_hours(text) == hours


NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("start", "end", "covered"),
    [
        (datetime(2024, 3, 11, 9, 0, tzinfo=NEW_YORK), datetime(2024, 3, 11, 17, 0, tzinfo=NEW_YORK), True),
        (datetime(2024, 3, 11, 8, 30, tzinfo=NEW_YORK), datetime(2024, 3, 11, 9, 30, tzinfo=NEW_YORK), False),
        (datetime(2024, 3, 11, 16, 45, tzinfo=NEW_YORK), datetime(2024, 3, 11, 17, 15, tzinfo=NEW_YORK), False),
        (datetime(2024, 3, 9, 10, 0, tzinfo=NEW_YORK), datetime(2024, 3, 9, 10, 30, tzinfo=NEW_YORK), False),
        (datetime(2024, 3, 11, 13, 0, tzinfo=UTC), datetime(2024, 3, 11, 13, 30, tzinfo=UTC), True),
        (datetime(2024, 3, 8, 13, 0, tzinfo=UTC), datetime(2024, 3, 8, 13, 30, tzinfo=UTC), False),
    ],
    ids=[
        "the whole nine to five day",
        "starting before nine",
        "running past five",
        "a Saturday",
        "13:00 UTC is 09:00 in New York after the spring change",
        "13:00 UTC is 08:00 in New York before it",
    ],
)  # fmt: skip
def test_covers_reads_the_wall_clock(start: datetime, end: datetime, covered: bool) -> None:
    hours = parse_working_hours("Mon-Fri 09:00-17:00")
    assert hours.covers(Interval(start, end), NEW_YORK) is covered


def test_covers_refuses_an_end_on_the_repeated_fall_back_hour() -> None:
    hours = parse_working_hours("Sun 00:00-23:59")
    ends_at_first_one_thirty = Interval(
        datetime(2024, 11, 3, 1, 0, tzinfo=NEW_YORK).replace(fold=0).astimezone(UTC),
        datetime(2024, 11, 3, 5, 30, tzinfo=UTC),
    )
    assert ends_at_first_one_thirty.end.astimezone(NEW_YORK).hour == 1
    assert not hours.covers(ends_at_first_one_thirty, NEW_YORK)


def test_working_hours_need_seven_days() -> None:
    with pytest.raises(ValueError, match="7 weekdays"):
        WorkingHours(((),) * 5)
