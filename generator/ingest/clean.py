"""Pure text cleaners for raw articles: title repeats, datelines, site furniture.

Each function takes text and returns text (or parts of it), so each can be
tested on its own and applied in any order by the readers.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

# "TEHRAN (Tasnim) –", "BEIRUT, Jan 5 (Reuters) -", "NEW YORK (AP) —"
_DATELINE = re.compile(
    r"""^(?P<place>[A-Z][A-Z.'\- ]{1,40}?)      # the city, in capitals
        (?:,\s*(?P<when>[^()\n]{1,30}?))?        # an optional date after a comma
        \s*\((?P<source>[^()\n]{2,40})\)         # the outlet in brackets
        \s*[-\u2013\u2014:]+\s*""",
    re.VERBOSE,
)
_FURNITURE = re.compile(
    r"""^(most\s+(visited|read|popular|viewed|shared)(\s+in\s+[\w ]+)?
        |top(\s+[\w]+){0,2}\s+stories
        |related\s+(stories|articles|news|content)
        |(share|print|e-?mail)(\s+this(\s+(article|story|page))?)?
        |advertisement|read\s+more|more\s+on\s+this\s+story|follow\s+us.*)$""",
    re.VERBOSE | re.IGNORECASE,
)
_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_DATE_PATTERNS = (
    # 05 Apr 2017 / 5 April 2017
    re.compile(r"\b(?P<d>\d{1,2})\s+(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<y>(19|20)\d\d)\b"),
    # April 5, 2017 / Apr. 5 2017
    re.compile(r"\b(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(19|20)\d\d)\b"),
    # 2017-04-05
    re.compile(r"\b(?P<y>(19|20)\d\d)-(?P<mm>\d\d)-(?P<d>\d\d)\b"),
)


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    source: str
    rest: str


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no BOM, no stray control characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines, each on one line, whitespace collapsed.

    Furniture lines are dropped first: scrapers often leave several of them on
    consecutive lines, which would otherwise merge into one "paragraph".
    """
    kept = "\n".join(line for line in text.split("\n") if not is_furniture(line))
    blocks = re.split(r"\n\s*\n", kept)
    return [" ".join(block.split()) for block in blocks if block.strip()]


def same_text(a: str, b: str) -> bool:
    """Equal after case folding and ignoring punctuation and spacing."""
    def key(s: str) -> str:
        return re.sub(r"[\W_]+", "", s.casefold())
    return key(a) == key(b)


def drop_repeated_title(title: str, paragraphs: list[str]) -> list[str]:
    """Remove body paragraphs that only repeat the headline (sites print it twice)."""
    return [p for p in paragraphs if not same_text(p, title)]


def is_furniture(paragraph: str) -> bool:
    """Site navigation that scrapers keep: 'Most Visited in Politics', 'Top Stories'."""
    return len(paragraph.split()) <= 8 and bool(_FURNITURE.match(paragraph.strip(" .:|")))


def drop_furniture(paragraphs: list[str]) -> list[str]:
    return [p for p in paragraphs if not is_furniture(p)]


def split_dateline(paragraph: str) -> Dateline | None:
    """Split 'TEHRAN (Tasnim) – text' into place 'Tehran', source 'Tasnim' and the text."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = " ".join(word.capitalize() for word in match["place"].split())
    return Dateline(place=place, source=match["source"].strip(), rest=paragraph[match.end():].strip())


def find_date(text: str) -> dt.date | None:
    """The first full calendar date (with a year) in ``text``, if any."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            found = _to_date(match.groupdict())
            if found:
                return found
    return None


def _to_date(parts: dict[str, str | None]) -> dt.date | None:
    month = int(parts["mm"]) if parts.get("mm") else _MONTHS.get((parts.get("m") or "")[:3].lower())
    if not month:
        return None
    try:
        return dt.date(int(parts["y"] or 0), month, int(parts["d"] or 0))
    except ValueError:
        return None
