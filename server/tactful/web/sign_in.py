"""Google sign-in for the Chrome extension (``/auth``), Google mode only.

The extension opens ``/auth/extension/start`` with ``chrome.identity.launchWebAuthFlow``.
The backend keeps the OAuth ``state`` and PKCE verifier in its signed session cookie,
sends the browser to Google, and on ``/auth/callback`` stores the refresh token
(encrypted) and sends the browser on to the extension's ``chromiumapp.org`` address with
a one-time code.  Chrome hands that address to the extension without loading it; the
extension trades the code at ``/auth/extension/token`` for the session token it sends as
``Authorization: Bearer`` from then on.  Only extensions listed in ``ALLOWED_ORIGINS``
may receive codes, so no other extension can sign in through this backend.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

from flask import Blueprint, Response, current_app, jsonify, redirect, request, session
from flask.typing import ResponseReturnValue

from tactful.adapters.google_calendar import GoogleCalendar
from tactful.adapters.google_client import GoogleClient, GoogleError
from tactful.adapters.google_oauth import (
    Grant,
    MissingScopes,
    SignInDenied,
    SignInError,
    StateMismatch,
    finish_sign_in,
    identify,
    start_sign_in,
)
from tactful.service.ports import CalendarUnavailable
from tactful.service.settings import Settings
from tactful.web.auth import allowed_origins, presented_token, unauthorized
from tactful.web.errors import error_response
from tactful.web.google_mode import GoogleBackend

sign_in = Blueprint("sign_in", __name__, url_prefix="/auth")

_PENDING = "tactful_sign_in"
# Chrome extension ids are 32 letters from a to p; the redirect host is "<id>.chromiumapp.org".
_EXTENSION_REDIRECT = re.compile(r"^([a-p]{32})\.chromiumapp\.org$")


@dataclass(frozen=True)
class _Pending:
    state: str
    verifier: str
    holds: bool
    return_to: str

    @classmethod
    def from_session(cls, stored: Any) -> _Pending | None:
        if not isinstance(stored, dict):
            return None
        try:
            return cls(str(stored["state"]), str(stored["verifier"]), bool(stored["holds"]), str(stored["return_to"]))
        except KeyError:
            return None


def _backend() -> GoogleBackend:
    backend: GoogleBackend = current_app.extensions["tactful"]
    return backend


def extension_redirect(uri: str | None, origins: frozenset[str]) -> str | None:
    """``uri`` if it is the chromiumapp.org address of an allowed extension, else None."""
    if not uri:
        return None
    parts = urlsplit(uri)
    found = _EXTENSION_REDIRECT.match(parts.hostname or "")
    if parts.scheme != "https" or parts.port is not None or found is None or parts.username or parts.password:
        return None
    if f"chrome-extension://{found.group(1)}" not in origins:
        return None
    return f"https://{parts.hostname}{parts.path or '/'}"


def _back_to_extension(return_to: str, **query: str) -> ResponseReturnValue:
    return redirect(f"{return_to}?{urlencode(query)}")


@sign_in.get("/extension/start")
def start() -> ResponseReturnValue:
    return_to = extension_redirect(request.args.get("redirect_uri"), allowed_origins(current_app.config["ALLOWED_ORIGINS"]))
    if return_to is None:
        return error_response(
            400, "invalid_redirect_uri", "redirect_uri must be the chromiumapp.org address of an allowed extension."
        ), 400
    holds = request.args.get("holds") == "1"
    started = start_sign_in(_backend().oauth, holds=holds, login_hint=request.args.get("login_hint") or None)
    session[_PENDING] = {"state": started.state, "verifier": started.code_verifier, "holds": holds, "return_to": return_to}
    return redirect(started.url)


@sign_in.get("/callback")
def callback() -> ResponseReturnValue:
    pending = _Pending.from_session(session.pop(_PENDING, None))
    if pending is None:
        return error_response(400, "no_sign_in_started", "This sign-in was not started in this browser. Start again from the extension."), 400
    backend = _backend()
    try:
        grant = finish_sign_in(backend.oauth, pending.state, pending.verifier, request.args, holds=pending.holds)
        identity = identify(backend.oauth, grant)
    except MissingScopes:
        return _back_to_extension(pending.return_to, error="missing_scopes")
    except SignInDenied:
        return _back_to_extension(pending.return_to, error="access_denied")
    except StateMismatch:
        return error_response(400, "state_mismatch", "This sign-in does not belong to this browser session."), 400
    except SignInError:
        return _back_to_extension(pending.return_to, error="sign_in_failed")
    storage = backend.storage
    user_id = storage.upsert_user(identity.subject, identity.email)
    storage.save_refresh_token(user_id, grant.refresh_token, grant.scopes)
    _first_settings(backend, user_id, grant, identity.name)
    return _back_to_extension(pending.return_to, code=storage.api_sessions.issue_code(user_id, backend.now()))


def _first_settings(backend: GoogleBackend, user_id: int, grant: Grant, name: str | None) -> None:
    """A new user's settings start in their calendar's time zone (the issue's "zone from
    the user's calendar settings") and sign replies with their Google account's name; a
    user who saved settings keeps them."""
    if backend.storage.has_settings(user_id):
        return
    credentials = backend.tokens.credentials(user_id, grant.refresh_token, frozenset(grant.scopes))
    client = GoogleClient(credentials, backend.endpoints, backend.backoff)
    try:
        settings = Settings(zone=GoogleCalendar(client).zone().key, name=name)
    except (CalendarUnavailable, GoogleError):
        settings = Settings(name=name)  # the default zone; the user can change it in the settings
    backend.storage.save_settings(user_id, settings)


@sign_in.post("/extension/token")
def token() -> ResponseReturnValue:
    body = request.get_json(silent=True)
    code = body.get("code") if isinstance(body, dict) else None
    if not isinstance(code, str) or not code:
        return error_response(400, "invalid_request", "Send {\"code\": \"...\"} from the sign-in redirect."), 400
    backend = _backend()
    issued = backend.storage.api_sessions.redeem_code(code, backend.now())
    if issued is None:
        return error_response(400, "invalid_code", "This sign-in code is unknown, used or expired. Sign in again."), 400
    account = backend.authenticate(issued)
    return jsonify({"token": issued, "email": account.user_email if account else None})


@sign_in.post("/sign-out")
def sign_out() -> Response:
    """End every session of the user and forget their Google grant (even a grant Google
    no longer accepts: signing out must always work)."""
    token = presented_token()
    backend = _backend()
    user_id = backend.storage.api_sessions.user_of(token, backend.now()) if token else None
    if user_id is None:
        return unauthorized()
    backend.storage.api_sessions.end_all(user_id)
    backend.storage.forget_credentials(user_id)
    return jsonify({"signed_out": True})
