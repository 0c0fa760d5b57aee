"""Who a reply goes to: the author (or their Reply-To), and the others when asked."""

from __future__ import annotations

from email.headerregistry import Address, HeaderRegistry

from tactful.core.compose.clean import one_line
from tactful.core.model import Email

_HEADERS = HeaderRegistry()


class NoRecipientError(ValueError):
    """The message being answered gives no address a reply could go to."""


def ascii_domain(address: Address) -> Address:
    """The address with an internationalised domain in its IDNA (punycode) form, which
    every mail system accepts; left as it is when the domain cannot be encoded."""
    if address.domain.isascii():
        return address
    try:
        domain = address.domain.encode("idna").decode("ascii")
    except UnicodeError:
        return address
    return Address(address.display_name, address.username, domain)


def parse_addresses(*values: str | None) -> tuple[Address, ...]:
    """Every well-formed mailbox in address-list values such as a Reply-To or Cc
    header, in order.  Groups are flattened; malformed entries are dropped."""
    found: list[Address] = []
    for value in values:
        line = one_line(value)
        if not line:
            continue
        header = _HEADERS("to", line)
        for address in getattr(header, "addresses", ()):
            if address.username and address.domain:
                found.append(ascii_domain(Address(one_line(address.display_name), address.username, address.domain)))
    return tuple(found)


def _author(original: Email) -> Address | None:
    try:
        return ascii_domain(Address(one_line(original.from_name), addr_spec=one_line(original.from_email)))
    except (ValueError, IndexError):
        found = parse_addresses(original.from_email)
        return Address(one_line(original.from_name), found[0].username, found[0].domain) if found else None


def _unique(addresses: tuple[Address, ...], skip: set[str]) -> tuple[Address, ...]:
    kept: list[Address] = []
    for address in addresses:
        key = address.addr_spec.lower()
        if key not in skip:
            skip.add(key)
            kept.append(address)
    return tuple(kept)


def reply_recipients(
    original: Email, user_email: str | None, include_cc: bool
) -> tuple[tuple[Address, ...], tuple[Address, ...]]:
    """``(to, cc)`` for a reply to ``original``.

    To is the Reply-To when it holds an address, else the author; when the user is
    answering their own message, it is that message's recipients.  Cc is empty unless
    asked for; then it carries the original's other To and Cc recipients, never the
    user and never anyone already in To.
    """
    me = {user_email.strip().lower()} if user_email and user_email.strip() else set()
    author = _author(original)
    if author is not None and author.addr_spec.lower() in me:
        to = _unique(parse_addresses(*original.to), set(me))
    else:
        to = _unique(parse_addresses(original.reply_to), set(me))
        if not to and author is not None:
            to = (author,)
    if not to:
        raise NoRecipientError(f"no address to reply to in message {original.id!r}")
    if not include_cc:
        return to, ()
    skip = me | {address.addr_spec.lower() for address in to}
    return to, _unique(parse_addresses(*original.to, *original.cc), skip)
