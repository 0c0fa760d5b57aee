"""Working hours: which wall-clock ranges of each weekday someone is available."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from zoneinfo import ZoneInfo

from tactful.core.slots.localtime import is_unambiguous
from tactful.core.slots.model import Interval

TimeRange = tuple[time, time]
"""A wall-clock range ``[start, end)`` within one day; overnight ranges are not supported."""

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class WorkingHours:
    """Wall-clock ranges per weekday: ``days[0]`` is Monday, ``days[6]`` Sunday.

    Each day's ranges are sorted and do not overlap.  The times are local to whatever
    zone the hours are used with, so 09:00-17:00 stays 09:00-17:00 on the days the
    clocks change.
    """

    days: tuple[tuple[TimeRange, ...], ...]

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise ValueError(f"working hours need 7 weekdays, got {len(self.days)}")
        for weekday, ranges in enumerate(self.days):
            previous_end: time | None = None
            for start, end in ranges:
                if start.tzinfo is not None or end.tzinfo is not None:
                    raise ValueError("working hours are wall-clock times without a zone")
                if start >= end:
                    raise ValueError(
                        f"{WEEKDAY_NAMES[weekday]} {start:%H:%M}-{end:%H:%M} does not end "
                        "after it starts (overnight ranges are not supported)"
                    )
                if previous_end is not None and start < previous_end:
                    raise ValueError(
                        f"{WEEKDAY_NAMES[weekday]} ranges overlap or are out of order"
                    )
                previous_end = end

    def on(self, weekday: int) -> tuple[TimeRange, ...]:
        """The ranges of ``weekday`` (0 = Monday, as ``date.weekday()``)."""
        return self.days[weekday]

    def covers(self, interval: Interval, zone: ZoneInfo) -> bool:
        """Whether ``interval`` lies inside one range of one local day in ``zone``.

        Both ends must also read unambiguously on that wall clock: a slot ending at
        01:30 on a fall-back night would not say which 01:30.
        """
        start = interval.start.astimezone(zone)
        end = interval.end.astimezone(zone)
        if start.date() != end.date():
            return False
        if not (is_unambiguous(interval.start, zone) and is_unambiguous(interval.end, zone)):
            return False
        return any(
            low <= start.time() and end.time() <= high for low, high in self.on(start.weekday())
        )


_DAY_WORDS: dict[str, tuple[int, ...]] = {
    "mon": (0,), "monday": (0,),
    "tue": (1,), "tues": (1,), "tuesday": (1,),
    "wed": (2,), "weds": (2,), "wednesday": (2,),
    "thu": (3,), "thur": (3,), "thurs": (3,), "thursday": (3,),
    "fri": (4,), "friday": (4,),
    "sat": (5,), "saturday": (5,),
    "sun": (6,), "sunday": (6,),
    "weekdays": (0, 1, 2, 3, 4),
    "weekends": (5, 6), "weekend": (5, 6),
    "daily": (0, 1, 2, 3, 4, 5, 6), "everyday": (0, 1, 2, 3, 4, 5, 6),
}  # fmt: skip

_GROUP = re.compile(r"(?P<days>[a-z]+(?:-[a-z]+)?)(?:\s+(?P<ranges>.*))?")
_RANGE = re.compile(r"(?P<h1>\d{1,2}):(?P<m1>\d{2})-(?P<h2>\d{1,2}):(?P<m2>\d{2})")
_RANGE_SEPARATOR = re.compile(r"\s*(?:&|\+|\band\b)\s*|\s+")


def parse_working_hours(text: str) -> WorkingHours:
    """Read working hours such as ``"Mon-Fri 09:00-17:00"``.

    Groups are separated by commas or semicolons: ``"Mon-Thu 09:00-17:00, Fri
    09:00-13:00"``.  A group may list several ranges (``"Mon 09:00-12:00 13:00-17:00"``),
    day ranges may wrap (``"Sun-Thu"``), and bare day names borrow the ranges of the
    next group (``"Mon, Wed 10:00-16:00"``).  Also understood: full day names,
    ``weekdays``, ``weekends``, ``daily``.  Times are 24-hour ``H:MM`` or ``HH:MM``.
    Raises ``ValueError`` naming the part it could not read.
    """
    normalised = re.sub(r"\s*[-\u2010-\u2015]\s*", "-", text.strip().lower())
    if not normalised:
        raise ValueError("working hours are empty; write e.g. 'Mon-Fri 09:00-17:00'")
    days: list[list[TimeRange]] = [[] for _ in range(7)]
    pending: list[int] = []
    for group in re.split(r"\s*[,;]\s*", normalised):
        match = _GROUP.fullmatch(group)
        if match is None:
            raise ValueError(
                f"cannot read {group!r} in working hours {text!r}; "
                "write e.g. 'Mon-Fri 09:00-17:00'"
            )
        pending.extend(_read_days(match["days"], text))
        if not match["ranges"]:
            continue
        ranges = [_read_range(part, text) for part in _RANGE_SEPARATOR.split(match["ranges"])]
        for weekday in pending:
            days[weekday].extend(ranges)
        pending = []
    if pending:
        raise ValueError(f"working hours {text!r} end with days but no times")
    return WorkingHours(tuple(tuple(sorted(ranges)) for ranges in days))


def _read_days(spec: str, text: str) -> list[int]:
    first, _, last = spec.partition("-")
    if first not in _DAY_WORDS or (last and last not in _DAY_WORDS):
        unknown = first if first not in _DAY_WORDS else last
        raise ValueError(
            f"unknown day {unknown!r} in working hours {text!r}; "
            "use Mon, Tue, Wed, Thu, Fri, Sat, Sun"
        )
    if not last:
        return list(_DAY_WORDS[first])
    if len(_DAY_WORDS[first]) != 1 or len(_DAY_WORDS[last]) != 1:
        raise ValueError(f"cannot use {spec!r} as a day range in working hours {text!r}")
    start, stop = _DAY_WORDS[first][0], _DAY_WORDS[last][0]
    return [(start + offset) % 7 for offset in range((stop - start) % 7 + 1)]


def _read_range(part: str, text: str) -> TimeRange:
    match = _RANGE.fullmatch(part)
    if match is None:
        raise ValueError(
            f"cannot read time range {part!r} in working hours {text!r}; "
            "write e.g. 09:00-17:00"
        )
    hour1, minute1, hour2, minute2 = (int(match[key]) for key in ("h1", "m1", "h2", "m2"))
    if hour1 > 23 or hour2 > 23 or minute1 > 59 or minute2 > 59:
        raise ValueError(f"no such time of day in {part!r} (working hours {text!r})")
    return time(hour1, minute1), time(hour2, minute2)


STANDARD_WEEK = parse_working_hours("Mon-Fri 09:00-17:00")
"""Monday to Friday, nine to five."""
