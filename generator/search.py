"""Post-processing: site search that works on a static host: Pagefind indexes built from the rendered pages.

Pagefind (the ``pagefind[extended]`` package ships its binary) splits an index into small
fragments that the browser fetches on demand, so a search costs a few kilobytes however
large the site. Only elements marked ``data-pagefind-body`` (articles, entity and theatre
pages) are indexed, so list pages do not crowd the results.

Pagefind cannot update an index, so the site's index is split into shards: one per month
of articles (a month of more than MONTH_SHARD_MAX articles, one per range of its slugs' initials:
``articles-2024-07-c-h``), one per kind of entity and range of initials (``people-a-c``), and one
for the theatres. The search page merges them (Pagefind's ``mergeIndex``). A shard is indexed again
only when what Pagefind reads of one of its pages changed (``searchable.py``), so an edit to one
article re-indexes one month, not the year, an edit to one entity a few hundred entity pages, not
all of them (15,000 at 10,000 articles), and a day's new articles no entity page: an entity page's
article count and dates, which they change, are outside what Pagefind reads. Without Pagefind
installed the build still succeeds, with a warning, and the search page says search is unavailable.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import Callable, Iterable, Mapping, Protocol, TypeVar

from generator.errors import BriefingError, Diagnostic
from generator.incremental.atomic import write_atomic
from generator.incremental.walk import walk_files
from generator.searchable import SCHEME, search_digest

log = logging.getLogger(__name__)
T = TypeVar("T")
SEARCH_FOLDER = "pagefind"
INSTALL_HINT = "install it with: pip install 'conflict-briefing[search]'"
ENTITY_FOLDERS = ("people", "places", "organizations")
THEATRE_SHARD = "theatres"
# Entity pages are sharded by the first character of their file name (a slug: a-z, 0-9), in ranges of
# about equal size for names in news copy; a few shards per kind keep the search page's fetches few.
INITIALS = ("0-9", "a-b", "c-d", "e-h", "i-l", "m", "n-r", "s", "t-z")
# Pagefind indexes a shard whole (~3 ms of CPU a page): a month of 10,000 articles a year (~850 pages) was ~2.5 CPU s
# for one corrected article, a third of that rebuild. A month of more pages is indexed in parts by its slugs' first
# character (about a quarter each in news headlines); a smaller one stays one shard, so a small desk's search page
# merges no more bundles than before. The first part takes every character the others do not (digits, a, b, any other).
MONTH_SHARD_MAX = 200
ARTICLE_INITIALS = ("0-b", "c-h", "i-r", "s-z")
# Written into a shard's cached bundle last: the shard's key, a digest of each of its files' bytes and each
# page's key and search digest (the next build reads only the pages whose key changed). Most of a
# bundle's files are the same bytes after one of its pages changed (a fragment per page), and a file keeps
# its place in the staged site while its bytes do: an edited article re-places a few files, not its month's.
_COMPLETE = "shard-complete.json"


def search_available() -> bool:
    """Whether this build can make a search index (the search page links its files only then)."""
    return importlib.util.find_spec("pagefind") is not None


def is_search_file(rel_path: str) -> bool:
    """Whether a file of the site is one of the search index's (placed by index_site)."""
    return rel_path.startswith(f"{SEARCH_FOLDER}/")


def shard_of(rel_path: str) -> str | None:
    """The index shard a page belongs to; None for pages search does not cover."""
    parts = rel_path.split("/")
    if parts[0] == "articles" and len(parts) == 4 and parts[3].endswith(".html"):
        return f"articles-{parts[1]}-{parts[2]}"
    if len(parts) == 2 and parts[1].endswith(".html") and parts[1] != "index.html":
        if parts[0] == THEATRE_SHARD:
            return THEATRE_SHARD
        if parts[0] in ENTITY_FOLDERS:
            return f"{parts[0]}-{_initials(parts[1][0])}"
    return None


def _initials(first: str) -> str:
    """The range of INITIALS holding ``first`` (the last range takes anything after it)."""
    for initials in INITIALS:
        if first <= initials[-1]:
            return initials
    return INITIALS[-1]


def _article_part(rel_path: str) -> str:
    """The range of ARTICLE_INITIALS holding an article page's first character (the first range: any other)."""
    first = rel_path.rpartition("/")[2][:1]
    return next((part for part in ARTICLE_INITIALS[1:] if part[0] <= first <= part[-1]), ARTICLE_INITIALS[0])


def split_months(shards: Mapping[str, list[T]], path_of: Callable[[T], str]) -> dict[str, list[T]]:
    """``shards`` (each shard_of's pages) with every month of more than MONTH_SHARD_MAX pages cut into its parts."""
    split: dict[str, list[T]] = {}
    for name, pages in shards.items():
        if not name.startswith("articles-") or len(pages) <= MONTH_SHARD_MAX:
            split[name] = pages
            continue
        for page in pages:
            split.setdefault(f"{name}-{_article_part(path_of(page))}", []).append(page)
    return split


def bundle_paths(page_paths: Iterable[str]) -> tuple[str, ...]:
    """Site-relative folders of the shards holding these pages, in a fixed order (entities and theatres first)."""
    shards: dict[str, list[str]] = {}
    for path in page_paths:
        if (shard := shard_of(path)) is not None:
            shards.setdefault(shard, []).append(path)
    ordered = sorted(split_months(shards, str), key=lambda name: (name.startswith("articles-"), name))
    return tuple(f"{SEARCH_FOLDER}/{name}/" for name in ordered)


@dataclass(slots=True)
class ShardPages:
    """The pages of each shard (shard_of: months whole) and their keys, gathered while the pages are placed."""

    pages: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def add(self, rel_path: str, key: str) -> None:
        shard = shard_of(rel_path)
        if shard is not None:
            self.pages.setdefault(shard, []).append((rel_path, key))

    def indexed(self) -> dict[str, list[tuple[str, str]]]:
        """The pages of each shard Pagefind indexes (large months in parts), as bundle_paths names them."""
        return split_months(self.pages, itemgetter(0))


class Staging(Protocol):
    """Where the new site is put together (publish's SiteWriter): read by Pagefind, added to with the bundles."""

    @property
    def staging(self) -> Path: ...

    def put(self, rel_path: str, key: str, make: Callable[[], bytes], source: str | Path | None = None) -> bool: ...


def index_site(writer: Staging, shards: ShardPages, language: str, workspace: Path) -> str:
    """Index every shard whose searchable text changed (reading the staged site) and place all bundles.

    Returns a warning ('' when the index was built). Bundles are kept in ``workspace`` between
    builds, each with a record holding its shard's key, written only once the bundle is complete.
    A shard's key hashes what Pagefind can read of each of its pages (searchable.search_digest),
    worked out only for the pages whose key changed since the record was written.
    """
    if not search_available():
        return f"search: Pagefind is not installed, so the site has no search index; {INSTALL_HINT}"
    settings = f"{language}\n{_pagefind_version()}\n{SCHEME}\n"
    indexed = shards.indexed()
    records = {name: _read_record(workspace / name) for name in indexed}
    pages = {name: _page_digests(writer.staging, held, records[name]) for name, held in indexed.items()}
    keys = {name: _shard_key(settings, digests) for name, digests in pages.items()}
    stale = [name for name, record in records.items() if record is None or record.key != keys[name]]
    workers = min(len(stale), os.cpu_count() or 1) or 1
    pagefind = _pagefind_command() if stale else []
    with ThreadPoolExecutor(workers) as pool:  # each shard is one Pagefind process
        for name, failure in zip(stale, pool.map(lambda name: _index_shard(pagefind, writer.staging, name, keys[name], pages[name],
                                                                           language, workspace), stale)):
            if failure:
                raise BriefingError([Diagnostic("search", f"Pagefind failed ({failure})",
                                                hint="reinstall it, or uninstall it to build without search")])
            records[name] = _read_record(workspace / name)
    log.info("search: %d of %d shards indexed again", len(stale), len(keys))
    for leftover in workspace.iterdir() if workspace.is_dir() else ():
        if leftover.is_dir() and leftover.name not in keys:
            shutil.rmtree(leftover, ignore_errors=True)  # shards no longer built, and runs that were killed
    for name in sorted(keys):
        bundle, record = workspace / name, records[name]
        if record is None or record.key != keys[name]:
            raise BriefingError([Diagnostic("search", f"Pagefind left no complete index of {name} in {bundle}",
                                            hint="build again; if it persists, delete .briefing-cache/search")])
        if record.pages != pages[name]:  # the same searchable text under new page keys: kept for the next build
            write_atomic(bundle / _COMPLETE, _record_text(record.key, record.files, pages[name]))
        for rel, digest in record.files:  # paths as text: publish holds most files already (a Path each was ~1 s at 10,000 articles)
            path = f"{bundle}/{rel}"
            writer.put(f"{SEARCH_FOLDER}/{name}/{rel}", digest, partial(_read_bytes, path), source=path)
    return ""


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as stream:
        return stream.read()


@dataclass(frozen=True, slots=True)
class _BundleRecord:
    """A complete bundle's record: its shard's key, each file's digest, and each page's key and search digest."""

    key: str
    files: list[tuple[str, str]]  # (path in the bundle, digest of its bytes)
    pages: dict[str, tuple[str, str]]  # page path -> (digest of its page key, search_digest of its bytes)


def _page_digests(site: Path, pages: list[tuple[str, str]], record: _BundleRecord | None) -> dict[str, tuple[str, str]]:
    """Each page's (digest of its key, search digest); a page whose key the record holds is not read again."""
    known = record.pages if record is not None else {}
    digests = {}
    for rel_path, key in pages:
        keyed = hashlib.blake2b(key.encode(), digest_size=12).hexdigest()
        held = known.get(rel_path)
        digests[rel_path] = held if held is not None and held[0] == keyed else (keyed, search_digest((site / rel_path).read_bytes()))
    return digests


def _pagefind_command() -> list[str]:
    """How to run Pagefind: its binary, found once per build as ``python -m pagefind`` finds it (that wrapper only
    looks the binary up and execs it, but starting Python for it cost ~0.08 s of CPU per shard, ~40 shards a build)."""
    try:
        from pagefind.service import get_executable

        binary = get_executable()
    except (ImportError, OSError):  # a Pagefind package without the service module, or a binary it cannot place
        binary = None
    return [str(binary.resolve())] if binary is not None else [sys.executable, "-m", "pagefind"]


def _index_shard(pagefind: list[str], site: Path, name: str, key: str, pages: dict[str, tuple[str, str]], language: str,
                 workspace: Path) -> str:
    """Run Pagefind (``pagefind``: its command) over one shard's pages of the staged ``site``; returns an error message or ''."""
    fresh = workspace / f"{name}.new-{os.getpid()}"  # a Pagefind orphaned by a killed build may still write to an old one
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir(parents=True)
    command = [*pagefind, "--site", str(site), "--output-path", str(fresh),
               "--glob", _glob(name), "--force-language", language.split("-")[0], "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        return ((result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"])[0]
    held = [(rel, hashlib.blake2b(Path(entry.path).read_bytes(), digest_size=16).hexdigest()) for rel, entry in walk_files(fresh)]
    (fresh / _COMPLETE).write_text(_record_text(key, held, pages), encoding="utf-8")
    shutil.rmtree(workspace / name, ignore_errors=True)
    os.replace(fresh, workspace / name)
    return ""


def _glob(shard: str) -> str:
    """The pages of a shard, as a Pagefind glob over the site."""
    if shard == THEATRE_SHARD:
        return f"{THEATRE_SHARD}/*.html"
    folder, _, initials = shard.partition("-")
    if folder in ENTITY_FOLDERS:
        first, _, last = initials.partition("-")
        characters = [c for c in "0123456789abcdefghijklmnopqrstuvwxyz" if first <= c <= (last or first)]
        return f"{folder}/{{{','.join(f'{c}*' for c in characters)}}}.html" if len(characters) > 1 else f"{folder}/{first}*.html"
    _, year, month, *part = shard.split("-", 3)
    if not part:
        return f"articles/{year}/{month}/*.html"
    others = "".join(f"{p[0]}-{p[-1]}" for p in ARTICLE_INITIALS[1:])  # the first part: any character the others do not take
    initials = f"[!{others}]" if part[0] == ARTICLE_INITIALS[0] else f"[{part[0]}]"
    return f"articles/{year}/{month}/{initials}*.html"


def _shard_key(settings: str, pages: dict[str, tuple[str, str]]) -> str:
    """The key of a shard's index: the settings, and each page's path and search digest."""
    digest = hashlib.blake2b(settings.encode(), digest_size=16)
    for rel_path in sorted(pages):
        digest.update(f"{rel_path}\0{pages[rel_path][1]}\n".encode())
    return digest.hexdigest()


def _record_text(key: str, files: list[tuple[str, str]], pages: dict[str, tuple[str, str]]) -> str:
    return json.dumps({"key": key, "files": files, "pages": {rel: list(held) for rel, held in sorted(pages.items())}})


def _read_record(bundle: Path) -> _BundleRecord | None:
    """The record of a complete bundle; None when the bundle is missing, incomplete or its record is damaged
    (the shard is then indexed again)."""
    try:
        record = json.loads((bundle / _COMPLETE).read_text(encoding="utf-8"))
        if not isinstance(record, dict) or not isinstance(record.get("key"), str):
            return None
        files = [(rel, digest) for rel, digest in record["files"]]
        pages = {rel: (keyed, digest) for rel, (keyed, digest) in record["pages"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    strings = all(type(rel) is str and type(digest) is str for rel, digest in files)
    if not strings or not all(rel and ".." not in rel.split("/") for rel, _ in files):
        return None
    if not all(type(keyed) is str and type(digest) is str for keyed, digest in pages.values()):
        return None
    return _BundleRecord(record["key"], files, pages)


def _pagefind_version() -> str:
    try:
        return importlib.metadata.version("pagefind")
    except importlib.metadata.PackageNotFoundError:
        return ""
