"""The judgement: which reply fits a message, for this user, and why.

The rules, in the spirit of the seed articles, first match wins:

1. a message that is not about an interview needs no reply;
2. "not looking right now" → decline with the timing reason (withdraw from a fixed interview);
3. the role conflicts with a preference → decline with that reason (the door stays open);
4. an invitation that says nothing about what the user cares most about (arrangement,
   place, employment type) and nothing that fits → your call, saying what is missing;
   so does one that names the job's place but not whether it is remote, to a user who
   restricts the arrangement ("based in our Dublin office" may well mean on-site);
5. only the time is in the way → reschedule: the employer moves it, the proposed time
   clashes with the calendar or falls outside the user's working hours (when they take
   interviews), or every proposed time has passed;
6. a proposed time is free, or a booking link is offered → accept;
7. "when are you free?" → offer the user's times; a confirmation that fits → no reply.

Pay left unsaid never blocks a verdict: it is usually discussed later.  What is unknown
lowers the confidence and is listed in ``missing``.
"""

from __future__ import annotations

from dataclasses import dataclass

from tactful.core.compose.options import Reason
from tactful.core.model import Detection, Label
from tactful.core.slots.model import Conflict, Interval
from tactful.core.suggest.checks import Check, Fit, check_preferences
from tactful.core.suggest.facts import JobFacts
from tactful.core.suggest.model import Evidence, Recommendation, Topic, Verdict
from tactful.core.suggest.preferences import Preferences

_FIT_TOPICS = (Topic.ARRANGEMENT, Topic.LOCATION, Topic.EMPLOYMENT_TYPE)
_UNKNOWN_COST = 0.1  # confidence lost per preference the message does not let us check
_FLOOR = 0.55  # a verdict stays surer than "your call"
_NO_VERDICT = 0.5


@dataclass(frozen=True)
class Timing:
    """What the calendar says about the employer's proposed times.

    ``conflict`` is the check of the first proposed time; ``free_options`` the proposed
    times still ahead, free and inside the user's working hours; ``off_hours`` those
    ahead and free but outside them; ``calendar_checked`` is false when no calendar was read.
    """

    conflict: Conflict | None = None
    free_options: tuple[Interval, ...] = ()
    calendar_checked: bool = False
    off_hours: tuple[Interval, ...] = ()


def _when(moment: Interval) -> str:
    return f"{moment.start:%a %d %b %H:%M}–{moment.end:%H:%M}"


def _clashes(conflict: Conflict) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(Topic.CALENDAR, False,
                 f"The proposed time overlaps {getattr(busy, 'summary', None) or 'a busy time'} ({_when(busy)}).",
                 busy=busy)
        for busy in conflict.overlapping
    )


def _decline(conflicts: list[Check], fits: list[Check]) -> Recommendation:
    confidence = min(0.95, 0.85 + 0.05 * (len(conflicts) - 1))
    evidence = tuple(check.evidence() for check in conflicts + fits)
    return Recommendation(Verdict.DECLINE, conflicts[0].reason, confidence, evidence)


def _timing(detection: Detection, timing: Timing) -> tuple[Verdict, float, tuple[Evidence, ...]]:
    """The verdict when only the time matters, with its base confidence and evidence."""
    conflict = timing.conflict
    clashes = _clashes(conflict) if conflict is not None else ()
    if detection.label is Label.RESCHEDULE_REQUEST:
        return Verdict.RESCHEDULE, 0.9, (Evidence(Topic.REQUEST, True, "The employer asks to move the interview."),)
    if detection.label is Label.INVITE and timing.free_options:
        first = _when(timing.free_options[0])
        free = (Evidence(Topic.CALENDAR, True, f"{first} is free in your calendar.") if timing.calendar_checked
                else Evidence(Topic.REQUEST, True, f"They propose {first}; no calendar was checked."))
        return Verdict.ACCEPT, 0.9, (*clashes, free)
    if conflict is not None and not conflict.free:
        return Verdict.RESCHEDULE, 0.9, clashes
    if detection.label is Label.INVITE and timing.off_hours:
        late = Evidence(Topic.CALENDAR, False, f"{_when(timing.off_hours[0])} is outside your working hours.")
        return Verdict.RESCHEDULE, 0.85, (late,)
    if detection.label is Label.SCHEDULED:
        return Verdict.NO_REPLY, 0.9, (Evidence(Topic.REQUEST, True, "The interview is already fixed."),)
    if detection.proposed_times:
        return Verdict.RESCHEDULE, 0.8, (Evidence(Topic.REQUEST, False, "Every proposed time has passed."),)
    if detection.scheduling_link:
        return Verdict.ACCEPT, 0.8, (Evidence(Topic.REQUEST, True, "They offer a link to book a time."),)
    return Verdict.RESCHEDULE, 0.8, (Evidence(Topic.REQUEST, True, "They ask when you are free."),)


def _needs_calendar(detection: Detection, timing: Timing) -> bool:
    return bool(detection.proposed_times) and not timing.calendar_checked


def recommend(detection: Detection, facts: JobFacts, preferences: Preferences, timing: Timing) -> Recommendation:
    """The suggested reply for one message; see the module's docstring for the rules."""
    if detection.label is Label.NOT_INVITE:
        return Recommendation(Verdict.NO_REPLY, Reason.NONE, round(detection.confidence, 2))
    if preferences.not_looking:
        reason = Reason.WITHDRAWING if detection.label is Label.SCHEDULED else Reason.TIMING
        looking = Evidence(Topic.LOOKING, False, "You are not looking for a new job right now.")
        return Recommendation(Verdict.DECLINE, reason, 0.95, (looking,))
    checks = check_preferences(facts, preferences)
    conflicts = [check for check in checks if check.fit is Fit.CONFLICTS]
    fits = [check for check in checks if check.fit is Fit.FITS]
    if conflicts:
        return _decline(conflicts, fits)
    unknown = [check.topic for check in checks if check.fit is Fit.UNKNOWN]
    missing = tuple(topic.value for topic in unknown) + (("calendar",) if _needs_calendar(detection, timing) else ())
    verdict, confidence, evidence = _timing(detection, timing)
    evidence = tuple(check.evidence() for check in fits) + evidence
    placed_but_unsaid = Topic.ARRANGEMENT in unknown and bool(facts.locations)
    if detection.label is Label.INVITE and (placed_but_unsaid or (not fits and any(t in _FIT_TOPICS for t in unknown))):
        return Recommendation(Verdict.YOUR_CALL, Reason.NONE, _NO_VERDICT, evidence, missing)
    confidence = max(_FLOOR, confidence - _UNKNOWN_COST * len(missing))
    return Recommendation(verdict, Reason.NONE, round(confidence, 2), evidence, missing)
