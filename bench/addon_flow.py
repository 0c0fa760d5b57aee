"""The Gmail add-on's two requests: the card for an opened message, and Create draft.

Usage: python bench/addon_flow.py [--rounds 30] [--latency-ms 100]

Runs the backend in the Google mode with the add-on configured, in this process (Flask's
test client, no HTTP server in front), against the fake Google of tests/fakegoogle, with
ID tokens signed by the fake's test key.  For each round a fresh invitation is seeded,
its card is asked for as Gmail's contextual trigger would, then a reschedule draft is
created from the card's own button.  Measured twice, with LATENCY added to every Google
call and without: the difference divided by the latency is the number of Google round
trips each request waits for one after the other (the card: the message read beside the
free/busy query; the draft: those two, then drafts.create).

Prints the figures, and as its last line one JSON object with ``card_round_trips,
draft_round_trips, google_calls_per_card, google_calls_per_draft, quota_units_per_draft,
card_p50_ms, card_p99_ms, draft_p50_ms, draft_p99_ms`` (the times without latency: the
server's own work, token checks included).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from addon_support import GMAIL_TOKEN, SERVICE_ACCOUNT, USER_EMAIL, event, shown_card  # noqa: E402
from cryptography.fernet import Fernet  # noqa: E402
from fakegoogle import FakeGoogle, serve  # noqa: E402
from fakegoogle.fixtures import NOW  # noqa: E402

from tactful.adapters.google_client import Backoff  # noqa: E402
from tactful.web import create_app  # noqa: E402

BASE = "https://tactful.test/addon"


def invitation(number: int) -> bytes:
    message = EmailMessage()
    message["From"] = f"Recruiter {number} <talent{number}@company{number}.example>"
    message["To"] = f"Sam Candidate <{USER_EMAIL}>"
    message["Subject"] = f"Interview for the Data Analyst role at Company {number}"
    message["Date"] = (NOW - timedelta(hours=2)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["Message-ID"] = f"<bench-{number}@company{number}.example>"
    message.set_content(
        f"Hi Sam,\n\nWe would like to invite you to a 45-minute video interview for the Data Analyst role at "
        f"Company {number} on Thursday 13 March at 11:00 GMT. Does that time work for you?\n\nBest regards,\nRecruiter {number}\n"
    )
    return message.as_bytes()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(fake: FakeGoogle, rounds: int, start: int) -> dict[str, Any]:
    instance = Path(tempfile.mkdtemp(prefix="tactful-bench-addon-"))
    app = create_app(
        {
            "TESTING": True,
            "INSTANCE_PATH": str(instance),
            "GOOGLE_OAUTH_CLIENT_ID": "bench.apps.googleusercontent.com",
            "GOOGLE_OAUTH_CLIENT_SECRET": "not-a-secret",
            "PUBLIC_URL": "http://127.0.0.1:8765",
            "SECRET_KEY": "bench",
            "TOKEN_KEY": Fernet.generate_key().decode(),
            "GOOGLE_API_BASE": fake.url,
            "ADDON_AUDIENCES": f"{BASE}/message,{BASE}/draft",
            "ADDON_SERVICE_ACCOUNT": SERVICE_ACCOUNT,
            "NOW": NOW.isoformat(),
        }
    )
    app.extensions["tactful.addon"] = replace(app.extensions["tactful.addon"], backoff=Backoff(retries=0))
    client = app.test_client()
    user_token = fake.id_tokens.mint(audience="bench-client", email=USER_EMAIL, sub="4242")

    def post(path: str, body: dict[str, Any]) -> tuple[dict[str, Any], float, int, int]:
        token = fake.id_tokens.mint(audience=f"{BASE}/{path}", email=SERVICE_ACCOUNT)
        calls, units = len(fake.log), fake.quota_units
        began = time.perf_counter()
        response = client.post(f"/addon/{path}", json=body, headers={"Authorization": f"Bearer {token}"})
        elapsed = time.perf_counter() - began
        assert response.status_code == 200, response.get_data(as_text=True)
        google_calls = sum(1 for entry in fake.log[calls:] if not entry.method.startswith("oauth2."))
        return response.get_json(), elapsed, google_calls, fake.quota_units - units

    figures: dict[str, list[float]] = {"card_s": [], "draft_s": [], "card_calls": [], "draft_calls": [], "draft_units": []}
    for number in range(start, start + rounds):
        stored = fake.seed_message(invitation(number))
        opened = (f"msg-f:{int(stored.id, 16)}", f"thread-f:{int(stored.thread_id, 16)}")
        answer, seconds, calls, _ = post("message", event(user_id_token=user_token, message=opened))
        figures["card_s"].append(seconds)
        figures["card_calls"].append(calls)
        card = shown_card(answer)
        buttons = [b for s in card["sections"] for w in s["widgets"] for b in w.get("buttonList", {}).get("buttons", [])]
        action = next(b["onClick"]["action"] for b in buttons if b["text"] == "Create reschedule draft")
        slots = next(w["selectionInput"] for s in card["sections"] for w in s["widgets"] if w.get("selectionInput", {}).get("name") == "slots")
        parameters = {item["key"]: item["value"] for item in action["parameters"]}
        form = {"slots": [item["value"] for item in slots["items"]], "keep_door_open": ["true"]}
        answer, seconds, calls, units = post("draft", event(user_id_token=user_token, message=opened, parameters=parameters, form=form))
        assert "hostAppAction" in answer["renderActions"], answer
        figures["draft_s"].append(seconds)
        figures["draft_calls"].append(calls)
        figures["draft_units"].append(units)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--latency-ms", type=float, default=100.0)
    args = parser.parse_args()
    latency = args.latency_ms / 1000
    with serve(FakeGoogle(now=NOW)) as fake:
        fake.gmail_access_tokens.add(GMAIL_TOKEN)
        run(fake, 3, 10_000)  # warm-up: imports, the database, the certificates
        quick = run(fake, args.rounds, 0)
        fake.latency = latency
        slow = run(fake, max(3, args.rounds // 5), 1000)

    def trips(kind: str) -> float:
        return round((statistics.median(slow[kind]) - statistics.median(quick[kind])) / latency, 2)

    result = {
        "card_round_trips": trips("card_s"),
        "draft_round_trips": trips("draft_s"),
        "google_calls_per_card": statistics.mean(quick["card_calls"]),
        "google_calls_per_draft": statistics.mean(quick["draft_calls"]),
        "quota_units_per_draft": statistics.mean(quick["draft_units"]),
        "card_p50_ms": round(percentile(quick["card_s"], 0.5) * 1000, 1),
        "card_p99_ms": round(percentile(quick["card_s"], 0.99) * 1000, 1),
        "draft_p50_ms": round(percentile(quick["draft_s"], 0.5) * 1000, 1),
        "draft_p99_ms": round(percentile(quick["draft_s"], 0.99) * 1000, 1),
    }
    print(f"contextual card: {result['card_round_trips']} sequential Google round trips, {result['google_calls_per_card']} calls")
    print(f"create draft:    {result['draft_round_trips']} sequential Google round trips, {result['google_calls_per_draft']} calls, "
          f"{result['quota_units_per_draft']} Gmail quota units")
    print(f"server time without latency: card p50 {result['card_p50_ms']} ms p99 {result['card_p99_ms']} ms; "
          f"draft p50 {result['draft_p50_ms']} ms p99 {result['draft_p99_ms']} ms ({args.rounds} rounds)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
