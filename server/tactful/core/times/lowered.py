"""A lower-case copy of a text with the same length, so offsets stay valid.

The extractors match lower-case patterns against this copy: case-insensitive matching
in ``re`` is several times slower, and speed matters (thousands of mails a second).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_same_length(text: str) -> str:
    """``text.lower()``, or its ASCII-only form when full lower-casing changes the length."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


# A line break inside a paragraph that the sender's mail program wrapped at a fixed width:
# the line before it is long and ends mid-sentence (not on a full stop, nor on a colon
# that heads a list), and the line after it goes on with a word or a number rather than
# a bullet, a quote, a label that opens a field of its own ("End: 10/20/2026 10:00 AM")
# or a row of a table ("Tuesday, February 23 | 7:00 PM | ...").
# The pattern opens on the line break itself so that ``re`` skips straight to each one.
_SOFT_BREAK_RE = re.compile(r"\n(?<=[^\n]{59}[^\n:.!?]\n)(?=[^\s\-•*>|·–—])(?![^\W\d][\w ]{0,24}:\s)(?![^\n]*\|)")


def occurrences(lowered: str, literals: Iterable[str]) -> list[int]:
    """Sorted, distinct positions where one of ``literals`` starts in ``lowered``
    (``str.find`` per literal: for a handful of literals, faster than any regex scan)."""
    found: set[int] = set()
    for literal in literals:
        position = lowered.find(literal)
        while position != -1:
            found.add(position)
            position = lowered.find(literal, position + 1)
    return sorted(found)


class Literals:
    """A fixed set of strings, and whether a text holds any of them.

    One Aho-Corasick pass stops at the first one found; a regex alternation of as many
    words is tried branch by branch at every position of the text.
    """

    def __init__(self, literals: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for literal in literals:
            self._automaton.add_word(literal, literal)
        if len(self._automaton) == 0:
            raise ValueError("no literal to look for")
        self._automaton.make_automaton()

    def found_in(self, text: str) -> bool:
        """Whether one of the strings occurs in ``text``."""
        return next(self._automaton.iter(text), None) is not None


def unwrap_soft_breaks(lowered: str) -> str:
    """``lowered`` with each soft line break of wrapped prose as a space, same length:
    "move your interview from Tuesday⏎10 March" is one clause, as its writer typed it."""
    return _SOFT_BREAK_RE.sub(" ", lowered) if "\n" in lowered else lowered
