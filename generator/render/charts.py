"""Small charts drawn at build time as inline SVG: no script, no third-party requests.

Colours come from the stylesheet (classes, not fill attributes), so the charts
follow dark mode and print like the rest of the page.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from dataclasses import dataclass

from markupsafe import Markup

CHART_WIDTH, CHART_HEIGHT, MAX_BAR = 640, 100, 40
MAP_SIZE = 260


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def mentions_chart(unit: str, bins: tuple[tuple[dt.date, int], ...], label: str) -> Markup:
    """Bars of articles per week or month; the dates and the peak are HTML under the bars, so they
    stay legible however the SVG is scaled."""
    if not bins:
        return Markup("")
    peak = max(count for _, count in bins) or 1
    slot = CHART_WIDTH / len(bins)
    bar = min(max(slot * 0.8, 1.0), MAX_BAR)
    total = sum(count for _, count in bins)
    peak_bin = next(start for start, count in bins if count == peak)
    summary = (f"{label}: {total} article{'s' if total != 1 else ''} from {_when(bins[0][0], unit)} to "
               f"{_when(bins[-1][0], unit)}; busiest {unit} {_when(peak_bin, unit)} with {peak}.")
    parts = [f'<div class="chart-wrap"><svg class="chart" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" role="img" '
             f'aria-label="{_attr(summary)}" preserveAspectRatio="none">',
             f'<line class="axis" x1="0" y1="{CHART_HEIGHT}" x2="{CHART_WIDTH}" y2="{CHART_HEIGHT}"/>']
    for i, (start, count) in enumerate(bins):
        if count:
            height = max(CHART_HEIGHT * count / peak, 2.0)
            parts.append(f'<rect class="bar" x="{i * slot + (slot - bar) / 2:.1f}" y="{CHART_HEIGHT - height:.1f}" '
                         f'width="{bar:.1f}" height="{height:.1f}"><title>{_when(start, unit)}: {count}</title></rect>')
    parts.append(f'</svg><p class="chart-axis" aria-hidden="true"><span>{_when(bins[0][0], unit)}</span>'
                 f'<span>peak {peak} ({_when(peak_bin, unit)})</span><span>{_when(bins[-1][0], unit)}</span></p></div>')
    return Markup("".join(parts))


def _when(start: dt.date, unit: str) -> str:
    return f"{start:%b %Y}" if unit == "month" else f"week of {start.day} {start:%b %Y}"


@dataclass(frozen=True, slots=True)
class MapPoint:
    name: str
    latitude: float
    longitude: float


def place_map(place: MapPoint, neighbours: tuple[MapPoint, ...]) -> Markup:
    """The place on a small graticule map with nearby places from the same site, plus a world locator."""
    near = tuple(p for p in neighbours if abs(p.latitude - place.latitude) <= 6 and abs(p.longitude - place.longitude) <= 8)
    half_lat = max([2.0] + [abs(p.latitude - place.latitude) * 1.25 for p in near])
    scale_x = math.cos(math.radians(place.latitude)) or 1.0
    half_lon = half_lat / scale_x

    def xy(point: MapPoint) -> tuple[float, float]:
        x = MAP_SIZE / 2 + (point.longitude - place.longitude) / half_lon * MAP_SIZE / 2
        y = MAP_SIZE / 2 - (point.latitude - place.latitude) / half_lat * MAP_SIZE / 2
        return x, y

    title = f"Map: {place.name} at {abs(place.latitude):.2f}°{'N' if place.latitude >= 0 else 'S'}, " \
            f"{abs(place.longitude):.2f}°{'E' if place.longitude >= 0 else 'W'}"
    if near:
        title += ", with " + ", ".join(p.name for p in near[:6])
    parts = [f'<svg class="map" viewBox="0 0 {MAP_SIZE} {MAP_SIZE}" role="img" aria-labelledby="map-title">'
             f'<title id="map-title">{_attr(title)}</title><rect class="sea" width="{MAP_SIZE}" height="{MAP_SIZE}"/>']
    parts.extend(_graticule(place, half_lat, half_lon, xy))
    for point in near:
        x, y = xy(point)
        parts.append(f'<circle class="other" cx="{x:.1f}" cy="{y:.1f}" r="3"/><text class="label" x="{x + 5:.1f}" y="{y + 4:.1f}">{_attr(point.name)}</text>')
    parts.append(f'<circle class="here" cx="{MAP_SIZE / 2}" cy="{MAP_SIZE / 2}" r="6"/>'
                 f'<text class="label here-label" x="{MAP_SIZE / 2 + 9}" y="{MAP_SIZE / 2 - 8}">{_attr(place.name)}</text>')
    parts.append(_locator(place))
    parts.append("</svg>")
    return Markup("".join(parts))


def _graticule(place: MapPoint, half_lat: float, half_lon: float, xy: object) -> list[str]:
    step = 1.0 if half_lat <= 3 else 2.0 if half_lat <= 6 else 5.0
    lines = []
    lat = math.floor((place.latitude - half_lat) / step) * step
    while lat <= place.latitude + half_lat:
        y = MAP_SIZE / 2 - (lat - place.latitude) / half_lat * MAP_SIZE / 2
        lines.append(f'<line class="grid" x1="0" y1="{y:.1f}" x2="{MAP_SIZE}" y2="{y:.1f}"/>')
        lat += step
    lon = math.floor((place.longitude - half_lon) / step) * step
    while lon <= place.longitude + half_lon:
        x = MAP_SIZE / 2 + (lon - place.longitude) / half_lon * MAP_SIZE / 2
        lines.append(f'<line class="grid" x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{MAP_SIZE}"/>')
        lon += step
    return lines


def _locator(place: MapPoint) -> str:
    """A 72x36 world rectangle in the corner with the place's dot: where on Earth this is."""
    width, height, left, top = 72, 36, MAP_SIZE - 76, MAP_SIZE - 40
    x = left + (place.longitude + 180) / 360 * width
    y = top + (90 - place.latitude) / 180 * height
    return (f'<rect class="locator" x="{left}" y="{top}" width="{width}" height="{height}"/>'
            f'<line class="grid" x1="{left}" y1="{top + height / 2}" x2="{left + width}" y2="{top + height / 2}"/>'
            f'<circle class="here" cx="{x:.1f}" cy="{y:.1f}" r="2.5"/>')
