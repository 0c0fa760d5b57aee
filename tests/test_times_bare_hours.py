"""Bare hours and texting shorthand: an hour with no minutes or am/pm after "at", "tmrw" or
a lower-case weekday, "10ish", a bare range before a US zone, and an hour offered
"instead" of another, told apart from counts and amounts.

Every case is sent on Monday 2 March 2026 at 09:14 in New York unless it says otherwise.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from timecases import CHICAGO_TUE_0900, COLUMNS, MADRID_TUE_1200, NEW_YORK, Expected, case, starts

from tactful.core.times import find_proposed_times

SHORTHAND = [
    case("a bare hour after 'at' followed by 'then'",
         "great, see you weds at 4 then", "2026-03-04T16:00:00"),
    case("a lower-case short weekday right before a clock time",
         "can u do sat 10:30? bring ur apron", "2026-03-07T10:30:00"),
    case("a bare hour asked right after 'tmrw'", "u around tmrw 4?", "2026-03-04T16:00:00", sent=MADRID_TUE_1200),
    case("a bare hour with 'ish' after a lower-case weekday", "maybe fri 10ish", "2026-03-06T10:00:00",
         sent=MADRID_TUE_1200),
    case("a bare hour after a weekday that is not asked is no time", "we have fri 10 people coming",
         sent=MADRID_TUE_1200),
    case("a bare hour after 'at' followed by what to come for is a time",
         "fancy swinging by the workshop thursday at 4 to meet the crew?", "2026-03-05T16:00:00",
         sent=MADRID_TUE_1200),
    case("a bare hour in brackets after 'same time' spells that time out",
         "sorry, our designer is out - can we push it to thu 3/5 same time (2)?", "2026-03-05T14:00:00",
         sent=MADRID_TUE_1200),
    case("a bare hour after 'at' said to be free or open is a time",
         "Wednesday at 3 is still free, and Friday at 11 is available too.", "2026-03-04T15:00:00",
         "2026-03-06T11:00:00", sent=MADRID_TUE_1200),
    case("a bare hour after 'at' before 'is' and another word is no time",
         "The workshop at 5 is a short walk from the station.", sent=MADRID_TUE_1200),
    case("a bare hour after 'at' before a short weekday is a time, before a street named like one it is not",
         "see you at 3 weds then. We're at 12 Monkton Rd, the blue door.", "2026-03-04T15:00:00",
         sent=MADRID_TUE_1200),
    case("a bare hour after 'at' before 'with' is a time",
         "Reminder: your second stage is tomorrow at 2 with the plant manager.", "2026-03-04T14:00:00",
         sent=MADRID_TUE_1200),
    case("a bare hour that opens a window ('any time after 2') is the window's start",
         "Thursday at 10 suits Priya; failing that, Friday anytime after 2 would work.", "2026-03-05T10:00:00",
         "2026-03-06T14:00:00", sent=CHICAGO_TUE_0900),
    case("a bare hour after 'after' that opens no window is no time",
         "Priya is back after 2 weeks of leave and will call you then.", sent=CHICAGO_TUE_0900),
    case("a bare hour after 'at' before 'about' is a time",
         "Are you around Friday at 3 about the analyst role?", "2026-03-06T15:00:00", sent=CHICAGO_TUE_0900),
    case("a bare hour after 'at' before 'it is' settles a time",
         "Great, Monday at 11 it is - invite to follow.", "2026-03-09T11:00:00", sent=CHICAGO_TUE_0900),
    case("a bare hour after 'at' before a zone word in brackets is a time",
         "Could you do Thu at 10 or Fri at 3 (mountain)?", "2026-03-05T10:00:00-07:00",
         "2026-03-06T15:00:00-07:00", sent=CHICAGO_TUE_0900),
    case("a bare hour after 'at' before 'in' and a place is a time",
         "Would Friday the 13th at 11 in our Galway office suit?", "2026-03-13T11:00:00", sent=CHICAGO_TUE_0900),
    case("'half past' an hour written as a word is half an hour after it",
         "They could see you Thurs 5th at half past eleven, or Fri 6th at 2pm.", "2026-03-05T11:30:00",
         "2026-03-06T14:00:00", sent=CHICAGO_TUE_0900),
    case("a bare range of hours right after a part of the day is a time",
         "If that's tricky, Thursday afternoon 2-4 is free too.", "2026-03-05T14:00:00", sent=CHICAGO_TUE_0900),
    case("a bare range with 'till' after a part of the day and a comma is a time",
         "Could you do a trial Saturday morning, 9 till 11?", "2026-03-07T09:00:00", sent=CHICAGO_TUE_0900),
    case("a bare range after a word ending like a part of the day is no time",
         "We are hiring 2-4 engineers on Thursday."),
    case("four-digit 24-hour times with a leading zero, in a range and after 'at'",
         "You are down for Wednesday 3/11, 0730-1130 on Ward 5; please arrive at the desk at 0715.",
         "2026-03-11T07:30:00", sent=CHICAGO_TUE_0900),
    case("a phone number starting with a zero is no time",
         "I'll ring you on 0413 222 908 on Thursday 3/12 at 2pm.", "2026-03-12T14:00:00", sent=CHICAGO_TUE_0900),
    case("the last group of a meeting ID, after other digit groups, is no time",
         "Thursday 3/12 at 2pm on Zoom (Meeting ID 604 2318 0945)", "2026-03-12T14:00:00", sent=CHICAGO_TUE_0900),
    case("a four-digit number without a leading zero is no time",
         "Call me on Thursday 3/12 about the 1500 word essay, at 2pm.", "2026-03-12T14:00:00", sent=CHICAGO_TUE_0900),
    case("a bare range of hours right before a US zone is a time",
         "Free to talk Thursday? I'm open 1-3 PT, or Friday morning.", "2026-03-05T13:00:00-08:00",
         sent=CHICAGO_TUE_0900),
    case("a bare range before a lower-case 'pt' stays numbers",
         "Thursday we lose 1-3 pt on the index.", sent=CHICAGO_TUE_0900),
]

INSTEAD = [
    case("a bare hour offered instead is today's new time on the sender's clock",
         "ugh, a client call landed on my 2. could we do 5 instead?", "2026-03-02T17:00:00-05:00"),
    case("a bare hour someone is still 'good for' instead is today's new time",
         "a vendor call ate our slot, sorry. still ok for 4 instead?", "2026-03-02T16:00:00-05:00"),
    case("a number before instead of is no time",
         "Could we do 4 instead of 3 reference checks?"),
    case("an hour offered instead of another hour moves today's meeting, on the sender's clock",
         "Sorry, a delivery is late: could we do 5 instead of 3 today?", "2026-03-03T17:00:00-06:00",
         sent=CHICAGO_TUE_0900),
    case("a number traded for another before a noun is no hour",
         "We could do 2 instead of 3 rounds on Friday if you prefer.", sent=CHICAGO_TUE_0900),
]


@pytest.mark.parametrize(COLUMNS, SHORTHAND)
def test_reads_bare_hours_in_shorthand_and_chatty_replies(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


@pytest.mark.parametrize(COLUMNS, INSTEAD)
def test_an_hour_offered_instead_is_a_new_time(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


def test_an_instead_hour_already_past_on_the_sent_day_is_dropped() -> None:
    evening = datetime(2026, 3, 2, 18, 0, tzinfo=NEW_YORK)
    assert find_proposed_times("Sorry! Can we do 4 instead?", evening) == []
