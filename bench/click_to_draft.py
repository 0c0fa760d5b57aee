"""The click-to-draft path of the Google mode: Google round trips, calls, quota and server overhead.

Usage: python bench/click_to_draft.py [--clients 20] [--drafts-per-client 10] [--latency-ms 100]

Runs ``tactful serve`` in the Google mode (gunicorn, as in production) against the fake
Google of tests/fakegoogle with LATENCY added to every Google call, signs in the way the
extension does, then:

1. one reschedule draft at a time, with the latency on and off: the difference divided by
   the latency is the number of Google round trips the request waits for one after the
   other (``sequential_round_trips``; DESIGN's floor is 2: the thread read beside the
   free/busy query, then drafts.create).  Measured for a request that names the message
   (the extension sends Gmail's message id) and for one that names only the thread.
2. CLIENTS clients at once, each drafting replies to its own invitations: the Google calls
   and Gmail quota units per draft, and the server's own time per request (total time
   minus the latency of its sequential round trips) at p50 and p99.

Prints the figures, and as its last line one JSON object with ``sequential_round_trips,
google_calls_per_draft, quota_units_per_draft, overhead_p50_ms, overhead_p99_ms``.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from cryptography.fernet import Fernet  # noqa: E402

from fakegoogle import FakeGoogle, serve  # noqa: E402  (the fake lives with the tests)
from fakegoogle.oauth import url_query  # noqa: E402

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
EXTENSION_ID = "abcdefghijklmnopabcdefghijklmnop"
RETURN_TO = f"https://{EXTENSION_ID}.chromiumapp.org/"
EMPLOYERS = ("Northwind", "Halden", "Lumenloop", "Tallyfield", "Corvane", "Brennwerk", "Quayside", "Ostara")


def _invite(number: int) -> bytes:
    employer = EMPLOYERS[number % len(EMPLOYERS)]
    message = EmailMessage()
    message["From"] = f"Recruiting at {employer} <talent@{employer.lower()}.example>"
    message["To"] = "Sam Candidate <sam.candidate@example.com>"
    message["Subject"] = f"Interview for the Data Engineer role at {employer} ({number})"
    message["Date"] = format_datetime(NOW - timedelta(hours=2 + number % 48))
    message["Message-ID"] = f"<invite-{number}@{employer.lower()}.example>"
    message.set_content(
        f"Hi Sam,\n\nThanks for applying to {employer}. We would like to invite you to a 45-minute video "
        f"interview for the Data Engineer role on Thursday 13 March at 14:00 GMT.\n\nBest regards,\n"
        f"Jordan Ellis\nTalent team, {employer}\n"
    )
    return message.as_bytes()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _start_server(fake: FakeGoogle, port: int, instance: Path, workers: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "OAUTHLIB_INSECURE_TRANSPORT": "1",  # the fake's token endpoint is plain HTTP on loopback
        "TACTFUL_INSTANCE_PATH": str(instance),
        "TACTFUL_TESTING": "true",
        "TACTFUL_GOOGLE_OAUTH_CLIENT_ID": fake.consent.client_id,
        "TACTFUL_GOOGLE_OAUTH_CLIENT_SECRET": "not-a-secret",
        "TACTFUL_PUBLIC_URL": f"http://127.0.0.1:{port}",
        "TACTFUL_SECRET_KEY": "bench-secret",
        "TACTFUL_TOKEN_KEY": Fernet.generate_key().decode(),
        "TACTFUL_GOOGLE_API_BASE": fake.url,
        "TACTFUL_ALLOWED_ORIGINS": f"chrome-extension://{EXTENSION_ID}",
        "TACTFUL_NOW": NOW.isoformat(),
        "TACTFUL_RATE_LIMIT": "100000 per minute",
    }
    command = [sys.executable, "-m", "tactful", "serve", "--port", str(port), "--workers", str(workers)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server
        except OSError:
            if server.poll() is not None:
                raise SystemExit("tactful serve stopped: " + (server.stderr.read().decode() if server.stderr else ""))
            time.sleep(0.1)
    server.kill()
    raise SystemExit("tactful serve did not start within 60 s")


def _sign_in(base: str, fake: FakeGoogle) -> str:
    """The extension's sign-in, by HTTP: consent on the fake, callback, code for a token."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _NoRedirect())

    def location(url: str) -> str:
        try:
            opener.open(url)
        except urllib.error.HTTPError as answer:
            if answer.code == 302:
                return str(answer.headers["Location"])
            raise
        raise SystemExit(f"{url} did not redirect")

    consent = location(f"{base}/auth/extension/start?{urlencode({'redirect_uri': RETURN_TO})}")
    callback = urlsplit(fake.consent.approve(consent))
    landing = location(f"{base}{callback.path}?{callback.query}")
    code = url_query(landing)["code"]
    request = urllib.request.Request(
        f"{base}/auth/extension/token", data=json.dumps({"code": code}).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request) as answer:
        return str(json.loads(answer.read())["token"])


def _draft(base: str, token: str, thread_id: str, message_id: str | None) -> float:
    """One reschedule click; its wall time in seconds."""
    body: dict[str, str] = {"action": "reschedule"}
    if message_id:
        body["message_id"] = message_id
    request = urllib.request.Request(
        f"{base}/api/threads/{thread_id}/drafts",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as answer:
        answer.read()
        if answer.status not in (200, 201):
            raise SystemExit(f"draft failed: HTTP {answer.status}")
    return time.perf_counter() - started


def _round_trips(base: str, token: str, fake: FakeGoogle, invites: list[tuple[str, str]], latency: float, named: bool) -> float:
    """Round trips one isolated draft waits for: (time with latency - time without) / latency."""
    timings: dict[float, list[float]] = {0.0: [], latency: []}
    for index, (thread_id, message_id) in enumerate(invites):
        fake.latency = latency if index % 2 else 0.0
        timings[fake.latency].append(_draft(base, token, thread_id, message_id if named else None))
    fake.latency = 0.0
    return (statistics.median(timings[latency]) - statistics.median(timings[0.0])) / latency


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--drafts-per-client", type=int, default=10)
    parser.add_argument("--latency-ms", type=float, default=100.0)
    parser.add_argument("--workers", type=int, default=5, help="gunicorn workers (4 threads each)")
    args = parser.parse_args()
    latency = args.latency_ms / 1000

    fake = FakeGoogle(now=NOW)
    isolated = 16
    total = isolated * 2 + args.clients * args.drafts_per_client
    invites = []
    for number in range(total):
        stored = fake.seed_message(_invite(number))
        invites.append((stored.thread_id, stored.id))
    with serve(fake), tempfile.TemporaryDirectory() as instance:
        port = _free_port()
        server = _start_server(fake, port, Path(instance), args.workers)
        base = f"http://127.0.0.1:{port}"
        try:
            token = _sign_in(base, fake)
            for _ in range(args.workers * 4):  # every worker refreshes its access token once
                urllib.request.urlopen(urllib.request.Request(f"{base}/api/me", headers={"Authorization": f"Bearer {token}"})).read()
            named_trips = _round_trips(base, token, fake, invites[:isolated], latency, named=True)
            thread_only_trips = _round_trips(base, token, fake, invites[isolated : 2 * isolated], latency, named=False)
            sequential = round(named_trips)

            fake.latency = latency
            calls_before, units_before = len(fake.log), fake.quota_units
            work = invites[2 * isolated :]
            times: list[float] = []
            lock = threading.Lock()

            def client(mine: list[tuple[str, str]]) -> None:
                for thread_id, message_id in mine:
                    spent = _draft(base, token, thread_id, message_id)
                    with lock:
                        times.append(spent)

            started = time.perf_counter()
            workers = [
                threading.Thread(target=client, args=(work[index :: args.clients],)) for index in range(args.clients)
            ]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            elapsed = time.perf_counter() - started
            drafts = len(times)
            calls = [entry for entry in fake.log[calls_before:] if not entry.batched]
        finally:
            server.terminate()
            server.wait(timeout=30)

    overhead = sorted((spent - sequential * latency) * 1000 for spent in times)
    print(f"isolated draft, message id known: {named_trips:.2f} sequential Google round trips")
    print(f"isolated draft, thread id only:   {thread_only_trips:.2f} sequential Google round trips")
    print(f"{drafts} drafts by {args.clients} concurrent clients in {elapsed:.1f} s on {args.workers} gunicorn workers")
    by_method: dict[str, int] = {}
    for entry in calls:
        by_method[entry.method] = by_method.get(entry.method, 0) + 1
    for method, count in sorted(by_method.items()):
        print(f"  {method}: {count}")
    figures = {
        "sequential_round_trips": sequential,
        "sequential_round_trips_measured": round(named_trips, 2),
        "sequential_round_trips_thread_id_only": round(thread_only_trips, 2),
        "google_calls_per_draft": round(len(calls) / drafts, 3),
        "quota_units_per_draft": round((fake.quota_units - units_before) / drafts, 2),
        "overhead_p50_ms": round(statistics.median(overhead), 1),
        "overhead_p99_ms": round(overhead[min(len(overhead) - 1, int(0.99 * len(overhead)))], 1),
        "drafts": drafts,
        "clients": args.clients,
        "latency_ms": args.latency_ms,
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
