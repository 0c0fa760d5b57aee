"""What the add-on's endpoints answer Google: the render-action wrappers around cards.

A trigger (homepage, opened message) answers ``{"action": {"navigations": [...]}}``; a
card's button answers inside ``renderActions``.  No package defines these shapes, so
each one is written here once, from GOOGLE_FACTS.md §1.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tactful.addon.cards import Card

Json = dict[str, Any]


def show_card(card: Card) -> Json:
    """The answer to a trigger: the card to show."""
    return {"action": {"navigations": [{"pushCard": card.to_json()}]}}


def push_card(card: Card) -> Json:
    """The answer to a button: open ``card`` on top of the current one."""
    return {"renderActions": {"action": {"navigations": [{"pushCard": card.to_json()}]}}}


def update_card(card: Card, notification: str | None = None) -> Json:
    """The answer to a button: replace the current card with ``card``, optionally saying why."""
    action: Json = {"navigations": [{"updateCard": card.to_json()}]}
    if notification:
        action["notification"] = {"text": notification}
    return {"renderActions": {"action": action}}


def notify(text: str) -> Json:
    """The answer to a button: a short notification, the card stays."""
    return {"renderActions": {"action": {"notification": {"text": text}}}}


def open_draft(draft_id: str, thread_id: str, text: str) -> Json:
    """Open the draft just saved (``thread_id``: the hex id Gmail's API gave) and say so."""
    return {
        "renderActions": {
            "hostAppAction": {
                "gmailAction": {"openCreatedDraftActionMarkup": {"draftId": draft_id, "draftThreadId": thread_id}}
            },
            "action": {"notification": {"text": text}},
        }
    }


def request_scopes(scopes: Iterable[str]) -> Json:
    """Granular consent: ask Google to let the user grant ``scopes`` that are missing."""
    return {"requesting_google_scopes": {"scopes": sorted(set(scopes))}}
