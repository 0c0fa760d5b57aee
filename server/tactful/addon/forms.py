"""What the user filled in on a card, read from the event into Tactful's own values.

Form values come from Google but were typed or picked by the user: each one is checked,
and a bad one is a ``FormProblem`` shown back to the user, never an exception page.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from tactful.addon import views
from tactful.addon.events import AddonEvent
from tactful.addon.preferences_form import preferences_changes
from tactful.core.compose.options import Action, Reason, ReplyOptions, Tone
from tactful.core.slots.model import Interval
from tactful.service.settings import Settings, apply_changes

MAX_FREE_TEXT = 300
MAX_SLOTS = 5


class FormProblem(ValueError):
    """A card's form or parameters hold something Tactful cannot use; the message says what."""


def _member(kind: type[Reason] | type[Tone] | type[Action], value: str | None, default: Any) -> Any:
    if value is None:
        return default
    try:
        return kind(value)
    except ValueError:
        raise FormProblem(f"Unknown choice {value!r}.") from None


def reply_action(event: AddonEvent) -> Action:
    action: Action = _member(Action, event.parameters.get(views.PARAM_ACTION), None)
    if action is None:
        raise FormProblem("The button named no reply to draft.")
    return action


def reply_options(event: AddonEvent, defaults: ReplyOptions) -> ReplyOptions:
    """The card's choices over the user's defaults."""
    referral_name = (event.first(views.FIELD_REFERRAL_NAME) or "").strip()
    if len(referral_name) > MAX_FREE_TEXT:
        raise FormProblem(f"The name to suggest is longer than {MAX_FREE_TEXT} characters.")
    return replace(
        defaults,
        action=reply_action(event),
        reason=_member(Reason, event.first(views.FIELD_REASON), defaults.reason),
        tone=_member(Tone, event.first(views.FIELD_TONE), defaults.tone),
        keep_door_open=event.switched_on(views.FIELD_KEEP_DOOR_OPEN),
        referral=event.switched_on(views.FIELD_REFERRAL) or bool(referral_name),
        referral_name=referral_name or None,
    )


def _slot(value: str) -> Interval:
    start, _, end = value.partition("/")
    try:
        return Interval(datetime.fromisoformat(start), datetime.fromisoformat(end))
    except ValueError:
        raise FormProblem(f"Not a time slot: {value!r}.") from None


def chosen_slots(event: AddonEvent) -> tuple[Interval, ...]:
    """The ticked alternative times; at least one is needed to reschedule."""
    values = event.values(views.FIELD_SLOTS)
    if not values:
        raise FormProblem("Tick at least one time to propose.")
    if len(values) > MAX_SLOTS:
        raise FormProblem(f"Propose at most {MAX_SLOTS} times.")
    return tuple(_slot(value) for value in values)


def settings_changes(event: AddonEvent, current: Settings) -> Settings:
    """The settings card's fields applied to ``current``; raises ``InvalidRequest``."""
    changes: dict[str, object] = {
        name: value
        for name in (views.FIELD_WORKING_HOURS, views.FIELD_ZONE, views.FIELD_NAME, "default_reason", "default_tone")
        if (value := event.first(name)) is not None
    }
    count = event.first(views.FIELD_SLOT_COUNT)
    if count is not None:
        changes[views.FIELD_SLOT_COUNT] = int(count) if count.isdigit() else count
    changes[views.FIELD_HOLDS] = event.switched_on(views.FIELD_HOLDS)
    changes["preferences"] = preferences_changes(event)
    return apply_changes(current, changes)

