"""Shared pieces of the suggested-reply tests."""

from __future__ import annotations


def one_event_calendar(start: str, end: str, summary: str) -> str:
    """An .ics calendar holding one busy event; ``start``/``end`` in UTC as 20260303T140000Z."""
    return "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tactful tests//EN", "BEGIN:VEVENT", "UID:busy@test",
        "DTSTAMP:20260301T000000Z", f"DTSTART:{start}", f"DTEND:{end}", f"SUMMARY:{summary}", "END:VEVENT",
        "END:VCALENDAR", "",
    ])
