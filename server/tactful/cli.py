"""The ``tactful`` command line: it parses arguments, calls the use cases, prints results."""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tactful.adapters.local_calendar import IcsCalendar
from tactful.adapters.local_mailbox import (
    ReadProblem,
    count_messages,
    is_maildir,
    read_messages,
    save_draft,
    save_draft_to_maildir,
)
from tactful.core.compose.options import Action, Length, Reason, ReplyOptions, Tone
from tactful.core.detect import detect
from tactful.core.model import Email
from tactful.core.slots.working_hours import parse_working_hours
from tactful.core.suggest import Preferences, Verdict, preferences_from_json, suggestion_line
from tactful.embedded import (
    SAMPLE_NOW,
    SAMPLE_USER_EMAIL,
    SAMPLE_USER_NAME,
    SAMPLE_ZONE,
    sample_file,
)
from tactful.jsonout import detection_json, draft_json
from tactful.service.ports import CalendarUnavailable
from tactful.service.replying import Scheduling, draft_reply
from tactful.service.suggesting import draft_suggested, suggest_reply

_PROGRESS_THRESHOLD = 1000
DEFAULT_OUT = Path("tactful-out")


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise argparse.ArgumentTypeError(f"unknown time zone {name!r} (use an IANA name like Europe/Paris)") from error


def _now(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"--now needs ISO 8601, e.g. 2026-03-02T09:00:00+01:00: {text!r}") from error
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"--now needs a UTC offset, e.g. 2026-03-02T09:00:00+01:00: {text!r}")
    return moment


def _working_hours(text: str) -> Any:
    try:
        return parse_working_hours(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def _default_zone() -> str:
    """The zone named by $TZ when it is a valid IANA name, else UTC."""
    name = os.environ.get("TZ", "").lstrip(":")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


class ProgressCounter:
    """A one-line counter on stderr, shown only for large inputs on a terminal."""

    def __init__(self, total: int | None, stream: TextIO) -> None:
        self._total = total
        self._stream = stream
        self._shown = total is not None and total >= _PROGRESS_THRESHOLD and stream.isatty()
        self._done = 0

    def step(self) -> None:
        self._done += 1
        if self._shown and (self._done % 100 == 0 or self._done == self._total):
            self._stream.write(f"\rclassified {self._done}/{self._total}")
            self._stream.flush()

    def close(self) -> None:
        if self._shown:
            self._stream.write("\n")


def _messages(paths: Sequence[Path], failures: list[str]) -> Iterator[Email]:
    """The readable messages of ``paths``; each problem is reported on stderr and counted."""
    for item in read_messages(paths):
        if isinstance(item, ReadProblem):
            failures.append(str(item))
            print(f"tactful: {item}", file=sys.stderr)
        else:
            yield item


def _emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def cmd_classify(args: argparse.Namespace) -> int:
    failures: list[str] = []
    progress = ProgressCounter(count_messages(args.paths), sys.stderr)
    for email in _messages(args.paths, failures):
        _emit(detection_json(email.id, detect(email, user_emails=tuple(args.user_email))))
        progress.step()
    progress.close()
    return 1 if failures else 0


def _options(args: argparse.Namespace, action: Action) -> ReplyOptions:
    return ReplyOptions(
        action=action,
        user_tz=args.tz.key,
        reason=Reason(args.reason),
        tone=Tone(args.tone),
        length=Length(args.length),
        keep_door_open=not args.close_door,
        referral=args.referral is not None,
        referral_name=args.referral or None,
        include_cc=args.cc,
        list_slots_even_with_link=args.list_slots,
        user_name=args.user_name,
        user_email=args.user_email[0] if args.user_email else None,
        reschedule_reason=args.reschedule_reason,
    )


def _scheduling(args: argparse.Namespace) -> Scheduling:
    return Scheduling(
        zone=args.tz,
        working_hours=args.working_hours,
        count=args.count,
        duration=timedelta(minutes=args.duration) if args.duration else None,
        user_emails=tuple(args.user_email),
    )


def _calendar(args: argparse.Namespace) -> IcsCalendar | None:
    return IcsCalendar(args.calendar, args.tz, args.user_email) if args.calendar else None


def cmd_draft(args: argparse.Namespace) -> int:
    failures: list[str] = []
    scheduling, calendar = _scheduling(args), _calendar(args)
    now = args.now or datetime.now(args.tz)
    options = _options(args, Action(args.action))
    for email in _messages(args.paths, failures):
        try:
            outcome = draft_reply(email, options, scheduling, now, calendar)
        except (CalendarUnavailable, ValueError) as error:
            failures.append(email.id)
            print(f"tactful: {email.id}: no draft: {error}", file=sys.stderr)
            continue
        _emit(draft_json(email.id, options.action, outcome))
    return 1 if failures else 0




def _use_sample(args: argparse.Namespace) -> None:
    args.paths = [sample_file("inbox.mbox")]
    args.calendar = args.calendar or [sample_file("calendar.ics")]
    args.now = args.now or _now(SAMPLE_NOW)
    args.tz = args.tz if args.tz_given else _zone(SAMPLE_ZONE)
    args.user_name = args.user_name or SAMPLE_USER_NAME
    args.user_email = args.user_email or [SAMPLE_USER_EMAIL]
    print(f"No mailbox given: scanning the sample mailbox {args.paths[0]}")
    print(f"with its calendar, as of {args.now.isoformat()} ({args.tz.key}).\n")


def _save(args: argparse.Namespace, message_id: str, raw: bytes) -> str:
    """Save a draft where the user will look: the Maildir's Drafts folder, else an .eml file."""
    if args.out is None and len(args.paths) == 1 and is_maildir(args.paths[0]):
        key = save_draft_to_maildir(args.paths[0], raw)
        return f"added to {args.paths[0] / '.Drafts'} as {key}"
    return f"written to {save_draft(args.out or DEFAULT_OUT, message_id, raw)}"


def _preferences(args: argparse.Namespace) -> Preferences | None:
    """The job preferences of ``--prefs`` (none without it); ``None`` once stderr says why the file is unusable."""
    try:
        return preferences_from_json(json.loads(args.prefs.read_text(encoding="utf-8"))) if args.prefs else Preferences()
    except (OSError, ValueError) as error:
        print(f"tactful: --prefs {args.prefs}: {error}", file=sys.stderr)
        return None


def cmd_scan(args: argparse.Namespace) -> int:
    if not args.paths:
        _use_sample(args)
    preferences = _preferences(args)
    if preferences is None:
        return 2
    failures: list[str] = []
    scheduling, calendar = _scheduling(args), _calendar(args)
    now = args.now or datetime.now(args.tz)
    found = 0
    for email in _messages(args.paths, failures):
        detection = detect(email, user_emails=scheduling.user_emails)
        if detection.label.value == "not_invite":
            continue
        found += 1
        when = ", ".join(t.start.strftime("%a %d %b %Y %H:%M") for t in detection.proposed_times) or "-"
        print(f"[{detection.label.value}] {email.subject}")
        print(f"    from {email.from_name} <{email.from_email}>: {detection.company or '?'}, "
              f"{detection.role or 'role not named'}; proposed: {when}")
        try:
            suggested, outcome = draft_suggested(email, preferences, _options(args, Action.ACCEPT), scheduling, now,
                                                 calendar, detection)
        except (CalendarUnavailable, ValueError) as error:
            failures.append(email.id)
            print(f"    no draft: {error}", file=sys.stderr)
            continue
        verdict = suggested.recommendation
        if outcome is None:
            missing = ", ".join(verdict.missing) or "nothing"
            print("    nothing to answer" if verdict.verdict is Verdict.NO_REPLY else f"    your call: unknown {missing}")
            continue
        reason = f" ({verdict.reason.value})" if verdict.verdict is Verdict.DECLINE else ""
        print(f"    {verdict.verdict.value}{reason} draft {_save(args, email.id, outcome.draft.raw())}")
    print(f"\n{found} interview message(s) found.")
    return 1 if failures else 0


def cmd_suggest(args: argparse.Namespace) -> int:
    preferences = _preferences(args)
    if preferences is None:
        return 2
    failures: list[str] = []
    scheduling, calendar = _scheduling(args), _calendar(args)
    now = args.now or datetime.now(args.tz)
    for email in _messages(args.paths, failures):
        try:
            found = suggest_reply(email, preferences, _options(args, Action.RESCHEDULE), scheduling, now, calendar)
        except (CalendarUnavailable, ValueError) as error:
            failures.append(email.id)
            print(f"tactful: {email.id}: no suggestion: {error}", file=sys.stderr)
            continue
        _emit(suggestion_line(email.id, found.facts, found.recommendation, found.outcome.slots))
    return 1 if failures else 0


DEFAULT_PORT = 8765


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def cmd_serve(args: argparse.Namespace) -> int:
    """Local mode on werkzeug's server (enough for one local user); the Google mode on gunicorn."""
    local = not os.environ.get("TACTFUL_GOOGLE_OAUTH_CLIENT_ID")
    if local and not _is_loopback(args.host):
        print(f"tactful: local mode serves this machine only, so it will not listen on {args.host!r}: "
              "use --host 127.0.0.1 (the default).", file=sys.stderr)
        return 2
    from tactful.web import create_app  # Flask loads only for the command that needs it
    from tactful.web.banner import startup_banner

    try:
        app = create_app()
    except (RuntimeError, ValueError, OSError) as error:
        print(f"tactful: cannot start: {error}", file=sys.stderr)
        return 1
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(startup_banner(app, f"http://{host}:{args.port}"), flush=True)
    if local:
        app.run(host=args.host, port=args.port)
        return 0
    from tactful.web.production import GunicornServer, default_workers

    GunicornServer(app, f"{host}:{args.port}", args.workers or default_workers()).run()
    return 0


def _add_reply_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reason", choices=[r.value for r in Reason], default=Reason.NONE.value,
                        help="why you decline (default: give no reason)")
    parser.add_argument("--tone", choices=[t.value for t in Tone], default=Tone.FORMAL.value)
    parser.add_argument("--length", choices=[n.value for n in Length], default=Length.SHORT.value)
    parser.add_argument("--referral", nargs="?", const="", metavar="NAME",
                        help="suggest someone else who may fit (optionally by name)")
    parser.add_argument("--close-door", action="store_true", help="do not offer to stay in touch")
    parser.add_argument("--cc", action="store_true", help="keep the original Cc recipients")
    parser.add_argument("--list-slots", action="store_true",
                        help="list free slots even when the invite has a self-scheduling link")
    parser.add_argument("--reschedule-reason", metavar="TEXT", help="one short sentence on why you need another time")
    parser.add_argument("--user-name", metavar="NAME", help="your name, for the sign-off")
    parser.add_argument("--tz", type=_zone, metavar="ZONE", help="your IANA time zone (default: $TZ, else UTC)")
    parser.add_argument("--working-hours", type=_working_hours, default="Mon-Fri 09:00-17:00",
                        metavar="SPEC", help='when you take interviews, e.g. "Mon-Fri 09:00-17:00"')
    parser.add_argument("--calendar", type=Path, action="append", default=[], metavar="FILE.ics",
                        help="your calendar (repeatable); busy times are avoided")
    parser.add_argument("--count", type=int, default=3, choices=range(1, 6), metavar="N",
                        help="how many alternative slots to propose, 1-5 (default 3)")
    parser.add_argument("--duration", type=int, metavar="MINUTES", help="interview length (default: the invite's)")
    parser.add_argument("--now", type=_now, metavar="ISO", help="the current time (default: the clock)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tactful", description="Find interview invitations and draft replies.")
    commands = parser.add_subparsers(dest="command", required=True)

    classify = commands.add_parser("classify", help="label each message and extract what a reply needs")
    classify.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".jsonl, .eml, .mbox or a Maildir")
    classify.add_argument("--user-email", action="append", default=[], metavar="ADDR",
                          help="your own address (repeatable): your own messages are never invites")
    classify.set_defaults(handler=cmd_classify)

    draft = commands.add_parser("draft", help="write a reply draft for each message (JSON lines)")
    draft.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".jsonl, .eml, .mbox or a Maildir")
    draft.add_argument("--action", required=True, choices=[a.value for a in Action])
    draft.add_argument("--user-email", action="append", default=[], metavar="ADDR", help="your address (From)")
    _add_reply_options(draft)
    draft.set_defaults(handler=cmd_draft)

    scan = commands.add_parser("scan", help="find the invites in a mailbox and save a draft for each")
    scan.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                      help=".mbox (Google Takeout), Maildir, .eml or .jsonl (default: the sample mailbox)")
    scan.add_argument("--out", type=Path, metavar="DIR",
                      help=f"where .eml drafts go (default: a Maildir's own Drafts folder, else {DEFAULT_OUT})")
    scan.add_argument("--user-email", action="append", default=[], metavar="ADDR", help="your address (From)")
    scan.add_argument("--prefs", type=Path, metavar="FILE",
                      help="your job preferences (JSON): a role that does not fit gets a decline; default: none")
    _add_reply_options(scan)
    scan.set_defaults(handler=cmd_scan)

    suggest = commands.add_parser("suggest", help="suggest the reply that fits each message, and why (JSON lines)")
    suggest.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".jsonl, .eml, .mbox or a Maildir")
    suggest.add_argument("--prefs", type=Path, metavar="FILE", help="your job preferences (JSON); default: none")
    suggest.add_argument("--user-email", action="append", default=[], metavar="ADDR", help="your address")
    _add_reply_options(suggest)
    suggest.set_defaults(handler=cmd_suggest)

    serve = commands.add_parser(
        "serve", help="run the backend: on Google when an OAuth client is configured (gunicorn), else local mode"
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (local mode: loopback only)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    serve.add_argument("--workers", type=int, metavar="N", help="gunicorn workers in the Google mode (default 2 x cores + 1)")
    serve.set_defaults(handler=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if hasattr(args, "tz"):
        args.tz_given = args.tz is not None
        args.tz = args.tz or _zone(_default_zone())
    try:
        return int(args.handler(args))
    except BrokenPipeError:
        return 1
