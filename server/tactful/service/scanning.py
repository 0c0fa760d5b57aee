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
    - a proposed or booked time clashes with the calendar → ask for another time;
    - an invitation with no time (a booking link, or "when are you free?") → offer times;
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
    return Action.ACCEPT if detection.proposed_times else Action.RESCHEDULE
