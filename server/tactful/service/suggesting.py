"""The suggestion use case: for one message, the reply that fits, with the times it would offer."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from tactful.core.compose.options import Action, ReplyOptions
from tactful.core.model import Detection, Email
from tactful.core.slots.model import Interval
from tactful.core.suggest import JobFacts, Preferences, Recommendation, ReplyStyle, Timing, extract_facts, recommend
from tactful.service.ports import Calendar
from tactful.service.replying import ReplyOutcome, Scheduling, draft_reply


@dataclass(frozen=True)
class SuggestedReply:
    """The recommendation and what it was judged on; ``outcome.slots`` are the times a
    reschedule would offer (one when the user prefers the one best time)."""

    facts: JobFacts
    recommendation: Recommendation
    outcome: ReplyOutcome


def scheduling_for(preferences: Preferences, scheduling: Scheduling) -> Scheduling:
    """The slot request the user's reply style asks for."""
    return replace(scheduling, count=1) if preferences.style is ReplyStyle.ONE_TIME else scheduling


def suggest_reply(
    email: Email,
    preferences: Preferences,
    options: ReplyOptions,
    scheduling: Scheduling,
    now: datetime,
    calendar: Calendar | None = None,
    detection: Detection | None = None,
) -> SuggestedReply:
    """Detect, check the proposed time, find alternative slots, and judge which reply fits.

    Raises ``CalendarUnavailable`` when the calendar cannot be read, and ``ValueError``
    when the message gives no address to reply to.
    """
    outcome = draft_reply(
        email, replace(options, action=Action.RESCHEDULE), scheduling_for(preferences, scheduling), now, calendar,
        detection,
    )
    facts = extract_facts(email, outcome.detection)
    zone = scheduling.zone
    free = tuple(Interval(option.start.astimezone(zone), option.end.astimezone(zone)) for option in outcome.free_options)
    inside = tuple(option for option in free if scheduling.working_hours.covers(option, zone))
    off_hours = tuple(option for option in free if option not in inside)
    timing = Timing(outcome.conflict, inside, calendar_checked=calendar is not None, off_hours=off_hours)
    return SuggestedReply(facts, recommend(outcome.detection, facts, preferences, timing), outcome)


def draft_suggested(
    email: Email,
    preferences: Preferences,
    options: ReplyOptions,
    scheduling: Scheduling,
    now: datetime,
    calendar: Calendar | None = None,
    detection: Detection | None = None,
) -> tuple[SuggestedReply, ReplyOutcome | None]:
    """The suggestion and the reply it recommends, composed (``None`` for no reply or the user's call).

    A decline gives the suggested reason; ``options`` supply the rest (tone, the user's
    name, the reason of a reply that is no decline).
    """
    suggested = suggest_reply(email, preferences, options, scheduling, now, calendar, detection)
    recommendation = suggested.recommendation
    action = recommendation.action
    if action is None or action is Action.RESCHEDULE:
        return suggested, None if action is None else suggested.outcome
    reason = recommendation.reason if action is Action.DECLINE else options.reason
    chosen = replace(options, action=action, reason=reason)
    outcome = draft_reply(email, chosen, scheduling_for(preferences, scheduling), now, calendar,
                          suggested.outcome.detection)
    return suggested, outcome
