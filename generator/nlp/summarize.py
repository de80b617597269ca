"""Extractive summaries: a lede, a few summary sentences and short key points.

In news the lead is the strongest single signal, so position weighs most; word
centrality and overlap with the headline break ties, and near-duplicates are
skipped. Sentences that cannot stand alone (an opening pronoun) or are site
boilerplate are never chosen.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from generator.models import Summary
from generator.nlp.sentences import split_sentences

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+|\d[\d,.]*")
_STOPWORDS = frozenset(
    """a an the and or but if of in on at to for from by with about as into over after before
    is are was were be been being has have had do does did will would can could should may might
    that this these those it its he she they them their his her we our you your i not no said says
    also than then there which who whom whose what when where while more most other such""".split()
)
_BOILERPLATE = re.compile(
    r"(click here|all rights reserved|follow us|subscribe|sign up|newsletter|copyright|\u00a9|"
    r"read more|photo:|image:|caption|e-mail this|advertisement)", re.IGNORECASE)
_DEPENDENT_OPENING = re.compile(r"^(He|She|They|It|This|These|Those|That|His|Her|Their|But|However|Also|Meanwhile)\b")
_LEADING_CONNECTIVE = re.compile(r"^(Also|However|Meanwhile|Moreover|In addition|Separately),?\s+", re.IGNORECASE)
MAX_KEY_POINT_WORDS = 30


def summarize(title: str, text: str, *, sentences: int = 3, key_points: int = 4) -> Summary:
    """Pick a lede, ``sentences`` summary sentences and ``key_points`` short points from ``text``."""
    candidates = split_sentences(text)
    scores = _score(title, candidates)
    ranked = _pick(candidates, scores, len(candidates))
    if not ranked:
        return Summary(lede="", sentences=(), key_points=())
    chosen = sorted(ranked[:sentences])
    summary = tuple(candidates[i] for i in chosen)
    lede = candidates[min(ranked[:2])]
    points = tuple(_shorten(candidates[i]) for i in sorted(ranked[:key_points]))
    return Summary(lede=lede, sentences=summary, key_points=points)


def _words(sentence: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(sentence) if w.lower() not in _STOPWORDS]


def _usable(index: int, sentence: str) -> bool:
    count = len(sentence.split())
    if count < 6 or count > 70 or _BOILERPLATE.search(sentence):
        return False
    return index == 0 or not _DEPENDENT_OPENING.match(sentence)


def _score(title: str, candidates: tuple[str, ...]) -> list[float]:
    """Position + centrality + headline overlap, each roughly in [0, 1]."""
    bags = [Counter(_words(s)) for s in candidates]
    document = Counter[str]()
    for bag in bags:
        document.update(set(bag))
    title_words = set(_words(title))
    scores = []
    for index, (sentence, bag) in enumerate(zip(candidates, bags)):
        if not _usable(index, sentence) or not bag:
            scores.append(-1.0)
            continue
        centrality = sum(document[w] - 1 for w in bag) / (len(bag) * max(1, len(candidates) - 1))
        headline = len(title_words & set(bag)) / max(1, len(title_words))
        position = 1.0 / math.sqrt(1 + index)
        scores.append(1.2 * position + centrality + 0.6 * headline)
    return scores


def _pick(candidates: tuple[str, ...], scores: list[float], limit: int) -> list[int]:
    """Indices by descending score, skipping near-duplicates of chosen sentences."""
    picked: list[int] = []
    seen: list[set[str]] = []
    for index in sorted(range(len(candidates)), key=lambda i: (-scores[i], i)):
        if scores[index] < 0 or len(picked) >= limit:
            break
        words = set(_words(candidates[index]))
        if any(len(words & other) / max(1, len(words | other)) > 0.6 for other in seen):
            continue
        picked.append(index)
        seen.append(words)
    return picked


def _shorten(sentence: str) -> str:
    """A key point: no leading connective, at most ~30 words, cut at a clause boundary."""
    point = _LEADING_CONNECTIVE.sub("", sentence)
    point = point[0].upper() + point[1:] if point else point
    words = point.split()
    if len(words) <= MAX_KEY_POINT_WORDS:
        return point
    head = " ".join(words[:MAX_KEY_POINT_WORDS])
    cut = max(head.rfind(", "), head.rfind("; "))
    return (head[:cut] if cut > len(head) // 2 else head).rstrip(",;") + "\u2026"
