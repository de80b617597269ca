"""Reusing the last build's plan: a unit of pages is planned again only when something it read changed.

Planning a page (building its view and hashing it into the page's key) is most of a rebuild:
~39,000 files at 10,000 articles. An edit usually changes the *content* of a few articles (a
body, a headline, a summary, figures) and nothing of the site's *structure*: which articles
there are and in what order, their dates, sources, stories, entities and theatres, and the
entities and outlets themselves. Views read other articles' content only through the catalog
(their cards and figures); while a unit is planned, the catalog records which articles it read.
An article's own page reads all of it, and an entity's page is the only one that shows the
registry's description of it. So when the structure, the settings, the code and the site's date
are what the last build planned with, a unit that read no changed card or figures, and whose own
article or entity entry did not change, would be planned to the same views, so the same keys:
its pages are taken from the record, unplanned.

The structure is everything of the index but the content fields below: a field added to an
article later counts as structure (planning everything again when it changes) until it is
listed here, so forgetting it costs time, never a stale page. Likewise an entity's fields but its
description and Wikidata id.

When the structure changed (a day's new articles, one taken away, an entity's list edited), the
units of articles and entities, most of the site, may still be taken across: each is recorded
with its identity (an article's path, an entity's name) and a digest of what its views read of
the structure (pages._unit_deps), and is taken under its new number when that digest, what it
owns and the cards it read are unchanged, under the same frame (settings, code, the theatres with
a page). The other units (home, days, theatres, sources) are planned again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

from generator.incremental import stored as json_values
from generator.incremental.atomic import write_atomic
from generator.incremental.memo import read_json
from generator.index import SiteIndex, article_path
from generator.models import Article, EnrichedArticle, Entity, EntityRef

log = logging.getLogger(__name__)
V = TypeVar("V")
_FORMAT = 2  # bump when PlanRecord changes shape: an older record is then ignored

# What a view may read of an article only through its card or figures in the catalog (see module doc).
_CONTENT: dict[str, Any] = {"lede": "", "summary": "", "key_points": (), "figures": ()}
_ENTITY_CONTENT: dict[str, Any] = {"description": "", "wikidata": ""}
_ARTICLE_CONTENT: dict[str, Any] = {"title": "", "body_md": "", "lede": "", "summary": "", "key_points": (), "figures": None,
                    "source_url": "", "author": "", "dateline": "", "content_hash": "", "language": ""}


_Pages = tuple[tuple[str, str, str], ...]


@dataclass(frozen=True, slots=True)
class UnitPlan:
    """What planning one unit gave: the articles whose card or figures it read, and its pages."""

    reads: tuple[int, ...]  # positions in index.articles
    pages: _Pages  # (path, key, title), in plan order


@dataclass(frozen=True, slots=True)
class PlanRecord:
    basis: str  # settings, code and templates, the site's date, the structure: all units' plans assume it
    listed: tuple[bytes, ...]  # a digest of each article's card and figures (what other units read), by position
    owned: Mapping[int, bytes]  # by unit number: a digest of what only that unit reads (its article; its entity's entry)
    units: Mapping[int, UnitPlan]  # by unit number
    # To take units across a change of the structure (a day's new articles): see reusable_across.
    frame: str = ""
    paths: tuple[str, ...] = ()  # each article's path, by position
    deps: Mapping[int, tuple[str, bytes]] = dataclasses.field(default_factory=dict)  # unit number -> (identity, digest)


class Reads:
    """The articles read through the catalog since the last ``take()`` (one unit's planning)."""

    def __init__(self, position: Mapping[str, int]) -> None:
        self._position = position
        self._read: set[int] = set()

    def add(self, path: str) -> None:
        self._read.add(self._position[path])

    def add_all(self) -> None:
        self._read.update(self._position.values())

    def take(self) -> tuple[int, ...]:
        read, self._read = tuple(sorted(self._read)), set()
        return read


class RecordingMapping(Mapping[str, V]):
    """A catalog mapping (article path -> card or figures) that notes every article looked up."""

    def __init__(self, inner: Mapping[str, V], reads: Reads) -> None:
        self._inner, self._reads = inner, reads

    def __getitem__(self, path: str) -> V:
        value = self._inner[path]
        self._reads.add(path)
        return value

    def __iter__(self) -> Iterator[str]:
        self._reads.add_all()  # whoever walks the whole catalog depends on all of it
        return iter(self._inner)

    def __len__(self) -> int:
        return len(self._inner)


@dataclass(frozen=True, slots=True)
class Digests:
    """What the plan's reuse compares, worked out in one pass over the index (each article's fields repr'd once)."""

    basis: str  # what every unit's plan depends on besides the articles' content (see module doc)
    whole: tuple[bytes, ...]  # each article whole (what its own page reads), by position
    structure: tuple[bytes, ...]  # each article's structure, by position
    entities: Mapping[EntityRef, bytes]  # each entity's structure (but its description and Wikidata id)


def plan_digests(index: SiteIndex, shared_key: str, updated: str) -> Digests:
    digest = hashlib.blake2b(f"{_FORMAT}\0{shared_key}\0{updated}\0".encode(), digest_size=20)
    whole, structures = [], []
    for enriched in index.articles:
        a = enriched.article
        structure = repr((tuple(getattr(enriched, name) for name in _STRUCTURE),
                          tuple(getattr(a, name) for name in _ARTICLE_STRUCTURE))).encode("utf-8", "surrogatepass")
        content = repr((tuple(getattr(enriched, name) for name in _CONTENT),
                        tuple(getattr(a, name) for name in _ARTICLE_CONTENT))).encode("utf-8", "surrogatepass")
        digest.update(structure)
        structures.append(hashlib.blake2b(structure, digest_size=16).digest())
        whole.append(hashlib.blake2b(content, digest_size=16, key=structures[-1]).digest())
    entities = {ref: dataclasses.replace(entity, **_ENTITY_CONTENT) for ref, entity in index.entities.items()}
    for name, value in (("entities", entities), ("outlets", index.outlets), ("theatre", index.theatre)):
        digest.update(f"\0{name}\0{list(value.items())!r}".encode("utf-8", "surrogatepass"))
    return Digests(digest.hexdigest(), tuple(whole), tuple(structures), {ref: value_digest(e) for ref, e in entities.items()})


def plan_frame(shared_key: str, updated: str, theatres: frozenset[str]) -> str:
    """What an article's or entity's unit reads besides that unit's own dependencies (``deps``): a unit planned
    under another frame is never taken across a change of the structure. ``updated``: '' when the templates of
    those units do not read the site's date."""
    return hashlib.blake2b(f"{_FORMAT}\0{shared_key}\0{updated}\0{sorted(theatres)!r}".encode(), digest_size=20).hexdigest()


def _other_fields(kind: type, content: Mapping[str, Any]) -> tuple[str, ...]:
    """A dataclass's fields that are not content: structure, whatever is added to it later (see module doc)."""
    return tuple(f.name for f in dataclasses.fields(kind) if f.name not in content)


_STRUCTURE = tuple(name for name in _other_fields(EnrichedArticle, _CONTENT) if name != "article")
_ARTICLE_STRUCTURE = _other_fields(Article, _ARTICLE_CONTENT)


def value_digest(value: object) -> bytes:
    return hashlib.blake2b(repr(value).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def listed_digests(index: SiteIndex, cards: Mapping[str, object], figures: Mapping[str, object]) -> tuple[bytes, ...]:
    """Each article's card and figures (all that other units may read of it), by position."""
    return tuple(value_digest((cards[path], figures[path])) for enriched in index.articles for path in (article_path(enriched),))


def entity_content(entity: Entity) -> tuple[str, ...]:
    """What only the entity's own page reads of it."""
    return tuple(getattr(entity, name) for name in _ENTITY_CONTENT)


def reusable(record: PlanRecord | None, basis: str, listed: tuple[bytes, ...], owned: Mapping[int, bytes],
             held: frozenset[tuple[str, str]]) -> dict[int, UnitPlan]:
    """The units of the last plan that may be taken as they are: same basis, neither the cards nor the figures
    they read changed, nor what they own, and every one of their pages is in a folder publish reuses (so
    none needs rendering)."""
    if record is None or record.basis != basis or len(record.listed) != len(listed):
        return {}
    changed = {position for position, (old, new) in enumerate(zip(record.listed, listed)) if old != new}
    return {number: unit for number, unit in record.units.items()
            if record.owned.get(number) == owned.get(number) and changed.isdisjoint(unit.reads)
            and all((path, key) in held for path, key, _ in unit.pages)}


def reusable_across(record: PlanRecord | None, frame: str, paths: tuple[str, ...], listed: tuple[bytes, ...],
                    owned: Mapping[int, bytes], deps: Mapping[int, tuple[str, bytes]],
                    held: frozenset[tuple[str, str]]) -> dict[int, UnitPlan]:
    """The units of the last plan that may be taken across a change of the structure, under their new numbers:
    an article's or entity's unit (by its identity) whose own dependencies (``deps``: the articles and entities
    its views read, and what they read of the structure) and what it owns are as they were, whose read cards
    and figures (found by the articles' paths) did not change, under the same frame, with publish holding its pages."""
    if record is None or not record.frame or record.frame != frame or len(record.paths) != len(record.listed):
        return {}
    number_of = {identity: number for number, (identity, _) in deps.items()}
    position = {path: number for number, path in enumerate(paths)}
    kept = {}
    for old, unit in record.units.items():
        known = record.deps.get(old)
        new = number_of.get(known[0]) if known is not None else None
        if known is None or new is None or deps[new][1] != known[1] or record.owned.get(old) != owned.get(new):
            continue
        if len(unit.reads) == len(record.paths):  # it walked the whole catalog: it depends on every article, new ones too
            continue
        moved = [position.get(record.paths[p], -1) if p < len(record.paths) else -1 for p in unit.reads]
        if -1 in moved or any(record.listed[p] != listed[q] for p, q in zip(unit.reads, moved)):
            continue
        if all((path, key) in held for path, key, _ in unit.pages):
            kept[new] = UnitPlan(tuple(sorted(moved)), unit.pages)
    return kept


def read_record(path: Path) -> PlanRecord | None:
    """The last build's plan record, or None (none, damaged, or of another version: then everything is planned).

    JSON, never pickle: loading a pickle runs code, and a project folder may come from anyone."""
    stored = read_json(path)
    if stored is None:
        return None
    try:
        basis, listed, owned, units = stored["basis"], stored["listed"], stored["owned"], stored["units"]
        record = PlanRecord(
            json_values.text(basis), tuple(bytes.fromhex(digest) for digest in listed),
            {int(number): bytes.fromhex(digest) for number, digest in owned.items()},
            {int(number): UnitPlan(json_values.integers(reads), cast(_Pages, json_values.text_rows(pages, 3)))
             for number, (reads, pages) in units.items()},
            json_values.text(stored["frame"]), json_values.texts(stored["paths"]),
            {int(number): (json_values.text(identity), bytes.fromhex(digest)) for number, (identity, digest) in stored["deps"].items()})
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        log.debug("%s: unreadable plan record (%s); planning every page", path, exc)
        return None
    return record


def write_record(path: Path, record: PlanRecord) -> None:
    write_atomic(path, json.dumps({
        "basis": record.basis,
        "listed": [digest.hex() for digest in record.listed],
        "owned": {str(number): digest.hex() for number, digest in record.owned.items()},
        "units": {str(number): [unit.reads, unit.pages] for number, unit in record.units.items()},
        "frame": record.frame, "paths": record.paths,
        "deps": {str(number): [identity, digest.hex()] for number, (identity, digest) in record.deps.items()},
    }, ensure_ascii=False, separators=(",", ":")))


