"""Real Google clients pointed at a running fake, with waits recorded instead of slept."""

from __future__ import annotations

from google.oauth2.credentials import Credentials

from fakegoogle.server import FakeGoogle
from tactful.adapters.google_client import Backoff, Endpoints, GoogleClient


def credentials(fake: FakeGoogle) -> Credentials:
    """Credentials holding the fake's current access token and refresh token."""
    return Credentials(
        token=next(iter(sorted(fake.access_tokens)), "ya29.none"),
        refresh_token=fake.refresh_token,
        token_uri=f"{fake.url}/token",
        client_id="tactful-test.apps.googleusercontent.com",
        client_secret="not-a-secret",
    )


def client(fake: FakeGoogle, waits: list[float] | None = None, *, retries: int = 5, timeout: float = 5.0) -> GoogleClient:
    """A client on ``fake`` whose backoff appends each wait to ``waits`` and returns at once."""
    record = waits if waits is not None else []
    backoff = Backoff(retries=retries, sleep=record.append, jitter=lambda: 1.0)
    return GoogleClient(credentials(fake), Endpoints.local(fake.url), backoff, timeout=timeout)
