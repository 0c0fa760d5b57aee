"""``tactful suggest``: one JSON object per message with the suggested reply and why."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from suggestcases import one_event_calendar
from tactful.cli import main

NOW = "2026-03-02T09:00:00+00:00"
HYBRID_INVITE = {
    "id": "brightwave",
    "from_name": "Lena Hoffmann",
    "from_email": "lena.hoffmann@brightwave-energy.de",
    "to": "sam.lee@example.org",
    "subject": "Interview: Data Engineer at Brightwave Energy",
    "body": "Hi Sam,\n\nThanks for applying to the Data Engineer role at Brightwave Energy. It is a hybrid role, "
            "three days a week in our Berlin office, and the salary range is €75,000-€85,000 a year.\n\n"
            "Would Tuesday, March 3 at 15:00 CET work for a 45-minute video interview?\n\nBest,\nLena",
    "sent_at": "2026-02-27T10:00:00+01:00",
    "message_id": "<brightwave-1@brightwave-energy.de>",
}
CALENDAR = one_event_calendar("20260303T133000Z", "20260303T150000Z", "Team planning")


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], prefs: dict[str, Any] | None,
         *extra: str) -> tuple[int, list[dict[str, Any]]]:
    messages = tmp_path / "messages.jsonl"
    messages.write_text(json.dumps(HYBRID_INVITE) + "\n", encoding="utf-8")
    args = ["suggest", str(messages), "--now", NOW, "--tz", "Europe/Berlin", *extra]
    if prefs is not None:
        (tmp_path / "prefs.json").write_text(json.dumps(prefs), encoding="utf-8")
        args += ["--prefs", str(tmp_path / "prefs.json")]
    status = main(args)
    return status, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_remote_only_user_is_told_to_decline_a_hybrid_role_for_its_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, [line] = _run(tmp_path, capsys, {"arrangements": ["remote"]})
    assert status == 0
    assert (line["id"], line["action"], line["reason"]) == ("brightwave", "decline", "location")
    assert line["evidence"][0]["topic"] == "arrangement"
    assert "hybrid role" in line["evidence"][0]["snippet"]
    assert {"topic": "compensation", "value": {"low": 75000.0, "high": 85000.0, "currency": "EUR", "period": "year"},
            "snippet": "It is a hybrid role, three days a week in our Berlin office, and the salary range is "
                       "€75,000-€85,000 a year."} in line["facts"]


def test_a_clash_with_the_calendar_suggests_a_reschedule_with_free_slots_and_names_the_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calendar = tmp_path / "calendar.ics"
    calendar.write_text(CALENDAR, encoding="utf-8")
    status, [line] = _run(tmp_path, capsys, {"locations": ["Berlin"]}, "--calendar", str(calendar))
    assert status == 0
    assert line["action"] == "reschedule"
    clash = [item for item in line["evidence"] if item["topic"] == "calendar"]
    assert clash[0]["busy"]["summary"] == "Team planning"
    assert len(line["slots"]) == 3


def test_without_preferences_a_free_time_is_accepted_and_the_unchecked_calendar_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, [line] = _run(tmp_path, capsys, None)
    assert status == 0
    assert (line["action"], line["reason"], line["missing"]) == ("accept", "none", ["calendar"])
    assert line["slots"] == []


def test_a_bad_preferences_file_stops_with_the_field_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "prefs.json").write_text(json.dumps({"arrangements": ["moon base"]}), encoding="utf-8")
    messages = tmp_path / "messages.jsonl"
    messages.write_text(json.dumps(HYBRID_INVITE) + "\n", encoding="utf-8")
    assert main(["suggest", str(messages), "--prefs", str(tmp_path / "prefs.json")]) == 2
    assert "arrangements: must be a list of: remote, hybrid, onsite" in capsys.readouterr().err


def test_scan_with_preferences_drafts_the_suggested_decline_and_leaves_the_users_call_undrafted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vague = {**HYBRID_INVITE, "id": "vague", "message_id": "<vague-1@quill.example>", "from_email": "noor@quill.example",
             "subject": "Interview for the backend role",
             "body": "Hi Sam,\n\nWe'd like to invite you to an interview for the backend role at Quill. "
                     "Would Wednesday, March 4 at 11:00 GMT work?\n\nNoor"}
    messages = tmp_path / "messages.jsonl"
    messages.write_text(json.dumps(HYBRID_INVITE) + "\n" + json.dumps(vague) + "\n", encoding="utf-8")
    (tmp_path / "prefs.json").write_text(json.dumps({"arrangements": ["remote"]}), encoding="utf-8")
    status = main(["scan", str(messages), "--prefs", str(tmp_path / "prefs.json"), "--out", str(tmp_path / "out"),
                   "--now", NOW, "--tz", "Europe/London", "--user-name", "Sam Lee"])
    out = capsys.readouterr().out
    assert status == 0
    assert "decline (location) draft written to" in out and "your call: unknown arrangement" in out
    [draft] = (tmp_path / "out").glob("*.eml")
    assert "positions with a different location" in draft.read_text(encoding="utf-8")
