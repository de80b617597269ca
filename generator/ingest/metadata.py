"""The front matter of a new article: what the input says about itself, and nothing computed.

Fields an input's own front matter already has (hand-written) are kept as they are. The
NLP's results (lede, summary, key points, entities, figures, story) are not written here:
the build computes them afresh from the body, so a better summarizer or entity finder
reaches every article already ingested. Front matter is for what a person wrote.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from generator.ingest.identity import text_key
from generator.ingest.language import LanguageDetectorMissing, detect_language
from generator.ingest.sources import Item
from generator.paths import safe_slug
from generator.textutil import markdown_to_text, paragraphs_to_markdown

FIELD_ORDER = (
    "title", "slug", "date", "date_guessed", "source", "author", "dateline", "source_url", "language", "teaser", "lede", "summary",
    "key_points", "entities", "story", "ingested", "content_hash",
)


@dataclass(frozen=True, slots=True)
class Built:
    """A new article before its slug and story are chosen against what is already there."""

    meta: dict[str, Any]
    body_md: str
    text_key: str
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Body:
    """An item's body as Markdown and as plain text, and its identity (cheap: no NLP yet)."""

    markdown: str
    text: str
    text_key: str


def body_of(item: Item) -> Body:
    body_md = item.body_md or paragraphs_to_markdown(item.raw.paragraphs)
    body_text = markdown_to_text(body_md)
    return Body(body_md, body_text, text_key(item.raw.title, body_text))


def front_matter(item: Item, body: Body, day: dt.date, *, date_guessed: bool = False) -> Built:
    raw, given = item.raw, item.given
    language, notes = _language(given, raw.title, body.text)
    generated: dict[str, Any] = {
        "title": raw.title, "slug": safe_slug(raw.title, "article"),
        "date": day.isoformat(), "date_guessed": date_guessed, "source": raw.source, "author": raw.author, "dateline": raw.dateline,
        "source_url": raw.source_url, "language": language, "teaser": raw.teaser,
        "ingested": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "content_hash": raw.content_hash,
    }
    merged = {key: given.get(key, generated.get(key)) for key in FIELD_ORDER}
    merged.update({k: v for k, v in given.items() if k not in merged})
    merged["date"] = day.isoformat()  # one spelling, whatever YAML type the input used
    merged["content_hash"] = raw.content_hash
    meta = {k: v for k, v in merged.items() if v not in ("", None, False) or k in given}
    return Built(meta, body.markdown, body.text_key, notes)


def _language(given: dict[str, Any], title: str, body_text: str) -> tuple[str, tuple[str, ...]]:
    if isinstance(given.get("language"), str) and given["language"].strip():
        return given["language"].strip(), ()
    try:
        return detect_language(f"{title}\n{body_text}"), ()
    except LanguageDetectorMissing as exc:
        return "", (f"{exc}; the article is treated as English",)
