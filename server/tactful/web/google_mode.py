"""The Google mode: each signed-in user's Gmail and Calendar, with their settings and
records in the database.

``GoogleBackend`` is built once per app; ``authenticate`` turns a session token into a
``GoogleAccount`` for one request.  The refresh token is read from storage (encrypted at
rest) and refreshed by google-auth when needed; the short-lived access tokens are kept
in this process's memory only (``AccessTokens``), never written anywhere.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import quote

from google.oauth2.credentials import Credentials

from tactful.adapters.gmail import GmailMailbox
from tactful.adapters.google_calendar import GoogleCalendar
from tactful.adapters.google_client import Backoff, ConnectionPool, Endpoints, GoogleClient, SignInRequired
from tactful.adapters.google_oauth import HOLDS_SCOPE, OAuthClient
from tactful.core.compose.options import Action
from tactful.service.ports import SavedDraft
from tactful.service.settings import Settings
from tactful.storage import CredentialUnreadable, Storage, UserDraftLedger
from tactful.storage.holds import UserHolds

GMAIL_WEB = "https://mail.google.com/mail/"


class AccessTokens:
    """Each user's live Google credentials, so one access token serves many requests.

    Refreshing for every request would put a token round trip before every Google call.
    Entries are keyed by the refresh token's digest: a new sign-in starts afresh.
    """

    def __init__(self, oauth: OAuthClient, limit: int = 2000) -> None:
        self._oauth = oauth
        self._limit = limit
        self._cache: OrderedDict[tuple[int, str], Credentials] = OrderedDict()
        self._lock = threading.Lock()

    def credentials(self, user_id: int, refresh_token: str, scopes: frozenset[str]) -> Credentials:
        key = (user_id, hashlib.sha256(refresh_token.encode("utf-8")).hexdigest())
        with self._lock:
            found = self._cache.get(key)
            if found is None:
                found = Credentials(  # type: ignore[no-untyped-call]
                    token=None,
                    refresh_token=refresh_token,
                    token_uri=self._oauth.token_uri,
                    client_id=self._oauth.client_id,
                    client_secret=self._oauth.client_secret,
                    scopes=sorted(scopes),
                )
                self._cache[key] = found
            self._cache.move_to_end(key)
            while len(self._cache) > self._limit:
                self._cache.popitem(last=False)
            return found


@dataclass
class GoogleAccount:
    """One signed-in user, for one request (an ``Account``)."""

    user_id: int
    user_email: str
    storage: Storage
    client: GoogleClient
    now: Callable[[], datetime]
    user_name: str | None = None
    mode: str = "google"
    _mailbox: GmailMailbox | None = field(default=None, init=False, repr=False)

    @property
    def mailbox(self) -> GmailMailbox:
        if self._mailbox is None:
            self._mailbox = GmailMailbox(self.client)
        return self._mailbox

    def clock(self) -> datetime:
        return self.now()

    def load_settings(self) -> Settings:
        return self.storage.settings(self.user_id)

    def save_settings(self, settings: Settings) -> None:
        self.storage.save_settings(self.user_id, settings)

    def calendar(self, settings: Settings) -> GoogleCalendar:
        return GoogleCalendar(self.client, settings.calendars)

    def ledger(self, action: Action) -> UserDraftLedger:
        return self.storage.ledger(self.user_id, action.value)

    def holds(self) -> tuple[GoogleCalendar, UserHolds] | None:
        if HOLDS_SCOPE not in self.storage.granted_scopes(self.user_id):
            return None
        return GoogleCalendar(self.client), self.storage.holds.of_user(self.user_id)

    def open_url(self, saved: SavedDraft) -> str:
        """Gmail's address of the draft, in the signed-in account (``authuser``) when several are open."""
        return f"{GMAIL_WEB}?authuser={quote(self.user_email)}#drafts?compose={quote(saved.message_id)}"

    def google_usage(self) -> dict[str, int]:
        mailbox = self.mailbox
        return {"gmail_quota_units": mailbox.quota_units, "gmail_http_requests": mailbox.http_requests}

    def available_calendars(self) -> list[tuple[str, str]]:
        """The calendar list, the primary calendar (whose id is the account's address) as "primary"."""
        listed = GoogleCalendar(self.client).calendars()
        return [("primary" if calendar_id == self.user_email else calendar_id, name) for calendar_id, name in listed]

    def close(self) -> None:
        self.client.close()

    def describe(self, settings: Settings) -> dict[str, Any]:
        return {"mailbox": {"kind": "gmail", "email": self.user_email}, "calendars": list(settings.calendars)}


@dataclass
class GoogleBackend:
    """What the Google mode shares between requests."""

    storage: Storage
    oauth: OAuthClient
    endpoints: Endpoints
    now: Callable[[], datetime]
    tokens: AccessTokens
    backoff: Backoff = field(default_factory=Backoff)
    connections: ConnectionPool = field(default_factory=ConnectionPool)

    def authenticate(self, token: str) -> GoogleAccount | None:
        user_id = self.storage.api_sessions.user_of(token, self.now())
        if user_id is None:
            return None
        return self.account(user_id)

    def account(self, user_id: int) -> GoogleAccount:
        """The user's account; raises ``SignInRequired`` when no usable grant is stored."""
        try:
            refresh_token = self.storage.refresh_token(user_id)
        except CredentialUnreadable as error:
            raise SignInRequired(f"{error}.") from error
        if refresh_token is None:
            raise SignInRequired("Tactful holds no Google access for your account; please sign in again.")
        credentials = self.tokens.credentials(user_id, refresh_token, self.storage.granted_scopes(user_id))
        client = GoogleClient(credentials, self.endpoints, self.backoff, pool=self.connections)
        return GoogleAccount(user_id, self.storage.user_email(user_id), self.storage, client, self.now)
