"""Stage 3: summary and entities for each article; the front matter always wins.

A summary, lede, key points or entity list written in an article's front matter
(by an editor, or by an earlier ingest) is used as is and never recomputed.
"""

from __future__ import annotations

import re

from generator.config import Config
from generator.limits import MAX_NLP_CHARS
from generator.models import PERSON, Article, EnrichedArticle, EntityRef, Mention, Summary
from generator.nlp.entities import dateline_place, entity_refs, extract_mentions
from generator.nlp.summarize import summarize
from generator.textutil import markdown_to_text


def analyse(title: str, body_text: str, cfg: Config) -> tuple[Summary, tuple[Mention, ...]]:
    """Run the NLP on one article's plain text."""
    return _analyse_text(title, body_text, cfg.summary.sentences, cfg.summary.key_points)


def analyse_body(article: Article, sentences: int, key_points: int) -> tuple[Summary, tuple[Mention, ...]]:
    """The NLP of one article's body; nothing for languages it cannot read.

    Takes plain settings rather than the Config so that worker processes get little to unpickle.
    """
    if not reads_english(article.language):  # the summarizer and entity finder read English only
        return Summary("", (), ()), ()
    return _analyse_text(article.title, markdown_to_text(article.body_md), sentences, key_points)


def _analyse_text(title: str, body_text: str, sentences: int, key_points: int) -> tuple[Summary, tuple[Mention, ...]]:
    body_text = body_text[:MAX_NLP_CHARS]  # bounded work per article, whatever its size
    summary = summarize(title, body_text, sentences=sentences, key_points=key_points)
    return summary, extract_mentions(body_text)


def reads_english(language: str) -> bool:
    """Whether the English NLP may run on text in ``language`` ('' and 'und': not known, so try)."""
    return language.split("-")[0].lower() in ("", "en", "und")


def enrich(article: Article, cfg: Config, analysed: tuple[Summary, tuple[Mention, ...]] | None = None) -> EnrichedArticle:
    """Fill what the front matter leaves empty, and find each entity's surface forms.

    ``analysed`` is the body's NLP when the caller already has it (from the build's cache).
    """
    summary, mentions = analysed or analyse_body(article, cfg.summary.sentences, cfg.summary.key_points)
    entities = article.entities or article_entities(mentions, article.dateline)
    return EnrichedArticle(
        article=article,
        lede=article.lede or summary.lede,
        summary=article.summary or " ".join(summary.sentences),
        key_points=article.key_points or summary.key_points,
        entities=entities,
        surface_forms=_all_surface_forms(entities, mentions),
    )


def article_entities(mentions: tuple[Mention, ...], dateline: str) -> tuple[EntityRef, ...]:
    """Entities of one article: those mentioned in the body, plus the dateline's place."""
    refs = entity_refs(mentions)
    place = dateline_place(dateline)
    return refs + (place,) if place and place not in refs else refs


def _all_surface_forms(entities: tuple[EntityRef, ...], mentions: tuple[Mention, ...]) -> tuple[tuple[EntityRef, tuple[str, ...]], ...]:
    seen: dict[tuple[str, str], list[str]] = {}
    for m in mentions:
        seen.setdefault((m.name, m.kind), []).append(m.text)
    return tuple((ref, _surface_forms(ref, seen.get((ref.name, ref.kind), []))) for ref in entities)


def _surface_forms(ref: EntityRef, seen: list[str]) -> tuple[str, ...]:
    """How the body spells this entity: what the extractor saw (``seen``), plus the name itself."""
    forms = [*seen, ref.name]
    if ref.kind == PERSON and " " in ref.name:
        forms.append(ref.name.split()[-1])  # editors list full names; bodies repeat surnames
    unique = dict.fromkeys(f for f in forms if re.search(r"\w", f))
    return tuple(sorted(unique, key=len, reverse=True))
