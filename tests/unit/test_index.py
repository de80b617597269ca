import datetime as dt
from pathlib import Path

from generator.index import (
    build_index,
    co_occurring,
    entity_path,
    related_articles,
    same_story,
    timeline_counts,
)
from generator.models import Article, EnrichedArticle, EntityRef

SYRIA, ALEPPO, HAMA = EntityRef("Syria", "place"), EntityRef("Aleppo", "place"), EntityRef("Hama", "place")
SOHR = EntityRef("Syrian Observatory for Human Rights", "organization")


def enriched(slug: str, day: int, *refs: EntityRef, story: str = "", month: int = 5) -> EnrichedArticle:
    article = Article(Path(f"{slug}.md"), slug, slug, dt.date(2016, month, day), "", "", "", "", "", "", (), refs, story)
    return EnrichedArticle(article, "", "", (), refs, (), story=story)


def newest_first(*articles: EnrichedArticle) -> tuple[EnrichedArticle, ...]:
    return tuple(sorted(articles, key=lambda a: (-a.article.date.toordinal(), a.article.slug)))


def test_articles_by_entity_and_colliding_slugs() -> None:
    sudan, shouting = EntityRef("Sudan", "place"), EntityRef("SUDAN", "place")
    index = build_index((enriched("b", 2, sudan), enriched("a", 1, sudan, shouting)))
    assert [a.article.slug for a in index.articles_by_entity[sudan]] == ["b", "a"]
    paths = sorted(entity_path(e) for e in index.entities.values())
    assert paths == ["places/sudan-2.html", "places/sudan.html"]


def test_same_name_different_kind_gets_separate_pages() -> None:
    index = build_index((enriched("a", 1, EntityRef("Jordan", "place"), EntityRef("Jordan", "person")),))
    assert sorted(entity_path(e) for e in index.entities.values()) == ["people/jordan.html", "places/jordan.html"]


def test_related_articles_weigh_rare_entities_above_ubiquitous_ones() -> None:
    # "Syria" is in every article, so sharing it says little; sharing the rarer "Hama" says a lot.
    fillers = [enriched(f"filler-{i}", 1 + i, SYRIA, ALEPPO) for i in range(6)]
    target = enriched("target", 20, SYRIA, ALEPPO, HAMA)
    rare_match = enriched("rare-match", 10, SYRIA, HAMA)
    index = build_index(newest_first(target, rare_match, *fillers))
    related = related_articles(index, target, limit=3)
    assert related[0].article.slug == "rare-match"


def test_related_articles_leave_out_the_same_story() -> None:
    a = enriched("a", 3, ALEPPO, SOHR, story="strike")
    b = enriched("b", 3, ALEPPO, SOHR, story="strike")
    c = enriched("c", 2, ALEPPO, SOHR)
    index = build_index(newest_first(a, b, c, enriched("d", 1, HAMA)))
    assert [r.article.slug for r in related_articles(index, a)] == ["c"]
    assert [s.article.slug for s in same_story(index, a)] == ["b"]


def test_co_occurring_counts_shared_articles() -> None:
    index = build_index(newest_first(enriched("a", 3, ALEPPO, SYRIA, SOHR), enriched("b", 2, ALEPPO, SYRIA), enriched("c", 1, HAMA, SYRIA)))
    assert co_occurring(index, ALEPPO) == ((SYRIA, 2), (SOHR, 1))


def test_theatre_is_the_country_of_the_places() -> None:
    article = enriched("a", 3, ALEPPO, HAMA)
    index = build_index((article, enriched("b", 2, EntityRef("Nowhere Special", "place"))))
    assert index.theatre["articles/2016/05/a.html"] == "SY"
    assert index.theatre["articles/2016/05/b.html"] == ""
    assert index.theatres == frozenset({"SY"})


def test_timeline_uses_weeks_for_short_spans_and_months_for_long_ones() -> None:
    unit, bins = timeline_counts(newest_first(enriched("a", 20, ALEPPO), enriched("b", 2, ALEPPO)))
    assert unit == "week" and bins == ((dt.date(2016, 5, 2), 1), (dt.date(2016, 5, 9), 0), (dt.date(2016, 5, 16), 1))
    unit, bins = timeline_counts(newest_first(enriched("a", 20, ALEPPO), enriched("b", 2, ALEPPO, month=1)))
    assert unit == "month" and [c for _, c in bins] == [1, 0, 0, 0, 1]


def test_a_large_kind_is_listed_by_most_named_and_a_page_per_letter() -> None:
    from generator.render.views import MOST_NAMED, OVERVIEW_ALL, entity_groups, letter_pages

    people = [EntityRef(f"Person {n:04d}", "person") for n in range(OVERVIEW_ALL + 1)]
    named_often = EntityRef("Zed Often", "person")
    articles = [enriched(f"a{n}", 1 + n % 28, person, named_often if n < 3 else person, ALEPPO) for n, person in enumerate(people)]
    index = build_index(newest_first(*articles))
    overview = {group.kind: group for group in entity_groups(index, overview=True)}
    full = {group.kind: group for group in entity_groups(index)}
    people_group = overview["person"]
    assert people_group.full_list == "people/index.html" and people_group.total == OVERVIEW_ALL + 2
    assert len(people_group.items) == MOST_NAMED and people_group.items[0].name == "Zed Often"  # most named first
    assert not people_group.letters
    assert overview["place"].full_list == "" and [item.name for item in overview["place"].items] == ["Aleppo"]  # a small kind: A-Z, all
    # the kind's own page: its most named, and a page per letter that together list them all, each once
    own = full["person"]
    assert len(own.items) == MOST_NAMED and [(g.letter, g.path, g.count) for g in own.letters] == [
        ("P", "people/a-z/p.html", OVERVIEW_ALL + 1), ("Z", "people/a-z/z.html", 1)]
    pages = dict(letter_pages(index))
    assert list(pages) == ["people/a-z/p.html", "people/a-z/z.html"]
    assert [item.name for item in pages["people/a-z/z.html"].items] == ["Zed Often"] and pages["people/a-z/z.html"].letter == "Z"
    assert sum(len(group.items) for group in pages.values()) == OVERVIEW_ALL + 2
