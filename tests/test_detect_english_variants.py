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
    "an ATS asking for availability through a form": (
        "Brightline Logistics - please share your availability",
        "Hi Jordan,\n\nThank you for your interest in the Payroll Specialist role. We'd like to set up a video "
        "interview with the hiring team. Please use the link below to tell us which times you're free over the "
        "next two weeks.\n\nhttps://app.greenhouse.io/availability/abc123\n\nBrightline Recruiting", INVITE),
    "an ATS invitation to pick an interview slot": (
        "Schedule your interview with Brightline Logistics",
        "Hello Jordan,\n\nCongratulations! You have been selected to move forward in the hiring process for "
        "Payroll Specialist. Please schedule your phone interview at your earliest convenience: "
        "https://jobs.lever.co/brightline/schedule/xyz\n\nBrightline Talent Team", INVITE),
    "a scheduling tool's itinerary for a virtual onsite": (
        "Your interview itinerary - Brightline Logistics",
        "Hi Jordan,\n\nYour virtual onsite is confirmed for Wednesday, September 23. Itinerary (Eastern Time):\n"
        "10:00 - 10:45 Payroll systems with Dana\n11:00 - 11:45 Team lead conversation with Sam\n\nZoom links are "
        "attached to each calendar event.\n\nSent via GoodTime", SCHEDULED),
    "a note that only the meeting format changed": (
        "Interview now on Zoom",
        "Hi Jordan, small logistics update for Thursday's 2:30 interview: we'll meet on Zoom instead of in the "
        "office. Same time - here's the link: https://brightline.zoom.us/j/123456789\n\nKeisha", SCHEDULED),
    "a rejection saying the position has been filled": (
        "Payroll Specialist position",
        "Dear Jordan,\n\nThank you for taking the time to interview with us. The position has now been filled. We "
        "appreciate your interest in Brightline.\n\nHuman Resources", NO),
    "a rejection in favour of candidates who align more closely": (
        "Your application to Brightline Logistics",
        "Hi Jordan,\n\nThank you for applying. After careful consideration, we have decided to move forward with "
        "candidates whose experience more closely aligns with the needs of the role. We encourage you to apply for "
        "future openings.\n\nBrightline Talent Team", NO),
    "a job alert with roles and apply buttons": (
        "New jobs for you: Payroll Specialist and 9 more",
        "Jordan, based on your profile, these roles may interest you:\n\nPayroll Specialist - Brightline Logistics "
        "- Boston, MA\nPayroll Analyst - Harbor Health - Remote\n\nApply now\n\nManage job alerts", NO),
    "a nudge to finish an application": (
        "You're almost there",
        "Hi Jordan,\n\nYou started an application for Payroll Specialist but haven't submitted it yet. It only "
        "takes a few minutes to finish: https://brightline.wd5.myworkdayjobs.com/apply/123\n\nBrightline Careers",
        NO),
    "an invitation to apply": (
        "We think you'd be a great fit",
        "Hi Jordan,\n\nWe came across your profile and think you'd be a strong fit for our Payroll Specialist "
        "opening. We'd love for you to apply here: https://brightline.example/careers/payroll\n\nKeisha", NO),
    "a hiring event open to all": (
        "Join our hiring event on September 24",
        "Hi Jordan,\n\nBrightline is hosting a warehouse hiring event on Thursday, September 24, from 10 AM to "
        "4 PM at our Dorchester site. Walk in any time, meet the team and learn about open roles. Register here: "
        "https://brightline.example/events\n\nBrightline Recruiting", NO),
    "a background check consent request": (
        "Action required: background check authorization",
        "Hi Jordan,\n\nAs part of your conditional offer, please complete the background check authorization by "
        "Friday using the secure link below.\n\nBrightline People Team", NO),
    "a candidate experience survey": (
        "How was your interview experience?",
        "Hi Jordan,\n\nThank you for interviewing with Brightline last week. We'd love your feedback - the survey "
        "takes three minutes: https://survey.brightline.example/cx\n\nBrightline Talent Team", NO),
    "an interview cancelled because the role is on hold": (
        "Interview cancelled",
        "Hi Jordan,\n\nI'm sorry to let you know that the Payroll Specialist role has been put on hold, so we've "
        "cancelled Thursday's interview. I'll reach out if it reopens.\n\nKeisha", NO),
    "a referral notice with no interview yet": (
        "You've been referred to Brightline",
        "Hi Jordan,\n\nSam Ortiz referred you for the Payroll Specialist role. Our recruiting team will review your "
        "profile and get in touch if there's a match.\n\nBrightline Referrals", NO),
    "a recruiter's message with pay but no call": (
        "Payroll Specialist - $75-85k - hybrid",
        "Hi Jordan, I have a Payroll Specialist opening with a logistics client in Boston, hybrid, $75-85k. If it "
        "sounds interesting, send me your latest resume and I'll share more.\n\nPhil", NO),
    "an offer letter sent for signature": (
        "Your offer from Brightline Logistics",
        "Hi Jordan,\n\nCongratulations! Attached is your offer letter for the Payroll Specialist position. Please "
        "review and sign by September 21.\n\nKeisha", NO),
    "a phone interview invitation with a window to call in": (
        "Phone interview - Payroll Specialist",
        "Hello Jordan,\n\nWe would like to conduct a brief phone interview with you. Please call me at "
        "617-555-0142 between 1 and 3 PM on Wednesday or Thursday, whichever is easier for you.\n\nKeisha", INVITE),
    "a hiring manager inviting you to a working interview": (
        "Working interview",
        "Hi Jordan,\n\nWe'd like you to come in for a paid working interview at the clinic - shadow the front desk "
        "for a morning. Are you able to do Tuesday from 8 to 12?\n\nDr. Alvarez", INVITE),
    "a confirmation that the candidate's chosen slot is booked": (
        "Confirmed: Phone screen with Keisha Grant",
        "Hi Jordan,\n\nYou're booked! Phone screen with Keisha Grant on Monday, September 21 at 11:00 AM Eastern. "
        "Keisha will call you at the number you provided.\n\nNeed to make a change? Reschedule or cancel here.",
        SCHEDULED),
    "an employer asking the candidate to pick a new time after a conflict": (
        "Need to find a new time",
        "Hi Jordan, apologies - something has come up for Sam on Thursday afternoon. Could you pick another slot "
        "from the link below? https://calendly.com/keisha-brightline/interview\n\nKeisha", MOVE),
    "an offered slot since taken, with the rest still open to choose from": (
        "Re: Interview availability",
        "Hi Jordan, quick update - Thursday 2pm has since been taken, but Wednesday at 11am and Friday at 3pm are "
        "still open. Which would you like?\n\nKeisha", INVITE),
    "a new time offered 'instead' under a subject about a change of time, with no apology": (
        "Panel interview - change of time",
        "Hi Jordan, Dana's had a board meeting land on Thursday afternoon. Could you do Friday 18th at 11:00 "
        "instead? Same room.\n\nKeisha", MOVE),
    "thanks for the last round, then two slots for the next one to choose from": (
        "Final round - Brightline Logistics",
        "Hi Jordan, thanks for meeting Omar and Priya on Tuesday. They want you back for the last stage: a site "
        "walk and 45 minutes with our COO. Could you make either of these?\n- Mon 21 Sept, 10:00\n"
        "- Wed 23 Sept, 15:30\n\nKeisha", INVITE),
    "someone can no longer keep the booked slot 'as planned', with new times offered": (
        "Your interview with our COO",
        "Hi Jordan, I'm sorry to say that Dana won't be able to meet you on Thursday at 2pm as planned - she has "
        "been called to a client site. Would Monday 21st at 10am or Tuesday 22nd at 1pm suit you?\n\nKeisha", MOVE),
    "a hiring lead asking for coffee about an opening, with a time": (
        "Coffee?",
        "Hey Jordan - Lena said you might be looking. We're hiring an ops lead and I'd love to grab a coffee and "
        "tell you about it. Fri 8:15 at the Bean Depot on 3rd?\n\nMarcus\nCOO, Brightline Logistics", INVITE),
    "a request for references that names the week they will be called": (
        "References",
        "Hi Jordan, you're through to the final stage! Could you send two references we can call this week? We "
        "hope to decide by "
        "Friday.\n\nKeisha", NO),
    "a hiring lead's own booking link, 'here's my link'": (
        "Brightline x Jordan",
        "Hi Jordan, I run the dispatch team here. Keisha thinks you'd be great for our Dispatch Supervisor opening "
        "and I'd love to get 20 minutes on the calendar. Here's my link: https://calendly.com/marcus-hale/20min"
        "\n\nMarcus", INVITE),
    "the panel 'is now' another day 'rather than' the one booked": (
        "Re: Panel",
        "Hi Jordan, small update: the panel is now Friday 10-11am rather than Thursday. Shout if that's a "
        "problem.\n\nKeisha", MOVE),
    "a time 'locked in' in a one-line reply": (
        "Re: Phone screen",
        "Great - 4:15 on Wednesday is locked in. Sam will ring your mobile.\n\nKeisha", SCHEDULED),
    "an office manager saying the reader is on the calendar": (
        "Re: Dispatcher opening",
        "Hi Jordan, Marcus asked me to confirm you're on the calendar for Monday 9:30. Ask for him at the front "
        "desk.\n\nTina\nOffice Manager", SCHEDULED),
    "an onsite agenda that ends 'See you then!'": (
        "Thursday onsite",
        "Hi Jordan,\n\nHere is how Thursday will run:\n9:30 - Welcome\n9:45 - Yard walk with Sam\n10:30 - "
        "Scenario exercise\n\nSee you then!\nKeisha", SCHEDULED),
    "a calendar's invitation mail kept as text only, for a screen": (
        "Invitation: Jordan Price / Keisha Grant - Phone Screen @ Thu Sep 17, 2026 10am - 10:30am (EDT)",
        "You have been invited by Keisha Grant to attend an event named Phone Screen on Thursday Sep 17, 2026 "
        "10am - 10:30am (EDT).\n\nJoin with Google Meet: https://meet.google.com/qrs-tuvw-xyz\n\n"
        "Invitation from Google Calendar", SCHEDULED),
    "a civil-service oral board confirmed": (
        "Oral board - Dispatcher II",
        "Dear Jordan Price,\n\nYour oral board for Dispatcher II is confirmed for Tuesday, September 22 at "
        "9:00 a.m., County Building, Room 4.\n\nHuman Resources", SCHEDULED),
    "a director asking whether the reader has time for a call, with days and no clock": (
        "Referral - Dispatch Supervisor",
        "Hi Jordan, Lena Ortiz forwarded your resume. Would you have time for a quick call Monday or Tuesday "
        "morning?\n\nMarcus Hale\nDirector of Operations", INVITE),
    "a careers site saying which slot the reader booked": (
        "Interview booked: Dispatch Supervisor",
        "Dear Jordan,\n\nYou have booked the following interview slot:\nMonday 21 September 2026, 11:00\n"
        "Depot 3, Gate B\n\nTo change it, contact the hiring manager.", SCHEDULED),
    "a subject asking to move the interview, the body offering a day at the same hour": (
        "Could we move your site visit?",
        "Hi Jordan, our COO is travelling on 9/21. Would 9/23 at the same time work instead? Really sorry.\n\n"
        "Keisha", MOVE),
    "an agency's prep notes before the reader's booked hour with its client": (
        "Prep for Monday",
        "Hi Jordan, ahead of Monday's 11am with the client here are my notes: they care about safety record and "
        "on-time rates, so lead with those. Good luck!\n\nKeisha", SCHEDULED),
    "a cancellation that promises to set a new date moves the interview": (
        "Thursday's interview",
        "Hi Jordan, I'm afraid we have to cancel Thursday's interview - Sam is off sick. I'll be back in touch "
        "early next week to arrange a new date.\n\nKeisha", MOVE),
    "an ATS saying the application's status has changed to 'Interview'": (
        "Your application status has changed",
        "Dear Jordan,\n\nThe status of your application for Dispatch Supervisor (R-1187) has changed to: "
        "Interview. A member of our recruiting team will be in touch with next steps.\n\nTalent Acquisition",
        NO),
    "recruiters who will be in touch to schedule the first interview": (
        "Your application for Dispatch Supervisor - update",
        "Hi Jordan, good news: the hiring team would like to move you forward. One of our recruiters will be in "
        "touch in the coming days to schedule a first interview.\n\nTalent Acquisition", NO),
    "a recruiter who will come back with options for the final conversation": (
        "Payroll Specialist - next stage",
        "Hi Jordan,\n\nGood news - the directors would like to move you on to a final conversation. Their diaries are "
        "tricky this month, so I'll get back to you in a few days with a couple of options.\n\nKeisha", NO),
    "an interview that 'has to move', its new dates to follow": (
        "Friday's interview",
        "Hi Jordan, the panel chair has been called into a board meeting so Friday's interview has to move. I'll "
        "come back to you with a couple of new dates by Wednesday - sorry for the shuffle.\n\nKeisha", MOVE),
    "a process that 'needs to move fast' asking for times for a first interview": (
        "Payroll Specialist",
        "Hi Jordan, our hiring process needs to move fast this quarter, so please send me two or three times this "
        "week for a first interview.\n\nKeisha", INVITE),
    "'progressed through to the next round', a one-way video interview": (
        "Re: Graduate scheme - phone call",
        "Hi Jordan,\n\nThanks for the chat this morning. Pleased to say you've progressed through to the next round, "
        "a one-way video interview with four questions. Any time before Sunday midnight is fine: "
        "https://ledgerline.sparkhire.com/i/88fk2\n\nKeisha", INVITE),
    "'through to the next stage', an online test before any interview": (
        "Graduate scheme - next stage",
        "Hi Jordan,\n\nYou're through to the next stage: an online numerical reasoning test of about 30 minutes, to "
        "be completed by Sunday. The interview stage comes after that.\n\nKeisha", NO),
    "a guide sent ahead of a panel interview whose time is fixed": (
        "Preparing for Thursday",
        "Hi Jordan,\n\nTo help you prepare for your panel interview on Thursday at 1pm, I've attached a short note on "
        "how the afternoon runs: three half-hour conversations and a short break. Visitor parking is by the west "
        "entrance.\n\nKeisha", SCHEDULED),
    "a final round said to be booked, with its kit attached": (
        "Interview kit - Dispatch Supervisor",
        "Hi Jordan,\n\nYour final round is booked for Monday, September 21, 9:30 AM - 12:00 PM ET. Attached are the "
        "agenda and short bios of the people you'll meet.\n\nTalent Acquisition", SCHEDULED),
    "a colleague asking for half an hour to go through the sprint, sent to a personal address": (
        "Thursday?",
        "Hi Jordan, could we find half an hour Thursday at 3 to go through the next sprint backlog before planning? "
        "I'll book a room.\n\nKeisha", NO),
    "a recruiter asking for half an hour to go over the role": (
        "Thursday?",
        "Hi Jordan, could we find half an hour Thursday at 3 to go over the role and your background? "
        "I'll send a Teams link.\n\nKeisha", INVITE),
    "a recruiter who will say next week whether they move forward to a final round": (
        "Following up",
        "Hi Jordan,\n\nThanks again for Tuesday's conversations. We're seeing two more people this week, and I'll let "
        "you know on Monday whether we'll move forward to a final round; if so we'll find a time then.\n\nKeisha", NO),
    "a shop owner confirming tomorrow's dotted hour for the chat about the role": (
        "tomorrow",
        "Hi Jordan, confirming tomorrow 8.45 at the depot for the chat re the dispatcher role. Use the side gate. "
        "Keisha", SCHEDULED),
    "a founder's booking link for 'our first' hire": (
        "your portfolio",
        "Jordan - loved the route-map redesign. We're 9 people, looking for our first ops lead. Grab 30 min with me "
        "here if you're curious: https://calendly.com/keisha-brightline/ops-chat\n\nKeisha\nCEO", INVITE),
    "a manager inviting a colleague to sit in on candidates' interviews": (
        "Dispatch huddle",
        "Jordan - huddle Thursday 2pm, bring the overtime numbers. Also I'm interviewing two shift-lead candidates "
        "Friday morning if you want to sit in on one.\n\nKeisha", NO),
    "'any chance we can shift' the booked panel to new days": (
        "Re: Panel interview",
        "Hi Jordan, apologies - our COO has a board session on Tuesday. Any chance we can shift your panel to "
        "Wednesday 16 September at 9am instead? Thursday at the same time also works.\n\nKeisha", MOVE),
    "a final round promised, its coordinator to reach out to find a date": (
        "Next steps",
        "Hi Jordan, thanks for last week. The team would like to bring you in for a final round - three 45-minute "
        "conversations back to back. Our coordinator, Tina, will reach out shortly to find a date that works."
        "\n\nKeisha", NO),
    "a design test whose review comes before the interview is scheduled": (
        "Design exercise",
        "Hi Jordan, attached is the route-planning exercise. Please send it back by Monday 10am. After we review it "
        "we'll schedule the final interview.\n\nKeisha", NO),
    "a university's itinerary for a faculty candidate's campus visit": (
        "Campus visit itinerary",
        "Dear Dr. Price,\n\nWe look forward to hosting you for your campus visit on Monday, September 21. Your "
        "itinerary is attached; Dr. Hale will collect you from the hotel at 8:15 AM.\n\nFaculty Affairs", SCHEDULED),
    "a texted ask to chat at an hour tomorrow about the role": (
        "Dispatch role",
        "can u chat at 8:45 tmrw? 10 mins re: the dispatch role. will call your cell\n-Keisha", INVITE),
    "a university's booking for a graduate jobs fair": (
        "You're booked in: Spring Graduate Jobs Fair",
        "Hi Jordan,\n\nYou're booked in for the Spring Graduate Jobs Fair on Wednesday 23 September, "
        "10:00-14:00, in the Great Hall. Forty employers will be there.\n\nCareers Service", NO),
    "an onsite's final schedule sent by a scheduling tool": (
        "Your onsite schedule - Dispatch Supervisor",
        "Hi Jordan,\n\nHere is your final schedule for Monday (all times Eastern):\n9:00 - 9:45 Yard walk - Sam\n"
        "10:00 - 10:45 Systems - Priya\n11:00 - 11:30 Wrap-up - Keisha\n\nPlease arrive by 8:45.", SCHEDULED),
}


def mail(subject: str, body: str) -> Email:
    return Email(id="t", from_name="Keisha Grant", from_email="keisha.grant@brightline-logistics.com",
                 subject=subject, body=body, sent_at=SENT, to=("jordan.price@gmail.com",))


@pytest.mark.parametrize("wording", WORDINGS, ids=list(WORDINGS))
def test_each_english_wording_gets_its_label(wording: str) -> None:
    subject, body, label = WORDINGS[wording]
    detection = detect(mail(subject, body))
    assert detection.label is label, detection.reasons
