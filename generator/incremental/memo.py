"""The last build's results of whole-site computations, each under a hash of everything it read.

Story grouping, entity resolution and each article's theatre read more than one article's
text, so they run again at every build; but most rebuilds (a body edited, a summary corrected,
a template changed) leave their inputs exactly as they were. A result is kept with the hash of
its inputs and used only when the next build's inputs hash the same: a cache, never a guess.
Anything wrong with the file (missing, damaged, of another version) means computing again.
Stored as JSON, never pickle: loading a pickle runs code, and a project folder may come from anyone.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

from generator.incremental.atomic import write_atomic

log = logging.getLogger(__name__)
T = TypeVar("T")


def input_hash(parts: Iterable[str]) -> str:
    """A hash of ``parts`` in order (each kept apart from the next, so ('ab', 'c') and ('a', 'bc') differ)."""
    digest = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()


def recalled(path: Path, key: str, compute: Callable[[], T], encode: Callable[[T], Any],
             decode: Callable[[Any], T | None]) -> T:
    """The value stored under ``key`` in ``path`` (``decode`` of its JSON; None: not valid), else computed and stored."""
    stored = read_json(path)
    if isinstance(stored, dict) and stored.get("key") == key:
        try:
            value = decode(stored.get("value"))
        except (ValueError, TypeError, KeyError, IndexError) as exc:
            log.debug("%s: unreadable value (%s); computing again", path, exc)
            value = None
        if value is not None:
            return value
    value = compute()
    write_atomic(path, json.dumps({"key": key, "value": encode(value)}, ensure_ascii=False, separators=(",", ":")))
    return value


class KeyedTexts:
    """Many results (texts), each under its own input hash: the last build's are looked up, this build's kept."""

    def __init__(self, path: Path) -> None:
        stored = read_json(path)
        self._path = path
        self._last: dict[str, str] = ({k: v for k, v in stored.items() if isinstance(v, str)}
                                      if isinstance(stored, dict) else {})
        self._now: dict[str, str] = {}

    def __contains__(self, key: str) -> bool:
        """Whether the last build kept a result under ``key``."""
        return key in self._last

    def get(self, key: str, compute: Callable[[], str]) -> str:
        value = self._last.get(key)
        if value is None:
            value = compute()
        self._now[key] = value
        return value

    def save(self) -> None:
        """Keep this build's results (only: the file follows the site instead of growing)."""
        if self._now != self._last:
            write_atomic(self._path, json.dumps(self._now, ensure_ascii=False, separators=(",", ":")))


def read_json(path: Path) -> Any:
    """The JSON in ``path``, or None when it is missing or not JSON."""
    try:
        return json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.debug("%s: unreadable (%s); computing again", path, exc)
        return None
