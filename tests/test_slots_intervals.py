"""Interval algebra: merge, clip, subtract, contains, overlapping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tactful.core.slots.intervals import (
    Merged,
    clip,
    contains,
    merge,
    overlapping,
    subtract,
)
from tactful.core.slots.model import BusyInterval, Interval

BASE = datetime(2024, 3, 4, tzinfo=UTC)
ZONES = [ZoneInfo("America/New_York"), ZoneInfo("Asia/Kolkata"), ZoneInfo("Australia/Adelaide"), UTC]


def at(minute: int) -> datetime:
    return BASE + timedelta(minutes=minute)


def span(start: int, end: int) -> Interval:
    return Interval(at(start), at(end))


def minutes_in(intervals: list[Interval] | Merged) -> set[int]:
    """The whole minutes covered by ``intervals`` (exact while endpoints are whole minutes)."""
    covered: set[int] = set()
    for interval in intervals:
        first = int((interval.start - BASE).total_seconds() // 60)
        last = int((interval.end - BASE).total_seconds() // 60)
        covered.update(range(first, last))
    return covered


spans = st.builds(
    lambda start, length, zone: Interval(at(start).astimezone(zone), at(start + length).astimezone(zone)),
    st.integers(0, 600),
    st.integers(0, 120),
    st.sampled_from(ZONES),
)


@given(st.lists(spans, max_size=30), st.integers(0, 30))
def test_merge_covers_exactly_the_padded_union_with_sorted_disjoint_parts(
    intervals: list[Interval], pad: int
) -> None:
    merged = merge(intervals, timedelta(minutes=pad))
    expected = minutes_in(
        [span(minutes_of(i.start) - pad, minutes_of(i.end) + pad) for i in intervals if i.end > i.start]
    )
    assert minutes_in(merged) == expected
    for before, after in zip(merged, merged[1:]):
        assert before.end < after.start
    assert all(part.start.tzinfo is UTC and part.start < part.end for part in merged)


def minutes_of(moment: datetime) -> int:
    return int((moment - BASE).total_seconds() // 60)


@given(st.lists(spans, max_size=30), st.integers(0, 600), st.integers(0, 600))
def test_subtract_leaves_the_window_minutes_no_hole_covers(
    holes: list[Interval], low: int, high: int
) -> None:
    window = span(min(low, high), max(low, high))
    merged = merge(holes)
    free = subtract(window, merged)
    assert minutes_in(free) == minutes_in([window]) - minutes_in(merged)
    for before, after in zip(free, free[1:]):
        assert before.end < after.start


@given(st.lists(spans, max_size=20), st.integers(0, 600), st.integers(1, 90))
def test_contains_agrees_with_a_minute_by_minute_check(
    pieces: list[Interval], start: int, length: int
) -> None:
    merged = merge(pieces)
    assert contains(merged, span(start, start + length)) == (
        set(range(start, start + length)) <= minutes_in(merged)
    )


@given(st.lists(spans, max_size=20), st.integers(0, 600), st.integers(0, 600))
def test_clip_keeps_only_what_lies_inside_the_window(
    intervals: list[Interval], low: int, high: int
) -> None:
    window = span(min(low, high), max(low, high))
    clipped = clip(intervals, window)
    assert minutes_in(clipped) == minutes_in(intervals) & minutes_in([window])
    assert all(window.start <= part.start < part.end <= window.end for part in clipped)


@pytest.mark.parametrize(
    ("busy", "target", "expected"),
    [
        ([(0, 60)], (60, 90), []),
        ([(0, 61)], (60, 90), [(0, 61)]),
        ([(100, 120), (30, 70), (0, 40)], (35, 110), [(0, 40), (30, 70), (100, 120)]),
        ([(90, 100)], (60, 90), []),
        ([(70, 70)], (60, 90), []),
    ],
    ids=[
        "an event ending as the target starts does not overlap",
        "an event ending a minute into the target overlaps",
        "overlapping events come back sorted by start",
        "an event starting as the target ends does not overlap",
        "an event without length inside the target takes no time",
    ],
)
def test_overlapping(
    busy: list[tuple[int, int]], target: tuple[int, int], expected: list[tuple[int, int]]
) -> None:
    found = overlapping([span(*b) for b in busy], span(*target))
    assert [(minutes_of(i.start), minutes_of(i.end)) for i in found] == expected


def test_an_interval_that_ends_before_it_starts_in_real_time_is_refused() -> None:
    new_york = ZoneInfo("America/New_York")
    second_one_thirty = datetime(2024, 11, 3, 1, 30, tzinfo=new_york, fold=1)
    with pytest.raises(ValueError, match="ends before it starts"):
        Interval(second_one_thirty, datetime(2024, 11, 3, 1, 40, tzinfo=new_york))


def test_merge_drops_empty_intervals_even_when_padded_and_busy_labels() -> None:
    merged = merge([span(50, 50), BusyInterval(at(15), at(25), "Dentist"), span(20, 35)], timedelta(minutes=5))
    assert merged == (span(10, 40),)
    assert type(merged[0]) is Interval


def test_merge_orders_the_repeated_fall_back_hour_by_instant() -> None:
    new_york = ZoneInfo("America/New_York")
    first_one_thirty = datetime(2024, 11, 3, 1, 30, tzinfo=new_york)
    second_one_thirty = first_one_thirty.replace(fold=1)
    ten_minutes = timedelta(minutes=10)
    merged = merge(
        [
            Interval(second_one_thirty, second_one_thirty.astimezone(UTC) + ten_minutes),
            Interval(first_one_thirty, first_one_thirty.astimezone(UTC) + ten_minutes),
        ]
    )
    assert [part.start for part in merged] == [
        datetime(2024, 11, 3, 5, 30, tzinfo=UTC),
        datetime(2024, 11, 3, 6, 30, tzinfo=UTC),
    ]
