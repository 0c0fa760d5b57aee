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

import re
import re._constants as sre_constants
import re._parser as sre_parser
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


# Words that fill every English sentence: a literal made of them alone occurs in
# nearly every mail, often many times, and selects nothing.
_COMMON_WORDS = frozenset(
    "a all an and are as at be but by can do for from have i in is it me my of on or our so that the this "
    "to was we will with you your".split()
)


def _is_common(literal: str) -> bool:
    words = literal.split()
    return any(character.isalpha() for character in literal) and (
        len(literal.strip()) < 3 or all(word in _COMMON_WORDS for word in words)
    )


def is_common_group(group: Alternatives) -> bool:
    """Whether a group holds a literal made of common words (see ``rarest_group``)."""
    return any(map(_is_common, group))


def rarest_group(groups: Requirement) -> Alternatives:
    """The group whose literals should occur least: none of them made of common words
    alone, then the longest shortest literal (``best_group``'s rule)."""
    return max(
        groups,
        key=lambda group: (not is_common_group(group), min(map(len, group)), -len(group)),
        default=_NOTHING,
    )


def _sequence(items: Any, shortest: int) -> Requirement:
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
            groups.extend(_sequence(value[-1], shortest))
        elif op is sre_constants.BRANCH:
            branches = [best_group(_sequence(branch, shortest)) for branch in value[1]]
            if all(branches):
                groups.append(frozenset().union(*branches))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and value[0] >= 1:
            groups.extend(_sequence(value[2], shortest))
    if run:
        groups.append(frozenset({"".join(run)}))
    return tuple(group for group in groups if group and min(map(len, group)) >= shortest)


def required_literals(pattern: str, shortest: int = _SHORTEST_USEFUL) -> Requirement:
    """Groups of strings such that every match of ``pattern`` contains a string of each group.

    Literals shorter than ``shortest`` occur in most texts and are left out.  An empty
    result means nothing is known and the pattern must always be tried.
    """
    return _sequence(sre_parser.parse(pattern), shortest)


def required_punctuation(pattern: str) -> Alternatives:
    """Marks (no letter, digit or space) one of which every match of ``pattern`` holds.

    A pattern of short words has no literal worth looking for, but a question mark it
    needs is rarer in prose than any word.
    """
    marks = [group for group in required_literals(pattern, shortest=1)
             if all(not character.isalnum() and not character.isspace() for literal in group for character in literal)]
    return marks[0] if marks else _NOTHING


def max_width(pattern: str) -> int:
    """The most characters a match of ``pattern`` can span."""
    return int(sre_parser.parse(pattern).getwidth()[1])


def starts_at_word(pattern: str) -> bool:
    """Whether ``pattern`` begins with ``\\b`` that applies to the whole of it."""
    parsed = sre_parser.parse(pattern)
    return len(parsed) > 0 and parsed[0] == (sre_constants.AT, sre_constants.AT_BOUNDARY)


def starts_at_line(pattern: str) -> bool:
    """Whether ``pattern`` begins with ``^`` that applies to the whole of it."""
    parsed = sre_parser.parse(pattern)
    return len(parsed) > 0 and parsed[0] == (sre_constants.AT, sre_constants.AT_BEGINNING)


def min_width(pattern: str) -> int:
    """The fewest characters a match of ``pattern`` can span."""
    return int(sre_parser.parse(pattern).getwidth()[0])


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


def leading_literals(pattern: str) -> frozenset[str]:
    """Strings one of which every match of ``pattern`` begins with; empty when unknown.

    Read from the parse tree like ``required_literals``: a leading ``\\b`` is passed
    over, then a run of literal characters, or a choice whose every branch begins with one.
    """
    return _leading(list(sre_parser.parse(pattern)))


def _leading(items: list[Any]) -> frozenset[str]:
    while items and items[0] == (sre_constants.AT, sre_constants.AT_BOUNDARY):
        items = items[1:]
    run = ""
    for op, value in items:
        if op is not sre_constants.LITERAL:
            break
        run += chr(value)
    if run:
        return frozenset({run})
    if not items:
        return _NOTHING
    op, value = items[0]
    if op is sre_constants.SUBPATTERN:
        return _leading(list(value[-1]))
    if op is sre_constants.BRANCH:
        branches = [_leading(list(branch)) for branch in value[1]]
        return frozenset().union(*branches) if all(branches) else _NOTHING
    return _NOTHING
