"""Maps drawn at build time as inline SVG: Natural Earth borders and coastlines, places as dots sized by
how much was reported there, labels that never overlap, and a table of the same places for screen readers.

No tiles, no script, no third-party request. Colours come from the stylesheet (classes), so a map follows
dark mode and print. The projection is equirectangular with the frame's middle latitude as standard
parallel: true enough in shape for one country or a region, and a plain world map when the frame is the world.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

from markupsafe import Markup

from generator.render.geodata import Box, CountryShape, countries, overlaps
from generator.render.labels import Anchor, Label, Rect, centred_label, dot_box, place_labels

WORLD: Box = (-170.0, -56.0, 190.0, 80.0)
MIN_SPAN = 2.4  # degrees of latitude a frame shows at least (Lebanon, a city's surroundings)
PLACE_FONT, FOCUS_FONT, COUNTRY_FONT = 13.5, 15.0, 11.5  # the stylesheet's sizes (.map .label, .here-label, .country-name)
MAX_LABELS = 40  # more names than this only clutter; the table lists every place


@dataclass(frozen=True, slots=True)
class MapMarker:
    """A place on the map; ``weight`` (articles or stories) sets the dot's area."""

    name: str
    latitude: float
    longitude: float
    weight: int
    path: str = ""  # the place's page, site-relative ("" for none)
    cells: tuple[str, ...] = ()  # its row of the table, after the name
    focus: bool = False  # the page's own place: drawn and labelled first


@dataclass(frozen=True, slots=True)
class Frame:
    """Which part of the Earth the map shows, and how big the SVG is (viewBox units)."""

    west: float
    south: float
    east: float
    north: float
    width: float
    height: float

    @property
    def kx(self) -> float:
        return math.cos(math.radians(max(min((self.south + self.north) / 2, 70.0), -70.0)))

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return ((lon - self.west) / (self.east - self.west) * self.width,
                (self.north - lat) / (self.north - self.south) * self.height)

    def contains(self, lon: float, lat: float) -> bool:
        return self.west <= lon <= self.east and self.south <= lat <= self.north


def fit_frame(box: Box, width: float, *, pad: float = 0.1, tall: float = 1.0, low: float = 0.5, span: float = MIN_SPAN) -> Frame:
    """A frame around ``box`` (west, south, east, north) with a margin; its height between ``low`` and
    ``tall`` times the width, the shorter side widened so the map keeps its shape; at least ``span``
    degrees of latitude (and as wide)."""
    west, south, east, north = box
    mid_lat = (south + north) / 2
    kx = math.cos(math.radians(max(min(mid_lat, 70.0), -70.0)))
    span_lat = max(north - south, span) * (1 + 2 * pad)
    span_x = max((east - west) * kx, span * 0.8) * (1 + 2 * pad)
    height = min(max(width * span_lat / span_x, width * low), width * tall)
    scale = min(width / span_x, height / span_lat)  # viewBox units per degree of latitude
    half_lon, half_lat = width / 2 / scale / kx, height / 2 / scale
    mid_lon = (west + east) / 2
    return Frame(mid_lon - half_lon, mid_lat - half_lat, mid_lon + half_lon, mid_lat + half_lat, width, round(height))


def world_frame(width: float) -> Frame:
    west, south, east, north = WORLD
    return Frame(west, south, east, north, width, round(width * (north - south) / (east - west) * 1.25))


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _clip(points: list[tuple[float, float]], rect: Rect) -> list[tuple[float, float]]:
    """Sutherland-Hodgman: the part of a polygon inside ``rect``."""
    edges = ((0, rect.left, True), (0, rect.right, False), (1, rect.top, True), (1, rect.bottom, False))
    for axis, limit, is_min in edges:
        if not points:
            break
        result: list[tuple[float, float]] = []
        previous = points[-1]
        for current in points:
            inside_now = current[axis] >= limit if is_min else current[axis] <= limit
            inside_before = previous[axis] >= limit if is_min else previous[axis] <= limit
            if inside_now != inside_before:
                t = (limit - previous[axis]) / (current[axis] - previous[axis])
                other = 1 - axis
                crossing = [0.0, 0.0]
                crossing[axis] = limit
                crossing[other] = previous[other] + t * (current[other] - previous[other])
                result.append((crossing[0], crossing[1]))
            if inside_now:
                result.append(current)
            previous = current
        points = result
    return points


Points = list[tuple[float, float]]


def _rings_in_view(frame: Frame, shape: CountryShape, margin: Rect) -> list[Points]:
    """One country's rings projected and clipped just outside the frame (the cut edges stay unseen)."""
    view: Box = (frame.west, frame.south, frame.east, frame.north)
    rings = []
    for ring, box in zip(shape.rings, shape.ring_boxes):
        if not overlaps(box, view):
            continue
        kept: Points = []
        for x, y in _clip([frame.xy(lon, lat) for lon, lat in ring], margin):  # points closer than ~half a unit add bytes, not shape
            if not kept or abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= 0.6:
                kept.append((x, y))
        if len(kept) >= 3:
            rings.append(kept)
    return rings


def _area_centroid(ring: Points) -> tuple[float, float, float]:
    """Area and centroid of a polygon (shoelace)."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(area) < 1e-9:
        return 0.0, ring[0][0], ring[0][1]
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def _inside(x: float, y: float, ring: Points) -> bool:
    """Even-odd rule: whether a point lies in a polygon."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _land(frame: Frame, focus: frozenset[str]) -> tuple[list[str], list[tuple[CountryShape, float, float]]]:
    """The countries' paths, and where each country's name could go: the middle of its largest visible part,
    when that middle lies inside it (a crescent's middle does not) and the part is big enough to hold a name."""
    view: Box = (frame.west, frame.south, frame.east, frame.north)
    margin = Rect(-3, -3, frame.width + 3, frame.height + 3)
    paths, names = [], []
    for shape in countries():
        if not any(overlaps(box, view) for box in shape.ring_boxes):
            continue
        rings = _rings_in_view(frame, shape, margin)
        if not rings:
            continue
        css = "land focus" if shape.code in focus else "land"
        data = "".join("M" + " ".join(f"{x:.1f},{y:.1f}" for x, y in ring) + "Z" for ring in rings)
        paths.append(f'<path class="{css}" d="{data}"/>')
        largest = max(rings, key=lambda ring: _area_centroid(ring)[0])
        area, x, y = _area_centroid(largest)
        if area >= frame.width * frame.height * 0.01 and _inside(x, y, largest):
            names.append((shape, x, y))
    return paths, names


def _radius(weight: int, heaviest: int) -> float:
    return 3.0 + 8.0 * math.sqrt(weight / heaviest) if heaviest else 3.0


def draw_map(frame: Frame, markers: tuple[MapMarker, ...], *, map_id: str, title: str, columns: tuple[str, ...],
             root: str = "", focus: frozenset[str] = frozenset(), caption: str = "") -> Markup:
    """The SVG map and, under it, a ``<details>`` table of every marker (the text alternative, and for copying).

    ``markers`` come most important first; those outside the frame are left off the map but kept in the table.
    """
    shown = [m for m in markers if frame.contains(m.longitude, m.latitude)]
    heaviest = max((m.weight for m in shown), default=0)
    paths, country_names = _land(frame, focus)
    dots = [(m, *frame.xy(m.longitude, m.latitude), 6.0 if m.focus else _radius(m.weight, heaviest)) for m in shown]
    bounds = Rect(2, 2, frame.width - 2, frame.height - 2)
    anchors = [Anchor(m.name, x, y, r, FOCUS_FONT if m.focus else PLACE_FONT, m.focus) for m, x, y, r in dots[:MAX_LABELS]]
    labels = place_labels(anchors, bounds, [])
    taken = [label.box for label in labels if label] + [dot_box(x, y, r) for _, x, y, r in dots]
    country_labels = []
    for shape, x, y in sorted(country_names, key=lambda item: item[0].code not in focus):
        label = centred_label(shape.name, x, y, COUNTRY_FONT, bounds, taken)
        if label:
            taken.append(label.box)
            country_labels.append(label)
    desc = _description(shown, labels, len(markers) - len(shown))
    # A group named by its title and description; the drawing inside is hidden from screen readers (the table
    # after the map says the same in text), and its links are for the mouse only (the table's are for keyboards).
    parts = [f'<svg class="map geo" viewBox="0 0 {frame.width:.0f} {frame.height:.0f}" role="group" '
             f'aria-labelledby="{map_id}-title {map_id}-desc"><title id="{map_id}-title">{_attr(title)}</title>'
             f'<desc id="{map_id}-desc">{_attr(desc)}</desc><g aria-hidden="true">',
             f'<rect class="sea" width="{frame.width:.0f}" height="{frame.height:.0f}"/>', *paths]
    parts += [_text(label, "country-name") for label in country_labels]
    for m, x, y, r in sorted(dots, key=lambda d: -d[3]):  # big dots under small ones
        dot = f'<circle class="{"here" if m.focus else "place-dot"}" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{_attr(m.name)}</title></circle>'
        parts.append(f'<a href="{_attr(root + m.path)}" tabindex="-1">{dot}</a>' if m.path and not m.focus else dot)
    for label in labels:
        if label and label.leader:
            parts.append('<line class="leader" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}"/>'.format(*label.leader))
    parts += [_text(label, "label here-label" if label.bold else "label") for label in labels if label]
    parts.append("</g></svg>")
    parts.append(_table(markers, columns, root, caption or title))
    return Markup("".join(parts))


def _text(label: Label, css: str) -> str:
    anchor = "" if label.anchor == "start" else f' text-anchor="{label.anchor}"'
    return f'<text class="{css}" x="{label.x:.1f}" y="{label.y:.1f}"{anchor}>{_attr(label.text)}</text>'


def _description(shown: list[MapMarker], labels: list[Label | None], outside: int) -> str:
    if not shown:
        return "No places with known positions to show."
    named = [m.name for m, label in zip(shown, labels) if label]
    text = f"{len(shown)} place{'s' if len(shown) != 1 else ''}, the larger the dot the more reports: " + ", ".join(named[:12])
    if len(named) > 12:
        text += f" and {len(named) - 12} more named"
    if outside:
        text += f"; {outside} more outside the map"
    return text + ". The table below lists them all."


def _table(markers: tuple[MapMarker, ...], columns: tuple[str, ...], root: str, caption: str) -> str:
    if not markers:
        return ""
    head = "".join(f'<th scope="col">{_attr(c)}</th>' for c in columns)
    rows = []
    for m in markers:
        name = f'<a href="{_attr(root + m.path)}">{_attr(m.name)}</a>' if m.path else _attr(m.name)
        rows.append(f'<tr><th scope="row">{name}</th>' + "".join(f"<td>{_attr(c)}</td>" for c in m.cells) + "</tr>")
    return (f'<details class="chart-data"><summary>The places as a table</summary><table class="data-table">'
            f'<caption>{_attr(caption)}</caption><thead><tr><th scope="col">Place</th>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></details>')
