"""JSON shapes of Tactful's results, as the CLI contracts in DESIGN.md define them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tactful.core.model import Detection, ProposedTime


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
