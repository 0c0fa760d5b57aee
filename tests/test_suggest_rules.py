"""The rules of a suggestion, one sentence each: which reply, which reason, what evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from tactful.core.compose.options import Reason
from tactful.core.model import Detection, Label, ProposedTime
from tactful.core.slots.model import BusyInterval, Conflict, Interval
from tactful.core.suggest import (
    Arrangement,
    EmploymentType,
    Fact,
    JobFacts,
    Pay,
    PayPeriod,
    PayRange,
    Preferences,
    Sector,
    Timing,
    Topic,
    Verdict,
    recommend,
)

START = datetime(2026, 3, 5, 14, tzinfo=UTC)
PROPOSED = Interval(START, START + timedelta(minutes=45))
DENTIST = BusyInterval(START - timedelta(minutes=30), START + timedelta(minutes=30), summary="Dentist")
TIME = (ProposedTime(text="Thursday at 2pm", start=START),)
LINK = "https://cal.example.com/acme/screen"

FREE = Timing(Conflict(True), (PROPOSED,), calendar_checked=True)
CLASH = Timing(Conflict(False, (DENTIST,)), (), calendar_checked=True)
PASSED = Timing(Conflict(True), (), calendar_checked=True)
UNCHECKED = Timing(None, (PROPOSED,), calendar_checked=False)

REMOTE = Fact(Arrangement.REMOTE, "This is a fully remote role.")
ONSITE = Fact(Arrangement.ONSITE, "The role is on-site in Austin, TX.")
HYBRID = Fact(Arrangement.HYBRID, "Hybrid, three days a week in our Berlin office.")
BERLIN = Fact("Berlin", "Hybrid, three days a week in our Berlin office.")
AUSTIN = Fact("Austin, TX", "The role is on-site in Austin, TX.")
FULL_TIME = Fact(EmploymentType.FULL_TIME, "a full-time position")
PART_TIME = Fact(EmploymentType.PART_TIME, "part-time, 20 hours a week")
CONTRACT = Fact(EmploymentType.CONTRACT, "a 6-month contract")
SALARY_80K = Fact(PayRange(70_000, 80_000, "EUR", PayPeriod.YEAR), "The range is €70-80k.")
RATE_45 = Fact(PayRange(45, 45, "EUR", PayPeriod.HOUR), "We pay €45 per hour.")
FROM_60K = Fact(PayRange(60_000, None, "EUR", PayPeriod.YEAR), "Salary from €60k.")
DOLLARS = Fact(PayRange(50_000, 60_000, "USD", PayPeriod.YEAR), "$50-60k")
BETTING = Fact(Sector.GAMBLING, "the fastest-growing sports betting platform")
EMPLOYER = Fact("Initech", "Initech is hiring")

WANTS_REMOTE = Preferences(arrangements=frozenset({Arrangement.REMOTE}))
WANTS_FULL_TIME = Preferences(employment_types=frozenset({EmploymentType.FULL_TIME}))
WANTS_90K = Preferences(minimum_pay=Pay(90_000, "EUR"))
WANTS_OFFICE_IN_HAMBURG = Preferences(arrangements=frozenset({Arrangement.HYBRID, Arrangement.ONSITE}),
                                      locations=("Hamburg",))


def found(label: Label = Label.INVITE, times: tuple[ProposedTime, ...] = TIME, link: str | None = None) -> Detection:
    return Detection(label=label, confidence=0.9, reasons=(), company="Acme", proposed_times=times,
                     scheduling_link=link)


@dataclass(frozen=True)
class Case:
    detection: Detection
    verdict: Verdict
    reason: Reason = Reason.NONE
    facts: JobFacts = JobFacts()
    preferences: Preferences = Preferences()
    timing: Timing = FREE
    missing: tuple[str, ...] = field(default=())


CASES = {
    # Rule 1: nothing to answer.
    "a message that is not about an interview needs no reply": Case(found(Label.NOT_INVITE, ()), Verdict.NO_REPLY),
    # Rule 2: not looking.
    "a user not looking right now declines with the timing reason": Case(
        found(), Verdict.DECLINE, Reason.TIMING, preferences=Preferences(not_looking=True)),
    "a user not looking right now withdraws from an interview already fixed": Case(
        found(Label.SCHEDULED), Verdict.DECLINE, Reason.WITHDRAWING, preferences=Preferences(not_looking=True)),
    "not looking wins even when the role fits perfectly": Case(
        found(), Verdict.DECLINE, Reason.TIMING, JobFacts(arrangements=(REMOTE,)),
        Preferences(arrangements=frozenset({Arrangement.REMOTE}), not_looking=True)),
    # Rule 3: the role conflicts with a preference.
    "an on-site role for a remote-only user is declined for its location": Case(
        found(), Verdict.DECLINE, Reason.LOCATION, JobFacts(arrangements=(ONSITE,)), WANTS_REMOTE),
    "a hybrid role for a remote-only user is declined for its location": Case(
        found(), Verdict.DECLINE, Reason.LOCATION, JobFacts(arrangements=(HYBRID,)), WANTS_REMOTE),
    "a role that may be remote or on-site fits a remote-only user": Case(
        found(), Verdict.ACCEPT, facts=JobFacts(arrangements=(ONSITE, REMOTE)), preferences=WANTS_REMOTE),
    "an office in a city the user does not accept is declined for its location": Case(
        found(), Verdict.DECLINE, Reason.LOCATION, JobFacts(arrangements=(ONSITE,), locations=(AUSTIN,)),
        WANTS_OFFICE_IN_HAMBURG),
    "a remote role fits whatever the user's cities": Case(
        found(), Verdict.ACCEPT, facts=JobFacts(arrangements=(REMOTE,), locations=(AUSTIN,)),
        preferences=Preferences(locations=("Hamburg",))),
    "a contract for a user who wants full-time is declined for its employment type": Case(
        found(), Verdict.DECLINE, Reason.EMPLOYMENT_TYPE, JobFacts(employment_types=(CONTRACT,)), WANTS_FULL_TIME),
    "a full-time contract is still a contract": Case(
        found(), Verdict.DECLINE, Reason.EMPLOYMENT_TYPE, JobFacts(employment_types=(FULL_TIME, CONTRACT)),
        WANTS_FULL_TIME),
    "a part-time role for a user who wants full-time is declined for its employment type": Case(
        found(), Verdict.DECLINE, Reason.EMPLOYMENT_TYPE, JobFacts(employment_types=(PART_TIME,)), WANTS_FULL_TIME),
    "pay that tops out under the user's minimum is declined for compensation": Case(
        found(), Verdict.DECLINE, Reason.COMPENSATION, JobFacts(pay=(SALARY_80K,)), WANTS_90K),
    "an hourly rate is compared with a yearly minimum over a full-time year": Case(
        found(), Verdict.DECLINE, Reason.COMPENSATION, JobFacts(pay=(Fact(PayRange(40, 40, "EUR", PayPeriod.HOUR),
                                                                            "€40 an hour"),)), WANTS_90K),
    "an hourly rate above the yearly minimum fits": Case(
        found(), Verdict.ACCEPT, facts=JobFacts(pay=(RATE_45,)), preferences=WANTS_90K),
    "pay with an open top is no reason to decline": Case(
        found(), Verdict.ACCEPT, facts=JobFacts(pay=(FROM_60K,), arrangements=(REMOTE,)),
        preferences=Preferences(arrangements=frozenset({Arrangement.REMOTE}), minimum_pay=Pay(90_000, "EUR")),
        missing=("compensation",)),
    "pay in another currency is not compared and is listed as missing": Case(
        found(), Verdict.ACCEPT, facts=JobFacts(pay=(DOLLARS,)), preferences=WANTS_90K, missing=("compensation",)),
    "an employer in an avoided sector is declined as not the right fit": Case(
        found(), Verdict.DECLINE, Reason.NOT_RIGHT_FIT, JobFacts(sectors=(BETTING,)),
        Preferences(avoid_sectors=frozenset({Sector.GAMBLING}))),
    "an avoided company is declined as not the right fit": Case(
        found(), Verdict.DECLINE, Reason.NOT_RIGHT_FIT, JobFacts(employer=(EMPLOYER,)),
        Preferences(avoid_companies=("initech",))),
    "an avoided company is matched by its whole name, not inside another word": Case(
        found(), Verdict.ACCEPT, facts=JobFacts(employer=(Fact("metacritic.com", "jo@metacritic.com"),)),
        preferences=Preferences(avoid_companies=("Meta",))),
    "an accepted city matches the place written with its country": Case(
        found(), Verdict.ACCEPT, facts=JobFacts(arrangements=(HYBRID,), locations=(Fact("Hamburg, Germany", "x"),)),
        preferences=WANTS_OFFICE_IN_HAMBURG),
    "with several conflicts the plainest stated fact gives the reason": Case(
        found(), Verdict.DECLINE, Reason.LOCATION, JobFacts(arrangements=(ONSITE,), sectors=(BETTING,)),
        Preferences(arrangements=frozenset({Arrangement.REMOTE}), avoid_sectors=frozenset({Sector.GAMBLING}))),
    "a role that conflicts is declined even when its time clashes": Case(
        found(), Verdict.DECLINE, Reason.LOCATION, JobFacts(arrangements=(ONSITE,)), WANTS_REMOTE, CLASH),
    # Rule 4: not enough information.
    "an invitation silent on what the user cares about is the user's call": Case(
        found(), Verdict.YOUR_CALL, preferences=WANTS_REMOTE, missing=("arrangement",)),
    "an invitation silent on the employment type a user requires is the user's call": Case(
        found(), Verdict.YOUR_CALL, preferences=WANTS_FULL_TIME, missing=("employment_type",)),
    "an office named without a word on remote is a remote-only user's call even when the rest fits": Case(
        found(), Verdict.YOUR_CALL, facts=JobFacts(locations=(BERLIN,), employment_types=(FULL_TIME,)),
        preferences=Preferences(arrangements=frozenset({Arrangement.REMOTE}),
                                employment_types=frozenset({EmploymentType.FULL_TIME})),
        missing=("arrangement",)),
    "pay left unsaid alone does not block a verdict": Case(
        found(), Verdict.ACCEPT, preferences=WANTS_90K, missing=("compensation",)),
    "one fact that fits is enough to judge": Case(
        found(), Verdict.ACCEPT, facts=JobFacts(arrangements=(REMOTE,)),
        preferences=Preferences(arrangements=frozenset({Arrangement.REMOTE}),
                                employment_types=frozenset({EmploymentType.FULL_TIME})),
        missing=("employment_type",)),
    "an employer moving an interview already under way is not questioned on fit": Case(
        found(Label.RESCHEDULE_REQUEST), Verdict.RESCHEDULE, preferences=WANTS_REMOTE, missing=("arrangement",)),
    # Rule 5: only the time is in the way.
    "a fitting role whose proposed time clashes is rescheduled": Case(
        found(), Verdict.RESCHEDULE, facts=JobFacts(arrangements=(REMOTE,)), preferences=WANTS_REMOTE, timing=CLASH),
    "a free proposed time outside the user's working hours is rescheduled": Case(
        found(), Verdict.RESCHEDULE, timing=Timing(Conflict(True), (), calendar_checked=True, off_hours=(PROPOSED,))),
    "a fixed interview outside working hours that the user agreed to needs no reply": Case(
        found(Label.SCHEDULED), Verdict.NO_REPLY, timing=Timing(Conflict(True), (), calendar_checked=True,
                                                                 off_hours=(PROPOSED,))),
    "the employer asking to move the interview gets new times": Case(found(Label.RESCHEDULE_REQUEST), Verdict.RESCHEDULE),
    "an invitation whose proposed times have all passed gets new times": Case(
        found(), Verdict.RESCHEDULE, timing=PASSED),
    "a fixed interview that clashes with the calendar asks to move it": Case(
        found(Label.SCHEDULED), Verdict.RESCHEDULE, timing=CLASH),
    # Rule 6: free and fitting.
    "a free proposed time for a fitting role is accepted": Case(
        found(), Verdict.ACCEPT, facts=JobFacts(arrangements=(REMOTE,)), preferences=WANTS_REMOTE),
    "a free proposed time with no preferences at all is accepted": Case(found(), Verdict.ACCEPT),
    "an invitation whose first time clashes but another is free is accepted": Case(
        found(), Verdict.ACCEPT, timing=Timing(Conflict(False, (DENTIST,)), (PROPOSED,), calendar_checked=True)),
    "one proposed time inside working hours is enough to accept": Case(
        found(), Verdict.ACCEPT, timing=Timing(Conflict(True), (PROPOSED,), calendar_checked=True,
                                               off_hours=(PROPOSED,))),
    "an invitation with only a booking link is accepted, to book through it": Case(
        found(times=(), link=LINK), Verdict.ACCEPT, timing=Timing()),
    "a proposed time no calendar could check is accepted with the calendar missing": Case(
        found(), Verdict.ACCEPT, timing=UNCHECKED, missing=("calendar",)),
    # Rule 7: the rest.
    "an invitation asking when the user is free gets the user's times": Case(
        found(times=()), Verdict.RESCHEDULE, timing=Timing()),
    "a fixed interview that fits the calendar needs no reply": Case(found(Label.SCHEDULED), Verdict.NO_REPLY),
}


@pytest.mark.parametrize("name", CASES)
def test_rule(name: str) -> None:
    case = CASES[name]
    result = recommend(case.detection, case.facts, case.preferences, case.timing)
    assert (result.verdict, result.reason, result.missing) == (case.verdict, case.reason, case.missing)


def test_a_decline_names_the_preference_and_quotes_the_message() -> None:
    result = recommend(found(), JobFacts(arrangements=(ONSITE,)), WANTS_REMOTE, FREE)
    [evidence] = result.evidence
    assert (evidence.topic, evidence.fits, evidence.snippet) == (Topic.ARRANGEMENT, False, ONSITE.snippet)
    assert evidence.says == "The role is on-site; you want remote."


def test_a_reschedule_names_the_calendar_events_that_overlap() -> None:
    result = recommend(found(), JobFacts(), Preferences(), CLASH)
    [evidence] = result.evidence
    assert evidence.topic is Topic.CALENDAR and evidence.busy == DENTIST
    assert "Dentist" in evidence.says


def test_more_conflicts_make_a_surer_decline() -> None:
    prefs = Preferences(arrangements=frozenset({Arrangement.REMOTE}), minimum_pay=Pay(90_000, "EUR"))
    one = recommend(found(), JobFacts(arrangements=(ONSITE,)), prefs, FREE)
    two = recommend(found(), JobFacts(arrangements=(ONSITE,), pay=(SALARY_80K,)), prefs, FREE)
    assert one.confidence < two.confidence
    assert [item.topic for item in two.evidence] == [Topic.ARRANGEMENT, Topic.COMPENSATION]


def test_each_unknown_lowers_the_confidence_of_a_verdict_but_keeps_it_above_your_call() -> None:
    known = recommend(found(), JobFacts(arrangements=(REMOTE,)), WANTS_REMOTE, FREE)
    prefs = Preferences(arrangements=frozenset({Arrangement.REMOTE}), minimum_pay=Pay(90_000, "EUR"),
                        employment_types=frozenset({EmploymentType.FULL_TIME}))
    unsure = recommend(found(), JobFacts(arrangements=(REMOTE,)), prefs, UNCHECKED)
    your_call = recommend(found(), JobFacts(), prefs, FREE)
    assert known.confidence > unsure.confidence > your_call.confidence
    assert unsure.missing == ("employment_type", "compensation", "calendar")
