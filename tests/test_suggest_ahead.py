"""Drafted ahead: the scan drafts the suggested reply in each new invitation thread of a real Maildir."""

from __future__ import annotations

import mailbox
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from suggestcases import one_event_calendar
from tactful.adapters.local_calendar import IcsCalendar
from tactful.adapters.local_drafts import JsonDraftLedger
from tactful.adapters.maildir_mailbox import MaildirMailbox
from tactful.core.compose.options import Action, ReplyOptions
from tactful.core.suggest import Arrangement, Preferences, Verdict
from tactful.service.ahead import AheadResult, AheadStatus, draft_ahead
from tactful.service.ports import CalendarUnavailable
from tactful.service.replying import Scheduling
from tactful.service.threads import InviteThread, awaiting_answer

NOW = datetime.fromisoformat("2026-03-02T09:00:00+00:00")
ZONE = ZoneInfo("Europe/London")
ME = "sam@example.org"
OPTIONS = ReplyOptions(action=Action.ACCEPT, user_tz="Europe/London", user_name="Sam Lee", user_email=ME)
SCHEDULING = Scheduling(zone=ZONE, user_emails=(ME,))
REMOTE_ONLY = Preferences(arrangements=frozenset({Arrangement.REMOTE}))
CALENDAR = one_event_calendar("20260303T140000Z", "20260303T153000Z", "Team planning")


def _invite(message_id: str, sender: str, subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = f"Sam Lee <{ME}>"
    message["Subject"] = subject
    message["Date"] = "Fri, 27 Feb 2026 10:00:00 +0000"
    message["Message-ID"] = f"<{message_id}>"
    message.set_content(body)
    return message.as_bytes()


ONSITE = _invite("tandem@tandem.example", "Felix Bauer <felix@tandem.example>", "Interview: Robotics Engineer",
                 "Hi Sam,\n\nWe'd like to invite you to an interview for the Robotics Engineer role at Tandem. "
                 "The role is on-site in Munich, five days a week in the office.\n\n"
                 "Would Wednesday, 4 March at 10:00 GMT work for you?\n\nBest,\nFelix Bauer")
REMOTE = _invite("north@north.example", "Megan Alvarez <megan@north.example>", "Interview: Data Engineer",
                 "Hi Sam,\n\nWe'd like to invite you to an interview for the Data Engineer role at Northwind. "
                 "It's a fully remote role.\n\nWould Tuesday, 3 March at 14:30 GMT work for you?\n\nBest,\nMegan Alvarez")
VAGUE = _invite("quill@quill.example", "Noor Haddad <noor@quill.example>", "Chat about the backend role?",
                "Hi Sam,\n\nWe'd love to invite you to an interview for our backend role at Quillon. "
                "Would Wednesday, 4 March at 15:00 GMT work?\n\nNoor Haddad")


@pytest.fixture
def setup(tmp_path: Path) -> tuple[MaildirMailbox, JsonDraftLedger, IcsCalendar]:
    box = mailbox.Maildir(tmp_path / "Mail", factory=None, create=True)
    for raw in (ONSITE, REMOTE, VAGUE):
        box.add(raw)
    (tmp_path / "calendar.ics").write_text(CALENDAR, encoding="utf-8")
    calendar = IcsCalendar([tmp_path / "calendar.ics"], ZONE, (ME,))
    return MaildirMailbox(tmp_path / "Mail", lambda: NOW), JsonDraftLedger(tmp_path / "drafts.json"), calendar


def _drafts(folder: MaildirMailbox) -> list[Message]:
    drafts = mailbox.Maildir(folder.path / ".Drafts", factory=None, create=False)
    return [message_from_bytes(drafts.get_bytes(key), policy=policy.default) for key in drafts.keys()]


def _scan(folder: MaildirMailbox) -> list[InviteThread]:
    return awaiting_answer(folder, 30, (ME,))


def _text(message: Message) -> str:
    assert isinstance(message, EmailMessage)
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def _by_subject(results: list[AheadResult], folder: MaildirMailbox) -> dict[str, AheadStatus]:
    return {folder.newest_message(result.thread_id).subject: result.status for result in results}


def test_each_new_invitation_gets_the_suggested_reply_recorded_in_the_ledger(
    setup: tuple[MaildirMailbox, JsonDraftLedger, IcsCalendar]
) -> None:
    folder, ledger, calendar = setup
    results = draft_ahead(folder, lambda action: ledger, calendar, REMOTE_ONLY, OPTIONS, SCHEDULING, NOW, _scan(folder))
    verdicts = {folder.newest_message(r.thread_id).subject: r.recommendation.verdict
                for r in results if r.recommendation}
    assert verdicts == {"Interview: Robotics Engineer": Verdict.DECLINE,
                        "Interview: Data Engineer": Verdict.RESCHEDULE,
                        "Chat about the backend role?": Verdict.YOUR_CALL}
    drafted = [result for result in results if result.status is AheadStatus.DRAFTED]
    assert len(drafted) == 2 and all(ledger.get(result.thread_id) == result.saved for result in drafted)
    drafts = {str(draft["Subject"]): _text(draft) for draft in _drafts(folder)}
    assert set(drafts) == {"Re: Interview: Robotics Engineer", "Re: Interview: Data Engineer"}
    assert "positions with a different location" in drafts["Re: Interview: Robotics Engineer"]
    reschedule = drafts["Re: Interview: Data Engineer"]
    assert "Would any of the following times suit you?" in reschedule
    assert "Tuesday 3 March, 14:" not in reschedule.split("suit you?")[1]  # the busy afternoon is not offered


def test_a_second_scan_never_duplicates_a_draft(setup: tuple[MaildirMailbox, JsonDraftLedger, IcsCalendar]) -> None:
    folder, ledger, calendar = setup
    draft_ahead(folder, lambda action: ledger, calendar, REMOTE_ONLY, OPTIONS, SCHEDULING, NOW, _scan(folder))
    again = draft_ahead(folder, lambda action: ledger, calendar, REMOTE_ONLY, OPTIONS, SCHEDULING, NOW, _scan(folder))
    assert sorted(result.status.value for result in again) == ["already_drafted", "already_drafted", "no_verdict"]
    assert len(_drafts(folder)) == 2


def test_a_draft_the_user_edited_is_left_alone(setup: tuple[MaildirMailbox, JsonDraftLedger, IcsCalendar]) -> None:
    folder, ledger, calendar = setup
    draft_ahead(folder, lambda action: ledger, calendar, REMOTE_ONLY, OPTIONS, SCHEDULING, NOW, _scan(folder))
    drafts = mailbox.Maildir(folder.path / ".Drafts", factory=None, create=False)
    key = next(iter(drafts.keys()))
    edited = drafts.get_bytes(key).replace(b"Dear", b"Hello there,").replace(b"Hi ", b"Hello ")
    drafts[key] = mailbox.MaildirMessage(edited)
    draft_ahead(folder, lambda action: ledger, calendar, REMOTE_ONLY, OPTIONS, SCHEDULING, NOW, _scan(folder))
    assert drafts.get_bytes(key) == edited
    assert len(_drafts(folder)) == 2


def test_a_thread_holding_the_users_own_draft_gets_none(
    setup: tuple[MaildirMailbox, JsonDraftLedger, IcsCalendar]
) -> None:
    folder, ledger, calendar = setup
    thread = next(t for t in folder.candidate_threads(30) if t.subject == "Interview: Robotics Engineer")
    own = _invite("mine@example.org", f"Sam Lee <{ME}>", "Re: Interview: Robotics Engineer", "Hi Felix, sure!")
    own_message = message_from_bytes(own, policy=policy.default)
    own_message["In-Reply-To"] = "<tandem@tandem.example>"
    own_message["References"] = "<tandem@tandem.example>"
    folder.create_draft(thread.thread_id, own_message.as_bytes())
    results = draft_ahead(folder, lambda action: ledger, calendar, REMOTE_ONLY, OPTIONS, SCHEDULING, NOW, _scan(folder))
    assert _by_subject(results, folder)["Interview: Robotics Engineer"] is AheadStatus.USER_DRAFT
    assert ledger.get(thread.thread_id) is None


def test_an_unreadable_calendar_drafts_nothing(tmp_path: Path,
                                               setup: tuple[MaildirMailbox, JsonDraftLedger, IcsCalendar]) -> None:
    folder, ledger, _ = setup
    (tmp_path / "broken.ics").write_text("BEGIN:VCALENDAR\nthis is not a calendar", encoding="utf-8")
    broken = IcsCalendar([tmp_path / "broken.ics"], ZONE, (ME,))
    with pytest.raises(CalendarUnavailable):
        draft_ahead(folder, lambda action: ledger, broken, Preferences(), OPTIONS, SCHEDULING, NOW, _scan(folder))
    assert _drafts(folder) == []
