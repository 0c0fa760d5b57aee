"""Local mode's settings: one JSON file in the instance folder, replaced atomically."""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path

from tactful.service.settings import Settings, apply_changes


class SettingsFile:
    """Settings in one JSON file; ``defaults`` stand in for a missing or unreadable file."""

    def __init__(self, path: Path, defaults: Settings) -> None:
        self._path = path
        self._defaults = defaults
        self._lock = threading.Lock()

    def load(self) -> Settings:
        try:
            stored = json.loads(self._path.read_text(encoding="utf-8"))
            return apply_changes(self._defaults, stored)
        except (OSError, ValueError):
            return self._defaults

    def save(self, settings: Settings) -> None:
        with self._lock:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self._path.parent, prefix=".settings-", suffix=".json")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(settings.as_json(), out, indent=2, sort_keys=True)
            os.replace(temporary, self._path)
