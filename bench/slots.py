"""Benchmark of the free-slot engine: cost of one ``propose_slots`` call as busy time grows.

A synthetic calendar: ``n`` busy events (15-90 minutes, a third written in New York
time, the rest in UTC as a free/busy answer gives them) spread over 30 days, leaving two
90-minute holes in each day, so the engine has to find them among the events.
The request asks for 5 proposals over a 30-day horizon in New York, nine to five,
15-minute buffers.  Each size is timed several times and the median is reported.

The last line printed is one JSON object: ``ms_<n>_events`` per size, ``ms_10k_events``,
``growth_1k_to_100k`` (time ratio) and ``growth_ratio_vs_nlogn`` (that ratio divided
by the n log n ratio; near or below 1 means the cost grows no faster than n log n),
and the same two figures from 10k to 100k.
"""

from __future__ import annotations

import json
import math
import random
import statistics
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from tactful.core.slots import Interval, SlotRequest, propose_slots

NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2024, 3, 1, 12, 0, tzinfo=NEW_YORK)
DAYS = 30
SIZES = (1_000, 3_000, 10_000, 30_000, 100_000)
RUNS = 11


def holes(day: int) -> list[tuple[datetime, datetime]]:
    """Two free 90-minute holes in each day, at times that move from day to day.

    90 minutes leave room for a 30-minute slot with 15-minute buffers on both sides
    however densely the events around a hole are packed."""
    base = datetime(2024, 3, 2, tzinfo=NEW_YORK) + timedelta(days=day)
    morning = base + timedelta(hours=9, minutes=30 * (day % 4))
    afternoon = base + timedelta(hours=13, minutes=30 * (day % 5))
    hole = timedelta(minutes=90)
    return [(morning, morning + hole), (afternoon, afternoon + hole)]


def calendar(size: int, seed: int) -> list[Interval]:
    rng = random.Random(seed)
    keep_free = [
        (start.astimezone(UTC), end.astimezone(UTC)) for day in range(DAYS + 1) for start, end in holes(day)
    ]
    first = NOW.astimezone(UTC)
    events: list[Interval] = []
    while len(events) < size:
        start = first + timedelta(minutes=5 * rng.randrange(DAYS * 288))
        end = start + timedelta(minutes=rng.choice((15, 30, 45, 60, 90)))
        if any(start < hole_end and hole_start < end for hole_start, hole_end in keep_free):
            continue
        zone = NEW_YORK if rng.random() < 1 / 3 else UTC
        events.append(Interval(start.astimezone(zone), end.astimezone(zone)))
    return events


def median_ms(busy: list[Interval], request: SlotRequest) -> tuple[float, int]:
    timings = []
    found = len(propose_slots(busy, request, NOW))  # warm-up, not timed
    for _ in range(RUNS):
        started = time.perf_counter()
        found = len(propose_slots(busy, request, NOW))
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), found


def main() -> None:
    request = SlotRequest(zone=NEW_YORK, count=5, horizon=timedelta(days=DAYS))
    figures: dict[str, float | int] = {}
    for size in SIZES:
        busy = calendar(size, seed=size)
        ms, found = median_ms(busy, request)
        label = f"{size // 1000}k"
        figures[f"ms_{label}_events"] = round(ms, 3)
        print(f"{size:>7} events: {ms:8.2f} ms (median of {RUNS} runs), {found} slots proposed")
    growth = figures["ms_100k_events"] / figures["ms_1k_events"]
    nlogn = (100_000 * math.log(100_000)) / (1_000 * math.log(1_000))
    figures["growth_1k_to_100k"] = round(growth, 2)
    figures["nlogn_growth_1k_to_100k"] = round(nlogn, 2)
    figures["growth_ratio_vs_nlogn"] = round(growth / nlogn, 3)
    # From 1k the fixed cost of walking 30 days of candidate times hides the growth;
    # from 10k on the per-event work dominates, so this ratio is the more telling one.
    upper = figures["ms_100k_events"] / figures["ms_10k_events"]
    upper_nlogn = (100_000 * math.log(100_000)) / (10_000 * math.log(10_000))
    figures["growth_10k_to_100k"] = round(upper, 2)
    figures["growth_ratio_vs_nlogn_10k_to_100k"] = round(upper / upper_nlogn, 3)
    print(f"1k -> 100k events: time x{growth:.1f}, n log n x{nlogn:.1f}")
    figures["proposals"] = request.count
    figures["days"] = DAYS
    figures["runs"] = RUNS
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
