"""Local mode: the mailbox is a Maildir and the calendar .ics files on this machine.

With nothing configured it runs on the embedded sample: the sample mbox is copied once
into a Maildir in the instance folder (so drafts can be written next to it) and the
clock stands still at the sample's snapshot date.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tactful.adapters.local_calendar import IcsCalendar
from tactful.adapters.local_drafts import JsonDraftLedger
from tactful.adapters.maildir_mailbox import MaildirMailbox, copy_mbox_to_maildir
from tactful.core.compose.options import Action
from tactful.embedded import (
    SAMPLE_NOW,
    SAMPLE_USER_EMAIL,
    SAMPLE_USER_NAME,
    SAMPLE_ZONE,
    sample_file,
)
from tactful.service.ports import SavedDraft
from tactful.adapters.settings_file import SettingsFile
from tactful.service.settings import Settings
from tactful.web.auth import tokens_match

SAMPLE_MAILDIR = "sample-maildir"
EXPORT_DRAFTS = "drafts-maildir"
SAMPLE_USER = (SAMPLE_USER_NAME, SAMPLE_USER_EMAIL)


@dataclass(frozen=True)
class LocalBackend:
    """The one account of local mode, built once per app (an ``Account``)."""

    mailbox: MaildirMailbox
    calendar_paths: tuple[Path, ...]
    drafts: JsonDraftLedger
    settings: SettingsFile
    clock: Callable[[], datetime]
    user_name: str | None
    user_email: str | None
    sample: bool
    sample_created: bool
    api_token: str
    mode: str = "local"

    def authenticate(self, token: str) -> LocalBackend | None:
        """The one account, for the install's token."""
        return self if tokens_match(token, self.api_token) else None

    def load_settings(self) -> Settings:
        return self.settings.load()

    def save_settings(self, settings: Settings) -> None:
        self.settings.save(settings)

    def calendar(self, settings: Settings) -> IcsCalendar | None:
        emails = (self.user_email,) if self.user_email else ()
        return IcsCalendar(self.calendar_paths, settings.zoneinfo, emails) if self.calendar_paths else None

    def ledger(self, action: Action) -> JsonDraftLedger:
        return self.drafts

    def holds(self) -> None:
        """.ics files are read, never written: holds need the Google mode."""
        return None

    def open_url(self, saved: SavedDraft) -> None:
        """A Maildir draft opens in whatever mail program reads the Maildir; no address to give."""
        return None

    def google_usage(self) -> None:
        return None

    def available_calendars(self) -> list[tuple[str, str]]:
        """The configured .ics files, all counted (choosing among them is a Google mode setting)."""
        return [(str(path), path.name) for path in self.calendar_paths]

    def close(self) -> None:
        """Nothing to give back: local files are opened per call."""

    def describe(self, settings: Settings) -> dict[str, Any]:
        return {
            "mailbox": {
                "kind": "mbox" if self.mailbox.path.is_file() else "maildir",
                "path": str(self.mailbox.path),
                "sample": self.sample,
            },
            "calendars": [str(path) for path in self.calendar_paths],
        }


def _paths(setting: str | Sequence[str] | None) -> tuple[Path, ...]:
    """Calendar files from config: a JSON list, or comma-separated text."""
    if not setting:
        return ()
    items = setting.split(",") if isinstance(setting, str) else setting
    return tuple(Path(item.strip()).expanduser() for item in items if item.strip())


def fixed_or_real_clock(now: str | None, zone: ZoneInfo) -> Callable[[], datetime]:
    """The clock: standing still at ``now`` (ISO 8601 with offset) when given, else the real one."""
    if not now:
        return lambda: datetime.now(zone)
    moment = datetime.fromisoformat(now)
    if moment.tzinfo is None:
        raise ValueError(f"TACTFUL_NOW needs a UTC offset, e.g. 2026-03-02T09:00:00+01:00: {now!r}")
    return lambda: moment


def local_backend(config: Mapping[str, Any], instance: Path, api_token: str) -> LocalBackend:
    """The local backend that ``config`` describes; the sample fills whatever is not set."""
    sample = not config.get("MAILDIR")
    created = False
    if sample:
        maildir = instance / SAMPLE_MAILDIR
        if not maildir.exists():
            copy_mbox_to_maildir(sample_file("inbox.mbox"), maildir)
            created = True
    else:
        maildir = Path(config["MAILDIR"]).expanduser()
    # A Takeout .mbox is read, never written: its drafts go to a Maildir in the instance folder.
    drafts = instance / EXPORT_DRAFTS if maildir.is_file() else None
    calendars = _paths(config.get("CALENDAR"))
    if sample and not calendars:
        calendars = (sample_file("calendar.ics"),)
    zone_name = config.get("ZONE") or (SAMPLE_ZONE if sample else "UTC")
    defaults = Settings(zone=zone_name)
    clock = fixed_or_real_clock(config.get("NOW") or (SAMPLE_NOW if sample else None), ZoneInfo(zone_name))
    name, email = SAMPLE_USER if sample else (None, None)
    return LocalBackend(
        mailbox=MaildirMailbox(maildir, clock, drafts),
        calendar_paths=calendars,
        drafts=JsonDraftLedger(instance / "drafts.json"),
        settings=SettingsFile(instance / "settings.json", defaults),
        clock=clock,
        user_name=config.get("USER_NAME") or name,
        user_email=config.get("USER_EMAIL") or email,
        sample=sample,
        sample_created=created,
        api_token=api_token,
    )
