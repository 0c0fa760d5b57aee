"""The Google mode under gunicorn: several workers, each with a few threads.

The app is created once in the master before the workers fork (``preload_app``), so the
database migration and the configuration checks run once and a bad configuration stops
the server before it accepts a connection.  Workers hold no per-user state but the
access-token cache, which each rebuilds on demand.
"""

from __future__ import annotations

import os
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication  # type: ignore[import-untyped]


def default_workers() -> int:
    """gunicorn's rule of thumb: two per core, plus one."""
    return 2 * (os.cpu_count() or 1) + 1


class GunicornServer(BaseApplication):  # type: ignore[misc]
    """Serve ``app`` with gunicorn's ``gthread`` workers (threads suit calls that mostly wait on Google)."""

    def __init__(self, app: Flask, bind: str, workers: int, threads: int = 4, options: dict[str, Any] | None = None) -> None:
        self._app = app
        self._settings = {
            "bind": bind,
            "workers": workers,
            "worker_class": "gthread",
            "threads": threads,
            "preload_app": True,
            "accesslog": "-",
            **(options or {}),
        }
        super().__init__()

    def load_config(self) -> None:
        for name, value in self._settings.items():
            self.cfg.set(name, value)

    def load(self) -> Flask:
        return self._app
