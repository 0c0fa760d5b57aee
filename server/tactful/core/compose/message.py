"""Build the RFC 5322 reply with the standard library's ``email`` package.

The headers come only from cleaned values: addresses parsed into
``email.headerregistry.Address`` objects, a one-line subject, and message ids that
match ``<...>``.  The ``email`` policy then does the RFC 2047 encoding of non-ASCII
names and subjects and folds long headers; the body parts use quoted-printable
whenever a line is long or not ASCII, so no line of the message exceeds 78
characters unless a single token (a long message id or URL) cannot be split.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

POLICY = policy.SMTP.clone(cte_type="7bit", max_line_length=76)
"""CRLF line ends as RFC 5322 wants, and a 7-bit body (quoted-printable when needed)
so the draft survives any transport unchanged.  The folder is aimed at 76 columns
because the standard library's header folding can overshoot its limit by a character
after an encoded word; that keeps every line within RFC 5322's 78."""

UTF8_POLICY = POLICY.clone(utf8=True)
"""For the rare address whose local part is not ASCII: such an address cannot be
encoded in 7-bit headers, so those are written in UTF-8 as RFC 6532 allows."""

MAX_REFERENCES = 20
"""References keep the thread's first message and the latest ones up to this count,
as RFC 5322 section 3.6.4 allows, so long threads do not grow an unbounded header."""


def references(ids: Sequence[str]) -> tuple[str, ...]:
    """Trim a References chain to ``MAX_REFERENCES``, keeping its root and its tail."""
    if len(ids) <= MAX_REFERENCES:
        return tuple(ids)
    return (ids[0], *ids[len(ids) - MAX_REFERENCES + 1 :])


def build_message(
    *,
    sender: Address | None,
    to: Sequence[Address],
    cc: Sequence[Address],
    subject: str,
    in_reply_to: str,
    reference_ids: Sequence[str],
    text: str,
    html: str,
    date: datetime | None,
) -> EmailMessage:
    """A multipart/alternative reply (text, then HTML) with threading headers.

    ``date`` must be timezone-aware; the Date header is left out when it is ``None``
    (the mail service adds one when the draft is sent).
    """
    addresses = [*to, *cc, *([sender] if sender is not None else [])]
    ascii_only = all(address.username.isascii() for address in addresses)
    message = EmailMessage(policy=POLICY if ascii_only else UTF8_POLICY)
    if sender is not None:
        message["From"] = sender
    message["To"] = tuple(to)
    if cc:
        message["Cc"] = tuple(cc)
    message["Subject"] = subject
    if date is not None:
        message["Date"] = format_datetime(date)
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if reference_ids:
        message["References"] = " ".join(reference_ids)
    message.set_content(text, charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    for part in message.iter_parts():
        # add_alternative gives the new part its own MIME-Version; only the top needs one.
        del part["MIME-Version"]
    message.set_boundary(_boundary(text, html))
    return message


def _boundary(text: str, html: str) -> str:
    """A boundary derived from the content, so the same draft gives the same bytes.

    The boundary must not occur in the parts; a text cannot contain a digest of
    itself, so this one never does.
    """
    digest = hashlib.sha256(f"{text}\0{html}".encode()).hexdigest()[:32]
    return f"=_tactful_{digest}"
