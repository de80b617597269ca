"""The archive: every article file under content/articles, parsed once and remembered while it is unchanged.

One store (``.briefing-cache/articles.json``, see incremental.layout) serves the two readers of
the archive: the build loads its articles from it, and ingest looks up what is already there
(input hashes, URLs, the words of each body, slugs) to skip duplicates. A file is parsed again
only when its status (size, modification and change times, inode) changed, or when the code that
parses it did (``version``). An article that does not load is remembered with its problem, and
with what its front matter still says of its identity, so ingest never writes it a second time.
The files stay the truth: a damaged or foreign cache is ignored and written again.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Iterator, Mapping

from generator.content.frontmatter import FrontMatterError, parse_document
from generator.errors import Diagnostic
from generator.incremental.atomic import write_atomic
from generator.incremental.walk import walk_files
from generator.limits import MAX_ARTICLE_BYTES
from generator.models import Article, EntityRef, KeyFigure

Parser = Callable[[Path, Any], Article]  # (path, parsed document) -> Article; raises FrontMatterError


@dataclass(frozen=True, slots=True)
class ArchiveEntry:
    """One article file as last read."""

    stamp: str  # size, times and inode of the file when it was read
    slug: str
    content_hash: str  # of the raw input it was ingested from ('' for hand-written ones)
    source_url: str
    article: Article | None  # None: the file does not load, see ``problem``
    problem: Diagnostic | None = None
    text_key: str = ""  # identity of the body's words (ingest.identity.text_key); '' until ingest asks


@dataclass(slots=True)
class Archive:
    """The articles under one folder, by path relative to it, and the inputs ingest found to duplicate them."""

    entries: dict[str, ArchiveEntry]
    duplicate_inputs: dict[str, str] = field(default_factory=dict)  # input hash -> the article it duplicates
    changed: bool = False  # whether ``entries`` differ from the stored cache
    parsed: int = 0  # how many entries were read from their files (not found unchanged in the cache)
    keyed: int = 0  # how many text keys were filled in (with_text_keys: worked out, or taken from an earlier reading)
    folder: Path | None = None  # the articles' folder (their paths start with it)

    def worth_saving(self) -> bool:
        """Whether to rewrite the store: when it differs and more than 1/64 of the archive had to be parsed
        (or have its text key worked out).

        Rewriting it costs ~90 us an article (~1 s at 10,000), parsing one file again ~0.5 ms: after an edit
        or two the next builds parse those few files again rather than write the whole store each time."""
        return self.changed and max(self.parsed, self.keyed) * 64 > len(self.entries)  # a file parsed again is keyed again

    def articles(self) -> list[Article]:
        return [entry.article for entry in self.entries.values() if entry.article is not None]

    def problems(self) -> list[Diagnostic]:
        return [entry.problem for entry in self.entries.values() if entry.problem is not None]

    def with_text_keys(self, text_key: Callable[[str, str], str], to_text: Callable[[str], str],
                       known: Mapping[str, ArchiveEntry] = MappingProxyType({})) -> None:
        """Fill in the text key of every loadable article that has none yet (ingest needs them): the one ``known``
        holds for its file as it is now (same path and status), else worked out."""
        for rel, entry in self.entries.items():
            if not entry.text_key and entry.article is not None:
                earlier = known.get(rel)
                if earlier is not None and earlier.stamp == entry.stamp and earlier.text_key:
                    key = earlier.text_key
                else:
                    key = text_key(entry.article.title, to_text(entry.article.body_md))
                self.entries[rel] = replace(entry, text_key=key)
                self.changed = True
                self.keyed += 1


def read_archive(articles_dir: Path, root: Path, cache_file: Path | None, version: str, parse: Parser) -> Archive:
    """Every ``*.md`` under ``articles_dir``: from the cache where the file is unchanged, parsed otherwise."""
    cached, duplicates = _read_cache(cache_file, version, articles_dir)
    entries: dict[str, ArchiveEntry] = {}
    parsed = 0
    for path, stat in _article_files(articles_dir):
        rel = path.relative_to(articles_dir).as_posix()
        stamp = f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}:{stat.st_ino}"
        entry = cached.get(rel)
        if entry is None or entry.stamp != stamp:
            entry = _read_entry(path, stamp, stat.st_size, display_path(path, root), parse)
            parsed += 1
        entries[rel] = entry
    changed = bool(parsed) or len(entries) != len(cached)
    return Archive(entries, {h: rel for h, rel in duplicates.items() if rel in entries}, changed, parsed, folder=articles_dir)


def save_archive(archive: Archive, cache_file: Path, version: str) -> None:
    entries = {rel: _encode(entry) for rel, entry in archive.entries.items()}
    write_atomic(cache_file, json.dumps({"version": version, "articles": entries, "duplicates": archive.duplicate_inputs},
                                        ensure_ascii=False, separators=(",", ":")))
    if archive.folder is not None and all(entry.problem is None for entry in archive.entries.values()):
        _remember(cache_file, version, archive.folder, archive.entries, archive.duplicate_inputs)  # read back, they are these


def _read_entry(path: Path, stamp: str, size: int, shown: str, parse: Parser) -> ArchiveEntry:
    if size > MAX_ARTICLE_BYTES:
        problem = Diagnostic(shown, f"is {size // 1024 // 1024} MiB; articles are limited to {MAX_ARTICLE_BYTES // 1024 // 1024} MiB",
                             hint="split it or remove it")
        return ArchiveEntry(stamp, path.stem, "", "", None, problem)
    try:
        document = parse_document(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        return ArchiveEntry(stamp, path.stem, "", "", None, Diagnostic(shown, "is not UTF-8 text", hint="save it as UTF-8"))
    except FrontMatterError as exc:
        return ArchiveEntry(stamp, path.stem, "", "", None, exc.at(shown))
    meta = document.meta
    identity = [value if isinstance(value, str) else "" for value in (meta.get("slug", path.stem), meta.get("content_hash"),
                                                                    meta.get("source_url"))]
    try:
        article = parse(path, document)
    except FrontMatterError as exc:  # still known by its hash and URL: ingest must not write it again
        return ArchiveEntry(stamp, identity[0] or path.stem, identity[1], identity[2], None, exc.at(shown))
    return ArchiveEntry(stamp, article.slug, article.content_hash, article.source_url, article)


def _article_files(folder: Path) -> Iterator[tuple[Path, os.stat_result]]:
    """Every ``*.md`` below ``folder`` (hidden files and folders skipped), with its status, in name order."""
    for rel, entry in walk_files(folder, hidden=False):
        if rel.endswith(".md"):
            yield Path(entry.path), entry.stat()


def display_path(path: Path, root: Path) -> str:
    """``path`` as messages show it: relative to the project when inside it."""
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


# The cache file: JSON, one list per entry. Anything unexpected in it means "parse the file again".

def _encode(entry: ArchiveEntry) -> list[Any]:
    problem = entry.problem
    return [entry.stamp, entry.slug, entry.content_hash, entry.source_url, entry.text_key,
            _article_fields(entry.article) if entry.article is not None else None,
            [problem.path, problem.message, problem.line, problem.hint] if problem is not None else None]


# The store as last decoded (or written) in this process, under its file's status: ingest and then the build's loader
# read it (~0.8 s at 10,000 articles), and `briefing serve` at every rebuild. Entries are frozen: shared as they are.
_last_read: dict[tuple[str, str, str], tuple[dict[str, ArchiveEntry], dict[str, str]]] = {}


def _read_cache(cache_file: Path | None, version: str, articles_dir: Path) -> tuple[dict[str, ArchiveEntry], dict[str, str]]:
    if cache_file is None:
        return {}, {}
    memo = _memo_key(cache_file, version, articles_dir)
    if memo is None:
        return {}, {}
    if memo in _last_read:
        entries, duplicates = _last_read[memo]
        return dict(entries), dict(duplicates)
    entries, duplicates = _decode_cache(cache_file, version, articles_dir)
    _remember(cache_file, version, articles_dir, entries, duplicates)
    return dict(entries), dict(duplicates)


def _memo_key(cache_file: Path, version: str, articles_dir: Path) -> tuple[str, str, str] | None:
    """The store's file by its status (a rewrite, in place or by rename, changes it), the code reading it and the
    articles' folder (their paths start with it)."""
    try:
        status = os.stat(cache_file)
    except OSError:
        return None
    return f"{cache_file}\0{status.st_size}:{status.st_mtime_ns}:{status.st_ctime_ns}:{status.st_ino}", version, str(articles_dir)


def _remember(cache_file: Path, version: str, articles_dir: Path, entries: dict[str, ArchiveEntry],
              duplicates: dict[str, str]) -> None:
    memo = _memo_key(cache_file, version, articles_dir)
    _last_read.clear()
    if memo is not None:
        _last_read[memo] = (dict(entries), dict(duplicates))


def _decode_cache(cache_file: Path, version: str, articles_dir: Path) -> tuple[dict[str, ArchiveEntry], dict[str, str]]:
    try:
        data = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, {}
    if not isinstance(data, dict) or data.get("version") != version or not isinstance(data.get("articles"), dict):
        return {}, {}
    duplicates = data.get("duplicates")
    duplicates = {h: rel for h, rel in duplicates.items() if isinstance(rel, str)} if isinstance(duplicates, dict) else {}
    entries = {}
    for rel, raw in data["articles"].items():
        entry = _decode(raw, articles_dir / rel)
        if entry is not None:
            entries[rel] = entry
    return entries, duplicates


def _decode(raw: Any, path: Path) -> ArchiveEntry | None:
    if not isinstance(raw, list) or len(raw) != 7 or not all(type(part) is str for part in raw[:5]):
        return None
    stamp, slug, content_hash, source_url, text_key, fields, problem = raw
    article = _article_from_fields(fields, path) if fields is not None else None
    if fields is not None and article is None:
        return None
    if problem is not None:
        if not (isinstance(problem, list) and len(problem) == 4 and type(problem[0]) is str and type(problem[1]) is str
                and (problem[2] is None or type(problem[2]) is int) and type(problem[3]) is str):
            return None
        return ArchiveEntry(stamp, slug, content_hash, source_url, None, Diagnostic(*problem), text_key)
    if article is None:
        return None
    return ArchiveEntry(stamp, slug, content_hash, source_url, article, None, text_key)


def _article_fields(article: Article) -> list[Any]:
    """An article as JSON values (its path is the entry's key)."""
    return [article.slug, article.title, article.date.isoformat(), article.source, article.dateline, article.source_url,
            article.body_md, article.lede, article.summary, list(article.key_points),
            [[ref.name, ref.kind] for ref in article.entities], article.story, article.language, article.author,
            article.content_hash, article.date_guessed,
            None if article.figures is None else [[f.kind, f.value, f.sentence, f.text, f.scope] for f in article.figures],
            article.theatre]


def _article_from_fields(fields: Any, path: Path) -> Article | None:
    if not isinstance(fields, list) or len(fields) != 18 or type(fields[15]) is not bool:
        return None
    (slug, title, date, source, dateline, source_url, body_md, lede, summary, key_points, entities, story,
     language, author, content_hash, date_guessed, raw_figures, theatre) = fields
    figures = _figures_from(raw_figures)
    if raw_figures is not None and figures is None:
        return None
    texts = (slug, title, date, source, dateline, source_url, body_md, lede, summary, story, language, author, content_hash, theatre)
    if not (all(type(text) is str for text in texts) and isinstance(key_points, list) and isinstance(entities, list)
            and all(type(point) is str for point in key_points)
            and all(isinstance(ref, list) and len(ref) == 2 and all(type(part) is str for part in ref) for ref in entities)):
        return None
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return None
    return Article(path, slug, title, day, source, dateline, source_url, body_md, lede, summary, tuple(key_points),
                   tuple(EntityRef(name, kind) for name, kind in entities), story, language, author, content_hash, date_guessed,
                   figures, theatre)


def _figures_from(raw: Any) -> tuple[KeyFigure, ...] | None:
    """A hand-written figures list as stored (None when absent or not a list of [kind, count, sentence, text, scope])."""
    if not isinstance(raw, list):
        return None
    figures = []
    for item in raw:
        if not (isinstance(item, list) and len(item) == 5 and type(item[1]) is int
                and all(type(part) is str for part in (item[0], *item[2:]))):
            return None
        figures.append(KeyFigure(item[0], item[1], item[2], item[3], item[4]))
    return tuple(figures)
