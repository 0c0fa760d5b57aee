"""Debian's Chromium, headless, with the unpacked extension, driven by Playwright.

Playwright never downloads a browser here: it starts ``/usr/bin/chromium``. Gmail's host
name is mapped to the local HTTPS page server, whose self-signed certificate is accepted.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Page, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
EXTENSION = Path(__file__).resolve().parents[2] / "extension"


def chromium_args(gmail_port: int, extension: Path = EXTENSION) -> list[str]:
    return [
        f"--disable-extensions-except={extension}",
        f"--load-extension={extension}",
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


@dataclass(frozen=True)
class Extension:
    context: BrowserContext
    id: str

    def page(self, name: str) -> Page:
        page = self.context.new_page()
        page.goto(f"chrome-extension://{self.id}/{name}")
        return page

    def stored(self, key: str) -> Any:
        """What the extension keeps in chrome.storage.local under ``key``, read by its worker."""
        [worker] = self.context.service_workers
        return worker.evaluate("(key) => chrome.storage.local.get(key).then((items) => items[key])", key)

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


@contextmanager
def chromium_with_extension(profile: Path, gmail_port: int) -> Iterator[Extension]:
    """A browser context with the extension loaded."""
    if not CHROMIUM.exists():
        raise FileNotFoundError(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); .ci/run does it.")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=chromium_args(gmail_port),
            viewport={"width": 1280, "height": 720},
        )
        try:
            worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
            yield Extension(context, worker.url.split("/")[2])
        finally:
            context.close()
