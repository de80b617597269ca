"""What is already ingested, for lookups while ingesting: hashes, URLs, texts and slugs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.content.archive import Archive, ArchiveEntry
from generator.ingest.metadata import Built
from generator.ingest.store import unique_slug


class Catalogue:
    def __init__(self, archive: Archive) -> None:
        entries = self.entries = dict(archive.entries)
        # Inputs found to duplicate an article: known by their hash, so the next run skips them unread.
        self.duplicate_inputs = dict(archive.duplicate_inputs)
        self._hashes = {**self.duplicate_inputs, **{e.content_hash: rel for rel, e in entries.items() if e.content_hash}}
        self._urls = {_url_key(e.source_url): rel for rel, e in entries.items() if e.source_url}
        self._texts = {e.text_key: rel for rel, e in entries.items() if e.text_key}
        self._slugs = {e.slug for e in entries.values()} | {Path(rel).stem for rel in entries}
        self._new: set[str] = set()

    def has_hash(self, digest: str) -> bool:
        return digest in self._hashes

    def remember_duplicate(self, digest: str, rel: str) -> None:
        self.duplicate_inputs[digest] = rel
        self._hashes.setdefault(digest, rel)

    def guessed_date_article(self, digest: str) -> str:
        """The article ingested from these input bytes if its date is a guess, or ''."""
        rel = self._hashes.get(digest, "")
        entry = self.entries.get(rel)
        return rel if entry is not None and entry.article is not None and entry.article.date_guessed else ""

    def unsourced_article(self, digest: str) -> str:
        """The article ingested from these input bytes if it names no outlet, or ''."""
        rel = self._hashes.get(digest, "")
        entry = self.entries.get(rel)
        return rel if entry is not None and entry.article is not None and not entry.article.source else ""

    def taken_slugs(self) -> set[str]:
        return set(self._slugs)

    def written_now(self, digest: str) -> str:
        """The article this run wrote from the same input bytes, or ''."""
        rel = self._hashes.get(digest, "")
        return rel if rel in self._new else ""

    def duplicate_of(self, source_url: str, key: str) -> tuple[str, str] | None:
        """('same URL as' | 'same text as', article path) when the article is already here."""
        if source_url and _url_key(source_url) in self._urls:
            return "same URL as", self._urls[_url_key(source_url)]
        if key in self._texts:
            return "same text as", self._texts[key]
        return None

    def place(self, built: Built) -> dict[str, Any]:
        """The front matter with a free slug."""
        return {**built.meta, "slug": unique_slug(str(built.meta["slug"]), self._slugs)}

    def add(self, path: Path, articles_dir: Path, meta: dict[str, Any], built: Built) -> None:
        rel = path.relative_to(articles_dir).as_posix()
        entry = ArchiveEntry("", str(meta["slug"]), str(meta.get("content_hash") or ""), str(meta.get("source_url") or ""),
                             None, text_key=built.text_key)
        self.entries[rel] = entry
        self._new.add(rel)
        self._hashes[entry.content_hash] = rel
        if entry.source_url:
            self._urls[_url_key(entry.source_url)] = rel
        self._texts[entry.text_key] = rel
        self._slugs.add(entry.slug)


def _url_key(url: str) -> str:
    """URLs that name the same page: no scheme, 'www.', fragment or trailing slash."""
    key = url.strip().split("#", 1)[0].lower()
    key = key.split("://", 1)[-1]
    key = key[4:] if key.startswith("www.") else key
    return key.rstrip("/")
