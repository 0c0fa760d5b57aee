"""Preferences and recommendations as JSON: checked on the way in, plain on the way out."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

from tactful.core.slots.model import Interval
from tactful.core.suggest.facts import Fact, JobFacts, PayRange
from tactful.core.suggest.model import Evidence, Recommendation
from tactful.core.suggest.preferences import (
    Arrangement,
    EmploymentType,
    Pay,
    PayPeriod,
    Preferences,
    ReplyStyle,
    Sector,
)

E = TypeVar("E", bound=Enum)
_MAX_NAMES = 20
_MAX_NAME_LENGTH = 80  # with _MAX_NAMES, bounds the stored JSON (see tactful.storage.models)
_CURRENCY = re.compile(r"[A-Z]{3}")


class InvalidPreferences(ValueError):
    """Preferences the API cannot use; ``problems`` maps each bad field to why."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(f"{name}: {why}" for name, why in problems.items()))
        self.problems = problems


def _members(kind: type[E], value: object) -> frozenset[E]:
    names = ", ".join(str(member.value) for member in kind)
    if not isinstance(value, list):
        raise ValueError(f"must be a list of: {names}")
    try:
        return frozenset(kind(item) for item in value)
    except ValueError as error:
        raise ValueError(f"must be a list of: {names}") from error


def _names(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > _MAX_NAMES or not all(
        isinstance(item, str) and 0 < len(item.strip()) <= _MAX_NAME_LENGTH for item in value
    ):
        raise ValueError(f"must be a list of at most {_MAX_NAMES} names of 1 to {_MAX_NAME_LENGTH} characters")
    return tuple(dict.fromkeys(item.strip() for item in value))


def _pay(value: object) -> Pay | None:
    if value is None:
        return None
    shape = "must be null or {amount: a positive number, currency: a code like EUR, period: hour|day|month|year}"
    if not isinstance(value, dict) or set(value) - {"amount", "currency", "period"}:
        raise ValueError(shape)
    amount, currency, period = value.get("amount"), value.get("currency"), value.get("period", "year")
    if isinstance(amount, bool) or not isinstance(amount, int | float) or not amount > 0:
        raise ValueError(shape)
    if not isinstance(currency, str) or not _CURRENCY.fullmatch(currency.upper()):
        raise ValueError(shape)
    try:
        return Pay(float(amount), currency.upper(), PayPeriod(period))
    except ValueError as error:
        raise ValueError(shape) from error


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _style(value: object) -> ReplyStyle:
    try:
        return ReplyStyle(value)
    except ValueError as error:
        raise ValueError("must be one of " + ", ".join(style.value for style in ReplyStyle)) from error


_FIELDS: dict[str, Callable[[object], Any]] = {
    "arrangements": lambda value: _members(Arrangement, value),
    "locations": _names,
    "employment_types": lambda value: _members(EmploymentType, value),
    "minimum_pay": _pay,
    "avoid_companies": _names,
    "avoid_sectors": lambda value: _members(Sector, value),
    "not_looking": _flag,
    "style": _style,
}


def preferences_from_json(data: object, base: Preferences | None = None) -> Preferences:
    """``base`` (default: no preferences) with the fields of the JSON object ``data``.

    Checked as a whole: any bad field raises ``InvalidPreferences`` naming every problem.
    """
    if not isinstance(data, dict):
        raise InvalidPreferences({"preferences": "must be a JSON object"})
    problems: dict[str, str] = {}
    values: dict[str, Any] = {}
    for name, value in data.items():
        check = _FIELDS.get(name)
        if check is None:
            problems[name] = "unknown preference"
            continue
        try:
            values[name] = check(value)
        except ValueError as error:
            problems[name] = str(error)
    if problems:
        raise InvalidPreferences(problems)
    current = preferences_json(base or Preferences())
    merged = {name: _FIELDS[name](value) for name, value in current.items()} | values
    return Preferences(**merged)


def preferences_json(preferences: Preferences) -> dict[str, Any]:
    pay = preferences.minimum_pay
    return {
        "arrangements": sorted(item.value for item in preferences.arrangements),
        "locations": list(preferences.locations),
        "employment_types": sorted(item.value for item in preferences.employment_types),
        "minimum_pay": None if pay is None else {"amount": pay.amount, "currency": pay.currency,
                                                  "period": pay.period.value},
        "avoid_companies": list(preferences.avoid_companies),
        "avoid_sectors": sorted(item.value for item in preferences.avoid_sectors),
        "not_looking": preferences.not_looking,
        "style": preferences.style.value,
    }


def evidence_json(item: Evidence) -> dict[str, Any]:
    busy = item.busy
    return {
        "topic": item.topic.value,
        "fits": item.fits,
        "says": item.says,
        "snippet": item.snippet,
        "busy": None if busy is None else {"start": busy.start.isoformat(), "end": busy.end.isoformat(),
                                           "summary": getattr(busy, "summary", None)},
    }


def recommendation_json(recommendation: Recommendation) -> dict[str, Any]:
    """``{action, reason, confidence, evidence, missing}`` as the API and the CLI show it."""
    return {
        "action": recommendation.verdict.value,
        "reason": recommendation.reason.value,
        "confidence": recommendation.confidence,
        "evidence": [evidence_json(item) for item in recommendation.evidence],
        "missing": list(recommendation.missing),
    }


def _fact_value(value: object) -> object:
    if isinstance(value, PayRange):
        return {"low": value.low, "high": value.high, "currency": value.currency, "period": value.period.value}
    return value.value if isinstance(value, Enum) else value


def facts_json(facts: JobFacts) -> list[dict[str, Any]]:
    """Every fact read from the message, with the words it was read from."""
    groups: dict[str, tuple[Fact[Any], ...]] = {
        "arrangement": facts.arrangements,
        "location": facts.locations,
        "employment_type": facts.employment_types,
        "compensation": facts.pay,
        "sector": facts.sectors,
    }
    return [
        {"topic": topic, "value": _fact_value(fact.value), "snippet": fact.snippet}
        for topic, found in groups.items()
        for fact in found
    ]


def suggestion_line(message_id: str, facts: JobFacts, recommendation: Recommendation,
                    slots: tuple[Interval, ...]) -> dict[str, Any]:
    """One ``tactful suggest`` output object: ``id``, the recommendation, the facts, the slots."""
    offered = slots if recommendation.verdict.value == "reschedule" else ()
    return {
        "id": message_id,
        **recommendation_json(recommendation),
        "facts": facts_json(facts),
        "slots": [{"start": slot.start.isoformat(), "end": slot.end.isoformat()} for slot in offered],
    }
