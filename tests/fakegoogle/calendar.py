"""Calendar v3 in memory: calendars, timed events, the timezone setting."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from fakegoogle.errors import ApiError

Handler = Callable[["CalendarState", Mapping[str, str], Mapping[str, list[str]], Any], tuple[int, Any]]
# Google refuses a free/busy range much longer than this (the exact limit is not documented).
MAX_FREEBUSY_RANGE = timedelta(days=90)


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class CalendarState:
    """One user's calendars."""

    email_address: str
    time_zone: str | None = "Europe/London"
    calendars: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    deleted: set[tuple[str, str]] = field(default_factory=set)
    _counter: int = 0

    def __post_init__(self) -> None:
        self.add_calendar(self.email_address, summary=self.email_address, primary=True)

    def add_calendar(self, calendar_id: str, *, summary: str, primary: bool = False) -> None:
        entry: dict[str, Any] = {
            "kind": "calendar#calendarListEntry",
            "id": calendar_id,
            "summary": summary,
            "accessRole": "owner",
            "selected": True,
        }
        if primary:
            entry["primary"] = True
        if self.time_zone:
            entry["timeZone"] = self.time_zone
        self.calendars[calendar_id] = entry
        self.events.setdefault(calendar_id, {})

    def resolve(self, calendar_id: str) -> str:
        return self.email_address if calendar_id == "primary" else calendar_id

    def seed_event(
        self,
        start: datetime,
        end: datetime,
        *,
        calendar_id: str = "primary",
        summary: str = "Busy",
        transparency: str = "opaque",
        status: str = "confirmed",
    ) -> str:
        return self._store(
            self.resolve(calendar_id),
            {
                "summary": summary,
                "start": {"dateTime": start.isoformat()},
                "end": {"dateTime": end.isoformat()},
                "transparency": transparency,
                "status": status,
            },
        )

    def _store(self, calendar_id: str, event: dict[str, Any]) -> str:
        self._counter += 1
        event_id = f"fakeevent{self._counter:06d}"
        event = {
            "kind": "calendar#event",
            "id": event_id,
            "htmlLink": f"https://www.google.com/calendar/event?eid={event_id}",
            "status": "confirmed",
            "transparency": "opaque",
            **event,
        }
        event["id"] = event_id
        self.events[calendar_id][event_id] = event
        return event_id

    def busy(self, calendar_id: str, start: datetime, end: datetime) -> list[dict[str, str]]:
        spans = sorted(
            (max(_moment(e["start"]["dateTime"]), start), min(_moment(e["end"]["dateTime"]), end))
            for e in self.events[calendar_id].values()
            if e.get("status") != "cancelled" and e.get("transparency") != "transparent"
        )
        merged: list[list[datetime]] = []
        for low, high in spans:
            if high <= low:
                continue
            if merged and low <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], high)
            else:
                merged.append([low, high])
        return [{"start": _rfc3339(low), "end": _rfc3339(high)} for low, high in merged]


def freebusy_query(state: CalendarState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    try:
        start, end = _moment(body["timeMin"]), _moment(body["timeMax"])
    except KeyError as missing:
        raise ApiError(400, "required", f"Missing {missing.args[0]}.") from None
    if end < start:
        raise ApiError(400, "timeRangeEmpty", "The specified time range is empty.")
    if end - start > MAX_FREEBUSY_RANGE:
        raise ApiError(400, "timeRangeTooLong", "The requested time range is too long.")
    calendars: dict[str, Any] = {}
    for item in body.get("items", []):
        resolved = state.resolve(item["id"])
        if resolved in state.events:
            calendars[item["id"]] = {"busy": state.busy(resolved, start, end)}
        else:
            calendars[item["id"]] = {"errors": [{"domain": "global", "reason": "notFound"}], "busy": []}
    return 200, {"kind": "calendar#freeBusy", "timeMin": body["timeMin"], "timeMax": body["timeMax"], "calendars": calendars}


def settings_get(state: CalendarState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    if path["setting"] != "timezone":
        raise ApiError(404, "notFound", "Not Found")
    setting: dict[str, Any] = {"kind": "calendar#setting", "etag": '"fake"', "id": "timezone"}
    if state.time_zone is not None:
        setting["value"] = state.time_zone
    return 200, setting


def calendar_list(state: CalendarState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    return 200, {"kind": "calendar#calendarList", "items": list(state.calendars.values())}


def events_insert(state: CalendarState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    calendar_id = state.resolve(path["calendarId"])
    if calendar_id not in state.events:
        raise ApiError(404, "notFound", "Not Found")
    if "dateTime" not in body.get("start", {}) or "dateTime" not in body.get("end", {}):
        raise ApiError(400, "required", "Missing end time." if "start" in body else "Missing start time.")
    if _moment(body["end"]["dateTime"]) < _moment(body["start"]["dateTime"]):
        raise ApiError(400, "timeRangeEmpty", "The specified time range is empty.")
    event_id = state._store(calendar_id, dict(body))
    return 200, state.events[calendar_id][event_id]


def events_delete(state: CalendarState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    calendar_id = state.resolve(path["calendarId"])
    key = (calendar_id, path["eventId"])
    if key in state.deleted:
        raise ApiError(410, "deleted", "Resource has been deleted")
    if path["eventId"] not in state.events.get(calendar_id, {}):
        raise ApiError(404, "notFound", "Not Found")
    del state.events[calendar_id][path["eventId"]]
    state.deleted.add(key)
    return 204, None


HANDLERS: dict[str, Handler] = {
    "calendar.freebusy.query": freebusy_query,
    "calendar.settings.get": settings_get,
    "calendar.calendarList.list": calendar_list,
    "calendar.events.insert": events_insert,
    "calendar.events.delete": events_delete,
}
