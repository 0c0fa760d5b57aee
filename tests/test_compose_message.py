"""The reply as an RFC 5322 message: recipients, subject, threading, encoding, and
hostile sender text that must never add a header or be evaluated as a template."""

from __future__ import annotations

import email
from datetime import datetime, timezone
from email import policy
from email.message import EmailMessage

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tactful.core.compose import Action, NoRecipientError, ReplyOptions, compose_reply
from tactful.core.compose.subject import reply_subject
from tactful.core.model import Detection, Email, Label

DETECTION = Detection(
    label=Label.INVITE, confidence=0.9, reasons=(), company="Acme", role="Data Engineer", recruiter_first_name="Jane"
)
DECLINE = ReplyOptions(action=Action.DECLINE, user_tz="Europe/Paris", user_name="Sam Lee", user_email="sam@home.example")


def _email(**changes: object) -> Email:
    fields: dict[str, object] = {
        "id": "m1",
        "from_name": "Jane Doe",
        "from_email": "jane@acme.example",
        "subject": "Interview invitation",
        "body": "Would you be free on Tuesday?",
        "to": ("Sam Lee <sam@home.example>",),
        "message_id": "<invite-1@acme.example>",
    }
    fields.update(changes)
    return Email(**fields)  # type: ignore[arg-type]


def _parse(raw: bytes) -> EmailMessage:
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _addresses(message: EmailMessage, name: str) -> list[str]:
    header = message[name]
    return [] if header is None else [a.addr_spec for a in header.addresses]


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Interview invitation", "Re: Interview invitation"),
        ("Re: Interview invitation", "Re: Interview invitation"),
        ("RE: Interview invitation", "Re: Interview invitation"),
        ("Re: Re: Re: Interview invitation", "Re: Interview invitation"),
        ("Re[2]: Interview invitation", "Re: Interview invitation"),
        ("Re(3): Interview invitation", "Re: Interview invitation"),
        ("AW: Einladung zum Vorstellungsgespräch", "Re: Einladung zum Vorstellungsgespräch"),
        ("SV: Intervju", "Re: Intervju"),
        ("Fwd: Interview invitation", "Re: Interview invitation"),
        ("RE: FW: Interview invitation", "Re: Interview invitation"),
        ("Re : Entretien", "Re: Entretien"),
        ("Re：面接のご案内", "Re: 面接のご案内"),
        ("Reply needed: interview slots", "Re: Reply needed: interview slots"),
        ("Regarding your application", "Re: Regarding your application"),
        ("Interview re: Data role", "Re: Interview re: Data role"),
        ("", "Re:"),
        ("   ", "Re:"),
        ("Re:", "Re:"),
        ("Interview\r\nBcc: boss@evil.example", "Re: Interview Bcc: boss@evil.example"),
    ],
)
def test_reply_subject_adds_one_re_and_drops_earlier_markers(original: str, expected: str) -> None:
    assert reply_subject(original) == expected


def test_the_reply_threads_with_in_reply_to_and_references() -> None:
    original = _email(references=("<root@acme.example>", "<second@acme.example>"))
    draft = compose_reply(original, DETECTION, DECLINE)
    message = _parse(draft.raw())
    assert draft.in_reply_to == message["In-Reply-To"] == "<invite-1@acme.example>"
    assert draft.references == "<root@acme.example> <second@acme.example> <invite-1@acme.example>"
    assert " ".join(str(message["References"]).split()) == draft.references


def test_references_start_from_the_message_id_when_the_original_had_none() -> None:
    draft = compose_reply(_email(), DETECTION, DECLINE)
    assert draft.references == "<invite-1@acme.example>"


def test_no_threading_headers_without_a_message_id() -> None:
    draft = compose_reply(_email(message_id=None), DETECTION, DECLINE)
    message = _parse(draft.raw())
    assert (draft.in_reply_to, draft.references) == ("", "")
    assert message["In-Reply-To"] is None and message["References"] is None


def test_a_bare_message_id_gets_angle_brackets_and_junk_is_dropped() -> None:
    original = _email(message_id="abc@acme.example", references=("junk text", "<a@x> <a@x>\r\nBcc: y@z"))
    draft = compose_reply(original, DETECTION, DECLINE)
    assert draft.in_reply_to == "<abc@acme.example>"
    assert draft.references == "<a@x> <abc@acme.example>"
    assert _parse(draft.raw())["Bcc"] is None


def test_a_long_references_chain_keeps_its_root_and_latest_ids() -> None:
    chain = tuple(f"<m{i}@acme.example>" for i in range(40))
    draft = compose_reply(_email(references=chain), DETECTION, DECLINE)
    ids = draft.references.split()
    assert len(ids) == 20
    assert ids[0] == "<m0@acme.example>"
    assert ids[-2:] == ["<m39@acme.example>", "<invite-1@acme.example>"]


@pytest.mark.parametrize(
    ("reply_to", "expected"),
    [
        (None, ["jane@acme.example"]),
        ("", ["jane@acme.example"]),
        ("Talent Team <talent@acme.example>", ["talent@acme.example"]),
        ("a@acme.example, b@acme.example", ["a@acme.example", "b@acme.example"]),
        ("not an address", ["jane@acme.example"]),
        ("=?utf-8?q?Zo=C3=AB?= <zoe@acme.example>", ["zoe@acme.example"]),
    ],
)
def test_to_is_the_reply_to_when_present_else_the_author(reply_to: str | None, expected: list[str]) -> None:
    draft = compose_reply(_email(reply_to=reply_to), DETECTION, DECLINE)
    assert _addresses(_parse(draft.raw()), "To") == expected


def test_answering_ones_own_message_goes_to_its_recipients() -> None:
    original = _email(from_name="Sam Lee", from_email="SAM@home.example", to=("Jane <jane@acme.example>",))
    draft = compose_reply(original, DETECTION, DECLINE)
    assert draft.to == "Jane <jane@acme.example>"


def test_cc_is_carried_over_only_when_the_user_asks() -> None:
    original = _email(
        to=("Sam Lee <sam@home.example>", "Hiring Manager <hm@acme.example>"),
        cc=("Coordinator <coord@acme.example>", "jane@acme.example"),
    )
    assert compose_reply(original, DETECTION, DECLINE).cc == ""
    assert _parse(compose_reply(original, DETECTION, DECLINE).raw())["Cc"] is None
    asked = ReplyOptions(**{**DECLINE.__dict__, "include_cc": True})
    draft = compose_reply(original, DETECTION, asked)
    assert _addresses(_parse(draft.raw()), "Cc") == ["hm@acme.example", "coord@acme.example"]
    assert draft.cc == "Hiring Manager <hm@acme.example>, Coordinator <coord@acme.example>"


def test_an_original_without_a_usable_address_cannot_be_answered() -> None:
    with pytest.raises(NoRecipientError):
        compose_reply(_email(from_email="not-an-address", reply_to=None), DETECTION, DECLINE)


def test_the_from_header_is_the_user() -> None:
    message = _parse(compose_reply(_email(), DETECTION, DECLINE).raw())
    assert str(message["From"]) == "Sam Lee <sam@home.example>"


def test_no_from_header_without_the_users_address() -> None:
    options = ReplyOptions(action=Action.DECLINE, user_tz="Europe/Paris")
    assert _parse(compose_reply(_email(), DETECTION, options).raw())["From"] is None


def test_the_date_header_comes_from_now_which_must_be_aware() -> None:
    now = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)
    message = _parse(compose_reply(_email(), DETECTION, DECLINE, now=now).raw())
    assert message["Date"].datetime == now
    assert _parse(compose_reply(_email(), DETECTION, DECLINE).raw())["Date"] is None
    with pytest.raises(ValueError, match="aware"):
        compose_reply(_email(), DETECTION, DECLINE, now=datetime(2026, 3, 2, 9, 30))


def test_the_message_is_text_with_an_html_alternative() -> None:
    draft = compose_reply(_email(), DETECTION, DECLINE)
    message = _parse(draft.raw())
    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and html is not None
    assert text.get_content().replace("\r\n", "\n") == draft.body_text
    assert html.get_content().replace("\r\n", "\n") == draft.body_html
    assert draft.raw() == draft.message.as_bytes(policy=policy.SMTP.clone(cte_type="7bit"))


@pytest.mark.parametrize(
    ("from_name", "subject"),
    [
        ("Jane\r\nBcc: spy@evil.example", "Interview"),
        ("Jane", "Interview\r\nBcc: spy@evil.example"),
        ("Jane\nBcc: spy@evil.example", "Interview\rCc: spy@evil.example"),
        ('"Bcc: spy@evil.example"', "Bcc: spy@evil.example"),
        ("Jane\r\n\r\nInjected body", "Interview\r\n\r\nInjected body"),
        ("Jane, spy@evil.example", "Interview\u2028Bcc: spy@evil.example"),
        ("Jane <spy@evil.example>", "=?utf-8?q?Bcc=3A_spy=40evil=2Eexample?="),
    ],
)
def test_sender_text_never_adds_a_header_or_recipient(from_name: str, subject: str) -> None:
    draft = compose_reply(_email(from_name=from_name, subject=subject), DETECTION, DECLINE)
    message = _parse(draft.raw())
    assert sorted(message.keys()) == sorted(["From", "To", "Subject", "In-Reply-To", "References", "MIME-Version", "Content-Type"])
    assert _addresses(message, "To") == ["jane@acme.example"]
    assert "spy@evil.example" not in _addresses(message, "To")
    assert message.defects == []


@pytest.mark.parametrize(
    ("name", "subject"),
    [
        ("Zoë Ünal", "Entretien d'embauche — équipe données"),
        ("山田 太郎", "面接日程のご案内"),
        ("Đặng Thị Hương", "Lời mời phỏng vấn"),
        ("Ана Петрова", "Приглашение на собеседование " * 4),
        ("O'Brien, Siobhán", "Interview 🎉 next week"),
    ],
)
def test_non_ascii_names_and_subjects_round_trip(name: str, subject: str) -> None:
    draft = compose_reply(_email(from_name=name, subject=subject), DETECTION, DECLINE)
    raw = draft.raw()
    assert raw.isascii()
    message = _parse(raw)
    assert message["To"].addresses[0].display_name == name
    assert message["Subject"] == draft.subject == reply_subject(subject)


@pytest.mark.parametrize(
    "jinja",
    ["{{ 7 * 7 }}", "{% for x in range(3) %}x{% endfor %}", "{{ self.__init__.__globals__ }}", "{# hidden #}", "{{"],
)
def test_sender_text_that_looks_like_jinja_stays_literal(jinja: str) -> None:
    detection = Detection(
        label=Label.INVITE, confidence=0.9, reasons=(), company=f"Acme {jinja}", role=f"Engineer {jinja}",
        meeting_link=f"https://meet.example.com/x?{jinja}",
    )
    options = ReplyOptions(action=Action.ACCEPT, user_tz="Europe/Paris", user_name=f"Sam {jinja}")
    draft = compose_reply(_email(subject=jinja, from_name=jinja), detection, options)
    text = " ".join(draft.body_text.split())
    assert f"the Engineer {jinja} role at Acme {jinja}" in text
    assert f"Sam {jinja}" in draft.body_text
    assert "49" not in text and "xxx" not in text
    assert draft.subject == f"Re: {jinja}"


def test_user_and_sender_text_is_escaped_in_the_html_part() -> None:
    detection = Detection(label=Label.INVITE, confidence=0.9, reasons=(), company="<script>alert(1)</script>", role="R&D <b>lead</b>")
    options = ReplyOptions(
        action=Action.DECLINE, user_tz="Europe/Paris", referral=True, referral_name='<img src=x onerror="alert(1)">',
        user_name="Sam <i>Lee</i>",
    )
    html = compose_reply(_email(), detection, options).body_html
    assert "<script>" not in html and "<img" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "R&amp;D &lt;b&gt;lead&lt;/b&gt;" in html
    assert "Sam &lt;i&gt;Lee&lt;/i&gt;" in html


def test_only_web_links_are_given_back() -> None:
    detection = Detection(label=Label.INVITE, confidence=0.9, reasons=(), meeting_link="javascript:alert(1)")
    draft = compose_reply(_email(), detection, ReplyOptions(action=Action.ACCEPT, user_tz="Europe/Paris"))
    assert "javascript" not in draft.body_text and "javascript" not in draft.body_html


def _raw_lines(raw: bytes) -> list[bytes]:
    assert b"\n" not in raw.replace(b"\r\n", b"")
    return raw.split(b"\r\n")


def test_every_line_of_the_raw_message_fits_in_78_characters() -> None:
    original = _email(
        from_name="Maximiliane Alexandra von Hohenzollern-Sigmaringen-Ehrenberg, Talent Acquisition",
        subject="Invitation: second-round technical interview for the Principal Machine Learning "
        "Infrastructure Engineer position — Zürich or remote, please pick a slot",
        references=tuple(f"<thread-{i}@mail.acme.example>" for i in range(8)),
    )
    detection = Detection(
        label=Label.INVITE, confidence=0.9, reasons=(), company="Acme Ünïcode Analytics GmbH",
        meeting_link="https://meet.example.com/j/" + "a" * 120 + "?pwd=" + "b" * 40,
    )
    draft = compose_reply(original, detection, ReplyOptions(action=Action.ACCEPT, user_tz="Europe/Paris", user_name="Sam Lee"))
    lines = _raw_lines(draft.raw())
    assert max(len(line) for line in lines) <= 78
    assert "a" * 120 in draft.body_text


_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=80)


@settings(max_examples=150, deadline=None)
@given(from_name=_text, subject=_text, company=_text, role=_text, first_name=_text, referral=_text)
@example(from_name="0000000¡¡¡¡¡¡¡¡¡¡¡¡\r0", subject="", company="", role="", first_name="", referral="")
def test_any_sender_text_gives_a_well_formed_reply(
    from_name: str, subject: str, company: str, role: str, first_name: str, referral: str
) -> None:
    detection = Detection(
        label=Label.INVITE, confidence=0.5, reasons=(), company=company, role=role, recruiter_first_name=first_name
    )
    options = ReplyOptions(action=Action.DECLINE, user_tz="Europe/Paris", referral=True, referral_name=referral)
    draft = compose_reply(_email(from_name=from_name, subject=subject), detection, options)
    raw = draft.raw()
    message = _parse(raw)
    assert sorted(message.keys()) == sorted(["To", "Subject", "In-Reply-To", "References", "MIME-Version", "Content-Type"])
    assert _addresses(message, "To") == ["jane@acme.example"]
    assert message["Subject"] == draft.subject
    assert "\n" not in draft.subject and "\r" not in draft.subject
    assert all(len(line) <= 78 for line in _raw_lines(raw))
    assert raw.isascii()


def test_an_internationalised_domain_is_written_in_punycode() -> None:
    draft = compose_reply(_email(from_email="jane@bücher.example"), DETECTION, DECLINE)
    assert _addresses(_parse(draft.raw()), "To") == ["jane@xn--bcher-kva.example"]
    assert draft.raw().isascii()


def test_a_non_ascii_local_part_is_kept_in_a_utf8_header() -> None:
    draft = compose_reply(_email(from_email="josé@acme.example"), DETECTION, DECLINE)
    raw = draft.raw()
    assert b"\r\nTo: Jane Doe <jos\xc3\xa9@acme.example>\r\n" in raw
    assert draft.to == "Jane Doe <josé@acme.example>"
