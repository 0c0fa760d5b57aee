"""Facts read from an invitation: what is stated, in the words it is stated in, and nothing else."""

from __future__ import annotations

import pytest

from tactful.core.model import Detection, Email, Label
from tactful.core.suggest import Arrangement, EmploymentType, PayPeriod, PayRange, Sector, extract_facts
from tactful.core.suggest.arrangement import find_arrangements, find_locations
from tactful.core.suggest.employment import find_employment_types
from tactful.core.suggest.pay import find_pay
from tactful.core.suggest.sector import find_sectors

ARRANGEMENTS = {
    "a fully remote role is remote": ("This is a fully remote role within the EU.", {Arrangement.REMOTE}),
    "remote-first is remote": ("We're a remote-first team of 40.", {Arrangement.REMOTE}),
    "working from home is remote": ("You would be working from home with a yearly meetup.", {Arrangement.REMOTE}),
    "a remote interview says nothing about the job": ("Let's do a remote interview over Zoom.", set()),
    "an on-site interview says nothing about the job": ("Your on-site interview is at our HQ.", set()),
    "an in-person interview says nothing about the job": ("Come in for an in-person interview.", set()),
    "days a week in the office are hybrid": ("You'd spend two days a week in our Leeds office.", {Arrangement.HYBRID}),
    "five days a week in the office is on-site": ("It is five days a week in the office.", {Arrangement.ONSITE}),
    "not a remote role is on-site": ("Please note this is not a remote role.", {Arrangement.ONSITE}),
    "not fully remote is hybrid, not remote": ("The job is not fully remote.", {Arrangement.HYBRID}),
    "a role that is on-site is on-site": ("The position is on-site in Austin, TX.", {Arrangement.ONSITE}),
    "a hybrid interview format is no hybrid job": ("We run a hybrid interview with the panel.", set()),
    "French full remote is remote": ("Poste en CDI, télétravail complet possible.", {Arrangement.REMOTE}),
    "Spanish remote is remote": ("El puesto es 100% remoto.", {Arrangement.REMOTE}),
    "a remote sensing job title is no arrangement": ("We're hiring a Remote Sensing Analyst.", set()),
    "hybrid cloud is no arrangement": ("You'd work on our hybrid cloud platform.", set()),
    "work from office is on-site": ("This is a full-time, work-from-office role.", {Arrangement.ONSITE}),
    "based on site is on-site": ("The post is based on site at St Mary's Hospital.", {Arrangement.ONSITE}),
    "office weekdays are hybrid": ("We're in the office Mon/Wed/Fri.", {Arrangement.HYBRID}),
    "both remote and on-site options are both read": (
        "The role can be remote or an on-site role in Lyon.", {Arrangement.REMOTE, Arrangement.ONSITE}),
}


@pytest.mark.parametrize("name", ARRANGEMENTS)
def test_arrangement(name: str) -> None:
    text, expected = ARRANGEMENTS[name]
    assert {fact.value for fact in find_arrangements(text)} == expected


LOCATIONS = {
    "based in a city": ("The team is based in Lisbon, Portugal.", ["Lisbon, Portugal"]),
    "our city office": ("Three days a week in our Berlin office.", ["Berlin"]),
    "an office in a city": ("Our office in Frankfurt am Main is new.", ["Frankfurt am Main"]),
    "relocation to a city": ("We offer relocation to Dublin.", ["Dublin"]),
    "on-site in a city": ("The position is on-site in Austin, TX.", ["Austin, TX"]),
    "a full stop ends a place": ("Come to our office in Berlin-Kreuzberg. You'd meet the team.", ["Berlin-Kreuzberg"]),
    "a saint's city keeps its abbreviation": ("The team is based in St. Louis, MO.", ["St. Louis, MO"]),
    "a location line about a video call is no place": ("Location: This is a Google Meet web conference.", []),
    "a video tool is no place": ("The call is based on Zoom.", []),
}


@pytest.mark.parametrize("name", LOCATIONS)
def test_location(name: str) -> None:
    text, expected = LOCATIONS[name]
    assert [fact.value for fact in find_locations(text)] == expected


EMPLOYMENT = {
    "full-time": ("This is a full-time, permanent role.", {EmploymentType.FULL_TIME}),
    "a months-long contract": ("It's an initial 6-month contract.", {EmploymentType.CONTRACT}),
    "contract-to-hire": ("The role is contract-to-hire.", {EmploymentType.CONTRACT}),
    "a day rate outside IR35": ("Outside IR35, day rate negotiable.", {EmploymentType.CONTRACT}),
    "part-time": ("We're hiring a part-time analyst.", {EmploymentType.PART_TIME}),
    "few hours a week are part-time": ("It's 20 hours a week.", {EmploymentType.PART_TIME}),
    "forty hours a week are full-time": ("The job is 40 hours per week.", {EmploymentType.FULL_TIME}),
    "a fraction of an FTE is part-time": ("The post is 0.6 FTE.", {EmploymentType.PART_TIME}),
    "Spanish full-time": ("El puesto es a jornada completa.", {EmploymentType.FULL_TIME}),
    "smart contracts are no contract role": ("You'd lead our smart contract work.", set()),
    "a decimal week of hours is full-time": ("Full time, 37.5 hours per week.", {EmploymentType.FULL_TIME}),
    "a permanent civil service role is full-time": ("This is a permanent civil service role.", {EmploymentType.FULL_TIME}),
    "a full-time recruiter is no full-time job": ("I'm a full-time recruiter at Acme.", set()),
    "an employment contract is no contract role": ("Your employment contract will follow an offer.", set()),
}


@pytest.mark.parametrize("name", EMPLOYMENT)
def test_employment_type(name: str) -> None:
    text, expected = EMPLOYMENT[name]
    assert {fact.value for fact in find_employment_types(text)} == expected


PAY = {
    "a dollar range in thousands": ("Base salary range is $120k–$150k plus bonus.",
                                    [PayRange(120_000, 150_000, "USD", PayPeriod.YEAR)]),
    "a pound range with one multiplier": ("Pay is £45-55k depending on experience.",
                                          [PayRange(45_000, 55_000, "GBP", PayPeriod.YEAR)]),
    "an hourly euro rate": ("It pays €65 per hour.", [PayRange(65, 65, "EUR", PayPeriod.HOUR)]),
    "a day rate": ("The day rate is £550.", [PayRange(550, 550, "GBP", PayPeriod.DAY)]),
    "a code after a range in words": ("Compensation between 90,000 and 110,000 EUR gross per year.",
                                      [PayRange(90_000, 110_000, "EUR", PayPeriod.YEAR)]),
    "a monthly German salary with dots": ("Gehalt: 4.500 € brutto pro Monat.",
                                          [PayRange(4_500, 4_500, "EUR", PayPeriod.MONTH)]),
    "Swiss apostrophes": ("The salary is CHF 120'000 per year.", [PayRange(120_000, 120_000, "CHF", PayPeriod.YEAR)]),
    "an open top": ("Salary from 70k EUR.", [PayRange(70_000, None, "EUR", PayPeriod.YEAR)]),
    "a raised base is one amount": ("We can move base to $186k.", [PayRange(186_000, 186_000, "USD", PayPeriod.YEAR)]),
    "an open bottom": ("We can pay up to $90,000 a year.", [PayRange(None, 90_000, "USD", PayPeriod.YEAR)]),
    "Canadian dollars": ("The range is CA$120,000–140,000.", [PayRange(120_000, 140_000, "CAD", PayPeriod.YEAR)]),
    "a range of thousands is pay by itself": ("It's fully remote, full-time, $125,000-$145,000.",
                                              [PayRange(125_000, 145_000, "USD", PayPeriod.YEAR)]),
    "lakhs per annum": ("The CTC for this band is ₹28-34 LPA.", [PayRange(2_800_000, 3_400_000, "INR", PayPeriod.YEAR)]),
    "funding is not pay": ("We raised $30 million in our Series B.", []),
    "travel costs are not pay": ("We'll reimburse travel up to $200.", []),
    "a signing bonus is not the base": ("There's a $5,000 signing bonus on top of the $130k base salary.",
                                        [PayRange(130_000, 130_000, "USD", PayPeriod.YEAR)]),
    "the role's budget is pay": ("The budget for this role is $120k.", [PayRange(120_000, 120_000, "USD", PayPeriod.YEAR)]),
    "a learning budget is not pay": ("There's also a €1,000 learning budget each year.", []),
    "a relocation allowance is not pay": ("We offer a £5,000 relocation allowance.", []),
    "a bare number is not money": ("Let's talk at 10:30 on the 4th.", []),
}


@pytest.mark.parametrize("name", PAY)
def test_pay(name: str) -> None:
    text, expected = PAY[name]
    assert [fact.value for fact in find_pay(text)] == expected


SECTORS = {
    "a sports betting platform": ("We build Europe's fastest sports betting platform.", {Sector.GAMBLING}),
    "a government agency": ("As a federal agency we follow GS-12 pay.", {Sector.PUBLIC_SECTOR}),
    "health insurance is a benefit, not a sector": ("Benefits include health insurance and a pension.", set()),
    "an insurer": ("Kestrel Insurance is growing its underwriting team.", {Sector.INSURANCE}),
    "a government ID for the visit is no sector": ("Bring a government-issued ID to reception.", set()),
    "a security clearance means defense": ("The role requires a security clearance.", {Sector.DEFENSE}),
    "the NHS is public sector": ("St Mary's Community Health, part of the NHS.", {Sector.PUBLIC_SECTOR}),
    "military aircraft mean defense": ("We build avionics for military aircraft.", {Sector.DEFENSE}),
    "military veterans welcome is no sector": ("Military veterans are encouraged to apply.", set()),
    "an insurance card is no sector": ("Please bring your insurance card to check-in.", set()),
    "a crypto exchange": ("We're a crypto exchange based in Zug.", {Sector.CRYPTO}),
}


@pytest.mark.parametrize("name", SECTORS)
def test_sector(name: str) -> None:
    text, expected = SECTORS[name]
    assert {fact.value for fact in find_sectors(text)} == expected


def test_each_fact_carries_the_sentence_it_came_from() -> None:
    email = Email(id="m1", from_name="Ana", from_email="ana@initech.example", subject="Interview at Initech",
                  body="Hi Sam,\nThanks for applying. This is a fully remote role. The range is $140k-$160k.\n")
    facts = extract_facts(email, Detection(Label.INVITE, 0.9, (), company="Initech"))
    assert [fact.snippet for fact in facts.arrangements] == ["This is a fully remote role."]
    assert [fact.snippet for fact in facts.pay] == ["The range is $140k-$160k."]
    assert [(fact.value, fact.snippet) for fact in facts.employer] == [
        ("Initech", "Interview at Initech"), ("initech.example", "ana@initech.example")]


def test_a_long_sentence_is_cut_around_the_fact() -> None:
    filler = "we really value craft and care " * 12
    email = Email(id="m2", from_name="", from_email="x@y.example", subject="Chat",
                  body=f"So {filler}and the role is fully remote, {filler}ok.")
    [fact] = extract_facts(email).arrangements
    assert "fully remote" in fact.snippet and len(fact.snippet) <= 160


def test_a_message_repeating_facts_gives_a_bounded_number_of_them() -> None:
    body = "The salary is $100k. Based in Berlin, Paris. " * 50 + "".join(f"Our office in City{n}. " for n in range(50))
    facts = extract_facts(Email(id="m3", from_name="", from_email="x@y.example", subject="Chat", body=body))
    assert 1 <= len(facts.pay) <= 10 and 1 <= len(facts.locations) <= 10
    assert all(len(fact.snippet) <= 160 for fact in facts.pay + facts.locations)
