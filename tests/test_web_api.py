"""The extension API in local mode, on a real Maildir copy of the sample in tmp_path."""

from __future__ import annotations

import mailbox
import shutil
import stat
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tactful.embedded import SAMPLE_NOW, sample_file
from tactful.web import create_app

EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
HARBORLIGHT = "<inv-harbor@sample.tactful.dev>"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Flask]:
    yield create_app({"INSTANCE_PATH": tmp_path / "instance", "ALLOWED_ORIGINS": EXTENSION})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def auth(app: Flask) -> dict[str, str]:
    return {"Authorization": f"Bearer {app.config['API_TOKEN']}"}


def _thread_id(client: FlaskClient, auth: dict[str, str], company: str) -> str:
    threads = client.get("/api/threads", headers=auth).get_json()["threads"]
    return next(thread["thread_id"] for thread in threads if thread["company"] == company)


def _drafts(app: Flask) -> mailbox.Maildir:
    return mailbox.Maildir(Path(app.instance_path) / "sample-maildir", factory=None).get_folder("Drafts")


def _draft(client: FlaskClient, auth: dict[str, str], thread_id: str, **body: Any) -> Any:
    return client.post(f"/api/threads/{thread_id}/drafts", headers=auth, json=body)


# --- authentication -------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer not-the-token"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Bearer "},
    ],
    ids=["no header", "a wrong token", "another scheme", "an empty bearer"],
)
def test_an_api_request_without_the_right_token_is_refused_with_a_json_401(
    client: FlaskClient, headers: dict[str, str]
) -> None:
    response = client.get("/api/me", headers=headers)
    assert response.status_code == 401
    assert response.get_json()["error"] == "unauthorized"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_the_right_token_opens_the_api_and_me_tells_the_mode_and_the_user(client: FlaskClient, auth: dict[str, str]) -> None:
    me = client.get("/api/me", headers=auth).get_json()
    assert me["mode"] == "local"
    assert me["user"] == {"name": "Alex Morgan", "email": "alex.morgan@example.net"}
    assert me["settings"]["zone"] == "America/New_York"
    assert me["now"] == "2026-03-02T08:00:00-05:00"


def test_the_token_is_kept_private_in_the_instance_folder_and_reused(tmp_path: Path) -> None:
    first = create_app({"INSTANCE_PATH": tmp_path})
    token_file = tmp_path / "api-token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert token_file.read_text().strip() == first.config["API_TOKEN"]
    assert len(first.config["API_TOKEN"]) >= 40
    assert create_app({"INSTANCE_PATH": tmp_path}).config["API_TOKEN"] == first.config["API_TOKEN"]
    assert create_app({"INSTANCE_PATH": tmp_path / "other"}).config["API_TOKEN"] != first.config["API_TOKEN"]


def test_an_oauth_client_id_alone_does_not_start_a_half_configured_google_mode(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="the Google mode needs it"):
        create_app({"INSTANCE_PATH": tmp_path, "GOOGLE_OAUTH_CLIENT_ID": "123.apps.googleusercontent.com"})


def test_settings_come_from_tactful_environment_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACTFUL_ALLOWED_ORIGINS", EXTENSION)
    monkeypatch.setenv("TACTFUL_RATE_LIMIT", "7 per minute")
    app = create_app({"INSTANCE_PATH": tmp_path})
    response = app.test_client().get(
        "/api/me", headers={"Authorization": f"Bearer {app.config['API_TOKEN']}", "Origin": EXTENSION}
    )
    assert response.headers["Access-Control-Allow-Origin"] == EXTENSION
    assert response.headers["X-RateLimit-Limit"] == "7"


# --- CORS and rate limit ----------------------------------------------------------------


def test_only_the_configured_extension_origin_may_read_answers(client: FlaskClient, auth: dict[str, str]) -> None:
    allowed = client.get("/api/me", headers={**auth, "Origin": EXTENSION})
    other = client.get("/api/me", headers={**auth, "Origin": "https://evil.example"})
    assert allowed.headers["Access-Control-Allow-Origin"] == EXTENSION
    assert "Authorization" in allowed.headers["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Origin" not in other.headers
    assert "Origin" in other.headers["Vary"]


def test_no_origin_is_allowed_by_default(tmp_path: Path) -> None:
    app = create_app({"INSTANCE_PATH": tmp_path})
    response = app.test_client().get(
        "/api/me", headers={"Authorization": f"Bearer {app.config['API_TOKEN']}", "Origin": EXTENSION}
    )
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response.headers


def test_a_preflight_needs_no_token_and_is_answered_for_the_extension(client: FlaskClient) -> None:
    response = client.options(
        "/api/threads", headers={"Origin": EXTENSION, "Access-Control-Request-Headers": "authorization"}
    )
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == EXTENSION


def test_past_the_rate_limit_a_token_gets_a_json_429(tmp_path: Path) -> None:
    app = create_app({"INSTANCE_PATH": tmp_path, "RATE_LIMIT": "3 per minute"})
    client = app.test_client()
    headers = {"Authorization": f"Bearer {app.config['API_TOKEN']}"}
    statuses = [client.get("/api/settings", headers=headers).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = client.get("/api/me", headers=headers)
    assert refused.status_code == 429
    assert refused.get_json()["error"] == "too_many_requests"
    assert int(refused.headers["Retry-After"]) > 0


# --- threads and suggestions --------------------------------------------------------------


def test_the_sample_lists_the_four_threads_awaiting_an_answer(client: FlaskClient, auth: dict[str, str]) -> None:
    body = client.get("/api/threads?days=30", headers=auth).get_json()
    listed = {(t["company"], t["role"], t["label"]) for t in body["threads"]}
    assert listed == {
        ("Tessellate", "Analytics Engineer", "invite"),
        ("Northbeam", "Analytics Lead", "reschedule_request"),
        ("Harborlight", "Senior Data Engineer", "invite"),
        ("Quillon", "Product Analyst", "invite"),
    }
    received = [t["received"] for t in body["threads"]]
    assert received == sorted(received, reverse=True)
    harborlight = next(t for t in body["threads"] if t["company"] == "Harborlight")
    assert [time["start"] for time in harborlight["proposed_times"]][0] == "2026-03-03T14:00:00-05:00"
    assert harborlight["has_draft"] is False


def test_days_narrows_the_listing_to_recent_threads(client: FlaskClient, auth: dict[str, str]) -> None:
    companies = [t["company"] for t in client.get("/api/threads?days=1", headers=auth).get_json()["threads"]]
    assert companies == ["Tessellate"]


@pytest.mark.parametrize("days", ["0", "abc", "-3", "366"])
def test_a_days_value_out_of_range_is_a_400(client: FlaskClient, auth: dict[str, str], days: str) -> None:
    response = client.get(f"/api/threads?days={days}", headers=auth)
    assert response.status_code == 400
    assert "days" in response.get_json()["fields"]


def test_the_suggestion_for_an_invite_checks_the_calendar_and_recommends_the_free_option(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    thread_id = _thread_id(client, auth, "Harborlight")
    suggestion = client.get(f"/api/threads/{thread_id}", headers=auth).get_json()
    assert suggestion["detection"]["label"] == "invite"
    assert suggestion["detection"]["recruiter_name"] == "Priya Raman"
    assert suggestion["conflict"]["free"] is False
    assert [busy["summary"] for busy in suggestion["conflict"]["overlapping"]] == ["1:1 with manager"]
    # Tuesday clashes with a 1:1 and Wednesday is the team offsite: Thursday is free.
    assert [option["start"] for option in suggestion["free_options"]] == ["2026-03-05T16:00:00-05:00"]
    assert suggestion["recommended_action"] == "accept"
    days = {slot["start"][:10] for slot in suggestion["slots"]}
    assert len(suggestion["slots"]) == 3 and len(days) == 3


def test_an_unknown_thread_is_a_404(client: FlaskClient, auth: dict[str, str]) -> None:
    assert client.get("/api/threads/nope", headers=auth).status_code == 404
    response = _draft(client, auth, "nope", action="decline")
    assert response.status_code == 404
    assert response.get_json()["error"] == "thread_not_found"


def test_an_unreadable_calendar_is_a_503_that_says_why(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ics"
    broken.write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:not a date\n")
    app = create_app({"INSTANCE_PATH": tmp_path / "instance", "CALENDAR": str(broken)})
    client = app.test_client()
    auth = {"Authorization": f"Bearer {app.config['API_TOKEN']}"}
    thread_id = _thread_id(client, auth, "Harborlight")
    for response in (
        client.get(f"/api/threads/{thread_id}", headers=auth),
        _draft(client, auth, thread_id, action="reschedule"),
    ):
        assert response.status_code == 503
        body = response.get_json()
        assert body["error"] == "calendar_unavailable"
        assert "broken.ics" in body["message"]


# --- drafts ----------------------------------------------------------------------------------


def test_a_decline_is_saved_in_the_maildir_drafts_folder_threaded_to_the_invite(
    app: Flask, client: FlaskClient, auth: dict[str, str]
) -> None:
    thread_id = _thread_id(client, auth, "Harborlight")
    response = _draft(client, auth, thread_id, action="decline", reason="accepted_other_offer", tone="warm")
    assert response.status_code == 201
    body = response.get_json()
    assert body["status"] == "created"
    assert body["subject"] == "Re: Interview invitation: Senior Data Engineer at Harborlight"
    assert "priya.raman@harborlight.io" in body["to"]
    assert "Priya" in body["body_text"]
    drafts = _drafts(app)
    assert list(drafts.keys()) == [body["draft_id"]]
    saved = drafts[body["draft_id"]]
    assert "D" in saved.get_flags()
    message = message_from_bytes(drafts.get_bytes(body["draft_id"]))
    assert message["In-Reply-To"] == HARBORLIGHT
    assert HARBORLIGHT in message["References"]
    listed = client.get("/api/threads", headers=auth).get_json()["threads"]
    assert next(t for t in listed if t["thread_id"] == thread_id)["has_draft"] is True


def test_a_second_click_updates_tactfuls_own_draft_and_a_third_changes_nothing(
    app: Flask, client: FlaskClient, auth: dict[str, str]
) -> None:
    thread_id = _thread_id(client, auth, "Harborlight")
    first = _draft(client, auth, thread_id, action="decline").get_json()
    second = _draft(client, auth, thread_id, action="reschedule", reschedule_reason="I am travelling that week.")
    assert second.status_code == 200
    assert second.get_json()["status"] == "updated"
    assert second.get_json()["draft_id"] == first["draft_id"]
    assert len(second.get_json()["slots"]) == 3
    assert list(_drafts(app).keys()) == [first["draft_id"]]
    assert b"travelling" in _drafts(app).get_bytes(first["draft_id"])
    third = _draft(client, auth, thread_id, action="reschedule", reschedule_reason="I am travelling that week.")
    assert third.get_json()["status"] == "unchanged"


def test_a_draft_the_user_edited_is_left_alone(app: Flask, client: FlaskClient, auth: dict[str, str]) -> None:
    thread_id = _thread_id(client, auth, "Harborlight")
    draft_id = _draft(client, auth, thread_id, action="decline").get_json()["draft_id"]
    drafts = _drafts(app)
    edited = message_from_bytes(drafts.get_bytes(draft_id))
    edited.set_payload("Hi Priya, I wrote this myself.\n")
    drafts[draft_id] = mailbox.MaildirMessage(edited)
    before = drafts.get_bytes(draft_id)
    response = _draft(client, auth, thread_id, action="reschedule")
    assert response.status_code == 200
    assert response.get_json()["status"] == "user_edited"
    assert _drafts(app).get_bytes(draft_id) == before
    assert len(_drafts(app)) == 1


def test_a_deleted_draft_is_written_again_as_a_new_one(app: Flask, client: FlaskClient, auth: dict[str, str]) -> None:
    thread_id = _thread_id(client, auth, "Quillon")
    first = _draft(client, auth, thread_id, action="accept").get_json()["draft_id"]
    _drafts(app).remove(first)
    again = _draft(client, auth, thread_id, action="accept")
    assert again.status_code == 201
    assert again.get_json()["draft_id"] != first


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "action"),
        ({"action": "ignore"}, "action"),
        ({"action": "decline", "tone": "rude"}, "tone"),
        ({"action": "decline", "reason": "bored"}, "reason"),
        ({"action": "decline", "referral": 3}, "referral"),
        ({"action": "decline", "keep_door_open": "yes"}, "keep_door_open"),
        ({"action": "reschedule", "reschedule_reason": "x" * 301}, "reschedule_reason"),
        ({"action": "decline", "send_now": True}, "send_now"),
        (["decline"], "body"),
    ],
    ids=[
        "a missing action",
        "an unknown action",
        "an unknown tone",
        "an unknown reason",
        "a referral that is a number",
        "a flag that is text",
        "an overlong reschedule reason",
        "an unknown option",
        "a body that is no object",
    ],
)
def test_bad_draft_options_are_a_400_naming_the_field(
    client: FlaskClient, auth: dict[str, str], body: Any, field: str
) -> None:
    thread_id = _thread_id(client, auth, "Harborlight")
    response = _draft(client, auth, thread_id, **body) if isinstance(body, dict) else client.post(
        f"/api/threads/{thread_id}/drafts", headers=auth, json=body
    )
    assert response.status_code == 400
    assert field in response.get_json()["fields"]


def test_a_body_that_is_not_json_is_a_400(client: FlaskClient, auth: dict[str, str]) -> None:
    thread_id = _thread_id(client, auth, "Harborlight")
    response = client.post(f"/api/threads/{thread_id}/drafts", headers=auth, data="action=decline")
    assert response.status_code == 400


def test_a_named_referral_goes_into_the_decline(client: FlaskClient, auth: dict[str, str]) -> None:
    thread_id = _thread_id(client, auth, "Harborlight")
    body = _draft(client, auth, thread_id, action="decline", referral="Jamie Chen").get_json()
    assert "Jamie Chen" in body["body_text"]


# --- settings -------------------------------------------------------------------------------


def test_settings_changes_are_kept_and_shape_the_next_suggestion(tmp_path: Path) -> None:
    app = create_app({"INSTANCE_PATH": tmp_path})
    client, auth = app.test_client(), {"Authorization": f"Bearer {app.config['API_TOKEN']}"}
    response = client.put("/api/settings", headers=auth, json={"slot_count": 5, "working_hours": "Mon-Fri 10:00-12:00"})
    assert response.status_code == 200
    assert response.get_json()["slot_count"] == 5
    reopened = create_app({"INSTANCE_PATH": tmp_path})
    kept = reopened.test_client().get("/api/settings", headers=auth).get_json()
    assert kept == {**kept, "slot_count": 5, "working_hours": "Mon-Fri 10:00-12:00", "zone": "America/New_York"}
    thread_id = _thread_id(client, auth, "Tessellate")
    slots = client.get(f"/api/threads/{thread_id}", headers=auth).get_json()["slots"]
    assert len(slots) == 5
    assert all("T10:" in slot["start"] or "T11:" in slot["start"] for slot in slots)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"zone": "Mars/Olympus"}, "zone"),
        ({"working_hours": "whenever"}, "working_hours"),
        ({"slot_count": 9}, "slot_count"),
        ({"slot_count": True}, "slot_count"),
        ({"default_tone": "grumpy"}, "default_tone"),
        ({"default_reason": "bored"}, "default_reason"),
        ({"theme": "dark"}, "theme"),
    ],
    ids=[
        "an unknown zone",
        "unreadable working hours",
        "too many slots",
        "a slot count that is a boolean",
        "an unknown tone",
        "an unknown reason",
        "an unknown setting",
    ],
)
def test_invalid_settings_are_a_400_and_change_nothing(
    client: FlaskClient, auth: dict[str, str], change: dict[str, Any], field: str
) -> None:
    before = client.get("/api/settings", headers=auth).get_json()
    response = client.put("/api/settings", headers=auth, json={"slot_count": 4, **change})
    assert response.status_code == 400
    assert set(response.get_json()["fields"]) == {field}
    assert client.get("/api/settings", headers=auth).get_json() == before


# --- add-on and errors --------------------------------------------------------------------


def test_the_addon_endpoints_refuse_every_request_in_local_mode(client: FlaskClient, auth: dict[str, str]) -> None:
    for headers in ({}, auth, {"Authorization": "Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig"}):
        response = client.post("/addon/homepage", headers=headers, json={})
        assert response.status_code == 401
        assert response.get_json()["error"] == "unauthorized"


def test_an_unknown_path_is_a_json_404(client: FlaskClient, auth: dict[str, str]) -> None:
    response = client.get("/api/nothing-here", headers=auth)
    assert response.status_code == 404
    assert response.get_json()["error"] == "not_found"


def test_local_mode_serves_a_takeout_mbox_and_writes_drafts_beside_it(tmp_path: Path) -> None:
    export = tmp_path / "export.mbox"
    shutil.copyfile(sample_file("inbox.mbox"), export)
    app = create_app({"INSTANCE_PATH": tmp_path / "instance", "MAILDIR": str(export), "NOW": SAMPLE_NOW})
    client, auth = app.test_client(), {"Authorization": f"Bearer {app.config['API_TOKEN']}"}
    assert client.get("/api/me", headers=auth).get_json()["mailbox"]["kind"] == "mbox"
    threads = client.get("/api/threads", headers=auth).get_json()["threads"]
    assert threads
    before = export.read_bytes()
    answer = client.post(f"/api/threads/{threads[0]['thread_id']}/drafts", headers=auth, json={"action": "decline"})
    assert answer.status_code == 201
    assert export.read_bytes() == before
    assert len(mailbox.Maildir(tmp_path / "instance" / "drafts-maildir", factory=None, create=False)) == 1


@pytest.mark.parametrize("name", ["Sam\nBcc: someone@example.com", "x" * 101, 42])
def test_a_sign_off_name_must_be_one_short_line(client: FlaskClient, auth: dict[str, str], name: object) -> None:
    answer = client.put("/api/settings", headers=auth, json={"name": name})
    assert answer.status_code == 400 and "name" in answer.get_json()["fields"]


def test_replies_are_signed_with_the_name_in_the_settings(client: FlaskClient, auth: dict[str, str]) -> None:
    assert client.put("/api/settings", headers=auth, json={"name": "  Sam Q. Lee "}).get_json()["name"] == "Sam Q. Lee"
    thread = client.get("/api/threads", headers=auth).get_json()["threads"][0]
    drafted = client.post(f"/api/threads/{thread['thread_id']}/drafts", headers=auth, json={"action": "decline"})
    assert drafted.get_json()["body_text"].rstrip().endswith("Sam Q. Lee")
