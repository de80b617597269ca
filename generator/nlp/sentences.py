"""Split news text into sentences: pure Python, rule-based, tuned for news abbreviations and datelines.

A full stop ends a sentence unless it belongs to an abbreviation. Titles before names (Mr., Gen., St.) never
end one; initials (J.), dotted acronyms (U.S., a.m.) and abbreviations like Inc. end one only when the next
word is a typical sentence opener ("The U.S. Army" goes on, "in the U.S. The army" ends). Paragraphs (blank
lines) always end a sentence, and a weekday dateline ("Tuesday, May 3, 2016") is a sentence of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.nlp.openings import guarded

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WHITESPACE = re.compile(r"\s+")

# Sentence-final punctuation, then closing quotes/brackets, then space, then something that can open a sentence.
_CANDIDATE = guarded(r"""([.!?…]+)(["'”’)\]]*)\s+(?=["'“‘(\[]?[A-Z0-9])""")

# Abbreviations that stand before a name or number: a full stop after them never ends a sentence.
_NEVER_FINAL = frozenset(
    """mr mrs ms messrs dr prof gen lt col maj capt cmdr adm brig sgt cpl pvt gov sen rep rev hon pres supt insp
    st ste mt ft fr fig pp vs cf approx dept jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

# Abbreviations that stand before a number ("No. 10"), and are plain words elsewhere ("the answer is no.").
_BEFORE_NUMBER = frozenset("no nos vol".split())

# Abbreviations that can also end a sentence ("... of Apple Inc. The company ...").
_MAYBE_FINAL = frozenset("inc corp co ltd llc plc bros etc al ave blvd rd jr sr ph.d".split())

# Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary.
_OPENERS = frozenset(
    """a an the he she it they we i you this that these those there his her its their our my your in on at
    but and or so however after before when while as if according meanwhile also some many most one two three
    both all no nor yet since although though despite because what who why how where which earlier later last
    next then now today yesterday officials police""".split()
)

# The end of a quotation: `,"` (an attribution follows) or `" said` (lower-case word after the quote).
_QUOTE_CLOSE = guarded(r"""(,)?["”](?:\s+([a-z]))?""")

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_LONG_DATE = rf"{_WEEKDAY},? {_MONTH} \d{{1,2}},? \d{{4}}"
_SHORT_DATE = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}(?: at \d{4})?"
_LEADING_DATE = re.compile(rf"^(?:{_LONG_DATE}|{_SHORT_DATE})(?=\s+\S)")
_TRAILING_DATE = guarded(rf"(?<=\S)\s+({_LONG_DATE})$")


@lru_cache(maxsize=8)  # the figure reader, the summarizer and the background cues each split the same article
def split_sentences(text: str) -> tuple[str, ...]:
    """Sentences of `text` in order; paragraphs are separated by blank lines, whitespace is normalised."""
    sentences: list[str] = []
    for paragraph in _PARAGRAPH_BREAK.split(text):
        flat = _WHITESPACE.sub(" ", paragraph).strip()
        if flat:
            for piece in _split_datelines(flat):
                sentences.extend(_split_paragraph(piece))
    return tuple(sentences)


def _split_datelines(paragraph: str) -> list[str]:
    """Cut a weekday dateline off the start or the end of a paragraph (a headline glued to its date)."""
    pieces = []
    leading = _LEADING_DATE.match(paragraph)
    if leading:
        pieces.append(leading.group())
        paragraph = paragraph[leading.end():].lstrip()
    trailing = _TRAILING_DATE.search(paragraph)
    if trailing:
        return [*pieces, paragraph[: trailing.start()], trailing.group(1)]
    return [*pieces, paragraph]


def _split_paragraph(paragraph: str) -> list[str]:
    sentences, start = [], 0
    quotes = _QuoteBalance(paragraph)
    for match in _CANDIDATE.finditer(paragraph):
        if _ends_sentence(paragraph, match, quotes):
            sentences.append(paragraph[start : match.end(2)])
            start = match.end()
    sentences.append(paragraph[start:])
    return [s for s in sentences if s]


def _ends_sentence(paragraph: str, match: re.Match[str], quotes: _QuoteBalance) -> bool:
    if _inside_attributed_quote(paragraph, match.end(2), quotes):
        return False
    if match.group(1) != ".":
        return True
    word = _word_before(paragraph, match.start(1))
    following = _word_after(paragraph, match.end())
    lowered = word.lower()
    if lowered in _NEVER_FINAL or (lowered in _BEFORE_NUMBER and following[:1].isdigit()):
        return False
    is_initial = len(word) == 1 and word.isalpha()
    is_acronym = "." in word  # U.S, a.m, U.N (the final full stop is not part of `word`)
    if is_initial or is_acronym or lowered in _MAYBE_FINAL:
        return following.lower() in _OPENERS
    return True


class _QuoteBalance:
    """Quote marks seen so far, counted incrementally: boundaries are checked left to right,
    and recounting from the paragraph's start each time is quadratic on long paragraphs."""

    def __init__(self, paragraph: str) -> None:
        self._text, self._position = paragraph, 0
        self.straight = self.opening = self.closing = 0

    def open_at(self, position: int) -> bool:
        chunk = self._text[self._position:position]
        self.straight += chunk.count('"')
        self.opening += chunk.count("“")
        self.closing += chunk.count("”")
        self._position = position
        return self.straight % 2 == 1 or self.opening > self.closing


# How far ahead a quotation's end is looked for (a quote longer than this is not one sentence).
_QUOTE_LOOKAHEAD = 3000


def _inside_attributed_quote(paragraph: str, position: int, quotes: _QuoteBalance) -> bool:
    """True inside a quotation that closes with a comma or before "he said": it belongs to one sentence."""
    if not quotes.open_at(position):
        return False
    closing = _QUOTE_CLOSE.search(paragraph, position, position + _QUOTE_LOOKAHEAD)
    return bool(closing and (closing.group(1) or closing.group(2)))


def _word_before(paragraph: str, end: int) -> str:
    start = paragraph.rfind(" ", 0, end) + 1
    return paragraph[start:end].lstrip("\"'“‘([")


def _word_after(paragraph: str, start: int) -> str:
    end = paragraph.find(" ", start)
    word = paragraph[start : end if end >= 0 else len(paragraph)]
    return word.strip("\"'“‘([,;:")
