"""Stage 3: each article with its computed fields (summary, entities, figures, story); a person's edits win.

The NLP runs at every build (its results cached per article, see ``analysis``), so an
improvement reaches every article already ingested. A lede, summary, key points, entity
list, story or figures list written in an article's front matter is a person's: it is used as it is
(``figures: []`` says the article has none).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from generator.config import Config
from generator.incremental.layout import CacheLayout
from generator.incremental.memo import input_hash, recalled
from generator.models import PERSON, Article, EnrichedArticle, EntityRef, Mention, Progress
from generator.nlp.analysis import Analysis, analyse_articles, analysis_key, nlp_fingerprint
from generator.nlp.entities import dateline_place, entity_refs
from generator.nlp.events import EventSignature, signature_on
from generator.nlp.stories import StoryInput, group_stories, story_terms


def enrich_articles(articles: Sequence[Article], cfg: Config, *, progress: Progress | None = None,
                    cache_dir: Path | None = None) -> tuple[EnrichedArticle, ...]:
    """Every article with its computed fields, in the same order (NLP results from the cache where it has them)."""
    analyses = analyse_articles(articles, cfg, progress=progress, cache_dir=cache_dir)
    # Stories are decided over the whole archive (~1/3 of a rebuild at 10,000 articles): kept while no input changed.
    memo = (CacheLayout(cache_dir) if cache_dir else CacheLayout.of(cfg.root)).last_result("stories")
    stories = recalled(memo, _stories_key(articles, cfg), lambda: dict(group_stories(_story_inputs(articles, analyses))),
                       dict, _story_ids)
    return tuple(enrich(a, r, stories[str(a.path)]) for a, r in zip(articles, analyses))


def _story_inputs(articles: Sequence[Article], analyses: Sequence[Analysis]) -> list[StoryInput]:
    return [StoryInput(str(a.path), a.date, a.slug, frozenset(r.story_terms), a.story, alone=a.date_guessed,
                       source=a.source, signature=_signature(a, r), wording=r.wording, headline=story_terms(a.title, ""))
            for a, r in zip(articles, analyses)]


def _stories_key(articles: Sequence[Article], cfg: Config) -> str:
    """A hash of everything group_stories reads: the NLP's code and each article's _story_inputs, which are its
    fields below and its Analysis, itself a function of what its analysis_key hashes (title, body, date, language,
    the summary settings, the NLP's code). Hashing those is ~10x cheaper than building the inputs and hashing them
    field by field (0.08 vs 0.77 CPU s at 10,000 articles), and the inputs are built only when the key is new."""
    return input_hash([nlp_fingerprint(), *(f"{analysis_key(a, cfg)}\0{a.path}\0{a.date.isoformat()}\0{a.slug}\0{a.story}\0"
                                            f"{a.date_guessed}\0{a.source}" for a in articles)])


def _story_ids(stored: object) -> dict[str, str] | None:
    """Article key -> story id as stored, or None when it is not that."""
    if not isinstance(stored, dict):
        return None
    ids = {key: story for key, story in stored.items() if isinstance(key, str) and isinstance(story, str)}
    return ids if len(ids) == len(stored) else None


def _signature(article: Article, analysis: Analysis) -> EventSignature:
    # The words' part comes with the cached NLP; a guessed date gives no day ("on Friday" of which week?).
    return signature_on(analysis.event, None if article.date_guessed else article.date)


def enrich(article: Article, analysis: Analysis, story: str) -> EnrichedArticle:
    """Fill what the front matter leaves empty, and find each entity's surface forms."""
    summary = analysis.summary
    entities = article.entities or article_entities(analysis.mentions, article.dateline)
    return EnrichedArticle(
        article=article,
        lede=article.lede or summary.lede,
        summary=article.summary or " ".join(summary.sentences),
        key_points=article.key_points or summary.key_points,
        entities=entities,
        surface_forms=_all_surface_forms(entities, analysis.mentions),
        story=article.story or story,
        figures=analysis.figures if article.figures is None else article.figures,
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


_WORD = re.compile(r"\w")


def _surface_forms(ref: EntityRef, seen: list[str]) -> tuple[str, ...]:
    """How the body spells this entity: what the extractor saw (``seen``), plus the name itself."""
    forms = [*seen, ref.name]
    if ref.kind == PERSON and " " in ref.name:
        forms.append(ref.name.split()[-1])  # editors list full names; bodies repeat surnames
    unique = dict.fromkeys(f for f in forms if _WORD.search(f))
    return tuple(sorted(unique, key=len, reverse=True))
