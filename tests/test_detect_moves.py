"""Wordings that move an interview already booked, and one that only says what to do if
you want to: a move is a reschedule request, the offer of help in a confirmation is not.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tactful.core.detect import detect
from tactful.core.model import Email, Label

SENT = datetime.fromisoformat("2026-03-02T09:15:00-05:00")


def letter(body: str, subject: str = "Your interview") -> Email:
    return Email(id="t", from_name="Omar Lindgren", from_email="omar.lindgren@tallowsoft.com", subject=subject,
                 body=body, sent_at=SENT, to=("kit.harper@tallowsoft-careers.com",))


CASES = {
    "a cancellation that promises a new date is a reschedule request, in Italian too": (
        letter("Ciao Kit, purtroppo dobbiamo annullare il colloquio di giovedì: il responsabile è in trasferta. "
               "Ti scrivo lunedì per concordare una nuova data.", subject="Colloquio di giovedì"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a confirmation saying what to do if you need to reschedule is scheduled": (
        letter("Your interview is confirmed for Thursday 12 March at 2pm ET with the data team. "
               "If you need to reschedule, reply to this email."),
        Label.SCHEDULED,
    ),
    "an interview that has had to be rearranged is a reschedule request": (
        letter("Kit, your interview on Monday 9 March has had to be rearranged as the panel chair is away. "
               "We can offer Wednesday 11 March at 3pm instead; please confirm."),
        Label.RESCHEDULE_REQUEST,
    ),
    "a booked slot that got double-booked is a reschedule request": (
        letter("Kit, my 2pm Thursday just got double-booked by a client visit. "
               "Would 4pm the same day work for your interview?"),
        Label.RESCHEDULE_REQUEST,
    ),
    "'won't make our call' is a reschedule request": (
        letter("Kit, I won't make our 11am interview call tomorrow after all. "
               "Any chance you are free on Friday at 11am?"),
        Label.RESCHEDULE_REQUEST,
    ),
    "'can we do another time instead' is a reschedule request": (
        letter("hi Kit, can we do Thursday at 3 instead? same zoom link for the interview.\n\nOmar"),
        Label.RESCHEDULE_REQUEST,
    ),
    "'we can do another day instead' is a reschedule request": (
        letter("Kit, apologies - any chance we can do wed instead of tues for the interview? same time (2pm)."),
        Label.RESCHEDULE_REQUEST,
    ),
    "the employer asking to push the interview is a reschedule request": (
        letter("Kit, the plant director has asked to push your site interview to the following week. "
               "Could you do Tuesday 10 March at 1pm or Thursday 12 March at 9am?"),
        Label.RESCHEDULE_REQUEST,
    ),
    "'would you mind if we moved Friday's interview' is a reschedule request": (
        letter("Kit, would you mind if we moved Friday's interview to Monday 9 March at 10am ET? "
               "Two of the panel are travelling."),
        Label.RESCHEDULE_REQUEST,
    ),
    "'we need to rearrange your interview' is a reschedule request": (
        letter("Kit, sorry, we need to rearrange your interview on Wednesday. Could you do Friday 13 March "
               "at 11am ET instead?"),
        Label.RESCHEDULE_REQUEST,
    ),
    "'could we start it half an hour later instead' is a reschedule request": (
        letter("Kit, the room is running over - could we start your 11am interview at 11:30 instead?"),
        Label.RESCHEDULE_REQUEST,
    ),
    "an interviewer 'pulled into' something else, the same time another day asked instead, is a reschedule request": (
        letter("Kit, apologies, but Priya has been pulled into a client escalation. Any chance you could do "
               "Friday at the same time instead?"),
        Label.RESCHEDULE_REQUEST,
    ),
    "an apology that cancels the interview for good is no reschedule": (
        letter("Kit, I'm really sorry to do this but the Site Lead role is paused until the new budget, so I "
               "need to cancel your interview on Thursday 12 March.", "Site Lead role - update"),
        Label.NOT_INVITE,
    ),
    "a cancellation that reopens the booking link is a reschedule request": (
        letter("Kit, sorry to do this, but we have to cancel Thursday's interview as the panel is short. "
               "Please pick a new slot next week here: https://calendly.com/tallowsoft/panel"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a confirmation telling how you can move your interview is scheduled": (
        letter("Your interview is booked for Thursday 12 March at 2pm ET. You can move your interview "
               "from the candidate portal up to a day before."),
        Label.SCHEDULED,
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_move_of_a_booked_interview_is_told_from_an_offer_of_help(case: str) -> None:
    email, label = CASES[case]
    assert detect(email).label is label, detect(email).reasons
