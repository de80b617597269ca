"""An article page's key figures: which one of each kind the totals add."""

from generator.nlp.figures import extract_figures
from generator.render.views import figure_views


def test_the_figure_the_totals_add_is_marked_counted() -> None:
    """'in which 23 people were killed' then 'one of the two gunmen killed': 23 is counted, 2 is shown, never added."""
    figures = extract_figures("Officials said 15 arrests had been made since the attack, in which 23 people were killed. "
                              "He said Labidi was one of the two gunmen killed at the museum.")
    assert [(view.value, view.counted) for view in figure_views(figures)] == [(23, True), (2, False)]
