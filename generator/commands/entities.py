"""`briefing entities`: what the editor should look at in content/entities.yml.

Lists, with the number of articles each appears in:
- new: entities the registry does not know yet (most frequent first), with the spellings merged into them;
- ambiguous: names left unmerged because they could be several entities ("Smith": John or Jane);
- rare: entities seen in one article only, where extraction mistakes usually hide.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generator.config import Config
from generator.content import load_articles
from generator.models import EntityRef
from generator.nlp.enrich import enrich_articles
from generator.nlp.registry import REGISTRY_NAME, load_registry
from generator.nlp.resolve import default_resolver


@dataclass(frozen=True, slots=True)
class ReviewLine:
    ref: EntityRef
    articles: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EntityReview:
    new: tuple[ReviewLine, ...]
    ambiguous: tuple[tuple[EntityRef, int, tuple[EntityRef, ...]], ...]
    rare: tuple[ReviewLine, ...]
    total: int


def review_entities(cfg: Config) -> EntityReview:
    registry = load_registry(cfg.content_dir)
    enriched = enrich_articles(load_articles(cfg.articles_dir, cfg.root), cfg)
    per_article = [{r for r in a.entities if registry.apply(r) is not None} for a in enriched]
    resolution = default_resolver(registry).resolve(ref for refs in per_article for ref in refs)
    counts = Counter(resolution(ref) for refs in per_article for ref in {resolution(r) for r in refs})
    ordered = sorted(counts, key=lambda r: (-counts[r], r.kind, r.name.casefold()))
    new = tuple(ReviewLine(r, counts[r], resolution.aliases(r)) for r in ordered if not registry.knows(r))
    names = Counter(r for refs in per_article for r in refs)
    ambiguous = tuple((name, names[name], candidates) for name, candidates in resolution.ambiguous)
    rare = tuple(ReviewLine(r, 1, resolution.aliases(r)) for r in ordered if counts[r] == 1)
    return EntityReview(new, ambiguous, rare, len(counts))


def format_review(review: EntityReview, limit: int) -> str:
    lines = [f"{review.total} entities; {len(review.new)} not in {REGISTRY_NAME}, {len(review.ambiguous)} ambiguous, {len(review.rare)} seen once."]
    lines += _section(f"New (not in {REGISTRY_NAME}), most frequent first", review.new, limit)
    lines.append(f"\nAmbiguous (not merged; add the right one to {REGISTRY_NAME} as an alias):")
    lines += [f"  {count:4d}  {ref.kind:<12} {ref.name}  could be: {', '.join(c.name for c in candidates)}" for ref, count, candidates in review.ambiguous[:limit]] or ["  (none)"]
    lines += _section("Seen in one article only (check for extraction mistakes)", review.rare, limit)
    return "\n".join(lines)


def _section(title: str, rows: tuple[ReviewLine, ...], limit: int) -> list[str]:
    lines = [f"\n{title}:"]
    for row in rows[:limit]:
        merged = f"  (also: {', '.join(row.aliases)})" if row.aliases else ""
        lines.append(f"  {row.articles:4d}  {row.ref.kind:<12} {row.ref.name}{merged}")
    if len(rows) > limit:
        lines.append(f"  ... {len(rows) - limit} more (use --limit)")
    return lines if rows else [*lines, "  (none)"]
