"""Drafted ahead (opt-in): a scan puts the suggested reply into each new invitation thread.

The draft waits in the mailbox for the user to read, edit and send; Tactful never sends
it.  A thread is drafted once: a thread whose draft is in the ledger (drafted ahead, or
by a click) or that holds a draft of the user's own is left alone, so a draft is never
duplicated and never overwritten once the user has touched it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from tactful.core.compose.options import Action, ReplyOptions
from tactful.core.suggest import Preferences, Recommendation
from tactful.service.ports import Calendar, Mailbox, SavedDraft
from tactful.service.replying import Scheduling
from tactful.service.suggesting import draft_suggested
from tactful.service.threads import DraftLedger, InviteThread, reading_early


class AheadStatus(str, Enum):
    DRAFTED = "drafted"
    ALREADY_DRAFTED = "already_drafted"  # Tactful's draft is in the ledger
    USER_DRAFT = "user_draft"  # the thread holds a draft Tactful did not write
    NO_VERDICT = "no_verdict"  # the user's call, or nothing to answer: no draft
    CANNOT_DRAFT = "cannot_draft"  # the message gives no address to reply to, say


@dataclass(frozen=True)
class AheadResult:
    thread_id: str
    status: AheadStatus
    recommendation: Recommendation | None = None
    saved: SavedDraft | None = None


def draft_ahead(
    mailbox: Mailbox,
    ledgers: Callable[[Action], DraftLedger],
    calendar: Calendar | None,
    preferences: Preferences,
    options: ReplyOptions,
    scheduling: Scheduling,
    now: datetime,
    threads: Sequence[InviteThread],
) -> list[AheadResult]:
    """Draft the suggested reply in each of ``threads`` (a scan's ``awaiting_answer``) that has none.

    ``ledgers(action)`` records a draft made for ``action``; which draft a thread holds
    does not depend on the action it was made for.  A decline gives the suggested
    reason; ``options`` supply the tone and the user's name.  The scan's messages are
    reused and the busy time is read once for all the new threads.  Raises
    ``CalendarUnavailable`` when the calendar cannot be read: a draft proposing times
    that may not be free is worse than none.
    """
    results = []
    pending = []
    for item in threads:
        if ledgers(Action.ACCEPT).get(item.summary.thread_id) is not None:
            results.append(AheadResult(item.summary.thread_id, AheadStatus.ALREADY_DRAFTED))
        elif item.summary.has_draft:
            results.append(AheadResult(item.summary.thread_id, AheadStatus.USER_DRAFT))
        else:
            pending.append(item)
    if not pending:
        return results
    with reading_early(calendar, scheduling, now) as shared:
        for item in pending:
            thread_id = item.summary.thread_id
            email = item.email or mailbox.newest_message(thread_id, item.summary.message_id)
            try:
                suggested, outcome = draft_suggested(email, preferences, options, scheduling, now, shared,
                                                     item.detection)
            except ValueError:
                results.append(AheadResult(thread_id, AheadStatus.CANNOT_DRAFT))
                continue
            recommendation = suggested.recommendation
            if outcome is None or recommendation.action is None:
                results.append(AheadResult(thread_id, AheadStatus.NO_VERDICT, recommendation))
                continue
            saved = mailbox.create_draft(thread_id, outcome.draft.raw())
            ledgers(recommendation.action).put(thread_id, saved)
            results.append(AheadResult(thread_id, AheadStatus.DRAFTED, recommendation, saved))
    return results
