"""Places and organisations the extractor knows by name, loaded once from package data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # country, city or region
    country: str  # ISO 3166-1 alpha-2, empty for regions spanning countries
    adjective: str  # "Russian" for Russia; empty for non-countries


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, Place]  # every surface form (name, alias, demonym) -> place
    demonyms: frozenset[str]
    organizations: dict[str, str]  # surface form -> canonical name


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("generator.nlp").joinpath("data", filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read the bundled TSV tables (cached: they never change during a run)."""
    places: dict[str, Place] = {}
    demonyms: set[str] = set()
    for row in _rows("places.tsv"):
        name, kind, country, *rest = row + ["", ""]
        names = [d for d in rest[0].split(",") if d] if len(rest) > 0 else []
        aliases = [a for a in rest[1].split(",") if a] if len(rest) > 1 else []
        place = Place(name=name, kind=kind, country=country, adjective=names[0] if names else "")
        for form in (name, *aliases, *names):
            places.setdefault(form, place)
        demonyms.update(names)
    organizations: dict[str, str] = {}
    for row in _rows("organizations.tsv"):
        canonical = row[0]
        aliases = row[1].split(",") if len(row) > 1 and row[1] else []
        for form in (canonical, *aliases):
            organizations.setdefault(form, canonical)
    return Gazetteer(places=places, demonyms=frozenset(demonyms), organizations=organizations)
