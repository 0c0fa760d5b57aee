"""Value types of the slot engine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True, order=True)
class Interval:
    """A half-open span of time ``[start, end)`` between two timezone-aware datetimes."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("Interval needs timezone-aware datetimes")
        # Compare instants: same-zone datetimes compare by wall clock and ignore fold.
        if self.end.astimezone(UTC) < self.start.astimezone(UTC):
            raise ValueError(f"Interval ends before it starts: {self.start} > {self.end}")


Slot = Interval
"""A proposed interview slot is an interval of free time."""


@dataclass(frozen=True)
class BusyInterval(Interval):
    """Busy time from a calendar, with the event's title when the source gives one.

    The engine treats it as a plain :class:`Interval`; the summary only travels so a
    conflict can be explained ("clashes with Dentist").  Ordering compares start and
    end only, as for :class:`Interval`.
    """

    summary: str | None = None


@dataclass(frozen=True)
class Conflict:
    """The answer to "is this proposed interview time free in my calendar?".

    ``overlapping`` lists the busy intervals that overlap the proposed time, sorted by
    start; ``free`` is true exactly when that list is empty.
    """

    free: bool
    overlapping: tuple[Interval, ...] = ()
