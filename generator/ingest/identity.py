"""Article identity: the same text twice is one article.

Pure functions. ``text_key`` ignores case, spacing and punctuation (FA-KES strips
commas and apostrophes, other copies keep them). Which articles report the same
story is decided at build time (``generator.nlp.stories``).
"""

from __future__ import annotations

import hashlib
import re

_TOKEN = re.compile(r"[^\W_]+")
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
