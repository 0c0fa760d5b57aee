"""Splitting a message into what its author just wrote and the history it quotes."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.core import quoting
from tactful.core.quoting import Parts, newest_part, split_newest

ANSWER = "Tuesday at 10 works for me, thank you."
QUESTION = "Could you do Tuesday at 10:00 instead?"


@pytest.mark.parametrize(
    ("text", "quoted_starts_with"),
    [
        pytest.param(
            f"{ANSWER}\n\nOn Mon, 3 Mar 2025 at 09:12, Priya Raman <priya@northwind.io> wrote:\n> {QUESTION}\n",
            "On Mon, 3 Mar 2025 at 09:12",
            id="an English attribution on one line starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\nOn Mon, 3 Mar 2025 at 09:12, Priya Raman <priya@northwind.io>\nwrote:\n> {QUESTION}",
            "On Mon, 3 Mar 2025 at 09:12",
            id="an English attribution wrapped before wrote starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\nOn Mon, 3 Mar 2025 at 09:12, Priya Raman <\npriya@northwind.io> wrote:\n> {QUESTION}",
            "On Mon, 3 Mar 2025 at 09:12, Priya Raman <",
            id="an English attribution wrapped inside the address starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\nLe lun. 3 mars 2025 à 09:12, Priya Raman <priya@northwind.io> a écrit :\n> {QUESTION}",
            "Le lun. 3 mars 2025",
            id="a French attribution with a space before the colon starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\nAm Mo., 3. März 2025 um 09:12 Uhr schrieb Priya Raman <priya@northwind.io>:\n> {QUESTION}",
            "Am Mo., 3. März 2025",
            id="a German attribution with the verb before the sender starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\nAm 03.03.25 um 09:12 schrieb Priya Raman:\n> {QUESTION}",
            "Am 03.03.25 um 09:12",
            id="a short German attribution starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\nEl lun, 3 mar 2025 a las 09:12, Priya Raman (<priya@northwind.io>) escribió:\n> {QUESTION}",
            "El lun, 3 mar 2025",
            id="a Spanish attribution starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\nOn Mon, 3 Mar 2025, Priya Raman wrote:   \n> {QUESTION}",
            "On Mon, 3 Mar 2025, Priya Raman wrote:",
            id="trailing spaces after an attribution do not hide it",
        ),
        pytest.param(
            f"{ANSWER}\n\nFrom: Priya Raman <priya@northwind.io>\nSent: Monday, March 3, 2025 9:12 AM\n"
            f"To: Sam Okafor <sam@example.org>\nSubject: Interview\n\n{QUESTION}",
            "From: Priya Raman",
            id="an Outlook header block starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\nVon: Priya Raman <priya@northwind.io>\nGesendet: Montag, 3. März 2025 09:12\n"
            f"An: Sam Okafor\nBetreff: Interview\n\n{QUESTION}",
            "Von: Priya Raman",
            id="a German Outlook header block starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\nFrån: Priya Raman <priya@northwind.io>\nSkickat: den 3 mars 2025 09:12\n"
            f"Till: Sam Okafor\nÄmne: Intervju\n\n{QUESTION}",
            "Från: Priya Raman",
            id="a Swedish Outlook header block starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\nDe: Priya Raman <priya@northwind.io>\nEnviado el: lunes, 3 de marzo de 2025 9:12\n"
            f"Para: Sam Okafor\nAsunto: Entrevista\n\n{QUESTION}",
            "De: Priya Raman",
            id="a Spanish Outlook header block starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\nDe : Priya Raman <priya@northwind.io>\nEnvoyé : lundi 3 mars 2025 09:12\n"
            f"À : Sam Okafor\nObjet : Entretien\n\n{QUESTION}",
            "De : Priya Raman",
            id="a French Outlook header block starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\nDa: Priya Raman <priya@northwind.io>\nInviato: lunedì 3 marzo 2025 09:12\n"
            f"A: Sam Okafor\nOggetto: Colloquio\n\n{QUESTION}",
            "Da: Priya Raman",
            id="an Italian Outlook header block starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\nDe: Priya Raman <priya@northwind.io>\nEnviada em: segunda-feira, 3 de março de 2025 09:12\n"
            f"Para: Sam Okafor\nAssunto: Entrevista\n\n{QUESTION}",
            "De: Priya Raman",
            id="a Portuguese Outlook header block starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\n-----Original Message-----\nFrom: Priya Raman\n\n{QUESTION}",
            "-----Original Message-----",
            id="an original message separator starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\n-----Mensaje original-----\nDe: Priya Raman\n\n{QUESTION}",
            "-----Mensaje original-----",
            id="a Spanish original message separator starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\n________________________________\nFrom: Priya Raman\nSent: Monday\n"
            f"To: Sam Okafor\nSubject: Interview\n\n{QUESTION}",
            "________________________________",
            id="an underscore rule above a header block starts the quoted history",
        ),
        pytest.param(
            f"{ANSWER}\n\n> {QUESTION}\n> Best,\n> Priya",
            f"> {QUESTION}",
            id="a bottom quote of prefixed lines is quoted history",
        ),
    ],
)
def test_quoted_history_is_split_off(text: str, quoted_starts_with: str) -> None:
    parts = split_newest(text)
    assert parts.newest == ANSWER
    assert parts.quoted.startswith(quoted_starts_with)
    assert QUESTION in parts.quoted
    assert parts.forwarded is False


def test_inline_answers_between_quoted_lines_stay_newest() -> None:
    text = (
        "> Can you do Tuesday?\nYes, Tuesday works.\n> Would 10:00 suit you?\n"
        "Ten is fine.\n> Please bring an ID.\nI will."
    )
    assert split_newest(text) == Parts(newest=text, quoted="")


def test_a_quote_followed_by_a_long_answer_is_not_bottom_quoted_history() -> None:
    text = "> Can you do Tuesday?\n\nYes.\nTuesday works well.\nI will join by video.\nSee you then."
    assert split_newest(text).quoted == ""


def test_a_message_without_quotes_is_all_newest() -> None:
    text = "Hi Sam,\n\nWe would like to invite you to an interview on Tuesday.\n\nPriya"
    assert split_newest(text) == Parts(newest=text, quoted="", forwarded=False)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n"], ids=["empty", "spaces", "newlines"])
def test_empty_text_gives_empty_parts(text: str) -> None:
    assert split_newest(text) == Parts(newest="", quoted="", forwarded=False)


def test_a_sentence_that_mentions_writing_is_not_an_attribution() -> None:
    text = "On reflection I wrote a longer cover letter.\nIt is attached."
    assert split_newest(text).quoted == ""


GMAIL_FORWARD = (
    "---------- Forwarded message ---------\n"
    "From: Priya Raman <priya@northwind.io>\n"
    "Date: Mon, Mar 3, 2025 at 9:12 AM\n"
    "Subject: Interview at Northwind\n"
    "To: <sam@example.org>\n"
    "\n"
    "Hi Sam, we would like to invite you to an interview on Tuesday.\n"
    "\n"
    "On Sun, 2 Mar 2025, Sam Okafor <sam@example.org> wrote:\n"
    "> Thanks for considering my application.\n"
)
APPLE_FORWARD = (
    "Begin forwarded message:\n"
    "\n"
    "From: Priya Raman <priya@northwind.io>\n"
    "Subject: Interview at Northwind\n"
    "Date: 3 March 2025 at 09:12:00 GMT\n"
    "To: Sam Okafor <sam@example.org>\n"
    "\n"
    "Hi Sam, we would like to invite you to an interview on Tuesday.\n"
)
INVITE_LINE = "Hi Sam, we would like to invite you to an interview on Tuesday."


@pytest.mark.parametrize(
    ("text", "newest"),
    [
        pytest.param(f"FYI, see below.\n\n{GMAIL_FORWARD}", f"FYI, see below.\n\n{INVITE_LINE}",
                     id="a Gmail forward under a short note makes the forwarded message newest"),
        pytest.param(GMAIL_FORWARD, INVITE_LINE, id="a Gmail forward with no note makes the forwarded message newest"),
        pytest.param(f"Could you help me reply?\n\n{APPLE_FORWARD}", f"Could you help me reply?\n\n{INVITE_LINE}",
                     id="an Apple Mail forward under a short note makes the forwarded message newest"),
    ],
)
def test_a_forward_under_a_short_note_is_newest(text: str, newest: str) -> None:
    parts = split_newest(text)
    assert parts.newest == newest
    assert parts.forwarded is True
    assert "From: Priya" not in parts.newest


def test_the_forwarded_message_keeps_its_own_quoted_history_apart() -> None:
    parts = split_newest(f"FYI.\n\n{GMAIL_FORWARD}")
    assert parts.quoted.startswith("On Sun, 2 Mar 2025, Sam Okafor")
    assert "Thanks for considering" in parts.quoted


def test_a_long_note_above_a_forward_stays_newest() -> None:
    note = " ".join(["I have been thinking about this offer for a while and"] * 16)
    parts = split_newest(f"{note}\n\n{GMAIL_FORWARD}")
    assert parts.newest == note
    assert parts.forwarded is False
    assert parts.quoted.startswith("---------- Forwarded message ---------")
    assert INVITE_LINE in parts.quoted


def test_nested_forwards_under_short_notes_keep_every_note() -> None:
    text = f"Passing this on.\n\n---------- Forwarded message ---------\nFrom: Alex\n\nSee below.\n\n{GMAIL_FORWARD}"
    parts = split_newest(text)
    assert parts.newest == f"Passing this on.\n\nSee below.\n\n{INVITE_LINE}"
    assert parts.forwarded is True


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"FYI.\n\n{GMAIL_FORWARD}", id="a Gmail forward names its sender and subject"),
        pytest.param(APPLE_FORWARD, id="an Apple Mail forward names its sender and subject"),
        pytest.param(f"Passing this on.\n\n---------- Forwarded message ---------\nFrom: Alex\nSubject: fyi\n\n"
                     f"See below.\n\n{GMAIL_FORWARD}", id="nested forwards name the innermost sender and subject"),
    ],
)
def test_a_followed_forward_exposes_its_sender_and_subject(text: str) -> None:
    parts = split_newest(text)
    assert (parts.forwarded_from, parts.forwarded_subject) == (
        "Priya Raman <priya@northwind.io>", "Interview at Northwind")


def test_a_reply_names_no_forwarded_sender() -> None:
    parts = split_newest(f"{ANSWER}\n\nOn Mon, 3 Mar 2025, Priya <priya@northwind.io> wrote:\n> {QUESTION}\n")
    assert (parts.forwarded, parts.forwarded_from, parts.forwarded_subject) == (False, None, None)


OUTLOOK_BLOCK = (
    "From: Priya Raman <priya@northwind.io>\n"
    "Sent: Monday, March 3, 2025 9:12 AM\n"
    "To: Sam Okafor <sam@example.org>\n"
    "Subject: Interview at Northwind\n"
    "\n"
    f"{INVITE_LINE}\n"
)


@pytest.mark.parametrize(
    ("text", "subject", "newest", "forwarded"),
    [
        pytest.param(f"See below.\n\n{OUTLOOK_BLOCK}", "FW: Interview at Northwind",
                     f"See below.\n\n{INVITE_LINE}", True, id="an Outlook block under an FW subject is a forward"),
        pytest.param(f"See below.\n\n________________________________\n{OUTLOOK_BLOCK}", "Fwd: Interview",
                     f"See below.\n\n{INVITE_LINE}", True, id="an Outlook rule and block under a Fwd subject is a forward"),
        pytest.param(f"Thoughts?\n\n-----Original Message-----\n{OUTLOOK_BLOCK}", "WG: Interview",
                     f"Thoughts?\n\n{INVITE_LINE}", True, id="an original message under a German WG subject is a forward"),
        pytest.param(f"See below.\n\n{OUTLOOK_BLOCK}", "RE: Interview at Northwind", "See below.", False,
                     id="an Outlook block under a reply subject is quoted history"),
        pytest.param(f"See below.\n\n{OUTLOOK_BLOCK}", None, "See below.", False,
                     id="an Outlook block with no subject given is quoted history"),
        pytest.param(f"{ANSWER}\n\nOn Mon, 3 Mar 2025, Priya <priya@northwind.io> wrote:\n> {QUESTION}\n", "Fwd: x",
                     ANSWER, False, id="an attribution stays quoted history even under a forward subject"),
    ],
)
def test_the_subject_tells_an_outlook_forward_from_a_reply(
    text: str, subject: str | None, newest: str, forwarded: bool
) -> None:
    parts = split_newest(text, subject=subject)
    assert (parts.newest, parts.forwarded) == (newest, forwarded)
    assert parts.forwarded_from == ("Priya Raman <priya@northwind.io>" if forwarded else None)
    assert newest_part(text, subject=subject) == newest


def test_newest_part_is_the_newest_of_split_newest() -> None:
    text = f"{ANSWER}\n\nOn Mon, 3 Mar 2025, Priya wrote:\n> {QUESTION}"
    assert newest_part(text) == ANSWER


_MAIL_LINES = st.sampled_from(
    [
        "", "> quoted", ">", "On Mon, Priya wrote:", "On Mon, Priya", "wrote:", "From: Priya",
        "Sent: Monday", "To: Sam", "Subject: x", "-----Original Message-----", "_" * 32,
        "---------- Forwarded message ---------", "Begin forwarded message:", "Hello Sam,",
        "Am 3. März schrieb Priya:", "   ", "Le 3 mars, Priya a écrit :",
    ]
)
_LINES = st.lists(st.one_of(_MAIL_LINES, st.text(max_size=40)), max_size=30)


def _input_lines(text: str) -> set[str]:
    return set(text.splitlines())


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_every_line_of_newest_and_quoted_comes_from_the_input(lines: list[str]) -> None:
    text = "\n".join(lines)
    parts = split_newest(text)
    for produced in parts.newest.splitlines() + parts.quoted.splitlines():
        assert any(produced in line for line in _input_lines(text)) or produced == ""


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_without_a_forward_newest_and_quoted_rebuild_the_input(lines: list[str]) -> None:
    text = "\n".join(lines)
    parts = split_newest(text)
    if not parts.forwarded:
        rebuilt = (parts.newest + "\n" + parts.quoted).split()
        assert rebuilt == text.split()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_splits_without_raising(text: str) -> None:
    parts = split_newest(text)
    assert parts.newest == parts.newest.strip()
    assert parts.quoted == parts.quoted.strip()


class _Counted:
    """One of the quoting module's patterns, run as itself, counting the times it runs."""

    def __init__(self, pattern: re.Pattern[str], runs: list[int]) -> None:
        self._pattern = pattern
        self._runs = runs

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self._runs[0] += 1
            return method(*args, **kwargs)

        return counted


def _pattern_calls(text: str) -> int:
    """How many times splitting ``text`` runs one of the module's regular expressions: a
    count of the work done that, unlike seconds, does not move with the machine's load
    (and holds for the mypyc-compiled module too, which reads its patterns from the
    module at each use)."""
    runs = [0]
    with pytest.MonkeyPatch.context() as patch:
        for name, value in vars(quoting).items():
            if isinstance(value, re.Pattern):
                patch.setattr(quoting, name, _Counted(value, runs))
        split_newest(text)
    return runs[0]


def test_a_megabyte_of_quoted_lines_is_split_in_one_pass() -> None:
    lines = 250_000  # one megabyte
    assert 0 < _pattern_calls("> x\n" * lines) <= 2 * lines


def test_twenty_thousand_nested_forwards_are_split_in_one_pass() -> None:
    note = "Note\n---------- Forwarded message ---------\nFrom: a\n\n"
    lines = 20_000 * note.count("\n")
    assert 0 < _pattern_calls(note * 20_000) <= 3 * lines


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param("On Monday Priya wrote" + " " * 200_000 + "x", id="an attribution followed by a long run of spaces"),
        pytest.param("Am 3. März schrieb" + " " * 200_000 + "x", id="a German attribution followed by a long run of spaces"),
        pytest.param("On Monday\nwrote" + " " * 200_000 + "x", id="a wrapped attribution followed by a long run of spaces"),
        pytest.param("_" * 200_000 + " " * 200_000 + "x", id="a very long underscore rule"),
    ],
)
def test_a_long_hostile_line_is_tried_by_a_few_patterns_and_kept(hostile: str) -> None:
    # What each pattern costs on such a line (each ends in a bounded run of spaces) is
    # timed by bench/hostile_inputs.py; here, that the line meets each pattern at most once.
    assert 0 < _pattern_calls(hostile) <= 20
    assert split_newest(hostile).newest == hostile.strip()


def test_a_recruiters_cover_note_with_a_signature_still_passes_the_forward_on() -> None:
    note = (
        "Hi Tom,\n\nGood news: the client would like to meet you. Their HR team's note is below. Could you tell "
        "me which of the two slots suits you, and I will confirm it with them this afternoon? I am also happy "
        "to run through the interview format with you on a short call beforehand if that would help.\n\n"
        "Best wishes,\nCallum\n\nCallum Drake | Senior Consultant, Finance\nNorthgate Search | 020 7946 0000"
    )
    parts = split_newest(f"{note}\n\n{GMAIL_FORWARD}")
    assert parts.forwarded is True
    assert INVITE_LINE in parts.newest


MARKER_LINES = [
    "On Mon, 3 Mar 2025 at 09:12, Priya <p@x.io> wrote:",
    "  Le lun. 3 mars 2025 à 09:12, Priya a écrit :",
    "Am 3. März 2025 um 09:12 schrieb Priya <p@x.de>:",
    "W dniu 3.03.2025 o 09:12 Priya napisał:",
    "På mån 3 mars 2025 skrev Priya:",
    "-----Original Message-----",
    "________________________________",
    "*From:* Priya Raman",
    "From: Priya Raman <p@x.io>",
    "Von: Priya",
    "---------- Forwarded message ---------",
    "Begin forwarded message:",
    "FW: ----------",
    "> quoted",
    "   > quoted",
]


@given(st.sampled_from(MARKER_LINES), st.text(alphabet=" \tOoNnLlEeAaMmIiPpDdWw-_*>:", max_size=12))
def test_every_line_that_can_mark_history_passes_the_first_look(line: str, noise: str) -> None:
    from tactful.core import quoting

    patterns = [quoting._FORWARD, quoting._ORIGINAL, quoting._ATTRIBUTION, quoting._ATTRIBUTION_VERB_FIRST,
                quoting._ATTRIBUTION_START, quoting._RULE, quoting._HEADER_FROM, quoting._QUOTE_PREFIX]
    for candidate in (line, noise, noise + line, line[:1] + noise):
        if any(pattern.match(candidate) for pattern in patterns):
            assert quoting._MAY_MARK.match(candidate), candidate
