"""Where a date or time is *not* a proposal: quoted history, deadlines, past events,
opening hours.

The checks read only the words just before a mention, inside its clause, because that
is where English puts "by", "no later than", "we met on"...
"""

from __future__ import annotations

import re

# The newest part of a mail ends where the quoted history begins.
_QUOTE_START_RE = re.compile(
    r"^[ \t>]*(?:(?-i:On)\b[^\n]{0,300}(?:\n[^\n]{0,300})?\bwrote:[ \t]*$"
    r"|(?-i:Le)\b[^\n]{0,300}\ba écrit\s?:[ \t]*$"
    r"|(?-i:Am)\b[^\n]{0,300}\bschrieb[^\n]{0,100}:[ \t]*$"
    r"|-{2,}\s*Original Message\s*-{2,}"
    r"|_{20,}[ \t]*$"
    r"|From:[^\n]*\n(?:[^\n]*\n){0,3}?(?:Sent|Date):)",
    re.MULTILINE | re.IGNORECASE,
)
# Header lines of a forwarded mail ("Date: Mon, 2 Mar 2026 09:14 ...") name when it was sent.
_HEADER_LINE_RE = re.compile(r"^[ \t>]*(?:Date|Sent|From|To|Cc|Subject):[^\n]*$", re.MULTILINE | re.IGNORECASE)
_FORWARD_RE = re.compile(r"^[ \t]*-{2,}\s*Forwarded message\s*-{2,}|^Begin forwarded message:",
                         re.MULTILINE | re.IGNORECASE)
_FORWARD_REACH = 120
_QUOTED_LINE_RE = re.compile(r"^[ \t]*>[^\n]*$", re.MULTILINE)

# The patterns below run on the lower-cased text (see ``lowered``).
_CLAUSE_END_RE = re.compile(r"(?:[;!?\n]|(?<![ap]\.m)(?<!\b[ap]m)\.(?=\s))")

# A deadline names the day right before the mention: "by Friday", "no later than 5pm".
_DEADLINE_TAIL_RE = re.compile(
    r"\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|prior\s+to|deadline(?:\s+is)?"
    r"|due(?:\s+(?:on|by|date))?|expires?(?:\s+on)?|expiring(?:\s+on)?|expiry(?:\s+date)?"
    r"|closes?(?:\s+on)?|closing(?:\s+date)?|cut-?off(?:\s+is)?|valid\s+(?:until|through)"
    r"|submit(?:ted)?\s+by|open\s+until)\s*:?\s*"
    r"(?:(?:the\s+)?end\s+of(?:\s+(?:the\s+)?day|\s+business)?|eod|cob|eow|close\s+of\s+business"
    r"|midnight|noon)?\s*(?:on\s+|,\s*|at\s+)?$",
)
# Words that make the whole clause about a deadline or a past event.
_CLAUSE_NEGATIVE_RE = re.compile(
    r"\b(?:deadline|expire[sd]?|expiring|expiry|no\s+later\s+than)\b"
    r"|\b(?:met|spoke|talked|chatted|applied|submitted|received|interviewed|visited|called"
    r"|emailed|connected|attended)\b(?:\s+\S+){0,4}?\s+(?:on|last)\s*$"
    r"|\b(?:office|business|opening|support|working)\s+hours\b|\bwe(?:'re|’re|\s+are)\s+open\b"
    r"|\bopen\s+(?:from|daily|between)\b|\bhours\s*:\s*$",
)
_LINE_NEGATIVE_RE = re.compile(
    r"\b(?:office|business|opening|support)\s+hours\b|\bwe(?:'re|’re|\s+are)\s+open\b",
)
_CLAUSE_WINDOW = 100


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def newest_part(text: str) -> str:
    """``text`` up to the start of the quoted history, with quoted and header lines blanked.

    Blanking (rather than removing) keeps every offset of the remaining text valid.
    """
    for quote in _QUOTE_START_RE.finditer(text):
        forwarded_header = quote.group(0).lstrip(" \t>").lower().startswith("from:") and \
            _FORWARD_RE.search(text, max(0, quote.start() - _FORWARD_REACH), quote.start())
        if not forwarded_header:
            text = text[: quote.start()]
            break
    text = _QUOTED_LINE_RE.sub(_blank, text)
    if _FORWARD_RE.search(text):
        text = _HEADER_LINE_RE.sub(_blank, text)
    return text


def clause_before(text: str, position: int) -> str:
    """The words of the clause that precede ``position`` (at most ``_CLAUSE_WINDOW`` chars)."""
    window_start = max(0, position - _CLAUSE_WINDOW)
    window = text[window_start:position]
    last_end = None
    for last_end in _CLAUSE_END_RE.finditer(window):
        pass
    return window[last_end.end():] if last_end is not None else window


def is_negated(lowered: str, position: int) -> bool:
    """Whether the mention at ``position`` of the lower-cased text is a deadline, a past
    event or opening hours."""
    clause = clause_before(lowered, position)
    return bool(_DEADLINE_TAIL_RE.search(clause) or _CLAUSE_NEGATIVE_RE.search(clause))


def line_is_opening_hours(line: str) -> bool:
    """Whether a whole (lower-cased) line states opening or office hours."""
    return _LINE_NEGATIVE_RE.search(line) is not None
