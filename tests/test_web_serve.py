"""`tactful serve`: local mode listens on loopback only (checked without starting a server)."""

from __future__ import annotations

import pytest

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
