"""Many ways English-speaking recruiters say one thing, and the look-alikes beside them.

Blind corpora keep bringing a new wording of a familiar intent; this table holds, for each
intent, wordings from different registers (ATS template, agency, hiring manager, text
message, formal public sector) so that a rule tuned to one wording shows its gaps.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tactful.core.detect import detect
from tactful.core.model import Email, Label

SENT = datetime.fromisoformat("2026-09-14T10:05:00-04:00")
INVITE, SCHEDULED, MOVE, NO = Label.INVITE, Label.SCHEDULED, Label.RESCHEDULE_REQUEST, Label.NOT_INVITE

# (subject, body, label); the sender is a recruiter at an employer, the reader a candidate.
WORDINGS: dict[str, tuple[str, str, Label]] = {
    "availability as a list request": (
        "Next steps - Payroll Specialist",
        "Hi Jordan,\n\nThe hiring team enjoyed your application and wants to talk. Could you send me three or four "
        "windows over the next week when you could do 30 minutes on the phone?\n\nThanks,\nKeisha", INVITE),
    "a time offered as a statement to confirm": (
        "Phone screen",
        "Hi Jordan - I have you down for a 20 minute phone screen Thursday at 2:30pm ET. Reply to confirm and I'll "
        "send the dial-in.\n\nKeisha", INVITE),
    "a hiring manager's terse ask": (
        "your application",
        "Jordan, liked your portfolio. When can you talk this week? Mornings are best for me.\n\nMarcus Hale\n"
        "Design Director", INVITE),
    "a public-sector notice with a fixed slot to accept": (
        "Interview Notification - Eligibility Technician",
        "Dear Jordan Price,\n\nYou are scheduled to appear for an oral board interview on Tuesday, September 22, "
        "2026 at 9:30 a.m. at the County Administration Building, Room 210. Please confirm your attendance by "
        "replying to this email no later than September 18.\n\nHuman Resources Department", INVITE),
    "a text-bot style message": (
        "Interview with Brightline Logistics",
        "Hi Jordan! This is Olivia from Brightline Logistics. Great news - the warehouse team would like to "
        "interview you. Reply 1 for Wed 9/16 at 10 AM, 2 for Thu 9/17 at 1 PM, or 3 to see more times.",
        INVITE),
    "an agency asking for a slot for the client": (
        "Client interview request",
        "Hi Jordan,\n\nThe client came back keen - they'd like a 45-minute video call with the CFO early next week. "
        "What does your diary look like Monday or Tuesday?\n\nCheers,\nPhil", INVITE),
    "a follow-up chasing an unanswered invitation": (
        "Re: Interview - Payroll Specialist",
        "Hi Jordan, just bumping this up - are you still interested in interviewing? If so, grab any open slot "
        "on my calendar: https://calendly.com/keisha-payroll/30min\n\nKeisha", INVITE),
    "a second round framed as meeting the team": (
        "Next round",
        "Hi Jordan,\n\nGreat news - you're through to the final stage! We'd like you to spend a morning with the "
        "team in our Boston office. Would Wednesday 23 September from 9:00 to 12:00 work?\n\nKeisha", INVITE),
    "a confirmation with logistics": (
        "Your interview on Thursday",
        "Hi Jordan,\n\nThanks for choosing a time. Here are the details for Thursday, September 17 at 2:30 PM "
        "Eastern: you'll meet Dana (Payroll Manager) and Sam (Controller) on Zoom for 45 minutes. The link is "
        "below.\n\nKeisha", SCHEDULED),
    "a day-before reminder from a tool": (
        "Reminder: Interview tomorrow with Brightline",
        "Hi Jordan,\n\nThis is a reminder that your interview with Brightline Logistics is tomorrow, September 17, "
        "at 1:00 PM. Please arrive 10 minutes early and bring a photo ID.\n\nBrightline Recruiting", SCHEDULED),
    "an employer moving the interview by a day": (
        "Change to your interview",
        "Hi Jordan,\n\nUnfortunately Dana is out sick on Thursday. Would Friday the 18th at the same time work "
        "instead? Apologies for the shuffle.\n\nKeisha", MOVE),
    "an employer asking to push to the next week": (
        "Interview timing",
        "Hi Jordan, our CFO has been pulled into a board meeting, so we need to push your Thursday interview to "
        "next week. Send me what works for you Monday to Wednesday and I'll rebook it.\n\nKeisha", MOVE),
    "a rejection after the phone screen": (
        "Payroll Specialist - update",
        "Hi Jordan,\n\nThank you for speaking with me on Tuesday. After reviewing all candidates for the next "
        "round, we won't be inviting you to the panel interview this time. I wish you well with your search.\n\n"
        "Keisha", NO),
    "a status update that interviews will be scheduled later": (
        "Application status",
        "Hi Jordan,\n\nQuick update: the hiring manager is reviewing applications this week and we expect to "
        "start scheduling interviews in early October. No action needed from you right now.\n\nKeisha", NO),
    "an assessment with no interview": (
        "Online assessment - Payroll Specialist",
        "Hi Jordan,\n\nThe next step is a 40-minute online numeracy test. Please complete it within five days using "
        "this link: https://assess.testgrid.com/start/88a1. There is no interview at this stage.\n\nKeisha", NO),
    "an offer call": (
        "Good news",
        "Hi Jordan,\n\nI'm delighted to let you know the team would like to offer you the Payroll Specialist "
        "position! Are you free for a quick call tomorrow at 11 to walk through the offer details?\n\nKeisha", NO),
    "a recruiter's cold note with no role": (
        "Connecting",
        "Hi Jordan, I recruit finance professionals in the Boston area and came across your profile. No specific "
        "opening right now, but I'd love to stay in touch for future opportunities.\n\nPhil", NO),
    "a request to be a reference": (
        "Reference for Alex Moreno",
        "Hi Jordan,\n\nAlex Moreno has applied for a role with us and listed you as a reference. Would you be "
        "available for a 15-minute call on Thursday at 3pm to talk about your time working together?\n\nKeisha",
        NO),
    "a thank-you after the interview": (
        "Thanks for coming in",
        "Hi Jordan,\n\nThanks for coming in yesterday - the team really enjoyed meeting you. We're finishing "
        "interviews this week and will be in touch by Friday with next steps.\n\nKeisha", NO),
    "a withdrawal acknowledged": (
        "Re: Withdrawing my application",
        "Hi Jordan,\n\nUnderstood, and thanks for letting us know. I've cancelled Thursday's interview and closed "
        "your application. Best of luck in the new role!\n\nKeisha", NO),
}


def mail(subject: str, body: str) -> Email:
    return Email(id="t", from_name="Keisha Grant", from_email="keisha.grant@brightline-logistics.com",
                 subject=subject, body=body, sent_at=SENT, to=("jordan.price@gmail.com",))


@pytest.mark.parametrize("wording", WORDINGS, ids=list(WORDINGS))
def test_each_english_wording_gets_its_label(wording: str) -> None:
    subject, body, label = WORDINGS[wording]
    detection = detect(mail(subject, body))
    assert detection.label is label, detection.reasons
