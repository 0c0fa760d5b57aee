"""The Maildir mailbox behind local mode, and the thread use cases, on real Maildirs."""

from __future__ import annotations

import mailbox
import tempfile
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.adapters.local_drafts import JsonDraftLedger
from tactful.adapters.maildir_mailbox import MaildirMailbox, copy_mbox_to_maildir
from tactful.service.ports import DraftUpdate, SavedDraft, ThreadGone
from tactful.service.threads import awaiting_answer

NOW = datetime.fromisoformat("2026-03-02T08:00:00-05:00")
ME = "sam@example.org"


def _mail(message_id: str, sent: str, *, sender: str = "Priya Raman <priya@northwind.io>", replies_to: str | None = None,
          body: str = "Hi Sam, we would like to invite you to an interview for the Data Engineer role. "
          "Would Tuesday, March 3 at 2:00 PM ET work for you?\n\nPriya Raman\nRecruiter, Northwind") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = f"Sam Lee <{ME}>"
    message["Subject"] = "Interview: Data Engineer at Northwind" if replies_to is None else "Re: Interview: Data Engineer"
    message["Date"] = sent
    message["Message-ID"] = f"<{message_id}>"
    if replies_to:
        message["In-Reply-To"] = f"<{replies_to}>"
        message["References"] = f"<{replies_to}>"
    message.set_content(body)
    return message.as_bytes()


INVITE = _mail("invite@northwind.io", "Fri, 27 Feb 2026 10:00:00 -0500")
REPLY = _mail("reply@example.org", "Fri, 27 Feb 2026 11:00:00 -0500", sender=f"Sam Lee <{ME}>",
              replies_to="invite@northwind.io", body="Hi Priya, Tuesday works. Sam")
OTHER = _mail("other@acme.io", "Sat, 28 Feb 2026 09:00:00 -0500", sender="Ana Ruiz <ana@acme.io>")
OLD = _mail("old@acme.io", "Thu, 01 Jan 2026 09:00:00 -0500", sender="Ana Ruiz <ana@acme.io>")


def _maildir(path: Path, *raws: bytes) -> MaildirMailbox:
    box = mailbox.Maildir(path, factory=None, create=True)
    for raw in raws:
        box.add(raw)
    return MaildirMailbox(path, lambda: NOW)


def test_messages_are_threaded_by_their_references_and_the_newest_is_read(tmp_path: Path) -> None:
    box = _maildir(tmp_path / "mail", REPLY, INVITE, OTHER)
    threads = box.candidate_threads(30)
    assert [t.message_count for t in threads] == [1, 2]
    northwind = threads[1]
    assert northwind.sender == f"Sam Lee <{ME}>"
    assert box.newest_message(northwind.thread_id).message_id == "<reply@example.org>"
    assert box.newest_message(northwind.thread_id).thread_id == northwind.thread_id


def test_thread_ids_survive_a_restart_and_old_threads_fall_outside_the_window(tmp_path: Path) -> None:
    first = _maildir(tmp_path / "mail", INVITE, OLD)
    again = MaildirMailbox(tmp_path / "mail", lambda: NOW)
    assert [t.thread_id for t in first.candidate_threads(30)] == [t.thread_id for t in again.candidate_threads(30)]
    assert len(first.candidate_threads(30)) == 1
    assert len(first.candidate_threads(90)) == 2


def test_a_thread_the_user_answered_last_no_longer_awaits_an_answer(tmp_path: Path) -> None:
    answered = _maildir(tmp_path / "answered", INVITE, REPLY)
    waiting = _maildir(tmp_path / "waiting", INVITE)
    assert awaiting_answer(answered, 30, (ME,)) == []
    [item] = awaiting_answer(waiting, 30, (ME,))
    assert item.detection.company == "Northwind"


def test_a_folder_that_is_no_maildir_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="neither a Maildir"):
        MaildirMailbox(tmp_path, lambda: NOW)


def test_a_draft_for_an_unknown_thread_is_refused(tmp_path: Path) -> None:
    box = _maildir(tmp_path / "mail", INVITE)
    with pytest.raises(ThreadGone):
        box.create_draft("0123456789abcdef", REPLY)
    with pytest.raises(ThreadGone):
        box.newest_message("0123456789abcdef")


def test_draft_updates_have_the_same_outcomes_as_on_gmail(tmp_path: Path) -> None:
    box = _maildir(tmp_path / "mail", INVITE)
    thread_id = box.candidate_threads(30)[0].thread_id
    saved = box.create_draft(thread_id, REPLY)
    assert box.candidate_threads(30)[0].has_draft is True
    assert box.update_draft(saved, REPLY).outcome is DraftUpdate.UNCHANGED
    changed = _mail("reply@example.org", "Fri, 27 Feb 2026 11:00:00 -0500", sender=f"Sam Lee <{ME}>",
                    replies_to="invite@northwind.io", body="Hi Priya, could we do Wednesday instead? Sam")
    updated = box.update_draft(saved, changed)
    assert updated.outcome is DraftUpdate.UPDATED
    assert updated.draft.draft_id == saved.draft_id
    assert box.update_draft(saved, REPLY).outcome is DraftUpdate.USER_EDITED  # the old fingerprint no longer matches
    drafts = mailbox.Maildir(tmp_path / "mail", factory=None).get_folder("Drafts")
    drafts.remove(saved.draft_id)
    assert box.update_draft(updated.draft, REPLY).outcome is DraftUpdate.GONE


def test_the_ledger_remembers_one_draft_per_thread_across_restarts(tmp_path: Path) -> None:
    saved = SavedDraft(draft_id="k1", thread_id="t-filed", message_id="m1", fingerprint="f1")
    JsonDraftLedger(tmp_path / "drafts.json").put("t1", saved)
    reopened = JsonDraftLedger(tmp_path / "drafts.json")
    assert reopened.get("t1") == saved
    assert reopened.get("t2") is None


def test_copying_an_mbox_unescapes_from_lines(tmp_path: Path) -> None:
    source = tmp_path / "in.mbox"
    body = b"Hello\n>From the team: an interview?\n"
    source.write_bytes(b"From x@y Fri Feb 27 10:00:00 2026\nSubject: hi\nMessage-ID: <a@b>\n\n" + body)
    assert copy_mbox_to_maildir(source, tmp_path / "copy") == 1
    [raw] = [mailbox.Maildir(tmp_path / "copy", factory=None).get_bytes(key)
             for key in mailbox.Maildir(tmp_path / "copy", factory=None).keys()]
    assert b"\nFrom the team: an interview?" in raw
    assert b">From" not in raw


def _shape(box: MaildirMailbox) -> list[tuple[str, str, int, datetime]]:
    """The listing without the Maildir keys, which name files and differ between copies."""
    return [(t.thread_id, t.subject, t.message_count, t.received) for t in box.candidate_threads(90)]


@settings(max_examples=20, deadline=None)
@given(order=st.permutations([INVITE, REPLY, OTHER, OLD]))
def test_threads_and_their_ids_do_not_depend_on_delivery_order(order: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        shuffled = _maildir(Path(first) / "mail", *order)
        in_order = _maildir(Path(second) / "mail", INVITE, REPLY, OTHER, OLD)
        assert _shape(shuffled) == _shape(in_order)
        assert len(_shape(in_order)) == 3


def test_a_message_delivered_after_a_listing_shows_in_the_next_one(tmp_path: Path) -> None:
    box = _maildir(tmp_path / "mail", INVITE)
    assert len(box.candidate_threads(30)) == 1
    mailbox.Maildir(tmp_path / "mail", factory=None).add(OTHER)
    assert len(box.candidate_threads(30)) == 2


def test_messages_are_read_together_by_id_and_unknown_ids_are_left_out(tmp_path: Path) -> None:
    box = _maildir(tmp_path / "mail", INVITE, REPLY)
    [thread] = box.candidate_threads(30)
    newest = box.newest_message(thread.thread_id)

    found = box.messages([thread.message_id, "no-such-message"])

    assert list(found) == [thread.message_id]
    assert found[thread.message_id] == newest


def _mbox(path: Path, *raws: bytes) -> Path:
    box = mailbox.mbox(path, create=True)
    for raw in raws:
        box.add(raw)
    box.close()
    return path


def test_a_takeout_mbox_is_read_only_and_its_drafts_go_to_their_own_maildir(tmp_path: Path) -> None:
    export = _mbox(tmp_path / "All mail.mbox", INVITE, OTHER)
    before = export.read_bytes()
    box = MaildirMailbox(export, lambda: NOW, drafts=tmp_path / "drafts")
    [other, northwind] = box.candidate_threads(30)
    assert box.newest_message(northwind.thread_id).message_id == "<invite@northwind.io>"

    saved = box.create_draft(northwind.thread_id, REPLY)

    assert export.read_bytes() == before
    [draft] = mailbox.Maildir(tmp_path / "drafts", factory=None, create=False).values()
    assert draft["Message-ID"] == "<reply@example.org>" and "D" in draft.get_flags()
    assert box.update_draft(saved, REPLY).outcome is DraftUpdate.UNCHANGED
    assert [thread.has_draft for thread in box.candidate_threads(30)] == [False, True]


def test_an_mbox_without_a_place_for_drafts_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="read-only"):
        MaildirMailbox(_mbox(tmp_path / "export.mbox", INVITE), lambda: NOW)


def test_an_mbox_line_starting_with_from_reads_back_as_written(tmp_path: Path) -> None:
    body = "Hi Sam,\nFrom what we saw, the team would like to interview you on Tuesday at 2pm.\nPriya"
    export = _mbox(tmp_path / "export.mbox", _mail("from@northwind.io", "Fri, 27 Feb 2026 10:00:00 -0500", body=body))
    box = MaildirMailbox(export, lambda: NOW, drafts=tmp_path / "drafts")
    [thread] = box.candidate_threads(30)
    assert "\nFrom what we saw" in box.newest_message(thread.thread_id).body
