"""JSON shapes of Tactful's results, as the CLI contracts in DESIGN.md define them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tactful.core.compose.options import Action
from tactful.core.model import Detection, ProposedTime
from tactful.core.slots.model import Interval
from tactful.service.replying import ReplyOutcome


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def proposed_time_json(time: ProposedTime) -> dict[str, Any]:
    return {
        "text": time.text,
        "start": _iso(time.start),
        "end": _iso(time.end) if time.end else None,
        "tz": time.tz,
    }


def detection_json(message_id: str, detection: Detection) -> dict[str, Any]:
    """One ``tactful classify`` output object."""
    return {
        "id": message_id,
        "label": detection.label.value,
        "confidence": detection.confidence,
        "company": detection.company,
        "role": detection.role,
        "recruiter_name": detection.recruiter_name,
        "recruiter_first_name": detection.recruiter_first_name,
        "proposed_times": [proposed_time_json(time) for time in detection.proposed_times],
        "duration_minutes": detection.duration_minutes,
        "timezone": detection.timezone,
        "format": detection.interview_format.value if detection.interview_format else None,
        "meeting_link": detection.meeting_link,
        "scheduling_link": detection.scheduling_link,
        "is_assessment": detection.is_assessment,
        "reasons": list(detection.reasons),
    }


def slot_json(slot: Interval) -> dict[str, str]:
    return {"start": _iso(slot.start), "end": _iso(slot.end)}


def draft_json(message_id: str, action: Action, outcome: ReplyOutcome) -> dict[str, Any]:
    """One ``tactful draft`` output object."""
    draft = outcome.draft
    result: dict[str, Any] = {
        "id": message_id,
        "action": action.value,
        "label": outcome.detection.label.value,
        "to": draft.to,
        "cc": draft.cc,
        "subject": draft.subject,
        "in_reply_to": draft.in_reply_to,
        "references": draft.references,
        "body_text": draft.body_text,
        "raw": draft.raw().decode("utf-8", errors="replace"),
    }
    if action is Action.RESCHEDULE:
        result["slots"] = [slot_json(slot) for slot in outcome.slots]
    if outcome.conflict is not None:
        result["proposed_time_free"] = outcome.conflict.free
        result["conflicts_with"] = [
            getattr(busy, "summary", None) or "busy" for busy in outcome.conflict.overlapping
        ]
    return result
