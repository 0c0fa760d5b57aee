"""Patterns and helpers for the names found in mail: companies, people, job titles."""

from __future__ import annotations

import re

from tactful.core.detect.caseless import Caseless

# A capitalised word as company names write them: "Acme", "McKinsey", "O'Neill", "3M",
# "Node.js", and abbreviations such as "St." or "Co." when another word follows.
CAP_WORD = (
    r"(?:(?:St|Co|Mt|Ft)\.(?= [A-Z])|[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*|[A-Z0-9]{2,}[\w&-]*(?:\.[\w&-]+)*"
    r"|\d+[A-Za-z][\w-]*)"
)
_JOINER = r"(?: (?:&|and|of|for|de|la|the|\+) )"
NAME_RUN = rf"{CAP_WORD}(?:(?: |{_JOINER}){CAP_WORD}){{0,5}}"
NAME_RUN_PATTERN = re.compile(NAME_RUN)

TITLE_NOUNS = (
    "engineer|engineers|developer|manager|analyst|designer|scientist|specialist|coordinator|director|"
    "lead|associate|intern|internship|consultant|nurse|accountant|representative|administrator|"
    "architect|officer|technician|teacher|assistant|owner|strategist|writer|editor|researcher|"
    "recruiter|partner|advisor|adviser|executive|planner|programmer|tester|head|vp|president|"
    "counsel|attorney|paralegal|pharmacist|therapist|physician|clerk|cashier|agent|operator|"
    "supervisor|controller|auditor|economist|statistician|sre|marketer|buyer|merchandiser|chef|"
    "driver|mechanic|electrician|fellow|lecturer|professor|postdoc|generalist|secretary|"
    "bookkeeper|steward|guard|instructor|tutor|trainer|producer|illustrator|photographer|"
    "copywriter|investigator|inspector|surveyor|hygienist|dentist|veterinarian|pilot|"
    "coach|expert|principal|staff|apprentice|trainee|graduate|rep|ops|operations|support|"
    "sales|marketing|finance|development"
)
TITLE_IN_TEXT = Caseless(rf"\b(?:{TITLE_NOUNS})\b")

ORG_WORDS = Caseless(
    r"\b(?:team|recruiting|recruitment|talent|careers?|hiring|hr|people|jobs|notifications?|"
    r"no-?reply|do-?not-?reply|support|admin|info|inc|llc|ltd|gmbh|corp|company|group|university|"
    r"college|hospital|bank|services|solutions|technologies|labs|acquisition|calendar|scheduling|"
    r"workday|greenhouse|lever|coordinator|office|department|via|and|operations|experience|events)\b"
)
_VIA = re.compile(r"\s*(?:\(via [^)]*\)|\bvia\s+\S.*)$", re.IGNORECASE)
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]")
_ACCENTS = str.maketrans("àáâãäåçèéêëìíîïñòóôõöùúûüýÿ", "aaaaaaceeeeiiiinooooouuuuyy")


def squash(text: str) -> str:
    """How a name is spelled in a domain: lower case, "&" as "and", accents and other
    signs dropped ("Fenwick & Hale" → fenwickandhale, "Ipê Digital" → ipedigital)."""
    return _NOT_ALPHANUMERIC.sub("", text.lower().replace("&", "and").translate(_ACCENTS))


def without_via(display_name: str) -> str:
    """``Jane Doe (via Google Calendar)`` or ``Acme via Codility`` → the part before "via"."""
    return _VIA.sub("", display_name).strip()
