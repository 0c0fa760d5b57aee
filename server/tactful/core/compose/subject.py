"""The subject line of a reply."""

from __future__ import annotations

from tactful.core.compose.clean import one_line
from tactful.core.subject import topic

def reply_subject(original: str | None) -> str:
    """``"Re: "`` and the original subject with its pile of earlier reply and forward
    markers removed, on one line: "RE: Fwd: AW: Interview" becomes "Re: Interview".
    """
    rest = topic(one_line(original))
    return f"Re: {rest}" if rest else "Re:"
