"""Detection finishes on hostile text: no input shape may make a pattern go quadratic.

Each case is a few hundred kilobytes of one repeated shape, the kind of input that
turns a careless regex into a hang.  The alarm is a guard against a hang, not a
timing target: a healthy run takes milliseconds.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from tactful.core.detect import detect
from tactful.core.model import Email

SIZE = 200_000

SHAPES = {
    "a word and a long run of spaces": "interview " + " " * SIZE + "x",
    "a long run of tabs between capitals": "Acme\t" + "\t" * SIZE + "Corp",
    "capitalised words without end": "Acme Beta Gamma Delta " * (SIZE // 22),
    "quote markers on every line": "> On Monday Jane wrote:\n" * (SIZE // 24),
    "digits without end": "1" * SIZE,
    "colons and labels": "Position: " * (SIZE // 10),
    "separators and spaces": " | , - " * (SIZE // 7),
    "times without dates": "at 10am, 11am, noon, 2pm " * (SIZE // 25),
    "dates without times": "Tuesday 3 March, " * (SIZE // 17),
    "opening parentheses": "(" * SIZE,
    "angle brackets": "<a " * (SIZE // 3),
    "a single enormous word": "a" * SIZE,
    "interview wording on repeat": "would you be available for an interview on Thursday at 2pm ET? " * (SIZE // 64),
    "conditional openings without a full stop": "if your profile after we review it " * (SIZE // 35),
    "restatements without end": "at 2pm GMT, es decir, 10am Paris / (Thursday " * (SIZE // 46),
    "table rows under a header of zones": "Option | London (GMT) | Singapore (SGT)\n" + "A | Tue 10 March, 09:00 | 17:00\n" * (SIZE // 32),
}


class _Hang(Exception):
    pass


@pytest.fixture
def hang_guard() -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise _Hang("detection did not finish")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(30)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("shape", SHAPES, ids=list(SHAPES))
def test_detection_finishes_on_hostile_text(shape: str, hang_guard: None) -> None:
    body = SHAPES[shape]
    email = Email(id="x", from_name=body[:300], from_email="a@acme.com", subject=body[:500], body=body,
                  sent_at=datetime(2026, 3, 2, tzinfo=timezone.utc))
    detection = detect(email)
    assert detection.label.value in {"invite", "scheduled", "reschedule_request", "not_invite"}
