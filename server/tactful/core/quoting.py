"""Split a message's text into what its author just wrote and the history it quotes.

Mail clients mark quoted history in a handful of ways ("On … wrote:", "> " prefixes,
Outlook's "From:/Sent:" block, "-----Original Message-----").  A forwarded message is
different: when the sender adds only a short note above a forward, the forwarded
message is what the sender wants read, so it counts as the newest part.  No maintained
library covers these conventions across clients and languages, hence this module.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

# Lines are matched with trailing white space stripped, so every pattern ends in a bounded
# run of spaces: an unbounded "\\s*:?\\s*$" backtracks quadratically on a long line of spaces.
_ATTRIBUTION = re.compile(
    r"^\s*(?:on|le|am|el|il|op|em|den|på|w dniu)\b.{0,300}?"
    r"(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu|skrev|napisał) {0,3}:?$",
    re.IGNORECASE,
)
# German and Dutch clients put the verb before the sender: "Am 3. März … schrieb Jane <j@x>:".
_ATTRIBUTION_VERB_FIRST = re.compile(r"^\s*(?:am|op)\b.{0,200}?\b(?:schrieb|schreef)\b.{0,200}:$", re.IGNORECASE)
_ATTRIBUTION_START = re.compile(r"^\s*(?:on|le|am|el|il|op|em)\s.{0,200}$", re.IGNORECASE)
_ATTRIBUTION_END = re.compile(
    r"(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu) {0,3}:$", re.IGNORECASE
)
_ORIGINAL = re.compile(
    r"^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|mensagem original"
    r"|messaggio originale|oorspronkelijk bericht|originalmeddelande|wiadomość oryginalna)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*_{10,}\s*$")
# Outlook's header block in the languages job seekers get mail in ("Från:/Skickat:/Ämne:"),
# opened by the name of its From field.
_FROM_NAMES = ("from", "von", "de", "da", "van", "från", "fra", "od")
_HEADER_FROM = re.compile(rf"^\s*\*?(?:{'|'.join(_FROM_NAMES)})\s*:\*?\s", re.IGNORECASE)
# Spanish and Portuguese Outlook write "Enviado el:" / "Enviada em:", French "À :", Italian "A:".
_HEADER_OTHER = re.compile(
    r"^\s*\*?(?:sent|date|to|subject|gesendet|datum|an|betreff|envoyé|objet|cc|asunto|oggetto|assunto"
    r"|(?:enviado|enviada)(?: el| em)?|para|fecha|data|à|a|inviato|verzonden|aan|onderwerp|skickat|till|ämne|sendt"
    r"|til|emne|wysłano|temat|do)\s*:",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"^\s*(?:-{3,}\s*forwarded message\s*-{3,}|begin forwarded message:|-{3,}\s*weitergeleitete nachricht\s*-{3,}"
    r"|-{3,}\s*message transféré\s*-{3,}|-{3,}\s*mensaje reenviado\s*-{3,}|fwd?:\s*-{3,})\s*$",
    re.IGNORECASE,
)
_QUOTE_PREFIX = re.compile(r"^\s*>")
# A subject saying its message is a forward ("Fwd:", Outlook's "FW:", French "TR:",
# German "WG:", Spanish "RV:", Portuguese "ENC:"): Outlook forwards with the same
# "From:/Sent:" block it uses for replies, so only the subject tells them apart.
_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:re|aw|sv)\s*:\s*)*(?:fwd?|tr|wg|rv|enc)\s*:", re.IGNORECASE)
# What every marker line above begins with, after its indent: a cheap first look that
# spares ordinary lines the whole list of patterns.
_MAY_MARK = re.compile(
    rf"^\s*(?:[-_*>]|(?:on|le|am|el|il|op|em|den|på|w|begin|fwd?|{'|'.join(_FROM_NAMES)})\b)", re.IGNORECASE
)
_SUBJECT_NAMES = frozenset({"subject", "betreff", "objet", "asunto", "oggetto", "assunto", "onderwerp", "ämne", "emne",
                            "temat"})
# An agency's cover note over a client's invite, signature included, runs to about a
# hundred words; a note longer than this is a message of its own.
_SHORT_NOTE_WORDS = 150


@dataclass(frozen=True)
class Parts:
    """``newest`` is what the author wrote (or the forwarded message it passes on);
    ``quoted`` the history below it; ``forwarded`` tells that ``newest`` came from a forward,
    whose header block gave ``forwarded_from`` and ``forwarded_subject`` (the innermost
    forward's, when forwards are nested)."""

    newest: str
    quoted: str
    forwarded: bool = False
    forwarded_from: str | None = None
    forwarded_subject: str | None = None


def _header_block_at(lines: list[str], index: int) -> bool:
    """An Outlook-style "From: … Sent: … Subject: …" block starts at ``index``."""
    if not _HEADER_FROM.match(lines[index]):
        return False
    following = lines[index + 1 : index + 6]
    return sum(1 for line in following if _HEADER_OTHER.match(line)) >= 2


def _skip_header_block(lines: list[str], index: int) -> tuple[int, dict[str, str]]:
    """The index of the first line after a forwarded message's header lines, and those
    headers by lower-cased name."""
    headers: dict[str, str] = {}
    while index < len(lines) and (
        not lines[index].strip() or _HEADER_FROM.match(lines[index]) or _HEADER_OTHER.match(lines[index])
    ):
        name, colon, value = lines[index].strip().lstrip("*").partition(":")
        if colon:
            headers.setdefault(name.strip().rstrip("*").lower(), value.lstrip("*").strip())
        index += 1
    return index, headers


def _first_of(headers: dict[str, str], names: Container[str]) -> str | None:
    return next((value for name, value in headers.items() if name in names and value), None)


def _quoted_from(lines: list[str]) -> list[bool]:
    """For each line: from here on, is the text a quote (a bottom quote, not an inline answer)?

    Computed from the end in one pass so long messages stay linear.
    """
    result = [False] * len(lines)
    content = quoted = 0
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].strip():
            content += 1
            quoted += bool(_QUOTE_PREFIX.match(lines[index]))
        result[index] = content > 0 and quoted >= 0.6 * content
    return result


def _boundary(
    lines: list[str], start: int, bottom_quote: list[bool], outlook_forwards: bool
) -> tuple[int, bool] | None:
    """Where quoted history starts at or after ``start``, and whether it is a forward.

    With ``outlook_forwards`` an Outlook header block or "Original Message" line starts a
    forward rather than a quote.
    """
    for index in range(start, len(lines)):
        line = lines[index].rstrip()
        if not _MAY_MARK.match(line):
            continue
        if _FORWARD.match(line):
            return index, True
        if _ORIGINAL.match(line):
            return index, outlook_forwards
        if _ATTRIBUTION.match(line) or _ATTRIBUTION_VERB_FIRST.match(line):
            return index, False
        if (
            _ATTRIBUTION_START.match(line)
            and index + 1 < len(lines)
            and _ATTRIBUTION_END.search(lines[index + 1].rstrip())
            and not _ATTRIBUTION_END.search(line)
        ):
            return index, False
        if _RULE.match(line) and index + 1 < len(lines) and _header_block_at(lines, index + 1):
            return index, outlook_forwards
        if _header_block_at(lines, index):
            return index, outlook_forwards
        if _QUOTE_PREFIX.match(line) and bottom_quote[index]:
            return index, False
    return None


def _joined(lines: list[str]) -> str:
    return "\n".join(lines).strip()


def split_newest(text: str, *, subject: str | None = None) -> Parts:
    """The newest part of ``text`` and the quoted history below it.

    A forward under a short note is followed into (its note is kept in ``newest``), as
    often as forwards are nested; one pass over the lines, so hostile nesting stays linear.
    Pass the message's ``subject`` so that an Outlook forward ("FW: …"), whose header
    block looks like a reply's, is followed too.
    """
    lines = text.splitlines()
    # A line's "bottom quote" flag depends only on the lines below it, so it holds for
    # every forwarded tail as well and is computed once.
    bottom_quote = _quoted_from(lines)
    outlook_forwards = bool(subject and _FORWARD_SUBJECT.match(subject))
    notes: list[str] = []
    headers: dict[str, str] = {}
    start = 0
    while True:
        found = _boundary(lines, start, bottom_quote, outlook_forwards)
        index = found[0] if found else len(lines)
        newest = _joined(lines[start:index])
        if found is None or not found[1] or len(newest.split()) > _SHORT_NOTE_WORDS:
            text_parts = [note for note in (*notes, newest) if note]
            return Parts(
                newest="\n\n".join(text_parts),
                quoted=_joined(lines[index:]),
                forwarded=bool(notes),
                forwarded_from=_first_of(headers, _FROM_NAMES),
                forwarded_subject=_first_of(headers, _SUBJECT_NAMES),
            )
        notes.append(newest)
        # Only the outer message's subject is known: nested blocks follow the usual rules.
        outlook_forwards = False
        # An Outlook block starts at its own "From:" line; other markers stand above theirs.
        start, headers = _skip_header_block(lines, index if _HEADER_FROM.match(lines[index]) else index + 1)


def newest_part(text: str, *, subject: str | None = None) -> str:
    """Only the newest part of ``text`` (see ``split_newest``)."""
    return split_newest(text, subject=subject).newest
