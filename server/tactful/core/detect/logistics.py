"""How the interview happens: its format and its length."""

from __future__ import annotations

import re

from tactful.core.detect.anchors import leading_literals, max_width
from tactful.core.detect.runners import PatternSet
from tactful.core.model import InterviewFormat, ProposedTime

_RECORDED = re.compile(r"hirevue|one-way|on-demand video|recorded (?:video|interview)|record your|"
                       r"spark hire|vidcruiter|willo|asynchronous video")
_ONSITE = re.compile(r"on-?site\b|in[- ]person\b|at our (?:office|offices|headquarters|campus|clinic|"
                     r"store|branch|hospital)\b|our (?:office|offices) (?:at|in|on)\b|reception\b|"
                     r"parking\b|bring (?:a|your) (?:photo )?id\b")
# Every branch starts with a plain word (no group), which lets ``re`` skip ahead fast.
_PHONE = re.compile(r"phone (?:call|screen|screening|interview|conversation)\b|by phone\b|over the phone\b|"
                    r"call you (?:at|on)\b|ring you (?:at|on)\b|will call you\b|give you a (?:call|ring)\b")
_VIDEO = re.compile(r"zoom\b|google meet\b|microsoft teams\b|teams (?:call|meeting|link)\b|webex\b|"
                    r"video (?:call|interview|conference|chat)\b|virtual(?:ly)? (?:interview|meeting|call)?\b")
# One pass finds which wordings a mail holds (most hold none of most).
_FORMATS = PatternSet({"recorded": _RECORDED, "onsite": _ONSITE, "video": _VIDEO, "phone": _PHONE})
_AMOUNT = r"(?P<number>\d{1,3}|half an|an|one|two|a)[ -]?"
_UNIT = r"minutes?|mins?|hours?|hrs?|hr"
_DURATION = re.compile(
    rf"\b{_AMOUNT}(?P<unit>{_UNIT})\b"
    r"(?:[ -]long)?(?=[^.\n]{0,60}\b(?:call|interview|chat|conversation|screen|session|meeting|video|"
    r"discussion|slot)\b)"
)
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "half an": 0.5}
# A length's unit starts at most ``_AMOUNT``'s width after the length ("half an hour"): the
# search starts that far before the first unit word, skipping the text above it.
_UNIT_WORD = re.compile("|".join(sorted(leading_literals(_UNIT))))
_AMOUNT_WIDTH = max_width(_AMOUNT)


def interview_format(text: str, meeting_link: str | None, location: str | None) -> InterviewFormat | None:
    """Recorded, on-site, video or phone, judged from the wording and the links.

    The patterns run on lower-cased text and name no leading word boundary: both keep
    the regex engine on its fast path, and these phrases do not occur inside other words.
    """
    found = _FORMATS.found(f"{text}\n{location or ''}".lower())
    if "recorded" in found:
        return InterviewFormat.RECORDED
    if "onsite" in found:
        return InterviewFormat.ONSITE
    if meeting_link or "video" in found:
        return InterviewFormat.VIDEO
    if "phone" in found:
        return InterviewFormat.PHONE
    return None


def interview_duration(text: str, times: list[ProposedTime]) -> int | None:
    """Minutes the interview lasts: a stated length, else the length of a proposed range."""
    lowered = text.lower()
    unit = _UNIT_WORD.search(lowered)
    match = _DURATION.search(lowered, max(0, unit.start() - _AMOUNT_WIDTH)) if unit is not None else None
    if match:
        raw = match.group("number").lower()
        number = _WORD_NUMBERS.get(raw) or float(raw)
        minutes = number * 60 if match.group("unit").lower().startswith("h") else number
        if 5 <= minutes <= 8 * 60:
            return int(minutes)
    for time in times:
        if time.end is not None and time.end > time.start:
            minutes = (time.end - time.start).total_seconds() / 60
            if 5 <= minutes <= 8 * 60:
                return int(minutes)
    return None
