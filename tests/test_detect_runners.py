"""The fast ways of running patterns (runners, caseless) must find exactly what plain ``re`` finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.core.detect import role
from tactful.core.detect.anchors import leading_literals, required_punctuation
from tactful.core.detect.caseless import Caseless, Lowered
from tactful.core.detect.runners import GatedPattern, LeadingPattern, LinePattern

DATA = Path(__file__).parent / "data"

# Texts the corpora lack: odd case folding (dotless i, long s, dotted capital I),
# a title split over two lines, upper case, a pattern's words inside other words.
AWKWARD = [
    "",
    "We are hiring a Data Engineer to join us.\nThe Data Engineer\nrole is open.",
    "your application for Senior Data Engineer\n  role at Acme",
    "APPLIED FOR THE STAFF ENGINEER POSITION. YOUR SITE RELIABILITY ENGINEER INTERVIEW",
    "applıcation for Data Engineer role; ſcreening for the Lead Analyst position",
    "İnterview for the Backend Engineer role at İstanbul office",
    "The interviewer reapplied for the post office job as clerk.",
    "the (Remote) Data Engineer (Contract) role\nthe a an role",
    "position: Staff Engineer\nRole: Lead\n> Job title: Senior Nurse",
]


def _texts() -> list[str]:
    texts = list(AWKWARD)
    for path in sorted(DATA.glob("corpus_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts.extend([record["subject"], record["body"]])
    return texts


def _spans(matches: object) -> list[list[tuple[int, int]]]:
    return [[match.span(index) for index in range(match.re.groups + 1)] for match in matches]  # type: ignore[attr-defined]


PATTERNS = {
    "labelled line": GatedPattern(role._LABELLED),
    "title before its noun": LinePattern(role._BEFORE_NOUN),
    "title after role of": LeadingPattern(role._AFTER_NOUN),
    "title opening a sentence": LinePattern(role._SENTENCE_START),
    "title after a verb": LeadingPattern(role._AFTER_VERB),
    "title before interview": LinePattern(role._BEFORE_INTERVIEW),
    "hiring a title": LeadingPattern(role._HIRING.pattern),
}


@pytest.mark.parametrize("name", PATTERNS, ids=list(PATTERNS))
def test_a_fast_pattern_matches_at_the_places_finditer_does(name: str) -> None:
    fast = PATTERNS[name]
    for text in _texts():
        assert _spans(fast.finditer(Lowered(text))) == _spans(fast.pattern.finditer(text)), text[:200]


def test_the_leading_literals_are_read_past_a_word_boundary_and_through_a_choice() -> None:
    assert leading_literals(r"\b(?:role|position) of") == {"role", "position"}
    assert leading_literals(r"dear (?:team|all)") == {"dear "}
    assert leading_literals(r"(?:\w+|hello) there") == frozenset()


def test_a_pattern_needing_a_question_mark_is_filed_under_it() -> None:
    assert required_punctuation(r"(?:is|can) [^.?!\n]{0,80}\b(?:\d{1,2} ?pm)\b[^.?!\n]{0,80}\?") == {"?"}
    assert required_punctuation(r"(?:is|can) you") == frozenset()


def test_a_pattern_with_capitals_in_it_is_not_run_on_the_lower_cased_copy() -> None:
    gated = GatedPattern(re.compile(r"\b[A-Z]\w+ role", re.IGNORECASE))
    assert [match.group(0) for match in gated.finditer(Lowered("the Data role"))] == ["Data role"]


@pytest.mark.parametrize(
    "text",
    ["Senior ENGINEER", "engineering", "ſales Lead", "İnside sales", "Dotless ıntern", "Head of Talent", "", "Data-Engineer"],
)
def test_a_caseless_pattern_answers_as_the_flag_would(text: str) -> None:
    words = r"\b(?:engineer|sales|intern|head)\b"
    caseless = Caseless(words)
    assert caseless.search(text) == (re.search(words, text, re.IGNORECASE) is not None)
    assert caseless.fullmatch(text) == (re.fullmatch(words, text, re.IGNORECASE) is not None)


def test_a_caseless_pattern_must_be_written_in_lower_case() -> None:
    with pytest.raises(ValueError):
        Caseless(r"\bEngineer\b")
    assert Caseless(r"\w+\S").search("ABC")


def test_a_pattern_set_finds_what_each_search_finds() -> None:
    from tactful.core.detect import logistics

    patterns = {"recorded": logistics._RECORDED, "onsite": logistics._ONSITE, "video": logistics._VIDEO,
                "phone": logistics._PHONE}
    texts = [text.lower() for text in _texts()] + ["on-site visit", "onsite", "in person", "a phone screen", ""]
    for text in texts:
        expected = {name for name, pattern in patterns.items() if pattern.search(text)}
        assert logistics._FORMATS.found(text) == expected, text[:200]


def test_a_phrase_is_filed_under_its_rarest_words_not_under_the_commonest() -> None:
    from tactful.core.detect.anchors import rarest_group

    groups = (frozenset({" you ", " the "}), frozenset({"booked", "set"}), frozenset({" for"}))
    assert rarest_group(groups) == {"booked", "set"}
    assert rarest_group((frozenset({"interview"}), frozenset({"invitation to"}))) == {"invitation to"}


@settings(max_examples=400)
@given(st.lists(st.sampled_from(["a ", "an ", "half an ", "30", "45-", " ", "minute", "min", "hours", "hr", "admin",
                                 " call", " interview", ".", "\n", "x" * 20, "two ", "-long", "Hour "]), max_size=20))
def test_an_interview_length_is_read_as_a_plain_search_reads_it(pieces: list[str]) -> None:
    from tactful.core.detect import logistics

    text = "".join(pieces)
    plain = logistics._DURATION.search(text.lower())
    expected = None
    if plain:
        raw = plain.group("number")
        number = logistics._WORD_NUMBERS.get(raw) or float(raw)
        minutes = number * 60 if plain.group("unit").startswith("h") else number
        expected = int(minutes) if 5 <= minutes <= 8 * 60 else None
    assert logistics.interview_duration(text, []) == expected


LEADING_CUES = {
    "hypothetical next steps": r"(?:if|should|once) (?:your (?:profile|cv)|you pass)[^.!?]*[.!?]|before (?:any )?interviews? are",
    "an apology": r"\b(?:sorry|apolog\w+|i'm afraid|unfortunately|leider)\b",
    "words inside others": r"(?:in|at) (?:the )?(?:morning|office)",
}


@pytest.mark.parametrize("name", LEADING_CUES, ids=list(LEADING_CUES))
def test_a_leading_search_finds_and_replaces_what_re_does(name: str) -> None:
    from tactful.core.detect.runners import LeadingSearch

    plain = re.compile(LEADING_CUES[name])
    fast = LeadingSearch(LEADING_CUES[name])
    texts = [" ".join(text.lower().split()) for text in _texts()] + [
        "sorrysorry sorry", "if you pass. if your cv fits!", "ıf your profile fits.", "within the office", "",
    ]
    for text in texts:
        found = fast.search(text)
        assert (found and found.span()) == ((match := plain.search(text)) and match.span()), text[:200]
        assert fast.sub(" ", text) == plain.sub(" ", text)


def test_a_leading_search_refuses_what_it_cannot_run_exactly() -> None:
    from tactful.core.detect.runners import LeadingSearch

    with pytest.raises(ValueError):
        LeadingSearch(r"\w+ interview")
    with pytest.raises(ValueError):
        LeadingSearch(r"(?i)sorry")


@settings(max_examples=300)
@given(st.lists(st.sampled_from(list("aZ &é-.'İ3 ſvVIiA\n") + ["via ", "(via x)", "VIA", "Acme"]), max_size=12))
def test_the_name_fast_paths_give_what_their_regexes_give(pieces: list[str]) -> None:
    from tactful.core.detect import names

    text = "".join(pieces)

    assert names.squash(text) == re.sub(
        "[^a-z0-9]", "", text.lower().replace("&", "and").translate(names._ACCENTS)
    )
    assert names.without_via(text) == names._VIA.sub("", text).strip()


@pytest.mark.parametrize("domain", ["greenhouse.io", "us.greenhouse-mail.io", "acme.com", "", "a..greenhouse.io",
                                    "careers.myworkday.com", "mail.teamtailor-x.com", "lever.co", "co", "hire.lever.co"])
def test_an_ats_domain_is_a_listed_domain_or_a_parent_or_a_brand(domain: str) -> None:
    from tactful.core.detect.links import ATS_DOMAINS, _ATS_BRANDS, is_ats_domain

    labels = domain.split(".")
    listed = any(".".join(labels[start:]) in ATS_DOMAINS for start in range(len(labels) - 1))
    assert is_ats_domain(domain) == (listed or any(brand in domain for brand in _ATS_BRANDS))


LINE_STARTS = {
    "a sign-off": (r"^\s*(?:best|thanks|ty)\s*[,.!]*\s*(?P<name>[A-Z]\w*)?\s*$", re.IGNORECASE),
    "an organiser line": (r"^[ \t]*(?:organi[sz]er|host)[ \t]*:[ \t]*(?P<value>[^\n@]{2,120})$", re.IGNORECASE),
    "a word at a line's start": (r"^ty", 0),
}


@pytest.mark.parametrize("name", LINE_STARTS, ids=list(LINE_STARTS))
def test_a_line_start_pattern_finds_what_finditer_finds(name: str) -> None:
    from tactful.core.detect.runners import LineStartPattern

    pattern, flags = LINE_STARTS[name]
    plain = re.compile(pattern, flags | re.MULTILINE)
    fast = LineStartPattern(pattern, flags)
    texts = _texts() + ["\n\nthanks\n\nTY\n", "ty", "tyty\nty\n", "Host: Dana\nOrganizer: Kim, Acme\n", "\n", ""]
    for text in texts:
        assert _spans(fast.finditer(text)) == _spans(plain.finditer(text)), text[:200]
        assert _spans(filter(None, [fast.search(text)])) == _spans(filter(None, [plain.search(text)]))


def test_a_line_start_pattern_refuses_what_it_cannot_run_exactly() -> None:
    from tactful.core.detect.runners import LineStartPattern

    with pytest.raises(ValueError):
        LineStartPattern(r"^a|b")
    with pytest.raises(ValueError):
        LineStartPattern(r"^\s*")


EMPLOYER_NAMES = ["Acme", "VitaFarma", "Data Engineer", "C++ Developer", "Nurse", "a", "Team", "Stelle"]
EMPLOYER_TEXTS = [
    "Join the team at Acme today", "flatAcme", "Acme's team will call", "ACME’S RECRUITING", "Acmes team",
    "Talent Acquisition | VitaFarma", "Kind regards,\n  VitaFarma \t\nnext", "x,VitaFarma", "bei vitafarma.",
    "joining C++ Developer now", "C++ Developer\n", "Nurse Team", "İnterview at Acme", "ıt is with Nurse",
]


@pytest.mark.parametrize("name", EMPLOYER_NAMES)
def test_a_name_is_found_as_the_employers_where_its_pattern_finds_it(name: str) -> None:
    for text in EMPLOYER_TEXTS + _texts()[::7]:
        assert role._names_employer(name, text) == (role._employer_pattern(name).search(text) is not None), text[:200]
