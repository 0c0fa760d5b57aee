"""Gmail v1 in memory: messages kept as raw RFC 5322 bytes, served as Gmail shapes them."""

from __future__ import annotations

import base64
import email.utils
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import Message
from email.parser import BytesParser
from typing import Any

from fakegoogle.errors import ApiError
from fakegoogle.query import MessageView, QueryError, compile_query

Handler = Callable[["GmailState", Mapping[str, str], Mapping[str, list[str]], Any], tuple[int, Any]]
_SNIPPET_CHARS = 200
MAX_PAGE = 500  # Gmail serves at most 500 threads or drafts per page
_TAGS = re.compile(r"<[^>]*>")
_REPLY_PREFIX = re.compile(r"^\s*((re|fwd?|aw)\s*:\s*)+", re.IGNORECASE)
_MESSAGE_IDS = re.compile(r"<[^<>\s]+>")


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def from_b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class StoredMessage:
    id: str
    thread_id: str
    raw: bytes
    label_ids: list[str]
    internal_date_ms: int
    history_id: int

    @property
    def parsed(self) -> Message:
        return BytesParser(policy=policy.default).parsebytes(self.raw)


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, TypeError, IndexError, AttributeError):
        return ""
    return "" if value is None else str(value)


def _texts(message: Message) -> tuple[str, str]:
    plain: list[str] = []
    html: list[str] = []
    for part in message.walk():
        if part.is_multipart() or part.get_filename():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        text = payload.decode(part.get_content_charset() or "utf-8", errors="replace")
        if part.get_content_type() == "text/plain":
            plain.append(text)
        elif part.get_content_type() == "text/html":
            html.append(_TAGS.sub(" ", text))
    return "\n".join(plain), "\n".join(html)


def _headers(part: Message, wanted: Sequence[str] | None = None) -> list[dict[str, str]]:
    names = {name.lower() for name in wanted} if wanted is not None else None
    return [
        {"name": name, "value": _header_value(value)}
        for name, value in part.items()
        if names is None or name.lower() in names
    ]


def _header_value(value: Any) -> str:
    return " ".join(str(value).split())


@dataclass
class GmailState:
    """One user's mailbox."""

    email_address: str
    now: datetime
    messages: dict[str, StoredMessage] = field(default_factory=dict)
    threads: dict[str, list[str]] = field(default_factory=dict)
    drafts: dict[str, str] = field(default_factory=dict)
    _counter: int = 0x18F3A00000000000

    def _new_id(self) -> str:
        self._counter += 0x1A2B3
        return f"{self._counter:x}"

    def seed_message(
        self,
        raw: bytes,
        *,
        thread_id: str | None = None,
        label_ids: Sequence[str] = ("INBOX", "UNREAD"),
        received: datetime | None = None,
    ) -> StoredMessage:
        """Store ``raw`` as a message of ``thread_id`` (a new thread when not given)."""
        parsed = BytesParser(policy=policy.default).parsebytes(raw)
        if received is None:
            date = _header(parsed, "Date")
            received = email.utils.parsedate_to_datetime(date) if date else self.now
        message_id = self._new_id()
        thread = thread_id or message_id
        self.threads.setdefault(thread, []).append(message_id)
        stored = StoredMessage(
            id=message_id,
            thread_id=thread,
            raw=raw,
            label_ids=list(label_ids),
            internal_date_ms=int(received.timestamp() * 1000),
            history_id=self._counter % 100_000,
        )
        self.messages[message_id] = stored
        return stored

    def delete_thread(self, thread_id: str) -> None:
        for message_id in self.threads.pop(thread_id, []):
            del self.messages[message_id]
        self.drafts = {key: value for key, value in self.drafts.items() if value in self.messages}

    def view(self, stored: StoredMessage) -> MessageView:
        parsed = stored.parsed
        plain, html = _texts(parsed)
        return MessageView(
            subject=_header(parsed, "Subject"),
            sender=_header(parsed, "From"),
            recipients=", ".join(_header(parsed, name) for name in ("To", "Cc")),
            body=plain or html,
            labels=frozenset(stored.label_ids),
            received=datetime.fromtimestamp(stored.internal_date_ms / 1000, UTC),
        )

    # ---- resources as Gmail shapes them ----

    def snippet(self, stored: StoredMessage) -> str:
        view = self.view(stored)
        return " ".join(view.body.split())[:_SNIPPET_CHARS]

    def message_resource(self, stored: StoredMessage, form: str, metadata_headers: Sequence[str] | None) -> dict[str, Any]:
        resource: dict[str, Any] = {
            "id": stored.id,
            "threadId": stored.thread_id,
            "labelIds": list(stored.label_ids),
            "snippet": self.snippet(stored),
            "sizeEstimate": len(stored.raw),
            "historyId": str(stored.history_id),
            "internalDate": str(stored.internal_date_ms),
        }
        parsed = stored.parsed
        if form == "raw":
            resource["raw"] = b64url(stored.raw)
        elif form == "metadata":
            resource["payload"] = {
                "mimeType": parsed.get_content_type(),
                "headers": _headers(parsed, metadata_headers or None),
            }
        elif form == "full":
            resource["payload"] = self._part(parsed, "", stored.id)
        return resource

    def _part(self, part: Message, part_id: str, message_id: str) -> dict[str, Any]:
        shaped: dict[str, Any] = {
            "partId": part_id,
            "mimeType": part.get_content_type(),
            "filename": part.get_filename() or "",
            "headers": _headers(part),
        }
        if part.is_multipart():
            children = part.get_payload()
            prefix = f"{part_id}." if part_id else ""
            shaped["body"] = {"size": 0}
            shaped["parts"] = [
                self._part(child, f"{prefix}{index}", message_id)
                for index, child in enumerate(children if isinstance(children, list) else [])
            ]
            return shaped
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        if part.get_filename():
            # Gmail serves an attachment's bytes from messages.attachments.get only.
            shaped["body"] = {"size": len(data), "attachmentId": f"ANGjdJ{message_id}_{part_id or '0'}"}
        else:
            shaped["body"] = {"size": len(data), "data": b64url(data)}
        return shaped

    def thread_resource(self, thread_id: str, form: str, metadata_headers: Sequence[str] | None) -> dict[str, Any]:
        messages = [self.messages[message_id] for message_id in self.threads[thread_id]]
        return {
            "id": thread_id,
            "historyId": str(max(message.history_id for message in messages)),
            "messages": [self.message_resource(message, form, metadata_headers) for message in messages],
        }

    def draft_resource(self, draft_id: str, form: str) -> dict[str, Any]:
        return {"id": draft_id, "message": self.message_resource(self.messages[self.drafts[draft_id]], form, None)}

    # ---- drafts ----

    def _thread_for_draft(self, raw: bytes, thread_id: str | None) -> str | None:
        """Gmail files a draft in the requested thread only when its headers belong there."""
        if thread_id is None:
            return None
        if thread_id not in self.threads:
            raise ApiError(404, "notFound", "Requested entity was not found.")
        parsed = BytesParser(policy=policy.default).parsebytes(raw)
        referenced = set(_MESSAGE_IDS.findall(_header(parsed, "In-Reply-To") + " " + _header(parsed, "References")))
        members = [self.messages[message_id].parsed for message_id in self.threads[thread_id]]
        ids_in_thread = {_header(member, "Message-ID").strip() for member in members}
        subject = _REPLY_PREFIX.sub("", _header(parsed, "Subject")).strip().lower()
        subjects = {_REPLY_PREFIX.sub("", _header(member, "Subject")).strip().lower() for member in members}
        return thread_id if referenced & ids_in_thread and subject in subjects else None

    def save_draft(self, body: Mapping[str, Any], draft_id: str | None) -> str:
        message = body.get("message") or {}
        raw_text = message.get("raw")
        if not raw_text:
            raise ApiError(400, "invalidArgument", "Missing draft message")
        raw = from_b64url(raw_text)
        thread = self._thread_for_draft(raw, message.get("threadId"))
        if draft_id is not None:
            old = self.messages.pop(self.drafts[draft_id])
            self.threads[old.thread_id].remove(old.id)
            if not self.threads[old.thread_id]:
                del self.threads[old.thread_id]
        stored = self.seed_message(raw, thread_id=thread, label_ids=("DRAFT",), received=self.now)
        draft_id = draft_id or f"r{int(stored.id, 16) % 10**19}"
        self.drafts[draft_id] = stored.id
        return draft_id


def legacy_id(message_id: str) -> str:
    """The hex id for an add-on event's ``msg-f:<decimal>`` form of it ([3P]: the same number)."""
    prefix, _, number = message_id.partition(":")
    return f"{int(number):x}" if prefix == "msg-f" and number.isdigit() else message_id


def _first(query: Mapping[str, list[str]], name: str, default: str) -> str:
    values = query.get(name)
    return values[0] if values else default


def _page(items: list[Any], query: Mapping[str, list[str]], default_size: int) -> tuple[list[Any], str | None]:
    start = int(_first(query, "pageToken", "0") or 0)
    size = min(int(_first(query, "maxResults", str(default_size))), MAX_PAGE)
    end = start + size
    return items[start:end], (str(end) if end < len(items) else None)


def _matcher(state: GmailState, query: Mapping[str, list[str]]) -> Callable[[StoredMessage], bool]:
    text = _first(query, "q", "")
    try:
        predicate = compile_query(text, state.now)
    except QueryError as error:
        raise ApiError(400, "invalidArgument", f"Invalid search query: {error}") from None
    hidden = {"SPAM", "TRASH"} if _first(query, "includeSpamTrash", "false") != "true" else set()
    labels = set(query.get("labelIds", []))
    return lambda stored: (
        not hidden & set(stored.label_ids) and labels <= set(stored.label_ids) and predicate(state.view(stored))
    )


def _check_user(state: GmailState, path: Mapping[str, str]) -> None:
    if path["userId"] not in ("me", state.email_address):
        raise ApiError(403, "forbidden", "Delegation denied for " + state.email_address)


def _message(state: GmailState, message_id: str) -> StoredMessage:
    stored = state.messages.get(legacy_id(message_id))
    if stored is None:
        raise ApiError(404, "notFound", "Requested entity was not found.")
    return stored


def get_profile(state: GmailState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    _check_user(state, path)
    return 200, {
        "emailAddress": state.email_address,
        "messagesTotal": len(state.messages),
        "threadsTotal": len(state.threads),
        "historyId": str(max((m.history_id for m in state.messages.values()), default=1)),
    }


def threads_list(state: GmailState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    _check_user(state, path)
    matches = _matcher(state, query)
    found = []
    for thread_id, message_ids in state.threads.items():
        members = [state.messages[message_id] for message_id in message_ids]
        if any(matches(member) for member in members):
            newest = max(members, key=lambda member: member.internal_date_ms)
            found.append((newest.internal_date_ms, thread_id, newest))
    found.sort(key=lambda item: item[0], reverse=True)
    page, token = _page(found, query, 100)
    result: dict[str, Any] = {
        "threads": [
            {"id": thread_id, "snippet": state.snippet(newest), "historyId": str(newest.history_id)}
            for _, thread_id, newest in page
        ],
        "resultSizeEstimate": len(found),
    }
    if not page:
        del result["threads"]
    if token:
        result["nextPageToken"] = token
    return 200, result


def threads_get(state: GmailState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    _check_user(state, path)
    if path["id"] not in state.threads:
        raise ApiError(404, "notFound", "Requested entity was not found.")
    return 200, state.thread_resource(path["id"], _first(query, "format", "full"), query.get("metadataHeaders"))


def messages_get(state: GmailState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    _check_user(state, path)
    stored = _message(state, path["id"])
    return 200, state.message_resource(stored, _first(query, "format", "full"), query.get("metadataHeaders"))


def attachments_get(state: GmailState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    _check_user(state, path)
    stored = _message(state, path["messageId"])
    prefix = f"ANGjdJ{stored.id}_"
    if not path["id"].startswith(prefix):
        raise ApiError(404, "notFound", "Requested entity was not found.")
    wanted = path["id"][len(prefix):]
    for part_id, leaf in _numbered_parts(stored.parsed, ""):
        if (part_id or "0") == wanted:
            payload = leaf.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            return 200, {"size": len(data), "data": b64url(data), "attachmentId": path["id"]}
    raise ApiError(404, "notFound", "Requested entity was not found.")


def _numbered_parts(part: Message, part_id: str) -> list[tuple[str, Message]]:
    if not part.is_multipart():
        return [(part_id, part)]
    children = part.get_payload()
    prefix = f"{part_id}." if part_id else ""
    found: list[tuple[str, Message]] = []
    for index, child in enumerate(children if isinstance(children, list) else []):
        found.extend(_numbered_parts(child, f"{prefix}{index}"))
    return found


def drafts_create(state: GmailState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    _check_user(state, path)
    draft_id = state.save_draft(body, None)
    return 200, state.draft_resource(draft_id, "minimal")


def drafts_update(state: GmailState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    _check_user(state, path)
    if path["id"] not in state.drafts:
        raise ApiError(404, "notFound", "Requested entity was not found.")
    draft_id = state.save_draft(body, path["id"])
    return 200, state.draft_resource(draft_id, "minimal")


def drafts_get(state: GmailState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    _check_user(state, path)
    if path["id"] not in state.drafts:
        raise ApiError(404, "notFound", "Requested entity was not found.")
    return 200, state.draft_resource(path["id"], _first(query, "format", "full"))


def drafts_list(state: GmailState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    _check_user(state, path)
    matches = _matcher(state, query)
    found = [
        {"id": draft_id, "message": {"id": message_id, "threadId": state.messages[message_id].thread_id}}
        for draft_id, message_id in state.drafts.items()
        if matches(state.messages[message_id])
    ]
    page, token = _page(found, query, 100)
    result: dict[str, Any] = {"drafts": page, "resultSizeEstimate": len(found)}
    if token:
        result["nextPageToken"] = token
    return 200, result


def drafts_delete(state: GmailState, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
    _check_user(state, path)
    message_id = state.drafts.pop(path["id"], None)
    if message_id is None:
        raise ApiError(404, "notFound", "Requested entity was not found.")
    stored = state.messages.pop(message_id)
    state.threads[stored.thread_id].remove(message_id)
    if not state.threads[stored.thread_id]:
        del state.threads[stored.thread_id]
    return 204, None


HANDLERS: dict[str, Handler] = {
    "gmail.users.getProfile": get_profile,
    "gmail.users.threads.list": threads_list,
    "gmail.users.threads.get": threads_get,
    "gmail.users.messages.get": messages_get,
    "gmail.users.messages.attachments.get": attachments_get,
    "gmail.users.drafts.create": drafts_create,
    "gmail.users.drafts.update": drafts_update,
    "gmail.users.drafts.get": drafts_get,
    "gmail.users.drafts.list": drafts_list,
    "gmail.users.drafts.delete": drafts_delete,
}

# Quota units per call (developers.google.com/gmail/api/reference/quota).
QUOTA_UNITS: dict[str, int] = {
    "gmail.users.getProfile": 1,
    "gmail.users.threads.list": 10,
    "gmail.users.threads.get": 10,
    "gmail.users.messages.get": 5,
    "gmail.users.messages.attachments.get": 5,
    "gmail.users.drafts.create": 10,
    "gmail.users.drafts.update": 15,
    "gmail.users.drafts.get": 5,
    "gmail.users.drafts.list": 5,
    "gmail.users.drafts.delete": 10,
}
