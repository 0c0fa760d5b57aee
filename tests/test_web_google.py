"""The Google mode end to end: the extension's sign-in, then the API on Gmail and Calendar.

Everything below the Flask test client is real: the OAuth flow through
google-auth-oauthlib, the googleapiclient calls over HTTP to the fake Google server,
SQLite through SQLAlchemy with the refresh token encrypted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from cryptography.fernet import Fernet
from fakegoogle import FakeGoogle
from fakegoogle.fixtures import NOW
from fakegoogle.oauth import url_query
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text

from tactful.adapters.google_client import Backoff
from tactful.adapters.google_oauth import HOLDS_SCOPE
from tactful.storage import Storage
from tactful.web import create_app

EXTENSION_ID = "abcdefghijklmnopabcdefghijklmnop"
RETURN_TO = f"https://{EXTENSION_ID}.chromiumapp.org/"
PUBLIC_URL = "http://127.0.0.1:8765"


def _invite(subject: str, body: str, message_id: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Priya Raman <priya@northwind.io>"
    message["To"] = "Sam Candidate <sam.candidate@example.com>"
    message["Subject"] = subject
    message["Date"] = (NOW - timedelta(days=1)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["Message-ID"] = message_id
    message.set_content(body)
    return message.as_bytes()


INVITE = _invite(
    "Interview for the Data Engineer role at Northwind",
    "Hi Sam,\n\nThank you for applying to Northwind. We would like to invite you to a 45-minute video\n"
    "interview for the Data Engineer role on Thursday 13 March at 14:00 GMT.\n\nBest,\nPriya Raman\n"
    "Talent team, Northwind\n",
    "<invite-1@northwind.io>",
)


@pytest.fixture
def config(fake: FakeGoogle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    # oauthlib refuses plain-HTTP token endpoints; the fake listens on http://127.0.0.1.
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    return {
        "INSTANCE_PATH": tmp_path,
        "TESTING": True,
        "GOOGLE_OAUTH_CLIENT_ID": fake.consent.client_id,
        "GOOGLE_OAUTH_CLIENT_SECRET": "not-a-secret",
        "PUBLIC_URL": PUBLIC_URL,
        "SECRET_KEY": "test-secret-key",
        "TOKEN_KEY": Fernet.generate_key().decode(),
        "GOOGLE_API_BASE": fake.url,
        "ALLOWED_ORIGINS": f"chrome-extension://{EXTENSION_ID}",
        "NOW": NOW.isoformat(),
    }


@pytest.fixture
def app(config: dict[str, Any], waits: list[float]) -> Flask:
    app = create_app(config)
    backend = app.extensions["tactful"]
    app.extensions["tactful"] = dataclasses.replace(backend, backoff=Backoff(sleep=waits.append, jitter=lambda: 1.0))
    return app


@pytest.fixture
def client(app: Flask) -> Iterator[FlaskClient]:
    with app.test_client() as client:
        yield client


def _callback(client: FlaskClient, fake: FakeGoogle, *, holds: bool = False, deny: bool = False) -> str:
    """Start sign-in, let the fake's consent page answer, follow the callback; where it ends."""
    started = client.get("/auth/extension/start", query_string={"redirect_uri": RETURN_TO, "holds": "1" if holds else "0"})
    assert started.status_code == 302
    consent = started.headers["Location"]
    back = fake.consent.deny(consent) if deny else fake.consent.approve(consent)
    parts = urlsplit(back)
    assert f"{parts.scheme}://{parts.netloc}" == PUBLIC_URL
    finished = client.get(f"{parts.path}?{parts.query}")
    assert finished.status_code == 302
    return finished.headers["Location"]


def sign_in(client: FlaskClient, fake: FakeGoogle, *, holds: bool = False) -> dict[str, str]:
    """The whole extension sign-in; the Authorization header it ends with."""
    landing = _callback(client, fake, holds=holds)
    assert landing.startswith(RETURN_TO)
    traded = client.post("/auth/extension/token", json={"code": url_query(landing)["code"]})
    assert traded.status_code == 200, traded.get_json()
    return {"Authorization": f"Bearer {traded.get_json()['token']}"}


# Sign-in


def test_sign_in_ends_at_the_extension_with_a_code_that_opens_a_session(client: FlaskClient, fake: FakeGoogle) -> None:
    auth = sign_in(client, fake)
    me = client.get("/api/me", headers=auth).get_json()
    assert me["mode"] == "google"
    assert me["user"]["email"] == "sam.candidate@example.com"
    assert me["mailbox"] == {"kind": "gmail", "email": "sam.candidate@example.com"}
    assert me["settings"]["zone"] == "Europe/London"  # from the calendar's settings, on first sign-in
    assert me["holds_available"] is False


def test_the_refresh_token_is_stored_encrypted(client: FlaskClient, fake: FakeGoogle, app: Flask) -> None:
    sign_in(client, fake)
    storage: Storage = app.extensions["tactful.storage"]
    with storage._sessions() as session:  # the raw column, as a copy of the database would show it
        stored = session.execute(text("SELECT refresh_token_encrypted FROM credentials")).scalar_one()
    assert fake.refresh_token and fake.refresh_token not in stored


def test_a_code_works_once(client: FlaskClient, fake: FakeGoogle) -> None:
    code = url_query(_callback(client, fake))["code"]
    assert client.post("/auth/extension/token", json={"code": code}).status_code == 200
    again = client.post("/auth/extension/token", json={"code": code})
    assert again.status_code == 400 and again.get_json()["error"] == "invalid_code"


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "https://ponmlkjihgfedcbaponmlkjihgfedcba.chromiumapp.org/",  # an extension not allowed here
        "https://evil.example.com/",
        f"http://{EXTENSION_ID}.chromiumapp.org/",
        f"https://{EXTENSION_ID}.chromiumapp.org.evil.example.com/",
        "",
    ],
)
def test_sign_in_only_returns_to_an_allowed_extension(client: FlaskClient, redirect_uri: str) -> None:
    answer = client.get("/auth/extension/start", query_string={"redirect_uri": redirect_uri})
    assert answer.status_code == 400 and answer.get_json()["error"] == "invalid_redirect_uri"


def test_a_cancelled_consent_returns_to_the_extension_with_an_error(client: FlaskClient, fake: FakeGoogle) -> None:
    landing = _callback(client, fake, deny=True)
    assert landing.startswith(RETURN_TO) and url_query(landing) == {"error": "access_denied"}


def test_a_callback_this_browser_did_not_start_is_refused(client: FlaskClient, fake: FakeGoogle, app: Flask) -> None:
    started = client.get("/auth/extension/start", query_string={"redirect_uri": RETURN_TO})
    back = urlsplit(fake.consent.approve(started.headers["Location"]))
    with app.test_client() as stranger:
        answer = stranger.get(f"{back.path}?{back.query}")
    assert answer.status_code == 400 and answer.get_json()["error"] == "no_sign_in_started"


def test_the_holds_permission_is_asked_only_with_holds(client: FlaskClient) -> None:
    plain = client.get("/auth/extension/start", query_string={"redirect_uri": RETURN_TO})
    holds = client.get("/auth/extension/start", query_string={"redirect_uri": RETURN_TO, "holds": "1"})
    assert HOLDS_SCOPE not in url_query(plain.headers["Location"])["scope"].split()
    assert HOLDS_SCOPE in url_query(holds.headers["Location"])["scope"].split()


def test_the_api_refuses_a_token_it_did_not_issue(client: FlaskClient, fake: FakeGoogle) -> None:
    sign_in(client, fake)
    answer = client.get("/api/me", headers={"Authorization": "Bearer made-up"})
    assert answer.status_code == 401 and answer.get_json()["error"] == "unauthorized"


def test_a_revoked_grant_answers_sign_in_again_and_sign_out_still_works(client: FlaskClient, fake: FakeGoogle) -> None:
    auth = sign_in(client, fake)
    fake.revoke()
    answer = client.get("/api/threads", headers=auth)
    assert answer.status_code == 401 and answer.get_json()["error"] == "sign_in_required"
    assert "sign in again" in answer.get_json()["message"]
    assert client.post("/auth/sign-out", headers=auth).get_json() == {"signed_out": True}
    assert client.get("/api/me", headers=auth).get_json()["error"] == "unauthorized"


def test_an_expired_access_token_is_refreshed_without_the_user_noticing(client: FlaskClient, fake: FakeGoogle) -> None:
    auth = sign_in(client, fake)
    fake.seed_message(INVITE)
    assert client.get("/api/threads", headers=auth).status_code == 200
    fake.expire_access_tokens()
    refreshes = len(fake.calls("oauth2.token"))
    assert client.get("/api/threads", headers=auth).status_code == 200
    assert len(fake.calls("oauth2.token")) == refreshes + 1


# The API on Gmail and Calendar


def test_threads_awaiting_an_answer_come_from_gmail(client: FlaskClient, fake: FakeGoogle) -> None:
    auth = sign_in(client, fake)
    stored = fake.seed_message(INVITE)
    listing = client.get("/api/threads", headers=auth).get_json()
    assert [(thread["thread_id"], thread["company"]) for thread in listing["threads"]] == [(stored.thread_id, "Northwind")]
    # threads.list, one batch of thread headers, one batch of raw messages
    assert listing["google_usage"] == {"gmail_quota_units": 10 + 10 + 5, "gmail_http_requests": 3}


def test_a_decline_is_a_gmail_draft_in_the_thread_that_opens_in_gmail(client: FlaskClient, fake: FakeGoogle) -> None:
    auth = sign_in(client, fake)
    stored = fake.seed_message(INVITE)
    answer = client.post(f"/api/threads/{stored.thread_id}/drafts", headers=auth, json={"action": "decline"})
    assert answer.status_code == 201, answer.get_json()
    result = answer.get_json()
    draft = fake.gmail.drafts[result["draft_id"]]
    saved = fake.gmail.messages[draft]
    assert saved.thread_id == stored.thread_id == result["draft_thread_id"]
    assert saved.parsed["In-Reply-To"] == "<invite-1@northwind.io>"
    assert saved.parsed["Subject"] == "Re: Interview for the Data Engineer role at Northwind"
    assert result["open_url"].endswith(f"#drafts?compose={result['draft_message_id']}")
    assert "authuser=sam.candidate%40example.com" in result["open_url"]
    again = client.post(f"/api/threads/{stored.thread_id}/drafts", headers=auth, json={"action": "decline"})
    assert again.status_code == 200 and again.get_json()["status"] == "unchanged"
    assert len(fake.gmail.drafts) == 1


def test_a_known_message_id_saves_the_thread_read(client: FlaskClient, fake: FakeGoogle) -> None:
    auth = sign_in(client, fake)
    stored = fake.seed_message(INVITE)
    before = len(fake.calls("gmail.users.threads.get"))
    answer = client.post(
        f"/api/threads/{stored.thread_id}/drafts", headers=auth, json={"action": "decline", "message_id": stored.id}
    )
    assert answer.status_code == 201 and answer.get_json()["draft_thread_id"] == stored.thread_id
    assert len(fake.calls("gmail.users.threads.get")) == before


def test_a_named_draft_is_no_message_to_answer_and_the_threads_newest_is_read(client: FlaskClient, fake: FakeGoogle) -> None:
    auth = sign_in(client, fake)
    stored = fake.seed_message(INVITE)
    first = client.post(f"/api/threads/{stored.thread_id}/drafts", headers=auth, json={"action": "decline"}).get_json()
    again = client.post(
        f"/api/threads/{stored.thread_id}/drafts", headers=auth,
        json={"action": "decline", "message_id": first["draft_message_id"]},
    )
    assert again.status_code == 200 and again.get_json()["status"] == "unchanged"
    assert again.get_json()["in_reply_to"] == "<invite-1@northwind.io>"


def test_the_suggestion_for_a_named_message_saves_the_thread_read(client: FlaskClient, fake: FakeGoogle) -> None:
    auth = sign_in(client, fake)
    stored = fake.seed_message(INVITE)
    answer = client.get(f"/api/threads/{stored.thread_id}", headers=auth, query_string={"message_id": stored.id})
    assert answer.status_code == 200 and answer.get_json()["detection"]["company"] == "Northwind"
    assert not fake.calls("gmail.users.threads.get")
    bad = client.get(f"/api/threads/{stored.thread_id}", headers=auth, query_string={"message_id": " "})
    assert bad.status_code == 400 and "message_id" in bad.get_json()["fields"]


def test_a_thread_deleted_after_the_scan_is_a_404(client: FlaskClient, fake: FakeGoogle) -> None:
    auth = sign_in(client, fake)
    stored = fake.seed_message(INVITE)
    assert client.get("/api/threads", headers=auth).get_json()["threads"]
    fake.gmail.delete_thread(stored.thread_id)
    answer = client.post(f"/api/threads/{stored.thread_id}/drafts", headers=auth, json={"action": "decline"})
    assert answer.status_code == 404 and answer.get_json()["error"] == "thread_not_found"
    assert fake.gmail.drafts == {}


@pytest.mark.parametrize("status", [429, 500, 503])
def test_gmail_failing_after_every_retry_is_a_503_to_retry_later(
    client: FlaskClient, fake: FakeGoogle, waits: list[float], status: int
) -> None:
    auth = sign_in(client, fake)
    stored = fake.seed_message(INVITE)
    fake.fail("gmail.users.messages.get", *[status] * 6)
    answer = client.post(f"/api/threads/{stored.thread_id}/drafts", headers=auth, json={"action": "decline"})
    assert answer.status_code == 503 and answer.get_json()["error"] == "google_unavailable"
    assert 0 < int(answer.headers["Retry-After"]) <= 60
    assert waits == [2.0, 4.0, 8.0, 16.0, 32.0]
    assert fake.gmail.drafts == {}


def test_a_short_storm_of_429s_is_ridden_out_and_the_draft_made(
    client: FlaskClient, fake: FakeGoogle, waits: list[float]
) -> None:
    auth = sign_in(client, fake)
    stored = fake.seed_message(INVITE)
    fake.fail("gmail.users.drafts.create", 429, 429, 429)
    answer = client.post(f"/api/threads/{stored.thread_id}/drafts", headers=auth, json={"action": "decline"})
    assert answer.status_code == 201
    assert waits == [2.0, 4.0, 8.0] and len(fake.gmail.drafts) == 1


def test_a_reschedule_proposes_slots_free_in_the_google_calendar(client: FlaskClient, fake: FakeGoogle) -> None:
    auth = sign_in(client, fake)
    stored = fake.seed_message(INVITE)
    day = NOW.replace(hour=0) + timedelta(days=1)
    fake.calendar.seed_event(day.replace(hour=8), day.replace(hour=18), summary="Offsite")
    answer = client.post(f"/api/threads/{stored.thread_id}/drafts", headers=auth, json={"action": "reschedule"})
    assert answer.status_code == 201, answer.get_json()
    slots = answer.get_json()["slots"]
    assert 3 <= len(slots) <= 5
    assert all(slot["start"][:10] != day.date().isoformat() for slot in slots)
    assert answer.get_json()["holds"] is None  # holds are not granted


def test_an_unreadable_calendar_stops_a_reschedule_with_a_503_that_says_so(client: FlaskClient, fake: FakeGoogle) -> None:
    auth = sign_in(client, fake)
    stored = fake.seed_message(INVITE)
    client.put("/api/settings", headers=auth, json={"calendars": ["primary", "gone@example.com"]})
    answer = client.post(f"/api/threads/{stored.thread_id}/drafts", headers=auth, json={"action": "reschedule"})
    assert answer.status_code == 503 and answer.get_json()["error"] == "calendar_unavailable"
    assert "gone@example.com" in answer.get_json()["message"]
    assert fake.gmail.drafts == {}


def test_holds_are_placed_for_proposed_slots_replaced_by_a_decline_and_released(
    client: FlaskClient, fake: FakeGoogle
) -> None:
    auth = sign_in(client, fake, holds=True)
    assert client.put("/api/settings", headers=auth, json={"holds": True}).status_code == 200
    stored = fake.seed_message(INVITE)
    answer = client.post(f"/api/threads/{stored.thread_id}/drafts", headers=auth, json={"action": "reschedule"})
    placed = answer.get_json()["holds"]["event_ids"]
    events = fake.calendar.events[fake.calendar.email_address]
    assert len(placed) == len(answer.get_json()["slots"]) >= 3
    assert all(events[event]["status"] == "tentative" for event in placed)
    assert all(events[event]["summary"] == "Hold: interview with Northwind?" for event in placed)

    twice = client.post(f"/api/threads/{stored.thread_id}/drafts", headers=auth, json={"action": "reschedule"})
    assert twice.get_json()["status"] == "unchanged"  # its own holds did not push the slots away
    assert twice.get_json()["slots"] == answer.get_json()["slots"]
    placed = twice.get_json()["holds"]["event_ids"]
    assert len(placed) == len(answer.get_json()["slots"]) and all(event in events for event in placed)

    declined = client.post(f"/api/threads/{stored.thread_id}/drafts", headers=auth, json={"action": "decline"})
    assert declined.get_json()["holds"] == {"event_ids": [], "error": None}
    assert not any(event in events for event in placed)

    again = client.post(f"/api/threads/{stored.thread_id}/drafts", headers=auth, json={"action": "reschedule"})
    placed_again = again.get_json()["holds"]["event_ids"]
    assert len(placed_again) >= 3 and all(event in events for event in placed_again)
    released = client.delete(f"/api/threads/{stored.thread_id}/holds", headers=auth).get_json()
    assert released == {"thread_id": stored.thread_id, "released": len(placed_again)}
    assert not any(event in events for event in placed_again)
    assert client.delete(f"/api/threads/{stored.thread_id}/holds", headers=auth).get_json()["released"] == 0


def test_holds_cannot_be_turned_on_without_their_permission(client: FlaskClient, fake: FakeGoogle) -> None:
    auth = sign_in(client, fake)
    answer = client.put("/api/settings", headers=auth, json={"holds": True})
    assert answer.status_code == 400 and "calendar.events.owned" in answer.get_json()["fields"]["holds"]


# Start-up


@pytest.mark.parametrize(
    ("missing", "named"),
    [
        ("SECRET_KEY", "TACTFUL_SECRET_KEY"),
        ("TOKEN_KEY", "TACTFUL_TOKEN_KEY"),
        ("GOOGLE_OAUTH_CLIENT_SECRET", "TACTFUL_GOOGLE_OAUTH_CLIENT_SECRET"),
        ("PUBLIC_URL", "TACTFUL_PUBLIC_URL"),
    ],
)
def test_the_google_mode_does_not_start_without_its_secrets(config: dict[str, Any], missing: str, named: str) -> None:
    with pytest.raises(RuntimeError, match=named):
        create_app({**config, missing: None})


def test_the_google_mode_needs_https_except_on_loopback(config: dict[str, Any]) -> None:
    with pytest.raises(RuntimeError, match="https"):
        create_app({**config, "PUBLIC_URL": "http://tactful.example.com"})


def test_a_test_server_for_google_is_refused_outside_tests(config: dict[str, Any]) -> None:
    with pytest.raises(RuntimeError, match="outside tests"):
        create_app({**config, "TESTING": False})


def test_the_calendar_list_says_which_calendars_count(client: FlaskClient, fake: FakeGoogle) -> None:
    auth = sign_in(client, fake)
    fake.calendar.add_calendar("team.rota@example.com", summary="Team rota")
    listed = client.get("/api/calendars", headers=auth).get_json()["calendars"]
    assert {(item["id"], item["name"], item["counted"]) for item in listed} == {
        ("primary", "sam.candidate@example.com", True),
        ("team.rota@example.com", "Team rota", False),
    }
    client.put("/api/settings", headers=auth, json={"calendars": ["primary", "team.rota@example.com"]})
    listed = client.get("/api/calendars", headers=auth).get_json()["calendars"]
    assert [item["counted"] for item in listed if item["id"] == "team.rota@example.com"] == [True]


def test_requests_reuse_the_connections_to_google_of_the_ones_before(client: FlaskClient, fake: FakeGoogle, app: Flask) -> None:
    auth = sign_in(client, fake)
    pool = app.extensions["tactful"].connections
    first = fake.seed_message(INVITE)
    second = fake.seed_message(_invite("Interview at Quayside", "Could we interview you on Friday at 10:00?", "<q@quayside.example>"))
    client.post(f"/api/threads/{first.thread_id}/drafts", headers=auth, json={"action": "reschedule"})
    assert pool.idle == 2  # Gmail's and Calendar's, given back when the request ended
    client.post(f"/api/threads/{second.thread_id}/drafts", headers=auth, json={"action": "reschedule"})
    assert pool.idle == 2  # lent again, not made anew
    fake.fail("gmail.users.messages.get", 404)
    assert client.post(f"/api/threads/{second.thread_id}/drafts", headers=auth, json={"action": "decline"}).status_code == 404
    assert pool.idle == 2  # a failed request gives them back too
