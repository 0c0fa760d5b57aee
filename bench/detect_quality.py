"""Detection quality on a labelled JSONL corpus.

Usage: python bench/detect_quality.py LABELLED.jsonl [MORE.jsonl ...]

Each line is a message in the ``tactful classify`` JSONL input format plus its gold
``label`` and, optionally, gold proposed times under ``expected.proposed_times`` (a list of
``{"start": ISO}`` objects or ISO strings; top-level ``proposed_times`` is read too).
Prints the invite-vs-rest precision/recall/F1, the 4-class confusion matrix, the
exact-match rate of proposed times and of company, role and recruiter (on interview
messages whose gold names one: what a reply needs), the misclassified ids, and as its last line one
JSON object with ``invite_precision, invite_recall, invite_f1, accuracy_4class,
time_exact_match, n``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import datetime
from typing import Any

from tactful.core.detect import detect
from tactful.core.mime import email_from_json

LABELS = ("invite", "scheduled", "reschedule_request", "not_invite")


ENTITY_FIELDS = ("company", "role", "recruiter_name")


_LEGAL_FORMS = {"gmbh", "inc", "ltd", "llc", "bv", "kk", "sl", "sa", "pvt", "sp", "zoo", "plc", "pty", "ag", "ab", "oy",
                "sas", "srl", "spa", "ltda", "pte", "limited", "corp"}
# The gender tag of a German or French advert ("(m/w/d)", "(H/F)"), which writers of labels
# keep in a title or leave out as they do a legal form.
_GENDER_TAGS = {"mwd", "mfd", "wmd", "fmd", "mfx", "fmx", "mwx", "hf", "fh", "mf", "fm", "mw", "wm", "mv", "vm", "km"}


def _normal(text: str) -> list[str]:
    words = re.sub(r"[^\w\s]", "", text.casefold()).split()
    return [word for word in words if word not in _LEGAL_FORMS and word not in _GENDER_TAGS]


def same_text(found: str | None, gold: str) -> bool:
    """Equal ignoring case, punctuation, the legal form ("GmbH", "Pvt. Ltd.") and a title's
    gender tag ("(m/w/d)"): writers of labels differ on whether those are part of a name."""
    return found is not None and _normal(found) == _normal(gold)


def gold_times(record: dict[str, Any]) -> list[str]:
    expected = record.get("expected") or {}
    raw = expected.get("proposed_times", record.get("proposed_times", record.get("expected_times", [])))
    return [item["start"] if isinstance(item, dict) else str(item) for item in raw or []]


def same_time(predicted: datetime, gold_iso: str) -> bool:
    """Equal instants when the gold time has an offset; equal wall-clock time when it is naive."""
    gold = datetime.fromisoformat(gold_iso)
    if gold.tzinfo is None:
        return predicted.replace(tzinfo=None) == gold
    return predicted.tzinfo is not None and predicted == gold


def times_match(predicted: list[datetime], gold: list[str]) -> bool:
    if len(predicted) != len(gold):
        return False
    return all(any(same_time(p, g) for p in predicted) for g in gold)


def main(paths: list[str]) -> dict[str, Any]:
    confusion: Counter[tuple[str, str]] = Counter()
    wrong: list[str] = []
    time_total = time_hits = 0
    field_total: Counter[str] = Counter()
    field_hits: Counter[str] = Counter()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                gold_label = record["label"]
                detection = detect(email_from_json(record))
                predicted = detection.label.value
                confusion[(gold_label, predicted)] += 1
                if predicted != gold_label:
                    wrong.append(f"{record['id']}: gold {gold_label}, got {predicted}")
                for field in ENTITY_FIELDS:
                    gold_value = (record.get("expected") or {}).get(field)
                    if gold_value and gold_label != "not_invite":
                        field_total[field] += 1
                        field_hits[field] += same_text(getattr(detection, field), gold_value)
                expected = gold_times(record)
                if expected:
                    time_total += 1
                    if times_match([t.start for t in detection.proposed_times], expected):
                        time_hits += 1
    n = sum(confusion.values())
    tp = confusion[("invite", "invite")]
    predicted_invites = sum(count for (_, p), count in confusion.items() if p == "invite")
    gold_invites = sum(count for (g, _), count in confusion.items() if g == "invite")
    precision = tp / predicted_invites if predicted_invites else 0.0
    recall = tp / gold_invites if gold_invites else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(confusion[(label, label)] for label in LABELS) / n if n else 0.0

    print("misclassified:")
    for item in wrong:
        print("  " + item)
    print("confusion (rows gold, columns predicted):")
    print(" " * 20 + "".join(f"{label[:12]:>14}" for label in LABELS))
    for gold in LABELS:
        print(f"{gold:<20}" + "".join(f"{confusion[(gold, p)]:>14}" for p in LABELS))
    figures = {
        "invite_precision": round(precision, 4),
        "invite_recall": round(recall, 4),
        "invite_f1": round(f1, 4),
        "accuracy_4class": round(accuracy, 4),
        "time_exact_match": round(time_hits / time_total, 4) if time_total else None,
        "time_messages": time_total,
        **{f"{field}_match": round(field_hits[field] / field_total[field], 4)
           for field in ENTITY_FIELDS if field_total[field]},
        "n": n,
    }
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
