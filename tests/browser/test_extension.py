"""The extension in real headless Chromium, on a Gmail-like page, against ``tactful serve``."""

from __future__ import annotations

import email.utils
from datetime import datetime
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from browser.chromium import Extension
from browser.conftest import UNKNOWN_THREAD
from browser.inbox import HARBOR_ID, LUMEN_ID, drafts
from browser.servers import Backend, free_port
from browser.thread_page import HOST, body_of, drafts_replying_to, host, open_from_inbox, open_menu, thread_of

pytestmark = pytest.mark.browser

# How fast the buttons appear is measured by bench/extension_latency.py, not asserted here.


def record_busy_states(page: Page, thread_id: str) -> None:
    """Records, in the page, every aria-busy the buttons take (the progress shown while drafting)."""
    page.evaluate(
        """(id) => {
            const root = document.querySelector(`[data-tactful-actions="${id}"]`).shadowRoot;
            window.busyStates = [];
            new MutationObserver((records) => records.forEach((r) => window.busyStates.push(
                `${r.target.dataset.action}:${r.target.getAttribute('aria-busy')}:${r.target.textContent}`)))
              .observe(root, { subtree: true, attributes: true, attributeFilter: ["aria-busy"] });
        }""",
        thread_id,
    )


def test_decline_saves_a_threaded_reply_draft_with_the_reason_chosen_in_the_menu(
    gmail_page: Page, invites: list[dict[str, str]], mail_folder: tuple[Path, Path]
) -> None:
    lumen = thread_of(invites, "Lumen Labs")
    open_from_inbox(gmail_page, "Interview invitation: Backend Engineer", lumen["thread_id"])
    open_menu(gmail_page, lumen["thread_id"])
    gmail_page.locator(f'{host(lumen["thread_id"])} select[name="reason"]').select_option("accepted_other_offer")
    record_busy_states(gmail_page, lumen["thread_id"])

    gmail_page.locator(f'{host(lumen["thread_id"])} button[data-action="decline"]').click()

    status = gmail_page.locator(f'{host(lumen["thread_id"])} .status.done')
    expect(status).to_contain_text("Draft saved for Marisol Okafor")
    assert gmail_page.evaluate("window.busyStates")[0] == "decline:true:Declining…"
    [draft] = drafts_replying_to(mail_folder[0], LUMEN_ID)
    assert email.utils.parseaddr(draft["To"])[1] == "marisol.okafor@lumenlabs.example"
    assert draft["Subject"] == "Re: Interview invitation: Backend Engineer at Lumen Labs"
    assert LUMEN_ID in draft["References"].split()
    body = body_of(draft)
    assert "accepted an offer" in body and "Backend Engineer" in body


def test_reschedule_saves_a_draft_that_proposes_free_times_with_the_users_reason(
    gmail_page: Page, invites: list[dict[str, str]], mail_folder: tuple[Path, Path], backend: Backend
) -> None:
    harbor = thread_of(invites, "Harbor Analytics")
    open_from_inbox(gmail_page, "Data Analyst interview", harbor["thread_id"])
    open_menu(gmail_page, harbor["thread_id"])
    why = "I will be travelling for work that day."
    gmail_page.locator(f'{host(harbor["thread_id"])} input[name="rescheduleReason"]').fill(why)

    gmail_page.locator(f'{host(harbor["thread_id"])} button[data-action="reschedule"]').click()

    expect(gmail_page.locator(f'{host(harbor["thread_id"])} .status.done')).to_contain_text("proposing 3 times")
    [draft] = drafts_replying_to(mail_folder[0], HARBOR_ID)
    assert draft["Subject"] == "Re: Data Analyst interview - Harbor Analytics"
    body = body_of(draft)
    assert why in body
    slots = backend.get(f"/api/threads/{harbor['thread_id']}")["slots"]
    assert len(slots) == 3
    busy = [("2026-04-08T09:30:00-04:00", "2026-04-08T11:30:00-04:00"), ("2026-04-09T09:00:00-04:00", "2026-04-09T17:00:00-04:00")]
    for slot in slots:
        start, end = datetime.fromisoformat(slot["start"]), datetime.fromisoformat(slot["end"])
        assert all(end <= datetime.fromisoformat(b) or start >= datetime.fromisoformat(e) for b, e in busy)
        listed = f"{start:%A} {start.day} {start:%B}"  # how the draft writes the day: "Tuesday 7 April"
        assert listed in body, (listed, body)


def test_buttons_follow_the_open_thread_never_twice_and_never_outside_a_thread(
    gmail_page: Page, invites: list[dict[str, str]]
) -> None:
    lumen, harbor = thread_of(invites, "Lumen Labs")["thread_id"], thread_of(invites, "Harbor Analytics")["thread_id"]
    expect(gmail_page.locator(HOST)).to_have_count(0)

    open_from_inbox(gmail_page, "Interview invitation: Backend Engineer", lumen)
    expect(gmail_page.locator(HOST)).to_have_count(1)

    gmail_page.evaluate("location.hash = '#inbox'")
    expect(gmail_page.locator(HOST)).to_have_count(0)

    open_from_inbox(gmail_page, "Data Analyst interview", harbor)
    expect(gmail_page.locator(HOST)).to_have_count(1)
    gmail_page.go_back()  # to the inbox
    gmail_page.go_back()  # to the Lumen thread, rebuilt by the page as Gmail does
    gmail_page.locator(host(lumen)).wait_for(state="attached")
    expect(gmail_page.locator(HOST)).to_have_count(1)

    # Quick hops between threads: whatever happens in between, one set of buttons for the last one.
    for thread_id in (harbor, lumen, harbor, UNKNOWN_THREAD["legacy_id"], harbor):
        gmail_page.evaluate("(id) => { location.hash = `#inbox/${id}`; }", thread_id)
    gmail_page.locator(host(harbor)).wait_for(state="attached")
    gmail_page.wait_for_timeout(400)
    expect(gmail_page.locator(HOST)).to_have_count(1)
    assert gmail_page.locator(f'[gh="mtb"]:visible {host(harbor)}').count() == 1


def test_a_decline_without_the_menu_follows_the_saved_settings(
    gmail_page: Page, invites: list[dict[str, str]], mail_folder: tuple[Path, Path], backend: Backend
) -> None:
    lumen = thread_of(invites, "Lumen Labs")["thread_id"]
    backend.put("/api/settings", {"default_tone": "warm", "default_reason": "accepted_other_offer"})
    try:
        open_from_inbox(gmail_page, "Interview invitation: Backend Engineer", lumen)
        gmail_page.locator(f'{host(lumen)} button[data-action="decline"]').click()
        expect(gmail_page.locator(f"{host(lumen)} .status.done")).to_contain_text("Draft saved")
    finally:
        backend.put("/api/settings", {"default_tone": "formal", "default_reason": "none"})
    [draft] = drafts_replying_to(mail_folder[0], LUMEN_ID)
    assert "I've just accepted an offer for another position." in body_of(draft)


def test_a_click_made_up_by_a_page_script_drafts_nothing(
    gmail_page: Page, invites: list[dict[str, str]], mail_folder: tuple[Path, Path]
) -> None:
    lumen = thread_of(invites, "Lumen Labs")["thread_id"]
    open_from_inbox(gmail_page, "Interview invitation: Backend Engineer", lumen)
    before = len(drafts(mail_folder[0]))
    gmail_page.evaluate(
        "(id) => document.querySelector(`[data-tactful-actions='${id}']`).shadowRoot"
        ".querySelector('button[data-action=decline]').click()",
        lumen,
    )
    gmail_page.wait_for_timeout(500)
    expect(gmail_page.locator(f"{host(lumen)} .status")).to_be_empty()
    assert len(drafts(mail_folder[0])) == before


def test_a_backend_that_is_down_shows_a_clear_error_in_place(
    connected: Extension, gmail: str, backend: Backend
) -> None:
    nobody = f"http://127.0.0.1:{free_port()}"
    assert "Cannot reach the Tactful server" in connected.connect(nobody, backend.token)
    page = connected.context.new_page()
    try:
        page.goto(gmail + "#inbox/" + UNKNOWN_THREAD["legacy_id"])
        button = page.locator(f'{host(UNKNOWN_THREAD["legacy_id"])} button[data-action="decline"]')
        button.click()
        error = page.locator(f'{host(UNKNOWN_THREAD["legacy_id"])} .status.error')
        expect(error).to_have_text(f"Cannot reach the Tactful server at {nobody}. Is it running (tactful serve)?")
        expect(button).to_be_enabled()
        expect(button).to_have_text("Decline")
    finally:
        page.close()


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("http://tactful.example.com", "A server on another machine must use https://."),
        ("http://127.0.0.1:8765/api", "Enter only the server's address, without a path, query or password."),
    ],
    ids=["plain HTTP off this machine", "an address with a path"],
)
def test_the_options_page_refuses_a_backend_address_it_must_not_use(
    connected: Extension, backend: Backend, address: str, expected: str
) -> None:
    options = connected.page("options.html")
    try:
        options.wait_for_selector("body:not([data-busy])")
        options.fill("#backend-url", address)
        options.click("#save-backend")
        expect(options.locator("#status.error")).to_have_text(expected)
    finally:
        options.close()
    assert connected.stored("backendUrl") == backend.url  # the working backend is kept


@pytest.mark.parametrize(
    ("token", "expected"),
    [("not-the-token", "Tactful is not signed in"), (None, "No thread 18f2a7c4d9e0b613")],
    ids=["a wrong token reads as signed out", "a thread the backend does not know"],
)
def test_backend_refusals_show_in_place(
    connected: Extension, gmail: str, backend: Backend, token: str | None, expected: str
) -> None:
    if token is not None:
        connected.connect(backend.url, token)
    page = connected.context.new_page()
    try:
        page.goto(gmail + "#inbox/" + UNKNOWN_THREAD["legacy_id"])
        page.locator(f'{host(UNKNOWN_THREAD["legacy_id"])} button[data-action="reschedule"]').click()
        expect(page.locator(f'{host(UNKNOWN_THREAD["legacy_id"])} .status.error')).to_contain_text(expected)
    finally:
        page.close()


def test_a_draft_for_a_conversation_that_is_no_invitation_comes_with_a_warning(
    gmail_page: Page, newsletter: dict[str, str]
) -> None:
    open_from_inbox(gmail_page, newsletter["subject"], newsletter["thread_id"])
    gmail_page.locator(f'{host(newsletter["thread_id"])} button[data-action="decline"]').click()
    expect(gmail_page.locator(f'{host(newsletter["thread_id"])} .status.warning')).to_contain_text(
        "does not look like an interview invitation"
    )


def test_the_menu_starts_from_the_users_settings_closes_like_a_menu_and_is_captured_as_an_artifact(
    gmail_page: Page, invites: list[dict[str, str]], backend: Backend, artifacts: Path
) -> None:
    harbor = thread_of(invites, "Harbor Analytics")["thread_id"]
    backend.put("/api/settings", {"default_tone": "warm", "default_reason": "timing"})
    try:
        open_from_inbox(gmail_page, "Data Analyst interview", harbor)
        open_menu(gmail_page, harbor)
    finally:
        backend.put("/api/settings", {"default_tone": "formal", "default_reason": "none"})
    expect(gmail_page.locator(f'{host(harbor)} select[name="tone"]')).to_have_value("warm")
    expect(gmail_page.locator(f'{host(harbor)} select[name="reason"]')).to_have_value("timing")

    shot = artifacts / "extension-buttons-and-menu.png"
    box = gmail_page.locator('[gh="tm"]:visible').bounding_box()
    assert box is not None
    gmail_page.screenshot(path=str(shot), clip={"x": 0, "y": 0, "width": 1280, "height": box["y"] + 330})
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    menu = gmail_page.locator(f"{host(harbor)} .menu")
    gmail_page.locator(f'{host(harbor)} select[name="tone"]').press("Escape")
    expect(menu).to_be_hidden()
    gmail_page.locator(f"{host(harbor)} button.more").click()
    expect(menu).to_be_visible()
    gmail_page.locator("h2.hP:visible").click()
    expect(menu).to_be_hidden()


def test_the_popup_lists_the_invitations_awaiting_an_answer_each_one_click_from_a_draft(
    connected: Extension, invites: list[dict[str, str]], mail_folder: tuple[Path, Path], artifacts: Path
) -> None:
    page = connected.page("popup.html")
    try:
        rows = page.locator("#invites li")
        expect(rows).to_have_count(3)
        assert rows.evaluate_all("(rows) => rows.map((r) => r.dataset.threadId)") == [t["thread_id"] for t in invites]
        harbor = rows.first
        expect(harbor.locator("a")).to_have_text("Data Analyst at Harbor Analytics")
        expect(harbor.locator(".when")).to_contain_text("Thu 9 Apr")

        harbor.locator('button[data-action="reschedule"]').click()

        expect(harbor.locator(".message.done")).to_have_text(
            "Draft saved for Theo Lindqvist <theo@harbor-analytics.example>, proposing 3 times. Review it, then send."
        )
        [draft] = drafts_replying_to(mail_folder[0], HARBOR_ID)
        assert "Would any of the following times suit you?" in body_of(draft)
        page.set_viewport_size({"width": 380, "height": 420})
        page.screenshot(path=str(artifacts / "extension-popup.png"))
    finally:
        page.close()
