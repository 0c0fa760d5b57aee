"""The local mailbox and calendar the browser tests run the backend on: written for these tests.

Three invitations await an answer (Lumen Labs and Harbor Analytics ask for times that clash
with the calendar, Northwind Health offers one that is free) and one newsletter is no
invitation at all.
"""

from __future__ import annotations

import mailbox
from email.message import EmailMessage
from pathlib import Path

NOW = "2026-04-06T09:00:00-04:00"  # a Monday morning in New York
ZONE = "America/New_York"
USER_NAME = "Jordan Blake"
USER_EMAIL = "jordan.blake@example.net"

LUMEN_ID = "<cfe1.interview@lumenlabs.example>"
HARBOR_ID = "<h-2044@harbor-analytics.example>"
NEWSLETTER_ID = "<weekly-88@dev-digest.example>"
NORTHWIND_ID = "<q3-771@northwind-health.example>"
NEWSLETTER_SUBJECT = "This week: ten talks worth your evening"


def _message(message_id: str, sender: str, subject: str, sent: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = f"{USER_NAME} <{USER_EMAIL}>"
    message["Subject"] = subject
    message["Date"] = sent
    message["Message-ID"] = message_id
    message.set_content(body)
    return message.as_bytes()


MESSAGES = (
    _message(
        LUMEN_ID,
        "Marisol Okafor <marisol.okafor@lumenlabs.example>",
        "Interview invitation: Backend Engineer at Lumen Labs",
        "Fri, 03 Apr 2026 15:20:00 -0400",
        "Hi Jordan,\n\nThanks for applying to the Backend Engineer position at Lumen Labs. "
        "We would love to invite you to a 45-minute video interview with our platform team. "
        "Would Wednesday, April 8 at 10:00 AM Eastern work for you?\n\n"
        "Best regards,\nMarisol Okafor\nTalent Partner, Lumen Labs\n",
    ),
    _message(
        HARBOR_ID,
        "Theo Lindqvist <theo@harbor-analytics.example>",
        "Data Analyst interview - Harbor Analytics",
        "Sat, 04 Apr 2026 10:05:00 -0400",
        "Hello Jordan,\n\nWe enjoyed reading your application for the Data Analyst role at Harbor Analytics "
        "and would like to schedule a phone interview. Are you available on Thursday, April 9 at 2:00 PM ET?\n\n"
        "Kind regards,\nTheo Lindqvist\nRecruiting, Harbor Analytics\n",
    ),
    _message(
        NEWSLETTER_ID,
        "Dev Digest <news@dev-digest.example>",
        NEWSLETTER_SUBJECT,
        "Sun, 05 Apr 2026 07:00:00 -0400",
        "Your weekly digest of conference talks, release notes and long reads. Unsubscribe at any time.\n",
    ),
    _message(
        NORTHWIND_ID,
        "Priya Raman <priya.raman@northwind-health.example>",
        "Interview for the QA Engineer role at Northwind Health",
        "Thu, 02 Apr 2026 11:40:00 -0400",
        "Dear Jordan,\n\nThank you for your interest in the QA Engineer role at Northwind Health. "
        "We would like to invite you to a 30-minute video call with our hiring manager. "
        "Would Tuesday, April 7 at 3:00 PM Eastern suit you?\n\n"
        "Warm regards,\nPriya Raman\nPeople Team, Northwind Health\n",
    ),
)

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tactful tests//browser//EN
BEGIN:VEVENT
UID:standup-0408@tests.example
DTSTAMP:20260401T120000Z
DTSTART;TZID=America/New_York:20260408T093000
DTEND;TZID=America/New_York:20260408T113000
SUMMARY:Dentist
END:VEVENT
BEGIN:VEVENT
UID:offsite-0409@tests.example
DTSTAMP:20260401T120000Z
DTSTART;TZID=America/New_York:20260409T090000
DTEND;TZID=America/New_York:20260409T170000
SUMMARY:Team offsite
END:VEVENT
END:VCALENDAR
"""


def write_mailbox(folder: Path) -> tuple[Path, Path]:
    """A Maildir with ``MESSAGES`` and a calendar file in ``folder``; returns both paths."""
    folder.mkdir(parents=True, exist_ok=True)
    maildir = folder / "Maildir"
    box = mailbox.Maildir(maildir, factory=None, create=True)
    for raw in MESSAGES:
        box.add(raw)
    calendar = folder / "calendar.ics"
    calendar.write_text(CALENDAR, encoding="utf-8")
    return maildir, calendar


def backend_env(maildir: Path, calendar: Path, extension_id: str) -> dict[str, str]:
    """The environment of ``tactful serve`` on this mailbox, at ``NOW``, for the extension."""
    return {
        "TACTFUL_MAILDIR": str(maildir),
        "TACTFUL_CALENDAR": str(calendar),
        "TACTFUL_NOW": NOW,
        "TACTFUL_ZONE": ZONE,
        "TACTFUL_USER_NAME": USER_NAME,
        "TACTFUL_USER_EMAIL": USER_EMAIL,
        "TACTFUL_ALLOWED_ORIGINS": f"chrome-extension://{extension_id}",
        # The suite clicks far faster than a person: every page opens a thread or the options.
        "TACTFUL_RATE_LIMIT": "1000 per minute",
    }


def drafts(maildir: Path) -> list[mailbox.MaildirMessage]:
    """The messages in the Maildir's Drafts folder (where local mode saves drafts)."""
    box = mailbox.Maildir(maildir, factory=None, create=False)
    if "Drafts" not in box.list_folders():
        return []
    return list(box.get_folder("Drafts"))
