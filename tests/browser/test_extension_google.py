"""The extension against the backend in Google mode: sign-in through chrome.identity's web
auth flow, then a draft that opens in the Gmail tab, in the account the tab shows.

Google is the fake Google server of tests/fakegoogle (real googleapiclient calls from the
backend); its consent page approves at once, since no person is there to click.
"""

from __future__ import annotations

import email
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from fakegoogle import FakeGoogle, serve
from playwright.sync_api import expect

from browser.chromium import Extension
from browser.inbox import LUMEN_ID, MESSAGES, NOW, USER_EMAIL
from browser.servers import Backend, free_port, tactful_serve

pytestmark = pytest.mark.browser


class ConsentingGoogle(FakeGoogle):
    """The fake Google with a consent page a browser can reach: the user allows everything."""

    def app(self, environ: dict[str, Any], start_response: Any) -> Any:
        if environ.get("PATH_INFO") == "/o/oauth2/auth":
            asked = f"{self.url}/o/oauth2/auth?{environ.get('QUERY_STRING', '')}"
            start_response("302 Found", [("Location", self.consent.approve(asked)), ("Content-Length", "0")])
            return [b""]
        return super().app(environ, start_response)


@dataclass(frozen=True)
class GoogleMode:
    google: FakeGoogle
    backend: Backend
    thread_id: str


@pytest.fixture(scope="module")
def google_mode(work_dir: Path, extension: Extension, gmail_threads: list[dict[str, Any]]) -> Iterator[GoogleMode]:
    with serve(ConsentingGoogle(now=datetime.fromisoformat(NOW), email_address=USER_EMAIL)) as google:
        invite = google.gmail.seed_message(MESSAGES[0])  # Lumen Labs' invitation
        port = free_port()
        env = {
            "TACTFUL_TESTING": "true",  # lets TACTFUL_GOOGLE_API_BASE point at the fake
            "TACTFUL_GOOGLE_API_BASE": google.url,
            "TACTFUL_GOOGLE_OAUTH_CLIENT_ID": google.consent.client_id,
            "TACTFUL_GOOGLE_OAUTH_CLIENT_SECRET": "not-a-secret",
            "TACTFUL_PUBLIC_URL": f"http://127.0.0.1:{port}",
            "TACTFUL_SECRET_KEY": "browser-test-session-key",
            "TACTFUL_TOKEN_KEY": Fernet.generate_key().decode(),
            "TACTFUL_ALLOWED_ORIGINS": f"chrome-extension://{extension.id}",
            # In UTC: the session store keeps expiry times as UTC wall-clock time (see the report).
            "TACTFUL_NOW": datetime.fromisoformat(NOW).astimezone(UTC).isoformat(),
            "OAUTHLIB_INSECURE_TRANSPORT": "1",  # the fake's token endpoint is plain HTTP on loopback
        }
        with tactful_serve(work_dir / "google-instance", env, port=port) as backend:
            gmail_threads.append(
                {
                    "legacy_id": invite.thread_id,
                    "perm_id": str(int(invite.thread_id, 16)),
                    "subject": "Interview invitation: Backend Engineer at Lumen Labs",
                    "sender_name": "Marisol Okafor",
                    "sender_email": "marisol.okafor@lumenlabs.example",
                    "snippet": "Thanks for applying to the Backend Engineer position at Lumen Labs.",
                    "body": "Thanks for applying to the Backend Engineer position at Lumen Labs.",
                    "messages": [
                        {
                            "legacy_id": invite.id,  # Gmail's hexadecimal message id
                            "sender_name": "Marisol Okafor",
                            "sender_email": "marisol.okafor@lumenlabs.example",
                            "body": "Thanks for applying to the Backend Engineer position at Lumen Labs.",
                        }
                    ],
                }
            )
            yield GoogleMode(google, backend, invite.thread_id)


def test_google_sign_in_a_decline_that_opens_its_draft_in_the_tabs_account_and_sign_out(
    extension: Extension, google_mode: GoogleMode, gmail: str
) -> None:
    options = extension.page("options.html")
    try:
        options.wait_for_selector("body:not([data-busy])")
        options.fill("#backend-url", google_mode.backend.url)
        options.click("#save-backend")
        expect(options.locator("#status")).to_have_text(f"Not signed in to {google_mode.backend.url}.")
        options.click("#sign-in")
        expect(options.locator("#status")).to_have_text(
            f"Connected to {google_mode.backend.url} (google mode) as {USER_EMAIL}.", timeout=15_000
        )
    finally:
        options.close()

    popup = extension.page("popup.html")
    try:
        expect(popup.locator("#invites li a")).to_have_attribute(
            "href", f"https://mail.google.com/mail/u/{USER_EMAIL}/#inbox/{google_mode.thread_id}"
        )
    finally:
        popup.close()

    page = extension.context.new_page()
    try:
        second_account = gmail.replace("/u/0/", "/u/1/")
        page.goto(f"{second_account}#inbox/{google_mode.thread_id}")
        buttons = f'[data-tactful-actions="{google_mode.thread_id}"]'
        page.locator(f"{buttons}[data-suggestion]").wait_for(state="attached")  # its reads are done
        reads_before = len(google_mode.google.calls("gmail.users.threads.get"))
        page.locator(f'{buttons} button[data-action="decline"]').click()

        dialog = page.locator('[role="dialog"][data-compose-id]')
        expect(dialog).to_be_visible()
        [(draft_id, message_id)] = google_mode.google.gmail.drafts.items()
        assert dialog.get_attribute("data-compose-id") == message_id
        assert page.url == f"{second_account}#drafts?compose={message_id}"
        saved = email.message_from_bytes(google_mode.google.gmail.messages[message_id].raw)
        assert saved["In-Reply-To"] == LUMEN_ID and saved["To"].endswith("<marisol.okafor@lumenlabs.example>")
        assert draft_id
        # The click named the message the tab shows: the backend read it without the thread.
        assert len(google_mode.google.calls("gmail.users.threads.get")) == reads_before
    finally:
        page.close()

    token = extension.stored("auth")["token"]
    assert google_mode.backend.status("/api/me", token) == 200
    options = extension.page("options.html")
    try:
        options.wait_for_selector("body:not([data-busy])")
        options.click("#sign-out")
        expect(options.locator("#status")).to_have_text(f"Not signed in to {google_mode.backend.url}.")
    finally:
        options.close()
    assert google_mode.backend.status("/api/me", token) == 401  # the backend ended the session too
