"""The employer's sector, when the message states it.

Benefit lists and interview logistics use some of the same words ("health insurance",
"bring a government-issued ID"); those are not read as the employer's sector.
"""

from __future__ import annotations

import re

from tactful.core.suggest.facts import Fact, snippet
from tactful.core.suggest.preferences import Sector

_WORDS: dict[Sector, str] = {
    Sector.PUBLIC_SECTOR: r"public[- ]sector|NHS|(?<!non-)government(?![- ](?:issued|id\b|photo))|federal agency"
                          r"|federal government|civil service|state agency|public service|city council|municipal\w*"
                          r"|ministry of|department of (?:defense|health|labor|state|the treasury|energy|transportation"
                          r"|education|veterans|homeland)|GS-\d{1,2}\b|public administration",
    Sector.DEFENSE: r"defen[cs]e (?:contractor|industry|company|sector|systems)|military(?! (?:veterans?|service members?|spouses?|families|leave|experience|background))"
                    r"|(?:security|secret|TS/SCI) clearance|\bDoD\b"
                    r"|weapons?|missiles?|munitions",
    Sector.GAMBLING: r"gambling|casinos?|sports ?betting|betting (?:company|platform|operator|exchange)|i-?gaming"
                     r"|sportsbook|lotter(?:y|ies)",
    Sector.INSURANCE: r"(?<!health )(?<!dental )(?<!medical )(?<!life )(?<!vision )(?<!travel )(?<!disability )"
                      r"insurance(?! (?:benefits?|coverage|plan|plans|policy|card|cards|details|number))|insurer|insurtech|underwriting",
    Sector.LENDING: r"mortgages?|lending|lender|loan origination|payday loans?|consumer credit",
    Sector.CRYPTO: r"crypto\w*|blockchain|web3|defi|nfts?|digital assets? exchange",
    Sector.TOBACCO: r"tobacco|vap(?:e|es|ing)|cigarettes?|nicotine",
    Sector.FOSSIL_FUELS: r"oil (?:and|&) gas|petroleum|fossil fuels?|refiner(?:y|ies)|upstream energy",
    Sector.ADTECH: r"ad ?tech|advertising technology|programmatic (?:advertising|ads)|ad exchange|ad network",
}
_PATTERNS = {sector: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for sector, words in _WORDS.items()}


def find_sectors(text: str) -> tuple[Fact[Sector], ...]:
    """Each sector the text names, with the first snippet naming it."""
    found = []
    for sector, pattern in _PATTERNS.items():
        match = pattern.search(text)
        if match:
            found.append(Fact(sector, snippet(text, *match.span())))
    return tuple(found)
