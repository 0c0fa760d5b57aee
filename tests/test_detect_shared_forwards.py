"""A forward from a personal address to someone else's personal address is the candidate
sharing their news; a forward to one's own other address, or from a recruiter, still
invites the reader.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tactful.core.detect import FORWARDED_TO_SOMEONE_ELSE, detect
from tactful.core.model import Email, Label

SENT = datetime.fromisoformat("2026-03-02T18:05:00+00:00")

_FORWARDED = (
    "\n\n---------- Forwarded message ---------\n"
    "From: Hana Kurt <hana.kurt@veldpoint-recruit.co.uk>\n"
    "Subject: Interview - Mobile Developer\n\n"
    "Hi Lou, Veldpoint would like to invite you to an interview for the Mobile Developer role. "
    "Would Tuesday 10 March at 11am or Wednesday 11 March at 3pm suit you?\n\nHana\n"
)


def forward(note: str, sender: str, to: str) -> Email:
    name, _, address = sender.partition(" <")
    return Email(id="t", from_name=name, from_email=address.rstrip(">"), subject="Fwd: Interview - Mobile Developer",
                 body=note + _FORWARDED, sent_at=SENT, to=(to,))


CASES = {
    "a forward from a personal address to a relative's is shared news": (
        forward("they want to see me!! could you mind the dog on wednesday?", "Lou Brennan <lou.brennan@outlook.com>",
                "aoife.brennan@gmail.com"),
        Label.NOT_INVITE,
    ),
    "a forward to one's own other address is still an invite": (
        forward("to my main inbox", "Lou Brennan <lou.brennan@outlook.com>", "lou.b.dev@gmail.com"),
        Label.INVITE,
    ),
    "a recruiter forwarding a client's invitation is still an invite": (
        forward("Lou - see below from the client, let me know which slot suits.",
                "Rita Pell <rita.pell@oakfinch-talent.com>", "lou.b.dev@gmail.com"),
        Label.INVITE,
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_forward_is_judged_by_who_forwards_it_to_whom(case: str) -> None:
    email, label = CASES[case]
    detection = detect(email)
    assert detection.label is label, detection.reasons
    assert (FORWARDED_TO_SOMEONE_ELSE in detection.reasons) is (label is Label.NOT_INVITE)
