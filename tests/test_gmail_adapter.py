"""The Gmail adapter, through the real googleapiclient over HTTP against the fake Google."""

from __future__ import annotations

import base64
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

import pytest
from fakegoogle import BATCH, FakeGoogle
from fakegoogle.clients import client
from fakegoogle.fixtures import NOW
from tactful.adapters.gmail import GmailMailbox, candidate_query
from tactful.adapters.google_client import GoogleUnavailable, SignInRequired
from tactful.core.compose.options import Action, ReplyOptions
from tactful.core.mime import email_from_bytes
from tactful.service.ports import DraftUpdate, ThreadGone
from tactful.service.replying import Scheduling, draft_reply
from tactful.service.threads import awaiting_answer


def _mail(
    subject: str,
    body: str,
    *,
    sender: str = "Priya Raman <priya@northwind.io>",
    days_ago: float = 1,
    message_id: str | None = None,
    in_reply_to: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Sam Candidate <sam.candidate@example.com>"
    message["Subject"] = subject
    message["Date"] = (NOW - timedelta(days=days_ago)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["Message-ID"] = message_id or f"<{abs(hash((subject, days_ago)))}@northwind.io>"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    message.set_content(body)
    return message.as_bytes()


INVITE = _mail(
    "Interview for the Data Engineer role at Northwind",
    "Hi Sam,\n\nThank you for applying to Northwind. We would like to invite you to a 45-minute video\n"
    "interview for the Data Engineer role on Thursday 13 March at 14:00 GMT.\n\nBest,\nPriya Raman\nTalent team, Northwind\n",
    message_id="<invite-1@northwind.io>",
)


@pytest.fixture
def mailbox(fake: FakeGoogle, waits: list[float]) -> GmailMailbox:
    return GmailMailbox(client(fake, waits))


def _batches(fake: FakeGoogle) -> list[list[str]]:
    """The method of each part, batch by batch, from the request log."""
    found: list[list[str]] = []
    parts: list[str] = []
    for entry in fake.log:
        if entry.batched:
            parts.append(entry.method)
        elif entry.method == BATCH:
            found.append(parts)
            parts = []
    return found


def _decline(raw: bytes) -> bytes:
    email = email_from_bytes(raw, id="x")
    options = ReplyOptions(action=Action.DECLINE, user_tz="Europe/London", user_name="Sam Candidate")
    outcome = draft_reply(email, options, Scheduling(zone=ZoneInfo("Europe/London")), NOW)
    return outcome.draft.raw()


@pytest.mark.parametrize(
    ("days", "expected_parts"),
    [
        (30, ["newer_than:30d", "interview", '"phone screen"', "from:(calendly.com OR", "-category:promotions", '-subject:"job alert"']),
        (7, ["newer_than:7d", "-in:chats"]),
    ],
)
def test_the_candidate_query_holds_the_window_interview_words_tool_senders_and_noise_exclusions(days: int, expected_parts: list[str]) -> None:
    query = candidate_query(days)
    for part in expected_parts:
        assert part in query


def test_a_window_shorter_than_a_day_is_refused() -> None:
    with pytest.raises(ValueError):
        candidate_query(0)


def test_listing_sends_one_search_and_one_metadata_batch_and_keeps_only_recent_interview_threads(
    fake: FakeGoogle, mailbox: GmailMailbox
) -> None:
    invite = fake.seed_message(INVITE)
    booking = fake.seed_message(_mail("Book your time with Northwind", "Pick a slot.", sender="Northwind <no-reply@calendly.com>"))
    fake.seed_message(_mail("Interview tips webinar", "Join our webinar about interview tips"), label_ids=("INBOX", "CATEGORY_PROMOTIONS"))
    fake.seed_message(_mail("Lunch?", "Are you free for lunch on Friday?"))
    fake.seed_message(_mail("Interview next week", "Old invitation to interview.", days_ago=45))
    fake.seed_message(_mail("Job alert: 30 new data jobs", "New roles that may interest you: interview prep included."))

    threads = mailbox.candidate_threads(days=30)

    assert [thread.thread_id for thread in threads] == [invite.thread_id, booking.thread_id]
    assert threads[0].subject == "Interview for the Data Engineer role at Northwind"
    assert threads[0].sender == "Priya Raman <priya@northwind.io>"
    assert threads[0].message_id == invite.id and not threads[0].has_draft
    searches = fake.calls("gmail.users.threads.list")
    assert len(searches) == 1 and parse_qs(searches[0].query)["q"] == [candidate_query(30)]
    assert _batches(fake) == [["gmail.users.threads.get"] * 2]
    assert all("format=metadata" in entry.query for entry in fake.calls("gmail.users.threads.get"))
    assert mailbox.quota_units == fake.quota_units == 10 + 2 * 10
    assert mailbox.http_requests == 2


def test_listing_120_threads_reads_their_headers_in_batches_of_at_most_50(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    for number in range(120):
        fake.seed_message(_mail(f"Interview {number}", "An interview invitation.", days_ago=1 + number / 1000))

    threads = mailbox.candidate_threads(days=30)

    assert len(threads) == 120
    assert [len(parts) for parts in _batches(fake)] == [50, 50, 20]
    assert mailbox.quota_units == fake.quota_units == 10 + 120 * 10
    assert mailbox.http_requests == 4


def test_a_partial_batch_failure_is_retried_for_the_failed_parts_only(
    fake: FakeGoogle, mailbox: GmailMailbox, waits: list[float]
) -> None:
    for number in range(5):
        fake.seed_message(_mail(f"Interview {number}", "An interview invitation.", days_ago=1 + number))
    fake.fail("gmail.users.threads.get", 503, 429)

    threads = mailbox.candidate_threads(days=30)

    assert len(threads) == 5
    assert [len(parts) for parts in _batches(fake)] == [5, 2]
    assert len(waits) == 1
    assert mailbox.quota_units == fake.quota_units == 10 + 5 * 10


def test_a_batch_part_that_keeps_failing_makes_the_listing_unavailable(fake: FakeGoogle, waits: list[float]) -> None:
    fake.seed_message(INVITE)
    fake.fail("gmail.users.threads.get", *[500] * 3)
    with pytest.raises(GoogleUnavailable):
        GmailMailbox(client(fake, waits, retries=2)).candidate_threads(days=30)
    assert [len(parts) for parts in _batches(fake)] == [1, 1, 1]


def test_the_newest_message_is_read_raw_and_parsed_into_an_email_skipping_drafts(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    first = fake.seed_message(INVITE)
    follow_up = fake.seed_message(
        _mail("Re: Interview for the Data Engineer role at Northwind", "Just checking you saw this.", days_ago=0.5,
              in_reply_to="<invite-1@northwind.io>"),
        thread_id=first.thread_id,
    )
    fake.seed_message(_mail("Re: Interview", "my unsent notes", days_ago=0.1), thread_id=first.thread_id, label_ids=("DRAFT",))

    email = mailbox.newest_message(first.thread_id)

    assert email.id == follow_up.id and email.thread_id == first.thread_id
    assert email.subject == "Re: Interview for the Data Engineer role at Northwind"
    assert email.from_email == "priya@northwind.io"
    assert "Just checking" in email.body
    assert email.references == ("<invite-1@northwind.io>",)
    assert [entry.method for entry in fake.log] == ["gmail.users.threads.get", "gmail.users.messages.get"]
    assert "format=raw" in fake.log[1].query
    assert mailbox.quota_units == fake.quota_units == 15


def test_a_known_message_id_costs_one_call(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    invite = fake.seed_message(INVITE)
    email = mailbox.newest_message(invite.thread_id, message_id=invite.id)
    assert email.message_id == "<invite-1@northwind.io>"
    assert [entry.method for entry in fake.log] == ["gmail.users.messages.get"]
    assert mailbox.quota_units == 5


def test_a_draft_reply_is_created_in_the_thread_with_its_threading_headers(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    invite = fake.seed_message(INVITE)
    email = mailbox.newest_message(invite.thread_id, message_id=invite.id)

    saved = mailbox.create_draft(invite.thread_id, _decline(INVITE))

    assert saved.thread_id == invite.thread_id
    stored = fake.gmail.messages[fake.gmail.drafts[saved.draft_id]]
    assert stored.thread_id == invite.thread_id and stored.label_ids == ["DRAFT"]
    parsed = message_from_bytes(stored.raw, policy=policy.default)
    assert parsed["In-Reply-To"] == email.message_id
    assert email.message_id in str(parsed["References"])
    assert parsed["Subject"] == "Re: Interview for the Data Engineer role at Northwind"
    assert parsed["To"] == "Priya Raman <priya@northwind.io>"
    assert fake.calls("gmail.users.drafts.create")[0].status == 200
    assert mailbox.quota_units == fake.quota_units == 5 + 10


def test_updating_a_draft_with_the_same_content_writes_nothing(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    invite = fake.seed_message(INVITE)
    raw = _decline(INVITE)
    saved = mailbox.create_draft(invite.thread_id, raw)

    result = mailbox.update_draft(saved, raw)

    assert result.outcome is DraftUpdate.UNCHANGED and result.draft == saved
    assert fake.calls("gmail.users.drafts.update") == []


def test_an_untouched_draft_is_updated_once_and_then_left_unchanged(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    invite = fake.seed_message(INVITE)
    saved = mailbox.create_draft(invite.thread_id, _decline(INVITE))
    revised = _decline(INVITE).replace(b"Thank you", b"Many thanks")

    first = mailbox.update_draft(saved, revised)
    second = mailbox.update_draft(first.draft, revised)

    assert first.outcome is DraftUpdate.UPDATED and first.draft.draft_id == saved.draft_id
    assert second.outcome is DraftUpdate.UNCHANGED
    stored = fake.gmail.messages[fake.gmail.drafts[saved.draft_id]]
    assert b"Many thanks" in stored.raw and stored.thread_id == invite.thread_id
    assert len(fake.calls("gmail.users.drafts.update")) == 1


def test_a_draft_the_user_edited_is_left_alone(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    invite = fake.seed_message(INVITE)
    original = _decline(INVITE)
    saved = mailbox.create_draft(invite.thread_id, original)
    edited = original.replace(b"Thank you", b"Thanks a lot, and sorry for the delay")
    fake.gmail.save_draft({"message": {"raw": _b64(edited), "threadId": invite.thread_id}}, saved.draft_id)

    result = mailbox.update_draft(saved, original.replace(b"Thank you", b"Many thanks"))

    assert result.outcome is DraftUpdate.USER_EDITED and result.draft == saved
    assert b"sorry for the delay" in fake.gmail.messages[fake.gmail.drafts[saved.draft_id]].raw
    assert fake.calls("gmail.users.drafts.update") == []


def test_a_sent_or_deleted_draft_is_reported_gone(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    invite = fake.seed_message(INVITE)
    raw = _decline(INVITE)
    saved = mailbox.create_draft(invite.thread_id, raw)
    del fake.gmail.drafts[saved.draft_id]
    assert mailbox.update_draft(saved, raw).outcome is DraftUpdate.GONE


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def test_a_storm_of_429_answers_is_waited_out_with_growing_backoff(fake: FakeGoogle, mailbox: GmailMailbox, waits: list[float]) -> None:
    invite = fake.seed_message(INVITE)
    fake.fail("gmail.users.messages.get", 429, 429, 429, 429)

    email = mailbox.newest_message(invite.thread_id, message_id=invite.id)

    assert email.id == invite.id
    assert waits == [2.0, 4.0, 8.0, 16.0]
    assert [entry.status for entry in fake.calls("gmail.users.messages.get")] == [429, 429, 429, 429, 200]


def test_server_errors_beyond_the_retries_make_gmail_unavailable(fake: FakeGoogle, waits: list[float]) -> None:
    invite = fake.seed_message(INVITE)
    fake.fail("gmail.users.messages.get", 500, 503, 500, 500)
    with pytest.raises(GoogleUnavailable, match="HTTP 500"):
        GmailMailbox(client(fake, waits, retries=3)).newest_message(invite.thread_id, message_id=invite.id)
    assert len(fake.calls("gmail.users.messages.get")) == 4


def test_an_expired_access_token_is_refreshed_and_the_call_goes_through(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    invite = fake.seed_message(INVITE)
    fake.expire_access_tokens()
    assert mailbox.newest_message(invite.thread_id, message_id=invite.id).id == invite.id
    assert [entry.status for entry in fake.log] == [401, 200, 200]


def test_a_401_whose_refresh_fails_asks_the_user_to_sign_in_again(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    invite = fake.seed_message(INVITE)
    fake.revoke()
    with pytest.raises(SignInRequired, match="sign in again"):
        mailbox.newest_message(invite.thread_id, message_id=invite.id)


def test_a_401_in_a_batch_whose_refresh_fails_asks_the_user_to_sign_in_again(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    fake.seed_message(INVITE)
    fake.fail("gmail.users.threads.get", 401)
    fake.refresh_token = None
    with pytest.raises(SignInRequired):
        mailbox.candidate_threads(days=30)


@pytest.mark.parametrize("known_message", [False, True], ids=["by thread", "by message"])
def test_a_deleted_thread_is_reported_gone(fake: FakeGoogle, mailbox: GmailMailbox, known_message: bool) -> None:
    invite = fake.seed_message(INVITE)
    fake.gmail.delete_thread(invite.thread_id)
    with pytest.raises(ThreadGone):
        mailbox.newest_message(invite.thread_id, message_id=invite.id if known_message else None)


def test_a_draft_for_a_deleted_thread_is_reported_gone(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    invite = fake.seed_message(INVITE)
    raw = _decline(INVITE)
    fake.gmail.delete_thread(invite.thread_id)
    with pytest.raises(ThreadGone):
        mailbox.create_draft(invite.thread_id, raw)


def test_a_scan_reads_its_candidates_raw_in_batches_and_skips_deleted_ones(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    stored = [fake.seed_message(_mail(f"Interview {number}", f"Invitation number {number}.")) for number in range(60)]
    fake.gmail.delete_thread(stored[0].thread_id)

    emails = mailbox.messages([message.id for message in stored])

    assert set(emails) == {message.id for message in stored[1:]}
    assert emails[stored[7].id].body.strip() == "Invitation number 7."
    assert emails[stored[7].id].thread_id == stored[7].thread_id
    assert [len(parts) for parts in _batches(fake)] == [50, 10]
    assert mailbox.quota_units == fake.quota_units == 59 * 5 and mailbox.http_requests == 2


def test_a_scan_lists_candidates_then_reads_them_in_one_batch_and_keeps_the_invitations(fake: FakeGoogle, mailbox: GmailMailbox) -> None:
    invite = fake.seed_message(INVITE)
    fake.seed_message(_mail("Interview feedback survey", "How was your interview experience? Rate us from 1 to 5.", days_ago=2))
    fake.seed_message(_mail("Lunch?", "Are you free for lunch on Friday?"))

    found = awaiting_answer(mailbox, 30)

    assert [item.summary.thread_id for item in found] == [invite.thread_id]
    assert found[0].detection.company == "Northwind"
    assert [len(parts) for parts in _batches(fake)] == [2, 2]
    assert mailbox.http_requests == 3
    assert mailbox.quota_units == fake.quota_units == 10 + 2 * 10 + 2 * 5


def test_a_thread_the_user_answered_last_is_settled_on_its_headers_and_never_read(
    fake: FakeGoogle, mailbox: GmailMailbox
) -> None:
    answered = fake.seed_message(INVITE)
    reply = _mail("Re: Interview for the Data Engineer role at Northwind", "Thursday works, see you then.",
                  sender="Sam Candidate <sam.candidate@example.com>", days_ago=0.5, in_reply_to="<invite-1@northwind.io>")
    fake.seed_message(reply, thread_id=answered.thread_id, label_ids=("SENT",))
    waiting = fake.seed_message(_mail("Interview at Quayside", "Could we schedule your interview for Monday at 10:00?",
                                      sender="Ola Berg <ola@quayside.example>", message_id="<q1@quayside.example>"))

    found = awaiting_answer(mailbox, 30)

    assert [item.summary.thread_id for item in found] == [waiting.thread_id]
    read = [call.path for call in fake.calls("gmail.users.messages.get")]
    assert len(read) == 1 and waiting.id in read[0]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("quick question", "saw your note about the backend role. can you hop on a call thurs 2pm?"),
        ("Staff Engineer at Quayside", "Would you have 20 minutes for an intro call this week?"),
        ("Kestrel Capital - first round", "The team would like to do a first round with you on Friday."),
        ("Convite: Entrevista técnica", "Gostaríamos de te convidar para a entrevista técnica."),
        ("Votre candidature", "Nous aimerions vous proposer un entretien mardi à 10h."),
        ("Ihre Bewerbung", "Wir laden Sie gern zu einem Vorstellungsgespräch ein."),
        ("Design chat", "Pick any time that suits you here: https://calendly.com/ines-thimble/30min-intro"),
    ],
)
def test_the_candidate_query_lists_informal_and_non_english_invitations(
    fake: FakeGoogle, mailbox: GmailMailbox, subject: str, body: str
) -> None:
    invite = fake.seed_message(_mail(subject, body))
    fake.seed_message(_mail("Sunday dinner?", "Are you coming on Sunday? Bring dessert."))

    assert [thread.thread_id for thread in mailbox.candidate_threads(days=30)] == [invite.thread_id]
