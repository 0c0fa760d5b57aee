"""Shared by the tables of wordings (tools, other languages, thread replies): a table maps a
name to ``(sender, subject, body, label)``, the sender written "Name <address>"."""

from __future__ import annotations

from datetime import datetime

from tactful.core.detect import detect
from tactful.core.model import Email, Label

Wording = tuple[str, str, str, Label]


def mail_from(sender: str, subject: str, body: str, sent_at: datetime, to: str) -> Email:
    """The mail ``sender`` ("Name <address>") sent to ``to``."""
    name, _, address = sender.partition(" <")
    return Email(id="t", from_name=name, from_email=address.rstrip(">"), subject=subject, body=body,
                 sent_at=sent_at, to=(to,))


def assert_label(mail: Email, label: Label) -> None:
    detection = detect(mail)
    assert detection.label is label, detection.reasons


def awaited_times(table: dict[str, Wording], skip_if_body_has: str) -> list[str]:
    """The rows that should yield a proposed time: invitations, confirmations and moves whose
    body holds no booking link (``skip_if_body_has``)."""
    return [name for name, (_, _, body, label) in table.items()
            if label is not Label.NOT_INVITE and skip_if_body_has not in body]
