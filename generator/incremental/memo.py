"""The last build's results of whole-site computations, each under a hash of everything it read.

Story grouping, entity resolution and each article's theatre read more than one article's
text, so they run again at every build; but most rebuilds (a body edited, a summary corrected,
a template changed) leave their inputs exactly as they were. A result is kept with the hash of
its inputs and used only when the next build's inputs hash the same: a cache, never a guess.
Anything wrong with the file (missing, damaged, of another version) means computing again.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from pathlib import Path
from typing import Callable, Generic, Iterable, TypeVar

from generator.incremental.atomic import write_atomic

log = logging.getLogger(__name__)
T = TypeVar("T")
_UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError, IndexError)


def input_hash(parts: Iterable[str]) -> str:
    """A hash of ``parts`` in order (each kept apart from the next, so ('ab', 'c') and ('a', 'bc') differ)."""
    digest = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()


def recalled(path: Path, key: str, kind: type[T], compute: Callable[[], T]) -> T:
    """The value stored under ``key`` in ``path`` if it is there and a ``kind``; otherwise computed and stored."""
    stored = _read(path)
    if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key and isinstance(stored[1], kind):
        return stored[1]
    value = compute()
    write_atomic(path, pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))
    return value


class KeyedResults(Generic[T]):
    """Many results, each under its own input hash: the last build's are looked up, this build's kept."""

    def __init__(self, path: Path, kind: type[T]) -> None:
        stored = _read(path)
        self._path, self._kind = path, kind
        self._last: dict[str, T] = stored if isinstance(stored, dict) else {}
        self._now: dict[str, T] = {}

    def get(self, key: str, compute: Callable[[], T]) -> T:
        value = self._last.get(key)
        if not isinstance(value, self._kind):
            value = compute()
        self._now[key] = value
        return value

    def save(self) -> None:
        """Keep this build's results (only: the file follows the site instead of growing)."""
        if self._now != self._last:
            write_atomic(self._path, pickle.dumps(self._now, protocol=pickle.HIGHEST_PROTOCOL))


def _read(path: Path) -> object:
    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except FileNotFoundError:
        return None
    except _UNREADABLE as exc:
        log.debug("%s: unreadable (%s); computing again", path, exc)
        return None
