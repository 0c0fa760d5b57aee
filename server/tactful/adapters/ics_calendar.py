"""Busy time from local iCalendar (.ics) files, such as a Google Takeout export.

Parsing is ``icalendar``'s job and expanding RRULE/RDATE/EXDATE/RECURRENCE-ID is
``recurring_ical_events``' job (it also applies Google's X-WR-TIMEZONE); this module
only decides which occurrences make the user busy and turns them into
:class:`BusyInterval` values for the slot engine.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events  # type: ignore[import-untyped]

from tactful.core.slots.intervals import to_utc
from tactful.core.slots.localtime import start_of_day
from tactful.core.slots.model import BusyInterval

log = logging.getLogger(__name__)

IcsSource = str | bytes | os.PathLike[str]
"""A path to an .ics file, or the calendar text itself (anything containing BEGIN:VCALENDAR)."""


@dataclass(frozen=True)
class IcsProblem:
    """A calendar that could not be read; ``source`` names the file (or the text's position)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"cannot read calendar {self.source}: {self.reason}"


@dataclass(frozen=True)
class IcsBusy:
    """Busy intervals from every readable calendar, and what went wrong with the others."""

    busy: tuple[BusyInterval, ...]
    problems: tuple[IcsProblem, ...]


def read_ics_busy(
    sources: Iterable[IcsSource],
    window_start: datetime,
    window_end: datetime,
    *,
    zone: ZoneInfo,
    user_emails: Iterable[str] = (),
) -> IcsBusy:
    """Busy intervals overlapping ``[window_start, window_end)`` from ``sources``.

    Recurring events are expanded.  Skipped: events marked TRANSP:TRANSPARENT (or
    Outlook's busy status FREE), STATUS:CANCELLED, and events where an attendee whose
    address is in ``user_emails`` has PARTSTAT=DECLINED.  All-day events block whole
    local days in ``zone``; floating times are read in ``zone``.  A source that cannot
    be read or parsed becomes an :class:`IcsProblem` and the others are still used.
    """
    if window_start.tzinfo is None or window_end.tzinfo is None:
        raise ValueError("the calendar window needs timezone-aware datetimes")
    me = frozenset(address.strip().lower() for address in user_emails)
    busy: list[BusyInterval] = []
    problems: list[IcsProblem] = []
    for position, source in enumerate(sources, start=1):
        name = _name(source, position)
        try:
            events = _occurrences(_text(source), window_start, window_end)
            found = [_interval(event, zone) for event in events if _blocks(event, me)]
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
            # icalendar reports malformed input with ValueError subclasses, but a
            # broken property can surface as any of these while an event is read.
            problems.append(IcsProblem(name, str(error) or type(error).__name__))
            continue
        busy.extend(interval for interval in found if interval is not None)
    busy.sort(key=lambda b: (to_utc(b.start), to_utc(b.end), b.summary or ""))
    return IcsBusy(tuple(busy), tuple(problems))


def busy_from_ics(
    sources: Iterable[IcsSource],
    window_start: datetime,
    window_end: datetime,
    *,
    zone: ZoneInfo,
    user_emails: Iterable[str] = (),
) -> list[BusyInterval]:
    """Like :func:`read_ics_busy`, logging a warning per unreadable calendar."""
    result = read_ics_busy(sources, window_start, window_end, zone=zone, user_emails=user_emails)
    for problem in result.problems:
        log.warning("%s", problem)
    return list(result.busy)


def _name(source: IcsSource, position: int) -> str:
    if isinstance(source, bytes) or _is_text(source):
        return f"calendar text #{position}"
    return os.fspath(source)


def _is_text(source: IcsSource) -> bool:
    return isinstance(source, str) and "BEGIN:VCALENDAR" in source.upper()


def _text(source: IcsSource) -> str | bytes:
    if isinstance(source, bytes):
        return source
    if isinstance(source, str) and _is_text(source):
        return source
    return Path(source).read_bytes()


def _occurrences(text: str | bytes, start: datetime, end: datetime) -> list[Any]:
    calendars = icalendar.Calendar.from_ical(text, multiple=True)
    if not calendars:
        raise ValueError("no VCALENDAR found (empty or truncated file?)")
    events: list[Any] = []
    for calendar in calendars:
        events.extend(recurring_ical_events.of(calendar).between(start, end))
    return events


def _blocks(event: Any, me: frozenset[str]) -> bool:
    """Whether this occurrence makes the user busy."""
    if str(event.get("TRANSP", "")).upper() == "TRANSPARENT":
        return False
    if str(event.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper() == "FREE":
        return False
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return False
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    for attendee in attendees:
        address = str(attendee).strip().lower().removeprefix("mailto:")
        if address in me and str(attendee.params.get("PARTSTAT", "")).upper() == "DECLINED":
            return False
    return True


def _interval(event: Any, zone: ZoneInfo) -> BusyInterval | None:
    start, end = _moment(event.start, zone), _moment(event.end, zone)
    if end <= start:
        return None
    summary = event.get("SUMMARY")
    return BusyInterval(start, end, str(summary) if summary is not None else None)


def _moment(value: date | datetime, zone: ZoneInfo) -> datetime:
    """An instant for a DTSTART/DTEND value: dates are local midnights, floating times local."""
    if not isinstance(value, datetime):
        return start_of_day(value, zone)
    if value.tzinfo is None:
        return value.replace(tzinfo=zone)
    return value
