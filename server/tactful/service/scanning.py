"""Which reply a scan drafts for an interview message, before the user says anything."""

from __future__ import annotations

from tactful.core.compose.options import Action
from tactful.core.model import Detection, Label
from tactful.core.slots.model import Conflict, Interval


def choose_action(
    detection: Detection, conflict: Conflict | None, free_options: tuple[Interval, ...] = ()
) -> Action | None:
    """The reply a scan drafts, or ``None`` when the message needs no answer.

    - the employer asks to move the interview → propose new times;
    - an invitation with a proposed time that is free → accept it (the first free one);
    - a proposed or booked time clashes with the calendar, or every proposed time has
      passed → ask for another time;
    - an invitation with a booking link and no time → accept, saying the user will book;
    - an invitation with no time and no link ("when are you free?") → offer the user's times;
    - a confirmation whose time is free (or unknown) needs no answer.
    """
    if detection.label is Label.NOT_INVITE:
        return None
    if detection.label is Label.RESCHEDULE_REQUEST:
        return Action.RESCHEDULE
    if detection.label is Label.INVITE and free_options:
        return Action.ACCEPT
    if conflict is not None and not conflict.free:
        return Action.RESCHEDULE
    if detection.label is Label.SCHEDULED:
        return None
    if detection.proposed_times:
        return Action.RESCHEDULE  # every proposed time has passed or clashes
    return Action.ACCEPT if detection.scheduling_link else Action.RESCHEDULE
