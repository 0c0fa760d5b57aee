"""The fast path of the lexicon must find exactly what the plain regexes find."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tactful.core.detect.anchors import required_literals
from tactful.core.detect.classify import _fold
from tactful.core.detect.lexicon import BODY_SIGNALS, SUBJECT_SIGNALS, Signal, SignalIndex

DATA = Path(__file__).parent / "data"


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("corpus_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts.append(_fold(record["subject"]))
            texts.append(_fold(record["body"] or record.get("html") or ""))
    return texts


def _original_patterns(signals: tuple[Signal, ...]) -> list[list[re.Pattern[str]]]:
    """Each signal's phrases as written, compiled once: there are more of them than the
    ``re`` module's cache holds, so searching by pattern string would recompile them all
    for every text."""
    return [[re.compile(("\\b" if phrase.at_word_start else "") + phrase.pattern.pattern) for phrase in signal.phrases]
            for signal in signals]


def _plain(signals: tuple[Signal, ...], patterns: list[list[re.Pattern[str]]], text: str) -> list[Signal]:
    """The slow, obvious answer: every original pattern searched in full."""
    return [signal for signal, phrases in zip(signals, patterns) if any(p.search(text) for p in phrases)]


@pytest.mark.parametrize("signals", [BODY_SIGNALS, SUBJECT_SIGNALS], ids=["body", "subject"])
def test_the_index_finds_the_same_signals_as_plain_regex_search(signals: tuple[Signal, ...]) -> None:
    index = SignalIndex(signals)
    patterns = _original_patterns(signals)
    extra = ["", "we need to reschedule your interview", "re-schedule? no: reschedule!", "x" * 500,
             # A lookahead reads past the longest match: "moving" is no move when "forward" follows.
             "northwind - moving forward with references", "we need to move your interview? just say so"]
    for text in _corpus_texts() + extra:
        assert index.found(text) == _plain(signals, patterns, text), text[:200]


REQUIRED = {
    "a plain word is required": (r"\binterview\b", [{"interview"}]),
    "an optional suffix does not hide the stem": (r"interview(?:s|ing)?", [{"interview"}]),
    "a leading choice of words gives one group": (r"(?:would|could) you", [{"would", "could"}, {" you"}]),
    "an optional word is not required": (r"see you (?:tomorrow )?soon", [{"see you "}, {"soon"}]),
    "a repeated letter keeps the text around it": (r"cancel+ation", [{"cance"}, {"ation"}]),
    "literals shorter than three letters are not worth checking": (r"a (?:b|c)", []),
    "a choice with a branch of unknown text requires nothing": (r"(?:\w+|hello) there", [{" there"}]),
}


@pytest.mark.parametrize("case", REQUIRED, ids=list(REQUIRED))
def test_required_literals(case: str) -> None:
    pattern, expected = REQUIRED[case]
    assert [set(group) for group in required_literals(pattern)] == expected
