"""Suggested replies through the extension API (local mode, a real Maildir copy of the sample)."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tactful.web import create_app

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi" / "tactful.yaml").read_text(encoding="utf-8"))


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Flask]:
    yield create_app({"INSTANCE_PATH": tmp_path / "instance"})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def auth(app: Flask) -> dict[str, str]:
    return {"Authorization": f"Bearer {app.config['API_TOKEN']}"}


def _schema_errors(instance: Any, name: str) -> list[str]:
    """Where ``instance`` breaks the OpenAPI document's schema ``name``."""
    registry: Registry[Any] = Registry().with_resource("spec", DRAFT202012.create_resource(SPEC))
    validator = Draft202012Validator({"$ref": f"spec#/components/schemas/{name}"}, registry=registry)
    return [error.message for error in validator.iter_errors(instance)]


def test_the_schema_check_notices_a_suggestion_that_breaks_the_contract() -> None:
    broken = {"action": "maybe", "reason": "none", "confidence": 2, "evidence": [], "missing": []}
    assert len(_schema_errors(broken, "SuggestedReply")) == 3  # unknown action, confidence > 1, no facts


def _thread(client: FlaskClient, auth: dict[str, str], company: str) -> str:
    threads = client.get("/api/threads", headers=auth).get_json()["threads"]
    return str(next(thread["thread_id"] for thread in threads if thread["company"] == company))


def _drafts(app: Flask) -> list[str]:
    return list(mailbox.Maildir(Path(app.instance_path) / "sample-maildir", factory=None).get_folder("Drafts").keys())


def test_a_thread_suggestion_explains_itself_and_keeps_the_recommended_action(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    shown = client.get(f"/api/threads/{_thread(client, auth, 'Tessellate')}", headers=auth).get_json()
    suggestion = shown["suggestion"]
    assert (suggestion["action"], suggestion["reason"], shown["recommended_action"]) == (
        "reschedule", "none", "reschedule")
    [clash] = [item for item in suggestion["evidence"] if item["topic"] == "calendar"]
    assert clash["fits"] is False and clash["busy"]["summary"] == "Dentist"
    assert _schema_errors(shown, "Suggestion") == []


def test_preferences_saved_in_the_settings_shape_the_suggestion(client: FlaskClient, auth: dict[str, str]) -> None:
    response = client.put("/api/settings", headers=auth, json={"preferences": {"not_looking": True}})
    assert response.status_code == 200 and response.get_json()["preferences"]["not_looking"] is True
    assert _schema_errors(response.get_json(), "Settings") == []
    shown = client.get(f"/api/threads/{_thread(client, auth, 'Harborlight')}", headers=auth).get_json()
    assert (shown["suggestion"]["action"], shown["suggestion"]["reason"]) == ("decline", "timing")
    assert shown["recommended_action"] == "decline"


def test_bad_preferences_are_a_400_naming_them_and_change_nothing(client: FlaskClient, auth: dict[str, str]) -> None:
    before = client.get("/api/settings", headers=auth).get_json()
    response = client.put("/api/settings", headers=auth,
                          json={"slot_count": 2, "preferences": {"minimum_pay": {"amount": "lots"}}})
    assert response.status_code == 400
    assert set(response.get_json()["fields"]) == {"preferences"}
    assert client.get("/api/settings", headers=auth).get_json() == before


def test_drafting_ahead_is_off_by_default(app: Flask, client: FlaskClient, auth: dict[str, str]) -> None:
    listing = client.get("/api/threads", headers=auth).get_json()
    assert "drafted_ahead" not in listing and _drafts(app) == []


def test_drafting_ahead_drafts_each_new_invitation_once(app: Flask, client: FlaskClient, auth: dict[str, str]) -> None:
    assert client.put("/api/settings", headers=auth, json={"draft_ahead": True}).status_code == 200
    first = client.get("/api/threads", headers=auth).get_json()
    assert _schema_errors(first["drafted_ahead"], "DraftedAhead") == []
    drafted = [item for item in first["drafted_ahead"]["results"] if item["status"] == "drafted"]
    assert len(drafted) == len(first["threads"]) and len(_drafts(app)) == len(drafted)
    second = client.get("/api/threads", headers=auth).get_json()
    assert {item["status"] for item in second["drafted_ahead"]["results"]} == {"already_drafted"}
    assert len(_drafts(app)) == len(drafted)
    # A click on the same thread updates Tactful's drafted-ahead draft rather than adding one.
    thread_id = drafted[0]["thread_id"]
    response = client.post(f"/api/threads/{thread_id}/drafts", headers=auth, json={"action": "decline"})
    assert response.status_code == 200 and response.get_json()["status"] == "updated"
    assert len(_drafts(app)) == len(drafted)


def test_an_unreadable_calendar_stops_drafting_ahead_but_not_the_listing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ics"
    broken.write_text("BEGIN:VCALENDAR\nthis is not a calendar", encoding="utf-8")
    app = create_app({"INSTANCE_PATH": tmp_path / "instance", "CALENDAR": str(broken)})
    client, auth = app.test_client(), {"Authorization": f"Bearer {app.config['API_TOKEN']}"}
    assert client.put("/api/settings", headers=auth, json={"draft_ahead": True}).status_code == 200
    listing = client.get("/api/threads", headers=auth)
    assert listing.status_code == 200 and listing.get_json()["threads"]
    ahead = listing.get_json()["drafted_ahead"]
    assert ahead["results"] == [] and ahead["error"].startswith("Your calendar could not be read")
    assert _drafts(app) == []
