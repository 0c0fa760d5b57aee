"""The job title a mail is about."""

from __future__ import annotations

import re

from tactful.core.detect.names import TITLE_IN_TEXT

_ROLE_WORD = r"(?:[A-Z][\w'&/+.#-]*|[A-Z]{2,}|I{1,3}|IV|\d+|of|and|&|/|-|–|,|\(|\)|in|for|to|the|de)"
_ROLE_RUN = rf"(?:{_ROLE_WORD}(?: |/|, )?){{0,8}}?"
_ROLE_IN_CONTEXT = re.compile(
    r"(?:\b(?:for|as|about)\s+(?:the|a|an|our|this|your)\s+|\bthe\s+|\byour\s+)"
    rf"(?P<role>{_ROLE_RUN}(?:[A-Z][\w-]*\s+)?(?:[A-Z][\w&/-]*))\s+"
    r"(?:role|position|opening|job|opportunity|vacancy|post|req|requisition|application|opening)\b"
    rf"|\b(?:role|position|post) of\s+(?:a |an )?(?P<role2>{_ROLE_RUN}[A-Z][\w-]*)"
    rf"|\b(?:application|applied|applying|interview|interviewing|candidacy)\s+(?:for|to)\s+(?:the\s+|a\s+|an\s+|our\s+)?"
    rf"(?:position of\s+|role of\s+)?(?P<role3>{_ROLE_RUN}[A-Z][\w-]*)"
    r"(?=\s+(?:role|position|opening|job|vacancy|at|with|in|on|here|-|–)\b|\s*[.,;:!?()\n]|$)"
)
_SUBJECT_ROLE = re.compile(
    rf"(?P<role>(?:[A-Z][\w'&/+.#-]*|of|and|&|I{{1,3}}|IV|\(|\)|-|,)(?:[ /](?:[A-Z][\w'&/+.#-]*|of|and|&|"
    rf"I{{1,3}}|IV|\([^)]*\)|-|–|,)){{0,8}})"
)


def _clean_role(role: str) -> str | None:
    role = role.strip(" ,-–/(")
    role = re.sub(r"^(?:the|a|an|our|your|this)\s+", "", role, flags=re.IGNORECASE)
    role = re.sub(r"\s*\((?:remote|hybrid|on-?site|m/f/d|f/m/d|w/m/d|[a-z]{2,3}-\d+)\)\s*$", "", role,
                  flags=re.IGNORECASE)
    role = re.sub(r"\s+(?:at|with|in|for|-|–)$", "", role).strip(" ,-–")
    if not role or len(role) > 80 or not TITLE_IN_TEXT.search(role):
        return None
    return role


def extract_role(subject: str, text: str) -> str | None:
    """The job title the mail is about, when it names one."""
    for source in (text, subject):
        for match in _ROLE_IN_CONTEXT.finditer(source):
            raw = match.group("role") or match.group("role2") or match.group("role3") or ""
            role = _clean_role(raw)
            if role:
                return role
    for piece in re.split(r"\s+(?:[-–—|:]|at|with|for)\s+|:\s*|\s+[-–—|]\s*", subject):
        piece = re.sub(r"^(?:re|fwd?|fw|aw|wg)\s*:\s*", "", piece.strip(), flags=re.IGNORECASE)
        match = _SUBJECT_ROLE.fullmatch(piece)
        if match and TITLE_IN_TEXT.search(piece) and not re.search(
            r"\b(?:interview|invitation|invite|reminder|confirmed|confirmation|update|application)\b",
            piece,
            re.IGNORECASE,
        ):
            role = _clean_role(piece)
            if role:
                return role
    return None
