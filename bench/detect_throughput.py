"""Detection throughput on one core.

Usage: python bench/detect_throughput.py [--messages N] [CORPUS.jsonl ...]

Builds N messages (default 10,000) by cycling the given JSONL corpora (default: the
labelled corpora in tests/data), then times decoding plus detection of every message in
this one process, best of three rounds.  Every message of those corpora is about a job,
so this is the costly case: mail with no sign of a job is answered before extraction.

Prints what each stage of detection costs per message (each stage timed on its own,
on the same messages, best of three), what share of their sum each takes, and as its
last line one JSON object with ``msgs_per_s``, ``stage_us`` and ``dominant_stages``.

Wall-clock figures move by 10-30 % on a machine shared with other work; to compare two
versions of the code, run them alternately, or count instructions, which do not move:
``valgrind --tool=cachegrind --cache-sim=no python bench/detect_throughput.py --messages 500``.

``compiled`` in the JSON says whether detection runs as mypyc-compiled modules (a
``pip install .`` with a C compiler) or as plain Python (an editable install): the same
code runs about a quarter faster compiled, so compare figures of the same kind.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from importlib.machinery import EXTENSION_SUFFIXES
from itertools import cycle, islice
from pathlib import Path
from typing import Any

import tactful.core.detect
from tactful.core.detect import detect
from tactful.core.detect.classify import Evidence, classify
from tactful.core.detect.company import extract_company
from tactful.core.detect.links import classify_links, find_urls
from tactful.core.detect.logistics import interview_duration, interview_format
from tactful.core.detect.people import extract_recruiter
from tactful.core.detect.role import extract_role
from tactful.core.mime import email_from_json
from tactful.core.model import Email
from tactful.core.quoting import split_newest
from tactful.core.times import find_proposed_times, times_from_ics

DEFAULT_CORPORA = sorted((Path(__file__).resolve().parent.parent / "tests" / "data").glob("corpus_*.jsonl"))


def load(paths: list[Path], count: int) -> list[dict[str, Any]]:
    records = [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [dict(record, id=f"{record['id']}-{i}") for i, record in enumerate(islice(cycle(records), count))]


def best_of(rounds: int, work: Callable[[], object]) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return min(timings)


def stage_costs(emails: list[Email]) -> dict[str, float]:
    """Microseconds per message of each stage, each run alone over ``emails``."""
    newest = [split_newest(email.body, subject=email.subject).newest for email in emails]
    pairs = list(zip(emails, newest))
    stages: dict[str, Callable[[], object]] = {
        "quote splitting": lambda: [split_newest(e.body, subject=e.subject) for e in emails],
        "classification (wording)": lambda: [classify(Evidence(subject=e.subject, newest_text=n)) for e, n in pairs],
        "proposed times (text)": lambda: [find_proposed_times(n, e.sent_at, subject=e.subject) for e, n in pairs],
        "calendar parts (icalendar)": lambda: [times_from_ics(text) for e in emails for text in e.ics],
        "company": lambda: [extract_company(e.subject, n, e.from_name, e.from_email) for e, n in pairs],
        "role": lambda: [extract_role(e.subject, n) for e, n in pairs],
        "recruiter": lambda: [extract_recruiter(n, e.from_name) for e, n in pairs],
        "links, format and length": lambda: [
            (classify_links(find_urls(n)), interview_format(n, None, None), interview_duration(n, [])) for n in newest
        ],
    }
    return {name: best_of(3, work) * 1e6 / len(emails) for name, work in stages.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args()
    records = load(args.corpora, args.messages)
    emails = [email_from_json(record) for record in records]

    decode_s = best_of(3, lambda: [email_from_json(record) for record in records])
    detect_s = best_of(3, lambda: [detect(email) for email in emails])
    total_s = decode_s + detect_s

    costs = dict(sorted(stage_costs(emails[:2000]).items(), key=lambda item: -item[1]))
    costs_sum = sum(costs.values())
    print("cost per message by stage (us, share of the stages' sum):")
    for name, cost in costs.items():
        print(f"  {name:<28} {cost:8.1f}  {cost / costs_sum:6.1%}")
    print(f"decode: {decode_s * 1e6 / len(records):.1f} us/msg; detect: {detect_s * 1e6 / len(records):.1f} us/msg")
    # No stage dominates alone: the top three are named, with their shares.
    dominant = [f"{name} {cost / costs_sum:.0%}" for name, cost in list(costs.items())[:3]]
    print(f"dominated by: {', '.join(dominant)}")
    print(json.dumps({
        "msgs_per_s": round(len(records) / total_s),
        "detect_only_msgs_per_s": round(len(records) / detect_s),
        "decode_us_per_msg": round(decode_s * 1e6 / len(records), 1),
        "detect_us_per_msg": round(detect_s * 1e6 / len(records), 1),
        "stage_us": {name: round(cost, 1) for name, cost in costs.items()},
        "dominant_stages": dominant,
        "n": len(records),
        "compiled": (tactful.core.detect.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES)),
    }))


if __name__ == "__main__":
    main()
