"""Reply and forward markers at the start of a subject line ("Re:", "AW:", "Fwd:"...)."""

from __future__ import annotations

import re

# As mail clients in several languages write them: Re, RE, Re[2], Re(3), AW/Antw (German,
# Dutch), SV (Nordic), VS (Finnish), Ref/Rif/Odp, and forwards Fwd/Fw/WG/TR/RV/Enc.
# Full-width colons come from CJK clients.
_MARKERS = re.compile(
    r"^(?:\s*(?:re|aw|antw|sv|vs|ref|rif|odp|fwd?|wg|tr|rv|enc)\s*(?:\[\d+\]|\(\d+\))?\s*[:：])+\s*",
    re.IGNORECASE,
)


def topic(subject: str) -> str:
    """``subject`` without its pile of reply and forward markers."""
    return _MARKERS.sub("", subject)


def answers_or_forwards(subject: str) -> bool:
    """Whether ``subject`` starts with a reply or forward marker."""
    return _MARKERS.match(subject) is not None


_FORWARD_MARKER = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]", re.IGNORECASE)


def forwards(subject: str) -> bool:
    """Whether ``subject`` starts with a forward marker ("Fwd:", "WG:"...)."""
    return _FORWARD_MARKER.match(subject) is not None


_ANSWERS_A_FORWARD = re.compile(
    r"^(?:\s*(?:re|aw|antw|sv|vs|ref|rif|odp)\s*(?:\[\d+\]|\(\d+\))?\s*[:：])+\s*(?:fwd?|wg|tr|rv|enc)\s*"
    r"(?:\[\d+\]|\(\d+\))?\s*[:：]",
    re.IGNORECASE,
)


def answers_a_forward(subject: str) -> bool:
    """Whether ``subject`` answers a forwarded mail ("Re: Fwd: ...")."""
    return _ANSWERS_A_FORWARD.match(subject) is not None
