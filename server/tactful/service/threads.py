"""The use cases behind the extension's API: list invite threads, suggest a reply, draft it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from email.utils import parseaddr
from datetime import datetime
from enum import Enum
from typing import Protocol

from tactful.core.compose.options import Action, ReplyOptions
from tactful.core.detect import detect
from tactful.core.model import Detection, Email, Label
from tactful.core.slots.model import Conflict, Interval, Slot
from tactful.service.ports import Calendar, DraftUpdate, Mailbox, SavedDraft, ThreadSummary
from tactful.service.prefetch import prefetched
from tactful.core.suggest import JobFacts, Preferences, Recommendation
from tactful.service.replying import ReplyOutcome, Scheduling, busy_window, draft_reply
from tactful.service.suggesting import suggest_reply

AWAITING_ANSWER = (Label.INVITE, Label.RESCHEDULE_REQUEST)


class DraftLedger(Protocol):
    """Which draft Tactful saved in each thread, so a second click updates it."""

    def get(self, thread_id: str) -> SavedDraft | None: ...

    def put(self, thread_id: str, saved: SavedDraft) -> None: ...


@dataclass(frozen=True)
class InviteThread:
    """A thread whose newest message asks the user for an answer."""

    summary: ThreadSummary
    detection: Detection
    email: Email | None = None  # the message read, kept for the scan's next step (never stored)


def awaiting_answer(mailbox: Mailbox, days: int, user_emails: tuple[str, ...] = ()) -> list[InviteThread]:
    """Recent threads whose newest message is an invitation or a request to reschedule.

    A thread the user answered last is settled from its headers and never read.
    Confirmations of a fixed interview need no answer.  The other candidates' messages
    are read together (batched on Gmail); a thread deleted meanwhile is left out.

    Only that settling is safe on headers: judging the subject and Gmail's 200-character
    snippet would skip a fifth of the reads but, measured on the corpora in tests/data,
    would drop about one invitation in sixteen (short notes whose first lines say nothing
    of a job), so every other candidate is read whole.
    """
    summaries = [summary for summary in mailbox.candidate_threads(days) if not answered_by_user(summary, user_emails)]
    emails = mailbox.messages([summary.message_id for summary in summaries])
    found = []
    for summary in summaries:
        email = emails.get(summary.message_id)
        if email is None:
            continue
        detection = detect(email, user_emails=user_emails)
        if detection.label in AWAITING_ANSWER:
            found.append(InviteThread(summary, detection, email))
    return found


def answered_by_user(summary: ThreadSummary, user_emails: tuple[str, ...]) -> bool:
    """Whether the thread's newest message is the user's own (Gmail's SENT label, or their address)."""
    if "SENT" in summary.labels:
        return True
    address = parseaddr(summary.sender)[1].casefold()
    return bool(address) and address in {email.casefold() for email in user_emails}


@contextmanager
def reading_early(calendar: Calendar | None, scheduling: Scheduling, now: datetime) -> Iterator[Calendar | None]:
    """``calendar`` with the reply's busy window already being read, so the mailbox and
    the calendar answer at the same time (DESIGN: two sequential round trips per draft)."""
    if calendar is None:
        yield None
        return
    with prefetched(calendar, *busy_window(scheduling, now)) as early:
        yield early


@dataclass(frozen=True)
class Suggestion:
    """What Tactful proposes for a thread before the user clicks anything.

    ``slots`` are the alternative times a reschedule would propose; ``recommendation``
    is the suggested reply with its reason and evidence, and ``action`` its reply to draft
    (``None``: no answer needed, or the user's call).
    """

    email: Email
    detection: Detection
    conflict: Conflict | None
    free_options: tuple[Interval, ...]
    slots: tuple[Slot, ...]
    action: Action | None
    recommendation: Recommendation
    facts: JobFacts = JobFacts()  # what the message says about the job, each fact with its snippet


def suggest(
    mailbox: Mailbox,
    calendar: Calendar | None,
    thread_id: str,
    options: ReplyOptions,
    scheduling: Scheduling,
    now: datetime,
    message_id: str | None = None,
    preferences: Preferences = Preferences(),
) -> Suggestion:
    """Detection, conflict check, alternative slots and the suggested reply (judged on
    ``preferences``) for the thread's newest message (or for ``message_id``, the message
    the user has open).

    Raises ``ThreadGone`` for an unknown thread and ``CalendarUnavailable`` when the
    calendar cannot be read (slots that may not be free are worse than none).
    """
    with reading_early(calendar, scheduling, now) as early:
        email = mailbox.newest_message(thread_id, message_id)
        suggested = suggest_reply(email, preferences, options, scheduling, now, early)
    outcome = suggested.outcome
    return Suggestion(
        email=email,
        detection=outcome.detection,
        conflict=outcome.conflict,
        free_options=outcome.free_options,
        slots=outcome.slots,
        action=suggested.recommendation.action,
        recommendation=suggested.recommendation,
        facts=suggested.facts,
    )


class DraftStatus(str, Enum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    USER_EDITED = "user_edited"  # the user's edits were kept; the new text was not saved


@dataclass(frozen=True)
class DraftResult:
    status: DraftStatus
    saved: SavedDraft
    outcome: ReplyOutcome


def draft_for_thread(
    mailbox: Mailbox,
    ledger: DraftLedger,
    calendar: Calendar | None,
    thread_id: str,
    options: ReplyOptions,
    scheduling: Scheduling,
    now: datetime,
    message_id: str | None = None,
    chosen_slots: Sequence[Slot] | None = None,
) -> DraftResult:
    """Compose the reply ``options`` asks for and save it as the thread's Tactful draft.

    The reply answers the thread's newest message, or ``message_id`` when given (the
    message the user has open); the draft goes in the thread the mailbox reports for that
    message, which is how an id that only names the thread (a Gmail add-on's
    ``thread-f:`` form) becomes the API's own.  ``chosen_slots``: see ``draft_reply``.
    The calendar is read while the message is.  The draft Tactful saved before in this
    thread is updated in place, unless the user edited it (left alone) or it was sent or
    deleted (a new draft is created).
    """
    needed = calendar if options.action is not Action.DECLINE else None  # a decline needs no calendar
    with reading_early(needed, scheduling, now) as early:
        email = mailbox.newest_message(thread_id, message_id)
        outcome = draft_reply(email, options, scheduling, now, early, chosen_slots=chosen_slots)
    thread_id = email.thread_id or thread_id
    raw = outcome.draft.raw()
    previous = ledger.get(thread_id)
    if previous is not None:
        update = mailbox.update_draft(previous, raw)
        if update.outcome is not DraftUpdate.GONE:
            if update.outcome is DraftUpdate.UPDATED:
                ledger.put(thread_id, update.draft)
            return DraftResult(DraftStatus(update.outcome.value), update.draft, outcome)
    saved = mailbox.create_draft(thread_id, raw)
    ledger.put(thread_id, saved)
    return DraftResult(DraftStatus.CREATED, saved, outcome)
