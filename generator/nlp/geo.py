"""Where places are: country (ISO code) and coordinates, looked up by entity name.

The one place the site asks about a place's position; it goes through the entity
resolver's gazetteer (``generator.nlp.resolve.place_details``), the same data that
fills ``Entity.country`` and the coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from generator.models import PLACE, EntityRef
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
    """Whether the gazetteer knows ``name`` as a country (not a city or region): a country is its map's frame, not a dot on it."""
    place = default_resolver().gazetteer.find(name)
    return place is not None and place.scope == "country"
