"""Tentative calendar holds for the slots a reschedule draft proposes.

With holds on, each proposed slot is put on the user's calendar as a busy, tentative
event, so nothing else gets booked there while the recruiter chooses.  The holds of a
thread are remembered; they are released when the user asks, and replaced whenever a
new draft is saved for the thread (a decline or an acceptance releases them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol
from zoneinfo import ZoneInfo

from tactful.core.compose.options import Action
from tactful.core.slots.model import Interval
from tactful.service.settings import Settings
from tactful.service.threads import DraftResult, DraftStatus


class HoldCalendar(Protocol):
    """A calendar that can hold time (``tactful.adapters.google_calendar.GoogleCalendar``)."""

    def hold(self, slot: Interval, company: str | None, zone: ZoneInfo) -> str: ...

    def release(self, event_id: str) -> None: ...


class HoldLedger(Protocol):
    """The event ids of one user's holds, by thread."""

    def of_thread(self, thread_id: str) -> list[str]: ...

    def add(self, thread_id: str, event_ids: Sequence[str]) -> None: ...

    def forget(self, event_ids: Sequence[str]) -> None: ...


def release_holds(calendar: HoldCalendar, ledger: HoldLedger, thread_id: str) -> int:
    """Remove the thread's holds from the calendar; how many were released.

    Each hold is forgotten as soon as it is gone, so a failure halfway (raised as
    ``CalendarUnavailable``) leaves the ledger naming exactly the holds still there.
    """
    event_ids = ledger.of_thread(thread_id)
    for event_id in event_ids:
        calendar.release(event_id)
        ledger.forget([event_id])
    return len(event_ids)


def replace_holds(
    calendar: HoldCalendar,
    ledger: HoldLedger,
    thread_id: str,
    slots: Sequence[Interval],
    company: str | None,
    zone: ZoneInfo,
) -> tuple[str, ...]:
    """Release the thread's holds, then hold each of ``slots``; the new event ids."""
    release_holds(calendar, ledger, thread_id)
    placed: list[str] = []
    try:
        for slot in slots:
            placed.append(calendar.hold(slot, company, zone))
    finally:
        ledger.add(thread_id, placed)  # even after a failure, so what was placed can be released
    return tuple(placed)


def settle_holds(
    calendar: HoldCalendar,
    ledger: HoldLedger,
    thread_id: str,
    result: DraftResult,
    action: Action,
    settings: Settings,
) -> tuple[str, ...] | None:
    """After a draft was saved: hold the slots a reschedule proposes (when ``settings.holds``),
    and release the thread's holds for a new decline or acceptance.

    ``None`` when nothing changed (a decline or acceptance whose draft stayed as it was);
    raises ``CalendarUnavailable`` as ``replace_holds`` does.
    """
    rescheduling = action is Action.RESCHEDULE
    if not rescheduling and result.status not in (DraftStatus.CREATED, DraftStatus.UPDATED):
        return None
    slots = result.outcome.slots if rescheduling and settings.holds else ()
    return replace_holds(calendar, ledger, thread_id, slots, result.outcome.detection.company, settings.zoneinfo)
