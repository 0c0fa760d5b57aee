"""The ``Mailbox`` port over a local Maildir: the local twin of ``GmailMailbox``.

Threads are rebuilt from Message-ID / In-Reply-To / References (``group_threads``), since
a Maildir keeps no thread ids.  A thread's id is a short hash of its first message's
Message-ID, so it is stable across restarts and safe in a URL.  Drafts live in the
Maildir++ ``Drafts`` folder (``.Drafts``) with the D flag, where mail clients look.

A Google Takeout ``.mbox`` works too, read-only: Tactful never rewrites the export, and
its drafts go to a Maildir of their own (``drafts``).
"""

from __future__ import annotations

import hashlib
import mailbox
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tactful.adapters.gmail import fingerprint
from tactful.adapters.local_mailbox import group_threads, is_maildir
from tactful.core.mime import email_from_bytes
from tactful.core.model import Email
from tactful.service.ports import DraftUpdate, DraftUpdateResult, SavedDraft, ThreadGone, ThreadSummary

DRAFTS_FOLDER = "Drafts"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SNIPPET_CHARS = 160
# mboxrd escapes body lines starting "From " as ">From "; the stdlib reader leaves them
# escaped, so a copy into a Maildir takes one ">" off again.
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


def copy_mbox_to_maildir(mbox_path: Path, maildir: Path) -> int:
    """Copy every message of ``mbox_path`` into a new Maildir at ``maildir``; returns how many."""
    source = mailbox.mbox(mbox_path, create=False)
    target = mailbox.Maildir(maildir, factory=None, create=True)
    try:
        count = 0
        for key in source.keys():
            message = mailbox.MaildirMessage(_ESCAPED_FROM.sub(rb"\1", source.get_bytes(key)))
            message.set_subdir("cur")
            message.add_flag("S")
            target.add(message)
            count += 1
        return count
    finally:
        source.close()


def _thread_id(first: Email, key: str) -> str:
    anchor = first.message_id or f"key:{key}"
    return hashlib.sha256(anchor.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class _Thread:
    thread_id: str
    messages: tuple[Email, ...]  # in order of sending; ``Email.id`` is the Maildir key

    @property
    def newest(self) -> Email:
        return self.messages[-1]

    def ids(self) -> frozenset[str]:
        return frozenset(
            ref for message in self.messages for ref in (*message.references, message.message_id or "") if ref
        )


def _snippet(body: str) -> str:
    return " ".join(body.split())[:_SNIPPET_CHARS]


class MaildirMailbox:
    """The user's Maildir as a ``Mailbox``.

    ``clock`` says what "now" is when listing the last ``days`` days: the real clock
    in use, the snapshot date for the sample mailbox.  Messages are read again at each
    call: a local mailbox is small and another client may change it at any time.
    """

    def __init__(self, path: Path, clock: Callable[[], datetime], drafts: Path | None = None) -> None:
        if path.is_file():
            if drafts is None:
                raise ValueError(f"{path} is an mbox, read-only: drafts need a Maildir of their own")
        elif not is_maildir(path):
            raise FileNotFoundError(f"{path} is neither a Maildir (with cur/ and new/ folders) nor an mbox file")
        self._path = path
        self._drafts_path = drafts
        self._clock = clock
        # Threads as last read, with the folder times they were read at: a listing reads
        # each thread again, and parsing the whole Maildir each time made it quadratic.
        self._cache: tuple[tuple[int, ...], dict[str, _Thread]] | None = None

    @property
    def path(self) -> Path:
        return self._path

    def _box(self) -> mailbox.Maildir | mailbox.mbox:
        if self._path.is_file():
            return mailbox.mbox(self._path, factory=None, create=False)
        return mailbox.Maildir(self._path, factory=None, create=False)

    def _drafts(self) -> mailbox.Maildir:
        if self._drafts_path is not None:
            return mailbox.Maildir(self._drafts_path, factory=None, create=True)
        box = mailbox.Maildir(self._path, factory=None, create=False)
        if DRAFTS_FOLDER in box.list_folders():
            return box.get_folder(DRAFTS_FOLDER)
        return box.add_folder(DRAFTS_FOLDER)

    def _messages(self, box: mailbox.Maildir | mailbox.mbox) -> Iterator[Email]:
        try:
            for key in sorted(box.keys()):
                try:
                    raw = box.get_bytes(key)
                except (OSError, KeyError):  # moved or deleted by another client meanwhile
                    continue
                if isinstance(box, mailbox.mbox):
                    raw = _ESCAPED_FROM.sub(rb"\1", raw)
                yield email_from_bytes(raw, id=str(key))
        finally:
            box.close()

    def _version(self) -> tuple[int, ...]:
        """Changes when a message is delivered, removed or renamed (flags) in cur/ or new/.

        The entry counts catch a delivery in the same clock tick as the last read, which
        a folder's modification time alone can miss.
        """
        if self._path.is_file():
            status = self._path.stat()
            return (status.st_mtime_ns, status.st_size)
        folders = (self._path / "cur", self._path / "new")
        return (*(folder.stat().st_mtime_ns for folder in folders), *(len(os.listdir(folder)) for folder in folders))

    def _threads(self) -> dict[str, _Thread]:
        version = self._version()
        cache = self._cache
        if cache is not None and cache[0] == version:
            return cache[1]
        threads = {}
        for group in group_threads(self._messages(self._box())):
            thread_id = _thread_id(group[0], group[0].id)
            threads[thread_id] = _Thread(thread_id, tuple(replace(message, thread_id=thread_id) for message in group))
        self._cache = (version, threads)
        return threads

    def _thread(self, thread_id: str) -> _Thread:
        thread = self._threads().get(thread_id)
        if thread is None:
            raise ThreadGone(f"No thread {thread_id} in this mailbox.")
        return thread

    def _draft_references(self) -> list[frozenset[str]]:
        """The ids each draft refers to (its own Message-ID and References)."""
        return [frozenset((*draft.references, draft.message_id or "")) - {""} for draft in self._messages(self._drafts())]

    def candidate_threads(self, days: int) -> Sequence[ThreadSummary]:
        """Threads whose newest message was sent in the last ``days`` days, newest first.

        There is no server-side search to narrow the listing as on Gmail: detection
        decides which of them are invitations.
        """
        if days < 1:
            raise ValueError("days must be at least 1")
        now = self._clock()
        since = now - timedelta(days=days)
        drafts = self._draft_references()
        summaries = []
        for thread in self._threads().values():
            newest = thread.newest
            received = newest.sent_at or _EPOCH
            if not since <= received <= now + timedelta(days=1):
                continue
            ids = thread.ids()
            summaries.append(
                ThreadSummary(
                    thread_id=thread.thread_id,
                    message_id=newest.id,
                    sender=f"{newest.from_name} <{newest.from_email}>" if newest.from_name else newest.from_email,
                    subject=newest.subject,
                    received=received,
                    snippet=_snippet(newest.body),
                    message_count=len(thread.messages),
                    has_draft=any(refs & ids for refs in drafts),
                )
            )
        return sorted(summaries, key=lambda summary: summary.received, reverse=True)

    def newest_message(self, thread_id: str, message_id: str | None = None) -> Email:
        thread = self._thread(thread_id)
        if message_id is None:
            return thread.newest
        for message in thread.messages:
            if message.id == message_id:
                return message
        raise ThreadGone(f"No message {message_id} in thread {thread_id}.")

    def messages(self, message_ids: Sequence[str]) -> dict[str, Email]:
        wanted = set(message_ids)
        return {
            message.id: message
            for thread in self._threads().values()
            for message in thread.messages
            if message.id in wanted
        }

    def create_draft(self, thread_id: str, raw: bytes) -> SavedDraft:
        """Save ``raw`` in the Drafts folder; mail clients thread it by its References."""
        self._thread(thread_id)
        message = mailbox.MaildirMessage(raw)
        message.set_subdir("cur")
        message.add_flag("D")
        key = self._drafts().add(message)
        return SavedDraft(
            draft_id=key,
            thread_id=thread_id,
            message_id=email_from_bytes(raw).message_id or key,
            fingerprint=fingerprint(raw),
        )

    def update_draft(self, saved: SavedDraft, raw: bytes) -> DraftUpdateResult:
        """Replace the draft in place only if it still holds what Tactful wrote.

        A mail client that saves an edited draft usually writes a new file and deletes
        the old one: that reads as ``GONE``, and the edited draft is never touched.
        """
        drafts = self._drafts()
        try:
            current = drafts.get_bytes(saved.draft_id)
        except (KeyError, FileNotFoundError):
            return DraftUpdateResult(DraftUpdate.GONE, saved)
        if fingerprint(current) != saved.fingerprint:
            return DraftUpdateResult(DraftUpdate.USER_EDITED, saved)
        wanted = fingerprint(raw)
        if wanted == saved.fingerprint:
            return DraftUpdateResult(DraftUpdate.UNCHANGED, saved)
        message = mailbox.MaildirMessage(raw)
        message.set_subdir("cur")
        message.add_flag("D")
        drafts[saved.draft_id] = message
        updated = replace(saved, message_id=email_from_bytes(raw).message_id or saved.draft_id, fingerprint=wanted)
        return DraftUpdateResult(DraftUpdate.UPDATED, updated)
