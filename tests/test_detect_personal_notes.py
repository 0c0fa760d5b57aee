"""Short notes with no word of a job in them: who writes to whom decides whether they can
be about one.  A person writing from their own address at an organisation to the user's
personal address is how founders and hiring managers arrange, confirm and move calls;
a clinic's "appointments@" address, a sales pitch or a note to a work address is not.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tactful.core.detect import detect
from tactful.core.model import Email, Label

SENT = datetime.fromisoformat("2026-03-02T09:15:00-08:00")


def note(body: str, *, sender: str = "Ines Carvalho <ines@quarrylight.dev>", to: str = "alex.moreau@gmail.com",
         subject: str = "Re: catching up") -> Email:
    name, _, address = sender.partition(" <")
    return Email(id="t", from_name=name, from_email=address.rstrip(">"), subject=subject, body=body,
                 sent_at=SENT, to=(to,))


NOTES = {
    "a shared mailbox the organisation's display name repeats confirms no interview": (
        note("Hi Alex, your booking is confirmed.\nService: Reading check-in with Mr Hughes (Year 4)\nThursday 5 March, "
             "4:40 PM - 4:55 PM, Room 12\nManage booking: https://outlook.office365.com/owa/calendar/x/bookings/s/Qw3",
             sender="Oakdale Primary Appointments <appointments@oakdaleprimary.org>",
             subject="Your booking with Oakdale Primary Appointments is confirmed"),
        Label.NOT_INVITE, [],
    ),
    "a person's note to a personal address that moves today's call is a reschedule request": (
        note("alex - my flight got delayed, could we push to 4 today? same meet link. sorry!\n\nines"),
        Label.RESCHEDULE_REQUEST, ["2026-03-02T16:00:00-08:00"],
    ),
    "a person's note to a personal address that confirms a call is scheduled": (
        note("Just confirming we're on for Wednesday at 10:30am PT. I'll ring your mobile.\n\nInes\n"
             "Co-founder, Quarrylight"),
        Label.SCHEDULED, ["2026-03-04T10:30:00-08:00"],
    ),
    "a person's note to a personal address asking if a time suits is an invite": (
        note("hi Alex, any chance you're free thursday at 2pm for a call with me and Rui? ~30 min\n\n- Ines"),
        Label.INVITE, ["2026-03-05T14:00:00-08:00"],
    ),
    "a person's note with a booking link and no clock time is judged too": (
        note("so sorry alex, something came up for tomorrow - could you grab a new slot here? "
             "https://calendly.com/ines-quarrylight/30min\n\nines"),
        Label.RESCHEDULE_REQUEST, [],
    ),
    "the same note sent to a work address says nothing about a job": (
        note("alex - my flight got delayed, could we push to 4 today? same meet link. sorry!\n\nines",
             to="alex.moreau@brightfold.com"),
        Label.NOT_INVITE, [],
    ),
    "a note from an organisation's shared address is not a person's note": (
        note("Just confirming we're on for Wednesday at 10:30am. Reply C to confirm.",
             sender="Harbour Physio <bookings@harbourphysio.com>"),
        Label.NOT_INVITE, [],
    ),
    "a sales note proposing a product demo is not an invite": (
        note("Hi Alex, would Thursday at 11am PT work for a quick product demo? I can also walk through "
             "pricing for your team.\n\nInes\nAccount Executive, Quarrylight"),
        Label.NOT_INVITE, [],
    ),
    "a friend's note about her own interview asking for a mock run is no invitation": (
        note("Alex! My interview with Fenlow Bank is finally on, Wednesday at 4pm their time (Chicago). Any chance "
             "you could do a mock run with me on Tuesday around 6pm? You did their case round last year.\n\nSam",
             sender="Sam Ortiz <sam.ortiz.home@gmail.com>", subject="mock run before Wednesday?"),
        Label.NOT_INVITE, [],
    ),
    "a founder restating the slot for the reader 'which I think is' their clock": (
        note("Hi Alex, could you do Thursday 5 March at 9am PT for a quick chat about the design role? That's "
             "12pm ET, which I think is 5pm for you in London.\n\nInes", subject="design role"),
        Label.INVITE, ["2026-03-05T09:00:00-08:00"],
    ),
}


@pytest.mark.parametrize("case", NOTES, ids=list(NOTES))
def test_a_short_note_is_judged_by_who_writes_to_whom(case: str) -> None:
    email, label, times = NOTES[case]
    detection = detect(email)
    assert detection.label is label, detection.reasons
    assert [t.start.isoformat() for t in detection.proposed_times] == times
