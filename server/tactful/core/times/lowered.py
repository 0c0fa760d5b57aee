"""A lower-case copy of a text with the same length, so offsets stay valid.

The extractors match lower-case patterns against this copy: case-insensitive matching
in ``re`` is several times slower, and speed matters (thousands of mails a second).
"""

from __future__ import annotations

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_same_length(text: str) -> str:
    """``text.lower()``, or its ASCII-only form when full lower-casing changes the length."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)
