"""Small charts drawn at build time as inline SVG: no script, no third-party requests.

Colours come from the stylesheet (classes, not fill attributes), so the charts
follow dark mode and print like the rest of the page.
"""

from __future__ import annotations

import datetime as dt
import html
from functools import lru_cache

from markupsafe import Markup

CHART_WIDTH, CHART_HEIGHT, MAX_BAR = 640, 100, 40
MAP_SIZE = 260


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def mentions_chart(unit: str, bins: tuple[tuple[dt.date, int], ...], label: str) -> Markup:
    """Bars of articles per week or month. The unit, the dates and the peak are HTML around the bars (legible
    however the SVG is scaled), the peak's label right under its bar; a ``<details>`` table holds the numbers."""
    if not bins:
        return Markup("")
    peak = max(count for _, count in bins) or 1
    slot = CHART_WIDTH / len(bins)
    bar = min(max(slot * 0.8, 1.0), MAX_BAR)
    total = sum(count for _, count in bins)
    peak_at = next(i for i, (_, count) in enumerate(bins) if count == peak)
    peak_bin = bins[peak_at][0]
    summary = (f"{label}: {total} article{'s' if total != 1 else ''} from {_when(bins[0][0], unit)} to "
               f"{_when(bins[-1][0], unit)}; most in {_when(peak_bin, unit)}: {peak}.")
    parts = [f'<div class="chart-wrap"><p class="chart-unit" aria-hidden="true">Articles per {unit} '
             f'<span class="chart-scale">(bar height; tallest {peak})</span></p>'
             f'<svg class="chart" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" role="img" '
             f'aria-label="{_attr(summary)}" preserveAspectRatio="none">',
             f'<line class="axis" x1="0" y1="{CHART_HEIGHT}" x2="{CHART_WIDTH}" y2="{CHART_HEIGHT}"/>']
    for i, (start, count) in enumerate(bins):
        if count:
            height = max(CHART_HEIGHT * count / peak, 2.0)
            css = "bar peak" if i == peak_at else "bar"
            parts.append(f'<rect class="{css}" x="{i * slot + (slot - bar) / 2:.1f}" y="{CHART_HEIGHT - height:.1f}" '
                         f'width="{bar:.1f}" height="{height:.1f}"><title>{_when(start, unit)}: {count}</title></rect>')
    parts.append("</svg>")
    parts.append(_peak_label((peak_at + 0.5) / len(bins) * 100, f"peak {peak} ({_when(peak_bin, unit)})"))
    parts.append(f'<p class="chart-axis" aria-hidden="true"><span>{_when(bins[0][0], unit)}</span>'
                 f'<span class="chart-axis-name">{unit}s, oldest to newest</span><span>{_when(bins[-1][0], unit)}</span></p>')
    rows = tuple((_when(start, unit), str(count)) for start, count in bins if count)
    parts.append(data_table(f"{label}, per {unit}", (unit.capitalize(), "Articles"), rows,
                            f"{unit.capitalize()}s with no article are left out." if len(rows) < len(bins) else ""))
    parts.append("</div>")
    return Markup("".join(parts))


def _peak_label(percent: float, text: str) -> str:
    """The peak's label with its caret right under the peak bar; near an edge the text runs inwards."""
    if percent < 30:
        return (f'<p class="chart-peak" aria-hidden="true"><span class="peak-start" style="left: {percent:.1f}%">'
                f'▲ {_attr(text)}</span></p>')
    if percent > 70:
        return (f'<p class="chart-peak" aria-hidden="true"><span class="peak-end" style="right: {100 - percent:.1f}%">'
                f'{_attr(text)} ▲</span></p>')
    return (f'<p class="chart-peak" aria-hidden="true"><span class="peak-mid" style="left: {percent:.1f}%">'
            f'▲<br>{_attr(text)}</span></p>')


def data_table(caption: str, columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...], note: str = "") -> str:
    """A chart's numbers as a table in a closed ``<details>``: for screen readers and for copying figures."""
    head = "".join(f'<th scope="col">{_attr(c)}</th>' for c in columns)
    body = "".join("<tr>" + f'<th scope="row">{_attr(row[0])}</th>' + "".join(f"<td>{_attr(c)}</td>" for c in row[1:]) + "</tr>"
                   for row in rows)
    after = f'<p class="note">{_attr(note)}</p>' if note else ""
    return (f'<details class="chart-data"><summary>The numbers as a table</summary><table class="data-table">'
            f"<caption>{_attr(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{after}</details>")


def week_bars(values: tuple[int, ...], average: float | None, label: str) -> Markup:
    """A small multiple: one bar per week (oldest first, the last is this week, drawn darker), the baseline's
    weekly average as a dashed line. Each panel has its own scale, named in ``label``."""
    width, height, gap = 150, 48, 6
    top = max(max(values, default=0), average or 0) or 1
    slot = width / max(len(values), 1)
    parts = [f'<svg class="chart week-bars" viewBox="0 0 {width} {height + 1}" role="img" aria-label="{_attr(label)}">']
    for i, value in enumerate(values):
        if value:
            h = max(height * value / top, 1.5)
            css = "bar this" if i == len(values) - 1 else "bar"
            parts.append(f'<rect class="{css}" x="{i * slot + gap / 2:.1f}" y="{height - h:.1f}" width="{slot - gap:.1f}" height="{h:.1f}"/>')
    if average:
        y = height - height * average / top
        parts.append(f'<line class="average" x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}"/>')
    parts.append(f'<line class="axis" x1="0" y1="{height + 0.5}" x2="{width}" y2="{height + 0.5}"/></svg>')
    return Markup("".join(parts))


@lru_cache(maxsize=8192)  # a chart on every entity page: strftime per bar showed in the profile
def _when(start: dt.date, unit: str) -> str:
    return f"{start:%b %Y}" if unit == "month" else f"week of {start.day} {start:%b %Y}"
