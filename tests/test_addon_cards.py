"""The card builder, the add-on's cards and the response wrappers, checked against Google's Card proto."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from addon_support import check_card, check_response, texts
from google.protobuf import json_format

from tactful.addon import responses, views
from tactful.addon.cards import (
    Action,
    Button,
    ButtonList,
    Card,
    Choice,
    DecoratedText,
    Divider,
    Section,
    Selection,
    SelectionType,
    Switch,
    TextInput,
    TextParagraph,
)
from tactful.core.compose.options import Tone
from tactful.core.model import Detection, Label, ProposedTime
from tactful.core.slots.model import BusyInterval, Conflict, Interval
from tactful.service.ports import ThreadSummary
from tactful.service.settings import Settings
from tactful.service.threads import InviteThread

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
URLS = views.Urls("https://tactful.test/addon")
HOSTILE = '<a href="https://evil.example">Click</a> & <b>win</b> {{ config }}'


def _every_widget() -> Card:
    action = Action("https://tactful.test/addon/draft", {"action": "decline"})
    return Card(
        "Title",
        [
            Section(
                [
                    TextParagraph("Plain"),
                    DecoratedText("Text", top_label="Top", bottom_label="Bottom", switch=Switch("on", selected=True)),
                    DecoratedText("Clickable", action=action),
                    Selection("pick", "Pick", SelectionType.DROPDOWN, [Choice("A", "a", True), Choice("B", "b")]),
                    Selection("ticks", "Ticks", SelectionType.CHECK_BOX, [Choice("A", "a", True)]),
                    Selection("radio", "Radio", SelectionType.RADIO_BUTTON, [Choice("A", "a")]),
                    TextInput("name", "Name", value="x", hint="hint"),
                    Divider(),
                    ButtonList([Button("Go", action, filled=True), Button("Other", Action("https://tactful.test/addon/x"))]),
                ],
                header="Header",
                collapsible=True,
            )
        ],
        subtitle="Sub",
        name="everything",
        primary=Button("Primary", action),
        secondary=Button("Secondary", action),
    )


def test_every_widget_the_builder_makes_is_a_valid_google_card() -> None:
    card = _every_widget().to_json()
    check_card(card)
    assert card["fixedFooter"]["primaryButton"]["onClick"]["action"] == {
        "function": "https://tactful.test/addon/draft",
        "parameters": [{"key": "action", "value": "decline"}],
    }
    switch = card["sections"][0]["widgets"][1]["decoratedText"]["switchControl"]
    assert switch == {"name": "on", "value": "true", "selected": True, "controlType": "SWITCH"}


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ({"header": {"title": "t"}, "sections": [{"widgets": [{"textParagraph": {"text": "x"}}]}], "colour": 1}, "unknown field"),
        ({"header": {"title": "t"}, "sections": [{"widgets": [{"selectionInput": {"type": "SLIDER"}}]}]}, "bad enum"),
        ({"header": {"title": "t"}, "sections": [{"widgets": [{"textParagraph": {"text": "x"}, "divider": {}}]}]}, "two kinds"),
        ({"header": {"title": "t"}, "sections": [{"widgets": [{"text_paragraph": {"text": "x"}}]}]}, "snake_case"),
        ({"header": {"title": "t"}, "sections": [{"widgets": [{}]}]}, "empty widget"),
        ({"header": {"title": "t"}, "sections": [{"widgets": []}]}, "empty section"),
        ({"header": {"title": "t"}, "sections": [{"widgets": [{"textParagraph": {"text": "x"}}]}] * 101}, "101 sections"),
        ({"header": {"title": "t"}, "sections": [{"widgets": [{"textParagraph": {"text": "x"}}] * 101}]}, "101 widgets"),
    ],
)
def test_the_card_check_refuses_what_google_would_refuse(bad: dict[str, Any], why: str) -> None:
    with pytest.raises((json_format.ParseError, AssertionError)):
        check_card(bad)


def test_the_builder_refuses_cards_google_would_refuse() -> None:
    paragraph = TextParagraph("x")
    with pytest.raises(ValueError, match="at most 100 widgets"):
        Section([paragraph] * 101)
    with pytest.raises(ValueError, match="at most 100 sections"):
        Card("t", [Section([paragraph])] * 101)
    with pytest.raises(ValueError, match="no widget"):
        Section([])
    with pytest.raises(ValueError, match="no choice"):
        Selection("s", "S", SelectionType.DROPDOWN, [])
    with pytest.raises(ValueError, match="primary"):
        Card("t", [Section([paragraph])], secondary=Button("b", Action("https://x")))
    Card("t", [Section([paragraph] * 100)] * 100).to_json()  # the limits themselves are allowed


def test_sender_text_is_escaped_so_a_card_never_renders_it_as_markup() -> None:
    card = Card(HOSTILE, [Section([TextParagraph(HOSTILE), DecoratedText(HOSTILE, top_label=HOSTILE)], header=HOSTILE)]).to_json()
    check_card(card)
    for text in texts(card):
        assert "<" not in text and ">" not in text
        assert "&lt;a href=" in text and "&amp;" in text


def _detection(label: Label = Label.INVITE, company: str | None = "Lumen") -> Detection:
    start = datetime(2025, 3, 12, 10, 0, tzinfo=UTC)
    return Detection(
        label=label,
        confidence=0.9,
        reasons=("asks for your availability",),
        company=company,
        role="Platform Engineer",
        recruiter_name="Dana Okafor",
        proposed_times=(ProposedTime("Wednesday 12 March at 10:00 GMT", start, None, "GMT"),) if label is not Label.NOT_INVITE else (),
    )


def _view(**changes: Any) -> views.MessageView:
    slot_start = datetime(2025, 3, 13, 15, 0, tzinfo=UTC)
    values: dict[str, Any] = {
        "thread_id": "18f3a0000001a2b3",
        "message_id": "18f3a0000001a2b3",
        "subject": "Interview for the Platform Engineer role",
        "sender": "Dana Okafor <dana@lumen.example>",
        "detection": _detection(),
        "conflict": Conflict(free=False, overlapping=(BusyInterval(NOW, NOW + timedelta(hours=1), "Dentist"),)),
        "free_options": (),
        "slots": tuple(Interval(slot_start + timedelta(days=day), slot_start + timedelta(days=day, minutes=30)) for day in range(3)),
        "calendar_note": None,
    }
    values.update(changes)
    return views.MessageView(**values)


def _all_cards() -> list[tuple[str, Card]]:
    free = (Interval(datetime(2025, 3, 12, 10, 0, tzinfo=UTC), datetime(2025, 3, 12, 10, 30, tzinfo=UTC)),)
    summary = ThreadSummary("t1", "m1", "Dana <dana@lumen.example>", "Interview", NOW, "snippet", 1, False)
    settings = Settings(zone="Europe/London")
    return [
        ("conflict", views.message_card(_view(), settings, URLS, NOW)),
        ("free", views.message_card(_view(conflict=Conflict(free=True), free_options=free), settings, URLS, NOW)),
        ("no slots", views.message_card(_view(slots=(), conflict=None, calendar_note="Calendar unreadable"), settings, URLS, NOW)),
        ("not invite", views.not_invite_card(_view(detection=_detection(Label.NOT_INVITE)), URLS)),
        ("hostile", views.message_card(_view(subject=HOSTILE, sender=HOSTILE, detection=_detection(company=HOSTILE)), settings, URLS, NOW)),
        ("howto", views.homepage_card(None, URLS, settings, NOW)),
        ("no threads", views.homepage_card([], URLS, settings, NOW)),
        ("threads", views.homepage_card([InviteThread(summary, _detection())] * 30, URLS, settings, NOW)),
        ("settings", views.settings_card(settings, URLS)),
        ("settings problem", views.settings_card(settings, URLS, {"zone": "unknown time zone"})),
        ("problem", views.problem_card("Gmail is busy")),
    ]


@pytest.mark.parametrize(("name", "card"), _all_cards(), ids=[name for name, _ in _all_cards()])
def test_every_card_of_the_add_on_is_valid_in_every_wrapper(name: str, card: Card) -> None:
    for answer in (responses.show_card(card), responses.push_card(card), responses.update_card(card, "Saved")):
        check_response(answer)


def test_the_contextual_card_shows_the_detection_the_conflict_the_pickers_and_the_slots_in_the_users_zone() -> None:
    card = views.message_card(_view(), Settings(zone="Europe/London", default_tone=Tone.WARM), URLS, NOW).to_json()
    shown = texts(card)
    assert {"Lumen", "Platform Engineer", "Dana Okafor", "Clashes with Dentist"} <= set(shown)
    assert "Times to propose (your zone: Europe/London)" in shown
    assert "Thursday 13 March, 15:00–15:30 GMT" in shown
    widgets = [widget for section in card["sections"] for widget in section["widgets"]]
    selections = {w["selectionInput"]["name"]: w["selectionInput"] for w in widgets if "selectionInput" in w}
    assert set(selections) == {views.FIELD_TONE, views.FIELD_REASON, views.FIELD_SLOTS}
    assert [item["value"] for item in selections[views.FIELD_TONE]["items"] if item["selected"]] == ["warm"]
    assert len(selections[views.FIELD_SLOTS]["items"]) == 3 and all(i["selected"] for i in selections[views.FIELD_SLOTS]["items"])
    switches = {w["decoratedText"]["switchControl"]["name"] for w in widgets if "switchControl" in w.get("decoratedText", {})}
    assert switches == {views.FIELD_REFERRAL, views.FIELD_KEEP_DOOR_OPEN}
    buttons = [b["text"] for w in widgets if "buttonList" in w for b in w["buttonList"]["buttons"]]
    assert buttons == ["Create decline draft", "Create reschedule draft", "Settings"]  # no Accept: the time clashes


def test_accept_is_offered_only_when_a_proposed_time_is_free() -> None:
    free = (Interval(datetime(2025, 3, 12, 10, 0, tzinfo=UTC), datetime(2025, 3, 12, 10, 30, tzinfo=UTC)),)
    card = views.message_card(_view(conflict=Conflict(free=True), free_options=free), Settings(), URLS, NOW).to_json()
    widgets = [widget for section in card["sections"] for widget in section["widgets"]]
    actions = [b["onClick"]["action"] for w in widgets if "buttonList" in w for b in w["buttonList"]["buttons"]]
    drafts = [a for a in actions if a["function"] == "https://tactful.test/addon/draft"]
    assert [dict((p["key"], p["value"]) for p in a["parameters"])["action"] for a in drafts] == ["accept", "decline", "reschedule"]
    assert [a["function"] for a in actions if a not in drafts] == ["https://tactful.test/addon/settings"]


def test_the_homepage_lists_at_most_twenty_threads_each_opening_its_card() -> None:
    summary = ThreadSummary("t1", "m1", "Dana <dana@lumen.example>", "Interview", NOW, "snippet", 1, False)
    card = views.homepage_card([InviteThread(summary, _detection())] * 30, URLS, Settings(), NOW).to_json()
    items = card["sections"][0]["widgets"]
    assert len(items) == views.MAX_HOMEPAGE_THREADS
    assert items[0]["decoratedText"]["text"] == "Lumen · Platform Engineer"
    assert items[0]["decoratedText"]["onClick"]["action"] == {
        "function": "https://tactful.test/addon/message",
        "parameters": [{"key": "thread_id", "value": "t1"}, {"key": "message_id", "value": "m1"}],
    }


def test_the_response_wrappers_have_the_shapes_google_documents() -> None:
    card = views.problem_card("x")
    assert responses.show_card(card) == {"action": {"navigations": [{"pushCard": card.to_json()}]}}
    assert responses.push_card(card) == {"renderActions": {"action": {"navigations": [{"pushCard": card.to_json()}]}}}
    assert responses.update_card(card) == {"renderActions": {"action": {"navigations": [{"updateCard": card.to_json()}]}}}
    assert responses.notify("Done") == {"renderActions": {"action": {"notification": {"text": "Done"}}}}
    opened = responses.open_draft("r-123", "18f3a", "Draft created")
    assert opened == {
        "renderActions": {
            "hostAppAction": {"gmailAction": {"openCreatedDraftActionMarkup": {"draftId": "r-123", "draftThreadId": "18f3a"}}},
            "action": {"notification": {"text": "Draft created"}},
        }
    }
    assert check_response(opened) == "renderActions"
    consent = responses.request_scopes(["b", "a", "b"])
    assert consent == {"requesting_google_scopes": {"scopes": ["a", "b"]}}


@pytest.mark.parametrize(
    "bad",
    [
        {"renderActions": {"hostAppAction": {"gmailAction": {"openCreatedDraftAction": {"draftId": "r", "draftThreadId": "t"}}}}},
        {"renderActions": {"hostAppAction": {"gmailAction": {"openCreatedDraftActionMarkup": {"draftId": "r"}}}}},
        {"renderActions": {"action": {"navigations": []}}},
        {"action": {"navigation": [{"pushCard": {}}]}},
        {"renderActions": {"action": {"notification": {"text": ""}}}},
    ],
)
def test_the_response_check_refuses_wrong_wrapper_shapes(bad: dict[str, Any]) -> None:
    with pytest.raises((AssertionError, KeyError)):
        check_response(bad)
