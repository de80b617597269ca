"""Pure text cleaners for raw articles: title repeats, datelines, site furniture.

Each function takes text and returns text (or parts of it), so each can be
tested on its own and applied in any order by the readers.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# "TEHRAN (Tasnim) –", "BEIRUT, Jan 5 (Reuters) -", "NEW YORK (AP) —"
# A wire story's advisory and byline may stand before it: "(Adds details, background) By Steve Holland WASHINGTON,
# Nov 15 (Reuters) - ..." (the byline's words are in title case, so it stops at the city in capitals).
_DATELINE = re.compile(
    r"""^(?:\((?:Adds|Updates?|Recasts?|Corrects?|Repeats?|Writes\s+through|Changes?|Fixes)\b[^()\n]{0,60}\)\s*)?
        (?:By\s+(?P<author>[A-Z][a-z][\w.'\-]*(?:\s+(?:[A-Z]\.|[A-Z][a-z][\w.'\-]*)){1,3})\s+)?
        (?P<place>[A-Z][A-Z.'\-/ ]{1,40}?)     # the city, in capitals ("ISTANBUL/BEIRUT": two)
        (?:,\s*(?P<when>[^()\n]{1,30}?))?        # an optional date after a comma
        \s*\((?P<source>[^()\n]{2,40})\)         # the outlet in brackets
        \s*[-\u2013\u2014:]+\s*""",
    re.VERBOSE,
)
# The outlet in brackets glued to the lead's first word, after a place or alone: "Boston (CNN)Dun Meng ...",
# "Kano, Nigeria (CNN)Hundreds ...", "(The Hollywood Reporter)It's ...". The glue is the cue (an aside in brackets
# is followed by a space), so the place may be in title case. Its region stays: "Venice, California" is no Venice in Italy.
_PLACE_WORDS = r"[A-Z][\w.'\-]*(?:\ (?:[A-Z][\w.'\-]*|de|da|do|dos|del|es|el|al|la|le|of))*?"
# A dateline in title case is one only with its date: "Santiago, Chile, Jan. 5 (UPI) -- Chile's former dictator ..."
# (without the date, "Labour (Mr Smith) - text" would be one too).
_TITLE_CASE_DATELINE = re.compile(
    rf"""^(?P<place>{_PLACE_WORDS}(?:,\ {_PLACE_WORDS}){{0,2}}),\s*
        (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?
        \s*\((?P<source>[A-Z][^()\n]{{1,39}})\)\s*[-\u2013\u2014]+\s*""",
    re.VERBOSE,
)
# ... or set off by one space when the bracket names a known outlet: "Washington (CNN) A huge Obama foreign policy
# decision ..." (with any name, "Human Rights Watch (HRW) Researchers found" would be a dateline too).
_SPACED_DATELINE = re.compile(
    rf"""^(?P<place>{_PLACE_WORDS}(?:,\ {_PLACE_WORDS}){{0,2}})\ \((?P<source>[A-Z][^()\n]{{1,39}})\)(?:\ |\s*[-\u2013\u2014]{{1,2}}\s*)(?=[A-Z0-9"'\u201c\u2018])""",
    re.VERBOSE,
)
_GLUED_DATELINE = re.compile(
    rf"""^(?:(?P<place>{_PLACE_WORDS}(?:,\ {_PLACE_WORDS}){{0,2}})\ )?   # "Boston ", "Chao Hu, Anhui, China "
        \((?P<source>[A-Z][^()\n]{{1,39}})\)                          # the outlet in brackets
        (?=[A-Z0-9"'\u201c\u2018])                                   # glued to the lead's first word""",
    re.VERBOSE,
)
# A newspaper's dateline names no outlet, only its date: "WASHINGTON, Nov. 23 - A harshly critical report ...",
# "REDMOND, Wash. -- Nov. 11, 2004 -- MSN today debuted ..." (the city in capitals, then the day).
_DATED_DATELINE = re.compile(
    r"""^(?P<place>[A-Z][A-Z.'\-]{2,}(?:\ [A-Z][A-Z.'\-]+){0,3})
        (?:,\s*[A-Z][a-z]+\.?(?:\ [A-Z][a-z]+\.?)?)?                  # its state or country: "Wash.", "West Bank"
        \s*(?:,|[-\u2013\u2014]{1,2})\s*
        (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?
        (?P<when>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?)
        \s*[-\u2013\u2014]{1,2}\s+(?=[A-Z0-9"\u201c])""",
    re.VERBOSE,
)
# ... or its state or country and a long dash, without a day: "COLUMBUS, Georgia -- At least 20 people were arrested"
_REGION_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3}),\s*(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?"
                              r"\s*(?:--|\u2014|\u2013)\s*(?=[A-Z0-9\"\u201c])")
_GLUED_PLACE_CHARS = 60
_FURNITURE = re.compile(
    r"""^(most\s+(visited|read|popular|viewed|shared)(\s+in\s+[\w ]+)?
        |top(\s+[\w]+){0,2}\s+stories
        |related\s+(stories|articles|news|content)
        |(share|print|e-?mail)(\s+this(\s+(article|story|page))?)?
        |advertisement|read\s+more|more\s+on\s+this\s+story|follow\s+us.*
        |the\s+wayback\s+machine\s+-\s+\S+
        |(https?://)?[\w.-]*\w\.(com|org|net|co\.uk)(/\S*)?)$""",
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
    # 18.05.2017 (Sputnik), 21-05-2016 (Al-Manar), 17/12/2004 (Telegraph): day first, as those outlets
    # write it; month first only when the second number cannot be a month (12/17/2004).
    re.compile(r"(?<![\d.:/-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<mm>\d{1,2})(?P=sep)(?P<y>(19|20)\d\d)(?![\d.:/-]\d)"),
    # "Jul 152015": month, two-digit day and year run together (Jordan Times)
    re.compile(r"\b(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{2})(?P<y>(19|20)\d\d)\b"),
)
EARLIEST = dt.date(1900, 1, 1)  # a date before this (or after the day of ingest) is not a publication date


# "Wed 05 Apr 2017 at 0914 Title. Text", "April 6 2017 Title. Text", "12 February 2015 Text" (FA-KES)
_DATE_FIRST = re.compile(
    r"""^(?:(?:Published|Updated|Last\ updated|Posted)(?:\ on|\ at)?:?\s+)?
        (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?
        (?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d
          |[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)
        (?:\s+at\s+\d{1,2}:?\d\d(?:\s*(?:GMT|UTC))?)?
        \s*[-\u2013\u2014|:]?\s+""",
    re.VERBOSE,
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Unicode category Cc, less tab and newline
_WORD = re.compile(r"\w+")
# After a repeated headline: its closing quote or bracket ("... the 'Mets Poet'"), then a stop, dash or space.
_TITLE_END = re.compile(r"[\"'\u2019\u201d)\]]*(?:\s*[.:;\-\u2013\u2014|]+\s*|\s+)")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\ufffd\u00ad"))
# Hard-wrapped text: no line longer than this, most lines close to it.
_WRAP_WIDTH = 90


# Wiki markup (Wikinews sources): [[target|label]], {{w|target|label}}, [[Image:...]], bold/italic quotes.
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]*)\]\]")
_WIKI_MEDIA = re.compile(r"\[\[(?:Image|File|Category):[^\[\]]*\]\]", re.IGNORECASE)
_WIKI_W = re.compile(r"\{\{w\|(?:[^{}|]*\|)?([^{}|]*)\}\}")
_WIKI_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}|\{\{byline\|date|\{?\{?[a-z]+\}\}")
_WIKI_EMPHASIS = re.compile(r"'{2,3}([^']+)'{2,3}")


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    source: str
    rest: str
    author: str = ""  # a wire byline before the dateline ("By Steve Holland WASHINGTON, Nov 15 (Reuters) -")
    when: str = ""  # the date it gives ("Nov 15", "Nov. 11, 2004")


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no BOM, no control, zero-width or replacement characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).translate(_INVISIBLE)
    return _CONTROL.sub("", text)


# A character reference left in text copied from a web page's source ("Bryn F&#244;n", "AT&amp;T"). Only the
# complete form with its semicolon: a bare "&copy" or "R&D" in prose stays as written.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_character_references(text: str) -> str:
    """HTML character references in plain text to the characters they name; unknown names stay as written."""
    if "&" not in text:
        return text
    return normalise_text(_CHARACTER_REFERENCE.sub(lambda m: html.unescape(m[0]), text))


def strip_wiki_markup(text: str) -> str:
    """Wiki markup to its visible text: links keep their label; images and templates go."""
    if "[[" not in text and "{{" not in text and "}}" not in text:
        return text
    previous = None
    while previous != text:  # innermost first: image captions hold links
        previous = text
        text = _WIKI_MEDIA.sub("", _WIKI_LINK.sub(r"\1", _WIKI_W.sub(r"\1", text)))
    return _WIKI_EMPHASIS.sub(r"\1", _WIKI_TEMPLATE.sub("", text))


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs, each on one line, whitespace collapsed.

    Blank lines separate paragraphs. Text without any blank line is either one
    paragraph per line or hard-wrapped prose, where a short line ending a
    sentence ends a paragraph. Furniture lines are dropped first: scrapers often
    leave several of them on consecutive lines, which would otherwise merge.
    """
    lines = [line for line in text.strip().split("\n") if not is_furniture(line)]
    kept = "\n".join(lines)
    if not re.search(r"\n\s*\n", kept) and len(lines) > 1:
        kept = "\n\n".join(_unwrap(lines) if _is_hard_wrapped(lines) else lines)
    blocks = re.split(r"\n\s*\n", kept)
    return [" ".join(block.split()) for block in blocks if block.strip()]


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Lines cut at a width: mostly long, and mostly ending mid-sentence."""
    kept = [line.rstrip() for line in lines if line.strip()]
    lengths = [len(line) for line in kept]
    sentence_ends = sum(bool(re.search(r"[.!?:\"'\u201d\u2019]$", line)) for line in kept)
    return max(lengths) <= _WRAP_WIDTH and sum(n >= 50 for n in lengths) >= 0.6 * len(kept) and sentence_ends < 0.5 * len(kept)


def _unwrap(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []
    width = max(len(line) for line in lines)
    for line in lines:
        current.append(line)
        if len(line.rstrip()) < 0.75 * width and re.search(r"[.!?:\"'\u201d\u2019]\s*$", line):
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs + ([" ".join(current)] if current else [])


# A date followed by its verb is what a sentence talks about ("December 16, 2014 was a dark day"), not a stamp.
DATE_AS_SUBJECT = re.compile(r"(?:19|20)\d\d\b[\s,]*(?:was|is|will|marked|saw|had|has|became|remains)\b", re.IGNORECASE)


def split_leading_date(paragraph: str) -> tuple[dt.date | None, str]:
    """'Wed 05 Apr 2017 Text' -> (2017-04-05, 'Text'); unchanged when it does not start with a date."""
    match = _DATE_FIRST.match(paragraph)
    if not match or DATE_AS_SUBJECT.search(paragraph, 0, match.end() + 16):
        return None, paragraph
    day = find_date(match["date"])
    return (day, paragraph[match.end():]) if day else (None, paragraph)


def strip_title_prefix(title: str, paragraph: str) -> str:
    """Drop the headline when a paragraph starts by repeating it ('Title. First sentence')."""
    return split_title_prefix(title, paragraph)[1]


def split_title_prefix(title: str, paragraph: str) -> tuple[str, str]:
    """The byline and the text of a paragraph that starts by repeating the headline, also after a byline:
    'by Asharq Al-Awsat English Title First sentence' -> ('Asharq Al-Awsat English', 'First sentence')."""
    stripped = _strip_title(title, paragraph)
    byline = _BYLINE_START.match(paragraph)
    if stripped != paragraph or not byline:
        return "", stripped
    first = _WORD.search(title)
    if first is None:
        return "", paragraph
    for match in re.finditer(rf"\b{re.escape(first.group())}\b", paragraph[:_BYLINE_MAX_CHARS], re.IGNORECASE):
        rest = paragraph[match.start():]
        candidate = _strip_title(title, rest)
        if candidate != rest:
            return paragraph[byline.end():match.start()].strip(), candidate
    return "", paragraph


_BYLINE_START = re.compile(r"(?:posted\s+)?by\s+(?=\S)", re.IGNORECASE)
_BYLINE_MAX_CHARS = 120  # a byline is a name or an outlet, never a sentence


def _strip_title(title: str, paragraph: str) -> str:
    words = [_folded(w) for w in _WORD.findall(title)]
    found = _WORD.finditer(paragraph)
    end = 0
    for expected, token in zip(words, found):
        if _folded(token.group()) != expected or re.search(r"\w", paragraph[end:token.start()]):
            return paragraph
        end = token.end()
    if not words or len(_WORD.findall(paragraph[:end])) != len(words):
        return paragraph
    gap = _TITLE_END.match(paragraph, end)
    rest = paragraph[gap.end():] if gap else ""
    return rest if rest.strip() and gap else paragraph


def _folded(word: str) -> str:
    """The word case-folded and without accents: a headline typed 'Licen' repeats a body's 'Ličen'."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _text_key(text: str) -> str:
    """Case folded, without punctuation and spacing: what two spellings of one line share."""
    return re.sub(r"[\W_]+", "", text.casefold())


def same_text(a: str, b: str) -> bool:
    """Equal after case folding and ignoring punctuation and spacing."""
    return _text_key(a) == _text_key(b)


def repeats_title(paragraph: str, title: str) -> bool:
    """The paragraph is the headline, or the headline without a label before it ("Updated", "UPDATED", "Breaking")."""
    line, headline = _text_key(paragraph), _text_key(title)
    return bool(line) and (line == headline or (headline.endswith(line) and len(line) >= 0.6 * len(headline)))


def drop_repeated_title(title: str, paragraphs: list[str]) -> list[str]:
    """Remove body paragraphs that only repeat the headline (sites print it twice)."""
    return [p for p in paragraphs if not repeats_title(p, title)]


def drop_printed_twice(paragraphs: list[str]) -> list[str]:
    """Text a page printed twice in a row, once: a paragraph again, or a standfirst that is the lead's opening
    sentence(s), glued before them in copy without line breaks ("Fighting raged in Kobani on Saturday. Fighting
    raged in Kobani on Saturday. The ..."). A sentence of 40 characters or more is never repeated at once on purpose."""
    kept: list[str] = []
    for paragraph in paragraphs:
        if kept and len(paragraph) >= _TWICE_MIN and _text_key(paragraph) == _text_key(kept[-1]):
            continue
        kept.append(paragraph)
    opening = _OPENING_TWICE.match(kept[0]) if kept else None
    if opening:
        kept[0] = kept[0][opening.end(1):].lstrip()
    return kept


_TWICE_MIN = 40
# The opening sentence(s), 40 to 600 characters to a sentence's end, then the same again.
_OPENING_TWICE = re.compile(r"(.{40,600}?[.!?][\"'\u201d\u2019)]*)\s+\1(?=\s|$)", re.S)


def is_furniture(paragraph: str) -> bool:
    """Site navigation that scrapers keep: 'Most Visited in Politics', 'Top Stories'."""
    return len(paragraph.split()) <= 8 and bool(_FURNITURE.match(paragraph.strip(" .:|")))


def drop_furniture(paragraphs: list[str]) -> list[str]:
    return [p for p in paragraphs if not is_furniture(p)]


def split_dateline(paragraph: str, is_outlet: Callable[[str], bool] = lambda name: False) -> Dateline | None:
    """Split 'TEHRAN (Tasnim) – text' into place 'Tehran', source 'Tasnim' and the text; also the outlet glued to
    the first word, 'Boston (CNN)Text' (place 'Boston') or '(CNN)Text' (no place), and a known outlet (``is_outlet``)
    one space before it, 'Washington (CNN) Text'."""
    match = _DATELINE.match(paragraph)
    if match:
        place = " ".join("/".join(part.capitalize() for part in word.split("/")) for word in match["place"].split())
        return Dateline(place=place, source=match["source"].strip(), rest=paragraph[match.end():].strip(), author=match["author"] or "",
                        when=match["when"] or "")
    titled = _TITLE_CASE_DATELINE.match(paragraph)
    if titled:
        return Dateline(place=titled["place"], source=titled["source"].strip(), rest=paragraph[titled.end():].strip())
    dated = _DATED_DATELINE.match(paragraph) or _REGION_DATELINE.match(paragraph)
    if dated:
        place = " ".join(word.capitalize() for word in dated["place"].split())
        return Dateline(place=place, source="", rest=paragraph[dated.end():].strip(), when=dated.groupdict().get("when") or "")
    spaced = _SPACED_DATELINE.match(paragraph)
    # (Not an outlet's name then its initials: "Human Rights Watch (HRW) - Researchers found ..." defines them.)
    spaced = spaced if spaced and is_outlet(spaced["source"]) and not is_outlet(spaced["place"]) else None
    glued = spaced if spaced and spaced.start("source") <= _GLUED_PLACE_CHARS else _GLUED_DATELINE.match(paragraph)
    if not glued or glued.start("source") > _GLUED_PLACE_CHARS:  # a place, not a run of capitalised words
        return None
    place = glued["place"] or ""
    if place.isupper():
        place = " ".join(word.capitalize() for word in place.split())
    return Dateline(place=place, source=glued["source"].strip(), rest=paragraph[glued.end():].strip())


def first_date(text: str) -> tuple[dt.date, int] | None:
    """The earliest full calendar date in ``text`` and where it starts (``find_date`` takes patterns in turn)."""
    found = [(match.start(), day) for pattern in _DATE_PATTERNS for match in pattern.finditer(text)
             if (day := _to_date(match.groupdict())) is not None]
    if not found:
        return None
    start, day = min(found, key=lambda item: item[0])
    return day, start


def find_date(text: str) -> dt.date | None:
    """The first full calendar date (with a year) in ``text``, if any."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            found = _to_date(match.groupdict())
            if found:
                return found
    return None


def _to_date(parts: dict[str, str | None]) -> dt.date | None:
    month = int(parts["mm"] or 0) if parts.get("mm") else _MONTHS.get((parts.get("m") or "")[:3].lower(), 0)
    day = int(parts["d"] or 0)
    if parts.get("sep") and month > 12 >= day:  # 12/17/2004: month first after all
        day, month = month, day
    if not month:
        return None
    try:
        found = dt.date(int(parts["y"] or 0), month, day)
    except ValueError:
        return None
    return found if EARLIEST <= found <= dt.date.today() else None
