"""The front matter of a new article: what the input says, what the NLP adds, and who we are.

Fields an input's own front matter already has (hand-written) are kept as they
are. The English summarizer and entity finder run only on English text; for
another language the front matter says they were skipped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


from generator.paths import safe_slug
from generator.config import Config
from generator.enrich import analyse, article_entities, reads_english
from generator.ingest.identity import story_terms, text_key
from generator.ingest.language import LanguageDetectorMissing, detect_language
from generator.ingest.sources import Item
from generator.models import FRONT_MATTER_KEYS
from generator.textutil import markdown_to_text, paragraphs_to_markdown

FIELD_ORDER = (
    "title", "slug", "date", "source", "author", "dateline", "source_url", "language", "teaser", "lede", "summary",
    "key_points", "entities", "nlp", "story", "ingested", "content_hash",
)


@dataclass(frozen=True, slots=True)
class Built:
    """A new article before its slug and story are chosen against what is already there."""

    meta: dict[str, Any]
    body_md: str
    text_key: str
    terms: frozenset[str]
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


def front_matter(item: Item, body: Body, cfg: Config, day: dt.date) -> Built:
    raw, given = item.raw, item.given
    body_md, body_text = body.markdown, body.text
    language, notes = _language(given, raw.title, body_text)
    try:
        nlp = _nlp_fields(raw.title, body_text, raw.dateline, language, given, cfg)
    except Exception as exc:  # noqa: BLE001 - a bug in the NLP must not lose the article or stop the run
        nlp = {}
        notes += (f"summary and entities not computed: the NLP failed ({type(exc).__name__}: {exc}); please report it",)
    generated: dict[str, Any] = {
        "title": raw.title, "slug": safe_slug(raw.title, "article"),
        "date": day.isoformat(), "source": raw.source, "author": raw.author, "dateline": raw.dateline,
        "source_url": raw.source_url, "language": language, "teaser": raw.teaser,
        **nlp,
        "ingested": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "content_hash": raw.content_hash,
    }
    merged = {key: given.get(key, generated.get(key)) for key in FIELD_ORDER}
    merged.update({k: v for k, v in given.items() if k not in merged})
    merged["date"] = day.isoformat()  # one spelling, whatever YAML type the input used
    merged["content_hash"] = raw.content_hash
    meta = {k: v for k, v in merged.items() if v not in ("", None, False) or k in given}
    return Built(meta, body_md, body.text_key, story_terms(raw.title, body_text), notes)


def _language(given: dict[str, Any], title: str, body_text: str) -> tuple[str, tuple[str, ...]]:
    if isinstance(given.get("language"), str) and given["language"].strip():
        return given["language"].strip(), ()
    try:
        return detect_language(f"{title}\n{body_text}"), ()
    except LanguageDetectorMissing as exc:
        return "", (f"{exc}; the article is treated as English",)


def _nlp_fields(title: str, body_text: str, dateline: str, language: str, given: dict[str, Any], cfg: Config) -> dict[str, Any]:
    if not reads_english(language):
        return {"nlp": f"skipped: the text is in '{language}' and the summarizer and entity finder read English only"}
    if all(key in given for key in ("lede", "summary", "key_points", "entities")):
        return {}
    summary, mentions = analyse(title, body_text, cfg)
    entities: dict[str, list[str]] = {key: [] for key in FRONT_MATTER_KEYS.values()}
    for ref in article_entities(mentions, dateline):
        entities[FRONT_MATTER_KEYS[ref.kind]].append(ref.name)
    return {"lede": summary.lede, "summary": " ".join(summary.sentences), "key_points": list(summary.key_points), "entities": entities}
