"""The user's Gmail through the Gmail API: candidate threads, their messages, reply drafts.

Messages are read with ``format=raw`` and parsed by ``email_from_bytes``, the same
hardened parser as local mode: Gmail's ``full`` payload is a re-rendering (headers
decoded, attachment bodies moved behind ``attachmentId``), so rebuilding a message from
it would need a second parser and extra calls, and could read differently.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from tactful.adapters.google_client import GoogleApiError, GoogleClient, GoogleError
from tactful.core.mime import email_from_bytes
from tactful.core.model import Email
from tactful.service.ports import DraftUpdate, DraftUpdateResult, SavedDraft, ThreadGone, ThreadSummary

# Gmail quota units per call (developers.google.com/gmail/api/reference/quota).
UNITS = {
    "threads.list": 10,
    "threads.get": 10,
    "messages.get": 5,
    "drafts.create": 10,
    "drafts.get": 5,
    "drafts.update": 15,
}
BATCH_SIZE = 50  # Google advises against more than 50 calls per batch
MAX_PAGE = 500
_HEADERS = ["From", "Subject", "Date"]

# Words an invitation to interview almost always uses (informal asks for "a call" and the
# French, Spanish/Portuguese, Italian and German words for an interview included), and the
# senders of scheduling and applicant-tracking tools.  The query only narrows the listing:
# detection decides.  bench/scan_cost.py measures what each word costs and finds.
INTERVIEW_WORDS = (
    "interview",
    "interviews",
    "interviewing",
    '"phone screen"',
    '"phone call"',
    '"video call"',
    "screening",
    '"next steps"',
    '"your availability"',
    "reschedule",
    "onsite",
    '"on-site"',
    '"first round"',
    '"a call"',
    '"a chat"',
    '"intro call"',
    "position",
    '"the role"',
    "entrevista",
    "entretien",
    "colloquio",
    "vorstellungsgespräch",
    "calendly.com",
)
SCHEDULING_SENDERS = (
    "calendly.com",
    "goodtime.io",
    "greenhouse.io",
    "lever.co",
    "ashbyhq.com",
    "myworkday.com",
    "smartrecruiters.com",
    "icims.com",
    "workable.com",
    "modernloop.io",
    "hirevue.com",
)
NOISE = ("-category:promotions", "-category:social", "-in:chats", '-subject:"job alert"', "-subject:newsletter", "-subject:webinar")


def candidate_query(days: int) -> str:
    """The Gmail search that pre-filters a scan of the last ``days`` days: recent mail
    with an interview word or from a scheduling tool, minus promotions, social updates,
    chats, job alerts, newsletters and webinars."""
    if days < 1:
        raise ValueError("days must be at least 1")
    senders = " OR ".join(SCHEDULING_SENDERS)
    interest = " OR ".join((*INTERVIEW_WORDS, f"from:({senders})"))
    return f"newer_than:{days}d {' '.join(NOISE)} ({interest})"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _from_b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def fingerprint(raw: bytes) -> str:
    """What identifies a draft's content across Gmail's re-encoding of it.

    Gmail rewrites a saved draft (its own headers, another transfer encoding, folded
    lines), so the bytes differ; the recipients, subject and words of the text do not.
    """
    message = email_from_bytes(raw)
    content = "\n".join((", ".join(sorted(message.to)), " ".join(message.subject.split()), " ".join(message.body.split())))
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _header(message: dict[str, Any], name: str) -> str:
    for header in message.get("payload", {}).get("headers", []):
        if header.get("name", "").lower() == name.lower():
            return str(header.get("value", ""))
    return ""


def _received(message: dict[str, Any]) -> datetime:
    return datetime.fromtimestamp(int(message.get("internalDate", "0")) / 1000, UTC)


def _newest(messages: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The newest message that is not a draft."""
    sent = [message for message in messages if "DRAFT" not in message.get("labelIds", [])]
    return max(sent, key=lambda message: int(message.get("internalDate", "0")), default=None)


def _summary(thread: dict[str, Any]) -> ThreadSummary | None:
    messages = thread.get("messages", [])
    newest = _newest(messages)
    if newest is None:
        return None
    return ThreadSummary(
        thread_id=thread["id"],
        message_id=newest["id"],
        sender=_header(newest, "From"),
        subject=_header(newest, "Subject"),
        received=_received(newest),
        snippet=newest.get("snippet", ""),
        message_count=len(messages),
        has_draft=any("DRAFT" in message.get("labelIds", []) for message in messages),
        labels=tuple(newest.get("labelIds", [])),
    )


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _gone(error: GoogleError) -> bool:
    return isinstance(error, GoogleApiError) and error.status in (404, 410)


class GmailMailbox:
    """The ``Mailbox`` port on the Gmail API.

    ``quota_units`` and ``http_requests`` add up what the calls cost (successful calls;
    retries the library makes are extra HTTP requests not counted here).
    """

    def __init__(self, client: GoogleClient, user_id: str = "me") -> None:
        self._client = client
        self._user = user_id
        self.quota_units = 0
        self.http_requests = 0

    @property
    def _api(self) -> Any:
        return self._client.gmail.users()

    def _run(self, request: Any, method: str, what: str) -> Any:
        self.http_requests += 1
        response = self._client.execute(request, what)
        self.quota_units += UNITS[method]
        return response

    def _run_batch(self, requests: Mapping[str, Any], method: str, what: str) -> Mapping[str, Any]:
        """The answers of one batch by request id, parts gone meanwhile left out.

        Raises the first error of a part that is not simply gone: a silently partial
        read would hide invitations.
        """
        outcome = self._client.execute_batch(requests, what)
        self.http_requests += outcome.http_requests
        self.quota_units += UNITS[method] * len(outcome.responses)
        failures = [error for error in outcome.errors.values() if not _gone(error)]
        if failures:
            raise failures[0]
        return outcome.responses

    def candidate_threads(self, days: int = 30, limit: int = 200) -> list[ThreadSummary]:
        """Threads matching ``candidate_query(days)``, newest first, at most ``limit``.

        One threads.list (more pages only past 500 threads), then the headers of each
        thread in batches of 50.  A thread deleted meanwhile is skipped; raises
        ``GoogleUnavailable`` when some thread still cannot be read after the retries,
        since a silently partial scan would hide invitations.
        """
        thread_ids: list[str] = []
        page: str | None = None
        while len(thread_ids) < limit:
            request = self._api.threads().list(
                userId=self._user, q=candidate_query(days), maxResults=min(limit - len(thread_ids), MAX_PAGE), pageToken=page
            )
            listing = self._run(request, "threads.list", "listing your recent threads")
            thread_ids.extend(thread["id"] for thread in listing.get("threads", []))
            page = listing.get("nextPageToken")
            if not page:
                break
        summaries: list[ThreadSummary] = []
        for chunk in _chunks(thread_ids[:limit], BATCH_SIZE):
            requests = {
                thread_id: self._api.threads().get(userId=self._user, id=thread_id, format="metadata", metadataHeaders=_HEADERS)
                for thread_id in chunk
            }
            responses = self._run_batch(requests, "threads.get", "reading your recent threads")
            summaries.extend(
                summary for thread_id in chunk if thread_id in responses
                if (summary := _summary(responses[thread_id])) is not None
            )
        return summaries

    def newest_message(self, thread_id: str, message_id: str | None = None) -> Email:
        """The thread's newest non-draft message, or the message ``message_id`` names.

        One call when ``message_id`` is known, two otherwise.  A named message that turns
        out to be a draft is no message to answer: the thread's newest is read instead.
        """
        try:
            if message_id is not None:
                message = self._raw_message(message_id)
                if "DRAFT" not in message.get("labelIds", []):
                    return self._email(message)
            request = self._api.threads().get(userId=self._user, id=thread_id, format="minimal")
            thread = self._run(request, "threads.get", "reading the thread")
            newest = _newest(thread.get("messages", []))
            if newest is None:
                raise ThreadGone(f"The thread {thread_id} holds only drafts.")
            return self._email(self._raw_message(str(newest["id"])))
        except GoogleApiError as error:
            if _gone(error):
                raise ThreadGone(f"The thread {thread_id} no longer exists in Gmail.") from error
            raise

    def _raw_message(self, message_id: str) -> dict[str, Any]:
        request = self._api.messages().get(userId=self._user, id=message_id, format="raw")
        message: dict[str, Any] = self._run(request, "messages.get", "reading the message")
        return message

    @staticmethod
    def _email(message: dict[str, Any]) -> Email:
        email = email_from_bytes(_from_b64url(message["raw"]), id=str(message["id"]))
        return replace(email, thread_id=str(message["threadId"]))

    def messages(self, message_ids: Sequence[str]) -> dict[str, Email]:
        """Several messages read raw in batches of 50 (a scan's candidates), by message id.

        Messages deleted meanwhile are left out; raises ``GoogleUnavailable`` when some
        message still cannot be read after the retries.
        """
        found: dict[str, Email] = {}
        for chunk in _chunks(list(dict.fromkeys(message_ids)), BATCH_SIZE):
            requests = {
                message_id: self._api.messages().get(userId=self._user, id=message_id, format="raw") for message_id in chunk
            }
            responses = self._run_batch(requests, "messages.get", "reading your recent messages")
            for message_id, message in responses.items():
                email = email_from_bytes(_from_b64url(message["raw"]), id=message_id)
                found[message_id] = replace(email, thread_id=str(message["threadId"]))
        return found

    def create_draft(self, thread_id: str, raw: bytes) -> SavedDraft:
        """A draft reply in ``thread_id``; Gmail threads it when In-Reply-To/References and Subject match."""
        body = {"message": {"raw": _b64url(raw), "threadId": thread_id}}
        try:
            draft = self._run(self._api.drafts().create(userId=self._user, body=body), "drafts.create", "saving the draft")
        except GoogleApiError as error:
            if _gone(error):
                raise ThreadGone(f"The thread {thread_id} no longer exists in Gmail.") from error
            raise
        return SavedDraft(
            draft_id=str(draft["id"]),
            thread_id=str(draft["message"]["threadId"]),
            message_id=str(draft["message"]["id"]),
            fingerprint=fingerprint(raw),
        )

    def update_draft(self, saved: SavedDraft, raw: bytes) -> DraftUpdateResult:
        """Replace the draft with ``raw`` only if it still holds exactly what Tactful wrote.

        Gmail has no conditional update, so a user's edit landing between the read and
        the write is not detected; the window is one round trip.
        """
        try:
            request = self._api.drafts().get(userId=self._user, id=saved.draft_id, format="raw")
            current = self._run(request, "drafts.get", "reading the draft")
        except GoogleApiError as error:
            if _gone(error):
                return DraftUpdateResult(DraftUpdate.GONE, saved)
            raise
        if fingerprint(_from_b64url(current["message"]["raw"])) != saved.fingerprint:
            return DraftUpdateResult(DraftUpdate.USER_EDITED, saved)
        wanted = fingerprint(raw)
        if wanted == saved.fingerprint:
            return DraftUpdateResult(DraftUpdate.UNCHANGED, saved)
        body = {"id": saved.draft_id, "message": {"raw": _b64url(raw), "threadId": saved.thread_id}}
        try:
            request = self._api.drafts().update(userId=self._user, id=saved.draft_id, body=body)
            draft = self._run(request, "drafts.update", "updating the draft")
        except GoogleApiError as error:
            if _gone(error):
                return DraftUpdateResult(DraftUpdate.GONE, saved)
            raise
        updated = SavedDraft(
            draft_id=str(draft["id"]),
            thread_id=str(draft["message"]["threadId"]),
            message_id=str(draft["message"]["id"]),
            fingerprint=wanted,
        )
        return DraftUpdateResult(DraftUpdate.UPDATED, updated)

