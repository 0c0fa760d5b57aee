"""The small interfaces the use cases need from the outside world."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from tactful.core.slots.model import BusyInterval


class CalendarUnavailable(Exception):
    """The calendar could not be read; the message says why, in words for the user."""


class Calendar(Protocol):
    """Busy time of the user's calendars."""

    def busy(self, start: datetime, end: datetime) -> Sequence[BusyInterval]:
        """Busy intervals overlapping ``[start, end)``; raises ``CalendarUnavailable``."""
        ...
