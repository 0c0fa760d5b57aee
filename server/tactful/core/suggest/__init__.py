"""Suggested replies: which answer fits an interview message, for this user, and why.

``extract_facts`` reads the job's facts (each with its snippet), ``recommend`` applies
the rules of :mod:`.rules` to them, the user's :class:`Preferences` and the calendar.
Pure: no I/O, no clock.
"""

from tactful.core.suggest.extract import extract_facts
from tactful.core.suggest.facts import Fact, JobFacts, PayRange
from tactful.core.suggest.model import Evidence, Recommendation, Topic, Verdict
from tactful.core.suggest.payload import (
    InvalidPreferences,
    facts_json,
    preferences_from_json,
    preferences_json,
    recommendation_json,
    suggestion_line,
)
from tactful.core.suggest.preferences import (
    Arrangement,
    EmploymentType,
    Pay,
    PayPeriod,
    Preferences,
    ReplyStyle,
    Sector,
)
from tactful.core.suggest.rules import Timing, recommend

__all__ = [
    "Arrangement",
    "EmploymentType",
    "Evidence",
    "Fact",
    "InvalidPreferences",
    "JobFacts",
    "Pay",
    "PayPeriod",
    "PayRange",
    "Preferences",
    "Recommendation",
    "ReplyStyle",
    "Sector",
    "Timing",
    "Topic",
    "Verdict",
    "extract_facts",
    "facts_json",
    "preferences_from_json",
    "preferences_json",
    "recommend",
    "recommendation_json",
    "suggestion_line",
]
