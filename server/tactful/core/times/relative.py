"""Turn a ``DateMention`` into a calendar day, relative to the day the mail was sent.

The rules, chosen to match what a sender means:

* "today"/"tomorrow" count from the sent day (in the sender's own offset).
* "Monday", "on Monday", "next Monday", "coming Monday": the first Monday *after* the sent
  day (sent on a Monday, that is a week later). "this Monday": the sent day itself when
  it is a Monday, else the coming one. "Monday next week": Monday of the following
  calendar week (weeks start on Monday). "last Monday", "yesterday": past, so ``None``.
* A month and day without a year: that day of the sent year when it is on or after the
  sent day; otherwise the next year's when that is within six months (a January date
  written in December), else ``None``: the sender is recalling a past day.  A written
  weekday picks between the two years when only one of them matches it.
* "3/4": month first unless ``day_first``; a number above 12 or a written weekday that
  fits only one reading decides it instead.
* A date with its year that is before the sent day is past: ``None``.
"""

from __future__ import annotations

from datetime import date, timedelta

from tactful.core.times.dates import DateMention

_NEXT_YEAR_HORIZON = timedelta(days=183)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_from(ref: date, weekday: int, modifier: str | None) -> date | None:
    ahead = (weekday - ref.weekday()) % 7
    if modifier in (None, "next", "coming", "this coming", "following"):
        return ref + timedelta(days=ahead or 7)
    if modifier == "this":
        return ref + timedelta(days=ahead)
    if modifier == "next week":
        return ref - timedelta(days=ref.weekday()) + timedelta(days=7 + weekday)
    if modifier == "this week":
        day = ref - timedelta(days=ref.weekday()) + timedelta(days=weekday)
        return day if day >= ref else None
    return None  # "last", "past"


def _month_day(ref: date | None, month: int, day: int, year: int | None,
               weekday: int | None) -> date | None:
    if year is not None:
        explicit = _safe_date(year, month, day)
        if explicit is None or (ref is not None and explicit < ref):
            return None
        return explicit
    if ref is None:
        return None
    candidates = [d for d in (_safe_date(ref.year, month, day), _safe_date(ref.year + 1, month, day))
                  if d is not None]
    if weekday is not None:
        matching = [d for d in candidates if d.weekday() == weekday]
        if len(matching) == 1:
            chosen = matching[0]
            return chosen if chosen >= ref else None
    for candidate in candidates:
        if candidate >= ref:
            return candidate if candidate.year == ref.year or candidate - ref <= _NEXT_YEAR_HORIZON else None
    return None


def _day_of_month(ref: date | None, day: int, weekday: int | None) -> date | None:
    """"the 12th": this month's when still ahead, else next month's."""
    if ref is None:
        return None
    year, month = ref.year, ref.month
    for _ in range(3):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate >= ref and (weekday is None or candidate.weekday() == weekday):
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def numeric_order(first: int, second: int, weekday: int | None, year: int | None,
                  ref: date | None, day_first: bool) -> tuple[int, int] | None:
    """(month, day) for "first/second"; ``None`` when neither reading is a date."""
    readings = [(first, second), (second, first)]
    readings = [(m, d) for m, d in readings if 1 <= m <= 12 and 1 <= d <= 31]
    if not readings:
        return None
    if len(readings) == 2 and readings[0] != readings[1] and weekday is not None:
        fitting = [r for r in readings if (resolved := _month_day(ref, r[0], r[1], year, None)) is not None
                   and resolved.weekday() == weekday]
        if len(fitting) == 1:
            return fitting[0]
    if len(readings) == 2 and day_first:
        return readings[1]
    return readings[0]


def resolve(mention: DateMention, ref: date | None, day_first: bool) -> date | None:
    """The calendar day ``mention`` names, or ``None`` when unknown or in the past."""
    if mention.days_ahead is not None:
        if ref is None or mention.days_ahead < 0:
            return None
        return ref + timedelta(days=mention.days_ahead)
    if mention.numeric is not None:
        order = numeric_order(*mention.numeric, mention.weekday, mention.year, ref, day_first)
        if order is None:
            return None
        return _month_day(ref, order[0], order[1], mention.year, mention.weekday)
    if mention.month is not None and mention.day is not None:
        return _month_day(ref, mention.month, mention.day, mention.year, mention.weekday)
    if mention.day is not None:
        return _day_of_month(ref, mention.day, mention.weekday)
    if mention.weekday is not None and ref is not None:
        return _weekday_from(ref, mention.weekday, mention.modifier)
    return None
