"""Shapes of real recruiting mail that tidy examples miss: agency and text-message styles,
mail-merge footers, calendar boilerplate, other languages' invitations and moves, and the
look-alikes around them (parent-teacher evenings, feature writers, onboarding, fairs).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tactful.core.detect import detect
from tactful.core.model import Email, Label

SENT = datetime.fromisoformat("2026-09-14T10:05:00+01:00")


MEETING_REQUEST = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:corvell-1@corvell.co.uk
DTSTAMP:20260914T090000Z
DTSTART:20260922T090000Z
DTEND:20260922T100000Z
SUMMARY:Ana Pilar <> Corvell
ORGANIZER;CN=Rhys Tanner:mailto:rhys.tanner@corvell.co.uk
END:VEVENT
END:VCALENDAR
"""


def mail(body: str, subject: str, sender: str = "Rhys Tanner <rhys.tanner@corvell.co.uk>",
         to: str = "ana.pilar@gmail.com", ics: str | None = None) -> Email:
    name, _, address = sender.partition(" <")
    return Email(id="t", from_name=name, from_email=address.rstrip(">"), subject=subject, body=body,
                 sent_at=SENT, to=(to,), ics=(ics,) if ics else ())


CASES = {
    "an agency mail saying the profile is shortlisted with interview details is an invite": (
        mail("Dear Candidate,\n\nYour profile has been shortlisted for the Test Analyst opening with our client.\n\n"
             "Interview details:\nDate: 19/09/2026\nTime: 11:00 AM\nVenue: client office, Leeds\n\nKindly reply "
             "with CONFIRMED and your notice period.\n\nRegards,\nRhys", "Shortlisted: Test Analyst - interview"),
        Label.INVITE,
    ),
    "a rejection after a round says no to the next one": (
        mail("Hi Ana,\n\nThanks for meeting the team last week. We have decided not to move forward to the final "
             "round this time; the panel wanted deeper payments experience.\n\nRhys",
             "Re: Interview for Test Analyst"),
        Label.NOT_INVITE,
    ),
    "a status update about deciding whom to invite invites nobody yet": (
        mail("Hi Ana, a quick update: we had many strong applications for the Test Analyst role and need two more "
             "weeks before we decide who to invite to interviews.\n\nRhys", "Your application"),
        Label.NOT_INVITE,
    ),
    "a one-way video interview invitation with a mailing footer is an invite": (
        mail("Hi Ana,\n\nCorvell has invited you to complete a one-way video interview for Test Analyst.\n\nDue by: "
             "Friday, September 25\nStart here: https://app.sparkhire.com/interview/start/ab12\n\nUnsubscribe | Privacy",
             "Corvell invited you to a video interview", "Corvell <notifications@sparkhire-mail.com>"),
        Label.INVITE,
    ),
    "a calendar reminder of an interview is scheduled despite its footer": (
        mail("Interview - Corvell (Test Analyst)\nThursday Sep 17, 2026 ⋅ 2pm – 3pm\nUnited Kingdom Time\n\nReminder "
             "from Google Calendar. You are receiving this email at the account ana.pilar@gmail.com because you set "
             "a reminder for this event.", "Notification: Interview - Corvell (Test Analyst) @ Thu Sep 17, 2026 2pm",
             "Google Calendar <calendar-notification@google.com>"),
        Label.SCHEDULED,
    ),
    "an employer who moved the meeting to another time asks to reschedule": (
        mail("Hi Ana, sorry - the panel chair is away on Wednesday, so I've moved this to Friday 18 September at "
             "10am. Please accept if that suits, otherwise tell me.", "Updated: Interview - Test Analyst"),
        Label.RESCHEDULE_REQUEST,
    ),
    "an interview postponed with a new day requested is a reschedule request": (
        mail("Dear Ana,\n\nDue to a client visit today's interview is postponed. The panel has requested Thursday "
             "(17th Sep) same time i.e. 3 PM. Kindly confirm.\n\nRhys", "RE: Interview Today 3 PM - Test Analyst"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a text-style note that the manager needs to reschedule is a reschedule request": (
        mail("Hi Ana, it's Rhys from Corvell. The store manager needs to reschedule your interview. Which works?\n"
             "1) Sat 9/19 10:00 AM\n2) Sat 9/19 2:00 PM\nReply 1 or 2.", "Your interview"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a cancelled interview with a Spanish ask to pick another slot is a reschedule request": (
        mail("Hola Ana, tuvimos que cancelar la entrevista de mañana. ¿Puedes elegir otro horario aquí? "
             "https://calendly.com/corvell/entrevista", "Cancelada: Entrevista técnica"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a German invitation naming one time and asking to confirm is an invite": (
        mail("Sehr geehrte Frau Pilar,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen, und zwar am "
             "Donnerstag, 24.09.2026 um 10.00 Uhr in Leeds. Bitte bestätigen Sie den Termin kurz per E-Mail.\n\n"
             "Rhys Tanner", "Einladung zum Vorstellungsgespräch"),
        Label.INVITE,
    ),
    "a French proposal of two times for an interview is an invite": (
        mail("Bonjour Ana,\n\nJe vous propose un premier entretien avec notre responsable qualité : jeudi 17 "
             "septembre à 14h ou vendredi 18 septembre à 10h.\n\nRhys", "Re: Candidature - Analyste test"),
        Label.INVITE,
    ),
    "a recruiter confirming the time agreed with the client is scheduled": (
        mail("Hi Ana\n\nAll confirmed with the client - Thursday 17th September, 9.30am at their Leeds office. You'll "
             "be meeting Priya Shah (QA Lead) for the Test Analyst role.\n\nRhys", "All confirmed - Corvell, Thursday"),
        Label.SCHEDULED,
    ),
    "onsite logistics looking forward to having you in are scheduled": (
        mail("Hi Ana,\n\nLooking forward to having you on site Thursday! Please arrive by 9:45; your first "
             "conversation starts at 10:00 and the loop wraps up by 2pm.\n\nYour interviewers: Priya Shah, Tom Wu.\n\n"
             "Rhys", "Your onsite on Thursday - logistics"),
        Label.SCHEDULED,
    ),
    "a group interview with an RSVP by replying yes is an invite": (
        mail("Hi Ana,\n\nThanks for applying! We're holding a group interview for weekend staff at our Leeds store "
             "on Thursday 17 September at 6:00pm. Please RSVP by replying YES by Tuesday.\n\nRhys",
             "Group interview - weekend staff"),
        Label.INVITE,
    ),
    "a tech screen offered at one time is an invite": (
        mail("Hey Ana! The team wants to move forward with the tech screen. How's 9/22 at 1pm? If that's no good "
             "just send me a couple of windows.\n\nRhys", "Corvell - tech screen"),
        Label.INVITE,
    ),
    "one time pencilled in with a way out is offered, not fixed": (
        mail("Ana,\n\nGood to speak earlier. Our ward runs a shadow shift as part of the interview; I have you "
             "pencilled in for Tuesday 22/9, 0700-1100. If that doesn't work, tell me and we'll find another day.\n\n"
             "Rhys", "Shadow shift - interview"),
        Label.INVITE,
    ),
    "a call to walk through a revised package is about an offer": (
        mail("Hi Ana,\n\nWe can't move the base much but there is room on the bonus. Let's jump on a call tomorrow at "
             "4pm to walk through the revised package; if that doesn't work, send me a time.\n\nRhys",
             "Re: Offer - Test Analyst"),
        Label.NOT_INVITE,
    ),
    "'I've moved us to' another day asks to reschedule": (
        mail("Hi Ana,\n\nSorry for the shuffle - the panel lost a member on Friday, so I've moved us to Tuesday 22 "
             "September, 10:00-11:00. Shout if that's a problem and I'll find another slot.\n\nRhys",
             "Updated: Interview - Test Analyst"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a French reminder of tomorrow's meeting about the post is scheduled": (
        mail("Bonjour Ana,\n\nJe vous rappelle notre rendez-vous de demain, mardi 15 septembre, à 10h30, pour le "
             "poste d'analyste test. Vous rencontrerez notre directrice qualité.\n\nRhys", "Rappel : demain"),
        Label.SCHEDULED,
    ),
    "a recruiter locking in a time with the hiring manager for a role is scheduled": (
        mail("Hey Ana,\n\nGreat speaking just now. Locked in: Thursday 17th September, 3pm with Priya Shah, QA Lead, "
             "for the Test Analyst role. Teams link to follow from her assistant.\n\nRhys", "Corvell - Thursday"),
        Label.SCHEDULED,
    ),
    "a calendar entry sent as agreed for a role is scheduled": (
        mail("Hi Ana,\n\nas agreed on the phone, here's the calendar entry for the Test Analyst role. You'll meet "
             "Priya and Tom at our office.\n\nRhys", "Ana Pilar <> Corvell - Test Analyst", ics=MEETING_REQUEST),
        Label.SCHEDULED,
    ),
    "a Japanese second interview with its details is scheduled": (
        mail("Ana さん\n\n明日の二次面接 (Test Analyst) の詳細です。\n\nDate: 2026年9月15日(火) 10:00〜11:00 JST\n"
             "Place: 渋谷オフィス 5F\n\nRhys", "明日の面接 / Tomorrow's interview"),
        Label.SCHEDULED,
    ),
    "a Quebec summons to an 'entrevue' is an invite": (
        mail("Bonjour Mme Pilar,\n\nNous avons le plaisir de vous convoquer à une entrevue pour le poste d'analyste.\n\n"
             "Date : le mardi 22 septembre 2026\nHeure : 13 h 30\n\nVeuillez confirmer votre présence d'ici le 18 "
             "septembre.\n\nRhys Tanner, conseiller en dotation", "Concours ANA-2026 : analyste"),
        Label.INVITE,
    ),
    "an HR department postponing 'our appointment' in German is a reschedule request": (
        mail("Sehr geehrte Frau Pilar,\n\nleider müssen wir unseren Termin am Donnerstag verschieben. Wäre Ihnen "
             "stattdessen Montag, der 21. September, um 11 Uhr recht?\n\nPetra Lenz\nPersonalabteilung",
             "Verschiebung unseres Termins", "Petra Lenz <bewerbung@corvell.de>"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a Polish reminder of tomorrow's recruitment meeting is scheduled": (
        mail("Dzień dobry,\n\nprzypominamy o jutrzejszym spotkaniu rekrutacyjnym na stanowisko analityka:\n\n"
             "wtorek, 15.09, godz. 11:00\n\nZespół Rekrutacji", "Przypomnienie: spotkanie rekrutacyjne"),
        Label.SCHEDULED,
    ),
    "a chat with the CTO after thanks for the take-home is an invite": (
        mail("Hi Ana,\n\nthanks for the take-home, the team enjoyed it. Next up would be a chat with our CTO - she "
             "could do Thursday 17 September at 14:00 or Friday 18 September at 09:30. Which one works for you?\n\n"
             "Rhys, People & Talent", "Re: Test Analyst role"),
        Label.INVITE,
    ),
    "a reply agreeing the final round's time is scheduled": (
        mail("Ana - thanks, Wednesday 9am works for us too. It'll be myself and Priya from QA; ask reception for "
             "level 4.\n\nRhys", "RE: Final round - Test Analyst"),
        Label.SCHEDULED,
    ),
    "a store's text inviting an applicant to meet the manager is an invite": (
        mail("Hi Ana! Thanks for applying to Corvell Leeds. Our store manager would like to meet you!\n\nReply 1 for "
             "Thu 9/17 at 2:00 PM\nReply 2 for Fri 9/18 at 10:00 AM\n\nReply STOP to opt out.",
             "Corvell wants to meet you!", "Corvell Hiring <noreply@corvell-hiring.co.uk>"),
        Label.INVITE,
    ),
    "a panel no longer able to hold the interview offering a new slot is a reschedule request": (
        mail("Dear Ana,\n\nUnfortunately we are no longer able to hold your interview on Tuesday 22 September. We "
             "would now like to see you on Thursday 24 September at 11:20 by video. Please accept the new slot in "
             "your account.\n\nResourcing Hub", "Change to your interview date"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a student's informational interview request is no job interview": (
        mail("Hi Ana,\n\nI'm a second-year student thinking about a career in software testing. Would you have 20 "
             "minutes for an informational interview in the next few weeks? I'm free most afternoons.\n\nTyler",
             "Informational interview request", "Tyler Brand <tbrand@uni-example.edu>"),
        Label.NOT_INVITE,
    ),
    "meeting details with a link holding a question mark are scheduled": (
        mail("Hi Ana,\n\nZoom details for tomorrow below. You'll be speaking with Priya Shah (QA Lead) at 11:00 AM "
             "for about 45 minutes.\n\nhttps://corvell.zoom.us/j/84412097735?pwd=cDM4UkQ2\n\nRhys, Talent Partner",
             "Zoom details for tomorrow"),
        Label.SCHEDULED,
    ),
    "'come meet the team' at a time for a role is an invite": (
        mail("Ana!\n\nWe passed your portfolio round the studio. Come meet the team on Friday 18 September, 3pm? "
             "We'll show you around and talk about the junior designer spot.\n\nRhys", "your portfolio"),
        Label.INVITE,
    ),
    "a request to complete a recorded video interview is an invite": (
        mail("Dear Ana,\n\nThank you for applying to our graduate programme. We would like you to complete a recorded "
             "video interview as the next step: https://corvell.hirevue.example/i/8Q2X\n\nPlease complete it by "
             "Friday 25 September.\n\nEarly Careers Team", "Next step: video interview",
             "Corvell Early Careers <earlycareers@corvell.co.uk>"),
        Label.INVITE,
    ),
    "a shortlisting mail warning it may have to rebook you asks you to book, not to move": (
        mail("Dear Ana,\n\nCongratulations - you have been shortlisted for this post. Please log in and choose a slot "
             "from those available: https://apply.corvell.example/slots/22\n\nPlease bring your original documents; we "
             "cannot proceed without them and may have to rebook you.\n\nRecruitment Team", "Shortlisting outcome",
             "Corvell Recruitment <no-reply@jobs.corvell.co.uk>"),
        Label.INVITE,
    ),
    "a careers workshop on interviews is an event": (
        mail("Interviews coming up? Join our hands-on workshop 'Ace the Interview' this Thursday, 18:00-19:30, Room "
             "1.07. Places are limited - book by Wednesday.", "Ace the interview: workshop this Thursday",
             "Careers Service <careers@leeds-example.ac.uk>"),
        Label.NOT_INVITE,
    ),
    "'could we slide Thursday's chat' is a reschedule request": (
        mail("Hi Ana,\n\nAwkward one - could we slide Thursday's chat to the following week? Priya could do Tue 22nd "
             "at 1pm or Wed 23rd at 3.30pm.\n\nRhys", "Could we slide Thursday?"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a Swedish ask to move the interview is a reschedule request": (
        mail("Hej Ana,\n\nvi behöver tyvärr flytta vår intervju på onsdag. Skulle du kunna fredag 18/9 kl. 13.00 "
             "istället?\n\nRhys, HR", "Ny tid för intervjun?"),
        Label.RESCHEDULE_REQUEST,
    ),
    "an Italian interview set for a day with a request to confirm is an invite": (
        mail("Gentile Ana,\n\nin riferimento alla Sua candidatura saremmo lieti di fissare un colloquio presso la "
             "nostra sede martedì 22 settembre alle ore 10:00. La preghiamo di darci conferma entro venerdì.\n\n"
             "Ufficio Risorse Umane", "Candidatura Analista"),
        Label.INVITE,
    ),
    "a Superday you are asked to say you can attend is an invite": (
        mail("Hi Ana,\n\nWe're pleased to have you join us for our Superday on Friday, October 2 at our Leeds office; "
             "the day starts at 8:30 a.m. Kindly let me know if you can attend by Monday.\n\nRhys, Campus "
             "Recruiting", "Corvell - Analyst Superday"),
        Label.INVITE,
    ),
    "a Mexican recruiter asking about a call with the manager at a time is an invite": (
        mail("Hola Ana, ¿qué tal?\n\nRevisamos tu CV para la vacante de analista. ¿Te late una llamada con la gerente "
             "del área el lunes 21 de septiembre a las 11:00?\n\nRhys, Atracción de Talento", "Vacante Analista"),
        Label.INVITE,
    ),
    "arrangements sent after you said you can attend are scheduled": (
        mail("Dear Dr Pilar,\n\nThank you for letting us know you can attend. Your interview begins at 10:00 on "
             "Thursday 24 September in the Committee Room; afterwards you are welcome to join the group for lunch at "
             "12:30.\n\nRhys Tanner, Head of School", "Lecturer - arrangements for Thursday"),
        Label.SCHEDULED,
    ),
    "moving a mentoring session is no interview": (
        mail("Hi Ana,\n\nSomething's come up on Tuesday - could we move our mentoring session to Wednesday at 4pm "
             "instead? I'd love to hear how the CV rewrite went.\n\nRhys, Mentor", "Our mentoring session"),
        Label.NOT_INVITE,
    ),
    "a paid user-research interview from a research panel is no job interview": (
        mail("Hi Ana,\n\nThanks for joining our research panel! We'd like to invite you to a 45-minute remote "
             "interview about how you plan trips. You'll receive a £40 voucher as thanks.\n\nPick a session: "
             "https://corvell.example/book/trips", "You're invited: user research interview",
             "Corvell Research <research@corvell.co.uk>"),
        Label.NOT_INVITE,
    ),
    "a welcome to a talent community that may invite you to events is no invitation": (
        mail("Hi Ana,\n\nThanks for joining the Corvell talent community! We'll tell you when matching roles open "
             "and may invite you to events.\n\nCorvell People Team", "Welcome to the Corvell talent community",
             "Corvell <no-reply@pinpointhq.com>"),
        Label.NOT_INVITE,
    ),
    "an out-of-office reply to an interview thread is no invitation": (
        mail("Thank you for your email. I am out of the office until Monday 28 September with limited access to "
             "email.\n\nRhys", "Automatic reply: Interview request - Test Analyst"),
        Label.NOT_INVITE,
    ),
    "a rejection that promises to invite you if a similar role opens is a rejection": (
        mail("Hi Ana,\n\nThank you for interviewing for the Test Analyst role. After much deliberation we have offered "
             "the position to another candidate. If a similar role opens up, we'll reach out to invite you to "
             "interview again.\n\nCorvell Hiring Team", "Your application status"),
        Label.NOT_INVITE,
    ),
    "an invitation to an assessment centre on a date is an invite": (
        mail("Dear Ana\n\nYou are invited to our Assessment Centre on Wednesday 23 September 2026, 08:00 to 15:30, at "
             "our Leeds campus. The day includes two competency interviews.\n\nPlease RSVP via the portal by "
             "Friday.\n\nCampus Recruitment", "Assessment Centre invitation"),
        Label.INVITE,
    ),
    "an offer to move the proposed time is no move": (
        mail("Hi Ana,\n\nI'd like to invite you for a technical discussion. Could we do this Thursday, 10am on Zoom? "
             "Happy to move it to Friday if that's tight.\n\nRhys", "Corvell - technical chat"),
        Label.INVITE,
    ),
    "a campus shortlist for the interview round with a slot is an invite": (
        mail("Dear Ana,\n\nWe are delighted to shortlist you for the personal interview round for the Analyst role."
             "\n\nYour slot: 24 September 2026, 2:40 PM, Room 4.\n\nRhys Tanner, Campus Relations",
             "Interview for Analyst - Corvell"),
        Label.INVITE,
    ),
    "a journalist asking to interview you for a story is no job interview": (
        mail("Dear Ms Pilar,\n\nI'm a correspondent with the Northern Ledger writing about hiring freezes. Could I "
             "interview you for 15 minutes on Friday at 4 PM?\n\nMaya", "Interview request for a story",
             "Maya Roth <maya.roth@northernledger.co.uk>"),
        Label.NOT_INVITE,
    ),
    "online assessments whose passers will be invited later are an assessment": (
        mail("Dear Ana\n\nThank you for applying. The next step is a set of online assessments (numerical "
             "reasoning and a situational judgement test). Please complete them by Sunday 27 September. Candidates "
             "who are successful will be invited to an assessment centre.\n\nGraduate Recruitment",
             "Online assessments", "Corvell Graduates <graduates@corvell.co.uk>"),
        Label.NOT_INVITE,
    ),
    "an agency recruiter's booking link to hear about clients' roles is cold outreach": (
        mail("Ana,\n\nI'm a recruiter with Talentforge. Several of my clients are hiring test engineers. If you're "
             "curious, book 15 minutes with me: https://calendly.com/rhys-talentforge/intro\n\nRhys",
             "Test roles in Leeds (15 min?)", "Rhys Tanner <rhys@talentforge.io>"),
        Label.NOT_INVITE,
    ),
    "the candidate asking from a personal address to move the interview is the candidate's own mail": (
        mail("Hi Rhys,\n\nI'm so sorry, my daughter's match moved to Saturday morning. Could we possibly do Monday "
             "after 4 instead?\n\nAna", "Re: Test Analyst position", "Ana Pilar <ana.pilar@gmail.com>",
             to="rhys.tanner@corvell.co.uk"),
        Label.NOT_INVITE,
    ),
    "'see you (well, hear you) Wednesday' with a call to your mobile is scheduled": (
        mail("Hi Ana, no dramas - see you (well, hear you) Wednesday 23 September at 8am. I'll call your mobile."
             "\n\nRhys", "Re: Corvell - Test Analyst"),
        Label.SCHEDULED,
    ),
    "'thurs 2pm it is!' agrees a time": (
        mail("amazing, thurs 2pm it is! meet link to follow", "Re: interview?"),
        Label.SCHEDULED,
    ),
    "moving a weekly 1:1 is no interview": (
        mail("Ana - moving our weekly 1:1 to Wed 11am this week, I'm at an offsite Tues.\n\nRhys", "1:1 moved"),
        Label.NOT_INVITE,
    ),
    "asking for thirty minutes with two windows is an invite": (
        mail("Ana - your CV came through from a friend, looks a great fit for the analyst role. Would love to get 30 "
             "min with you this week: Wed 1-3pm or Thu before 11am, your pick. I'll send a Zoom once we land on "
             "something.\n\nRhys", "Re: Fwd: Analyst - Corvell"),
        Label.INVITE,
    ),
    "a call to walk you through the offer is about the offer": (
        mail("Hi Ana,\n\nDelighted to say we'd like to offer you the Test Analyst role! Priya would love to walk you "
             "through the offer on a call - is Tuesday afternoon any good?\n\nRhys", "Good news from Corvell"),
        Label.NOT_INVITE,
    ),
    "'I'm free tomorrow at 4 or Friday at noon' for a coffee chat about an opening invites": (
        mail("Ana - can you swing by for a coffee chat about the analyst opening at Corvell? I'm free tomorrow at 4 "
             "or Friday at noon.\n\nRhys\n\nSent from my iPhone", "quick call?"),
        Label.INVITE,
    ),
    "a calendar decline notice is no invitation": (
        mail("Rhys Tanner has declined this invitation.\n\nCorvell final round (placeholder)\nWed 23 Sep 2026 09:00 - "
             "09:30", "Declined: Corvell final round"),
        Label.NOT_INVITE,
    ),
    "holding a day for the virtual onsite with an alternative is an invite": (
        mail("Hi Ana,\n\nCongrats on moving to the virtual onsite! I'd like to hold Thursday, September 24 from 10:00 "
             "AM - 1:00 PM for you. Alternatively Tuesday, September 29 at 9:00 AM works too. Let me know which you "
             "prefer.\n\nRhys", "Corvell virtual onsite - times"),
        Label.INVITE,
    ),
    "an ATS notice that the hiring team requested to reschedule is a reschedule request": (
        mail("Dear Ana Pilar,\n\nThe hiring team has requested to reschedule your interview for Test Analyst.\n\n"
             "Previous time: Tuesday, September 22, 2026 9:00 AM\nNew proposed time: Thursday, September 24, 2026 "
             "1:00 PM\n\nPlease accept or propose a different time.", "Your interview has been rescheduled",
             "Corvell Talent <donotreply@workbright-hr.com>"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a founder's lowercase note offering two video-call times is an invite": (
        mail("hi ana!! loved your portfolio, we're hiring a data analyst, want to do a quick video call? i've got "
             "thurs 2pm or fri 11am. lmk\n\nz", "interview?"),
        Label.INVITE,
    ),
    "a friend's coffee after all the interviews is no invitation": (
        mail("omg congrats on all the interviews!! want to grab a coffee Sat? 10ish at the usual spot? x", "coffee?",
             "Jess Thornton <jess.thornton@outlook.com>"),
        Label.NOT_INVITE,
    ),
    "a friend offering coffee because you're interviewing at her old team is no invitation": (
        mail("heard you're interviewing at Brackenridge - that was my team! want to grab coffee thursday at 4 and "
             "I'll tell you what they ask? x", "coffee?", "Jess Thornton <jess.thornton@outlook.com>"),
        Label.NOT_INVITE,
    ),
    "a first letter that sets the interview's time and asks to confirm is an invite": (
        mail("Estimada Ana:\n\nNos gustaría convocarte a una entrevista presencial el jueves 24 de septiembre a las "
             "9:30 h en nuestras oficinas. Te rogamos que confirmes tu asistencia.\n\nRhys Tanner, Selección",
             "Convocatoria entrevista - Analista"),
        Label.INVITE,
    ),
    "a letter confirming the interview's time is scheduled": (
        mail("Bonjour Madame Pilar,\n\nJe vous confirme votre entretien pour le poste d'analyste le jeudi 24 "
             "septembre à 9h30, dans nos locaux.\n\nRhys Tanner, RH", "Confirmation de votre entretien"),
        Label.SCHEDULED,
    ),
    "an owner asking you to pop into the shop for a chat at a time is an invite": (
        mail("Hi Ana,\n\nLoved your application for the head baker job. Could you pop into the bakery on Saturday "
             "at 10 for a chat and a tasting?\n\nRhys, owner", "Head baker job"),
        Label.INVITE,
    ),
    "a Spanish offer with a call to go over the offer letter is an offer": (
        mail("Hola Ana:\n\nTras las entrevistas, nos complace ofrecerte el puesto de analista. Adjuntamos la carta "
             "oferta. ¿Te viene bien una llamada el jueves a las 10:00 para comentarla?\n\nRhys",
             "Oferta de empleo - Analista"),
        Label.NOT_INVITE,
    ),
    "a Spanish reminder that offers a way out if you cannot come is scheduled": (
        mail("Hola Ana,\n\nTe recordamos que mañana, a las 12:00, tienes la entrevista para el puesto de analista "
             "por Google Meet. Si no puedes asistir, avísanos cuanto antes.\n\nRhys",
             "Recordatorio: entrevista mañana"),
        Label.SCHEDULED,
    ),
    "a school admission interview for a child is no job interview": (
        mail("Dear Ms Pilar,\n\nThank you for applying to Hillcrest School. We are pleased to schedule an admission "
             "interview for Leo on Friday 25 September at 9.00am. Parents are requested to accompany the child."
             "\n\nAdmissions Office", "Admission interview for Leo (Year 3)",
             "Hillcrest Admissions <admissions@hillcrest-school.org.uk>"),
        Label.NOT_INVITE,
    ),
    "bringing the interview for a role forward is a reschedule request": (
        mail("Hi Ana,\n\nWe need to bring your interview for the Test Analyst role forward - can you do Wednesday "
             "2pm instead of Thursday?\n\nRhys", "Interview time change"),
        Label.RESCHEDULE_REQUEST,
    ),
    "an internal candidate's interview is not colleagues' mail about hiring": (
        mail("Hi Ana,\n\nThanks for applying internally for Test Lead. Priya would like to meet you for an interview "
             "on Wednesday 23 September at 10:00 in room 3B.\n\nRhys, HR", "Internal application - Test Lead",
             to="ana.pilar@corvell.co.uk"),
        Label.INVITE,
    ),
    "a podcast host offering two recording times is no job interview": (
        mail("Hey Ana,\n\nI host The Testing Hour, a weekly show with 20k listeners. Would you come on as a guest? "
             "I have Wed 23rd at 5pm or Thu 24th at 10am open.\n\nOllie", "Guest invite: The Testing Hour",
             "Ollie Dunn <ollie@testinghour.example.com>"),
        Label.NOT_INVITE,
    ),
    "a German booking link to get to know you in a video call is an invite": (
        mail("Hi Ana,\n\ndanke für deine Bewerbung! Wir würden dich gern in einem 30-minütigen Video-Call "
             "kennenlernen. Such dir einfach einen Termin aus: https://corvell.youcanbook.me/analyst\n\nRhys",
             "Corvell x Ana - nächster Schritt"),
        Label.INVITE,
    ),
    "a background check for a conditional offer is no invitation": (
        mail("Hi Ana,\n\nCorvell has requested a background check as part of your conditional offer. Complete your "
             "consent within 3 days; you can then pick a lab time for the drug screen.", "Action needed: background "
             "check", "VerityCheck <support@veritycheck.example.com>"),
        Label.NOT_INVITE,
    ),
    "a coding assessment reviewed before interviews are scheduled is an assessment": (
        mail("Hi Ana,\n\nAs the next step, Corvell invites you to complete a 70-minute coding assessment by Sunday. "
             "Results are reviewed before any interviews are scheduled.", "Complete your coding assessment",
             "Corvell via CodeSignal <no-reply@codesignal-mail.example.com>"),
        Label.NOT_INVITE,
    ),
    "a manager's apology with the same time on another day is a reschedule request": (
        mail("Ana this is Rhys, GM. Sorry but I have to be at another store Saturday. Can you do Sunday same time, "
             "2pm? Let me know.", "interview saturday"),
        Label.RESCHEDULE_REQUEST,
    ),
    "an apology for a time the reader could not make is a new proposal, not a move": (
        mail("Hi Ana,\n\nSorry Thursday at 4 didn't work out. How about Monday 21 September at 1:30pm instead? It "
             "would be a video call with me and our QA lead.\n\nRhys", "Re: Test Analyst - video call"),
        Label.INVITE,
    ),
    "a panel that asks to prepone the interview is a reschedule request": (
        mail("Hi Ana,\n\nThe panel has requested to prepone the interview. Would Monday 21st September, 6:00 PM be "
             "fine?\n\nRhys", "Re: Interview for Test Analyst"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a research interview for a study is no job interview": (
        mail("Dear Ana,\n\nI am a researcher studying testing practices. Would you be willing to take part in a "
             "30-minute research interview over Zoom? I have Tuesday 22 September at 11am free.\n\nDr Naomi Clarke",
             "Participation in our study", "Naomi Clarke <naomi.clarke@uni-research.example.org>"),
        Label.NOT_INVITE,
    ),
    "a 'pre-selected, no interview required' job ad is no invitation": (
        mail("Congratulations Ana! You have been pre-selected for a remote data entry position paying $35/hr. No "
             "interview required. Claim your spot today: https://jobs-network.example.biz/claim",
             "Ana, you're pre-selected!", "Jobs Network <jobs@jobs-network.example.biz>"),
        Label.NOT_INVITE,
    ),
    "being asked to sit as a guest panelist is the reader as interviewer": (
        mail("Hi Ana,\n\nWe're hiring two testers and I'd love an outside view. Would you join as a guest panelist "
             "for a candidate's round on Friday 25 September at 3pm?\n\nRhys, CTO", "Would you be a panelist?"),
        Label.NOT_INVITE,
    ),
    "a Polish apology moving the conversation is a reschedule request": (
        mail("Dzień dobry,\n\nbardzo przepraszam, ale musimy przesunąć naszą rozmowę zaplanowaną na środę. Czy "
             "odpowiadałby Pani poniedziałek 21 września o godz. 12:00?\n\nRhys Tanner, rekrutacja",
             "Zmiana terminu rozmowy"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a Polish confirmation that we will see each other is scheduled": (
        mail("Pani Ano,\n\npotwierdzam: widzimy się w piątek 25 września o 9:30 w naszym biurze.\n\nRhys Tanner, "
             "kadry", "Re: Potwierdzenie rozmowy"),
        Label.SCHEDULED,
    ),
    "a reply opening with 'Confirmed -' and the agreed time is scheduled": (
        mail("Hi Ana,\n\nConfirmed – Wednesday, 23 September 2026 at 3:00 PM with Priya and Tom. The invite has gone "
             "out separately.\n\nRhys", "Re: Interview slot - Test Analyst"),
        Label.SCHEDULED,
    ),
    "agreeing the time with a zone in brackets is scheduled": (
        mail("Hi Ana,\n\nPerfect, Friday 25 September at 2:30pm (Leeds time) it is. Bring your laptop.\n\nRhys",
             "RE: Test Analyst - interview time"),
        Label.SCHEDULED,
    ),
    "a reply proposing the first time for a phone screen is an invite": (
        mail("Ana -\n\nAppreciate the quick reply. Let's do a phone screen this Thursday at 2:30 PM. I'll call the "
             "number on your CV.\n\nRhys\n\nOn Mon, Sep 14, 2026 at 9:40 AM Ana Pilar wrote:\n> Hi Rhys, yes I'm "
             "still interested in the role.", "Re: Test Analyst application"),
        Label.INVITE,
    ),
    "a reply picking one of the times the candidate offered is scheduled": (
        mail("Hi Ana,\n\nWednesday at 11am ET it is – you'll meet Priya and Tom for the design round.\n\nRhys\n\n"
             "On Fri, Sep 11, 2026 at 5:51 PM Ana Pilar wrote:\n> I'm available Tuesday 9/15 at 2pm or Wednesday 9/16 "
             "at 11am.", "Re: Next steps - Test Analyst"),
        Label.SCHEDULED,
    ),
    "a Swedish first time for an interview with a way out is an invite": (
        mail("Hej Ana!\n\nTack för din ansökan. Vi vill gärna träffa dig för en intervju tisdag den 22 september "
             "kl. 10.00 på vårt kontor. Hör av dig om tiden inte passar.\n\nRhys", "Sv: Ansökan - Analytiker"),
        Label.INVITE,
    ),
    "an interview that 'has now been fixed' is scheduled": (
        mail("Dear Ana,\n\nNoted with thanks. Your interview has now been fixed for Thursday, 24th September 2026 "
             "at 11:00am. The Meet link remains the same.\n\nRhys", "RE: Interview Invitation: Test Analyst"),
        Label.SCHEDULED,
    ),
    "a scheduling tool telling the reader that someone booked them is no invitation": (
        mail("Hi Ana,\n\nA new event has been scheduled.\n\nEvent Type: Test Analyst – first interview\nInvitee: Ravi "
             "Bhatt\nInvitee Email: ravi.bhatt@fastmail.com\nEvent Date/Time: 10:00am - 10:30am on Tuesday, September 22, "
             "2026", "New Event: Ravi Bhatt - 10:00am Tue, Sep 22, 2026", "Calendly <notifications@calendly.com>"),
        Label.NOT_INVITE,
    ),
    "a Google Calendar notification of an interview is scheduled": (
        mail("Corvell – Test Analyst interview\nThursday Sep 17, 2026 ⋅ 10:30am – 11:15am\n\nJoining info\n"
             "https://zoom.us/j/84123377190\n\nYou are receiving this email because you set a notification for this "
             "event.", "Notification: Corvell – Test Analyst interview @ Thu Sep 17, 2026 10:30am",
             "Google Calendar <calendar-notification@google.com>"),
        Label.SCHEDULED,
    ),
    "a candidate on a national mail provider asking to move is the candidate's own mail": (
        mail("Gentile Rhys,\n\npurtroppo lunedì 21 alle 11 ho un impegno che non posso spostare. Sarebbe possibile "
             "martedì 22 nel pomeriggio?\n\nAna", "Re: Colloquio - Analista", "Ana Pilar <ana.pilar@libero.it>",
             to="rhys.tanner@corvell.co.uk"),
        Label.NOT_INVITE,
    ),
    "a Dutch 'we nodigen je graag uit' with one time and a way out is an invite": (
        mail("Hoi Ana,\n\nLeuk dat je hebt gesolliciteerd! We nodigen je graag uit voor een eerste gesprek op woensdag "
             "23 september om 16:00. Past dit moment niet? Laat het me even weten.\n\nRhys", "Uitnodiging: gesprek"),
        Label.INVITE,
    ),
    "a Dutch confirmation of the conversation is scheduled": (
        mail("Hoi Ana,\n\nFijn dat het lukt! Bij dezen de bevestiging: vrijdag 25 september om 15.30 uur bij ons op "
             "kantoor. Tot vrijdag!\n\nRhys, recruiter", "Bevestiging gesprek vrijdag"),
        Label.SCHEDULED,
    ),
    "'would you mind terribly if we pushed' the interview is a reschedule request": (
        mail("Hi Ana,\n\nWould you mind terribly if we pushed Tuesday's interview back a week? Same time (10:00) on "
             "Tuesday the 29th?\n\nRhys, People & Culture", "Interview - Test Analyst"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a recruiter's own 'works for me' beside a booking link proposes a time": (
        mail("Ana -\n\nCorvell wants to do a phone interview for the tester spot. Book whatever works here "
             "https://calendly.com/rhys-staffing/phone-interview , or if easier Thursday at 1pm works for me.\n\nRhys",
             "Tester - Corvell"),
        Label.INVITE,
    ),
    "a manager around on Friday for an initial phone conversation invites": (
        mail("Hi Ana,\n\nI'd like to have an initial phone conversation about the Test Analyst role. I'm around on "
             "Friday between 2 and 4pm - send me a number and I'll ring you.\n\nRhys, Engineering Manager",
             "Re: Test Analyst role"),
        Label.INVITE,
    ),
    "a Portuguese 'entrevista está confirmada' is scheduled": (
        mail("Olá, Ana!\n\nSua entrevista para a vaga de Analista está confirmada para quarta-feira, 23/09, às 10h.\n\n"
             "Time de Recrutamento", "Entrevista confirmada"),
        Label.SCHEDULED,
    ),
    "a French flat viewing is no job interview": (
        mail("Bonjour Madame Pilar,\n\nSuite à votre demande, je vous propose une visite de l'appartement samedi 26 "
             "septembre à 11h. Merci de me confirmer votre présence.\n\nRhys Tanner, agence", "Visite appartement"),
        Label.NOT_INVITE,
    ),
    "a Spanish booking confirmation with its manage links is scheduled": (
        mail("Hola Ana:\n\nTu evento ha sido programado.\n\nEvento: Entrevista 45 min\nFecha: 12:00 - 12:45, lunes, 21 de "
             "septiembre de 2026\nUbicación: https://meet.google.com/alt-mrx-qpe\n\nCancelar | Reprogramar",
             "Confirmado: Entrevista 45 min con Rhys Tanner", "Calendly <notifications@calendly.com>"),
        Label.SCHEDULED,
    ),
    "an ATS confirming the new time the candidate picked is scheduled": (
        mail("Hi Ana,\n\nThanks for selecting a new time. Your interview has been rescheduled to:\n\nFriday, September "
             "25, 2026\n2:00 PM - 4:00 PM\n\nCorvell Recruiting", "Your interview with Corvell has been rescheduled",
             "Greenhouse <no-reply@us.greenhouse-mail.io>"),
        Label.SCHEDULED,
    ),
    "a Swiss German second interview with dates to choose from is an invite": (
        mail("Grüezi Frau Pilar\n\nGerne laden wir Sie zu einem Zweitgespräch mit unserem CFO ein. Folgende Termine "
             "stehen zur Auswahl:\n\n- Montag, 21. September, 10:00 Uhr\n- Dienstag, 22. September, 15:00 Uhr\n\n"
             "Rhys Tanner, HR", "Einladung Zweitgespräch"),
        Label.INVITE,
    ),
    "an Italian question whether you are available for an interview is an invite": (
        mail("Ciao Ana,\n\nabbiamo visto il tuo portfolio. Saresti disponibile per un colloquio conoscitivo giovedì "
             "24 settembre alle 16:00?\n\nRhys", "Colloquio - Junior Designer"),
        Label.INVITE,
    ),
    "a Danish invitation to a conversation with a booking link is an invite": (
        mail("Hej Ana\n\nTak for din ansøgning. Vi vil meget gerne invitere dig til en samtale. Du kan vælge et "
             "tidspunkt her: https://calendly.com/corvell-rhys/samtale\n\nRhys", "Samtale om stillingen"),
        Label.INVITE,
    ),
    "a panel that is unavailable and asks you to come another day is a reschedule request": (
        mail("Dear Ana,\n\nDue to an unavoidable client visit, the panel is unavailable on Saturday. We request you to "
             "attend the interview on Monday, 21-Sep-2026 at 2:30 PM at the same venue instead.\n\nRhys, HR",
             "RE: Interview Invitation | Test Analyst"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a reminder that a test expires is about the test": (
        mail("Hi Ana,\n\nThis is a reminder that your Corvell assessment (Round 1) will expire on 20 Sep 2026, 11:59 "
             "PM. You haven't started the test yet.\n\nTeam HackerRank", "Reminder: your test expires in 24 hours",
             "HackerRank <support@hackerrank-mail.com>"),
        Label.NOT_INVITE,
    ),
    "a school class's career interview is no job interview": (
        mail("Hi Ms Pilar,\n\nOur 8th graders are doing a career interview project. Would you be willing to be "
             "interviewed by a small group over Zoom next Thursday at 1:15pm?\n\nRhys, Riverbend Middle School",
             "Career day interview"),
        Label.NOT_INVITE,
    ),
    "a leasing agent's tenant interview after a viewing is no job interview": (
        mail("Hi Ana,\n\nThanks for your interest in the apartment. I can show it Saturday at 11am, and we'd do a short "
             "tenant interview and credit check afterwards.\n\nRhys, Leasing Agent", "Re: 2BR viewing"),
        Label.NOT_INVITE,
    ),
    "parent-teacher interviews are not a job interview": (
        mail("Dear families,\n\nParent-teacher interviews run on Wednesday 23 September (2pm-7pm). Each interview is "
             "10 minutes; please book your interview times online by Monday.\n\nSchool Office",
             "Parent-Teacher Interviews", "School Office <office@hillcrest-school.org.uk>"),
        Label.NOT_INVITE,
    ),
    "a feature writer's interview request is no job interview": (
        mail("Dear Ana,\n\nI'm a science writer working on a feature about city flood defences. Would you be up for "
             "a 30-minute phone interview on Thursday 17 September at 3pm UK time?\n\nMaya",
             "Interview request - flood defences", "Maya Roth <maya@tidalpress.co.uk>"),
        Label.NOT_INVITE,
    ),
    "a welcome note with a first day's agenda is no interview": (
        mail("Hi Ana,\n\nWe're so excited to have you join Corvell! For Monday:\n- 9:00am arrive at reception\n"
             "- 9:30 IT setup\n- 11:00 team intro meeting\n\nPlease bring ID and your bank details for payroll.\n\n"
             "Rhys", "Welcome! Your first day on Monday"),
        Label.NOT_INVITE,
    ),
    "a careers fair reminder with on-the-spot interviews is an event": (
        mail("Hi Ana,\n\nThe Engineering Careers Fair is on this Wednesday from 11am to 3pm in the Great Hall. Several "
             "employers will run on-the-spot screening interviews.\n\nCareers Service", "Reminder: Careers Fair, Wed",
             "Careers Service <careers@leeds-example.ac.uk>"),
        Label.NOT_INVITE,
    ),
    "an agency note that the client wants you to meet its founder at one of three times is an invite": (
        mail("Ana - good speaking this morning. The client is keen for you to meet their founder, Priya Shah, for "
             "half an hour on Teams. She has Tue 10am, Tue 2pm or Wed 9:30am free (UK time). Any preference?\n\nRhys",
             "Re: Head of Operations - next step", "Rhys Tanner <rhys@tannersearch.co.uk>"),
        Label.INVITE,
    ),
    "an updated calendar invitation saying the second round has been moved is a reschedule request": (
        mail("Hi Ana,\n\nBecause of a diary clash on our side your second round for the Analyst post has been moved. "
             "Does the new slot suit you?\n\nWas: Tuesday 22 September, 10:00\nNow: Thursday 24 September, 15:00\n\n"
             "Corvell Recruiting", "Updated invitation: Second round - Corvell", "Corvell <careers@corvell.co.uk>",
             ics=MEETING_REQUEST),
        Label.RESCHEDULE_REQUEST,
    ),
    "a clash that has come up with the booked slot, asking for other windows, is a reschedule request": (
        mail("Hi Ana,\n\nThe panel have had a clash come up with Thursday's 11am. What other windows do you have "
             "next week instead?\n\nRhys", "Interview - small shuffle"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a Dutch invitation to an introductory conversation booked through a link is an invite": (
        mail("Beste Ana,\n\nNaar aanleiding van je sollicitatie willen we je uitnodigen voor een online "
             "kennismakingsgesprek van een half uur. Plan zelf een moment in: https://calendly.com/corvell/kennismaking"
             "\n\nGroet,\nRhys", "Uitnodiging – Analist bij Corvell"),
        Label.INVITE,
    ),
    "moving forward to references after the last interview moves no interview": (
        mail("Hi Ana,\n\nThank you for your time across the interviews. We are moving ahead to the offer stage and "
             "would like two references by Friday. There are no further interviews.\n\nRhys",
             "Corvell - moving forward with your application"),
        Label.NOT_INVITE,
    ),
    "a reply offering a new time for the interview named only in the quote is an invite": (
        mail("No problem at all. Then let's say Friday at 11am UK time instead - Kofi confirmed he's free. I'll "
             "send the Teams link once you confirm.\n\nRhys\n\n> On 14 Sep 2026, Ana Pilar wrote:\n> Sorry, "
             "Thursday clashes with an exam. Could we do later in the week?\n>\n>> On 11 Sep 2026, Rhys Tanner "
             "wrote:\n>> Could you do a 45-minute interview with Kofi, our data lead, on Thursday at 2pm?",
             "Re: Re: Data Analyst"),
        Label.INVITE,
    ),
    "an adviser proposing a time to review a client's pension is no interview": (
        mail("Hi Ana,\n\nThanks for getting in touch. I'd be glad to sit down for a pension review. Would Thursday 24 "
             "September at 4pm at our office suit you? Bring your latest statements if you can.\n\nRhys Tanner, "
             "Chartered Financial Planner", "Your pension", "Rhys Tanner <rhys.tanner@tannerwealth.co.uk>"),
        Label.NOT_INVITE,
    ),
    "an agency's screening call booked through its link is an invite": (
        mail("Hi Ana,\n\nI came across your profile while recruiting a Payroll Lead for a logistics group in Leeds, "
             "and your background looks a close fit. Could we do a 15-minute screening call so I can share the details? Pick any slot that suits: "
             "https://calendly.com/rhys-tanner/screen\n\nRhys Tanner\nTanner Search",
             "Payroll Lead - screening call?", "Rhys Tanner <rhys@tannersearch.co.uk>"),
        Label.INVITE,
    ),
    "a friend asking to name you as a referee before her own final round is no invitation": (
        mail("hiya! I've got my final round at Bramble Hotels on Thursday at 3 and they want a referee from an old "
             "manager. OK if I pass on your number? x Jo", "favour", "Jo Marsh <jo.marsh88@gmail.com>"),
        Label.NOT_INVITE,
    ),
    "a telephone interview set for a time, with what happens if you cannot attend, is an invite": (
        mail("Dear Ms Pilar,\n\nYou have been selected for a telephone interview for Records Clerk (ref RC-2291). "
             "The interview is scheduled for Tuesday 22 September at 10:00. If you are unable to attend at that time, "
             "one alternative date can be offered.\n\nHuman Resources", "Interview request: Records Clerk",
             "Human Resources <hr@northshire.gov.uk>"),
        Label.INVITE,
    ),
    "a waiting-list notice for a hiring day's full interview slots is no interview": (
        mail("Hi Ana,\n\nThanks for signing up for our Harbour Hiring Day on Saturday 26 September. Every interview "
             "slot for kitchen roles is now taken, so we have put you on the waiting list. We'll write if a place "
             "frees up.\n\nSee you on the 26th,\nHarbour Kitchens", "Hiring Day: you're on the waiting list",
             "Harbour Kitchens <jobs@harbourkitchens.co.uk>"),
        Label.NOT_INVITE,
    ),
    "a confirmation that says what to do if you need to cancel is still a confirmation": (
        mail("Dear Ana,\n\nYour video interview has been confirmed.\n\nDate: Wednesday 23 September 2026\nTime: "
             "14:00\nInterviewer: Priya Shah\n\nIf you need to cancel, please reply at least a day ahead.\n\n"
             "Corvell Talent", "Analyst - your video interview", "Corvell Talent <careers@corvell.co.uk>"),
        Label.SCHEDULED,
    ),
    "a German appointment that 'ist bestätigt' with its calendar part is scheduled": (
        mail("Guten Tag Frau Pilar,\n\nIhr Termin für das Vorstellungsgespräch (Filialleitung) ist bestätigt: Dienstag, 22.09.2026, 10:00 Uhr, "
             "Hafenstraße 8, Hamburg.\n\nDie Kalendereinladung finden Sie im Anhang.\n\nIhr Corvell-Team",
             "Ihr Termin ist bestätigt", "Corvell <jobs@corvell.de>", ics=MEETING_REQUEST),
        Label.SCHEDULED,
    ),
    "a Spanish note that the booked interview cannot go ahead, with new times, is a reschedule request": (
        mail("Hola Ana:\n\nEl martes a las 12:00 al final no vamos a poder hacer la entrevista, porque el director "
             "estará de viaje. ¿Te iría bien el miércoles 23 a las 10:00 o el jueves 24 a las 16:00?\n\nUn saludo,\n"
             "Rhys", "RE: Entrevista", "Rhys Tanner <rhys.tanner@corvell.es>"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a rejection unable to offer a place, with a feedback call on offer, is no invitation": (
        mail("Dear Ana,\n\nThank you for attending the final interview. We are sorry to say we are unable to offer "
             "you a place on the graduate scheme this year. If it would help, I'd be happy to arrange a short feedback "
             "call.\n\nRhys", "Graduate scheme - outcome"),
        Label.NOT_INVITE,
    ),
    "a panel member now unavailable, with another day offered instead, is a reschedule request": (
        mail("Dear Ana,\n\nApologies: two of our panel members are now unavailable on the 22nd. Could you attend on "
             "Friday 25 September at 11:00 instead? If that doesn't suit, Monday 28 September at 15:00 also works.\n\nRhys",
             "RE: Interview - Analyst"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a withdrawn application whose interview was taken off the calendar is no invitation": (
        mail("Hi Ana,\n\nThis confirms that, as you asked, your application for Analyst at Corvell has now been "
             "withdrawn, and your upcoming interview on Tuesday was removed from the calendar.\n\nCorvell, via Greenhouse",
             "Your application has been withdrawn", "Corvell <no-reply@greenhouse.io>"),
        Label.NOT_INVITE,
    ),
    "a staffing agency's confirmed shift is work, not an interview": (
        mail("Hi Ana,\n\nYou're booked for the following shift:\n\nClient: Riverside Arena\nRole: Event Steward\n"
             "Date: Saturday 26 September\nReport time: 16:00 at Gate C\n\nPlease clock in on the app when you "
             "arrive.\n\nStaffPoint Dispatch", "Shift confirmed: Event Steward",
             "StaffPoint <dispatch@staffpoint.co.uk>"),
        Label.NOT_INVITE,
    ),
    "a founder's two lines asking if tomorrow at four is free, after an application, is an invite": (
        mail("Hi Ana - got your application for the ops role. Free tmrw at 4 for 15 min? I'll send a link.\n\nRhys",
             "quick call?", "Rhys Tanner <rhys@corvell.co.uk>"),
        Label.INVITE,
    ),
    "an ATS notice that the interview needs to be moved, with a new time proposed, is a reschedule request": (
        mail("Dear Ana Pilar,\n\nBecause the panel's availability changed, your interview for Claims Analyst (R-2231) on "
             "Tuesday 22 September at 10:00 needs to be moved. We would like to propose Thursday 24 September at "
             "14:00 instead. Please confirm in the candidate portal.\n\nTalent Acquisition",
             "Interview time change - Claims Analyst", "Corvell <corvell@myworkday.com>"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a calendar invitation to a meetup's lightning talks is no interview": (
        mail("You have been invited to the following event.\n\nLeeds Data Meetup - September lightning talks\nWhen: "
             "Wed 23 Sep 2026 6pm - 8pm\n\nThree short talks, one on surviving a dozen interviews.\n\nGoing? Yes - "
             "Maybe - No", "Invitation: Leeds Data Meetup @ Wed 23 Sep 2026 6pm",
             "Google Calendar <calendar-notification@google.com>", ics=MEETING_REQUEST),
        Label.NOT_INVITE,
    ),
    "a Spanish notice that the interview has changed, with the new date, is a reschedule request": (
        mail("Hola Ana:\n\nTe escribimos porque ha habido un cambio en tu entrevista para Analista.\n\nNueva fecha: "
             "jueves 24 de septiembre, 11:00\n\nSi no te va bien, responde a este correo.\n\nCorvell",
             "Cambio de horario: tu entrevista", "Corvell <empleo@corvell.es>"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a move that opens with 'I regret to inform you' is still a move": (
        mail("Dear Ana,\n\nI regret to inform you that our director has to travel and will not be able to take the "
             "interview on Tuesday as planned. Can we please reschedule to Thursday 24 September at 10:00 or Friday 25 "
             "September at 15:00?\n\nRhys", "RE: Interview - Analyst"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a founder who has pencilled in a slot and asks whether it works is inviting": (
        mail("Hi Ana,\n\nThanks for applying for our Ops Lead role - I do the first calls myself. I've pencilled in a "
             "slot for Tuesday 22 September at 12:30 and sent a Zoom link. Does that work? If not, tell me what "
             "does.\n\nRhys Tanner, founder", "Corvell - Ops Lead", "Rhys Tanner <rhys@corvell.co.uk>"),
        Label.INVITE,
    ),
    "an agency's nudge that you're on with the panel tomorrow is a reminder": (
        mail("Morning Ana,\n\nQuick nudge that you're on with Priya and Tom tomorrow at 11am. Same Zoom as before.\n\n"
             "Good luck!\nRhys", "Tomorrow!", "Rhys Tanner <rhys@tannersearch.co.uk>"),
        Label.SCHEDULED,
    ),
    "a Portuguese 'perfeito, confirmado' with the calendar invitation is scheduled": (
        mail("Oi Ana,\n\nPerfeito, confirmado! Segue o convite para a entrevista na terça-feira, 22/09, às 9h, com o "
             "gestor da área.\n\nAté lá!\nRhys", "Convite: Entrevista Corvell", "Rhys Tanner <rhys@corvell.com.br>",
             ics=MEETING_REQUEST),
        Label.SCHEDULED,
    ),
    "a recruiter's call to go through an offer is no interview": (
        mail("Ana!!\n\nThe client just rang - they want to make you an offer for the Ops Lead role. Are you free for a "
             "call at 5pm today to go through it?\n\nRhys", "Good news!", "Rhys Tanner <rhys@tannersearch.co.uk>"),
        Label.NOT_INVITE,
    ),
    "a receipt of the availability you sent is no invitation": (
        mail("Hi Ana,\n\nThanks for sending your availability for an interview for Claims Analyst:\n\nTue 22 Sep: "
             "9:00 - 12:00\nWed 23 Sep: 13:00 - 17:00\n\nThe team will send a calendar invitation for the final "
             "time.\n\nCorvell Recruiting", "We've received your availability", "Corvell <no-reply@greenhouse.io>"),
        Label.NOT_INVITE,
    ),
    "a Spanish note asking you to book the interview slot that suits you is an invite": (
        mail("Hola Ana, vi tu solicitud para Analista. Me encantaría platicar contigo. Agenda el horario que mejor te "
             "acomode aquí: https://calendly.com/rhys-corvell/entrevista\n\nRhys", "Entrevista para Analista",
             "Rhys Tanner <rhys@corvell.mx>"),
        Label.INVITE,
    ),
    "an Italian 'le confermo il colloquio' is a confirmation": (
        mail("Gentile Ana,\n\nla ringrazio per la risposta. Le confermo il colloquio per martedì 22 settembre alle ore "
             "10:00 con il responsabile.\n\nCordiali saluti,\nRhys", "R: Colloquio - Analista",
             "Rhys Tanner <rhys@corvell.it>"),
        Label.SCHEDULED,
    ),
    "an application withdrawn at your request, its interview cancelled, is no invitation": (
        mail("Hi Ana,\n\nThanks for letting us know you accepted another offer. As requested, I've withdrawn your "
             "application and cancelled your final interview on Tuesday 22 September at 13:00.\n\nRhys",
             "Your application for Analyst", "Corvell <jobs@smartrecruiters.com>"),
        Label.NOT_INVITE,
    ),
    "booking an identity check after accepting an offer is no interview": (
        mail("Hi Ana,\n\nCongratulations on accepting our offer! Please book a 15-minute video identity check with our "
             "partner: https://calendly.com/corvell-checks/id\n\nThis is not an interview.\n\nPeople Team",
             "Next steps: your identity check", "Corvell People <people@corvell.co.uk>"),
        Label.NOT_INVITE,
    ),
    "a Spanish calendar invitation sent 'como hablamos ayer' records the time agreed": (
        mail("Hola Ana, como hablamos ayer por teléfono, te mando la invitación para la entrevista técnica con Andrés. "
             "¡Nos vemos el martes!", "Invitación: Entrevista técnica - Analista", "Rhys Tanner <rhys@corvell.es>",
             ics=MEETING_REQUEST),
        Label.SCHEDULED,
    ),
    "a Swedish note asking if you have time for a short call tomorrow is an invite": (
        mail("Hej Ana!\n\nTack för ansökan. Har du tid för ett kort telefonsamtal imorgon kl 11? Annars hör av dig med "
             "en annan tid.\n\n/Rhys", "Re: Ansökan lagerarbetare", "Rhys Tanner <rhys@corvell.se>"),
        Label.INVITE,
    ),
    "a Danish reminder of the conversation for a position is scheduled": (
        mail("Kære Ana\n\nBlot en venlig påmindelse om din samtale til stillingen som Laborant i morgen, tirsdag den 22. "
             "september kl. 10.00. Meld dig i receptionen.\n\nVenlig hilsen\nRhys", "Påmindelse: samtale i morgen",
             "Rhys Tanner <rhys@corvell.dk>"),
        Label.SCHEDULED,
    ),
    "a Turkish interview invitation is an invite": (
        mail("Merhaba Ana Hanım,\n\nAnalist pozisyonuna yaptığınız başvuru için teşekkür ederiz. Sizi 22 Eylül 2026 Salı "
             "günü saat 10:00'da ofisimizde yapılacak mülakata davet etmek isteriz.\n\nSaygılarımızla,\nRhys",
             "Mülakat Daveti - Analist", "Rhys Tanner <rhys@corvell.com.tr>"),
        Label.INVITE,
    ),
    "a German founder's note asking you to pick a slot for a video call is an invite": (
        mail("Hey Ana,\n\ndanke für deine Nachricht! Hast du Lust auf einen kurzen Video-Call, damit wir dir die Rolle "
             "vorstellen können? Such dir einfach einen Slot aus: https://calendly.com/rhys-corvell/30min\n\nRhys",
             "Dein Profil / Ops-Rolle", "Rhys Tanner <rhys@corvell.de>"),
        Label.INVITE,
    ),
    "a Norwegian invitation to a digital interview booked through a link is an invite": (
        mail("Hei Ana!\n\nTusen takk for søknaden din. Vi inviterer deg til et digitalt intervju på 30 minutter. Velg et "
             "tidspunkt som passer deg her: https://corvell.teamtailor.com/meetings/book/a1\n\nHilsen Rhys",
             "Book tid for intervju", "Corvell <no-reply@teamtailor.com>"),
        Label.INVITE,
    ),
    "a Czech invitation to a personal interview is an invite": (
        mail("Dobrý den,\n\nděkujeme za Váš zájem o pozici Analytik. Rádi bychom Vás pozvali na osobní pohovor v úterý "
             "22. září v 10:00.\n\nS pozdravem\nRhys", "Pozvánka na pohovor", "Rhys Tanner <rhys@corvell.cz>"),
        Label.INVITE,
    ),
    "details of a first working day are no interview": (
        mail("Good morning Ana,\n\nwe are happy that you accepted our offer! First working day: Monday 28 September, "
             "8:00, reception on the ground floor. At 11:00 a meeting with your supervisor.\n\nHR Department",
             "Welcome! Your first working day", "Corvell HR <hr@corvell.pl>"),
        Label.NOT_INVITE,
    ),
    "a German calendar invitation to an onboarding day is no interview": (
        mail("Liebe Frau Pilar,\n\nanbei die Einladung zu unserem Onboarding-Tag mit IT-Ausgabe und Mittagessen mit "
             "Ihrem Team.\n\nBeginn: 08:30 Uhr\n\nIhr HR-Team", "Einladung: Onboarding-Tag",
             "Corvell HR <onboarding@corvell.de>", ics=MEETING_REQUEST),
        Label.NOT_INVITE,
    ),
    "a Portuguese note that the interview's date has to change, with new times, is a reschedule request": (
        mail("Olá Ana,\n\nPeço desculpa, mas teremos de alterar a data da entrevista. Seria possível na quinta-feira, "
             "dia 24 de setembro, às 14h00?\n\nRhys", "Re: Entrevista - alteração", "Rhys Tanner <rhys@corvell.pt>"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a German note that the conversation has to be moved is a reschedule request": (
        mail("Hallo Frau Pilar,\n\nwegen einer Betriebsversammlung müssen wir unser Gespräch am Dienstag leider "
             "verlegen. Passt Ihnen Donnerstag, 24.09., 14:00 Uhr?\n\nViele Grüße\nRhys",
             "Aktualisiert: Vorstellungsgespräch", "Rhys Tanner <rhys@corvell.de>"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a recruiter asking your availability to join, your notice period, invites to nothing yet": (
        mail("Hi Ana,\n\nThanks for your interest in the Analyst vacancy. Before we advance, could you share your "
             "salary expectation and your availability to join?\n\nRegards,\nRhys", "Vacancy Analyst - information"),
        Label.NOT_INVITE,
    ),
    "a Dutch 'zullen we morgen even bellen' after an open application is an invite": (
        mail("Hoi Ana,\n\nLeuk dat je ons mailde! We zoeken inderdaad iemand voor de winkel. Zullen we morgen om half 3 "
             "even bellen?\n\nGroetjes,\nRhys", "Re: Open sollicitatie", "Rhys Tanner <rhys@corvell.nl>"),
        Label.INVITE,
    ),
    "a city's oral board interview with a report time is an invite": (
        mail("Dear Ana Pilar,\n\nBased on your written exam score you are on the eligible list for Parks Technician and "
             "are invited to an oral board interview.\n\nDate: Tuesday, September 22, 2026\nReport time: 9:40 a.m. "
             "(interview begins at 10:00 a.m.)\n\nPlease reply by September 18 to confirm.\n\nHuman Resources",
             "Oral Board Interview - Parks Technician", "City HR <hr-exams@cityofleeds.gov.uk>"),
        Label.INVITE,
    ),
    "a status update saying a recruiter will call if the manager wants to meet you invites nobody yet": (
        mail("Hi Ana,\n\nYour application for Ward Clerk has moved to: Under Review. If the hiring manager would like to "
             "meet you, a recruiter will contact you to schedule an interview.\n\nTalent Acquisition",
             "Application status update: Ward Clerk", "Careers <careers@corvellhealth.co.uk>"),
        Label.NOT_INVITE,
    ),
    "a Taglish note asking if you can interview on Thursday at ten is an invite": (
        mail("Hi Ana! Salamat sa pag-apply sa Caregiver position. Pwede ka ba mag-interview this Thursday, 10:00 am, dito "
             "sa office namin? Kung hindi ka available, text mo ako.\n\nRhys", "Interview for Caregiver position"),
        Label.INVITE,
    ),
    "a one-line reply that the recruiter will call at the time you offered is scheduled": (
        mail("Great, I'll call you Thursday 11:30. Talk then!\n\nRhys\n\nOn Mon, 14 Sep 2026, Ana Pilar wrote:\n> "
             "Thursday at 11:30 would be perfect.", "Re: Phone screen - Support Analyst"),
        Label.SCHEDULED,
    ),
    "a Spanish apology asking whether another day suits better is a reschedule request": (
        mail("Ana, una disculpa. El martes no voy a estar en la tienda. ¿Puedes venir el jueves 24 de septiembre a las "
             "16:00 mejor?\n\nRhys\n\nEl lun, 14 sept 2026, Rhys Tanner escribió:\n> Nos gustaría que vinieras a "
             "una entrevista el martes 22 a las 11:00.", "Re: Entrevista - Cocinero", "Rhys Tanner <rhys@corvell.es>"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a hiring bot's numbered times with a STOP-to-cancel footer is an invite": (
        mail("¡Hola Ana! Soy Olivia, la asistente de Corvell. Gracias por aplicar al puesto de Cajera. La gerente quiere "
             "conocerte. Elige una hora:\n\n1) mar 22/9 a las 10:00\n2) mié 23/9 a las 15:00\n\nResponde 1 o 2. "
             "Responde STOP para cancelar mensajes.", "Corvell: elige la hora de tu entrevista",
             "Olivia <olivia@corvell.es>"),
        Label.INVITE,
    ),
    "an invitation to a skills test followed by a short interview is an invite": (
        mail("Ana,\n\nThank you for applying for Seasonal Lifeguard. You are invited to the pool skills test followed by "
             "a short interview on Saturday 26 September at 09:00 at Riverside Baths.\n\nAquatics Team",
             "Lifeguard skills test and interview", "Aquatics <jobs@leedsleisure.gov.uk>"),
        Label.INVITE,
    ),
    "an agency that has pencilled you in for a client interview and asks you to confirm is inviting": (
        mail("Hi Ana,\n\nGreat speaking with you! As discussed, my client wants to meet you. I've penciled you in for "
             "Tuesday 22 September at 11:00 - can you confirm that works?\n\nRhys", "Video interview - Sales Rep",
             "Rhys Tanner <rhys@tannersearch.co.uk>"),
        Label.INVITE,
    ),
    "a one-line Spanish note to come and talk about the work tomorrow is an invite": (
        mail("Ana te espero mañana a las 8 am en el taller para platicar del trabajo. Rhys", "trabajo",
             "Rhys Tanner <rhys@corvell.mx>"),
        Label.INVITE,
    ),
    "an employer agreeing to the time you offered is a confirmation": (
        mail("Hi Ana,\n\nNo trouble at all. Thursday 9/24 at 4:30 works for our supervisor. Please check in at the front "
             "desk.\n\nRhys\n\n-----Original Message-----\nFrom: Ana Pilar\nSent: Monday\nTo: Rhys\nSubject: Re: "
             "Interview\n\nCould we meet Thursday 9/24 at 4:30?", "RE: Library Assistant - interview invitation"),
        Label.SCHEDULED,
    ),
    "a Spanish bot saying the manager cannot see you, with other times, is a reschedule request": (
        mail("Hola Ana, soy Olivia de Corvell. La gerente no podrá atenderte el martes 22 de septiembre a las 11:30. ¿Te "
             "queda bien alguno de estos horarios?\n\nA) jueves 24, 9:00\nB) jueves 24, 14:00",
             "Cambio en tu entrevista", "Olivia <olivia@corvell.es>"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a parents' evening slot is no interview": (
        mail("Dear parents,\n\nParents' evening is on Wednesday 23 September. I have put you down for 5:40pm - please "
             "tell the office if you need a different slot.\n\nMrs Reid", "Parents' evening slots",
             "Mrs Reid <y3.reid@hillside-primary.sch.uk>"),
        Label.NOT_INVITE,
    ),
    "thanks for applying followed by a phone screen in one of two windows is an invite": (
        mail("Hi Ana,\n\nThanks for applying to our Support Rep role. I'd like to do a quick phone screen (15 min). I'm "
             "open Tuesday 10-11am or Wednesday 2-3pm - tell me a time inside either window and I'll call.\n\nRhys",
             "Phone screen - Support Rep", "Rhys Tanner <rhys@corvell.co.uk>"),
        Label.INVITE,
    ),
    "an Australian founder keen for a zoom tomorrow afternoon is inviting": (
        mail("hey Ana - loved the portfolio. keen for a 30 min zoom tmrw arvo? 3pm AEST suit?\n\nRhys\nSent from my "
             "iPhone", "Frontend role", "Rhys Tanner <rhys@corvell.com.au>"),
        Label.INVITE,
    ),
    "an Afrikaans invitation to an interview is an invite": (
        mail("Goeie dag Ana,\n\nDankie vir jou aansoek vir die pos as Ingenieur. Ons wil jou graag uitnooi vir 'n "
             "onderhoud op Dinsdag 22 September om 10:00.\n\nGroete\nRhys", "Onderhoud - Ingenieur",
             "Rhys Tanner <rhys@corvell.co.za>"),
        Label.INVITE,
    ),
    "a forward with a note asking if you could do a time for a tech chat is an invite": (
        mail("Ana - see below from our CTO. Any chance you could do Tues 22nd Sept at 2pm for a 1 hour tech chat in "
             "our Cork office?\n\nRhys\n\n---------- Forwarded message ---------\nFrom: Orla <orla@corvell.ie>\n"
             "Subject: Ana\n\nHappy to meet her next week.", "Fwd: Ana - Backend Engineer",
             "Rhys Tanner <rhys@corvell.ie>"),
        Label.INVITE,
    ),
    "an Outlook 'Interview confirmed.' with its calendar part is scheduled": (
        mail("Interview confirmed.\n\nWhen: Tuesday, 22 September 2026 10:00-10:45\nWhere: Microsoft Teams Meeting",
             "Interview - Records Officer - Ana Pilar", "Microsoft Outlook <calendar@corvell.co.uk>",
             ics=MEETING_REQUEST),
        Label.SCHEDULED,
    ),
    "a forwarded updated invitation stating the old and new time is a reschedule request": (
        mail("Hi Ana, our lead engineer is on leave - new time below, please accept if it works.\n\nUpdated invitation\n"
             "Technical interview - Ana Pilar\nTuesday 22 September 2026 09:00 - 10:00\nWas: Monday 21 September 2026 "
             "14:00", "Fwd: Updated invitation: Technical interview", ics=MEETING_REQUEST),
        Label.RESCHEDULE_REQUEST,
    ),
    "a French candidate's reply that the time suits her is her own reply": (
        mail("Bonjour Rhys,\n\nMerci! Mardi 22 septembre à 14 h me convient parfaitement.\n\nAna",
             "RE: Entrevue - Designer", "Ana Pilar <ana.pilar@videotron.ca>", to="rhys@corvell.ca"),
        Label.NOT_INVITE,
    ),
    "a new hiring manager booked into interviewing training is no interview": (
        mail("Hi Ana,\n\nAs a new hiring manager, you're booked into our Structured Interviewing workshop on Thursday "
             "at 2pm in Training Room B.\n\nL&D Team", "Interview panel training - Thursday 2pm",
             "L&D <ld@corvell.co.uk>", to="ana.pilar@corvell.co.uk"),
        Label.NOT_INVITE,
    ),
    "an interview 'scheduled on the 5th is postponed', with a new slot, is a reschedule request": (
        mail("Hi Ana,\n\nDue to unavoidable circumstances, the L2 interview scheduled on 21st Sept is postponed. New "
             "slot: 23rd Sept, 11 AM, same Teams link.\n\nPlease revert with your confirmation.\n\nRhys",
             "L2 interview - Data Scientist", "Rhys Tanner <rhys@corvell.in>"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a Spanish note passing on the link for tomorrow's chat is a reminder": (
        mail("¡Hola Ana!\n\nTe paso el link de Meet para la charla de mañana a las 17 hs con Martín, el líder de "
             "datos:\n\nhttps://meet.google.com/abc-defg-hij\n\nSaludos,\nRhys\nTalent Acquisition - Corvell",
             "Link para mañana", "Rhys Tanner <rhys@corvell.com.ar>"),
        Label.SCHEDULED,
    ),
    "an acknowledgement that will set up an interview if they'd like to move forward invites nobody yet": (
        mail("Hi Ana,\n\nThanks for applying for the Hygienist position. The office manager will review it shortly. If "
             "we'd like to move forward, we'll reach out to set up an interview.\n\nCorvell Dental",
             "Thanks for applying!", "Corvell <notifications@corvell.bamboohr.com>"),
        Label.NOT_INVITE,
    ),
    "a Dutch receipt saying they will let you know whether they invite you invites nobody yet": (
        mail("Hoi Ana,\n\nBedankt voor je sollicitatie voor de functie Analist! Binnen twee weken laten we je weten of "
             "we je uitnodigen voor een kennismakingsgesprek.\n\nTeam Corvell", "Bevestiging: je sollicitatie",
             "Corvell <no-reply@recruitee.com>"),
        Label.NOT_INVITE,
    ),
    "a Dutch invitation whose time you may turn down is an invite": (
        mail("Beste Ana,\n\nGraag nodigen we je uit voor een gesprek op dinsdag 22 september van 10.00 tot 11.00 uur. Als "
             "het tijdstip niet uitkomt, laat het even weten.\n\nRhys", "Sollicitatiegesprek Analist",
             "Rhys Tanner <rhys@corvell.nl>", ics=MEETING_REQUEST),
        Label.INVITE,
    ),
    "a reminder that a recorded video interview is still open is an invitation to do it": (
        mail("Hi Ana,\n\nWe noticed you haven't completed your video interview for the Graduate Analyst programme yet. "
             "The link expires on Friday at 23:59.\n\nComplete it here: https://app.hirevue.com/interviews/corvell/x1",
             "Reminder: your Corvell video interview is still open", "Corvell via HireVue <noreply@hirevue.com>"),
        Label.INVITE,
    ),
    "a German booking confirmation that says how to move the appointment is scheduled": (
        mail("Hallo Ana,\n\ndein Termin wurde gebucht: Dienstag, 22. September 2026, 15:00–16:00, online via Zoom.\n\n"
             "Falls du den Termin verschieben musst, nutze bitte den Link in deiner Kalendereinladung.\n\nCorvell "
             "Recruiting", "Termin bestätigt: Interview Analyst", "Corvell <jobs@corvell.recruitee.com>"),
        Label.SCHEDULED,
    ),
    "a Dutch note asking you to pick a time for a case interview is an invite": (
        mail("Hoi Ana, leuk gesprek gehad! Wil je een technische case-interview inplannen met mij en Fleur? Kies maar "
             "een tijd: https://calendly.com/rhys-corvell/case\n\nRhys", "Tweede ronde",
             "Rhys Tanner <rhys@corvell.nl>"),
        Label.INVITE,
    ),
    "a password reset from an applicant tracking system is no invitation": (
        mail("Hi Ana,\n\nWe received a request to reset the password for your candidate account with Corvell. Use the "
             "link below within 30 minutes:\nhttps://corvell.icims.com/reset/a1\n\nIf you didn't request this, ignore "
             "this email.", "Password reset request", "iCIMS <noreply@icims.com>"),
        Label.NOT_INVITE,
    ),
    "an interview rescheduled and confirmed by a tool is scheduled": (
        mail("Hi Ana,\n\nYour interview has been rescheduled and confirmed.\n\nTue, Sep 22, 2026\n11:00 AM - 12:00 PM"
             "\nZoom: https://corvell.zoom.us/j/123\n\nInterviewers: Priya Shah, Tom Reed",
             "Interview confirmed: Analyst - Corvell", "GoodTime <notifications@goodtime.io>"),
        Label.SCHEDULED,
    ),
    "a Hinglish note asking if you're free for a technical round, under an 'interview for' subject, is an invite": (
        mail("Hi Ana,\n\nAapka profile dekha, bahut accha laga. Hum ek 45-min technical round rakhna chahte hain. Kya aap "
             "Tuesday 22 September ko 3:00 PM pe free ho?\n\nRhys", "Corvell – interview for Backend Engineer",
             "Rhys Tanner <rhys@corvell.in>"),
        Label.INVITE,
    ),
    "a German receipt that will invite you if your profile fits invites nobody yet": (
        mail("Hallo Ana,\n\nvielen Dank für Ihre Bewerbung als Werkstudentin. Wir melden uns innerhalb von zwei Wochen. "
             "Wenn Ihr Profil passt, laden wir Sie zu einem Kennenlerngespräch ein.\n\nIhr Corvell Recruiting Team",
             "Ihre Bewerbung bei Corvell", "Corvell <no-reply@personio.de>"),
        Label.NOT_INVITE,
    ),
    "a profile-views teaser that mentions being available for interviews is no invitation": (
        mail("Your profile was found by people from Corvell and 4 other companies.\nSee who's looking: "
             "https://www.linkedin.com/me/search-appearances\nTip: turn on Open to Work to let recruiters know you're "
             "available for interviews.\n\nUnsubscribe", "Ana, you appeared in 9 searches this week",
             "LinkedIn <messages-noreply@linkedin.com>"),
        Label.NOT_INVITE,
    ),
    "a thank-you for an interview held, with the next step only if successful, is no invitation": (
        mail("Dear Ana,\n\nThank you for speaking with Ms. Mori and me on Tuesday. We will share the result by 25 "
             "September. If successful, the next step would be an on-site visit (travel covered).\n\nRhys",
             "Thank you for your time / Next steps"),
        Label.NOT_INVITE,
    ),
    "a podcast asking to interview you about how your company hires is no job interview": (
        mail("Hi Ana,\n\nWe'd love to interview you on The Hiring Desk about how Corvell hires engineers. Recording "
             "takes 40 minutes. Would Tuesday, Sep 22 at 10am work?\n\nMilo, producer",
             "Podcast interview request: The Hiring Desk", "Hiring Desk <booking@hiringdesk.fm>",
             to="ana@corvell.co.uk"),
        Label.NOT_INVITE,
    ),
    "a French note that the director cannot hold the interview, asking to move it, is a reschedule request": (
        mail("Bonjour Ana,\n\nJe suis désolée, mais notre directeur ne pourra pas assurer l'entretien prévu jeudi à 14h. "
             "Serait-il possible de le décaler au lundi 28 septembre à 9h30 ?\n\nRhys",
             "Report de votre entretien – Chef de projet", "Rhys Tanner <rhys@corvell.fr>"),
        Label.RESCHEDULE_REQUEST,
    ),
    "thanks for your availability followed by a proposed time is an invite": (
        mail("Hi Ana,\n\nGreat, thank you for sharing your availability. How about Tuesday 22 September at 09:00? Our "
             "producer will join. We'll use Zoom.\n\nRhys", "Re: Re: Producer role"),
        Label.INVITE,
    ),
    "a coordinator saying you're now booked for the new time is a confirmation": (
        mail("Hi Ana,\n\nNo problem at all - I've checked the diary. You're now booked for Friday 25 September at 11:30 "
             "on the same Teams link.\n\nRhys", "RE: Request to move my interview"),
        Label.SCHEDULED,
    ),
    "a Portuguese 'tudo certo para a sua entrevista' is a confirmation": (
        mail("Olá Ana,\n\nTudo certo para a sua entrevista de terça-feira (22/09) às 14h, com o nosso time de dados. "
             "Seguem algumas dicas.\n\nRhys", "Preparação para sua entrevista", "Rhys Tanner <rhys@corvell.com.br>"),
        Label.SCHEDULED,
    ),
    "a friend telling a friend about her own next round is no invitation": (
        mail("it went ok i think?? round 2 is thurs at 11 with the team lead, fingers crossed\n\n> how was the "
             "interview today!!", "Re: how did it go??", "Jo Marsh <jo.marsh88@gmail.com>"),
        Label.NOT_INVITE,
    ),
    "an agency's texting-style note that the client wants to see you, asking to confirm, is an invite": (
        mail("Hi Ana\nGood news, client loved ur CV. They want to see u Weds 23rd at 10.30 at their office. 45 mins.\n"
             "Can u confirm asap?\nthx\nRhys", "Client interview - Analyst", "Rhys Tanner <rhys@tannersearch.co.uk>"),
        Label.INVITE,
    ),
    "a booking tool's confirmation whose event type is an onsite is scheduled": (
        mail("Hi Ana Pilar,\nYour event has been scheduled.\nEvent Type: Corvell onsite (90 min)\nDate/Time: 11:00am - "
             "12:30pm, Wednesday, September 23, 2026\nReschedule: https://calendly.com/reschedulings/1a",
             "Confirmed: Onsite with Priya Shah on Wed Sep 23, 2026", "Calendly <notifications@calendly.com>"),
        Label.SCHEDULED,
    ),
    "an agency forward saying the hiring manager wants to meet, with two times, is an invite": (
        mail("Ana - see below, the hiring mgr wants to meet. can u do mon 2pm or tue 9:30? 30 min phone.\nRhys\n\n"
             "---------- Forwarded message ---------\nFrom: Karen <karen@corvell.com>\nSubject: Ana\n\nStrong "
             "profile, happy to speak with her.", "FW: Ana Pilar - FP&A", "Rhys Tanner <rhys@tannersearch.com>"),
        Label.INVITE,
    ),
    "moving all of a ward's interviews to another day gives you a new time to confirm": (
        mail("Dear Ana\n\nApologies - due to panel availability we need to move interviews for Ward 7 to Thursday 24 "
             "September. Your new time is 10:45, same venue.\n\nRuth", "RE: Interview invitation: Staff Nurse"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a tool's onsite schedule for the day is scheduled": (
        mail("Hi Ana,\n\nHere's your schedule for Tuesday, September 22, 2026:\n1:00 - 1:45 PM  Systems design\n"
             "1:45 - 2:30 PM  Hiring manager\n\nSee you soon!\nCorvell Recruiting via ModernLoop",
             "Your Corvell onsite schedule", "ModernLoop <scheduling@modernloop.io>"),
        Label.SCHEDULED,
    ),
    "'please come for a face to face interview' is an invite": (
        mail("Hi Ana,\n\nAs discussed on call, your profile is shortlisted for Relationship Manager. Please come for "
             "face to face interview on Tuesday 22nd September at 11 AM at our branch. Please confirm ASAP.\n\nRhys",
             "Interview call - Relationship Manager", "Rhys Tanner <rhys@corvell.in>"),
        Label.INVITE,
    ),
    "a recruiter who has moved you to the time you asked for confirms it": (
        mail("No problem at all Ana - I've moved you to Friday 9/25 at 10am. Updated invite coming from Google Calendar. "
             "See you then!\n\nRhys", "Re: Interview - Gameplay Programmer"),
        Label.SCHEDULED,
    ),
    "a reminder of a live class about interviewing is no interview": (
        mail("Hi Ana,\n\nReminder: your live session \"Acing the behavioural interview\" starts tomorrow at 6:00 PM.\n"
             "Join here: https://live.skillacademy.com/interview\n\nSkill Academy", "Live session tomorrow",
             "Skill Academy <hello@skillacademy.com>"),
        Label.NOT_INVITE,
    ),
    "an interview cancelled at your request, with a link if you change your mind, is no invitation": (
        mail("Dear Ana,\n\nYour phone interview for Pharmacy Technician has been cancelled at your request. If you "
             "change your mind, you can book a new time using the original invitation link.\n\nCorvell Recruitment",
             "Your interview with Corvell has been cancelled", "Corvell <notifications@smartrecruiters.com>"),
        Label.NOT_INVITE,
    ),
    "a Spanish rejection that points you to other openings invites you to nothing": (
        mail("Hola Ana:\n\nGracias por tu interés en el puesto de Analista de Datos. Hemos decidido no avanzar con tu "
             "candidatura a la fase de entrevistas. Te invitamos a seguir pendiente de nuestras ofertas.\n\nUn saludo,"
             "\nRhys", "Tu candidatura en Corvell"),
        Label.NOT_INVITE,
    ),
    "a French rejection after the interview says no": (
        mail("Bonjour Ana,\n\nMerci pour l'entretien de mardi. Après réflexion, nous ne pouvons pas donner suite à "
             "votre candidature pour le poste de cheffe de projet. Nous aimerions vous proposer de garder votre profil "
             "dans notre vivier.\n\nCordialement,\nRhys", "Votre candidature"),
        Label.NOT_INVITE,
    ),
    "a German rejection naming the interview round says no": (
        mail("Hallo Frau Pilar,\n\nvielen Dank für das angenehme Gespräch. Leider haben wir uns für eine andere "
             "Bewerberin entschieden. Bei einer passenden Stelle möchten wir Sie gerne zu einem neuen Gespräch einladen.\n\nViele Grüße\nRhys Tanner", "Ihre Bewerbung als Projektleiterin"),
        Label.NOT_INVITE,
    ),
    "a residency programme offering you an interview day is an invite, not a job offer": (
        mail("Dear Dr. Pilar,\n\nWe are delighted to offer you an interview with our Paediatrics programme. Choose "
             "one of the interview days in our portal: https://portal.corvell-health.org/interviews/select\n\nRhys",
             "Paediatrics programme - interview offer"),
        Label.INVITE,
    ),
    "a Korean first-round interview notice asking whether you can attend is an invite": (
        mail("피라 님, 안녕하세요.\n\n데이터 분석가 포지션 1차 면접을 안내드립니다. 일정은 추후 조율하며, 참석 가능 여부를 "
             "알려 주시기 바랍니다.\n\n코벨 인사팀", "[코벨] 1차 면접 안내"),
        Label.INVITE,
    ),
    "a Swedish notice that your interview is booked is scheduled": (
        mail("Hej Ana!\n\nDin intervju för tjänsten som controller är nu bokad: tisdag 22 september kl. 13.00 på "
             "vårt kontor i Göteborg.\n\nHälsningar\nRhys", "Intervju för controller"),
        Label.SCHEDULED,
    ),
    "a Japanese notice that the interview date is fixed is scheduled": (
        mail("ピラ 様\n\n二次面接の日時が確定しましたのでお知らせします。\n\n日時：9月24日（木）11:00～12:00\n場所：本社5階"
             "\n\n人事部 田村", "二次面接日程のご連絡"),
        Label.SCHEDULED,
    ),
    "a Japanese invitation that will send the link once the date is fixed is an invite": (
        mail("ピラ 様\n\n一次面接のご案内です。以下からご都合のよい日時をお選びください。\n・9月24日（木）11:00～12:00\n"
             "・9月25日（金）14:00～15:00\nURLは日程確定後にお送りします。\n\n人事部 田村", "一次面接のご案内"),
        Label.INVITE,
    ),
    "a Swiss recruiter asking whether a time suits her phone interview is an invite": (
        mail("Grüezi Frau Pilar\n\nBesten Dank für Ihre Unterlagen. Gerne würde ich mit Ihnen ein Videointerview von "
             "einer halben Stunde führen. Passt Ihnen Dienstag, 22. September, 14.30 Uhr?\n\nFreundliche Grüsse\n"
             "Rhys Tanner", "Videointerview Controllerin"),
        Label.INVITE,
    ),
    "a Dutch note asking you to pick a moment for your conversation below is an invite": (
        mail("Hoi Ana,\n\nWe willen je graag spreken over de functie van data-analist. Kies via de link een moment "
             "voor een videogesprek: https://corvell.recruitee.com/o/analist/schedule/12\n\nGroet,\nRhys",
             "Plan je gesprek in"),
        Label.INVITE,
    ),
    "a founder's two-line 'around Friday 10am for a call?' is an invite": (
        mail("Ana - Priya mentioned you might like the first design hire role. Around Friday 10am ET for a 20 min "
             "call? https://meet.google.com/abc-defg-hij\n\nRhys", "quick call", "Rhys Tanner <rhys@corvell.io>"),
        Label.INVITE,
    ),
    "a receipt saying you will hear if they would like to arrange an interview is no invite": (
        mail("Hi Ana,\n\nThanks for applying for the Veterinary Nurse role. If we'd like to schedule an interview, "
             "a member of the practice team will contact you directly.\n\nCorvell Vets", "Thanks for applying",
             "Corvell Vets <notifications@bamboohr.com>"),
        Label.NOT_INVITE,
    ),
    "an agency offering its candidate to you, the hiring manager, is no invitation to you": (
        mail("Hi Ana,\n\nMy candidate, Joel Park, is available for a first interview on Wed 23/9 at 10:00 or Thu "
             "24/9 at 15:00. Which suits you?\n\nRhys", "Candidate for your Controls Engineer role",
             "Rhys Tanner <rhys@tannersearch.co.uk>", to="ana.pilar@corvell-industries.com"),
        Label.NOT_INVITE,
    ),
    "asking to start a booked interview fifteen minutes later moves it": (
        mail("Hi Ana,\n\nCould we start Thursday's interview for the Librarian post 15 minutes later, at 2:15 instead "
             "of 2? The room is booked until then.\n\nRhys", "Thursday's interview"),
        Label.RESCHEDULE_REQUEST,
    ),
    "taking a withdrawn candidate off the interview schedule is no interview": (
        mail("Hi Ana,\n\nThanks for telling me, and congratulations! I've taken you off Friday's interview schedule "
             "and told the panel.\n\nRhys", "Re: Withdrawing from the process"),
        Label.NOT_INVITE,
    ),
    "a letting agent confirming a flat viewing is no interview": (
        mail("Hi Ana,\n\nJust confirming your viewing of the studio flat on Marchmont Road on Tuesday 22 September at "
             "5:30pm. I'll meet you outside.\n\nRhys", "Viewing on Tuesday", "Rhys Tanner <rhys@tannerlets.co.uk>"),
        Label.NOT_INVITE,
    ),
    "an Indian recruiter asking in Hinglish whether you are free for a telephonic round is an invite": (
        mail("Hi Ana,\n\nAapka profile Operations Executive ke liye shortlist hua hai. Telephonic round Monday "
             "ko rakhna hai - kya aap available hain?\n\nRegards\nRhys", "Operations Executive - telephonic round",
             "Rhys Tanner <rhys@tannerhr.in>"),
        Label.INVITE,
    ),
    "an invitation forwarded to the person it greets is an invite": (
        mail("Ana, this reached me by mistake - it's yours!\n\n---------- Forwarded message ---------\nFrom: Lena "
             "Ortiz <lena@corvell.com>\nSubject: Interview - Buyer\nTo: Rhys <rhys.tanner@gmail.com>\n\nHi Ana,\n\n"
             "We'd like to interview you for the Buyer role on Tuesday 22 September at 11am. Does that suit?\n\nLena",
             "Fwd: Interview - Buyer", "Rhys Tanner <rhys.tanner@gmail.com>"),
        Label.INVITE,
    ),
    "a candidate offering her own times to an employer is her reply, not an invitation": (
        mail("Dear Mr Tanner,\n\nThank you for your message. I am available for interview at the following "
             "times next week:\n- Monday 21 September, any time after 1pm\n- Tuesday 22 September, 9am to 11am\n"
             "- Thursday 24 September, all day\n\nPlease let me know "
             "which suits you best.\n\nKind regards,\nAna Pilar", "Availability for interview - Buyer",
             "Ana Pilar <ana.pilar@gmail.com>", to="careers@corvell.co.uk"),
        Label.NOT_INVITE,
    ),
    "a calendar invitation whose note says a provisional slot is in and to accept if it suits is an invite": (
        mail("Hi Ana, I've dropped in a provisional slot for our first chat about the Buyer role. Please accept if it "
             "suits, or reply with a better time.\n\nRhys", "Invitation: Buyer - first chat", ics=MEETING_REQUEST),
        Label.INVITE,
    ),
    "a calendar's own invitation for an interview, with nothing asked around it, is scheduled": (
        mail("Interview: Ana Pilar / Corvell - Buyer\nTuesday 22 Sep 2026 - 10:00 - 11:00 (British Summer Time)\n\n"
             "Join with Google Meet\nhttps://meet.google.com/qrs-tuvw-xyz\n\nGoing? Yes - Maybe - No",
             "Invitation: Interview: Ana Pilar / Corvell - Buyer @ Tue 22 Sep 2026 10:00 - 11:00 (BST)",
             ics=MEETING_REQUEST),
        Label.SCHEDULED,
    ),
    "an agency recruiter with twenty minutes to fill and two times of his own is an invite": (
        mail("Hi Ana,\n\nI'm running a retained search for a logistics scale-up that needs a Head of Planning. "
             "Would you have 15 minutes for a call so I can walk you through it? I'm open Thursday at 10am or "
             "Friday at 1pm (UK time).\n\nRhys", "Head of Planning - confidential", "Rhys Tanner <rhys@tannersearch.co.uk>"),
        Label.INVITE,
    ),
    "the last step named as half an hour with an executive, with two times, is an invite": (
        mail("Ana - the panel were very positive. Last step is 30 minutes with our COO. She can do Tue 22/9 at 10 or "
             "Wed 23/9 at 4. Which suits?\n\nRhys", "one more conversation"),
        Label.INVITE,
    ),
    "an in-house recruiter asking 'open to a 20-minute intro call?' with two times is an invite": (
        mail("Hi Ana - we're hiring a Category Manager and your retail background stood out. Open to a 20-minute "
             "intro call? I could do Wednesday at 10 or Thursday at 2 next week.\n\nRhys", "Category Manager at Corvell"),
        Label.INVITE,
    ),
    "a reply saying the time is confirmed with the panel is scheduled": (
        mail("Thanks Ana - Wednesday 23/9 at 10:30am is confirmed with the panel. Teams link to follow.\n\nRhys\n\n"
             "From: Ana Pilar\nSent: 14 September 2026 09:02\nSubject: RE: Moving Tuesday's interview\n\n"
             "Wednesday at 10:30 works for me.", "RE: Moving Tuesday's interview"),
        Label.SCHEDULED,
    ),
    "a French reply saying it is confirmed for a day, see you then, is scheduled": (
        mail("Bonjour Ana,\n\nMerci ! C'est confirmé pour le jeudi 24 septembre à 15h (heure de Paris). Le lien Meet "
             "reste le même.\n\nÀ jeudi,\nRhys", "RE: Notre échange de jeudi", "Rhys Tanner <rhys.tanner@corvell.fr>"),
        Label.SCHEDULED,
    ),
    "a German reply fixing the agreed time is scheduled": (
        mail("Hallo Ana,\n\nsehr gerne. Dann halten wir Mittwoch, den 23.09. um 14:00 Uhr fest. Den Teams-Link "
             "schicke ich separat.\n\nBis Mittwoch!\nRhys", "AW: Telefoninterview Controlling",
             "Rhys Tanner <rhys.tanner@corvell.de>"),
        Label.SCHEDULED,
    ),
    "a German note about a new opening, after an earlier rejection, with possible dates is an invite": (
        mail("Hallo Ana,\n\nwir hatten im Sommer leider absagen müssen, aber jetzt ist eine neue Stelle im Controlling "
             "frei. Hätten Sie Interesse an einem kurzen Gespräch? Mögliche Termine:\n- Dienstag, 22.09., 10:00 Uhr\n"
             "- Mittwoch, 23.09., 15:00 Uhr\n\nViele Grüße\nRhys", "Neue Stelle bei Corvell",
             "Rhys Tanner <rhys.tanner@corvell.de>"),
        Label.INVITE,
    ),
    "'all set for tomorrow' with the day's logistics is scheduled": (
        mail("Hi Ana,\n\nAll set for tomorrow, Wednesday 23/9! Arrive at 9:45 at reception; we start at 10:00 with "
             "the category team, then lunch, then a case study with Priya.\n\nRhys", "Tomorrow - onsite details"),
        Label.SCHEDULED,
    ),
    "a reminder that a recorded video interview has not been started is an invite": (
        mail("Hi Ana,\n\nWe noticed you haven't started your HireVue video interview for Buyer yet. The link closes "
             "on 18 September.\n\nStart here: https://app.hirevue.com/interviews/corvell/abc\n\nCorvell Talent",
             "Reminder: your video interview", "Corvell Talent <corvell@icims.com>"),
        Label.INVITE,
    ),
    "a reminder that no time has been picked yet for an interview is an invite": (
        mail("Dear Ana,\n\nYou have not yet selected a time for your phone interview for Buyer. Slots are limited, so "
             "please choose one soon: https://corvell.icims.com/jobs/12/candidate/scheduling?t=x\n\nCorvell Talent",
             "Reminder: choose your interview time", "Corvell Talent <corvell@icims.com>"),
        Label.INVITE,
    ),
    "a sign-up sheet for parent-teacher conferences is no interview": (
        mail("Hello Ana,\n\nMr. Okoro has opened slots for Year 3 families. Each is 10 minutes.\n\nTuesday 22 "
             "September: 3:30 PM, 3:40 PM, 3:50 PM\n\nPick a slot here: https://www.signupgenius.com/go/y3-okoro\n\n"
             "Thank you!", "Sign up: Parent-Teacher Conferences, Year 3", "School PTA <noreply@signupgenius.com>"),
        Label.NOT_INVITE,
    ),
    "a sales pitch to a people team about interview scheduling software is no invitation": (
        mail("Hi Ana,\n\nI see Corvell is hiring across 20 stores. Teams like yours use Slotwise to book candidate "
             "interviews automatically. Worth a 15-minute call Tuesday at 10am or Wednesday at 2pm?\n\nRhys",
             "15 mins next week?", "Rhys Tanner <rhys@slotwise.io>", to="ana.pilar@corvell-retail.com"),
        Label.NOT_INVITE,
    ),
    "a booking tool's notice of a new 30-minute intro is scheduled": (
        mail("Hi Ana Pilar,\n\nA new event has been scheduled.\n\nEvent Type:\n30 Minute Intro\n\nEvent Date/Time:\n"
             "10:00am - 10:30am (GMT) Tuesday, September 22, 2026\n\nHost:\nPriya Shah (Corvell)\n\n"
             "Cancel or reschedule: https://calendly.com/cancellations/AB12", "New Event: Ana Pilar - 10:00am Tue, Sep 22, "
             "2026 - 30 Minute Intro", "Calendly <notifications@calendly.com>"),
        Label.SCHEDULED,
    ),
    "a reply naming when the panel is free and asking 'can you join?' is an invite": (
        mail("Hi Ana,\n\nThe panel is free on Thursday at 11 AM for the final round. Can you join? Meet link: "
             "https://meet.google.com/abc-defg-hij\n\nRhys\n\nOn Mon, 14 Sep 2026 at 09:00, Ana Pilar "
             "<ana.pilar@gmail.com> wrote:\n> Thanks Rhys, I'm available any day this week for the next round.",
             "Re: Buyer - Corvell"),
        Label.INVITE,
    ),
    "a startup site's weekly digest quoting a founder's wish to chat is no invitation": (
        mail("Hi Ana,\n\n4 startups viewed your profile this week and one sent you a message:\n- Loomstack: 'Would love "
             "to set up a call about our ops lead role'\n\nReply in your inbox to start a conversation.",
             "Your weekly matches", "Startup Jobs <digest@startupjobs.example>"),
        Label.NOT_INVITE,
    ),
    "an assessment score saying employers may reach out if they'd like to interview you is no invitation": (
        mail("Hi Ana,\n\nYour coding assessment score is ready: 780. We shared it with two employers. They may get in "
             "touch if they'd like to interview you.\n\nTestGrid", "Your assessment results",
             "TestGrid <no-reply@testgrid.example>"),
        Label.NOT_INVITE,
    ),
    "a newsletter article on the best time to book an interview is no invitation": (
        mail("Career Notes\n\nWhy Thursday at 10am is the best time to book an interview, and four questions to ask "
             "at the end of it.", "Four questions to ask at the end of an interview",
             "Career Notes <newsletter@careernotes.example>"),
        Label.NOT_INVITE,
    ),
    "an agency's catch-up about roles coming through, with no role or time, is cold outreach": (
        mail("Hi Ana,\n\nIt's been a while! I've got a few buying roles coming through in the new year and wanted to "
             "hear what you're looking for these days. Would you have 10 minutes for a call this week?\n\nRhys",
             "Catch-up?", "Rhys Tanner <rhys@tannersearch.co.uk>"),
        Label.NOT_INVITE,
    ),
    "a nursing agency's open shifts with no interview needed are no invitation": (
        mail("Hi Ana,\n\nOpen shifts near you:\n- Wed 16/9 7a-7p ICU, Harbour Hospital\n- Fri 18/9 7p-7a A&E\n\n"
             "Reply YES and the shift to claim it. No interview needed - your credentials are on file.",
             "Open shifts this week", "Shift Desk <shifts@tannernursing.example>"),
        Label.NOT_INVITE,
    ),
    "a calendar's updated invitation that only adds a note moves nothing": (
        mail("This event has been updated with a note:\n\"Looking forward to meeting you - Priya\"\n\nInterview - Ana "
             "Pilar (Buyer)\nWhen: Tuesday 22 Sep 2026 10am - 11am British Summer Time\n\nInvitation from Google "
             "Calendar", "Updated invitation with note: Interview - Ana Pilar (Buyer) @ Tue 22 Sep 2026 10am - 11am",
             "Google Calendar <calendar-notification@google.com>", ics=MEETING_REQUEST),
        Label.SCHEDULED,
    ),
    "a German du-form note asking you to pick a slot through the link is an invite": (
        mail("Hallo Ana,\n\ndanke für deine Bewerbung als Werkstudentin im Einkauf. Bitte buche über den Link unten "
             "einen passenden Termin für ein erstes Gespräch:\nhttps://corvell.jobs.personio.de/scheduling/ab12\n\n"
             "Viele Grüße\nRhys", "Dein Kennenlerngespräch", "Rhys Tanner <rhys.tanner@corvell.de>"),
        Label.INVITE,
    ),
    "a Hinglish note asking whether a time tomorrow will work is an invite": (
        mail("Hi Ana! Thanks for applying to the Buyer role. Ek quick 20-min call karte hain - kal 3 PM chalega? "
             "Warna Friday bhi theek hai.\n\nRhys", "Buyer - quick call", "Rhys Tanner <rhys@corvell.in>"),
        Label.INVITE,
    ),
    "a Dutch café owner asking you to drop by on Monday is an invite": (
        mail("Hoi Ana,\n\nLeuk je cv! Kom je dinsdag om 11 uur even langs in de winkel? Dan maken we kennis.\n\n"
             "Groet,\nRhys", "Re: Vacature verkoper", "Rhys Tanner <rhys@corvellkoffie.nl>"),
        Label.INVITE,
    ),
    "an Italian note to book a free slot directly is an invite": (
        mail("Ciao Ana,\n\ngrazie per la candidatura. Ci piacerebbe conoscerti con una videochiamata. Puoi prenotare "
             "direttamente un orario libero qui: https://calendar.app.google/abcDEF123\n\nRhys",
             "Colloquio conoscitivo", "Rhys Tanner <rhys.tanner@corvell.it>"),
        Label.INVITE,
    ),
    "a German CTO asking whether you have time tomorrow for a short call is an invite": (
        mail("Hi Ana,\n\nwir suchen tatsächlich noch jemanden für den Einkauf. Hast du morgen um 16 Uhr Zeit für einen "
             "kurzen Call? Link: https://meet.jit.si/corvell-ana\n\nRhys", "Kurzer Call?",
             "Rhys Tanner <rhys@corvell.berlin>"),
        Label.INVITE,
    ),
    "a French invitation to record a deferred video interview is an invite": (
        mail("Bonjour Ana,\n\nNous vous invitons à réaliser un entretien vidéo différé : trois questions, à "
             "enregistrer avant le 25 septembre.\n\nL'équipe Recrutement", "Votre entretien vidéo",
             "Corvell Recrutement <recrutement@corvell.fr>"),
        Label.INVITE,
    ),
    "a shortlist notice saying interview dates will be arranged next week is no invitation yet": (
        mail("Dear Ana,\n\nI'm pleased to tell you that you've been shortlisted for the Grants Officer role. The panel "
             "is confirming its diary and we will be in touch on Monday to arrange interview dates.\n\nRhys",
             "Re: Grants Officer application", "Rhys Tanner <rhys.tanner@corvell.org>"),
        Label.NOT_INVITE,
    ),
    "a Polish invitation to an assessment centre asking to confirm participation is an invite": (
        mail("Dzień dobry,\n\nz przyjemnością zapraszamy Panią na Assessment Center w programie stażowym.\n\nTermin: "
             "25 września 2026 r., godz. 9:00-13:00\n\nProsimy o potwierdzenie udziału do 20 września.\n\n"
             "Zespół Rekrutacji", "Zaproszenie na Assessment Center", "Rekrutacja <kariera@corvell.pl>"),
        Label.INVITE,
    ),
    "an Italian note asking whether the fixed interview could be moved to another day moves it": (
        mail("Gentile Ana,\n\nle scrivo per il colloquio fissato per martedì 22 settembre alle 15:00. Il direttore sarà "
             "fuori sede: sarebbe possibile spostarlo a mercoledì 23 settembre alle 10:00?\n\nCordiali saluti,\nRhys",
             "Il suo colloquio", "Rhys Tanner <rhys.tanner@corvell.it>"),
        Label.RESCHEDULE_REQUEST,
    ),
    "a Hinglish note that tomorrow's slot has to be cancelled and asking for Friday moves it": (
        mail("Hi Ana, sorry - kal ka 11 AM slot cancel karna padega, manager travel kar rahe hain. Kya hum Friday 3 PM "
             "kar sakte hain? Same link.\n\nRhys", "Re: Interview - Buyer", "Rhys Tanner <rhys@corvell.in>"),
        Label.RESCHEDULE_REQUEST,
    ),
    "an ATS notice that the application has moved forward moves no interview": (
        mail("Hi Ana,\n\nGood news! Your application for Buyer has moved to the next stage. A member of the hiring "
             "team may contact you soon.\n\nThe Slotwise team", "Your application has moved forward",
             "Slotwise Notifications <noreply@slotwise-ats.com>"),
        Label.NOT_INVITE,
    ),
    "a German 'Hätten Sie am Mittwoch, den 23. September, um 10 Uhr Zeit' with a dotted date asks to an interview": (
        mail("Guten Tag Frau Pilar,\n\nvielen Dank für Ihre Bewerbung als Disponentin. Hätten Sie am Mittwoch, den "
             "23. September, um 10 Uhr Zeit für ein Gespräch bei uns in Bremen? Sonst ginge auch der 24.9. um 15 Uhr."
             "\n\nFreundliche Grüße\nRhys Tanner", "Ihre Bewerbung als Disponentin",
             "Rhys Tanner <rhys.tanner@corvell.de>"),
        Label.INVITE,
    ),
    "a German note offering two times for 'ein kurzes Gespräch' about a job is an invite": (
        mail("Hallo Frau Pilar,\n\nIhr Profil als Lageristin hat uns überzeugt. Für ein kurzes Gespräch vor Ort "
             "biete ich Montag, 21.09., 8:30 Uhr oder Dienstag, 22.09., 13 Uhr an.\n\nGrüße\nRhys Tanner",
             "Lageristin - Ihre Bewerbung", "Rhys Tanner <rhys.tanner@corvell.de>"),
        Label.INVITE,
    ),
    "a Portuguese ATS mail asking to book the interview through its own agenda link is an invite": (
        mail("Olá, Ana!\n\nVocê passou para a entrevista com a equipe de Dados. Escolha o melhor horário pelo link:\n"
             "https://agenda.corvell-talentos.com.br/e/91ab\n\nEquipe de Talentos",
             "Agende sua entrevista - Analista de Dados", "Corvell Talentos <nao-responda@corvell-talentos.com.br>"),
        Label.INVITE,
    ),
    "a colleague's calendar invitation to a training day greeting everyone is no interview": (
        mail("You have been invited to the following event.\n\nFirst-aid refresher\nWhen: Tue 22 Sep 2026 "
             "14:00 - 16:00\nWho: all ward staff\n\nHi everyone, bring your badge for the sign-in sheet. - Rhys\n\n"
             "Invitation from Google Calendar", "Invitation: First-aid refresher @ Tue 22 Sep 2026 14:00 - 16:00",
             "Rhys Tanner <rhys.tanner@corvell-health.org>", ics=MEETING_REQUEST.replace("Ana Pilar <> Corvell",
                                                                                        "First-aid refresher")),
        Label.NOT_INVITE,
    ),
    "an agency's interview drive with details that asks you to reply with your confirmation is an invite": (
        mail("Dear Ana,\n\nWe found your profile suitable for a QA Engineer opening with our client.\n\nInterview "
             "Details:\nMode: In person\nDate: 26-Sep-2026\nTime: 9:30 AM to 12:30 PM\nVenue: client office, Pune\n\n"
             "Please reply with your confirmation and your current notice period.\n\nRegards,\nRhys\nTalent "
             "Acquisition Executive", "Walk-in Interview - QA Engineer - 26 Sep", "Rhys Tanner <rhys@corvellhr.in>"),
        Label.INVITE,
    ),
    "a notice that the recruiting team will reach out to schedule a conversation invites nobody yet": (
        mail("Hi Ana,\n\nYour application for Buyer has been reviewed and you've moved to the next stage. Our "
             "hiring team will be in touch over the next few days to schedule a conversation. There's nothing you "
             "need to do for now.\n\nCorvell Recruiting", "Update on your application",
             "Corvell <no-reply@ashbyhq.com>"),
        Label.NOT_INVITE,
    ),
    "an agency asking what kind of role you are after asks no availability": (
        mail("Hi Ana, I recruit for logistics firms across the North. Send me your CV and let me know what kind of "
             "role and salary you're looking for, and I'll keep you posted.\n\nRhys", "Logistics roles",
             "Rhys Tanner <rhys@corvellsearch.co.uk>"),
        Label.NOT_INVITE,
    ),
    "a time written with a dot in a question about a call is proposed": (
        mail("Hi Ana,\n\nThanks for your note. How's Wed 23rd, 10.45am (UK time) on Teams with me and our Head of "
             "Supply, Priya?\n\nRhys\nTalent Acquisition Lead", "Re: Buyer - Corvell", "Rhys Tanner <rhys@corvell.co.uk>"),
        Label.INVITE,
    ),
    "a founder writing about their own first hire with a booking link is an invite": (
        mail("Hi Ana,\n\nI'm one of the founders at Corvell. I came across your profile and loved your write-up on "
             "warehouse slotting. We're hiring our first operations lead and I'd love to tell you about it - grab any "
             "20 min slot here: https://calendly.com/rhys-corvell/20min\n\nRhys",
             "your work + Corvell", "Rhys Tanner <rhys@corvell.io>"),
        Label.INVITE,
    ),
    "an agency's intro chat link about a client's role stays cold outreach": (
        mail("Hi Ana,\n\nI came across your profile and have a client hiring an operations lead in Leeds. If you're "
             "open to it, grab a 15 min slot for an intro chat: https://calendly.com/rhys-search/15min\n\nRhys",
             "Operations lead - Leeds", "Rhys Tanner <rhys@corvellsearch.co.uk>"),
        Label.NOT_INVITE,
    ),
    "an agency saying the employer is going to reach out to set up an interview invites nobody yet": (
        mail("Hi Ana,\n\nQuick update: I put you forward to Corvell and their operations director liked your CV. "
             "She's going to reach out to you directly to set up an interview, probably next week.\n\nRhys",
             "Corvell - update", "Rhys Tanner <rhys@corvellsearch.co.uk>"),
        Label.NOT_INVITE,
    ),
    "thanks after the interview that gives the role to an internal candidate is a rejection": (
        mail("Dear Ana,\n\nThank you for meeting the panel on Tuesday. After much thought we have decided to offer "
             "the Operations Lead position to an internal candidate. I would like to invite you to apply again in the "
             "spring.\n\nRhys Tanner", "Thank you - Operations Lead", "Rhys Tanner <rhys.tanner@corvell.co.uk>"),
        Label.NOT_INVITE,
    ),
    "a partner's reply to a forwarded invitation picks a slot but invites nobody": (
        mail("Go for the Tuesday 10am one. I'll take the kids to school that day.\n\nSam\n\nOn Mon, Ana wrote:\n> Which one can "
             "you cover?\n> ---------- Forwarded message ---------\n> Could you let me know which of these times "
             "suits you for the interview?\n> Tuesday 22 September, 10:00\n> Wednesday 23 September, 14:00",
             "Re: Fwd: Interview - Operations Lead", "Sam Pilar <sam.pilar@gmail.com>"),
        Label.NOT_INVITE,
    ),
    "a colleague's planning meeting sent by the calendar, naming someone's interview loop, is internal": (
        mail("Rhys Tanner has invited you to this event.\n\nQ4 planning\nTuesday 22 Sep 2026, 10am - 11am\n"
             "We'll agree who covers support during Priya's interview loop week.\n\nInvitation from Google Calendar",
             "Invitation: Q4 planning @ Tue 22 Sep 2026 10am", "Rhys Tanner <calendar-notification@google.com>",
             "ana.pilar@corvell.co.uk", ics=MEETING_REQUEST),
        Label.NOT_INVITE,
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_real_inbox_shapes_are_labelled(case: str) -> None:
    email, label = CASES[case]
    assert detect(email).label is label, detect(email).reasons
