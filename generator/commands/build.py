"""The build, top to bottom: config -> ingest inbox -> load -> enrich -> resolve -> index -> render -> publish."""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from typing import TYPE_CHECKING, Callable, Iterable, TypeVar

from generator.config import Config
from generator.errors import BriefingError
from generator.incremental.fingerprint import (
    BuildRecord,
    code_fingerprint,
    forget_record,
    input_fingerprint,
    listing_fingerprint,
    read_record,
    render_fingerprint,
    write_record,
)
from generator.incremental.layout import CacheLayout
from generator.incremental.lock import project_lock
from generator.models import BuildReport, EnrichedArticle, IngestReport
from generator.publish import SiteWriter, hosting_files

if TYPE_CHECKING:
    from generator.index import SiteIndex
    from generator.ingest import Progress
    from generator.render.pages import RenderedPage
    from generator.search import ShardPages

# The stages' modules (NLP, templates, ingest) are imported when a build has work for them:
# a build that finds nothing changed ends before the import would take longer than the check.

log = logging.getLogger(__name__)
T = TypeVar("T")


def build(cfg: Config, *, progress: Progress | None = None) -> BuildReport:
    """Build the whole site into ``cfg.output_dir``; raises BriefingError on bad input.

    Holds the project lock throughout: a second build or ingest is refused.
    """
    with project_lock(cfg.root):
        return _build(cfg, progress)


def _build(cfg: Config, progress: Progress | None) -> BuildReport:
    timings: list[tuple[str, float]] = []
    clock = _Stopwatch(timings)
    ingested = clock("ingest", lambda: _ingest_inbox(cfg, progress))
    _raise_on_failures(ingested)
    record_path = CacheLayout.of(cfg.root).build_record
    inputs = clock("check", lambda: input_fingerprint(cfg))  # after ingest: it may add articles
    previous = read_record(record_path)
    site_listing = listing_fingerprint(cfg.output_dir)
    if previous is not None and previous.inputs == inputs and previous.site == site_listing:
        return _unchanged(previous, ingested, timings)
    forget_record(record_path)  # from here on site/ may change: only a finished build vouches for it
    report, listing = _build_site(cfg, ingested, clock, progress, site_listing)
    summary = {"articles": report.articles, "entities": report.entities, "files": report.files,
               "warnings": list(report.warnings[len(ingested.warnings):])}
    write_record(record_path, BuildRecord(inputs, listing, summary))
    return report


def _unchanged(previous: BuildRecord, ingested: IngestReport, timings: list[tuple[str, float]]) -> BuildReport:
    """The report of a build skipped because nothing it reads changed since the last one."""
    summary = previous.summary
    return BuildReport(
        ingested=0, articles=int(summary["articles"]), entities=int(summary["entities"]),
        files=int(summary["files"]), unchanged=int(summary["files"]), seconds=tuple(timings),
        warnings=tuple(ingested.warnings) + tuple(str(w) for w in summary["warnings"]),
    )


def _ingest_inbox(cfg: Config, progress: Progress | None) -> IngestReport:
    """Ingest what waits in content/inbox (raw files stay there: re-ingesting them is a no-op)."""
    if not cfg.inbox_dir.is_dir() or not any(name for _, _, names in os.walk(cfg.inbox_dir) for name in names):
        return IngestReport()
    from generator.ingest import inbox_files, ingest_files
    return ingest_files(inbox_files(cfg), cfg, progress=progress)


def _build_site(cfg: Config, ingested: IngestReport, clock: _Stopwatch, progress: Progress | None,
                site_listing: str) -> tuple[BuildReport, str]:
    """Build and publish the site; returns the report and the published site's listing fingerprint."""
    import jinja2

    from generator.render.env import make_environment
    from generator.render.pages import RenderJob, render_site, static_files
    from generator.render.template_errors import template_error
    from generator.render.views import build_catalog
    from generator.search import ShardPages, index_site

    index = site_index(cfg, progress, clock)
    env = make_environment(cfg.templates_dir)
    updated = _site_date(index.articles)
    shared_key = render_fingerprint(cfg)
    writer = clock("publish", lambda: SiteWriter(cfg.output_dir, CacheLayout.of(cfg.root).spare_site, site_listing=site_listing))
    try:
        job = clock("render", lambda: RenderJob(index, build_catalog(index), cfg, env, updated, shared_key, writer.held()))
        shards = ShardPages()
        try:
            clock("render", lambda: _place(render_site(job, progress, workers=_cores()), writer, shards))
        except jinja2.TemplateError as exc:
            raise template_error(exc, cfg.templates_dir, cfg.root) from None
        for item in static_files(cfg.templates_dir) + hosting_files(cfg.site.cname):
            writer.put_bytes(item.rel_path, item.data)
        search_warning = clock("search", lambda: index_site(writer, shards, cfg.site.language, CacheLayout.of(cfg.root).search))
        published = clock("publish", writer.commit)
    finally:
        writer.close()

    warnings = list(ingested.warnings) + ([search_warning] if search_warning else [])
    if not cfg.site.base_url:
        warnings.append("briefing.yml: site.base_url is not set, so feed.xml and sitemap.xml use relative URLs; set it to the published URL")
    return BuildReport(
        ingested=len(ingested.written), articles=len(index.articles), entities=len(index.entities),
        files=published.written + published.unchanged, unchanged=published.unchanged,
        seconds=clock.timings, warnings=tuple(warnings),
    ), published.listing


def _place(pages: Iterable[RenderedPage], writer: SiteWriter, shards: ShardPages) -> None:
    """Hand every rendered page to publish (which renders it only if it must) and to the search shards."""
    for page in pages:
        writer.put(page.rel_path, page.key, page.make)
        shards.add(page.rel_path, page.key)


def site_index(cfg: Config, progress: Progress | None = None, clock: _Stopwatch | None = None) -> SiteIndex:
    """Load every article, compute what the NLP says of it, resolve entities across the site and index it all."""
    from generator.content import load_articles
    from generator.index import build_index
    from generator.nlp.enrich import enrich_articles
    from generator.nlp.registry import load_registry
    from generator.nlp.resolve import resolve_articles

    clock = clock or _Stopwatch([])
    articles = clock("load", lambda: load_articles(cfg.articles_dir, cfg.root, CacheLayout.of(cfg.root).articles,
                                                   code_fingerprint()))
    enriched = clock("nlp", lambda: enrich_articles(articles, cfg, progress=progress))
    registry = clock("resolve", lambda: load_registry(cfg.content_dir))
    resolved = clock("resolve", lambda: resolve_articles(enriched, registry))
    return clock("index", lambda: build_index(resolved, registry))


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _raise_on_failures(report: IngestReport) -> None:
    if report.failed:
        raise BriefingError(report.failed)


def _site_date(articles: tuple[EnrichedArticle, ...]) -> dt.date:
    """The feed's 'updated' date: from content or SOURCE_DATE_EPOCH, never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    dates = [a.article.date for a in articles]
    return max(dates) if dates else dt.date(1970, 1, 1)


class _Stopwatch:
    """Runs a stage and records how long it took."""

    def __init__(self, timings: list[tuple[str, float]]) -> None:
        self._timings = timings

    @property
    def timings(self) -> tuple[tuple[str, float], ...]:
        return tuple(self._timings)

    def __call__(self, name: str, stage: Callable[[], T]) -> T:
        """Run ``stage``; its time adds to the stage ``name`` (a stage may be timed in pieces)."""
        start = time.perf_counter()
        result = stage()
        self._add(name, time.perf_counter() - start)
        return result

    def _add(self, name: str, elapsed: float) -> None:
        names = [known for known, _ in self._timings]
        if name in names:
            position = names.index(name)
            self._timings[position] = (name, self._timings[position][1] + elapsed)
        else:
            self._timings.append((name, elapsed))
        log.debug("%s: %.3f s", name, elapsed)
