"""The template variables of a draft, built from the detection and the user's options.

Every value is plain text already cleaned (one line, no placeholder words), or a
bool, or a list of such text: templates only decide wording, never tidy data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from tactful.core.compose import clean
from tactful.core.compose.options import Action, ReplyOptions
from tactful.core.compose.timefmt import describe, zone_from_name
from tactful.core.model import Detection, ProposedTime
from tactful.core.slots.model import Slot

MAX_SLOTS = 5
"""A reschedule proposes at most this many slots; more is a chore to read."""


def recruiter_zone(detection: Detection) -> tzinfo | None:
    """The zone the recruiter works in, as far as the detection tells: its zone, else
    the zone or fixed offset of the first proposed time."""
    zone = zone_from_name(detection.timezone)
    if zone is not None or not detection.proposed_times:
        return zone
    first = detection.proposed_times[0]
    return zone_from_name(first.tz) or first.start.tzinfo


def _span(proposed: ProposedTime, duration_minutes: int | None) -> tuple[datetime, datetime | None]:
    if proposed.end is not None:
        return proposed.start, proposed.end
    if duration_minutes:
        return proposed.start, proposed.start + timedelta(minutes=duration_minutes)
    return proposed.start, None


def _confirmed_time(
    detection: Detection, slots: Sequence[Slot], shown_in: tzinfo | None, user_zone: tzinfo, year: int | None
) -> str:
    """The time an accept confirms: the slot the caller chose, else the first time the
    employer proposed; ``""`` when neither is known."""
    if slots:
        return describe(slots[0].start, slots[0].end, shown_in, user_zone, this_year=year)
    return _proposed_time(detection, shown_in, user_zone, year)


def _proposed_time(
    detection: Detection, shown_in: tzinfo | None, user_zone: tzinfo, year: int | None
) -> str:
    if not detection.proposed_times:
        return ""
    start, end = _span(detection.proposed_times[0], detection.duration_minutes)
    return describe(start, end, shown_in, user_zone, this_year=year)


def template_variables(
    detection: Detection,
    options: ReplyOptions,
    slots: Sequence[Slot],
    now: datetime | None,
) -> dict[str, object]:
    """Everything the reply templates may use, keyed by variable name."""
    user_zone = ZoneInfo(options.user_tz)
    shown_in = recruiter_zone(detection)
    year = now.astimezone(shown_in or user_zone).year if now is not None else None
    link = clean.url(detection.scheduling_link)
    if options.action is Action.ACCEPT:
        when = _confirmed_time(detection, slots, shown_in, user_zone, year)
    else:
        when = _proposed_time(detection, shown_in, user_zone, year)
    offered = [] if options.action is not Action.RESCHEDULE else [
        describe(slot.start, slot.end, shown_in, user_zone, this_year=year) for slot in slots[:MAX_SLOTS]
    ]
    return {
        "action": options.action.value,
        "label": detection.label.value,
        "tone": options.tone.value,
        "length": options.length.value,
        "reason": options.reason.value,
        "door_open": options.keep_door_open,
        "referral": options.referral,
        "referral_name": clean.field(options.referral_name),
        "first_name": clean.first_name(detection.recruiter_first_name),
        "company": clean.company(detection.company),
        "role": clean.role(detection.role),
        "user_name": clean.field(options.user_name),
        "interview_format": detection.interview_format.value if detection.interview_format else "",
        "is_assessment": detection.is_assessment,
        "when": when,
        "slots": offered,
        "use_scheduling_link": bool(link) and not options.list_slots_even_with_link,
        "has_scheduling_link": bool(link),
        "meeting_link": clean.url(detection.meeting_link),
        "reschedule_reason": clean.sentence(options.reschedule_reason),
    }
