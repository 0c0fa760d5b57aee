"""`tactful serve`: local mode listens on loopback only; the Google mode runs on gunicorn."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from fakegoogle import FakeGoogle

from tactful.cli import _is_loopback, main


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "example.com"])
def test_serve_refuses_a_host_other_machines_can_reach_in_local_mode(
    host: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TACTFUL_GOOGLE_OAUTH_CLIENT_ID", raising=False)
    assert main(["serve", "--host", host]) == 2
    error = capsys.readouterr().err
    assert "local mode" in error and "127.0.0.1" in error


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.8.9.1", True), ("::1", True), ("localhost", True), ("0.0.0.0", False), ("10.0.0.1", False)],
    ids=["the usual loopback", "the rest of 127/8", "IPv6 loopback", "localhost", "every interface", "a private address"],
)
def test_loopback_hosts_are_told_apart_from_the_others(host: str, loopback: bool) -> None:
    assert _is_loopback(host) is loopback


def test_serve_runs_the_google_mode_on_gunicorn(fake: FakeGoogle, tmp_path: Path) -> None:
    """A real `tactful serve` process: gunicorn workers answering the API and starting sign-in."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "OAUTHLIB_INSECURE_TRANSPORT": "1",  # the fake Google is plain HTTP on loopback
        "TACTFUL_INSTANCE_PATH": str(tmp_path),
        "TACTFUL_TESTING": "true",
        "TACTFUL_GOOGLE_OAUTH_CLIENT_ID": fake.consent.client_id,
        "TACTFUL_GOOGLE_OAUTH_CLIENT_SECRET": "not-a-secret",
        "TACTFUL_PUBLIC_URL": f"http://127.0.0.1:{port}",
        "TACTFUL_SECRET_KEY": "test-secret",
        "TACTFUL_TOKEN_KEY": Fernet.generate_key().decode(),
        "TACTFUL_GOOGLE_API_BASE": fake.url,
        "TACTFUL_ALLOWED_ORIGINS": f"chrome-extension://{'a' * 32}",
    }
    command = [sys.executable, "-m", "tactful", "serve", "--port", str(port), "--workers", "2"]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/me", timeout=2)
            except urllib.error.HTTPError as refused:
                with refused:
                    assert refused.code == 401
                    assert json.loads(refused.read())["error"] == "unauthorized"
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                assert time.monotonic() < deadline, "tactful serve did not start"
                time.sleep(0.2)
        start = urllib.request.Request(f"{base}/auth/extension/start?redirect_uri=https://{'a' * 32}.chromiumapp.org/")
        opener = urllib.request.build_opener(_NoRedirect())
        with pytest.raises(urllib.error.HTTPError) as redirected:
            opener.open(start)
        with redirected.value:
            assert redirected.value.code == 302 and "code_challenge" in redirected.value.headers["Location"]
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert b"Google mode" in output


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None
