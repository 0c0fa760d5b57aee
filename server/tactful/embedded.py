"""The embedded sample: Alex Morgan's inbox and calendar, shipped as ``tactful.sample``.

The mailbox is a snapshot, so the sample is always read as of the morning it was taken.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SAMPLE_NOW = "2026-03-02T08:00:00-05:00"
SAMPLE_ZONE = "America/New_York"
SAMPLE_USER_NAME = "Alex Morgan"
SAMPLE_USER_EMAIL = "alex.morgan@example.net"


def sample_file(name: str) -> Path:
    """The path of one of the sample's files (``inbox.mbox``, ``calendar.ics``)."""
    return Path(str(resources.files("tactful.sample") / name))
