"""Property-based tests of every rule of the slot engine, against a brute-force oracle.

The oracle below re-states the rules in the simplest possible way: it walks every
quarter hour of the search window in UTC and checks each rule directly, reading wall
clocks with ``astimezone`` only (no fold arithmetic, no interval algebra).  All zones
used have offsets in whole quarter hours, so quarter-hour UTC steps visit every
candidate start the engine may use.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tactful.core.slots import (
    Interval,
    SlotRequest,
    WorkingHours,
    best_slot,
    parse_working_hours,
    propose_slots,
)

ZONES = [
    ZoneInfo(name)
    for name in (
        "America/New_York",
        "Europe/London",
        "Australia/Sydney",
        "Asia/Kolkata",
        "Australia/Adelaide",
        "Australia/Lord_Howe",
        "UTC",
    )
]
QUARTER = timedelta(minutes=15)
NINE_TO_FIVE_WEEKDAYS = (((time(9), time(17)),),) * 5 + ((), ())

# 2024 clock changes of each zone (the ordinary 19 June too); zones without changes
# borrow New York's, which still puts the recruiter's clock changes in play.
_US = (datetime(2024, 3, 10, tzinfo=UTC), datetime(2024, 11, 3, tzinfo=UTC))
_EU = (datetime(2024, 3, 31, tzinfo=UTC), datetime(2024, 10, 27, tzinfo=UTC))
_AU = (datetime(2024, 4, 6, 12, tzinfo=UTC), datetime(2024, 10, 5, 12, tzinfo=UTC))
PIVOTS = {
    "America/New_York": _US,
    "Europe/London": _EU,
    "Australia/Sydney": _AU,
    "Asia/Kolkata": _US,
    "Australia/Adelaide": _AU,
    "Australia/Lord_Howe": _AU,
    "UTC": _EU,
}
ORDINARY_DAY = datetime(2024, 6, 19, tzinfo=UTC)
HOURS = [
    "Mon-Fri 09:00-17:00",
    "daily 00:00-23:59",
    "daily 00:30-03:30",
    "Mon-Thu 09:00-17:00, Fri 09:00-13:00",
    "Sun 00:30-03:30, Sat 08:00-12:00 13:00-18:00",
    "Tue, Thu 07:30-10:00",
    "Sun-Thu 01:00-03:00 08:00-16:00",
]


@st.composite
def moments(draw: st.DrawFn, zone: ZoneInfo) -> datetime:
    """Shortly before (or after) a clock change in ``zone``, on the quarter hour or not."""
    pivot = draw(st.sampled_from([*PIVOTS[zone.key], ORDINARY_DAY]))
    return pivot + QUARTER * draw(st.integers(-2 * 96, 48)) + timedelta(
        minutes=draw(st.sampled_from([0, 7]))
    )


@st.composite
def busy_lists(draw: st.DrawFn, now: datetime) -> list[Interval]:
    events = []
    for _ in range(draw(st.integers(0, 40))):
        start = now + timedelta(minutes=5 * draw(st.integers(-288, 16 * 288)))
        length = timedelta(minutes=5 * draw(st.integers(0, 120)))
        zone = draw(st.sampled_from(ZONES))
        events.append(Interval(start.astimezone(zone), (start + length).astimezone(zone)))
    return events


@dataclass(frozen=True)
class Case:
    now: datetime
    busy: list[Interval]
    request: SlotRequest


@st.composite
def cases(draw: st.DrawFn) -> Case:
    zone = draw(st.sampled_from(ZONES))
    now = draw(moments(zone))
    originals: tuple[Interval, ...] = ()
    if draw(st.booleans()):
        start = now + timedelta(minutes=30 * draw(st.integers(0, 7 * 48)))
        originals = (Interval(start, start + timedelta(minutes=draw(st.sampled_from([0, 30, 60])))),)
    request = SlotRequest(
        zone=zone,
        working_hours=parse_working_hours(draw(st.sampled_from(HOURS))),
        duration=draw(st.sampled_from([None, timedelta(minutes=15), timedelta(minutes=45),
                                       timedelta(minutes=90)])),
        original=originals,
        min_notice=draw(st.sampled_from([None, timedelta(0), timedelta(hours=2),
                                         timedelta(hours=30)])),
        horizon=timedelta(days=draw(st.integers(1, 14))),
        buffer=timedelta(minutes=draw(st.sampled_from([0, 5, 15, 30]))),
        lunch=draw(st.sampled_from([None, (time(12), time(13)), (time(1), time(2, 15))])),
        recruiter_zone=draw(st.sampled_from([None, *ZONES])),
        count=draw(st.integers(1, 5)),
        granularity=timedelta(minutes=draw(st.sampled_from([15, 30, 60]))),
    )  # fmt: skip
    return Case(now, draw(busy_lists(now)), request)


def change_days(zone: ZoneInfo) -> list[date]:
    """The 2024 days on which ``zone``'s clocks change (offset at noon differs from the next)."""
    noons = [datetime(2024, 1, 1, 12, tzinfo=zone) + timedelta(days=n) for n in range(366)]
    return [a.date() + timedelta(days=1) for a, b in zip(noons, noons[1:]) if a.utcoffset() != b.utcoffset()]


DST_ZONES = [zone for zone in ZONES if change_days(zone)]
UTC_ZONE, KOLKATA = ZoneInfo("UTC"), ZoneInfo("Asia/Kolkata")
NIGHT_HOURS = ["daily 00:00-23:59", "daily 00:30-03:30", "daily 01:00-04:00", "Sun 01:30-03:00"]


@st.composite
def night_cases(draw: st.DrawFn) -> Case:
    """Searches that start hours before a clock change, working through the night.

    The clock that changes is the user's, or the recruiter's while the user is in a
    zone without changes, so both sides' daylight-saving rules get exercised.
    """
    changing = draw(st.sampled_from(DST_ZONES))
    recruiter_side = draw(st.booleans())
    zone = draw(st.sampled_from([UTC_ZONE, KOLKATA])) if recruiter_side else changing
    day = draw(st.sampled_from(change_days(changing)))
    eve = datetime.combine(day, time(0), tzinfo=changing).astimezone(UTC)
    now = eve - timedelta(minutes=draw(st.sampled_from([0, 7])) + 30 * draw(st.integers(0, 48)))
    request = SlotRequest(
        zone=zone,
        working_hours=parse_working_hours(draw(st.sampled_from(NIGHT_HOURS))),
        duration=timedelta(minutes=draw(st.sampled_from([15, 30, 45, 60, 90]))),
        min_notice=draw(st.sampled_from([None, timedelta(0)])),
        horizon=timedelta(days=2),
        buffer=timedelta(minutes=draw(st.sampled_from([0, 15]))),
        recruiter_zone=changing if recruiter_side else draw(st.sampled_from([None, *DST_ZONES])),
        count=draw(st.integers(1, 5)),
        granularity=timedelta(minutes=draw(st.sampled_from([15, 30]))),
    )
    busy = []
    for _ in range(draw(st.integers(0, 4))):
        start = eve + timedelta(minutes=15 * draw(st.integers(-8, 24 * 4)))
        busy.append(Interval(start, start + timedelta(minutes=15 * draw(st.integers(1, 8)))))
    return Case(now, busy, request)


any_case = st.one_of(cases(), night_cases())


def wall(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


def reads_once(moment: datetime, zone: ZoneInfo) -> bool:
    """No other quarter hour within three hours shows the same wall-clock time."""
    shown = wall(moment, zone)
    return all(wall(moment + QUARTER * k, zone) != shown for k in range(-12, 13) if k)


def within(start: datetime, end: datetime, hours: WorkingHours) -> bool:
    return start.date() == end.date() and any(
        low <= start.time() and end.time() <= high for low, high in hours.on(start.weekday())
    )


def earliest_day(case: Case) -> date:
    today = wall(case.now, case.request.zone).date()
    ahead = today + timedelta(days=1)
    while not case.request.working_hours.on(ahead.weekday()):
        ahead += timedelta(days=1)
    return ahead


def broken_rule(case: Case, first_day: date, start: datetime) -> str | None:
    """The first hard rule a slot starting at ``start`` breaks, or ``None``."""
    request = case.request
    zone = request.zone
    end = start + request.interview_length
    local_start, local_end = wall(start, zone), wall(end, zone)
    if request.min_notice is None:
        if local_start.date() < first_day:
            return "starts before the next business day"
    elif start < case.now + request.min_notice:
        return "starts before the minimum notice"
    if end > case.now + request.horizon:
        return "ends after the horizon"
    if (local_start.hour * 60 + local_start.minute) % (request.granularity // timedelta(minutes=1)):
        return "starts off the granularity"
    if not within(local_start, local_end, request.working_hours):
        return "falls outside working hours"
    if not (reads_once(start, zone) and reads_once(end, zone)):
        return "starts or ends at a skipped or repeated local time"
    if request.lunch and local_start.time() < request.lunch[1] and local_end.time() > request.lunch[0]:
        return "overlaps lunch"
    if request.recruiter_zone and not (
        reads_once(start, request.recruiter_zone) and reads_once(end, request.recruiter_zone)
    ):
        return "starts or ends at a repeated time on the recruiter's clock"
    if any(
        start < b.end + request.buffer and b.start - request.buffer < end
        for b in case.busy
        if b.end > b.start  # an event without length takes no time
    ):
        return "overlaps busy time or its buffer"
    originals = (
        Interval(o.start, o.start + request.interview_length) if o.end == o.start else o
        for o in request.original
    )
    if any(start < o.end + request.buffer and o.start - request.buffer < end for o in originals):
        return "overlaps the original time"
    return None


def oracle(case: Case) -> list[Interval]:
    first = case.now.replace(minute=0, second=0) - timedelta(hours=1)
    steps = int((case.request.horizon + timedelta(hours=2)) / QUARTER)
    starts = (first + QUARTER * k for k in range(steps))
    length = case.request.interview_length
    first_day = earliest_day(case)
    return [Interval(s, s + length) for s in starts if broken_rule(case, first_day, s) is None]


def preferred(slot: Interval, request: SlotRequest) -> bool:
    if request.recruiter_zone is None:
        return True
    return within(
        wall(slot.start, request.recruiter_zone),
        wall(slot.end, request.recruiter_zone),
        WorkingHours(NINE_TO_FIVE_WEEKDAYS),
    )


def local_day(slot: Interval, request: SlotRequest) -> date:
    return wall(slot.start, request.zone).date()


def overlap(a: Interval, b: Interval) -> bool:
    return a.start < b.end and b.start < a.end


examples = settings(max_examples=120, deadline=None)


@examples
@given(any_case)
def test_every_proposal_obeys_every_rule(case: Case) -> None:
    proposals = propose_slots(case.busy, case.request, case.now)
    first_day = earliest_day(case)
    for proposal in proposals:
        # Subtract in UTC: same-zone datetimes subtract by wall clock.
        length = proposal.end.astimezone(UTC) - proposal.start.astimezone(UTC)
        assert length == case.request.interview_length
        assert broken_rule(case, first_day, proposal.start.astimezone(UTC)) is None


@examples
@given(any_case)
def test_the_menu_has_at_most_count_distinct_non_overlapping_slots_in_order(case: Case) -> None:
    proposals = propose_slots(case.busy, case.request, case.now)
    assert len(proposals) <= case.request.count
    assert all(p.start.tzinfo is case.request.zone for p in proposals)
    for earlier, later in zip(proposals, proposals[1:]):
        assert earlier.end <= later.start


@examples
@given(any_case)
def test_fewer_proposals_than_asked_means_no_other_valid_slot_is_left(case: Case) -> None:
    proposals = propose_slots(case.busy, case.request, case.now)
    if len(proposals) < case.request.count:
        for candidate in oracle(case):
            assert any(overlap(candidate, p) for p in proposals)


@examples
@given(any_case)
def test_recruiter_hours_are_preferred_whenever_slots_inside_them_remain(case: Case) -> None:
    proposals = propose_slots(case.busy, case.request, case.now)
    if not all(preferred(p, case.request) for p in proposals):
        for candidate in oracle(case):
            if preferred(candidate, case.request):
                assert any(overlap(candidate, p) for p in proposals)


@examples
@given(any_case)
def test_two_proposals_share_a_day_only_when_no_unused_day_has_a_slot(case: Case) -> None:
    request = case.request
    proposals = propose_slots(case.busy, request, case.now)
    for group in (True, False):
        days = [local_day(p, request) for p in proposals if preferred(p, request) is group]
        if len(days) == len(set(days)):
            continue
        used = {local_day(p, request) for p in proposals}
        for candidate in oracle(case):
            if preferred(candidate, request) is group:
                assert local_day(candidate, request) in used


@examples
@given(any_case)
def test_the_best_slot_is_the_earliest_valid_one_preferring_recruiter_hours(case: Case) -> None:
    allowed = oracle(case)
    expected = min(allowed, key=lambda s: (not preferred(s, case.request), s.start), default=None)
    assert best_slot(case.busy, case.request, case.now) == expected


@examples
@given(any_case, st.integers(0, 4))
def test_a_proposed_time_that_becomes_the_original_is_not_proposed_again(
    case: Case, pick: int
) -> None:
    without = replace(case.request, original=(), duration=case.request.interview_length)
    first = propose_slots(case.busy, without, case.now)
    assume(first)
    original = first[pick % len(first)]
    request = replace(without, original=(original,))
    margin = request.buffer
    for slot in propose_slots(case.busy, request, case.now):
        assert slot.end + margin <= original.start or original.end + margin <= slot.start


@examples
@given(any_case, st.randoms(use_true_random=False), st.sampled_from(ZONES))
def test_the_same_busy_time_in_any_order_and_zone_gives_the_same_answer(
    case: Case, shuffler: random.Random, zone: ZoneInfo
) -> None:
    moved = [Interval(b.start.astimezone(zone), b.end.astimezone(zone)) for b in case.busy]
    shuffler.shuffle(moved)
    first = propose_slots(case.busy, case.request, case.now)
    again = propose_slots(moved, case.request, case.now.astimezone(zone))
    assert [(s.start, s.end, s.start.utcoffset()) for s in first] == [
        (s.start, s.end, s.start.utcoffset()) for s in again
    ]
