"""Find the interview times an email proposes or fixes.

Why not a general date search such as ``dateparser.search.search_dates``: it finds every
date-like string (deadlines, the sent date, "45 minutes", zip codes...) and misses the
forms recruiting mail uses most ("Wed or Thu at 2pm", a date line followed by bullet
times), so it found the interview time in about one mail in ten.  This extractor is
built from small parts instead:

* ``clock``, ``dates``, ``zones``: regexes that read times, dates and zones as written;
* ``relative``: resolving dates against the sent day;
* ``context``: dropping quoted history, deadlines, past events and opening hours;
* this module: pairing dates with times line by line, carrying a date line down to the
  bullet times under it, and choosing each time's zone.

Everything is bounded: the text is capped at ``MAX_TEXT_CHARS``, the regexes are linear,
and a text without any time of day costs a single regex scan.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone

from tactful.core.model import ProposedTime
from tactful.core.times.clock import (
    DurationMention,
    TimeMention,
    find_durations,
    find_times,
    time_markers,
)
from tactful.core.times.context import is_negated, line_is_opening_hours, newest_part
from tactful.core.times.dates import WEEKDAY_RANGE_RE, DateMention, find_dates
from tactful.core.times.lowered import lower_same_length
from tactful.core.times.relative import resolve
from tactful.core.times.zones import Zone, ZoneMention, find_zones, fixed_offset

MAX_TEXT_CHARS = 20_000
MAX_SUBJECT_CHARS = 500
MAX_RESULTS = 40
_HORIZON = timedelta(days=366)
_SNIPPET_SPAN = 120
_LINES_ABOVE = 3
_WINDOW = 200

# The gap patterns run on the lower-cased text.
# Between two items of one list: "Wed or Thu", "10am, 2pm", "2pm ET / 11am PT".
_LIST_GAP_RE = re.compile(
    r"[\s,/&|()\[\]]*(?:(?:or|and|and/or|either|also)\b[\s,/&|()\[\]]*)*(?:(?:on|at)\s+)?",
)
# Between a date and the time that follows it: "Tuesday, March 3 at 2pm", "Thu · 10:00".
_DATE_THEN_TIME_RE = re.compile(
    r"[\s,.·•|:()\[\]–—-]*(?:(?:at|from|between|starting(?:\s+at)?|beginning(?:\s+at)?|around)\s*)?",
)
# Between a time and the date that follows it: "2pm on Tuesday".
_TIME_THEN_DATE_RE = re.compile(r"[\s,(]*(?:on\s+)?(?:the\s+)?")
_ZONE_GAP_RE = re.compile(r"[ \t]{0,2}[(\[]?")
_LABEL_LINE_RE = re.compile(r"\s*[\w ]{1,30}:")
_US_ZONE_PREFIX = "America/"


@dataclass(frozen=True)
class _Date:
    mention: DateMention
    day: date | None
    negative: bool

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def end(self) -> int:
        return self.mention.end


@dataclass(frozen=True)
class _Time:
    mention: TimeMention
    end: int  # includes a zone written right after the time
    zone: Zone | None
    negative: bool

    @property
    def start(self) -> int:
        return self.mention.start


@dataclass
class _Run:
    """Consecutive dates, or consecutive times, that form one list ("Wed or Thu")."""

    start: int
    end: int
    dates: list[_Date] = field(default_factory=list)
    times: list[_Time] = field(default_factory=list)
    used_by_time_before: bool = False


@dataclass(frozen=True)
class _Context:
    """What the whole message says that applies to each pair."""

    text: str
    lowered: str
    sent_at: datetime | None
    default_zone: Zone | None
    default_length: timedelta | None


def find_proposed_times(
    text: str,
    sent_at: datetime | None,
    *,
    subject: str | None = None,
    day_first: bool | None = None,
) -> list[ProposedTime]:
    """Every concrete interview time proposed in ``text``, in the order written.

    ``text`` is the plain text of the newest part of a message (quoted history found in
    it is ignored).  ``sent_at`` anchors relative dates ("tomorrow", "next Tuesday") and
    years; without it only dates with a year are read.  ``day_first`` forces how "09/03"
    is read; by default the zones mentioned decide (US: month first).
    """
    text = text[:MAX_TEXT_CHARS]
    if subject:
        text = f"{subject[:MAX_SUBJECT_CHARS]}\n\n{text}"
    lowered = lower_same_length(text)
    if not time_markers(text, lowered):
        return []
    text = newest_part(text)
    lowered = lower_same_length(text)
    bounds = _line_bounds(text)
    markers = time_markers(text, lowered)
    regions = _regions(text, bounds, markers)
    date_mentions = [d for start, end in regions for d in find_dates(text, lowered, start, end)]
    times = [t for t in find_times(text, lowered, markers)
             if not any(d.start < t.end and t.start < d.end for d in date_mentions)]
    if not times:
        return []
    usable = _usable_zones(text, find_zones(text, lowered), times)
    if day_first is None:
        day_first = _guess_day_first(date_mentions, usable)
    ref = sent_at.date() if sent_at is not None else None
    dates = _resolve_dates(lowered, regions, date_mentions, ref, day_first)
    timed = _zone_times(lowered, times, usable)
    context = _Context(text, lowered, sent_at, _single_zone(usable), _single_length(find_durations(lowered)))
    return _pair_lines(context, bounds, dates, timed, usable)


def _regions(text: str, bounds: list[int], markers: list[int]) -> list[tuple[int, int]]:
    """The spans worth reading for dates: around each time marker on its line, and the
    few short lines above it (where a date line such as "Monday, March 9:" heads a list
    of times).  Reading only these keeps the cost independent of the mail's length."""
    spans: list[tuple[int, int]] = []
    for marker in markers:
        line = bisect_right(bounds, marker) - 1
        start = max(bounds[line], marker - _WINDOW)
        spans.append((start, min(_line_end(text, bounds, line), marker + _WINDOW)))
        above, taken = line - 1, 0
        while above >= 0 and taken < _LINES_ABOVE:
            above_start, above_end = bounds[above], _line_end(text, bounds, above)
            if text[above_start:above_end].strip():
                taken += 1
                if above_end - above_start <= _WINDOW:
                    spans.append((above_start, above_end))
            above -= 1
    regions: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if regions and regions[-1][1] + 1 >= start:
            regions[-1] = (regions[-1][0], max(regions[-1][1], end))
        else:
            regions.append((start, end))
    return regions


def _line_end(text: str, bounds: list[int], line: int) -> int:
    return bounds[line + 1] - 1 if line + 1 < len(bounds) else len(text)


def _usable_zones(text: str, zones: list[ZoneMention], times: list[TimeMention]) -> list[ZoneMention]:
    """Zones that count: strong ones, and weak ones beside a time or in parentheses."""
    usable = []
    for zone in zones:
        if zone.weak:
            in_parens = text[zone.start - 1:zone.start] == "(" and text[zone.end:zone.end + 1] == ")"
            beside_time = any(_ZONE_GAP_RE.fullmatch(text, t.end, zone.start) for t in times)
            if not (in_parens or beside_time):
                continue
        usable.append(zone)
    return usable


def _guess_day_first(dates: list[DateMention], zones: list[ZoneMention]) -> bool:
    for mention in dates:
        if mention.numeric is not None:
            first, second = mention.numeric
            if first > 12 >= second:
                return True
            if second > 12 >= first:
                return False
    for zone in zones:
        if zone.zone.name != "UTC":
            return not zone.zone.name.startswith(_US_ZONE_PREFIX)
    return False


def _resolve_dates(lowered: str, regions: list[tuple[int, int]], mentions: list[DateMention],
                   ref: date | None, day_first: bool) -> list[_Date]:
    ranges = [m.span() for start, end in regions for m in WEEKDAY_RANGE_RE.finditer(lowered, start, end)]
    resolved = []
    for mention in mentions:
        in_range = any(s < mention.end and mention.start < e for s, e in ranges)
        negative = in_range or mention.modifier in ("last", "past") or is_negated(lowered, mention.start)
        resolved.append(_Date(mention, resolve(mention, ref, day_first), negative))
    return resolved


def _zone_times(text: str, times: list[TimeMention], zones: list[ZoneMention]) -> list[_Time]:
    timed = []
    for mention in times:
        zone: Zone | None = None
        end = mention.end
        if mention.offset is not None:
            zone = fixed_offset("-" if mention.offset < 0 else "+", abs(mention.offset) // 60, abs(mention.offset) % 60)
        else:
            beside = next((z for z in zones if z.start >= mention.end
                           and _ZONE_GAP_RE.fullmatch(text, mention.end, z.start)), None)
            if beside is not None:
                zone, end = beside.zone, beside.end + (text[beside.end:beside.end + 1] in ")]")
        timed.append(_Time(mention, end, zone, is_negated(text, mention.start)))
    return timed


def _single_zone(zones: list[ZoneMention]) -> Zone | None:
    names = {zone.zone.name for zone in zones}
    return zones[0].zone if len(names) == 1 else None


def _single_length(durations: list[DurationMention]) -> timedelta | None:
    lengths = {duration.length for duration in durations}
    return lengths.pop() if len(lengths) == 1 else None


def _line_bounds(text: str) -> list[int]:
    starts = [0]
    position = text.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


def _runs(text: str, dates: list[_Date], times: list[_Time]) -> list[_Run]:
    items: list[_Date | _Time] = sorted([*dates, *times], key=lambda item: item.start)
    runs: list[_Run] = []
    for item in items:
        last = runs[-1] if runs else None
        is_date = isinstance(item, _Date)
        if last is not None and bool(last.dates) == is_date and item.start >= last.end \
                and _LIST_GAP_RE.fullmatch(text, last.end, item.start):
            last.end = item.end
        else:
            last = _Run(item.start, item.end)
            runs.append(last)
        if isinstance(item, _Date):
            last.dates.append(item)
        else:
            last.times.append(item)
    return runs


def _pair_lines(context: _Context, bounds: list[int], dates: list[_Date], times: list[_Time],
                zones: list[ZoneMention]) -> list[ProposedTime]:
    """Walk the lines, pairing each list of times with the dates it belongs to.

    A line with dates but no time ("Monday, March 9:", "Date: Tue 3/10") opens a block:
    the times on the following lines without dates of their own take its dates, until
    another date line or a paragraph of prose without times.
    """
    text = context.text
    by_line: dict[int, tuple[list[_Date], list[_Time]]] = {}
    for date_item in dates:
        by_line.setdefault(bisect_right(bounds, date_item.start) - 1, ([], []))[0].append(date_item)
    for time_item in times:
        by_line.setdefault(bisect_right(bounds, time_item.start) - 1, ([], []))[1].append(time_item)
    results: list[ProposedTime | None] = []
    block: list[_Date] = []
    block_zone: Zone | None = None
    after_blank = False
    for line in range(len(bounds)):
        line_start = bounds[line]
        line_end = _line_end(text, bounds, line)
        line_dates, line_times = by_line.get(line, ([], []))
        if not (line_dates or line_times):
            if not text[line_start:line_end].strip():
                after_blank = True
            elif after_blank and not _LABEL_LINE_RE.match(text, line_start, line_end):
                block, block_zone = [], None
                after_blank = False
            else:
                after_blank = False
            continue
        after_blank = False
        free_zone = _free_zone(zones, times, line_start, line_end)
        if line_is_opening_hours(context.lowered[line_start:line_end]):
            line_dates = [replace(d, negative=True) for d in line_dates]
            line_times = [replace(t, negative=True) for t in line_times]
        if not line_times:
            block, block_zone = line_dates, free_zone
        elif not line_dates:
            zone = free_zone or block_zone
            for time_item in line_times:
                for date_item in block:
                    results.append(_build(context, date_item, time_item, zone))
        else:
            block, block_zone = [], None
            results.extend(_pair_in_line(context, _runs(context.lowered, line_dates, line_times), free_zone))
    return _deduplicate(results)


def _free_zone(zones: list[ZoneMention], times: list[_Time], start: int, end: int) -> Zone | None:
    """A zone on the line that is not written beside a time, as in "(all times ET)"."""
    for zone in zones:
        if start <= zone.start < end and not any(t.mention.end <= zone.start < t.end for t in times):
            return zone.zone
    return None


def _pair_in_line(context: _Context, runs: list[_Run], free_zone: Zone | None) -> list[ProposedTime | None]:
    text = context.lowered
    results: list[ProposedTime | None] = []
    for index, run in enumerate(runs):
        if not run.times:
            continue
        before = runs[index - 1] if index > 0 else None
        after = runs[index + 1] if index + 1 < len(runs) else None
        partner: _Run | None = None
        if before is not None and not before.used_by_time_before \
                and _DATE_THEN_TIME_RE.fullmatch(text, before.end, run.start):
            partner = before
        elif after is not None and _TIME_THEN_DATE_RE.fullmatch(text, run.end, after.start):
            partner = after
            after.used_by_time_before = True
        else:
            partner = next((r for r in reversed(runs[:index]) if r.dates), after)
        if partner is None or not partner.dates:
            continue
        shared = next((t.zone for t in reversed(run.times) if t.zone is not None), None) or free_zone
        for date_item in partner.dates:
            for time_item in run.times:
                results.append(_build(context, date_item, time_item, shared))
    return results


def _build(context: _Context, date_item: _Date, time_item: _Time, fallback_zone: Zone | None) -> ProposedTime | None:
    if date_item.negative or time_item.negative or date_item.day is None:
        return None
    sent_at = context.sent_at
    day = date_item.day
    if sent_at is not None and not (sent_at.date() <= day <= sent_at.date() + _HORIZON):
        return None
    mention = time_item.mention
    begins = _part_of_day(mention.begins, date_item.mention.part_of_day, mention.guessed_half)
    zone = time_item.zone or fallback_zone or context.default_zone
    start = datetime.combine(day, begins, zone.tz if zone else None)
    end: datetime | None = None
    if mention.ends is not None:
        ends = _part_of_day(mention.ends, date_item.mention.part_of_day, mention.guessed_half)
        end = datetime.combine(day, ends, zone.tz if zone else None) if ends > begins else None
    elif context.default_length is not None:
        end = start + context.default_length
    if sent_at is not None and not _after(start, sent_at):
        return None
    return ProposedTime(_snippet(context.text, date_item, time_item), start, end, zone.name if zone else None)


def _part_of_day(value: time, part: str | None, guessed: bool) -> time:
    """Correct a guessed half of the day by "tonight", "this morning"..."""
    if not guessed or part is None:
        return value
    if part in ("afternoon", "evening") and value.hour < 12:
        return value.replace(hour=value.hour + 12)
    if part == "morning" and value.hour > 12:
        return value.replace(hour=value.hour - 12)
    return value


def _after(start: datetime, sent_at: datetime) -> bool:
    if (start.tzinfo is None) == (sent_at.tzinfo is None):
        return start > sent_at
    return start.replace(tzinfo=None) > sent_at.replace(tzinfo=None)


def _snippet(text: str, date_item: _Date, time_item: _Time) -> str:
    start = min(date_item.start, time_item.start)
    end = max(date_item.end, time_item.end)
    if end - start <= _SNIPPET_SPAN and "\n" not in text[start:end]:
        return " ".join(text[start:end].split())
    date_text = " ".join(text[date_item.start:date_item.end].split())
    time_text = " ".join(text[time_item.start:time_item.end].split())
    return f"{date_text} {time_text}"


def _deduplicate(results: list[ProposedTime | None]) -> list[ProposedTime]:
    """Drop repeats: the same instant (also written in a second zone) or wall time."""
    kept: list[ProposedTime] = []
    for result in results:
        if result is None:
            continue
        duplicate = None
        for index, other in enumerate(kept):
            if _same_time(result, other):
                duplicate = index
                break
        if duplicate is None:
            kept.append(result)
        elif kept[duplicate].tz is None and result.tz is not None:
            kept[duplicate] = result
        if len(kept) >= MAX_RESULTS:
            break
    return kept


def _same_time(first: ProposedTime, second: ProposedTime) -> bool:
    if first.tz is not None and second.tz is not None:
        return first.start.astimezone(timezone.utc) == second.start.astimezone(timezone.utc)
    return first.start.replace(tzinfo=None) == second.start.replace(tzinfo=None)
