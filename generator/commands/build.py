"""The build, top to bottom: ingest the inbox -> check -> load -> NLP -> resolve -> index -> render -> publish (+ search)."""

from __future__ import annotations

import gc
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, TypeVar

from generator.config import Config
from generator.incremental.atomic import remove_leftovers
from generator.incremental.fingerprint import (
    BuildKeys,
    BuildRecord,
    Listing,
    code_fingerprint,
    code_status,
    forget_record,
    listing_fingerprint,
    read_record,
    write_record,
)
from generator.incremental.inbox import inbox_key, recalled_ingest, record_ingest
from generator.incremental.layout import CacheLayout
from generator.incremental.lock import project_lock
from generator.models import BuildReport, IngestReport, Progress

if TYPE_CHECKING:
    from generator.index import SiteIndex
    from generator.publish import PublishReport, SiteWriter
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
        try:
            return _build(cfg, progress)
        finally:
            gc.unfreeze()
            gc.enable()


def _build(cfg: Config, progress: Progress | None) -> BuildReport:
    """The build, one call per stage; a build that finds nothing changed stops after the check."""
    clock = _Stopwatch()
    remove_leftovers(CacheLayout.of(cfg.root).folder, recursive=False)  # a killed build's (we hold the lock)
    keys = clock("check", lambda: BuildKeys.of(cfg))
    content = clock("check", lambda: _content_listing(cfg))
    ingested = clock("ingest", lambda: _ingest_inbox(cfg, progress, inbox_key(content, keys.settings, code_status())))
    if not ingested.settled:  # it wrote articles
        content = clock("check", lambda: _content_listing(cfg))
    site = Listing.of(cfg.output_dir)
    record = _Record(CacheLayout.of(cfg.root).build_record, keys.inputs(content), site.fingerprint)
    if (previous := record.unchanged()) is not None:
        return _unchanged(previous, ingested, clock.timings)
    from generator.publish import SiteWriter
    from generator.render.pages import render_site, return_free_memory
    from generator.search import index_site, is_search_file

    # The index is millions of objects, made without cycles and alive to the end of the build: the collector is
    # kept off while it is made and then told to leave it out of its walks (~5% of a rebuild at 10,000 articles).
    gc.disable()
    index = site_index(cfg, progress, clock)  # load -> NLP -> resolve -> index
    gc.freeze()
    gc.enable()
    with SiteWriter(cfg.output_dir, CacheLayout.of(cfg.root).spare_site, site_listing=site, cname=cfg.site.cname,
                    project=cfg.root) as writer:
        pages = render_site(index, cfg, keys.render, held=writer.held(), progress=progress, workers=_cores(),
                            plan_record=CacheLayout.of(cfg.root).plan_record)
        shards = clock("render", lambda: _place(pages, writer))
        # The index is not read again: what the report says of it is kept, and the rest given back before Pagefind runs
        # (at 10,000 articles its two processes and this one made the build's peak).
        counts = (len(index.articles), len(index.entities))
        del index
        return_free_memory()
        writer.remove_unplaced(keep=is_search_file)  # Pagefind reads the staged site: no page of the last one left over
        search_warning = clock("search", lambda: index_site(writer, shards, cfg.site.language, CacheLayout.of(cfg.root).search))
        published = clock("publish", writer.commit)
    report = _report(cfg, ingested, counts, published, search_warning, clock.timings)
    record.write(published.listing, report, len(ingested.warnings))
    return report


def import_stages() -> None:
    """Import the stages a build imports only when it has work (~0.2 s): `briefing serve` does it while
    it waits for the first edit, so the first rebuild is as quick as the next ones."""
    import generator.content  # noqa: F401
    import generator.index  # noqa: F401
    import generator.nlp.enrich  # noqa: F401
    import generator.nlp.registry  # noqa: F401
    import generator.nlp.resolve  # noqa: F401
    import generator.render.pages  # noqa: F401
    import generator.search  # noqa: F401


def _content_listing(cfg: Config) -> str:
    return listing_fingerprint(cfg.content_dir, change_times=True)


def _ingest_inbox(cfg: Config, progress: Progress | None, key: str) -> IngestReport:
    """Ingest what waits in content/inbox (raw files stay there: ingesting them again does nothing), unless the
    last ingest wrote nothing and ran under the same ``key`` (see incremental.inbox): its report then.

    A file that cannot be ingested is reported (``IngestReport.failed``) and the site is built
    without it: one bad input must not leave a desk with no site.
    """
    if not cfg.inbox_dir.is_dir() or not any(name for _, _, names in os.walk(cfg.inbox_dir) for name in names):
        return IngestReport()
    record = CacheLayout.of(cfg.root).ingest_record
    if (recalled := recalled_ingest(record, key)) is not None:
        return recalled
    from generator.ingest import ingest_files
    report = ingest_files([cfg.inbox_dir], cfg, progress=progress)
    record_ingest(record, key, report)
    return report


@dataclass(frozen=True, slots=True)
class _Record:
    """The last successful build's record: what it read (``inputs``) and what ``site/`` then held."""

    path: Path
    inputs: str
    site: str  # the fingerprint of site/'s listing now

    def unchanged(self) -> BuildRecord | None:
        """The last build's record if nothing it read changed and site/ is as it left it; else None
        (and the record is removed: from here on site/ may change, only a finished build vouches for it)."""
        previous = read_record(self.path)
        if previous is not None and previous.inputs == self.inputs and previous.site == self.site:
            return previous
        forget_record(self.path)
        return None

    def write(self, published_listing: str, report: BuildReport, ingest_warnings: int) -> None:
        summary = {"articles": report.articles, "entities": report.entities, "files": report.files,
                   "warnings": list(report.warnings[ingest_warnings:])}
        write_record(self.path, BuildRecord(self.inputs, published_listing, summary))


def _unchanged(previous: BuildRecord, ingested: IngestReport, timings: tuple[tuple[str, float], ...]) -> BuildReport:
    """The report of a build skipped because nothing it reads changed since the last one."""
    summary = previous.summary
    return BuildReport(
        ingested=0, articles=int(summary["articles"]), entities=int(summary["entities"]),
        files=int(summary["files"]), unchanged=int(summary["files"]), seconds=timings,
        warnings=tuple(ingested.warnings) + tuple(str(w) for w in summary["warnings"]), failed=ingested.failed,
    )


def _place(pages: Iterable[RenderedPage], writer: SiteWriter) -> ShardPages:
    """Hand every rendered page to publish (which has it rendered only if it must) and to the search shards."""
    from generator.search import ShardPages

    shards = ShardPages()
    for page in pages:
        writer.put(page.rel_path, page.key, page.make)
        shards.add(page.rel_path, page.key)
    return shards


def _report(cfg: Config, ingested: IngestReport, counts: tuple[int, int], published: PublishReport, search_warning: str,
            timings: tuple[tuple[str, float], ...]) -> BuildReport:
    warnings = list(ingested.warnings) + ([search_warning] if search_warning else [])
    if not cfg.site.base_url:
        warnings.append("briefing.yml: site.base_url is not set, so feed.xml and sitemap.xml use relative URLs; set it to the published URL")
    return BuildReport(
        ingested=len(ingested.written), articles=counts[0], entities=counts[1],
        files=published.written + published.unchanged, unchanged=published.unchanged,
        seconds=timings, warnings=tuple(warnings), failed=ingested.failed,
    )


def site_index(cfg: Config, progress: Progress | None = None, clock: _Stopwatch | None = None) -> SiteIndex:
    """Load every article, compute what the NLP says of it, resolve entities across the site and index it all."""
    from generator.content import load_articles
    from generator.incremental.memo import KeyedTexts
    from generator.index import build_index, remembered_theatres
    from generator.nlp.enrich import enrich_articles
    from generator.nlp.registry import load_registry
    from generator.nlp.resolve import resolve_articles
    from generator.outlets import load_outlets

    clock = clock or _Stopwatch()
    layout = CacheLayout.of(cfg.root)
    articles = clock("load", lambda: load_articles(cfg.articles_dir, cfg.root, CacheLayout.of(cfg.root).articles,
                                                   code_fingerprint()))
    if len(articles) >= FORKED_NLP_MIN and not layout.nlp_results.exists():
        clock("nlp", lambda: _in_child(lambda: enrich_articles(articles, cfg, progress=progress)))
    enriched = clock("nlp", lambda: enrich_articles(articles, cfg, progress=progress))
    registry = clock("resolve", lambda: load_registry(cfg.content_dir))
    resolved = clock("resolve", lambda: resolve_articles(enriched, registry, layout.last_result("resolution")))
    outlets = clock("index", lambda: load_outlets(cfg.content_dir))
    theatres = KeyedTexts(layout.last_result("theatres"))
    index = clock("index", lambda: build_index(resolved, registry, outlets, remembered_theatres(theatres)))
    theatres.save()
    return index


FORKED_NLP_MIN = 500  # articles: a first build of at least this many analyses them in a child process (see _in_child)


def _in_child(work: Callable[[], object]) -> None:
    """Run ``work`` in a forked child for what it stores (here: a first build's NLP results, into the cache), so
    that none of what it made on the way lives on in this process.

    A first build analysed every article in this process: the analyses (~190 MB at 10,000 articles) were freed,
    but the heap they left full of holes stayed (Python rarely gives an arena back), and the forked render
    workers copied it. The parent then reads the results back like any later build. Nothing is done where
    forking is not safe (a platform without fork, a process running threads: `briefing serve`); a child that
    fails leaves the work to the parent, which reports the error as it always did. The child dies with this
    process (on Linux), so a killed build leaves no analysis running.
    """
    import multiprocessing  # here, like the stages' modules: a build that finds nothing changed does not fork
    import threading

    if threading.active_count() != 1 or "fork" not in multiprocessing.get_all_start_methods():
        return
    child = multiprocessing.get_context("fork").Process(target=_child_run, args=(work,))
    child.start()
    child.join()


def _child_run(work: Callable[[], object]) -> None:
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: killed if the build is
    except (OSError, AttributeError):  # not Linux
        pass
    try:
        work()
    except BaseException:  # the parent does the work again and reports what went wrong
        os._exit(1)
    os._exit(0)  # not the parent's exit handlers


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class _Stopwatch:
    """Runs a stage and records how long it took."""

    def __init__(self) -> None:
        self._timings: list[tuple[str, float]] = []

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
