"""Every combination of action, reason, tone, length and option renders a draft that
passes the quality rubric of a reply a careful professional would send."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest

from tactful.core.compose import Action, Draft, Length, Reason, ReplyOptions, Tone, compose_reply
from tactful.core.model import Detection, Email, InterviewFormat, Label, ProposedTime
from tactful.core.slots.model import Slot

NEW_YORK = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")

ORIGINAL = Email(
    id="m1",
    from_name="Jane Doe",
    from_email="jane.doe@acme.example",
    subject="Interview invitation: Data Engineer",
    body="...",
    message_id="<invite-1@acme.example>",
)

RICH = Detection(
    label=Label.INVITE,
    confidence=0.95,
    reasons=("test",),
    company="Acme Analytics",
    role="Senior Data Engineer",
    recruiter_name="Jane Doe",
    recruiter_first_name="Jane",
    proposed_times=(ProposedTime(text="Tuesday at 2pm", start=datetime(2026, 3, 10, 14, tzinfo=NEW_YORK)),),
    duration_minutes=45,
    timezone="America/New_York",
    interview_format=InterviewFormat.VIDEO,
    meeting_link="https://meet.example.com/abc-defg-hij",
)

BARE = Detection(label=Label.INVITE, confidence=0.6, reasons=())

SLOTS = tuple(
    Slot(datetime(2026, 3, 11 + day, 15, tzinfo=PARIS), datetime(2026, 3, 11 + day, 15, 45, tzinfo=PARIS))
    for day in range(7)
)

WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
SLOT_LINE = re.compile(
    rf"^- (?:{WEEKDAYS}) \d{{1,2}} (?:{MONTHS})(?: \d{{4}})?, "
    r"\d{1,2}:\d{2}(?: [AP]M)?(?:–\d{1,2}:\d{2}(?: [AP]M)?)? (?:[A-Z]{2,5}|UTC[+-]\d{1,2}(?::\d{2})?)\b"
)

DECISION = {
    Action.DECLINE: re.compile(r"decline|withdraw|not to go ahead", re.IGNORECASE),
    Action.RESCHEDULE: re.compile(r"new time|another time|reschedule|move it", re.IGNORECASE),
    Action.ACCEPT: re.compile(r"confirm|I'd love to|glad to interview", re.IGNORECASE),
}

# An invitation that names no time is answered with the user's own times, not a new one.
OFFER_TIMES = re.compile(r"find a time", re.IGNORECASE)


def _names_no_time(detection: Detection) -> bool:
    return detection.label not in (Label.RESCHEDULE_REQUEST, Label.SCHEDULED) and not detection.proposed_times


REASON_MARKERS = {
    Reason.ACCEPTED_OTHER_OFFER: "accepted an offer",
    Reason.NOT_RIGHT_FIT: "match for what",
    Reason.TIMING: "timing",
    Reason.LOCATION: "location",
    Reason.EMPLOYMENT_TYPE: "full-time",
    Reason.COMPENSATION: "compensation",
    Reason.WITHDRAWING: "job search",
    Reason.PREFER_NOT_TO_SAY: "personal",
}

DOOR_OPEN = re.compile(r"future|stay in touch|reconnect", re.IGNORECASE)
NEGATIVE = re.compile(
    r"\b(?:bad|poor(?:ly)?|disappoint\w*|unprofessional|toxic|terrible|awful|worst|worse|"
    r"underpa\w+|low(?:ball)?|lacking|concern\w*|red flags?|reputation|dislike|hate|waste\w*|"
    r"chaotic|unimpressive|mediocre|frustrat\w*)\b",
    re.IGNORECASE,
)
LEFTOVERS = re.compile(
    r"\bNone\b|\bnull\b|\bundefined\b|\{\{|\}\}|\{%|%\}|\s[,.;:!?]|  |\(\s*\)|\b(?:at|for|about|on) [.,]|\.\."
)


@dataclass(frozen=True)
class Case:
    detection: Detection
    options: ReplyOptions
    slots: tuple[Slot, ...]

    @property
    def label(self) -> str:
        opts = self.options
        rich = "rich" if self.detection.company else "bare"
        return (
            f"{opts.action.value}-{self.detection.label.value}-{rich}-{opts.reason.value}-{opts.tone.value}-"
            f"{opts.length.value}-door{int(opts.keep_door_open)}-ref{int(opts.referral)}"
            f"{'-named' if opts.referral_name else ''}-slots{len(self.slots)}"
            f"-link{int(bool(self.detection.scheduling_link))}{int(opts.list_slots_even_with_link)}"
            f"-fmt{self.detection.interview_format.value if self.detection.interview_format else 'none'}"
            f"-why{int(bool(opts.reschedule_reason))}"
        )


def _detection(base: Detection, label: Label, **changes: object) -> Detection:
    fields = {**base.__dict__, "label": label, **changes}
    return Detection(**fields)


def _cases() -> Iterator[Case]:
    tones, lengths, labels = list(Tone), list(Length), list(Label)
    referrals = [(False, None), (True, None), (True, "Alex Kim")]
    for base, label, reason, tone, length, door, (referral, name) in itertools.product(
        (RICH, BARE), labels, list(Reason), tones, lengths, (True, False), referrals
    ):
        options = ReplyOptions(
            action=Action.DECLINE, user_tz="Europe/Paris", reason=reason, tone=tone, length=length,
            keep_door_open=door, referral=referral, referral_name=name, user_name="Sam Lee",
        )
        yield Case(_detection(base, label), options, ())
    for base, label, tone, length, slots, link, why in itertools.product(
        (RICH, BARE), labels, tones, lengths, (0, 3, 7), ("none", "link", "link+slots"), (None, "i am travelling that week")
    ):
        options = ReplyOptions(
            action=Action.RESCHEDULE, user_tz="Europe/Paris", tone=tone, length=length,
            list_slots_even_with_link=link == "link+slots", user_name="Sam Lee", reschedule_reason=why,
        )
        scheduling = None if link == "none" else "https://book.example.com/jane"
        yield Case(_detection(base, label, scheduling_link=scheduling), options, SLOTS[:slots])
    formats: list[InterviewFormat | None] = [None, *InterviewFormat]
    for base, label, tone, length, fmt, chosen, scheduling in itertools.product(
        (RICH, BARE), labels, tones, lengths, formats, (0, 1), (None, "https://book.example.com/jane")
    ):
        options = ReplyOptions(action=Action.ACCEPT, user_tz="Europe/Paris", tone=tone, length=length)
        detection = _detection(base, label, interview_format=fmt, scheduling_link=scheduling)
        yield Case(detection, options, SLOTS[:chosen])


CASES = list(_cases())


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if s]


def rubric(case: Case, draft: Draft) -> list[str]:
    """What is wrong with a draft, as a list of findings (empty when it passes)."""
    problems: list[str] = []
    options, detection = case.options, case.detection
    paragraphs = draft.body_text.strip().split("\n\n")
    greeting, body, signoff = paragraphs[0], paragraphs[1:-1], paragraphs[-1]
    prose = [p for p in body if not p.startswith("- ")]
    sentences = _sentences(" ".join(prose))

    if not re.search(r"\bthank", draft.body_text, re.IGNORECASE):
        problems.append("no gratitude")
    decision = DECISION[options.action]
    if options.action is Action.RESCHEDULE and _names_no_time(case.detection):
        decision = OFFER_TIMES
    if not any(decision.search(s) for s in sentences[:2]):
        problems.append(f"decision not in the first two sentences: {sentences[:2]}")
    if options.action is Action.DECLINE:
        for reason, marker in REASON_MARKERS.items():
            hits = sum(marker in s.lower() for s in sentences)
            expected = 1 if reason is options.reason else 0
            if hits != expected:
                problems.append(f"{hits} sentences of reason {reason.value}, wanted {expected}")
        door = any(DOOR_OPEN.search(s) for s in sentences)
        if door != options.keep_door_open:
            problems.append(f"door open is {door}, asked {options.keep_door_open}")
        words = len(draft.body_text.split())
        if not 50 <= words <= 160:
            problems.append(f"{words} words in a decline")
        if options.referral_name and options.referral_name not in draft.body_text:
            problems.append("referral name missing")
    if NEGATIVE.search(draft.body_text):
        problems.append(f"negative word: {NEGATIVE.search(draft.body_text)}")
    problems.extend(f"leftover in {line!r}" for line in draft.body_text.splitlines() if LEFTOVERS.search(line))
    expected_greeting = {
        (Tone.FORMAL, True): "Dear Jane,",
        (Tone.WARM, True): "Hi Jane,",
        (Tone.FORMAL, False): "Dear Hiring Team,",
        (Tone.WARM, False): "Hello,",
    }[(options.tone, bool(detection.recruiter_first_name))]
    if greeting != expected_greeting:
        problems.append(f"greeting {greeting!r}")
    if not signoff.endswith("\nSam Lee") and options.user_name:
        problems.append(f"sign-off {signoff!r}")
    if detection.company and detection.company not in " ".join(paragraphs[1].split()):
        problems.append("company not named")
    if detection.role and detection.role not in " ".join(paragraphs[1].split()):
        problems.append("role not named")

    slot_lines = [line for p in body if p.startswith("- ") for line in p.splitlines() if line.startswith("- ")]
    link_used = bool(detection.scheduling_link) and not options.list_slots_even_with_link
    if options.action is Action.RESCHEDULE:
        wanted = 0 if link_used else min(len(case.slots), 5)
        if len(slot_lines) != wanted:
            problems.append(f"{len(slot_lines)} slots listed, wanted {wanted}")
        problems.extend(f"slot without weekday, date, time and zone: {line!r}" for line in slot_lines if not SLOT_LINE.match(line))
        if link_used and "scheduling link" not in draft.body_text:
            problems.append("scheduling link not mentioned")
        if 0 < len(case.slots) and not link_used and "happy to adapt" not in draft.body_text and "fit around" not in draft.body_text:
            problems.append("no offer to adapt")
    if options.action is Action.ACCEPT and detection.meeting_link and detection.meeting_link not in draft.body_text:
        problems.append("meeting link not given back")

    parser = _Paragraphs()
    parser.feed(draft.body_html)
    if parser.tags.count("p") != len(prose) + 2:
        problems.append(f"HTML has {parser.tags.count('p')} paragraphs for {len(prose) + 2}")
    return problems


def test_every_combination_is_covered() -> None:
    assert len(CASES) == 1728 + 576 + 640
    assert len({case.label for case in CASES}) == len(CASES)


@pytest.mark.parametrize("action", list(Action))
def test_every_combination_renders_and_passes_the_rubric(action: Action) -> None:
    failures = {}
    for case in CASES:
        if case.options.action is action:
            draft = compose_reply(ORIGINAL, case.detection, case.options, case.slots, now=datetime(2026, 3, 2, 9, tzinfo=PARIS))
            problems = rubric(case, draft)
            if problems:
                failures[case.label] = problems
    assert not failures, f"{len(failures)} drafts fail, e.g. {next(iter(failures.items()))}"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("Dear None,\n\nThank you. I must decline the interview.\n\nKind regards,\nSam Lee", "leftover"),
        ("Dear Jane,\n\nI must decline the interview. Your offer was poor.\n\nKind regards,\nSam Lee", "gratitude"),
        ("Dear Jane,\n\nThank you for the note. The weather is nice. I decline.\n\nKind regards,\nSam Lee", "decision"),
        ("Dear Jane,\n\nThank you. I decline the interview. The pay is too low.\n\nKind regards,\nSam Lee", "negative"),
        ("Dear Jane,\n\nThank you for reaching out about the role at .\n\nKind regards,\nSam Lee", "leftover"),
    ],
)
def test_the_rubric_catches_a_bad_draft(text: str, finding: str) -> None:
    good = compose_reply(ORIGINAL, RICH, ReplyOptions(action=Action.DECLINE, user_tz="Europe/Paris", user_name="Sam Lee"))
    bad = Draft(**{**good.__dict__, "body_text": text})
    case = Case(RICH, ReplyOptions(action=Action.DECLINE, user_tz="Europe/Paris", user_name="Sam Lee"), ())
    assert any(finding in problem for problem in rubric(case, bad))


def test_the_same_input_gives_the_same_draft() -> None:
    case = next(c for c in CASES if c.options.action is Action.RESCHEDULE and len(c.slots) == 3)
    first = compose_reply(ORIGINAL, case.detection, case.options, case.slots, now=datetime(2026, 3, 2, tzinfo=PARIS))
    second = compose_reply(ORIGINAL, case.detection, case.options, case.slots, now=datetime(2026, 3, 2, tzinfo=PARIS))
    assert first.raw() == second.raw()
    assert first.body_html == second.body_html


def test_a_reschedule_never_lists_more_than_five_slots() -> None:
    options = ReplyOptions(action=Action.RESCHEDULE, user_tz="Europe/Paris")
    draft = compose_reply(ORIGINAL, BARE, options, SLOTS)
    assert draft.body_text.count("\n- ") == 5
    assert draft.body_html.count("<li>") == 5


def test_slots_are_written_in_the_recruiters_zone_with_the_users_alongside() -> None:
    options = ReplyOptions(action=Action.RESCHEDULE, user_tz="Europe/Paris")
    draft = compose_reply(ORIGINAL, RICH, options, SLOTS[:3])
    assert "- Wednesday 11 March, 10:00–10:45 AM EDT (15:00–15:45 CET my time)" in draft.body_text


def test_slots_are_written_in_the_users_zone_alone_when_the_recruiters_is_unknown() -> None:
    options = ReplyOptions(action=Action.RESCHEDULE, user_tz="Europe/Paris")
    draft = compose_reply(ORIGINAL, BARE, options, SLOTS[:3])
    assert "- Wednesday 11 March, 15:00–15:45 CET\n" in draft.body_text
    assert "my time" not in draft.body_text


def test_an_accept_confirms_the_proposed_time_and_gives_the_link_back() -> None:
    options = ReplyOptions(action=Action.ACCEPT, user_tz="America/New_York")
    draft = compose_reply(ORIGINAL, RICH, options)
    assert "confirm the video interview on Tuesday 10 March, 2:00–2:45 PM EDT." in " ".join(draft.body_text.split())
    assert "\nhttps://meet.example.com/abc-defg-hij\n" in draft.body_text
    assert '<a href="https://meet.example.com/abc-defg-hij"' in draft.body_html


def test_a_decline_with_a_fixed_interview_withdraws_from_it() -> None:
    options = ReplyOptions(action=Action.DECLINE, user_tz="Europe/Paris", tone=Tone.WARM)
    draft = compose_reply(ORIGINAL, _detection(RICH, Label.SCHEDULED), options)
    assert "I'd like to cancel our video interview" in " ".join(draft.body_text.split())


def test_a_neutral_greeting_names_the_company_team_when_there_is_no_name() -> None:
    options = ReplyOptions(action=Action.DECLINE, user_tz="Europe/Paris")
    draft = compose_reply(ORIGINAL, _detection(RICH, Label.INVITE, recruiter_first_name=None), options)
    assert draft.body_text.startswith("Dear Acme Analytics Hiring Team,\n")


@pytest.mark.parametrize("first_name", ["None", "", "  ", "Recruiting Team", "jobs@acme.example", "{{ name }}"])
def test_a_missing_or_odd_first_name_gives_a_neutral_greeting(first_name: str) -> None:
    options = ReplyOptions(action=Action.DECLINE, user_tz="Europe/Paris", tone=Tone.WARM)
    draft = compose_reply(ORIGINAL, _detection(BARE, Label.INVITE, recruiter_first_name=first_name), options)
    assert draft.body_text.startswith("Hello,\n")


def test_the_user_free_text_reason_becomes_one_tidy_sentence() -> None:
    options = ReplyOptions(action=Action.RESCHEDULE, user_tz="Europe/Paris", reschedule_reason="- i'm at a\r\nconference that day")
    draft = compose_reply(ORIGINAL, BARE, options, SLOTS[:3])
    assert "I'm at a conference that day." in " ".join(draft.body_text.split())


def test_a_reply_to_a_reschedule_request_does_not_apologise() -> None:
    options = ReplyOptions(action=Action.RESCHEDULE, user_tz="Europe/Paris")
    draft = compose_reply(ORIGINAL, _detection(RICH, Label.RESCHEDULE_REQUEST), options, SLOTS[:3])
    assert "apologise" not in draft.body_text
    assert draft.body_text.split("\n\n")[1].startswith("Thank you for letting me know about the change")


def test_a_year_is_written_only_when_the_slot_is_in_another_year() -> None:
    options = ReplyOptions(action=Action.RESCHEDULE, user_tz="Europe/Paris")
    slot = Slot(datetime(2027, 1, 5, 10, tzinfo=PARIS), datetime(2027, 1, 5, 11, tzinfo=PARIS))
    assert "Tuesday 5 January 2027, 10:00–11:00 CET" in compose_reply(ORIGINAL, BARE, options, (slot,), now=datetime(2026, 12, 20, tzinfo=PARIS)).body_text
    assert "Tuesday 5 January, 10:00–11:00 CET" in compose_reply(ORIGINAL, BARE, options, (slot,), now=datetime(2027, 1, 1, tzinfo=PARIS)).body_text


def test_every_plain_text_line_fits_in_72_columns_unless_it_is_one_long_word() -> None:
    for case in CASES[::7]:
        draft = compose_reply(ORIGINAL, case.detection, case.options, case.slots)
        for line in draft.body_text.splitlines():
            assert len(line) <= 72 or " " not in line.strip(), line


def test_slot_end_is_optional_in_a_proposed_time_without_duration() -> None:
    detection = _detection(RICH, Label.INVITE, duration_minutes=None)
    options = ReplyOptions(action=Action.ACCEPT, user_tz="America/New_York")
    assert "on Tuesday 10 March, 2:00 PM EDT." in " ".join(compose_reply(ORIGINAL, detection, options).body_text.split())


def test_a_proposed_time_without_a_zone_is_written_as_given() -> None:
    naive = ProposedTime(text="Tuesday at 14:00", start=datetime(2026, 3, 10, 14))
    detection = _detection(BARE, Label.INVITE, proposed_times=(naive,))
    options = ReplyOptions(action=Action.ACCEPT, user_tz="Europe/Paris")
    assert "on Tuesday 10 March, 14:00." in " ".join(compose_reply(ORIGINAL, detection, options).body_text.split())


def test_end_of_proposed_time_window_is_used_when_given() -> None:
    start = datetime(2026, 3, 10, 9, tzinfo=PARIS)
    proposed = ProposedTime(text="9-10", start=start, end=start + timedelta(hours=1))
    detection = _detection(BARE, Label.INVITE, proposed_times=(proposed,), timezone="Europe/Paris")
    options = ReplyOptions(action=Action.ACCEPT, user_tz="Europe/Paris")
    assert "Tuesday 10 March, 09:00–10:00 CET." in " ".join(compose_reply(ORIGINAL, detection, options).body_text.split())
