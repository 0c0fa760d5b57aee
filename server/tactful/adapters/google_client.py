"""Google API services for the adapters, and what their failures mean for Tactful.

Services are built from the discovery documents bundled with google-api-python-client
(``static_discovery=True``: no discovery call at start-up).  ``Endpoints`` can point
them at a local server; the batch URI is separate because the library does not derive
it from ``api_endpoint``.  Single calls retry 429 and 5xx answers with the library's own
``num_retries`` (randomised exponential backoff); batches retry only their failed parts.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import google_auth_httplib2  # type: ignore[import-untyped]
import httplib2  # type: ignore[import-untyped]
from google.auth.credentials import Credentials
from google.auth.exceptions import RefreshError, TransportError
from googleapiclient.discovery import build  # type: ignore[import-untyped]
from googleapiclient.errors import HttpError  # type: ignore[import-untyped]
from googleapiclient.http import BatchHttpRequest  # type: ignore[import-untyped]

GOOGLE_BATCH_URI = "https://gmail.googleapis.com/batch"
MAX_BATCH = 100
_RETRYABLE = frozenset({429, 500, 502, 503, 504})
_NETWORK_ERRORS = (OSError, httplib2.HttpLib2Error, TransportError)


class GoogleError(Exception):
    """A Google API call failed; the message says why in words for the user."""


class SignInRequired(GoogleError):
    """Google no longer accepts the user's sign-in (revoked, expired or missing refresh token)."""


class GoogleUnavailable(GoogleError):
    """Google kept failing (rate limits, server errors, network) after every retry."""


class GoogleApiError(GoogleError):
    """Google refused the call itself (404, 400, 403, ...): retrying would not help."""

    def __init__(self, message: str, status: int, reason: str) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class Endpoints:
    """Where the APIs are: Google by default, or one local base URL in tests."""

    gmail: str | None = None
    calendar: str | None = None
    batch: str = GOOGLE_BATCH_URI

    @classmethod
    def local(cls, base_url: str) -> Endpoints:
        base = base_url.rstrip("/")
        return cls(gmail=f"{base}/", calendar=f"{base}/calendar/v3/", batch=f"{base}/batch/gmail/v1")


@dataclass(frozen=True)
class Backoff:
    """Retry policy: ``retries`` more attempts after the first, waits growing as 2**n.

    ``sleep`` and ``jitter`` are injectable so tests retry without waiting.
    """

    retries: int = 5
    sleep: Callable[[float], None] = time.sleep
    jitter: Callable[[], float] = random.random

    def delay(self, attempt: int) -> float:
        """The wait before retry number ``attempt`` (1-based), as the library computes it."""
        return self.jitter() * 2.0**attempt


@dataclass(frozen=True)
class BatchOutcome:
    """What each call of a batch gave, by request id: a response or the error it ended with."""

    responses: Mapping[str, Any]
    errors: Mapping[str, GoogleError]
    http_requests: int


def _status_and_reason(error: HttpError) -> tuple[int, str]:
    status = int(error.resp.status)
    details = error.error_details
    reason = details[0].get("reason", "") if isinstance(details, list) and details and isinstance(details[0], dict) else ""
    return status, str(reason)


def map_error(error: Exception, what: str) -> GoogleError:
    """The Tactful error for a failure of ``what`` (a phrase like "reading the thread")."""
    if isinstance(error, GoogleError):
        return error
    if isinstance(error, RefreshError):
        return SignInRequired(f"Google no longer accepts Tactful's access to your account ({what}); please sign in again.")
    if isinstance(error, HttpError):
        status, reason = _status_and_reason(error)
        if status == 401:
            return SignInRequired(f"Google refused the sign-in while {what}; please sign in again.")
        if status in _RETRYABLE:
            return GoogleUnavailable(f"Google is busy or failing (HTTP {status}) while {what}; try again in a minute.")
        return GoogleApiError(f"Google refused {what} (HTTP {status} {reason}: {error.reason}).", status, reason)
    if isinstance(error, _NETWORK_ERRORS):
        return GoogleUnavailable(f"Google could not be reached while {what}: {error or type(error).__name__}.")
    raise error


def _retryable(error: GoogleError) -> bool:
    return isinstance(error, GoogleUnavailable)


class _HeaderHttp(google_auth_httplib2.AuthorizedHttp):  # type: ignore[misc]
    """An authorized HTTP object that also sends fixed extra headers on every request."""

    def __init__(self, credentials: Credentials, http: Any, headers: Mapping[str, str]) -> None:
        super().__init__(credentials, http=http)
        self._extra_headers = dict(headers)

    def request(self, uri: str, method: str = "GET", body: Any = None, headers: Any = None, **kwargs: Any) -> Any:
        return super().request(uri, method, body=body, headers={**(headers or {}), **self._extra_headers}, **kwargs)


class ConnectionPool:
    """HTTP objects, with their open connections to Google, kept between requests.

    A ``GoogleClient`` lives for one request; without a pool each request would open and
    TLS-handshake new connections to Google, a round trip or two before its first call.
    ``httplib2.Http`` is not thread-safe, so each object is lent to one client at a time
    and comes back when the client closes.
    """

    def __init__(self, keep: int = 64) -> None:
        self._idle: list[httplib2.Http] = []
        self._keep = keep
        self._lock = threading.Lock()

    @property
    def idle(self) -> int:
        """How many HTTP objects wait to be lent."""
        with self._lock:
            return len(self._idle)

    def lend(self, timeout: float) -> httplib2.Http:
        with self._lock:
            http = self._idle.pop() if self._idle else None
        if http is None:
            return httplib2.Http(timeout=timeout)
        http.timeout = timeout
        return http

    def give_back(self, http: httplib2.Http) -> None:
        with self._lock:
            if len(self._idle) < self._keep:
                self._idle.append(http)


@dataclass
class GoogleClient:
    """The Gmail and Calendar services of one signed-in user.

    Each service has its own HTTP connection (httplib2 is not thread-safe), so a Gmail
    read and a Calendar query may run at the same time from two threads; one service
    must not be used from two threads at once.

    ``extra_headers`` go with every request, e.g. the ``X-Goog-Gmail-Access-Token`` a Gmail
    add-on must send with its per-message scopes.  With a ``pool``, the connections come
    from it and go back on ``close``.
    """

    credentials: Credentials
    endpoints: Endpoints = field(default_factory=Endpoints)
    backoff: Backoff = field(default_factory=Backoff)
    timeout: float = 30.0
    extra_headers: Mapping[str, str] = field(default_factory=dict)
    pool: ConnectionPool | None = None
    _services: dict[str, Any] = field(default_factory=dict, init=False, repr=False)
    _lent: list[httplib2.Http] = field(default_factory=list, init=False, repr=False)

    def _service(self, name: str, version: str, endpoint: str | None) -> Any:
        if name not in self._services:
            transport = self.pool.lend(self.timeout) if self.pool else httplib2.Http(timeout=self.timeout)
            self._lent.append(transport)
            http = _HeaderHttp(self.credentials, transport, self.extra_headers)
            options = {"api_endpoint": endpoint} if endpoint else None
            self._services[name] = build(
                name, version, http=http, client_options=options, static_discovery=True, cache_discovery=False
            )
        return self._services[name]

    def close(self) -> None:
        """Give the connections back to the pool; the client must not be used after."""
        lent, self._lent = self._lent, []
        self._services.clear()
        if self.pool is not None:
            for transport in lent:
                self.pool.give_back(transport)

    @property
    def gmail(self) -> Any:
        return self._service("gmail", "v1", self.endpoints.gmail)

    @property
    def calendar(self) -> Any:
        return self._service("calendar", "v3", self.endpoints.calendar)

    def execute(self, request: Any, what: str) -> Any:
        """Run one request with retries; raises a ``GoogleError`` when it fails."""
        # The library waits between retries through this attribute (its own tests set it
        # the same way); the policy's sleep and jitter replace time.sleep and random.
        request._sleep = self.backoff.sleep
        request._rand = self.backoff.jitter
        try:
            return request.execute(num_retries=self.backoff.retries)
        except (HttpError, RefreshError, *_NETWORK_ERRORS) as error:
            raise map_error(error, what) from error

    def execute_batch(self, requests: Mapping[str, Any], what: str) -> BatchOutcome:
        """Run up to ``MAX_BATCH`` requests in batches, retrying only the parts that failed.

        The batch endpoint offers no retry of its own.  A part failing with 429 or 5xx is
        sent again in the next batch after the backoff wait; a part refused for good (404,
        400, sign-in) keeps its error.  Raises ``SignInRequired`` when the sign-in itself
        fails, as no part can succeed then.
        """
        if len(requests) > MAX_BATCH:
            raise ValueError(f"a batch holds at most {MAX_BATCH} calls, not {len(requests)}")
        responses: dict[str, Any] = {}
        errors: dict[str, GoogleError] = {}
        pending = dict(requests)
        unavailable: dict[str, GoogleError] = {}
        sent = 0
        for attempt in range(self.backoff.retries + 1):
            if not pending:
                break
            if attempt:
                self.backoff.sleep(self.backoff.delay(attempt))
            failed: dict[str, GoogleError] = {}

            def collect(request_id: str, response: Any, exception: Exception | None) -> None:
                if exception is None:
                    responses[request_id] = response
                else:
                    failed[request_id] = map_error(exception, what)

            batch = BatchHttpRequest(callback=collect, batch_uri=self.endpoints.batch)
            for request_id, request in pending.items():
                batch.add(request, request_id=request_id)
            sent += 1
            try:
                batch.execute()
            except (HttpError, RefreshError, *_NETWORK_ERRORS) as error:
                mapped = map_error(error, what)
                if isinstance(mapped, SignInRequired):
                    raise mapped from error
                failed = {request_id: mapped for request_id in pending if request_id not in responses}
            errors.update({key: error for key, error in failed.items() if not _retryable(error)})
            unavailable = {key: error for key, error in failed.items() if _retryable(error)}
            pending = {key: pending[key] for key in unavailable}
        errors.update(unavailable)
        if any(isinstance(error, SignInRequired) for error in errors.values()):
            raise next(error for error in errors.values() if isinstance(error, SignInRequired))
        return BatchOutcome(responses=responses, errors=errors, http_requests=sent)
