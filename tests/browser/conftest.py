"""Fixtures of the browser tests: one headless Chromium with the unpacked extension, the
Tactful backend in local mode on a Maildir written for these tests, and the Gmail-like
page served over HTTPS as mail.google.com. A missing Chromium fails the tests."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from tactful.adapters.maildir_mailbox import MaildirMailbox

from browser.chromium import CHROMIUM, Extension, chromium_with_extension
from browser.inbox import NEWSLETTER_SUBJECT, NOW, backend_env, write_mailbox
from browser.servers import (
    Backend,
    as_shown,
    free_port,
    gmail_page_server,
    self_signed_certificate,
    tactful_serve,
)

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# How long an expectation waits for the page to get there.  Playwright's 5 s default was
# missed once on a two-core machine running other work: a waiting limit, not a figure
# the tests assert (latency is measured by bench/extension_latency.py).
expect.set_options(timeout=20_000)
GMAIL = "https://mail.google.com/mail/u/0/"

# A thread Gmail shows that the backend does not know (a colleague's lunch plans).
UNKNOWN_THREAD = {
    "legacy_id": "18f2a7c4d9e0b613",
    "perm_id": str(int("18f2a7c4d9e0b613", 16)),
    "subject": "Lunch on Friday?",
    "sender_name": "Ines Duarte",
    "sender_email": "ines@example.net",
    "snippet": "Shall we try the new noodle place?",
    "body": "Shall we try the new noodle place on Friday? Ines",
}


@pytest.fixture(scope="session")
def work_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("browser")


@pytest.fixture(scope="session")
def gmail_port() -> int:
    return free_port()


@pytest.fixture(scope="session")
def extension(work_dir: Path, gmail_port: int) -> Iterator[Extension]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); .ci/run does it.")
    with chromium_with_extension(work_dir / "profile", gmail_port) as loaded:
        yield loaded


@pytest.fixture(scope="session")
def mail_folder(work_dir: Path) -> tuple[Path, Path]:
    return write_mailbox(work_dir / "mail")


@pytest.fixture(scope="session")
def backend(work_dir: Path, mail_folder: tuple[Path, Path], extension: Extension) -> Iterator[Backend]:
    with tactful_serve(work_dir / "instance", backend_env(*mail_folder, extension.id)) as running:
        yield running


@pytest.fixture(scope="session")
def invites(backend: Backend) -> list[dict[str, str]]:
    """The invite threads as the backend lists them; the Gmail page shows the same ids."""
    threads: list[dict[str, str]] = backend.get("/api/threads")["threads"]
    assert len(threads) == 3, threads
    return threads


@pytest.fixture(scope="session")
def newsletter(mail_folder: tuple[Path, Path]) -> dict[str, str]:
    """The newsletter's thread; the API lists only invitations, so its id comes from the Maildir adapter."""
    box = MaildirMailbox(mail_folder[0], lambda: datetime.fromisoformat(NOW))
    [thread] = [each for each in box.candidate_threads(30) if each.subject == NEWSLETTER_SUBJECT]
    return {
        "thread_id": thread.thread_id,
        "message_id": thread.message_id,
        "subject": thread.subject,
        "sender": thread.sender,
        "snippet": thread.snippet,
    }


@pytest.fixture(scope="session")
def gmail_threads() -> list[dict[str, Any]]:
    """The threads the Gmail-like page shows; tests of another mailbox add theirs."""
    return []


@pytest.fixture(scope="session")
def gmail(
    invites: list[dict[str, str]],
    newsletter: dict[str, str],
    gmail_threads: list[dict[str, Any]],
    gmail_port: int,
    work_dir: Path,
) -> Iterator[str]:
    """The Gmail-like page's address (https://mail.google.com/mail/u/0/): the backend's threads and one it does not know."""
    gmail_threads.extend([as_shown(thread) for thread in (*invites, newsletter)] + [UNKNOWN_THREAD])
    with gmail_page_server(gmail_threads, self_signed_certificate(work_dir), gmail_port):
        yield GMAIL


@pytest.fixture()
def connected(extension: Extension, backend: Backend) -> Extension:
    """The extension pointed at the running backend with its API token."""
    status = extension.connect(backend.url, backend.token)
    assert "local mode" in status, status
    return extension


@pytest.fixture()
def gmail_page(connected: Extension, gmail: str) -> Iterator[Page]:
    page = connected.context.new_page()
    page.goto(gmail + "#inbox")
    yield page
    page.close()


ARTIFACTS_SINCE = pytest.StashKey[float]()


@pytest.fixture(scope="session")
def artifacts(request: pytest.FixtureRequest) -> Path:
    """Where screenshots go (git-ignored); the run's summary lists those written by it."""
    ARTIFACTS.mkdir(exist_ok=True)
    request.config.stash[ARTIFACTS_SINCE] = time.time() - 1
    return ARTIFACTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    since = config.stash.get(ARTIFACTS_SINCE, None)
    if since is None:
        return
    written = sorted(path for path in ARTIFACTS.glob("*.png") if path.stat().st_mtime >= since)
    for path in written:
        terminalreporter.write_line(f"browser test artifact: {path}")
