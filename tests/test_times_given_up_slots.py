"""Slots a mail gives up rather than offers: a meeting rescheduled, pushed back or moved,
a booked slot with a conflict, one someone "was due to" hold, a bracketed old slot, and a
subject's slot that the body moves; times offered "on the same day" take the moved day.

Every case is sent on Monday 2 March 2026 at 09:14 in New York unless it says otherwise.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from timecases import CHICAGO_TUE_0830, CHICAGO_TUE_0900, COLUMNS, MADRID_TUE_1200, Expected, case, starts

from tactful.core.times import find_proposed_times

MOVED_AWAY = [
    case("the slot that has been rescheduled to another is the old one",
         "The call on 04-Mar-2026 at 10:00 AM has been rescheduled to 06-Mar-2026 at 2:00 PM.",
         "2026-03-06T14:00:00"),
    case("a slot pushed back to a later day is the old one",
         "Our interview on Wednesday at 3pm has been pushed back to Friday at 10am.", "2026-03-06T10:00:00"),
    case("a move in the next sentence leaves the slot alone",
         "Thursday at 11am is confirmed. Lunch was moved to the cafe.", "2026-03-05T11:00:00"),
    case("a bracketed old slot after 'move our call' is no slot",
         "I need to move our call (Thu 2:00). Could you do Fri 3/6 at 11am instead?",
         "2026-03-06T11:00:00"),
    case("the slot confirmed before a move to another hour is the old one",
         "Your interview is confirmed for 10 Mar 2026 (Tue), 9.00am.\n"
         "Could we shift it to the same day at 2.00pm instead?",
         "2026-03-10T14:00:00"),
    case("a Hindi-English slot that 'nahi ho payega' is the old one",
         "Sorry, kal ka 10:30 wala round nahi ho payega. Thursday 4 pm chalega?", "2026-03-05T16:00:00"),
    case("a Hindi-English slot that has to be cancelled is the old one",
         "Kal ka 10 AM slot cancel karna padega. Kya hum Friday 3 PM kar sakte hain?", "2026-03-06T15:00:00"),
    case("a new hour asked about after the booked slot is given up is on that slot's day",
         "so sorry, I need to bump our 2pm today. Any chance 4:30 works?", "2026-03-02T16:30:00"),
    case("the day of a given-up slot written before its time carries the new hour too",
         "I can't make Thursday at 10am after all. Would 2pm work?", "2026-03-05T14:00:00"),
    case("a day given up on its own gives no day to an hour offered after it",
         "I can't do Tuesday anymore. Would 3pm work instead?"),
    case("a confirmed slot stays when nothing moves it",
         "Your interview is confirmed for 10 Mar 2026 (Tue), 9.00am.", "2026-03-10T09:00:00"),
    case("a bracketed slot after a move verb keeps its time out of the later dates",
         "Our lead is away on Thursday, so we must move your call (Thu 5 Mar, 15:00).\n"
         "- Mon 9 Mar, 10:00\n- Tue 10 Mar, 14:00",
         "2026-03-09T10:00:00", "2026-03-10T14:00:00", sent=MADRID_TUE_1200),
    case("times offered on the same day as the moved slot take that day",
         "We have to move your interview on Friday 6 March from the morning. "
         "We can offer 13:00 or 16:30 on the same day instead.",
         "2026-03-06T13:00:00", "2026-03-06T16:30:00", sent=MADRID_TUE_1200),
    case("'from X to Y the same day' keeps the day of the slot moved",
         "Our CTO now has a clash with a site visit on Friday morning. Could we shift your interview from 9:30 to "
         "2pm the same day (Friday 6 March)?", "2026-03-06T14:00:00", sent=CHICAGO_TUE_0900),
    case("'change it from X to Y' offers Y only, and X named again is no offer",
         "Could we change your interview on Friday 6 March from 10:00 to 11:30 CET? "
         "The CEO now has a call at 10:00.", "2026-03-06T11:30:00+01:00", sent=CHICAGO_TUE_0900),
    case("'from X to Y' after a move that already names its new day is a range",
         "Could we move it to Friday 6 March from 10:00 to 11:30?", "2026-03-06T10:00:00", sent=CHICAGO_TUE_0900),
    case("a clock time offered instead of another clock time moves the meeting of the day it is sent",
         "Sorry, a clash came up: could we do 4:30pm instead of 2pm?", "2026-03-03T16:30:00+01:00",
         sent=MADRID_TUE_1200),
    case("a meeting named by its time and day keeps that day when bumped to a new time",
         "ugh, sorry - can we bump our 11am tomorrow to 1:45?", "2026-03-04T13:45:00", sent=MADRID_TUE_1200),
    case("a meeting named by its day's possessive keeps that day when pushed to a new time",
         "Running late - can we push tomorrow's interview to 3:15pm?", "2026-03-04T15:15:00", sent=MADRID_TUE_1200),
    case("a French move verb before the slot makes it the old one",
         "Je dois malheureusement déplacer notre échange fixé mercredi à 16h. Seriez-vous libre vendredi 6 mars "
         "à 9h30 ou lundi 9 mars à 15h ?", "2026-03-06T09:30:00", "2026-03-09T15:00:00", sent=MADRID_TUE_1200),
    case("a Portuguese move verb before a bracketed slot makes it the old one",
         "Teremos de reagendar a conversa de quinta (5/3, 14h). Consegue na sexta-feira 6 de março às 16h?",
         "2026-03-06T16:00:00", sent=MADRID_TUE_1200),
    case("an Italian move verb leading with 'a' to the new day keeps that day",
         "Dobbiamo rimandare il colloquio a martedì 10 marzo alle 9:30, va bene?", "2026-03-10T09:30:00",
         sent=MADRID_TUE_1200),
    case("a German move 'auf' a date written with ordinal dots and commas offers that date's time",
         "Dürfen wir den Termin auf Montag, 9. März, 11:15 Uhr verlegen?", "2026-03-09T11:15:00",
         sent=MADRID_TUE_1200),
    case("a German slot called 'geplant' that its sentence then moves is the old one",
         "Leider müssen wir das für Donnerstag, 5. März, 10:30 Uhr geplante Interview wegen einer Dienstreise "
         "kurzfristig verlegen. Ginge stattdessen Freitag, 6. März, um 14 Uhr?", "2026-03-06T14:00:00",
         sent=MADRID_TUE_1200),
    case("a Dutch slot called 'geplande' that its sentence then moves is the old one",
         "Helaas moeten we ons voor donderdag 5 maart om 10:30 geplande gesprek met de teamleider verzetten. "
         "Zou vrijdag 6 maart om 14:00 uur kunnen?", "2026-03-06T14:00:00", sent=MADRID_TUE_1200),
    case("a German slot called 'vereinbart' stays when nothing gives it up",
         "Hiermit bestätige ich unser für Donnerstag, 5. März, 10:30 Uhr vereinbartes Gespräch.",
         "2026-03-05T10:30:00", sent=MADRID_TUE_1200),
    case("something landing 'on top of' the meeting makes the subject's time the old one",
         "so sorry, a board review just landed on top of this. could we do fri 3/6 same time (9:30)?",
         "2026-03-06T09:30:00", sent=CHICAGO_TUE_0900, subject="Updated invitation: Intro call - 9:30am Thu, Mar 5"),
    case("'push to' in the body makes the subject's time the old one",
         "Stuck in traffic, sorry. Could we push to 2:30?", "2026-03-03T14:30:00",
         sent=CHICAGO_TUE_0900, subject="Interview today 2pm"),
    case("the body gives the subject's slot up by its hour and offers a day at the same hour",
         "Sorry - the manager is travelling, so we need to move tomorrow's 10am to Friday, same time.",
         "2026-03-06T10:00:00", sent=CHICAGO_TUE_0900, subject="Re: Site visit - Wed 10am"),
    case("a move named with today outweighs the older day in the subject",
         "so sorry, a delivery came in - can we push our 11am today to 1pm?", "2026-03-03T13:00:00",
         sent=CHICAGO_TUE_0900, subject="Re: Warehouse lead - Tuesday 11am"),
    case("the body pushing the subject's hour elsewhere makes it the old slot",
         "Apologies - could we push Thursday's 3pm to Friday at 10? If not, Monday at 2pm is open.",
         "2026-03-06T10:00:00", "2026-03-09T14:00:00", sent=CHICAGO_TUE_0900,
         subject="RE: Interview confirmed - Thursday 3pm"),
    case("'same hours' repeats a day's span on another day",
         "It runs Thursday 5 March from 10:00 to 15:00. If Thursday is impossible, Friday 6 March, same hours, "
         "works too.", "2026-03-05T10:00:00", "2026-03-06T10:00:00", sent=CHICAGO_TUE_0900),
    case("'the 2pm' named again after its restatement is the same slot, not a new one",
         "Reminder: your panel is Thursday 5 March at 2pm GMT (9am EST). Clocks here changed on the 1st, "
         "but the 9am your time holds.", "2026-03-05T14:00:00+00:00", sent=CHICAGO_TUE_0900),
]

CONFLICTS = [
    case("a meeting that overlaps your interview on a day names the old slot",
         "Our director has a board meeting that now overlaps your panel interview on Wednesday (March 4, 10:00 AM). "
         "Would Thursday, March 5 at 10:00 AM work instead?", "2026-03-05T10:00:00", sent=CHICAGO_TUE_0900),
    case("the French interview called planned before its slot, then moved, is the old one",
         "Notre directrice a un empêchement pour l'entretien prévu ce jeudi 5 mars à 9h. Pourrions-nous le décaler "
         "au vendredi 6 mars à 17h ?",
         "2026-03-06T17:00:00", sent=MADRID_TUE_1200),
    case("the Italian interview called fixed for a slot is the old one",
         "Le scrivo per il colloquio fissato per giovedì 5 marzo alle 15:00. Il direttore sarà fuori sede: sarebbe "
         "possibile spostarlo a venerdì 6 marzo alle 10:00?", "2026-03-06T10:00:00", sent=MADRID_TUE_1200),
    case("Spanish 'mover tu entrevista del ... al ...' gives up the first slot",
         "¿Podríamos mover tu entrevista del jueves 5 a las 9:00 al lunes 9 de marzo a la misma hora?",
         "2026-03-09T09:00:00", sent=MADRID_TUE_1200),
    case("a slot labelled as the previous one, on its own line or in brackets after 'was', is the old one",
         "Old time: Thursday 5 March, 11:00 AM ET\nNew time: Friday 6 March, 3:00 PM ET\n"
         "When: Friday 6 March 2026 3pm - 4pm (was Thursday 5 March 2026 11am - 12pm)",
         "2026-03-06T15:00:00-05:00", sent=CHICAGO_TUE_0900),
    case("a slot that has to be postponed is the old one",
         "The panel booked for tomorrow at 11:00 has to be postponed; please join on Thursday 5 March at 15:00.",
         "2026-03-05T15:00:00", sent=CHICAGO_TUE_0900),
    case("a time without a day, before a sentence of dates that carry their own times, is the old slot",
         "Purtroppo il colloquio di giovedì alle 15:00 salta. Possiamo fare lunedì 9 marzo alle 10:00 "
         "oppure martedì 10 marzo alle 14:30?", "2026-03-09T10:00:00", "2026-03-10T14:30:00", sent=MADRID_TUE_1200),
    case("a time without a day still takes the date of the next sentence when that date has none",
         "We could start at 10:30. Would Thursday 5 March suit you?", "2026-03-05T10:30:00", sent=MADRID_TUE_1200),
    case("the booked slot someone has a conflict with is not offered",
         "Our director has a conflict with your Thursday 10am call. Could you do Friday 6 March at 11:00?",
         "2026-03-06T11:00:00", sent=MADRID_TUE_1200),
    case("'before shift' names a work shift, not a move, so the option after it stands",
         "The site lead can see you tmrw at 6:30am before shift or thurs 3:15pm after shift.",
         "2026-03-04T06:30:00", "2026-03-05T15:15:00", sent=CHICAGO_TUE_0830),
    case("a trial shift on a day is a slot, not a move",
         "Come in for a trial shift this Saturday at 10am.", "2026-03-07T10:00:00", sent=MADRID_TUE_1200),
    case("the slot a conflict overlaps with is the old one, and its bracketed time too",
         "A board meeting now overlaps with your interview this Thursday (5 March, 11:00). "
         "Could we do Friday 6 March at 11:00 instead?", "2026-03-06T11:00:00", sent=MADRID_TUE_1200),
    case("the slot someone 'was due to' hold is the old one",
         "Dr. Lee, who was due to meet you on Monday 9 March at 10:00, is ill. "
         "Could we do Wednesday 11 March, 10:00 instead?", "2026-03-11T10:00:00", sent=CHICAGO_TUE_0900),
    case("a time followed by 'which is when we had your interview' is the old slot",
         "The all-hands was moved to 2pm Thursday, which is when we had your interview. "
         "Could you do 4pm Thursday instead?", "2026-03-05T16:00:00", sent=CHICAGO_TUE_0900),
    case("the slot someone 'will not be able to take' is the old one",
         "Our CTO will not be able to take your final round today at 4 PM. Could we do Thursday 5 March at "
         "11:00 instead?", "2026-03-05T11:00:00", sent=CHICAGO_TUE_0900),
    case("an interview that 'we will not be able to hold' in Spanish is the old slot",
         "Lo siento, no podremos realizar la entrevista del jueves a las 9:30. ¿Te iría bien el viernes 6 a las "
         "12:00?", "2026-03-06T12:00:00", sent=MADRID_TUE_1200),
    case("'tomorrow at the same time' in Spanish, after the slot given up, is that time tomorrow",
         "Nuestra responsable está de viaje y no podrá hacer la entrevista de hoy a las 17:00. ¿Podrías "
         "mañana a la misma hora?", "2026-03-04T17:00:00", sent=MADRID_TUE_1200),
    case("a Spanish slot followed by 'no vamos a poder hacer' is the old one",
         "Al final el jueves a las 11:00 no vamos a poder hacer la entrevista. ¿Te iría bien el viernes 6 a las "
         "9:30?", "2026-03-06T09:30:00", sent=MADRID_TUE_1200),
    case("an interview that 'needs to be moved' gives up its slot",
         "Your interview on Wednesday 4 March at 10:00 AM needs to be moved. We propose Friday 6 March at 2:00 PM.",
         "2026-03-06T14:00:00", sent=CHICAGO_TUE_0900),
    case("a Spanish 'hora anterior' is the old slot",
         "Nueva fecha: viernes 6 de marzo, 12:00. La hora anterior (jueves 5 de marzo, 17:00) ya no está disponible.",
         "2026-03-06T12:00:00", sent=MADRID_TUE_1200),
    case("a Swedish slot 'som var inbokad' is the old one",
         "Vi behöver flytta intervjun som var inbokad på torsdag 5 mars kl. 14.00. Skulle du kunna fredag 6 mars kl. "
         "10.00 istället?", "2026-03-06T10:00:00", sent=MADRID_TUE_1200),
    case("a time in brackets for the reader's own clock converts the one offered",
         "Could we do Friday 6 March at 8am Sydney time instead (Thursday 4pm your time)?",
         "2026-03-06T08:00:00+11:00", sent=MADRID_TUE_1200),
    case("'that's 6am for you' converts the time before it",
         "All set for Friday 6 March, 10am UK time (that's 6am for you, sorry!).", "2026-03-06T10:00:00+00:00",
         sent=MADRID_TUE_1200),
    case("a Portuguese slot that 'estava marcada para' is the old one",
         "Vamos precisar remarcar a entrevista que estava marcada para quarta-feira (4/3) às 15h. Pode ser sexta 6/3 "
         "às 10h?", "2026-03-06T10:00:00", sent=MADRID_TUE_1200),
    case("a Spanish slot 'que teníamos para' is the old one",
         "Debemos reprogramar la entrevista que teníamos para mañana miércoles 4 de marzo a las 9:00. Te propongo el "
         "viernes 6 de marzo a las 14:30.", "2026-03-06T14:30:00", sent=MADRID_TUE_1200),
    case("the round a move says was 'planned for' a time is the old slot",
         "We need to reschedule your panel round planned for today at 3 PM. Would Wednesday at 12:30 PM work?",
         "2026-03-04T12:30:00", sent=CHICAGO_TUE_0900),
    case("'our 10am won't happen' gives up that slot",
         "So sorry - our 10am won't happen tomorrow. Can we do Thursday 3/5 at 4pm or Friday 3/6 at 2:30pm?",
         "2026-03-05T16:00:00", "2026-03-06T14:30:00", sent=CHICAGO_TUE_0900),
    case("the time something came up for is the old slot",
         "Something came up on my side for tomorrow 3pm - could we do Friday 3/6 at 3pm instead?",
         "2026-03-06T15:00:00", sent=CHICAGO_TUE_0900),
    case("the slot someone else was booked into is the old one",
         "A client was booked into our 4:30 slot on Wednesday, so I need to move our call. Could you do Thursday "
         "3/5 at 12:15?", "2026-03-05T12:15:00", sent=CHICAGO_TUE_0900),
    case("a slot moved to after 'can't make' the old one, past an 'AM.' that ends the sentence, is new",
         "Our lead was pulled into an audit and can't make tomorrow's 10 AM. Could we move to Thursday 3/5 at "
         "2:00 PM or Friday 3/6 at 9:00 AM?", "2026-03-05T14:00:00", "2026-03-06T09:00:00", sent=CHICAGO_TUE_0830),
    case("the slot something 'landed on top of' is the old one",
         "Apologies - a client workshop just landed on top of our Wednesday 11am. Could we shift to Thursday 3/5 "
         "at 2pm or Friday 3/6 at 9:30am?", "2026-03-05T14:00:00", "2026-03-06T09:30:00", sent=CHICAGO_TUE_0900),
    case("the slot something 'collides with' is the old one",
         "The quarterly review now collides with your Wednesday 4 March 3pm slot. Would Friday 3/6 at 10am work?",
         "2026-03-06T10:00:00", sent=CHICAGO_TUE_0900),
    case("the time another meeting 'got added' at is no slot",
         "Could we start Friday's interview an hour later, at 11:00 instead of 10:00? A staff meeting got added "
         "at 2.", "2026-03-06T11:00:00", sent=CHICAGO_TUE_0900),
    case("a Spanish 'no podrá atenderte' gives up its slot",
         "La gerente no podrá atenderte el miércoles 4 de marzo a las 11:30. ¿Te queda bien el jueves 5 a las 9:00?",
         "2026-03-05T09:00:00", sent=MADRID_TUE_1200),
]


@pytest.mark.parametrize(COLUMNS, MOVED_AWAY)
def test_a_moved_meeting_offers_only_its_new_slot(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


@pytest.mark.parametrize(COLUMNS, CONFLICTS)
def test_a_slot_with_a_conflict_is_not_offered(
    text: str, sent: datetime | None, subject: str | None, expected: Expected
) -> None:
    assert starts(text, sent, subject=subject) == expected


def test_the_subjects_slot_is_the_old_one_when_the_body_moves_the_meeting() -> None:
    found = find_proposed_times(
        "Sorry, we have to move our call. Could you do Monday 9 March at 11:00 instead (Madrid time)?",
        MADRID_TUE_1200,
        subject="Invitation: Interview @ Thu 5 Mar 2026 15:00 - 16:00 (CET)",
    )
    assert [t.start.isoformat() for t in found] == ["2026-03-09T11:00:00+01:00"]


def test_the_subjects_slot_stands_when_the_body_names_no_other_time() -> None:
    found = find_proposed_times(
        "We moved it as agreed; see you then.",
        MADRID_TUE_1200,
        subject="Updated invitation: Interview @ Thu 5 Mar 2026 15:00 - 16:00 (CET)",
    )
    assert [t.start.isoformat() for t in found] == ["2026-03-05T15:00:00+01:00"]
