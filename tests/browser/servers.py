"""The servers the browser tests run: the Gmail-like page over HTTPS, and ``tactful serve``."""

from __future__ import annotations

import datetime
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

PAGE_DIR = Path(__file__).parent / "gmail"
GMAIL_HOST = "mail.google.com"
_STATIC = {"/fake-gmail/gmail.js": "text/javascript", "/fake-gmail/gmail.css": "text/css"}
_FORWARDED = {"authorization", "content-type", "accept"}  # the headers the recording proxy passes on


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def self_signed_certificate(folder: Path, host: str = GMAIL_HOST) -> tuple[Path, Path]:
    """A certificate and key for ``host``; Chromium runs with --ignore-certificate-errors."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=7))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "gmail-cert.pem", folder / "gmail-key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def as_shown(thread: Mapping[str, Any]) -> dict[str, Any]:
    """How the Gmail-like page shows a thread of GET /api/threads: the same thread id, and its
    newest message with the backend's message id as Gmail's data-legacy-message-id."""
    name, _, address = str(thread["sender"]).partition(" <")
    sender = {"sender_name": name, "sender_email": address.rstrip(">") or name}
    return {
        "legacy_id": thread["thread_id"],
        "perm_id": str(int(thread["thread_id"], 16)),
        "subject": thread["subject"],
        **sender,
        "snippet": thread["snippet"],
        "body": thread["snippet"],
        "messages": [{"legacy_id": thread["message_id"], **sender, "body": thread["snippet"]}],
    }


def _page(threads: list[dict[str, Any]]) -> bytes:
    data = json.dumps({"threads": threads}).replace("<", "\\u003c")  # stays inside its <script>
    return (PAGE_DIR / "index.html").read_text(encoding="utf-8").replace("__MAILBOX_JSON__", data).encode("utf-8")


@contextmanager
def gmail_page_server(threads: list[dict[str, Any]], certificate: tuple[Path, Path], port: int) -> Iterator[None]:
    """Serves the Gmail-like app at https://127.0.0.1:PORT/mail/u/N/ until the block ends.

    Each page load shows ``threads`` as they are then, so a test may add threads.
    """
    class Handler(BaseHTTPRequestHandler):
        # Chromium opens connections ahead of need; an idle one ends after this many seconds,
        # so closing the server (which waits for its handlers) never leaves a socket open.
        timeout = 1

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            if path.startswith("/mail/u/"):
                self._answer(200, "text/html; charset=utf-8", _page(threads))
            elif path in _STATIC:
                self._answer(200, _STATIC[path], (PAGE_DIR / Path(path).name).read_bytes())
            else:
                self._answer(404, "text/plain", b"not found")

        def _answer(self, status: int, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = False
    server.block_on_close = True
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()


class Backend:
    """A running ``tactful serve`` in local mode."""

    def __init__(self, url: str, token: str, process: subprocess.Popen[bytes]) -> None:
        self.url, self.token, self.process = url, token, process

    def get(self, path: str) -> Any:
        request = urllib.request.Request(self.url + path, headers={"Authorization": f"Bearer {self.token}"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            return json.load(answer)

    def status(self, path: str, token: str) -> int:
        """The HTTP status of GET ``path`` with ``token`` (not necessarily the backend's own)."""
        request = urllib.request.Request(self.url + path, headers={"Authorization": f"Bearer {token}"})
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                status: int = answer.status
                return status
        except urllib.error.HTTPError as refused:
            refused.close()
            return refused.code

    def put(self, path: str, body: Mapping[str, Any]) -> Any:
        request = urllib.request.Request(
            self.url + path,
            data=json.dumps(body).encode("utf-8"),
            method="PUT",
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            return json.load(answer)


def _tactful_command() -> list[str]:
    script = Path(sys.executable).parent / "tactful"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from tactful.cli import main; raise SystemExit(main())"]


@contextmanager
def tactful_serve(
    instance: Path, env: Mapping[str, str], port: int | None = None, startup_timeout: float = 30.0
) -> Iterator[Backend]:
    """Starts ``tactful serve`` on loopback and waits until it answers HTTP.

    The backend's token is the local mode's API token (empty in the Google mode, which prints none).
    """
    port = port or free_port()
    log = (instance.parent / f"tactful-serve-{port}.log").open("wb")
    process = subprocess.Popen(
        [*_tactful_command(), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env={**os.environ, "TACTFUL_INSTANCE_PATH": str(instance), **env},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_up(process, f"http://127.0.0.1:{port}", Path(log.name), startup_timeout)
        token_file = instance / "api-token"
        token = token_file.read_text(encoding="ascii").strip() if token_file.exists() else ""
        yield Backend(f"http://127.0.0.1:{port}", token, process)
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def _wait_until_up(process: subprocess.Popen[bytes], url: str, log: Path, timeout: float) -> None:
    """Returns once the backend answers anything at all (401 included)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"tactful serve exited with {process.returncode}; see {log}")
        try:
            with urllib.request.urlopen(url + "/api/me", timeout=5):
                return
        except urllib.error.HTTPError as answered:
            answered.close()
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise RuntimeError(f"tactful serve did not answer at {url} within {timeout} s; see {log}")


class Recorder:
    """What went through a recording proxy: ``(method, path, JSON body or None)`` per request."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.requests: list[tuple[str, str, Any]] = []

    def bodies(self, method: str, path_end: str) -> list[Any]:
        return [body for verb, path, body in self.requests if verb == method and path.endswith(path_end)]


@contextmanager
def recording_proxy(backend_url: str) -> Iterator[Recorder]:
    """A plain HTTP proxy on loopback in front of the backend that records each request, so a
    test sees what the extension's worker sent while the real backend answers it."""
    recorder = Recorder("")

    class Handler(BaseHTTPRequestHandler):
        timeout = 1

        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            data = self.rfile.read(length) if length else None
            recorder.requests.append((self.command, self.path, json.loads(data) if data else None))
            wanted = {name: value for name, value in self.headers.items() if name.lower() in _FORWARDED}
            request = urllib.request.Request(backend_url + self.path, data=data, method=self.command, headers=wanted)
            try:
                with urllib.request.urlopen(request, timeout=30) as answer:
                    self._reply(answer.status, answer.headers.get("Content-Type", ""), answer.read())
            except urllib.error.HTTPError as refused:
                with refused:
                    self._reply(refused.code, refused.headers.get("Content-Type", ""), refused.read())

        do_GET = do_POST = do_PUT = _forward

        def _reply(self, status: int, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    recorder.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield recorder
    finally:
        server.shutdown()
        server.server_close()

