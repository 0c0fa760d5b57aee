"""Reply composition: the wording (Jinja2 templates) and the RFC 5322 reply.

``compose_reply(original, detection, options, slots, now)`` is the one entry point.
"""

from tactful.core.compose.draft import Draft, compose_reply
from tactful.core.compose.options import Action, Length, Reason, ReplyOptions, Tone
from tactful.core.compose.recipients import NoRecipientError

__all__ = [
    "Action",
    "Draft",
    "Length",
    "NoRecipientError",
    "Reason",
    "ReplyOptions",
    "Tone",
    "compose_reply",
]
