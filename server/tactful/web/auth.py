"""Who may call the API in local mode: whoever holds the per-install token.

The token is made once with ``secrets`` and kept in the instance folder, readable by the
user only (0600).  Requests carry it as ``Authorization: Bearer <token>``; the API sets
no cookie and reads none, so a third-party page cannot ride on a session and CSRF does
not apply.  Browsers only let the configured extension origins read the answers (CORS).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

from flask import Flask, Response, current_app, request

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


def presented_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def has_valid_token() -> bool:
    """Whether the request carries the install's token (compared in constant time)."""
    given = presented_token()
    expected: str = current_app.config["API_TOKEN"]
    return given is not None and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def rate_limit_key() -> str:
    """Limits count per token; requests without the right token count per client address."""
    if has_valid_token():
        token = presented_token() or ""
        return "token:" + hashlib.sha256(token.encode("utf-8")).hexdigest()[:16]
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
        if origin in origins and request.path.startswith("/api/"):
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
            response.headers["Access-Control-Allow-Methods"] = "GET, PUT, POST, OPTIONS"
            response.headers["Access-Control-Max-Age"] = "600"
        response.vary.add("Origin")
        return response
