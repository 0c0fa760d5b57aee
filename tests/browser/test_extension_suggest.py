"""Suggested replies in the extension (issue 8), in real headless Chromium against
``tactful serve``: the suggested button first with its reason and why, the preferences
edited from the options page, and the open message's id sent with a click."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from browser.chromium import Extension
from browser.conftest import UNKNOWN_THREAD
from browser.inbox import LUMEN_ID, NORTHWIND_ID
from browser.servers import Backend, recording_proxy
from browser.thread_page import body_of, drafts_replying_to, host, open_menu, open_thread, thread_of

pytestmark = pytest.mark.browser

NO_PREFERENCES: dict[str, Any] = {
    "arrangements": [],
    "locations": [],
    "employment_types": [],
    "minimum_pay": None,
    "avoid_companies": [],
    "avoid_sectors": [],
    "not_looking": False,
    "style": "menu",
}


@pytest.fixture()
def fresh_settings(backend: Backend) -> Iterator[None]:
    """Whatever a test saves, the next one starts without preferences or signing name."""
    yield
    backend.put("/api/settings", {"preferences": NO_PREFERENCES, "name": None, "draft_ahead": False})


def buttons_in_order(page: Page, thread_id: str) -> list[str]:
    texts: list[str] = page.locator(f"{host(thread_id)} button[data-action]").all_inner_texts()
    return texts


def test_a_time_that_clashes_with_the_calendar_puts_reschedule_first_and_says_why(
    gmail_page: Page, invites: list[dict[str, Any]]
) -> None:
    harbor = thread_of(invites, "Harbor Analytics")["thread_id"]
    open_thread(gmail_page, harbor)
    gmail_page.locator(f'{host(harbor)}[data-suggestion="reschedule"]').wait_for(state="attached")
    assert buttons_in_order(gmail_page, harbor) == ["Reschedule — suggested", "Decline"]
    open_menu(gmail_page, harbor)
    why = gmail_page.locator(f"{host(harbor)} .suggested-why")
    expect(why.locator(".headline")).to_have_text("Tactful suggests asking for another time, 90% sure.")
    expect(why.locator(".note")).to_have_text("The proposed time overlaps Team offsite (Thu 09 Apr 09:00–17:00).")


@pytest.mark.usefixtures("fresh_settings")
def test_not_looking_puts_decline_first_with_the_timing_reason_and_a_click_drafts_it(
    gmail_page: Page, invites: list[dict[str, Any]], backend: Backend, mail_folder: tuple[Path, Path]
) -> None:
    backend.put("/api/settings", {"preferences": {"not_looking": True}})
    lumen = thread_of(invites, "Lumen Labs")["thread_id"]
    open_thread(gmail_page, lumen)
    gmail_page.locator(f'{host(lumen)}[data-suggestion="decline"]').wait_for(state="attached")
    assert buttons_in_order(gmail_page, lumen) == ["Decline — suggested", "Reschedule"]
    open_menu(gmail_page, lumen)
    expect(gmail_page.locator(f'{host(lumen)} select[name="reason"]')).to_have_value("timing")
    expect(gmail_page.locator(f"{host(lumen)} .suggested-why")).to_have_text(
        "Tactful suggests declining (timing), 95% sure.You are not looking for a new job right now."
    )

    gmail_page.locator(f'{host(lumen)} button[data-action="decline"]').click()

    expect(gmail_page.locator(f"{host(lumen)} .status.done")).to_contain_text("Draft saved for Marisol Okafor")
    expect(gmail_page.locator(f'{host(lumen)} button[data-action="decline"]')).to_have_text("Decline — suggested")
    [draft] = drafts_replying_to(mail_folder[0], LUMEN_ID)
    assert "The timing is not right for me to make a move at present." in body_of(draft)


def test_a_free_time_puts_an_accept_button_first_and_a_click_drafts_the_acceptance(
    gmail_page: Page, invites: list[dict[str, Any]], mail_folder: tuple[Path, Path]
) -> None:
    northwind = thread_of(invites, "Northwind Health")["thread_id"]
    open_thread(gmail_page, northwind)
    gmail_page.locator(f'{host(northwind)}[data-suggestion="accept"]').wait_for(state="attached")
    assert buttons_in_order(gmail_page, northwind) == ["Accept — suggested", "Decline", "Reschedule"]

    gmail_page.locator(f'{host(northwind)} button[data-action="accept"]').click()

    expect(gmail_page.locator(f"{host(northwind)} .status.done")).to_contain_text("Draft saved for Priya Raman")
    [draft] = drafts_replying_to(mail_folder[0], NORTHWIND_ID)
    body = body_of(draft)
    assert "Thank you for the invitation to interview for" in body, body
    assert "Tuesday 7 April" in body, body


def test_without_a_suggestion_the_buttons_stay_and_the_menu_says_why(connected: Extension, gmail: str) -> None:
    page = connected.context.new_page()
    try:
        page.goto(gmail + "#inbox/" + UNKNOWN_THREAD["legacy_id"])
        unknown = UNKNOWN_THREAD["legacy_id"]
        page.locator(f'{host(unknown)}[data-suggestion="unavailable"]').wait_for(state="attached")
        assert buttons_in_order(page, unknown) == ["Decline", "Reschedule"]
        expect(page.locator(f"{host(unknown)} .status")).to_be_empty()
        open_menu(page, unknown)
        expect(page.locator(f"{host(unknown)} .suggested-why")).to_contain_text("No suggested reply: No thread")
    finally:
        page.close()


def test_a_click_names_the_newest_message_gmail_shows_and_the_draft_answers_it(
    connected: Extension,
    gmail: str,
    backend: Backend,
    invites: list[dict[str, Any]],
    gmail_threads: list[dict[str, Any]],
    mail_folder: tuple[Path, Path],
) -> None:
    lumen = thread_of(invites, "Lumen Labs")
    [shown] = [each for each in gmail_threads if each["legacy_id"] == lumen["thread_id"]]
    newest = shown["messages"][-1]
    # Gmail lists the thread's messages oldest first: an earlier one (not in the local
    # mailbox, so naming it would fail) comes before the invitation.
    earlier = {**newest, "legacy_id": "18e0c3a7b2d4f901", "body": "Thanks, I applied last week."}
    shown["messages"] = [earlier, newest]
    try:
        with recording_proxy(backend.url) as proxy:
            connected.connect(proxy.url, backend.token)
            page = connected.context.new_page()
            try:
                page.goto(gmail + "#inbox/" + lumen["thread_id"])
                page.locator(f'{host(lumen["thread_id"])} button[data-action="reschedule"]').click()
                expect(page.locator(f'{host(lumen["thread_id"])} .status.done')).to_contain_text("proposing 3 times")
            finally:
                page.close()
    finally:
        shown["messages"] = [newest]
    [sent] = proxy.bodies("POST", f"/api/threads/{lumen['thread_id']}/drafts")
    assert sent["message_id"] == lumen["message_id"] == newest["legacy_id"]
    asked = [path for verb, path, _ in proxy.requests if verb == "GET" and path.startswith(f"/api/threads/{lumen['thread_id']}?")]
    assert asked == [f"/api/threads/{lumen['thread_id']}?message_id={newest['legacy_id']}"]  # the suggestion too
    assert sent["action"] == "reschedule"
    [draft] = drafts_replying_to(mail_folder[0], LUMEN_ID)
    assert "Would any of the following times suit you?" in body_of(draft)


def options_page(connected: Extension) -> Page:
    page = connected.page("options.html")
    page.wait_for_selector("body:not([data-busy])")
    expect(page.locator("#settings")).to_be_visible()
    return page


@pytest.mark.usefixtures("fresh_settings")
def test_preferences_and_the_signing_name_saved_in_the_options_reach_the_backend(
    connected: Extension, backend: Backend, artifacts: Path
) -> None:
    page = options_page(connected)
    try:
        page.check('input[name="arrangements"][value="remote"]')
        page.check('input[name="arrangements"][value="hybrid"]')
        page.fill('textarea[name="locations"]', "Hamburg, Germany\nLisbon\n")
        page.check('input[name="employment_types"][value="full_time"]')
        page.fill('input[name="pay_amount"]', "85,000")
        page.fill('input[name="pay_currency"]', "eur")
        page.select_option('select[name="pay_period"]', "year")
        page.fill('textarea[name="avoid_companies"]', "Acme, Inc.")
        page.check('input[name="avoid_sectors"][value="gambling"]')
        page.select_option('select[name="style"]', "one_time")
        page.fill('input[name="name"]', "Jordan B. Blake")
        page.check('input[name="draft_ahead"]')
        page.click("#save-settings")
        expect(page.locator("#settings-status.done")).to_have_text("Preferences saved.")
        page.set_viewport_size({"width": 640, "height": 1100})
        page.screenshot(path=str(artifacts / "extension-options-preferences.png"), full_page=True)
    finally:
        page.close()

    settings = backend.get("/api/settings")
    assert settings["name"] == "Jordan B. Blake"
    assert settings["draft_ahead"] is True
    assert settings["preferences"] == {
        "arrangements": ["hybrid", "remote"],
        "locations": ["Hamburg, Germany", "Lisbon"],
        "employment_types": ["full_time"],
        "minimum_pay": {"amount": 85000.0, "currency": "EUR", "period": "year"},
        "avoid_companies": ["Acme, Inc."],
        "avoid_sectors": ["gambling"],
        "not_looking": False,
        "style": "one_time",
    }

    again = options_page(connected)  # a new page shows what the backend keeps
    try:
        expect(again.locator('textarea[name="locations"]')).to_have_value("Hamburg, Germany\nLisbon")
        expect(again.locator('input[name="pay_currency"]')).to_have_value("EUR")
        expect(again.locator('input[name="arrangements"][value="onsite"]')).not_to_be_checked()
        expect(again.locator('input[name="name"]')).to_have_value("Jordan B. Blake")
    finally:
        again.close()


@pytest.mark.usefixtures("fresh_settings")
def test_the_options_say_next_to_each_field_what_the_backend_or_the_page_refused(
    connected: Extension, backend: Backend
) -> None:
    page = options_page(connected)
    try:
        page.fill('input[name="pay_amount"]', "plenty")
        page.click("#save-settings")
        expect(page.locator('[data-problem-for="minimum_pay"]')).to_have_text(
            "The minimum pay is a number above 0, such as 60000."
        )
        page.fill('input[name="pay_amount"]', "")
        page.fill('textarea[name="locations"]', "A town whose name runs on " + "and on " * 12)
        page.click("#save-settings")
        expect(page.locator('[data-problem-for="locations"]')).to_have_text(
            "Must be a list of at most 20 names of 1 to 80 characters"
        )
        expect(page.locator('[data-problem-for="minimum_pay"]')).to_be_empty()
        expect(page.locator("#settings-status.error")).to_have_text("The server refused some fields: see below each one.")
    finally:
        page.close()
    assert backend.get("/api/settings")["preferences"]["locations"] == []
