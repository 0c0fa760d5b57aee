"""The message and detection model shared by every part of the core."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum


@dataclass(frozen=True)
class Email:
    """One message, already decoded into text.

    ``body`` is the plain-text body (from text/plain, or converted from HTML when the
    message has only HTML); quoted earlier messages are still in it.  ``ics`` holds the
    text of each text/calendar part.  Everything here is sender-controlled data.
    """

    id: str
    from_name: str
    from_email: str
    subject: str
    body: str
    sent_at: datetime | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    reply_to: str | None = None
    message_id: str | None = None
    references: tuple[str, ...] = ()
    html: str | None = None
    ics: tuple[str, ...] = ()
    thread_id: str | None = None


class Label(str, Enum):
    INVITE = "invite"
    SCHEDULED = "scheduled"
    RESCHEDULE_REQUEST = "reschedule_request"
    NOT_INVITE = "not_invite"


class InterviewFormat(str, Enum):
    PHONE = "phone"
    VIDEO = "video"
    ONSITE = "onsite"
    RECORDED = "recorded"


@dataclass(frozen=True)
class ProposedTime:
    """An interview time the employer proposed.

    ``start`` is timezone-aware when the zone is known (``tz`` then names it, an IANA
    name or a fixed offset like ``UTC+05:30``), naive otherwise.  ``text`` is the
    snippet of the message it was read from.
    """

    text: str
    start: datetime
    end: datetime | None = None
    tz: str | None = None


@dataclass(frozen=True)
class Detection:
    """What Tactful understood of one message: its label and what a reply needs."""

    label: Label
    confidence: float
    reasons: tuple[str, ...]
    company: str | None = None
    role: str | None = None
    recruiter_name: str | None = None
    recruiter_first_name: str | None = None
    proposed_times: tuple[ProposedTime, ...] = ()
    duration_minutes: int | None = None
    timezone: str | None = None
    interview_format: InterviewFormat | None = None
    meeting_link: str | None = None
    scheduling_link: str | None = None
    is_assessment: bool = False
