"""The trend rule on constructed weeks: worse, better, flat, coverage-only moves, and no baseline."""

import datetime as dt
from pathlib import Path

import pytest

from generator.config import TrendsConfig
from generator.index import build_index
from generator.models import Article, EnrichedArticle, EntityRef
from generator.nlp.figures import extract_figures
from generator.render.trends import DETERIORATED, FEWER_REPORTS, IMPROVED, NO_BASELINE, UNCHANGED, WeekCounts, classify, movement, site_trends
from generator.render.views import build_catalog

RULE = TrendsConfig()  # 4 weeks, at least 2 covered, 50 %, 5 killed, 2 stories
MONDAY = dt.date(2016, 5, 9)


def weeks(*rows: tuple[int, int, int]) -> tuple[WeekCounts, ...]:
    """(articles, stories, killed) per week, oldest first; the last is this week."""
    return tuple(WeekCounts(MONDAY - dt.timedelta(weeks=len(rows) - 1 - i), *row) for i, row in enumerate(rows))


@pytest.mark.parametrize("rows, verdict", [
    # killed leads: up by half and by 5 or more
    (((4, 3, 10), (5, 3, 12), (4, 2, 8), (5, 3, 10), (5, 3, 40)), DETERIORATED),
    (((4, 3, 40), (5, 3, 36), (4, 2, 44), (5, 3, 40), (5, 3, 9)), IMPROVED),
    # flat: killed within the band, coverage steady
    (((4, 3, 10), (5, 3, 12), (4, 2, 8), (5, 3, 10), (5, 3, 13)), UNCHANGED),
    # 3 killed against 1 is +200 % but under the 5-killed minimum: no trend on its own
    (((4, 3, 1), (5, 3, 1), (4, 2, 1), (5, 3, 1), (4, 3, 3)), UNCHANGED),
    # killed flat (none), stories and articles both up: deteriorated; both down: fewer reports, no verdict
    (((2, 2, 0), (3, 2, 0), (2, 1, 0), (3, 3, 0), (9, 7, 0)), DETERIORATED),
    (((9, 7, 0), (8, 6, 0), (9, 7, 0), (8, 6, 0), (2, 1, 0)), FEWER_REPORTS),
    # killed down but the articles down with it: fewer deaths reported may only be fewer reports
    (((4, 3, 40), (5, 3, 36), (4, 2, 44), (5, 3, 40), (1, 1, 9)), FEWER_REPORTS),
    # stories up but articles not: coverage alone must agree, so unchanged
    (((6, 2, 0), (6, 2, 0), (6, 2, 0), (6, 2, 0), (6, 6, 0)), UNCHANGED),
    # killed up wins over coverage down
    (((9, 7, 2), (8, 6, 2), (9, 7, 2), (8, 6, 2), (2, 1, 30)), DETERIORATED),
])
def test_rule_on_constructed_weeks(rows: tuple[tuple[int, int, int], ...], verdict: str) -> None:
    assert classify(weeks(*rows), 4, RULE).verdict == verdict


def test_no_baseline_when_the_site_is_too_new_or_the_theatre_was_silent() -> None:
    busy = weeks((4, 3, 10), (5, 3, 12), (4, 2, 8), (5, 3, 10), (5, 3, 40))
    too_new = classify(busy, 1, RULE)  # the site covers one week before this one; the rule needs two
    assert too_new.verdict == NO_BASELINE and "covers 1 earlier week" in too_new.reason
    silent = classify(weeks((0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0), (5, 3, 40)), 4, RULE)
    assert silent.verdict == NO_BASELINE and "no articles" in silent.reason


def test_reason_states_the_numbers_compared() -> None:
    result = classify(weeks((4, 3, 10), (5, 3, 12), (4, 2, 8), (5, 3, 10), (5, 3, 40)), 4, RULE)
    assert result.reason == "killed 40 against a weekly average of 10.0"


def test_thresholds_come_from_the_config() -> None:
    rows = weeks((4, 3, 10), (5, 3, 12), (4, 2, 8), (5, 3, 10), (5, 3, 14))  # +40 %
    assert classify(rows, 4, RULE).verdict == UNCHANGED
    assert classify(rows, 4, TrendsConfig(change_percent=30, min_killed_change=2)).verdict == DETERIORATED


def test_movement_needs_both_the_percentage_and_the_minimum() -> None:
    assert movement(15, 10, 50, 5) == 1 and movement(14, 10, 50, 1) == 0 and movement(4, 10, 50, 5) == -1
    assert movement(1, 0, 50, 2) == 0 and movement(2, 0, 50, 2) == 1  # from nothing: only the minimum counts


def _article(slug: str, day: dt.date, body: str, story: str = "") -> EnrichedArticle:
    refs = (EntityRef("Aleppo", "place"),)
    article = Article(Path(f"{slug}.md"), slug, slug.title(), day, "Wire", "", "", body, "", "", (), refs, story)
    return EnrichedArticle(article, "", "", (), refs, (), story=story, figures=extract_figures(body))


def test_site_trends_take_this_week_from_the_latest_day_and_count_stories_once() -> None:
    articles = [_article(f"old-{n}", MONDAY - dt.timedelta(weeks=n, days=-2), "Shelling killed 3 people in Aleppo.") for n in (1, 2, 3, 4)]
    articles += [_article("new-a", MONDAY + dt.timedelta(days=1), "An air strike killed 40 people in Aleppo.", story="s"),
                 _article("new-b", MONDAY + dt.timedelta(days=1), "The strike killed 44 people in Aleppo.", story="s")]
    articles.sort(key=lambda a: a.article.date, reverse=True)
    index = build_index(tuple(articles))
    trends = site_trends(index, build_catalog(index), RULE)
    assert trends is not None and trends.week == MONDAY
    syria = trends.of("SY")
    assert syria is not None
    assert [(w.articles, w.stories, w.killed) for w in syria.weeks] == [(1, 1, 3)] * 4 + [(2, 1, 40)]  # lowest report
    assert syria.verdict.verdict == DETERIORATED
    assert 'class="bar this"' in syria.chart and "killed per week" in syria.chart
