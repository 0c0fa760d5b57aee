"""Forms met in the independent check corpus: weekdays in brackets after a date, dotted
and dashed dates, slots announced as moved, booking-tool layouts, "the same time" and
a bare hour offered "instead".

Every case is sent on Monday 2 March 2026 at 09:14 in New York unless it says otherwise.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tactful.core.times import find_proposed_times

SENT = datetime(2026, 3, 2, 9, 14, tzinfo=ZoneInfo("America/New_York"))

Expected = tuple[str, ...]


def starts(text: str) -> Expected:
    return tuple(t.start.isoformat() for t in find_proposed_times(text, SENT))


def case(sentence: str, text: str, *expected: str) -> object:
    return pytest.param(text, expected, id=sentence)


DATE_FORMS = [
    case("a weekday in brackets after a date confirms that date",
         "Option A: March 10 (Tue) 15:00–16:00 JST", "2026-03-10T15:00:00+09:00"),
    case("two bracketed weekdays on a list give one slot each",
         "Pick one:\n * March 9 (Mon) 09:30 JST\n * March 11 (Wed) 13:00 JST",
         "2026-03-09T09:30:00+09:00", "2026-03-11T13:00:00+09:00"),
    case("a weekday after a comma belongs to the date before it",
         "We could meet March 12, Thursday at 2pm.", "2026-03-12T14:00:00"),
    case("a dotted day and month with its weekday in brackets",
         "Slots (Paris time):\n- 12.03 (Thursday) at 10:00", "2026-03-12T10:00:00+01:00"),
    case("a weekday before a dotted day and month",
         "Would Friday 13.03, 14:00 be possible?", "2026-03-13T14:00:00"),
    case("a dotted pair of numbers without a weekday is no date",
         "Release 4.3 is out, so let's talk at 10:00."),
    case("a day, a short month and a year joined by dashes",
         "Your slot: 05-Mar-2026 at 11:30 AM IST", "2026-03-05T11:30:00+05:30"),
    case("a dashed date followed by its weekday in brackets",
         "New slot: 06-Mar-2026 (Friday) at 4:15 PM IST", "2026-03-06T16:15:00+05:30"),
]

MOVED_AWAY = [
    case("the slot that has been rescheduled to another is the old one",
         "The call on 04-Mar-2026 at 10:00 AM has been rescheduled to 06-Mar-2026 at 2:00 PM.",
         "2026-03-06T14:00:00"),
    case("a slot pushed back to a later day is the old one",
         "Our interview on Wednesday at 3pm has been pushed back to Friday at 10am.", "2026-03-06T10:00:00"),
    case("a move in the next sentence leaves the slot alone",
         "Thursday at 11am is confirmed. Lunch was moved to the cafe.", "2026-03-05T11:00:00"),
]

LAYOUTS = [
    case("a booking tool writes the time over the date",
         "Technical screen with Omar\n2:00pm - 2:45pm (Central Time - US & Canada)\nWednesday, March 4, 2026",
         "2026-03-04T14:00:00-06:00"),
    case("a date after a blank line does not date the times above it",
         "10:00 – 10:30 Welcome\n\nWednesday, March 4, 2026"),
    case("a long sentence under a line of times does not date them",
         "9:30am - 10am standup\nOn Wednesday, March 4 the whole team travels to the offsite in the hills."),
]

SAME_TIME = [
    case("a second date at the same time repeats the clock time and zone",
         "Thursday, March 5 at 1:00 PM ET works for us; failing that, Friday, March 6 at the same time.",
         "2026-03-05T13:00:00-05:00", "2026-03-06T13:00:00-05:00"),
    case("the same time on a later line takes the slot above",
         "First choice: Tuesday, March 10 at 9:30am.\n\nBackup: Wednesday, March 11, same time.",
         "2026-03-10T09:30:00", "2026-03-11T09:30:00"),
    case("the same time with no slot before it gives nothing",
         "Friday, March 6 at the same time as the all-hands."),
]

INSTEAD = [
    case("a bare hour offered instead is today's new time on the sender's clock",
         "ugh, a client call landed on my 2. could we do 5 instead?", "2026-03-02T17:00:00-05:00"),
    case("a number before instead of is no time",
         "Could we do 4 instead of 3 reference checks?"),
]


@pytest.mark.parametrize(("text", "expected"), DATE_FORMS + MOVED_AWAY + LAYOUTS + SAME_TIME + INSTEAD)
def test_reads_the_check_corpus_forms(text: str, expected: Expected) -> None:
    assert starts(text) == expected


def test_an_instead_hour_already_past_on_the_sent_day_is_dropped() -> None:
    evening = datetime(2026, 3, 2, 18, 0, tzinfo=ZoneInfo("America/New_York"))
    assert find_proposed_times("Sorry! Can we do 4 instead?", evening) == []
