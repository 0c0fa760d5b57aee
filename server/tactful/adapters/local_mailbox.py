"""Messages from local files (JSONL, .eml, mbox such as a Google Takeout export, Maildir),
and reply drafts written back as .eml files or into a Maildir's Drafts folder."""

from __future__ import annotations

import json
import mailbox
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tactful.core.mime import email_from_bytes, email_from_json
from tactful.core.model import Email

_SLUG = re.compile(r"[^A-Za-z0-9._-]+")
# File names stay well under the usual 255-byte limit, with room for "-N.eml".
_MAX_SLUG = 100
_JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
# An mbox writer escapes body lines starting "From " as ">From "; mboxrd readers take one
# ">" off any such line again, which the stdlib's mbox reader leaves to its caller.
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


@dataclass(frozen=True)
class ReadProblem:
    """One message (or a whole file) that could not be read; the others still are."""

    source: str
    where: str | None
    reason: str

    def __str__(self) -> str:
        place = f"{self.source}:{self.where}" if self.where else self.source
        return f"{place}: {self.reason}"


def is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def _from_jsonl(path: Path) -> Iterator[Email | ReadProblem]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield email_from_json(json.loads(line))
            except (ValueError, TypeError) as error:
                yield ReadProblem(str(path), f"line {number}", str(error))
            except RecursionError:  # json.loads on arrays nested thousands deep
                yield ReadProblem(str(path), f"line {number}", "JSON nested too deeply")


def _in_directory(child: Path) -> bool:
    """Whether a directory walk reads ``child``: mail files and Maildirs, nothing else."""
    return child.suffix.lower() in (".eml", ".jsonl", ".mbox") or is_maildir(child)


def _from_mailbox(path: Path, box: mailbox.Mailbox) -> Iterator[Email | ReadProblem]:
    try:
        # Sorted so that a Maildir (whose keys start with the delivery time) reads the same
        # way every time; dot files are hidden by the Maildir convention, as in _count.
        keys = sorted(key for key in box.keys() if not str(key).startswith("."))
        for position, key in enumerate(keys, start=1):
            try:
                raw = box.get_bytes(key)
            except (OSError, KeyError, ValueError) as error:
                yield ReadProblem(str(path), f"message {position}", str(error))
                continue
            if isinstance(box, mailbox.mbox):
                raw = _ESCAPED_FROM.sub(rb"\1", raw)
            email = email_from_bytes(raw)
            yield email if email.id else email_from_bytes(raw, id=f"{path.name}#{position}")
    finally:
        box.close()


def _from_path(path: Path) -> Iterator[Email | ReadProblem]:
    if is_maildir(path):
        yield from _from_mailbox(path, mailbox.Maildir(path, factory=None, create=False))
    elif path.is_dir():
        for child in sorted(path.iterdir()):
            if _in_directory(child):
                yield from _from_path(child)
    elif path.suffix.lower() in _JSONL_SUFFIXES:
        yield from _from_jsonl(path)
    elif path.suffix.lower() == ".eml":
        email = email_from_bytes(path.read_bytes())
        yield email if email.id else email_from_bytes(path.read_bytes(), id=path.name)
    else:
        yield from _from_mailbox(path, mailbox.mbox(path, create=False))


def read_messages(paths: Iterable[Path]) -> Iterator[Email | ReadProblem]:
    """Every message of ``paths`` in order; a file or message that cannot be read is a ``ReadProblem``."""
    for path in paths:
        if not path.exists():
            yield ReadProblem(str(path), None, "no such file or directory")
            continue
        try:
            yield from _from_path(path)
        except (OSError, UnicodeError, mailbox.Error) as error:
            yield ReadProblem(str(path), None, str(error) or type(error).__name__)


def _count(path: Path) -> int | None:
    if is_maildir(path):
        # Maildir readers skip dot files, so they are not counted either.
        return sum(1 for sub in ("cur", "new") for entry in (path / sub).iterdir() if not entry.name.startswith("."))
    if path.is_dir():
        counts = [_count(child) for child in sorted(path.iterdir()) if _in_directory(child)]
        return None if None in counts else sum(count for count in counts if count is not None)
    if not path.is_file():
        return None
    if path.suffix.lower() == ".eml":
        return 1
    with path.open("rb") as handle:
        if path.suffix.lower() in _JSONL_SUFFIXES:
            return sum(1 for line in handle if line.strip())
        return sum(1 for line in handle if line.startswith(b"From "))


def count_messages(paths: Iterable[Path]) -> int | None:
    """How many messages ``paths`` hold, cheaply (line and separator counts); None if unknown."""
    total = 0
    for path in paths:
        count = _count(path)
        if count is None:
            return None
        total += count
    return total


def save_draft(out_dir: Path, message_id: str, raw: bytes) -> Path:
    """Write ``raw`` as ``<out_dir>/<id>.eml``, or ``<id>-2.eml``… when that name is taken.

    An existing file is never overwritten: the user may have edited an earlier draft.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = _SLUG.sub("_", message_id).strip("._")[:_MAX_SLUG] or "draft"
    for attempt in range(1, 10_000):
        path = out_dir / (f"{stem}.eml" if attempt == 1 else f"{stem}-{attempt}.eml")
        try:
            with path.open("xb") as handle:
                handle.write(raw)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"too many drafts for {message_id} in {out_dir}")


def save_draft_to_maildir(maildir: Path, raw: bytes) -> str:
    """Add ``raw`` to the Maildir++ ``Drafts`` folder of ``maildir`` (flag D); returns its key."""
    box = mailbox.Maildir(maildir, factory=None, create=False)
    drafts = box.get_folder("Drafts") if "Drafts" in box.list_folders() else box.add_folder("Drafts")
    message = mailbox.MaildirMessage(raw)
    message.set_subdir("cur")
    message.add_flag("D")
    return drafts.add(message)


def group_threads(emails: Iterable[Email]) -> list[tuple[Email, ...]]:
    """``emails`` grouped into conversations, each in order of sending.

    Two messages share a thread when one's Message-ID is in the other's References (which
    include In-Reply-To), when both reference a common id, or when they carry the same
    ``thread_id`` (as Gmail gives).  Threads come in the order of their first message in
    ``emails``; messages without a known sending time keep their place at the end.
    """
    items: Sequence[Email] = list(emails)
    parent = list(range(len(items)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    owner: dict[str, int] = {}
    for index, item in enumerate(items):
        keys = [*(item.references), *([item.message_id] if item.message_id else [])]
        keys += [f"thread:{item.thread_id}"] if item.thread_id else []
        for key in keys:
            first = owner.setdefault(key, index)
            a, b = root(first), root(index)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[Email]] = {}
    for index, item in enumerate(items):
        groups.setdefault(root(index), []).append(item)
    return [tuple(sorted(group, key=_sending_order)) for group in groups.values()]


def _sending_order(item: Email) -> tuple[bool, float]:
    return (item.sent_at is None, item.sent_at.timestamp() if item.sent_at else 0.0)
