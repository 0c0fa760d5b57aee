"""The user's calendar from local .ics files (a Google Takeout export, say)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tactful.adapters.ics_calendar import read_ics_busy
from tactful.core.slots.model import BusyInterval
from tactful.service.ports import CalendarUnavailable


class IcsCalendar:
    """Busy time read from one or more .ics files each time it is asked.

    Any unreadable file makes the whole calendar unavailable: proposing "free" times
    while part of the calendar is unknown could double-book the user.
    """

    def __init__(self, paths: Sequence[Path], zone: ZoneInfo, user_emails: Sequence[str] = ()) -> None:
        self._paths = tuple(paths)
        self._zone = zone
        self._user_emails = tuple(user_emails)

    def busy(self, start: datetime, end: datetime) -> Sequence[BusyInterval]:
        result = read_ics_busy(self._paths, start, end, zone=self._zone, user_emails=self._user_emails)
        if result.problems:
            raise CalendarUnavailable("; ".join(str(problem) for problem in result.problems))
        return result.busy
