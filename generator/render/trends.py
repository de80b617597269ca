"""Trends per theatre, CrisisWatch-style: this week against the weeks before it, deteriorated / improved / unchanged.

"This week" is the ISO week (Monday to Sunday) of the site's latest briefing day: from the content,
never the clock, so a build is reproducible. The baseline is the weekly average over the previous
``trends.weeks`` weeks (weeks before the site's first article are not counted; a week the theatre had
no article counts as zero).

The rule (thresholds in ``briefing.yml``, section ``trends``): a measure is *up* when this week is at
least ``change_percent`` % above the baseline's weekly average and by at least its minimum change
(``min_killed_change`` for killed, ``min_story_change`` for stories and articles); *down* likewise below.
Killed (the conservative count of "How figures are counted") leads: up is deteriorated, down improved.
When killed does not move, stories and articles both up is deteriorated; anything else is unchanged. An
improvement needs coverage that held: when the articles are down with killed or with the stories, fewer deaths
or events reported may only be fewer reports (the absence of reports is not the absence of violence), so the
verdict is "fewer reports", not "improved". Deterioration needs no such check: a big event draws coverage. With fewer than ``min_weeks`` covered weeks, or no article of the theatre in
them, there is no baseline and no verdict.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup

from generator.config import TrendsConfig
from generator.index import SiteIndex, article_path
from generator.models import EnrichedArticle
from generator.render.briefing import combine_totals, story_key, theatre_articles, theatre_totals
from generator.render.charts import data_table, week_bars
from generator.render.views import Catalog, Theatre, theatre

DETERIORATED, IMPROVED, UNCHANGED = "deteriorated", "improved", "unchanged"
FEWER_REPORTS, NO_BASELINE = "fewer-reports", "no-baseline"
VERDICT_ORDER = (DETERIORATED, IMPROVED, UNCHANGED, FEWER_REPORTS, NO_BASELINE)
UP, DOWN, FLAT = 1, -1, 0


@dataclass(frozen=True, slots=True)
class WeekCounts:
    start: dt.date  # the Monday
    articles: int
    stories: int
    killed: int  # conservative: each story once at its lowest report, a disputed day left out


@dataclass(frozen=True, slots=True)
class Verdict:
    verdict: str  # one of VERDICT_ORDER
    reason: str  # the rule applied, in words: "killed 40 against a weekly average of 12"


@dataclass(frozen=True, slots=True)
class TheatreTrend:
    theatre: Theatre
    verdict: Verdict
    weeks: tuple[WeekCounts, ...]  # oldest first; the last is this week
    baseline_weeks: int  # of the weeks before this one, how many count (the site covers them)
    measure: str = "killed"  # what the small multiple draws: "killed", or "stories" when no week has a killed figure
    chart: Markup = Markup("")

    @property
    def this(self) -> WeekCounts:
        return self.weeks[-1]

    @property
    def baseline(self) -> tuple[float, float, float]:
        """Weekly averages of articles, stories and killed over the counted weeks before this one."""
        counted = self.weeks[-1 - self.baseline_weeks:-1] if self.baseline_weeks else ()
        n = len(counted) or 1
        return (sum(w.articles for w in counted) / n, sum(w.stories for w in counted) / n, sum(w.killed for w in counted) / n)


@dataclass(frozen=True, slots=True)
class SiteTrends:
    week: dt.date  # this week's Monday
    weeks: int  # trends.weeks
    trends: tuple[TheatreTrend, ...]  # deteriorated first, then improved, unchanged, no baseline; busiest first within

    def of(self, code: str) -> TheatreTrend | None:
        return next((t for t in self.trends if t.theatre.code == code), None)

    def with_verdict(self, verdict: str) -> tuple[TheatreTrend, ...]:
        return tuple(t for t in self.trends if t.verdict.verdict == verdict)


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def movement(this: float, average: float, percent: int, minimum: int) -> int:
    """UP, DOWN or FLAT: beyond ``percent`` % of the average and by at least ``minimum``."""
    if this >= average * (1 + percent / 100) and this - average >= max(minimum, 1e-9):
        return UP
    if this <= average * (1 - percent / 100) and average - this >= max(minimum, 1e-9):
        return DOWN
    return FLAT


def classify(weeks: tuple[WeekCounts, ...], baseline_weeks: int, rule: TrendsConfig) -> Verdict:
    """The verdict for ``weeks`` (oldest first, the last is this week), of which ``baseline_weeks`` before the
    last are covered by the site."""
    counted = weeks[-1 - baseline_weeks:-1] if baseline_weeks else ()
    if len(counted) < rule.min_weeks:
        return Verdict(NO_BASELINE, f"the site covers {len(counted)} earlier week{'s' if len(counted) != 1 else ''}; "
                                    f"a trend needs {rule.min_weeks}")
    if not any(w.articles for w in counted):
        return Verdict(NO_BASELINE, f"no articles in the previous {len(counted)} weeks to compare with")
    this, n = weeks[-1], len(counted)
    articles, stories, killed = (sum(getattr(w, name) for w in counted) / n for name in ("articles", "stories", "killed"))
    killed_move = movement(this.killed, killed, rule.change_percent, rule.min_killed_change)
    story_move = movement(this.stories, stories, rule.change_percent, rule.min_story_change)
    article_move = movement(this.articles, articles, rule.change_percent, rule.min_story_change)
    killed_text = f"killed {this.killed:,} against a weekly average of {killed:,.1f}"
    coverage = (f"{this.stories} stor{'ies' if this.stories != 1 else 'y'} and {this.articles} "
                f"article{'s' if this.articles != 1 else ''} against weekly averages of {stories:.1f} and {articles:.1f}")
    if killed_move == UP:
        return Verdict(DETERIORATED, killed_text)
    if article_move == DOWN and (killed_move == DOWN or story_move == DOWN):
        return Verdict(FEWER_REPORTS, f"{killed_text}; {coverage}: fewer reports, so no verdict")
    if killed_move == DOWN:
        return Verdict(IMPROVED, f"{killed_text}; {coverage}")
    if story_move == article_move == UP:
        return Verdict(DETERIORATED, f"{killed_text}; {coverage}")
    return Verdict(UNCHANGED, f"{killed_text}; {coverage}")


def week_counts(catalog: Catalog, articles: tuple[EnrichedArticle, ...], start: dt.date) -> WeekCounts:
    by_day: dict[dt.date, list[EnrichedArticle]] = {}
    for article in articles:
        by_day.setdefault(article.article.date, []).append(article)
    day_totals = [theatre_totals(catalog, tuple(items)) for _, items in sorted(by_day.items())]
    killed = next((t.value for t in combine_totals(day_totals) if t.kind == "killed"), 0)
    return WeekCounts(start, len(articles), len({story_key(a) for a in articles}), killed)


def site_trends(index: SiteIndex, catalog: Catalog, rule: TrendsConfig) -> SiteTrends | None:
    """Every theatre with an article this week or in the baseline weeks, with its verdict; None for a site
    with no dated article."""
    if not index.articles_by_day:
        return None
    days = tuple(index.articles_by_day)
    this_week, first_week = week_start(days[0]), week_start(days[-1])
    starts = tuple(this_week - dt.timedelta(weeks=n) for n in range(rule.weeks, -1, -1))
    covered = sum(1 for start in starts[:-1] if start >= first_week)
    trends = []
    for code, articles in theatre_articles(index).items():
        grouped: dict[dt.date, list[EnrichedArticle]] = {}
        for article in articles:
            if not article.article.date_guessed and week_start(article.article.date) >= starts[0]:
                grouped.setdefault(week_start(article.article.date), []).append(article)
        if not grouped:
            continue
        weeks = tuple(week_counts(catalog, tuple(grouped.get(start, ())), start) for start in starts)
        trends.append(_with_chart(TheatreTrend(theatre(code), classify(weeks, covered, rule), weeks, covered)))
    trends.sort(key=lambda t: (VERDICT_ORDER.index(t.verdict.verdict), -t.this.stories, -t.this.articles, t.theatre.name))
    return SiteTrends(this_week, rule.weeks, tuple(trends))


ARROWS = {DETERIORATED: "▼", IMPROVED: "▲", UNCHANGED: "=", FEWER_REPORTS: "·", NO_BASELINE: "·"}  # CrisisWatch: down is worse


def _with_chart(trend: TheatreTrend) -> TheatreTrend:
    measure = "killed" if any(w.killed for w in trend.weeks) else "stories"
    values = tuple(getattr(w, measure) for w in trend.weeks)
    average = trend.baseline[2 if measure == "killed" else 1] if trend.verdict.verdict != NO_BASELINE else None
    label = (f"{trend.theatre.name}: {measure} per week, oldest to this week: {', '.join(str(v) for v in values)}"
             + (f"; the previous weeks' average {average:.1f}" if average is not None else ""))
    return dataclasses.replace(trend, measure=measure, chart=week_bars(values, average, label))


def trends_table(trends: tuple[TheatreTrend, ...], caption: str) -> Markup:
    """Every theatre's weeks in one table: the small multiples' numbers, for screen readers and copying."""
    if not trends:
        return Markup("")
    weeks = trends[0].weeks
    columns = ("Theatre", "Trend", *(f"{w.start:%-d %b}" + (" (this week)" if w is weeks[-1] else "") for w in weeks))
    rows = tuple((t.theatre.name, t.verdict.verdict.replace("-", " "),
                  *(f"{w.killed:,} killed, {w.stories} st., {w.articles} art." for w in t.weeks)) for t in trends)
    return Markup(data_table(caption, columns, rows, "st.: stories, art.: articles; weeks start on Monday."))


def week_articles(index: SiteIndex, week: dt.date, code: str | None = None) -> tuple[EnrichedArticle, ...]:
    """The dated articles of the week starting ``week`` (of one theatre when ``code`` is given), newest first."""
    end = week + dt.timedelta(days=7)
    return tuple(a for day, items in index.articles_by_day.items() if week <= day < end
                 for a in items if code is None or index.theatre[article_path(a)] == code)
