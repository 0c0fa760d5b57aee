"""Table rows for the tests of ``find_proposed_times``: the mails' sent times and ``case``.

A row is ``case(sentence, text, *expected)``: the sentence names the rule and becomes the
test id; ``expected`` holds the ISO 8601 starts of the proposed times, with an offset when
the zone is known and naive otherwise.  A row is sent at ``NEW_YORK_MON_0914`` unless it
names another ``sent`` time, and may carry the mail's ``subject``.  Tables are
parametrized over ``COLUMNS`` and checked with ``starts``.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tactful.core.times import find_proposed_times

NEW_YORK = ZoneInfo("America/New_York")

#: Monday 2 March 2026, 09:14 in New York: a week before the US clock change on 8 March.
NEW_YORK_MON_0914 = datetime(2026, 3, 2, 9, 14, tzinfo=NEW_YORK)
#: Tuesday 3 March 2026 at noon in Madrid.
MADRID_TUE_1200 = datetime(2026, 3, 3, 12, 0, tzinfo=ZoneInfo("Europe/Madrid"))
#: Tuesday 3 March 2026, 08:30 in Chicago.
CHICAGO_TUE_0830 = datetime(2026, 3, 3, 8, 30, tzinfo=ZoneInfo("America/Chicago"))
#: Tuesday 3 March 2026, 09:00 in Chicago.
CHICAGO_TUE_0900 = datetime(2026, 3, 3, 9, 0, tzinfo=ZoneInfo("America/Chicago"))

Expected = tuple[str, ...]

#: The argument names of a table of ``case`` rows, for ``pytest.mark.parametrize``.
COLUMNS = ("text", "sent", "subject", "expected")


def starts(text: str, sent: datetime | None, *, subject: str | None = None) -> Expected:
    """The ISO 8601 starts of the times proposed in ``text`` sent at ``sent``."""
    return tuple(t.start.isoformat() for t in find_proposed_times(text, sent, subject=subject))


def case(
    sentence: str,
    text: str,
    *expected: str,
    sent: datetime | None = NEW_YORK_MON_0914,
    subject: str | None = None,
) -> object:
    """One row of a table over ``COLUMNS``, named by ``sentence``."""
    return pytest.param(text, sent, subject, expected, id=sentence)
