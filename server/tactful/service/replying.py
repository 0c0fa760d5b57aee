"""The reply use case: from one message and the user's choices to a finished draft."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from tactful.core.compose.context import recruiter_zone
from tactful.core.compose.draft import Draft, compose_reply
from tactful.core.compose.options import Action, ReplyOptions
from tactful.core.detect import detect
from tactful.core.model import Detection, Email, ProposedTime
from tactful.core.slots.conflict import check_conflict
from tactful.core.slots.engine import propose_slots
from tactful.core.slots.model import Conflict, Interval, Slot
from tactful.core.slots.request import SlotRequest, default_duration
from tactful.core.slots.working_hours import STANDARD_WEEK, WorkingHours
from tactful.service.ports import Calendar

_CALENDAR_MARGIN = timedelta(days=1)


class SlotsTaken(ValueError):
    """Every slot the user chose is past or busy now."""


@dataclass(frozen=True)
class Scheduling:
    """The user's scheduling preferences, as the slot engine needs them."""

    zone: ZoneInfo
    working_hours: WorkingHours = STANDARD_WEEK
    count: int = 3
    duration: timedelta | None = None
    horizon: timedelta = timedelta(days=14)
    user_emails: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ReplyOutcome:
    """A drafted reply and what went into it."""

    detection: Detection
    draft: Draft
    slots: tuple[Slot, ...]
    conflict: Conflict | None
    free_options: tuple[Interval, ...] = ()


def _as_interval(time: ProposedTime, length: timedelta, fallback_zone: tzinfo) -> Interval:
    """A proposed time as an interval; a time given without zone is read on ``fallback_zone``."""
    start = time.start if time.start.tzinfo else time.start.replace(tzinfo=fallback_zone)
    end = time.end if time.end and time.end > time.start else None
    if end is not None and end.tzinfo is None:
        end = end.replace(tzinfo=fallback_zone)
    return Interval(start, end or start + length)


def as_zoneinfo(zone: tzinfo | None) -> ZoneInfo | None:
    """The recruiter's zone as the slot engine takes it.

    A zone known only as a whole-hour offset ("UTC+8") becomes the matching fixed IANA
    zone, ``Etc/GMT-8`` (those names count the sign the other way round), so the
    recruiter's working hours are still respected.
    """
    if zone is None or isinstance(zone, ZoneInfo):
        return zone
    offset = zone.utcoffset(None)
    if offset is None or offset.total_seconds() % 3600:
        return None
    hours = int(offset.total_seconds() // 3600)
    return ZoneInfo("Etc/GMT" if hours == 0 else f"Etc/GMT{-hours:+d}")


def proposed_intervals(detection: Detection, zone: ZoneInfo, duration: timedelta | None) -> tuple[Interval, ...]:
    """The employer's proposed times as intervals of the interview's length."""
    if duration is None:
        duration = (
            timedelta(minutes=detection.duration_minutes)
            if detection.duration_minutes
            else default_duration(detection.interview_format)
        )
    fallback = recruiter_zone(detection) or zone
    return tuple(_as_interval(time, duration, fallback) for time in detection.proposed_times)


def busy_window(scheduling: Scheduling, now: datetime, proposed: tuple[Interval, ...] = ()) -> tuple[datetime, datetime]:
    """The span of busy time a reply reads: from now (or the earliest proposed time) to
    the slot horizon (or the latest proposed time), plus a day's margin."""
    start = min([now, *(option.start for option in proposed)])
    end = max([now + scheduling.horizon, *(option.end for option in proposed)]) + _CALENDAR_MARGIN
    return start, end


def draft_reply(
    email: Email,
    options: ReplyOptions,
    scheduling: Scheduling,
    now: datetime,
    calendar: Calendar | None = None,
    detection: Detection | None = None,
    chosen_slots: Sequence[Slot] | None = None,
) -> ReplyOutcome:
    """Detect (unless given), check the proposed time, find slots when rescheduling, compose.

    ``chosen_slots`` are the alternatives the user picked among those suggested: a
    reschedule proposes those of them that are still free and ahead, instead of the
    engine's choice.

    Raises ``CalendarUnavailable`` when a reschedule needs the calendar and it cannot be
    read: proposing times that may not be free would be worse than no draft; and
    ``SlotsTaken`` when none of the chosen slots is free any more.
    """
    if detection is None:
        detection = detect(email, user_emails=scheduling.user_emails)
    originals = proposed_intervals(detection, scheduling.zone, scheduling.duration)
    wants_calendar = options.action is Action.RESCHEDULE or bool(originals)
    busy = calendar.busy(*busy_window(scheduling, now, originals)) if calendar is not None and wants_calendar else ()
    conflict = check_conflict(originals[0], busy) if originals and calendar is not None else None
    free_options = tuple(
        option for option in originals if option.start > now and check_conflict(option, busy).free
    )

    slots: tuple[Slot, ...] = ()
    if options.action is Action.ACCEPT and free_options and conflict is not None and not conflict.free:
        # The first proposed time clashes but another option is free: accept that one.
        slots = (free_options[0],)
    elif options.action is Action.RESCHEDULE and chosen_slots is not None:
        slots = tuple(slot for slot in chosen_slots if slot.start > now and check_conflict(slot, busy).free)
        if not slots:
            raise SlotsTaken("None of the chosen times is free any more; pick others.")
    elif options.action is Action.RESCHEDULE:
        zone = recruiter_zone(detection)
        request = SlotRequest(
            zone=scheduling.zone,
            working_hours=scheduling.working_hours,
            duration=scheduling.duration,
            interview_format=detection.interview_format,
            original=originals,
            horizon=scheduling.horizon,
            recruiter_zone=as_zoneinfo(zone),
            count=scheduling.count,
        )
        if scheduling.duration is None and detection.duration_minutes:
            request = replace(request, duration=timedelta(minutes=detection.duration_minutes))
        slots = tuple(propose_slots(busy, request, now))
    draft = compose_reply(email, detection, options, slots, now)
    return ReplyOutcome(detection=detection, draft=draft, slots=slots, conflict=conflict, free_options=free_options)
