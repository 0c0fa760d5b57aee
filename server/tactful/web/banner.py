"""What ``tactful serve`` prints at start-up: where the data comes from and the API token."""

from __future__ import annotations

from flask import Flask

from tactful.web.local import LocalBackend


def startup_banner(app: Flask, url: str) -> str:
    backend = app.extensions["tactful"]
    if not isinstance(backend, LocalBackend):
        return "\n".join([
            "Tactful is running in the Google mode.",
            f"  sign-in:  {app.config['PUBLIC_URL']}/auth/extension/start (opened by the Chrome extension)",
            f"  API:      {url}/api",
            f"  database: {app.config.get('DATABASE_URL') or 'SQLite in ' + app.instance_path}",
        ])
    settings = backend.settings.load()
    lines = ["Tactful is running in local mode (no Google OAuth client is configured)."]
    if backend.sample:
        copied = "copied just now" if backend.sample_created else "copied on first start"
        lines.append(f"  mailbox:  the sample mailbox, {copied} into the Maildir {backend.mailbox.path}")
        lines.append("            so that drafts can be written to its Drafts folder (.Drafts)")
    else:
        lines.append(f"  mailbox:  the Maildir {backend.mailbox.path} (drafts go to its Drafts folder)")
    calendars = ", ".join(str(path) for path in backend.calendar_paths) or "none (proposed times are not checked)"
    lines.append(f"  calendar: {calendars}")
    lines.append(f"  now:      {backend.clock().isoformat()} ({settings.zone})")
    lines.append(f"  API:      {url}/api")
    lines.append("")
    lines.append("To connect the Chrome extension, open the extension options and paste this token:")
    lines.append("")
    lines.append(f"    {app.config['API_TOKEN']}")
    lines.append("")
    lines.append(f"The token is kept in {app.instance_path} (readable by you only). Press Ctrl+C to stop.")
    return "\n".join(lines)
