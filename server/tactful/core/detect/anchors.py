"""The literal text a regular expression cannot match without.

Detection runs a few hundred phrase patterns over every message.  CPython's regex
engine tries each pattern at every position, so most of the cost is spent on patterns
that cannot match at all.  Checking first, with the fast ``in`` operator, that the
text holds one of the literals a pattern requires skips nearly all of those searches.

The literals are read from the pattern's parse tree (``re._parser``, the standard
library's own parser) rather than written by hand next to each pattern, so they can
never drift from the patterns.  No maintained library extracts required literals from
Python regexes, hence this module.
"""

from __future__ import annotations

import re._constants as sre_constants
import re._parser as sre_parser
import re
from collections.abc import Iterator
from typing import Any

Alternatives = frozenset[str]
"""At least one of these strings occurs in every match."""

Requirement = tuple[Alternatives, ...]
"""Every one of these groups has a string in every match."""

_NOTHING: Alternatives = frozenset()
_SHORTEST_USEFUL = 3


def best_group(groups: Requirement) -> Alternatives:
    """The most selective group: the one whose shortest literal is longest."""
    return max(groups, key=lambda group: (min(map(len, group)), -len(group)), default=_NOTHING)


def _useful(group: Alternatives) -> bool:
    return bool(group) and min(map(len, group)) >= _SHORTEST_USEFUL


def _sequence(items: Any) -> Requirement:
    groups: list[Alternatives] = []
    run: list[str] = []
    for op, value in items:
        if op is sre_constants.LITERAL:
            run.append(chr(value))
            continue
        if run:
            groups.append(frozenset({"".join(run)}))
            run = []
        if op is sre_constants.SUBPATTERN:
            groups.extend(_sequence(value[-1]))
        elif op is sre_constants.BRANCH:
            branches = [best_group(_sequence(branch)) for branch in value[1]]
            if all(branches):
                groups.append(frozenset().union(*branches))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and value[0] >= 1:
            groups.extend(_sequence(value[2]))
    if run:
        groups.append(frozenset({"".join(run)}))
    return tuple(group for group in groups if _useful(group))


def required_literals(pattern: str) -> Requirement:
    """Groups of strings such that every match of ``pattern`` contains a string of each group.

    An empty result means nothing is known and the pattern must always be tried.
    """
    return _sequence(sre_parser.parse(pattern))


def max_width(pattern: str) -> int:
    """The most characters a match of ``pattern`` can span."""
    return int(sre_parser.parse(pattern).getwidth()[1])


def starts_at_word(pattern: str) -> bool:
    """Whether ``pattern`` begins with ``\\b`` that applies to the whole of it."""
    parsed = sre_parser.parse(pattern)
    return len(parsed) > 0 and parsed[0] == (sre_constants.AT, sre_constants.AT_BOUNDARY)


def is_boundary(text: str, position: int) -> bool:
    """What ``\\b`` tests at ``position``: a word character on exactly one side."""
    before = position > 0 and _is_word(text[position - 1])
    after = position < len(text) and _is_word(text[position])
    return before != after


def _is_word(character: str) -> bool:
    return character.isalnum() or character == "_"


def search_from_word(pattern: re.Pattern[str], text: str, position: int, end: int) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text[position:end]`` that starts at a word boundary.

    Patterns that began with ``\\b`` are compiled without it and checked here: a leading
    ``\\b`` costs CPython's regex engine its fast scan for the first characters, which
    makes every search about three times slower.
    """
    while (match := pattern.search(text, position, end)) is not None:
        if is_boundary(text, match.start()):
            return match
        position = match.start() + 1
    return None


class GatedPattern:
    """A compiled pattern that is only run when the text holds the literals it requires.

    For the few dozen extraction patterns that run once per message, checking each
    required literal with ``in`` (on the lower-cased text) costs far less than a regex
    scan that cannot match.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._requirement = tuple(
            frozenset(literal.lower() for literal in group) for group in required_literals(pattern.pattern)
        )

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """Matches in ``text``; ``lowered`` is ``text.lower()``."""
        if all(any(literal in lowered for literal in group) for group in self._requirement):
            yield from self.pattern.finditer(text)
