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

import ahocorasick

from tactful.core.detect.caseless import Lowered, written_in_lower_case

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


class WordPattern:
    """A pattern that begins with ``\\b``, compiled without it and searched with
    ``search_from_word``: the same first match, found without the slow start."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if not pattern.startswith("\\b") or not starts_at_word(pattern):
            raise ValueError(f"does not begin with \\b: {pattern!r}")
        self.pattern = re.compile(pattern[2:], flags)

    def search(self, text: str) -> re.Match[str] | None:
        return search_from_word(self.pattern, text, 0, len(text))


class PatternSet:
    """Which of several patterns occur in a text, found with one pass for their literals.

    One Aho-Corasick pass lists the required literals the text holds; only the patterns
    whose every group of literals is there are searched.  Answers what
    ``pattern.search(text) is not None`` answers for each.
    """

    def __init__(self, patterns: dict[str, re.Pattern[str]]) -> None:
        self._patterns = [(name, pattern, required_literals(pattern.pattern)) for name, pattern in patterns.items()]
        self._automaton = ahocorasick.Automaton()
        for literal in {literal for _, _, groups in self._patterns for group in groups for literal in group}:
            self._automaton.add_word(literal, literal)
        self._automaton.make_automaton()

    def found(self, text: str) -> frozenset[str]:
        """The names of the patterns that occur in ``text``."""
        present = (frozenset(literal for _, literal in self._automaton.iter(text))
                   if self._automaton.kind == ahocorasick.AHOCORASICK else frozenset())
        return frozenset(
            name for name, pattern, groups in self._patterns
            if all(not present.isdisjoint(group) for group in groups) and pattern.search(text) is not None
        )


class GatedPattern:
    """A compiled pattern that is only run when the text holds the literals it requires.

    For the few dozen extraction patterns that run once per message, checking each
    required literal with ``in`` (on the lower-cased text) costs far less than a regex
    scan that cannot match.

    A case-insensitive pattern written in lower case runs, case-sensitive, on the
    lower-cased text: ``re`` matches it there several times faster, at the same places.
    Its matches are then matches in ``lowered``: read their spans, and take the words
    from the original text.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._requirement = tuple(
            frozenset(literal.lower() for literal in group) for group in required_literals(pattern.pattern)
        )
        self._lower_twin = (
            re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
            if pattern.flags & re.IGNORECASE and written_in_lower_case(pattern.pattern)
            else None
        )

    def _holds_literals(self, lowered: str) -> bool:
        return all(any(literal in lowered for literal in group) for group in self._requirement)

    def _searched(self, source: Lowered) -> tuple[re.Pattern[str], str]:
        """The pattern to run and the text to run it on."""
        if self._lower_twin is not None and source.plain:
            return self._lower_twin, source.lowered
        return self.pattern, source.text

    def finditer(self, source: Lowered) -> Iterator[re.Match[str]]:
        """Matches at the places where ``pattern`` matches the text."""
        if not source.plain:
            # The literals may be spelled with letters that lower-case to something else.
            yield from self.pattern.finditer(source.text)
        elif self._holds_literals(source.lowered):
            pattern, searched = self._searched(source)
            yield from pattern.finditer(searched)

    def search(self, source: Lowered) -> re.Match[str] | None:
        """The first match, as ``pattern.search`` finds it."""
        return next(self.finditer(source), None)


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


def _occurrences(lowered: str, literals: frozenset[str]) -> list[int]:
    """Sorted positions where one of ``literals`` starts in ``lowered``."""
    found: set[int] = set()
    for literal in literals:
        position = lowered.find(literal)
        while position != -1:
            found.add(position)
            position = lowered.find(literal, position + 1)
    return sorted(found)


def _shortest_prefixes(literals: frozenset[str]) -> frozenset[str]:
    """``literals`` without those that begin with another one: they start nowhere new."""
    return frozenset(
        literal for literal in literals if not any(other != literal and literal.startswith(other) for other in literals)
    )


class LeadingPattern(GatedPattern):
    """A gated pattern tried only where one of the literals it begins with starts.

    ``finditer`` gives exactly the matches of ``pattern.finditer``: a match can start
    nowhere else, and matching at a position sees the whole text around it.  This
    spares the regex engine a try at every position of the text, which a pattern that
    begins with ``\\b`` and a choice of words (under ``re.IGNORECASE``) would cost.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        super().__init__(pattern)
        leading = leading_literals(pattern.pattern)
        if not leading:
            raise ValueError(f"no leading literal in {pattern.pattern!r}")
        self._starts = _shortest_prefixes(frozenset(literal.lower() for literal in leading))

    def finditer(self, source: Lowered) -> Iterator[re.Match[str]]:
        if not source.plain:
            yield from super().finditer(source)
            return
        pattern, searched = self._searched(source)
        end = 0
        for position in _occurrences(source.lowered, self._starts):
            if position < end:
                continue
            match = pattern.match(searched, position)
            if match is not None:
                yield match
                end = max(match.end(), position + 1)


class LinePattern(GatedPattern):
    """A gated pattern run only on the lines that hold the literals it requires.

    Only for patterns whose matches, and whatever they look at besides ``\\b``, never
    reach the end of their line (no ``\\s``, ``$`` or class that takes a line break):
    then every match lies on a line holding its literals, and cutting the text at the
    line's end changes nothing it sees.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        super().__init__(pattern)
        self._anchor = best_group(self._requirement)
        if not self._anchor:
            raise ValueError(f"no required literal in {pattern.pattern!r}")
        self._others = tuple(group for group in self._requirement if group != self._anchor)

    def finditer(self, source: Lowered) -> Iterator[re.Match[str]]:
        if not source.plain:
            yield from super().finditer(source)
            return
        lowered = source.lowered
        lines: set[tuple[int, int]] = set()
        for position in _occurrences(lowered, self._anchor):
            start = lowered.rfind("\n", 0, position) + 1
            end = lowered.find("\n", position)
            lines.add((start, len(lowered) if end == -1 else end))
        pattern, searched = self._searched(source)
        for start, end in sorted(lines):
            line = lowered[start:end] if self._others else ""
            if all(any(literal in line for literal in group) for group in self._others):
                yield from pattern.finditer(searched, start, end)
