"""Slot generation and ranking: which free times to propose for an interview.

The pipeline: block out busy time (with buffers) and the original time with interval
algebra, walk the user's working days on their own wall clock at the chosen
granularity, keep the candidates that fit every hard rule, then pick a spread of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from tactful.core.slots.intervals import Merged, contains, merge, overlaps, subtract, to_utc
from tactful.core.slots.localtime import exact_instant, is_unambiguous, start_of_day
from tactful.core.slots.model import Interval, Slot
from tactful.core.slots.request import SlotRequest

_CLOSE = timedelta(hours=2)
"""Two proposals on one day that start closer than this feel like one option."""

_NOON = time(12)
_MID_AFTERNOON = time(15)


@dataclass(frozen=True)
class _Candidate:
    slot: Slot
    day: date
    part_of_day: int
    preferred_by_recruiter: bool


def propose_slots(busy: Iterable[Interval], request: SlotRequest, now: datetime) -> list[Slot]:
    """A short menu of free interview slots, in chronological order, in the user's zone.

    Every slot avoids ``busy`` (plus ``request.buffer`` either side) and the original
    time, lies within one working-hours range and outside lunch, starts no earlier than
    the minimum notice, ends within the horizon, starts on the granularity, and starts
    and ends at wall-clock times that exist exactly once in the user's zone (and the
    recruiter's, when known).  Among those, slots inside the recruiter's hours come
    first; then the choice spreads over different days, then different parts of the
    day, then prefers the earliest.  Proposals never overlap each other.  Fewer than
    ``request.count`` slots come back only when no other valid slot is left.
    """
    chosen = _rank(busy, request, now)
    return [_in_zone(slot, request) for slot in sorted(c.slot for c in chosen)]


def best_slot(busy: Iterable[Interval], request: SlotRequest, now: datetime) -> Slot | None:
    """The single slot to propose for a one-time answer, or ``None`` when none is free.

    It is the first choice of :func:`propose_slots`' ranking: the earliest valid slot,
    inside the recruiter's hours when any such slot exists.
    """
    chosen = _rank(busy, request, now)
    return _in_zone(chosen[0].slot, request) if chosen else None


def _rank(busy: Iterable[Interval], request: SlotRequest, now: datetime) -> list[_Candidate]:
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    earliest = _earliest_start(request, to_utc(now))
    latest = to_utc(now) + request.horizon
    if earliest is None or earliest >= latest:
        return []
    window = Interval(earliest, latest)
    free = subtract(window, _blocked(busy, request, window))
    candidates = list(_candidates(free, window, request))
    return _choose(candidates, request.count)


def _earliest_start(request: SlotRequest, now: datetime) -> datetime | None:
    if request.min_notice is not None:
        return now + request.min_notice
    today = now.astimezone(request.zone).date()
    for ahead in range(1, 8):
        day = today + timedelta(days=ahead)
        if request.working_hours.on(day.weekday()):
            return start_of_day(day, request.zone)
    return None


def _blocked(busy: Iterable[Interval], request: SlotRequest, window: Interval) -> Merged:
    """Busy time and the original time(s), widened by the buffer, near ``window``."""
    length = request.interview_length
    originals = [
        Interval(original.start, to_utc(original.start) + length)
        if original.end <= original.start
        else original
        for original in request.original
    ]
    return merge(chain(busy, originals), request.buffer, near=window)


def _candidates(free: Merged, window: Interval, request: SlotRequest) -> Iterator[_Candidate]:
    zone = request.zone
    length = request.interview_length
    step = int(request.granularity.total_seconds()) // 60
    day = window.start.astimezone(zone).date()
    last_day = window.end.astimezone(zone).date()
    while day <= last_day:
        for low, high in request.working_hours.on(day.weekday()):
            first = -(-(low.hour * 60 + low.minute) // step) * step
            for minute in range(first, high.hour * 60 + high.minute, step):
                start = exact_instant(day, time(minute // 60, minute % 60), zone)
                if start is None:
                    continue
                slot = Interval(start, start + length)
                if not contains(free, slot):
                    continue
                if not request.working_hours.covers(slot, zone) or _hits_lunch(slot, request):
                    continue
                preferred = True
                if request.recruiter_zone is not None:
                    if not (
                        is_unambiguous(slot.start, request.recruiter_zone)
                        and is_unambiguous(slot.end, request.recruiter_zone)
                    ):
                        continue
                    preferred = request.recruiter_hours.covers(slot, request.recruiter_zone)
                yield _Candidate(slot, day, _part_of_day(slot, request), preferred)
        day += timedelta(days=1)


def _hits_lunch(slot: Slot, request: SlotRequest) -> bool:
    if request.lunch is None:
        return False
    start = slot.start.astimezone(request.zone).time()
    end = slot.end.astimezone(request.zone).time()
    return start < request.lunch[1] and end > request.lunch[0]


def _part_of_day(slot: Slot, request: SlotRequest) -> int:
    """0 for morning, 1 for early afternoon, 2 for late afternoon and evening."""
    start = slot.start.astimezone(request.zone).time()
    return 0 if start < _NOON else 1 if start < _MID_AFTERNOON else 2


def _choose(candidates: list[_Candidate], count: int) -> list[_Candidate]:
    """Greedy spread: each pick minimises (not preferred, same-day picks, close picks,
    same-part-of-day picks, start) among candidates overlapping no earlier pick."""
    chosen: list[_Candidate] = []
    for _ in range(count):
        best: tuple[int, int, int, int, datetime] | None = None
        pick: _Candidate | None = None
        for candidate in candidates:
            if any(overlaps(candidate.slot, taken.slot) for taken in chosen):
                continue
            key = (
                0 if candidate.preferred_by_recruiter else 1,
                sum(taken.day == candidate.day for taken in chosen),
                sum(abs(taken.slot.start - candidate.slot.start) < _CLOSE for taken in chosen),
                sum(taken.part_of_day == candidate.part_of_day for taken in chosen),
                candidate.slot.start,
            )
            if best is None or key < best:
                best, pick = key, candidate
        if pick is None:
            break
        chosen.append(pick)
    return chosen


def _in_zone(slot: Slot, request: SlotRequest) -> Slot:
    return Interval(slot.start.astimezone(request.zone), slot.end.astimezone(request.zone))
