"""Placing map labels so that none overlaps another label or a dot: greedy, most important first.

Each label tries eight spots beside its dot, then the same eight further out with a leader line back
to the dot; a label with no free spot is left off (its place stays in the map's table). Text widths are
estimated per character for a system sans-serif, on the generous side, so a browser's real text box
fits inside the box checked here (tests/e2e/test_maps_browser.py measures it).
"""

from __future__ import annotations

from dataclasses import dataclass

ASCENT, DESCENT = 0.95, 0.28  # of the font size, above and below the baseline (generous: hinting at small sizes)
BEARING = 0.12  # of the font size, either side: glyphs such as "T" or "W" reach past the text's start and end
GAP = 3.0  # between a dot and its label, and between labels
LEADER = 16.0  # how much further out the second round of spots lies
WIDE, NARROW = frozenset("mwMW@%"), frozenset("iljtfrI.,;:'’!|-() ")


@dataclass(frozen=True, slots=True)
class Rect:
    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: Rect, gap: float = 0.0) -> bool:
        return (self.left < other.right + gap and other.left < self.right + gap
                and self.top < other.bottom + gap and other.top < self.bottom + gap)

    def inside(self, other: Rect) -> bool:
        return self.left >= other.left and self.top >= other.top and self.right <= other.right and self.bottom <= other.bottom


@dataclass(frozen=True, slots=True)
class Anchor:
    """What wants a label: its text, the dot (centre and radius) and the font."""

    text: str
    x: float
    y: float
    radius: float
    size: float
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Label:
    text: str
    x: float
    y: float  # baseline
    anchor: str  # SVG text-anchor: start, middle or end
    size: float
    bold: bool
    box: Rect
    leader: tuple[float, float, float, float] | None = None  # dot edge -> label, when set apart


def text_width(text: str, size: float, bold: bool = False) -> float:
    em = sum(0.92 if c in WIDE else 0.34 if c in NARROW else 0.72 if c.isupper() else 0.6 for c in text)
    return em * size * (1.08 if bold else 1.0)


def dot_box(x: float, y: float, radius: float) -> Rect:
    return Rect(x - radius, y - radius, x + radius, y + radius)


def _box(x: float, y: float, anchor: str, width: float, size: float) -> Rect:
    left = x if anchor == "start" else x - width if anchor == "end" else x - width / 2
    return Rect(left - BEARING * size, y - ASCENT * size, left + width + BEARING * size, y + DESCENT * size)


def _spots(a: Anchor, extra: float) -> list[tuple[float, float, str]]:
    """(x, baseline, text-anchor) beside the dot: right, left, above, below, then the corners."""
    d = a.radius + GAP + BEARING * a.size + extra
    mid = a.y + (ASCENT - DESCENT) * a.size / 2  # baseline that centres the text on the dot
    corner = d * 0.75
    return [(a.x + d, mid, "start"), (a.x - d, mid, "end"),
            (a.x, a.y - d - DESCENT * a.size, "middle"), (a.x, a.y + d + ASCENT * a.size, "middle"),
            (a.x + corner, a.y - corner - DESCENT * a.size, "start"), (a.x + corner, a.y + corner + ASCENT * a.size, "start"),
            (a.x - corner, a.y - corner - DESCENT * a.size, "end"), (a.x - corner, a.y + corner + ASCENT * a.size, "end")]


def place_labels(anchors: list[Anchor], bounds: Rect, taken: list[Rect] | None = None) -> list[Label | None]:
    """A label per anchor, in the given order of importance, or None where no spot is free.

    ``taken``: boxes no label may cover beyond the anchors' own dots (all dots are obstacles to every label).
    """
    dots = [dot_box(a.x, a.y, a.radius) for a in anchors]
    placed: list[Rect] = list(taken or [])
    labels: list[Label | None] = []
    for a in anchors:
        width = text_width(a.text, a.size, a.bold)
        chosen = None
        for extra in (0.0, LEADER):
            for x, y, anchor in _spots(a, extra):
                box = _box(x, y, anchor, width, a.size)
                if box.inside(bounds) and not any(box.overlaps(other, GAP) for other in placed) \
                        and not any(box.overlaps(dot, GAP) for dot in dots):
                    chosen = Label(a.text, x, y, anchor, a.size, a.bold, box, _leader(a, box) if extra else None)
                    break
            if chosen:
                break
        if chosen:
            placed.append(chosen.box)
        labels.append(chosen)
    return labels


def _leader(a: Anchor, box: Rect) -> tuple[float, float, float, float]:
    """A line from the dot's edge towards the nearest point of the label's box."""
    nx, ny = min(max(a.x, box.left), box.right), min(max(a.y, box.top), box.bottom)
    dx, dy = nx - a.x, ny - a.y
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    return a.x + dx / length * a.radius, a.y + dy / length * a.radius, nx, ny


def centred_label(text: str, x: float, y: float, size: float, bounds: Rect, taken: list[Rect]) -> Label | None:
    """A label centred on a point (a country's name), nudged up or down a line if that is where it fits."""
    width = text_width(text, size)
    for shift in (0.0, -size * 1.2, size * 1.2):
        baseline = y + shift + (ASCENT - DESCENT) * size / 2
        box = _box(x, baseline, "middle", width, size)
        if box.inside(bounds) and not any(box.overlaps(other, GAP) for other in taken):
            return Label(text, x, baseline, "middle", size, False, box)
    return None
