"""Reader for RSS and Atom feeds: each entry becomes an article, its link the ``source_url``.

An entry that carries only a summary (no ``content``, or a few lines) is marked
as a teaser, so the site can say that the full text is at the source.
"""

from __future__ import annotations

import datetime as dt
import html
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from generator.ingest.html import NEEDS_EXTRA
from generator.ingest.text import InputError, article_from_paragraphs, content_hash
from generator.models import RawArticle
from generator.outlets import Outlets

TEASER_WORDS = 80  # an entry with fewer words than this is a teaser, not the article
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}
_SKIPPED = {"script", "style", "figure", "figcaption", "noscript"}


class _Paragraphs(HTMLParser):
    """Plain paragraphs of an HTML fragment (a feed entry's content)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, +1)

    def handle_endtag(self, tag: str) -> None:
        self._tag(tag, -1)

    def _tag(self, tag: str, step: int) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping + step)
        elif tag in _BLOCKS:
            self.blocks.append([])

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.blocks[-1].append(data)


def html_paragraphs(fragment: str) -> list[str]:
    parser = _Paragraphs()
    parser.feed(fragment)
    parser.close()
    return [text for text in (" ".join("".join(b).split()) for b in parser.blocks) if text]


def is_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf")) or head.startswith((b"<rss", b"<feed"))


def read_feed(origin: Path, data: bytes, outlets: Outlets | None = None) -> list[RawArticle | InputError]:
    """One article per entry (or the reason an entry could not become one)."""
    try:
        import feedparser
    except ImportError:
        raise InputError(f"is an RSS/Atom feed; reading feeds {NEEDS_EXTRA}") from None
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise InputError(f"is not an RSS/Atom feed with entries{reason}")
    source = " ".join(str(parsed.feed.get("title", "")).split())
    return [_entry_article(origin, entry, source, outlets) for entry in parsed.entries]


def _entry_article(origin: Path, entry: Any, source: str, outlets: Outlets | None) -> RawArticle | InputError:
    title = " ".join(html.unescape(str(entry.get("title", ""))).split())
    link = str(entry.get("link", ""))
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    body_html = contents[0] if contents else str(entry.get("summary", ""))
    paragraphs = html_paragraphs(body_html)
    if not title or not paragraphs:
        return InputError(f"entry {link or title or '?'}: has no {'title' if not title else 'text'}")
    words = sum(len(p.split()) for p in paragraphs)
    digest = content_hash("\n".join([link, title, *paragraphs]).encode("utf-8"))
    try:
        return article_from_paragraphs(
            origin, title, paragraphs, digest, site=source, source_url=link, date=_entry_date(entry),
            author=str(entry.get("author", "")), teaser=not contents or words < TEASER_WORDS, outlets=outlets)
    except InputError as exc:
        return InputError(f"entry {link or title}: {exc}")


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None
