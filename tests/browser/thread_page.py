"""Steps and checks the browser tests share: the buttons of a thread on the Gmail-like page,
and the drafts the local backend saved."""

from __future__ import annotations

import email.policy
import mailbox
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from browser.inbox import drafts

HOST = "[data-tactful-actions]"


def host(thread_id: str) -> str:
    return f'{HOST}[data-tactful-actions="{thread_id}"]'


def open_from_inbox(page: Page, subject: str, thread_id: str) -> None:
    """Clicks the thread's row, as a user would; the buttons must follow the thread view."""
    page.locator("tr.zA", has_text=subject).click()
    heading = page.locator(f'h2.hP[data-legacy-thread-id="{thread_id}"]')
    heading.wait_for(state="visible")
    page.locator(host(thread_id)).wait_for(state="attached")


def open_thread(page: Page, thread_id: str) -> None:
    """Opens the thread by its address, as a link into Gmail does."""
    page.evaluate("(id) => { location.hash = `#inbox/${id}`; }", thread_id)
    page.locator(f'h2.hP[data-legacy-thread-id="{thread_id}"]').wait_for(state="visible")
    page.locator(host(thread_id)).wait_for(state="attached")


def open_menu(page: Page, thread_id: str) -> None:
    page.locator(f"{host(thread_id)} button.more").click()
    page.locator(f"{host(thread_id)}[data-menu-ready]").wait_for(state="attached")


def thread_of(invites: list[dict[str, Any]], company: str) -> dict[str, Any]:
    [thread] = [each for each in invites if each["company"] == company]
    return thread


def drafts_replying_to(maildir: Path, message_id: str) -> list[mailbox.MaildirMessage]:
    return [draft for draft in drafts(maildir) if draft["In-Reply-To"] == message_id]


def body_of(draft: mailbox.MaildirMessage) -> str:
    part = email.message_from_bytes(draft.as_bytes(), policy=email.policy.default).get_body(preferencelist=("plain",))
    assert part is not None
    text: str = part.get_content()
    return " ".join(text.split())
