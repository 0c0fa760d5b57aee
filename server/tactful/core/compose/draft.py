"""The entry point: compose a reply draft to one message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage

from tactful.core.compose import clean
from tactful.core.compose.context import template_variables
from tactful.core.compose.message import build_message, references
from tactful.core.compose.options import ReplyOptions
from tactful.core.compose.recipients import ascii_domain, reply_recipients
from tactful.core.compose.render import render
from tactful.core.compose.subject import reply_subject
from tactful.core.model import Detection, Email
from tactful.core.slots.model import Slot


@dataclass(frozen=True)
class Draft:
    """A reply ready to be saved as a draft.

    ``to`` and ``cc`` are address lists as a reader sees them ("Jane Doe
    <jane@acme.com>", comma-separated; ``cc`` is ``""`` when empty).  ``in_reply_to``
    and ``references`` are ``""`` when the original carried no Message-ID.
    ``message`` is the whole RFC 5322 message; do not change it in place.
    """

    to: str
    cc: str
    subject: str
    in_reply_to: str
    references: str
    body_text: str
    body_html: str
    message: EmailMessage

    def raw(self) -> bytes:
        """The message as bytes, with CRLF line ends, ready for Gmail's ``raw`` or an .eml."""
        return self.message.as_bytes()


def _sender(options: ReplyOptions) -> Address | None:
    if not options.user_email or not options.user_email.strip():
        return None
    return ascii_domain(Address(clean.field(options.user_name), addr_spec=clean.one_line(options.user_email)))


def compose_reply(
    original: Email,
    detection: Detection,
    options: ReplyOptions,
    slots: Sequence[Slot] = (),
    now: datetime | None = None,
) -> Draft:
    """Compose the reply to ``original`` that ``options`` asks for.

    ``slots`` are the alternative times a reschedule proposes (the first five are
    used), or, for an accept, the one time the user picked among those proposed (the
    first proposed time is confirmed when it is empty).  ``now`` sets the Date header
    and decides whether dates need a year; the draft carries no Date without it.

    Raises ``ValueError`` when ``now`` is naive, the user's address is malformed, or
    the original gives no address to reply to (``NoRecipientError``).
    """
    if now is not None and now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    to, cc = reply_recipients(original, options.user_email, options.include_cc)
    wording = render(options.action, template_variables(detection, options, slots, now))
    thread = clean.message_ids(original.message_id)
    chain = references(clean.message_ids(*original.references, *thread))
    subject = reply_subject(original.subject)
    message = build_message(
        sender=_sender(options),
        to=to,
        cc=cc,
        subject=subject,
        in_reply_to=thread[0] if thread else "",
        reference_ids=chain,
        text=wording.text,
        html=wording.html,
        date=now,
    )
    return Draft(
        to=", ".join(str(address) for address in to),
        cc=", ".join(str(address) for address in cc),
        subject=subject,
        in_reply_to=thread[0] if thread else "",
        references=" ".join(chain),
        body_text=wording.text,
        body_html=wording.html,
        message=message,
    )
