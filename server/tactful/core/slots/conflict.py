"""Is a proposed interview time free in the user's calendar, and if not, why not."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from tactful.core.slots.intervals import overlapping
from tactful.core.slots.model import Conflict, Interval


def check_conflict(
    proposed: Interval, busy: Iterable[Interval], *, buffer: timedelta = timedelta(0)
) -> Conflict:
    """Which busy intervals overlap ``proposed`` once it is widened by ``buffer``.

    The overlapping intervals come back as given (a ``BusyInterval`` keeps its summary),
    sorted by start, so the reply can say what the interview would clash with.
    """
    if proposed.end <= proposed.start:
        raise ValueError("a proposed interview time needs a positive length")
    widened = Interval(proposed.start - buffer, proposed.end + buffer)
    clashes = tuple(overlapping(busy, widened))
    return Conflict(free=not clashes, overlapping=clashes)
