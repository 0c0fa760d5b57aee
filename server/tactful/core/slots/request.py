"""Everything the slot engine needs to know besides the busy time and the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time, timedelta
from zoneinfo import ZoneInfo

from tactful.core.model import InterviewFormat
from tactful.core.slots.model import Interval
from tactful.core.slots.working_hours import STANDARD_WEEK, WorkingHours

MAX_PROPOSALS = 5
_DAY = timedelta(days=1)


def default_duration(interview_format: InterviewFormat | None) -> timedelta:
    """Interview length to plan for when neither the user nor the invite gives one.

    A first call or phone screen is usually half an hour; video and on-site
    conversations tend to run longer, so they get 45 minutes.
    """
    if interview_format in (InterviewFormat.VIDEO, InterviewFormat.ONSITE):
        return timedelta(minutes=45)
    return timedelta(minutes=30)


@dataclass(frozen=True)
class SlotRequest:
    """The knobs of one slot search; every one but ``zone`` has a default.

    zone: the user's time zone; working hours, lunch, alignment and "next business
        day" are read on its wall clock.
    working_hours: when the user takes interviews (default Mon-Fri 09:00-17:00).
    duration: interview length.  ``None``: the length of the first ``original`` time
        when it has one, else :func:`default_duration` of ``interview_format``.
    interview_format: only used for the default duration.
    original: the time(s) the employer proposed and the user cannot make; no proposal
        overlaps them (or their buffer).  A zero-length one stands for ``duration``.
    min_notice: earliest start, counted from ``now``.  ``None`` (default): the start of
        the next local day with working hours, i.e. the next business day.
    horizon: proposals end at most this long after ``now`` (default 14 days).
    buffer: free time kept before and after every busy interval (default 15 min).
    lunch: an optional daily wall-clock break, e.g. ``(time(12), time(13))``.
    recruiter_zone / recruiter_hours: when the zone is known, slots inside the
        recruiter's working hours (default Mon-Fri 09:00-17:00 there) are preferred,
        and no slot starts or ends at a time that is ambiguous on their clock.
    count: how many proposals, 1 to 5 (default 3).
    granularity: starts fall on multiples of this after local midnight (default 30
        min, i.e. :00 and :30); whole minutes dividing a day.
    """

    zone: ZoneInfo
    working_hours: WorkingHours = STANDARD_WEEK
    duration: timedelta | None = None
    interview_format: InterviewFormat | None = None
    original: tuple[Interval, ...] = ()
    min_notice: timedelta | None = None
    horizon: timedelta = timedelta(days=14)
    buffer: timedelta = timedelta(minutes=15)
    lunch: tuple[time, time] | None = None
    recruiter_zone: ZoneInfo | None = None
    recruiter_hours: WorkingHours = STANDARD_WEEK
    count: int = 3
    granularity: timedelta = timedelta(minutes=30)

    def __post_init__(self) -> None:
        if not 1 <= self.count <= MAX_PROPOSALS:
            raise ValueError(f"count must be between 1 and {MAX_PROPOSALS}, got {self.count}")
        minute = timedelta(minutes=1)
        if self.granularity <= timedelta(0) or self.granularity % minute or _DAY % self.granularity:
            raise ValueError(f"granularity must be whole minutes dividing a day: {self.granularity}")
        if self.duration is not None and self.duration <= timedelta(0):
            raise ValueError(f"duration must be positive: {self.duration}")
        if self.horizon <= timedelta(0):
            raise ValueError(f"horizon must be positive: {self.horizon}")
        if self.buffer < timedelta(0):
            raise ValueError(f"buffer cannot be negative: {self.buffer}")
        if self.min_notice is not None and self.min_notice < timedelta(0):
            raise ValueError(f"min_notice cannot be negative: {self.min_notice}")
        if self.lunch is not None and not self.lunch[0] < self.lunch[1]:
            raise ValueError(f"lunch must end after it starts: {self.lunch}")

    @property
    def interview_length(self) -> timedelta:
        """The duration to book, after applying the defaults described above."""
        if self.duration is not None:
            return self.duration
        if self.original and self.original[0].end > self.original[0].start:
            return self.original[0].end - self.original[0].start
        return default_duration(self.interview_format)
