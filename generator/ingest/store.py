"""Writing ingested articles under ``content/articles`` without ever overwriting one,
and the index of what is already there (hashes, URLs, texts, slugs).

The index is a cache in ``.briefing-cache/ingest-index.json``: an article file
is read again only when its size or modification time changed, so a second
ingest into 100k articles stats them instead of parsing them. The articles stay
the truth: delete the cache and it is rebuilt from them.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterator

import yaml

from generator.incremental.atomic import write_atomic
from generator.incremental.layout import CacheLayout
from generator.ingest.identity import text_key
from generator.textutil import markdown_to_text

INDEX_VERSION = 2  # 2: no story terms (stories are grouped at build time)
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """What ingest needs to know about one article file."""

    mtime_ns: int
    size: int
    slug: str
    content_hash: str
    source_url: str
    text_key: str


def index_path(root: Path) -> Path:
    return CacheLayout.of(root).ingest_index


def load_index(articles_dir: Path, cache: Path) -> tuple[dict[str, IndexEntry], dict[str, str]]:
    """Relative article path -> entry for every article file now under ``articles_dir``,
    and the hashes of inputs found to be duplicates -> the article they duplicate."""
    cached, duplicates = _read_cache(cache)
    fresh: dict[str, IndexEntry] = {}
    for path, stat in _article_files(articles_dir):
        rel = path.relative_to(articles_dir).as_posix()
        entry = cached.get(rel)
        if entry is None or (entry.mtime_ns, entry.size) != (stat.st_mtime_ns, stat.st_size):
            entry = _entry_for(path, stat)
        fresh[rel] = entry
    return fresh, duplicates


def save_index(entries: dict[str, IndexEntry], duplicates: dict[str, str], cache: Path) -> None:
    payload = {"version": INDEX_VERSION, "articles": {rel: asdict(e) for rel, e in entries.items()}, "duplicates": duplicates}
    write_atomic(cache, json.dumps(payload, separators=(",", ":")))


def entry_for_new_file(path: Path, meta: dict[str, Any], body_text_key: str) -> IndexEntry:
    return _entry_from_meta(path.stat(), path.stem, meta, body_text_key)


def _read_cache(cache: Path) -> tuple[dict[str, IndexEntry], dict[str, str]]:
    try:
        payload = json.loads(cache.read_text(encoding="utf-8"))
        if payload.get("version") != INDEX_VERSION:
            return {}, {}
        entries = {rel: IndexEntry(**raw) for rel, raw in payload["articles"].items()}
        return entries, {str(h): str(rel) for h, rel in payload.get("duplicates", {}).items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}, {}  # no cache, or a damaged one: rebuilt from the articles


def _article_files(folder: Path) -> Iterator[tuple[Path, os.stat_result]]:
    if not folder.is_dir():
        return
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                yield from _article_files(Path(entry.path))
            elif entry.name.endswith(".md"):
                yield Path(entry.path), entry.stat()


def _entry_for(path: Path, stat: os.stat_result) -> IndexEntry:
    text = path.read_bytes().decode("utf-8", errors="replace")
    meta: Any = {}
    body = text
    if text.startswith("---"):
        head, _, body = text[3:].partition("\n---")
        try:
            meta = yaml.load(head, Loader=_Loader) or {}
        except yaml.YAMLError:
            meta = {}  # a broken article is the loader's to report; here it is only unknown
    meta = meta if isinstance(meta, dict) else {}
    return _entry_from_meta(stat, path.stem, meta, text_key(str(meta.get("title") or ""), markdown_to_text(body)))


def _entry_from_meta(stat: os.stat_result, stem: str, meta: dict[str, Any], body_text_key: str) -> IndexEntry:
    return IndexEntry(
        mtime_ns=stat.st_mtime_ns, size=stat.st_size, slug=str(meta.get("slug") or stem),
        content_hash=str(meta.get("content_hash") or ""), source_url=str(meta.get("source_url") or ""),
        text_key=body_text_key,
    )


def unique_slug(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``... whichever is free."""
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


def write_new_file(path: Path, text: str) -> None:
    """Create ``path`` atomically; fail with FileExistsError rather than replace anything."""
    write_atomic(path, text, replace=False)
