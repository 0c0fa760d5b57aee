"""Which reply a scan drafts for each kind of interview message."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tactful.core.compose.options import Action
from tactful.core.model import Detection, Label, ProposedTime
from tactful.core.slots.model import Conflict, Interval
from tactful.service.scanning import choose_action

START = datetime(2026, 3, 5, 14, tzinfo=timezone.utc)
OPTION = Interval(START, START + timedelta(minutes=45))
TIME = (ProposedTime(text="Thursday at 2pm", start=START),)
LINK = "https://calendly.com/acme/screen"


def detection(label: Label, times: tuple[ProposedTime, ...] = (), link: str | None = None) -> Detection:
    return Detection(label=label, confidence=0.9, reasons=(), proposed_times=times, scheduling_link=link)


CASES = {
    "a message that is not about an interview needs no reply": (detection(Label.NOT_INVITE), None, (), None),
    "the employer moving the interview gets new times": (
        detection(Label.RESCHEDULE_REQUEST, TIME), Conflict(True), (OPTION,), Action.RESCHEDULE),
    "an invitation with a free proposed time is accepted": (
        detection(Label.INVITE, TIME), Conflict(True), (OPTION,), Action.ACCEPT),
    "an invitation whose first time clashes but another is free is accepted": (
        detection(Label.INVITE, TIME), Conflict(False, (OPTION,)), (OPTION,), Action.ACCEPT),
    "an invitation whose every time clashes gets new times": (
        detection(Label.INVITE, TIME), Conflict(False, (OPTION,)), (), Action.RESCHEDULE),
    "an invitation whose times have all passed gets new times": (
        detection(Label.INVITE, TIME), None, (), Action.RESCHEDULE),
    "an invitation with only a booking link is accepted, to book through it": (
        detection(Label.INVITE, link=LINK), None, (), Action.ACCEPT),
    "an invitation asking when you are free gets the user's times": (
        detection(Label.INVITE), None, (), Action.RESCHEDULE),
    "a confirmation that fits the calendar needs no reply": (
        detection(Label.SCHEDULED, TIME), Conflict(True), (), None),
    "a confirmation that clashes with the calendar asks to move it": (
        detection(Label.SCHEDULED, TIME), Conflict(False, (OPTION,)), (), Action.RESCHEDULE),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_choose_action(case: str) -> None:
    found, conflict, free, expected = CASES[case]
    assert choose_action(found, conflict, free) is expected
