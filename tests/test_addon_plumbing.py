"""What the add-on needs from the shared layers: extra Gmail headers, the open message, chosen slots.

Real googleapiclient over HTTP against the fake Google; the fake's own add-on behaviour
(``msg-f:`` ids, the per-message access token, the ID-token certificates) is pinned here too.
"""

from __future__ import annotations

import json
import urllib.request
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from fakegoogle import FakeGoogle
from fakegoogle.clients import client, credentials
from fakegoogle.fixtures import NOW
from tactful.adapters.gmail import GmailMailbox
from tactful.adapters.google_calendar import GoogleCalendar
from tactful.adapters.google_client import Backoff, Endpoints, GoogleApiError, GoogleClient
from tactful.core.compose.options import Action, ReplyOptions
from tactful.core.slots.model import Interval
from tactful.service.replying import Scheduling, SlotsTaken
from tactful.service.threads import draft_for_thread

LONDON = ZoneInfo("Europe/London")


def _invite(message_id: str = "<inv-7@lumen.example>") -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Okafor <dana@lumen.example>"
    message["To"] = "Sam Candidate <sam.candidate@example.com>"
    message["Subject"] = "Interview for the Platform Engineer role at Lumen"
    message["Date"] = (NOW - timedelta(hours=3)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["Message-ID"] = message_id
    message.set_content(
        "Hi Sam,\n\nThanks for applying to Lumen. We would like to invite you to a 30-minute video interview\n"
        "for the Platform Engineer role on Wednesday 12 March at 10:00 GMT. Does that work?\n\nBest,\nDana Okafor\n"
    )
    return message.as_bytes()


class _Ledger:
    def __init__(self) -> None:
        self.saved: dict[str, object] = {}

    def get(self, thread_id: str) -> None:
        return None

    def put(self, thread_id: str, saved: object) -> None:
        self.saved[thread_id] = saved


def _addon_client(fake: FakeGoogle, gmail_token: str) -> GoogleClient:
    backoff = Backoff(retries=0, sleep=lambda _: None, jitter=lambda: 1.0)
    return GoogleClient(credentials(fake), Endpoints.local(fake.url), backoff, extra_headers={"X-Goog-Gmail-Access-Token": gmail_token})


def test_extra_headers_go_with_every_gmail_call_and_the_fake_refuses_calls_without_them(fake: FakeGoogle) -> None:
    stored = fake.seed_message(_invite())
    fake.gmail_access_tokens.add("gmail-per-message-1")

    with pytest.raises(GoogleApiError) as refused:
        GmailMailbox(client(fake, retries=0)).newest_message(stored.thread_id, stored.id)
    assert refused.value.status == 403

    email = GmailMailbox(_addon_client(fake, "gmail-per-message-1")).newest_message(stored.thread_id, stored.id)
    assert email.message_id == "<inv-7@lumen.example>"


def test_an_add_on_message_id_is_the_decimal_form_of_the_hex_id(fake: FakeGoogle) -> None:
    stored = fake.seed_message(_invite())
    event_id = f"msg-f:{int(stored.id, 16)}"

    email = GmailMailbox(client(fake)).newest_message("thread-f:1", event_id)

    assert email.thread_id == stored.thread_id  # the hex id, from the API's answer


def test_the_fake_serves_its_id_token_certificates_as_google_does(fake: FakeGoogle) -> None:
    with urllib.request.urlopen(f"{fake.url}/oauth2/v1/certs") as response:
        certs = json.load(response)
        cache = response.headers["Cache-Control"]
    assert list(certs) == [fake.id_tokens.published.key_id]
    assert certs[fake.id_tokens.published.key_id].startswith("-----BEGIN CERTIFICATE-----")
    assert fake.id_tokens.stranger.key_id not in certs
    assert "max-age=" in cache


def test_a_draft_for_the_open_message_lands_in_the_hex_thread_and_answers_that_message(fake: FakeGoogle) -> None:
    first = fake.seed_message(_invite())
    newer = _invite("<inv-8@lumen.example>").replace(b"Hi Sam", b"Hello again Sam")
    fake.seed_message(newer, thread_id=first.thread_id)
    mailbox = GmailMailbox(client(fake))
    ledger = _Ledger()
    options = ReplyOptions(action=Action.DECLINE, user_tz="Europe/London", user_name="Sam Candidate")

    result = draft_for_thread(
        mailbox, ledger, None, "thread-f:999", options, Scheduling(zone=LONDON), NOW, message_id=f"msg-f:{int(first.id, 16)}"
    )

    assert result.saved.thread_id == first.thread_id
    assert list(ledger.saved) == [first.thread_id]
    draft = message_from_bytes(fake.gmail.messages[fake.gmail.drafts[result.saved.draft_id]].raw, policy=policy.default)
    assert draft["In-Reply-To"] == "<inv-7@lumen.example>"
    assert not fake.calls("gmail.users.threads.get")


def _reschedule(fake: FakeGoogle, chosen: list[Interval]) -> bytes:
    stored = fake.seed_message(_invite())
    google = client(fake)
    options = ReplyOptions(action=Action.RESCHEDULE, user_tz="Europe/London", user_name="Sam Candidate")
    result = draft_for_thread(
        GmailMailbox(google), _Ledger(), GoogleCalendar(google), stored.thread_id, options,
        Scheduling(zone=LONDON), NOW, chosen_slots=chosen,
    )
    assert tuple(result.outcome.slots) == tuple(slot for slot in chosen if slot.start.day != 11)
    draft = fake.gmail.messages[fake.gmail.drafts[result.saved.draft_id]]
    return draft.raw


def test_a_reschedule_proposes_the_chosen_slots_that_are_still_free(fake: FakeGoogle) -> None:
    taken = Interval(NOW.replace(day=11, hour=14), NOW.replace(day=11, hour=14, minute=30))
    free = Interval(NOW.replace(day=13, hour=15), NOW.replace(day=13, hour=15, minute=30))
    fake.calendar.seed_event(taken.start, taken.end, summary="Booked meanwhile")

    raw = _reschedule(fake, [taken, free])

    text = message_from_bytes(raw, policy=policy.default).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "- Thursday 13 March, 15:00–15:30 GMT" in text
    assert "Tuesday 11 March" not in text


def test_a_reschedule_whose_chosen_slots_are_all_taken_is_refused(fake: FakeGoogle) -> None:
    taken = Interval(NOW.replace(day=11, hour=14), NOW.replace(day=11, hour=14, minute=30))
    fake.calendar.seed_event(taken.start, taken.end)

    with pytest.raises(SlotsTaken):
        _reschedule(fake, [taken])
    assert not fake.gmail.drafts
