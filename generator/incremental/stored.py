"""Typed reads of values loaded back from the build's JSON cache files.

A cache file may be damaged or written by another version: each read raises TypeError on a value of the
wrong type, and the caller treats the whole entry as missing (it is computed again)."""

from __future__ import annotations

from itertools import chain
from typing import Any


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def texts(value: Any) -> tuple[str, ...]:
    return _items(value, _STR)


def integers(value: Any) -> tuple[int, ...]:
    return _items(value, _INT)


def text_rows(value: Any, width: int) -> tuple[tuple[str, ...], ...]:
    """A list of rows of ``width`` strings each, as tuples."""
    rows = tuple(map(tuple, _items(value, _LIST)))
    if not {width}.issuperset(map(len, rows)) or not _STR.issuperset(map(type, chain.from_iterable(rows))):
        raise TypeError(value)
    return rows


def _items(value: Any, types: frozenset[type]) -> tuple[Any, ...]:
    """A list (or tuple) whose items are all of ``types``, as a tuple. Lists of thousands are read back at every
    build (NLP results, the plan record): the items' types are checked in one pass in C, not a call per item."""
    if (type(value) is not list and type(value) is not tuple) or not types.issuperset(map(type, value)):
        raise TypeError(value)
    return tuple(value)


_STR, _INT, _LIST = frozenset({str}), frozenset({int}), frozenset({list})


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(value)
    return value


def integer(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(value)
    return value
