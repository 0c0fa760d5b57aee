"""The ``tactful`` command line, run in-process on real files."""

from __future__ import annotations

import email
import io
import json
import mailbox
from datetime import datetime, timedelta
from email import policy
from pathlib import Path
from typing import Any

import pytest

from tactful.cli import ProgressCounter, main
from tactful.core.slots.working_hours import parse_working_hours

INVITE = {
    "id": "inv-1",
    "from_name": "Dana Reyes",
    "from_email": "dana.reyes@orbitalworks.com",
    "to": "sam.lee@gmail.com",
    "subject": "Interview invitation: Platform Engineer",
    "body": "Hi Sam,\n\nWe'd like to invite you to a 45-minute video interview for the Platform Engineer "
            "role at Orbital Works. Would Tuesday, March 3 at 2:00 PM ET work for you?\n\nBest,\nDana Reyes",
    "sent_at": "2026-03-02T09:15:00-05:00",
    "message_id": "<inv-1@orbitalworks.com>",
    "references": "<first@orbitalworks.com>",
}
CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:busy-1@test
DTSTAMP:20260301T000000Z
DTSTART;TZID=America/New_York:20260303T133000
DTEND;TZID=America/New_York:20260303T160000
SUMMARY:Quarterly review
END:VEVENT
BEGIN:VEVENT
UID:busy-2@test
DTSTAMP:20260301T000000Z
DTSTART;TZID=America/New_York:20260304T090000
DTEND;TZID=America/New_York:20260304T120000
RRULE:FREQ=DAILY;COUNT=10
SUMMARY:Focus block
END:VEVENT
END:VCALENDAR
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict[str, Any]], str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines() if line.startswith("{")], err


def write_jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_classify_prints_one_object_per_message_and_names_a_malformed_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", json.dumps(INVITE), "{not json", json.dumps({**INVITE, "id": "inv-2"}))
    status, rows, err = run(capsys, "classify", str(source))
    assert status == 1
    assert [row["id"] for row in rows] == ["inv-1", "inv-2"]
    assert f"{source}:line 2" in err
    first = rows[0]
    assert first["label"] == "invite"
    assert {"confidence", "company", "role", "recruiter_name", "proposed_times", "meeting_link",
            "scheduling_link", "reasons"} <= first.keys()
    assert first["proposed_times"][0]["start"] == "2026-03-03T14:00:00-05:00"
    assert first["proposed_times"][0]["tz"]


def test_classify_reads_eml_mbox_and_maildir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    message = email.message.EmailMessage()
    message["From"] = "Dana Reyes <dana.reyes@orbitalworks.com>"
    message["To"] = "sam.lee@gmail.com"
    message["Subject"] = INVITE["subject"]
    message["Date"] = "Mon, 02 Mar 2026 09:15:00 -0500"
    message["Message-ID"] = "<eml-1@orbitalworks.com>"
    message.set_content(INVITE["body"])
    (tmp_path / "one.eml").write_bytes(message.as_bytes())
    box = mailbox.mbox(tmp_path / "box.mbox")
    box.add(message)
    box.close()
    maildir = mailbox.Maildir(tmp_path / "Maildir")
    maildir.add(message)

    status, rows, _ = run(capsys, "classify", str(tmp_path / "one.eml"), str(tmp_path / "box.mbox"),
                          str(tmp_path / "Maildir"))
    assert status == 0
    assert [row["label"] for row in rows] == ["invite"] * 3
    assert {row["id"] for row in rows} == {"eml-1@orbitalworks.com"}


def test_classify_fails_clearly_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, rows, err = run(capsys, "classify", str(tmp_path / "nope.jsonl"))
    assert status == 1 and rows == []
    assert "nope.jsonl" in err and "no such file" in err


def test_draft_decline_replies_in_the_thread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", json.dumps(INVITE))
    status, rows, _ = run(capsys, "draft", str(source), "--action", "decline", "--reason", "accepted_other_offer",
                          "--user-name", "Sam Lee", "--now", "2026-03-02T10:00:00-05:00")
    assert status == 0
    (row,) = rows
    assert row["action"] == "decline"
    assert row["to"] == "Dana Reyes <dana.reyes@orbitalworks.com>"
    assert row["subject"] == "Re: Interview invitation: Platform Engineer"
    assert row["in_reply_to"] == "<inv-1@orbitalworks.com>"
    assert row["references"] == "<first@orbitalworks.com> <inv-1@orbitalworks.com>"
    assert "Dana" in row["body_text"] and "Sam Lee" in row["body_text"]
    parsed = email.message_from_bytes(row["raw"].encode(), policy=policy.default)
    assert parsed["In-Reply-To"] == "<inv-1@orbitalworks.com>"
    assert "slots" not in row


def test_draft_reschedule_proposes_free_slots_inside_working_hours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", json.dumps(INVITE))
    (tmp_path / "cal.ics").write_text(CALENDAR, encoding="utf-8")
    status, rows, _ = run(capsys, "draft", str(source), "--action", "reschedule", "--tz", "America/New_York",
                          "--working-hours", "Mon-Fri 09:00-17:00", "--calendar", str(tmp_path / "cal.ics"),
                          "--count", "4", "--now", "2026-03-02T10:00:00-05:00")
    assert status == 0
    (row,) = rows
    assert row["proposed_time_free"] is False
    assert row["conflicts_with"] == ["Quarterly review"]
    slots = [(datetime.fromisoformat(s["start"]), datetime.fromisoformat(s["end"])) for s in row["slots"]]
    assert len(slots) == 4
    hours = parse_working_hours("Mon-Fri 09:00-17:00")
    for start, end in slots:
        assert end - start == timedelta(minutes=45)
        assert start.utcoffset() is not None
        assert hours.days[start.weekday()] and start.time() >= hours.days[start.weekday()][0][0]
        assert end.time() <= hours.days[start.weekday()][0][1]
        if start.date() >= datetime(2026, 3, 4).date():
            assert not (start.hour < 12 and end.hour >= 9), "overlaps the daily focus block"
        if start.date() == datetime(2026, 3, 3).date():
            assert end.time() <= datetime(2026, 3, 3, 13, 30).time() or start.hour >= 16, "overlaps the review"
        assert start > datetime.fromisoformat("2026-03-02T23:59:00-05:00"), "before the minimum notice"
    assert len({start.date() for start, _ in slots}) > 1
    for start, _ in slots:
        assert start.strftime("%d") in row["body_text"] or start.strftime("%-d") in row["body_text"]


def test_draft_refuses_a_broken_calendar_rather_than_guess(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", json.dumps(INVITE))
    (tmp_path / "broken.ics").write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:garbage\n", encoding="utf-8")
    status, rows, err = run(capsys, "draft", str(source), "--action", "reschedule", "--calendar",
                            str(tmp_path / "broken.ics"), "--now", "2026-03-02T10:00:00-05:00")
    assert status == 1 and rows == []
    assert "broken.ics" in err


def test_draft_rejects_an_unknown_zone(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["draft", "x.jsonl", "--action", "decline", "--tz", "Mars/Olympus"])
    assert "unknown time zone" in capsys.readouterr().err


def test_scan_of_the_sample_writes_a_draft_per_invite_that_needs_an_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["scan", "--out", str(tmp_path / "drafts")])
    out = capsys.readouterr().out
    assert status == 0
    assert "5 interview message(s) found." in out
    drafts = sorted((tmp_path / "drafts").glob("*.eml"))
    assert len(drafts) == 4
    subjects = {email.message_from_bytes(p.read_bytes(), policy=policy.default)["Subject"] for p in drafts}
    assert "Re: Interview invitation: Senior Data Engineer at Harborlight" in subjects
    assert "nothing to answer" in out


def test_scan_never_overwrites_a_draft_the_user_may_have_edited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["scan", "--out", str(tmp_path)])
    first = sorted(tmp_path.glob("*.eml"))[0]
    first.write_bytes(b"edited by the user")
    main(["scan", "--out", str(tmp_path)])
    capsys.readouterr()
    assert first.read_bytes() == b"edited by the user"
    assert len(list(tmp_path.glob("*.eml"))) == 8


def test_scan_of_a_maildir_puts_drafts_in_its_drafts_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    maildir = mailbox.Maildir(tmp_path / "Mail")
    maildir.add(email.message_from_string(
        "From: Dana Reyes <dana.reyes@orbitalworks.com>\nTo: sam.lee@gmail.com\n"
        "Subject: Interview invitation\nDate: Mon, 02 Mar 2026 09:15:00 -0500\nMessage-ID: <m1@orbitalworks.com>\n\n"
        + str(INVITE["body"])
    ))
    status = main(["scan", str(tmp_path / "Mail"), "--now", "2026-03-02T10:00:00-05:00"])
    capsys.readouterr()
    assert status == 0
    drafts = mailbox.Maildir(tmp_path / "Mail").get_folder("Drafts")
    (key,) = drafts.keys()
    assert "D" in drafts.get_message(key).get_flags()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_large_input_shows_progress_on_a_terminal_and_nothing_elsewhere() -> None:
    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        progress = ProgressCounter(2000, stream)
        for _ in range(2000):
            progress.step()
        progress.close()
    assert "classified 2000/2000" in terminal.getvalue()
    assert pipe.getvalue() == ""


def test_a_small_input_shows_no_progress_even_on_a_terminal() -> None:
    terminal = _Terminal()
    progress = ProgressCounter(10, terminal)
    progress.step()
    progress.close()
    assert terminal.getvalue() == ""
