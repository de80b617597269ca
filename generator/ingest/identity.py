"""Article identity: the same text twice is one article; the same story from two outlets shares a story id.

Pure functions. ``text_key`` ignores case, spacing and punctuation (FA-KES strips
commas and apostrophes, other copies keep them). ``story_terms`` are the content
words of the headline and the lead, where wire copies of one event agree most.
"""

from __future__ import annotations

import hashlib
import math
import re
from typing import Callable

LEAD_WORDS = 120
MAX_TERMS = 48
_TOKEN = re.compile(r"[^\W_]+")
_STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own said same says she should so some
such than that the their theirs them themselves then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your yours yourself
yourselves one two three four five six seven eight nine ten new news told according year years
monday tuesday wednesday thursday friday saturday sunday week day today yesterday last first since
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec people reported report reports reuters afp
""".split())


SHORT_BODY_WORDS = 40


def text_key(title: str, body_text: str) -> str:
    """Identity of an article's words: equal for the same body however it is spaced or punctuated.

    The headline is left out (outlets retitle the same copy: FA-KES has four such
    pairs), except for short bodies, where two teasers could share their words.
    """
    tokens = _TOKEN.findall(body_text.casefold())
    if len(tokens) < SHORT_BODY_WORDS:
        tokens = _TOKEN.findall(title.casefold()) + tokens
    words = " ".join(tokens)
    return "text:" + hashlib.sha256(words.encode("utf-8")).hexdigest()[:24]


def story_terms(title: str, body_text: str) -> frozenset[str]:
    """Distinctive words of the headline and lead, for matching reports of one event."""
    lead = " ".join(body_text.split()[:LEAD_WORDS])
    terms: list[str] = []
    for token in _TOKEN.findall(f"{title} {lead}".casefold()):
        if token in _STOPWORDS or len(token) < 3 and not token.isdigit() or token.isdigit() and len(token) < 2:
            continue
        terms.append(token[:7])  # a crude stem: "bombing"/"bombings", "killed"/"killing"
    return frozenset(list(dict.fromkeys(terms))[:MAX_TERMS])


def story_similarity(a: frozenset[str], b: frozenset[str], weight: Callable[[str], float] = lambda term: 1.0) -> float:
    """Cosine similarity (0..1) of two term sets, each term counted with ``weight(term)`` squared."""
    shared = sum(weight(t) ** 2 for t in a & b)
    if not shared:
        return 0.0
    return shared / math.sqrt(sum(weight(t) ** 2 for t in a) * sum(weight(t) ** 2 for t in b))
