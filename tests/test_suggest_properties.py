"""Invariants of the suggestion rules, over any facts, preferences, calendar and label."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

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
    Verdict,
    recommend,
)

START = datetime(2026, 3, 5, 14, tzinfo=UTC)
PROPOSED = Interval(START, START + timedelta(minutes=45))
BUSY = BusyInterval(START, START + timedelta(hours=1), summary="Busy")

detections = st.builds(
    lambda label, timed, link: Detection(
        label=label, confidence=0.9, reasons=(), company="Acme",
        proposed_times=(ProposedTime("Thursday 2pm", START),) if timed else (),
        scheduling_link="https://cal.example.com/x" if link else None),
    st.sampled_from(Label), st.booleans(), st.booleans(),
)
timings = st.sampled_from([
    Timing(),
    Timing(Conflict(True), (PROPOSED,), calendar_checked=True),
    Timing(Conflict(False, (BUSY,)), (), calendar_checked=True),
    Timing(Conflict(True), (), calendar_checked=True, off_hours=(PROPOSED,)),
    Timing(None, (PROPOSED,), calendar_checked=False),
])
money = st.builds(lambda low, span, currency, period: Fact(PayRange(low, low + span, currency, period), "pay"),
                  st.integers(1, 300_000), st.integers(0, 50_000), st.sampled_from(["EUR", "USD"]),
                  st.sampled_from(PayPeriod))
facts = st.builds(
    JobFacts,
    arrangements=st.lists(st.sampled_from(Arrangement).map(lambda a: Fact(a, "arrangement")), max_size=2).map(tuple),
    locations=st.lists(st.sampled_from(["Berlin", "Austin, TX"]).map(lambda p: Fact(p, "place")), max_size=2)
    .map(tuple),
    employment_types=st.lists(st.sampled_from(EmploymentType).map(lambda e: Fact(e, "type")), max_size=2).map(tuple),
    pay=st.lists(money, max_size=2).map(tuple),
    sectors=st.lists(st.sampled_from(Sector).map(lambda s: Fact(s, "sector")), max_size=2).map(tuple),
    employer=st.just((Fact("Acme", "Acme"),)),
)
preferences = st.builds(
    Preferences,
    arrangements=st.frozensets(st.sampled_from(Arrangement)),
    locations=st.lists(st.sampled_from(["Berlin", "Lisbon"]), max_size=2, unique=True).map(tuple),
    employment_types=st.frozensets(st.sampled_from(EmploymentType)),
    minimum_pay=st.none() | st.builds(Pay, st.integers(1, 200_000).map(float), st.sampled_from(["EUR", "USD"]),
                                      st.sampled_from(PayPeriod)),
    avoid_companies=st.sampled_from([(), ("Acme",), ("Initech",)]),
    avoid_sectors=st.frozensets(st.sampled_from(Sector)),
    not_looking=st.booleans(),
)


@given(detections, facts, timings)
def test_a_user_without_preferences_is_never_told_to_decline_or_left_to_decide(
    detection: Detection, job: JobFacts, timing: Timing
) -> None:
    assert recommend(detection, job, Preferences(), timing).verdict not in (Verdict.DECLINE, Verdict.YOUR_CALL)


@given(detections, facts, preferences, timings)
def test_a_decline_always_gives_a_reason_and_shows_the_obstacle(
    detection: Detection, job: JobFacts, prefs: Preferences, timing: Timing
) -> None:
    result = recommend(detection, job, prefs, timing)
    assert 0 <= result.confidence <= 1
    if result.verdict is Verdict.DECLINE:
        assert result.reason is not Reason.NONE
        assert any(not item.fits for item in result.evidence)
    else:
        assert result.reason is Reason.NONE


@given(detections, facts, preferences, timings)
def test_a_decline_reason_always_comes_from_a_preference_the_user_set(
    detection: Detection, job: JobFacts, prefs: Preferences, timing: Timing
) -> None:
    set_by_user = {
        Reason.LOCATION: prefs.restricts_arrangement or bool(prefs.locations),
        Reason.EMPLOYMENT_TYPE: prefs.restricts_employment,
        Reason.COMPENSATION: prefs.minimum_pay is not None,
        Reason.NOT_RIGHT_FIT: bool(prefs.avoid_companies or prefs.avoid_sectors),
        Reason.TIMING: prefs.not_looking,
        Reason.WITHDRAWING: prefs.not_looking,
    }
    result = recommend(detection, job, prefs, timing)
    if result.verdict is Verdict.DECLINE:
        assert set_by_user[result.reason]


@given(detections, facts, preferences, timings)
def test_not_looking_declines_every_interview_message_and_answers_nothing_else(
    detection: Detection, job: JobFacts, prefs: Preferences, timing: Timing
) -> None:
    resting = replace(prefs, not_looking=True)
    result = recommend(detection, job, resting, timing)
    expected = Verdict.NO_REPLY if detection.label is Label.NOT_INVITE else Verdict.DECLINE
    assert result.verdict is expected
