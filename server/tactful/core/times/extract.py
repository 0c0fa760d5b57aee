"""Find the interview times an email proposes or fixes.

Why not a general date search such as ``dateparser.search.search_dates``: it finds every
date-like string (deadlines, the sent date, "45 minutes", zip codes...) and misses the
forms recruiting mail uses most ("Wed or Thu at 2pm", a date line followed by bullet
times), so it found the interview time in about one mail in ten.  This extractor is
built from small parts instead:

* ``clock``, ``dates``, ``zones``: regexes that read times, dates and zones as written;
* ``relative``: resolving dates against the sent day;
* ``context``: telling deadlines, past or cancelled slots, ends and opening hours apart;
* this module: finding the candidates and choosing each time's zone;
* ``pairing``: pairing dates with times line by line.

Everything is bounded: the text is capped at ``MAX_TEXT_CHARS``, the regexes are linear,
dates are read only near a time, and a text without any time of day costs one regex scan.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from tactful.core.model import ProposedTime
from tactful.core.times.clock import (
    DurationMention,
    TimeMention,
    find_durations,
    find_times,
    time_markers,
)
from tactful.core.times.context import (
    announces_move,
    asked_if_it_works,
    booked_then_given_up,
    break_follows,
    by_before,
    changes_from,
    clause_after,
    clause_before,
    comes_for,
    for_the_reader,
    given_up_after,
    is_ahead_of_start,
    is_arrival,
    is_break,
    is_cancelled,
    is_end,
    is_negated,
    is_other_event,
    is_stated_start,
    moved_away,
    moves_to,
    offered_instead,
    programme_goes_on,
    restates,
    restates_in_another_zone,
    start_follows,
    trades_hours,
    was_booked,
)
from tactful.core.times.dates import WEEKDAY_RANGE_RE, DateMention, find_dates, foreign_weekday_before_time
from tactful.core.times.items import Context, DateItem, TimeItem
from tactful.core.times.lowered import lower_same_length, occurrences, unwrap_soft_breaks
from tactful.core.times.pairing import SAME_TIME_PHRASES, line_end_of, pair_lines
from tactful.core.times.relative import resolve
from tactful.core.times.zones import (
    Zone,
    ZoneMention,
    find_zones,
    fixed_offset,
    zone_after,
)

MAX_TEXT_CHARS = 20_000
MAX_SUBJECT_CHARS = 500
_LINES_ABOVE = 3
_WINDOW = 200
_SAME_MONTH_REACH = 7  # days between a bare day and a date named with its month before it
_HEADER_REACH = 8  # rows of a table between a time and the header naming its columns' zones
# How much of the quoted history is read for the time the thread agreed: the message just answered.
_QUOTE_CHARS = 2000
_ZONE_GAP_RE = re.compile(r"[ \t]{0,2}[(\[]?")
# A zone stated once for a whole list: "All times Eastern", "times are in ET", "Time zone: PT".
_FOR_ALL_RE = re.compile(
    r"\btimes?\s+(?:are\s+|listed\s+|shown\s+)?(?:in\s+)?$|\btime\s*zone\s*:?\s*(?:is\s+)?$|\ball\s+(?:in\s+)?$"
)
# A zone word set off as its own phrase after a list of times: "Tue 3-5pm or Thu morning, Eastern."
_SET_OFF_BEFORE = (", ", "; ")
_SET_OFF_AFTER = (".", ")", "\n", ";", "")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")
_DATE_BY_GAP_RE = re.compile(r"[\s,]*")
# Between a zone and the same zone written another way: "Oslo time, CEST", "CET/CEST".
_RESTATED_ZONE_GAP_RE = re.compile(r"[ \t]?[,/(\[][ \t]?|[ \t]+-[ \t]+")
_TO_RE = re.compile(r"to\s+")
_HOUR_WORD_RE = re.compile(r"[ \t]?(?:uhr|hrs|hs|horas|heures|uur)\b")
# "Before" or "by" after a time, as Chinese and Japanese write a reply deadline: "请于1月8日18:00前回复",
# "1月8日18時までにご返信ください".
_CJK_BY_RE = re.compile(r"[ \t]*(?:之前|以前|前|までに)")
# A day whose hours a move changes keeps being the day: "change your interview on Friday
# 6 March from 10:00 to 11:30" gives up 10:00, not Friday.
_HOURS_CHANGE_AFTER_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?,?[ \t]*from[ \t]+\d{1,2}(?:[:.h]\d\d)?[^\n]{0,12}?\bto[ \t]+\d")
# Where the second time of a range starts: after its separator, before its first digit.
_RANGE_END_RE = re.compile(r"(?:-|–|—|~|\bto|\btill|\buntil)[ \t]*(?=\d)")
# Zones of the countries that write the month first (the US); Latin America and
# Europe write the day first.
_MONTH_FIRST_ZONES = frozenset({"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
                                "America/Anchorage", "America/Phoenix", "Pacific/Honolulu"})
_NEXT_WEEK = "next week"
_NEXT_WEEK_REACH = 250  # how far before a bare weekday a "next week" still sets its week
# Someone away "next week" ("I'm out of the office next week, so ... Thursday?") points at this week.
_AWAY_BEFORE_RE = re.compile(
    r"\b(?:out|away|off|on\s+leave|travel\w*|busy|unavailable|on\s+holiday|on\s+vacation|ooo)"
    r"(?:\s+of\s+(?:the\s+)?office)?(?:\s+(?:all|for|the\s+whole\s+of|for\s+the\s+whole\s+of))?\s+$"
)
_AWAY_REACH = 40
# A date that names a week: "the week of March 16", "week commencing 23 March", "w/c 23/3".
_WEEK_OF_RE = re.compile(r"\b(?:week\s+(?:of|commencing|beginning|starting)(?:\s+on)?|w/c)\s+(?:the\s+)?$")
_WEEK_OF_REACH = 30
_ARRIVAL_REACH = 300  # how near a stated start makes a time to arrive no slot
_ARRIVE, _COME_FOR = "arrive", "come for"
_RANGE_REACH = 20
_RANGE_WORDS = ("-", "–", "—", "to", "thr", "weekday", "weekend")  # one is in every weekday range  # how far a weekday range ("Monday to Friday") reaches around one of its days


def find_proposed_times(
    text: str,
    sent_at: datetime | None,
    *,
    subject: str | None = None,
    day_first: bool | None = None,
    thread_time: time | None = None,
) -> list[ProposedTime]:
    """Every concrete interview time proposed in ``text``, in the order written.

    ``text`` is the plain text of the newest part of a message, without quoted history
    (``tactful.core.quoting.split_newest`` gives it).  ``sent_at`` anchors relative dates
    ("tomorrow", "next Tuesday") and years; without it only dates with a year are read.
    ``day_first`` forces how "09/03" is read; by default the zones mentioned decide (US:
    month first).  ``thread_time`` is the clock time the thread agreed before (see
    ``time_agreed_before``): "Friday, same time" with no time before it takes it.
    """
    text = text[:MAX_TEXT_CHARS]
    if subject:
        text = f"{subject[:MAX_SUBJECT_CHARS]}\n\n{text}"
    lowered = unwrap_soft_breaks(lower_same_length(text))
    markers = time_markers(text, lowered)
    if not markers and thread_time is None:
        return []
    bounds = _line_bounds(lowered)
    date_mentions = _find_dates(text, lowered, bounds, markers + occurrences(lowered, SAME_TIME_PHRASES))
    times = [t for t in find_times(text, lowered, markers, [(d.start, d.end) for d in date_mentions])
             if not any(d.start < t.end and t.start < d.end for d in date_mentions)]
    if not times and thread_time is None:
        return []
    all_zones = _with_zones_after(lowered, find_zones(text, lowered), times)
    usable = _usable_zones(text, lowered, all_zones, times)
    if day_first is None:
        day_first = _guess_day_first(date_mentions, usable)
    ref = sent_at.date() if sent_at is not None else None
    dates = _resolve_dates(lowered, date_mentions, ref, day_first)
    timed = _zone_columns(lowered, bounds, _time_items(lowered, times, usable, dates), all_zones)
    dates = _restated_days_dropped(lowered, dates, timed)
    if subject:
        timed = _subject_slot_moved(lowered, timed, min(len(subject), MAX_SUBJECT_CHARS))
    found = pair_lines(Context(text, lowered, sent_at, _single_zone(lowered, usable), thread_time), bounds, dates, timed, usable)
    return _with_length(found, lowered)


def time_agreed_before(quoted: str, sent_at: datetime | None) -> time | None:
    """The clock time of the first slot the quoted history names, when the newest text says
    "same time" (``says_same_time``): "Thursday at 3 works" quoted under "can we do Friday,
    same time instead?".  Only the top of the quote is read, the message just answered.
    """
    slots = find_proposed_times(quoted[:_QUOTE_CHARS], sent_at)
    return slots[0].start.time() if slots else None


def says_same_time(text: str) -> bool:
    """Whether ``text`` refers to a clock time with "same time" or its like in another language."""
    lowered = text.lower()
    return any(phrase in lowered for phrase in SAME_TIME_PHRASES)


def _with_length(found: list[ProposedTime], lowered: str) -> list[ProposedTime]:
    """Give times without an end the one length the message states ("a 45-minute call")."""
    if all(proposed.end is not None for proposed in found):
        return found
    length = _single_length(find_durations(lowered))
    if length is None:
        return found
    return [proposed if proposed.end is not None else replace(proposed, end=proposed.start + length)
            for proposed in found]


def _find_dates(text: str, lowered: str, bounds: list[int],
                markers: list[int]) -> list[DateMention]:
    """The date mentions worth reading, in order.

    Dates are read around each time marker on its line and, for a marker whose line has
    no date, on the few lines above it (where a date line such as "Monday, March 9:"
    heads a list of times; lines of table rules such as "|" do not count) and on the
    line right under it (booking tools write the time over the date).  Reading only
    these keeps the cost independent of the mail's length.  "same time" is a marker
    too: "Tuesday at the same time" names a date without a time.
    """
    marker_lines = sorted({bisect_right(bounds, marker) - 1 for marker in markers})
    own = _merged([(max(bounds[line_of], marker - _WINDOW), min(line_end_of(text, bounds, line_of), marker + _WINDOW))
                   for marker in markers for line_of in (bisect_right(bounds, marker) - 1,)])
    mentions = [d for start, end in own for d in find_dates(text, lowered, start, end)]
    dated = {bisect_right(bounds, mention.start) - 1 for mention in mentions}
    near_spans = []
    for line in marker_lines:
        if line in dated:
            continue
        below = line + 1
        if below < len(bounds) and below not in marker_lines:
            near_spans.append((bounds[below], min(line_end_of(text, bounds, below), bounds[below] + _WINDOW)))
        above, taken = line - 1, 0
        while above >= 0 and taken < _LINES_ABOVE:
            above_start, above_end = bounds[above], line_end_of(text, bounds, above)
            if text[above_start:above_end].strip(" \t|·•-–—*_"):
                taken += 1
                if above not in marker_lines:
                    near_spans.append((max(above_start, above_end - _WINDOW), above_end))
            above -= 1
    near_regions = _merged(near_spans)
    mentions.extend(d for start, end in near_regions for d in find_dates(text, lowered, start, end))
    for marker in markers:
        foreign = foreign_weekday_before_time(lowered, marker)
        if foreign is not None and not any(d.start < foreign.end and foreign.start < d.end for d in mentions):
            mentions.append(foreign)
    mentions.sort(key=lambda mention: mention.start)
    return mentions


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if regions and regions[-1][1] + 1 >= start:
            regions[-1] = (regions[-1][0], max(regions[-1][1], end))
        else:
            regions.append((start, end))
    return regions


def _with_zones_after(lowered: str, zones: list[ZoneMention], times: list[TimeMention]) -> list[ZoneMention]:
    """``zones`` and the zones written after a time the way other languages write them."""
    after = [zone for t in times
             if t.offset is None and (zone := zone_after(lowered, _past_hour_word(lowered, t.end))) is not None]
    return sorted([*zones, *after], key=lambda mention: mention.start) if after else zones


def _usable_zones(text: str, lowered: str, zones: list[ZoneMention], times: list[TimeMention]) -> list[ZoneMention]:
    """Zones that count: strong ones, and weak ones beside a time, in parentheses or
    stated for all times ("All times Eastern")."""
    usable = []
    for zone in zones:
        if zone.weak:
            # "(PT)" after a time, not in "Physical Therapist (PT)": a time must come before, in the sentence.
            in_parens = (text[zone.start - 1:zone.start] == "(" and text[zone.end:zone.end + 1] == ")"
                         and _time_earlier_in_sentence(text, zone.start, times))
            for_all = _FOR_ALL_RE.search(lowered, max(0, zone.start - 30), zone.start) is not None
            beside_time = any(_ZONE_GAP_RE.fullmatch(text, t.end, zone.start) for t in times)
            # "at 10:00 AM, CT." - but not "... at 10:00 AM. Please come to 45 Orchard Lane,
            # Brookfield, CT.": the time must be in the zone's sentence (a time mention may
            # end with the sentence's full stop), or the letters are a state.
            set_off = (lowered[max(0, zone.start - 2):zone.start] in _SET_OFF_BEFORE
                       and lowered[zone.end:zone.end + 1] in _SET_OFF_AFTER
                       and _time_earlier_in_sentence(text, zone.start, times))
            if not (in_parens or for_all or beside_time or set_off):
                continue
        usable.append(zone)
    return usable


def _time_earlier_in_sentence(text: str, position: int, times: list[TimeMention]) -> bool:
    """Whether one of ``times`` comes before ``position`` in its sentence (a time mention
    may end with the sentence's full stop)."""
    return any(t.end <= position and not _SENTENCE_END_RE.search(text, t.end - 1, position) for t in times)


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
            return zone.zone.name not in _MONTH_FIRST_ZONES
    return False


def _resolve_dates(lowered: str, mentions: list[DateMention],
                   ref: date | None, day_first: bool) -> list[DateItem]:
    resolved = []
    week: tuple[int, date] | None = None  # where the last "week of <date>" ends, and that week's Monday
    month_named: date | None = None  # the last day read from a date that names its month
    for mention in mentions:
        in_week = (week is not None and mention.weekday_only and mention.modifier is None
                   and mention.start - week[0] <= _NEXT_WEEK_REACH)
        if not in_week and mention.weekday_only and mention.modifier is None \
                and _next_week_before(lowered, mentions, mention):
            mention = replace(mention, modifier=_NEXT_WEEK)
        in_range = mention.weekday is not None and _in_weekday_range(lowered, mention)
        clause = clause_before(lowered, mention.start)
        after = clause_after(lowered, mention.end)
        negative = (in_range or mention.modifier in ("last", "past") or is_negated(clause)
                    or (is_cancelled(clause) and not trades_hours(clause)
                        and _HOURS_CHANGE_AFTER_RE.match(lowered, mention.end) is None)
                    or moved_away(after) or given_up_after(clause, after))
        day = resolve(mention, ref, day_first)
        if mention.month is not None or mention.numeric is not None:
            month_named = day
        elif mention.day is not None and month_named is not None:
            day = _in_month_named(mention.day, month_named, ref) or day
        if in_week and week is not None and mention.weekday is not None:
            day = week[1] + timedelta(days=mention.weekday)
            day = day if ref is None or day >= ref else None
        elif day is not None and not mention.weekday_only and _names_a_week(lowered, mention):
            # "the week of March 16" names a week, not a day to meet on.
            week, negative = (mention.end, day - timedelta(days=day.weekday())), True
        resolved.append(DateItem(mention, day, negative))
    return resolved


def _in_month_named(day_number: int, named: date, ref: date | None) -> date | None:
    """A bare day ("at 10:00 on the 14th") a few days from a date named with its month
    just before ("Thursday 14 and Friday 15 January") is in that month."""
    if abs(day_number - named.day) > _SAME_MONTH_REACH:
        return None
    try:
        day = named.replace(day=day_number)
    except ValueError:
        return None
    return day if ref is None or day >= ref else None


def _names_a_week(lowered: str, mention: DateMention) -> bool:
    """Whether "week of", "week commencing", "w/c"... lead to the date."""
    start = max(0, mention.start - _WEEK_OF_REACH)
    if lowered.find("week", start, mention.start) == -1 and lowered.find("w/c", start, mention.start) == -1:
        return False
    return _WEEK_OF_RE.search(lowered, start, mention.start) is not None


def _next_week_before(lowered: str, mentions: list[DateMention], mention: DateMention) -> bool:
    """Whether "next week" stands alone a little before a bare weekday, so that the weekday
    is one of next week's: "push it to next week ... Monday at 11 or Wednesday at 3"."""
    found = lowered.rfind(_NEXT_WEEK, max(0, mention.start - _NEXT_WEEK_REACH), mention.start)
    return (found != -1 and not any(other.start <= found < other.end for other in mentions)
            and _AWAY_BEFORE_RE.search(lowered, max(0, found - _AWAY_REACH), found) is None)


def _in_weekday_range(lowered: str, mention: DateMention) -> bool:
    """Whether the weekday is one end of a range ("Monday to Friday") or "weekdays"."""
    reach = lowered[max(0, mention.start - _RANGE_REACH):mention.end + _RANGE_REACH]
    if not any(word in reach for word in _RANGE_WORDS):
        return False
    return any(m.start() < mention.end and mention.start < m.end() and not _moves_between(lowered, m.start())
               for m in WEEKDAY_RANGE_RE.finditer(lowered, max(0, mention.start - _RANGE_REACH),
                                                  mention.end + _RANGE_REACH))


def _moves_between(lowered: str, start: int) -> bool:
    """Whether the two days from ``start`` on are the old and the new day of a move, not
    a range: "could we move our interview from Thursday to Friday"."""
    return lowered.endswith("from ", 0, start) and changes_from(clause_before(lowered, start - len("from ")))


def _time_items(lowered: str, times: list[TimeMention], zones: list[ZoneMention],
                dates: list[DateItem]) -> list[TimeItem]:
    items: list[TimeItem] = []
    arrivals: list[str | None] = []
    given_up: set[time] = set()
    for found in times:
        mention = _moved_from(lowered, found)
        if mention is not found:
            given_up.add(found.begins)
        zone: Zone | None = None
        end = mention.end
        if mention.offset is not None:
            zone = fixed_offset("-" if mention.offset < 0 else "+", abs(mention.offset) // 60, abs(mention.offset) % 60)
        else:
            time_end = _past_hour_word(lowered, mention.end)
            beside = next((z for z in zones if z.start >= time_end
                           and _ZONE_GAP_RE.fullmatch(lowered, time_end, z.start)), None)
            if beside is not None:
                # "UK time" rather than "UK": the longest zone written there.
                beside = max((z for z in zones if z.start == beside.start), key=lambda z: z.end)
                zone, end = beside.zone, beside.end + (lowered[beside.end:beside.end + 1] in ")]")
        previous = items[-1] if items else None
        clause = clause_before(lowered, mention.start)
        # "to 3" (a moved meeting's new time) is read with its "to", like the words before it.
        to = _TO_RE.match(lowered, mention.start)
        with_to = clause + to.group(0) if to is not None else clause
        after = clause_after(lowered, end)
        negative = (_is_deadline(lowered, mention.start, clause, dates) or is_end(clause) or is_break(clause)
                    or is_ahead_of_start(clause) or is_other_event(clause)
                    or is_cancelled(with_to) or break_follows(after)
                    or (previous is not None and (restates(lowered, previous.end, mention.start)
                                              or (previous.zone is not None and zone is not None
                                                  and previous.zone.name != zone.name
                                                  and restates_in_another_zone(lowered, previous.end, mention.start))
                                              or for_the_reader(lowered, previous.end, mention.start, after)))
                    or moved_away(after) or given_up_after(clause, after) or booked_then_given_up(lowered, clause, end)
                    or _named_again(lowered, mention, items) or _CJK_BY_RE.match(lowered, end) is not None
                    or (_later_in_programme(mention.start, clause, dates) and any(not item.negative for item in items)))
        # A time asked about once a booked slot is given up moves the meeting: "i need to bump our
        # 2pm today. any chance 4:30 works?".
        moves = (mention is not found or moves_to(with_to) or offered_instead(lowered, end)
                 or any(item.negative for item in items) and asked_if_it_works(lowered, end))
        items.append(TimeItem(mention, end, zone, negative, moves))
        # "Report time: 8:40 (interview begins at 9:00)", "Arrival: 8:45 for a 9:00 start": a start stated
        # in the arrival's clause is the start.
        arrivals.append(_ARRIVE if not negative and is_arrival(clause) and not is_stated_start(clause)
                        and not start_follows(after)
                        else _COME_FOR if not negative and comes_for(clause) else None)
    if given_up:
        # The slot moved away from, named again ("... a review at 14:00"), is no offer either.
        items = [replace(item, negative=True) if not item.moves and item.mention.begins in given_up else item
                 for item in items]
    return _booked_before_a_move(lowered, _arrivals_dropped(lowered, items, arrivals))


def _past_hour_word(lowered: str, end: int) -> int:
    """Where a time ends once the word for "o'clock" after it is read: "17:00 Uhr MEZ"."""
    word = _HOUR_WORD_RE.match(lowered, end)
    return word.end() if word is not None else end


def _restated_days_dropped(lowered: str, dates: list[DateItem], items: list[TimeItem]) -> list[DateItem]:
    """The day written inside a bracket that restates a slot in another zone is that
    slot's day there, no day of its own: "4:00 PM PST (Thursday, January 7, 9:00 AM JST)"."""
    spans = [(previous.end, item.start) for previous, item in zip(items, items[1:])
             if item.negative and restates(lowered, previous.end, item.start)]
    if not spans:
        return dates
    return [d for d in dates if not any(start <= d.start < end for start, end in spans)]


def _zone_columns(lowered: str, bounds: list[int], items: list[TimeItem], zones: list[ZoneMention]) -> list[TimeItem]:
    """Rows of a table whose header gives each column a zone ("Option | New York (ET) |
    Bengaluru (IST)"): a row's first time is in the first column's zone, the times after
    it restate that slot in the other zones."""
    if len({zone.zone.name for zone in zones}) < 2:
        return items
    rows: dict[int, list[int]] = {}
    for index, item in enumerate(items):
        rows.setdefault(bisect_right(bounds, item.start) - 1, []).append(index)
    result = list(items)
    for line, indexes in rows.items():
        header = _zone_header(lowered, bounds, line, rows, zones) if len(indexes) > 1 else None
        if header is None:
            continue
        first, *others = indexes
        if result[first].zone is None:
            result[first] = replace(result[first], zone=header)
        for index in others:
            result[index] = replace(result[index], negative=True)
    return result


def _zone_header(lowered: str, bounds: list[int], line: int, rows: dict[int, list[int]],
                 zones: list[ZoneMention]) -> Zone | None:
    """The zone of the first column, when the nearest line above ``line`` with no time on
    it is a table header naming two zones or more, one per column."""
    above = line - 1
    while above >= 0 and line - above <= _HEADER_REACH and above in rows:
        above -= 1
    if above < 0 or line - above > _HEADER_REACH:
        return None
    start, end = bounds[above], line_end_of(lowered, bounds, above)
    if "|" not in lowered[start:end] and "\t" not in lowered[start:end]:
        return None
    named = [zone for zone in zones if start <= zone.start < end]
    return named[0].zone if len({zone.zone.name for zone in named}) > 1 else None


def _named_again(lowered: str, mention: TimeMention, items: list[TimeItem]) -> bool:
    """Whether the time is one already given, referred to with "the": "your interview is at
    2pm GMT (10am EDT) ... the 2pm your time is unchanged"."""
    return lowered.endswith("the ", 0, mention.start) and any(item.mention.begins == mention.begins for item in items)


def _arrivals_dropped(lowered: str, items: list[TimeItem], arrivals: list[str | None]) -> list[TimeItem]:
    """Times to arrive or register, when a start is stated near them: "please arrive around
    9:45; your first conversation starts at 10:00".  Alone ("Arrival: 9:30 AM"), the
    arrival is the start.  A time to come somewhere for ("come to reception for 13:45")
    gives way only to a time said to begin ("the panel begins at 14:00"): beside other
    options it is one of them."""
    if not any(arrivals):
        return items
    starts = [item.start for item, arrival in zip(items, arrivals) if arrival is None and not item.negative]
    begins = [item.start for item in items if _COME_FOR in arrivals and not item.negative
              and is_stated_start(clause_before(lowered, item.start))]
    return [replace(item, negative=True)
            if arrival is not None and any(abs(start - item.start) <= _ARRIVAL_REACH
                                           for start in (starts if arrival == _ARRIVE else begins)) else item
            for item, arrival in zip(items, arrivals)]


def _later_in_programme(position: int, clause: str, dates: list[DateItem]) -> bool:
    """Whether the time at ``position`` is a later part of the programme of a day whose
    start was given before: "followed by" leads to it and no date of its own does."""
    back = programme_goes_on(clause)
    return back is not None and not any(position - back <= d.start < position for d in dates)


def _moved_from(lowered: str, mention: TimeMention) -> TimeMention:
    """The new time alone of a "from X to Y" that moves the meeting ("could we change the
    time of your interview from 14:00 to 16:30?"): X is the slot given up, not a start."""
    if mention.ends is None or not lowered.startswith("from", mention.start) \
            or not changes_from(clause_before(lowered, mention.start)):
        return mention
    separator = None
    for separator in _RANGE_END_RE.finditer(lowered, mention.start, mention.end):
        pass
    if separator is None:
        return mention
    return TimeMention(separator.end(), mention.end, mention.ends, None)


def _subject_slot_moved(lowered: str, items: list[TimeItem], body_start: int) -> list[TimeItem]:
    """The subject's time is the old slot when the body moves the meeting to times of its
    own ("Invitation: Interview @ Thu 19 Mar 15:00" over "could you do Monday instead?"),
    or gives up the slot of the subject's hour."""
    if not any(item.start < body_start for item in items):
        return items
    if announces_move(lowered, body_start) and any(item.start >= body_start and not item.negative for item in items):
        return [replace(item, negative=True) if item.start < body_start else item for item in items]
    # The body gives the subject's slot up by its hour ("Re: ... Weds 11am" over "move
    # tomorrow's 11am to Thursday, same time", "can we push Thursday's 2pm to Friday at 11?").
    given_up = {item.mention.begins for item in items if item.start >= body_start and item.negative}
    return [replace(item, negative=True) if item.start < body_start and item.mention.begins in given_up else item
            for item in items]


def _booked_before_a_move(lowered: str, items: list[TimeItem]) -> list[TimeItem]:
    """In a message that moves the meeting, the slot named as booked before the move is
    the old one: "your interview confirmed for 18 Mar, 10.00am ... shift it to 11.30am"."""
    first_move = next((index for index, item in enumerate(items) if item.moves), None)
    if first_move is None:
        return items
    return [replace(item, negative=True)
            if index < first_move and not item.negative and was_booked(clause_before(lowered, item.start)) else item
            for index, item in enumerate(items)]


def _is_deadline(lowered: str, position: int, clause: str, dates: list[DateItem]) -> bool:
    """``is_negated``, except that "by" right after a date that is itself no deadline
    gives the time of that day ("on Friday, 3 October by 2pm"), as in West African and
    Indian English."""
    if not is_negated(clause):
        return False
    by_offset = by_before(clause)
    if by_offset is None:
        return True
    by = position - by_offset
    return not any(not d.negative and d.end <= by and _DATE_BY_GAP_RE.fullmatch(lowered, d.end, by)
                   for d in dates)


def _single_zone(lowered: str, zones: list[ZoneMention]) -> Zone | None:
    """The one zone the message states, counting a zone written right after another
    ("Oslo time, CEST", "CET/CEST") as that zone restated."""
    names = {zone.zone.name for index, zone in enumerate(zones)
             if not index or _RESTATED_ZONE_GAP_RE.fullmatch(lowered, zones[index - 1].end, zone.start) is None}
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
