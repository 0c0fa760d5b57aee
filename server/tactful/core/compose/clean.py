"""Tidy sender- and user-supplied text before it goes into a draft.

Everything a sender wrote may hold line breaks, control characters or stray
punctuation.  These helpers turn such text into one clean line, or into nothing when
nothing useful is left, so templates never print "None", an empty name or a broken
header.  They never interpret the text: ``{{ x }}`` stays ``{{ x }}``.
"""

from __future__ import annotations

import re
import unicodedata

_ROLE_NOUN = re.compile(r"\s+(?:role|position|opening|job|vacancy)$", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
_MSG_ID = re.compile(r"<[^<>\s]+>")
_NOT_A_NAME = frozenset(
    {"team", "recruiting", "recruitment", "recruiter", "talent", "careers", "hiring",
     "hr", "jobs", "noreply", "no-reply", "people", "support", "info", "admin"}
)
_PLACEHOLDER_WORDS = frozenset({"none", "null", "nil", "n/a", "na", "undefined", "unknown"})


def one_line(text: str | None) -> str:
    """Collapse every run of whitespace (CR, LF, tabs, Unicode separators) into one
    space and drop other control and format characters; ``None`` becomes ``""``."""
    if text is None:
        return ""
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch)[0] != "C"
    )
    return " ".join(kept.split())


def field(text: str | None) -> str:
    """A detected value (name, company, role) as one line, or ``""`` when it is empty
    or only a placeholder word such as "None" that must never reach a draft."""
    value = one_line(text).strip(" ,;:")
    return "" if value.lower() in _PLACEHOLDER_WORDS else value


def company(text: str | None) -> str:
    """The company name without trailing dots, so "Acme Inc." never ends a
    sentence with "..". """
    return field(text).rstrip(".").strip()


def role(text: str | None) -> str:
    """The role title without a trailing "role"/"position", which the templates add."""
    return _ROLE_NOUN.sub("", field(text)).strip()


def first_name(text: str | None) -> str:
    """A first name fit for a greeting, or ``""`` when the value does not look like
    a person's name (an address, a number, a team such as "Recruiting")."""
    value = field(text)
    words = value.split()
    if (
        not words
        or len(words) > 3
        or len(value) > 40
        or any(ch in value for ch in "@<>()[]{}\"=/\\")
        or any(ch.isdigit() for ch in value)
        or any(word.lower() in _NOT_A_NAME for word in words)
    ):
        return ""
    return value


def sentence(text: str | None) -> str:
    """User free text as one sentence: one line, capitalised, ending in punctuation,
    without a leading bullet that would turn it into a list item."""
    value = one_line(text).lstrip("-*•· ")
    if not value:
        return ""
    value = value[0].upper() + value[1:]
    return value if value[-1] in ".!?" else value + "."


def url(text: str | None) -> str:
    """The first http(s) URL in the text, or ``""``: only real web links are repeated
    back in a draft."""
    found = _URL.search(one_line(text))
    return found.group(0) if found else ""


def message_ids(*values: str | None) -> tuple[str, ...]:
    """Every ``<id>`` token in the values, in order, without duplicates.

    A bare id without angle brackets is bracketed.  Whatever is not an id (stray
    words, header-looking text) is dropped, so nothing else can reach a header.
    """
    ids: list[str] = []
    for value in values:
        line = one_line(value)
        tokens = _MSG_ID.findall(line)
        if not tokens and line and " " not in line and "<" not in line and ">" not in line:
            tokens = [f"<{line}>"]
        for token in tokens:
            if token not in ids:
                ids.append(token)
    return tuple(ids)
