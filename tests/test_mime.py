"""Raw messages and JSON records decoded into ``Email``: bad input has a defined outcome."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from email import utils as email_utils
from email.message import EmailMessage, Message
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.core.mime import (
    MAX_BYTES,
    MAX_CONTENT_FIELD_BYTES,
    MAX_DELIMITERS,
    MAX_DEPTH,
    MAX_FIELD_BYTES,
    MAX_TEXT_CHARS,
    email_from_bytes,
    email_from_json,
)

DATA = Path(__file__).parent / "data" / "mime"


def _fixture(name: str) -> bytes:
    return (DATA / name).read_bytes()


def _message(headers: str, body: bytes = b"Hello Sam.\r\n") -> bytes:
    return headers.strip().replace("\n", "\r\n").encode("utf-8") + b"\r\n\r\n" + body


# -- whole messages ------------------------------------------------------------------------


def test_a_multipart_invite_keeps_text_html_calendar_and_headers() -> None:
    email = email_from_bytes(_fixture("invite_with_calendar.eml"))
    assert email.id == "invite-0042@northwind.io"
    assert email.message_id == "<invite-0042@northwind.io>"
    assert (email.from_name, email.from_email) == ("Raman, Priya", "priya@northwind.io")
    assert email.to == ("sam@example.org", "hiring@northwind.io")
    assert email.cc == ("panel@northwind.io",)
    assert email.reply_to == "Northwind Recruiting <recruiting@northwind.io>"
    assert email.references == ("<application-7@example.org>", "<ack-9@northwind.io>")
    assert email.subject == "Interview invitation: Platform Engineer"
    assert email.sent_at == datetime(2025, 3, 3, 9, 12, tzinfo=timezone(timedelta(hours=1)))
    assert email.body == "Hi Sam,\n\nCould you join us for a video interview on Tuesday 11 March at 10:00 CET?\n\nPriya"
    assert email.html is not None and "<p>Hi Sam,</p>" in email.html


def test_a_text_calendar_part_lands_in_ics() -> None:
    (calendar,) = email_from_bytes(_fixture("invite_with_calendar.eml")).ics
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert "DTSTART:20250311T090000Z" in calendar


def test_a_binary_attachment_is_ignored() -> None:
    email = email_from_bytes(_fixture("invite_with_calendar.eml"))
    assert "PDF" not in email.body
    assert all("PDF" not in part for part in email.ics)


def test_a_calendar_sent_as_an_attachment_is_still_read() -> None:
    message = EmailMessage()
    message["From"] = "priya@northwind.io"
    message.set_content("Invitation attached.")
    message.add_attachment(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", maintype="text", subtype="calendar",
                           filename="invite.ics")
    assert email_from_bytes(message.as_bytes()).ics == ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",)


def test_an_html_only_mail_gets_its_body_from_the_html() -> None:
    email = email_from_bytes(_fixture("html_only.eml"))
    assert email.body == (
        "Hi Sam,\n\nPlease choose a slot (https://calendly.com/northwind/interview) for a 30 minute call."
    )
    assert email.html is not None and 'href="https://calendly.com/northwind/interview"' in email.html


def test_a_plain_part_wins_over_the_html_part() -> None:
    email = email_from_bytes(_fixture("invite_with_calendar.eml"))
    assert "<p>" not in email.body


def test_a_message_without_a_message_id_takes_the_given_id() -> None:
    assert email_from_bytes(_message("From: a@b.example"), id="inbox.mbox#3").id == "inbox.mbox#3"


# -- bad input ------------------------------------------------------------------------------


def test_a_message_cut_mid_part_keeps_the_text_it_has() -> None:
    email = email_from_bytes(_fixture("truncated.eml"))
    assert email.subject == "Interview next week"
    assert email.body == "Hi Sam, we would like to invite you to an interview on Thurs"


def test_a_multipart_message_missing_its_closing_boundary_keeps_every_part() -> None:
    raw = _message(
        'From: a@b.example\nContent-Type: multipart/alternative; boundary="b"',
        b"--b\r\nContent-Type: text/plain\r\n\r\nfirst\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>second</p>\r\n",
    )
    email = email_from_bytes(raw)
    assert email.body == "first"
    assert email.html == "<p>second</p>"


@pytest.mark.parametrize(
    ("charset_and_bytes", "body"),
    [
        pytest.param(("x-unknown", "café".encode()), "café", id="an unknown charset falls back to UTF-8"),
        pytest.param(("x-unknown", "café".encode("cp1252")), "café", id="an unknown charset falls back to Windows-1252"),
        pytest.param(("utf-8", "café".encode("latin-1")), "café", id="latin-1 bytes labelled UTF-8 are still read"),
        pytest.param(("iso-8859-1", "Müller".encode("latin-1")), "Müller", id="a declared charset is used"),
        pytest.param(("iso-8859-1", "café à 14h".encode()), "café à 14h", id="utf-8 bytes labelled latin-1 are read as utf-8"),
        pytest.param(("us-ascii", "Zoë".encode()), "Zoë", id="utf-8 bytes labelled ascii are read as utf-8"),
        pytest.param(("windows-1252", "“Tuesday”".encode("cp1252")), "“Tuesday”",
                     id="windows-1252 quotes that are not utf-8 keep their label"),
        pytest.param(("shift_jis", "面接".encode("shift_jis")), "面接", id="a multi-byte declared charset is trusted"),
        pytest.param(("utf-8", b"\x81\x8d\x8f\x90\x9d"), "\x81\x8d\x8f\x90\x9d",
                     id="bytes no charset can decode still give text"),
    ],
)
def test_odd_charsets_decode_to_text(charset_and_bytes: tuple[str, bytes], body: str) -> None:
    charset, payload = charset_and_bytes
    raw = _message(f"From: a@b.example\nContent-Type: text/plain; charset={charset}", payload)
    assert email_from_bytes(raw).body == body


def test_the_mislabelled_fixture_reads_as_french() -> None:
    assert email_from_bytes(_fixture("mislabelled_charset.eml")).body == "Rendez-vous à 14h, café offert.\n"


def test_encoded_non_ascii_names_and_subjects_are_decoded() -> None:
    email = email_from_bytes(_fixture("encoded_headers.eml"))
    assert email.from_name == "José García"
    assert email.from_email == "jose@empresa.es"
    assert email.to == ("renee@example.org",)
    assert email.subject == "Entrevista para el puesto — Ingeniería à Madrid"


def test_cr_lf_in_an_encoded_name_or_subject_stays_data_on_one_line() -> None:
    email = email_from_bytes(_fixture("header_injection.eml"))
    assert email.from_name == "Priya Bcc: victim@example.net, Raman"
    assert email.from_email == "priya@northwind.io"
    assert email.subject == "Interview Bcc: victim@example.net"
    assert email.to == ("sam@example.org",)
    assert email.cc == ()


_INJECTED_NAME = base64.b64encode(b"Jane\r\nBcc: victim@example.net, Doe").decode()


@pytest.mark.parametrize("header", ["To", "Cc"])
def test_an_encoded_cr_lf_name_in_a_recipient_header_never_becomes_an_address(header: str) -> None:
    email = email_from_bytes(_message(f"From: a@b.example\n{header}: =?utf-8?b?{_INJECTED_NAME}?= <jane@b.example>"))
    assert getattr(email, header.lower()) == ("jane@b.example",)


def test_an_encoded_cr_lf_name_in_reply_to_stays_one_quoted_name() -> None:
    email = email_from_bytes(_message(f"From: a@b.example\nReply-To: =?utf-8?b?{_INJECTED_NAME}?= <jane@b.example>"))
    assert email.reply_to is not None and "\n" not in email.reply_to
    assert email_utils.getaddresses([email.reply_to]) == [("Jane Bcc: victim@example.net, Doe", "jane@b.example")]


def test_a_body_over_ten_megabytes_is_capped() -> None:
    raw = _message("From: a@b.example\nContent-Type: text/plain", b"interview tomorrow\r\n" * 600_000)
    assert len(raw) > 10 * 1024 * 1024
    email = email_from_bytes(raw)
    assert len(email.body) <= MAX_TEXT_CHARS
    assert email.body.startswith("interview tomorrow\ninterview tomorrow")


def test_a_huge_html_only_body_is_capped() -> None:
    raw = _message("From: a@b.example\nContent-Type: text/html", b"<p>slot</p>" * 200_000)
    email = email_from_bytes(raw)
    assert len(email.body) <= MAX_TEXT_CHARS
    assert email.html is not None and len(email.html) <= MAX_TEXT_CHARS


def _nested(depth: int) -> bytes:
    head = b"From: a@b.example\r\nSubject: deep\r\n"
    for level in range(depth):
        head += b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (level, level)
    return head + b"Content-Type: text/plain\r\n\r\ndeep text\r\n"


@pytest.mark.parametrize(
    ("depth", "body"),
    [
        pytest.param(MAX_DEPTH - 1, "deep text", id="text within the depth cap is read"),
        pytest.param(50, "", id="text nested fifty deep is past the cap and dropped"),
        pytest.param(3000, "", id="nesting past the parser's recursion keeps the headers only"),
    ],
)
def test_deep_nesting_is_capped_without_recursion_error(depth: int, body: str) -> None:
    email = email_from_bytes(_nested(depth))
    assert email.subject == "deep"
    assert email.body.strip() == body


def test_an_encoded_word_in_an_unknown_charset_is_read_through_the_fallbacks() -> None:
    raw = _message("From: =?x-unknown?q?J=E9r=F4me?= <j@b.example>\nSubject: =?x-unknown?q?Entretien_=E0_14h?= ok")
    email = email_from_bytes(raw)
    assert (email.from_name, email.from_email, email.subject) == ("Jérôme", "j@b.example", "Entretien à 14h ok")


def test_a_calendar_attached_as_application_ics_is_read() -> None:
    message = EmailMessage()
    message["From"] = "a@b.example"
    message.set_content("See the invite.")
    message.add_attachment(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", maintype="application", subtype="ics",
                           filename="invite.ics")
    assert email_from_bytes(message.as_bytes()).ics == ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",)


@pytest.mark.parametrize(
    ("headers", "references"),
    [
        pytest.param("References: <a@x> <b@x>\nIn-Reply-To: <b@x>", ("<a@x>", "<b@x>"),
                     id="in-reply-to already in references is not repeated"),
        pytest.param("In-Reply-To: <b@x>", ("<b@x>",), id="in-reply-to alone gives the references"),
        pytest.param("References: <a@x>\nIn-Reply-To: <b@x>", ("<a@x>", "<b@x>"),
                     id="a parent missing from references is appended last"),
        pytest.param("In-Reply-To: Jane's message of Monday", (), id="in-reply-to without an id adds nothing"),
    ],
)
def test_references_end_with_the_parent(headers: str, references: tuple[str, ...]) -> None:
    assert email_from_bytes(_message(f"From: a@b.example\n{headers}")).references == references


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                     + b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 300_000 + b"--b--\r\n",
                     id="three hundred thousand parts"),
        pytest.param(b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                     + (b"--b\r\nContent-Type: text/plain; " + b"a=b; " * 2000 + b"\r\n\r\nx\r\n") * 900,
                     id="parts whose content type has thousands of parameters"),
        pytest.param(b"From: a@b.example\r\nSubject: " + b"=?utf-8?q?a?= " * 700_000 + b"\r\n\r\nx",
                     id="a subject of seven hundred thousand encoded words"),
        pytest.param(b"From: a@b.example\r\nTo: " + b"a@b.example, " * 800_000 + b"\r\n\r\nx",
                     id="a recipient list of ten megabytes"),
    ],
)
def test_hostile_structure_is_cut_before_parsing(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    # Uncut, each of these keeps the standard library's parser busy for between 10 seconds
    # and several minutes (bench/hostile_inputs.py times them): what it is handed is bounded.
    handed: list[bytes] = []
    parse = BytesParser.parsebytes

    def recording(parser: BytesParser, text: bytes, headersonly: bool = False) -> Message:
        handed.append(text)
        return parse(parser, text, headersonly)

    monkeypatch.setattr(BytesParser, "parsebytes", recording)
    email = email_from_bytes(raw)
    assert email.from_email == "a@b.example"
    assert handed
    for text in handed:
        lines = text.split(b"\n")
        assert len(text) <= MAX_BYTES
        assert sum(line.startswith(b"--") for line in lines) <= MAX_DELIMITERS
        assert max(map(len, lines)) <= MAX_FIELD_BYTES
        assert all(len(line) <= MAX_CONTENT_FIELD_BYTES for line in lines if line.lower().startswith(b"content-"))


def test_many_parts_are_capped() -> None:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % number for number in range(1000))
    raw = _message('From: a@b.example\nContent-Type: multipart/mixed; boundary="b"', parts + b"--b--\r\n")
    body = email_from_bytes(raw).body
    assert "part 0" in body
    assert "part 999" not in body


@pytest.mark.parametrize(
    ("headers", "field", "value"),
    [
        pytest.param("From: a@b.example\nSubject:", "subject", "", id="an empty subject is an empty string"),
        pytest.param("Subject: hello", "from_email", "", id="a missing From gives an empty sender"),
        pytest.param("Subject: hello", "from_name", "", id="a missing From gives an empty sender name"),
        pytest.param("From: a@b.example", "sent_at", None, id="a missing Date gives no sent time"),
        pytest.param("From: a@b.example\nDate: next Tuesday-ish", "sent_at", None, id="a bad Date gives no sent time"),
        pytest.param("From: a@b.example\nDate: Mon, 03 Mar 2025 09:12:00", "sent_at",
                     datetime(2025, 3, 3, 9, 12, tzinfo=UTC), id="a Date without a zone is read as UTC"),
        pytest.param("From: a@b.example\nDate: Mon, 03 Mar 2025 09:12:00 -0500", "sent_at",
                     datetime(2025, 3, 3, 14, 12, tzinfo=UTC), id="a Date with an offset keeps the instant"),
        pytest.param("From: not an address", "from_email", "", id="a From without an address gives an empty sender"),
        pytest.param("From: a@b.example\nMessage-ID: no angle brackets", "message_id", None,
                     id="a malformed Message-ID is dropped"),
        pytest.param("From: a@b.example\nIn-Reply-To: <x@y.example>", "references", ("<x@y.example>",),
                     id="In-Reply-To stands in for missing References"),
    ],
)
def test_odd_headers_have_a_defined_outcome(headers: str, field: str, value: Any) -> None:
    assert getattr(email_from_bytes(_message(headers)), field) == value


def test_the_sent_time_is_always_timezone_aware() -> None:
    sent_at = email_from_bytes(_message("From: a@b.example\nDate: Mon, 03 Mar 2025 09:12:00")).sent_at
    assert sent_at is not None and sent_at.utcoffset() is not None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_parse_without_raising(raw: bytes) -> None:
    email = email_from_bytes(raw)
    assert "\n" not in email.subject and "\n" not in email.from_name


_HEADER_LINES = st.sampled_from([
    b"From: =?utf-8?q?a=0D=0Ab?= <a@b.example>", b"From: <<<>>>", b"To: ,,,@,", b"Date: 99 Foo 12345 99:99",
    b"Subject: =?x-unknown?q?hi?=", b"Subject: =?utf-8?b?!!!?=", b"Content-Type: multipart/mixed",
    b"Content-Type: text/plain; charset=\"\"", b"Content-Transfer-Encoding: base64", b"Message-ID: <>",
    b"Content-Type: text/calendar", b"Content-Disposition: attachment", b"Reply-To: =?utf-8?b?SmFuZQ0K?= <j@b.example>",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_HEADER_LINES, max_size=8), st.binary(max_size=200))
def test_hostile_headers_parse_without_raising(headers: list[bytes], body: bytes) -> None:
    email = email_from_bytes(b"\r\n".join(headers) + b"\r\n\r\n" + body)
    assert all("\r" not in value and "\n" not in value for value in (email.subject, email.from_name, email.from_email))


# -- JSON records -----------------------------------------------------------------------------

RECORD: dict[str, Any] = {
    "id": "m-1",
    "from_name": "Priya Raman",
    "from_email": "priya@northwind.io",
    "to": "sam@example.org",
    "subject": "Interview",
    "body": "Could you do Tuesday?",
    "sent_at": "2025-03-03T09:12:00+01:00",
}


_DROP = object()  # a field value meaning: leave the field out


def _record(**changes: Any) -> dict[str, Any]:
    record = dict(RECORD)
    for name, value in changes.items():
        if value is _DROP:
            record.pop(name)
        else:
            record[name] = value
    return record



def test_a_complete_record_becomes_an_email() -> None:
    email = email_from_json(_record(cc=["Ana <ana@example.org>"], message_id="<m1@northwind.io>",
                                    references="<a@x.example> <b@x.example>", reply_to="jobs@northwind.io"))
    assert email.id == "m-1"
    assert (email.from_name, email.from_email, email.subject) == ("Priya Raman", "priya@northwind.io", "Interview")
    assert email.sent_at == datetime(2025, 3, 3, 9, 12, tzinfo=timezone(timedelta(hours=1)))
    assert email.to == ("sam@example.org",)
    assert email.cc == ("ana@example.org",)
    assert email.message_id == "<m1@northwind.io>"
    assert email.references == ("<a@x.example>", "<b@x.example>")
    assert email.reply_to == "jobs@northwind.io"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"id": _DROP}, "missing field 'id'", id="a record without an id names the id"),
        pytest.param({"id": ""}, "missing field 'id'", id="an empty id counts as missing"),
        pytest.param({"from_email": _DROP}, "missing field 'from_email'", id="a record without a sender names from_email"),
        pytest.param({"body": _DROP}, "missing field 'body'", id="a record without body or html names the body"),
        pytest.param({"subject": 42}, "field 'subject' must be a string, not int", id="a number as subject is refused"),
        pytest.param({"body": ["a"]}, "field 'body' must be a string, not list", id="a list as body is refused"),
        pytest.param({"to": 7}, "field 'to' must be a string or a list of strings", id="a number as to is refused"),
        pytest.param({"cc": [1, 2]}, "field 'cc' must be a string or a list of strings", id="numbers in cc are refused"),
        pytest.param({"sent_at": "yesterday"}, "field 'sent_at' is not ISO 8601", id="a sent time in words is refused"),
        pytest.param({"sent_at": 1741000000}, "field 'sent_at' must be an ISO 8601 string", id="an epoch number is refused"),
        pytest.param({"ics": 5}, "field 'ics' must be a string or a list of strings", id="a number as ics is refused"),
        pytest.param({"ics": [{"a": 1}]}, "field 'ics' must be a string or a list of strings",
                     id="objects in ics are refused"),
    ],
)
def test_a_bad_record_is_refused_naming_the_field(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        email_from_json(_record(**changes))


@pytest.mark.parametrize("record", [[], "text", 3, None], ids=["a list", "a string", "a number", "null"])
def test_a_line_that_is_not_an_object_is_refused(record: Any) -> None:
    with pytest.raises(ValueError, match="each line must be a JSON object"):
        email_from_json(record)


@pytest.mark.parametrize(
    ("to", "expected"),
    [
        pytest.param("sam@example.org", ("sam@example.org",), id="to as one address"),
        pytest.param("Sam <sam@example.org>, ana@example.org", ("sam@example.org", "ana@example.org"),
                     id="to as a comma-separated string"),
        pytest.param(["Sam <sam@example.org>", "ana@example.org"], ("sam@example.org", "ana@example.org"),
                     id="to as a list"),
        pytest.param([], (), id="to as an empty list"),
        pytest.param(_DROP, (), id="to left out"),
    ],
)
def test_recipients_are_read_from_a_string_or_a_list(to: Any, expected: tuple[str, ...]) -> None:
    assert email_from_json(_record(to=to)).to == expected


def test_an_html_only_record_gets_its_body_from_the_html() -> None:
    email = email_from_json(_record(body=_DROP, html="<p>Please <a href='https://cal.com/nw'>book</a></p>"))
    assert email.body == "Please book (https://cal.com/nw)"
    assert email.html == "<p>Please <a href='https://cal.com/nw'>book</a></p>"


@pytest.mark.parametrize(
    ("ics", "expected"),
    [
        pytest.param("BEGIN:VCALENDAR\nEND:VCALENDAR", ("BEGIN:VCALENDAR\nEND:VCALENDAR",), id="ics as a string"),
        pytest.param(["BEGIN:VCALENDAR", "BEGIN:VCALENDAR"], ("BEGIN:VCALENDAR", "BEGIN:VCALENDAR"), id="ics as a list"),
        pytest.param("", (), id="an empty ics"),
    ],
)
def test_ics_is_read_from_a_string_or_a_list(ics: Any, expected: tuple[str, ...]) -> None:
    assert email_from_json(_record(ics=ics)).ics == expected


@pytest.mark.parametrize(
    ("sent_at", "expected"),
    [
        pytest.param("2025-03-03T09:12:00Z", datetime(2025, 3, 3, 9, 12, tzinfo=UTC), id="a Z suffix means UTC"),
        pytest.param("2025-03-03T09:12:00", datetime(2025, 3, 3, 9, 12, tzinfo=UTC), id="no offset is read as UTC"),
        pytest.param(None, None, id="null gives no sent time"),
    ],
)
def test_sent_times_are_timezone_aware(sent_at: Any, expected: datetime | None) -> None:
    assert email_from_json(_record(sent_at=sent_at)).sent_at == expected


def test_control_characters_in_record_headers_become_spaces() -> None:
    email = email_from_json(_record(subject="Interview\r\nBcc: victim@example.net", from_name="Priya\nRaman"))
    assert email.subject == "Interview Bcc: victim@example.net"
    assert email.from_name == "Priya Raman"


def test_a_numeric_id_becomes_text() -> None:
    assert email_from_json(_record(id=17)).id == "17"


def test_a_huge_record_body_is_capped() -> None:
    assert len(email_from_json(_record(body="x" * (MAX_TEXT_CHARS * 3))).body) == MAX_TEXT_CHARS


@settings(max_examples=300)
@given(st.lists(st.one_of(
    st.from_regex(r"[\w+-]+(?:\.[\w+-]+)*@[\w-]+(?:\.[\w-]+)+", fullmatch=True),
    st.sampled_from(["Jane Doe <jane@acme.io>", "a..b@x.io", "x@y.com.", "(c) z@w.org", "q@r.io, s@t.io", " u@v.io "]),
), min_size=1, max_size=3))
def test_recipients_read_as_the_header_parser_reads_them(recipients: list[str]) -> None:
    record = {"id": "1", "from_email": "r@acme.io", "body": "hi", "to": recipients}
    expected = tuple(address for _, address in email_utils.getaddresses(recipients) if address)
    assert email_from_json(record).to == expected
