"""Interview times in words: weekday, date, time range and zone.

"Tuesday 10 March, 14:00–14:45 CET (09:00–09:45 EDT my time)".  Each zone is written
with the clock its region uses: Babel's CLDR data tells which country a zone belongs
to and whether people there read a 12-hour or a 24-hour clock, so a New York
recruiter sees "2:00–2:45 PM EST" and a Paris one "14:00–14:45 CET".
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.core import Locale, UnknownLocaleError, get_global
from babel.dates import format_date, format_time

_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_EN = Locale("en")


def zone_from_name(name: str | None) -> tzinfo | None:
    """An IANA zone name or a fixed offset ("UTC+05:30", "GMT-4", "+0200") as a
    tzinfo; ``None`` when the name is missing or means nothing."""
    text = (name or "").strip()
    if not text:
        return None
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    if text.upper() in {"UTC", "GMT", "Z"}:
        return timezone.utc
    match = _OFFSET.match(text)
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if offset >= timedelta(hours=24):
        return None
    return timezone(-offset if sign == "-" else offset)


@lru_cache(maxsize=256)
def _twelve_hour_key(key: str) -> bool:
    canonical = get_global("zone_aliases").get(key, key)
    territory = get_global("zone_territories").get(canonical)
    if territory is None or territory == "ZZ" or not territory.isalpha():
        # "ZZ" and numeric regions ("001", the world) are zones of no country: UTC, Etc/*.
        return False
    try:
        pattern = Locale.parse(f"und_{territory}").time_formats["short"].pattern
    except (UnknownLocaleError, ValueError):
        return False
    return "h" in pattern.replace("H", "")


def uses_12_hour_clock(zone: tzinfo) -> bool:
    """Whether people in this zone's country usually read a 12-hour clock.

    Fixed offsets and zones without a country (UTC) get the 24-hour clock.
    """
    key = getattr(zone, "key", None)
    return isinstance(key, str) and _twelve_hour_key(key)


def zone_label(moment: datetime) -> str:
    """The zone abbreviation at that moment ("CET", "EDT"), or "UTC+5:30" where
    the zone database has only a numeric one."""
    name = moment.tzname() or ""
    if name.isalpha():
        return name
    offset = moment.utcoffset() or timedelta(0)
    if not offset:
        return "UTC"
    sign = "-" if offset < timedelta(0) else "+"
    minutes_total = abs(int(offset.total_seconds())) // 60
    hours, minutes = divmod(minutes_total, 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def _clock(moment: datetime, twelve: bool, with_period: bool = True) -> str:
    if not twelve:
        return format_time(moment, "HH:mm", locale=_EN)
    return format_time(moment, "h:mm a" if with_period else "h:mm", locale=_EN)


def _time_range(start: datetime, end: datetime | None, twelve: bool) -> str:
    if end is None or end == start:
        return _clock(start, twelve)
    same_period = twelve and (start.hour < 12) == (end.hour < 12) and start.date() == end.date()
    return f"{_clock(start, twelve, with_period=not same_period)}–{_clock(end, twelve)}"


def _day(moment: datetime, this_year: int | None) -> str:
    pattern = "EEEE d MMMM" if this_year in (None, moment.year) else "EEEE d MMMM y"
    return format_date(moment, pattern, locale=_EN)


def describe(
    start: datetime,
    end: datetime | None,
    shown_in: tzinfo | None,
    user_zone: tzinfo,
    *,
    this_year: int | None = None,
) -> str:
    """Write a time span for the recruiter, with the user's own time alongside.

    ``shown_in`` is the recruiter's zone (the user's zone when ``None``).  A naive
    ``start`` (zone unknown) is written as it is, without a zone.  The user's time is
    added only when it differs from the one shown; the year only when it is not
    ``this_year``.
    """
    if start.tzinfo is None:
        return f"{_day(start, this_year)}, {_time_range(start, end, twelve=False)}"
    zone = shown_in or user_zone
    local_start = start.astimezone(zone)
    local_end = end.astimezone(zone) if end is not None else None
    twelve = uses_12_hour_clock(zone)
    text = f"{_day(local_start, this_year)}, {_time_range(local_start, local_end, twelve)}"
    text += f" {zone_label(local_start)}"
    mine = start.astimezone(user_zone)
    if mine.utcoffset() == local_start.utcoffset():
        return text
    mine_end = end.astimezone(user_zone) if end is not None else None
    mine_twelve = uses_12_hour_clock(user_zone)
    mine_text = f"{_time_range(mine, mine_end, mine_twelve)} {zone_label(mine)} my time"
    if mine.date() != local_start.date():
        mine_text = f"{_day(mine, this_year)}, {mine_text}"
    return f"{text} ({mine_text})"
