"""The user's Google Calendar: busy time, time zone, tentative holds."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tactful.adapters.google_client import GoogleApiError, GoogleClient, GoogleError
from tactful.core.slots.model import BusyInterval, Interval
from tactful.service.ports import CalendarUnavailable

# Google refuses a free/busy query over a much longer range ("The requested time range
# is too long"); longer windows are asked in pieces.
MAX_FREEBUSY_SPAN = timedelta(days=90)
HOLD_DESCRIPTION = "Tentative hold placed by Tactful while an interview time is being agreed."


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def spans(start: datetime, end: datetime, longest: timedelta = MAX_FREEBUSY_SPAN) -> Iterator[tuple[datetime, datetime]]:
    """``[start, end)`` cut into consecutive pieces no longer than ``longest``."""
    low = start
    while low < end:
        high = min(low + longest, end)
        yield low, high
        low = high


def hold_title(company: str | None) -> str:
    return f"Hold: interview with {company}?" if company else "Hold: interview?"


class GoogleCalendar:
    """The ``Calendar`` port on the Calendar API, over ``calendar_ids`` (default: primary).

    Every failure is a ``CalendarUnavailable`` whose cause is the Google error: proposing
    times from a partly read calendar could double-book the user.
    """

    def __init__(self, client: GoogleClient, calendar_ids: Sequence[str] = ("primary",)) -> None:
        if not calendar_ids:
            raise ValueError("at least one calendar is needed")
        self._client = client
        self._calendar_ids = tuple(calendar_ids)

    def _run(self, request: Any, what: str) -> Any:
        try:
            return self._client.execute(request, what)
        except GoogleError as error:
            raise CalendarUnavailable(f"Your Google Calendar could not be read: {error}") from error

    def busy(self, start: datetime, end: datetime) -> Sequence[BusyInterval]:
        """Busy intervals of the chosen calendars overlapping ``[start, end)``, sorted."""
        found: list[BusyInterval] = []
        for low, high in spans(start, end):
            body = {
                "timeMin": _rfc3339(low),
                "timeMax": _rfc3339(high),
                "timeZone": "UTC",
                "items": [{"id": calendar_id} for calendar_id in self._calendar_ids],
            }
            answer = self._run(self._client.calendar.freebusy().query(body=body), "querying free/busy time")
            for calendar_id in self._calendar_ids:
                entry = answer.get("calendars", {}).get(calendar_id)
                if entry is None or entry.get("errors"):
                    reasons = ", ".join(error.get("reason", "?") for error in (entry or {}).get("errors", [])) or "missing"
                    raise CalendarUnavailable(f"The calendar {calendar_id} could not be read ({reasons}).")
                found.extend(BusyInterval(_moment(span["start"]), _moment(span["end"])) for span in entry.get("busy", []))
        return sorted(found)

    def zone(self) -> ZoneInfo:
        """The user's time zone from the Calendar settings."""
        setting = self._run(self._client.calendar.settings().get(setting="timezone"), "reading your time zone")
        name = setting.get("value")
        try:
            return ZoneInfo(str(name))
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise CalendarUnavailable(f"Your calendar's time zone {name!r} is not a known zone.") from error

    def calendars(self) -> list[tuple[str, str]]:
        """The user's calendars as ``(id, summary)`` pairs, to choose which ones count."""
        listing = self._run(self._client.calendar.calendarList().list(maxResults=250), "listing your calendars")
        return [(str(item["id"]), str(item.get("summary", item["id"]))) for item in listing.get("items", [])]

    def hold(self, slot: Interval, company: str | None, zone: ZoneInfo) -> str:
        """Put a tentative, busy, unannounced event on the primary calendar; its id."""
        body = {
            "summary": hold_title(company),
            "description": HOLD_DESCRIPTION,
            "start": {"dateTime": slot.start.astimezone(zone).isoformat(), "timeZone": zone.key},
            "end": {"dateTime": slot.end.astimezone(zone).isoformat(), "timeZone": zone.key},
            "status": "tentative",
            "transparency": "opaque",
            "extendedProperties": {"private": {"tactful": "hold"}},
        }
        request = self._client.calendar.events().insert(calendarId="primary", body=body, sendUpdates="none")
        event = self._run(request, "placing a tentative hold")
        return str(event["id"])

    def release(self, event_id: str) -> None:
        """Remove a hold; one already removed (by the user, or earlier) is fine."""
        request = self._client.calendar.events().delete(calendarId="primary", eventId=event_id, sendUpdates="none")
        try:
            self._client.execute(request, "releasing a tentative hold")
        except GoogleApiError as error:
            if error.status not in (404, 410):
                raise CalendarUnavailable(f"The hold could not be released: {error}") from error
        except GoogleError as error:
            raise CalendarUnavailable(f"The hold could not be released: {error}") from error
