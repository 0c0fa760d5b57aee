"""What applicant tracking systems, booking and video tools, job boards and recruiters send
in English, each labelled: notices of a scheduled, moved or cancelled interview, requests for
availability, recorded and outsourced interviews, and the look-alikes around them (surveys,
assessments, profile views, fairs, offers, background checks, internal debriefs).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from wordingcases import Wording, assert_label, awaited_times, mail_from

from tactful.core.detect import detect
from tactful.core.model import Email, Label

SENT = datetime.fromisoformat("2026-09-14T10:05:00-04:00")
INVITE, SCHEDULED, MOVE, NO = Label.INVITE, Label.SCHEDULED, Label.RESCHEDULE_REQUEST, Label.NOT_INVITE

# (sender, subject, body, label); the reader is the candidate, jordan.price@gmail.com.
WORDINGS: dict[str, Wording] = {
    "a job board's notice that a staffing firm shortlisted the profile and may call": (
        "JobsPortal <alerts@jobsportal.example>", "Your profile has been shortlisted by Brightline Staffing",
        "Dear Jordan, your profile has been shortlisted by Brightline Staffing for Dispatch Supervisor. The "
        "recruiter may contact you soon, so keep your phone handy.", NO),
    "a one-to-one sent by the calendar in the organiser's name": (
        "Sam Ortiz (Google Calendar) <calendar-notification@google.com>",
        "Invitation: Jordan / Sam 1:1 @ Thu 17 Sep 2026 10:00 - 10:30 (EDT)",
        "Sam Ortiz has invited you to this event.\n\nJordan / Sam 1:1\nWhen: Thu 17 Sep 2026 10:00 - 10:30\n"
        "Agenda: route changes, holiday cover.\n\nInvitation from Google Calendar", NO),
    "workday scheduled notice": (
        "Harbor Mutual <harbormutual@myworkday.com>", "Interview Scheduled - Claims Adjuster II",
        "Dear Jordan,\n\nAn interview has been scheduled for the Claims Adjuster II position.\n\nDate: "
        "Thursday, September 17, 2026\nTime: 1:00 PM - 1:45 PM Eastern Time\nLocation: Microsoft Teams "
        "(link to follow)\nInterviewers: Dana Cole, Raj Patel\n\nIf you need to make changes, please "
        "contact your recruiter.\n\nHarbor Mutual Talent Acquisition", SCHEDULED),
    "greenhouse availability request": (
        "Keisha Grant <no-reply@greenhouse.io>", "Availability Request: Brightline Logistics",
        "Hi Jordan,\n\nBrightline Logistics would like to schedule your next interview. Please submit "
        "your availability for the following interview(s) using the link below:\n\nOnsite Loop (3 "
        "hours)\n\nhttps://app.greenhouse.io/availability/9f8e7d6c\n\nThank you,\nKeisha", INVITE),
    "hirevue invite": (
        "Harbor Mutual <noreply@hirevue.com>", "Harbor Mutual has invited you to interview",
        "Hello Jordan,\n\nThank you for applying to Harbor Mutual. As the next step, we invite you to "
        "complete a digital interview on HireVue. It takes about 20 minutes and can be done on a "
        "phone or computer.\n\nPlease complete it by Sunday, September 20.\n\nStart interview: "
        "https://app.hirevue.com/interviews/abc123\n\nGood luck!", INVITE),
    "paradox text style": (
        "Olivia <olivia@paradox.ai>", "Your interview with FreshCart",
        "Hi Jordan, it's Olivia, FreshCart's assistant! Your interview is set for Wed, Sep 16 at "
        "3:30 PM at the Elm St store. Reply C to confirm or R to reschedule.", SCHEDULED),
    "calendly confirmation": (
        "Calendly <notifications@calendly.com>", "Confirmed: Phone Screen with Keisha Grant on Wednesday, September 16, 2026",
        "Hi Jordan Price,\n\nYour Phone Screen with Keisha Grant at 11:00am - Wednesday, September 16, "
        "2026 (Eastern Time - US & Canada) is scheduled.\n\nEvent Type: Phone Screen\nInvitee: Jordan "
        "Price\n\nNeed to make changes? Cancel or Reschedule", SCHEDULED),
    "zoom scheduled meeting for interview": (
        "Dana Cole <dana.cole@harbormutual.com>", "Harbor Mutual interview - Zoom details",
        "Hi Jordan,\n\nDana Cole is inviting you to a scheduled Zoom meeting.\n\nTopic: Jordan Price - "
        "Final Interview\nTime: Sep 18, 2026 10:00 AM Eastern Time (US and Canada)\n\nJoin Zoom Meeting\n"
        "https://harbormutual.zoom.us/j/91234567890\n\nSee you then,\nDana", SCHEDULED),
    "reminder tomorrow": (
        "Harbor Mutual Recruiting <recruiting@harbormutual.com>", "Reminder: your interview tomorrow",
        "Hi Jordan,\n\nA quick reminder that your panel interview is tomorrow, September 15, at 9:30 "
        "AM ET. Please bring a photo ID to reception.\n\nHarbor Mutual Recruiting", SCHEDULED),
    "rescheduled by ats": (
        "Harbor Mutual <harbormutual@myworkday.com>", "Interview Rescheduled - Claims Adjuster II",
        "Dear Jordan,\n\nYour interview for Claims Adjuster II has been rescheduled.\n\nNew date: "
        "Friday, September 18, 2026\nNew time: 2:00 PM - 2:45 PM Eastern Time\n\nWe apologize for any "
        "inconvenience.", MOVE),
    "cancelled interview": (
        "Keisha Grant <keisha.grant@brightline-logistics.com>", "Interview cancelled",
        "Hi Jordan,\n\nI'm sorry to let you know that the hiring manager has put the Payroll "
        "Specialist role on hold, so we need to cancel Thursday's interview. I'll reach out if it "
        "reopens.\n\nKeisha", NO),
    "post interview survey": (
        "Brightline Logistics <surveys@brightline-logistics.com>", "How was your interview experience?",
        "Hi Jordan,\n\nThanks for interviewing with Brightline Logistics on Tuesday. We'd love your "
        "feedback: the survey takes 2 minutes.\n\nhttps://survey.brightline-logistics.com/s/77", NO),
    "thanks for interviewing, decision pending": (
        "Keisha Grant <keisha.grant@brightline-logistics.com>", "Thank you",
        "Hi Jordan, thanks again for your time with the team yesterday. We're wrapping up interviews "
        "this week and hope to have an update for you by Friday.\n\nKeisha", NO),
    "hackerrank assessment": (
        "Brightline Logistics <support@hackerrank.com>", "Brightline Logistics has invited you to a coding assessment",
        "Hi Jordan,\n\nBrightline Logistics has invited you to take the Backend Engineer Assessment. "
        "You'll have 90 minutes once you begin. The test expires on September 21, 2026 at 11:59 PM "
        "EDT.\n\nStart test: https://www.hackerrank.com/tests/abc", NO),
    "karat live interview": (
        "Karat <scheduling@karat.io>", "Schedule your technical interview for Brightline Logistics",
        "Hi Jordan,\n\nBrightline Logistics partners with Karat to conduct technical interviews. "
        "Please choose a time for your 60-minute live interview with a Karat Interview Engineer: "
        "https://karat.io/schedule/xyz\n\nThe Karat team", INVITE),
    "linkedin profile view": (
        "LinkedIn <notifications-noreply@linkedin.com>", "A recruiter from Harbor Mutual viewed your profile",
        "Jordan, a recruiter from Harbor Mutual viewed your profile. See who's looking and reach out "
        "to start a conversation.\n\nView profile", NO),
    "indeed application viewed": (
        "Indeed <donotreply@indeed.com>", "Your application was viewed by Harbor Mutual",
        "Good news, Jordan! Harbor Mutual viewed your application for Claims Adjuster II. Employers "
        "often take a few days to respond.", NO),
    "cold outreach open to opportunities": (
        "Phil Turner <phil@apexsearch.io>", "Quick question",
        "Hi Jordan, I'm working on a Director of Payroll search for a fast-growing logistics "
        "company. Are you open to hearing about new opportunities? No pressure either way.\n\nPhil", NO),
    "career fair": (
        "Harbor Mutual Campus <campus@harbormutual.com>", "Meet us at the Fall Career Fair",
        "Hi Jordan,\n\nHarbor Mutual will be at the State University Fall Career Fair on Thursday, "
        "September 24 from 10 AM to 3 PM. Stop by booth 42 to meet our recruiters!", NO),
    "offer": (
        "Keisha Grant <keisha.grant@brightline-logistics.com>", "Offer - Payroll Specialist",
        "Hi Jordan,\n\nI'm delighted to extend an offer for the Payroll Specialist role! The offer "
        "letter is attached. Can we find 15 minutes tomorrow at 2pm to walk through it?\n\nKeisha", NO),
    "background check": (
        "Sterling <noreply@sterlingcheck.com>", "Action required: complete your background check",
        "Hi Jordan,\n\nBrightline Logistics has requested a background check. Please complete your "
        "information by September 18.\n\nStart now", NO),
    "recruiter informal times": (
        "Keisha Grant <keisha.grant@brightline-logistics.com>", "Payroll Specialist",
        "hey Jordan - hiring manager loved your resume. any chance you're around thurs 10ish or fri "
        "after 2 for a quick call?\n\nK", INVITE),
    "teams invite asking to accept": (
        "Dana Cole <dana.cole@harbormutual.com>", "Interview - Claims Adjuster II",
        "Hi Jordan,\n\nI've sent a Teams invite for Thursday 9/17 at 11:00 AM ET for your interview "
        "with the claims team. If that time doesn't work, just reply with a couple of alternatives.\n\n"
        "Dana", INVITE),
    "agency client interview confirmed": (
        "Phil Turner <phil@apexsearch.io>", "Confirmed - interview with client",
        "Hi Jordan,\n\nGreat news - the client has confirmed your interview for Tuesday 22nd September "
        "at 2pm. Address: 100 Main St, 5th floor. Ask for Sarah Lin. Give me a call afterwards!\n\nPhil", SCHEDULED),
    "newsletter with interview tips": (
        "The Career Weekly <newsletter@careerweekly.com>", "5 questions to ask at the end of every interview",
        "This week: how to close an interview strong, salary negotiation scripts, and the jobs "
        "hiring now.\n\nRead more\n\nUnsubscribe", NO),
    "internal hiring debrief": (
        "Dana Cole <dana.cole@harbormutual.com>", "Debrief: Jordan Price",
        "Team - let's do the debrief for Jordan's onsite Thursday at 4pm in room 3B. Please submit "
        "scorecards before.\n\nDana", NO),
    "application received": (
        "Harbor Mutual <harbormutual@myworkday.com>", "Thank you for applying",
        "Dear Jordan,\n\nThank you for your interest in Harbor Mutual. We have received your "
        "application for Claims Adjuster II. If your qualifications match our needs, a recruiter "
        "will contact you to discuss next steps.\n\nHarbor Mutual Talent Acquisition", NO),
    "rejection mentioning interview": (
        "Harbor Mutual <harbormutual@myworkday.com>", "Your application to Harbor Mutual",
        "Dear Jordan,\n\nThank you for taking the time to interview with us. After careful "
        "consideration, we have decided to move forward with other candidates whose experience more "
        "closely matches our needs.", NO),
    "modernloop schedule": (
        "ModernLoop <schedule@modernloop.io>", "Your interview schedule with Brightline Logistics",
        "Hi Jordan,\n\nHere is your interview schedule for Thursday, September 17, 2026 (Eastern "
        "Time):\n\n10:00 AM - 10:45 AM  Hiring Manager - Keisha Grant\n11:00 AM - 11:45 AM  Technical - "
        "Raj Patel\n\nJoin: https://meet.google.com/abc-defg-hij", SCHEDULED),
    "goodtime availability": (
        "Brightline Logistics <scheduling@goodtime.io>", "Please share your availability",
        "Hi Jordan,\n\nThe Brightline Logistics team would like to schedule your final round "
        "interviews. Please share your availability over the next two weeks: "
        "https://app.goodtime.io/availability/abc\n\nThanks!", INVITE),
    "one-liner from manager": (
        "Raj Patel <raj@harbormutual.com>", "re: your application",
        "Jordan - can you swing by the office Friday around 11? Want you to meet the team.\n\nRaj", INVITE),
    "reference request": (
        "Keisha Grant <keisha.grant@brightline-logistics.com>", "References",
        "Hi Jordan, we're at the final stage! Could you send me two professional references by "
        "Thursday at 5pm?\n\nKeisha", NO),
}


def mail(sender: str, subject: str, body: str) -> Email:
    return mail_from(sender, subject, body, SENT, "jordan.price@gmail.com")


@pytest.mark.parametrize("wording", WORDINGS, ids=list(WORDINGS))
def test_each_tool_and_recruiter_wording_gets_its_label(wording: str) -> None:
    sender, subject, body, label = WORDINGS[wording]
    assert_label(mail(sender, subject, body), label)


@pytest.mark.parametrize("wording", awaited_times(WORDINGS, skip_if_body_has="https://"))
def test_each_invitation_confirmation_and_move_without_a_link_yields_its_time(wording: str) -> None:
    assert detect(mail(*WORDINGS[wording][:3])).proposed_times
