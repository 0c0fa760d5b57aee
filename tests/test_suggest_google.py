"""Suggested replies in the Google mode: preferences in the database, drafts ahead in Gmail.

Real googleapiclient against the fake Google server, real SQLite (see test_web_google).
"""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage

from fakegoogle import FakeGoogle
from fakegoogle.fixtures import NOW
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text
from test_web_google import app, client, config, sign_in  # noqa: F401 (fixtures of the Google mode)

from tactful.storage import Storage


def _onsite_invite() -> bytes:
    message = EmailMessage()
    message["From"] = "Felix Bauer <felix@tandem-robotics.example>"
    message["To"] = "Sam Candidate <sam.candidate@example.com>"
    message["Subject"] = "Interview: Robotics Software Engineer at Tandem"
    message["Date"] = (NOW - timedelta(days=1)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["Message-ID"] = "<tandem-1@tandem-robotics.example>"
    message.set_content(
        "Hi Sam,\n\nWe would like to invite you to a first interview for the Robotics Software Engineer role.\n"
        "Please note the role is on-site in Munich, five days a week in the office.\n\n"
        "Would Thursday 13 March at 10:00 GMT work?\n\nBest regards,\nFelix Bauer\nTandem Robotics\n"
    )
    return message.as_bytes()


def test_preferences_and_drafting_ahead_work_on_gmail_and_the_database(
    client: FlaskClient, fake: FakeGoogle, app: Flask
) -> None:
    auth = sign_in(client, fake)
    stored = fake.seed_message(_onsite_invite())
    saved = client.put("/api/settings", headers=auth,
                       json={"preferences": {"arrangements": ["remote"]}, "draft_ahead": True})
    assert saved.status_code == 200, saved.get_json()

    shown = client.get(f"/api/threads/{stored.thread_id}", headers=auth).get_json()
    assert (shown["suggestion"]["action"], shown["suggestion"]["reason"]) == ("decline", "location")

    before = len(fake.log)
    listing = client.get("/api/threads", headers=auth).get_json()
    [result] = listing["drafted_ahead"]["results"]
    # The scan's message is reused and the busy time read once: one freebusy query and one
    # drafts.create on top of the listing's threads.list and its two batches (the log shows
    # each batch's parts before it).
    assert [entry.method for entry in fake.log[before:]] == [
        "gmail.users.threads.list", "gmail.users.threads.get", "batch", "gmail.users.messages.get", "batch",
        "calendar.freebusy.query", "gmail.users.drafts.create"]
    assert listing["google_usage"] == {"gmail_quota_units": 10 + 10 + 5 + 10, "gmail_http_requests": 4}
    assert (result["status"], result["action"], result["reason"]) == ("drafted", "decline", "location")
    draft = fake.gmail.messages[fake.gmail.drafts[result["draft_id"]]]
    assert draft.thread_id == stored.thread_id
    assert draft.parsed["In-Reply-To"] == "<tandem-1@tandem-robotics.example>"
    storage: Storage = app.extensions["tactful.storage"]
    with storage._sessions() as session:  # the ledger's rows as the database holds them
        recorded = session.execute(text("SELECT thread_id, action FROM draft_records")).all()
    assert [tuple(row) for row in recorded] == [(stored.thread_id, "decline")]

    again = client.get("/api/threads", headers=auth).get_json()
    assert [item["status"] for item in again["drafted_ahead"]["results"]] == ["already_drafted"]
    assert len(fake.gmail.drafts) == 1
