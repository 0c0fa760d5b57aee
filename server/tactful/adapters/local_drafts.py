"""Which draft Tactful saved in each thread, kept in a JSON file (local mode).

A second click must update Tactful's own draft rather than add another, so the
``SavedDraft`` of each thread is remembered.  One small file is enough for one local
user; the Google mode keeps the same records in its database.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import asdict
from pathlib import Path

from tactful.service.ports import SavedDraft


class JsonDraftLedger:
    """``SavedDraft`` per thread id in one JSON file, rewritten atomically on each change."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()  # werkzeug serves requests on threads

    def _load(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, thread_id: str) -> SavedDraft | None:
        with self._lock:
            record = self._load().get(thread_id)
        if not isinstance(record, dict):
            return None
        try:
            return SavedDraft(**record)
        except TypeError:  # a record written by another version: forget it
            return None

    def put(self, thread_id: str, saved: SavedDraft) -> None:
        with self._lock:
            data = self._load()
            data[thread_id] = asdict(saved)
            self._path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self._path.parent, prefix=".drafts-", suffix=".json")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, indent=2, sort_keys=True)
            os.replace(temporary, self._path)
