"""Start-up of the Google mode: check the configuration, migrate the database, build the backend.

Every secret the mode needs is checked here, once, with an error that names the
setting: a server that started would otherwise fail on the first sign-in, or run with
refresh tokens it cannot protect.
"""

from __future__ import annotations

from collections.abc import Mapping
from zoneinfo import ZoneInfo
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flask import Flask

from tactful.adapters.google_client import Endpoints
from tactful.adapters.google_oauth import OAuthClient
from tactful.storage import Storage, TokenCipher, default_url, make_engine, upgrade
from tactful.storage.crypto import MissingTokenKey
from tactful.web.google_mode import AccessTokens, GoogleBackend
from tactful.web.local import fixed_or_real_clock

CALLBACK_PATH = "/auth/callback"
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def _required(config: Mapping[str, Any], name: str, why: str) -> str:
    value = config.get(name)
    if not isinstance(value, str) or not value.strip():
        raise RuntimeError(f"TACTFUL_{name} is not set: the Google mode needs it {why}.")
    return value.strip()


def _public_url(config: Mapping[str, Any]) -> str:
    url = _required(config, "PUBLIC_URL", "to tell Google where to send users back after sign-in").rstrip("/")
    parts = urlsplit(url)
    if parts.scheme != "https" and not (parts.scheme == "http" and parts.hostname in _LOOPBACK):
        raise RuntimeError(f"TACTFUL_PUBLIC_URL must be an https:// address (plain http only on loopback): {url!r}")
    return url


def oauth_client(config: Mapping[str, Any]) -> OAuthClient:
    client = OAuthClient(
        client_id=_required(config, "GOOGLE_OAUTH_CLIENT_ID", "to sign users in"),
        client_secret=_required(config, "GOOGLE_OAUTH_CLIENT_SECRET", "to sign users in"),
        redirect_uri=_public_url(config) + CALLBACK_PATH,
    )
    base = config.get("GOOGLE_API_BASE")
    if not base:
        return client
    base = str(base).rstrip("/")
    return OAuthClient(
        client.client_id, client.client_secret, client.redirect_uri,
        auth_uri=f"{base}/o/oauth2/auth", token_uri=f"{base}/token", userinfo_uri=f"{base}/v1/userinfo",
    )


def _endpoints(config: Mapping[str, Any]) -> Endpoints:
    base = config.get("GOOGLE_API_BASE")
    if not base:
        return Endpoints()
    if not config.get("TESTING"):
        raise RuntimeError("TACTFUL_GOOGLE_API_BASE points Google calls at a test server; it is refused outside tests.")
    return Endpoints.local(str(base))


def _cipher(config: Mapping[str, Any]) -> TokenCipher:
    keys = config.get("TOKEN_KEY")
    if not isinstance(keys, str) or not keys.strip():
        raise MissingTokenKey(
            "TACTFUL_TOKEN_KEY is not set: the Google mode encrypts refresh tokens with it. Make one with "
            "python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'"
        )
    return TokenCipher(keys.split(","))


def google_backend(app: Flask) -> GoogleBackend:
    """The Google mode's backend for ``app``; raises ``RuntimeError`` naming a missing setting."""
    config = app.config
    _required(config, "SECRET_KEY", "to sign the session cookie of a sign-in in progress")
    oauth = oauth_client(config)
    endpoints = _endpoints(config)
    cipher = _cipher(config)
    secure = urlsplit(oauth.redirect_uri).scheme == "https"
    config.update(SESSION_COOKIE_SECURE=secure, SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_HTTPONLY=True)
    url = config.get("DATABASE_URL") or default_url(Path(app.instance_path))
    upgrade(url)
    storage = Storage(make_engine(url), cipher)
    app.extensions["tactful.storage"] = storage
    clock = fixed_or_real_clock(config.get("NOW"), ZoneInfo("UTC"))
    return GoogleBackend(storage, oauth, endpoints, clock, AccessTokens(oauth))
