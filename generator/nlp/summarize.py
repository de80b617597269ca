"""Extractive summaries for news: a lede, a few summary sentences and short key points.

Pure Python and fast (well under a millisecond for a typical article). Every sentence of the body is first
cleaned (dateline, glued headline, agency byline) and dropped if it is site furniture, a caption, a heading, a
date, a question or the headline again. The rest are scored by what predicts a good news summary: position (the
lead is the strongest single signal in news), overlap with the headline, centrality (how much of the
article's recurring vocabulary the sentence holds) and density of names and numbers, less penalties for
overlong sentences and for first-person speech outside quotation marks (an unattributed quote). A sentence
that opens with a word pointing back ("He said ...", "But ...") is never chosen. Sentences are picked greedily,
skipping near-duplicates of those already picked, and returned in text order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from generator.models import Summary
from generator.nlp.sentences import split_sentences

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once
    only or other our ours out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where which while who whom why
    will with would you your said says say told also one two new""".split()
)

# Words that make a sentence lean on the one before it.
_DEPENDENT_OPENERS = frozenset(
    """he she they it his her their its this that these those but however and yet still such then
    thus hence besides instead otherwise nevertheless""".split()
)
_BACK_REFERENCE = re.compile(
    r"^(?:The|This|That|These|Those|Such) (?:remarks?|comments?|move|statement|decision|announcement|report|"
    r"incident|attack|development|step|call|claims?)\b"
)

_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?\s*\([^)]{1,40}\)\s*[-–—]+\s*|"
    r"^[A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+)*\s*[-–—]+\s*"
)
# Connectives that only add "and another thing": the sentence stands alone without them.
_LEADING_CONNECTIVE = re.compile(r"^(?:Also|Meanwhile|Moreover|Furthermore|In addition|Separately|Additionally),?\s+(?=\S)")
# Where a long sentence's main clause ends and an elaboration begins.
_ELABORATION = re.compile(r", (?:saying|adding|noting|stressing|claiming|according to|while|which|who) |; | [–—] ")
_TRAILING_BYLINE = re.compile(r"\s*[-–—]{1,2}\s*(?:Reuters|AFP|AP|SANA|TASS|Sputnik|dpa|Xinhua|ANI)\.?\s*$")
# Site furniture, captions and credits (matched in the lower-cased sentence).
_FURNITURE_PHRASES = (
    "most visited", "top stories", "e-mail this", "email this", "click here", "all rights reserved",
    "copyright", "subscribe", "sign up", "follow us", "read more", "advertisement", "share this", "print this",
    "image:", "image;", "photo:", "photograph:", "(ap photo", "credit:", "file photo", "collaboration page",
    "this exclusive interview",
)
_BYLINE = re.compile(r"^(?:By|BY) [A-Z][a-z]+ [A-Z][a-z]+\W*$|^Related\b")
_DATE_ONLY = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December) \d{1,2},? \d{4}\W*$|^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3,9} "
    r"\d{4}(?: at \d{4})?$"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|we|We|we're|We're|our|Our|us|my|My|you|You|your|Your)\b")
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')
_INFORMATIVE = re.compile(r" (?:[A-Z]|[^ ]*[0-9])")
_SENTENCE_END = re.compile(r"""[.!]["'”’)\]]*$""")

POSITION_WEIGHT = 0.5
TITLE_WEIGHT = 0.6
CENTRALITY_WEIGHT = 1.0
DENSITY_WEIGHT = 0.3
LENGTH_PENALTY = 0.5
FIRST_PERSON_PENALTY = 0.6
LONG_SENTENCE_WORDS = 45
NEAR_DUPLICATE = 0.7  # share of the shorter sentence's content words above which it repeats the other
KEY_POINT_MAX_WORDS = 32
LEDE_POOL = 3  # the lede is the earliest of this many best-scored sentences
LEDE_MIN_WORDS = 10


@dataclass(frozen=True, slots=True)
class _Candidate:
    position: int  # rank among kept sentences, 0 = first
    text: str
    words: frozenset[str]
    word_count: int
    dependent: bool
    first_person: bool  # speaks as "I/we/you" outside quotation marks: an unattributed quote


def summarize(title: str, text: str, *, sentences: int = 3, key_points: int = 4) -> Summary:
    """Lede, `sentences` summary sentences (text order) and up to `key_points` short points of an article."""
    candidates = _candidates(title, split_sentences(text))
    if not candidates:
        return Summary(lede="", sentences=(), key_points=())
    scores = _scores(title, candidates)
    ranked = sorted(range(len(candidates)), key=lambda i: (-scores[i], i))
    chosen = _pick(candidates, ranked, sentences)
    standalone = [i for i in ranked if not candidates[i].dependent]
    lede = candidates[_lede(candidates, standalone or ranked)].text
    shortened = {i: _shorten(candidates[i].text) for i in standalone}
    short = [i for i in standalone if shortened[i].count(" ") < KEY_POINT_MAX_WORDS]
    points = _pick(candidates, short, key_points)
    return Summary(
        lede=lede,
        sentences=tuple(candidates[i].text for i in sorted(chosen)),
        key_points=tuple(shortened[i] for i in sorted(points)),
    )


def _lede(candidates: Sequence[_Candidate], ranked: Sequence[int]) -> int:
    """The earliest of the best few full sentences: what happened, as the article's lead tells it."""
    full = [i for i in ranked if candidates[i].word_count >= LEDE_MIN_WORDS and not candidates[i].first_person]
    return min((full or list(ranked))[:LEDE_POOL])


def _candidates(title: str, sentences: Sequence[str]) -> list[_Candidate]:
    title_key = _normalise(title)
    kept: list[_Candidate] = []
    for sentence in sentences:
        text = _clean(sentence, title)
        if _is_furniture(text, title_key):
            continue
        tokens = _WORD.findall(text)
        words = frozenset(t.lower() for t in tokens) - _STOPWORDS
        dependent = tokens[0].lower() in _DEPENDENT_OPENERS or bool(_BACK_REFERENCE.match(text))
        first_person = bool(_FIRST_PERSON.search(_QUOTED.sub("", text)))
        kept.append(_Candidate(len(kept), text, words, len(tokens), dependent, first_person))
    return kept


def _clean(sentence: str, title: str) -> str:
    """The sentence without a leading dateline, a headline glued in front, or a trailing agency byline."""
    text = _DATELINE.sub("", sentence, count=1)
    if title and text.lower().startswith(title.lower()) and len(text) > len(title) + 30:
        text = text[len(title):].lstrip(" .:–—-")
    text = _TRAILING_BYLINE.sub("", text).strip()
    connective = _LEADING_CONNECTIVE.match(text)
    if connective:
        text = text[connective.end():]
        text = text[:1].upper() + text[1:]
    return text


def _shorten(sentence: str) -> str:
    """A key point: the main clause of a long sentence, without a trailing ", saying ..." elaboration."""
    if sentence.count(" ") < KEY_POINT_MAX_WORDS:
        return sentence
    cut = _ELABORATION.search(sentence)
    if cut is None or cut.start() < 40 or _open_quote(sentence[: cut.start()]):
        return sentence
    return sentence[: cut.start()].rstrip(" ,;") + "."


def _open_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _is_furniture(text: str, title_key: str) -> bool:
    word_count = text.count(" ") + 1
    lowered = text.lower()
    return (
        word_count < 6
        or text.endswith("?")
        or not _SENTENCE_END.search(text) and word_count < 15
        or _normalise(text) == title_key
        or any(phrase in lowered for phrase in _FURNITURE_PHRASES)
        or bool(_DATE_ONLY.match(text) or _BYLINE.match(text))
    )


def _normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _scores(title: str, candidates: Sequence[_Candidate]) -> list[float]:
    title_words = frozenset(w.lower() for w in _WORD.findall(title)) - _STOPWORDS
    frequency = Counter(w for c in candidates for w in c.words)
    centrality = [sum(frequency[w] - 1 for w in c.words) / (len(c.words) + 4) for c in candidates]
    top_centrality = max(centrality) or 1.0
    scores = []
    for candidate, central in zip(candidates, centrality):
        score = (
            POSITION_WEIGHT / (1 + candidate.position)
            + TITLE_WEIGHT * len(candidate.words & title_words) / max(len(title_words), 1)
            + CENTRALITY_WEIGHT * central / top_centrality
            + DENSITY_WEIGHT * _density(candidate.text)
            - FIRST_PERSON_PENALTY * candidate.first_person
            - LENGTH_PENALTY * max(0, candidate.word_count - LONG_SENTENCE_WORDS) / LONG_SENTENCE_WORDS
        )
        scores.append(score)
    return scores


def _density(text: str) -> float:
    """Share of tokens that are names or numbers (capitalised after the first token, or containing a digit)."""
    return len(_INFORMATIVE.findall(text)) / (text.count(" ") + 1)


def _pick(candidates: Sequence[_Candidate], ranked: Sequence[int], count: int) -> list[int]:
    """Up to `count` of `ranked`, best first: never a sentence leaning on another, never a near-duplicate."""
    picked: list[int] = []
    for index in ranked:
        if len(picked) == count:
            break
        words = candidates[index].words
        if not candidates[index].dependent and all(
            _overlap(words, candidates[other].words) <= NEAR_DUPLICATE for other in picked
        ):
            picked.append(index)
    return picked


def _overlap(left: frozenset[str], right: frozenset[str]) -> float:
    """How much of the shorter sentence the longer one already says (1.0 = all of it)."""
    smaller = min(len(left), len(right))
    return len(left & right) / smaller if smaller else 1.0
