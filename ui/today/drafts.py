"""The log-call dialog's unsaved notes, kept through the domain (belteam.calls.drafts) per user and
resident, so a closed window loses nothing.

Earlier versions kept drafts in ``call_drafts.json`` in the data folder of one PC. Opening a
store moves the signed-in user's entries from that file into the database once, as far as the
domain lets them keep them (residents they may still log calls for), then deletes the file:
entries of residents they may no longer see and entries of other users are dropped with it,
because a file of notes about vulnerable people must not linger outside erasure and the
retention purge. At worst a half-typed note has to be typed again.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from belteam.calls import drafts
from belteam.core import config
from belteam.core.actors import Actor, PermissionDenied
from belteam.core.validation import ValidationError

LEGACY_FILE_NAME = "call_drafts.json"
_UNKNOWN = object()


def import_legacy_file(actor: Actor, path: Path | None = None) -> int:
    """Move ``actor``'s drafts from the old JSON file into the database, delete the file;
    returns how many were moved."""
    path = path or config.data_dir() / LEGACY_FILE_NAME
    if not path.exists():
        return 0
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}  # unreadable: nothing to rescue
    moved = 0
    for resident_id, fields in _entries_of(actor.username, data):
        try:
            if drafts.load_draft(actor, resident_id) is None:  # a newer one wins
                drafts.save_draft(actor, resident_id, fields)
                moved += 1
        except (PermissionDenied, ValidationError):
            continue  # not theirs to keep: dropped with the file
    for leftover in (path, path.with_suffix(".tmp")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    return moved


def _entries_of(username: str, data: Any) -> list[tuple[int, dict[str, Any]]]:
    """The (resident id, fields) entries of the old file written by ``username``."""
    if not isinstance(data, dict):
        return []
    found = []
    for key, fields in data.items():
        name, _sep, rest = str(key).rpartition(":")
        if name == username and rest.isdigit() and isinstance(fields, dict):
            found.append((int(rest), fields))
    return found


class DraftStore:
    """get/put/clear the acting user's drafts (plain dicts) by key; every put is stored at once.

    Raises what belteam.calls.drafts raises (PermissionDenied, ValidationError) for the dialog to show.
    """

    def __init__(self, actor: Actor, legacy_path: Path | None = None) -> None:
        self.actor = actor
        self._last: dict[int, Any] = {}  # what this store last read or wrote, per resident
        import_legacy_file(actor, legacy_path)

    @staticmethod
    def key(username: str, resident_id: int) -> str:
        return f"{username}:{resident_id}"

    def _resident(self, key: str) -> int:
        name, _sep, rest = key.rpartition(":")
        if name != self.actor.username or not rest.isdigit():
            raise ValueError(f"draft key {key!r} is not {self.actor.username}'s")
        return int(rest)

    def get(self, key: str) -> dict[str, Any] | None:
        resident_id = self._resident(key)
        draft = drafts.load_draft(self.actor, resident_id)
        self._last[resident_id] = draft
        return draft

    def put(self, key: str, draft: dict[str, Any]) -> None:
        resident_id = self._resident(key)
        if self._last.get(resident_id, _UNKNOWN) == draft:
            return  # unchanged: spare the database a write per keystroke
        drafts.save_draft(self.actor, resident_id, draft)
        self._last[resident_id] = dict(draft)

    def clear(self, key: str) -> None:
        resident_id = self._resident(key)
        if resident_id in self._last and self._last[resident_id] is None:
            return
        drafts.clear_draft(self.actor, resident_id)
        self._last[resident_id] = None
