"""Who may call the API: whoever holds a token the backend knows.

In local mode that is the per-install token, made once with ``secrets`` and kept in the
instance folder, readable by the user only (0600); in the Google mode a session token
handed to the extension after Google sign-in (``tactful.storage.sessions``).  Requests
carry it as ``Authorization: Bearer <token>``; the API sets no cookie and reads none, so
a third-party page cannot ride on a session and CSRF does not apply.  Browsers only let
the configured extension origins read the answers (CORS).
"""

from __future__ import annotations

import hmac
import os
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from flask import Flask, Response, current_app, g, request

from tactful.adapters.google_client import SignInRequired
from tactful.web.errors import error_response

if TYPE_CHECKING:
    from tactful.web.account import Account

TOKEN_FILE = "api-token"
_TOKEN_BYTES = 32


def load_or_create_token(instance: Path) -> str:
    """The install's API token, created (0600) the first time."""
    path = instance / TOKEN_FILE
    instance.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        os.chmod(path, 0o600)  # tighten a copy restored with looser permissions
        return path.read_text(encoding="ascii").strip()
    token = secrets.token_urlsafe(_TOKEN_BYTES)
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(token + "\n")
    return token


class Backend(Protocol):
    """The app's backend: the local one, or the Google mode's (``app.extensions["tactful"]``)."""

    def authenticate(self, token: str) -> Account | None:
        """The account ``token`` opens, or None; raises ``SignInRequired`` when it is a live
        session whose Google access is gone."""
        ...


def presented_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def tokens_match(given: str, expected: str) -> bool:
    """Compared in constant time."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def current_account() -> Account | None:
    """The account the request's bearer token opens, looked up once per request.

    Raises ``SignInRequired`` (answered as 401 ``sign_in_required``) when the session is
    valid but Google no longer accepts the user's grant.
    """
    if "tactful_account" not in g:
        token = presented_token()
        backend: Backend = current_app.extensions["tactful"]
        g.tactful_account = backend.authenticate(token) if token else None
    account: Account | None = g.tactful_account
    return account


def unauthorized() -> Response:
    response = error_response(
        401,
        "unauthorized",
        "Send your API token as 'Authorization: Bearer <token>': `tactful serve` prints it in local mode; "
        "sign in with Google from the extension's options in the Google mode.",
    )
    response.headers["WWW-Authenticate"] = 'Bearer realm="tactful"'
    return response


def rate_limit_key() -> str:
    """Limits count per account; requests without a working token count per client address."""
    try:
        account = current_account()
    except SignInRequired:
        account = None
    if account is not None:
        return f"account:{account.mode}:{account.user_email or 'owner'}"
    return "address:" + (request.remote_addr or "unknown")


def allowed_origins(setting: str | Iterable[str] | None) -> frozenset[str]:
    """The extension origins from config: a list, or comma-separated text (from the environment)."""
    if not setting:
        return frozenset()
    items = setting.split(",") if isinstance(setting, str) else setting
    return frozenset(item.strip().rstrip("/") for item in items if item.strip())


def add_cors_headers(app: Flask, origins: frozenset[str]) -> None:
    """Let the listed origins (``chrome-extension://<id>``) read /api answers; nobody else."""

    @app.after_request
    def cors(response: Response) -> Response:
        origin = request.headers.get("Origin")
        if origin in origins and (request.path.startswith("/api/") or request.path.startswith("/auth/extension/")):
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
            response.headers["Access-Control-Allow-Methods"] = "GET, PUT, POST, OPTIONS"
            response.headers["Access-Control-Max-Age"] = "600"
        response.vary.add("Origin")
        return response
