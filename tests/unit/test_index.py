import datetime as dt
from pathlib import Path

from generator.index import build_index, entity_path
from generator.models import Article, EnrichedArticle, EntityRef


def enriched(slug: str, day: int, *refs: EntityRef) -> EnrichedArticle:
    article = Article(Path(f"{slug}.md"), slug, slug, dt.date(2016, 5, day), "", "", "", "", "", "", (), refs)
    return EnrichedArticle(article, "", "", (), refs, ())


def test_articles_by_entity_and_colliding_slugs() -> None:
    sudan, shouting = EntityRef("Sudan", "place"), EntityRef("SUDAN", "place")
    index = build_index((enriched("b", 2, sudan), enriched("a", 1, sudan, shouting)))
    assert [a.article.slug for a in index.articles_by_entity[sudan]] == ["b", "a"]
    paths = sorted(entity_path(e) for e in index.entities.values())
    assert paths == ["places/sudan-2.html", "places/sudan.html"]


def test_same_name_different_kind_gets_separate_pages() -> None:
    index = build_index((enriched("a", 1, EntityRef("Jordan", "place"), EntityRef("Jordan", "person")),))
    assert sorted(entity_path(e) for e in index.entities.values()) == ["people/jordan.html", "places/jordan.html"]
