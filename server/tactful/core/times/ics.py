"""Read an interview invitation from the text of a text/calendar part.

``icalendar`` does the parsing, including TZID resolution through VTIMEZONE blocks,
IANA names and Windows names.  What is ours: choosing the meeting link, naming each
zone with an IANA key for display, and never raising on hostile input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone, tzinfo
from zoneinfo import ZoneInfo

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from tactful.core.model import ProposedTime
from tactful.core.times.zones import iana_zone

MAX_ICS_CHARS = 256_000
MAX_EVENTS = 50

# Hosts of video-meeting services; a link to one of them is the meeting link.
_MEETING_LINK_RE = re.compile(
    r"https://(?:[\w-]+\.)*(?:zoom\.us|zoomgov\.com|meet\.google\.com|teams\.microsoft\.com"
    r"|teams\.live\.com|webex\.com|whereby\.com|gotomeeting\.com|meet\.goto\.com|chime\.aws"
    r"|bluejeans\.com|meet\.jit\.si|around\.co)(?:/[^\s<>\"'\\]*)?",
    re.IGNORECASE,
)
# Properties in which calendar programs put the conference link.
_CONFERENCE_PROPERTIES = ("X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "CONFERENCE")
# What this module reads.  icalendar parses every property it is given, and attendee
# lists, alarms and vendor extras make most of an invitation: handing it only these
# (and whole VTIMEZONE blocks, which resolve TZIDs) cuts the parse to a fraction.
_READ_PROPERTIES = frozenset({
    "BEGIN", "END", "VERSION", "METHOD", "X-WR-TIMEZONE", "UID", "SUMMARY", "DTSTART", "DTEND", "DURATION",
    "SEQUENCE", "LOCATION", "ORGANIZER", "STATUS", "URL", "DESCRIPTION", *_CONFERENCE_PROPERTIES,
})
_KEPT_COMPONENTS = frozenset({"VCALENDAR", "VEVENT", "VTIMEZONE", "STANDARD", "DAYLIGHT"})
_FOLD_RE = re.compile(r"\r?\n[ \t]")
_NAME_END_RE = re.compile(r"[;:]")


@dataclass(frozen=True)
class Organizer:
    """Who sent the invitation, from ORGANIZER (``CN`` and the mailto address)."""

    name: str | None
    email: str | None


@dataclass(frozen=True)
class IcsEvent:
    """One VEVENT.

    ``start``/``end`` are aware, except for floating times (no zone in the file, nor an
    X-WR-TIMEZONE), which stay naive; all-day events have ``start`` ``None``.  ``tz`` is
    the IANA name of the event's zone when one is known.
    """

    uid: str | None
    summary: str | None
    start: datetime | None
    end: datetime | None
    tz: str | None
    location: str | None
    organizer: Organizer | None
    meeting_url: str | None
    status: str | None
    sequence: int


@dataclass(frozen=True)
class IcsInvite:
    """A calendar part: its METHOD (REQUEST, CANCEL, PUBLISH...) and its events."""

    method: str | None
    events: tuple[IcsEvent, ...]

    def proposed_times(self) -> tuple[ProposedTime, ...]:
        """The timed events as proposed times, in the order of the file."""
        return tuple(
            ProposedTime(event.summary or "calendar invitation", event.start, event.end, event.tz)
            for event in self.events
            if event.start is not None
        )


def times_from_ics(ics_text: str) -> IcsInvite | None:
    """Parse ``ics_text``; ``None`` when it is too large or not a calendar at all."""
    if len(ics_text) > MAX_ICS_CHARS:
        return None
    try:
        calendar = icalendar.Calendar.from_ical(_read_lines_only(ics_text))
    except Exception:  # icalendar raises many types on malformed text; any means "not a calendar"
        return None
    if not isinstance(calendar, icalendar.Calendar) or calendar.name != "VCALENDAR":
        return None
    default_zone = _calendar_zone(calendar)
    events = []
    for component in calendar.walk("VEVENT")[:MAX_EVENTS]:
        event = _read_event(component, default_zone) if isinstance(component, icalendar.Event) else None
        if event is not None:
            events.append(event)
    return IcsInvite(_text(calendar.get("METHOD"), upper=True), tuple(events))


def _read_lines_only(ics_text: str) -> str:
    """The unfolded content lines this module reads.

    Components other than the calendar, its events and time zones (VALARM, VTODO...)
    are left out whole.  A VTIMEZONE block is kept only when its TZID is no name that
    icalendar resolves by itself (an IANA key or a Windows zone name): building a zone
    from a block's rules is the costliest part of a parse, and tzdata knows the real
    rules of a named zone better than the sender's copy.  Unfolding follows RFC 5545:
    a line break followed by one space or tab continues the line.
    """
    kept: list[str] = []
    zone_block: list[str] | None = None
    skipped_depth = 0
    for line in _FOLD_RE.sub("", ics_text).splitlines():
        name_end = _NAME_END_RE.search(line)
        name = line[:name_end.start() if name_end else len(line)].strip().upper()
        value = line[name_end.end():].strip() if name_end else ""
        if name == "BEGIN" and (skipped_depth or value.upper() not in _KEPT_COMPONENTS):
            skipped_depth += 1
        elif skipped_depth:
            skipped_depth -= name == "END"
        elif zone_block is not None:
            zone_block.append(line)
            if name == "END" and value.upper() == "VTIMEZONE":
                if not _named_zone_block(zone_block):
                    kept.extend(zone_block)
                zone_block = None
        elif name == "BEGIN" and value.upper() == "VTIMEZONE":
            zone_block = [line]
        elif name in _READ_PROPERTIES:
            kept.append(line)
    return "\r\n".join(kept) + "\r\n"


def _named_zone_block(lines: list[str]) -> bool:
    """Whether a VTIMEZONE block's TZID is an IANA key or a Windows name."""
    for line in lines:
        if line[:5].upper() == "TZID:" or line[:5].upper() == "TZID;":
            tzid = line.partition(":")[2].strip()
            return tzid in WINDOWS_TO_OLSON or (iana_zone(tzid) is not None and "/" in tzid)
    return False


def _calendar_zone(calendar: icalendar.Calendar) -> ZoneInfo | None:
    """X-WR-TIMEZONE: the zone Google Calendar exports floating times in."""
    name = _text(calendar.get("X-WR-TIMEZONE"))
    zone = iana_zone(name) if name else None
    return zone.tz if zone is not None and isinstance(zone.tz, ZoneInfo) else None


def _read_event(component: icalendar.Event, default_zone: ZoneInfo | None) -> IcsEvent | None:
    try:
        start = component.start
        end = component.end
        sequence = int(component.get("SEQUENCE", 0))
    except Exception:  # a missing or malformed DTSTART/DTEND/DURATION/SEQUENCE
        return None
    zone_name = _zone_name(component, start)
    timed_start = _timed(start, zone_name, default_zone)
    timed_end = _timed(end, zone_name, default_zone) if timed_start is not None else None
    if timed_start is not None and zone_name is None and timed_start.tzinfo is not None:
        zone_name = _zone_name_of(timed_start.tzinfo)
    return IcsEvent(
        uid=_text(component.get("UID")),
        summary=_text(component.get("SUMMARY")),
        start=timed_start,
        end=timed_end,
        tz=zone_name if timed_start is not None else None,
        location=_text(component.get("LOCATION")),
        organizer=_organizer(component.get("ORGANIZER")),
        meeting_url=_meeting_url(component),
        status=_text(component.get("STATUS"), upper=True),
        sequence=sequence,
    )


def _zone_name(component: icalendar.cal.Component, value: date | datetime) -> str | None:
    """The IANA name of DTSTART's zone: its own key, or the TZID mapped from Windows."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        return None
    known = _zone_name_of(value.tzinfo)
    if known is not None:
        return known
    dtstart = component.get("DTSTART")
    tzid = str(dtstart.params.get("TZID", "")) if dtstart is not None else ""
    mapped = WINDOWS_TO_OLSON.get(tzid, tzid)
    zone = iana_zone(mapped) if mapped else None
    return zone.name if zone is not None else None


def _zone_name_of(tz: tzinfo) -> str | None:
    if isinstance(tz, ZoneInfo):
        return tz.key
    if tz is timezone.utc:
        return "UTC"
    return None


def _timed(value: date | datetime, zone_name: str | None, default_zone: ZoneInfo | None) -> datetime | None:
    """An aware datetime (in the named IANA zone when known); ``None`` for an all-day date."""
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=default_zone) if default_zone is not None else value
    zone = iana_zone(zone_name) if zone_name else None
    return value.astimezone(zone.tz) if zone is not None else value


def _organizer(value: object) -> Organizer | None:
    if value is None:
        return None
    address = str(value).strip()
    email = re.sub(r"^mailto:", "", address, flags=re.IGNORECASE) or None
    params = getattr(value, "params", {})
    name = str(params.get("CN", "")).strip().strip('"') or None
    return Organizer(name, email if email and "@" in email else None)


def _meeting_url(component: icalendar.cal.Component) -> str | None:
    for name in _CONFERENCE_PROPERTIES:
        value = _text(component.get(name))
        if value and value.lower().startswith("https://"):
            return value
    url = _text(component.get("URL"))
    for field in (url, _text(component.get("LOCATION")), _text(component.get("DESCRIPTION"))):
        match = _MEETING_LINK_RE.search(field or "")
        if match:
            return match.group(0).rstrip(".,;)")
    return url if url and url.lower().startswith(("https://", "http://")) else None


def _text(value: object, *, upper: bool = False) -> str | None:
    """A property as plain text; the first one when it is repeated."""
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    return text.upper() if upper else text
