"""The small interfaces the use cases need from the outside world."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Protocol

from tactful.core.model import Email
from tactful.core.slots.model import BusyInterval


class CalendarUnavailable(Exception):
    """The calendar could not be read; the message says why, in words for the user."""


class Calendar(Protocol):
    """Busy time of the user's calendars."""

    def busy(self, start: datetime, end: datetime) -> Sequence[BusyInterval]:
        """Busy intervals overlapping ``[start, end)``; raises ``CalendarUnavailable``."""
        ...


class ThreadGone(LookupError):
    """The thread, message or draft asked for no longer exists (deleted, or a wrong id)."""


@dataclass(frozen=True)
class ThreadSummary:
    """One candidate thread as a listing shows it, from headers only (no body read yet).

    ``message_id`` is the thread's newest message that is not a draft; ``has_draft``
    tells whether a draft (Tactful's or the user's) already sits in the thread.
    """

    thread_id: str
    message_id: str
    sender: str
    subject: str
    received: datetime
    snippet: str
    message_count: int
    has_draft: bool
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class SavedDraft:
    """A draft Tactful saved; ``fingerprint`` identifies the content Tactful wrote.

    ``thread_id`` is the thread the mailbox filed it in: a reply whose headers do not
    match the original lands in a thread of its own.
    """

    draft_id: str
    thread_id: str
    message_id: str
    fingerprint: str


class DraftUpdate(str, Enum):
    UPDATED = "updated"
    UNCHANGED = "unchanged"  # the new content equals what the draft already holds
    USER_EDITED = "user_edited"  # the user changed the draft: left alone
    GONE = "gone"  # the draft was sent or deleted


@dataclass(frozen=True)
class DraftUpdateResult:
    outcome: DraftUpdate
    draft: SavedDraft


class Mailbox(Protocol):
    """The user's mailbox: candidate threads, their messages, reply drafts."""

    def candidate_threads(self, days: int) -> Sequence[ThreadSummary]:
        """Threads of the last ``days`` days that may hold an interview invitation, newest first."""
        ...

    def newest_message(self, thread_id: str, message_id: str | None = None) -> Email:
        """The thread's newest message that is not a draft (``message_id`` when the caller knows it).

        Raises ``ThreadGone`` when the thread or message no longer exists.
        """
        ...

    def messages(self, message_ids: Sequence[str]) -> Mapping[str, Email]:
        """Several messages by id, read together (a scan's candidates); ids gone meanwhile are left out."""
        ...

    def create_draft(self, thread_id: str, raw: bytes) -> SavedDraft:
        """Save the RFC 5322 message ``raw`` as a draft reply in ``thread_id``."""
        ...

    def update_draft(self, saved: SavedDraft, raw: bytes) -> DraftUpdateResult:
        """Replace a draft's content with ``raw`` unless the user has edited it since."""
        ...
