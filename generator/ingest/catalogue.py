"""What is already ingested, for lookups while ingesting: hashes, URLs, texts, slugs, stories.

Story matching: a new article joins the story whose first article is most
similar to it (headline + lead words, cosine with inverse-document-frequency
weights >= STORY_THRESHOLD), among the articles sharing its rarer words and
dated within STORY_DAYS. Weights and threshold were chosen by F1 on the
even-numbered WikinewsSum clusters (dev: unweighted 0.15 P 0.94 R 0.46,
weighted 0.10 P 0.88 R 0.51; weighted also cut the largest FA-KES group from 37
to 21); bench/ingest.py reports the odd-numbered ones (held out).
Candidates come from an inverted index of terms, so a match costs a few
dictionary look-ups, not a scan of every article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from generator.ingest.identity import story_similarity
from generator.ingest.metadata import Built
from generator.ingest.store import IndexEntry, entry_for_new_file, unique_slug

STORY_THRESHOLD = 0.10
STORY_DAYS = 4
CANDIDATES = 30
COMMON_TERM = 2000  # terms in more articles than this say nothing about the story


class Catalogue:
    def __init__(self, entries: dict[str, IndexEntry], duplicate_inputs: dict[str, str] | None = None) -> None:
        self.entries = entries
        # Inputs found to duplicate an article: known by their hash, so the next run skips them unread.
        self.duplicate_inputs = {h: rel for h, rel in (duplicate_inputs or {}).items() if rel in entries}
        self._hashes = {**self.duplicate_inputs, **{e.content_hash: rel for rel, e in entries.items() if e.content_hash}}
        self._urls = {_url_key(e.source_url): rel for rel, e in entries.items() if e.source_url}
        self._texts = {e.text_key: rel for rel, e in entries.items()}
        self._slugs = {e.slug for e in entries.values()} | {Path(rel).stem for rel in entries}
        self._postings: dict[str, list[str]] = defaultdict(list)
        self._new: set[str] = set()
        self._story_seeds: dict[str, frozenset[str]] = {}
        for rel, entry in sorted(entries.items(), key=lambda item: item[1].date):
            self._index_terms(rel, entry.terms)
            self._story_seeds.setdefault(entry.story, frozenset(entry.terms))

    def has_hash(self, digest: str) -> bool:
        return digest in self._hashes

    def remember_duplicate(self, digest: str, rel: str) -> None:
        self.duplicate_inputs[digest] = rel
        self._hashes.setdefault(digest, rel)

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
        """The front matter with a free slug and its story id."""
        meta = dict(built.meta)
        meta["slug"] = unique_slug(str(meta["slug"]), self._slugs)
        if not meta.get("story"):
            meta["story"] = self._story_for(built.terms, str(meta["date"])) or _new_story_id(meta)
        return _ordered(meta, built.meta)

    def add(self, path: Path, articles_dir: Path, meta: dict[str, Any], built: Built) -> None:
        rel = path.relative_to(articles_dir).as_posix()
        entry = entry_for_new_file(path, meta, "")
        entry = IndexEntry(**{**_fields(entry), "text_key": built.text_key, "terms": tuple(sorted(built.terms))})
        self.entries[rel] = entry
        self._new.add(rel)
        self._hashes[entry.content_hash] = rel
        if entry.source_url:
            self._urls[_url_key(entry.source_url)] = rel
        self._texts[entry.text_key] = rel
        self._slugs.add(entry.slug)
        self._index_terms(rel, entry.terms)
        self._story_seeds.setdefault(entry.story, frozenset(entry.terms))

    def _weighted(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Cosine with rarer words weighing more (document frequencies from the postings)."""
        total = len(self.entries) + 1
        return story_similarity(a, b, lambda term: math.log(total / (len(self._postings.get(term, ())) + 1)) + 1.0)

    def _index_terms(self, rel: str, terms: tuple[str, ...]) -> None:
        for term in terms:
            self._postings[term].append(rel)

    def _story_for(self, terms: frozenset[str], date: str) -> str:
        shared: Counter[str] = Counter()
        for term in sorted(terms):  # sorted: frozenset order varies per process, and ties must not
            posting = self._postings.get(term, ())
            if len(posting) <= COMMON_TERM:
                shared.update(posting)
        best, best_score = "", STORY_THRESHOLD
        for rel, _count in shared.most_common(CANDIDATES):
            entry = self.entries[rel]
            if not entry.story or not _near(entry.date, date):
                continue
            # Against the story's first article, not this one: single links would chain
            # every "killed in Syria" report into one story (one of 158 articles, measured).
            score = self._weighted(terms, self._story_seeds.get(entry.story, frozenset(entry.terms)))
            if score >= best_score:
                best, best_score = entry.story, score
        return best


def _near(a: str, b: str) -> bool:
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days) <= STORY_DAYS
    except ValueError:
        return True  # an article without a readable date can still share a story


def _new_story_id(meta: dict[str, Any]) -> str:
    seed = f"{meta['date']} {meta['slug']} {meta.get('content_hash', '')}"
    return f"{meta['date']}-{hashlib.sha256(seed.encode('utf-8')).hexdigest()[:8]}"


def _url_key(url: str) -> str:
    """URLs that name the same page: no scheme, 'www.', fragment or trailing slash."""
    key = url.strip().split("#", 1)[0].lower()
    key = key.split("://", 1)[-1]
    key = key[4:] if key.startswith("www.") else key
    return key.rstrip("/")


def _ordered(meta: dict[str, Any], template: dict[str, Any]) -> dict[str, Any]:
    order = list(template) + [k for k in meta if k not in template]
    if "story" not in template:
        order.insert(order.index("ingested") if "ingested" in order else len(order), "story")
        order = list(dict.fromkeys(order))
    return {key: meta[key] for key in order if key in meta}


def _fields(entry: IndexEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in entry.__dataclass_fields__}
