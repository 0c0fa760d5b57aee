"""The reply use case with a hand-written calendar: what it reads and what it proposes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest

from tactful.core.compose.options import Action, ReplyOptions
from tactful.core.model import Detection, Email, Label, ProposedTime
from tactful.core.slots.model import BusyInterval
from tactful.service.ports import CalendarUnavailable
from tactful.service.replying import Scheduling, as_zoneinfo, draft_reply

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 2, 9, tzinfo=LONDON)
ORIGINAL = Email(id="m1", from_name="Mei Lin", from_email="mei.lin@harbourtech.sg", subject="Interview",
                 body="Would Monday 9 March at 4pm (UTC+8) work?", sent_at=NOW, message_id="<m1@harbourtech.sg>")
SINGAPORE_OFFSET = timezone(timedelta(hours=8))
DETECTION = Detection(label=Label.INVITE, confidence=0.9, reasons=(), recruiter_first_name="Mei",
                      proposed_times=(ProposedTime(text="Monday 9 March at 4pm", start=datetime(
                          2026, 3, 9, 16, tzinfo=SINGAPORE_OFFSET), tz="UTC+08:00"),), duration_minutes=30)


class RecordingCalendar:
    """A calendar port that answers from a list and remembers the windows asked for."""

    def __init__(self, busy: Sequence[BusyInterval], fails: bool = False) -> None:
        self.busy_intervals = list(busy)
        self.asked: list[tuple[datetime, datetime]] = []
        self.fails = fails

    def busy(self, start: datetime, end: datetime) -> Sequence[BusyInterval]:
        self.asked.append((start, end))
        if self.fails:
            raise CalendarUnavailable("the calendar service did not answer")
        return [b for b in self.busy_intervals if b.end > start and b.start < end]


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        (SINGAPORE_OFFSET, "Etc/GMT-8"),
        (timezone(timedelta(hours=-5)), "Etc/GMT+5"),
        (timezone.utc, "Etc/GMT"),
        (timezone(timedelta(hours=5, minutes=30)), None),
        (None, None),
    ],
)
def test_a_recruiter_zone_known_by_its_offset_becomes_a_fixed_iana_zone(zone: tzinfo | None, expected: str | None) -> None:
    result = as_zoneinfo(zone)
    assert (result.key if result else None) == expected


def test_reschedule_slots_avoid_the_calendar_and_fall_in_the_recruiters_day() -> None:
    """Berlin 09:00-10:00 is the only hour both working days share (16:00-17:00 in Singapore)."""
    berlin = ZoneInfo("Europe/Berlin")
    busy = [BusyInterval(datetime(2026, 3, 3, 9, tzinfo=berlin), datetime(2026, 3, 3, 10, tzinfo=berlin), "Standup")]
    calendar = RecordingCalendar(busy)
    options = ReplyOptions(action=Action.RESCHEDULE, user_tz="Europe/Berlin", user_name="Sam Lee")
    outcome = draft_reply(ORIGINAL, options, Scheduling(zone=berlin), NOW, calendar, DETECTION)
    assert len(outcome.slots) == 3
    for slot in outcome.slots:
        assert not (slot.start < busy[0].end and slot.end > busy[0].start)
        local = slot.start.astimezone(SINGAPORE_OFFSET)
        assert local.hour >= 9 and local.replace(tzinfo=None) + (slot.end - slot.start) <= local.replace(
            hour=17, minute=0, tzinfo=None), f"{local} is outside the recruiter's working day"
    assert calendar.asked and calendar.asked[0][0] <= NOW


def test_a_calendar_that_cannot_be_read_stops_a_reschedule() -> None:
    options = ReplyOptions(action=Action.RESCHEDULE, user_tz="Europe/London")
    with pytest.raises(CalendarUnavailable):
        draft_reply(ORIGINAL, options, Scheduling(zone=LONDON), NOW, RecordingCalendar([], fails=True), DETECTION)


def test_an_accept_confirms_the_first_free_option() -> None:
    options = ReplyOptions(action=Action.ACCEPT, user_tz="Europe/London", user_name="Sam Lee")
    outcome = draft_reply(ORIGINAL, options, Scheduling(zone=LONDON), NOW, RecordingCalendar([]), DETECTION)
    assert outcome.conflict is not None and outcome.conflict.free
    assert outcome.free_options and "9 March" in outcome.draft.body_text
