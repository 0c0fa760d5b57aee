"""An interview of the reader's named together with concrete times is being set even when
no stock phrase says so: several times, or one time asked about, are options (an invite),
one time stated with words that confirm or remind, or in answer to mail that agreed to
it, is the time agreed (scheduled), one time set otherwise asks you to come (an invite), unless the
interview is the writer's own.  Other languages' words for a job interview name one interview by
themselves.  Interviews in general, with times of some other event, are neither.
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
    "one interview time set in a first message asks you to come": (
        letter("Jo, good news from the lab leads. Your on-site interview falls on Thursday 12 March at 9:30 AM "
               "ET in building C; parking is free after 9.\n\nMarta", "Glass technologist"),
        Label.INVITE,
    ),
    "one interview time stated in answer to the candidate's agreement is the time agreed": (
        letter("Jo, good news from the lab leads. Your on-site interview falls on Thursday 12 March at 9:30 AM "
               "ET in building C; parking is free after 9.\n\nMarta\n\nOn Mon, Mar 2, 2026 Jo Banner wrote:\n"
               "> Thursday morning would be ideal for me.", "Re: Glass technologist"),
        Label.SCHEDULED,
    ),
    "an interview named with one time asked about in a question is an invite": (
        letter("Jo, the lab leads read your portfolio. Could you manage Wednesday 11 March at 3pm ET for "
               "a video interview with them? Link to follow.\n\nMarta", "Glass technologist"),
        Label.INVITE,
    ),
    "a question without a time leaves the stated interview time fixed": (
        letter("Jo, your video interview with the lab leads falls on Wednesday 11 March at 3pm ET. "
               "Any questions?\n\nMarta\n\nOn Mon, Mar 2, 2026 Jo Banner wrote:\n> Wednesday works for me.",
               "Re: Glass technologist"),
        Label.SCHEDULED,
    ),
    "the writer's own interview with its time is not the reader's": (
        letter("Jo, odd one: I have a second interview at Pellow Optics on Wednesday 11 March at 3pm ET. "
               "Do you know anyone on their lab team?\n\nMarta", "favour"),
        Label.NOT_INVITE,
    ),
    "the writer's team named before the interview leaves it the reader's": (
        letter("Jo, you'll meet my team for an interview on Thursday 12 March at 9:30 AM ET in building C."
               "\n\nMarta", "Glass technologist"),
        Label.INVITE,
    ),
    "a Portuguese interview with two times is an invite": (
        letter("Olá Jo,\n\nA equipa do laboratório quer conhecê-lo numa entrevista por vídeo: quarta-feira, "
               "11/03, às 15h ou quinta-feira, 12/03, às 10h. Qual prefere?\n\nMarta", "Vidreiro"),
        Label.INVITE,
    ),
    "a German interview stated with its time as agreed is scheduled": (
        letter("Hallo Jo,\n\nwie besprochen findet Ihr Vorstellungsgespräch am Donnerstag, 12.03.2026 um 9:30 Uhr in Halle C "
               "statt. Bitte bringen Sie Ihren Ausweis mit.\n\nMarta", "Glastechnologe"),
        Label.SCHEDULED,
    ),
    "a Spanish interview asked about with one time is an invite": (
        letter("Hola Jo:\n\n¿Podrías hacer la entrevista con el equipo del laboratorio el miércoles 11 de marzo "
               "a las 15:00?\n\nMarta", "Vidriero"),
        Label.INVITE,
    ),
    "interviews in general in another language beside an event's time are not an interview being set": (
        letter("Olá a todos! O encontro de março é na terça-feira, 10/03, às 18h30, com uma conversa sobre "
               "entrevistas técnicas em vidro e café no fim.\n\nMarta", "Encontro de março"),
        Label.NOT_INVITE,
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
