"""The fake Google itself: it must refuse what Google refuses and serve what Google serves."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any

import pytest
from fakegoogle import FakeGoogle
from fakegoogle.clients import client
from fakegoogle.fixtures import NOW
from fakegoogle.query import MessageView, compile_query
from googleapiclient.errors import HttpError
from hypothesis import given
from hypothesis import strategies as st
from tactful.adapters.google_client import GoogleUnavailable


def _invite_with_attachment() -> bytes:
    message = EmailMessage()
    message["From"] = "Priya Raman <priya@northwind.io>"
    message["To"] = "sam.candidate@example.com"
    message["Subject"] = "Interview at Northwind"
    message["Date"] = "Sun, 09 Mar 2025 09:00:00 +0000"
    message["Message-ID"] = "<invite-7@northwind.io>"
    message.set_content("Could you join a video interview on Thursday?")
    message.add_alternative("<p>Could you join a <b>video interview</b> on Thursday?</p>", subtype="html")
    message.add_attachment(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", maintype="text", subtype="calendar", filename="invite.ics")
    return message.as_bytes()


def _get(fake: FakeGoogle, path: str, token: str | None) -> tuple[int, Any]:
    request = urllib.request.Request(fake.url + path)
    if token is not None:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        with error:
            return error.code, json.loads(error.read())


@pytest.mark.parametrize(
    ("token", "status"),
    [(None, 401), ("ya29.guessed", 401), ("ya29.fake-initial", 200)],
    ids=["no token", "unknown token", "issued token"],
)
def test_every_call_needs_a_bearer_token_the_fake_issued(fake: FakeGoogle, token: str | None, status: int) -> None:
    answer_status, body = _get(fake, "/gmail/v1/users/me/profile", token)
    assert answer_status == status
    if status == 401:
        assert body["error"]["status"] == "UNAUTHENTICATED"
    else:
        assert body["emailAddress"] == "sam.candidate@example.com"


def _draft_body(**message: Any) -> dict[str, Any]:
    return {"message": {"raw": base64.urlsafe_b64encode(b"Subject: x\r\n\r\nhi\r\n").decode(), **message}}


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        (lambda api: api.gmail.users().drafts().create(userId="me", body={"mesage": {}}), 'Unknown name "mesage"'),
        (lambda api: api.gmail.users().drafts().create(userId="me", body=_draft_body(threadId=5)), "TYPE_STRING"),
        (lambda api: api.gmail.users().drafts().create(userId="me", body=_draft_body(labelIds="INBOX")), "expected a list"),
        (lambda api: api.gmail.users().drafts().create(userId="me", body=_draft_body(raw="not base64 !")), "Base64"),
        (lambda api: api.gmail.users().drafts().create(userId="me", body=_draft_body(internalDate="yesterday")), "TYPE_INT64"),
        (
            lambda api: api.calendar.freebusy().query(body={"timeMin": "tomorrow", "timeMax": "2025-03-11T00:00:00Z"}),
            "bad date-time",
        ),
        (
            lambda api: api.calendar.events().insert(calendarId="primary", body={"summary": "x", "start": {"dateTime": 9}}),
            "TYPE_STRING",
        ),
        (
            lambda api: api.calendar.events().insert(calendarId="primary", body={"summary": "x", "sendUpdates": "none"}),
            'Unknown name "sendUpdates"',
        ),
    ],
    ids=["unknown field", "number for a string", "string for a list", "bytes not base64", "int64 not digits",
         "date-time not RFC 3339", "number for a date-time", "a query parameter put in the body"],
)
def test_a_malformed_request_body_is_refused_with_400_like_google(fake: FakeGoogle, call: Any, fragment: str) -> None:
    with pytest.raises(HttpError) as raised:
        call(client(fake)).execute()
    assert raised.value.status_code == 400
    assert fragment in raised.value.reason
    assert fake.quota_units == 0


def test_the_schema_check_accepts_the_bodies_the_adapters_send(fake: FakeGoogle) -> None:
    api = client(fake)
    event = {"summary": "Hold", "start": {"dateTime": "2025-03-11T10:00:00+01:00", "timeZone": "Europe/Paris"},
             "end": {"dateTime": "2025-03-11T11:00:00+01:00"}, "status": "tentative", "transparency": "opaque",
             "extendedProperties": {"private": {"tactful": "hold"}}}
    assert api.calendar.events().insert(calendarId="primary", body=event, sendUpdates="none").execute()["status"] == "tentative"


@pytest.mark.parametrize(
    ("target", "fragment"),
    [
        ("/gmail/v1/users/me/threads/x?format=raw", "is not one of"),
        ("/gmail/v1/users/me/threads?maxResults=ten", "TYPE_INT32"),
        ("/gmail/v1/users/me/profile?verbose=true", 'Unknown name "verbose"'),
        ("/gmail/v1/users/me/threads/x?format=full&format=minimal", "not repeated"),
    ],
    ids=["threads have no raw format", "a number that is not one", "unknown parameter", "a single parameter twice"],
)
def test_a_query_parameter_google_refuses_is_refused(fake: FakeGoogle, target: str, fragment: str) -> None:
    status, body = _get(fake, target, "ya29.fake-initial")
    assert status == 400 and fragment in body["error"]["message"]


def test_a_full_message_is_served_as_gmail_shapes_it(fake: FakeGoogle) -> None:
    stored = fake.seed_message(_invite_with_attachment())
    message = client(fake).gmail.users().messages().get(userId="me", id=stored.id, format="full").execute()

    assert message["threadId"] == stored.thread_id and message["labelIds"] == ["INBOX", "UNREAD"]
    assert message["internalDate"] == str(int(datetime(2025, 3, 9, 9, tzinfo=UTC).timestamp() * 1000))
    assert message["snippet"].startswith("Could you join a video interview")
    payload = message["payload"]
    assert payload["mimeType"] == "multipart/mixed" and payload["partId"] == ""
    assert {"name": "Subject", "value": "Interview at Northwind"} in payload["headers"]
    alternative, attachment = payload["parts"]
    plain, html = alternative["parts"]
    assert (plain["partId"], html["partId"]) == ("0.0", "0.1")
    assert base64.urlsafe_b64decode(plain["body"]["data"]).decode() == "Could you join a video interview on Thursday?\n"
    assert attachment["filename"] == "invite.ics" and "data" not in attachment["body"]
    fetched = client(fake).gmail.users().messages().attachments().get(
        userId="me", messageId=stored.id, id=attachment["body"]["attachmentId"]).execute()
    assert base64.urlsafe_b64decode(fetched["data"]).startswith(b"BEGIN:VCALENDAR")


@pytest.mark.parametrize(
    ("form", "headers", "expected"),
    [
        ("metadata", ["Subject", "From"], ["From", "Subject"]),
        ("minimal", None, None),
    ],
)
def test_thread_formats_serve_only_what_they_promise(fake: FakeGoogle, form: str, headers: list[str] | None, expected: list[str] | None) -> None:
    stored = fake.seed_message(_invite_with_attachment())
    thread = client(fake).gmail.users().threads().get(userId="me", id=stored.thread_id, format=form, metadataHeaders=headers).execute()
    message = thread["messages"][0]
    if expected is None:
        assert "payload" not in message
    else:
        assert [header["name"] for header in message["payload"]["headers"]] == expected
        assert "parts" not in message["payload"]


def _reply(subject: str, in_reply_to: str | None) -> str:
    message = EmailMessage()
    message["Subject"] = subject
    message["To"] = "priya@northwind.io"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    message.set_content("Thank you.")
    return base64.urlsafe_b64encode(message.as_bytes()).decode()


@pytest.mark.parametrize(
    ("subject", "in_reply_to", "threaded"),
    [
        ("Re: Interview at Northwind", "<invite-7@northwind.io>", True),
        ("Re: Something else", "<invite-7@northwind.io>", False),
        ("Re: Interview at Northwind", None, False),
    ],
    ids=["matching headers", "other subject", "no In-Reply-To"],
)
def test_a_draft_joins_the_thread_only_when_its_headers_belong_there(
    fake: FakeGoogle, subject: str, in_reply_to: str | None, threaded: bool
) -> None:
    stored = fake.seed_message(_invite_with_attachment())
    body = {"message": {"raw": _reply(subject, in_reply_to), "threadId": stored.thread_id}}
    draft = client(fake).gmail.users().drafts().create(userId="me", body=body).execute()
    assert (draft["message"]["threadId"] == stored.thread_id) is threaded


def test_drafts_are_listed_fetched_and_deleted(fake: FakeGoogle) -> None:
    drafts = client(fake).gmail.users().drafts()
    created = drafts.create(userId="me", body={"message": {"raw": _reply("Hello", None)}}).execute()
    assert [item["id"] for item in drafts.list(userId="me").execute()["drafts"]] == [created["id"]]
    assert drafts.get(userId="me", id=created["id"], format="raw").execute()["message"]["raw"]
    drafts.delete(userId="me", id=created["id"]).execute()
    with pytest.raises(HttpError) as raised:
        drafts.get(userId="me", id=created["id"]).execute()
    assert raised.value.status_code == 404
    assert fake.quota_units == 10 + 5 + 5 + 10


def test_threads_are_listed_newest_first_in_pages(fake: FakeGoogle) -> None:
    for day in range(5):
        fake.seed_message(_invite_with_attachment(), received=NOW - timedelta(days=day))
    threads = client(fake).gmail.users().threads()
    first = threads.list(userId="me", maxResults=3).execute()
    second = threads.list(userId="me", maxResults=3, pageToken=first["nextPageToken"]).execute()
    ids = [thread["id"] for thread in first["threads"] + second["threads"]]
    assert len(set(ids)) == 5 and "nextPageToken" not in second
    assert ids == sorted(ids, key=lambda thread_id: fake.gmail.messages[thread_id].internal_date_ms, reverse=True)


def test_a_batch_of_more_than_100_calls_is_refused(fake: FakeGoogle) -> None:
    boundary = "limit"
    part = (f"--{boundary}\r\nContent-Type: application/http\r\nContent-ID: <p+{{n}}>\r\n\r\n"
            "GET /gmail/v1/users/me/profile HTTP/1.1\r\nAuthorization: Bearer ya29.fake-initial\r\n\r\n\r\n")
    body = "".join(part.format(n=n) for n in range(101)) + f"--{boundary}--\r\n"
    request = urllib.request.Request(
        fake.url + "/batch/gmail/v1", data=body.encode(), method="POST",
        headers={"Content-Type": f"multipart/mixed; boundary={boundary}", "Authorization": "Bearer ya29.fake-initial"},
    )
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(request, timeout=5)
    with raised.value as error:
        assert error.code == 400
    assert fake.quota_units == 0


def test_each_call_of_a_batch_is_charged_its_own_quota_units(fake: FakeGoogle) -> None:
    stored = fake.seed_message(_invite_with_attachment())
    api = client(fake)
    outcome = api.execute_batch(
        {
            "profile": api.gmail.users().getProfile(userId="me"),
            "thread": api.gmail.users().threads().get(userId="me", id=stored.thread_id),
            "message": api.gmail.users().messages().get(userId="me", id=stored.id),
        },
        "testing",
    )
    assert set(outcome.responses) == {"profile", "thread", "message"} and outcome.http_requests == 1
    assert fake.units == {"gmail.users.getProfile": 1, "gmail.users.threads.get": 10, "gmail.users.messages.get": 5}


def test_injected_latency_beyond_the_client_timeout_makes_google_unavailable(fake: FakeGoogle) -> None:
    fake.latency = 0.3
    api = client(fake, retries=0, timeout=0.05)
    with pytest.raises(GoogleUnavailable, match="could not be reached"):
        api.execute(api.gmail.users().getProfile(userId="me"), "reading the profile")


def test_a_search_the_fake_cannot_evaluate_is_refused_rather_than_guessed(fake: FakeGoogle) -> None:
    with pytest.raises(HttpError) as raised:
        client(fake).gmail.users().threads().list(userId="me", q="has:attachment").execute()
    assert raised.value.status_code == 400 and "not supported" in raised.value.reason


def _view(subject: str = "", sender: str = "", body: str = "", labels: frozenset[str] = frozenset({"INBOX"}), days_ago: int = 1) -> MessageView:
    return MessageView(subject=subject, sender=sender, recipients="sam@example.com", body=body, labels=labels,
                       received=NOW - timedelta(days=days_ago))


@pytest.mark.parametrize(
    ("query", "view", "matches"),
    [
        ("interview", _view(subject="Your INTERVIEW"), True),
        ("interview", _view(body="interviewer notes"), False),
        ('"phone screen"', _view(body="a quick Phone  Screen on Monday"), True),
        ('"phone screen"', _view(body="screen your phone"), False),
        ("from:calendly.com", _view(sender="Acme <no-reply@calendly.com>"), True),
        ("from:calendly.com", _view(body="book on calendly.com"), False),
        ("subject:interview", _view(body="interview"), False),
        ('subject:"next steps"', _view(subject="Next steps at Acme"), True),
        ("newer_than:7d", _view(days_ago=6), True),
        ("newer_than:7d", _view(days_ago=8), False),
        ("older_than:1m", _view(days_ago=40), True),
        ("interview OR screening", _view(body="a screening call"), True),
        ("acme interview OR screening", _view(body="a screening call"), False),
        ("-interview", _view(body="an interview"), False),
        ("-category:promotions interview", _view(body="interview", labels=frozenset({"CATEGORY_PROMOTIONS"})), False),
        ("(interview OR screening) -in:chats", _view(body="interview"), True),
        ("from:(calendly.com OR greenhouse.io)", _view(sender="jobs@greenhouse.io"), True),
        ("{calendly greenhouse}", _view(body="via greenhouse"), True),
        ("label:starred", _view(labels=frozenset({"STARRED"})), True),
    ],
)
def test_gmail_search_operators_match_as_in_gmail(query: str, view: MessageView, matches: bool) -> None:
    assert compile_query(query, NOW)(view) is matches


_WORD = st.text(alphabet="abcdefghij", min_size=1, max_size=6)


@given(_WORD, st.lists(_WORD, max_size=8))
def test_a_negated_term_matches_exactly_the_messages_the_term_does_not(word: str, body: list[str]) -> None:
    view = _view(body=" ".join(body))
    assert compile_query(f"-{word}", NOW)(view) is not compile_query(word, NOW)(view)


@given(_WORD, _WORD, st.lists(_WORD, max_size=8))
def test_or_matches_when_either_side_does(left: str, right: str, body: list[str]) -> None:
    view = _view(body=" ".join(body))
    either = compile_query(left, NOW)(view) or compile_query(right, NOW)(view)
    assert compile_query(f"{left} OR {right}", NOW)(view) is either
