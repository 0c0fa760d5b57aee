"""The suggestion benchmark on the labelled set of invitations × preference profiles."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "suggest_labelled.jsonl"


def test_the_labelled_set_covers_every_action_and_decline_reason_over_many_employers() -> None:
    records = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    actions = Counter(record["expected"]["action"] for record in records)
    reasons = {record["expected"]["reason"] for record in records if record["expected"]["action"] == "decline"}
    assert set(actions) == {"accept", "reschedule", "decline", "your_call", "no_reply"}
    assert {"location", "employment_type", "compensation", "not_right_fit", "timing", "withdrawing"} <= reasons
    assert len({record["from_email"].split("@")[1] for record in records}) >= 30


def test_the_benchmark_prints_its_figures_last_and_judges_the_labelled_set_well() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "suggest_quality.py"), str(LABELLED)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert figures["n"] == len(LABELLED.read_text(encoding="utf-8").splitlines())
    assert figures["action_accuracy"] >= 0.95, run.stdout
    assert figures["decline_reason_accuracy"] >= 0.95, run.stdout
