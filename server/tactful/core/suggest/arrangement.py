"""Where the job is done: remote, hybrid or on-site, and the office's place.

The words of an interview's own format ("on-site interview", "remote call") say nothing
about the job and are not read as its arrangement.
"""

from __future__ import annotations

import re

from tactful.core.suggest.facts import MAX_FACTS, Fact, snippet
from tactful.core.suggest.preferences import Arrangement

_JOB = r"(?:role|position|job|opportunity|post|team|contract|work|working|setup|set-up|arrangement)"
_OFFICE = r"(?:office|offices|studio|hq|headquarters|site|campus|hub)"
_OFFICE_WORDS = r"(?:on[- ]?site|in[- ]office|office[- ]based|in[- ]person|at the office)"
_NUMBER_WORDS = r"(?:one|two|three|four|1|2|3|4)"

# Order matters: an earlier pattern's span hides later matches inside it ("not fully
# remote" is hybrid, not remote; "not a remote role" is on-site).
_PATTERNS: tuple[tuple[Arrangement, re.Pattern[str]], ...] = tuple(
    (arrangement, re.compile(pattern, re.IGNORECASE))
    for arrangement, pattern in (
        (Arrangement.HYBRID, r"\bnot (?:fully|100\s?%|completely) remote\b"),
        (Arrangement.HYBRID, r"\bhybrid\b(?![- ](?:interview|meeting|event|call|format|cloud|apps?|mobile|vehicles?|cars?"
                             r"|search|model|infrastructure|integration|environments?|solutions?|architectures?))"
                             r"|\bh[ií]brid[oa]\b|\bhybride\b"),
        (Arrangement.HYBRID, rf"\b{_NUMBER_WORDS}(?:\s*(?:or|-|to)\s*{_NUMBER_WORDS})? days? (?:a|per|each|every) week "
                             rf"(?:in|at|from) (?:the|our|an?) (?:\w+ )?{_OFFICE}\b"),
        (Arrangement.HYBRID, r"\bsplit between (?:home|remote) and (?:the )?office\b|\bpartly remote\b"),
        (Arrangement.ONSITE, r"\b(?:not|isn't|is not|no|non)[- ](?:a |an )?(?:fully )?remote\b"
                             r"|\bremote (?:work )?(?:is not|isn't) (?:an option|possible|available)\b"),
        (Arrangement.ONSITE, rf"\b(?:fully |100\s?% )?{_OFFICE_WORDS}[ ,]+(?:full[- ]time )?{_JOB}\b"),
        (Arrangement.ONSITE, rf"\b(?:role|position|job|team|work)\s+(?:is|will be)\s+(?:fully |100\s?% |entirely )?"
                             rf"{_OFFICE_WORDS}\b"),
        (Arrangement.ONSITE, rf"\b(?:five|5|every) days? (?:a|per) week (?:in|at) (?:the|our) (?:\w+ )?{_OFFICE}\b"
                             rf"|\bin the office (?:five|5) days\b|\bfully (?:on[- ]?site|in[- ]office|office[- ]based)\b"),
        (Arrangement.ONSITE, r"\bpresencial\b|\bsur site\b|\bwork[- ]from[- ](?:the |our )?office\b"
                             r"|\b(?:based|working) (?:on[- ]?site|in[- ]office|in the office)\b"),
        (Arrangement.HYBRID, r"\b(?:in|at) the office (?:on )?(?:mon|tue|wed|thu|fri)\w*(?:\s*(?:/|,|&|and)\s*"
                             r"(?:mon|tue|wed|thu|fri)\w*){0,3}\b(?![/,&]\s*(?:mon|tue|wed|thu|fri))"),
        (Arrangement.REMOTE, r"\b(?:fully|100\s?%|completely|entirely|full)[ -]remote(?:ly)?\b"
                             r"|\bremote[- ](?:first|friendly|only)\b|\bremote\s*\((?:[A-Z]{2,4}|EU|US|UK)\b"),
        (Arrangement.REMOTE, r"\bwork(?:ing)? (?:remotely|from home|from anywhere)\b|\bwfh\b|\bhome[- ]based\b"
                             r"|\bt[ée]l[ée]travail\b|\bremoto\b"),
        (Arrangement.REMOTE, r"\bremote\b(?!\s*(?:-\s*)?(?:interview|call|chat|screen|screening|meeting|session|"
                             r"conversation|video|round|assessment|onboarding|conference|panel|loop|technical|sensing|"
                             r"control|monitoring|access|desktop|server|procedure|api|repositor|branch|debugging))"),
    )
)

_PLACE_WORD = r"(?:St\.|[A-Z][\w'’-]+)"  # a full stop ends a place, but for "St." ("St. Louis")
_PLACE = rf"(?P<place>{_PLACE_WORD}(?:(?:, | |-)(?:{_PLACE_WORD}|am Main|de \w+)){{0,3}})"
_LOCATION_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"(?i:\bbased (?:in|out of|at)) (?:(?i:our|the) )?{_PLACE}",
        rf"(?i:\b(?:office|offices|hq|headquarters|campus|studio|hub) (?:in|at)) (?:(?i:central|downtown) )?{_PLACE}",
        rf"(?i:\bin our) {_PLACE} (?i:office|offices|hq|headquarters|hub|studio|campus)",
        rf"(?i:\brelocat(?:e|ion|ing) to) {_PLACE}",
        rf"(?i:\b(?:on[- ]?site|in[- ]office|in[- ]person|hybrid|work from our office)) (?i:in|at) {_PLACE}",
        rf"(?i:\blocation)\s*:\s*{_PLACE}",
    )
)
_NOT_PLACES = frozenset({"The", "This", "That", "Our", "Your", "Please", "Zoom", "Google", "Teams", "Microsoft", "Webex",
                         "Person", "Office", "Remote", "Virtual", "Online", "Video", "Phone", "TBD", "TBC", "Interview"})


def find_arrangements(text: str) -> tuple[Fact[Arrangement], ...]:
    """Each arrangement the text states, once, with the first snippet that states it."""
    taken = bytearray(len(text))  # 1 where an earlier pattern matched
    found: dict[Arrangement, Fact[Arrangement]] = {}
    for arrangement, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            if arrangement not in found:
                found[arrangement] = Fact(arrangement, snippet(text, start, end))
    return tuple(found.values())


def find_locations(text: str) -> tuple[Fact[str], ...]:
    """Places the job is based in, as written ("Berlin", "London, UK")."""
    found: dict[str, Fact[str]] = {}
    for pattern in _LOCATION_PATTERNS:
        for match in pattern.finditer(text):
            place = match.group("place").rstrip(".,’'")
            if place.split(",")[0].split()[0] in _NOT_PLACES or place.casefold() in found:
                continue
            found[place.casefold()] = Fact(place, snippet(text, *match.span()))
            if len(found) == MAX_FACTS:
                return tuple(found.values())
    return tuple(found.values())
