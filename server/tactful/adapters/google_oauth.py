"""Google sign-in: the OAuth 2.0 web-server flow with PKCE, through ``google-auth-oauthlib``.

The web layer calls ``start_sign_in``, keeps the returned ``state`` and ``code_verifier``
in the user's session, sends the browser to ``url``, and on the callback hands all three
back to ``finish_sign_in``, which checks the state, trades the code for tokens and returns
the refresh token to store (encrypted) with the scopes the user really granted.

Scopes are the narrowest that do the job (see README, "Google scopes"):
``gmail.readonly`` to search and read invitations, ``gmail.compose`` to save drafts, the
Calendar free/busy, time-zone setting and calendar-list scopes to find free time, and
``calendar.events.owned`` only when the user turns tentative holds on.  Google may let the
user untick a scope on the consent page; a sign-in missing a needed scope is refused with
the list of what is missing, so the app can ask again rather than fail later.
"""

from __future__ import annotations

import hmac
import json
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from google_auth_oauthlib.flow import Flow
from oauthlib.oauth2.rfc6749.errors import OAuth2Error

GOOGLE_AUTH_URI = "https://accounts.google.com/o/oauth2/auth"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
GOOGLE_USERINFO_URI = "https://openidconnect.googleapis.com/v1/userinfo"

_SCOPE = "https://www.googleapis.com/auth/"
IDENTITY_SCOPES = ("openid", f"{_SCOPE}userinfo.email", f"{_SCOPE}userinfo.profile")
MAIL_SCOPES = (f"{_SCOPE}gmail.readonly", f"{_SCOPE}gmail.compose")
CALENDAR_SCOPES = (
    f"{_SCOPE}calendar.freebusy",
    f"{_SCOPE}calendar.settings.readonly",
    f"{_SCOPE}calendar.calendarlist.readonly",
)
HOLDS_SCOPE = f"{_SCOPE}calendar.events.owned"


def scopes_for(*, holds: bool) -> tuple[str, ...]:
    """The scopes Tactful asks for; the holds scope only when tentative holds are on."""
    return (*IDENTITY_SCOPES, *MAIL_SCOPES, *CALENDAR_SCOPES, *((HOLDS_SCOPE,) if holds else ()))


class SignInError(Exception):
    """The sign-in did not complete; the message says why, in words for the user."""


class SignInDenied(SignInError):
    """The user clicked "Cancel" on Google's consent page."""


class StateMismatch(SignInError):
    """The callback's ``state`` is not the one this session started with (possible CSRF)."""


class MissingScopes(SignInError):
    """The user unticked scopes Tactful needs."""

    def __init__(self, missing: tuple[str, ...]) -> None:
        super().__init__("Tactful needs these permissions to work: " + ", ".join(missing))
        self.missing = missing


@dataclass(frozen=True)
class OAuthClient:
    """The app's OAuth client (from the Google Cloud console) and where Google sends users back."""

    client_id: str
    client_secret: str
    redirect_uri: str
    auth_uri: str = GOOGLE_AUTH_URI
    token_uri: str = GOOGLE_TOKEN_URI
    userinfo_uri: str = GOOGLE_USERINFO_URI

    def config(self) -> dict[str, Any]:
        return {
            "web": {
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "auth_uri": self.auth_uri,
                "token_uri": self.token_uri,
                "redirect_uris": [self.redirect_uri],
            }
        }


@dataclass(frozen=True)
class SignInStart:
    """Where to send the browser, and what the session must keep until the callback."""

    url: str
    state: str
    code_verifier: str


@dataclass(frozen=True)
class Grant:
    """What a completed sign-in yields: the refresh token to store and the scopes granted."""

    refresh_token: str
    access_token: str
    scopes: tuple[str, ...]


@dataclass(frozen=True)
class Identity:
    """The Google account that signed in: ``subject`` is its stable id, the email may change."""

    subject: str
    email: str
    name: str | None = None  # the account's display name, to sign replies with


def identify(client: OAuthClient, grant: Grant, *, timeout: float = 10.0) -> Identity:
    """Ask Google's OpenID userinfo endpoint whose access token ``grant`` holds.

    The answer comes straight from Google over TLS with the fresh access token, so it
    needs no ID-token signature check.  An unverified email is refused.
    """
    request = urllib.request.Request(client.userinfo_uri, headers={"Authorization": f"Bearer {grant.access_token}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            claims = json.loads(response.read())
    except urllib.error.HTTPError as error:
        raise SignInError(f"Google would not say who signed in (HTTP {error.code}). Please sign in again.") from error
    except (urllib.error.URLError, TimeoutError, ValueError) as error:
        raise SignInError("Google could not be reached to confirm who signed in. Please try again.") from error
    if not isinstance(claims, dict):
        raise SignInError("Google's answer about who signed in was not understood.")
    subject, email = claims.get("sub"), claims.get("email")
    if not isinstance(subject, str) or not subject or not isinstance(email, str) or not email:
        raise SignInError("Google's answer about who signed in lacks the account id or email.")
    if claims.get("email_verified") is not True:
        raise SignInError("This Google account's email address is not verified.")
    name = claims.get("name")
    shown = name.strip()[:100] if isinstance(name, str) else ""
    return Identity(subject=subject, email=email, name=shown or None)


def _flow(client: OAuthClient, scopes: tuple[str, ...], **options: Any) -> Flow:
    return Flow.from_client_config(client.config(), scopes=list(scopes), redirect_uri=client.redirect_uri, **options)


def start_sign_in(client: OAuthClient, *, holds: bool, login_hint: str | None = None) -> SignInStart:
    """The consent URL: offline access (a refresh token), PKCE (S256), incremental consent."""
    flow = _flow(client, scopes_for(holds=holds), autogenerate_code_verifier=True)
    extra = {"login_hint": login_hint} if login_hint else {}
    url, state = flow.authorization_url(
        access_type="offline", include_granted_scopes="true", prompt="consent", **extra
    )
    verifier = flow.code_verifier
    if verifier is None:
        raise SignInError("No PKCE code verifier was made for this sign-in.")
    return SignInStart(url=url, state=state, code_verifier=verifier)


def finish_sign_in(
    client: OAuthClient, state: str, code_verifier: str, callback: Mapping[str, str], *, holds: bool
) -> Grant:
    """Check the callback's query against the session's ``state`` and trade the code for tokens.

    ``state`` and ``code_verifier`` are what ``start_sign_in`` returned, kept in the
    session.  Raises ``SignInDenied``, ``StateMismatch``, ``MissingScopes`` or
    ``SignInError``; never returns a grant without a refresh token.
    """
    if not hmac.compare_digest(callback.get("state", ""), state):
        raise StateMismatch("This sign-in link does not belong to this browser session. Please start again.")
    if callback.get("error") == "access_denied":
        raise SignInDenied("You cancelled the sign-in; Tactful has no access to your Google account.")
    if callback.get("error") or not callback.get("code"):
        raise SignInError(f"Google did not complete the sign-in ({callback.get('error', 'no code')}).")
    wanted = scopes_for(holds=holds)
    flow = _flow(client, wanted, state=state, code_verifier=code_verifier)
    try:
        token: Mapping[str, Any] = flow.fetch_token(code=callback["code"])
    except Warning as changed:  # oauthlib raises this when the granted scopes differ from the asked ones
        token = getattr(changed, "token", {})
    except OAuth2Error as error:
        raise SignInError(f"Google refused the sign-in code ({error.error}). Please sign in again.") from error
    scope = token.get("scope") or wanted  # oauthlib hands the scope back as a list; Google omits it when unchanged
    granted = tuple(scope.split() if isinstance(scope, str) else scope)
    missing = tuple(scope for scope in wanted if scope not in granted)
    if missing:
        raise MissingScopes(missing)
    refresh_token = token.get("refresh_token")
    if not refresh_token:
        raise SignInError("Google returned no refresh token; please sign in again and allow offline access.")
    return Grant(refresh_token=str(refresh_token), access_token=str(token.get("access_token", "")), scopes=granted)
