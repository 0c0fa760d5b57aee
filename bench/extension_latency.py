"""How quickly the Chrome extension answers in a real browser.

Starts Debian's headless chromium with the unpacked extension, the Gmail-like page of the
browser tests (served over HTTPS as mail.google.com) and ``tactful serve`` in local mode on
the tests' mailbox, then measures, in the page's own clock:

- ``buttons_after_thread_ms``: from the thread's heading entering the page to the Decline and
  Reschedule buttons entering its toolbar, over many openings of a thread (target: < 1000);
- ``click_to_draft_ms``: from a click on Decline to the "Draft saved" notice (local backend,
  so this is the extension's and the local server's share, without Google's round trips).

The last line printed is one JSON object of the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser.chromium import chromium_with_extension  # the browser set-up lives with the tests
from browser.inbox import backend_env, write_mailbox
from browser.servers import as_shown, free_port, gmail_page_server, self_signed_certificate, tactful_serve
from playwright.sync_api import Page

GMAIL = "https://mail.google.com/mail/u/0/"

# Records, in page time, when a thread heading and when the extension's buttons enter the page.
RECORDER = """() => {
  window.marks = [];
  const seen = (node, selector, kind, attribute) => {
    const found = node.matches(selector) ? [node] : [...node.querySelectorAll(selector)];
    for (const each of found) window.marks.push([kind, each.getAttribute(attribute), performance.now()]);
  };
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      seen(node, "h2[data-legacy-thread-id]", "heading", "data-legacy-thread-id");
      seen(node, "[data-tactful-actions]", "buttons", "data-tactful-actions");
    }
  }).observe(document, { subtree: true, childList: true });
}"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 1)


def buttons_delays(page: Page, thread_ids: list[str], rounds: int) -> list[float]:
    page.evaluate(RECORDER)
    for index in range(rounds):
        thread_id = thread_ids[index % len(thread_ids)]
        page.evaluate("(id) => { location.hash = `#inbox/${id}`; }", thread_id)
        page.locator(f'[data-tactful-actions="{thread_id}"]').wait_for(state="attached")
        page.evaluate("location.hash = '#inbox'")
        page.locator("[data-tactful-actions]").wait_for(state="detached")
    marks: list[tuple[str, str, float]] = page.evaluate("window.marks")
    delays = []
    for kind, thread_id, at in marks:
        if kind == "heading":
            after = [t for k, i, t in marks if k == "buttons" and i == thread_id and t >= at]
            delays.append(min(after) - at)
    return delays


def click_to_draft(page: Page, thread_ids: list[str], rounds: int) -> list[float]:
    timings = []
    for index in range(rounds):
        thread_id = thread_ids[index % len(thread_ids)]
        page.evaluate("(id) => { location.hash = `#inbox/${id}`; }", thread_id)
        host = f'[data-tactful-actions="{thread_id}"]'
        button = page.locator(f'{host} button[data-action="decline"]')
        button.wait_for()
        started = page.evaluate("performance.now()")
        button.click()
        page.locator(f"{host} .status.done").wait_for()
        timings.append(page.evaluate("performance.now()") - started)
        page.evaluate("location.hash = '#inbox'")
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30, help="thread openings measured")
    parser.add_argument("--drafts", type=int, default=10, help="Decline clicks measured")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work, port = Path(folder), free_port()
        started = time.perf_counter()
        with chromium_with_extension(work / "profile", port) as extension:
            browser_start_s = time.perf_counter() - started
            maildir, calendar = write_mailbox(work / "mail")
            with tactful_serve(work / "instance", backend_env(maildir, calendar, extension.id)) as backend:
                threads = backend.get("/api/threads")["threads"]
                with gmail_page_server([as_shown(t) for t in threads], self_signed_certificate(work), port):
                    print(extension.connect(backend.url, backend.token), file=sys.stderr)
                    page = extension.context.new_page()
                    page.goto(GMAIL + "#inbox")
                    ids = [thread["thread_id"] for thread in threads]
                    delays = buttons_delays(page, ids, args.rounds)
                    drafts = click_to_draft(page, ids, args.drafts)
    print(
        json.dumps(
            {
                "browser_start_s": round(browser_start_s, 2),
                "thread_openings": len(delays),
                "buttons_after_thread_ms_p50": percentile(delays, 0.5),
                "buttons_after_thread_ms_p95": percentile(delays, 0.95),
                "buttons_after_thread_ms_max": round(max(delays), 1),
                "drafts": len(drafts),
                "click_to_draft_ms_p50": percentile(drafts, 0.5),
                "click_to_draft_ms_p95": percentile(drafts, 0.95),
                "click_to_draft_ms_mean": round(statistics.fmean(drafts), 1),
            }
        )
    )


if __name__ == "__main__":
    main()
