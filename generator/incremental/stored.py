"""Typed reads of values loaded back from the build's JSON cache files.

A cache file may be damaged or written by another version: each read raises TypeError on a value of the
wrong type, and the caller treats the whole entry as missing (it is computed again)."""

from __future__ import annotations

from typing import Any


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def texts(value: Any) -> tuple[str, ...]:
    return tuple(text(item) for item in value)


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(value)
    return value


def integer(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(value)
    return value
