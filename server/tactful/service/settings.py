"""The user's settings: how replies default and when interviews may go.

One definition for every surface: local mode keeps them in a JSON file
(``tactful.adapters.settings_file``), the Google mode in its database
(``tactful.storage``).  Every change is validated as a whole, so a bad field never
half-applies.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tactful.core.compose.options import Action, Reason, ReplyOptions, Tone
from tactful.core.slots.working_hours import WorkingHours, parse_working_hours
from tactful.core.suggest import Preferences, preferences_from_json, preferences_json
from tactful.service.replying import Scheduling
from tactful.service.suggesting import scheduling_for

MIN_SLOTS, MAX_SLOTS = 1, 5


class InvalidRequest(ValueError):
    """A request body the API cannot use; ``problems`` maps each bad field to why."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(f"{name}: {why}" for name, why in problems.items()))
        self.problems = problems


@dataclass(frozen=True)
class Settings:
    working_hours: str = "Mon-Fri 09:00-17:00"
    zone: str = "UTC"
    default_tone: Tone = Tone.FORMAL
    default_reason: Reason = Reason.NONE
    slot_count: int = 3
    holds: bool = False  # hold each proposed slot on the calendar as a tentative event
    calendars: tuple[str, ...] = ("primary",)  # the calendars whose busy time counts (Google mode)
    preferences: Preferences = Preferences()  # what the user looks for in a job (suggested replies)
    draft_ahead: bool = False  # a scan drafts the suggested reply in each new invitation thread
    name: str | None = None  # the name replies are signed with

    @property
    def parsed_working_hours(self) -> WorkingHours:
        return parse_working_hours(self.working_hours)

    @property
    def zoneinfo(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    def scheduling(self, user_emails: tuple[str, ...] = ()) -> Scheduling:
        """What the slot engine needs from these settings (one slot for a user who prefers the one best time)."""
        return scheduling_for(self.preferences, Scheduling(
            zone=self.zoneinfo,
            working_hours=self.parsed_working_hours,
            count=self.slot_count,
            user_emails=user_emails,
        ))

    def reply_defaults(self, action: Action, user_name: str | None = None, user_email: str | None = None) -> ReplyOptions:
        """The user's reply defaults; a draft request always names its own action.

        Replies are signed with the name in these settings, else ``user_name``.
        """
        return ReplyOptions(
            action=action,
            user_tz=self.zone,
            reason=self.default_reason,
            tone=self.default_tone,
            user_name=self.name or user_name,
            user_email=user_email,
        )

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["default_tone"] = self.default_tone.value
        data["default_reason"] = self.default_reason.value
        data["calendars"] = list(self.calendars)
        data["preferences"] = preferences_json(self.preferences)
        return data


def _check_working_hours(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("must be text such as 'Mon-Fri 09:00-17:00'")
    parse_working_hours(value)
    return value.strip()


def _check_zone(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("must be an IANA time zone name such as 'Europe/Paris'")
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"unknown time zone {value!r}; use an IANA name such as 'Europe/Paris'") from error
    return value


def _check_slot_count(value: object) -> int:
    # bool is an int in Python; true is no slot count.
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_SLOTS <= value <= MAX_SLOTS:
        raise ValueError(f"must be a whole number from {MIN_SLOTS} to {MAX_SLOTS}")
    return value


def choice(kind: type[Tone] | type[Reason], value: object) -> Any:
    """``value`` as a member of the enum ``kind``, or a ``ValueError`` listing the choices."""
    try:
        return kind(value)
    except ValueError as error:
        names = ", ".join(member.value for member in kind)
        raise ValueError(f"must be one of {names}") from error


def check_flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


MAX_CALENDARS = 10
_MAX_CALENDAR_ID = 255


def _check_calendars(value: object) -> tuple[str, ...]:
    if (
        not isinstance(value, list)
        or not 1 <= len(value) <= MAX_CALENDARS
        or not all(isinstance(item, str) and 0 < len(item.strip()) <= _MAX_CALENDAR_ID and " " not in item.strip() for item in value)
    ):
        raise ValueError(f"must be a list of 1 to {MAX_CALENDARS} calendar ids, such as [\"primary\"]")
    return tuple(dict.fromkeys(item.strip() for item in value))


MAX_NAME = 100


def _check_name(value: object) -> str | None:
    """A name to sign with: one line of at most ``MAX_NAME`` characters, or null for none."""
    if value is None:
        return None
    if not isinstance(value, str) or len(value.strip()) > MAX_NAME or any(char in value for char in "\r\n"):
        raise ValueError(f"must be null or one line of at most {MAX_NAME} characters")
    return value.strip() or None


_CHECKS = {
    "working_hours": _check_working_hours,
    "zone": _check_zone,
    "default_tone": lambda value: choice(Tone, value),
    "default_reason": lambda value: choice(Reason, value),
    "slot_count": _check_slot_count,
    "holds": check_flag,
    "calendars": _check_calendars,
    "draft_ahead": check_flag,
    "name": _check_name,
}


def apply_changes(settings: Settings, changes: object) -> Settings:
    """``settings`` with the fields of the JSON object ``changes``; raises ``InvalidRequest``."""
    if not isinstance(changes, dict):
        raise InvalidRequest({"body": "must be a JSON object"})
    known = {field.name for field in fields(Settings)}
    problems = {name: "unknown setting" for name in changes if name not in known}
    values: dict[str, Any] = {}
    for name, value in changes.items():
        if name in known:
            try:
                # Preferences change field by field, like the settings around them.
                values[name] = (preferences_from_json(value, settings.preferences) if name == "preferences"
                                else _CHECKS[name](value))
            except ValueError as error:
                problems[name] = str(error)
    if problems:
        raise InvalidRequest(problems)
    return replace(settings, **values)
