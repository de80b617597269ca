"""Country outlines for the maps: Natural Earth 1:110m (public domain), shipped as generator/data/countries.json.

The file is made once by tools/natural_earth.py from the shapefile inside the geopandas 0.14.4 wheel on
PyPI; nothing is downloaded when a site is built. Coordinates are integers in 1/precision degrees, each
ring's first point whole and the next ones as differences.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "countries.json"

Ring = tuple[tuple[float, float], ...]  # (longitude, latitude), closed
Box = tuple[float, float, float, float]  # west, south, east, north


@dataclass(frozen=True, slots=True)
class CountryShape:
    code: str  # ISO 3166-1 alpha-2; "" for the few Natural Earth has no code for (Somaliland, N. Cyprus)
    name: str
    rings: tuple[Ring, ...]  # largest first
    box: Box  # of the largest ring: the country's main body (Alaska and Russia's Chukotka left out)
    ring_boxes: tuple[Box, ...]  # of each ring, in order (every map tests every ring against its frame)


def _decode(flat: list[int], precision: int) -> Ring:
    points, x, y = [], 0, 0
    for i in range(0, len(flat) - 1, 2):
        x, y = (flat[i], flat[i + 1]) if i == 0 else (x + flat[i], y + flat[i + 1])
        points.append((x / precision, y / precision))
    return tuple(points)


def ring_box(ring: Ring) -> Box:
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return min(lons), min(lats), max(lons), max(lats)


def _area(ring: Ring) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2


@lru_cache(maxsize=1)
def countries() -> tuple[CountryShape, ...]:
    """Every country's outline (Antarctica left out), read once per process."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    shapes = []
    for item in data["countries"]:
        rings = sorted((_decode(flat, data["precision"]) for flat in item["rings"]), key=_area, reverse=True)
        boxes = tuple(map(ring_box, rings))
        shapes.append(CountryShape(item["code"], item["name"], tuple(rings), boxes[0], boxes))
    return tuple(shapes)


@lru_cache(maxsize=None)
def country_shape(code: str) -> CountryShape | None:
    return next((shape for shape in countries() if code and shape.code == code), None)


def overlaps(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]
