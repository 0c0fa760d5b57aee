"""Measure the job's facts against the user's preferences, one preference at a time."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from tactful.core.compose.options import Reason
from tactful.core.suggest.facts import Fact, JobFacts, PayRange
from tactful.core.suggest.model import Evidence, Topic
from tactful.core.suggest.preferences import Arrangement, EmploymentType, Pay, Preferences


class Fit(str, Enum):
    FITS = "fits"
    CONFLICTS = "conflicts"
    UNKNOWN = "unknown"  # the user has a preference the message says nothing about


@dataclass(frozen=True)
class Check:
    topic: Topic
    fit: Fit
    reason: Reason = Reason.NONE  # the decline reason when it conflicts
    says: str = ""
    snippet: str | None = None

    def evidence(self) -> Evidence:
        return Evidence(self.topic, self.fit is Fit.FITS, self.says, self.snippet)


_WORDS = {
    Arrangement.REMOTE: "remote", Arrangement.HYBRID: "hybrid", Arrangement.ONSITE: "on-site",
    EmploymentType.FULL_TIME: "full-time", EmploymentType.PART_TIME: "part-time", EmploymentType.CONTRACT: "contract",
}


def _listed(values: Iterable[Arrangement | EmploymentType]) -> str:
    return " or ".join(sorted(_WORDS[value] for value in values))


def _money(amount: float, currency: str) -> str:
    return f"{amount:,.0f} {currency}"


def _words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", name.casefold()))


def _same_name(one: str, other: str) -> bool:
    """Whether the words of one name run, in order, inside the other's: "Berlin" and
    "Berlin, Germany", "Initech" and "initech.com" match; "Meta" and "Metacritic" do not."""
    shorter, longer = sorted((_words(one), _words(other)), key=len)
    return bool(shorter) and any(longer[i:i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


def _companies(facts: JobFacts, preferences: Preferences) -> list[Check]:
    for avoided in preferences.avoid_companies:
        for name in facts.employer:
            if _same_name(avoided, name.value):
                says = f"{name.value} is on your list of companies to avoid."
                return [Check(Topic.COMPANY, Fit.CONFLICTS, Reason.NOT_RIGHT_FIT, says, name.snippet)]
    return []


def _sectors(facts: JobFacts, preferences: Preferences) -> list[Check]:
    return [
        Check(Topic.SECTOR, Fit.CONFLICTS, Reason.NOT_RIGHT_FIT,
              f"The employer is in {fact.value.value.replace('_', ' ')}, a sector you avoid.", fact.snippet)
        for fact in facts.sectors
        if fact.value in preferences.avoid_sectors
    ]


Kind = TypeVar("Kind", Arrangement, EmploymentType)


def _one_of(topic: Topic, reason: Reason, stated: Sequence[Fact[Kind]], wanted: frozenset[Kind]) -> list[Check]:
    """The job fits when any stated kind is wanted; it conflicts when kinds are stated and none is."""
    if not stated:
        return [Check(topic, Fit.UNKNOWN)]
    for fact in stated:
        if fact.value in wanted:
            return [Check(topic, Fit.FITS, says=f"The role is {_WORDS[fact.value]}, as you want.", snippet=fact.snippet)]
    says = f"The role is {_WORDS[stated[0].value]}; you want {_listed(wanted)}."
    return [Check(topic, Fit.CONFLICTS, reason, says, stated[0].snippet)]


def _arrangement(facts: JobFacts, preferences: Preferences) -> list[Check]:
    if not preferences.restricts_arrangement:
        return []
    return _one_of(Topic.ARRANGEMENT, Reason.LOCATION, facts.arrangements, preferences.arrangements)


def _location(facts: JobFacts, preferences: Preferences) -> list[Check]:
    stated = {fact.value for fact in facts.arrangements}
    if not preferences.locations or Arrangement.REMOTE in stated:
        return []  # a remote job is done from wherever the user is
    if not facts.locations:
        return [Check(Topic.LOCATION, Fit.UNKNOWN)] if stated else []
    for fact in facts.locations:
        if any(_same_name(place, fact.value) for place in preferences.locations):
            return [Check(Topic.LOCATION, Fit.FITS, says=f"The role is based in {fact.value}, a place you accept.",
                          snippet=fact.snippet)]
    first = facts.locations[0]
    says = f"The role is based in {first.value}; you would work in {' or '.join(preferences.locations)}."
    return [Check(Topic.LOCATION, Fit.CONFLICTS, Reason.LOCATION, says, first.snippet)]


def _employment(facts: JobFacts, preferences: Preferences) -> list[Check]:
    if not preferences.restricts_employment:
        return []
    stated = list(facts.employment_types)
    if any(fact.value is EmploymentType.CONTRACT for fact in stated):
        # "a full-time 6-month contract": full-time tells the hours, the job is a contract.
        stated = [fact for fact in stated if fact.value is not EmploymentType.FULL_TIME]
    return _one_of(Topic.EMPLOYMENT_TYPE, Reason.EMPLOYMENT_TYPE, stated, preferences.employment_types)


def _pay_fit(stated: PayRange, minimum: Pay) -> Fit:
    high, low = stated.yearly_high, stated.yearly_low
    if high is not None:
        return Fit.FITS if high >= minimum.yearly else Fit.CONFLICTS
    return Fit.FITS if low is not None and low >= minimum.yearly else Fit.UNKNOWN


def _compensation(facts: JobFacts, preferences: Preferences) -> list[Check]:
    minimum = preferences.minimum_pay
    if minimum is None:
        return []
    comparable: list[tuple[Fact[PayRange], Fit]] = [
        (fact, _pay_fit(fact.value, minimum)) for fact in facts.pay if fact.value.currency == minimum.currency
    ]
    floor = f"{_money(minimum.yearly, minimum.currency)} a year"
    for fact, fit in comparable:
        if fit is Fit.FITS:
            return [Check(Topic.COMPENSATION, Fit.FITS, says=f"The pay stated reaches your minimum of {floor}.",
                          snippet=fact.snippet)]
    for fact, fit in comparable:
        if fit is Fit.CONFLICTS and fact.value.yearly_high is not None:
            top = _money(fact.value.yearly_high, minimum.currency)
            says = f"The pay stated goes up to {top} a year; your minimum is {floor}."
            return [Check(Topic.COMPENSATION, Fit.CONFLICTS, Reason.COMPENSATION, says, fact.snippet)]
    return [Check(Topic.COMPENSATION, Fit.UNKNOWN)]


# The order a decline reason is chosen in: a fact the message states plainly (on-site,
# a contract, the pay) makes an honest, neutral reason; an aversion to the company or
# its sector is better said as "not the right fit", and only when nothing plainer applies.
_CHECKS = (_arrangement, _location, _employment, _compensation, _companies, _sectors)


def check_preferences(facts: JobFacts, preferences: Preferences) -> tuple[Check, ...]:
    """One check per preference the user has, in the order a decline reason is chosen."""
    return tuple(check for measure in _CHECKS for check in measure(facts, preferences))
