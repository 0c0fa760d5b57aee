"""Adapters: the edges where Tactful reads and writes mailboxes, calendars and storage."""
