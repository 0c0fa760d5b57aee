"""Checks and builders shared by the add-on tests.

``check_card`` validates a card against Google's own Card proto (unknown fields, bad
enums, wrong types and oneof conflicts are refused), then what the proto accepts but
Google would not: snake_case names, empty widgets or sections, more than 100 sections
or widgets.  ``check_response`` does the same for every wrapper shape the add-on sends.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet
from fakegoogle import FakeGoogle
from fakegoogle.fixtures import NOW
from google.apps.card_v1 import Card
from google.protobuf import json_format

from tactful.addon import scopes

SERVICE_ACCOUNT = "service-123456789@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"
BASE = "https://tactful.test/addon"
AUDIENCES = [f"{BASE}/homepage", f"{BASE}/message", f"{BASE}/draft", f"{BASE}/settings", f"{BASE}/settings/save"]
USER_TOKEN = "ya29.fake-initial"  # the fake Google's access token
GMAIL_TOKEN = "gmail-per-message-token-1"
USER_EMAIL = "sam.candidate@example.com"


def _walk_names(value: Any, path: str) -> None:
    if isinstance(value, dict):
        for name, item in value.items():
            assert "_" not in name, f"{path}.{name}: Google expects camelCase field names"
            _walk_names(item, f"{path}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _walk_names(item, f"{path}[{index}]")


def check_card(card: dict[str, Any]) -> None:
    json_format.ParseDict(card, Card.pb()())
    _walk_names(card, "card")
    assert card["header"]["title"], "a card needs a title"
    sections = card["sections"]
    assert 1 <= len(sections) <= 100, f"{len(sections)} sections"
    for section in sections:
        widgets = section["widgets"]
        assert 1 <= len(widgets) <= 100, f"{len(widgets)} widgets in a section"
        for widget in widgets:
            kinds = [name for name in widget if name != "horizontalAlignment"]
            assert len(kinds) == 1, f"a widget is exactly one kind: {widget}"
            assert widget[kinds[0]] or kinds[0] == "divider", f"an empty widget: {widget}"


def _check_navigations(navigations: list[dict[str, Any]]) -> None:
    assert navigations, "navigations must not be empty"
    for navigation in navigations:
        assert len(navigation) == 1 and set(navigation) <= {"pushCard", "updateCard"}, navigation
        check_card(next(iter(navigation.values())))


def _check_action(action: dict[str, Any]) -> None:
    assert set(action) <= {"navigations", "notification"} and action, action
    if "navigations" in action:
        _check_navigations(action["navigations"])
    if "notification" in action:
        assert set(action["notification"]) == {"text"} and action["notification"]["text"].strip()


def check_response(answer: dict[str, Any]) -> str:
    """Validate any answer of an add-on endpoint; returns its kind."""
    assert len(answer) == 1, answer
    kind = next(iter(answer))
    if kind == "action":  # a trigger's card
        assert set(answer["action"]) == {"navigations"}
        _check_navigations(answer["action"]["navigations"])
    elif kind == "renderActions":
        render = answer["renderActions"]
        assert set(render) <= {"action", "hostAppAction"} and render, render
        if "action" in render:
            _check_action(render["action"])
        if "hostAppAction" in render:
            markup = render["hostAppAction"]["gmailAction"]["openCreatedDraftActionMarkup"]
            assert set(render["hostAppAction"]) == {"gmailAction"}
            assert set(render["hostAppAction"]["gmailAction"]) == {"openCreatedDraftActionMarkup"}
            assert set(markup) == {"draftId", "draftThreadId"} and all(markup.values()), markup
    elif kind == "requesting_google_scopes":
        wanted = answer[kind]
        assert set(wanted) == {"scopes"} and wanted["scopes"], wanted
        assert all(scope.startswith("https://www.googleapis.com/auth/") for scope in wanted["scopes"])
    else:
        raise AssertionError(f"unknown answer {kind}")
    return str(kind)


def shown_card(answer: dict[str, Any]) -> dict[str, Any]:
    """The card an answer shows (trigger or button)."""
    action = answer["action"] if "action" in answer else answer["renderActions"]["action"]
    navigation = action["navigations"][0]
    card: dict[str, Any] = next(iter(navigation.values()))
    return card


def texts(card: dict[str, Any]) -> list[str]:
    """Every human-readable text on a card, in order."""
    found: list[str] = []

    def visit(value: Any) -> None:
        if isinstance(value, dict):
            for name, item in value.items():
                if name in {"text", "title", "subtitle", "header", "label", "topLabel", "bottomLabel"} and isinstance(item, str):
                    found.append(item)
                else:
                    visit(item)
        elif isinstance(value, list):
            for item in value:
                visit(item)

    visit(card)
    return found


def event(
    *,
    user_id_token: str | None,
    granted: tuple[str, ...] | None = scopes.DEPLOYMENT,
    message: tuple[str, str] | None = None,
    parameters: dict[str, str] | None = None,
    form: dict[str, list[str]] | None = None,
    time_zone: str | None = None,
) -> dict[str, Any]:
    """An event object as Google posts it (GOOGLE_FACTS.md §1)."""
    common: dict[str, Any] = {"hostApp": "GMAIL", "platform": "WEB", "userLocale": "en"}
    if time_zone:
        common["timeZone"] = {"id": time_zone, "offset": 3600000}
    if parameters:
        common["parameters"] = parameters
    if form:
        common["formInputs"] = {name: {"stringInputs": {"value": values}} for name, values in form.items()}
    auth: dict[str, Any] = {"userOAuthToken": USER_TOKEN, "systemIdToken": "unused"}
    if granted is not None:
        auth["authorizedScopes"] = list(granted)
    if user_id_token is not None:
        auth["userIdToken"] = user_id_token
    body: dict[str, Any] = {"commonEventObject": common, "authorizationEventObject": auth}
    if message is not None:
        message_id, thread_id = message
        body["gmail"] = {"messageId": message_id, "threadId": thread_id, "accessToken": GMAIL_TOKEN}
    return body


def google_mode(fake: FakeGoogle, instance: Path, **changes: Any) -> dict[str, Any]:
    """A Google-mode configuration with the add-on, every Google URL on the fake."""
    instance.mkdir(parents=True, exist_ok=True)
    config: dict[str, Any] = {
        "TESTING": True,
        "INSTANCE_PATH": str(instance),
        "GOOGLE_OAUTH_CLIENT_ID": "tactful-test.apps.googleusercontent.com",
        "GOOGLE_OAUTH_CLIENT_SECRET": "not-a-secret",
        "PUBLIC_URL": "http://127.0.0.1:8765",
        "SECRET_KEY": "test-secret-key",
        "TOKEN_KEY": Fernet.generate_key().decode(),
        "GOOGLE_API_BASE": fake.url,
        "ADDON_AUDIENCES": ",".join(AUDIENCES),
        "ADDON_SERVICE_ACCOUNT": SERVICE_ACCOUNT,
        "NOW": NOW.isoformat(),
        "DATABASE_URL": f"sqlite:///{instance / 'tactful.sqlite3'}",
    }
    config.update(changes)
    return config
