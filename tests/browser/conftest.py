"""Fixtures of the browser tests: one headless Chromium with the unpacked extension, the
Tactful backend in local mode on a Maildir written for these tests, and the Gmail-like
page served over HTTPS as mail.google.com. A missing Chromium fails the tests."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, sync_playwright
from tactful.adapters.maildir_mailbox import MaildirMailbox

from browser.inbox import (
    NEWSLETTER_SUBJECT,
    NOW,
    USER_EMAIL,
    USER_NAME,
    ZONE,
    write_mailbox,
)
from browser.servers import (
    Backend,
    free_port,
    gmail_page_server,
    self_signed_certificate,
    tactful_serve,
)

CHROMIUM = Path("/usr/bin/chromium")
EXTENSION = Path(__file__).resolve().parents[2] / "extension"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
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


@dataclass(frozen=True)
class Extension:
    context: BrowserContext
    id: str

    def page(self, name: str) -> Page:
        page = self.context.new_page()
        page.goto(f"chrome-extension://{self.id}/{name}")
        return page

    def connect(self, backend_url: str, token: str) -> str:
        """Sets the backend and token through the options page; returns the status it shows."""
        page = self.page("options.html")
        try:
            page.wait_for_selector("body:not([data-busy])")
            for field, value, button in (("#backend-url", backend_url, "#save-backend"), ("#token", token, "#save-token")):
                page.fill(field, value)
                page.click(button)
                page.wait_for_selector("body:not([data-busy])")
            return page.inner_text("#status")
        finally:
            page.close()


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
    args = [
        f"--disable-extensions-except={EXTENSION}",
        f"--load-extension={EXTENSION}",
        f"--host-resolver-rules=MAP mail.google.com 127.0.0.1:{gmail_port}",
        "--ignore-certificate-errors",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ]
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(work_dir / "profile"),
            executable_path=str(CHROMIUM),
            headless=True,
            args=args,
            viewport={"width": 1280, "height": 720},
        )
        try:
            worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
            yield Extension(context, worker.url.split("/")[2])
        finally:
            context.close()


@pytest.fixture(scope="session")
def mail_folder(work_dir: Path) -> tuple[Path, Path]:
    return write_mailbox(work_dir / "mail")


@pytest.fixture(scope="session")
def backend(work_dir: Path, mail_folder: tuple[Path, Path], extension: Extension) -> Iterator[Backend]:
    maildir, calendar = mail_folder
    env = {
        "TACTFUL_MAILDIR": str(maildir),
        "TACTFUL_CALENDAR": str(calendar),
        "TACTFUL_NOW": NOW,
        "TACTFUL_ZONE": ZONE,
        "TACTFUL_USER_NAME": USER_NAME,
        "TACTFUL_USER_EMAIL": USER_EMAIL,
        "TACTFUL_ALLOWED_ORIGINS": f"chrome-extension://{extension.id}",
    }
    with tactful_serve(work_dir / "instance", env) as running:
        yield running


@pytest.fixture(scope="session")
def invites(backend: Backend) -> list[dict[str, str]]:
    """The invite threads as the backend lists them; the Gmail page shows the same ids."""
    threads: list[dict[str, str]] = backend.get("/api/threads")["threads"]
    assert len(threads) == 2, threads
    return threads


@pytest.fixture(scope="session")
def newsletter(mail_folder: tuple[Path, Path]) -> dict[str, str]:
    """The newsletter's thread; the API lists only invitations, so its id comes from the Maildir adapter."""
    box = MaildirMailbox(mail_folder[0], lambda: datetime.fromisoformat(NOW))
    [thread] = [each for each in box.candidate_threads(30) if each.subject == NEWSLETTER_SUBJECT]
    return {"thread_id": thread.thread_id, "subject": thread.subject, "sender": thread.sender, "snippet": thread.snippet}


def _as_shown(thread: dict[str, str]) -> dict[str, str]:
    name, _, address = thread["sender"].partition(" <")
    return {
        "legacy_id": thread["thread_id"],
        "perm_id": str(int(thread["thread_id"], 16)),
        "subject": thread["subject"],
        "sender_name": name,
        "sender_email": address.rstrip(">") or name,
        "snippet": thread["snippet"],
        "body": thread["snippet"],
    }


@pytest.fixture(scope="session")
def gmail(invites: list[dict[str, str]], newsletter: dict[str, str], gmail_port: int, work_dir: Path) -> Iterator[str]:
    """The Gmail-like page's address (https://mail.google.com/mail/u/0/): the backend's threads and one it does not know."""
    shown = [_as_shown(thread) for thread in (*invites, newsletter)] + [UNKNOWN_THREAD]
    with gmail_page_server(shown, self_signed_certificate(work_dir), gmail_port):
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
