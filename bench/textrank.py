"""A plain TextRank sentence extractor (Mihalcea & Tarau 2004), the baseline for bench/summaries.py.

Deliberately plain: no position prior, no filtering, only the sentence-similarity graph and PageRank,
so that the benchmark shows what the project's summarizer adds on top of centrality alone.
Pure Python, no dependencies.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# Function words carry no topical overlap; TextRank's paper keeps only nouns and adjectives, and a stop list is
# the dependency-free stand-in for a part-of-speech filter.
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once
    only or other our ours out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where which while who whom why
    will with would you your said says say""".split()
)


def content_words(sentence: str) -> frozenset[str]:
    """Lower-cased words of a sentence without stop words."""
    return frozenset(w for w in _WORD.findall(sentence.lower()) if w not in _STOPWORDS)


def similarity(left: frozenset[str], right: frozenset[str]) -> float:
    """TextRank's overlap similarity: shared words normalised by the log of both sentence lengths."""
    if len(left) < 2 or len(right) < 2:
        return 0.0
    shared = len(left & right)
    return shared / (math.log(len(left)) + math.log(len(right))) if shared else 0.0


def pagerank(weights: Sequence[Sequence[float]], damping: float = 0.85, iterations: int = 50) -> list[float]:
    """Weighted PageRank by power iteration over a symmetric weight matrix."""
    size = len(weights)
    out_totals = [sum(row) for row in weights]
    scores = [1.0 / size] * size
    for _ in range(iterations):
        updated = [
            (1 - damping) / size
            + damping * sum(weights[j][i] / out_totals[j] * scores[j] for j in range(size) if weights[j][i])
            for i in range(size)
        ]
        if max(abs(a - b) for a, b in zip(updated, scores)) < 1e-6:
            return updated
        scores = updated
    return scores


def textrank(sentences: Sequence[str], count: int) -> tuple[str, ...]:
    """The `count` most central sentences, in document order."""
    if len(sentences) <= count:
        return tuple(sentences)
    words = [content_words(s) for s in sentences]
    weights = [[similarity(a, b) if i != j else 0.0 for j, b in enumerate(words)] for i, a in enumerate(words)]
    scores = pagerank(weights)
    best = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))[:count]
    return tuple(sentences[i] for i in sorted(best))
