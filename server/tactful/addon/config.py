"""The add-on's configuration, read once at start-up from the app's config mapping.

``ADDON_AUDIENCES``: the add-on's endpoint URLs, accepted as the ID token's ``aud`` (a
list, or comma-separated).  ``ADDON_SERVICE_ACCOUNT``: the add-on's service account email
(``gcloud workspace-add-ons get-authorization``).  Without both the endpoints answer 401.
``ADDON_URL``: where the endpoints live, for the cards' buttons (default: the first
audience up to and including ``/addon``).

``GOOGLE_API_BASE`` (shared with the Google mode) points the ID-token certificates, Gmail
and Calendar at one local fake Google.  It exists for tests only: start-up is refused
unless ``TESTING`` is true, so a production configuration can never trust test keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from google.auth.transport.requests import Request

from tactful.adapters.google_client import Backoff, Endpoints
from tactful.addon.tokens import GOOGLE_CERTS_URL, CertificateCache, TokenVerifier
from tactful.addon.views import Urls

ADD_ON_PATH = "/addon"
# The user waits in Gmail's side panel: two quick retries, not the five slow ones of a scan.
ADD_ON_BACKOFF = Backoff(retries=2)


class AddonMisconfigured(RuntimeError):
    """The add-on's configuration is unsafe or incomplete; the message says what to fix."""


@dataclass(frozen=True)
class AddonRuntime:
    """What every add-on request needs, built once per app."""

    verifier: TokenVerifier
    urls: Urls
    endpoints: Endpoints
    backoff: Backoff
    clock: Callable[[], datetime]


def _list(value: str | Sequence[str] | None) -> list[str]:
    if not value:
        return []
    items = value.split(",") if isinstance(value, str) else value
    return [item.strip() for item in items if item.strip()]


def _base_url(config: Mapping[str, Any], audiences: Sequence[str]) -> str:
    configured = config.get("ADDON_URL")
    if configured:
        return str(configured).rstrip("/")
    first = audiences[0]
    cut = first.find(ADD_ON_PATH + "/")
    if cut < 0 and not first.endswith(ADD_ON_PATH):
        raise AddonMisconfigured(f"Set TACTFUL_ADDON_URL: the audience {first!r} does not show where /addon is.")
    return first[: cut + len(ADD_ON_PATH)] if cut >= 0 else first


def addon_runtime(config: Mapping[str, Any], clock: Callable[[], datetime]) -> AddonRuntime | None:
    """The runtime ``config`` describes, ``None`` when the add-on is not configured.

    Raises ``AddonMisconfigured`` for a test-only setting outside tests, or a half setup.
    """
    fake = config.get("GOOGLE_API_BASE")
    if fake and config.get("TESTING") is not True:
        raise AddonMisconfigured("TACTFUL_GOOGLE_API_BASE is for tests only: the add-on would trust its test signing keys.")
    audiences = _list(config.get("ADDON_AUDIENCES"))
    account = str(config.get("ADDON_SERVICE_ACCOUNT") or "").strip()
    if not audiences and not account:
        return None
    if not audiences or not account:
        raise AddonMisconfigured("The add-on needs both TACTFUL_ADDON_AUDIENCES and TACTFUL_ADDON_SERVICE_ACCOUNT.")
    certs_url = f"{str(fake).rstrip('/')}/oauth2/v1/certs" if fake else GOOGLE_CERTS_URL
    return AddonRuntime(
        verifier=TokenVerifier(audiences, account, CertificateCache(certs_url, Request())),
        urls=Urls(_base_url(config, audiences)),
        endpoints=Endpoints.local(str(fake)) if fake else Endpoints(),
        backoff=ADD_ON_BACKOFF,
        clock=clock,
    )
