"""Stage 3: each article with its computed fields (summary, entities, figures, story); a person's edits win.

The NLP runs at every build (its results cached per article, see ``analysis``), so an
improvement reaches every article already ingested. A lede, summary, key points, entity
list, story or figures list written in an article's front matter is a person's: it is used as it is
(``figures: []`` says the article has none).
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Sequence

from generator.config import Config
from generator.incremental import stored as json_values
from generator.incremental.layout import CacheLayout
from generator.incremental.memo import KeyedTexts, input_hash, recalled
from generator.models import PERSON, Article, EnrichedArticle, EntityRef, KeyFigure, Mention, Progress
from generator.nlp.analysis import Analysis, NlpResults, nlp_fingerprint
from generator.nlp.entities import dateline_place, entity_refs
from generator.nlp.events import EventSignature, signature_on
from generator.nlp.kept_candidates import read_candidates, write_candidates
from generator.nlp.stories import StoryInput, group_stories_kept, story_terms


def enrich_articles(articles: Sequence[Article], cfg: Config, *, progress: Progress | None = None,
                    cache_dir: Path | None = None) -> tuple[EnrichedArticle, ...]:
    """Every article with its computed fields, in the same order (NLP results from the cache where it has them).

    What enrich makes of an article but its story (a function of the article's NLP key and the front-matter
    fields enrich reads, see ``_part_key``) is kept beside its NLP results: an unchanged article's is read back
    whole, without reading, decoding and enriching its NLP row again (the rows are read only for the articles
    that changed, or all of them when stories must be grouped again).
    """
    results = NlpResults(articles, cfg, progress=progress, cache_dir=cache_dir)
    part_keys = [_part_key(a, key) for a, key in zip(articles, results.keys)]
    try:
        one: dict[tuple[str, str], EntityRef] = {}  # one EntityRef per name: the index finds them by identity
        parts = {key: part for key, payload in results.stored(part_keys).items() if (part := _decode_part(payload, one)) is not None}
        # One pass over the NLP rows of the articles whose part is missing: what is made of each is kept, not the row.
        missing = [i for i, part_key in enumerate(part_keys) if part_key not in parts]
        made: dict[str, _Part] = {}
        made_inputs: dict[int, StoryInput] = {}
        for i, analysis in results.each(missing):
            made[part_keys[i]] = _part(enrich(articles[i], analysis, ""))
            made_inputs[i] = _story_input(articles[i], analysis)
        results.store({part_key: _encode_part(part) for part_key, part in made.items()})
        parts.update(made)
        # Stories are decided over the whole archive (~1/3 of a rebuild at 10,000 articles): kept while no input changed.
        layout = CacheLayout(cache_dir) if cache_dir else CacheLayout.of(cfg.root)
        memo, inputs = layout.last_result("stories"), KeyedTexts(layout.last_result("story-inputs"))
        key = _stories_key(articles, results, inputs, made_inputs)
        inputs.save()
        stories = recalled(memo, key, lambda: _grouped(articles, results, made_inputs, layout.story_candidates), dict, _story_ids)
        return tuple(_enriched(a, parts[part_key], a.story or stories[str(a.path)]) for a, part_key in zip(articles, part_keys))
    finally:
        results.close(also_keep=part_keys)


def _part_key(article: Article, nlp_key: str) -> str:
    """A hash of everything enrich reads but the story: the article's NLP key (its text, date, language, the NLP's
    code, this module's included) and the front-matter fields that win over the NLP."""
    a = article
    return input_hash(["enriched", nlp_key, repr((a.lede, a.summary, a.key_points, a.entities, a.dateline, a.figures))])


# What enrich makes of an article but its story: lede, summary, key points, entities, surface forms, figures.
_Part = tuple[str, str, tuple[str, ...], tuple[EntityRef, ...], tuple[tuple[EntityRef, tuple[str, ...]], ...], tuple[KeyFigure, ...]]


def _part(e: EnrichedArticle) -> _Part:
    return e.lede, e.summary, e.key_points, e.entities, e.surface_forms, e.figures


def _enriched(article: Article, part: _Part, story: str) -> EnrichedArticle:
    lede, summary, key_points, entities, surface_forms, figures = part
    return EnrichedArticle(article, lede, summary, key_points, entities, surface_forms, story, figures)


def _encode_part(part: _Part) -> bytes:
    """A part as JSON: each entity with its surface forms (enrich lists them alike, in the entities' order)."""
    lede, summary, key_points, entities, surface_forms, figures = part
    forms = dict(surface_forms)
    return json.dumps([lede, summary, key_points, [[ref.name, ref.kind, forms[ref]] for ref in entities],
                       [[f.kind, f.value, f.sentence, f.text, f.scope] for f in figures]],
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _decode_part(payload: bytes, one: dict[tuple[str, str], EntityRef] | None = None) -> _Part | None:
    """The part _encode_part stored, or None when ``payload`` is not one (then the article is enriched again).

    ``one``: the EntityRefs decoded so far, by name and kind, shared by the parts that name them."""
    one = {} if one is None else one
    try:
        lede, summary, key_points, entities, figures = json.loads(payload)
        refs = tuple(one.get((name, kind)) or one.setdefault((name, kind), EntityRef(json_values.text(name), json_values.text(kind)))
                     for name, kind, _ in entities)
        forms = tuple((ref, json_values.texts(spelled)) for ref, (_, _, spelled) in zip(refs, entities))
        return (json_values.text(lede), json_values.text(summary), json_values.texts(key_points), refs, forms,
                tuple(KeyFigure(json_values.text(k), json_values.integer(v), json_values.text(s), json_values.text(t),
                                json_values.text(c)) for k, v, s, t, c in figures))
    except (ValueError, TypeError, KeyError):
        return None


def _grouped(articles: Sequence[Article], results: NlpResults, made: dict[int, StoryInput], kept: Path) -> dict[str, str]:
    """Every article's story, each article's candidates taken from the last grouping's (``kept``) where they hold.

    ``made``: the story inputs already made, by position (the others are made from the NLP rows, and added)."""
    code = nlp_fingerprint()
    made.update((i, _story_input(articles[i], r)) for i, r in results.each(i for i in range(len(articles)) if i not in made))
    stories, candidates = group_stories_kept([made[i] for i in range(len(articles))], read_candidates(kept, code))
    write_candidates(kept, code, candidates)
    return dict(stories)


def _story_input(a: Article, r: Analysis) -> StoryInput:
    return StoryInput(str(a.path), a.date, a.slug, frozenset(r.story_terms), a.story, alone=a.date_guessed,
                      source=a.source, signature=_signature(a, r), wording=r.wording, headline=story_terms(a.title, ""))


def _stories_key(articles: Sequence[Article], results: NlpResults, known: KeyedTexts,
                 made: dict[int, StoryInput] | None = None) -> str:
    """A hash of everything group_stories reads: the NLP's code and every article's story input, field by field.

    An input is a function of the article's NLP key (analysis_key: title, body, date, language, the NLP's code)
    and the fields it adds (path, date, slug, story, source), so its hash is kept in ``known`` under a hash of
    those and worked out again only for an article that changed (whose NLP row alone is read): building and
    hashing every input was ~0.8 CPU s of each rebuild at 10,000 articles. (The key is the inputs' hash, not that
    of their articles' NLP keys: a note added at the end of a body changes the NLP key but not the story input,
    and regrouping costs ~11 s.)
    """
    owns = [input_hash([nlp_key, str(a.path), a.date.isoformat(), a.slug, a.story, str(a.date_guessed), a.source])
            for a, nlp_key in zip(articles, results.keys)]
    made = {} if made is None else made  # the story inputs made so far, by position: those made here are added
    made.update((i, _story_input(articles[i], r)) for i, r in results.each(i for i, own in enumerate(owns) if own not in known and i not in made))
    parts = [nlp_fingerprint()]
    for i, own in enumerate(owns):
        parts.append(known.get(own, lambda: input_hash([repr(_canonical(made[i]))])))  # called at once
    return input_hash(parts)

def _canonical(value: object) -> object:
    """``value`` with every set sorted (a set's order varies from process to process) and dataclasses as tuples.

    Called on every article's story input at every build (0.4 s at 1,000 articles through
    ``dataclasses.fields`` and sorting by ``repr``): plain values return at once, a dataclass's
    field names are looked up once per type, and a set is sorted by repr only when its items do not compare.
    """
    if type(value) in _PLAIN:
        return value
    if isinstance(value, (frozenset, set)):
        items = [_canonical(item) for item in value]
        if all(type(item) is str for item in items):
            return tuple(sorted(items))  # type: ignore[type-var]  # all str
        return tuple(sorted(items, key=repr))
    names = _field_names(type(value))
    if names is not None:
        return (type(value).__name__, *(_canonical(getattr(value, name)) for name in names))
    if isinstance(value, tuple):
        return tuple(map(_canonical, value))
    return value


_PLAIN = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    """A dataclass's field names in order (looked up once per type); None for any other type."""
    if kind not in _FIELDS:
        _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None
    return _FIELDS[kind]


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
