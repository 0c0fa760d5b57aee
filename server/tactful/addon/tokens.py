"""Who is calling: the Google-signed ID tokens of an add-on request, verified.

Every request Google sends to the add-on carries ``Authorization: Bearer <ID token>``
signed by Google for the add-on's service account.  ``TokenVerifier.verify_request``
checks its signature against Google's published certificates, its expiry, its issuer,
that its audience is one of the endpoint URLs and that it names the add-on's service
account (verified).  Only then is the body read; ``verify_user`` checks the event's
``userIdToken`` the same way (any audience) to learn the user's Google subject and email.

This is what ``google.oauth2.id_token.verify_oauth2_token`` does, done here so the
certificates are fetched once and kept as long as Google's Cache-Control allows (that
helper fetches them on every call) and so tests can serve their own certificates.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from google.auth import exceptions, jwt
from google.auth.transport import Request

GOOGLE_CERTS_URL = "https://www.googleapis.com/oauth2/v1/certs"
GOOGLE_ISSUERS = frozenset({"accounts.google.com", "https://accounts.google.com"})
CLOCK_SKEW_SECONDS = 10
CERTS_TIMEOUT_SECONDS = 10
_DEFAULT_MAX_AGE = 3600.0
_MIN_REFETCH_SECONDS = 60.0  # an unknown key id refetches at most this often
_MAX_AGE = re.compile(r"max-age=(\d+)")


class InvalidToken(Exception):
    """The token is missing, malformed, wrongly signed, expired or meant for someone else."""


class CertificatesUnavailable(Exception):
    """Google's signing certificates could not be fetched: nothing can be verified now."""


@dataclass(frozen=True)
class Identity:
    """The Google user behind an event: the stable subject id and the verified email."""

    subject: str
    email: str


class CertificateCache:
    """Google's ID-token certificates by key id, kept while Cache-Control says they are fresh."""

    def __init__(self, url: str, request: Request, clock: Callable[[], float] = time.monotonic) -> None:
        self.url = url
        self._request = request
        self._clock = clock
        self._lock = threading.Lock()
        self._certs: Mapping[str, str] = {}
        self._fetched = float("-inf")
        self._expires = float("-inf")
        self.fetches = 0

    def _fetch(self) -> None:
        try:
            response = self._request(self.url, method="GET", timeout=CERTS_TIMEOUT_SECONDS)
        except exceptions.TransportError as error:
            raise CertificatesUnavailable(f"Google's certificates could not be fetched: {error}") from error
        if response.status != 200:
            raise CertificatesUnavailable(f"Google's certificates could not be fetched (HTTP {response.status}).")
        try:
            certs = json.loads(response.data.decode("utf-8"))
        except ValueError as error:
            raise CertificatesUnavailable("Google's certificates came back unreadable.") from error
        if not isinstance(certs, dict):
            raise CertificatesUnavailable("Google's certificates came back unreadable.")
        match = _MAX_AGE.search(str(response.headers.get("cache-control", "")))
        now = self._clock()
        self._certs = {str(key): str(value) for key, value in certs.items()}
        self._fetched = now
        self._expires = now + (float(match.group(1)) if match else _DEFAULT_MAX_AGE)
        self.fetches += 1

    def certs(self, key_id: str | None = None) -> Mapping[str, str]:
        """The certificates; fetched again when stale, or when ``key_id`` is new (Google rotated)."""
        with self._lock:
            now = self._clock()
            unknown = key_id is not None and key_id not in self._certs and now - self._fetched >= _MIN_REFETCH_SECONDS
            if now >= self._expires or unknown:
                self._fetch()
            return self._certs


class TokenVerifier:
    def __init__(self, audiences: Sequence[str], service_account: str, certificates: CertificateCache) -> None:
        if not audiences or not service_account:
            raise ValueError("the add-on needs its endpoint URLs (audiences) and its service account email")
        self._audiences = list(audiences)
        self._service_account = service_account.lower()
        self._certificates = certificates

    @property
    def certificates_url(self) -> str:
        return self._certificates.url

    def _claims(self, token: str | None, audience: list[str] | None) -> Mapping[str, Any]:
        if not token:
            raise InvalidToken("no ID token")
        try:
            key_id = jwt.decode_header(token).get("kid")  # type: ignore[no-untyped-call]
            certs = self._certificates.certs(str(key_id) if key_id else None)
            claims: Mapping[str, Any] = jwt.decode(  # type: ignore[no-untyped-call]
                token, certs=certs, audience=audience, clock_skew_in_seconds=CLOCK_SKEW_SECONDS
            )
        except (ValueError, TypeError, exceptions.GoogleAuthError) as error:
            raise InvalidToken(f"the ID token is not valid: {error}") from error
        if claims.get("iss") not in GOOGLE_ISSUERS:
            raise InvalidToken(f"the ID token was not issued by Google (iss={claims.get('iss')!r})")
        if claims.get("email_verified") is not True or not isinstance(claims.get("email"), str):
            raise InvalidToken("the ID token names no verified email")
        return claims

    def verify_request(self, authorization: str | None) -> None:
        """Check the request's ``Authorization`` header; raises ``InvalidToken``."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer":
            raise InvalidToken("no bearer ID token")
        claims = self._claims(token.strip(), self._audiences)
        if str(claims["email"]).lower() != self._service_account:
            raise InvalidToken("the ID token is not the add-on's service account")

    def verify_user(self, token: str | None) -> Identity:
        """The user the event's ``userIdToken`` names; raises ``InvalidToken``."""
        claims = self._claims(token, None)
        subject = claims.get("sub")
        if not isinstance(subject, str) or not subject:
            raise InvalidToken("the user's ID token names no subject")
        return Identity(subject=subject, email=str(claims["email"]))
