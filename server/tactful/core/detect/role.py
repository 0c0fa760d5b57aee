"""The job title a mail is about.

Titles are read where recruiting mail puts them: a labelled line ("Position: Data
Engineer"), a phrase around "role"/"position" ("for the data engineer role", "the
position of Data Engineer", "your application for Data Engineer"), the subject line, or
"we're hiring a Data Engineer".  A candidate must name a job (a title noun such as
"engineer", or be written in Title Case) to count.
"""

from __future__ import annotations

import re

from tactful.core.detect.caseless import Lowered
from tactful.core.detect.names import TITLE_IN_TEXT
from tactful.core.detect.runners import GatedPattern, LeadingPattern, LinePattern
from tactful.core.subject import topic

_FUNCTION_WORD = r"(?:the|a|an|in|to|for|with|at|your|our|my|be|is|are|this|that|about|and a|who|will|would)\b"
_WORD = rf"(?!{_FUNCTION_WORD})[\w.#&/+'’-]+(?: ?\([^()\n]{{1,40}}\))?"
_TITLE = rf"(?P<title>{_WORD}(?:,? {_WORD}){{0,7}}?)"
_ANCHOR_NOUN = r"(?:role|position|opening|job|opportunity|vacancy|post|req|requisition|application|candidacy|spot|gig)"
_END = (
    r"(?=\s+(?:role|position|opening|job|vacancy|at|with|in|on|here|for|and|team|is|are|was|has|will)\b"
    r"|\s*[.;:!?\n]|\s+[-–—|]|$)"
)

_LABELLED = re.compile(
    r"^[ \t>*-]*(?:position|role|job title|job|vacancy|opening|post|title|requisition|poste|puesto|stelle)"
    r"[ \t]*:[ \t]*(?P<title>[^\n]{2,90})$",
    re.IGNORECASE | re.MULTILINE,
)
_BEFORE_NOUN = re.compile(rf"\b(?:the|a|an|our|this|your|its) {_TITLE} {_ANCHOR_NOUN}\b", re.IGNORECASE)
# "Production Planner role as discussed": a sentence that opens with the title.
_SENTENCE_START = re.compile(rf"(?:^|[.!?] )(?P<title>[A-Z][\w&/+'’-]*(?: [A-Z&][\w&/+'’-]*){{0,5}}) "
                             rf"(?:role|position|opening|vacancy)\b", re.MULTILINE)
_AFTER_NOUN = re.compile(rf"\b(?:role|position|post|job) (?:of|as) (?:an? |the )?{_TITLE}{_END}", re.IGNORECASE)
_AFTER_VERB = re.compile(
    rf"\b(?:application|applied|applying|interview|interviews|interviewing|candidacy|shortlisted|considered|onsite|"
    rf"on-site|screen|screening|round|stage|loop) "
    rf"(?:for|to|as) (?:the |a |an |our )?(?:position of |role of )?{_TITLE}{_END}",
    re.IGNORECASE,
)
_BEFORE_INTERVIEW = re.compile(
    rf"\b(?:your|the|an?) {_TITLE} (?:interview|phone screen|screening|onsite|on-site)\b", re.IGNORECASE
)
_HIRING = LeadingPattern(re.compile(
    rf"\b(?:hiring|looking for|recruiting|searching for) (?:an? |our (?:first |next |new )?|the |two |several ){_TITLE}"
    rf"(?=\s+(?:to|for|who|in|at|with|on|and)\b|\s*[.,;:!?\n]|$)",
    re.IGNORECASE,
))
_SUBJECT_PIECES = re.compile(r"\s+(?:[-–—|:/]|at|with|@)\s+|:\s*|\s+[-–—|]\s*|\s*\|\s*|\s*[()?!]\s*")
_NOT_A_TITLE = re.compile(
    r"\b(?:interview|invitation|invite|reminder|confirmed|confirmation|update|application|next steps?|"
    r"schedule|scheduling|availability|call|chat|offer|thank|thanks|your|you|we|our|my|hello|hi|dear|"
    r"received|status|hiring manager)\b",
    re.IGNORECASE,
)
_REFERENCE = re.compile(r"\s*[(\[](?:ref|req|id|job id|job|#)[^)\]]*[)\]]\s*$|\s*[-–]?\s*(?:ref|req)\.?\s*[#:]?\s*[\w-]+$",
                        re.IGNORECASE)
_LEADING = re.compile(r"^(?:the|a|an|our|your|this|new|open|current)\s+", re.IGNORECASE)
_TRAILING = re.compile(
    r"[\s,]+(?:at|with|in|for|on|and|-|–|role|position|opening|job|vacancy|opportunity|starts|application"
    r"|interview)$|[\s,.;:!?]+$",
    re.IGNORECASE,
)


def _clean(raw: str) -> str | None:
    title = _REFERENCE.sub("", _LEADING.sub("", raw.strip(" \t,-–—|*\"'")))
    title = _TRAILING.sub("", title).strip()
    if not title or len(title) > 80 or _NOT_A_TITLE.search(title):
        return None
    words = title.split()
    if not TITLE_IN_TEXT.search(title) and not _title_case(title):
        return None
    if title.islower():
        title = " ".join(word if word.isupper() else word.capitalize() for word in words)
    return title


def _title_case(text: str) -> bool:
    return all(word[0].isupper() or not word[0].isalpha() or word in ("of", "and", "&") for word in text.split())


def _from_subject(subject: str) -> str | None:
    pieces = _SUBJECT_PIECES.split(topic(subject.strip()))
    for piece in pieces:
        if not piece or not TITLE_IN_TEXT.search(piece):
            continue
        title = _clean(piece)
        # A subject that is nothing but a short title ("Re: apprentice") names it in any case.
        short_title = len(pieces) == 1 and len(piece.split()) <= 3
        if title and (_title_case(title) or short_title):
            return title
    return None


# Where the wording itself says "this is a job" any Title Case name counts; elsewhere
# the title must hold a job noun, or "your Acme interview" would give "Acme".
# Patterns that open with a choice of words are tried only where one of those words
# starts; those that stay on one line (no ``\s``, no ``$``) only on the lines holding
# their nouns (see ``anchors``).
_PHRASES = (
    (GatedPattern(_LABELLED), False),
    (LinePattern(_BEFORE_NOUN), False),
    (LeadingPattern(_AFTER_NOUN), False),
    (LinePattern(_SENTENCE_START), True),
    (LeadingPattern(_AFTER_VERB), True),
    (LinePattern(_BEFORE_INTERVIEW), True),
)


def _title_in(source: str, match: re.Match[str]) -> str:
    """The title as ``source`` writes it (the match may be one in its lower-cased copy)."""
    start, end = match.span("title")
    return source[start:end]


def extract_role(subject: str, text: str) -> str | None:
    """The job title the mail is about, when it names one."""
    for source in (Lowered(text), Lowered(subject)):
        for pattern, needs_title_noun in _PHRASES:
            for match in pattern.finditer(source):
                title = _clean(_title_in(source.text, match))
                if title and (TITLE_IN_TEXT.search(title) or not needs_title_noun):
                    return title
    subject_title = _from_subject(subject)
    if subject_title:
        return subject_title
    for match in _HIRING.finditer(Lowered(text)):
        title = _clean(_title_in(text, match))
        if title and TITLE_IN_TEXT.search(title):
            return title
    return None

