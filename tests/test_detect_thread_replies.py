"""Replies inside an interview thread, judged by their newest message: a confirmation of the
slot the candidate picked, new times after a decline, a nudge repeating an unanswered
invitation, a second round, a promise to come back, thanks after the interview; and an
invitation the candidate forwards to their own other address.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from wordingcases import Wording, assert_label, mail_from

from tactful.core.detect import detect
from tactful.core.model import Email, Label

SENT = datetime.fromisoformat("2026-09-14T10:05:00+01:00")
INVITE, SCHEDULED, NO = Label.INVITE, Label.SCHEDULED, Label.NOT_INVITE
REC = "Maeve Doyle <maeve.doyle@quaymark.ie>"
ME = "Jordan Price <jordan.price@gmail.com>"

# (sender, subject, body, label); the reader is jordan.price@gmail.com.
REPLIES: dict[str, Wording] = {
    "recruiter confirms the slot the candidate picked": (
        REC, "Re: Interview - Data Analyst",
        "Perfect, Wednesday at 2pm it is. You'll get a Teams invite shortly.\n\nMaeve\n\nOn Mon 14 Sep "
        "2026 at 08:12, Jordan Price <jordan.price@gmail.com> wrote:\n> Hi Maeve, Wednesday at 2pm "
        "suits me best.\n>\n> On Fri 11 Sep 2026, Maeve Doyle wrote:\n>> Would Tuesday at 10am or "
        "Wednesday at 2pm suit for a first interview?", SCHEDULED),
    "recruiter says she has booked the candidate in for a day and hour": (
        REC, "Re: Data Analyst - interview",
        "Lovely - I've booked you in for Thursday 17 September at 10am. You'll get a Teams link shortly.\n\nMaeve\n\n"
        "On Mon 14 Sep 2026 at 08:12, Jordan Price <jordan.price@gmail.com> wrote:\n> Hi Maeve, Thursday or Friday "
        "morning would be ideal for me.", SCHEDULED),
    "recruiter names the slot she agreed under a subject that ends with 'interview'": (
        REC, "Re: Data Analyst - interview",
        "Thanks Jordan - Thursday 17 September at 10am works on our side too. Teams link to follow.\n\nMaeve\n\n"
        "On Mon 14 Sep 2026 at 08:12, Jordan Price <jordan.price@gmail.com> wrote:\n> Hi Maeve, could we do Thursday "
        "at 10am?", SCHEDULED),
    "recruiter checks the candidate saw her invitation below": (
        REC, "RE: Interview - Data Analyst",
        "Hi Jordan, just checking you saw my email below? Would be great to get a time in.\n\nMaeve\n\n"
        "-----Original Message-----\nFrom: Maeve Doyle <maeve.doyle@quaymark.ie>\nSent: 10 September 2026 09:30\n"
        "To: Jordan Price\nSubject: Interview - Data Analyst\n\nHi Jordan, we'd like to invite you to a first "
        "interview. Could you send me your availability for next week?\n\nMaeve", INVITE),
    "recruiter says she'll check and revert": (
        REC, "Re: Interview - Data Analyst",
        "Thanks Jordan, let me check with the hiring manager and come back to you with times.\n\nMaeve\n"
        "\nOn Mon 14 Sep 2026 at 08:12, Jordan Price <jordan.price@gmail.com> wrote:\n> Hi Maeve, I'm "
        "afraid neither time works this week - could we look at next week?", NO),
    "recruiter offers new times after candidate declined both": (
        REC, "Re: Interview - Data Analyst",
        "No problem at all. How about Monday 21st at 11:00 or Tuesday 22nd at 15:30?\n\nMaeve\n\n"
        "-----Original Message-----\nFrom: Jordan Price <jordan.price@gmail.com>\nSent: 14 September "
        "2026 08:12\nTo: Maeve Doyle\nSubject: RE: Interview - Data Analyst\n\nHi Maeve, neither time "
        "works this week, sorry.", INVITE),
    "candidate forwards invite to own address": (
        ME, "Fwd: Interview invitation - Quaymark",
        "\n\n---------- Forwarded message ---------\nFrom: Maeve Doyle <maeve.doyle@quaymark.ie>\nDate: "
        "Mon, 14 Sep 2026 at 09:00\nSubject: Interview invitation - Quaymark\nTo: "
        "<jordan.price@work-mail.com>\n\nHi Jordan,\n\nWe'd love to invite you to interview for the Data "
        "Analyst role. Could you do Thursday 17 September at 10:00?\n\nMaeve", INVITE),
    "recruiter chasing a reply to invite": (
        REC, "Re: Interview invitation",
        "Hi Jordan, just following up on the below - are you still interested? Happy to find another "
        "time if Thursday doesn't work.\n\nMaeve\n\nOn Mon 14 Sep 2026, Maeve Doyle wrote:\n> Could you "
        "do Thursday 17 September at 10:00 for a first interview?", INVITE),
    "recruiter thanks after interview": (
        REC, "Re: Interview invitation",
        "Hi Jordan, thanks for coming in today - the team really enjoyed meeting you. We'll be in "
        "touch early next week.\n\nMaeve\n\nOn Mon 14 Sep 2026, Maeve Doyle wrote:\n> Could you do "
        "Thursday 17 September at 10:00 for a first interview?", NO),
    "second round invite in the same thread": (
        REC, "Re: Interview invitation",
        "Hi Jordan, great news - the panel would like to see you for a second round. Are you free "
        "Tuesday 22 Sep at 11:00 to meet the Head of Analytics?\n\nMaeve\n\nOn Thu 10 Sep 2026, Maeve "
        "Doyle wrote:\n> Could you do Thursday 17 September at 10:00 for a first interview?", INVITE),
    "the day the candidate asked for is no good, and two others are offered": (
        REC, "RE: Interview - Data Analyst",
        "Hi Jordan, Friday's no good for the hiring manager I'm afraid. Could you do Monday 21 Sep at 9:30 "
        "or Tuesday 22 Sep at 15:00 instead?\n\nMaeve\n\n-----Original Message-----\nFrom: Jordan Price "
        "<jordan.price@gmail.com>\nSent: 13 September 2026 19:40\nSubject: RE: Interview - Data Analyst\n\n"
        "Hi Maeve, could we do Friday instead? I'm away Wednesday and Thursday.", INVITE),
    "a manager forwarding the recruiter's slots to the candidate to pick from": (
        "Colm Hayes <colm.hayes@quaymark.ie>", "Fwd: Panel slots - Data Analyst",
        "Jordan - passing these on from Maeve, pick whichever suits and reply to her.\n\nColm\n\n"
        "---------- Forwarded message ---------\nFrom: Maeve Doyle <maeve.doyle@quaymark.ie>\n"
        "Subject: Panel slots - Data Analyst\nTo: Colm Hayes <colm.hayes@quaymark.ie>\n\n"
        "Colm, for Jordan's panel we can do Tue 22 Sep at 11:00 or Wed 23 Sep at 14:00.\n\nMaeve", INVITE),
}


def mail(sender: str, subject: str, body: str) -> Email:
    return mail_from(sender, subject, body, SENT, "jordan.price@gmail.com")


@pytest.mark.parametrize("reply", REPLIES, ids=list(REPLIES))
def test_each_reply_in_a_thread_is_judged_by_its_newest_message(reply: str) -> None:
    sender, subject, body, label = REPLIES[reply]
    assert_label(mail(sender, subject, body), label)


def test_a_nudge_about_mail_that_invited_nobody_invites_nobody() -> None:
    detection = detect(mail(REC, "Re: Data Analyst role", "Hi Jordan, just following up on the below - would you "
                            "like me to put you forward?\n\nMaeve\n\nOn Mon 14 Sep 2026, Maeve Doyle wrote:\n"
                            "> I have a Data Analyst role with a client in Dublin that might suit you.\n"))
    assert detection.label is NO
