"""Which reply a scan drafts for an interview message, before the user says anything."""

from __future__ import annotations

from tactful.core.compose.options import Action
from tactful.core.model import Detection
from tactful.core.slots.model import Conflict, Interval
from tactful.core.suggest import JobFacts, Preferences, Timing, recommend


def choose_action(
    detection: Detection, conflict: Conflict | None, free_options: tuple[Interval, ...] = ()
) -> Action | None:
    """The reply a scan drafts, or ``None`` when the message needs no answer.

    The judgement is :func:`tactful.core.suggest.recommend`'s, for a user with no job
    preferences; ``conflict`` is ``None`` when no calendar was read.  In short:
    - the employer asks to move the interview → propose new times;
    - an invitation with a proposed time that is free → accept it (the first free one);
    - a proposed or booked time clashes with the calendar, or every proposed time has
      passed → ask for another time;
    - an invitation with a booking link and no time → accept, saying the user will book;
    - an invitation with no time and no link ("when are you free?") → offer the user's times;
    - a confirmation whose time is free (or unknown) needs no answer.
    """
    timing = Timing(conflict, free_options, calendar_checked=conflict is not None)
    return recommend(detection, JobFacts(), Preferences(), timing).action
