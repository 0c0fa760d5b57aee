"""The add-on end to end: event in → card out → form submitted → draft in the fake Gmail → answer that opens it.

The real app (Google mode, SQLite) and the real googleapiclient against the fake Google,
which insists on the per-message ``X-Goog-Gmail-Access-Token`` and knows messages by the
add-on's ``msg-f:`` ids.  Every answer is validated against Google's Card proto.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from addon_support import AUDIENCES, GMAIL_TOKEN, SERVICE_ACCOUNT, USER_EMAIL, check_response, event, google_mode, shown_card, texts
from fakegoogle import FakeGoogle
from fakegoogle.fixtures import NOW
from fakegoogle.gmail import StoredMessage
from flask import Flask

from tactful.adapters.google_client import Backoff
from tactful.adapters.google_oauth import HOLDS_SCOPE
from tactful.addon import flows, scopes, views
from tactful.addon.events import parse_event

INVITE_ID = "<inv-42@lumen.example>"


def _mail(subject: str, body: str, message_id: str = INVITE_ID) -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Okafor <dana@lumen.example>"
    message["To"] = "Sam Candidate <sam.candidate@example.com>"
    message["Subject"] = subject
    message["Date"] = (NOW - timedelta(hours=3)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["Message-ID"] = message_id
    message["References"] = "<earlier-1@lumen.example>"
    message.set_content(body)
    return message.as_bytes()


INVITE = _mail(
    "Interview for the Platform Engineer role at Lumen",
    "Hi Sam,\n\nThanks for applying to Lumen. We would like to invite you to a 30-minute video interview\n"
    "for the Platform Engineer role on Wednesday 12 March at 10:00 GMT. Does that work for you?\n\n"
    "Best,\nDana Okafor\nRecruiter, Lumen\n",
)
NEWSLETTER = _mail(
    "Lumen engineering digest: March",
    "This month on the Lumen blog: how we cut our build times in half, and a recap of our meetup.\n",
    "<digest-3@lumen.example>",
)


class AddonClient:
    """Posts events as Google does: a fresh system ID token for the endpoint, the body as JSON."""

    def __init__(self, app: Flask, fake: FakeGoogle) -> None:
        self._client = app.test_client()
        self._fake = fake
        self.user_token = fake.id_tokens.mint(audience="tactful-addon-client", email=USER_EMAIL, sub="1083645220")

    def post(self, url: str, body: dict[str, Any]) -> dict[str, Any]:
        path = url.removeprefix("https://tactful.test")
        token = self._fake.id_tokens.mint(audience=f"https://tactful.test{path}", email=SERVICE_ACCOUNT)
        response = self._client.post(path, json=body, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200, response.get_data(as_text=True)
        answer: dict[str, Any] = response.get_json()
        check_response(answer)
        return answer

    def open_message(self, stored: StoredMessage, **options: Any) -> dict[str, Any]:
        opened = (f"msg-f:{int(stored.id, 16)}", f"thread-f:{int(stored.thread_id, 16)}")
        return self.post("/addon/message", event(user_id_token=self.user_token, message=opened, **options))

    def press(self, stored: StoredMessage, action: dict[str, Any], form: dict[str, list[str]] | None = None, **options: Any) -> dict[str, Any]:
        """Press a card's button: its action's URL and parameters, with the form as filled in."""
        parameters = {item["key"]: item["value"] for item in action.get("parameters", [])}
        opened = (f"msg-f:{int(stored.id, 16)}", f"thread-f:{int(stored.thread_id, 16)}")
        body = event(user_id_token=self.user_token, message=opened, parameters=parameters, form=form, **options)
        return self.post(action["function"], body)


@pytest.fixture
def app(fake: FakeGoogle, tmp_path: Path, waits: list[float]) -> Iterator[Flask]:
    app = create_addon_app(fake, tmp_path, waits)
    yield app


def create_addon_app(fake: FakeGoogle, tmp_path: Path, waits: list[float]) -> Flask:
    from tactful.web import create_app

    app = create_app(google_mode(fake, tmp_path / "instance"))
    runtime = app.extensions["tactful.addon"]
    app.extensions["tactful.addon"] = replace(runtime, backoff=Backoff(retries=2, sleep=waits.append, jitter=lambda: 1.0))
    return app


@pytest.fixture
def addon(app: Flask, fake: FakeGoogle) -> AddonClient:
    fake.gmail_access_tokens.add(GMAIL_TOKEN)
    return AddonClient(app, fake)


def _widgets(card: dict[str, Any]) -> list[dict[str, Any]]:
    return [widget for section in card["sections"] for widget in section["widgets"]]


def _button(card: dict[str, Any], text: str) -> dict[str, Any]:
    for widget in _widgets(card):
        for button in widget.get("buttonList", {}).get("buttons", []):
            if button["text"] == text:
                action: dict[str, Any] = button["onClick"]["action"]
                return action
    raise AssertionError(f"no button {text!r} on the card: {texts(card)}")


def _selection(card: dict[str, Any], name: str) -> list[dict[str, Any]]:
    for widget in _widgets(card):
        if widget.get("selectionInput", {}).get("name") == name:
            items: list[dict[str, Any]] = widget["selectionInput"]["items"]
            return items
    raise AssertionError(f"no selection {name!r}")


def _draft(fake: FakeGoogle, answer: dict[str, Any]) -> tuple[EmailMessage, str]:
    markup = answer["renderActions"]["hostAppAction"]["gmailAction"]["openCreatedDraftActionMarkup"]
    stored = fake.gmail.messages[fake.gmail.drafts[markup["draftId"]]]
    assert stored.thread_id == markup["draftThreadId"]
    message = message_from_bytes(stored.raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(("plain",))
    assert body is not None
    return message, body.get_content()


def _assert_threaded_reply(fake: FakeGoogle, stored: StoredMessage, answer: dict[str, Any]) -> str:
    message, text = _draft(fake, answer)
    markup = answer["renderActions"]["hostAppAction"]["gmailAction"]["openCreatedDraftActionMarkup"]
    assert markup["draftThreadId"] == stored.thread_id  # the hex id, not the event's thread-f: form
    assert message["In-Reply-To"] == INVITE_ID
    assert message["References"] == f"<earlier-1@lumen.example> {INVITE_ID}"
    assert message["Subject"] == "Re: Interview for the Platform Engineer role at Lumen"
    assert message["To"] == "Dana Okafor <dana@lumen.example>"
    assert answer["renderActions"]["action"]["notification"]["text"] == "Draft created"
    return text


def test_decline_from_the_contextual_card_to_an_opened_draft(addon: AddonClient, fake: FakeGoogle) -> None:
    stored = fake.seed_message(INVITE)
    card = shown_card(addon.open_message(stored))
    shown = texts(card)
    assert {"Interview invitation", "Lumen", "Platform Engineer", "Dana Okafor", "Free in your calendar"} <= set(shown)

    form = {"reason": ["accepted_other_offer"], "tone": ["warm"], "keep_door_open": ["true"], "referral_name": ["Alex Kim"]}
    answer = addon.press(stored, _button(card, "Create decline draft"), form)

    text = _assert_threaded_reply(fake, stored, answer)
    assert "Alex Kim" in text
    assert not fake.calls("gmail.users.threads.get")  # the open message is read by its own id
    assert "offer" in text
    assert not fake.calls("calendar.freebusy.query")[1:]  # the card read it once; the decline did not


def test_reschedule_proposes_the_slots_ticked_on_the_card(addon: AddonClient, fake: FakeGoogle) -> None:
    stored = fake.seed_message(INVITE)
    fake.calendar.seed_event(datetime(2025, 3, 12, 9, 30, tzinfo=NOW.tzinfo), datetime(2025, 3, 12, 11, 0, tzinfo=NOW.tzinfo), summary="Dentist")
    card = shown_card(addon.open_message(stored))
    assert "Clashes with busy time" in texts(card)  # free/busy tells when, never what
    with pytest.raises(AssertionError):
        _button(card, "Create acceptance draft")  # the proposed time is busy: no Accept
    slots = _selection(card, views.FIELD_SLOTS)
    assert len(slots) == 3 and all(item["selected"] for item in slots)
    chosen = [slots[0], slots[2]]

    answer = addon.press(stored, _button(card, "Create reschedule draft"), {"slots": [item["value"] for item in chosen], "keep_door_open": ["true"]})

    text = _assert_threaded_reply(fake, stored, answer)
    proposed = [line for line in text.splitlines() if line.startswith("- ")]
    # Written in the recruiter's zone (GMT, from the invitation); the card showed the user's (UTC).
    assert proposed == [f"- {item['text'].removesuffix(' UTC')} GMT" for item in chosen]


def test_accept_when_the_proposed_time_is_free(addon: AddonClient, fake: FakeGoogle) -> None:
    stored = fake.seed_message(INVITE)
    card = shown_card(addon.open_message(stored))
    assert "You are free at Wednesday 12 March, 10:00–10:30 UTC." in texts(card)

    answer = addon.press(stored, _button(card, "Create acceptance draft"), {"tone": ["formal"], "keep_door_open": ["true"]})

    text = " ".join(_assert_threaded_reply(fake, stored, answer).split())
    assert "Wednesday 12 March, 10:00–10:30 GMT" in text


def test_a_second_click_updates_tactfuls_own_draft_for_this_user(addon: AddonClient, fake: FakeGoogle) -> None:
    stored = fake.seed_message(INVITE)
    card = shown_card(addon.open_message(stored))
    first = addon.press(stored, _button(card, "Create decline draft"), {"tone": ["formal"]})
    second = addon.press(stored, _button(card, "Create decline draft"), {"tone": ["warm"]})
    third = addon.press(stored, _button(card, "Create decline draft"), {"tone": ["warm"]})

    ids = {answer["renderActions"]["hostAppAction"]["gmailAction"]["openCreatedDraftActionMarkup"]["draftId"] for answer in (first, second, third)}
    assert len(ids) == 1 and len(fake.gmail.drafts) == 1
    assert second["renderActions"]["action"]["notification"]["text"] == "Tactful's draft updated"
    assert third["renderActions"]["action"]["notification"]["text"] == "Your draft is already up to date"


def test_a_message_that_is_no_invitation_gets_a_short_card_and_a_way_to_draft_anyway(addon: AddonClient, fake: FakeGoogle) -> None:
    stored = fake.seed_message(NEWSLETTER)
    card = shown_card(addon.open_message(stored))
    assert "This message does not look like an interview invitation." in texts(card)

    pushed = addon.press(stored, _button(card, "Draft a reply anyway"))
    assert "navigations" in pushed["renderActions"]["action"]
    full = shown_card(pushed)
    assert "Not an interview invitation" in texts(full)

    answer = addon.press(stored, _button(full, "Create decline draft"), {"keep_door_open": ["true"]})
    message, _ = _draft(fake, answer)
    assert message["In-Reply-To"] == "<digest-3@lumen.example>"


@pytest.mark.parametrize(
    ("status", "says"),
    [(429, "Google is busy or failing (HTTP 429)"), (500, "Google is busy or failing (HTTP 500)"), (404, "no longer in Gmail")],
)
def test_a_gmail_error_reading_the_message_gives_a_clear_card(addon: AddonClient, fake: FakeGoogle, waits: list[float], status: int, says: str) -> None:
    stored = fake.seed_message(INVITE)
    fake.fail("gmail.users.messages.get", status, status, status)

    card = shown_card(addon.open_message(stored))

    assert card["name"] == "problem"
    assert any(says in text for text in texts(card)), texts(card)
    assert len(waits) == (2 if status != 404 else 0)  # retried twice, then told


@pytest.mark.parametrize(("status", "says"), [(429, "HTTP 429"), (500, "HTTP 500"), (404, "no longer in Gmail")])
def test_a_gmail_error_saving_the_draft_gives_a_notification(addon: AddonClient, fake: FakeGoogle, status: int, says: str) -> None:
    stored = fake.seed_message(INVITE)
    card = shown_card(addon.open_message(stored))
    fake.fail("gmail.users.drafts.create", status, status, status)

    answer = addon.press(stored, _button(card, "Create decline draft"))

    assert set(answer["renderActions"]) == {"action"}
    assert says in answer["renderActions"]["action"]["notification"]["text"]
    assert not fake.gmail.drafts


def test_an_unreadable_calendar_still_shows_the_detection_but_no_slots(addon: AddonClient, fake: FakeGoogle) -> None:
    stored = fake.seed_message(INVITE)
    fake.fail("calendar.freebusy.query", 500, 500, 500)
    card = shown_card(addon.open_message(stored))
    shown = texts(card)
    assert "Lumen" in shown
    assert any(text.startswith("Your Google Calendar could not be read") for text in shown)
    with pytest.raises(AssertionError):
        _selection(card, views.FIELD_SLOTS)


@pytest.mark.parametrize(
    ("path", "granted", "asked"),
    [
        ("/addon/message", [s for s in scopes.DEPLOYMENT if s != scopes.CALENDAR_FREEBUSY], [scopes.CALENDAR_FREEBUSY]),
        ("/addon/message", [s for s in scopes.DEPLOYMENT if s != scopes.GMAIL_CURRENT_MESSAGE], [scopes.GMAIL_CURRENT_MESSAGE]),
        ("/addon/draft", [s for s in scopes.DEPLOYMENT if s != scopes.GMAIL_CURRENT_COMPOSE], [scopes.GMAIL_CURRENT_COMPOSE]),
        ("/addon/homepage", [scopes.GMAIL_EXECUTE], [scopes.USER_EMAIL]),
        ("/addon/settings", [scopes.GMAIL_EXECUTE], [scopes.USER_EMAIL]),
    ],
)
def test_a_scope_the_user_did_not_grant_gets_the_granular_consent_answer(
    addon: AddonClient, fake: FakeGoogle, path: str, granted: list[str], asked: list[str]
) -> None:
    stored = fake.seed_message(INVITE)
    opened = (f"msg-f:{int(stored.id, 16)}", "thread-f:1")
    answer = addon.post(path, event(user_id_token=addon.user_token, granted=tuple(granted), message=opened, parameters={"action": "decline"}))
    assert answer == {"requesting_google_scopes": {"scopes": asked}}
    assert not [entry for entry in fake.log if entry.method.startswith(("gmail.", "calendar."))]


def test_the_homepage_explains_the_add_on_without_the_mailbox_scope(addon: AddonClient, fake: FakeGoogle) -> None:
    fake.seed_message(INVITE)
    card = shown_card(addon.post("/addon/homepage", event(user_id_token=addon.user_token)))
    assert "How to use Tactful" in texts(card)
    assert not fake.calls("gmail.users.threads.list")


def test_the_homepage_lists_invitations_awaiting_an_answer_each_opening_its_card(app: Flask, fake: FakeGoogle) -> None:
    addon = AddonClient(app, fake)  # no open message: no per-message token either
    invite = fake.seed_message(INVITE)
    fake.seed_message(NEWSLETTER)
    granted = (*scopes.DEPLOYMENT, scopes.GMAIL_READONLY, scopes.GMAIL_COMPOSE)

    card = shown_card(addon.post("/addon/homepage", event(user_id_token=addon.user_token, granted=granted)))
    items = [widget["decoratedText"] for widget in card["sections"][0]["widgets"]]
    assert [item["text"] for item in items] == ["Lumen · Platform Engineer"]

    action = items[0]["onClick"]["action"]
    parameters = {entry["key"]: entry["value"] for entry in action["parameters"]}
    pushed = addon.post(action["function"], event(user_id_token=addon.user_token, granted=granted, parameters=parameters))
    contextual = shown_card(pushed)
    assert "Interview invitation" in texts(contextual)

    draft_action = _button(contextual, "Create decline draft")
    parameters = {entry["key"]: entry["value"] for entry in draft_action["parameters"]}
    answer = addon.post(draft_action["function"], event(user_id_token=addon.user_token, granted=granted, parameters=parameters))
    _assert_threaded_reply(fake, invite, answer)


def test_settings_are_stored_per_user_and_shape_the_next_card(addon: AddonClient, app: Flask, fake: FakeGoogle) -> None:
    stored = fake.seed_message(INVITE)
    card = shown_card(addon.post("/addon/settings", event(user_id_token=addon.user_token)))
    save = card["fixedFooter"]["primaryButton"]["onClick"]["action"]
    form = {
        "working_hours": ["Mon-Fri 13:00-18:00"],
        "zone": ["America/New_York"],
        "default_reason": ["timing"],
        "default_tone": ["warm"],
        "slot_count": ["2"],
        "holds": ["true"],
    }
    saved = addon.post(save["function"], event(user_id_token=addon.user_token, form=form))
    assert saved["renderActions"]["action"]["notification"]["text"] == "Settings saved"

    again = shown_card(addon.post("/addon/settings", event(user_id_token=addon.user_token)))
    inputs = {w["textInput"]["name"]: w["textInput"].get("value") for w in _widgets(again) if "textInput" in w}
    assert {name: inputs[name] for name in ("working_hours", "zone")} == {"working_hours": "Mon-Fri 13:00-18:00", "zone": "America/New_York"}
    assert [i["value"] for i in _selection(again, "default_tone") if i["selected"]] == ["warm"]

    message_card = shown_card(addon.open_message(stored))
    assert "Times to propose (your zone: America/New_York)" in texts(message_card)
    assert len(_selection(message_card, views.FIELD_SLOTS)) == 2

    other = AddonClient(app, fake)
    other.user_token = fake.id_tokens.mint(audience="tactful-addon-client", email="alex@example.com", sub="999")
    theirs = shown_card(other.post("/addon/settings", event(user_id_token=other.user_token)))
    assert {w["textInput"]["name"]: w["textInput"].get("value") for w in _widgets(theirs) if "textInput" in w}["zone"] == "UTC"


def test_bad_settings_are_shown_back_and_not_saved(addon: AddonClient) -> None:
    answer = addon.post("/addon/settings/save", event(user_id_token=addon.user_token, form={"zone": ["Mars/Olympus"], "slot_count": ["3"]}))
    card = shown_card(answer)
    assert any(text.startswith("Not saved: zone: unknown time zone") for text in texts(card))
    again = shown_card(addon.post("/addon/settings", event(user_id_token=addon.user_token)))
    assert {w["textInput"]["name"]: w["textInput"].get("value") for w in _widgets(again) if "textInput" in w}["zone"] == "UTC"


@pytest.mark.parametrize("body", [[], {"commonEventObject": "x"}, {"authorizationEventObject": {}}, {"commonEventObject": {}, "authorizationEventObject": {"userOAuthToken": 5}}])
def test_a_body_that_is_no_event_is_a_400(app: Flask, fake: FakeGoogle, body: Any) -> None:
    token = fake.id_tokens.mint(audience=AUDIENCES[0], email=SERVICE_ACCOUNT)
    response = app.test_client().post("/addon/homepage", json=body, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 400
    assert response.get_json()["error"] == "malformed_event"


def test_the_homepage_lists_invitations_through_the_grant_given_to_the_backend_at_sign_in(app: Flask, fake: FakeGoogle) -> None:
    """A user who signed in through the extension (gmail.readonly, gmail.compose) gets the list
    in the add-on too: the same Google account (subject), the backend's stored grant."""
    addon = AddonClient(app, fake)
    storage = app.extensions["tactful.storage"]
    user_id = storage.upsert_user("1083645220", USER_EMAIL)
    assert fake.refresh_token is not None
    storage.save_refresh_token(user_id, fake.refresh_token, [*scopes.IDENTITY, scopes.GMAIL_READONLY, scopes.GMAIL_COMPOSE])
    invite = fake.seed_message(INVITE)

    card = shown_card(addon.post("/addon/homepage", event(user_id_token=addon.user_token)))
    action = card["sections"][0]["widgets"][0]["decoratedText"]["onClick"]["action"]
    parameters = {entry["key"]: entry["value"] for entry in action["parameters"]}
    contextual = shown_card(addon.post(action["function"], event(user_id_token=addon.user_token, parameters=parameters)))
    draft_action = _button(contextual, "Create decline draft")
    parameters = {entry["key"]: entry["value"] for entry in draft_action["parameters"]}
    answer = addon.post(draft_action["function"], event(user_id_token=addon.user_token, parameters=parameters))

    _assert_threaded_reply(fake, invite, answer)
    assert fake.calls("oauth2.token")  # the stored refresh token was used


def test_a_message_away_from_gmail_without_any_mailbox_grant_asks_for_gmail_readonly(addon: AddonClient, fake: FakeGoogle) -> None:
    stored = fake.seed_message(INVITE)
    parameters = {views.PARAM_THREAD: stored.thread_id, views.PARAM_MESSAGE: stored.id}
    answer = addon.post("/addon/message", event(user_id_token=addon.user_token, parameters=parameters))
    assert answer == {"requesting_google_scopes": {"scopes": [scopes.GMAIL_READONLY]}}


def test_with_holds_on_a_reschedule_holds_the_chosen_times_and_a_decline_releases_them(addon: AddonClient, app: Flask, fake: FakeGoogle) -> None:
    storage = app.extensions["tactful.storage"]
    user_id = storage.upsert_user("1083645220", USER_EMAIL)
    assert fake.refresh_token is not None
    storage.save_refresh_token(user_id, fake.refresh_token, [*scopes.IDENTITY, scopes.GMAIL_READONLY, HOLDS_SCOPE])
    storage.save_settings(user_id, replace(storage.settings(user_id), holds=True))
    stored = fake.seed_message(INVITE)
    card = shown_card(addon.open_message(stored))
    chosen = [item["value"] for item in _selection(card, views.FIELD_SLOTS)[:2]]

    answer = addon.press(stored, _button(card, "Create reschedule draft"), {"slots": chosen})

    assert answer["renderActions"]["action"]["notification"]["text"] == "Draft created; 2 time(s) held on your calendar"
    held = [event for event in fake.calendar.events[USER_EMAIL].values() if event.get("status") == "tentative"]
    assert sorted(event["start"]["dateTime"][:16] for event in held) == sorted(value[:16] for value in chosen)

    addon.press(stored, _button(card, "Create decline draft"))
    assert not [event for event in fake.calendar.events[USER_EMAIL].values() if event.get("status") == "tentative"]


def test_a_new_user_works_in_the_zone_gmail_reports_until_they_choose_one(addon: AddonClient, fake: FakeGoogle) -> None:
    stored = fake.seed_message(INVITE)
    card = shown_card(addon.open_message(stored, time_zone="Europe/Paris"))
    assert "Times to propose (your zone: Europe/Paris)" in texts(card)
    paris = ZoneInfo("Europe/Paris")
    for item in _selection(card, views.FIELD_SLOTS):
        start, end = (datetime.fromisoformat(part).astimezone(paris) for part in item["value"].split("/"))
        assert start.hour >= 9 and (end.hour, end.minute) <= (17, 0), item  # Paris working hours

    settings = shown_card(addon.post("/addon/settings", event(user_id_token=addon.user_token, time_zone="Europe/Paris")))
    zone = {w["textInput"]["name"]: w["textInput"].get("value") for w in _widgets(settings) if "textInput" in w}["zone"]
    assert zone == "Europe/Paris"

    save = settings["fixedFooter"]["primaryButton"]["onClick"]["action"]
    addon.post(save["function"], event(user_id_token=addon.user_token, form={"zone": ["Asia/Tokyo"]}, time_zone="Europe/Paris"))
    again = shown_card(addon.open_message(stored, time_zone="Europe/Paris"))
    assert "Times to propose (your zone: Asia/Tokyo)" in texts(again)


@pytest.mark.parametrize(("zone", "expected"), [("Europe/Paris", "Europe/Paris"), ("Mars/Olympus", "UTC"), (None, "UTC")])
def test_a_new_users_zone_is_gmails_when_it_is_a_known_zone(zone: str | None, expected: str) -> None:
    assert flows.default_settings(parse_event(event(user_id_token=None, time_zone=zone))).zone == expected


def test_an_event_that_does_not_list_its_scopes_counts_the_deployments_as_granted(addon: AddonClient, fake: FakeGoogle) -> None:
    stored = fake.seed_message(INVITE)
    card = shown_card(addon.open_message(stored, granted=None))
    answer = addon.press(stored, _button(card, "Create decline draft"), granted=None)
    _assert_threaded_reply(fake, stored, answer)
    homepage = shown_card(addon.post("/addon/homepage", event(user_id_token=addon.user_token, granted=None)))
    assert "How to use Tactful" in texts(homepage)  # gmail.readonly is no deployment scope


def test_a_reschedule_with_no_time_ticked_or_with_every_ticked_time_taken_meanwhile_is_told(addon: AddonClient, fake: FakeGoogle) -> None:
    stored = fake.seed_message(INVITE)
    card = shown_card(addon.open_message(stored))
    reschedule = _button(card, "Create reschedule draft")

    nothing = addon.press(stored, reschedule, {"keep_door_open": ["true"]})
    assert nothing == {"renderActions": {"action": {"notification": {"text": "Tick at least one time to propose."}}}}

    first = _selection(card, views.FIELD_SLOTS)[0]["value"]
    start, end = (datetime.fromisoformat(part) for part in first.split("/"))
    fake.calendar.seed_event(start, end, summary="Booked since the card was shown")
    taken = addon.press(stored, reschedule, {"slots": [first]})
    assert taken["renderActions"]["action"]["notification"]["text"] == "None of the chosen times is free any more; pick others."
    assert not fake.gmail.drafts


def test_a_draft_the_user_edited_is_kept_and_opened_as_it_is(addon: AddonClient, fake: FakeGoogle) -> None:
    stored = fake.seed_message(INVITE)
    card = shown_card(addon.open_message(stored))
    first = addon.press(stored, _button(card, "Create decline draft"))
    draft_id = first["renderActions"]["hostAppAction"]["gmailAction"]["openCreatedDraftActionMarkup"]["draftId"]
    mine, _ = _draft(fake, first)
    edited = mine.as_bytes().replace(b"Dear Dana", b"Hi Dana, my own words")
    fake.gmail.save_draft({"message": {"raw": base64.urlsafe_b64encode(edited).decode(), "threadId": stored.thread_id}}, draft_id)

    again = addon.press(stored, _button(card, "Create decline draft"), {"tone": ["warm"]})

    assert again["renderActions"]["action"]["notification"]["text"] == "You edited the draft: your version was kept"
    assert again["renderActions"]["hostAppAction"]["gmailAction"]["openCreatedDraftActionMarkup"]["draftId"] == draft_id
    _, text = _draft(fake, again)
    assert "my own words" in text


def test_job_preferences_saved_on_the_settings_card_drive_the_suggested_reply(addon: AddonClient, fake: FakeGoogle) -> None:
    stored = fake.seed_message(INVITE)
    before = shown_card(addon.open_message(stored))
    assert "Suggested reply" in [section.get("header") for section in before["sections"]]
    card = shown_card(addon.post("/addon/settings", event(user_id_token=addon.user_token)))
    save = card["fixedFooter"]["primaryButton"]["onClick"]["action"]
    form = {
        "working_hours": ["Mon-Fri 09:00-17:00"], "zone": ["UTC"], "default_reason": ["none"], "default_tone": ["formal"],
        "slot_count": ["3"], "pref_not_looking": ["true"], "pref_arrangements": ["remote", "hybrid"],
        "pref_pay_amount": ["85,000"], "pref_pay_currency": ["eur"], "pref_pay_period": ["year"],
        "pref_avoid_companies": ["Initech, Globex"], "pref_style": ["menu"],
    }
    saved = addon.post(save["function"], event(user_id_token=addon.user_token, form=form))
    assert saved["renderActions"]["action"]["notification"]["text"] == "Settings saved"

    again = shown_card(addon.post("/addon/settings", event(user_id_token=addon.user_token)))
    inputs = {w["textInput"]["name"]: w["textInput"].get("value") for w in _widgets(again) if "textInput" in w}
    assert (inputs["pref_pay_amount"], inputs["pref_pay_currency"], inputs["pref_avoid_companies"]) == ("85000", "EUR", "Initech, Globex")
    assert [i["value"] for i in _selection(again, "pref_arrangements") if i["selected"]] == ["remote", "hybrid"]

    after = shown_card(addon.open_message(stored))
    shown = texts(after)
    assert {"Tactful suggests", "Decline (timing)"} <= set(shown)
    assert [i["value"] for i in _selection(after, views.FIELD_REASON) if i["selected"]] == ["timing"]


def test_bad_job_preferences_are_shown_back_and_not_saved(addon: AddonClient) -> None:
    card = shown_card(addon.post("/addon/settings", event(user_id_token=addon.user_token)))
    save = card["fixedFooter"]["primaryButton"]["onClick"]["action"]
    form = {"working_hours": ["Mon-Fri 09:00-17:00"], "zone": ["UTC"], "pref_pay_amount": ["lots"], "pref_pay_currency": ["EUR"]}
    answer = shown_card(addon.post(save["function"], event(user_id_token=addon.user_token, form=form)))
    assert any("preferences" in text and "minimum_pay" in text for text in texts(answer))
