"""The scope-classifier experiment's pieces (bench/figures_scope.py) on tiny in-memory data: no corpus needed."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from figures import GoldArticle, GoldMention, SystemFigure  # noqa: E402
from figures_scope import Row, auc, batches_of, label_figures, train, train_bayes  # noqa: E402

LEAD = "A further nine people including five children were killed in the strike on Tuesday."
TOTAL = "More than 320000 people have been killed in Syria since the war began in 2011."


def test_batches_follow_the_round_headers(tmp_path: Path) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text("articles:\n- path: a.txt\n# Round 3 additions\n# more header\n- path: b.txt\n"
                    "# Round 3, second batch\n- path: c.txt\n", encoding="utf-8")
    assert batches_of(gold) == {"a.txt": "r1-2", "b.txt": "r3a", "c.txt": "r3b"}


def test_labels_whatever_the_rules_scope() -> None:
    article = GoldArticle("x.txt", (GoldMention("killed", 9, "nine people", "event", "A further nine people"),
                                    GoldMention("killed", 320000, "More than 320000 people", "background", "More than 320000")), {})
    figures = [SystemFigure("killed", 9, LEAD, "background"), SystemFigure("killed", 320000, TOTAL, "event"),
               SystemFigure("wounded", 3, LEAD, "event")]
    assert label_figures(article, figures) == ["event", "background", "none"]


def test_the_model_learns_a_separable_cue_and_auc_ranks_it() -> None:
    rows = [Row("p", "b", SystemFigure("killed", 1, "s"), {"bias": 1.0, "cue": float(i % 2)}, 1 - i % 2, "")
            for i in range(20)]
    for model in (train(rows), train_bayes(rows)):
        assert model.probability({"bias": 1.0, "cue": 1.0}) < 0.3 < 0.7 < model.probability({"bias": 1.0})
    assert auc([(0.9, "event"), (0.1, "background"), (0.5, "none")]) == 1.0
    assert auc([(0.5, "event"), (0.5, "background")]) == 0.5
