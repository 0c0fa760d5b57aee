"""Clock times and days written informally: British "half 10", "half past 2" and "quarter to 3", a
lower-case short weekday before "at" and a dotted time, and texting forms of "tomorrow".

Every case is sent on Monday 2 March 2026 at 09:14 in New York unless it says otherwise.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from timecases import COLUMNS, Expected, case, starts

INFORMAL = [
    case("'half 10' is half past ten", "Could you do half 10 on Thursday for a quick call?",
         "2026-03-05T10:30:00"),
    case("'half past 2' is half past two in the afternoon", "Shall we meet at half past 2 tomorrow?",
         "2026-03-03T14:30:00"),
    case("'half seven' with the hour as a word is half past seven", "Can you be in Friday at half seven?",
         "2026-03-06T07:30:00"),
    case("'half past eleven' needs no word after it", "Would Friday at half past eleven suit?", "2026-03-06T11:30:00"),
    case("'quarter past' and 'quarter to' an hour are a quarter after and before it",
         "Would Thursday at quarter past ten work, or Friday at a quarter to 3?", "2026-03-05T10:15:00",
         "2026-03-06T14:45:00"),
    case("'a quarter to' before a number of something is no time", "Costs rose by a quarter to 3 million on Friday."),
    case("a bare hour before 'o'clock' needs no 'at'", "How does 4 o'clock this Thursday sound?", "2026-03-05T16:00:00"),
    case("a dotted time right before 'on' and a day is a time", "Could you do 14.30 on Weds 4th March?",
         "2026-03-04T14:30:00"),
    case("a dotted number before 'on' a day with minutes off the clock's fives is no time",
         "Version 2.12 on Monday fixes the login bug."),
    case("a bare hour before 'suit' is a time", "Would Wednesday at 4 suit you better?", "2026-03-04T16:00:00"),
    case("'p' and 'a' after '@' or 'at' are pm and am", "Either Mon 3/9 @ 7p or Tue 3/10 at 8a.",
         "2026-03-09T19:00:00", "2026-03-10T08:00:00"),
    case("'2p' without 'at' before it is no time", "Thursday: bring a 2p coin for the locker."),
    case("a bare hour after another time and 'or' is a second option", "phone screen thurs? would 1:30 or 3 work?",
         "2026-03-05T13:30:00", "2026-03-05T15:00:00"),
    case("a number after 'or' and before a noun is no time", "Thursday at 10am: 2 or 3 people will join."
         , "2026-03-05T10:00:00"),
    case("a dotted time right after 'tomorrow' is a time", "confirming tomorrow 9.30 at the shop", "2026-03-03T09:30:00"),
    case("'half' before a word that is no hour is no time", "We could do half the panel on Friday."),
    case("an hour with 'ish' is a time without a day word right before it",
         "I'm in the Leeds office Tue 10th and Wed 11th - either afternoon, say 2ish.",
         "2026-03-10T14:00:00", "2026-03-11T14:00:00"),
    case("'half' before a number that is no hour is no time", "We are about half 2026 through the plan?"),
    case("a lower-case short weekday before 'at' and a dotted time is a day",
         "fancy coming in wed at 8.15am for a chat", "2026-03-04T08:15:00"),
    case("a lower-case short weekday with no time after it is no day",
         "sat on it for a while, is 10:00 tomorrow ok?", "2026-03-03T10:00:00"),
    case("'2moro' is tomorrow", "reminder: ur interview is 2moro 11am, ask for me at the till",
         "2026-03-03T11:00:00"),
    case("'tmr' is tomorrow", "can u do tmr 4pm instead?", "2026-03-03T16:00:00"),
    case("'come by on Friday at 10am' is a visit, not a deadline 'by Friday'",
         "Fancy coming by on Friday at 10am to see the workshop and meet Priya?", "2026-03-06T10:00:00"),
    case("'@ 4' before 'at the restaurant' is four o'clock", "Manager Andy wants to meet you Thurs 3/5 @ 4 at the restaurant.",
         "2026-03-05T16:00:00"),
    case("'around 3' before 'before the rush' is three o'clock", "can you come in tomorrow around 3 before dinner rush?",
         "2026-03-03T15:00:00"),
    case("British 'Thursday week' is the Thursday of next week", "could you do Thursday week at half two?",
         "2026-03-12T14:30:00"),
    case("a lower-case 'sat' before a day number is Saturday", "can u come in for interview sat 7th 11am?",
         "2026-03-07T11:00:00"),
]


@pytest.mark.parametrize(COLUMNS, INFORMAL)
def test_informal_times_and_days_are_read(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected
