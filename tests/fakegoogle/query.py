"""The part of Gmail's search syntax a scan uses, evaluated against one message.

Supported: plain words and "quoted phrases" (whole words, any case, in subject, body
or sender), ``from:``, ``to:``, ``subject:`` (with a word, a phrase or a parenthesised
group), ``newer_than:``/``older_than:`` (Nd, Nm, Ny), ``in:``, ``label:``, ``category:``,
``OR`` (binds tighter than the implicit AND, as in Gmail), ``{a b}`` (any of), ``( )``
and a leading ``-`` for negation.  Anything else is refused, so a query the fake does
not understand fails loudly instead of matching by accident.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta


class QueryError(ValueError):
    """A query the fake cannot evaluate."""


@dataclass(frozen=True)
class MessageView:
    """What a search looks at in one message."""

    subject: str
    sender: str
    recipients: str
    body: str
    labels: frozenset[str]
    received: datetime


Predicate = Callable[[MessageView], bool]
_TOKEN = re.compile(r'\s*(?:(?P<open>[({])|(?P<close>[)}])|(?P<phrase>"[^"]*")|(?P<word>[^\s(){}"]+))')
_AGE = re.compile(r"^(\d+)([dmy])$")
_AGE_DAYS = {"d": 1, "m": 31, "y": 366}
_FIELDS = ("from", "to", "subject")
_LABELS = {"inbox": "INBOX", "sent": "SENT", "drafts": "DRAFT", "spam": "SPAM", "trash": "TRASH", "chats": "CHAT"}


def _tokens(query: str) -> list[str]:
    tokens: list[str] = []
    position = 0
    query = query.strip()
    while position < len(query):
        match = _TOKEN.match(query, position)
        if match is None or match.end() == position:
            raise QueryError(f"cannot read the query at {query[position:]!r}")
        tokens.append(match.group(match.lastgroup or "word").strip())
        position = match.end()
    return [token for token in tokens if token]


def _contains_words(text: str, words: str) -> bool:
    pattern = r"(?<!\w)" + r"\W+".join(re.escape(word) for word in words.split()) + r"(?!\w)"
    return bool(words.split()) and re.search(pattern, text, re.IGNORECASE) is not None


def _text_of(view: MessageView, field: str | None) -> str:
    if field == "from":
        return view.sender
    if field == "to":
        return view.recipients
    if field == "subject":
        return view.subject
    return "\n".join((view.subject, view.sender, view.body))


def _term(text: str, field: str | None) -> Predicate:
    words = text.strip('"')
    if field in ("from", "to"):
        needle = words.lower()
        return lambda view: needle in _text_of(view, field).lower()
    return lambda view: _contains_words(_text_of(view, field), words)


class _Parser:
    def __init__(self, tokens: list[str], now: datetime) -> None:
        self._tokens = tokens
        self._at = 0
        self._now = now

    def _peek(self) -> str | None:
        return self._tokens[self._at] if self._at < len(self._tokens) else None

    def _next(self) -> str:
        token = self._peek()
        if token is None:
            raise QueryError("the query ends too early")
        self._at += 1
        return token

    def parse(self) -> Predicate:
        predicate = self._all(field=None, closer=None)
        if self._peek() is not None:
            raise QueryError(f"unexpected {self._peek()!r}")
        return predicate

    def _all(self, field: str | None, closer: str | None) -> Predicate:
        parts: list[Predicate] = []
        while self._peek() is not None and self._peek() != closer:
            parts.append(self._any(field))
        if closer is not None:
            if self._next() != closer:
                raise QueryError(f"missing {closer!r}")
        return lambda view: all(part(view) for part in parts)

    def _any(self, field: str | None) -> Predicate:
        options = [self._unary(field)]
        while self._peek() == "OR":
            self._next()
            options.append(self._unary(field))
        return options[0] if len(options) == 1 else (lambda view: any(option(view) for option in options))

    def _unary(self, field: str | None) -> Predicate:
        token = self._peek()
        if token is not None and token.startswith("-") and len(token) > 1:
            self._tokens[self._at] = token[1:]
            inner = self._unary(field)
            return lambda view: not inner(view)
        return self._atom(field)

    def _atom(self, field: str | None) -> Predicate:
        token = self._next()
        if token == "(":
            return self._all(field, ")")
        if token == "{":
            options: list[Predicate] = []
            while self._peek() not in ("}", None):
                options.append(self._unary(field))
            self._next()
            return lambda view: any(option(view) for option in options)
        if token in (")", "}", "OR"):
            raise QueryError(f"unexpected {token!r}")
        if token.startswith('"'):
            return _term(token, field)
        name, colon, value = token.partition(":")
        if not colon or field is not None:
            return _term(token, field)
        return self._operator(name.lower(), value)

    def _operator(self, name: str, value: str) -> Predicate:
        if name in _FIELDS:
            if value:
                return _term(value, name)
            token = self._next()
            if token not in ("(", "{"):
                return _term(token, name)
            self._at -= 1
            return self._atom(name)
        if name in ("newer_than", "older_than"):
            age = _AGE.match(value)
            if age is None:
                raise QueryError(f"bad age {value!r}")
            limit = self._now - timedelta(days=int(age[1]) * _AGE_DAYS[age[2]])
            if name == "newer_than":
                return lambda view: view.received >= limit
            return lambda view: view.received < limit
        if name == "in":
            if value == "anywhere":
                return lambda view: True
            label = _LABELS.get(value.lower())
            if label is None:
                raise QueryError(f"in:{value} is not supported by the fake")
            return lambda view: label in view.labels
        if name == "label":
            wanted = value.upper()
            return lambda view: wanted in view.labels
        if name == "category":
            wanted = f"CATEGORY_{value.upper()}"
            return lambda view: wanted in view.labels
        raise QueryError(f"operator {name}: is not supported by the fake")


def compile_query(query: str, now: datetime) -> Predicate:
    """A predicate telling whether a message matches ``query`` at time ``now``."""
    return _Parser(_tokens(query), now).parse()
