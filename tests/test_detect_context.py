"""What a message is about decides whether its invitation is to a job interview: a podcast
with no job in it is not, a sales demo is not; an intro call booked through a scheduling
tool is; a take-home already handed in does not make the meeting about it a test; a
subject in another language can name the interview the body sets times for.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tactful.core.detect import detect
from tactful.core.model import Email, Label

SENT = datetime.fromisoformat("2026-05-04T10:20:00-04:00")


def mail(body: str, subject: str, sender: str = "Noor Haddad <noor@tidewell.io>") -> Email:
    name, _, address = sender.partition(" <")
    return Email(id="t", from_name=name, from_email=address.rstrip(">"), subject=subject, body=body,
                 sent_at=SENT, to=("sam.okafor@gmail.com",))


CASES = {
    "a podcast host's interview request with a time and a booking link is no job interview": (
        mail("Hi Sam,\n\nI run Tidewell Talks, a podcast on coastal engineering, and would love to interview you "
             "about your flood-barrier paper. Would Thursday, May 14 at 11am ET work? If not, grab any slot here: "
             "https://calendly.com/tidewell/guest\n\nNoor", "Interview request: Tidewell Talks"),
        Label.NOT_INVITE,
    ),
    "a seller offering to show a demo through a booking link is no invitation": (
        mail("Hi Sam,\n\nSurveying teams cut their reporting time in half with Tidewell. Happy to show you a "
             "15-minute demo built around your projects - pick a time: https://calendly.com/tidewell-noor/demo"
             "\n\nNoor Haddad\nAccount Executive, Tidewell", "Your survey reports"),
        Label.NOT_INVITE,
    ),
    "an intro call confirmed by a scheduling tool is scheduled": (
        mail("Hi Sam Okafor,\n\nA new event has been scheduled.\n\nEvent type: Intro call - Tidewell (Site "
             "Surveyor)\nWhen: 2:00pm - 2:30pm, Wednesday, May 13, 2026 (Eastern Time - US & Canada)\nLocation: "
             "https://tidewell.zoom.us/j/81234567890\n\nCancel or reschedule: https://calendly.com/cancellations/"
             "9f3e", "Confirmed: Intro call with Noor Haddad on Wednesday, May 13, 2026",
             "Calendly <notifications@calendly.com>"),
        Label.SCHEDULED,
    ),
    "a phone call with a lender booked through a scheduling tool is no interview": (
        mail("Hi Sam Okafor,\n\nYour event has been scheduled.\n\nEvent type: Remortgage review (30 min)\nWhen: "
             "9:00am - 9:30am, Friday, May 15, 2026 (Eastern Time - US & Canada)\nLocation: Phone call. Noor "
             "will ring you.", "New Event: Noor Haddad - 09:00am Fri, May 15, 2026",
             "Calendly <notifications@calendly.com>"),
        Label.NOT_INVITE,
    ),
    "an invitation to meet the team on site after a phone call is an invite": (
        mail("Hi Sam,\n\nThanks for the chat earlier. Next, we'd love you to meet the survey team on site. Would "
             "Monday 11th or Tuesday 12th suit? Mornings are easiest.\n\nNoor", "Tidewell - next steps"),
        Label.INVITE,
    ),
    "a texted 'r u free' for a call about the role is an invite": (
        mail("sam r u free tmrw for a quick call about the surveyor role? 11ish?", "surveyor role"),
        Label.INVITE,
    ),
    "a meeting proposed to go through a take-home already done is an invite": (
        mail("Sam - Noor from Tidewell, I lead the data team. Really enjoyed your take-home. Can you do Tuesday "
             "at 3pm ET for 45 minutes to walk us through it? https://tidewell.zoom.us/j/81234567891",
             "next step"),
        Label.INVITE,
    ),
    "a German subject naming the interview and times in the body is an invite": (
        mail("Hallo Herr Okafor,\n\nvielen Dank für Ihre Bewerbung. Passt Ihnen Dienstag, 12. Mai um 10:00 Uhr "
             "oder Mittwoch, 13. Mai um 15:00 Uhr?\n\nViele Grüße\nNoor Haddad",
             "Einladung zum Vorstellungsgespräch - Vermessungstechniker"),
        Label.INVITE,
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_what_the_message_is_about_decides_the_label(case: str) -> None:
    email, label = CASES[case]
    assert detect(email).label is label, detect(email).reasons
