"""The OAuth scopes the add-on works with, and which of them a step still lacks.

The deployment asks for the narrowest set (``DEPLOYMENT``): the per-message Gmail add-on
scopes, free/busy and the user's email.  With granular consent the user may untick some;
each step names what it needs, as alternatives where a broader scope would also do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

_BASE = "https://www.googleapis.com/auth/"
GMAIL_EXECUTE = _BASE + "gmail.addons.execute"
GMAIL_CURRENT_MESSAGE = _BASE + "gmail.addons.current.message.readonly"
GMAIL_CURRENT_COMPOSE = _BASE + "gmail.addons.current.action.compose"
CALENDAR_FREEBUSY = _BASE + "calendar.freebusy"
USER_EMAIL = _BASE + "userinfo.email"
SCRIPT_LOCALE = _BASE + "script.locale"  # the user's time zone in the event, for new users' settings
GMAIL_READONLY = _BASE + "gmail.readonly"  # restricted: only when the user granted it elsewhere
GMAIL_COMPOSE = _BASE + "gmail.compose"

DEPLOYMENT = (GMAIL_EXECUTE, GMAIL_CURRENT_MESSAGE, GMAIL_CURRENT_COMPOSE, CALENDAR_FREEBUSY, USER_EMAIL, SCRIPT_LOCALE)

# Each need: the scope to ask for first, then broader ones that also satisfy it.
READ_OPEN_MESSAGE = (GMAIL_CURRENT_MESSAGE, GMAIL_READONLY)
FREE_BUSY = (CALENDAR_FREEBUSY, _BASE + "calendar.events.freebusy", _BASE + "calendar.readonly")
IDENTITY = (USER_EMAIL,)
SAVE_DRAFT = (GMAIL_CURRENT_COMPOSE, GMAIL_COMPOSE)
SAVE_ANY_DRAFT = (GMAIL_COMPOSE,)  # the add-on's compose scope covers the open message only
LIST_MAILBOX = (GMAIL_READONLY,)


def missing(granted: Iterable[str] | None, *needs: Sequence[str]) -> list[str]:
    """The scope to ask for, for each need that no granted scope satisfies.

    ``granted`` is ``None`` when the event does not list the scopes (granular consent off):
    the user then granted every scope of the deployment to install the add-on.
    """
    have = set(DEPLOYMENT if granted is None else granted)
    return [need[0] for need in needs if not have.intersection(need)]
