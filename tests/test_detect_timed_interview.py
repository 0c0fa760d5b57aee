"""An interview of the reader's named together with concrete times is being set even when
no stock phrase says so: several times are options (an invite), one time stated without
a question is the time fixed (scheduled).  Interviews in general, with times of some
other event, are neither.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tactful.core.detect import detect
from tactful.core.model import Email, Label

SENT = datetime.fromisoformat("2026-03-02T09:15:00-05:00")


def letter(body: str, subject: str) -> Email:
    return Email(id="t", from_name="Marta Quill", from_email="marta.quill@ferrisglass.com", subject=subject,
                 body=body, sent_at=SENT, to=("jo.banner@ferrisglass-partners.com",))


CASES = {
    "an interview named with two times and no stock phrase is an invite": (
        letter("Jo, thanks for the notes. The lab leads can do Tuesday 10 March at 1:30pm ET or Wednesday "
               "11 March at 10am ET. It would be a 45-minute video interview with both of them.\n\nMarta",
               "Glass technologist"),
        Label.INVITE,
    ),
    "an interview named with one time and no question is scheduled": (
        letter("Jo, good news from the lab leads. Your on-site interview falls on Thursday 12 March at 9:30 AM "
               "ET in building C; parking is free after 9.\n\nMarta", "Glass technologist"),
        Label.SCHEDULED,
    ),
    "interviews in general beside the times of a training are not an interview being set": (
        letter("Jo, before you sit on panels you need the training on structured interviews. Sessions run on "
               "Tuesday 10 March at 10am ET and Thursday 12 March at 2pm ET.\n\nMarta", "Training"),
        Label.NOT_INVITE,
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_an_interview_named_with_its_times_is_being_set(case: str) -> None:
    email, label = CASES[case]
    assert detect(email).label is label, detect(email).reasons
