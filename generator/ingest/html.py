"""Reader for saved HTML news pages: the article text and its metadata, via trafilatura.

trafilatura is the reference extractor (navigation, scripts, share widgets,
related stories and comments left out); it reads title, author, date, canonical
URL and site name from Open Graph, ``article:published_time`` and JSON-LD.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import warnings
from pathlib import Path
from typing import Any

from generator.ingest.clean import split_paragraphs
from generator.ingest.text import (
    InputError,
    article_from_paragraphs,
    bytes_to_text,
    content_hash,
)
from generator.models import RawArticle
from generator.outlets import Outlets

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# trafilatura logs its own decisions ("discarding data: None") as warnings; they are not the user's problem.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.ERROR)
NEEDS_EXTRA = "needs the 'ingest' extra (trafilatura, feedparser, py3langid): pip install 'conflict-briefing[ingest]'"


def declared_charset(data: bytes) -> str:
    """The charset a page declares in its first 4 KB (``<meta charset>`` or http-equiv), or ''."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else ""


def read_html_article(origin: Path, data: bytes, *, url: str = "", charset: str = "", outlets: Outlets | None = None) -> RawArticle:
    """The article in a saved page; ``charset`` (from an HTTP header) wins over the page's own."""
    page = bytes_to_text(data, charset or declared_charset(data))
    found = extract(page, url)
    text = str(found.get("text") or "")
    if not text.strip():
        raise InputError("has no article text that could be found (a page of links, or a script-only page?)")
    title = " ".join(str(found.get("title") or "").split()) or text.strip().split("\n", 1)[0][:200]
    paragraphs = split_paragraphs("\n\n".join(_rejoin_broken_lines(text.split("\n"))))
    return article_from_paragraphs(
        origin, title, paragraphs, content_hash(data), site=str(found.get("sitename") or ""),
        source_url=str(found.get("url") or url or ""), date=_iso_date(found.get("date")),
        author=str(found.get("author") or ""), outlets=outlets,
    )


def _rejoin_broken_lines(lines: list[str]) -> list[str]:
    """trafilatura keeps a page's <br> inside a sentence as a new line; a line that starts in lower case continues."""
    joined: list[str] = []
    for line in lines:
        if joined and line.lstrip()[:1].islower() and not re.search(r"[.!?:]\W*$", joined[-1]):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def extract(page: str, url: str = "") -> dict[str, Any]:
    """trafilatura's text and metadata: precise first, then recall when precision finds nothing."""
    try:
        import trafilatura
        from trafilatura.settings import set_date_params
    except ImportError:
        raise InputError(f"is an HTML page; reading HTML {NEEDS_EXTRA}") from None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateutil timezone notes about the page, not our problem
        for precise in (True, False):
            document: Any = trafilatura.bare_extraction(
                page, url=url or None, with_metadata=True, include_comments=False, include_tables=False,
                include_images=False, include_links=False, deduplicate=False,  # its dedup cache spans calls
                favor_precision=precise, favor_recall=not precise,
                # no extensive search: it turns a bare year (a URL's "/2013/", "Starting in 1996") into 1 January of
                # it, a day no page gave; an undated page is marked date-guessed instead
                date_extraction_params=set_date_params(extensive=False))
            found = document.as_dict() if hasattr(document, "as_dict") else (document or {})
            if str(found.get("text") or "").strip():
                return dict(found)
    return {}


def _iso_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
