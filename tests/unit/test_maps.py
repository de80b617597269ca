"""Maps: the shipped Natural Earth data, framing, clipping, and labels that never overlap (checked on the SVG)."""

from __future__ import annotations

import re

import html5lib
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.geodata import DATA, countries, country_shape
from generator.render.labels import ASCENT, BEARING, DESCENT, Rect, text_width
from generator.render.maps import COUNTRY_FONT, FOCUS_FONT, PLACE_FONT, MapMarker, draw_map, fit_frame, world_frame

TEXT = re.compile(r'<text class="([^"]+)" x="([-\d.]+)" y="([-\d.]+)"(?: text-anchor="(\w+)")?>([^<]*)</text>')
CIRCLE = re.compile(r'<circle class="[^"]+" cx="([-\d.]+)" cy="([-\d.]+)" r="([-\d.]+)"')
# Crowded places of the issue: Aleppo and al-Bab, Beirut, Zabadani and Damascus.
CROWDED = (("Aleppo", 36.20, 37.16, 9), ("al-Bab", 36.37, 37.52, 4), ("Beirut", 33.89, 35.50, 7), ("Zabadani", 33.72, 36.10, 3),
           ("Damascus", 33.51, 36.29, 8), ("Douma", 33.57, 36.40, 2), ("Eastern Ghouta", 33.55, 36.45, 5), ("Homs", 34.73, 36.72, 4),
           ("Idlib", 35.93, 36.63, 6), ("Manbij", 36.53, 37.95, 2), ("Raqqa", 35.95, 39.01, 5), ("Deir ez-Zor", 35.33, 40.14, 3))


def label_boxes(svg: str) -> list[tuple[str, Rect]]:
    """Every label's box as drawn: the same font sizes as the stylesheet, the text's estimated width."""
    boxes = []
    for css, x, y, anchor, text in TEXT.findall(svg):
        size = COUNTRY_FONT if "country-name" in css else FOCUS_FONT if "here-label" in css else PLACE_FONT
        width = text_width(text.replace("&amp;", "&"), size, "here-label" in css)
        left = float(x) - (0 if not anchor or anchor == "start" else width if anchor == "end" else width / 2)
        boxes.append((text, Rect(left - BEARING * size, float(y) - ASCENT * size, left + width + BEARING * size, float(y) + DESCENT * size)))
    return boxes


def assert_no_overlap(svg: str) -> None:
    boxes = label_boxes(svg)
    for i, (a, box_a) in enumerate(boxes):
        for b, box_b in boxes[i + 1:]:
            assert not box_a.overlaps(box_b), f"labels {a!r} and {b!r} overlap"
    for cx, cy, r in CIRCLE.findall(svg):
        dot = Rect(float(cx) - float(r), float(cy) - float(r), float(cx) + float(r), float(cy) + float(r))
        for text, box in boxes:
            assert not box.overlaps(dot), f"label {text!r} covers a dot"


def markers(rows: tuple[tuple[str, float, float, int], ...]) -> tuple[MapMarker, ...]:
    return tuple(MapMarker(name, lat, lon, weight, f"places/{name.lower()}.html", (str(weight),)) for name, lat, lon, weight in rows)


def test_shipped_outlines_are_small_and_know_the_theatres() -> None:
    assert DATA.stat().st_size < 300_000
    assert {"SY", "LB", "IQ", "UA", "PS", "IL", "SD", "SS", "YE", "AF"} <= {c.code for c in countries()}
    syria = country_shape("SY")
    assert syria is not None and 35 < syria.box[0] < 36.5 and 41 < syria.box[2] < 43
    russia = country_shape("RU")
    assert russia is not None and russia.box[0] > 0  # the main body, not a box across the antimeridian


def test_crowded_syria_labels_do_not_overlap_and_every_place_is_in_the_table() -> None:
    syria = country_shape("SY")
    assert syria is not None
    svg = str(draw_map(fit_frame(syria.box, 480), markers(CROWDED), map_id="m", title="Syria", columns=("Articles",),
                       root="../", focus=frozenset({"SY"})))
    assert_no_overlap(svg)
    labelled = {text for text, _ in label_boxes(svg)}
    assert {"Aleppo", "Damascus", "Beirut"} <= labelled  # the biggest get their names
    table = svg[svg.index("<details"):]
    assert all(f">{name}</a>" in table for name, *_ in CROWDED)
    assert 'class="land focus"' in svg and 'aria-labelledby="m-title m-desc"' in svg and 'href="../places/aleppo.html"' in svg
    assert "http" not in svg  # nothing to fetch
    html5lib.HTMLParser(strict=True).parse(f"<!DOCTYPE html><title>t</title>{svg}")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.text("abcdefghijklmnopqrstuvwxyzAĀ -", min_size=1, max_size=18),
                          st.floats(32.0, 37.5), st.floats(35.5, 42.0), st.integers(1, 30)), min_size=1, max_size=30))
def test_labels_never_overlap_whatever_the_places(rows: list[tuple[str, float, float, int]]) -> None:
    rows.sort(key=lambda row: -row[3])
    svg = str(draw_map(fit_frame((35.5, 32.0, 42.0, 37.5), 480), markers(tuple(rows)), map_id="m", title="t", columns=("n",)))
    assert_no_overlap(svg)


def test_places_outside_the_frame_stay_in_the_table_only() -> None:
    rows = (("Aleppo", 36.2, 37.16, 3), ("Paris", 48.85, 2.35, 5))
    svg = str(draw_map(fit_frame((35.5, 32.0, 42.0, 37.5), 480), markers(rows), map_id="m", title="t", columns=("n",)))
    drawn = svg[: svg.index("</svg>")]
    assert "<title>Paris</title>" not in drawn and ">Paris</a>" in svg and "1 more outside the map" in svg


def test_world_frame_draws_every_country_clipped_to_the_view() -> None:
    frame = world_frame(960)
    svg = str(draw_map(frame, (), map_id="w", title="World", columns=()))
    assert svg.count('class="land"') >= 170
    numbers = [float(n) for n in re.findall(r"[ M](-?[\d.]+),", svg)]
    assert min(numbers) >= -3.5 and max(numbers) <= frame.width + 3.5  # clipped just outside the view
    assert len(svg) < 120_000


def test_label_sizes_are_the_stylesheets() -> None:
    """Placement reckons with the font sizes the stylesheet gives map labels: the two must agree."""
    css = (DATA.parents[1] / "default_templates" / "static" / "style.css").read_text(encoding="utf-8")
    for selector, size in ((".map .label", PLACE_FONT), (".map .here-label", FOCUS_FONT), (".map .country-name", COUNTRY_FONT)):
        rule = re.search(re.escape(selector) + r" \{([^}]*)\}", css)
        assert rule is not None and f"font-size: {size:g}px" in rule.group(1), selector
