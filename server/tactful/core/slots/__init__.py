"""Free-slot engine: which alternative interview times to propose.

``propose_slots`` gives a short menu, ``best_slot`` one time, ``check_conflict`` says
whether an employer's proposed time is free.  Interval algebra lives in
:mod:`.intervals`, wall-clock handling in :mod:`.localtime`, candidate generation and
ranking in :mod:`.engine`.
"""

from tactful.core.slots.conflict import check_conflict
from tactful.core.slots.engine import best_slot, propose_slots
from tactful.core.slots.model import BusyInterval, Conflict, Interval, Slot
from tactful.core.slots.request import MAX_PROPOSALS, SlotRequest, default_duration
from tactful.core.slots.working_hours import (
    STANDARD_WEEK,
    WorkingHours,
    parse_working_hours,
)

__all__ = [
    "MAX_PROPOSALS",
    "STANDARD_WEEK",
    "BusyInterval",
    "Conflict",
    "Interval",
    "Slot",
    "SlotRequest",
    "WorkingHours",
    "best_slot",
    "check_conflict",
    "default_duration",
    "parse_working_hours",
    "propose_slots",
]
