"""Reader for plain-text articles: a title line, a blank line, then paragraphs."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from generator.ingest.clean import (
    drop_furniture, drop_repeated_title, find_date, normalise_text, split_dateline, split_paragraphs,
)
from generator.models import RawArticle


class InputError(Exception):
    """An input file that cannot become an article; the message says why."""


def content_hash(data: bytes) -> str:
    """Identity of a raw input: the same bytes ingest to the same article."""
    return "sha256:" + hashlib.sha256(data).hexdigest()[:32]


def read_text_article(path: Path, data: bytes) -> RawArticle:
    """Parse raw bytes of a ``.txt`` article into a cleaned RawArticle."""
    try:
        text = normalise_text(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"is not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8") from None
    lines = text.strip().split("\n", 1)
    title = " ".join(lines[0].split())
    if not title:
        raise InputError("is empty; a text article starts with its title line")
    paragraphs = drop_furniture(drop_repeated_title(title, split_paragraphs(lines[1] if len(lines) > 1 else "")))
    if not paragraphs:
        raise InputError("has a title but no body; add the article's paragraphs after a blank line")
    source, dateline = "", ""
    parsed = split_dateline(paragraphs[0])
    if parsed:
        source, dateline = parsed.source, parsed.place
        paragraphs = ([parsed.rest] if parsed.rest else []) + paragraphs[1:]
    return RawArticle(
        origin=path, title=title, paragraphs=tuple(paragraphs),
        date=_date_in(paragraphs), source=source, dateline=dateline, source_url="",
        content_hash=content_hash(data),
    )


def _date_in(paragraphs: list[str]) -> dt.date | None:
    """A date stated at the top of the article (datelines carry one), if any."""
    return find_date(" ".join(paragraphs[:1])[:300]) if paragraphs else None
