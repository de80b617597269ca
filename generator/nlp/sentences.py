"""Sentence splitting that survives news text.

A full stop ends a sentence unless it belongs to an abbreviation ("U.N.",
"Mr.", "a.m."), an initial ("J. Smith") or a number ("3.5"). Quotes and
brackets that close right after the stop stay with their sentence.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cmdr adm gov sen rep pres st mt ft jr sr rev
    hon no vol fig jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept est
    approx vs etc al e.g i.e a.m p.m u.s u.n u.k e.u u.s.a d.c""".split()
)
# Candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"""[.!?]+['"\u2019\u201d)\]]*(?=\s+)""")
_NEXT_STARTS_SENTENCE = re.compile(r"""\s+['"\u2018\u201c(\[]*[A-Z0-9]""")


def split_sentences(text: str) -> tuple[str, ...]:
    """Split ``text`` (paragraphs separated by blank lines) into sentences."""
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        sentences.extend(_split_paragraph(" ".join(paragraph.split())))
    return tuple(sentences)


def _split_paragraph(paragraph: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        if not _NEXT_STARTS_SENTENCE.match(paragraph, end):
            continue
        if match.group().startswith(".") and _is_abbreviation(paragraph[start:match.start()], paragraph[end:]):
            continue
        pieces.append(paragraph[start:end].strip())
        start = end
    tail = paragraph[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces


def _is_abbreviation(before: str, after: str) -> bool:
    words = before.split()
    if not words:
        return False
    word = words[-1].lstrip("(\"'\u201c\u2018").lower()
    if word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS:
        # "a.m." or "U.S." can still end a sentence; assume it does only when a
        # typical sentence opener follows.
        return not re.match(r"\s*(The|He|She|It|They|We|I|In|On|A|An|But|This|That)\b", after)
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))  # dotted acronym like "u.s"
