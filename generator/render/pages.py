"""Stage 5: plan and render every output file of the site; writing them is publish's.

Plans are produced lazily, one page at a time, so a large site never holds every
page's view (or rendered HTML of pages not yet written) longer than needed.
"""

from __future__ import annotations

import ctypes
import dataclasses
import datetime as dt
import gc
import hashlib
import logging
import multiprocessing
import os
import threading
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Iterable, Iterator, Mapping

import jinja2
import jinja2.meta

from generator.config import Config
from generator.errors import BriefingError, Diagnostic
from generator.incremental.digest import ViewDigester
from generator.index import OUTLET_FOLDER, SiteIndex, article_path, entity_path, related_articles, same_story
from generator.models import EnrichedArticle, OutputFile, Progress
from generator.render.briefing import (
    DayLink,
    archive,
    day_links,
    day_view,
    theatre_articles,
    theatre_view,
)
from generator.render.entity_page import entity_view
from generator.render.env import make_environment, template_search_path
from generator.render.folders import FOLDER_TEMPLATE, INDEX, PageLink, folder_inputs, folder_listings, folder_plan, folder_title
from generator.render.outlet_page import outlet_items, outlet_view
from generator.render.reuse import (
    Digests,
    PlanRecord,
    Reads,
    RecordingMapping,
    UnitPlan,
    entity_content,
    listed_digests,
    plan_digests,
    plan_frame,
    read_record,
    reusable,
    reusable_across,
    value_digest,
    write_record,
)
from generator.render.template_errors import template_error
from generator.render.trends import SiteTrends, site_trends, trends_table, week_articles, week_start
from generator.render.views import (
    KIND_LABELS,
    Catalog,
    article_view,
    build_catalog,
    card_of,
    entity_groups,
    letter_pages,
    theatre,
)
from generator.render.where import overview_map, theatre_map, week_places
from generator.search import bundle_paths, search_available

log = logging.getLogger(__name__)
STATIC_FOLDER = "static"
ENTITY_FEED_ENTRIES = 20
THEATRE_LIMIT = 100
NOT_IN_SITEMAP = ("404.html", "search.html")
FIGURES_PAGE = "figures.html"  # how key figures are read and added up, linked from every figure box
UNDATED_PAGE = "undated.html"
UNDATED_PER_PAGE = 200  # article cards on one page of undated articles (about 100 KB)
WHERE_PAGE = "where.html"  # this week's places on one map
HOME_TREND_PANELS = 12


@dataclass(frozen=True, slots=True)
class PagePlan:
    """One file to render: where it goes, which template, and what it shows."""

    rel_path: str
    template: str
    view: dict[str, Any]


def plan_pages(index: SiteIndex, catalog: Catalog, cfg: Config, part: int = 0, parts: int = 1) -> Iterator[tuple[int, PagePlan]]:
    """Every page and feed of the site, in a stable order, each with the number of the unit it belongs to.

    ``catalog``: the articles' cards and key figures (views.build_catalog). The site is planned in
    units (the fixed pages; each day; the theatres; each article; each entity's page and feed);
    with ``parts`` > 1 only every ``parts``-th unit from ``part`` on is planned, so that processes
    can share the work.
    """
    for number, unit in plan_units(index, catalog, cfg, part, parts):
        for plan in unit():
            yield number, plan


def plan_units(index: SiteIndex, catalog: Catalog, cfg: Config, part: int = 0,
               parts: int = 1) -> Iterator[tuple[int, Callable[[], Iterable[PagePlan]]]]:
    """The units of plan_pages, each with its number, not yet planned (only those of ``part``: the others are not
    even made, so a site cut into many small parts costs no more to walk)."""
    days = day_links(index)
    entities, outlets = tuple(index.entities), tuple(index.outlets)
    segments: tuple[tuple[int, Callable[[int], Callable[[], Iterable[PagePlan]]]], ...] = (
        (1, lambda _: partial(_fixed_plans, index, cfg, catalog, days)),
        (len(days), lambda position: partial(_day_plans, index, catalog, days, position)),
        (1, lambda _: partial(_theatre_plans, index, catalog, cfg)),
        (len(index.articles), lambda position: partial(_article_plans, index, catalog, index.articles[position])),
        (len(entities), lambda position: partial(_entity_plans, index, catalog, entities[position])),
        (len(outlets), lambda position: partial(_outlet_plans, index, catalog, outlets[position])),
    )
    first = 0
    for count, unit in segments:
        for number in range(first + (part - first) % parts, first + count, parts):
            yield number, unit(number - first)
        first += count


def _article_unit(index: SiteIndex, position: int) -> int:
    """The number _units gives the unit of the article at ``position``: after the fixed pages, the days and the theatres."""
    return 2 + len(index.articles_by_day) + position


def _owned_digests(index: SiteIndex, articles: tuple[bytes, ...]) -> dict[int, bytes]:
    """What only one unit reads, by unit number: an article page its whole article (``articles``: their digests, by
    position), an entity page its entity's entry."""
    owned = {_article_unit(index, position): digest for position, digest in enumerate(articles)}
    first = _article_unit(index, len(index.articles))
    owned.update((first + number, value_digest(entity_content(entity))) for number, entity in enumerate(index.entities.values()))
    return owned


def _unit_deps(index: SiteIndex, digests: Digests) -> dict[int, tuple[str, bytes]]:
    """Each article's and entity's unit: its identity, and a digest of what its views read of the structure.

    An article's page reads its own article, the structure of the entities it names (their pages' paths), and
    which articles are its related ones and its story's; an entity's page reads its entry and which articles name
    it, with their structure and that of every entity they name (the entities it appears with, their places on
    its map). Their cards and figures are compared apart (the reads recorded while planning)."""
    named = [hashlib.blake2b(b"".join(digests.entities[ref] for ref in enriched.entities), digest_size=16, key=structure).digest()
             for enriched, structure in zip(index.articles, digests.structure)]
    deps = {}
    for position, enriched in enumerate(index.articles):
        shown = (tuple(map(article_path, related_articles(index, enriched))), tuple(map(article_path, same_story(index, enriched))))
        deps[_article_unit(index, position)] = (f"article:{article_path(enriched)}", value_digest((named[position], shown)))
    first = _article_unit(index, len(index.articles))
    for number, ref in enumerate(index.entities):
        read = b"".join(named[p] for p in index.positions_by_entity[ref])
        deps[first + number] = (f"entity:{ref.kind}:{ref.name}", hashlib.blake2b(read, digest_size=16, key=digests.entities[ref]).digest())
    return deps


def _dated_units(env: jinja2.Environment, cfg: Config) -> bool:
    """Whether the pages of an article's or entity's unit read the site's date (then a new day replans them)."""
    reads_date = _Templates.reading_date(env)
    try:
        return any(reads_date(template) for template in ("article.html", "entity.html", "feed.xml"))
    except jinja2.TemplateError as exc:  # a template's syntax: named like any other template error
        raise template_error(exc, cfg.templates_dir, cfg.root) from None


def _day_plans(index: SiteIndex, catalog: Catalog, days: tuple[DayLink, ...], position: int) -> Iterator[PagePlan]:
    link = days[position]
    yield PagePlan(link.path, "day.html", {"day": day_view(index, catalog, days, position),
                                           "title": f"Briefing for {link.day:%-d %B %Y}", "home": False})


def _fixed_plans(index: SiteIndex, cfg: Config, catalog: Catalog, days: tuple[DayLink, ...]) -> Iterator[PagePlan]:
    latest = tuple(card_of(catalog, a) for a in index.dated[: cfg.home.articles])
    home = day_view(index, catalog, days, 0) if days else None
    trends = site_trends(index, catalog, cfg.trends)
    panels = _home_panels(trends)
    # Copy with no date of its own is on no day: the home page says how much, and lists it when nothing is dated yet
    # (a desk of undated crawls would otherwise read "No articles yet").
    undated = tuple(card_of(catalog, a) for a in index.undated[: cfg.home.articles]) if not days else ()
    yield PagePlan("index.html", "index.html", {"day": home, "title": cfg.site.title, "home": True, "trends": trends,
                                                "panels": panels, "panels_table": trends_table(panels, "Weekly figures per theatre"),
                                                "undated": len(index.undated), "undated_cards": undated})
    yield from _where_plans(index, catalog, trends)
    # The site's date in the view, not read by the template: then only this feed's key follows it, not every
    # entity's feed (a template reading it is keyed with it, see _key).
    yield PagePlan("feed.xml", "feed.xml", {"articles": latest, "feed_title": cfg.site.title, "alternate": "index.html",
                                            "feed_updated": site_date(index.articles)})
    yield PagePlan("archive.html", "archive.html", {"years": archive(days), "title": "Archive", "undated": len(index.undated)})
    yield from _undated_plans(index, catalog)
    yield PagePlan("entities.html", "entities.html", {"groups": entity_groups(index, overview=True), "title": "Entities"})
    for path, group in letter_pages(index):
        yield PagePlan(path, "entities.html", {"groups": (group,), "title": f"{group.label}: {group.letter}"})
    yield PagePlan(f"{OUTLET_FOLDER}/index.html", "sources.html", {
        "outlets": outlet_items(index), "title": "Sources",
        "unsourced": len(index.articles) - sum(len(a) for a in index.articles_by_source.values())})
    searchable = (*(article_path(a) for a in index.articles), *(entity_path(e) for e in index.entities.values()),
                  *(theatre(code).path for code in index.theatres))
    bundles = bundle_paths(searchable) if search_available() else ()
    yield PagePlan("search.html", "search.html", {"title": "Search", "search_enabled": bool(bundles), "search_bundles": bundles})
    yield PagePlan("404.html", "404.html", {"title": "Page not found"})
    yield PagePlan(FIGURES_PAGE, "figures.html", {"title": "How figures are counted", "disputed_above": cfg.figures.disputed_above,
                                                  "trends_rule": cfg.trends})


def _home_panels(trends: SiteTrends | None) -> tuple[Any, ...]:
    """The home page's small multiples: theatres that moved, then the busiest of this week."""
    if trends is None:
        return ()
    return tuple(t for t in trends.trends if t.this.articles or t.verdict.verdict in ("deteriorated", "improved"))[:HOME_TREND_PANELS]


def _where_plans(index: SiteIndex, catalog: Catalog, trends: SiteTrends | None) -> Iterator[PagePlan]:
    if trends is None:
        yield PagePlan(WHERE_PAGE, "where.html", {"title": "Where it happened", "week": None, "map": "", "places": (), "trends": None})
        return
    places = week_places(index, catalog, week_articles(index, trends.week))
    yield PagePlan(WHERE_PAGE, "where.html", {"title": f"Where it happened: week of {trends.week:%-d %B %Y}", "week": trends.week,
                                              "map": overview_map(places, trends.week, ""), "places": places[:60],
                                              "place_count": len(places), "trends": trends})


def _article_plans(index: SiteIndex, catalog: Catalog, enriched: EnrichedArticle) -> Iterator[PagePlan]:
    view = article_view(index, catalog, enriched)
    yield PagePlan(view.card.path, "article.html", {"article": view, "title": view.card.title,
                                                     "description": view.card.lede or view.card.summary})


def _theatre_plans(index: SiteIndex, catalog: Catalog, cfg: Config) -> Iterator[PagePlan]:
    theatres = []
    trends = site_trends(index, catalog, cfg.trends)
    for code, articles in theatre_articles(index).items():
        view = theatre_view(catalog, code, articles, THEATRE_LIMIT)
        theatres.append(view)
        trend = trends.of(code) if trends else None
        dated = [a.article.date for a in articles if not a.article.date_guessed]
        week = trends.week if trends and trend and trend.this.articles else week_start(max(dated)) if dated else None
        places = week_places(index, catalog, week_articles(index, week, code), code) if week else ()
        yield PagePlan(view.theatre.path, "theatre.html", {
            "theatre": view, "title": view.theatre.name, "trend": trend, "trend_weeks": cfg.trends.weeks,
            "trend_table": trends_table((trend,), f"Weekly figures for {view.theatre.name}") if trend else "",
            "map_week": week, "this_week": trends.week if trends else None,
            "theatre_map": theatre_map(places, code, week, "../") if week else ""})
    theatres.sort(key=lambda t: (-t.count, t.theatre.name))
    panels = trends.trends if trends else ()
    yield PagePlan("theatres/index.html", "theatres.html", {"theatres": tuple(theatres), "title": "Theatres", "trends": trends,
                                                          "panels": panels, "panels_table": trends_table(panels, "Weekly figures per theatre")})


def _outlet_plans(index: SiteIndex, catalog: Catalog, name: str) -> Iterator[PagePlan]:
    view = outlet_view(index, catalog, name)
    description = f"{view.name}: {view.profile}." if view.profile else f"Articles from {view.name}."
    yield PagePlan(view.path, "source.html", {"outlet": view, "title": view.name, "description": description})


def _undated_plans(index: SiteIndex, catalog: Catalog) -> Iterator[PagePlan]:
    """The undated articles, UNDATED_PER_PAGE to a page (a year's crawls hold thousands: one page would be megabytes),
    each page linking the others."""
    count = len(index.undated)
    pages = tuple(PageLink(undated_page_path(number), str(number)) for number in range(1, -(-count // UNDATED_PER_PAGE) + 1))
    for number, link in enumerate(pages, start=1):
        shown = index.undated[(number - 1) * UNDATED_PER_PAGE: number * UNDATED_PER_PAGE]
        title = "Undated articles" if number == 1 else f"Undated articles, page {number}"
        yield PagePlan(link.path, "undated.html", {"articles": tuple(card_of(catalog, a) for a in shown), "title": title,
                                                   "total": count, "pages": pages if len(pages) > 1 else (), "page": number})


def undated_page_path(number: int) -> str:
    """'undated.html', then 'undated-2.html', ..."""
    return UNDATED_PAGE if number == 1 else f"undated-{number}.html"


def _entity_plans(index: SiteIndex, catalog: Catalog, ref: Any) -> Iterator[PagePlan]:
    view = entity_view(index, catalog, ref)
    description = f"{view.kind_label} in {view.count} article{'s' if view.count != 1 else ''}, {view.first_seen} to {view.last_seen}."
    yield PagePlan(view.path, "entity.html", {"entity": view, "title": view.name, "description": description})
    yield PagePlan(view.feed_path, "feed.xml", {"articles": view.articles[:ENTITY_FEED_ENTRIES],
                                                "feed_title": view.name, "alternate": view.path,
                                                "feed_updated": view.last_seen})


@dataclass(frozen=True, slots=True)
class RenderJob:
    """What rendering the site needs; shared with worker processes by forking (nothing is pickled)."""

    index: SiteIndex
    catalog: Catalog
    cfg: Config
    env: jinja2.Environment
    updated: dt.date
    shared_key: str  # code, templates and settings: what every page depends on
    reads: Reads  # the articles the catalog was asked for since the last take() (see reuse)
    held: frozenset[tuple[str, str]] = frozenset()  # (path, key) of pages publish already has: not rendered again
    reuse: Mapping[int, UnitPlan] = dataclasses.field(default_factory=lambda: MappingProxyType({}))  # units taken from the last build's plan, not planned


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """One file of the site: where it goes, the key of everything it is made from, and its bytes on demand.

    ``make`` is called only by whoever needs the bytes (publish, when no folder it reuses holds
    ``key``); a page rendered by a worker process carries its bytes already.
    """

    rel_path: str
    key: str
    make: Callable[[], bytes]
    title: str = ""  # a page's title, for the index page of its folder (render.folders)


@dataclass(frozen=True, slots=True)
class _Part:
    """What a worker rendered of its part of the site, in plan order."""

    pages: tuple[tuple[int, str, str, bytes | None, str], ...]  # (unit, path, key, bytes (None: held, not rendered), title)
    errors: tuple[Diagnostic, ...]
    reads: tuple[tuple[int, tuple[int, ...]], ...] = ()  # (unit, articles its views read) of every unit planned


def render_site(index: SiteIndex, cfg: Config, shared_key: str, *, held: frozenset[tuple[str, str]] = frozenset(),
                progress: Progress | None = None, workers: int = 1, plan_record: Path | None = None) -> Iterator[RenderedPage]:
    """Every file of the site: its pages and feeds, the sitemap and robots.txt, and the static files.

    A page's key is a hash of ``shared_key`` (code, settings, templates), its template and everything
    in its view. With ``workers`` > 1 (and a platform that forks) the site is planned, keyed and
    rendered by that many processes, which skip the pages ``held`` names (publish has them under
    that key already); the output is the same either way. With ``plan_record`` (a file) the units
    the last build planned alike are taken from it, and this build's plan is kept there (see
    reuse). A template error is a BriefingError naming the template's file and line.
    """
    catalog = build_catalog(index, cfg.figures.disputed_above)
    reads = Reads(index.position)
    recording = dataclasses.replace(catalog, cards=RecordingMapping(catalog.cards, reads),
                                    figures=RecordingMapping(catalog.figures, reads))
    updated = site_date(index.articles)
    job = RenderJob(index, recording, cfg, _Templates.prepared(cfg.templates_dir, shared_key), updated, shared_key, reads, held)
    if plan_record is None:
        yield from _site_pages(job, progress, workers, None)
    else:
        record, shared = read_record(plan_record), f"{shared_key}\0{search_available()}"
        digests = plan_digests(index, shared, updated.isoformat())
        listed, owned = listed_digests(index, catalog.cards, catalog.figures), _owned_digests(index, digests.whole)
        frame = plan_frame(shared, updated.isoformat() if _dated_units(job.env, cfg) else "", index.theatres)
        paths = tuple(article_path(a) for a in index.articles)
        if record is not None and record.basis == digests.basis:  # the same structure: so are the units' dependencies
            deps, reuse = record.deps, reusable(record, digests.basis, listed, owned, held)
        else:
            deps = _unit_deps(index, digests)
            reuse = reusable_across(record, frame, paths, listed, owned, deps, held)
        job = dataclasses.replace(job, reuse=MappingProxyType(reuse))
        units: dict[int, UnitPlan] = {}
        yield from _site_pages(job, progress, workers, units)
        write_record(plan_record, PlanRecord(digests.basis, listed, owned, units, frame, paths, deps))
    for item in static_files(cfg.templates_dir):
        yield RenderedPage(item.rel_path, hashlib.blake2b(item.data, digest_size=16).hexdigest(), partial(bytes, item.data))


def site_date(articles: tuple[EnrichedArticle, ...]) -> dt.date:
    """The feed's 'updated' date: from content or SOURCE_DATE_EPOCH, never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    dates = [a.article.date for a in articles]
    return max(dates) if dates else dt.date(1970, 1, 1)


def _site_pages(job: RenderJob, progress: Progress | None, workers: int, units: dict[int, UnitPlan] | None) -> Iterator[RenderedPage]:
    """The pages and feeds, then the sitemap and robots.txt; ``units`` gets every unit's plan (see reuse)."""
    # Forking is safe only from a process with one thread: `briefing serve` builds while its server threads run.
    to_plan = _unit_count(job.index) - len(job.reuse)
    parallel = (workers > 1 and len(job.index.articles) >= PARALLEL_RENDER_MIN and threading.active_count() == 1
                and "fork" in multiprocessing.get_all_start_methods() and (not job.reuse or to_plan >= PARALLEL_RENDER_MIN))
    log.debug("planning %d units, %d taken from the last build's plan", to_plan, len(job.reuse))
    reads: dict[int, tuple[int, ...]] = {number: unit.reads for number, unit in job.reuse.items()}
    placed: list[tuple[int, str, str]] = []
    planned: dict[int, list[tuple[str, str, str]]] = {}
    for unit, page in _reused_pages(job) if job.reuse else ():
        placed.append((unit, page.rel_path, page.title))
        yield page
    for unit, page in _forked_pages(job, workers, progress, reads) if parallel else _pages(job, progress, reads):
        placed.append((unit, page.rel_path, page.title))
        planned.setdefault(unit, []).append((page.rel_path, page.key, page.title))
        yield page
    if units is not None:
        units.update(job.reuse)
        units.update((number, UnitPlan(reads[number], tuple(pages))) for number, pages in planned.items())
        units.update((number, UnitPlan(read, ())) for number, read in reads.items() if number not in units)  # planned no page
    listed = [(path, title) for _, path, title in sorted(placed, key=lambda item: item[0])  # stable: plan order within a unit
              if path.endswith(".html") and path not in NOT_IN_SITEMAP]
    folders = list(_folder_pages(job, listed))
    yield from folders
    pages = [path for path, _ in listed] + [page.rel_path for page in folders]
    # Keyed by what they are made from, like every page: rendered only when publish does not hold that key
    # (the sitemap lists every page: ~0.4 s of Jinja at 10,000 articles, for bytes that rarely change).
    digester, reads_date = ViewDigester(), _Templates.reading_date(job.env)
    for name, view in (("sitemap.xml", {"pages": tuple(pages)}), ("robots.txt", {})):
        key = _located(job.cfg, partial(_key, job, PagePlan(name, name, view), digester, reads_date))
        yield RenderedPage(name, key, partial(_render_root_file, job, name, view))


def _render_root_file(job: RenderJob, name: str, view: dict[str, Any]) -> bytes:
    """The sitemap or robots.txt: its template with the site's settings and ``view``."""
    common = {"site": job.cfg.site, "base": job.cfg.site.base_url, "updated": job.updated}
    return _located(job.cfg, lambda: job.env.get_template(name).render(common, **view)).encode("utf-8")


def _unit_count(index: SiteIndex) -> int:
    """How many units _units yields: the fixed pages, each day, the theatres, each article, entity and outlet."""
    return _article_unit(index, len(index.articles)) + len(index.entities) + len(index.outlets)


def _reused_pages(job: RenderJob) -> Iterator[tuple[int, RenderedPage]]:
    """The pages of the units taken from the last plan: publish holds each under its key, so none is rendered."""
    for number, unit in sorted(job.reuse.items()):
        for path, key, title in unit.pages:
            yield number, RenderedPage(path, key, _held, title)


def _folder_pages(job: RenderJob, listed: list[tuple[str, str]]) -> Iterator[RenderedPage]:
    """An index page for every folder of pages that has none (``people/``, ``days/2016/07/``, ...).

    A folder's page is keyed by what its view shows (folder_inputs), and its view made only when publish does not
    hold that key; a folder of entities shows the entities index, keyed by its view."""
    digester, reads_date = ViewDigester(), _Templates.reading_date(job.env)
    missing, counts = folder_listings(listed)
    for folder, pages in missing.items():
        inputs = folder_inputs(folder, pages, counts)
        if inputs is None:
            plan = PagePlan(*folder_plan(folder, pages, counts, job.index))
            yield RenderedPage(plan.rel_path, _located(job.cfg, partial(_key, job, plan, digester, reads_date)),
                               partial(_render, plan, job.env, job.cfg, job.updated), _title(plan))
            continue
        keyed = PagePlan(f"{folder}/{INDEX}", FOLDER_TEMPLATE, {"shown": inputs})
        yield RenderedPage(keyed.rel_path, _located(job.cfg, partial(_key, job, keyed, digester, reads_date)),
                           partial(_render_folder, job, folder, pages, counts), folder_title(folder))


def _render_folder(job: RenderJob, folder: str, pages: list[tuple[str, str]], counts: dict[str, int]) -> bytes:
    return _render(PagePlan(*folder_plan(folder, pages, counts, job.index)), job.env, job.cfg, job.updated)


def _title(plan: PagePlan) -> str:
    return str(plan.view.get("title", ""))


def _pages(job: RenderJob, progress: Progress | None, reads: dict[int, tuple[int, ...]]) -> Iterator[tuple[int, RenderedPage]]:
    """The site planned and keyed in this process, but for the units reused; each page rendered when (if) publish
    asks for it. ``reads`` gets the articles each unit read."""
    digester = ViewDigester()
    reads_date = _Templates.reading_date(job.env)
    count = 0
    for number, plans in _planned_units(job):
        reads[number] = plans[1]
        for plan in plans[0]:
            yield number, RenderedPage(plan.rel_path, _located(job.cfg, partial(_key, job, plan, digester, reads_date)),
                                       partial(_render, plan, job.env, job.cfg, job.updated), _title(plan))
            count += 1
            if progress is not None and count % 500 == 0:
                progress(count, 0, "rendering pages")


def _planned_units(job: RenderJob, part: int = 0, parts: int = 1) -> Iterator[tuple[int, tuple[list[PagePlan], tuple[int, ...]]]]:
    """Each unit of this part not taken from the last plan, planned: its pages, and the articles it read."""
    for number, unit in plan_units(job.index, job.catalog, job.cfg, part, parts):
        if number in job.reuse:
            continue
        job.reads.take()  # nothing read between units belongs to this one
        plans = list(unit())
        yield number, (plans, job.reads.take())


def _forked_pages(job: RenderJob, workers: int, progress: Progress | None,
                  reads: dict[int, tuple[int, ...]]) -> Iterator[tuple[int, RenderedPage]]:
    # Small parts: progress to report, no worker idles while another finishes a big one, and a part's pages (held
    # by its worker, sent back whole) stay a few megabytes however large the site: a fixed count of parts made a
    # part's pages grow with the site (~1/16 of all its HTML each).
    parts = max(workers * 8, (_unit_count(job.index) - len(job.reuse)) // UNITS_PER_PART)
    # The job reaches the workers through the initializer's arguments, which forking hands over as they are. What the
    # build made since it froze the index (the catalog, the plan's digests) is frozen too: a worker's collector then
    # never walks it, and so never writes to (and copies) the pages it shares with this process (build() unfreezes).
    # A worker still copies every page of the index it reads (each read writes a reference count): one that lived
    # through the whole site ended up with a private copy of nearly all of it, so each is replaced after a few parts.
    _compile_templates(job.env)
    return_free_memory()
    gc.freeze()
    with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker, initargs=(job,),
                                                  maxtasksperchild=PARTS_PER_WORKER) as pool:
        errors: list[Diagnostic] = []
        for done, part in enumerate(pool.imap_unordered(_render_part, [(number, parts) for number in range(parts)]), 1):
            errors.extend(part.errors)
            reads.update(part.reads)
            for unit, rel_path, key, data, title in part.pages:
                yield unit, RenderedPage(rel_path, key, _held if data is None else partial(bytes, data), title)
            if progress is not None:
                progress(done, parts, "rendering pages (parts)")
    if errors:
        raise BriefingError(errors)


def _held() -> bytes:
    raise AssertionError("publish asked for a page it said it holds")


PARALLEL_RENDER_MIN = 500  # articles; below this, starting workers costs more than it saves
UNITS_PER_PART = 100  # units a worker plans, keys and renders at a time: ~1 MB of pages
PARTS_PER_WORKER = 8  # then a fresh fork replaces the worker (10,000 articles, warm caches: render peak PSS 684 -> 560 MiB, same time)


def _compile_templates(env: jinja2.Environment) -> None:
    """Compile the site's templates once, here, for every worker to inherit (a fresh fork compiled them again, ~0.2 s).

    One that does not compile is left to the worker that uses it, which reports it as before."""
    for name in env.list_templates(filter_func=lambda name: name.endswith((".html", ".xml", ".txt"))):
        try:
            env.get_template(name)
        except jinja2.TemplateError:
            pass


def return_free_memory() -> None:
    """Give the C heap's free pages back to the kernel before forking (glibc's malloc_trim; elsewhere nothing), so
    that they are neither counted in this process nor copied into a worker that reuses them."""
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return
    trim(0)


class _Worker:
    """A render worker's own state, set once by the pool's initializer."""

    job: RenderJob
    digester: ViewDigester  # one per worker: a card shown on pages of several parts is hashed once


def _start_worker(job: RenderJob) -> None:
    _Worker.job, _Worker.digester = job, ViewDigester()


def _render_part(part: tuple[int, int]) -> _Part:
    """Plan, key and (where publish does not hold the key) render one part of the site, in a worker."""
    job, digester = _Worker.job, _Worker.digester
    reads_date = _Templates.reading_date(job.env)
    pages, reads = [], []
    try:
        for number, (plans, read) in _planned_units(job, *part):
            reads.append((number, read))
            for plan in plans:
                key = _key(job, plan, digester, reads_date)
                held = (plan.rel_path, key) in job.held
                pages.append((number, plan.rel_path, key, None if held else _render(plan, job.env, job.cfg, job.updated), _title(plan)))
    except BriefingError as exc:  # reported here: a worker's traceback does not survive the trip back
        return _Part((), exc.diagnostics)
    except jinja2.TemplateError as exc:  # found while keying (a template's syntax), before any rendering
        return _Part((), template_error(exc, job.cfg.templates_dir, job.cfg.root).diagnostics)
    return _Part(tuple(pages), (), tuple(reads))


def _key(job: RenderJob, plan: PagePlan, digester: ViewDigester, reads_date: _TemplatesReading) -> str:
    dated = job.updated if reads_date(plan.template) else None  # the site's date changes daily; most pages never show it
    return f"{job.shared_key}:{digester.digest((plan.rel_path, plan.template, dated, plan.view)).hex()}"


class _Templates:
    """The Jinja environment, kept from one build to the next in a process that builds again (`briefing serve`).

    Jinja compiles each template once per environment, and finding which templates read the site's
    date parses them all: with a new environment per build that was ~0.3 s of a 0.7 s rebuild after
    one edit on a desk of 100 articles. The environment is kept under the templates folder and the
    shared key (code, settings and every template's content), so a changed template gets a new one.
    """

    _kept: tuple[tuple[Path, str], jinja2.Environment, _TemplatesReading] | None = None

    @classmethod
    def prepared(cls, templates_dir: Path, shared_key: str) -> jinja2.Environment:
        if cls._kept is None or cls._kept[0] != (templates_dir, shared_key):
            env = make_environment(templates_dir)
            cls._kept = ((templates_dir, shared_key), env, _TemplatesReading(env, "updated"))
        return cls._kept[1]

    @classmethod
    def reading_date(cls, env: jinja2.Environment) -> _TemplatesReading:
        """Which templates read the site's date, worked out once per kept environment."""
        if cls._kept is not None and cls._kept[1] is env:
            return cls._kept[2]
        return _TemplatesReading(env, "updated")


class _TemplatesReading:
    """Whether a template (or any template it extends, includes or imports) reads a context variable."""

    def __init__(self, env: jinja2.Environment, name: str) -> None:
        self._env, self._name = env, name
        self._known: dict[str, bool] = {}

    def __call__(self, template: str) -> bool:
        if template not in self._known:
            self._known[template] = True  # while it is being worked out (templates may include each other)
            self._known[template] = self._reads(template)
        return self._known[template]

    def _reads(self, template: str) -> bool:
        source, filename, _ = self._env.loader.get_source(self._env, template)  # type: ignore[union-attr]
        parsed = self._env.parse(source, template, filename)  # named, so a syntax error says where
        if self._name in jinja2.meta.find_undeclared_variables(parsed):
            return True
        return any(other is None or self(other) for other in jinja2.meta.find_referenced_templates(parsed))


def _render(plan: PagePlan, env: jinja2.Environment, cfg: Config, updated: dt.date) -> bytes:
    context = {
        "site": cfg.site, "base": cfg.site.base_url, "updated": updated, "root": _root_prefix(plan.rel_path, cfg),
        "page_path": plan.rel_path, "kind_labels": KIND_LABELS, "description": cfg.site.description, **plan.view,
    }
    return _located(cfg, lambda: env.get_template(plan.template).render(context)).encode("utf-8")


def _located(cfg: Config, render: Callable[[], str]) -> str:
    """``render()``, a template error turned into a BriefingError naming the template's file and line."""
    try:
        return render()
    except jinja2.TemplateError as exc:
        raise template_error(exc, cfg.templates_dir, cfg.root) from None


def _root_prefix(rel_path: str, cfg: Config) -> str:
    """Relative path from a page back to the site root ('' at the root).

    404.html is served for missing URLs at any depth, so it needs absolute
    links when the published URL is known.
    """
    if rel_path == "404.html" and cfg.site.base_url:
        return cfg.site.base_url
    return "../" * rel_path.count("/")


def static_files(templates_dir: Path) -> list[OutputFile]:
    """Files under ``templates/static`` are copied as they are; the project's win over the packaged ones."""
    chosen: dict[str, Path] = {}
    for templates in reversed(template_search_path(templates_dir)):
        folder = templates / STATIC_FOLDER
        if folder.is_dir():
            chosen.update({p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()})
    return [OutputFile(f"{STATIC_FOLDER}/{rel}", chosen[rel].read_bytes()) for rel in sorted(chosen)]
