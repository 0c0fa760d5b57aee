"""Forms met in the fourth blind corpus, and the general rules behind them: a weekday with a
bare day number, a second time in "h" after "ou"/"oder", zones written in brackets away from the time, "hora de la ...", US zones
texted in lower case, slots given up ("overlaps with", a bracketed old slot) and times
offered "on the same day" as a moved meeting.

Every case is sent on Tuesday 3 March 2026 at 12:00 in Madrid unless it says otherwise.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tactful.core.times import find_proposed_times

SENT = datetime(2026, 3, 3, 12, 0, tzinfo=ZoneInfo("Europe/Madrid"))

Expected = tuple[str, ...]


def case(sentence: str, text: str, *expected: str) -> object:
    return pytest.param(text, expected, id=sentence)


BARE_DAY_NUMBERS = [
    case("a weekday and a bare day number before 'at' name that day of the month",
         "Failing that, Friday 13 at 9:30 would work for us.", "2026-03-13T09:30:00"),
    case("a weekday and a bare day number before another weekday are a list of dates",
         "Could you make Wed 11 or Thu 12 March at the same time (16:00 CET)?",
         "2026-03-11T16:00:00+01:00", "2026-03-12T16:00:00+01:00"),
    case("a bare day number that does not fall on the weekday written is no date",
         "Failing that, Friday 12 at 9:30 would work for us."),
    case("a number after a weekday before 'or' and an hour is a time, not a day",
         "We could meet Thursday 10 or 11am, whichever suits.", "2026-03-05T11:00:00"),
]

ZONES = [
    case("a foreign zone in brackets after 'instead' gives the times of its line their zone",
         "Ginge Montag, 9.03. um 10 Uhr instead (deutscher Zeit)?", "2026-03-09T10:00:00+01:00"),
    case("Spanish 'hora de la' before a city names the city's zone",
         "¿Puedes el jueves 5 de marzo a las 17:00 (hora de la Ciudad de México)?",
         "2026-03-05T17:00:00-06:00"),
    case("a US zone texted in lower case right after pm counts",
         "free for a chat fri 2pm et? 20 min", "2026-03-06T14:00:00-05:00"),
    case("a lower-case 'et' after a 24-hour time is the French 'and', not a zone",
         "Je peux jeudi 5 mars à 14h et 16h.", "2026-03-05T14:00:00", "2026-03-05T16:00:00"),
]

SECOND_H_TIMES = [
    case("a second time in h after 'ou' shares the lead of the first",
         "Je vous propose mercredi 4 mars à 10h ou 15h30.", "2026-03-04T10:00:00", "2026-03-04T15:30:00"),
    case("hours in h joined by 'or' without a lead stay amounts",
         "Shifts last 8h or 10h; the trial is on Thursday 5 March."),
]

GIVEN_UP = [
    case("the slot a conflict overlaps with is the old one, and its bracketed time too",
         "A board meeting now overlaps with your interview this Thursday (5 March, 11:00). "
         "Could we do Friday 6 March at 11:00 instead?", "2026-03-06T11:00:00"),
    case("a bracketed slot after a move verb keeps its time out of the later dates",
         "Our lead is away on Thursday, so we must move your call (Thu 5 Mar, 15:00).\n"
         "- Mon 9 Mar, 10:00\n- Tue 10 Mar, 14:00",
         "2026-03-09T10:00:00", "2026-03-10T14:00:00"),
    case("times offered on the same day as the moved slot take that day",
         "We have to move your interview on Friday 6 March from the morning. "
         "We can offer 13:00 or 16:30 on the same day instead.",
         "2026-03-06T13:00:00", "2026-03-06T16:30:00"),
]


@pytest.mark.parametrize(("text", "expected"), BARE_DAY_NUMBERS + ZONES + SECOND_H_TIMES + GIVEN_UP)
def test_round_five_text(text: str, expected: Expected) -> None:
    assert tuple(t.start.isoformat() for t in find_proposed_times(text, SENT)) == expected
