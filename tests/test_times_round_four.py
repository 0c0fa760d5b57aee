"""Forms met in the third blind corpus, and the general rules behind them: zones named by
a nationality or restated in a second form, ranges that must not start inside a date,
"tomorrow" in other languages, bare hours after foreign leads, texting shorthand, and a
subject's slot that the body moves.

Every case is sent on Tuesday 3 March 2026 at 12:00 in Madrid unless it says otherwise.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tactful.core.times import find_proposed_times

SENT = datetime(2026, 3, 3, 12, 0, tzinfo=ZoneInfo("Europe/Madrid"))
SENT_CHICAGO = datetime(2026, 3, 3, 8, 30, tzinfo=ZoneInfo("America/Chicago"))

Expected = tuple[str, ...]


def case(sentence: str, text: str, *expected: str) -> object:
    return pytest.param(text, expected, id=sentence)


ZONES = [
    case("a nationality before 'time' names the country's zone",
         "Would Wednesday 11 March at 15:00 Danish time suit you?", "2026-03-11T15:00:00+01:00"),
    case("a zone stated for all rows and restated as an abbreviation counts once",
         "All slots are in Lisbon time, WET:\nThu 5 March 2026 | 10:00\nFri 6 March 2026 | 11:30",
         "2026-03-05T10:00:00+00:00", "2026-03-06T11:30:00+00:00"),
    case("two different zones stated apart leave rows without a zone of their own unzoned",
         "Our office is on Berlin time; the manager sits in London time.\nThu 5 March 2026 | 10:00",
         "2026-03-05T10:00:00"),
]

OTHER_LANGUAGES = [
    case("Spanish 'mañana' before a weekday is tomorrow",
         "¿Podrías mañana miércoles a las 16:30?", "2026-03-04T16:30:00"),
    case("Spanish 'de la mañana' is a part of the day, not tomorrow",
         "¿Te va bien el viernes 6 de marzo a las 9 de la mañana?", "2026-03-06T09:00:00"),
    case("Spanish 'de la tarde' puts a bare hour in the afternoon",
         "Quedamos el lunes 9 de marzo a las 4 de la tarde.", "2026-03-09T16:00:00"),
    case("Portuguese 'amanhã' with an hour in h and Brasília time",
         "Conseguimos amanhã às 11h, horário de Brasília?", "2026-03-04T11:00:00-03:00"),
    case("French 'demain' with a time in h",
         "Seriez-vous libre demain à 10h15 ?", "2026-03-04T10:15:00"),
    case("Polish 'jutro' with 'o' before the time",
         "Czy możemy porozmawiać jutro o 13:30?", "2026-03-04T13:30:00"),
    case("German 'morgen' with 'um' and Uhr",
         "Hätten Sie morgen um 9 Uhr Zeit?", "2026-03-04T09:00:00"),
    case("German 'am Morgen' is the morning, not tomorrow",
         "Am Morgen des 10. März um 8:30 Uhr beginnt das Gespräch.", "2026-03-10T08:30:00"),
    case("a Dutch dotted time after 'om' and before 'uur'",
         "Schikt dinsdag 17 maart om 11.15 uur?", "2026-03-17T11:15:00"),
    case("a dotted German date after a German weekday",
         "Wie wäre es mit Freitag 13.3. um 15 Uhr?", "2026-03-13T15:00:00"),
]

SHORTHAND = [
    case("a bare hour asked right after 'tmrw'", "u around tmrw 4?", "2026-03-04T16:00:00"),
    case("a bare hour with 'ish' after a lower-case weekday", "maybe fri 10ish", "2026-03-06T10:00:00"),
    case("a bare hour after a weekday that is not asked is no time", "we have fri 10 people coming"),
    case("a bare hour after 'at' before 'with' is a time",
         "Reminder: your second stage is tomorrow at 2 with the plant manager.", "2026-03-04T14:00:00"),
]

OLD_SLOTS = [
    case("the booked slot someone has a conflict with is not offered",
         "Our director has a conflict with your Thursday 10am call. Could you do Friday 6 March at 11:00?",
         "2026-03-06T11:00:00"),
    case("a trial shift on a day is a slot, not a move",
         "Come in for a trial shift this Saturday at 10am.", "2026-03-07T10:00:00"),
]


@pytest.mark.parametrize(("text", "expected"), [*ZONES, *OTHER_LANGUAGES, *SHORTHAND, *OLD_SLOTS])
def test_round_four_text(text: str, expected: Expected) -> None:
    assert tuple(t.start.isoformat() for t in find_proposed_times(text, SENT)) == expected


RANGES = [
    case("a day number before a dash and a time is the date, not a range's start",
         "Could you do one of these?\n• Thursday, March 5 – 2:00pm CT\n• Friday, March 6 – 9:30am CT",
         "2026-03-05T14:00:00-06:00", "2026-03-06T09:30:00-06:00"),
    case("a real range after a date still reads both ends",
         "Thursday, March 5, 1-2pm CT", "2026-03-05T13:00:00-06:00"),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges_beside_dates(text: str, expected: Expected) -> None:
    found = find_proposed_times(text, SENT_CHICAGO)
    assert tuple(t.start.isoformat() for t in found) == expected


def test_the_subjects_slot_is_the_old_one_when_the_body_moves_the_meeting() -> None:
    found = find_proposed_times(
        "Sorry, we have to move our call. Could you do Monday 9 March at 11:00 instead (Madrid time)?",
        SENT,
        subject="Invitation: Interview @ Thu 5 Mar 2026 15:00 - 16:00 (CET)",
    )
    assert [t.start.isoformat() for t in found] == ["2026-03-09T11:00:00+01:00"]


def test_the_subjects_slot_stands_when_the_body_names_no_other_time() -> None:
    found = find_proposed_times(
        "We moved it as agreed; see you then.",
        SENT,
        subject="Updated invitation: Interview @ Thu 5 Mar 2026 15:00 - 16:00 (CET)",
    )
    assert [t.start.isoformat() for t in found] == ["2026-03-05T15:00:00+01:00"]


def test_a_range_keeps_its_end_beside_a_date() -> None:
    (found,) = find_proposed_times("Thursday, March 5, 1-2pm CT", SENT_CHICAGO)
    assert found.end is not None and found.end.hour == 14
