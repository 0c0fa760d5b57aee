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
from tactful.core.compose.options import Action, ReplyOptions
from tactful.embedded import (
    SAMPLE_NOW,
    SAMPLE_USER_EMAIL,
    SAMPLE_USER_NAME,
    SAMPLE_ZONE,
    sample_file,
)
from tactful.service.replying import Scheduling
from tactful.adapters.settings_file import SettingsFile
from tactful.service.settings import Settings

SAMPLE_MAILDIR = "sample-maildir"
SAMPLE_USER = (SAMPLE_USER_NAME, SAMPLE_USER_EMAIL)


@dataclass(frozen=True)
class LocalBackend:
    """Everything a request needs in local mode, built once per app."""

    mailbox: MaildirMailbox
    calendar_paths: tuple[Path, ...]
    ledger: JsonDraftLedger
    settings: SettingsFile
    clock: Callable[[], datetime]
    user_name: str | None
    user_email: str | None
    sample: bool
    sample_created: bool

    @property
    def user_emails(self) -> tuple[str, ...]:
        return (self.user_email,) if self.user_email else ()

    def calendar(self, settings: Settings) -> IcsCalendar | None:
        return IcsCalendar(self.calendar_paths, settings.zoneinfo, self.user_emails) if self.calendar_paths else None

    def scheduling(self, settings: Settings) -> Scheduling:
        return Scheduling(
            zone=settings.zoneinfo,
            working_hours=settings.parsed_working_hours,
            count=settings.slot_count,
            user_emails=self.user_emails,
        )

    def default_options(self, settings: Settings, action: Action = Action.ACCEPT) -> ReplyOptions:
        """The user's reply defaults; a draft request always names its own action."""
        return ReplyOptions(
            action=action,
            user_tz=settings.zone,
            reason=settings.default_reason,
            tone=settings.default_tone,
            user_name=self.user_name,
            user_email=self.user_email,
        )


def _paths(setting: str | Sequence[str] | None) -> tuple[Path, ...]:
    """Calendar files from config: a JSON list, or comma-separated text."""
    if not setting:
        return ()
    items = setting.split(",") if isinstance(setting, str) else setting
    return tuple(Path(item.strip()).expanduser() for item in items if item.strip())


def _clock(now: str | None, zone: ZoneInfo) -> Callable[[], datetime]:
    if not now:
        return lambda: datetime.now(zone)
    moment = datetime.fromisoformat(now)
    if moment.tzinfo is None:
        raise ValueError(f"TACTFUL_NOW needs a UTC offset, e.g. 2026-03-02T09:00:00+01:00: {now!r}")
    return lambda: moment


def local_backend(config: Mapping[str, Any], instance: Path) -> LocalBackend:
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
    calendars = _paths(config.get("CALENDAR"))
    if sample and not calendars:
        calendars = (sample_file("calendar.ics"),)
    zone_name = config.get("ZONE") or (SAMPLE_ZONE if sample else "UTC")
    defaults = Settings(zone=zone_name)
    clock = _clock(config.get("NOW") or (SAMPLE_NOW if sample else None), ZoneInfo(zone_name))
    name, email = SAMPLE_USER if sample else (None, None)
    return LocalBackend(
        mailbox=MaildirMailbox(maildir, clock),
        calendar_paths=calendars,
        ledger=JsonDraftLedger(instance / "drafts.json"),
        settings=SettingsFile(instance / "settings.json", defaults),
        clock=clock,
        user_name=config.get("USER_NAME") or name,
        user_email=config.get("USER_EMAIL") or email,
        sample=sample,
        sample_created=created,
    )
