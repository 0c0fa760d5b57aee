"""The click-to-draft path reads the mailbox and the calendar at the same time."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tactful.core.compose.options import Action, ReplyOptions
from tactful.core.model import Email
from tactful.core.slots.model import BusyInterval
from tactful.service.ports import CalendarUnavailable, DraftUpdateResult, SavedDraft, ThreadSummary
from tactful.service.prefetch import prefetched
from tactful.service.replying import Scheduling
from tactful.service.threads import draft_for_thread

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 2, 9, tzinfo=LONDON)
INVITE = Email(id="m1", from_name="Ines Duarte", from_email="ines@corvid.example", subject="Interview for Data Analyst",
               body="Hi Sam, could we do a 30 minute video interview on Thursday 5 March at 2pm?",
               sent_at=NOW - timedelta(hours=2), message_id="<m1@corvid.example>", thread_id="t1")
WAIT = 5.0  # seconds; only reached when the two reads do not overlap


class GatedCalendar:
    """Answers busy time only once the mailbox read has started, and records what it was asked."""

    def __init__(self, mailbox_reading: threading.Event, fails: bool = False) -> None:
        self.mailbox_reading = mailbox_reading
        self.asked: list[tuple[datetime, datetime]] = []
        self.started = threading.Event()
        self.fails = fails

    def busy(self, start: datetime, end: datetime) -> Sequence[BusyInterval]:
        self.asked.append((start, end))
        self.started.set()
        if not self.mailbox_reading.wait(WAIT):
            raise AssertionError("the calendar was read before the mailbox, not beside it")
        if self.fails:
            raise CalendarUnavailable("the free/busy service did not answer")
        return [BusyInterval(NOW + timedelta(days=1), NOW + timedelta(days=1, hours=8), "Offsite")]


class GatedMailbox:
    """A one-thread mailbox whose read waits until the calendar read has begun."""

    def __init__(self, calendar: GatedCalendar | None) -> None:
        self.calendar = calendar
        self.reading = threading.Event()
        self.drafts: list[bytes] = []

    def newest_message(self, thread_id: str, message_id: str | None = None) -> Email:
        self.reading.set()
        if self.calendar is not None and not self.calendar.started.wait(WAIT):
            raise AssertionError("the mailbox was read before the calendar, not beside it")
        return INVITE

    def candidate_threads(self, days: int) -> Sequence[ThreadSummary]:
        return []

    def messages(self, message_ids: Sequence[str]) -> Mapping[str, Email]:
        return {}

    def create_draft(self, thread_id: str, raw: bytes) -> SavedDraft:
        self.drafts.append(raw)
        return SavedDraft(f"d{len(self.drafts)}", thread_id, f"dm{len(self.drafts)}", "f")

    def update_draft(self, saved: SavedDraft, raw: bytes) -> DraftUpdateResult:
        raise AssertionError("no earlier draft in these tests")


class Ledger:
    def __init__(self) -> None:
        self.saved: dict[str, SavedDraft] = {}

    def get(self, thread_id: str) -> SavedDraft | None:
        return self.saved.get(thread_id)

    def put(self, thread_id: str, saved: SavedDraft) -> None:
        self.saved[thread_id] = saved


def _draft(mailbox: GatedMailbox, calendar: GatedCalendar | None, action: Action) -> object:
    options = ReplyOptions(action=action, user_tz="Europe/London", user_name="Sam")
    return draft_for_thread(mailbox, Ledger(), calendar, "t1", options, Scheduling(zone=LONDON), NOW)


def _pair(fails: bool = False) -> tuple[GatedMailbox, GatedCalendar]:
    reading = threading.Event()
    calendar = GatedCalendar(reading, fails)
    mailbox = GatedMailbox(calendar)
    calendar.mailbox_reading = mailbox.reading
    return mailbox, calendar


def test_a_reschedule_reads_the_thread_and_the_calendar_at_the_same_time() -> None:
    mailbox, calendar = _pair()
    _draft(mailbox, calendar, Action.RESCHEDULE)
    assert len(calendar.asked) == 1 and len(mailbox.drafts) == 1
    start, end = calendar.asked[0]
    assert start == NOW and end >= NOW + timedelta(days=14)


def test_a_decline_does_not_read_the_calendar_at_all() -> None:
    reading = threading.Event()
    calendar = GatedCalendar(reading)
    mailbox = GatedMailbox(None)
    _draft(mailbox, calendar, Action.DECLINE)
    assert calendar.asked == [] and len(mailbox.drafts) == 1


def test_a_calendar_failure_read_early_still_stops_the_reschedule() -> None:
    mailbox, calendar = _pair(fails=True)
    with pytest.raises(CalendarUnavailable):
        _draft(mailbox, calendar, Action.RESCHEDULE)
    assert mailbox.drafts == []


class CountingCalendar:
    def __init__(self) -> None:
        self.asked: list[tuple[datetime, datetime]] = []

    def busy(self, start: datetime, end: datetime) -> Sequence[BusyInterval]:
        self.asked.append((start, end))
        return [BusyInterval(NOW + timedelta(hours=1), NOW + timedelta(hours=2), "Standup"),
                BusyInterval(NOW + timedelta(days=40), NOW + timedelta(days=40, hours=1), "Trip")]


def test_a_window_inside_the_prefetch_is_served_from_it_and_one_outside_is_read_anew() -> None:
    calendar = CountingCalendar()
    with prefetched(calendar, NOW, NOW + timedelta(days=15)) as early:
        inside = early.busy(NOW + timedelta(minutes=30), NOW + timedelta(hours=3))
        assert [busy.summary for busy in inside] == ["Standup"]
        assert early.busy(NOW + timedelta(days=3), NOW + timedelta(days=4)) == []
        outside = early.busy(NOW, NOW + timedelta(days=60))
    assert [busy.summary for busy in outside] == ["Standup", "Trip"]
    assert calendar.asked == [(NOW, NOW + timedelta(days=15)), (NOW, NOW + timedelta(days=60))]
