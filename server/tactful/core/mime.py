"""Turn a raw RFC 5322 message, or a JSON record, into an ``Email``.

Parsing is the standard library's job (``email`` with ``policy.default``); this module
only decides what to keep, and caps the work so a hostile message cannot hang a scan:
at most ``MAX_BYTES`` are parsed, ``MAX_PARTS`` parts visited, ``MAX_DEPTH`` levels of
nesting followed, and ``MAX_TEXT_CHARS`` of text kept.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from email import policy
from email.errors import HeaderParseError
from email.header import decode_header
from email.message import Message
from email.parser import BytesParser
from typing import Any

from tactful.core.html_text import html_to_text
from tactful.core.model import Email

MAX_BYTES = 10 * 1024 * 1024
MAX_PARTS = 200
MAX_DEPTH = 20
MAX_TEXT_CHARS = 256 * 1024
MAX_ICS_CHARS = 512 * 1024
# The stdlib parser spends about 0.15 ms per part and parses every parameter of a
# Content-* header (about 0.1 ms each), and its header parser grows worse than linearly
# with a field's length; so before parsing, the raw message is cut at its
# MAX_DELIMITERS-th boundary-like line and each field the parser or this module reads is
# cut to MAX_FIELD_BYTES (MAX_CONTENT_FIELD_BYTES for Content-* fields).
MAX_DELIMITERS = MAX_PARTS + 56
MAX_FIELD_BYTES = 16 * 1024
MAX_CONTENT_FIELD_BYTES = 256

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_SPACE = re.compile(r"\s")
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_FALLBACK_CHARSETS = ("utf-8", "cp1252")
# Single-byte charsets that decode any bytes, so a UTF-8 body mislabelled with one of them
# would silently become mojibake ("cafÃ©"); valid multi-byte UTF-8 is tried first, since
# real Western text almost never forms it by chance.
_UTF8_FIRST = frozenset({"us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "iso-8859-15", "windows-1252", "cp1252"})
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})
_DELIMITER_LINE = re.compile(rb"^--", re.MULTILINE)
_FIELD = re.compile(
    rb"^(?:(content-[a-z-]*)|from|to|cc|bcc|reply-to|sender|subject|date|message-id|references|in-reply-to)"
    rb"[ \t]*:[^\n]*(?:\n[ \t][^\n]*)*",
    re.MULTILINE | re.IGNORECASE,
)


def _one_line(value: str) -> str:
    """Header text as data: control characters (CR/LF included) become spaces."""
    return _CONTROL.sub(" ", value).strip()


# What policy.default may raise when it parses a header on access, e.g. a From name whose
# encoded words decode to CR/LF (headerregistry refuses such an address).
_HEADER_ERRORS = (ValueError, TypeError, IndexError, AttributeError, HeaderParseError)


def _raw_header(message: Message, name: str) -> str | None:
    """The header as it stands in the message, encoded words still encoded."""
    wanted = name.lower()
    return next((str(value) for key, value in message.raw_items() if key.lower() == wanted), None)


def _decode_words(raw: str) -> str:
    """Encoded words decoded one by one, each through the charset fallbacks of ``_decode``.

    policy.default turns the bytes of an encoded word in an unknown charset into U+FFFD;
    this keeps "=?x-unknown?q?J=E9r=F4me?=" readable as "Jérôme".
    """
    try:
        chunks = decode_header(raw)
    except (HeaderParseError, ValueError):
        return raw
    return "".join(
        _decode(chunk, charset) if isinstance(chunk, bytes) else chunk for chunk, charset in chunks
    )


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except _HEADER_ERRORS:
        raw = _raw_header(message, name)
        value = _decode_words(raw) if raw is not None else None
    if value is None:
        return ""
    text = str(value)
    if "\ufffd" in text:
        text = _decode_words(_raw_header(message, name) or text)
    return _one_line(text)


def _addresses(message: Message, name: str) -> list[tuple[str, str]]:
    try:
        value = message.get(name)
        # policy.default renders the parsed addresses with names quoted as needed.
        pairs = email.utils.getaddresses([str(value)]) if value is not None else []
        if any("\ufffd" in display for display, _ in pairs):
            raise ValueError("a name in an unknown charset")  # read it from the raw header
    except _HEADER_ERRORS:
        # Split the raw header first and decode each name after, so that a decoded name
        # (which may hold commas, colons or "@") can never turn into an address.
        raw = _raw_header(message, name)
        pairs = [(_decode_words(display), address) for display, address in email.utils.getaddresses([raw or ""])]
    # An "address" holding spaces is a phrase with no address in it ("From: not an address").
    cleaned = [(_one_line(display), _one_line(address)) for display, address in pairs]
    return [(display, address) for display, address in cleaned if address and not _SPACE.search(address)]


def _decode(payload: bytes, charset: str | None) -> str:
    """Bytes to text with the declared charset, else UTF-8, else Windows-1252; never raises."""
    declared = (charset,) if charset else ()
    order = _FALLBACK_CHARSETS + declared if charset in _UTF8_FIRST else declared + _FALLBACK_CHARSETS
    for candidate in order:
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1", errors="replace")


def _leaves(message: Message, depth: int = 0) -> Iterator[Message]:
    if depth > MAX_DEPTH:
        return
    if message.is_multipart():
        payload = message.get_payload()
        for part in payload if isinstance(payload, list) else ():
            if isinstance(part, Message):
                yield from _leaves(part, depth + 1)
    else:
        yield message


def _text_of(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, AssertionError):
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    return _decode(payload[:MAX_TEXT_CHARS * 4], part.get_content_charset())


def _sent_at(message: Message) -> datetime | None:
    raw = _header(message, "Date")
    if not raw:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _cap_field(match: re.Match[bytes]) -> bytes:
    limit = MAX_CONTENT_FIELD_BYTES if match[1] else MAX_FIELD_BYTES
    return match[0][:limit]


def _bounded(raw: bytes) -> bytes:
    """``raw`` cut to the sizes the parser handles quickly (see MAX_DELIMITERS)."""
    raw = raw[:MAX_BYTES]
    for count, delimiter in enumerate(_DELIMITER_LINE.finditer(raw), start=1):
        if count > MAX_DELIMITERS:
            raw = raw[: delimiter.start()]
            break
    return _FIELD.sub(_cap_field, raw)


def _parse(raw: bytes) -> Message:
    """The parsed message; only its headers when its nesting is too deep to parse.

    The stdlib parser recurses once per level of multipart nesting and no maintained
    parser avoids that, so a hostile message nested about a thousand levels deep raises
    RecursionError; its headers still parse, and its body is then dropped.
    """
    parser = BytesParser(policy=policy.default)
    bounded = _bounded(raw)
    try:
        return parser.parsebytes(bounded)
    except RecursionError:
        return parser.parsebytes(bounded, headersonly=True)


def _references(references: str, in_reply_to: str) -> tuple[str, ...]:
    """The thread's message ids, oldest first, ending with the parent's.

    ``Email`` has no In-Reply-To of its own: the parent's id is appended to References
    when a client left it out (RFC 5322 3.6.4 puts it last).
    """
    ids = _MESSAGE_ID.findall(references)
    parent = _MESSAGE_ID.findall(in_reply_to)[:1]
    return tuple(ids + [ident for ident in parent if ident not in ids])


def email_from_bytes(raw: bytes, *, id: str | None = None) -> Email:
    """Parse one message; anything unreadable inside it is skipped, never raised."""
    message = _parse(raw)
    plain: list[str] = []
    html: list[str] = []
    ics: list[str] = []
    for count, part in enumerate(_leaves(message)):
        if count >= MAX_PARTS:
            break
        content_type = part.get_content_type()
        if part.get_content_disposition() == "attachment" and content_type not in _CALENDAR_TYPES:
            continue
        if content_type == "text/plain":
            plain.append(_text_of(part))
        elif content_type == "text/html":
            html.append(_text_of(part))
        elif content_type in _CALENDAR_TYPES:
            ics.append(_text_of(part)[:MAX_ICS_CHARS])
    html_text = "\n".join(html)[:MAX_TEXT_CHARS] or None
    # Line ends as in the JSON input and the HTML conversion, whatever the file used.
    body = "\n".join(plain).replace("\r\n", "\n")[:MAX_TEXT_CHARS]
    if not body.strip() and html_text:
        body = html_to_text(html_text)[:MAX_TEXT_CHARS]
    senders = _addresses(message, "From")
    from_name, from_email = senders[0] if senders else ("", "")
    reply_to = _addresses(message, "Reply-To")
    message_id = _MESSAGE_ID.search(_header(message, "Message-ID"))
    return Email(
        id=id or (message_id.group(0).strip("<>") if message_id else ""),
        from_name=from_name,
        from_email=from_email,
        subject=_header(message, "Subject"),
        body=body,
        sent_at=_sent_at(message),
        to=tuple(address for _, address in _addresses(message, "To")),
        cc=tuple(address for _, address in _addresses(message, "Cc")),
        reply_to=email.utils.formataddr(reply_to[0]) if reply_to else None,
        message_id=message_id.group(0) if message_id else None,
        references=_references(_header(message, "References"), _header(message, "In-Reply-To")),
        html=html_text,
        ics=tuple(ics),
    )


def _text_field(record: Mapping[str, Any], name: str, *, required: bool = True) -> str:
    value = record.get(name)
    if value is None:
        if required:
            raise ValueError(f"missing field {name!r}")
        return ""
    if not isinstance(value, str):
        raise ValueError(f"field {name!r} must be a string, not {type(value).__name__}")
    return value


def _address_list(value: Any, name: str) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return _json_addresses([value])
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return _json_addresses(value)
    raise ValueError(f"field {name!r} must be a string or a list of strings")


# A bare address, which is what most "to" fields hold, comes back from the header
# parser unchanged: it is passed over (the parser costs more than the rest of decoding).
_BARE_ADDRESS = re.compile(r"[\w+-]+(?:\.[\w+-]+)*@[\w-]+(?:\.[\w-]+)+", re.ASCII)


def _json_addresses(values: list[str]) -> tuple[str, ...]:
    if all(_BARE_ADDRESS.fullmatch(value) for value in values):
        return tuple(values)
    return tuple(address for _, address in email.utils.getaddresses(values) if address)


def _ics_parts(value: Any) -> tuple[str, ...]:
    """``ics`` holds one calendar's text or a list of them."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(item for item in value if item)
    raise ValueError("field 'ics' must be a string or a list of strings")


def _iso_moment(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError("field 'sent_at' must be an ISO 8601 string")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        raise ValueError(f"field 'sent_at' is not ISO 8601: {value!r}") from error
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def email_from_json(record: Mapping[str, Any]) -> Email:
    """An ``Email`` from one record of the JSONL input format (see DESIGN.md).

    Raises ``ValueError`` naming the field that is missing or malformed.
    """
    if not isinstance(record, Mapping):
        raise ValueError("each line must be a JSON object")
    identifier = record.get("id")
    if not isinstance(identifier, (str, int)) or identifier == "":
        raise ValueError("missing field 'id'")
    html = _text_field(record, "html", required=False)[:MAX_TEXT_CHARS] or None
    body = _text_field(record, "body", required=html is None)[:MAX_TEXT_CHARS]
    if not body.strip() and html:
        body = html_to_text(html)[:MAX_TEXT_CHARS]
    ics_parts = _ics_parts(record.get("ics"))
    references = _text_field(record, "references", required=False)
    return Email(
        id=str(identifier),
        from_name=_one_line(_text_field(record, "from_name", required=False)),
        from_email=_one_line(_text_field(record, "from_email")),
        subject=_one_line(_text_field(record, "subject", required=False)),
        body=body,
        sent_at=_iso_moment(record.get("sent_at")),
        to=_address_list(record.get("to"), "to"),
        cc=_address_list(record.get("cc"), "cc"),
        reply_to=_one_line(_text_field(record, "reply_to", required=False)) or None,
        message_id=_one_line(_text_field(record, "message_id", required=False)) or None,
        references=tuple(_MESSAGE_ID.findall(references)) or tuple(references.split()),
        html=html,
        ics=tuple(part[:MAX_ICS_CHARS] for part in ics_parts),
    )

