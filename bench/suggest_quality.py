"""Suggestion quality on a labelled JSONL set of invitations × preference profiles.

Usage: python bench/suggest_quality.py LABELLED.jsonl [MORE.jsonl ...]

Each line is a message in the ``tactful classify`` JSONL input format plus
``preferences`` (the JSON the API takes), ``busy`` (the user's calendar as
``{"start", "end", "summary"}`` objects), ``now`` (ISO 8601 with offset), ``tz`` (the
user's IANA zone) and ``expected: {"action", "reason"}``.
Prints the action confusion, the misjudged cases with the evidence behind them, and as
its last line one JSON object with ``action_accuracy, reason_accuracy, exact_accuracy,
decline_reason_accuracy, confidence_right, confidence_wrong, n``: reason accuracy is over
every case (``none`` included); decline reason accuracy over the cases whose expected
action is a decline; ``confidence_right``/``_wrong`` are the mean confidence of the
suggestions whose action was right / wrong (null when there are none).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from statistics import mean
from typing import Any
from zoneinfo import ZoneInfo

from tactful.core.compose.options import Action, ReplyOptions
from tactful.core.mime import email_from_json
from tactful.core.slots.model import BusyInterval
from tactful.core.suggest import Recommendation, preferences_from_json
from tactful.service.replying import Scheduling
from tactful.service.suggesting import suggest_reply


class ListedCalendar:
    """The busy times a record lists, as the suggestion use case reads a calendar."""

    def __init__(self, busy: Sequence[dict[str, str]]) -> None:
        self._busy = [
            BusyInterval(datetime.fromisoformat(item["start"]), datetime.fromisoformat(item["end"]),
                         summary=item.get("summary"))
            for item in busy
        ]

    def busy(self, start: datetime, end: datetime) -> Sequence[BusyInterval]:
        return [item for item in self._busy if item.start < end and start < item.end]


def judge(record: dict[str, Any]) -> Recommendation:
    zone = ZoneInfo(record.get("tz", "UTC"))
    options = ReplyOptions(action=Action.RESCHEDULE, user_tz=zone.key)
    found = suggest_reply(
        email_from_json(record),
        preferences_from_json(record.get("preferences", {})),
        options,
        Scheduling(zone=zone),
        datetime.fromisoformat(record["now"]),
        ListedCalendar(record.get("busy", [])),
    )
    return found.recommendation


def main(paths: list[str]) -> dict[str, Any]:
    records = [json.loads(line) for path in paths for line in open(path, encoding="utf-8") if line.strip()]
    confusion: Counter[tuple[str, str]] = Counter()
    actions = reasons = exact = declines = decline_reasons = 0
    confidence: dict[bool, list[float]] = {True: [], False: []}
    for record in records:
        result = judge(record)
        want_action, want_reason = record["expected"]["action"], record["expected"]["reason"]
        got_action, got_reason = result.verdict.value, result.reason.value
        confusion[(want_action, got_action)] += 1
        confidence[got_action == want_action].append(result.confidence)
        actions += got_action == want_action
        reasons += got_reason == want_reason
        exact += (got_action, got_reason) == (want_action, want_reason)
        if want_action == "decline":
            declines += 1
            decline_reasons += (got_action, got_reason) == (want_action, want_reason)
        if (got_action, got_reason) != (want_action, want_reason):
            says = "; ".join(item.says for item in result.evidence)
            print(f"MISS {record['id']}: expected {want_action}/{want_reason}, got {got_action}/{got_reason}"
                  f" (missing {list(result.missing)}): {says}")
    print("\nexpected -> suggested: count")
    for (want, got), count in sorted(confusion.items()):
        print(f"  {want:>10} -> {got:<10} {count}")
    n = len(records)
    return {
        "action_accuracy": round(actions / n, 4) if n else 0.0,
        "reason_accuracy": round(reasons / n, 4) if n else 0.0,
        "exact_accuracy": round(exact / n, 4) if n else 0.0,
        "decline_reason_accuracy": round(decline_reasons / declines, 4) if declines else 0.0,
        "confidence_right": round(mean(confidence[True]), 3) if confidence[True] else None,
        "confidence_wrong": round(mean(confidence[False]), 3) if confidence[False] else None,
        "n": n,
    }


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    print(json.dumps(main(sys.argv[1:])))
