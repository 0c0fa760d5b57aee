"""Zones written in words: a zone stated once for a list of times, named by a region, a
country, a nationality or a city, restated as an abbreviation, texted in lower case, and
abbreviations such as MST that depend on where the sender is.

Every case is sent on Monday 2 March 2026 at 09:14 in New York unless it says otherwise.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from timecases import CHICAGO_TUE_0900, COLUMNS, MADRID_TUE_1200, NEW_YORK_MON_0914, Expected, case, starts

from tactful.core.times import find_proposed_times

STATED_ONCE = [
    case("a region word with 'all' in brackets gives the list its zone",
         "A few windows (all Eastern):\n  * Mon 3/9 - 11:00am\n  * Tue 3/10 - 9:15am",
         "2026-03-09T11:00:00-04:00", "2026-03-10T09:15:00-04:00"),
    case("a region word set off after a comma gives the times its zone",
         "I'm free Tue 3-5pm or Thu morning, Eastern.", "2026-03-03T15:00:00-05:00"),
    case("a region word inside a sentence gives no zone",
         "Our Eastern office is open. Tue at 3pm works.", "2026-03-03T15:00:00"),
    case("a Gulf country named before 'time' is a zone",
         "Available slots (UAE time):\n\nSunday 15 March - 11:00 AM", "2026-03-15T11:00:00+04:00"),
    case("a zone stated for all rows and restated as an abbreviation counts once",
         "All slots are in Lisbon time, WET:\nThu 5 March 2026 | 10:00\nFri 6 March 2026 | 11:30",
         "2026-03-05T10:00:00+00:00", "2026-03-06T11:30:00+00:00", sent=MADRID_TUE_1200),
    case("two different zones stated apart leave rows without a zone of their own unzoned",
         "Our office is on Berlin time; the manager sits in London time.\nThu 5 March 2026 | 10:00",
         "2026-03-05T10:00:00", sent=MADRID_TUE_1200),
]

NAMED_ZONES = [
    case("'Atlantic' after a time is Atlantic Canada's zone, and the Eastern time in brackets restates it",
         "- Thursday, March 5 at 3:30 p.m. Atlantic (2:30 p.m. Eastern)", "2026-03-05T15:30:00-04:00"),
    case("'Newfoundland time' is half an hour off the hour, and the Toronto time after 'that's' restates it",
         "Could you do Thursday, March 5 at 2:30 p.m. Newfoundland time (that's 1:00 p.m. in Toronto)?",
         "2026-03-05T14:30:00-03:30"),
    case("'NST' is Newfoundland Standard Time",
         "Zoom details for Thursday, March 5 at 11:00 a.m. NST (9:30 a.m. ET):", "2026-03-05T11:00:00-03:30"),
    case("Outlook's '(UTC+01:00)' before a list of cities is their zone, summer time included",
         "When: Thursday, 9 July 2026 14:00-15:00 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.",
         "2026-07-09T14:00:00+02:00", sent=MADRID_TUE_1200),
    case("Outlook's city list is read from the first city known in a zone of the label's offset",
         "When: Thursday, 8 October 2026 09:30-10:30 (UTC+10:00) Canberra, Melbourne, Sydney",
         "2026-10-08T09:30:00+11:00", sent=MADRID_TUE_1200),
    case("a city after an offset that is not its zone's leaves the offset",
         "Thursday 5 March at 14:00 (UTC+03:00) Paris office", "2026-03-05T14:00:00+03:00", sent=MADRID_TUE_1200),
    case("'NZ time' is New Zealand's zone, on standard time once its clocks go back",
         "Could you do Tuesday 7 April at 10am (NZ time)?", "2026-04-07T10:00:00+12:00", sent=MADRID_TUE_1200),
    case("a nationality before 'time' names the country's zone",
         "Would Wednesday 11 March at 15:00 Danish time suit you?", "2026-03-11T15:00:00+01:00",
         sent=MADRID_TUE_1200),
    case("a foreign zone in brackets after 'instead' gives the times of its line their zone",
         "Ginge Montag, 9.03. um 10 Uhr instead (deutscher Zeit)?", "2026-03-09T10:00:00+01:00",
         sent=MADRID_TUE_1200),
    case("Spanish 'hora de la' before a city names the city's zone",
         "¿Puedes el jueves 5 de marzo a las 17:00 (hora de la Ciudad de México)?",
         "2026-03-05T17:00:00-06:00", sent=MADRID_TUE_1200),
    case("a US zone texted in lower case right after pm counts",
         "free for a chat fri 2pm et? 20 min", "2026-03-06T14:00:00-05:00", sent=MADRID_TUE_1200),
    case("a lower-case 'et' after a 24-hour time is the French 'and', not a zone",
         "Je peux jeudi 5 mars à 14h et 16h.", "2026-03-05T14:00:00", "2026-03-05T16:00:00",
         sent=MADRID_TUE_1200),
    case("MST in a message from Arizona keeps standard time in summer",
         "Would Tuesday 10 March at 9:00 am MST suit you?\nOak Dental | Tucson, AZ",
         "2026-03-10T09:00:00-07:00", sent=CHICAGO_TUE_0900),
    case("MST elsewhere is Mountain time with its daylight saving",
         "Would Tuesday 10 March at 9:00 am MST suit you?\nPine Dental | Boulder, CO",
         "2026-03-10T09:00:00-06:00", sent=CHICAGO_TUE_0900),
    case("Monterrey time is Mexico's north-east, which keeps -06:00",
         "Can you join Friday 6 March at 10 am (Monterrey time)?", "2026-03-06T10:00:00-06:00",
         sent=CHICAGO_TUE_0900),
    case("AST in mail from Atlantic Canada is Atlantic Standard Time",
         "Halifax office. Could you do Thursday 5 March at 11:00 AST?", "2026-03-05T11:00:00-04:00",
         sent=CHICAGO_TUE_0900),
    case("AST elsewhere is Arabia Standard Time",
         "Our Riyadh team proposes Thursday 5 March at 11:00 AST.", "2026-03-05T11:00:00+03:00",
         sent=MADRID_TUE_1200),
    case("AST away from a time is no zone: an abstract syntax tree",
         "The role works on AST tooling. Could you do Thursday 5 March at 11:00?", "2026-03-05T11:00:00",
         sent=MADRID_TUE_1200),
    case("Calgary time is Mountain time in Canada",
         "How about Wednesday 4 March at 1pm Calgary time?", "2026-03-04T13:00:00-07:00", sent=CHICAGO_TUE_0900),
]

RESTATED_FOR_THE_READER = [
    case("'UK time' is read whole, so the bracket after it restates the slot",
         "Booked: Friday 6 March at 15:00 UK time (10:00 Boston).", "2026-03-06T15:00:00+00:00",
         sent=MADRID_TUE_1200),
    case("a city named alone after a time is its zone, so a dash restatement counts once",
         "Two openings:\n- Mon 9 March, 16:30 (Paris time) - 11:30 New York\n"
         "- Tue 10 March, 18:00 (Paris time) - 13:00 New York",
         "2026-03-09T16:30:00+01:00", "2026-03-10T18:00:00+01:00", sent=MADRID_TUE_1200),
    case("two cities after a slash give one moment",
         "Would Thursday 5 March, 9am Sydney / 10pm London suit?", "2026-03-05T09:00:00+11:00",
         sent=MADRID_TUE_1200),
    case("a restatement said to be the reader's morning counts once",
         "Can we shift it to Wednesday 11 March at 17:00 CET - that's 11:00 in the morning for you?",
         "2026-03-11T17:00:00+01:00", sent=CHICAGO_TUE_0900),
    case("the writer's own clock in brackets after 'your time' restates the slot",
         "Could we do Thursday 5 March at 4pm your time (1pm for me in Denver)?", "2026-03-05T16:00:00",
         sent=CHICAGO_TUE_0900),
    case("a table whose header gives each column a zone: the first column's time, the others restate it",
         "Option | London (GMT) | Singapore (SGT)\nA | Tue 10 March, 09:00 | Tue 10 March, 17:00\n"
         "B | Wed 11 March, 08:30 | Wed 11 March, 16:30", "2026-03-10T09:00:00+00:00", "2026-03-11T08:30:00+00:00",
         sent=MADRID_TUE_1200),
    case("a time after a city in brackets restated after a dash in another city",
         "• Jueves 5 de marzo a las 10:00 (Lima) – 16:00 en Madrid", "2026-03-05T10:00:00-05:00",
         sent=MADRID_TUE_1200),
    case("a restatement in brackets may carry its own weekday",
         "Or Friday 6 March at 8am NZ (Thursday 11am in LA)?", "2026-03-06T08:00:00+13:00", sent=MADRID_TUE_1200),
    case("a restatement in brackets may carry its own date, which is no day of its own",
         "Wednesday, March 11\n3:00 PM - 5:00 PM PST (Thursday, March 12, 8:00 AM - 10:00 AM JST)\nAgenda:\n"
         "3:00 PM Design review\n4:00 PM Coding", "2026-03-11T15:00:00-07:00", sent=CHICAGO_TUE_0900),
    case("Spanish 'es decir' restates the slot in the reader's city",
         "Hora: 12:00 (hora de Madrid), es decir, 05:00 en Ciudad de México. Fecha: jueves 5 de marzo.",
         "2026-03-05T12:00:00+01:00", sent=MADRID_TUE_1200),
    case("Paris after a time is its zone even with a word after it",
         "Let's say Monday 9 March 5pm Singapore / 10am Paris instead.", "2026-03-09T17:00:00+08:00",
         sent=MADRID_TUE_1200),
    case("a bare hour before a zone named in brackets",
         "Could you do Monday next week at 11 (London time)?", "2026-03-09T11:00:00+00:00", sent=MADRID_TUE_1200),
    case("a city's name followed by a verb is a person, not a zone",
         "Tuesday 10 March at 2pm Sydney will call you from the clinic.", "2026-03-10T14:00:00",
         sent=CHICAGO_TUE_0900),
]


@pytest.mark.parametrize(COLUMNS, RESTATED_FOR_THE_READER)
def test_a_time_restated_for_the_reader_counts_once(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


@pytest.mark.parametrize(COLUMNS, STATED_ONCE)
def test_a_zone_stated_once_applies_to_the_times(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


@pytest.mark.parametrize(COLUMNS, NAMED_ZONES)
def test_reads_zones_named_by_country_city_or_abbreviation(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


def test_a_foreign_zone_is_named_by_its_iana_key() -> None:
    found = find_proposed_times("Sugiro terça 10/03 às 15h, horário de Brasília.", NEW_YORK_MON_0914)
    assert [t.tz for t in found] == ["America/Sao_Paulo"]
