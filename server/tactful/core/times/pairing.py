"""Pair the dates and times of one message into proposed times.

Line by line: a line with both dates and times pairs them by their order and the words
between them ("Tuesday at 2pm", "2pm on Tuesday", "Wed or Thu, 10am"); a line with dates
and no time opens a block whose dates the times on the following lines take (a date line
heading a list of times).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone

from tactful.core.model import ProposedTime
from tactful.core.times.context import clause_before, line_is_opening_hours
from tactful.core.times.dates import DateMention
from tactful.core.times.items import Context, DateItem, TimeItem
from tactful.core.times.zones import Zone, ZoneMention, fixed_offset

MAX_RESULTS = 40
_HORIZON = timedelta(days=366)
_SNIPPET_SPAN = 120
_HEADING_CHARS = 40

# The gap patterns run on the lower-cased text.
# Between two items of one list: "Wed or Thu", "10am, 2pm", "2pm ET / 11am PT".
_LIST_GAP_RE = re.compile(
    r"[\s,/&|()\[\]]*(?:(?:or|and|and/or|either|also)\b[\s,/&|()\[\]]*)*(?:(?:on|at)\s+)?",
)
# Between a date and the time that follows it: "Tuesday, March 3 at 2pm", "Thu · 10:00".
_DATE_THEN_TIME_RE = re.compile(
    r"[\s,.·•|:()\[\]–—-]*(?:(?:at|from|between|starting(?:\s+at)?|beginning(?:\s+at)?|around|by)\s*)?",
)
# Between a time and the date that follows it: "2pm on Tuesday".
_TIME_THEN_DATE_RE = re.compile(r"[\s,(]*(?:on\s+)?(?:the\s+)?")
# A line that labels what follows rather than ending a paragraph: "Time:", "Where", "| Date |".
_LABEL_LINE_RE = re.compile(r"\s*[\w ]{1,30}:")
# A date that takes the time of the slot before it: "or Tuesday, March 31 at the same time".
_SAME_DAY_RE = re.compile(r"[\s,]*(?:(?:on|that)\s+(?:the\s+)?|the\s+)same\s+day\b")
# Not when the clock time is written out after it: "Friday same time (2pm PT)".
# "Same time" in English and, after a preposition ("a la misma hora", "zur gleichen Zeit"), other languages.
SAME_TIME_PHRASES = ("same time", "same hours", "misma hora", "mesma hora", "mesmo horário", "même heure", "stessa ora",
                     "gleichen zeit", "gleichen uhrzeit", "selben zeit", "selben uhrzeit", "hetzelfde tijdstip")
_FOREIGN_SAME_TIME = "|".join(re.escape(phrase).replace("\\ ", "\\s+") for phrase in SAME_TIME_PHRASES[1:])
# The date may be said to work first: "if not thursday works too same time".
_SAME_TIME_RE = re.compile(
    r"[\s,]*(?:(?:works?|would\s+work|is\s+(?:fine|good|ok))(?:\s+too|\s+also)?[\s,]+)?"
    r"(?:(?:at\s+)?(?:the\s+)?same\s+time|(?:(?:a|à|no|alla|zur|um|op)\s+)?(?:la\s+)?"
    rf"(?:{_FOREIGN_SAME_TIME}))\b(?![ \t]*[(\[,:–—-]?[ \t]*\d)"
)
# A date line right under a line of times gives them their day, as booking tools write:
# "11:00am - 11:30am (Eastern Time)" over "Tuesday, March 3, 2026".
_DATE_LINE_CHARS = 60
_SENTENCE_END_RE = re.compile(r"[.!?,]\s*$")
# Where a sentence ends inside a line, and how far a date's own time may be written after it.
_SENTENCE_BREAK_RE = re.compile(r"[.!?;]\s")
_OWN_TIME_GAP = 12


@dataclass
class _Run:
    """Consecutive dates, or consecutive times, that form one list ("Wed or Thu")."""

    start: int
    end: int
    dates: list[DateItem] = field(default_factory=list)
    times: list[TimeItem] = field(default_factory=list)
    # How many of the leading dates a time written before the run took ("10am Tue or ...").
    taken_by_time_before: int = 0


def pair_lines(context: Context, bounds: list[int], dates: list[DateItem], times: list[TimeItem],
               zones: list[ZoneMention]) -> list[ProposedTime]:
    """Walk the lines that hold dates or times, pairing each list of times with its dates.

    A block opened by a date line ends at a paragraph of prose without times: a non-empty
    line after a blank one, unless it is a short heading or a label ("Time:", "Where").
    A line of times outside a block takes the dates of a short date line right under it.
    A time that moves the booked meeting ("push it to 3") and has no date of its own
    takes the only day the message names, or the day it was sent when it names none.
    A date followed by "at the same time" repeats the clock time of the slot before it.
    """
    text = context.text
    by_line: dict[int, tuple[list[DateItem], list[TimeItem]]] = {}
    for date_item in dates:
        by_line.setdefault(bisect_right(bounds, date_item.start) - 1, ([], []))[0].append(date_item)
    for time_item in times:
        by_line.setdefault(bisect_right(bounds, time_item.start) - 1, ([], []))[1].append(time_item)
    results: list[ProposedTime | None] = []
    block: list[DateItem] = []
    block_zone: Zone | None = None
    previous_line = -1
    for line in sorted(by_line):
        if block and _paragraph_ends(text, bounds, previous_line + 1, line):
            block, block_zone = [], None
        previous_line = line
        line_start = bounds[line]
        line_end = line_end_of(text, bounds, line)
        line_dates, line_times = by_line[line]
        free_zone = _free_zone(zones, times, line_start, line_end)
        if line_is_opening_hours(context.lowered[line_start:line_end]):
            line_dates = [replace(d, negative=True) for d in line_dates]
            line_times = [replace(t, negative=True) for t in line_times]
        if not line_times:
            block, block_zone = line_dates, free_zone
        elif not line_dates:
            zone = free_zone or block_zone
            below = [] if block else _dates_below(text, bounds, by_line, line)
            for time_item in line_times:
                partners = block or below
                if not partners and time_item.moves:
                    partners, zone = _day_of_move(context, dates, time_item, zone, times)
                results.extend(_build(context, date_item, time_item, zone) for date_item in partners)
        else:
            block, block_zone = [], None
            kept_dates = [d for d in line_dates if not d.negative]
            kept_times = [t for t in line_times if not t.negative and not _after_given_up_date(context, line_dates, t)]
            runs = _runs(context.lowered, kept_dates, kept_times)
            results.extend(_pair_in_line(context, runs, free_zone, dates, times))
        results.extend(_same_time_as_before(context, line_dates, results, times))
    return _deduplicate(results)


def line_end_of(text: str, bounds: list[int], line: int) -> int:
    """Where ``line`` ends (before its newline)."""
    return bounds[line + 1] - 1 if line + 1 < len(bounds) else len(text)


def _paragraph_ends(text: str, bounds: list[int], first: int, last: int) -> bool:
    """Whether the lines ``first``..``last - 1`` (none with a date or time) end a block."""
    after_blank = False
    for line in range(first, last):
        content = text[bounds[line]:line_end_of(text, bounds, line)].strip()
        if not content.strip("|·•-–—*_ \t"):
            after_blank = after_blank or not content
            continue
        is_heading = len(content) <= _HEADING_CHARS and not _SENTENCE_END_RE.search(content)
        if after_blank and not (is_heading or _LABEL_LINE_RE.match(content)):
            return True
        after_blank = False
    return False


def _day_of_move(context: Context, dates: list[DateItem], time_item: TimeItem,
                 zone: Zone | None, times: list[TimeItem]) -> tuple[list[DateItem], Zone | None]:
    """The day of the booked meeting, and the zone to read the new time in.

    The day is the single day the message names before the time, or the day it was sent
    when it names none ("can we push to 3?" is about today's meeting; a day named after
    it is another option, "... or we can just do Thursday"); a time moved on the sent
    day with no zone written anywhere is on the sender's clock.
    """
    sent_at = context.sent_at
    dates = [d for d in dates if d.start < time_item.start]
    if not dates and sent_at is not None:
        today = DateMention(time_item.start, time_item.start, days_ahead=0)
        own_clock = zone or context.default_zone or _offset_zone(sent_at)
        return [DateItem(today, sent_at.date(), False)], own_clock
    named = [d for d in dates if d.day is not None]
    clause_start = time_item.start - len(clause_before(context.lowered, time_item.start))
    # Named by the move itself, the day is the meeting's, not a day given up: "push tomorrow's call to 3";
    # so is the day of the slot given up: "bump our 2pm today. any chance 4:30 works?".  Either
    # outweighs other days named, such as the day in the subject of an older message.
    moved = [d for d in named if d.negative and (d.start >= clause_start or _beside_a_given_up_time(d, times))]
    if moved:
        return [replace(moved[-1], negative=False)], zone
    if len({d.day for d in named}) != 1:
        return [], zone
    return [named[0]], zone


_SLOT_GAP = 4  # at most " on " between a given-up slot's time and its day


def _beside_a_given_up_time(day: DateItem, times: list[TimeItem]) -> bool:
    """Whether ``day`` is given up only as the day of a given-up time right beside it ("our
    2pm today", "Thursday at 10"), not as a day of its own ("I can't do Tuesday")."""
    return any(time_item.negative and (0 <= day.start - time_item.end <= _SLOT_GAP
                                       or 0 <= time_item.start - day.end <= _SLOT_GAP) for time_item in times)


def _offset_zone(moment: datetime) -> Zone | None:
    offset = moment.utcoffset()
    if offset is None:
        return None
    minutes = int(offset.total_seconds()) // 60
    return fixed_offset("-" if minutes < 0 else "+", abs(minutes) // 60, abs(minutes) % 60)


def _dates_below(text: str, bounds: list[int], by_line: dict[int, tuple[list[DateItem], list[TimeItem]]],
                 line: int) -> list[DateItem]:
    """The dates of the next line when it is a short line of dates without times."""
    below = by_line.get(line + 1)
    if below is None or below[1] or not below[0]:
        return []
    content = text[bounds[line + 1]:line_end_of(text, bounds, line + 1)].strip()
    return below[0] if len(content) <= _DATE_LINE_CHARS else []


def _same_time_as_before(context: Context, dates: list[DateItem],
                         results: list[ProposedTime | None], times: list[TimeItem]) -> list[ProposedTime]:
    """Slots for the dates written with "at the same time": at the time of the slot given
    up right before them ("move Thursday's 3pm to Friday, same time"), else at the last
    slot's clock time, else at the time the thread agreed before."""
    wanted = [d for d in dates if not d.negative and d.day is not None
              and _SAME_TIME_RE.match(context.lowered, d.end)]
    if not wanted:
        return []
    last = next((result for result in reversed(results) if result is not None), None)
    before = [t for t in times if t.end <= wanted[0].start]
    if last is None:
        given_up = [t for t in before if t.negative]
    else:
        # A time given up right before the date is the one it repeats, not a slot offered
        # elsewhere: "de jeudi 10h au lundi 21, même heure ? Sinon, mardi 22 à 14h".
        given_up = before[-1:] if before and before[-1].negative else []
    if given_up:
        return [slot for date_item in wanted
                if (slot := _build(context, date_item, replace(given_up[-1], negative=False), None)) is not None]
    if last is None:
        if context.thread_time is None:
            return []
        clock, length, tz = context.thread_time, None, None
    else:
        clock, length, tz = last.start.timetz(), last.end - last.start if last.end is not None else None, last.tz
    found = []
    for date_item in wanted:
        assert date_item.day is not None
        start = datetime.combine(date_item.day, clock)
        sent_at = context.sent_at
        if sent_at is not None and not (_after(start, sent_at) and date_item.day <= sent_at.date() + _HORIZON):
            continue
        text = " ".join(context.text[date_item.start:date_item.end].split())
        found.append(ProposedTime(f"{text} at the same time", start, start + length if length else None, tz))
    return found


def _runs(text: str, dates: list[DateItem], times: list[TimeItem]) -> list[_Run]:
    items: list[DateItem | TimeItem] = sorted([*dates, *times], key=lambda item: item.start)
    runs: list[_Run] = []
    for item in items:
        last = runs[-1] if runs else None
        is_date = isinstance(item, DateItem)
        if last is not None and bool(last.dates) == is_date and item.start >= last.end \
                and _LIST_GAP_RE.fullmatch(text, last.end, item.start):
            last.end = item.end
        else:
            last = _Run(item.start, item.end)
            runs.append(last)
        if isinstance(item, DateItem):
            last.dates.append(item)
        else:
            last.times.append(item)
    return runs


def _free_zone(zones: list[ZoneMention], times: list[TimeItem], start: int, end: int) -> Zone | None:
    """A zone on the line that is not written beside a time, as in "(all times ET)"."""
    for zone in zones:
        if start <= zone.start < end and not any(t.mention.end <= zone.start < t.end for t in times):
            return zone.zone
    return None


def _after_given_up_date(context: Context, line_dates: list[DateItem], time_item: TimeItem) -> bool:
    """Whether the time is the clock time of a date given up right before it:
    "move your interview (Thu 26 Mar, 12:00)" does not offer 12:00 on another day."""
    return any(d.negative and d.end <= time_item.start
               and _DATE_THEN_TIME_RE.fullmatch(context.lowered, d.end, time_item.start)
               for d in line_dates)


def _same_day_as(context: Context, dates: list[DateItem], run: _Run) -> list[DateItem]:
    """The day of the last date before a list of times followed by "on the same day",
    even when that date names the slot being moved ("move your interview on Tuesday 14
    April from the morning ... 14:00 or 15:30 on the same day")."""
    if _SAME_DAY_RE.match(context.lowered, run.end) is None:
        return []
    before = [d for d in dates if d.end <= run.start and d.day is not None]
    return [replace(before[-1], negative=False)] if before else []


def _pair_in_line(context: Context, runs: list[_Run], free_zone: Zone | None,
                  dates: list[DateItem], times: list[TimeItem]) -> list[ProposedTime | None]:
    """Pair each run of times with the run of dates its words point to.

    A list of dates between two times is shared out: "10am Tuesday or Wednesday at 2pm"
    gives the first time all dates but the last, and the last date to the second time.
    """
    text = context.lowered
    results: list[ProposedTime | None] = []
    for index, run in enumerate(runs):
        if not run.times:
            continue
        before = runs[index - 1] if index > 0 else None
        after = runs[index + 1] if index + 1 < len(runs) else None
        partner_dates = _same_day_as(context, dates, run)
        if partner_dates:
            pass  # "14:00 or 15:30 on the same day" names its day after the times
        elif before is not None and before.times and _DATE_THEN_TIME_RE.fullmatch(text, before.end, run.start):
            continue  # the end of a range written as two times: "1:00 PM - 2:00 PM"
        elif before is not None and before.dates and len(before.dates) > before.taken_by_time_before \
                and _DATE_THEN_TIME_RE.fullmatch(text, before.end, run.start):
            partner_dates = before.dates[before.taken_by_time_before:]
        elif after is not None and after.dates and _TIME_THEN_DATE_RE.fullmatch(text, run.end, after.start):
            partner_dates = after.dates
            following = runs[index + 2] if index + 2 < len(runs) else None
            if len(after.dates) > 1 and following is not None and following.times \
                    and _DATE_THEN_TIME_RE.fullmatch(text, after.end, following.start):
                partner_dates = after.dates[:-1]
            after.taken_by_time_before = len(partner_dates)
        else:
            partner = next((r for r in reversed(runs[:index]) if r.dates), None)
            if partner is None and all(t.moves for t in run.times):
                # "can we do 4 instead? ... or Thursday": the moved meeting's day, not the alternative.
                partner_dates, moved_zone = _day_of_move(context, dates, run.times[0], free_zone, times)
                free_zone = moved_zone
            elif partner is None and _dated_in_a_later_sentence(text, runs, index):
                continue
            else:
                partner = partner or after
                partner_dates = partner.dates if partner is not None else []
        shared = next((t.zone for t in reversed(run.times) if t.zone is not None), None) or free_zone
        for date_item in partner_dates:
            for time_item in run.times:
                results.append(_build(context, date_item, time_item, shared))
    return results


def _dated_in_a_later_sentence(text: str, runs: list[_Run], index: int) -> bool:
    """Whether the dates after the times of ``runs[index]`` start a later sentence and
    have times of their own: "... our call at 11:00 (on a day not read) is off. Could we
    do Monday, 30.11. at 10:30?" offers nothing at 11:00."""
    if index + 2 >= len(runs):
        return False
    run, after, following = runs[index], runs[index + 1], runs[index + 2]
    if not (after.dates and following.times) or _SENTENCE_BREAK_RE.search(text, run.end, after.start) is None:
        return False
    gap = text[after.end:following.start]
    return len(gap) <= _OWN_TIME_GAP and not any(mark in gap for mark in "?!;\n")


def _build(context: Context, date_item: DateItem, time_item: TimeItem, fallback_zone: Zone | None) -> ProposedTime | None:
    if date_item.negative or time_item.negative or date_item.day is None:
        return None
    sent_at = context.sent_at
    day = date_item.day
    if sent_at is not None and not (sent_at.date() <= day <= sent_at.date() + _HORIZON):
        return None
    mention = time_item.mention
    begins = _part_of_day(mention.begins, date_item.mention.part_of_day, mention.guessed_half)
    zone = time_item.zone or fallback_zone or context.default_zone
    start = _at(day, begins, zone)
    end: datetime | None = None
    if mention.ends is not None:
        ends = _part_of_day(mention.ends, date_item.mention.part_of_day, mention.guessed_half)
        end = _at(day, ends, zone) if ends > begins else None
    if sent_at is not None and not _after(start, sent_at):
        return None
    return ProposedTime(_snippet(context.text, date_item, time_item), start, end, zone.name if zone else None)


def _at(day: date, clock: time, zone: Zone | None) -> datetime:
    return datetime.combine(day, clock, zone.tz if zone else None)


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


def _snippet(text: str, date_item: DateItem, time_item: TimeItem) -> str:
    start = min(date_item.start, time_item.start)
    end = max(date_item.end, time_item.end)
    if end - start <= _SNIPPET_SPAN and "\n" not in text[start:end]:
        return " ".join(text[start:end].split())
    date_text = " ".join(text[date_item.start:date_item.end].split())
    time_text = " ".join(text[time_item.start:time_item.end].split())
    return f"{date_text} {time_text}"


def _deduplicate(results: list[ProposedTime | None]) -> list[ProposedTime]:
    """Drop repeats (the same instant, also written in a second zone, or wall time) and
    the parts of an agenda inside a slot already found ("1-2pm", then "1:30-2pm: panel")."""
    kept: list[ProposedTime] = []
    for result in results:
        if result is None or any(_inside(result, other) for other in kept):
            continue
        duplicate = next((index for index, other in enumerate(kept) if _same_time(result, other)), None)
        if duplicate is None:
            kept.append(result)
        elif kept[duplicate].tz is None and result.tz is not None:
            kept[duplicate] = result
        if len(kept) >= MAX_RESULTS:
            break
    return kept


def _same_time(first: ProposedTime, second: ProposedTime) -> bool:
    return _comparable(first.start, first, second) == _comparable(second.start, first, second)


def _inside(result: ProposedTime, slot: ProposedTime) -> bool:
    if slot.end is None or slot.start.date() != result.start.date():
        return False
    start = _comparable(result.start, result, slot)
    return _comparable(slot.start, result, slot) < start < _comparable(slot.end, result, slot)


def _comparable(moment: datetime, first: ProposedTime, second: ProposedTime) -> datetime:
    """Instants when both zones are known, wall-clock times otherwise."""
    if first.tz is not None and second.tz is not None:
        return moment.astimezone(timezone.utc)
    return moment.replace(tzinfo=None)
