"""What of a page Pagefind can read, as a digest: a search shard whose pages' digests are as before is not indexed again.

Pagefind indexes the text of a page's ``data-pagefind-body`` elements, less their ``data-pagefind-ignore``
parts, and reads metadata, filters and sort keys wherever they are. The digest errs on the safe side: it
covers the whole page but for the parts Pagefind cannot read, that is the ``<head>`` when nothing in it
carries a ``data-pagefind-`` attribute (and the page has an ``h1`` to take its title from), and the
content of each ``data-pagefind-ignore`` element that holds no ``data-pagefind-`` attribute, ``h1`` or
``img`` (Pagefind still takes metadata, a default title and image from an ignored element, but nothing
from one marked ``="all"``). An entity page keeps its article count and dates in ignored elements, so a
day's new articles change its bytes but not its digest. Where the markup cannot be followed (an ignored
element never closed) the rest of the page counts in full.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

# Bump when the rules change: the digests then differ and every shard is indexed once again.
SCHEME = "searchable-1"

_HEAD = re.compile(rb"<head\b[^>]*>.*?</head\s*>", re.S | re.I)
_IGNORED = re.compile(rb"<([a-zA-Z][a-zA-Z0-9-]*)\s[^>]*?\bdata-pagefind-ignore\b(\s*=\s*[\"']?\s*all\b)?[^>]*>", re.I)
# What Pagefind reads even inside an ignored element: metadata, filters, sort keys, a default title and image.
_READ_WHEN_IGNORED = re.compile(rb"data-pagefind-(?!ignore\b)|<h1[\s>]|<img[\s>/]", re.I)


def search_digest(page: bytes) -> str:
    """A digest of everything of ``page`` that Pagefind could read; equal digests, equal index entries."""
    digest = hashlib.blake2b(SCHEME.encode(), digest_size=16)
    for start, end in _kept_spans(page):
        digest.update(page[start:end])
        digest.update(b"\0")
    return digest.hexdigest()


def _kept_spans(page: bytes) -> list[tuple[int, int]]:
    """The (start, end) spans of ``page`` the digest covers, in order."""
    dropped: list[tuple[int, int]] = []
    head = _HEAD.search(page)
    if head and b"data-pagefind-" not in head.group() and re.search(rb"<h1[\s>]", page, re.I):
        dropped.append(head.span())
    position = head.end() if head else 0
    while (found := _IGNORED.search(page, position)) is not None:
        close = _close_of(page, found.group(1), found.end()) if not found.group().endswith(b"/>") else None
        if close is None:
            break  # not followed: what remains counts in full
        inner = page[found.end():close[0]]
        if found.group(2) or not _READ_WHEN_IGNORED.search(inner):
            dropped.append((found.end(), close[0]))
            position = close[1]
        else:
            position = found.end()  # an ignored element inside it may still be dropped
    kept, start = [], 0
    for drop_start, drop_end in dropped:
        kept.append((start, drop_start))
        start = drop_end
    kept.append((start, len(page)))
    return kept


def _close_of(page: bytes, name: bytes, position: int) -> tuple[int, int] | None:
    """The span of the tag closing the ``name`` element whose content starts at ``position``; None if it is not closed."""
    depth = 1
    for token in _tags(name.lower()).finditer(page, position):
        if token.group("slash") is None:
            continue  # a comment or a script, style or textarea: text, not tags
        if token.group("slash"):
            depth -= 1
            if depth == 0:
                return token.span()
        elif not token.group().endswith(b"/>"):
            depth += 1
    return None


@lru_cache(maxsize=32)
def _tags(name: bytes) -> re.Pattern[bytes]:
    """Opening and closing tags of elements called ``name``, and the spans in which a tag is only text."""
    return re.compile(rb"<!--.*?-->|<(script|style|textarea)\b.*?</\1\s*>|<(?P<slash>/?)" + re.escape(name)
                      + rb"(?=[\s/>])[^>]*>", re.S | re.I)
