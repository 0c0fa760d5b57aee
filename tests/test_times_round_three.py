"""Forms met in the second blind corpus: dates, time leads and zones written in other
European languages, CJK dates, texting shorthand, agenda breaks and booked slots that a
message then moves.

Every case is sent on Monday 2 March 2026 at 09:14 in New York unless it says otherwise;
``day_first`` is left to the extractor.
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


OTHER_LANGUAGES = [
    case("a Spanish date with 'de' and a time after 'a las'",
         "Te propongo el miércoles 11 de marzo a las 9:30.", "2026-03-11T09:30:00"),
    case("a Spanish weekday with a bare day number before 'a las'",
         "¿Te viene bien el martes 10 a las 18:00?", "2026-03-10T18:00:00"),
    case("a Spanish zone in brackets after the time, and for the next slot too",
         "Opciones:\n- martes 10 de marzo a las 11:00 (hora peninsular)\n- o jueves 12 a las 17:30",
         "2026-03-10T11:00:00+01:00", "2026-03-12T17:30:00+01:00"),
    case("a Mexican zone named after 'hrs'",
         "Fecha: viernes 13 de marzo\nHora: 09:00 hrs (hora del centro de México)",
         "2026-03-13T09:00:00-06:00"),
    case("a Portuguese hour written '16h' after 'às', with Brasília time",
         "Pode ser na sexta (06/03) às 16h, horário de Brasília?", "2026-03-06T16:00:00-03:00"),
    case("a Latin American zone makes two small numbers day first",
         "Sugiro 05/03 às 10h, horário de Brasília.", "2026-03-05T10:00:00-03:00"),
    case("a Portuguese date with 'de' and minutes after the h",
         "Sugiro 9 de março às 14h45.", "2026-03-09T14:45:00"),
    case("a Polish month in the genitive with 'godz.' and Polish time",
         "Termin: środa, 4 marca 2026, godz. 15:30 (czasu polskiego)", "2026-03-04T15:30:00+01:00"),
    case("a German date with a dotted day and a time in Uhr",
         "Passt Ihnen Donnerstag, 5. März um 14 Uhr?", "2026-03-05T14:00:00"),
    case("a German time with minutes in Uhr and a zone after it",
         "Termin am 5. März, 10.30 Uhr MEZ", "2026-03-05T10:30:00+01:00"),
    case("a Dutch month after the day",
         "Kun je op woensdag 18 maart, 11:00?", "2026-03-18T11:00:00"),
    case("a French date with the time written '15h30' and Paris time",
         "Je vous propose le jeudi 19 mars à 15h30 (heure de Paris).", "2026-03-19T15:30:00+01:00"),
    case("an Italian month after the day",
         "Che ne dice di giovedì 26 marzo alle 10:00?", "2026-03-26T10:00:00"),
    case("a Japanese date with its weekday in brackets and a full-width range",
         "・3月24日(火) 10:00～11:00 JST", "2026-03-24T10:00:00+09:00"),
    case("a Chinese date with its year",
         "面试时间：2026年3月9日 14:00", "2026-03-09T14:00:00"),
    case("a Portuguese ordinal word is no weekday without a date",
         "A segunda entrevista será às 15h."),
    case("a day number after a word that is no weekday is no date",
         "Somos 20 a las 10:00 en la oficina."),
]

ZONES_STATED_ONCE = [
    case("a region word with 'all' in brackets gives the list its zone",
         "A few windows (all Eastern):\n  * Mon 3/9 - 11:00am\n  * Tue 3/10 - 9:15am",
         "2026-03-09T11:00:00-04:00", "2026-03-10T09:15:00-04:00"),
    case("a region word set off after a comma gives the times its zone",
         "I'm free Tue 3-5pm or Thu morning, Eastern.", "2026-03-03T15:00:00-05:00"),
    case("a region word inside a sentence gives no zone",
         "Our Eastern office is open. Tue at 3pm works.", "2026-03-03T15:00:00"),
    case("a Gulf country named before 'time' is a zone",
         "Available slots (UAE time):\n\nSunday 15 March - 11:00 AM", "2026-03-15T11:00:00+04:00"),
]

SHORTHAND_AND_AGENDAS = [
    case("a bare hour after 'at' followed by 'then'",
         "great, see you weds at 4 then", "2026-03-04T16:00:00"),
    case("a lower-case short weekday right before a clock time",
         "can u do sat 10:30? bring ur apron", "2026-03-07T10:30:00"),
    case("an agenda row whose description is a break is no slot",
         "Thursday, March 5:\n9:00 AM - 9:45 AM  Coding\n9:45 AM - 10:30 AM  Lunch with the team\n"
         "10:30 AM - 11:15 AM  Design",
         "2026-03-05T09:00:00", "2026-03-05T10:30:00"),
    case("a bracketed old slot after 'move our call' is no slot",
         "I need to move our call (Thu 2:00). Could you do Fri 3/6 at 11am instead?",
         "2026-03-06T11:00:00"),
    case("the slot confirmed before a move to another hour is the old one",
         "Your interview is confirmed for 10 Mar 2026 (Tue), 9.00am.\n"
         "Could we shift it to the same day at 2.00pm instead?",
         "2026-03-10T14:00:00"),
    case("a confirmed slot stays when nothing moves it",
         "Your interview is confirmed for 10 Mar 2026 (Tue), 9.00am.", "2026-03-10T09:00:00"),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_LANGUAGES)
def test_reads_dates_times_and_zones_of_other_languages(text: str, expected: Expected) -> None:
    assert starts(text) == expected


@pytest.mark.parametrize(("text", "expected"), ZONES_STATED_ONCE)
def test_a_zone_stated_once_applies_to_the_times(text: str, expected: Expected) -> None:
    assert starts(text) == expected


@pytest.mark.parametrize(("text", "expected"), SHORTHAND_AND_AGENDAS)
def test_shorthand_breaks_and_moved_slots(text: str, expected: Expected) -> None:
    assert starts(text) == expected


def test_a_foreign_zone_is_named_by_its_iana_key() -> None:
    found = find_proposed_times("Sugiro terça 10/03 às 15h, horário de Brasília.", SENT)
    assert [t.tz for t in found] == ["America/Sao_Paulo"]
