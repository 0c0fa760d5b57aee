"""What the user chose for a reply: the action, the reason, the tone and the extras."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Action(str, Enum):
    DECLINE = "decline"
    RESCHEDULE = "reschedule"
    ACCEPT = "accept"


class Reason(str, Enum):
    """Why the user declines; ``NONE`` leaves the reason out of the draft entirely."""

    ACCEPTED_OTHER_OFFER = "accepted_other_offer"
    NOT_RIGHT_FIT = "not_right_fit"
    TIMING = "timing"
    LOCATION = "location"
    EMPLOYMENT_TYPE = "employment_type"
    COMPENSATION = "compensation"
    WITHDRAWING = "withdrawing"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"
    NONE = "none"


class Tone(str, Enum):
    FORMAL = "formal"
    WARM = "warm"


class Length(str, Enum):
    SHORT = "short"
    FULL = "full"


@dataclass(frozen=True)
class ReplyOptions:
    """The user's choices for one draft.

    ``referral_name`` and ``reschedule_reason`` are free text typed by the user: they go
    into the draft as written (whitespace tidied) and are escaped in the HTML part.
    ``user_tz`` is the IANA zone the user lives in; slots are shown in it when the
    recruiter's zone is unknown or differs.
    """

    action: Action
    user_tz: str
    reason: Reason = Reason.NONE
    tone: Tone = Tone.FORMAL
    length: Length = Length.SHORT
    keep_door_open: bool = True
    referral: bool = False
    referral_name: str | None = None
    include_cc: bool = False
    list_slots_even_with_link: bool = False
    user_name: str | None = None
    user_email: str | None = None
    reschedule_reason: str | None = None

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.user_tz)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone for the user: {self.user_tz!r}") from exc
