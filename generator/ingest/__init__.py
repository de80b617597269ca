"""Stage 1: turn raw inputs (text, Markdown, saved HTML, RSS/Atom, URLs) into front-matter Markdown articles.

Raw files are never modified or moved. An input ingested before (same
``content_hash``) is unchanged; the same article again (same URL, or the same
words however spaced or punctuated) is a duplicate and not written; an existing
article is never overwritten. Nothing computed by the NLP is written here: the
build computes it afresh (see ``generator.ingest.metadata``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Sequence

from generator.config import Config
from generator.content import article_from_document
from generator.content.archive import Archive, read_archive, save_archive
from generator.content.frontmatter import FrontMatterError, parse_document, render_document, with_field
from generator.errors import Diagnostic
from generator.incremental.atomic import remove_leftovers, write_atomic
from generator.incremental.fingerprint import code_fingerprint
from generator.incremental.layout import CacheLayout
from generator.ingest.catalogue import Catalogue
from generator.ingest.fetch import FetchError, fetch, is_url
from generator.ingest.identity import text_key
from generator.ingest.metadata import body_of, front_matter
from generator.ingest.sources import Item, load_source, parse_source, source_files
from generator.ingest.store import article_file, unique_slug, write_new_file
from generator.ingest.text import InputError, content_hash
from generator.models import IngestReport, Progress
from generator.outlets import load_outlets
from generator.paths import web_url_problem
from generator.textutil import markdown_to_text

Fetcher = Callable[[str], Any]


def ingest_files(inputs: Sequence[Path | str], cfg: Config, *, date: dt.date | None = None, source: str = "",
                 progress: Progress | None = None, fetcher: Fetcher = fetch) -> IngestReport:
    """Ingest each file, folder (recursively) or URL; failures are reported per input and do not stop the rest."""
    remove_leftovers(cfg.articles_dir)  # of a killed ingest: callers hold the project lock
    archive = _archive(cfg)
    run = _Run(cfg, date, Catalogue(archive), source.strip())
    expanded = _expand(inputs, run)
    for number, path_or_url in enumerate(expanded, start=1):
        if progress:
            progress(number, len(expanded), str(path_or_url))
        run.ingest_one(path_or_url, fetcher)
    if run.written or run.duplicates or archive.worth_saving():  # not for a text key or two (see worth_saving)
        archive = _archive(cfg, archive) if run.written else archive  # the new files parsed, for the build to reuse
        archive.duplicate_inputs = dict(run.catalogue.duplicate_inputs)
        save_archive(archive, CacheLayout.of(cfg.root).articles, code_fingerprint())
    return IngestReport(tuple(run.written), tuple(run.unchanged), tuple(run.duplicates), tuple(run.failed), tuple(run.warnings),
                        write_failed=run.write_failed)


def _archive(cfg: Config, earlier: Archive | None = None) -> Archive:
    """The articles already ingested, each with the identity of its body's words (taken from ``earlier``, this run's
    first reading, for a file unchanged since: the store it read may not hold them yet, and working out every text
    key again was ~5% of a day's ingest and build at 10,000 articles)."""
    archive = read_archive(cfg.articles_dir, cfg.root, CacheLayout.of(cfg.root).articles, code_fingerprint(), article_from_document)
    archive.with_text_keys(text_key, markdown_to_text, earlier.entries if earlier is not None else {})
    return archive


def _expand(sources: Sequence[Path | str], run: "_Run") -> list[Path | str]:
    inputs: list[Path | str] = []
    for source in sources:
        if isinstance(source, str) and is_url(source):
            inputs.append(source)
            continue
        path = Path(source)
        if path.is_dir():
            found, outside = source_files(path)
            inputs.extend(found)
            run.failed.extend(Diagnostic(shown(link), f"is a link to {link.resolve()}, outside {shown(path)}: not read",
                                         hint="name the file itself on the briefing ingest command line to ingest it")
                              for link in outside)
        elif path.is_file():
            inputs.append(path)
        else:
            run.failed.append(Diagnostic(shown(path), "no such file or folder"))
    # A file named twice (by itself and inside a folder given too) is read once.
    return list(dict.fromkeys(p if isinstance(p, str) else p.resolve() for p in inputs))


class _Run:
    """The mutable state of one ingest run (kept out of the pure readers)."""

    def __init__(self, cfg: Config, date: dt.date | None, catalogue: Catalogue, source: str = "") -> None:
        self.cfg, self.date, self.catalogue = cfg, date, catalogue
        self.outlets = load_outlets(cfg.content_dir)
        self.outlet = self.outlets.canonical(source) if source else ""  # --source: of inputs whose copy names none
        self.written: list[Path] = []
        self.unchanged: list[str] = []
        self.duplicates: list[str] = []
        self.failed: list[Diagnostic] = []
        self.warnings: list[str] = []
        self.write_failed = False  # see IngestReport.settled

    def ingest_one(self, path_or_url: Path | str, fetcher: Fetcher) -> None:
        label = path_or_url if isinstance(path_or_url, str) else shown(path_or_url)
        outlet = self._outlet_for(path_or_url)
        try:
            loaded = load_source(path_or_url, fetcher)
            if self._known(label, content_hash(loaded.data), outlet):
                return  # the same bytes as before: not even parsed (a feed's entries are checked one by one)
            items = parse_source(loaded, self.outlets)
        except (InputError, FetchError) as exc:
            self.failed.append(Diagnostic(label, str(exc)))
            return
        except FrontMatterError as exc:
            self.failed.append(Diagnostic(label, exc.message, exc.line, exc.hint))
            return
        for item in items:
            if isinstance(item, InputError):
                self.failed.append(Diagnostic(label, str(item)))
            else:
                self._add(label, item, outlet)

    def _outlet_for(self, path_or_url: Path | str) -> str:
        """The outlet of an input whose copy names none: --source, else its folder's in briefing.yml."""
        if self.outlet or isinstance(path_or_url, str):
            return self.outlet
        try:
            relative = path_or_url.resolve().relative_to(self.cfg.root).parts
        except ValueError:
            return ""
        return self.outlets.canonical(self.cfg.ingest.source_for(relative))

    def _known(self, label: str, digest: str, outlet: str) -> bool:
        if not self.catalogue.has_hash(digest):
            return False
        undated = self.catalogue.guessed_date_article(digest) if self.date is not None else ""
        if undated:
            self._redate(label, undated)
            return True
        unsourced = self.catalogue.unsourced_article(digest) if outlet else ""
        if unsourced:
            self._set_source(label, unsourced, outlet)
            return True
        twin = self.catalogue.written_now(digest)
        if twin:
            self.duplicates.append(f"{label}: same bytes as {self.cfg.articles_dir.relative_to(self.cfg.root) / twin}")
        else:
            self.unchanged.append(label)
        return True

    def _redate(self, label: str, rel: str) -> None:
        """``ingest --date D`` on an input whose article has a guessed date: give it D, in D's month folder.

        Every other field (a person's edits included) stays; the file written at the guessed date goes.
        """
        assert self.date is not None
        old = self.cfg.articles_dir / rel
        try:
            document = parse_document(old.read_bytes().decode("utf-8"))
            meta = {key: value for key, value in document.meta.items() if key != "date_guessed"}
            meta["date"] = self.date.isoformat()
            slug = str(meta.get("slug") or old.stem)
            target = article_file(self.cfg.articles_dir, self.date, slug)
            if target.parent != old.parent:  # another month: a slug free there too
                target = article_file(self.cfg.articles_dir, self.date, unique_slug(slug, self.catalogue.taken_slugs() - {slug}))
            meta["slug"] = target.stem
            if target == old:
                write_atomic(old, render_document(meta, document.body))
            else:
                write_new_file(target, render_document(meta, document.body))
                old.unlink()
        except (OSError, UnicodeDecodeError, FrontMatterError) as exc:
            self.write_failed = True
            self.failed.append(Diagnostic(label, f"could not be re-dated in {shown(old)} ({exc})", hint="set its 'date:' by hand"))
            return
        self.written.append(target)

    def _set_source(self, label: str, rel: str, outlet: str) -> None:
        """``ingest --source S`` (or a folder's outlet) on an input whose article has no source: add
        ``source: S``, nothing else."""
        path = self.cfg.articles_dir / rel
        try:
            write_atomic(path, with_field(path.read_bytes().decode("utf-8"), "source", outlet))
        except (OSError, UnicodeDecodeError, FrontMatterError) as exc:
            self.write_failed = True
            self.failed.append(Diagnostic(label, f"could not be given a source in {shown(path)} ({exc})", hint="set 'source:' by hand"))
            return
        self.written.append(path)

    def _add(self, label: str, item: Item, outlet: str) -> None:
        raw = item.raw
        if not raw.source and outlet:
            raw = replace(raw, source=outlet)
            item = replace(item, raw=raw)
        problem = web_url_problem(raw.source_url) if raw.source_url else None
        if problem:  # from a feed or a page: keep the article, not the link (the loader would refuse it at every build)
            self.warnings.append(f"{label}: source URL {raw.source_url[:200]!r} dropped: it {problem}")
            raw = replace(raw, source_url="")
            item = replace(item, raw=raw)
        if self._known(label, raw.content_hash, outlet):
            return
        body = body_of(item)
        same = self.catalogue.duplicate_of(raw.source_url, body.text_key)
        if same:
            self.catalogue.remember_duplicate(raw.content_hash, same[1])
            self.duplicates.append(f"{label}: {same[0]} {self.cfg.articles_dir.relative_to(self.cfg.root) / same[1]}")
            return
        day, guessed = self._date_for(label, raw.date, item.given_date)
        built = front_matter(item, body, day, date_guessed=guessed)
        self.warnings.extend(f"{label}: {note}" for note in built.notes)
        meta = self.catalogue.place(built)
        day = dt.date.fromisoformat(str(meta["date"]))
        target = article_file(self.cfg.articles_dir, day, str(meta["slug"]))
        try:
            write_new_file(target, render_document(meta, built.body_md))
        except OSError as exc:  # disk full, a read-only folder: this input is not ingested, the others are said
            self.write_failed = True
            self.failed.append(Diagnostic(label, f"could not be written to {shown(target)} ({exc.strerror or exc})",
                                          hint="free some space or make the folder writable, then ingest again; nothing of it was written"))
            return
        self.catalogue.add(target, self.cfg.articles_dir, meta, built)
        self.written.append(target)

    def _date_for(self, label: str, found: dt.date | None, given: dt.date | None) -> tuple[dt.date, bool]:
        """The article's date, and whether it is a guess (the day of ingest: nothing said when it was published)."""
        for choice in (given, found, self.date):  # front matter, then the text, then --date
            if choice is not None:
                return choice, False
        today = dt.date.today()
        self.warnings.append(f"{label}: no date in the text; using today ({today.isoformat()}), marked date_guessed. "
                             "Pass --date YYYY-MM-DD to set it")
        return today, True


def shown(path: Path) -> str:
    """A path as the user typed it, or relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
