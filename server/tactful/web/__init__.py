"""The Flask backend: ``create_app`` builds the app from defaults, the environment and a mapping.

With no Google OAuth client configured it runs in local mode (a Maildir and .ics files,
``tactful.web.local``); with one, in the Google mode (each signed-in user's Gmail and
Calendar, ``tactful.web.google_mode``), which refuses to start without the secrets it
needs rather than run half-protected.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask, request
from flask_limiter import Limiter

from tactful.web.addon import addon
from tactful.web.api import api
from tactful.web.auth import add_cors_headers, allowed_origins, load_or_create_token, rate_limit_key
from tactful.web.errors import register_error_handlers
from tactful.web.google_setup import google_backend
from tactful.web.local import local_backend
from tactful.web.sign_in import sign_in

DEFAULTS: dict[str, Any] = {
    "MAILDIR": None,  # the user's Maildir, or a Takeout .mbox (read-only); None: a copy of the sample
    "CALENDAR": None,  # .ics files, a list or comma-separated; None: the sample's, with the sample
    "NOW": None,  # ISO 8601 with offset; None: the clock (the sample's snapshot date with the sample)
    "ZONE": None,  # the default zone of the settings; None: UTC (the sample's zone with the sample)
    "USER_NAME": None,
    "USER_EMAIL": None,
    "ALLOWED_ORIGINS": "",  # chrome-extension://<id>, a list or comma-separated; none by default
    "RATE_LIMIT": "120 per minute",  # per account, across every /api endpoint
    # memory:// counts in each process: right for the one local process. Gunicorn's workers
    # each count apart unless they share a store, e.g. redis://127.0.0.1:6379.
    "RATE_LIMIT_STORAGE": "memory://",
    # The Google mode (all needed once GOOGLE_OAUTH_CLIENT_ID is set):
    "GOOGLE_OAUTH_CLIENT_ID": None,
    "GOOGLE_OAUTH_CLIENT_SECRET": None,
    "PUBLIC_URL": None,  # where browsers reach this backend, e.g. https://tactful.example.com
    "SECRET_KEY": None,  # signs the session cookie that carries a sign-in in progress
    "TOKEN_KEY": None,  # Fernet key(s) for refresh tokens at rest; comma-separated to rotate
    "DATABASE_URL": None,  # None: SQLite in the instance folder
    "GOOGLE_API_BASE": None,  # tests only (TESTING): one local server standing in for every Google URL
}


def _user_data_dir() -> Path:
    """Where a per-user install keeps its data (the XDG convention), not inside the package."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tactful"


def google_configured(config: Mapping[str, Any]) -> bool:
    return bool(config.get("GOOGLE_OAUTH_CLIENT_ID"))


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """The backend app: ``DEFAULTS``, then ``TACTFUL_*`` environment variables, then ``config``.

    ``INSTANCE_PATH`` (in ``config`` or ``TACTFUL_INSTANCE_PATH``; default
    ``~/.local/share/tactful``) says where the token, the settings, the draft records and
    the sample Maildir copy live.
    """
    overrides = dict(config or {})
    instance = overrides.pop("INSTANCE_PATH", None) or os.environ.get("TACTFUL_INSTANCE_PATH") or _user_data_dir()
    app = Flask(__name__, instance_path=str(Path(instance).expanduser().resolve()), static_folder=None)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("TACTFUL")
    app.config.from_mapping(overrides)
    instance_path = Path(app.instance_path)
    if google_configured(app.config):
        app.extensions["tactful"] = google_backend(app)
        app.register_blueprint(sign_in)
    else:
        app.config["API_TOKEN"] = load_or_create_token(instance_path)
        app.extensions["tactful"] = local_backend(app.config, instance_path, app.config["API_TOKEN"])

    limiter = Limiter(rate_limit_key, app=app, storage_uri=str(app.config["RATE_LIMIT_STORAGE"]), headers_enabled=True)
    # One budget per account across every /api endpoint, not one per endpoint.
    limiter.shared_limit(
        lambda: str(app.config["RATE_LIMIT"]), scope="api", exempt_when=lambda: request.method == "OPTIONS"
    )(api)
    app.register_blueprint(api)
    app.register_blueprint(addon)
    add_cors_headers(app, allowed_origins(app.config["ALLOWED_ORIGINS"]))
    register_error_handlers(app)
    return app
