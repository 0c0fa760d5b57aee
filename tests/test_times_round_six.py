"""Forms met in the fifth blind corpus, and the general rules behind them: bare hours in
chatty replies ("Monday at 11 it is", "do 5 instead of 3 today", "free 1-3 PT"), hedged
range ends, amounts in a currency, slots given up in new words ("was due to meet you",
"which is when we had your interview", "change it from 10:00 to 11:30"), Arizona's MST
and more cities of the Americas.

Every case is sent on Tuesday 3 March 2026 at 09:00 in Chicago unless it says otherwise.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from tactful.core.times import find_proposed_times

SENT = datetime(2026, 3, 3, 9, 0, tzinfo=ZoneInfo("America/Chicago"))

Expected = tuple[str, ...]


def case(sentence: str, text: str, *expected: str, subject: str | None = None) -> object:
    return pytest.param(text, subject, expected, id=sentence)


BARE_HOURS = [
    case("a bare hour after 'at' before 'about' is a time",
         "Are you around Friday at 3 about the analyst role?", "2026-03-06T15:00:00"),
    case("a bare hour after 'at' before 'it is' settles a time",
         "Great, Monday at 11 it is - invite to follow.", "2026-03-09T11:00:00"),
    case("an hour offered instead of another hour takes the day written after both",
         "Sorry, a delivery is late: could we do 5 instead of 3 today?", "2026-03-03T17:00:00"),
    case("a number traded for another before a noun is no hour",
         "We could do 2 instead of 3 rounds on Friday if you prefer."),
    case("a bare range of hours right before a US zone is a time",
         "Free to talk Thursday? I'm open 1-3 PT, or Friday morning.", "2026-03-05T13:00:00-08:00"),
    case("a bare range before a lower-case 'pt' stays numbers",
         "Thursday we lose 1-3 pt on the index."),
]

RANGES_AND_AMOUNTS = [
    case("a range whose end is hedged with 'ca.' starts at its first time",
         "Visit on Thursday 5 March, 14:00 – ca. 16:00, at the plant.", "2026-03-05T14:00:00"),
    case("a dotted number before a currency is an amount, even after 'at'",
         "See you Friday 6 March at 10:00. Mileage is paid at 0.42 EUR per km.", "2026-03-06T10:00:00"),
]

GIVEN_UP = [
    case("the slot someone 'was due to' hold is the old one",
         "Dr. Lee, who was due to meet you on Monday 9 March at 10:00, is ill. "
         "Could we do Wednesday 11 March, 10:00 instead?", "2026-03-11T10:00:00"),
    case("a time followed by 'which is when we had your interview' is the old slot",
         "The all-hands was moved to 2pm Thursday, which is when we had your interview. "
         "Could you do 4pm Thursday instead?", "2026-03-05T16:00:00"),
    case("'change it from X to Y' offers Y only, and X named again is no offer",
         "Could we change your interview on Friday 6 March from 10:00 to 11:30 CET? "
         "The CEO now has a call at 10:00.", "2026-03-06T11:30:00+01:00"),
    case("'from X to Y' after a move that already names its new day is a range",
         "Could we move it to Friday 6 March from 10:00 to 11:30?", "2026-03-06T10:00:00"),
    case("'push to' in the body makes the subject's time the old one",
         "Stuck in traffic, sorry. Could we push to 2:30?", "2026-03-03T14:30:00",
         subject="Interview today 2pm"),
]

ZONES = [
    case("MST in a message from Arizona keeps standard time in summer",
         "Would Tuesday 10 March at 9:00 am MST suit you?\nOak Dental | Tucson, AZ",
         "2026-03-10T09:00:00-07:00"),
    case("MST elsewhere is Mountain time with its daylight saving",
         "Would Tuesday 10 March at 9:00 am MST suit you?\nPine Dental | Boulder, CO",
         "2026-03-10T09:00:00-06:00"),
    case("Monterrey time is Mexico's north-east, which keeps -06:00",
         "Can you join Friday 6 March at 10 am (Monterrey time)?", "2026-03-06T10:00:00-06:00"),
    case("Calgary time is Mountain time in Canada",
         "How about Wednesday 4 March at 1pm Calgary time?", "2026-03-04T13:00:00-07:00"),
]


@pytest.mark.parametrize(("text", "subject", "expected"), BARE_HOURS + RANGES_AND_AMOUNTS + GIVEN_UP + ZONES)
def test_round_six_text(text: str, subject: str | None, expected: Expected) -> None:
    found = find_proposed_times(text, SENT, subject=subject)
    assert tuple(t.start.isoformat() for t in found) == expected


def test_a_hedged_range_end_is_the_end_of_the_slot() -> None:
    (found,) = find_proposed_times("Visit on Thursday 5 March, 14:00 – approx. 16:00.", SENT)
    assert found.end == datetime(2026, 3, 5, 16, 0)


def test_minutes_behind_schedule_are_no_length_of_the_meeting() -> None:
    (found,) = find_proposed_times("Running 20 min behind, could we start today at 11:20?", SENT)
    assert found.end is None


def test_a_stated_length_still_gives_the_end() -> None:
    (found,) = find_proposed_times("A 20 min call today at 11:20?", SENT)
    assert found.end == datetime(2026, 3, 3, 11, 40)
