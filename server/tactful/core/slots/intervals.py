"""Interval algebra on absolute time: merge, clip, subtract, overlap queries.

Everything here works on instants, never on wall-clock times, and returns intervals in
UTC.  Python compares two datetimes that share a ``tzinfo`` by their wall-clock fields
and ignores ``fold``, so two ``America/New_York`` times in the repeated hour of a
fall-back night can compare in the wrong order; converting to UTC first avoids that.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import NewType

from tactful.core.slots.model import Interval

Merged = NewType("Merged", tuple[Interval, ...])
"""Intervals in UTC, sorted by start, pairwise disjoint and non-adjacent."""

_ZERO = timedelta(0)
_EARLIEST = datetime.min.replace(tzinfo=UTC)
_LATEST = datetime.max.replace(tzinfo=UTC)


def to_utc(moment: datetime) -> datetime:
    """The same instant expressed in UTC."""
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)


def merge(
    intervals: Iterable[Interval], pad: timedelta = _ZERO, near: Interval | None = None
) -> Merged:
    """Union of ``intervals``, each first widened by ``pad`` on both sides.

    Input may be unsorted, overlapping and in any time zones.  Empty intervals are
    dropped (an event without length takes no time, so its buffer does not count
    either); with ``near``, so are those that even widened do not overlap it.
    Runs in O(n log n).
    """
    # Hot path of the engine (tens of thousands of events): widening is applied once per
    # merged part rather than per event, and filtering compares UTC datetimes, which
    # share a tzinfo and so compare without offset lookups.
    low, high = _EARLIEST, _LATEST
    if near is not None:
        low, high = to_utc(near.start) - pad, to_utc(near.end) + pad
    spans = sorted(
        (start, end)
        for start, end in ((i.start.astimezone(UTC), i.end.astimezone(UTC)) for i in intervals)
        if start < end and end > low and start < high
    )
    if not spans:
        return Merged(())
    merged: list[Interval] = []
    gap = 2 * pad
    current_start, current_end = spans[0]
    reach = current_end + gap
    for start, end in spans:
        if start <= reach:
            if end > current_end:
                current_end = end
                reach = end + gap
        else:
            merged.append(Interval(current_start - pad, current_end + pad))
            current_start, current_end, reach = start, end, end + gap
    merged.append(Interval(current_start - pad, current_end + pad))
    return Merged(tuple(merged))


def clip(intervals: Iterable[Interval], window: Interval) -> list[Interval]:
    """The non-empty parts of ``intervals`` that lie inside ``window``, in input order."""
    low, high = to_utc(window.start), to_utc(window.end)
    clipped: list[Interval] = []
    for interval in intervals:
        start = max(to_utc(interval.start), low)
        end = min(to_utc(interval.end), high)
        if start < end:
            clipped.append(Interval(start, end))
    return clipped


def subtract(window: Interval, holes: Merged) -> Merged:
    """What remains of ``window`` once every interval in ``holes`` is taken out."""
    cursor, high = to_utc(window.start), to_utc(window.end)
    remaining: list[Interval] = []
    first = bisect_right(holes, cursor, key=lambda hole: hole.end)
    for hole in holes[first:]:
        if hole.start >= high:
            break
        if hole.start > cursor:
            remaining.append(Interval(cursor, hole.start))
        cursor = max(cursor, hole.end)
    if cursor < high:
        remaining.append(Interval(cursor, high))
    return Merged(tuple(remaining))


def contains(pieces: Merged, interval: Interval) -> bool:
    """Whether ``interval`` lies entirely inside one of ``pieces``.  O(log n)."""
    start, end = to_utc(interval.start), to_utc(interval.end)
    index = bisect_right(pieces, start, key=lambda piece: piece.start) - 1
    return index >= 0 and end <= pieces[index].end


def overlaps(a: Interval, b: Interval) -> bool:
    """Whether two half-open intervals share at least one instant (an empty one never does)."""
    return a.start < b.end and b.start < a.end and a.start < a.end and b.start < b.end


def overlapping(intervals: Iterable[Interval], target: Interval) -> list[Interval]:
    """The intervals that overlap ``target``, sorted by start then end."""
    found = [interval for interval in intervals if overlaps(interval, target)]
    return sorted(found, key=lambda interval: (to_utc(interval.start), to_utc(interval.end)))
