"""Frozen data objects passed between pipeline stages.

Each stage returns new values; nothing is filled in later. Collections are
tuples so that "frozen" holds all the way down.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from generator.errors import Diagnostic

# How a long stage reports progress: (done, total or 0 when unknown, what it is doing). The CLI draws it.
Progress = Callable[[int, int, str], None]

PERSON, PLACE, ORGANIZATION = "person", "place", "organization"
ENTITY_KINDS = (PERSON, PLACE, ORGANIZATION)
# Front-matter list name for each entity kind (the key names are a contract).
FRONT_MATTER_KEYS = {PERSON: "people", PLACE: "places", ORGANIZATION: "organizations"}


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An input file cleaned into its parts, before it is written as Markdown."""

    origin: Path
    title: str
    paragraphs: tuple[str, ...]
    date: dt.date | None
    source: str
    dateline: str
    source_url: str
    content_hash: str
    author: str = ""
    teaser: bool = False  # a feed entry that carries only a summary, not the article


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entity as an article names it: canonical name and kind."""

    name: str
    kind: str

    def __repr__(self) -> str:
        # As the generated repr, without its guard against recursion (a string cannot hold the ref): cache keys and
        # plan digests repr every article's entities at every build, ~750,000 calls at 10,000 articles.
        return f"{type(self).__qualname__}(name={self.name!r}, kind={self.kind!r})"


@dataclass(frozen=True, slots=True)
class Mention:
    """One span of the plain body text that refers to an entity."""

    text: str
    start: int
    end: int
    kind: str
    name: str


@dataclass(frozen=True, slots=True)
class Summary:
    """What the summarizer says about one article."""

    lede: str
    sentences: tuple[str, ...]
    key_points: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """A number of people killed, wounded, displaced... as one sentence of an article states it.

    ``value`` is the conservative integer (a range's lower bound, "dozens" as 12), ``text`` the number
    as written, ``scope`` "event" (the story's own news) or "background" (a running total, history, a
    comparison, a forecast): background figures are shown but never summed.
    """

    kind: str
    value: int
    sentence: str
    text: str = ""
    scope: str = "event"

    def __repr__(self) -> str:  # as the generated one, without its recursion guard (see EntityRef)
        return (f"{type(self).__qualname__}(kind={self.kind!r}, value={self.value!r}, sentence={self.sentence!r}, "
                f"text={self.text!r}, scope={self.scope!r})")


@dataclass(frozen=True, slots=True)
class Article:
    """An ingested article as loaded from ``content/articles``.

    ``lede``/``summary``/``key_points``/``entities``/``story`` are what the front matter
    holds: written by a person. Empty means "computed by the build".
    """

    path: Path
    slug: str
    title: str
    date: dt.date
    source: str
    dateline: str
    source_url: str
    body_md: str
    lede: str
    summary: str
    key_points: tuple[str, ...]
    entities: tuple[EntityRef, ...]
    story: str = ""  # front matter `story:` (an editor's): articles sharing it report the same event
    language: str = ""  # ISO 639-1 from ingest; '' when unknown (treated as English)
    author: str = ""
    content_hash: str = ""  # of the raw input the article was ingested from
    date_guessed: bool = False  # no date was found: ``date`` is the day it was ingested
    figures: tuple[KeyFigure, ...] | None = None  # front matter `figures:` (an editor's); None: computed, (): none
    theatre: str = ""  # front matter `theatre:` (an editor's): ISO 3166-1 alpha-2 of where it happened; '': computed


@dataclass(frozen=True, slots=True)
class EnrichedArticle:
    """An article with its final summary, entities and story (front matter wins over the NLP)."""

    article: Article
    lede: str
    summary: str
    key_points: tuple[str, ...]
    entities: tuple[EntityRef, ...]
    # Surface forms seen in the body for each entity, for linking the first mention.
    surface_forms: tuple[tuple[EntityRef, tuple[str, ...]], ...]
    story: str = ""  # shared by the articles that report the same event
    figures: tuple[KeyFigure, ...] = ()  # the key figures its body states


@dataclass(frozen=True, slots=True)
class Entity:
    """An entity of the whole site, with a unique slug."""

    slug: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    # Places only, where the gazetteer knows them: ISO 3166-1 alpha-2 code and WGS84 coordinates.
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    description: str = ""  # from content/entities.yml
    wikidata: str = ""  # Wikidata id from content/entities.yml, e.g. "Q37470"


@dataclass(frozen=True, slots=True)
class OutputFile:
    """One file of the built site, path relative to the output folder."""

    rel_path: str
    data: bytes


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build did, for the one-line summary."""

    ingested: int
    articles: int
    entities: int
    files: int
    seconds: tuple[tuple[str, float], ...]
    warnings: tuple[str, ...]
    unchanged: int = 0  # of ``files``, those already in site/ with the same bytes (not rewritten)
    failed: tuple[Diagnostic, ...] = ()  # inbox files that could not be ingested (the site was built without them)


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingest run did, input by input."""

    written: tuple[Path, ...] = ()
    unchanged: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()  # "input: same text as content/articles/..."
    failed: tuple[Diagnostic, ...] = ()
    warnings: tuple[str, ...] = ()
    write_failed: bool = False  # an article could not be written (a full disk, a read-only folder)

    @property
    def settled(self) -> bool:
        """Whether the same run again, with nothing changed, would do just this: nothing written, nothing that
        may go otherwise next time (the failures left are the inputs' own)."""
        return not self.written and not self.write_failed
