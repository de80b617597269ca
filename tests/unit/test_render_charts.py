import datetime as dt

import html5lib

from generator.render.charts import mentions_chart


def test_chart_has_one_bar_per_non_empty_bin_and_a_text_alternative() -> None:
    bins = ((dt.date(2016, 3, 1), 2), (dt.date(2016, 4, 1), 0), (dt.date(2016, 5, 1), 5))
    svg = str(mentions_chart("month", bins, "Articles mentioning Aleppo"))
    assert svg.count("<rect class=\"bar") == 2
    assert 'aria-label="Articles mentioning Aleppo: 7 articles from Mar 2016 to May 2016; most in May 2016: 5."' in svg
    assert "<script" not in svg
    html5lib.HTMLParser(strict=True).parse(f"<!DOCTYPE html><title>t</title>{svg}")


def test_no_chart_without_articles() -> None:
    assert str(mentions_chart("month", (), "x")) == ""


def test_peak_label_sits_under_the_peak_bar_and_the_numbers_are_a_table() -> None:
    bins = tuple((dt.date(2016, m, 1), c) for m, c in ((1, 1), (2, 0), (3, 2), (4, 9), (5, 1), (6, 1), (7, 0), (8, 1)))
    chart = str(mentions_chart("month", bins, "Articles about Syria"))
    assert '<p class="chart-peak" aria-hidden="true"><span class="peak-mid" style="left: 43.8%">▲<br>peak 9 (Apr 2016)</span>' in chart
    assert '<rect class="bar peak" x="260.0"' in chart  # the peak bar's middle: 3.5 of 8 slots of 640 = 280 = 43.75 %
    assert "Articles per month" in chart and "months, oldest to newest" in chart  # unit and axis named
    table = chart[chart.index("<details"):]
    assert "<caption>Articles about Syria, per month</caption>" in table and "<th scope=\"row\">Apr 2016</th><td>9</td>" in table
    assert "Months with no article are left out." in table


def test_peak_near_an_edge_runs_inwards() -> None:
    first = str(mentions_chart("week", ((dt.date(2016, 5, 2), 5), (dt.date(2016, 5, 9), 1), (dt.date(2016, 5, 16), 1),
                                        (dt.date(2016, 5, 23), 1)), "x"))
    assert 'class="peak-start" style="left: 12.5%">▲ peak 5' in first
    last = str(mentions_chart("week", ((dt.date(2016, 5, 2), 1), (dt.date(2016, 5, 9), 1), (dt.date(2016, 5, 16), 1),
                                       (dt.date(2016, 5, 23), 5)), "x"))
    assert 'class="peak-end" style="right: 12.5%">peak 5 (week of 23 May 2016) ▲' in last
