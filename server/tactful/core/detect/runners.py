"""Ways of running a regular expression that skip the places it cannot match.

Each runner finds exactly what the plain ``re`` call finds (the tests compare them on
every corpus), using what ``anchors`` reads from the pattern: the literals a match
needs, the words it begins with, the line it stays on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ahocorasick

from tactful.core.detect.anchors import (
    best_group,
    leading_literals,
    min_width,
    required_literals,
    search_from_word,
    starts_at_line,
    starts_at_word,
)
from tactful.core.detect.caseless import Lowered, written_in_lower_case
from tactful.core.times.lowered import occurrences


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
        for position in occurrences(source.lowered, self._starts):
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
        for position in occurrences(lowered, self._anchor):
            start = lowered.rfind("\n", 0, position) + 1
            end = lowered.find("\n", position)
            lines.add((start, len(lowered) if end == -1 else end))
        pattern, searched = self._searched(source)
        for start, end in sorted(lines):
            line = lowered[start:end] if self._others else ""
            if all(any(literal in line for literal in group) for group in self._others):
                yield from pattern.finditer(searched, start, end)


class LeadingSearch:
    """A case-sensitive pattern searched only where one of the literals it begins with
    starts: ``search`` gives the match ``pattern.search`` gives (the leftmost one, tried
    at the leftmost place it can start).

    For the cues read once on a lower-cased message: a choice of words at the start of a
    pattern (``\\b(?:sorry|apolog\\w+|...)``) gives ``re`` no fast skip, so it tries every
    alternative at every position, where a few ``str.find`` calls list the places to try.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        if self.pattern.flags & re.IGNORECASE:
            raise ValueError(f"literals are matched as written, not in any case: {pattern!r}")
        leading = leading_literals(pattern)
        if not leading:
            raise ValueError(f"no leading literal in {pattern!r}")
        self._starts = _shortest_prefixes(leading)

    def search(self, text: str) -> re.Match[str] | None:
        for position in occurrences(text, self._starts):
            match = self.pattern.match(text, position)
            if match is not None:
                return match
        return None

    def sub(self, replacement: str, text: str) -> str:
        """``pattern.sub``, skipped when the pattern does not occur."""
        return text if self.search(text) is None else self.pattern.sub(replacement, text)


class LineStartPattern:
    """A pattern that begins with ``^`` (compiled with ``re.MULTILINE``), tried only where
    a line starts: ``finditer`` and ``search`` give what the compiled pattern's own give.

    ``re`` has no quick way to the next line: it tries such a pattern at every position of
    the text and fails there, where one ``str.find`` per line lists the few places a match
    can start.  Only for patterns that never match an empty string, so that each match
    ends after the place it starts and the search goes on from its end.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if not starts_at_line(pattern) or min_width(pattern) == 0:
            raise ValueError(f"does not begin with ^, or can match nothing: {pattern!r}")
        self.pattern = re.compile(pattern, flags | re.MULTILINE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        start = 0
        while True:
            match = self.pattern.match(text, start)
            if match is not None:
                yield match
            # The first line start at or after where the search goes on (never 0: a match
            # ends after its start, and a failed try moves one character on).
            resume = match.end() if match is not None else start + 1
            start = text.find("\n", resume - 1) + 1
            if start == 0:
                return

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)
