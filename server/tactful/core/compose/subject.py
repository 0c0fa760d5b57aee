"""The subject line of a reply."""

from __future__ import annotations

import re

from tactful.core.compose.clean import one_line

# Reply and forward markers as mail clients in several languages write them:
# Re, RE, Re[2], Re(3), AW/Antw (German, Dutch), SV (Nordic), VS (Finnish),
# Fwd/Fw/WG/TR/Enc (forwards).  Full-width colons come from CJK clients.
_MARKERS = re.compile(
    r"^(?:\s*(?:re|aw|antw|sv|vs|ref|rif|odp|fwd?|wg|tr|enc)\s*(?:\[\d+\]|\(\d+\))?\s*[:：])+\s*",
    re.IGNORECASE,
)


def reply_subject(original: str | None) -> str:
    """``"Re: "`` and the original subject with its pile of earlier reply and forward
    markers removed, on one line: "RE: Fwd: AW: Interview" becomes "Re: Interview".
    """
    topic = _MARKERS.sub("", one_line(original))
    return f"Re: {topic}" if topic else "Re:"
