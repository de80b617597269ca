"""What of a page Pagefind can read, as a digest: a search shard whose pages' digests are as before is not indexed again.

Pagefind indexes the text of a page's ``data-pagefind-body`` elements, less their ``data-pagefind-ignore``
elements, and reads metadata, filters and sort keys wherever they are. The digest errs on the safe side: it
covers the whole page but for what Pagefind cannot read: the ``<head>`` when nothing in it carries a
``data-pagefind-`` attribute (and the page has an ``h1`` to take its title from), and each ``data-pagefind-ignore``
element that, in its tag or content, holds no ``data-pagefind-`` attribute, ``h1`` or ``img`` (nor ``title``, if the head has none)
(Pagefind still takes metadata, a default title and image from an ignored element, but nothing from one
marked ``="all"``). Pagefind adds no text, space or anchor for such an element, so the digest leaves it out
whole, with its line when it stands on lines of its own (Pagefind's text is whitespace-normalised), unless an
element whose content is a metadata, filter or sort value holds other elements. An entity page keeps its
article count and dates in ignored elements, and an article its same-story list: a day's new articles change
their bytes but not their digests. Where the markup cannot be followed (an ignored element never closed)
the rest of the page counts in full.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

# Bump when the rules change: the digests then differ and every shard is indexed once again.
SCHEME = "searchable-2"

_HEAD = re.compile(rb"<head\b[^>]*>.*?</head\s*>", re.S | re.I)
_IGNORED = re.compile(rb"<([a-zA-Z][a-zA-Z0-9-]*)\s[^>]*?\bdata-pagefind-ignore\b(\s*=\s*[\"']?\s*all\b)?[^>]*>", re.I)
# What Pagefind reads even inside an ignored element: metadata, filters, sort keys, a default title and image.
_READ_WHEN_IGNORED = re.compile(rb"data-pagefind-(?!ignore\b)|<h1[\s>]|<img[\s>/]", re.I)
# And the page's title when its head has none (Pagefind takes the first <title>, an SVG's too).
_READ_WHEN_UNTITLED = re.compile(rb"data-pagefind-(?!ignore\b)|<h1[\s>]|<img[\s>/]|<title[\s>]", re.I)
_VALUED = re.compile(rb"<[a-zA-Z][^>]*\sdata-pagefind-(?:meta|filter|sort|default-meta)\b[^>]*>", re.I)
_VALUED_LEAF = re.compile(rb"<([a-zA-Z][a-zA-Z0-9-]*)\s[^>]*\bdata-pagefind-(?:meta|filter|sort|default-meta)\b[^>]*>[^<]*</\1\s*>", re.I)


def search_digest(page: bytes) -> str:
    """A digest of everything of ``page`` that Pagefind could read; equal digests, equal index entries."""
    digest = hashlib.blake2b(SCHEME.encode(), digest_size=16)
    for start, end in _kept_spans(page):  # the page as if the parts left out were not there
        digest.update(page[start:end])
    return digest.hexdigest()


def _kept_spans(page: bytes) -> list[tuple[int, int]]:
    """The (start, end) spans of ``page`` the digest covers, in order."""
    dropped: list[tuple[int, int]] = []
    head = _HEAD.search(page)
    if head and b"data-pagefind-" not in head.group() and re.search(rb"<h1[\s>]", page, re.I):
        dropped.append(head.span())
    position = head.end() if head else 0
    lower = page.lower()  # what the patterns (ASCII, case-insensitive) look for, found with bytes.find
    page_leaves = _values_are_leaves(page, lower)
    read = _READ_WHEN_IGNORED if head and re.search(rb"<title[\s>]", head.group(), re.I) else _READ_WHEN_UNTITLED
    while (found := _tag_search(_IGNORED, page, lower, b"data-pagefind-ignore", position)) is not None:
        close = _close_of(page, found.group(1), found.end()) if not found.group().endswith(b"/>") else None
        if close is None:
            break  # not followed: what remains counts in full
        if found.group(2) or not (read.search(found.group()) or _reads_inside(read, page, lower, found.end(), close[0])):
            dropped.append(_line_of(page, found.start(), close[1], page_leaves))
            position = close[1]
        else:
            position = found.end()  # an ignored element inside it may still be dropped
    kept, start = [], 0
    for drop_start, drop_end in dropped:
        kept.append((start, drop_start))
        start = drop_end
    kept.append((start, len(page)))
    return kept


def _reads_inside(read: re.Pattern[bytes], page: bytes, lower: bytes, start: int, end: int) -> bool:
    """``read.search(page, start, end)`` is not None, the regular expression run only where a text it needs is there."""
    needed = (b"data-pagefind-", b"<h1", b"<img", b"<title") if read is _READ_WHEN_UNTITLED else (b"data-pagefind-", b"<h1", b"<img")
    return any(lower.find(text, start, end) != -1 for text in needed) and read.search(page, start, end) is not None


def _line_of(page: bytes, start: int, end: int, whitespace_free: bool) -> tuple[int, int]:
    """The span of an ignored element Pagefind reads nothing of (an element it adds no text, space or anchor
    for), with the indent and line end around it when it stands on lines of its own and no value Pagefind
    takes as it is (metadata, filters, sort keys) holds other elements: then a page with the element has the
    digest of the page without it."""
    indent = start
    while indent > 0 and page[indent - 1] in b" \t":
        indent -= 1
    if whitespace_free and (indent == 0 or page[indent - 1:indent] == b"\n") and page[end:end + 1] == b"\n":
        return indent, end + 1
    return start, end


def _values_are_leaves(page: bytes, lower: bytes) -> bool:
    """Whether every element whose content Pagefind may keep as a value (data-pagefind-meta, -filter, -sort,
    -default-meta) holds text only (whitespace in other elements inside it would be kept as it is).

    ``lower``: the page in lower case."""
    return _count_tags(_VALUED, page, lower) == _count_tags(_VALUED_LEAF, page, lower)


def _count_tags(pattern: re.Pattern[bytes], page: bytes, lower: bytes) -> int:
    """``len(pattern.findall(page))`` for _VALUED or _VALUED_LEAF."""
    count, position = 0, 0
    while (found := _tag_search(pattern, page, lower, b"data-pagefind-", position)) is not None:
        count, position = count + 1, found.end()
    return count


def _tag_search(pattern: re.Pattern[bytes], page: bytes, lower: bytes, marker: bytes, position: int) -> re.Match[bytes] | None:
    """``pattern.search(page, position)`` for a pattern whose matches start with a tag that holds ``marker`` (in lower
    case, in ``lower``), from its '<' to its first '>': only the tags around the marker are tried.

    Searching the whole page tried every tag and, in each, every place its attributes could end: most of the
    time of a page's digest, with the long paths of a map."""
    while (found := lower.find(marker, position)) != -1:
        end = page.find(b">", found)
        if end == -1:
            return None  # no tag holding the marker is closed, here or further on
        start = page.find(b"<", max(position, page.rfind(b">", 0, found) + 1), end)  # a match starts at a '<' of this tag
        while start != -1:
            match = pattern.match(page, start)
            if match is not None:
                return match
            start = page.find(b"<", start + 1, end)
        position = end + 1
    return None


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
