"""The kind of employment offered: full-time, part-time or contract."""

from __future__ import annotations

import re

from tactful.core.suggest.facts import Fact, snippet
from tactful.core.suggest.preferences import EmploymentType

_FULL_WEEK_HOURS = 35  # from this many hours a week a job counts as full-time

_PATTERNS: tuple[tuple[EmploymentType, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (EmploymentType.CONTRACT, r"(?<!smart )\bcontract(?:or)?[- ](?:role|position|job|basis|engagement|opportunity|assignment|"
                                  r"gig|to[- ]hire|work|project)\b|\b\d+[- ]?(?:month|week|mo)s?\s+(?:\w+\s+)?contract\b"
                                  r"|\bfixed[- ]term\b|\bfreelance\b|\b(?:on a|as a|as an independent) "
                                  r"(?:contract|contractor|freelancer)\b|\bday rate\b|\b(?:1099|C2C|corp[- ]to[- ]corp)\b"
                                  r"|\b(?:inside|outside) IR35\b|\bCDD\b|\bB2B contract\b"),
        (EmploymentType.PART_TIME, r"\bpart[- ]time\b|\b0[.,][1-9]\s*FTE\b|\bteilzeit\b|\btiempo parcial\b|\bmedia jornada\b"
                                   r"|\btemps partiel\b|\btempo parziale\b|\bmeio per[ií]odo\b"),
        (EmploymentType.FULL_TIME, r"\bfull[- ]time\b(?!\s+(?:interview|recruiter))|\bpermanent (?:[\w-]+ ){0,2}(?:role|position|job|"
                                   r"contract|hire|post|employment|opportunity)\b|\b(?:role|position|job|post) is permanent\b|\bCDI\b|\bvollzeit\b"
                                   r"|\btiempo completo\b|\bjornada completa\b|\btemps plein\b|\btempo (?:pieno|integral)\b"),
    )
)
_HOURS_A_WEEK = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d)?)(?:\s*(?:-|to)\s*(\d{1,2}(?:[.,]\d)?))?\s*(?:hours|hrs|h)\s*"
                           r"(?:a|per|each|/)\s*week\b",
                           re.IGNORECASE)


def find_employment_types(text: str) -> tuple[Fact[EmploymentType], ...]:
    """Each kind of employment the text states, with the first snippet stating it."""
    found: dict[EmploymentType, Fact[EmploymentType]] = {}
    for kind, pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            found[kind] = Fact(kind, snippet(text, *match.span()))
    for match in _HOURS_A_WEEK.finditer(text):
        hours = float((match.group(2) or match.group(1)).replace(",", "."))
        kind = EmploymentType.FULL_TIME if hours >= _FULL_WEEK_HOURS else EmploymentType.PART_TIME
        if kind not in found:
            found[kind] = Fact(kind, snippet(text, *match.span()))
    return tuple(found.values())
