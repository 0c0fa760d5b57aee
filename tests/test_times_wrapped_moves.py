"""Moves written in prose: a paragraph the mail program wrapped at a fixed width is read
as the sentence its writer typed, "from Thursday to Friday" after a move verb is the old
and the new day rather than a range, a slot something else took is the old one, and
"working hours" only makes the hours right after it opening hours.

Every case is sent on Monday 2 March 2026 at 09:14 in New York unless it says otherwise.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from timecases import COLUMNS, MADRID_TUE_1200, Expected, case, starts

# Wrapped at a fixed width the way plain-text mail programs do, mid-sentence.
_WRAPPED_MOVE = (
    "Hello Priya, apologies for the late change, but the panel has lost a member that week and we must move\n"
    "your interview from Wednesday 4 March at 3:00 PM to Thursday 5 March at 11:00 AM if that is alright."
)

WRAPPED_AND_MOVED = [
    case("a move wrapped across two lines gives up the old slot",
         _WRAPPED_MOVE, "2026-03-05T11:00:00"),
    case("a short line before a list of times is not joined to it",
         "Here are two slots:\nWednesday 4 March at 3:00 PM\nThursday 5 March at 11:00 AM",
         "2026-03-04T15:00:00", "2026-03-05T11:00:00"),
    case("a long line that ends a sentence is not joined to the slot under it",
         "We can meet at our office in town, or online if that is easier for you. It is up to you.\n"
         "Thursday 5 March at 11:00 AM", "2026-03-05T11:00:00"),
    case("a long line is not joined to a labelled field under it",
         "Begin: 03/06/2026 10:00 AM (GMT-05:00) Eastern Standard Time (US and Canada)\nEnd: 03/06/2026 10:45 AM",
         "2026-03-06T10:00:00-05:00"),
    case("'from one weekday to another' after a move verb offers the second day",
         "Would it be possible to shift our chat from Wednesday to Friday, same time (2pm)?",
         "2026-03-06T14:00:00"),
    case("'from one weekday to another' with no move verb stays a range of days",
         "The office is staffed from Monday to Friday. How about Wednesday at 2pm?",
         "2026-03-04T14:00:00"),
    case("an hour offered instead keeps the sent day when a day is only named after it as another option",
         "sorry, a client call landed at 11 - can we do 3 instead? otherwise friday works too",
         "2026-03-02T15:00:00-05:00"),
    case("an hour offered instead takes the day named before it",
         "About our Thursday chat: can we do 3 instead?", "2026-03-05T15:00:00"),
    case("'same time' with its clock time written after it does not take another slot's time",
         "I'm stuck at the airport. Could we do Thursday same time (3pm) or Friday at 10am?",
         "2026-03-05T15:00:00", "2026-03-06T10:00:00"),
    case("a slot that just got double-booked is the old one",
         "My 11:00 tomorrow has just been double-booked by the board. Could 14:00 tomorrow work instead?",
         "2026-03-04T14:00:00", sent=MADRID_TUE_1200),
    case("a slot that was taken by something else is the old one",
         "Thursday at 9am was taken by an audit, sorry. Would Friday at 9am suit?",
         "2026-03-06T09:00:00"),
    case("'working hours' earlier in the sentence does not make a later slot opening hours",
         "With our working hours changing this month, we would like to meet on Thursday 5 March at 10:00 AM.",
         "2026-03-05T10:00:00"),
    case("hours right after 'working hours' are opening hours",
         "Our working hours are 9:00 to 17:00. Shall we say Thursday 5 March at 10:00?",
         "2026-03-05T10:00:00"),
]


@pytest.mark.parametrize(COLUMNS, WRAPPED_AND_MOVED)
def test_a_move_written_in_prose_offers_only_its_new_slot(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected
