"""Where it happened: the maps of a theatre's week, of a place among its neighbours, and of the whole week.

Places are the place entities the week's articles name, with the gazetteer's coordinates; countries
themselves are the frame, never a dot. A place's figures are counted like a theatre's (per day, each
story once at its lowest report, then over the days).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup

from generator.index import SiteIndex, entity_path
from generator.models import PLACE, EnrichedArticle, Entity, EntityRef
from generator.nlp.geo import country_name, is_country
from generator.render.geodata import Box, country_shape
from generator.render.maps import Frame, MapMarker, draw_map, fit_frame, world_frame
from generator.render.trends import WeekCounts, week_counts
from generator.render.views import Catalog

THEATRE_WIDTH, PLACE_WIDTH, WORLD_WIDTH = 480, 480, 960
BIG_COUNTRY = 22.0  # degrees: a country wider or taller than this is shown around the place, not whole
PLACE_HALF_SPAN = 4.0  # degrees of latitude either side of a place in a big country
WORLD_SPAN = (100.0, 55.0)  # a week spread wider than this (longitude, latitude) gets the world map
REGION_SPAN = 16.0  # degrees of latitude the overview shows at least: a region, never one town's streets


@dataclass(frozen=True, slots=True)
class WeekPlace:
    entity: Entity
    counts: WeekCounts
    path: str  # the place's page


def week_places(index: SiteIndex, catalog: Catalog, articles: tuple[EnrichedArticle, ...], code: str = "") -> tuple[WeekPlace, ...]:
    """The places (with coordinates; in country ``code`` when given) the articles name, most reported first."""
    named: dict[EntityRef, list[EnrichedArticle]] = {}
    for article in articles:
        for ref in article.entities:
            if ref.kind == PLACE:
                named.setdefault(ref, []).append(article)
    places = []
    for ref, items in named.items():
        entity = index.entities.get(ref)
        if entity is None or entity.latitude is None or entity.longitude is None or is_country(entity.name):
            continue
        if code and entity.country != code:
            continue
        places.append(WeekPlace(entity, week_counts(catalog, tuple(items), dt.date.min), entity_path(entity)))
    places.sort(key=lambda p: (-p.counts.stories, -p.counts.articles, -p.counts.killed, p.entity.name))
    return tuple(places)


def _marker(place: WeekPlace, weight: int, cells: tuple[str, ...]) -> MapMarker:
    entity = place.entity
    assert entity.latitude is not None and entity.longitude is not None
    return MapMarker(entity.name, entity.latitude, entity.longitude, weight, place.path, cells)


def _counts_cells(counts: WeekCounts) -> tuple[str, ...]:
    return (str(counts.articles), str(counts.stories), f"{counts.killed:,}" if counts.killed else "–")


def _box_of(points: list[tuple[float, float]]) -> Box:
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return min(lons), min(lats), max(lons), max(lats)


def theatre_map(places: tuple[WeekPlace, ...], code: str, week: dt.date, root: str) -> Markup:
    """The country with the week's places sized by articles; its neighbours around it."""
    shape = country_shape(code)
    points = [(p.entity.longitude, p.entity.latitude) for p in places if p.entity.longitude is not None and p.entity.latitude is not None]
    if shape is None and not points:
        return Markup("")
    box = shape.box if shape is not None else _box_of(points)
    frame = fit_frame(box, THEATRE_WIDTH, tall=0.95, low=0.6)
    name = country_name(code)
    title = f"Map of {name}: places named in its articles of the week of {week:%-d %B %Y}, dots sized by articles"
    markers = tuple(_marker(p, p.counts.articles, _counts_cells(p.counts)) for p in places)
    return draw_map(frame, markers, map_id=f"map-{code.lower()}", title=title, columns=("Articles", "Stories", "Killed"),
                    root=root, focus=frozenset({code}), caption=f"Places in {name}, week of {week:%-d %B %Y}")


def place_frame(entity: Entity) -> Frame | None:
    """The place's country whole, or the place's surroundings when the country is big (or unknown)."""
    if entity.latitude is None or entity.longitude is None:
        return None
    lon, lat = entity.longitude, entity.latitude
    shape = country_shape(entity.country)
    if shape is not None:
        west, south, east, north = shape.box
        if east - west <= BIG_COUNTRY and north - south <= BIG_COUNTRY:
            box = (min(west, lon), min(south, lat), max(east, lon), max(north, lat))
            return fit_frame(box, PLACE_WIDTH, tall=0.95, low=0.6)
    half = PLACE_HALF_SPAN
    return fit_frame((lon - half * 1.3, lat - half, lon + half * 1.3, lat + half), PLACE_WIDTH, pad=0.0, tall=0.8, low=0.6)


def place_map(index: SiteIndex, entity: Entity, together: tuple[tuple[EntityRef, int], ...], root: str) -> Markup:
    """The place (highlighted) in its country, with the places it is named with, sized by shared articles."""
    frame = place_frame(entity)
    if frame is None or entity.latitude is None or entity.longitude is None:
        return Markup("")
    markers = [MapMarker(entity.name, entity.latitude, entity.longitude, 0, "", ("this place",), focus=True)]
    for ref, shared in together:
        other = index.entities.get(ref)
        if (ref.kind != PLACE or other is None or other.latitude is None or other.longitude is None or is_country(other.name)
                or not frame.contains(other.longitude, other.latitude)):
            continue
        markers.append(MapMarker(other.name, other.latitude, other.longitude, shared, entity_path(other),
                                 (f"{shared} article{'s' if shared != 1 else ''}",)))
    country = country_name(entity.country) if entity.country else ""
    title = (f"Map: {entity.name} at {abs(entity.latitude):.2f}°{'N' if entity.latitude >= 0 else 'S'}, "
             f"{abs(entity.longitude):.2f}°{'E' if entity.longitude >= 0 else 'W'}" + (f", in {country}" if country else ""))
    return draw_map(frame, tuple(markers), map_id="place-map", title=title, columns=("Named together in",), root=root,
                    focus=frozenset({entity.country}) if entity.country else frozenset(),
                    caption=f"{entity.name} and the places named with it")


def overview_map(places: tuple[WeekPlace, ...], week: dt.date, root: str) -> Markup:
    """This week's places everywhere, sized by stories: the region they fall in, or the world."""
    points = [(p.entity.longitude, p.entity.latitude) for p in places]
    if not points:
        return Markup("")
    west, south, east, north = _box_of(points)  # type: ignore[arg-type]
    wide = east - west > WORLD_SPAN[0] or north - south > WORLD_SPAN[1]
    frame = world_frame(WORLD_WIDTH) if wide else fit_frame((west, south, east, north), WORLD_WIDTH, tall=0.6, low=0.45, span=REGION_SPAN)
    markers = tuple(_marker(p, p.counts.stories, (*_counts_cells(p.counts)[1::-1], _counts_cells(p.counts)[2],
                                                  country_name(p.entity.country) if p.entity.country else "–"))
                    for p in places)
    title = f"Map of the week of {week:%-d %B %Y}: places named in its articles, dots sized by stories"
    return draw_map(frame, markers, map_id="week-map", title=title, columns=("Stories", "Articles", "Killed", "Country"),
                    root=root, caption=f"Places of the week of {week:%-d %B %Y}")
