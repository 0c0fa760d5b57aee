"""What an API request acts on: one user's mailbox, calendar, settings and draft records.

Local mode has one account, the machine's owner (``tactful.web.local``); the Google mode
one per signed-in user (``tactful.web.google_mode``).  The API blueprint talks to this
interface only, so both modes answer the same requests the same way.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from tactful.core.compose.options import Action, ReplyOptions
from tactful.service.holds import HoldCalendar, HoldLedger
from tactful.service.ports import Calendar, Mailbox, SavedDraft
from tactful.service.replying import Scheduling
from tactful.service.settings import Settings
from tactful.service.threads import DraftLedger


class Account(Protocol):
    mode: str  # "local" or "google"
    user_name: str | None
    user_email: str | None

    @property
    def mailbox(self) -> Mailbox: ...

    def clock(self) -> datetime: ...

    def load_settings(self) -> Settings: ...

    def save_settings(self, settings: Settings) -> None: ...

    def calendar(self, settings: Settings) -> Calendar | None: ...

    def ledger(self, action: Action) -> DraftLedger: ...

    def holds(self) -> tuple[HoldCalendar, HoldLedger] | None:
        """Where tentative holds go and are remembered; None where holds are not possible."""
        ...

    def open_url(self, saved: SavedDraft) -> str | None:
        """The address that opens the saved draft in the user's mail client, if it has one."""
        ...

    def google_usage(self) -> dict[str, int] | None:
        """Gmail quota units and HTTP requests this request has spent; None off Google."""
        ...

    def available_calendars(self) -> list[tuple[str, str]]:
        """The calendars the user may count as busy time, as ``(id, name)`` pairs."""
        ...

    def close(self) -> None:
        """The request is over: give back what the account holds (Google connections)."""
        ...

    def describe(self, settings: Settings) -> dict[str, Any]:
        """The mode's own facts for ``GET /api/me`` (mailbox, calendars...), given the loaded settings."""
        ...


def user_emails(account: Account) -> tuple[str, ...]:
    return (account.user_email,) if account.user_email else ()


def scheduling(account: Account, settings: Settings) -> Scheduling:
    return settings.scheduling(user_emails(account))


def default_options(account: Account, settings: Settings, action: Action = Action.ACCEPT) -> ReplyOptions:
    """The user's reply defaults; a draft request always names its own action."""
    return settings.reply_defaults(action, account.user_name, account.user_email)
