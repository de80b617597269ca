"""A persistent key -> bytes store under ``.briefing-cache/`` (SQLite), for results worth keeping between builds.

The cache is an optimisation only: anything wrong with it (a truncated or foreign
file, another schema, a row whose checksum does not match) makes it start empty,
so a damaged cache costs time, never correctness. Keys are content hashes chosen
by the caller, so a stale entry is simply never looked up again.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from pathlib import Path
from typing import Iterable, Mapping

SCHEMA_VERSION = 1  # bump when the table layout changes: an older file is then rebuilt
_BATCH = 500  # SQLite limits the number of '?' in one statement

log = logging.getLogger(__name__)


class ResultCache:
    """Rows of (key, payload) in one SQLite file; every failure degrades to a cache miss."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rebuilt = False  # True when a damaged or outdated file was thrown away
        self._db = self._open_or_rebuild()

    def get_many(self, keys: Iterable[str]) -> dict[str, bytes]:
        """The payloads found for ``keys``; a row that fails its checksum is left out (recomputed)."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, bytes] = {}
        try:
            for start in range(0, len(wanted), _BATCH):
                batch = wanted[start:start + _BATCH]
                marks = ",".join("?" * len(batch))
                rows = self._db.execute(f"SELECT key, payload, checksum FROM results WHERE key IN ({marks})", batch)
                found.update((key, bytes(payload)) for key, payload, checksum in rows if _checksum(payload) == checksum)
        except sqlite3.DatabaseError as exc:
            self._reset(f"read failed ({exc})")
            return {}
        return found

    def present(self, keys: Iterable[str]) -> set[str]:
        """Which of ``keys`` have a row (its payload not read: a damaged one is found when it is)."""
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        try:
            for start in range(0, len(wanted), _BATCH):
                batch = wanted[start:start + _BATCH]
                marks = ",".join("?" * len(batch))
                found.update(key for (key,) in self._db.execute(f"SELECT key FROM results WHERE key IN ({marks})", batch))
        except sqlite3.DatabaseError as exc:
            self._reset(f"read failed ({exc})")
            return set()
        return found

    def put_many(self, items: Mapping[str, bytes]) -> None:
        rows = [(key, payload, _checksum(payload)) for key, payload in items.items()]
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO results (key, payload, checksum) VALUES (?, ?, ?)", rows)
        except sqlite3.DatabaseError as exc:
            self._reset(f"write failed ({exc})")

    def keep_only(self, keys: Iterable[str]) -> None:
        """Drop rows not in ``keys``, so the file tracks the current content instead of growing forever."""
        try:
            with self._db:
                self._db.execute("CREATE TEMP TABLE IF NOT EXISTS live (key TEXT PRIMARY KEY)")
                self._db.execute("DELETE FROM live")
                self._db.executemany("INSERT OR IGNORE INTO live VALUES (?)", ((k,) for k in keys))
                self._db.execute("DELETE FROM results WHERE key NOT IN (SELECT key FROM live)")
        except sqlite3.DatabaseError as exc:
            self._reset(f"clean-up failed ({exc})")

    def close(self) -> None:
        self._db.close()

    def _open_or_rebuild(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return _open_checked(self.path)
        except sqlite3.DatabaseError as exc:
            log.warning("%s: cache unreadable (%s); rebuilding it", self.path, exc)
            self.rebuilt = True
            _delete(self.path)
            return _open_checked(self.path)

    def _reset(self, why: str) -> None:
        log.warning("%s: cache %s; rebuilding it", self.path, why)
        self.rebuilt = True
        self._db.close()
        _delete(self.path)
        self._db = _open_checked(self.path)


def _open_checked(path: Path) -> sqlite3.Connection:
    """Open the file and make sure it has our schema; raises sqlite3.DatabaseError if it is not ours."""
    db = sqlite3.connect(path)
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and (version != SCHEMA_VERSION or "results" not in tables):
            raise sqlite3.DatabaseError(f"schema version {version}, expected {SCHEMA_VERSION}")
        db.execute("PRAGMA journal_mode = WAL")  # a killed build leaves the last committed state
        db.execute("PRAGMA synchronous = NORMAL")  # a lost last commit is only a few cache misses
        db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, payload BLOB NOT NULL, checksum TEXT NOT NULL)")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return db
    except sqlite3.DatabaseError:
        db.close()
        raise


def _delete(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _checksum(payload: bytes) -> str:
    """Catches a row damaged on disk that SQLite itself would return without complaint."""
    return hashlib.blake2b(payload, digest_size=16).hexdigest()
