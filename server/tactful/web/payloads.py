"""JSON in and out of the extension API: request checks and response shapes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from tactful.core.compose.options import Action, Length, Reason, ReplyOptions, Tone
from tactful.core.slots.model import Conflict, Interval
from tactful.core.suggest import facts_json, recommendation_json
from tactful.jsonout import detection_json, draft_json, proposed_time_json, slot_json
from tactful.service.ahead import AheadResult
from tactful.service.threads import DraftResult, InviteThread, Suggestion
from tactful.service.settings import InvalidRequest, check_flag

MAX_DAYS = 365
_MAX_FREE_TEXT = 300
_MAX_ID = 255
_FLAGS = {"keep_door_open": "keep_door_open", "include_cc": "include_cc", "list_slots": "list_slots_even_with_link"}


def days_param(text: str | None, default: int = 30) -> int:
    if text is None:
        return default
    if not text.isdigit() or not 1 <= int(text) <= MAX_DAYS:
        raise InvalidRequest({"days": f"must be a whole number from 1 to {MAX_DAYS}"})
    return int(text)


def _enum(kind: type[Action] | type[Reason] | type[Tone] | type[Length], value: object) -> Any:
    try:
        return kind(value)
    except ValueError as error:
        raise ValueError("must be one of " + ", ".join(member.value for member in kind)) from error


def _free_text(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > _MAX_FREE_TEXT:
        raise ValueError(f"must be text of at most {_MAX_FREE_TEXT} characters")
    return value.strip() or None


def _referral(value: object) -> tuple[bool, str | None]:
    """``referral`` is true/false, or the name of the person suggested."""
    if isinstance(value, bool):
        return value, None
    return True, _free_text(value)


def message_id_param(text: str | None) -> str | None:
    """The optional ``message_id`` query parameter; raises ``InvalidRequest``."""
    if text is None:
        return None
    try:
        return _message_id(text)
    except ValueError as error:
        raise InvalidRequest({"message_id": str(error)}) from error


@dataclass(frozen=True)
class DraftRequest:
    """A draft request: the reply options, and the message the user has open if they say."""

    options: ReplyOptions
    message_id: str | None = None


def _message_id(value: object) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > _MAX_ID:
        raise ValueError(f"must be a message id of at most {_MAX_ID} characters")
    return value.strip()


def draft_request(body: object, defaults: ReplyOptions) -> DraftRequest:
    """The draft request ``body`` applied over the user's defaults; raises ``InvalidRequest``."""
    if not isinstance(body, dict):
        raise InvalidRequest({"body": "must be a JSON object with at least 'action'"})
    problems: dict[str, str] = {}
    changes: dict[str, Any] = {}
    message_id: str | None = None
    checks: dict[str, Any] = {
        "action": lambda value: {"action": _enum(Action, value)},
        "reason": lambda value: {"reason": _enum(Reason, value)},
        "tone": lambda value: {"tone": _enum(Tone, value)},
        "length": lambda value: {"length": _enum(Length, value)},
        "referral": lambda value: dict(zip(("referral", "referral_name"), _referral(value), strict=True)),
        "reschedule_reason": lambda value: {"reschedule_reason": _free_text(value)},
        **{name: (lambda value, field=field: {field: check_flag(value)}) for name, field in _FLAGS.items()},
    }
    if "action" not in body:
        problems["action"] = "is required: " + ", ".join(action.value for action in Action)
    for name, value in body.items():
        try:
            if name == "message_id":
                message_id = _message_id(value)
                continue
            check = checks.get(name)
            if check is None:
                problems[name] = "unknown option"
                continue
            changes.update(check(value))
        except ValueError as error:
            problems[name] = str(error)
    if problems:
        raise InvalidRequest(problems)
    return DraftRequest(replace(defaults, **changes), message_id)


def thread_json(item: InviteThread) -> dict[str, Any]:
    summary, detection = item.summary, item.detection
    return {
        "thread_id": summary.thread_id,
        "message_id": summary.message_id,
        "subject": summary.subject,
        "sender": summary.sender,
        "received": summary.received.isoformat(),
        "snippet": summary.snippet,
        "message_count": summary.message_count,
        "has_draft": summary.has_draft,
        "label": detection.label.value,
        "company": detection.company,
        "role": detection.role,
        "recruiter_name": detection.recruiter_name,
        "proposed_times": [proposed_time_json(time) for time in detection.proposed_times],
        "scheduling_link": detection.scheduling_link,
    }


def _conflict_json(conflict: Conflict | None) -> dict[str, Any] | None:
    if conflict is None:
        return None
    return {
        "free": conflict.free,
        "overlapping": [
            {**slot_json(busy), "summary": getattr(busy, "summary", None)} for busy in conflict.overlapping
        ],
    }


def _slots(intervals: tuple[Interval, ...]) -> list[dict[str, str]]:
    return [slot_json(slot) for slot in intervals]


def suggestion_json(thread_id: str, suggestion: Suggestion) -> dict[str, Any]:
    email = suggestion.email
    return {
        "thread_id": thread_id,
        "message_id": email.id,
        "subject": email.subject,
        "sender": f"{email.from_name} <{email.from_email}>" if email.from_name else email.from_email,
        "detection": detection_json(email.id, suggestion.detection),
        "conflict": _conflict_json(suggestion.conflict),
        "free_options": _slots(suggestion.free_options),
        "slots": _slots(suggestion.slots),
        "recommended_action": suggestion.action.value if suggestion.action else None,
        "suggestion": {**recommendation_json(suggestion.recommendation), "facts": facts_json(suggestion.facts)},
    }


def ahead_json(result: AheadResult) -> dict[str, Any]:
    recommendation = result.recommendation
    return {
        "thread_id": result.thread_id,
        "status": result.status.value,
        "action": recommendation.verdict.value if recommendation else None,
        "reason": recommendation.reason.value if recommendation else None,
        "draft_id": result.saved.draft_id if result.saved else None,
    }


def draft_result_json(thread_id: str, action: Action, result: DraftResult, open_url: str | None) -> dict[str, Any]:
    """The draft answer; ``open_url`` opens the draft in the user's mail client (Gmail)."""
    shown = draft_json(result.saved.message_id, action, result.outcome)
    del shown["raw"], shown["id"]
    return {
        "thread_id": thread_id,
        "draft_id": result.saved.draft_id,
        "draft_message_id": result.saved.message_id,
        "draft_thread_id": result.saved.thread_id,
        "open_url": open_url,
        "status": result.status.value,
        **shown,
    }
