"""The fake Google server: a werkzeug WSGI app over the in-memory Gmail and Calendar.

Routes come from the bundled discovery documents (the same ones the client library
builds its services from), each request is checked against them, every call is logged,
charged in quota units, and may be delayed or answered by an injected fault.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from email.parser import Parser
from typing import Any
from urllib.parse import SplitResult, parse_qs, urlsplit

from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

from fakegoogle import calendar, gmail
from fakegoogle.errors import ApiError
from fakegoogle.idtokens import IdTokenIssuer
from fakegoogle.oauth import ConsentScreen
from fakegoogle.schema import (
    Method,
    SchemaError,
    check_body,
    check_query,
    find_method,
    load_api,
)

MAX_BATCH_PARTS = 100
BATCH = "batch"


@dataclass(frozen=True)
class LoggedRequest:
    """One call the fake answered; batch parts are logged with ``batched=True``."""

    method: str
    http_method: str
    path: str
    status: int
    batched: bool = False
    query: str = ""


def _methods() -> dict[str, Method]:
    gmail_api = load_api("gmail", "v1")
    calendar_api = load_api("calendar", "v3")
    found = {method_id: find_method(gmail_api, method_id) for method_id in gmail.HANDLERS}
    found.update({method_id: find_method(calendar_api, method_id) for method_id in calendar.HANDLERS})
    return found


def _rule(path: str) -> str:
    return "/" + path.replace("{", "<").replace("}", ">")


class FakeGoogle:
    """State, faults and accounting of one fake Google; ``app`` is its WSGI application."""

    def __init__(self, *, now: datetime, email_address: str = "sam.candidate@example.com") -> None:
        self.gmail = gmail.GmailState(email_address=email_address, now=now)
        self.calendar = calendar.CalendarState(email_address=email_address)
        self.log: list[LoggedRequest] = []
        self.units: Counter[str] = Counter()
        self.latency = 0.0
        self.access_tokens = {"ya29.fake-initial"}
        self.refresh_token: str | None = "1//fake-refresh"
        self.consent = ConsentScreen()
        self.subject = "108364522718930461247"  # the Google account's stable id ("sub")
        self.display_name = "Sam Candidate"
        self.id_tokens = IdTokenIssuer()
        # The per-message tokens an add-on event carries; when any is set, every Gmail call
        # must also send one as X-Goog-Gmail-Access-Token (the add-on scopes need it).
        self.gmail_access_tokens: set[str] = set()
        self.url = ""
        self._faults: dict[str, deque[int]] = {}
        self._lock = threading.RLock()
        self._methods = _methods()
        rules = [
            Rule(_rule(method.path), methods=[method.http_method], endpoint=method_id)
            for method_id, method in self._methods.items()
        ]
        rules += [
            Rule("/batch", methods=["POST"], endpoint=BATCH),
            Rule("/batch/gmail/v1", methods=["POST"], endpoint=BATCH),
            Rule("/batch/calendar/v3", methods=["POST"], endpoint=BATCH),
            Rule("/token", methods=["POST"], endpoint="token"),
            Rule("/v1/userinfo", methods=["GET"], endpoint="userinfo"),
            Rule("/oauth2/v1/certs", methods=["GET"], endpoint="certs"),
        ]
        self._routes = Map(rules)

    # ---- what tests set up and read ----

    def seed_message(self, raw: bytes, *, thread_id: str | None = None, **options: Any) -> gmail.StoredMessage:
        with self._lock:
            return self.gmail.seed_message(raw, thread_id=thread_id, **options)

    def fail(self, method: str, *statuses: int) -> None:
        """Answer the next calls of ``method`` (a discovery id, or "batch") with these statuses."""
        if method != BATCH and method not in self._methods:
            raise KeyError(method)
        with self._lock:
            self._faults.setdefault(method, deque()).extend(statuses)

    def expire_access_tokens(self) -> None:
        with self._lock:
            self.access_tokens.clear()

    def revoke(self) -> None:
        """The user revoked access: tokens and the refresh token stop working."""
        with self._lock:
            self.access_tokens.clear()
            self.refresh_token = None

    @property
    def quota_units(self) -> int:
        """Gmail quota units charged so far (calls answered with an error are not charged)."""
        return sum(units for method, units in self.units.items() if method.startswith("gmail."))

    def calls(self, method: str) -> list[LoggedRequest]:
        return [entry for entry in self.log if entry.method == method]

    # ---- WSGI ----

    def app(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        if self.latency:
            time.sleep(self.latency)
        status, payload, headers = self._top_level(request)
        if isinstance(payload, bytes):
            response = Response(payload, status=status, headers=headers)
        elif payload is None:
            response = Response(b"", status=status)
        else:
            response = Response(
                json.dumps(payload), status=status, headers=headers, content_type="application/json; charset=UTF-8"
            )
        return response(environ, start_response)

    def _top_level(self, request: Request) -> tuple[int, Any, dict[str, str]]:
        adapter = self._routes.bind("fake", "/")
        try:
            endpoint, _ = adapter.match(request.path, method=request.method)
        except (NotFound, MethodNotAllowed):
            endpoint = None
        if endpoint == "token":
            form = dict(request.form)
            if request.authorization and request.authorization.username:  # client id sent by HTTP Basic
                form.setdefault("client_id", request.authorization.username)
            status, payload = self._token(form)
            return status, payload, {}
        if endpoint == "userinfo":
            return (*self._userinfo(dict(request.headers)), {})
        if endpoint == "certs":
            with self._lock:
                self.log.append(LoggedRequest("oauth2.certs", "GET", request.path, 200))
            return 200, self.id_tokens.certs(), {"Cache-Control": "public, max-age=21600, must-revalidate, no-transform"}
        if endpoint == BATCH:
            return self._batch(request)
        status, payload = self.dispatch(
            request.method, request.full_path, dict(request.headers), request.get_data(), batched=False
        )
        return status, payload, {}

    def dispatch(
        self, http_method: str, target: str, headers: Mapping[str, str], data: bytes, *, batched: bool
    ) -> tuple[int, Any]:
        """Answer one API call: route, authenticate, inject faults, check, handle, account."""
        parts = urlsplit(target)
        adapter = self._routes.bind("fake", "/")
        try:
            method_id, path_args = adapter.match(parts.path, method=http_method)
        except (NotFound, MethodNotAllowed):
            return self._answer("unknown", http_method, parts, ApiError(404, "notFound", "Not Found"), batched)
        query = parse_qs(parts.query, keep_blank_values=True)
        with self._lock:
            try:
                self._authenticate(headers)
                if method_id.startswith("gmail."):
                    self._check_gmail_access_token(headers)
                self._inject(method_id)
                method = self._methods[method_id]
                check_query(method, query)
                body = json.loads(data) if data.strip() else None
                check_body(method, body)
                status, payload = self._handle(method_id, path_args, query, body)
            except SchemaError as error:
                return self._answer(method_id, http_method, parts, ApiError(400, "invalidArgument", str(error)), batched)
            except json.JSONDecodeError:
                return self._answer(method_id, http_method, parts, ApiError(400, "parseError", "Parse Error"), batched)
            except ApiError as error:
                return self._answer(method_id, http_method, parts, error, batched)
            self.units[method_id] += gmail.QUOTA_UNITS.get(method_id, 1)
            self.log.append(LoggedRequest(method_id, http_method, parts.path, status, batched, parts.query))
            return status, payload

    def _answer(self, method_id: str, http_method: str, target: SplitResult, error: ApiError, batched: bool) -> tuple[int, Any]:
        with self._lock:
            self.log.append(LoggedRequest(method_id, http_method, target.path, error.status, batched, target.query))
        return error.status, error.body()

    def _handle(self, method_id: str, path: Mapping[str, str], query: Mapping[str, list[str]], body: Any) -> tuple[int, Any]:
        if method_id in gmail.HANDLERS:
            return gmail.HANDLERS[method_id](self.gmail, path, query, body)
        return calendar.HANDLERS[method_id](self.calendar, path, query, body)

    def _authenticate(self, headers: Mapping[str, str]) -> None:
        lowered = {name.lower(): value for name, value in headers.items()}
        scheme, _, token = lowered.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or token not in self.access_tokens:
            raise ApiError(401, "authError", "Request had invalid authentication credentials.")

    def _check_gmail_access_token(self, headers: Mapping[str, str]) -> None:
        if not self.gmail_access_tokens:
            return
        lowered = {name.lower(): value for name, value in headers.items()}
        if lowered.get("x-goog-gmail-access-token") not in self.gmail_access_tokens:
            raise ApiError(403, "insufficientPermissions", "Request had insufficient authentication scopes.")

    def _inject(self, method_id: str) -> None:
        queue = self._faults.get(method_id)
        if queue:
            raise ApiError(queue.popleft())

    # ---- OAuth token endpoint ----

    def _token(self, form: Mapping[str, str]) -> tuple[int, Any]:
        with self._lock:
            if form.get("grant_type") == "authorization_code":
                return self._exchange_code(form)
            if form.get("grant_type") != "refresh_token" or self.refresh_token is None or form.get("refresh_token") != self.refresh_token:
                self.log.append(LoggedRequest("oauth2.token", "POST", "/token", 400))
                return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
            token = f"ya29.fake-{secrets.token_hex(6)}"
            self.access_tokens.add(token)
            self.log.append(LoggedRequest("oauth2.token", "POST", "/token", 200))
            return 200, {"access_token": token, "expires_in": 3599, "token_type": "Bearer"}

    def _exchange_code(self, form: Mapping[str, str]) -> tuple[int, Any]:
        granted = self.consent.redeem(form)
        if granted is None:
            self.log.append(LoggedRequest("oauth2.token", "POST", "/token", 400))
            return 400, {"error": "invalid_grant", "error_description": "Bad Request"}
        _, scopes = granted
        token = f"ya29.fake-{secrets.token_hex(6)}"
        self.access_tokens.add(token)
        self.refresh_token = f"1//fake-{secrets.token_hex(8)}"
        self.log.append(LoggedRequest("oauth2.token", "POST", "/token", 200))
        return 200, {
            "access_token": token,
            "expires_in": 3599,
            "token_type": "Bearer",
            "refresh_token": self.refresh_token,
            "scope": " ".join(scopes),
        }

    def _userinfo(self, headers: Mapping[str, str]) -> tuple[int, Any]:
        """OpenID Connect userinfo: who the access token belongs to."""
        try:
            self._authenticate(headers)
        except ApiError as error:
            return error.status, {"error": "invalid_token"}
        address = self.gmail.email_address
        return 200, {"sub": self.subject, "email": address, "email_verified": True, "name": self.display_name}

    # ---- batch ----

    def _batch(self, request: Request) -> tuple[int, Any, dict[str, str]]:
        try:
            with self._lock:
                self._authenticate(dict(request.headers))
                self._inject(BATCH)
            parts = _batch_parts(request.content_type, request.get_data())
            if len(parts) > MAX_BATCH_PARTS:
                raise ApiError(400, "invalidArgument", f"A batch holds at most {MAX_BATCH_PARTS} calls.")
        except ApiError as error:
            self._answer(BATCH, "POST", urlsplit(request.full_path), error, False)
            return error.status, error.body(), {}
        boundary = f"batch_{uuid.uuid4().hex}"
        chunks = []
        for content_id, http_method, target, headers, data in parts:
            status, payload = self.dispatch(http_method, target, headers, data, batched=True)
            chunks.append(_batch_response_part(boundary, content_id, status, payload))
        with self._lock:
            self.log.append(LoggedRequest(BATCH, "POST", request.path, 200))
        body = "".join(chunks) + f"--{boundary}--\r\n"
        return 200, body.encode("utf-8"), {"Content-Type": f"multipart/mixed; boundary={boundary}"}


def _batch_parts(content_type: str | None, data: bytes) -> list[tuple[str, str, str, dict[str, str], bytes]]:
    """The calls of a multipart/mixed batch: (Content-ID, method, target, headers, body)."""
    if not content_type or not content_type.startswith("multipart/mixed"):
        raise ApiError(400, "invalidArgument", "A batch request must be multipart/mixed.")
    envelope = Parser().parsestr(f"Content-Type: {content_type}\r\n\r\n" + data.decode("utf-8"))
    calls = []
    for part in envelope.walk():
        text = part.get_payload()
        if part is envelope or not isinstance(text, str):
            continue
        content_id = (part.get("Content-ID") or "").strip()
        request_line, _, rest = text.replace("\r\n", "\n").partition("\n")
        head, _, body = rest.partition("\n\n")
        try:
            http_method, target, _ = request_line.split(" ", 2)
        except ValueError:
            raise ApiError(400, "invalidArgument", f"Bad request line in a batch part: {request_line!r}") from None
        headers = dict(Parser().parsestr(head + "\n\n", headersonly=True).items())
        calls.append((content_id, http_method, target, headers, body.encode("utf-8")))
    return calls


def _batch_response_part(boundary: str, content_id: str, status: int, payload: Any) -> str:
    inner_id = content_id[1:-1] if content_id.startswith("<") and content_id.endswith(">") else content_id
    body = "" if payload is None else json.dumps(payload)
    reason = "OK" if status < 300 else "Error"
    return (
        f"--{boundary}\r\nContent-Type: application/http\r\nContent-ID: <response-{inner_id}>\r\n\r\n"
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json; charset=UTF-8\r\n"
        f"Content-Length: {len(body.encode('utf-8'))}\r\n\r\n{body}\r\n"
    )


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Tests read ``FakeGoogle.log`` instead of the access log."""


@contextmanager
def serve(fake: FakeGoogle) -> Iterator[FakeGoogle]:
    """Run ``fake`` on 127.0.0.1 at a free port for the duration of the block.

    The socket is bound before the thread starts, so the server is ready on return.
    """
    server: BaseWSGIServer = make_server("127.0.0.1", 0, fake.app, threaded=True, request_handler=_QuietHandler)
    fake.url = f"http://127.0.0.1:{server.port}"
    # A short poll interval only bounds how long shutdown() waits for the loop to notice.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-google", daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        thread.join()
        server.server_close()
