"""Interview-invite detection: label a message and extract what a reply needs.

``detect`` judges the newest part of a message (quoted history only tells it that the
thread is about an interview) together with its calendar parts and links.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from tactful.core.detect.runners import WordPattern
from tactful.core.detect.classify import NOTHING_ABOUT_A_JOB, Evidence, classify, mentions_hiring
from tactful.core.detect.cues import GROUP_GREETINGS
from tactful.core.detect.company import GENERIC_LOCAL_PARTS, extract_company
from tactful.core.detect.home_zone import home_zone
from tactful.core.detect.people import extract_recruiter, first_name, host_in_subject, person_name
from tactful.core.detect.role import extract_role
from tactful.core.detect.links import (
    FREEMAIL_DOMAINS,
    Links,
    SCHEDULING_SENDER_DOMAINS,
    classify_links,
    find_urls,
    is_ats_domain,
    is_bulk_address,
    is_recruiting_address,
    registered_domain,
)
from tactful.core.detect.names import squash, without_via
from tactful.core.detect.logistics import interview_duration, interview_format
from tactful.core.model import Detection, Email, Label, ProposedTime
from tactful.core.quoting import split_newest
from tactful.core.subject import answers_a_forward, forwards, topic
from tactful.core.times import IcsEvent, IcsInvite, find_proposed_times, says_same_time, time_agreed_before, times_from_ics
from tactful.core.times.clock import time_markers

__all__ = ["detect", "in_writers_zone"]

FORWARDED_TO_SOMEONE_ELSE = "forwarded from one personal address to someone else's: shared news, not an invitation"
ANSWERS_A_SHARED_FORWARD = "a reply between personal addresses to a forwarded mail: advice on the invitation, not one"

# A confirmation's "cancel" or "reschedule" link manages a booking; it invites nothing.
_MANAGE_LINK = re.compile(r"cancel|reschedul", re.IGNORECASE)
_INTERVIEW_WORDS = re.compile(r"interview|screen|recruit|hiring|candidate|talent", re.IGNORECASE)
_NON_US_ZONES = WordPattern(
    r"\b(?:CET|CEST|BST|GMT|UK time|London|IST|AEST|AEDT|AWST|NZST|NZDT|SGT|HKT|JST|WET|EET|EEST|"
    r"Paris|Berlin|Madrid|Sydney|Melbourne|Singapore|Bangalore|Bengaluru|Mumbai|Dublin)\b"
)
# How long the newest part of a personal note may be: a few lines and a signature.
_NOTE_CHARS = 800
_NAME_CHARS = 3
# Shared mailboxes named after what they do, which an organisation's display name may
# repeat ("Maple Ridge Elementary Conferences" <conferences@…>): no person's own address.
_SHARED_MAILBOXES = frozenset({"appointments", "bookings", "booking", "conferences", "reservations", "events",
                               "admissions", "reception", "frontdesk", "office", "enquiries", "inquiries", "contact",
                               "support", "service", "billing", "sales", "admin", "info", "hello"})
_NAME_WORD = re.compile(r"[^\W\d_]+")
# The greeting of a forwarded mail: who it was written to ("Hi Sarah,", "Dear Ms Okoye").
_GREETED = re.compile(
    r"^\s*(?:hi|hello|hey|dear|hola|bonjour|hallo|olá|ciao|hej)\s+(?:(?:mr|ms|mrs|dr|herr|frau|sr|sra|mme)\.?\s+)?"
    r"([^\W\d_]+)",
    re.IGNORECASE | re.MULTILINE,
)
# A greeting to a group ("Hi all,", "Hello team"): mail to many, not a note to one candidate.
_GROUP_GREETING = re.compile(rf"^\s*(?:{'|'.join(GROUP_GREETINGS)})\b", re.IGNORECASE | re.MULTILINE)
_CALENDAR_SENDER = re.compile(r"\((?:via )?(?:google calendar|calendar|outlook|microsoft outlook)\)", re.IGNORECASE)
_INVITEE_EMAIL = re.compile(r"invitee e-?mail:\s*([^\s@]+@[^\s>]+)", re.IGNORECASE)
_NON_US_TLDS = (".uk", ".ie", ".de", ".fr", ".es", ".it", ".nl", ".in", ".au", ".nz", ".sg", ".eu", ".be",
                ".at", ".ch", ".se", ".dk", ".no", ".fi", ".pt", ".pl", ".za", ".br", ".mx", ".ar")


def detect(email: Email, *, user_emails: tuple[str, ...] = ()) -> Detection:
    """Label ``email`` and extract company, role, recruiter, times and links.

    ``user_emails`` are the mailbox owner's own addresses: a message from one of them is
    the candidate's own reply, never an invitation.
    """
    parts = split_newest(email.body, subject=email.subject)
    newest = parts.newest
    urls = find_urls(f"{newest}\n{email.html or ''}") if email.html else find_urls(newest)
    sender_domain = registered_domain(email.from_email) if "@" in email.from_email else ""
    recipient_domains = tuple(registered_domain(address) for address in email.to if "@" in address)
    from_ats = is_ats_domain(sender_domain)
    from_recruiters = is_recruiting_address(email.from_email)
    links = classify_links(urls)
    personal_note = _personal_note(email, sender_domain, recipient_domains, newest, links)
    if not email.ics and not links.scheduling and not from_ats and not from_recruiters and not personal_note:
        if not mentions_hiring(email.subject, newest, parts.quoted) and extract_role(email.subject, newest) is None:
            # Most mail is about something else: say so without the costlier extraction.
            return Detection(label=Label.NOT_INVITE, confidence=0.95, reasons=(NOTHING_ABOUT_A_JOB,))

    invites = [invite for invite in (times_from_ics(text) for text in email.ics) if invite is not None]
    ics = invites[0] if invites else None
    event = ics.events[0] if ics and ics.events else None
    if event is not None and event.meeting_url:
        urls.append(event.meeting_url)
        links = classify_links(urls)

    day_first = _prefers_day_first(email, newest)
    thread_time = time_agreed_before(parts.quoted, email.sent_at) if parts.quoted and says_same_time(newest) else None
    proposed = find_proposed_times(
        newest, email.sent_at, subject=topic(email.subject), day_first=day_first, thread_time=thread_time
    )
    calendar_times = _ics_times(ics) if ics is not None and ics.method in ("REQUEST", "PUBLISH", None) else []
    stated_zone = next((time.tz for time in (*calendar_times, *proposed) if time.tz), None)
    # A calendar part's own zone says where the text's times are; its UTC ("...T143000Z")
    # is only how calendars store a moment.
    proposed = in_writers_zone(proposed, email.sent_at, sender_domain,
                               also_named=[time for time in calendar_times if time.tz != "UTC"])
    proposed = _in_writers_region(proposed, email.sent_at, sender_domain)
    proposed = _merge_times(proposed, calendar_times)

    from_user = email.from_email.lower() in {address.lower() for address in user_emails}
    between_people = _between_people(sender_domain, recipient_domains)
    summary = event.summary if event and event.summary else ""
    text_for_entities = f"{newest}\n{summary}"
    role = extract_role(email.subject, text_for_entities)
    verdict = classify(
        Evidence(
            subject=email.subject,
            newest_text=newest,
            quoted_text=parts.quoted,
            ics_method=ics.method if ics else None,
            ics_mentions_interview=bool(event and _INTERVIEW_WORDS.search(event.summary or "")),
            scheduling_link=links.scheduling is not None and not _MANAGE_LINK.search(links.scheduling),
            meeting_link=links.meeting is not None,
            proposed_times=len(proposed),
            from_scheduling_tool=sender_domain in SCHEDULING_SENDER_DOMAINS,
            from_ats=from_ats,
            from_recruiters=from_recruiters,
            from_mailing_list=is_bulk_address(email.from_email),
            from_candidate=from_user or _looks_like_candidate(sender_domain, recipient_domains),
            internal=_is_internal(sender_domain, recipient_domains, from_ats)
            or _is_internal(_organizer_domain(event), recipient_domains, False),
            names_role=role is not None,
            personal_note=personal_note,
            between_people=between_people,
            booked_by_someone_else=_booked_by_someone_else(email, sender_domain, newest),
        )
    )
    label = verdict.label
    organizer = event.organizer.name if event and event.organizer else None
    if organizer is None and sender_domain in SCHEDULING_SENDER_DOMAINS:
        organizer = host_in_subject(email.subject)
    from_system = from_ats or email.from_email.rpartition("@")[0].lower() in GENERIC_LOCAL_PARTS
    recruiter = extract_recruiter(newest, email.from_name, organizer, from_system=from_system)
    reasons = verdict.reasons
    if from_user:
        label = Label.NOT_INVITE
    elif label is not Label.NOT_INVITE and _forwarded_to_someone_else(email, sender_domain, newest):
        label = Label.NOT_INVITE
        reasons = (*reasons, FORWARDED_TO_SOMEONE_ELSE)
    elif label is not Label.NOT_INVITE and between_people and answers_a_forward(email.subject):
        # "Re: Fwd: Panel interview" from a partner: "Take the Thursday 9am one."
        label = Label.NOT_INVITE
        reasons = (*reasons, ANSWERS_A_SHARED_FORWARD)
    display_person = None if from_system else person_name(without_via(email.from_name))
    people = (recruiter or "", display_person or "", email.from_name if display_person else "")
    company = extract_company(email.subject, text_for_entities, email.from_name, email.from_email, people,
                              history=parts.quoted, readers=email.to)
    if recruiter and company and (squash(recruiter) or recruiter) == (squash(company) or company):
        # One display name read as both: a person when it also signs the mail on a line of
        # its own, else the employer's name.
        if any(line.strip() == recruiter for line in newest.splitlines()):
            company = None
        else:
            recruiter = None
    return Detection(
        label=label,
        confidence=verdict.confidence,
        reasons=reasons,
        company=company,
        role=role,
        recruiter_name=recruiter,
        recruiter_first_name=first_name(recruiter) if recruiter else None,
        proposed_times=tuple(proposed) if label is not Label.NOT_INVITE or verdict.is_assessment else (),
        duration_minutes=interview_duration(newest, proposed),
        timezone=stated_zone,
        interview_format=interview_format(newest, links.meeting, event.location if event else None),
        meeting_link=links.meeting,
        scheduling_link=links.scheduling,
        is_assessment=verdict.is_assessment,
    )


def _prefers_day_first(email: Email, text: str) -> bool | None:
    """Whether ``03/04`` means 3 April: yes when the sender writes from a day-first country."""
    if _NON_US_ZONES.search(text):
        return True
    domain = email.from_email.rsplit("@", 1)[-1].lower()
    if domain.endswith(_NON_US_TLDS):
        return True
    if email.sent_at is not None and email.sent_at.utcoffset() is not None:
        offset_hours = email.sent_at.utcoffset().total_seconds() / 3600  # type: ignore[union-attr]
        if offset_hours >= -1 and offset_hours != 0 or offset_hours == 0 and domain.endswith(".uk"):
            return True
        if -10 <= offset_hours <= -3:
            return False
    return None


def _organizer_domain(event: IcsEvent | None) -> str:
    """The domain of a calendar event's organiser: the calendar's own mail comes from
    google.com or outlook.com, the organiser says whose meeting it is."""
    address = event.organizer.email if event is not None and event.organizer is not None else None
    return registered_domain(address) if address and "@" in address else ""


def _is_internal(sender_domain: str, recipient_domains: tuple[str, ...], from_ats: bool) -> bool:
    """Mail from an organisation's address to addresses of the same organisation only."""
    return (
        bool(recipient_domains)
        and sender_domain not in FREEMAIL_DOMAINS
        and not from_ats
        and all(domain == sender_domain for domain in recipient_domains)
    )


def _personal_note(
    email: Email, sender_domain: str, recipient_domains: tuple[str, ...], newest: str, links: Links
) -> bool:
    """A short note naming a time or giving a meeting or booking link, from someone at an
    organisation to the user's personal address.

    Founders and hiring managers arrange calls in two lines with no word of a job in them
    ("free for a quick chat tmrw at 2?"); who writes to whom is what says it is one.
    """
    if len(newest) > _NOTE_CHARS or not sender_domain or sender_domain in FREEMAIL_DOMAINS \
            or is_ats_domain(sender_domain):
        return False
    if not recipient_domains or not all(domain in FREEMAIL_DOMAINS for domain in recipient_domains):
        return False
    # A person's own address, not a shop's "appointments@" or a tool's: the local part
    # holds a name the sender signs with.
    local = email.from_email.rpartition("@")[0].lower()
    if local in _SHARED_MAILBOXES:
        return False
    # Not the calendar's own sender, named after the organiser: "Johan Sjöberg (Google Calendar)".
    names = _NAME_WORD.findall(_CALENDAR_SENDER.sub("", without_via(email.from_name)).lower())
    if not any(len(word) >= _NAME_CHARS and word in local for word in names) or _GROUP_GREETING.search(newest):
        return False
    return links.meeting is not None or links.scheduling is not None or bool(time_markers(newest, newest.lower()))


def _booked_by_someone_else(email: Email, sender_domain: str, newest: str) -> bool:
    """A scheduling tool telling its host that an invitee booked: the reader is the one
    being booked, not the candidate ("Invitee Email: ravi@…" is not the reader)."""
    if sender_domain not in SCHEDULING_SENDER_DOMAINS or not email.to:
        return False
    invitee = _INVITEE_EMAIL.search(newest)
    return invitee is not None and invitee.group(1).lower() not in {address.lower() for address in email.to}


def _between_people(sender_domain: str, recipient_domains: tuple[str, ...]) -> bool:
    """From a personal address to personal addresses only."""
    return sender_domain in FREEMAIL_DOMAINS and bool(recipient_domains) and all(
        domain in FREEMAIL_DOMAINS for domain in recipient_domains
    )


def _forwarded_to_someone_else(email: Email, sender_domain: str, newest: str) -> bool:
    """A forward from a personal address to another person's personal address: the
    candidate sharing their own invitation with family or friends ("got an interview!!
    can you do the school run that day?"), which invites the reader to nothing.  A
    forward to one's own other address names the sender in it and stays an invitation,
    and so does one passed on to the person the forwarded mail greets ("this was meant
    for you, they had my address from the referral").
    """
    if not forwards(email.subject) or sender_domain not in FREEMAIL_DOMAINS:
        return False
    recipients = [address.lower() for address in email.to if "@" in address]
    first = next(iter(_NAME_WORD.findall(without_via(email.from_name).lower())), "")
    if not recipients or len(first) < _NAME_CHARS:
        return False
    # The forwarded mail comes below the forwarder's note: its greeting is the last one.
    greeted = next(iter(_GREETED.findall(newest)[-1:]), "").lower()
    if len(greeted) >= _NAME_CHARS and greeted != first and any(greeted in address.partition("@")[0]
                                                                for address in recipients):
        return False
    return all(registered_domain(address) in FREEMAIL_DOMAINS and first not in address.partition("@")[0]
               for address in recipients)


def _looks_like_candidate(sender_domain: str, recipient_domains: tuple[str, ...]) -> bool:
    """A personal address writing to an employer's address is the candidate, not the employer."""
    if sender_domain not in FREEMAIL_DOMAINS or not recipient_domains:
        return False
    return all(domain not in FREEMAIL_DOMAINS for domain in recipient_domains)


def _ics_times(invite: IcsInvite) -> list[ProposedTime]:
    return [
        ProposedTime(text=event.summary or "calendar invitation", start=event.start, end=event.end, tz=event.tz)
        for event in invite.events
        if event.start is not None and event.status != "CANCELLED"
    ]


def _same_moment(a: datetime, b: datetime) -> bool:
    if a.tzinfo is not None and b.tzinfo is not None:
        return a == b
    return a.replace(tzinfo=None) == b.replace(tzinfo=None)


def _merge_times(text_times: list[ProposedTime], ics_times: list[ProposedTime]) -> list[ProposedTime]:
    """Calendar-part times are exact: they come first, and text times naming the same moment go."""
    return ics_times + [
        time for time in text_times if not any(_same_moment(time.start, known.start) for known in ics_times)
    ]


def in_writers_zone(
    times: list[ProposedTime], sent_at: datetime | None, sender_domain: str = "",
    also_named: list[ProposedTime] | None = None,
) -> list[ProposedTime]:
    """Times given without a zone, read in the writer's: the zone another time of the same
    message names (one of ``times``, else of ``also_named``), else the writer's home zone,
    else the offset of the Date header.

    A recruiter who writes "Tuesday at 3pm" means 3pm where they are, and the Date header
    says where that is as an offset; the sender's country tells which zone has that offset,
    so a daylight-saving change between sending and the interview is followed (see
    ``home_zone``).  Without a country the header's offset holds.
    """
    if all(time.start.tzinfo for time in times):
        return times
    named = next((time for time in (*times, *(also_named or ())) if time.start.tzinfo is not None and time.tz), None)
    if named is None and (sent_at is None or sent_at.utcoffset() is None):
        return times
    return [time if time.start.tzinfo else _placed(time, named, sent_at, sender_domain) for time in times]


def _in_writers_region(times: list[ProposedTime], sent_at: datetime | None, sender_domain: str) -> list[ProposedTime]:
    """Times in a named zone read in the writer's own zone when both keep the same standard
    time and only the named one is on summer time: "09:30 AEST" from a Brisbane writer
    (whose Date header says +10:00 while Sydney is on +11:00) is 09:30 in Brisbane."""
    if sent_at is None or sent_at.utcoffset() is None or not any(_off_the_writers_clock(t, sent_at) for t in times):
        return times
    home = home_zone(sent_at, sender_domain)
    if home is None:
        return times
    return [_in_home_zone(time, home) if _off_the_writers_clock(time, sent_at) else time for time in times]


def _off_the_writers_clock(time: ProposedTime, sent_at: datetime) -> bool:
    """Whether ``time`` is in a named zone whose offset, when the mail was sent, was not the writer's."""
    zone = time.start.tzinfo
    return isinstance(zone, ZoneInfo) and sent_at.astimezone(zone).utcoffset() != sent_at.utcoffset()


def _in_home_zone(time: ProposedTime, home: ZoneInfo) -> ProposedTime:
    in_home = time.start.replace(tzinfo=home)
    if _standard_offset(time.start) != _standard_offset(in_home):
        return time
    return replace(time, start=in_home, end=time.end.replace(tzinfo=home) if time.end else None, tz=home.key)


def _standard_offset(moment: datetime) -> timedelta | None:
    offset, saving = moment.utcoffset(), moment.dst()
    return offset - saving if offset is not None and saving is not None else None


def _placed(
    time: ProposedTime, named: ProposedTime | None, sent_at: datetime | None, sender_domain: str
) -> ProposedTime:
    zone: tzinfo | None
    if named is not None:
        zone, label = named.start.tzinfo, named.tz
    else:
        assert sent_at is not None
        zone = home_zone(sent_at, sender_domain)
        if zone is not None:
            label = zone.key
        else:
            offset = sent_at.utcoffset() or timedelta(0)
            zone = timezone(offset)
            minutes = int(abs(offset.total_seconds()) // 60)
            sign = "-" if offset < timedelta(0) else "+"
            label = "UTC" if not minutes else f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return replace(
        time,
        start=time.start.replace(tzinfo=zone),
        end=time.end.replace(tzinfo=zone) if time.end is not None and time.end.tzinfo is None else time.end,
        tz=label,
    )
