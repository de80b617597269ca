"""Stable digests of view values, so a page whose inputs did not change need not be rendered again.

A page is a pure function of its template, the build's shared context and its view (frozen
dataclasses, tuples, strings, numbers, dates). Its key is a hash of all three; the view is
hashed structurally, so nothing a template could show is left out of the key. Views share
objects (one article card appears on its day, its theatre, its entities' pages), and each
shared dataclass instance is hashed once per build.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import sys
from types import MappingProxyType
from typing import Any

_SIZE = 16
_MEMO_FLOOR = 4096  # entries: below this the memo is never pruned
_FIELDS: dict[type, tuple[str, ...]] = {}
_LEAVES = frozenset({str, int, float, bool, type(None), bytes, dt.date, dt.datetime})  # their repr is exact and fixed
_DATACLASSES: set[type] = set()


class ViewDigester:
    """Digests of values built during one build (instances are remembered by identity).

    Values are turned into plain nested tuples whose ``repr`` is hashed: leaves (strings, numbers,
    dates) have a fixed ``repr``, and dataclass instances stand in as their own digest.
    """

    def __init__(self) -> None:
        self._memo: dict[int, tuple[object, bytes]] = {}  # id -> (the object, kept alive so ids stay unique; digest)
        self._prune_at = _MEMO_FLOOR

    def digest(self, value: Any) -> bytes:
        digest = _hash(self._plain(value))
        if len(self._memo) > self._prune_at:
            self._prune()
        return digest

    def _prune(self) -> None:
        """Forget the values only the memo still holds: a page's own view, once keyed, is never asked for again.

        Without this every view of the build stayed alive in the memo (a worker's memory grew with every page it
        keyed); the values other pages share (cards, entity items: the catalog holds them) are kept. Newest first,
        so a view's parts are freed by its own entry's removal before they are looked at. Pruned again when the
        memo has doubled, so the cost per entry stays constant.
        """
        memo = self._memo
        for key in reversed(list(memo)):
            if sys.getrefcount(memo[key][0]) == 2:  # the memo's tuple and the call's argument
                del memo[key]
        self._prune_at = max(_MEMO_FLOOR, 2 * len(memo))

    def _plain(self, value: Any) -> Any:
        kind = type(value)
        if kind in _LEAVES:
            return value
        if kind is tuple or kind is list:
            if all(type(item) in _LEAVES for item in value):
                return tuple(value)
            return tuple([self._plain(item) for item in value])
        if kind in _DATACLASSES or dataclasses.is_dataclass(value):
            _DATACLASSES.add(kind)
            known = self._memo.get(id(value))
            if known is None:
                plain = (kind.__module__, kind.__qualname__, tuple([self._plain(getattr(value, name)) for name in _field_names(kind)]))
                known = self._memo[id(value)] = (value, _hash(plain))
            return known[1]
        if kind is dict or kind is MappingProxyType:  # insertion order: templates iterate in that order
            return ("dict", tuple([(self._plain(key), self._plain(item)) for key, item in value.items()]))
        if isinstance(value, str):  # markupsafe.Markup and other str subclasses render differently from str
            return (kind.__module__, kind.__qualname__, str(value))
        raise TypeError(f"cannot digest a {kind.__module__}.{kind.__qualname__} in a page view; "
                        "views hold frozen dataclasses, tuples, strings, numbers and dates")


def _hash(plain: Any) -> bytes:
    return hashlib.blake2b(repr(plain).encode("utf-8", "surrogatepass"), digest_size=_SIZE).digest()


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(field.name for field in dataclasses.fields(kind))
    return names
