import datetime as dt
from pathlib import Path

from generator.index import build_index
from generator.models import Article, EnrichedArticle, EntityRef
from generator.nlp.figures import extract_figures
from generator.render.briefing import day_links, day_view
from generator.render.views import article_view, build_catalog

ALEPPO, MOSUL = EntityRef("Aleppo", "place"), EntityRef("Mosul", "place")


def enriched(slug: str, body: str, *refs: EntityRef, story: str = "", source: str = "") -> EnrichedArticle:
    article = Article(Path(f"{slug}.md"), slug, slug.title(), dt.date(2016, 5, 10), source, "", "", body, "", "", (), refs, story)
    return EnrichedArticle(article, "", "", (), refs, (), story=story, figures=extract_figures(body))


def test_day_groups_by_theatre_busiest_first_and_sums_figures_once_per_story() -> None:
    articles = (
        enriched("a", "At least 23 civilians were killed in Aleppo.", ALEPPO, story="strike", source="Wire"),
        enriched("b", "The strike killed 23 people.", ALEPPO, story="strike", source="Daily"),
        enriched("c", "Shelling killed 4 medical workers.", ALEPPO),
        enriched("d", "Some 6,000 people were displaced. Ten people were killed.", MOSUL),
    )
    index = build_index(articles)
    view = day_view(index, build_catalog(index), day_links(index), 0)
    assert [s.theatre.name for s in view.sections] == ["Syria", "Iraq"]
    syria = view.sections[0]
    assert [(s.card.title, [o.source for o in s.also]) for s in syria.stories] == [("A", ["Daily"]), ("C", [])]
    assert {f.kind: f.value for f in syria.figures} == {"killed": 27}
    assert {f.kind: f.value for f in view.figures} == {"killed": 37, "displaced": 6000}


def test_theatres_and_stories_are_ordered_by_weight_not_by_name() -> None:
    # By slug, "10 dead..." would come first; by weight the chemical attack does (more killed), and
    # among stories without figures the one more outlets report.
    articles = (
        enriched("a-ten-dead", "Ten people were killed in Aleppo.", ALEPPO, source="Wire"),
        enriched("b-chemical", "At least 58 people were killed in a gas attack.", ALEPPO, story="gas", source="Wire"),
        enriched("c-chemical", "The attack killed 72 people.", ALEPPO, story="gas", source="Daily"),
        enriched("d-talks", "Talks went on.", ALEPPO, story="talks", source="Wire"),
        enriched("e-talks", "Talks went on all day.", ALEPPO, story="talks", source="Daily"),
        enriched("f-lone", "A meeting was held.", ALEPPO, source="Wire"),
        enriched("g-mosul", "Some 200 people were killed in Mosul.", MOSUL, source="Wire"),
    )
    index = build_index(articles)
    view = day_view(index, build_catalog(index), day_links(index), 0)
    assert [s.theatre.name for s in view.sections] == ["Iraq", "Syria"]  # 200 killed outweighs 68 in more articles
    assert [s.card.title for s in view.sections[1].stories] == ["B-Chemical", "A-Ten-Dead", "D-Talks", "F-Lone"]


def test_a_days_totals_list_the_stories_and_sentences_they_came_from() -> None:
    articles = (
        enriched("a", "At least 23 civilians were killed in Aleppo.", ALEPPO, story="strike", source="Wire"),
        enriched("b", "The strike killed 25 people.", ALEPPO, story="strike", source="Daily"),
        enriched("c", "Shelling killed 4 medical workers.", ALEPPO),
        enriched("e", "Medics said 24 people died in the strike.", ALEPPO),  # inside the strike's 23-25: the same event
    )
    index = build_index(articles)
    view = day_view(index, build_catalog(index), day_links(index), 0)
    (killed,) = view.sections[0].figures
    assert killed.value == 27
    assert [(s.value, s.card.title, s.sentence, s.counted) for s in killed.sources] == [
        (4, "C", "Shelling killed 4 medical workers.", True),
        (23, "A", "At least 23 civilians were killed in Aleppo.", True),
        (24, "E", "Medics said 24 people died in the strike.", False),
    ]
    (day_killed,) = view.figures
    assert [s.card.path for s in day_killed.sources] == [s.card.path for s in killed.sources]


def test_an_article_page_names_its_entities_without_their_counts() -> None:
    """A new article naming Aleppo leaves the page of an older article naming it as it was (the count is on Aleppo's page)."""
    older = enriched("older", "Shelling hit Aleppo.", ALEPPO)
    alone = build_index((older,))
    more = build_index((enriched("newer", "Aleppo again.", ALEPPO), older))
    views = [article_view(index, build_catalog(index), index.articles[-1]) for index in (alone, more)]
    assert views[0].entity_groups == views[1].entity_groups
    assert [(t.name, t.path) for t in views[0].entity_groups[0].items] == [("Aleppo", "places/aleppo.html")]
