"""Wall-clock times in a time zone, with daylight-saving gaps and folds made explicit.

``datetime.combine(day, at, tzinfo=zone)`` always returns *some* datetime, even for
02:30 on a spring-forward night (a time that never happens) or 01:30 on a fall-back
night (a time that happens twice).  These helpers say which case applies, so the slot
engine never proposes a time a reader could misread.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def exact_instant(day: date, at: time, zone: ZoneInfo) -> datetime | None:
    """The one instant that reads ``day at`` on the wall clock of ``zone``, in UTC.

    ``None`` when that wall time does not exist (skipped by a clock change) or exists
    twice (repeated by one).  PEP 495: the two ``fold`` readings of a local time map
    to the same instant exactly when the time is unambiguous and exists.
    """
    at = at.replace(fold=0)  # a caller's fold must not decide which reading is "first"
    first = datetime.combine(day, at, tzinfo=zone).astimezone(UTC)
    second = datetime.combine(day, at, tzinfo=zone).replace(fold=1).astimezone(UTC)
    return first if first == second else None


def is_unambiguous(moment: datetime, zone: ZoneInfo) -> bool:
    """Whether the wall-clock reading of ``moment`` in ``zone`` names only that instant."""
    local = moment.astimezone(zone)
    return local.utcoffset() == local.replace(fold=1 - local.fold).utcoffset()


def start_of_day(day: date, zone: ZoneInfo) -> datetime:
    """The first instant of the local ``day`` in ``zone``, in UTC.

    Usually local midnight.  Where midnight falls in a daylight-saving gap (it has in
    e.g. America/Santiago and America/Sao_Paulo), it is the instant the gap ends; where
    midnight happens twice, the first of the two.
    """
    midnight = datetime.combine(day, time(0), tzinfo=zone)
    first = midnight.astimezone(UTC)
    second = midnight.replace(fold=1).astimezone(UTC)
    if second >= first:
        return first
    # Midnight is in a gap: ``second`` still reads as the previous day and ``first`` as
    # this one.  Bisect, in whole seconds, for the instant the day begins.
    low, high = 0, int((first - second).total_seconds())
    while high - low > 1:
        middle = (low + high) // 2
        if (second + timedelta(seconds=middle)).astimezone(zone).date() >= day:
            high = middle
        else:
            low = middle
    return second + timedelta(seconds=high)
