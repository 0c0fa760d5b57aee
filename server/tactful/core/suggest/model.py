"""The suggestion for one message: the verdict, the reason, how sure, and why."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from tactful.core.compose.options import Action, Reason
from tactful.core.slots.model import Interval


class Verdict(str, Enum):
    ACCEPT = "accept"
    RESCHEDULE = "reschedule"
    DECLINE = "decline"
    YOUR_CALL = "your_call"  # not enough known to recommend: ``missing`` says what
    NO_REPLY = "no_reply"  # the message needs no answer

    @property
    def action(self) -> Action | None:
        """The reply to draft for this verdict; ``None`` when there is none to draft."""
        return {"accept": Action.ACCEPT, "reschedule": Action.RESCHEDULE, "decline": Action.DECLINE}.get(self.value)


class Topic(str, Enum):
    """What a piece of evidence is about."""

    LOOKING = "looking"
    COMPANY = "company"
    SECTOR = "sector"
    ARRANGEMENT = "arrangement"
    LOCATION = "location"
    EMPLOYMENT_TYPE = "employment_type"
    COMPENSATION = "compensation"
    CALENDAR = "calendar"
    REQUEST = "request"  # what the message asks for: a time, a booking, a move


@dataclass(frozen=True)
class Evidence:
    """One reason behind a suggestion, in words for the user.

    ``fits`` is false when this is an obstacle; ``snippet`` quotes the message;
    ``busy`` is the calendar event (with its summary when known) that clashes.
    """

    topic: Topic
    fits: bool
    says: str
    snippet: str | None = None
    busy: Interval | None = None


@dataclass(frozen=True)
class Recommendation:
    verdict: Verdict
    reason: Reason
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    missing: tuple[str, ...] = ()

    @property
    def action(self) -> Action | None:
        return self.verdict.action
