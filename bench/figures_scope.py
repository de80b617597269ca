"""Experiment (issue 14): does a learned scope classifier generalise better than the hand rules?

    python bench/figures_scope.py [--gold PATH] [--corpus DIR] [--out FILE]

The hand rules (generator/nlp/figure*.py) decide each casualty figure's scope: ``event`` (the story's news,
summed into the site's totals) or ``background`` (running totals, history, other incidents). They score
well on the dev gold they were written from and worse on every blind batch. This script tests whether a
small logistic regression over the rules' own signals plus lexical context decides better on text it was
not trained on.

Training table: every people figure the system extracts from a DEV gold article (bench/figures.py's text
and context; held-out articles are never read), labelled 1 when it matches a gold EVENT mention by
bench/figures.py's rule (same kind and count, same sentence first, then anywhere in the article), else 0
(a gold background mention, or no gold mention at all: a figure that should not be summed either way).
The target is "should this figure be claimed as the story's news".

Evaluation, never splitting an article between train and test:
  * leave one annotation batch out (the gold file's rounds, cut at its "# Round ..." headers: each blind batch
    was annotated apart, so a held-out batch is text of a new kind, as on the blind scores); an article whose
    ingested text equals an earlier batch's article is left out of the later batch (word-for-word copies);
  * 10-fold cross-validation grouped by article (folds by a hash of the path).
Per fold, the figures of the test articles get new scopes from each policy and are scored with
bench/figures.py's score_article, the bench's own matching:
  rules       the rules' scopes as they are;
  clf@t       the classifier alone: event when P(event) >= t;
  veto@t      the rules, except that a rules' event with P(event) < t becomes background (the classifier may
              only take figures out of the totals, when it is confident).
Thresholds are fixed before the run (0.5 for clf; 0.2 and 0.35 for veto); the sweep below them is printed for
reading, and picking its best row would be tuning on the test folds.
Caveat: the rules were written from all of dev, so "rules" on dev folds is optimistic (the blind batches scored
the rules of their day at killed P 0.87-0.91); the classifier's rule features share that optimism. The honest
version: ``--rules`` reads an older tree's rules and ingest and ``--train-batches`` trains on the batches those
rules were written from, testing on each later batch alone, which those rules never saw (main 3f5e376: written
before round 6, it reproduces the blind scores recorded for r6a and r6d; main b737d96: before round 5).
``--model bayes`` swaps the logistic regression for Bernoulli naive Bayes.

    python bench/figures_scope.py [--model bayes] --out bench/data/figures_scope/current-logistic.md
    git archive 3f5e376 generator | tar -x -C /tmp/fig7-rules-3f5e376
    python bench/figures_scope.py --rules /tmp/fig7-rules-3f5e376 --train-batches r1-2,r3a,r3b,r4,r5 [--model bayes]
    git archive b737d96 generator | tar -x -C /tmp/fig7-rules-b737d96
    python bench/figures_scope.py --rules /tmp/fig7-rules-b737d96 --train-batches r1-2,r3a,r3b,r4 [--model bayes]

Result (2026-11-30, branch figures7; bench/data/figures_scope/README.md): no clear win, not wired in. The
classifier alone is worse than the rules everywhere (blind splits: background taken as event 21.7-25.6 % against
the rules' 13.2-16.2 %). Given the rules' decision, both models mostly copy it; as a veto the logistic regression
moves one or two figures and naive Bayes three or four on the blind splits (13.2 % -> 10.9 %, 16.2 % -> 14.4 %,
killed recall -0.004) while on the dev folds it takes out 8 true events for 3 wrong ones. The targets (P >= 0.95,
background <= 2 %) stay out of reach.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent)]

from figures import (  # noqa: E402
    CORPUS,
    GOLD_PATH,
    KINDS,
    REPO,
    ArticleScore,
    GoldArticle,
    SystemFigure,
    article_context,
    article_text,
    load_gold,
    same_sentence,
    score_article,
    split_of,
)

sys.path[:0] = [str(REPO)]

RESULTS = REPO / "bench" / "data" / "figures_scope_results.md"
FEATURE_WINDOW = 6  # words either side of a count read as its context
L2 = 1.0  # ridge penalty of the logistic regression (on the summed log-loss)
EPOCHS = 60
LEARNING_RATE = 0.3
MIN_FEATURE_COUNT = 2  # a lexical feature seen in fewer training figures is dropped


# --- the table ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    """One system figure of one dev article, with its features and its label."""

    path: str
    batch: str
    figure: SystemFigure
    features: dict[str, float]
    label: int  # 1: matches a gold event mention (should be claimed); 0: should not
    gold: str  # "event", "background" or "none": what it matched, for the confusion counts


def batches_of(gold_path: Path) -> dict[str, str]:
    """Each article's annotation batch: the "# Round ..." header above it in the gold file ("r1-2" before any)."""
    batch, found = "r1-2", {}
    # (A batch added later, under its own "# Round ..." header, is "b10", "b11", ...: train on all the others with
    # --train-batches and it is tested alone, blind.)
    names = itertools.chain(("r3a", "r3b", "r4", "r5", "r6a", "r6b", "r6c", "r6d"), (f"b{n}" for n in itertools.count(10)))
    in_header = False
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# Round") and not in_header:
            if "at its end" not in line:  # round 6's summary paragraph, not a batch
                batch = next(names)
            in_header = True
            continue
        in_header = line.startswith("#")
        match = re.match(r"- path:\s*(\S+)", line)
        if match:
            found[match.group(1)] = batch
    return found


def label_figures(article: GoldArticle, figures: Sequence[SystemFigure]) -> list[str]:
    """Per system figure (whatever its scope): "event" when it matches a gold event mention by bench/figures.py's
    steps 1-2 (same kind and count, the same sentence first), "background" when its kind and count or sentence
    match a gold background mention (step 3), else "none"."""
    events = [m for m in article.mentions if m.scope == "event"]
    background = [m for m in article.mentions if m.scope == "background"]
    labels = ["none"] * len(figures)
    free = list(range(len(events)))
    for step in (1, 2):
        for i, f in enumerate(figures):
            if labels[i] != "none":
                continue
            hit = next((j for j in free if events[j].kind == f.kind and events[j].count == f.value
                        and (step == 2 or same_sentence(events[j].sentence, f.sentence))), None)
            if hit is not None:
                free.remove(hit)
                labels[i] = "event"
    free_bg = list(range(len(background)))
    for i, f in enumerate(figures):
        if labels[i] != "none":
            continue
        hit = next((j for j in free_bg if background[j].kind == f.kind and background[j].count == f.value), None)
        if hit is None:
            hit = next((j for j in free_bg if background[j].kind == f.kind and same_sentence(background[j].sentence, f.sentence)), None)
        if hit is not None:
            free_bg.remove(hit)
            labels[i] = "background"
    return labels


_VAGUE_WORD = re.compile(r"\b(?:dozens?|scores|tens|hundreds|thousands|millions)\b", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")
_STOP = frozenset("the a an of in on at to and or for by with from as is was were be been are that this it its".split())
_TIME_WORDS = {
    "year": re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])"),
    "month": re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"),
    "weekday": re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    "today": re.compile(r"\b(?:today|yesterday|overnight|tonight|this\s+morning)\b", re.IGNORECASE),
    "since": re.compile(r"\bsince\b", re.IGNORECASE),
    "ago": re.compile(r"\b(?:ago|earlier|previous|last)\b", re.IGNORECASE),
    "perfect": re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?been\b", re.IGNORECASE),
    "pluperfect": re.compile(r"\bhad\b", re.IGNORECASE),
    "modal": re.compile(r"\b(?:could|would|might|may|will)\b"),
    "said": re.compile(r"\b(?:said|says|told|reported|according)\b", re.IGNORECASE),
    "total": re.compile(r"\b(?:total|toll|so\s+far|overall|altogether)\b", re.IGNORECASE),
    "war": re.compile(r"\b(?:war|conflict|uprising|crisis)\b", re.IGNORECASE),
}


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _content(text: str) -> set[str]:
    return {w[:5] for w in _words(text) if w not in _STOP and not w.isdigit()}


def _bucket(value: float, edges: Sequence[float]) -> int:
    return sum(value >= e for e in edges)


def figure_features(figure: Any, *, position: int, title: str, published: Any, lead_day: int | None,
                    first_of_kind: Mapping[str, int], title_values: set[tuple[str, int]], order: int) -> dict[str, float]:
    """The features of one figure: the rules' decision and signals, its place in the article, its lexical context.

    ``position`` is its sentence's index in the body (-1 for the headline), ``first_of_kind`` the value of the article's
    first figure of each kind, ``title_values`` the headline's (kind, value) pairs, ``order`` the figure's index among
    the article's figures of its kind."""
    from generator.nlp import figure_time, figure_words
    from generator.nlp.figure_context import other_headline
    from generator.nlp.figure_time import OTHER, THIS, earlier_weekday, time_of
    from generator.nlp.figure_words import _PERFECT, _TODAY, has_cue

    # (Older rules, see --rules, lack some of today's signals: those features are then never on.)
    names_period = getattr(figure_time, "names_period", lambda text: False)
    refers_back = getattr(figure_time, "refers_back", lambda text: False)
    comparison = getattr(figure_words, "_COMPARISON", re.compile(r"(?!x)x"))
    is_exact = getattr(figure_words, "is_exact", lambda text: not _VAGUE_WORD.search(text))

    sentence = figure.sentence
    f: dict[str, float] = {"bias": 1.0, f"kind={figure.kind}": 1.0}
    rule_bg = figure.scope == "background"
    f["rule=bg"] = 1.0 if rule_bg else 0.0
    # The rules' sentence-level signals.
    when = time_of(sentence, published)
    signals = {
        "cue": has_cue(sentence), "period": names_period(sentence), "time=other": when == OTHER, "time=this": when == THIS,
        "comparison": bool(comparison.search(sentence)), "perfect_verb": bool(_PERFECT.search(sentence)),
        "today": bool(_TODAY.search(sentence)), "earlier_weekday": earlier_weekday(sentence, lead_day),
        "refers_back": refers_back(sentence), "other_headline": position >= 0 and other_headline(sentence, 0, len(sentence), title),
    }
    f.update({f"sig:{k}": 1.0 for k, v in signals.items() if v})
    # Place in the article.
    f["pos=title" if position < 0 else f"pos={min(_bucket(position, (1, 2, 3, 6, 11)), 5)}"] = 1.0
    f[f"order={min(order, 3)}"] = 1.0
    # The number.
    f[f"value={_bucket(figure.value, (10, 100, 1000, 10000))}"] = 1.0
    if not is_exact(figure.text):
        f["vague"] = 1.0
    first = first_of_kind.get(figure.kind)
    if first is not None and order > 0:
        ratio = figure.value / max(first, 1)
        f["vs_first=" + ("big" if ratio >= 10 else "above" if ratio > 1 else "same" if ratio == 1 else "below")] = 1.0
    if position >= 0 and (figure.kind, figure.value) in title_values:
        f["in_title"] = 1.0
    # Shares the headline's words.
    own, head = _content(sentence), _content(title)
    if position >= 0 and own and head:
        f[f"title_overlap={_bucket(len(own & head) / len(own), (0.1, 0.2, 0.35))}"] = 1.0
    # Time and tense words in the sentence.
    f.update({f"has:{name}": 1.0 for name, pattern in _TIME_WORDS.items() if pattern.search(sentence)})
    # Words around the count.
    at = sentence.find(figure.text) if figure.text else -1
    if at < 0:
        at = 0
    left = [w for w in _words(sentence[:at]) if not w.isdigit()][-FEATURE_WINDOW:]
    right = [w for w in _words(sentence[at + len(figure.text):]) if not w.isdigit()][:FEATURE_WINDOW]
    f.update({f"L:{w}": 1.0 for w in left})
    f.update({f"R:{w}": 1.0 for w in right})
    return f


def build_table(gold: Sequence[GoldArticle], corpus: Path, gold_path: Path) -> list[Row]:
    """The dev articles' system figures, featured and labelled (held-out articles are never read)."""
    from generator.nlp.figure_context import headline, segments
    from generator.nlp.figure_time import lead_weekday
    from generator.nlp.figures import extract_figures
    from generator.nlp.sentences import split_sentences

    batches = batches_of(gold_path)
    rows: list[Row] = []
    seen_texts: dict[str, str] = {}
    for article in gold:
        if split_of(article.path) != "dev":
            continue
        text = article_text(corpus, article.path)
        if text in seen_texts and batches[seen_texts[text]] != batches[article.path]:
            continue  # a word-for-word copy of an earlier batch's article: it would leak across folds
        seen_texts.setdefault(text, article.path)
        published, title = article_context(corpus, article.path)
        found = [f for f in extract_figures(text, published=published, title=title) if f.kind in KINDS]
        system = [SystemFigure(f.kind, f.value, f.sentence, f.scope) for f in found]
        labels = label_figures(article, system)
        sentences = split_sentences(text)
        where: dict[str, int] = {}
        for number, sentence in enumerate(sentences):
            for piece in segments(sentence):
                where.setdefault(" ".join(piece.split()), number)
            where.setdefault(" ".join(sentence.split()), number)
        head = " ".join(headline(title).split())
        lead_day = lead_weekday(sentences[0]) if sentences else None
        first_of_kind: dict[str, int] = {}
        for f in found:
            first_of_kind.setdefault(f.kind, f.value)
        title_values = {(f.kind, f.value) for f in found if " ".join(f.sentence.split()) == head}
        seen_kind: Counter[str] = Counter()
        rows_of: list[Any] = []  # the article's figures featured so far
        for f, sys_f, label in zip(found, system, labels):
            flat = " ".join(f.sentence.split())
            position = -1 if flat == head and flat not in where else where.get(flat, _nearest(flat, where))
            features = figure_features(f, position=position, title=title, published=published, lead_day=lead_day,
                                       first_of_kind=first_of_kind, title_values=title_values, order=seen_kind[f.kind])
            features.update(_wider(f, position, sentences, rows_of))
            rows_of.append(f)
            seen_kind[f.kind] += 1
            rows.append(Row(article.path, batches[article.path], sys_f, features, int(label == "event"), label))
    return rows


def _wider(figure: Any, position: int, sentences: Sequence[str], earlier: Sequence[Any]) -> dict[str, float]:
    """Second-round features (prefixed "x:"), added after the first run: the sentence's words, the time words of the
    sentence before, the lead's words, and whether the count repeats an earlier figure of its kind."""
    f: dict[str, float] = {f"x:S:{w}": 1.0 for w in _words(figure.sentence) if w not in _STOP and not w.isdigit()}
    if position > 0:
        before = sentences[position - 1]
        f.update({f"x:prev:{name}": 1.0 for name, pattern in _TIME_WORDS.items() if pattern.search(before)})
        own, lead = _content(figure.sentence), _content(sentences[0])
        if own:
            f[f"x:lead_overlap={_bucket(len(own & lead) / len(own), (0.1, 0.2, 0.35))}"] = 1.0
    if any(e.kind == figure.kind and e.value == figure.value for e in earlier):
        f["x:repeats_earlier"] = 1.0
    if not any(e.kind == figure.kind and e.scope == "event" for e in earlier) and figure.scope == "event":
        f["x:first_rules_event"] = 1.0
    return f


def _nearest(piece: str, where: Mapping[str, int]) -> int:
    """The index of the sentence holding ``piece`` (a piece cut after the headline), 0 if none is found."""
    return next((n for s, n in where.items() if piece in s), 0)


# --- logistic regression --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Model:
    weights: dict[str, float]

    def probability(self, features: Mapping[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# Feature sets compared: everything; without the words around the count; without the rules' own decision.
# ("x:" features were added after the first run had been read: "+ wider context" is a second look, not a blind one.)
VARIANTS: dict[str, Callable[[str], bool]] = {
    "all features": lambda k: not k.startswith("x:"),
    "no context words": lambda k: not k.startswith(("L:", "R:", "x:")),
    "without the rules' decision": lambda k: k != "rule=bg" and not k.startswith("x:"),
    "+ wider context (2nd look)": lambda k: True,
    # (What a first, faulty naive Bayes read, which took "rule=bg" 0.0 as present: kept to show what it was.)
    "no context words, without the rules' decision (3rd look)": lambda k: k != "rule=bg" and not k.startswith(("L:", "R:", "x:")),
}


def train(rows: Sequence[Row], *, use: Callable[[str], bool] = VARIANTS["all features"], l2: float | None = None, epochs: int = EPOCHS,
          rate: float = LEARNING_RATE) -> Model:
    """L2-regularised logistic regression by full-batch AdaGrad, deterministic (no sampling)."""
    l2 = L2 if l2 is None else l2
    counts = Counter(k for r in rows for k in r.features if use(k))
    keep = {k for k, c in counts.items() if c >= MIN_FEATURE_COUNT or ":" not in k or k.startswith("sig:")}
    data = [({k: v for k, v in r.features.items() if k in keep}, r.label) for r in rows]
    w: dict[str, float] = defaultdict(float)
    g2: dict[str, float] = defaultdict(lambda: 1e-8)
    for _ in range(epochs):
        grad: dict[str, float] = defaultdict(float)
        for x, y in data:
            z = sum(w[k] * v for k, v in x.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for k, v in x.items():
                grad[k] += (p - y) * v
        for k in keep:
            g = grad[k] + (l2 * w[k] if k != "bias" else 0.0)
            g2[k] += g * g
            w[k] -= rate * g / math.sqrt(g2[k])
    return Model({k: v for k, v in w.items() if v})


def train_bayes(rows: Sequence[Row], *, use: Callable[[str], bool] = VARIANTS["all features"], alpha: float = 1.0) -> Model:
    """Bernoulli naive Bayes (Laplace smoothing ``alpha``) written as the linear model it is: one weight per feature,
    the absent features' terms folded into the bias."""
    counts = Counter(k for r in rows for k, v in r.features.items() if use(k) and v)
    keep = {k for k, c in counts.items() if (c >= MIN_FEATURE_COUNT or ":" not in k or k.startswith("sig:")) and k != "bias"}
    n = Counter(r.label for r in rows)
    seen: dict[int, Counter[str]] = {0: Counter(), 1: Counter()}
    for r in rows:  # (a feature is present when its value is not 0: "rule=bg" is 0.0 for the rules' events)
        seen[r.label].update(k for k, v in r.features.items() if k in keep and v)
    weights = {"bias": math.log((n[1] + alpha) / (n[0] + alpha))}
    for k in keep:
        p1 = (seen[1][k] + alpha) / (n[1] + 2 * alpha)
        p0 = (seen[0][k] + alpha) / (n[0] + 2 * alpha)
        weights[k] = math.log(p1 / p0) - math.log((1 - p1) / (1 - p0))
        weights["bias"] += math.log((1 - p1) / (1 - p0))
    return Model(weights)


TRAINERS: dict[str, Callable[..., Model]] = {"logistic": train, "bayes": train_bayes}
TRAINER = "logistic"


# --- policies and scores --------------------------------------------------------------------------------------

Policy = Callable[[Row, float], str]


def policies() -> dict[str, Policy]:
    found: dict[str, Policy] = {"rules": lambda r, p: r.figure.scope}
    for t in (0.5, 0.3, 0.7):
        found[f"clf@{t}"] = lambda r, p, t=t: "event" if p >= t else "background"
    for t in (0.2, 0.35, 0.1, 0.5):
        found[f"veto@{t}"] = lambda r, p, t=t: "background" if r.figure.scope == "event" and p < t else r.figure.scope
    # Both ways: also a rules' background the classifier is sure is news becomes an event.
    found["flip@0.2/0.9"] = lambda r, p: "background" if p < 0.2 else "event" if p > 0.9 else r.figure.scope
    return found


PRIMARY = ("rules", "clf@0.5", "veto@0.2", "veto@0.35")


# A fold's or a run's counts: the figures bench's own score, summed over articles.
Totals = ArticleScore


def cells(t: Totals) -> str:
    """Killed and wounded precision / recall, and background taken as event, as table cells."""
    def pr(kind: str) -> str:
        p = t.true_positive[kind] / t.system[kind] if t.system[kind] else float("nan")
        r = t.found[kind] / t.gold_event[kind] if t.gold_event[kind] else float("nan")
        return f"{p:.3f} / {r:.3f}"

    pct = 100 * t.background_taken / t.gold_background if t.gold_background else float("nan")
    return f"{pr('killed')} | {pr('wounded')} | {t.background_taken}/{t.gold_background} ({pct:.1f} %)"


def _totals() -> Totals:
    return ArticleScore()


def score_fold(gold: Mapping[str, GoldArticle], rows: Sequence[Row], probs: Sequence[float], policy: Policy) -> Totals:
    by_article: dict[str, list[SystemFigure]] = defaultdict(list)
    for row, p in zip(rows, probs):
        by_article[row.path].append(replace(row.figure, scope=policy(row, p)))
    totals = _totals()
    for path in sorted({r.path for r in rows} | set()):
        totals.add(score_article(gold[path], by_article[path]))
    return totals


def cross_validate(gold: Mapping[str, GoldArticle], rows: Sequence[Row], folds: Mapping[str, str],
                   test_paths: Mapping[str, Sequence[str]], use: Callable[[str], bool] = VARIANTS["all features"],
                   ) -> tuple[dict[str, dict[str, Totals]], dict[str, Totals], list[tuple[float, str]]]:
    """Per fold and policy, and summed over folds: the scores of the test articles (every test article, figures or not);
    and the rules' event figures of the test folds, each with its P(event) and what it matched in the gold."""
    per_fold: dict[str, dict[str, Totals]] = {}
    overall = {name: _totals() for name in policies()}
    ranked: list[tuple[float, str]] = []  # (P(event), what it matched in the gold) of the rules' events in the test folds
    for fold in sorted(set(folds.values()) - {"train"}):
        train_rows = [r for r in rows if folds[r.path] != fold and (folds[r.path] == "train" or "train" not in folds.values())]
        test_rows = [r for r in rows if folds[r.path] == fold]
        model = TRAINERS[TRAINER](train_rows, use=use)
        probs = [model.probability({k: v for k, v in r.features.items() if use(k)}) for r in test_rows]
        ranked.extend((p, r.gold) for r, p in zip(test_rows, probs) if r.figure.scope == "event")
        per_fold[fold] = {}
        for name, policy in policies().items():
            t = score_fold(gold, test_rows, probs, policy)
            # Articles of the fold with no system figure still have gold mentions (misses).
            for path in test_paths[fold]:
                if not any(r.path == path for r in test_rows):
                    t.add(score_article(gold[path], []))
            per_fold[fold][name] = t
            overall[name].add(t)
    return per_fold, overall, ranked


def auc(ranked: Sequence[tuple[float, str]]) -> float:
    """The chance that a random gold event scores above a random other figure (ties count half)."""
    pos = [p for p, y in ranked if y == "event"]
    neg = [p for p, y in ranked if y != "event"]
    if not pos or not neg:
        return float("nan")
    wins = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a in pos for b in neg)
    return wins / (len(pos) * len(neg))


def report(gold: Sequence[GoldArticle], corpus: Path, gold_path: Path, train_batches: Sequence[str] = ()) -> str:
    rows = build_table(gold, corpus, gold_path)
    by_path = {a.path: a for a in gold}
    batches = batches_of(gold_path)
    used = sorted({a.path for a in gold if split_of(a.path) == "dev"} - _copies(gold, corpus, batches))
    lines = ["# Figure scope: hand rules vs a learned classifier (bench/figures_scope.py)", "",
             f"Model: {TRAINER}" + (f", ridge penalty L2 = {L2}." if TRAINER == "logistic" else " (Bernoulli, Laplace smoothing)."), "",
             f"Training table: {len(rows)} system people figures from {len(used)} dev articles "
             f"({sum(r.label for r in rows)} match a gold event mention; of the rest "
             f"{sum(r.gold == 'background' for r in rows)} a background mention, {sum(r.gold == 'none' for r in rows)} none). "
             f"Rules' scope on them: event {sum(r.figure.scope == 'event' for r in rows)}, "
             f"background {sum(r.figure.scope == 'background' for r in rows)}.", "",
             "Cells: killed P / R | wounded P / R | background taken as event (bench/figures.py's matching, test articles only).", ""]
    schemes = {
        "leave one batch out": {p: batches[p] for p in used},
        "10 folds grouped by article": {p: f"f{int(hashlib.sha256(p.encode()).hexdigest(), 16) % 10}" for p in used},
    }
    if train_batches:  # one split: train on these batches, test on each later one (a fold per test batch, same model)
        schemes = {f"trained on {', '.join(train_batches)} only": {p: "train" if batches[p] in train_batches else batches[p] for p in used}}
    curve: list[tuple[float, str]] = []
    for scheme, folds in schemes.items():
        test_paths: dict[str, list[str]] = defaultdict(list)
        for p in used:
            test_paths[folds[p]].append(p)
        lines += [f"## {scheme}: all folds summed", "", "| features | policy | killed P / R | wounded P / R | background as event |",
                  "| --- | --- | --- | --- | --- |"]
        for variant, use in VARIANTS.items():
            per_fold, overall, ranked = cross_validate(by_path, rows, folds, test_paths, use)
            vetoed = Counter(g for p, g in ranked if p < 0.35)
            if variant == "all features":
                curve = ranked
            lines += [f"| {variant} | {name} | {cells(t)} |" for name, t in overall.items()
                      if variant == "all features" or name != "rules"]
            area = auc(ranked)
            lines.append(f"| {variant} | (veto@0.35 took out {sum(vetoed.values())} rules' events: gold "
                         + (", ".join(f"{k} {v}" for k, v in sorted(vetoed.items())) or "-")
                         + f"; AUC of P(event) among the rules' events: {area:.3f}) | | | |")
        lines += ["", f"## {scheme}: the rules' events taken out by a veto at each threshold (all features)", "",
                  "| veto below P(event) | taken out | of them gold event (true news lost) | gold background | no gold mention |",
                  "| ---: | ---: | ---: | ---: | ---: |"]
        for t in (0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9):
            out = Counter(g for p, g in curve if p < t)
            lines.append(f"| {t} | {sum(out.values())} | {out['event']} | {out['background']} | {out['none']} |")
        lines.append(f"| (all the rules' events) | {len(curve)} | {sum(g == 'event' for _, g in curve)} | "
                     f"{sum(g == 'background' for _, g in curve)} | {sum(g == 'none' for _, g in curve)} |")
        for variant in ("all features", "no context words"):
            per_fold, overall, _ = cross_validate(by_path, rows, folds, test_paths, VARIANTS[variant])
            lines += ["", f"## {scheme}: fold by fold ({variant}, primary policies)", "",
                      "| fold | articles | policy | killed P / R | wounded P / R | background as event |", "| --- | ---: | --- | --- | --- | --- |"]
            for fold, scores in per_fold.items():
                for name in PRIMARY:
                    if variant == "all features" or name != "rules":
                        lines.append(f"| {fold} | {len(test_paths[fold])} | {name} | {cells(scores[name])} |")
        lines.append("")
    model = train(rows)
    top = sorted(model.weights.items(), key=lambda kv: -abs(kv[1]))[:30]
    lines += ["## The model trained on all dev figures: its 30 largest weights (positive: event)", "",
              ", ".join(f"{k} {v:+.2f}" for k, v in top), ""]
    return "\n".join(lines)


def _copies(gold: Sequence[GoldArticle], corpus: Path, batches: Mapping[str, str]) -> set[str]:
    seen: dict[str, str] = {}
    copies = set()
    for a in gold:
        if split_of(a.path) != "dev":
            continue
        text = article_text(corpus, a.path)
        if text in seen and batches[seen[text]] != batches[a.path]:
            copies.add(a.path)
        seen.setdefault(text, a.path)
    return copies


def main(argv: Sequence[str] | None = None) -> int:
    global L2, TRAINER
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD_PATH)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, help=f"also write the table to this file (e.g. {RESULTS.relative_to(REPO)})")
    parser.add_argument("--rules", type=Path, help="a folder holding another version's generator/ package (e.g. from git archive), "
                        "whose rules and ingest are read instead of this tree's")
    parser.add_argument("--train-batches", default="", help="comma-separated batches (r1-2,r3a,...) to train on; each other "
                        "batch is tested on alone (for rules that were written before those batches)")
    parser.add_argument("--model", choices=sorted(TRAINERS), default=TRAINER, help="logistic regression (default) or naive Bayes")
    parser.add_argument("--l2", type=float, default=L2, help=f"ridge penalty (default {L2}; other values to check the result is no accident of it)")
    args = parser.parse_args(argv)
    L2, TRAINER = args.l2, args.model
    if args.rules:
        sys.path.insert(0, str(args.rules.resolve()))
    train_batches = tuple(b for b in args.train_batches.split(",") if b)
    text = report(load_gold(args.gold), args.corpus, args.gold, train_batches)
    if args.rules:
        import generator

        text = f"Rules and ingest read from {args.rules} ({Path(generator.__file__).parent}).\n\n" + text
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
