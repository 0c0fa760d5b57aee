"""Company, role and recruiter extraction, one rule per case."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.core.detect import detect
from tactful.core.detect.company import extract_company
from tactful.core.detect.links import registered_domain
from tactful.core.detect.people import extract_recruiter, first_name
from tactful.core.detect.role import extract_role
from tactful.core.model import Email

COMPANY_CASES = {
    "a name after 'the role at' that the sender's domain spells": (
        "Next steps", "Thanks for your interest in the analyst role at Tidewater Grain. Best, Mo",
        "Mo Hassan", "mo@tidewatergrain.com", "Tidewater Grain",
    ),
    "an ampersand in the name matches 'and' in the domain": (
        "Hello", "We would love to chat.\n\nRegards,\nPia\nTalent Partner | Birch & Moss",
        "Pia Lund", "pia@birchandmoss.co.uk", "Birch & Moss",
    ),
    "an applicant-tracking sender's display name is the employer": (
        "Schedule your interview", "Please pick a time below.", "Lantern Robotics", "no-reply@ashbyhq.com",
        "Lantern Robotics",
    ),
    "a Workday tenant alone is not spelled out as a name": (
        "Interview", "Please select a time.", "Careers", "harborbank@myworkday.com", None,
    ),
    "legal suffixes are dropped": (
        "Interview", "Thank you for applying to Kettle Systems GmbH. Kind regards", "Recruiting",
        "jobs@kettlesystems.de", "Kettle Systems",
    ),
    "the recruiter's own name is never the company": (
        "Chat", "I'd like to set up an interview with Ana Ruiz next week.\n\nAna Ruiz\nRecruiter",
        "Ana Ruiz", "ana@quillmetrics.io", "Quillmetrics",
    ),
    "a hyphenated domain is the last resort, written as words": (
        "Hi", "Can you do Tuesday at 3pm?", "Lee Wong", "lee@blue-heron-studio.com", "Blue Heron Studio",
    ),
    "a Google Calendar notification names no employer": (
        "Invitation: Interview", "You have been invited.", "Jo Park (via Google Calendar)",
        "calendar-notification@google.com", None,
    ),
    "a personal address names no employer": ("hey", "free thursday?", "Sam", "sam@gmail.com", None),
    "an agency's own domain does not name the employer; its client does": (
        "Interview Schedule", "Dear Ravi,\nClient: Vantara Systems\nRound: L1 technical.", "Shruti B",
        "shruti@nexgentalent.example.in", "Vantara Systems",
    ),
    "a run-together domain is split before a common name ending": (
        "Hi", "Can you do Tuesday at 3pm?", "Femke de Vries", "femke@oxbowstudio.nl", "Oxbow Studio",
    ),
    "a run-together domain is split after a common name opening": (
        "Hi", "¿Te va bien el martes?", "Ana Ruiz", "ana@grupolumbre.mx", "Grupo Lumbre",
    ),
    "a domain's 'app' or 'hq' is not part of the name": (
        "Hi", "Can you do Tuesday at 3pm?", "Sam Cole", "sam@tidepoolapp.com", "Tidepool",
    ),
    "a run-together domain is split before 'payments'": (
        "Hi", "Can you do Tuesday at 3pm?", "Tom Ade", "tom@corvidpayments.io", "Corvid Payments",
    ),
    "a display name carrying header text is not a company": (
        "Interview", "Please book a time.", "Priya Bcc: victim@example.net, Raman", "no-reply@greenhouse.io", None,
    ),
    "an agency whose client goes unnamed is named as the text writes it, its 'Talent' kept": (
        "Interview", "Great news, they want to meet you.\n\nCheers,\nDev\nBluewater Talent | Senior Consultant",
        "Dev Patel", "dev@bluewatertalent.co.uk", "Bluewater Talent",
    ),
    "an agency recruiter's subject names the client first": (
        "Ostrander Freight - Fleet Planner - interview Tuesday", "They liked your CV.\n\nBest,\nKim",
        "Kim Lowe", "kim@crestlinerecruitment.co.uk", "Ostrander Freight",
    ),
    "a tool's templated subject names the employer after the meeting words": (
        "Interview scheduled: Quarrybank Textiles", "Your interview is booked. See the calendar invite.",
        "Rosa Imani", "no-reply@ashbyhq.com", "Quarrybank Textiles",
    ),
    "a subject's 'at' after a post names the employer": (
        "Invitation: interview for Route Planner at Dunmere Buses", "Please confirm.", "Careers",
        "no-reply@smartrecruiters.com", "Dunmere Buses",
    ),
    "a subject's 'at' after anything else is not an employer": (
        "Re: your talk at RustConf", "fancy a chat thursday?", "Ola Berg", "ola@gmail.com", None,
    ),
    "the reader greeted by name in a subject part is not the employer": (
        "Interview request - Fleet Planner - Tomas Reid", "Hi Tomas,\n\nThey'd like to meet you.",
        "Kim Lowe", "kim@crestlinerecruitment.co.uk", "Crestline Recruitment",
    ),
    "a short form in the subject counts for the full name its domain spells": (
        "Lindqvist - Site Engineer interview", "Regards,\nAnna\nLindqvist Ingenjörer", "Anna Berg",
        "anna@lindqvistingenjorer.se", "Lindqvist Ingenjörer",
    ),
    "a region or sector label of a domain is not spelled out as a name": (
        "Interview", "Please confirm Tuesday.", "Jo Marsh", "jo.marsh@wch-jobs.health.nsw.example.au", None,
    ),
    "a team after the dash of a display name leaves the organisation before it": (
        "Interview", "Please confirm Tuesday.", "Tallowmere Borough Council - Recruitment",
        "recruitment@tallowmere.example.gov.uk", "Tallowmere Borough Council",
    ),
    "a no-reply sender shown as another organisation is sending through a tool": (
        "Record your answers", "Powered by Clipscreen", "Harlan Valley Credit Union", "noreply@clipscreen.io",
        "Harlan Valley Credit Union",
    ),
    "a domain that cuts the name short word by word spells it": (
        "Interview date", "Dear Dr Okoye,\nPlease confirm.\n\nYours sincerely,\nPaul Idris\nRecruitment Officer\n"
        "University of Carrowmore", "School of Physics - HR", "hr@univ-carrowmore.ac.uk", "University of Carrowmore",
    ),
    "a domain made of a name's initials spells it": (
        "Interview", "Please confirm.\n\nRegards,\nNia Ellis\nNorthern Grid Transmission Board", "Nia Ellis",
        "nia.ellis@ngtb.example.org", "Northern Grid Transmission Board",
    ),
    "an interviewer whose job title follows in brackets is not the employer": (
        "Next step", "Your second interview with Priya Nair (VP Engineering) is on Monday.", "Tom Reed",
        "tom@gmail.com", None,
    ),
    "a scheduling tool's host after 'with' is not the employer": (
        "Reminder: Case study interview with Omar Haddad starts in 1 hour", "Your event starts soon.",
        "Calendly", "notifications@calendly.com", None,
    ),
    "a scheduling tool's event line names the employer": (
        "New event scheduled", "Event type: Phone screen – Saltmarsh Ferries (Deck Officer)\nInvitee: Ana Ruiz",
        "Calendly", "notifications@calendly.com", "Saltmarsh Ferries",
    ),
    "a tool's subject names the employer before the host": (
        "Confirmed: Intro call – Larkfield Dairy with Ben Osei on Monday, May 4, 2026", "See you then.",
        "Calendly", "notifications@calendly.com", "Larkfield Dairy",
    ),
    "a calendar invitation pairs the guest with the employer": (
        "Invitation: Interview: Ines Duarte / Moorgate Ceramics @ Tue 5 May 2026 10:00 - 11:00 (BST) "
        "(ines.duarte.art@gmail.com)", "Join with Google Meet", "Kate Moss (via Google Calendar)",
        "calendar-notification@google.com", "Moorgate Ceramics",
    ),
    "'City of' before the name the domain spells is part of the employer's name": (
        "Interview", "Thanks for applying to Marrowvale. Please confirm Tuesday.\n\nRegards,\nIan Cole\n"
        "HR Advisor, City of Marrowvale", "Ian Cole", "hr@marrowvale.example.ca", "City of Marrowvale",
    ),
    "a job title after 'interest in the' is not the employer": (
        "Your application", "Thank you for your interest in the Loan Officer opening. Please record your answers.",
        "Careers", "no-reply@hirevue.com", None,
    ),
    "a date is not the employer": (
        "Interview", "Thank you for applying to April 14 and we will be in touch.", "Careers",
        "no-reply@hirevue.com", None,
    ),
    "'invitation from' names the employer in a subject": (
        "Video interview invitation from Kestrel Mills", "Please record your answers by Friday.", "Careers",
        "no-reply@sparkhire.com", "Kestrel Mills",
    ),
    "a domain made of abbreviations is not spelled out as a name": (
        "Interview", "Please confirm Tuesday.", "Luc Roy", "luc.roy@ofb-bfo.example.ca", None,
    ),
    "a person writing from the employer's shared address is not the employer": (
        "Re: kitchen hand", "Come in Saturday at 9 for a trial shift.", "Mere Walker", "hello@tuikitchen.co.nz",
        "Tui Kitchen",
    ),
    "a team written in Spanish on one side of a display name is no employer": (
        "Entrevista", "Confirmamos la entrevista.", "Staffing - Dotación", "dotacion@sernacor.example.cl", "Sernacor",
    ),
    "a signature line with the sender's first name alone is not a company": (
        "Interview", "Good news, see below.\n\nMarcus\n\nMarcus Webb | Fernhollow Search | Finance\n\n"
        "---------- Forwarded message ---------\nFrom: Jo <jo@x.example>\n\nMarcus,\nWe'd like to meet her.",
        "Marcus Webb", "marcus@fernhollowsearch.com", "Fernhollow Search",
    ),
    "a scheduling tool's own domain is not the employer: the name it sends for is": (
        "Interview booked", "Your interview is booked for Monday.", "Quarry Lane Bakery via Harri",
        "alerts@harri.com", "Quarry Lane Bakery",
    ),
    "a reminder word in another language opening the subject is not the employer": (
        "Erinnerung: Gespräch am Freitag", "Hallo Jonas, bis Freitag.", "Mira Hoff", "mira.hoff@gmail.com", None,
    ),
    "a personnel office after the dash of a display name leaves the authority's name": (
        "Auswahlgespräch", "Sehr geehrte Frau Roth, wir laden Sie ein.", "Kreisverwaltung Talheim – Personalabteilung",
        "bewerbung@talheim.example.de", "Kreisverwaltung Talheim",
    ),
    "a day's short name is not the employer": (
        "Phone screen for my client Fri?", "Hi Ana, free Friday?", "Tom Reyes",
        "tom.reyes@gmail.com", None,
    ),
    "a name opening with a Polish capital matches its plain letters in the domain": (
        "Rozmowa", "Dzień dobry,\nzapraszamy na rozmowę.\n\nAnna Zając\nŁódź Robotyka", "Anna Zając",
        "anna@lodzrobotyka.pl", "Łódź Robotyka",
    ),
    "a domain under a country's second level ('.co.tz') names the organisation before it": (
        "Interview", "Hello Amani,\nsee you Monday.\n\nNeema\nPeople Team, Tusker Freight", "Neema Mushi",
        "neema@tuskerfreight.co.tz", "Tusker Freight",
    ),
    "a Peruvian S.A.A. is a legal form": (
        "Entrevista", "Hola Rosa,\nte esperamos.\n\nLuis\nAndes Textil S.A.A.", "Luis Paz", "luis@andestextil.com.pe",
        "Andes Textil",
    ),
    "an agency that names no client is who the reader deals with": (
        "Warehouse shifts - quick call?", "Hi Tomas,\nare you free for a call Tuesday?\n\nRuth\nGreyfield Staffing",
        "Ruth Obi", "ruth@greyfieldstaffing.com", "Greyfield Staffing",
    ),
    "an agency that names its client gives the client": (
        "Interview with Marlpit Foods", "Hi Tomas,\nMarlpit Foods would like to meet you.\n\nRuth\nGreyfield Staffing",
        "Ruth Obi", "ruth@greyfieldstaffing.com", "Marlpit Foods",
    ),
    "a booking tool's organizer line names the organisation after the person": (
        "New event booked", "Invitee: Kiri Tane\nOrganizer: Hemi Walker (Pohutukawa Press)\n\nPowered by a tool",
        "Booking tool", "notifications@bookwell.example.com", "Pohutukawa Press",
    ),
    "a short form said often loses to the full name its domain spells": (
        "Kestrel Mills interview", "Hi Ana,\nKestrel would love to meet you. Kestrel is growing fast.\n\nBo\nKestrel",
        "Bo Lind", "bo@kestrelmills.com", "Kestrel Mills",
    ),
    "a short form in the subject loses to the signed name that holds all its domain spells": (
        "Quillon - Area Manager (next step)",
        "Hi Sam,\nNext step is a short video interview with me.\n\nBest,\nRuth Obi\nRegional Lead\nQuillon Foods Group",
        "Ruth Obi", "robi@quillonfoods.com", "Quillon Foods Group",
    ),
    "a department 'for' the place its domain spells is the full name": (
        "Policy Officer 4471 - your interview",
        "Dear Sam,\nYour interview is booked for Monday.\n\nKind regards,\nRuth Obi\nRecruitment Partner\n"
        "Department for Coastal Affairs",
        "Ruth Obi", "ruth.obi@coastalaffairs.example.gov.uk", "Department for Coastal Affairs",
    ),
    "a job board's subject saying who wants to interview you names the employer": (
        "Fernhill Plumbing wants to interview you for Apprentice Plumber",
        "Good news! An employer would like to schedule an interview with you.\n\nThe Hirely Team",
        "Hirely", "alerts@hirely-mail.com", "Fernhill Plumbing",
    ),
    "an interview word of another language opening a calendar subject is no company": (
        "Convite: Entrevista – Analista de Dados @ ter 9 de mar de 2027 10:00",
        # Detection adds the calendar part's summary to the text, so the title line comes twice.
        "Você recebeu um convite para o seguinte evento.\n\nEntrevista – Analista de Dados\n\nQuando | ter 9 "
        "de mar\n\nEntrevista – Analista de Dados",
        "Ruth Obi", "ruth.obi@verdemar.com.br", "Verdemar",
    ),
    "an interviewing vendor sending for the employer is not the employer": (
        "Your Karat interview for Pellway Labs is confirmed", "Hi Sam, your technical interview is confirmed.",
        "Karat", "no-reply@karat.io", "Pellway Labs",
    ),
    "a kind of interview opening the subject is no employer": (
        "Panel Interview - Claims Adjuster", "Hi Noor,\nYour panel interview is on Tuesday at 10.\n\nRita",
        "Rita Obi", "robi@mossgate-insurance.com", "Mossgate Insurance",
    ),
    "a trade's word ending a squashed domain is read apart": (
        "quick chat", "Hey Cal, can you swing by the yard Thursday at 7?\n\nTom", "Tom Reyes", "tom@hollisroofing.com",
        "Hollis Roofing",
    ),
    "a team named before a comma in the sender's name is not part of the employer's": (
        "Interview invitation: Lecturer in History",
        "Dear Sam,\nWe would like to invite you to interview on 3 May at 10:00.\nRegards",
        "Faculty Recruitment, Marrowfield College", "faculty.recruitment@marrowfield.ac.uk", "Marrowfield College",
    ),
    "a generic team before the comma, on a hiring tool's address": (
        "Your interview on Friday", "Hello Ana, please pick a time below.",
        "Talent Team, Brackwater Foods", "no-reply@jobs.workable.com", "Brackwater Foods",
    ),
    "a job board's notice names the employer after 'entrevista con'": (
        "Recordatorio: mañana tienes una entrevista", "Hola Marta, mañana tienes una entrevista con Hornos Valdés "
        "para el puesto de panadera.", "InfoJobs", "notificaciones@mail.infojobs.net", "Hornos Valdés",
    ),
    "a job board's confirmation names the employer after 'entretien avec'": (
        "Votre entretien est confirmé", "Bonjour Léa, votre entretien avec Atelier Sorbier est confirmé pour jeudi.",
        "Welcome to the Jungle", "no-reply@welcometothejungle.com", "Atelier Sorbier",
    ),
    "a Japanese subject's opening bracket names the employer, without its legal form": (
        "【星野精機株式会社】一次面接のご案内", "山田様\n\n一次面接の日程をご案内いたします。", "佐藤 花子",
        "hanako.sato@hoshino-seiki.co.jp", "星野精機",
    ),
    "a title then a company of two words in the subject": (
        "Re: Logistics Coordinator - Pemberton Cold Chain", "Client wants to talk - does tomorrow at 2 work?\n\nCody",
        "Cody Brandt", "cody@vantagetalent.com", "Pemberton Cold Chain",
    ),
    "a place alone after the title in the subject is no company": (
        "Logistics Coordinator - Leeds", "Does tomorrow at 2 work?\n\nCody", "Cody Brandt", "cody@pemberton.co.uk",
        "Pemberton",
    ),
    "a booking tool's subject gives the employer in brackets after the post": (
        "Confirmed: Intro Call - Data Analyst (Ashgrove Dental) with Lea Moss on Monday", "Your event is scheduled.",
        "Calendly", "notifications@calendly.com", "Ashgrove Dental",
    ),
    "a Korean subject's opening bracket of meeting words names nobody": (
        "[면접 일정 안내] 2차 면접", "김민수 님, 2차 면접 일정을 안내드립니다.", "이서연", "seoyeon@daon-soft.kr", "Daon Soft",
    ),
}


@pytest.mark.parametrize("case", COMPANY_CASES, ids=list(COMPANY_CASES))
def test_company(case: str) -> None:
    subject, text, from_name, from_email, expected = COMPANY_CASES[case]
    recruiter = extract_recruiter(text, from_name)
    assert extract_company(subject, text, from_name, from_email, (recruiter or "",)) == expected


def test_the_tenant_of_a_workday_address_backs_a_name_in_the_text() -> None:
    company = extract_company("Interview", "Thank you for your interest in Harbor Bank.", "Careers",
                              "harborbank@myworkday.com")
    assert company == "Harbor Bank"


def test_a_meeting_tools_invitation_names_the_employer_its_host_writes_from_not_the_reader() -> None:
    email = Email(id="t", from_name="Sigrun Dahl via Webex", from_email="messenger@webex.com",
                  subject="Meeting invitation: Interview - Noa Ferrer / Field Engineer",
                  body="Sigrun Dahl invites you to join this Webex meeting.\n\nInterview - Noa Ferrer / Field Engineer\n"
                       "Host: Sigrun Dahl (sigrun.dahl@tindholm.no)\n\nJoin meeting: https://tindholm.webex.com/j.php?M=1",
                  sent_at=datetime.fromisoformat("2026-03-03T12:40:00+01:00"), to=("noa.ferrer.eng@gmail.com",))
    assert detect(email).company == "Tindholm"


def test_a_tools_display_name_gives_the_employers_full_name_over_a_short_form_signed() -> None:
    text = "Wrenfield Studios has invited you to a one-way video interview.\n\n- Ilse, Wrenfield Talent"
    assert extract_company("Video interview request", text, "Wrenfield Studios", "no-reply@sparkhire.com") \
        == "Wrenfield Studios"


def test_a_booking_tools_subject_names_the_host_as_the_recruiter() -> None:
    email = Email(id="t", from_name="Calendly", from_email="notifications@calendly.com",
                  subject="Canceled: Technical Screen - Orbit Nine with Dmitri Valev on Wednesday, March 4, 2026",
                  body="Hi Noa,\n\nThe following event was canceled.\n\nSchedule again: https://calendly.com/orbitnine/ts",
                  sent_at=datetime.fromisoformat("2026-03-03T12:40:00-05:00"), to=("noa.ferrer@gmail.com",))
    assert detect(email).recruiter_name == "Dmitri Valev"


def _reply(from_email: str, newest: str, quoted: str) -> Email:
    return Email(id="t", from_name="Inés Corbalán", from_email=from_email, subject="RE: Entrevista",
                 body=f"{newest}\n\nOn Mon, 2 Mar 2026 at 10:02, Inés Corbalán <{from_email}> wrote:\n"
                      + "\n".join(f"> {line}" for line in quoted.splitlines()),
                 sent_at=datetime.fromisoformat("2026-03-03T12:40:00+01:00"), to=("noa.ferrer@gmail.com",))


def test_a_reply_naming_no_company_takes_the_name_its_domain_spells_from_the_thread() -> None:
    email = _reply("ines@ceramicasalboran.es", "Sin problema: ¿te va bien el jueves 5 a las 16:00?\n\nInés",
                   "Hola Noa, ¿podrías el martes 3 a las 10:00?\n\nInés Corbalán\nPersonas · Cerámicas Alborán S.L.")
    assert detect(email).company == "Cerámicas Alborán"


def test_a_sentence_running_on_from_the_name_in_the_thread_is_no_company() -> None:
    email = _reply("ines@tallowbright.com", "free for a quick chat tmrw at 2?\n\nInés",
                   "Hi Ines - I saw Tallowbright and I'd love to learn more about the role.\n\nNoa")
    assert detect(email).company == "Tallowbright"


ROLE_CASES = {
    "a German verb after the title's gender tag is no part of the title": (
        "Erinnerung", "wir möchten Sie an Ihr Gespräch für die Position Junior Backend Developer (m/w/d) "
        "erinnern:", "Junior Backend Developer"),
    "a labelled position line": ("Interview", "Position: Senior Data Engineer (Remote)\nDate: TBC",
                                 "Senior Data Engineer (Remote)"),
    "a lower-case title before 'role' is written in title case": (
        "hi", "I'd love to talk about the founding engineer role this week.", "Founding Engineer"),
    "a title after 'interest in the' keeps its comma qualifier": (
        "Hello", "Thank you for your interest in the Backend Engineer, Payments role at Nimbus.",
        "Backend Engineer, Payments"),
    "a title after 'the position of'": ("Hi", "You applied for the position of Site Reliability Engineer.",
                                        "Site Reliability Engineer"),
    "a title named before the word interview": ("Hello", "Your Platform Engineer interview is confirmed.",
                                               "Platform Engineer"),
    "a company before the word interview is not a title": ("Hello", "Your Nimbus Health interview is confirmed.",
                                                          None),
    "a title from the subject line": ("Interview invitation - Clinical Pharmacist - Riverside", "Hello!",
                                      "Clinical Pharmacist"),
    "a reference number is dropped": ("Hi", "Thanks for applying for the Payroll Specialist (Ref 88213) role.",
                                      "Payroll Specialist"),
    "we're hiring a title": ("hi", "We're hiring a Developer Advocate and your talks stood out.",
                             "Developer Advocate"),
    "no title at all": ("Quick question", "Are you free on Friday?", None),
    "a title before 'opening' after any verb": ("Hello", "I'm the recruiter supporting our Data Engineer opening.",
                                                "Data Engineer"),
    "a sentence that opens with the title": ("Hi", "Leeds office at 10am. Production Planner role as discussed.",
                                             "Production Planner"),
    "a title after 'final round for' with its qualifier": (
        "Hi", "Congrats on the final round for Security Engineer, Detection & Response is next!",
        "Security Engineer, Detection & Response"),
    "a subject title followed by the word interview": ("Power Systems Engineer interview - Tuesday", "Hello",
                                                       "Power Systems Engineer"),
    "the sender's own title in a signature is not the role": (
        "Interview scheduling", "Times are below.\n\nBest,\nRae\nRecruiting Coordinator, Acme", None),
    "a hiring manager is not a role": ("Your interview", "Next is your hiring manager interview on Monday.", None),
    "a subject title after another language's interview word": (
        "Re: Entrevista – Auxiliar de Enfermería", "Nos vemos el lunes.", "Auxiliar de Enfermería"),
    "a subject title whose only job word is an abbreviation": (
        "Onsite loop - SWE III - Marrow Labs", "See you then.", "SWE III"),
    "a subject title in Title Case with a lower-case joiner": (
        "Tutor in Applied Mathematics (Ref. QX-2290-4471): interview panel", "Dear Dr Ames", "Tutor in Applied Mathematics"),
    "a subject title written in sentence case in Italian": (
        "Colloquio – Ingegnere ambientale", "Buongiorno", "Ingegnere ambientale"),
    "a subject piece naming a role word gives its title without a job noun": (
        "Re: Sommelier role", "Thanks for getting back to me.", "Sommelier"),
    "the gender tag of a German advert is dropped": (
        "Rückfrage", "Wir laden Sie ein für die Position Projektleiter Elektrotechnik (m/w/d):", "Projektleiter Elektrotechnik"),
    "a title after 'als' in German": (
        "Ihre Bewerbung", "vielen Dank für Ihre Bewerbung als Softwareentwickler Backend bei uns. Gerne laden wir Sie ein.",
        "Softwareentwickler Backend"),
    "a title after 'pour le poste de' in French": (
        "Votre candidature", "Merci pour votre candidature pour le poste de Chargée de communication, nous aimerions vous rencontrer.",
        "Chargée de communication"),
    "a bracket that qualifies a subject title stays": (
        "Panel interview – Site Engineer (Tunnelling)", "Hello", "Site Engineer (Tunnelling)"),
    "a subject bracket holding the title after a company name": (
        "Invitation: Chat: Omar Reyes <> Quarrystone (Data Engineer) @ Mon 2pm", "Join with Meet", "Data Engineer"),
    "a reference bracket in a subject is dropped": (
        "Interview Request – Logistics Coordinator (JR-77120)", "Hello", "Logistics Coordinator"),
    "an 'Equal Opportunity employer' footer names no title": (
        "Schedule", "Pick a slot below.\n\nBrightmoor Bank is an Equal Opportunity Employer.", None),
    "a notification's 'Virtual Job Tryout' names no title": (
        "Your Virtual Job Tryout", "Your Virtual Job Tryout is ready.", None),
    "a lower-case title ends at its sentence": (
        "hey", "we're a tiny team hiring our first data engineer. keen to talk friday?", "Data Engineer"),
    "a comma clause after a title is not part of it": (
        "Reschedule", "Your interview for Platform Engineer, first planned for Monday, has to move.", "Platform Engineer"),
    "a screen name before the title is not a title": (
        "Confirmed: Recruiter Screen with Ola Berg", "See you then.", None),
    "a scheduling tool's event line names the company and the title": (
        "Confirmed: Intro call with Sam Lee", "Event type: Intro call – Tidewell Farms (Dairy Herd Manager)\nInvitee: Sam Lee",
        "Dairy Herd Manager"),
    "a bracket after the meeting's name says what it is for": (
        "Rebook please", "Your Technical Interview (Embedded Developer, Motor Control) was cancelled.",
        "Embedded Developer, Motor Control"),
    "after the host's name, a bracket pairing the employer with the title names the role": (
        "Reminder", "Your Panel Interview with Jo Marsh (Tallow Freight – Senior Route Planner) is tomorrow.",
        "Senior Route Planner"),
    "words about the meeting after a subject's title are not part of it": (
        "Ostrander Bank – Spring Insight Analyst Assessment Centre Invitation", "Hello", "Spring Insight Analyst"),
    "a bracket left open and an employment term after the title are dropped": (
        "Night shifts", "We're hiring a Theatre Nurse contract (8 weeks, starting May) for the ward.", "Theatre Nurse"),
    "a person's title in a bracket is not the role": (
        "Next round", "Your interview with Ravi (Head of Infrastructure) is on Monday.", None),
    "a scheduling form's answer to 'what role are you applying for?'": (
        "New event", "Questions:\nWhat role are you applying for?\nStore Supervisor\n", "Store Supervisor"),
    "a requisition number before the title is dropped": (
        "Action required: schedule your interview for R-0071234 Payroll Administrator", "Hi", "Payroll Administrator"),
    "the employer after the title's comma is not part of it": (
        "Next steps – Robotics Engineer, Halcyon Robotics", "Hello", "Robotics Engineer"),
    "an employment term in a bracket is dropped": (
        "Hi", "Thanks for applying for the Shop Assistant (part-time) role.", "Shop Assistant"),
    "'applying to be a' title": (
        "Hello", "Thanks for applying to be a Store Supervisor at Brightmoor.", "Store Supervisor"),
    "a subject's post after the interview in another language, with no job noun": (
        "Kutsu haastatteluun – Varastotyöntekijä", "Hei Aino, tervetuloa haastatteluun.", "Varastotyöntekijä"),
    "a subject's post after the application, in another language": (
        "Din ansökan – Lagerarbetare", "Hej Sara, tack för din ansökan.", "Lagerarbetare"),
    "a subject's post right after the interview's own name": (
        "Uitnodiging gesprek Magazijnmedewerker", "Beste Tim, graag nodigen we je uit.", "Magazijnmedewerker"),
    "the post after the interview and more words about it": (
        "Interview Invitation - Greenskeeper", "Hi Ola, we'd like to meet you.", "Greenskeeper"),
    "after the interview, the person the mail greets is no post": (
        "Panel interview - Odile Marchetti", "Hi Odile, here is the link for Friday.", None),
    "after the interview, the name signing the mail as employer is no post": (
        "Rappel entretien - Voltaris", "Bonjour Paul,\nÀ demain.\n\nLéa\nRecrutement | Voltaris", None),
    "after the interview, a day is no post": ("Interview Thursday", "Hi Sam, can we move it?", None),
    "after 'interview with', a name is no post": ("Video interview with Orlen Foods", "Hi Jo, see you soon.", None),
    "a post in sentence case after the interview, with no job noun": (
        "Entrevista – Repartidor de paquetería", "Hola Luis, te esperamos el lunes.", "Repartidor de paquetería"),
    "the post after a word qualifying the interview and a dash": (
        "Colloquio telefonico – Magazziniere notturno", "Ciao Marco, a lunedì.", "Magazziniere notturno"),
    "a name after a word qualifying the interview and a dash is no post": (
        "Interview availability - Priya Raman", "Hello, when are you free?", None),
    "the advert a subject names is not part of the title": ("Re: Head Baker ad", "Thanks for writing in.", "Head Baker"),
    "a claims assessor's post is a job": (
        "Re: Motor Claims Assessor interview", "Thanks, see you then.", "Motor Claims Assessor"),
    "the school after the title's comma is not part of it": (
        "Interview - Music Teacher, Oakvale Elementary", "Hello", "Music Teacher"),
    "a pay grade after the title's comma is not part of it": (
        "Interview - Program Support Assistant, GS-0303-06", "Hello", "Program Support Assistant"),
    "a lower-case note in brackets after the title is dropped": (
        "Hi", "Thanks for applying for the Line Supervisor (weekends only) role.", "Line Supervisor"),
    "a name in brackets after the title stays": (
        "Hi", "Thanks for applying for the Platform Engineer (AWS) role.", "Platform Engineer (AWS)"),
    "a clause going on after a French title is not part of it": (
        "Entretien", "Bonjour, votre entretien pour le poste de Chargé de clientèle est fixé à mardi.",
        "Chargé de clientèle"),
    "a sentence ending after a short capitalised word ends the title": (
        "Hi", "Votre candidature pour le poste de Ingénieur BI. Pouvez-vous venir mardi?", "Ingénieur BI"),
    "a calendar title's bracket naming the reader it greets is not part of the post": (
        "Invitation: Interview – Category Buyer (Ines Duarte) @ Tue 9 Mar 2027 10:00",
        "You have been invited to the following event.\n\nHi Ines, looking forward to it! - Mark",
        "Category Buyer"),
    "a bracket after the post that names no one the mail greets stays": (
        "Interview – Category Buyer (Fresh Produce)", "Hi Ines, see you Tuesday.", "Category Buyer (Fresh Produce)"),
    "a job board's 'wants to interview you for' names the post": (
        "Fernhill Plumbing wants to interview you for Apprentice Plumber", "Good news!", "Apprentice Plumber"),
    "a reference bracket after the post in a subject is not the post's": (
        "Uitnodiging sollicitatiegesprek – Beleidsmedewerker Wonen (vac. 26-0458)",
        "Beste Joris,\n\nGraag nodigen wij je uit voor een gesprek.", "Beleidsmedewerker Wonen"),
    "Portuguese 'na <Employer>' after the post in a subject": (
        "Product Owner na Quintal", "Oi Bia, tudo bem? Bora conversar quinta às 10h?", "Product Owner"),
    "the employer after a comma, signed alone on a line": (
        "Entrevista – Jefe de Almacén, Ferreterías Callejo",
        "Hola Marta:\n\n¿Puedes venir el martes a las 9:00?\n\nSaludos,\nLuis Prieto\nFerreterías Callejo",
        "Jefe de Almacén"),
    "a Japanese post in katakana marked by 職": (
        "【面接日程のご連絡】カスタマーサポート職 / みなと電機株式会社", "山田 様\n\n面接の日程をご連絡いたします。",
        "カスタマーサポート"),
    "the employer in brackets after the post, signed after a bar": (
        "Interview – Payroll Analyst (Corvina Mills)",
        "Hi Tess,\nCould you do Monday at 2pm?\n\nKind regards,\nOwen Price\nPeople Team | Corvina Mills",
        "Payroll Analyst"),
    "Spanish 'en <Employer>' after the post, the employer first on a signature line": (
        "Account Manager en Limonero", "Hola Eva:\n¿Te va bien el lunes a las 11h?\n\nUn saludo,\nIrene Sanz\n"
        "Limonero Estudio S.L.", "Account Manager"),
    "a department signed after a comma in the signer's title stays in the post": (
        "Interview – Staff Nurse, Cardiac Care",
        "Hello Mo,\nSee you Friday at 9.\n\nRegards,\nJune Abara\nNurse Manager, Cardiac Care",
        "Staff Nurse, Cardiac Care"),
    "a comma qualifier the mail does not sign as the employer stays": (
        "Interview – Backend Engineer, Payments", "Hi Jo,\nThe Payments team would like to meet you.\n\nBest,\nKim",
        "Backend Engineer, Payments"),
    "Portuguese 'aqui na' after the post is where, not part of the title": (
        "Convite", "Obrigado pelo interesse na vaga de Desenvolvedora Front-end Sênior aqui na Verdemar.",
        "Desenvolvedora Front-end Sênior"),
}


@pytest.mark.parametrize("case", ROLE_CASES, ids=list(ROLE_CASES))
def test_role(case: str) -> None:
    subject, text, expected = ROLE_CASES[case]
    assert extract_role(subject, text) == expected


RECRUITER_CASES = {
    "the signature after a sign-off": ("Hi,\nWould Monday work?\n\nBest regards,\nMarta Novak\nRecruiter", "HR",
                                       "Marta Novak"),
    "a sign-off and name on one line": ("Would Monday work?\n\nThanks, Jonah", "Acme Careers", "Jonah"),
    "credentials after a comma are dropped": ("Hello", "Carla Benedetti, RN", "Carla Benedetti"),
    "a surname-first display name is turned around": ("Hello", "Okafor, Chidi", "Chidi Okafor"),
    "name particles are part of the name": ("Hello", "Sanne de Vries", "Sanne de Vries"),
    "titles are dropped": ("Hello", "Prof. Naomi Achterberg", "Naomi Achterberg"),
    "a team is not a person": ("Hello", "Talent Acquisition Team", None),
    "the person a mail tool sends on behalf of": (
        "Hi Omar,\nsee you at 3.\n\nThanks,\nRuth", "Mail Client on behalf of Ruth Okonedo", "Ruth Okonedo"),
    "a Danish sign-off before the signer's name": (
        "Hej Mads,\nPasser torsdag?\n\nVenlig hilsen\nKaren Holm\nHR", "Fjordhus Career Site", "Karen Holm"),
    "a Polish sign-off before the signer's name": (
        "Dzień dobry,\nczy czwartek pasuje?\n\nPozdrawiam\nEwa Sowa", "Rekrutacja", "Ewa Sowa"),
    "the signer's name before a dash and their office": (
        "Ciao Luca,\nci vediamo giovedì.\n\nCordiali saluti\nGiada – Ufficio risorse umane", "Cantina Rovere", "Giada"),
    "a signer's name after 'Im Auftrag'": (
        "Guten Tag,\nbis Montag.\n\nMit freundlichen Grüßen\nIm Auftrag\nP. Albrecht\nPersonalstelle",
        "Stadt Wernau – Personalstelle", "P. Albrecht"),
    "an Italian or Spanish title before a name is dropped": ("Salve", "Dott.ssa Carla Neri", "Carla Neri"),
    "a short first name signed over the sender's surname keeps the sender's full name": (
        "Olá,\nAté terça!\n\nAbraços,\nGabi Moura", "Gabriela Moura", "Gabriela Moura"),
    "a display name with a 'via' tool keeps the person": ("Hi", "Dana Whitlock via LinkedIn", "Dana Whitlock"),
    "a name in another script with its Latin form in brackets": ("Hello", "森 武 (Takeshi Mori)", "Takeshi Mori"),
    "a short signature for a fuller display name keeps the fuller name": ("See you then.\n\nBest,\nFer",
                                                                          "Fernanda Ruiz", "Fernanda Ruiz"),
    "Dutch lower-case academic titles are dropped": (
        "Met vriendelijke groet,\n\nProf. dr. Joost Verbeek\nVoorzitter", "Selectiecommissie", "Joost Verbeek"),
    "a forward's own note is signed by the sender, the mail it passes on by someone else": (
        "Hi Ana, see Pieter's note below - does Friday work?\n\nThanks,\nLena\n\n---------- Forwarded message ---------\n"
        "From: Pieter Claes\n\nLena, please set it up with her.\n\nThanks!\nP. Claes",
        "Lena Moretti", "Lena Moretti"),
    "a 'thanks for your ...' line signs off like 'thanks'": (
        "We'll send a fresh invite once you pick.\n\nThanks for your patience,\nNoor Haddad\nCandidate Experience",
        "Pellworth Recruiting", "Noor Haddad"),
    "a calendar's organiser named on the line below its label": (
        "Appointment booked\n\nOrganizer\nTamsin Okoro\ntamsin.okoro@brackenhill.com\n\nJoin with Google Meet",
        "Google Calendar", "Tamsin Okoro"),
    "an initial alone is no name": ("Can you do Friday?\n\nThanks,\nK.", "Careers", None),
    "a nurse's letters after the name with no comma are dropped": ("Hello", "Marisol Ocampo RN", "Marisol Ocampo"),
    "the word 'Professor' before a signer's name is dropped": (
        "Dear Ada,\nwe look forward to meeting you.\n\nBest wishes,\nProfessor Kwame Mensah\nHead of School",
        "School Office", "Kwame Mensah"),
}


def test_a_system_senders_mail_signed_by_name_and_title_without_a_sign_off_names_its_writer() -> None:
    text = "Hi Ana,\n\nWe look forward to meeting you on Friday!\n\nTomasz Wren\nTalent Partner, Brookfield Inns"
    assert extract_recruiter(text, "Brookfield Inns Careers", from_system=True) == "Tomasz Wren"


def test_an_organisation_signing_over_its_team_is_no_person() -> None:
    text = "Hi Ana,\n\nPlease reply with two times.\n\nWestbrook Family Dental Group\nPeople Operations"
    assert extract_recruiter(text, "Westbrook Family Dental Group Careers", from_system=True) is None


@pytest.mark.parametrize("case", RECRUITER_CASES, ids=list(RECRUITER_CASES))
def test_recruiter(case: str) -> None:
    text, from_name, expected = RECRUITER_CASES[case]
    assert extract_recruiter(text, from_name) == expected


def test_a_system_sender_with_a_one_word_display_name_names_nobody() -> None:
    assert extract_recruiter("Your event is booked.", "Calendly", from_system=True) is None
    assert extract_recruiter("Your event is booked.", "Dana Kim", from_system=True) == "Dana Kim"


def test_first_name_skips_titles() -> None:
    assert first_name("Dr. Jane Smith") == "Jane"


@pytest.mark.parametrize(
    ("address", "domain"),
    [
        ("jane@mail.acme.co.uk", "acme.co.uk"),
        ("no-reply@us.greenhouse-mail.io", "greenhouse-mail.io"),
        ("hr@bayview.example.gov", "bayview.example.gov"),
        ("x@example.com", "example.com"),
    ],
)
def test_registered_domain(address: str, domain: str) -> None:
    assert registered_domain(address) == domain


@settings(max_examples=400)
@given(st.lists(st.sampled_from(["Acme", "Northwind", " ", "  ", "\n", "\t", "Talent", "Recruiting", "HR", "'s",
                                 "Co.", "and", "of", "the", "x" * 30, "A&B", "3M", "\r\n"]), max_size=25))
def test_names_before_team_words_are_found_as_in_the_whole_window(pieces: list[str]) -> None:
    from tactful.core.detect import company

    source = "".join(pieces)
    plain = [found.group("name") for match in company._TEAM_WORD.finditer(source)
             if (found := company._NAME_BEFORE_TEAM.search(source[max(0, match.start() - company._TEAM_LOOKBACK):
                                                                  match.start()]))]
    assert list(company._names_before_team_words(source)) == plain


def test_a_booking_tools_organizer_line_names_the_recruiter() -> None:
    text = "New event\nInvitee: Kiri Tane\nOrganiser: Hemi Walker, Pohutukawa Press\nWhere: Zoom"
    assert extract_recruiter(text, "Booking tool", from_system=True) == "Hemi Walker"


def test_a_name_in_a_script_without_capitals_is_the_last_resort() -> None:
    assert extract_recruiter("お世話になっております。", "高橋 直子") == "高橋 直子"
    assert extract_recruiter("お世話になっております。", "青葉物産 採用担当") is None


def test_a_signature_line_naming_the_team_then_the_person_in_a_script_without_capitals() -> None:
    text = "山田 様\n\n面接の日程をご連絡いたします。\n\nみなと電機株式会社\n総務部 採用担当 山口 恵美\nsaiyo@minato.example.jp"
    assert extract_recruiter(text, "みなと電機株式会社 採用担当 山口") == "山口 恵美"
    assert extract_recruiter("面接の日程をご連絡いたします。\n\nみなと電機株式会社\n総務部 採用担当",
                             "みなと電機株式会社 採用担当") is None


def test_an_organisation_whose_name_reads_like_a_persons_is_no_recruiter() -> None:
    text = "Bonjour Léa,\n\nChoisissez un créneau.\n\nL'équipe RH\nGroupe Fontenay Mutuelles"
    assert extract_recruiter(text, "Groupe Fontenay Mutuelles", from_system=True) is None
    assert extract_recruiter("Olá!\n\nTime de Pessoas | Ameixa Digital", "Ameixa Digital") is None


def test_a_recruiting_teams_name_in_another_language_is_no_recruiter() -> None:
    assert extract_recruiter("Bonjour Marc,\nÀ jeudi.", "Recrutement Atelier Vasseur") is None
    assert extract_recruiter("Dzień dobry,\ndo zobaczenia.", "Rekrutacja Bursztyn Logistyka") is None


def test_a_trades_business_named_like_a_person_is_no_recruiter() -> None:
    assert extract_recruiter("Can you start with a trial day Monday?", "Ortega Landscaping") is None
    assert extract_recruiter("Come by Tuesday at 4.", "Nonna Pia Trattoria") is None


def test_a_no_reply_address_in_another_language_sends_for_the_employer_its_display_name_gives() -> None:
    email = Email(
        id="t", from_name="Ameixa Digital", from_email="nao-responda@mandacaru-ats.com.br",
        subject="Agende sua entrevista com a Ameixa Digital",
        body="Olá, Rafa!\n\nVocê avançou para a entrevista na vaga de Analista de Dados.\n\nTime de Pessoas | Ameixa Digital",
        sent_at=datetime.fromisoformat("2026-03-02T09:15:00-03:00"), to=("rafa@gmail.com",),
    )
    found = detect(email)
    assert (found.company, found.recruiter_name) == ("Ameixa Digital", None)


def test_a_name_in_latin_letters_wins_over_one_without_capitals() -> None:
    assert extract_recruiter("よろしくお願いいたします。\n\nBest regards,\nNaoko Takahashi", "高橋 直子") == "Naoko Takahashi"
