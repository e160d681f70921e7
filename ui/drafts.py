"""Unsaved call notes kept per user and resident, so a closed window loses nothing.

Drafts are screen state, not business data: they live in a small JSON file in the data folder
(next to the SQLite file), written whole through a temporary file so a crash cannot cut it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from belteam import config

FILE_NAME = "call_drafts.json"


class DraftStore:
    """get/put/clear drafts (plain dicts) by key; every put is on disk at once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config.data_dir() / FILE_NAME

    @staticmethod
    def key(username: str, resident_id: int) -> str:
        return f"{username}:{resident_id}"

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # no file yet, or unreadable: start afresh rather than fail the dialog
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, dict[str, Any]]) -> None:
        temp = self.path.with_suffix(".tmp")
        temp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temp, self.path)

    def get(self, key: str) -> dict[str, Any] | None:
        draft = self._read().get(key)
        return draft if isinstance(draft, dict) else None

    def put(self, key: str, draft: dict[str, Any]) -> None:
        data = self._read()
        if data.get(key) == draft:
            return
        data[key] = draft
        self._write(data)

    def clear(self, key: str) -> None:
        data = self._read()
        if data.pop(key, None) is not None:
            self._write(data)

    def keys(self) -> list[str]:
        return list(self._read())
