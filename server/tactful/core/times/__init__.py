"""Proposed interview times, read from an email's text and from its calendar parts."""

from tactful.core.times.extract import MAX_TEXT_CHARS, find_proposed_times, says_same_time, time_agreed_before
from tactful.core.times.ics import IcsEvent, IcsInvite, Organizer, times_from_ics

__all__ = [
    "MAX_TEXT_CHARS",
    "IcsEvent",
    "IcsInvite",
    "Organizer",
    "find_proposed_times",
    "says_same_time",
    "time_agreed_before",
    "times_from_ics",
]
