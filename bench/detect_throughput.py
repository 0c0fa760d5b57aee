"""Detection throughput on one core.

Usage: python bench/detect_throughput.py [--messages N] [CORPUS.jsonl ...]

Builds N messages (default 10,000) by cycling the given JSONL corpora (default: the
labelled corpora in tests/data), then times decoding plus detection of every message in
this one process, best of three rounds.  Prints the cost split between decoding and
detection, the most expensive detection stages from cProfile, and as its last line one
JSON object with ``msgs_per_s``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import time
from itertools import cycle, islice
from pathlib import Path
from typing import Any

from tactful.core.detect import detect
from tactful.core.mime import email_from_json

DEFAULT_CORPORA = sorted((Path(__file__).resolve().parent.parent / "tests" / "data").glob("corpus_*.jsonl"))


def load(paths: list[Path], count: int) -> list[dict[str, Any]]:
    records = [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [dict(record, id=f"{record['id']}-{i}") for i, record in enumerate(islice(cycle(records), count))]


def best_of(rounds: int, work: Any) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args()
    records = load(args.corpora, args.messages)
    emails = [email_from_json(record) for record in records]

    decode_s = best_of(3, lambda: [email_from_json(record) for record in records])
    detect_s = best_of(3, lambda: [detect(email) for email in emails])
    total_s = decode_s + detect_s

    profile = cProfile.Profile()
    profile.enable()
    for email in emails[:2000]:
        detect(email)
    profile.disable()
    report = io.StringIO()
    pstats.Stats(profile, stream=report).sort_stats("tottime").print_stats(8)

    print(report.getvalue())
    print(f"decode: {decode_s * 1e6 / len(records):.1f} us/msg; detect: {detect_s * 1e6 / len(records):.1f} us/msg")
    print(json.dumps({
        "msgs_per_s": round(len(records) / total_s),
        "detect_only_msgs_per_s": round(len(records) / detect_s),
        "decode_us_per_msg": round(decode_s * 1e6 / len(records), 1),
        "detect_us_per_msg": round(detect_s * 1e6 / len(records), 1),
        "n": len(records),
    }))


if __name__ == "__main__":
    main()
