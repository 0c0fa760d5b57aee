"""Reading Google's event object, and the card forms inside it."""

from __future__ import annotations

from typing import Any

import pytest
from addon_support import event

from tactful.addon import forms, scopes
from tactful.addon.events import MalformedEvent, parse_event
from tactful.core.compose.options import Action, Reason, ReplyOptions, Tone


def test_an_event_is_read_with_its_tokens_message_parameters_and_form() -> None:
    body = event(
        user_id_token="eyJ.user",
        message=("msg-f:1234567", "thread-f:2345678"),
        parameters={"action": "decline"},
        form={"tone": ["warm"], "slots": ["a", "b"]},
        time_zone="Europe/Paris",
    )
    parsed = parse_event(body)
    assert parsed.user_oauth_token == "ya29.fake-initial" and parsed.user_id_token == "eyJ.user"
    assert parsed.authorized_scopes == frozenset(scopes.DEPLOYMENT)
    assert parsed.message is not None and (parsed.message.message_id, parsed.message.thread_id) == ("msg-f:1234567", "thread-f:2345678")
    assert parsed.message.access_token == "gmail-per-message-token-1"
    assert parsed.parameters == {"action": "decline"}
    assert parsed.first("tone") == "warm" and parsed.values("slots") == ("a", "b") and parsed.first("reason") is None
    assert (parsed.host_app, parsed.time_zone) == ("GMAIL", "Europe/Paris")


def test_the_oauth_token_is_read_under_either_spelling_google_uses() -> None:
    body = event(user_id_token=None)
    body["authorizationEventObject"]["userOauthToken"] = body["authorizationEventObject"].pop("userOAuthToken")
    assert parse_event(body).user_oauth_token == "ya29.fake-initial"


def _broken(change: str) -> Any:
    body: dict[str, Any] = event(user_id_token="t", message=("msg-f:1", "thread-f:1"))
    if change == "no oauth token":
        del body["authorizationEventObject"]["userOAuthToken"]
    elif change == "message without its token":
        del body["gmail"]["accessToken"]
    elif change == "scopes not a list":
        body["authorizationEventObject"]["authorizedScopes"] = "gmail"
    elif change == "parameter not text":
        body["commonEventObject"]["parameters"] = {"action": 3}
    elif change == "form value not a list":
        body["commonEventObject"]["formInputs"] = {"tone": {"stringInputs": {"value": "warm"}}}
    elif change == "not an object":
        return ["event"]
    elif change == "empty":
        return {}
    return body


@pytest.mark.parametrize(
    "change",
    ["no oauth token", "message without its token", "scopes not a list", "parameter not text", "form value not a list", "not an object", "empty"],
)
def test_a_body_of_the_wrong_shape_is_refused_as_a_whole(change: str) -> None:
    with pytest.raises(MalformedEvent):
        parse_event(_broken(change))


DEFAULTS = ReplyOptions(action=Action.ACCEPT, user_tz="UTC", reason=Reason.TIMING, tone=Tone.FORMAL)


def test_the_cards_choices_override_the_defaults_and_a_switch_left_off_is_off() -> None:
    parsed = parse_event(event(user_id_token=None, parameters={"action": "decline"}, form={"tone": ["warm"], "referral_name": [" Alex Kim "]}))
    options = forms.reply_options(parsed, DEFAULTS)
    assert (options.action, options.tone, options.reason) == (Action.DECLINE, Tone.WARM, Reason.TIMING)
    assert options.keep_door_open is False  # a switch that is off is absent from the form
    assert (options.referral, options.referral_name) == (True, "Alex Kim")


@pytest.mark.parametrize(
    ("parameters", "form", "says"),
    [
        ({}, {}, "named no reply"),
        ({"action": "ghost"}, {}, "Unknown choice"),
        ({"action": "decline"}, {"tone": ["shouty"]}, "Unknown choice"),
        ({"action": "decline"}, {"referral_name": ["x" * 301]}, "longer than 300"),
    ],
)
def test_a_form_tactful_cannot_use_is_a_problem_told_to_the_user(parameters: dict[str, str], form: dict[str, list[str]], says: str) -> None:
    with pytest.raises(forms.FormProblem, match=says):
        forms.reply_options(parse_event(event(user_id_token=None, parameters=parameters, form=form)), DEFAULTS)


@pytest.mark.parametrize(
    ("values", "says"),
    [([], "at least one"), (["2025-03-11T09:00:00+00:00/2025-03-11T09:30:00+00:00"] * 6, "at most 5"), (["tomorrow"], "Not a time slot"), (["2025-03-11T09:00:00/2025-03-11T09:30:00"], "Not a time slot")],
)
def test_chosen_slots_must_be_one_to_five_zoned_intervals(values: list[str], says: str) -> None:
    with pytest.raises(forms.FormProblem, match=says):
        forms.chosen_slots(parse_event(event(user_id_token=None, form={"slots": values} if values else None)))
