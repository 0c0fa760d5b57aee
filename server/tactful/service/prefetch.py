"""Read the calendar while the mailbox is read: the click-to-draft path's two calls overlap.

A draft needs the thread's newest message and the user's busy time.  The busy window
is known before the message is (from now to the slot horizon), so the query starts at
once on a worker thread; the reply then takes its busy time from the answer already on
its way.  A window the prefetch does not cover (a proposed time beyond the horizon, say)
is read the ordinary way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime

from tactful.core.slots.model import BusyInterval
from tactful.service.ports import Calendar


class PrefetchedCalendar:
    """A ``Calendar`` whose busy time for ``[start, end)`` is already being read."""

    def __init__(self, calendar: Calendar, start: datetime, end: datetime, answer: Future[Sequence[BusyInterval]]) -> None:
        self._calendar = calendar
        self._start = start
        self._end = end
        self._answer = answer

    def busy(self, start: datetime, end: datetime) -> Sequence[BusyInterval]:
        if not (self._start <= start and end <= self._end):
            return self._calendar.busy(start, end)
        return [interval for interval in self._answer.result() if interval.start < end and interval.end > start]


@contextmanager
def prefetched(calendar: Calendar, start: datetime, end: datetime) -> Iterator[PrefetchedCalendar]:
    """``calendar`` with ``[start, end)`` being read on a worker thread until the block ends.

    An error of the early read (``CalendarUnavailable``) surfaces where the busy time is
    used, as it would without the prefetch; unused, it is dropped with the thread.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="tactful-freebusy") as pool:
        yield PrefetchedCalendar(calendar, start, end, pool.submit(calendar.busy, start, end))
