"""The dates and times found in one message, as the pairing step sees them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from tactful.core.times.clock import TimeMention
from tactful.core.times.dates import DateMention
from tactful.core.times.zones import Zone


@dataclass(frozen=True)
class DateItem:
    """A date mention resolved to a day; ``negative`` when it is not a proposal
    (a deadline, a past or cancelled day, a weekday range)."""

    mention: DateMention
    day: date | None
    negative: bool

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def end(self) -> int:
        return self.mention.end


@dataclass(frozen=True)
class TimeItem:
    """A time mention with the zone written right after it (``end`` includes that zone).

    ``negative`` when it is not a proposal (a deadline, an end, the cancelled time, the
    same time restated in another zone); ``moves`` when it moves the booked meeting to a
    new time of the same day ("can we push it to 3?", "can we do 4 instead?").
    """

    mention: TimeMention
    end: int
    zone: Zone | None
    negative: bool
    moves: bool = False

    @property
    def start(self) -> int:
        return self.mention.start


@dataclass(frozen=True)
class Context:
    """What the whole message says that applies to each pair."""

    text: str
    lowered: str
    sent_at: datetime | None
    default_zone: Zone | None
    thread_time: time | None = None
    """The clock time of the slot the thread agreed before this message: what "same time"
    means when the text names no time before it ("can we do Friday, same time?")."""
