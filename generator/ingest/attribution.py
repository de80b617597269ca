"""Who reported an article: the outlet its copy credits, else its page's or feed's name, else its web domain.

Only the places where copy credits itself count, never an outlet the text quotes ("..., Reuters
reported"): a dateline ("MOSCOW (Sputnik) -", also after a page's furniture), an opening stamp
("AFP Sunday 14 Sep 2014", "Regional NNA - ", a date then "SANA Seven people...", "(CNN)Police said"), a
byline naming an outlet ("by Asharq Al-Awsat English"), a closing credit ("--Reuters", "- AFP", "(Source: Syrian
Coalition)", "Source TRTWorld and agencies") and a page footer ("Comment via Sputnik News", "(c) 2017
Reuters", "The Thomson Reuters Trust Principles"). A byline naming a person is the author, never the
source. Stamps and closing credits are taken out of the copy: they are the page's, not the story's.

Pure functions over paragraphs; the registry (``generator.outlets``) says which names are outlets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from generator.ingest.clean import find_date
from generator.outlets import DEFAULTS, Outlets, load_outlets

# An opening date as pages print it after an outlet's name: "Sunday 14 Sep 2014", "2 Jul 2015", "May 3, 2016".
_DATE_AHEAD = re.compile(
    r"\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)"
    r"(?:\s+(?:at\s+)?\d{1,2}:?\d\d(?:\s*(?:GMT|UTC))?)?\s*[-\u2013\u2014|:]?\s*")
_DASH_AHEAD = re.compile(r"\s*[-\u2013\u2014|:]+\s+|[-\u2013\u2014]+(?=[A-Z])")
_SECTION_WORDS = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}")  # "Regional NNA - ", "Monitor AFP Thursday ..."
_BYLINE = re.compile(r"(?:posted\s+)?by\s+", re.IGNORECASE)
# The outlet in brackets before the first word, without a place: "(CNN)Singer-songwriter David Crosby hit ...",
# "(CNN) -- Police said ..." (a wire's dateline with the city left out).
_BRACKETED = re.compile(r"\((?P<name>[A-Z][^()\n]{1,38})\)\s*(?:[-\u2013\u2014]{1,2}\s*)?(?=[A-Z0-9\"'\u201c])")
# A dateline after a page's furniture: "... Get short URL 0 67 Text. DAMASCUS (Sputnik) - Text"
_INNER_DATELINE = re.compile(r"(?:^|(?<=[.!?\"'\u201d]\s))[A-Z][A-Z.'\- ]{1,40}?(?:,\s*[^()\n]{1,30}?)?\s*"
                             r"\((?P<name>[^()\n]{2,40})\)\s*[-\u2013\u2014:]+\s")
_INNER_DATELINE_CHARS = 400
# An outlet's stamp glued after the copy's opening sentence, with no city: "... says a monitoring group.
# (presstv) - "At least 23 ...". Only a registry outlet counts (a bracket then a dash is also an aside).
_GLUED_STAMP = re.compile(r"(?<=[.!?\"'\u201d])\s+\((?P<name>[^()\n]{2,40})\)\s*[-\u2013\u2014:]+\s+(?=[A-Z\"'\u201c])")
# "... sieges.-AFP", "... he said. --Reuters", "... said. (Reuters)", "Source SANA", "(Source: Syrian Coalition)",
# "Source TRTWorld and agencies". A credit follows the end of a sentence (or is a double dash).
_CREDIT = re.compile(
    r"(?:(?:(?<=[.!?\"'\u201d\u2019)\]])\s*|^)(?:[-\u2013\u2014]{1,2}\s*|\(\s*(?:Source:?\s+)?|Source:?\s+)|\s--\s*)"
    r"(?P<name>[A-Z][\w.&'\-]*(?:[ /][A-Z+][\w.&'\-]*){0,6}?)(?:\s*(?:and|&|\+)\s*[Aa]gencies)?\s*\)?\.?$")
# "... on YouTube Source TRT World": a registry outlet after "Source" ends the copy, whatever precedes it.
_SOURCE_LAST = re.compile(r"\bSource:?\s+(?P<name>[A-Z][\w.&'\-]*(?:\s+(?:[A-Z+][\w.&'\-]*|and|&))*)\s*\)?\.?$")
# Share buttons a page prints after its credit: "(Source: Syrian Coalition) Twitter".
_SHARE_TAIL = re.compile(r"(?:\s*(?:Twitter|Facebook|WhatsApp|Telegram|Google\+?|LinkedIn|Email|E-mail|Print|Share))+\s*$")
# "(Reporting by A. Writer; Editing by B. Editor)": in brackets, or two credits with a semicolon.
_CREDITS = r"(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\s"
# A wire's pooled credit names a score of reporters and their cities, 500 characters and more (Reuters' AirAsia pages).
_REPORTER_CREDIT = re.compile(rf"^(?:\({_CREDITS}.{{2,1500}}\)|{_CREDITS}[^;]{{2,100}};\s*{_CREDITS}.{{2,100}})\.?$", re.IGNORECASE)
# Page footers that name the site: "Comment via Sputnik News", "(c) 2017 Reuters", "Copyright 2016 SANA",
# "Our Standards: The Thomson Reuters Trust Principles".
_FOOTER_CUE = re.compile(r"(?:\u00a9|\(c\)|copyright|comment via|standards:)\s*(?:\d{4}\s*)?(?:the\s+)?", re.IGNORECASE)
_FOOTER_CHARS = 300
_STANDFIRST_WORDS = 4
# A page title's parts: "Headline | Site", "Headline - Region - World - Site" (a spaced dash, bar or underscore).
_TITLE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014_-]\s+")
_SECTION_LABEL = re.compile(r"[A-Z][\w&']*(?:\s[A-Z][\w&']*)?")  # "Region", "World", "Middle East"
_HEADLINE_WORDS = 3
_WORD_START = re.compile(r"(?<=\s)[A-Z]")  # where an outlet's name may begin inside a paragraph
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # an agency the registry does not know is credited by its acronym only


@dataclass(frozen=True, slots=True)
class Attribution:
    """The copy without its stamps and credits, the outlet it credits (or ''), a person's byline, a stamp's date."""

    paragraphs: list[str]
    source: str
    author: str = ""
    date_text: str = ""


@lru_cache(maxsize=1)
def shipped_outlets() -> Outlets:
    """The registry briefing ships (for readers called without a project's own)."""
    return load_outlets(DEFAULTS.parent / "no-project")


def attribute(paragraphs: list[str], outlets: Outlets, *, dateline_source: str = "", after_date: bool = False,
              byline: str = "", page_footer: str = "", credit_lines: Sequence[str] = ()) -> Attribution:
    """The outlet the copy credits itself to, in the order a reader trusts them: its dateline, an opening
    stamp, a byline, a closing credit, a footer; stamps and credits are removed from the copy either way.

    ``after_date``: the first paragraph followed a date the reader already split off ("28 November 2016
    SANA Seven people..."), so an outlet's name then a capitalised word is a stamp, not a sentence.
    ``page_footer``: the page's tail and footers the boilerplate stage took out (``generator.ingest.boilerplate``),
    read for an outlet's name after the copy's own last paragraph.
    ``credit_lines``: the lines the boilerplate stage took out as credits ("Washington Post Staff Writers"): one
    that is an outlet's desk names the outlet, as a byline's outlet does.
    """
    found: list[str] = [outlets.canonical(dateline_source)] if dateline_source else []
    author = ""
    date_text = ""
    if paragraphs:
        stamp = _opening_stamp(paragraphs[0], outlets, after_date)
        if stamp is not None:
            name, rest, date_text = stamp
            found.append(name)
            paragraphs = ([rest] if rest else []) + paragraphs[1:]
        elif (inner_stamp := _stamp_after_standfirst(paragraphs[0], outlets)) is not None:
            name, standfirst, rest, date_text = inner_stamp
            found.append(name)
            paragraphs = [*([standfirst] if standfirst else []), *([rest] if rest else []), *paragraphs[1:]]
    if byline:
        named = outlets.named_at_start(byline)
        if named is not None:
            found.append(named[0].name)
        else:
            author = byline
    block, author, paragraphs = _byline_block(author, credit_lines, paragraphs, outlets)
    found.extend(block)
    if paragraphs:
        inner = _INNER_DATELINE.search(paragraphs[0][:_INNER_DATELINE_CHARS])
        glued = _GLUED_STAMP.search(paragraphs[0][:_INNER_DATELINE_CHARS])
        if inner and _is_outlet(inner["name"], outlets):
            found.append(outlets.canonical(inner["name"]))
        elif glued and (outlet := outlets.find(glued["name"])) is not None:
            found.append(outlet.name)
            first = paragraphs[0]
            paragraphs = [f"{first[:glued.start()]} {first[glued.end():]}", *paragraphs[1:]]
    paragraphs, credit = _closing_credit(paragraphs, outlets)
    if credit:
        found.append(credit)
    for text in ([paragraphs[-1][-_FOOTER_CHARS:]] if paragraphs else []) + ([page_footer] if page_footer else []):
        footer = _footer(text, outlets)
        if footer:
            found.append(footer)
            break
    return Attribution(paragraphs, found[0] if found else "", author, date_text)


def split_site_name(title: str, outlets: Outlets) -> tuple[str, str]:
    """A page title's headline and the site it names: 'Headline | Jordan Times' -> ('Headline', 'Jordan Times'),
    'Headline - Region - World - Ahram Online' (section labels between) -> ('Headline', 'Al-Ahram'), 'National News
    Agency - Headline' -> ('Headline', 'NNA'); ('title', '') when no registry outlet ends or opens it ('Lords wrong
    on detainees - Straw' keeps its speaker)."""
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title, ""
    last = outlets.find(title[separators[-1].end():])
    if last is not None:
        cut = len(separators) - 1
        while cut > 0 and _SECTION_LABEL.fullmatch(title[separators[cut - 1].end():separators[cut].start()]):
            cut -= 1
        headline = title[:separators[cut].start()].strip()
        return (headline, last.name) if len(headline.split()) >= _HEADLINE_WORDS else (title, last.name)
    first = outlets.find(title[:separators[0].start()])
    headline = title[separators[0].end():].strip()
    if first is not None and len(headline.split()) >= _HEADLINE_WORDS:
        return headline, first.name
    return title, ""


def outlet_of_site(name: str, outlets: Outlets) -> str:
    """A page's site name or a feed's title as the registry names it ('BBC News - World' -> 'BBC')."""
    name = " ".join(name.split())
    if not name:
        return ""
    known = outlets.find(name) or (named[0] if (named := outlets.named_at_start(name)) else None)
    return known.name if known is not None else name


def _is_outlet(name: str, outlets: Outlets) -> bool:
    return outlets.find(name) is not None or bool(_ACRONYM.fullmatch(name.strip()))


def _opening_stamp(paragraph: str, outlets: Outlets, after_date: bool) -> tuple[str, str, str] | None:
    """'AFP Sunday 14 Sep 2014 Text' -> ('AFP', 'Text', 'Sunday 14 Sep 2014'); None when there is no stamp."""
    bracketed = _BRACKETED.match(paragraph)
    if bracketed and (outlet := outlets.find(bracketed["name"])) is not None:
        return outlet.name, paragraph[bracketed.end():].strip(), ""
    prefix = _SECTION_WORDS.match(paragraph)
    for start in sorted({0, prefix.end() if prefix else 0}):
        named = outlets.named_at_start(paragraph[start:])
        if named is None:
            continue
        outlet, end = named[0], start + named[1]
        if start == 0 and not paragraph[end:].strip(" .|-\u2013\u2014"):  # a line of its own under the byline: "Associated Press"
            return outlet.name, "", ""
        dated = _DATE_AHEAD.match(paragraph, end)
        if dated and find_date(dated.group()):
            return outlet.name, paragraph[dated.end():].strip(), dated.group().strip(" -\u2013\u2014|:")
        dash = _DASH_AHEAD.match(paragraph, end)
        if dash:
            return outlet.name, paragraph[dash.end():].strip(), ""
        if after_date and start == 0 and re.match(r"\s+[A-Z0-9\"'\u201c]", paragraph[end:]):
            return outlet.name, paragraph[end:].strip(), ""
    return None


def _stamp_after_standfirst(paragraph: str, outlets: Outlets) -> tuple[str, str, str, str] | None:
    """'Standfirst words AFP Friday 10 Oct 2014 Body text' -> ('AFP', 'Standfirst words', 'Body text', 'Friday 10 Oct
    2014'): a page's stamp printed between its standfirst and its body, flattened into one paragraph with no stop.
    Only a registry outlet directly followed by a full date counts ("told AFP on Friday" is prose, not a stamp)."""
    for start in _WORD_START.finditer(paragraph, 1, _INNER_DATELINE_CHARS):
        named = outlets.named_at_start(paragraph[start.start():start.start() + 80])
        if named is None:
            continue
        dated = _DATE_AHEAD.match(paragraph, start.start() + named[1])
        if dated and find_date(dated.group()):
            standfirst = paragraph[:start.start()].strip()
            if len(standfirst.split()) < _STANDFIRST_WORDS:  # a label or a headline's last word ("NGO AFP Monday ...")
                return named[0].name, "", paragraph[dated.end():].strip(), dated.group().strip(" -\u2013\u2014|:")
            return named[0].name, standfirst, paragraph[dated.end():].strip(), dated.group().strip(" -\u2013\u2014|:")
    return None


def _closing_credit(paragraphs: list[str], outlets: Outlets) -> tuple[list[str], str]:
    """Remove reporters' credit lines and a closing agency credit; return the agency (registry name)."""
    body = list(paragraphs)
    while body and _REPORTER_CREDIT.match(body[-1]):
        body.pop()
    if not body:
        return list(paragraphs), ""
    last = _SHARE_TAIL.sub("", body[-1])
    match = _CREDIT.search(last) or _SOURCE_LAST.search(last)
    name = _credited(match, outlets) if match else ""
    if not name:
        return body, ""  # "... - Mat Stevens." after a reader's quote is a signature, not a credit
    rest = last[:match.start()].rstrip() if match else last
    body[-1:] = [rest] if rest else []
    return body, name


def _credited(match: re.Match[str], outlets: Outlets) -> str:
    """The outlet a closing credit names. After 'Source:' the credit may go on ('Syrian Coalition's Media
    Office', 'Syrian Coalition + Smart News'): its longest leading run of words that names an outlet counts
    (an apostrophe-less possessive too). A bare dash credit ('- AFP') must be an outlet or an acronym."""
    name = match["name"].rstrip(".")
    if not re.search(r"Source", match.group()[: match.start("name") - match.start()]):
        return outlets.canonical(name) if _is_outlet(name, outlets) else ""
    words = name.split()
    for count in range(len(words), 0, -1):
        lead = " ".join(words[:count])
        for spelling in (lead, lead.removesuffix("'s").removesuffix("\u2019s"), lead.removesuffix("s")):
            outlet = outlets.find(spelling)
            if outlet is not None:
                return outlet.name
    return name if _ACRONYM.fullmatch(name) else ""


def _byline_block(author: str, credit_lines: Sequence[str], paragraphs: list[str],
                  outlets: Outlets) -> tuple[list[str], str, list[str]]:
    """The outlets a byline block names as the reporters' own, the author without the outlet, and the copy without a
    line of the block left above the lead: the byline's ("Meng Yan (China Daily)", "Jane Doe, BBC News"), a credit
    line's ("Washington Post Staff Writers", "BBC News business reporter"), a line of its own under the byline
    ("BBC News, Bangkok", "The Guardian")."""
    found = []
    desk = _BYLINE_DESK.fullmatch(author) if author else None
    if desk and (outlet := desk_outlet(desk["desk"] or desk["desk2"] or desk["desk3"], outlets)):
        found.append(outlet)
        author = desk["name"]
    found.extend(name for line in credit_lines if (name := desk_outlet(line, outlets)))
    for index, paragraph in enumerate(paragraphs[:_DESK_PARAGRAPHS]):
        if len(paragraph.split()) <= _DESK_WORDS and not _SENTENCE_END.search(paragraph) and (name := desk_outlet(paragraph, outlets)):
            found.append(name)
            paragraphs = paragraphs[:index] + paragraphs[index + 1:]
            break
    return found, author, paragraphs


def desk_outlet(line: str, outlets: Outlets) -> str:
    """The outlet a byline block's line names as the reporters' own: the outlet alone ("The Guardian", "(China
    Daily)"), with the reporter's city ("BBC News, Bangkok") or with a desk ("Washington Post Staff Writers", "BBC
    News business reporter"); '' for any other line (a sentence that starts with an outlet's name quotes it)."""
    text = line.strip().strip("()").strip(" .;:|")
    named = outlets.named_at_start(text)
    if named is None:
        return ""
    rest = text[named[1]:].strip()
    return named[0].name if not rest or _DESK_REST.fullmatch(rest) else ""


# What may follow an outlet's name on a byline block's line: the reporter's city, or a desk's label.
_DESK_REST = re.compile(
    r",\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}"
    r"|(?i:(?:[\w-]+\s+){0,2}(?:staff\s+)?(?:writers?|reporters?|correspondents?|editors?|columnists?|staff|team|desk))")
# A byline with its outlet: "Meng Yan (China Daily)", "Jane Doe, BBC News", "Kevin Tuttle for Air Force News".
_BYLINE_DESK = re.compile(r"(?P<name>[^(),]+?)\s*(?:\((?P<desk>[^()]+)\)|,\s*(?P<desk2>[^,]+)|\s+(?:for|of)\s+(?P<desk3>[A-Z].+))")
_DESK_PARAGRAPHS = 2  # a byline block's lines stand above the lead
_DESK_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def _footer(tail: str, outlets: Outlets) -> str:
    for cue in _FOOTER_CUE.finditer(tail):
        named = outlets.named_at_start(tail[cue.end():])
        if named is not None:
            return named[0].name
    return ""
