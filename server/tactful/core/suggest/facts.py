"""Facts about the job read from a message, each with the words it was read from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Generic, TypeVar

from tactful.core.suggest.preferences import Arrangement, EmploymentType, PayPeriod, Sector

T = TypeVar("T")

_SNIPPET_MAX = 160
MAX_FACTS = 10  # of one kind per message: enough to judge, bounded for hostile input
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


@dataclass(frozen=True)
class Fact(Generic[T]):
    """One fact and ``snippet``, the words of the message it came from (shown to the user)."""

    value: T
    snippet: str


@dataclass(frozen=True)
class PayRange:
    """Stated pay: ``low``/``high`` may be open ("up to 90k", "from 60k")."""

    low: float | None
    high: float | None
    currency: str
    period: PayPeriod

    @property
    def yearly_high(self) -> float | None:
        return None if self.high is None else self.high * self.period.per_year

    @property
    def yearly_low(self) -> float | None:
        return None if self.low is None else self.low * self.period.per_year


@dataclass(frozen=True)
class JobFacts:
    """What a message says about the job; ``employer`` holds the names the employer goes by."""

    arrangements: tuple[Fact[Arrangement], ...] = ()
    locations: tuple[Fact[str], ...] = ()
    employment_types: tuple[Fact[EmploymentType], ...] = ()
    pay: tuple[Fact[PayRange], ...] = ()
    sectors: tuple[Fact[Sector], ...] = ()
    employer: tuple[Fact[str], ...] = ()


def snippet(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``, whitespace tidied, cut to a readable length.

    Only a window around the words is searched, so many facts in a long text stay cheap.
    """
    window = max(0, start - _SNIPPET_MAX)
    left = max((m.end() for m in _SENTENCE_END.finditer(text, window, start)), default=window)
    found = _SENTENCE_END.search(text, end, end + _SNIPPET_MAX)
    right = found.start() + 1 if found else min(len(text), end + _SNIPPET_MAX)
    if right - left > _SNIPPET_MAX:
        middle = (start + end) // 2
        left = max(left, middle - _SNIPPET_MAX // 2)
        right = min(right, left + _SNIPPET_MAX)
    return " ".join(text[left:right].split()).strip(" ,;")
