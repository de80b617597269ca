import datetime as dt

import html5lib

from generator.render.charts import MapPoint, mentions_chart, place_map


def test_chart_has_one_bar_per_non_empty_bin_and_a_text_alternative() -> None:
    bins = ((dt.date(2016, 3, 1), 2), (dt.date(2016, 4, 1), 0), (dt.date(2016, 5, 1), 5))
    svg = str(mentions_chart("month", bins, "Articles mentioning Aleppo"))
    assert svg.count('class="bar"') == 2
    assert 'aria-label="Articles mentioning Aleppo: 7 articles from Mar 2016 to May 2016; busiest month May 2016 with 5."' in svg
    assert "<script" not in svg
    html5lib.HTMLParser(strict=True).parse(f"<!DOCTYPE html><title>t</title>{svg}")


def test_no_chart_without_articles() -> None:
    assert str(mentions_chart("month", (), "x")) == ""


def test_map_puts_the_place_in_the_middle_and_names_its_neighbours() -> None:
    svg = str(place_map(MapPoint("Aleppo", 36.2, 37.16), (MapPoint("Idlib", 35.93, 36.63), MapPoint("Paris", 48.85, 2.35))))
    assert '<circle class="here" cx="130.0" cy="130.0"' in svg
    assert ">Idlib</text>" in svg and "Paris" not in svg  # far-away places stay off the regional map
    assert 'role="img"' in svg and "36.20°N, 37.16°E" in svg
