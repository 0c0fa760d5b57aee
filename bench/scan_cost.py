"""What a Gmail scan costs, per thread of the mailbox, against the fake Google.

Usage: python bench/scan_cost.py [--threads N] [--invites K] [--days D]

Builds a mailbox of N threads (default 2,000) in the fake Gmail of tests/fakegoogle: K
invitations awaiting an answer (default 40, taken from the labelled corpora in tests/data,
all written by this team), the corpora's look-alikes and interview confirmations, and
everyday mail (receipts, newsletters, notifications, promotions, job alerts).  Then runs the
scan the extension's thread list uses (``awaiting_answer`` over ``GmailMailbox``: one search,
headers in batches, candidates read raw in batches, detection) through the real
``googleapiclient`` over HTTP.

The fake implements the search operators of the scan's query, so a narrower query costs
recall honestly: ``invites_found`` counts the planted invitations the scan returned.
Prints the calls made, and as its last line one JSON object with ``threads``,
``invites_planted``, ``invites_found``, ``quota_units_per_thread`` and
``http_requests_per_thread`` (per thread of the mailbox, not per thread fetched).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fakegoogle import FakeGoogle, serve  # the fake lives with the tests
from fakegoogle.clients import client
from tactful.adapters.gmail import GmailMailbox
from tactful.service.threads import awaiting_answer

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
USER = "sam.candidate@example.com"
CORPORA = (ROOT / "tests" / "data" / "corpus_invites.jsonl", ROOT / "tests" / "data" / "corpus_lookalikes.jsonl")
AWAITING = ("invite", "reschedule_request")

# Everyday mail: (sender, subject, body, Gmail labels).  Numbered copies fill the mailbox.
EVERYDAY: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Parcel Post <tracking@parcelpost.example>", "Your parcel {n} is on its way",
     "Good news: parcel {n} left our depot and should reach you within two days.", ("INBOX", "CATEGORY_UPDATES")),
    ("Corner Bank <alerts@cornerbank.example>", "Statement {n} is ready",
     "Your monthly statement number {n} can now be viewed in online banking.", ("INBOX", "CATEGORY_UPDATES")),
    ("Mum <mum.candidate@example.net>", "Sunday dinner?",
     "Are you coming on Sunday? Dad is making the lasagne again. Bring dessert if you can ({n}).", ("INBOX",)),
    ("Code Host <notifications@codehost.example>", "[tactful] Pull request #{n} merged",
     "Your pull request #{n} was merged into main by a reviewer.", ("INBOX", "CATEGORY_UPDATES")),
    ("Shoe Outlet <deals@shoeoutlet.example>", "{n}% off running shoes this weekend",
     "Our weekend sale starts now: up to {n}% off selected running shoes.", ("INBOX", "CATEGORY_PROMOTIONS")),
    ("The Weekly Byte <letters@weeklybyte.example>", "Issue {n}: what we learned about caching",
     "This week: cache invalidation stories from readers, and a tool for profiling queues.", ("INBOX", "CATEGORY_UPDATES")),
    ("Jobs Board <alerts@jobsboard.example>", "Job alert: {n} new data engineer jobs",
     "{n} new roles match your saved search. Tips: prepare for your interview with our guide.", ("INBOX", "CATEGORY_UPDATES")),
    ("Climbing Club <hello@climbclub.example>", "Session {n} moved to the north wall",
     "Tonight's session {n} is on the north wall; bring your own chalk.", ("INBOX", "CATEGORY_FORUMS")),
    ("Alex Rivera <alex.rivera@example.org>", "Photos from the trip",
     "Here are the photos from the trip, part {n}. The one at the lake came out well.", ("INBOX",)),
    ("Streamly <no-reply@streamly.example>", "New episodes for you ({n})",
     "Three new episodes of your shows are ready to watch.", ("INBOX", "CATEGORY_PROMOTIONS")),
)


def _raw(sender: str, subject: str, body: str, sent: datetime, message_id: str,
         html: str | None = None, ics: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = formataddr(("Sam Candidate", USER))
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<{message_id}@bench.example>"
    message.set_content(body)
    if html:
        message.add_alternative(html, subtype="html")
    if ics:
        message.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    return message.as_bytes()


def _from_record(record: dict[str, Any], sent: datetime) -> bytes:
    sender = formataddr((record["from_name"], record["from_email"]))
    return _raw(sender, record["subject"], record["body"], sent, record["id"], record.get("html"), record.get("ics"))


def build_mailbox(fake: FakeGoogle, threads: int, invites: int, days: int) -> set[str]:
    """Seed the fake; returns the thread ids of the planted invitations."""
    records = [json.loads(line) for path in CORPORA for line in path.read_text(encoding="utf-8").splitlines() if line]
    awaiting = [record for record in records if record["label"] in AWAITING][:invites]
    if len(awaiting) < invites:
        raise SystemExit(f"the corpora hold only {len(awaiting)} invitations")
    other_job_mail = [record for record in records if record["label"] not in AWAITING]
    spread = timedelta(days=days) / threads
    planted: set[str] = set()
    for number in range(threads):
        sent = NOW - spread * (number + 0.5)
        if number < invites:
            stored = fake.seed_message(_from_record(awaiting[number], sent))
            planted.add(stored.thread_id)
        elif number - invites < len(other_job_mail):
            fake.seed_message(_from_record(other_job_mail[number - invites], sent))
        else:
            sender, subject, body, labels = EVERYDAY[number % len(EVERYDAY)]
            raw = _raw(sender, subject.format(n=number), body.format(n=number), sent, f"everyday-{number}")
            fake.seed_message(raw, label_ids=labels)
    return planted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threads", type=int, default=2000)
    parser.add_argument("--invites", type=int, default=40)
    parser.add_argument("--days", type=int, default=30)
    args = parser.parse_args()

    with serve(FakeGoogle(now=NOW, email_address=USER)) as fake:
        planted = build_mailbox(fake, args.threads, args.invites, args.days)
        fake.log.clear()
        mailbox = GmailMailbox(client(fake, []))
        found = awaiting_answer(mailbox, args.days, (USER,))

    calls = Counter(entry.method for entry in fake.log)
    for method, count in sorted(calls.items()):
        print(f"{method:<36} {count:>6}")
    found_ids = {item.summary.thread_id for item in found}
    figures = {
        "threads": args.threads,
        "invites_planted": len(planted),
        "invites_found": len(planted & found_ids),
        "other_threads_listed_as_awaiting": len(found_ids - planted),
        "quota_units_per_thread": round(mailbox.quota_units / args.threads, 4),
        "http_requests_per_thread": round(mailbox.http_requests / args.threads, 4),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
