"""Read the facts a suggestion needs from a message and its quoted thread."""

from __future__ import annotations

import re

from tactful.core.model import Detection, Email
from tactful.core.suggest.arrangement import find_arrangements, find_locations
from tactful.core.suggest.employment import find_employment_types
from tactful.core.suggest.facts import Fact, JobFacts, snippet
from tactful.core.suggest.pay import find_pay
from tactful.core.suggest.sector import find_sectors


def _employer(email: Email, text: str, company: str | None) -> tuple[Fact[str], ...]:
    names = []
    if company:
        mention = re.search(re.escape(company), text, re.IGNORECASE)
        names.append(Fact(company, snippet(text, *mention.span()) if mention else company))
    domain = email.from_email.rpartition("@")[2].casefold()
    if domain:
        names.append(Fact(domain, email.from_email))
    return tuple(names)


def extract_facts(email: Email, detection: Detection | None = None) -> JobFacts:
    """The job's arrangement, places, employment type, pay, sector and employer.

    The whole body is read, quoted earlier messages included: a reply often quotes the
    invitation that described the job.
    """
    text = f"{email.subject}\n{email.body}"
    return JobFacts(
        arrangements=find_arrangements(text),
        locations=find_locations(text),
        employment_types=find_employment_types(text),
        pay=find_pay(text),
        sectors=find_sectors(text),
        employer=_employer(email, text, detection.company if detection else None),
    )
