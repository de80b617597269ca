"""Writing ingested articles under ``content/articles`` without ever overwriting one,
and the index of what is already there (hashes, URLs, texts, stories).

The index is a cache in ``.briefing-cache/ingest-index.json``: an article file
is read again only when its size or modification time changed, so a second
ingest into 100k articles stats them instead of parsing them. The articles stay
the truth: delete the cache and it is rebuilt from them.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterator

import yaml

from generator.ingest.identity import story_terms, text_key
from generator.textutil import markdown_to_text

INDEX_VERSION = 1
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
    story: str
    date: str
    terms: tuple[str, ...]


def index_path(root: Path) -> Path:
    return root / ".briefing-cache" / "ingest-index.json"


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
    write_file_atomic(cache, json.dumps(payload, separators=(",", ":")), replace=True)


def entry_for_new_file(path: Path, meta: dict[str, Any], body_text: str) -> IndexEntry:
    stat = path.stat()
    return _entry_from_meta(stat, path.stem, meta, body_text)


def _read_cache(cache: Path) -> tuple[dict[str, IndexEntry], dict[str, str]]:
    try:
        payload = json.loads(cache.read_text(encoding="utf-8"))
        if payload.get("version") != INDEX_VERSION:
            return {}, {}
        entries = {rel: IndexEntry(**{**raw, "terms": tuple(raw["terms"])}) for rel, raw in payload["articles"].items()}
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
    return _entry_from_meta(stat, path.stem, meta if isinstance(meta, dict) else {}, markdown_to_text(body))


def _entry_from_meta(stat: os.stat_result, stem: str, meta: dict[str, Any], body_text: str) -> IndexEntry:
    title = str(meta.get("title") or "")
    return IndexEntry(
        mtime_ns=stat.st_mtime_ns, size=stat.st_size, slug=str(meta.get("slug") or stem),
        content_hash=str(meta.get("content_hash") or ""), source_url=str(meta.get("source_url") or ""),
        text_key=text_key(title, body_text), story=str(meta.get("story") or ""), date=str(meta.get("date") or ""),
        terms=tuple(sorted(story_terms(title, body_text))),
    )


def unique_slug(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``... whichever is free."""
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


def write_new_file(path: Path, text: str) -> None:
    """Create ``path`` atomically; fail with FileExistsError rather than replace anything."""
    write_file_atomic(path, text, replace=False)


def write_file_atomic(path: Path, text: str, *, replace: bool) -> None:
    """Write a sibling temp file, then link it in (never replacing) or rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".ingest-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)  # no fsync: it cost 35 of 47 s for 1,087 articles; link/rename keep it atomic
        if replace:
            os.replace(temp_name, path)
        else:
            os.link(temp_name, path)  # link() refuses an existing target, unlike rename()
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
