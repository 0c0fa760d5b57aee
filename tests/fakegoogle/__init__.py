"""A fake of the Gmail v1 and Calendar v3 APIs, served over HTTP for the real client library."""

from fakegoogle.server import BATCH, FakeGoogle, LoggedRequest, serve

__all__ = ["BATCH", "FakeGoogle", "LoggedRequest", "serve"]
