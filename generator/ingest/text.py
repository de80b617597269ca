"""Reader for plain-text articles: a title line, then paragraphs (however messy)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from generator.ingest.attribution import attribute, outlet_of_site, shipped_outlets, split_site_name
from generator.ingest.boilerplate import headline_of, is_date_line, strip_boilerplate, without_update_notes
from generator.ingest.clean import (
    DATE_AS_SUBJECT,
    decode_character_references,
    drop_furniture,
    drop_printed_twice,
    drop_repeated_title,
    find_date,
    first_date,
    normalise_text,
    repeats_title,
    split_dateline,
    split_leading_date,
    split_paragraphs,
    split_title_prefix,
    strip_wiki_markup,
)
from generator.ingest.decode import DecodeError, decode, repair_mojibake
from generator.models import RawArticle
from generator.outlets import Outlets


class InputError(Exception):
    """An input file that cannot become an article; the message says why."""


def content_hash(data: bytes) -> str:
    """Identity of a raw input: the same bytes ingest to the same article."""
    return "sha256:" + hashlib.sha256(data).hexdigest()[:32]


def bytes_to_text(data: bytes, declared: str = "") -> str:
    """Decoded, mojibake repaired, normalised text; InputError for binary input."""
    try:
        return normalise_text(repair_mojibake(decode(data, declared)))
    except DecodeError as exc:
        raise InputError(str(exc)) from None


_TITLE_LABEL = re.compile(r"^(?:title|headline)\s*:\s*(?=\S)", re.IGNORECASE)  # "title: Blast kills 20", a label, not the headline's


def read_text_article(path: Path, data: bytes, outlets: Outlets | None = None) -> RawArticle:
    """Parse raw bytes of a ``.txt`` article into a cleaned RawArticle."""
    text = decode_character_references(bytes_to_text(data))  # HTML's parser decodes them; plain text must too
    lines = text.strip().split("\n", 1)
    title = _TITLE_LABEL.sub("", " ".join(lines[0].split()), count=1)
    if not title:
        raise InputError("is empty; a text article starts with its title line")
    body = strip_wiki_markup(lines[1]) if len(lines) > 1 else ""
    paragraphs = split_paragraphs(body)
    if not without_update_notes(title) and paragraphs:
        # A live page's title line that is only its update note ("[Breaking news update, posted 9:04 p.m. ET]."): the
        # story's first sentence, cut as a headline is, names it instead
        title = _headline_from(without_update_notes(paragraphs[0]))
    if is_date_line(title) and paragraphs and _headline_like(paragraphs[0]):
        # A saved page that opens with its date stamp ("Saturday November 20, 2004 6:23PM") has its headline
        # next; the stamp stays in the body, where the stamp stage takes it out and reads the article's date.
        title, paragraphs = " ".join(paragraphs[0].split()), [title, *paragraphs[1:]]
    return article_from_paragraphs(path, title, paragraphs, content_hash(data), outlets=outlets)


# A page title that is a site's name: a web address, or a paper's name ending in its kind ("The Japan Times Online",
# "Taipei Times", "Belfast Telegraph"); a registry outlet's name is one too. A headline has a verb and more words.
_SITE_TITLE = re.compile(r"(?:[\w-]+\.)+(?:com|org|net|co\.uk|info)|(?:The\s+)?(?:[A-Z][\w.&'-]*\s+){0,3}"
                         r"(?:Times|Telegraph|Post|Herald|Tribune|Journal|Gazette|Chronicle|Online)(?:\s+Online)?")
# A title that names the kind of page, not the story ("Top News Article", "Free Article", "News").
_PAGE_KIND_TITLE = re.compile(r"(?:(?:Top|Free|Latest|Breaking|World|International|Local)\s+)*(?:News\s+)?(?:Article|Story|News|Home\s+Page)",
                              re.IGNORECASE)
# A language or edition menu's word taken for the page's title ("English", "Arabic edition").
_LANGUAGE_TITLE = re.compile(r"(?:English|Arabic|French|Spanish|German|Russian|Chinese|Turkish|Persian|Farsi|Urdu|Fran\u00e7ais|Espa\u00f1ol|"
                             r"Deutsch|\u0627\u0644\u0639\u0631\u0628\u064a\u0629)(?:\s+(?:edition|version|site|news))?", re.IGNORECASE)
# A breadcrumb before the headline: "SignOnSanDiego.com > News > Nation -- TV reporter threatened ...".
_BREADCRUMB = re.compile(r"^(?:[^>]{1,40}\s>\s){2,}(?:[^>]{1,30}?\s--\s)?")


def _after_breadcrumb(title: str) -> str:
    """``title`` without a breadcrumb of two levels or more before it; the title itself when nothing follows it."""
    rest = _BREADCRUMB.sub("", title, count=1)
    return rest if len(rest.split()) >= 2 else title


# "By REIJI YOSHIDA", "SECRECY NEWS", "From: Democracy Now!": not a headline
_BYLINE_LINE = re.compile(r"By\s|BY\s|[A-Z][A-Z .'-]+$|(?:From|To|Date|Subject|Source|Posted|Filed)\s*:")


_HEADLINE_WORDS = 12
_LETTER = re.compile(r"[^\W\d_]")


def _headline_from(text: str) -> str:
    """A headline made of a text's first sentence: its first words, "..." where it is cut."""
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", re.sub(r"^\([^()]{1,40}\)\s*", "", text), maxsplit=1)[0]
    words = sentence.split()
    return " ".join(words) if len(words) <= _HEADLINE_WORDS else " ".join(words[:_HEADLINE_WORDS]) + " ..."


# The separator a headline's two parts are printed with: "One Giant Step - and 32 Small Ones", "Syria: Aleppo falls".
_HEADLINE_PARTS = re.compile(r"\S.*?\s*[-\u2013\u2014:|]\s*$")
_HEAD_LINES = 3
# A wire's label before its headline is no part of it: "Update 12: Kmart Acquires Sears", "BREAKING - ...".
_WIRE_LABEL = re.compile(r"(?:update[ds]?|breaking(?:\s+news)?|exclusive|live|correct(?:ed|ion)|refile[ds]?|urgent|factbox|analysis|"
                         r"wrap\s*up|flash)[\s\d]*[-\u2013\u2014:|]\s*", re.IGNORECASE)


def _whole_headline(title: str, paragraphs: list[str]) -> str:
    """The headline printed whole at the head of the page when ``title`` is only its last part (a page title cut at the
    dash: "and 32 Small Ones" over "One Giant Step - and 32 Small Ones"); else ``title``."""
    for paragraph in paragraphs[:_HEAD_LINES]:
        line = " ".join(paragraph.split())
        head = line[:-len(title)]
        if line != title and line.endswith(title) and _headline_like(line) and _HEADLINE_PARTS.fullmatch(head) and not _WIRE_LABEL.fullmatch(head):
            return line
    return title


def _headline_like(paragraph: str) -> bool:
    """A short line that does not end like a sentence and is not another stamp."""
    line = paragraph.strip()
    return 2 <= len(line.split()) <= 25 and not line.endswith(".") and not is_date_line(line)


def article_from_paragraphs(origin: Path, title: str, paragraphs: list[str], digest: str, *,
                            site: str = "", source_url: str = "", date: dt.date | None = None,
                            author: str = "", teaser: bool = False, outlets: Outlets | None = None) -> RawArticle:
    """Clean the body of any input kind: title repeats, datelines, stamps, credits, furniture.

    The source is the outlet the copy credits itself to, else ``site`` (a page's site name, a feed's
    title), else the outlet whose web domain ``source_url`` is on (see ``generator.ingest.attribution``).
    """
    outlets = outlets or shipped_outlets()
    title = _whole_headline(title, paragraphs)
    stripped = strip_boilerplate(title, drop_furniture(drop_repeated_title(title, paragraphs)))
    paragraphs = list(stripped.paragraphs)
    if len(paragraphs) > 1 and _headline_like(paragraphs[0]) and not _BYLINE_LINE.match(paragraphs[0]) and (
            (named_site := bool(_SITE_TITLE.fullmatch(title) or outlets.find(title))) or _PAGE_KIND_TITLE.fullmatch(title)):
        # A saved page whose title is its site's name ("The Japan Times Online", "SciDev.Net") or the kind of page
        # ("Top News Article", "Free Article"): the story's headline is the body's first line; the site's name may
        # name the outlet.
        site = site or (title if named_site else "")
        title, paragraphs = " ".join(paragraphs[0].split()), paragraphs[1:]
    if not paragraphs and stripped.removed:
        kinds = ", ".join(sorted({r.kind for r in stripped.removed}))
        raise InputError(f"has a title but its body is only page furniture ({kinds}), no article text; "
                         "check that the file holds the story itself, not a page of links or a photo gallery")
    stamp_date = find_date(stripped.opening_stamp) if stripped.opening_stamp else None
    if len(paragraphs) > 1 and paragraphs[1].startswith(paragraphs[0]) and len(paragraphs[0].split()) <= 4:
        paragraphs = paragraphs[1:]  # a page's place line ("JAKARTA") above its dateline "JAKARTA (Reuters) -"
    dateline = dateline_source = byline = ""
    leading_date = None
    parsed = None
    if paragraphs:
        labels, paragraphs = _labels_above_dateline(title, paragraphs, outlets)
        byline = next((label for label in labels if _PERSON_LABEL.fullmatch(label)), "")
        parsed = split_dateline(paragraphs[0], lambda name: outlets.find(name) is not None)
        if parsed:
            dateline_source, dateline, byline = parsed.source, parsed.place, parsed.author or byline
            leading_date = find_date(parsed.when) if parsed.when else None  # "REDMOND, Wash. -- Nov. 11, 2004 --"
            paragraphs = ([parsed.rest] if parsed.rest else []) + paragraphs[1:]
    # A headline and a date stamp are printed above the dateline, never after it: what follows a dateline is the lead
    # itself, also when the title was made from it ("Boston (CNN)Dun Meng ..." under the title "Dun Meng ...") or
    # it opens with a date ("(CNN)December 16, 2014 was a dark day").
    if paragraphs and not parsed:
        # "By David McKittrick 30 November 2004 Old enemies ...": a byline and the page's date glued to the lead
        dated_byline = _BYLINE_THEN_DATE.match(paragraphs[0])
        leading_date, first = split_leading_date(paragraphs[0][dated_byline.end():] if dated_byline else paragraphs[0])
        if dated_byline and leading_date is None:
            dated_byline, first = None, paragraphs[0]
        label_byline = dated_byline["name"] if dated_byline else byline
        byline, first = split_title_prefix(title, first)
        if (byline, first) == ("", paragraphs[0]) and headline_of(title) != title:  # "Headline. Text" under "Headline - Site"
            byline, first = split_title_prefix(headline_of(title), first)
        byline = byline or label_byline
        if leading_date is None:  # "Title 21 November 2016 SANA Text": the date after the repeated headline
            leading_date, first = split_leading_date(first)
        if first != paragraphs[0] and is_date_line(first):  # "Title Sunday, October 21, 2007": only a date left
            leading_date, first = leading_date or find_date(first), ""
        paragraphs = ([first] if first.strip() else []) + paragraphs[1:]
    byline = byline or stripped.byline
    # a dateline's dash left at the head of the lead when the dateline stood on a line of its own, under page labels
    paragraphs = [_ORPHAN_DASH.sub("", p, count=1) if i < _STAMP_PARAGRAPHS else p for i, p in enumerate(paragraphs)]
    credited = attribute(paragraphs, outlets, dateline_source=dateline_source, after_date=leading_date is not None or stamp_date is not None,
                         byline=byline, page_footer=stripped.footer, credit_lines=stripped.of_kind("credit"))
    paragraphs = credited.paragraphs
    if len(paragraphs) > 1 and repeats_title(paragraphs[0], title):  # the headline again above a stamp the credit split off
        paragraphs = paragraphs[1:]
    paragraphs = drop_printed_twice(paragraphs)
    if not paragraphs:
        raise InputError("has a title but no body; add the article's paragraphs after a blank line")
    by_url = outlets.for_url(source_url) if source_url else None
    headline, site_in_title = split_site_name(_after_breadcrumb(title), outlets)
    names_site = bool(_SITE_TITLE.fullmatch(headline) or outlets.find(headline)) and not paragraphs[0].startswith(headline)
    if (names_site or not _LETTER.search(headline) or _PAGE_KIND_TITLE.fullmatch(headline) or _LANGUAGE_TITLE.fullmatch(headline)
            ) and not _BYLINE_LINE.match(paragraphs[0]):
        # a page's title that names no story ("16", "English", "Top News Article", "SciDev.Net") and no headline line
        # under it: the lead names it (and a site's name, the site)
        site = site or (headline if names_site else "")
        headline = _headline_from(paragraphs[0])
    source = credited.source or outlet_of_site(site, outlets) or site_in_title or (by_url.name if by_url else "")
    found_date = (date or leading_date or stamp_date or (find_date(credited.date_text) if credited.date_text else None)
                  or _date_in(paragraphs) or _date_in(list(stripped.stamps)) or _stamped_date(paragraphs)
                  or _title_date(title) or next((d for c in stripped.captions[:1] if (d := find_date(c))), None))
    return RawArticle(
        origin=origin, title=headline, paragraphs=tuple(paragraphs), date=found_date,
        source=source, dateline=dateline, source_url=source_url, content_hash=digest,
        author=author or credited.author, teaser=teaser,
    )


# Lines a page prints above a wire's dateline: a section ("SOUTH AMERICA :"), a kicker, a byline ("Gustavo González"),
# a credit ("Source: Reuters"): short, and no sentence. Only when the dateline follows them within this many lines.
_LABELS_ABOVE_DATELINE = 2
_LABEL_WORDS = 6
_DECK_WORDS = 14
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
_BRACKETED_OUTLET = re.compile(r"\([A-Z][^()\n]{1,38}\)\s*[-\u2013\u2014]{1,2}\s*[A-Z\"\u201c]")  # "(CNN) -- The ..."
_PERSON_LABEL = re.compile(r"(?:By\s+)?[A-Z][a-z\u00e0-\u00ff]+(?:\s+[A-Z][a-z\u00e0-\u00ff'\-]+){1,3}")


def _labels_above_dateline(title: str, paragraphs: list[str], outlets: Outlets) -> tuple[list[str], list[str]]:
    """The label lines above a dateline that is not the first line (the headline again before one: "Rice replacing
    Powell ... Source: Reuters"), and the paragraphs from the dateline on. Above a wire's dateline that names a known
    outlet ("BAGHDAD, Iraq (CNN) -- Two car bombs ...") a label may be a deck, a headline's length ("Embassy official:
    Fortified home to government 'not breached'")."""
    longest = 0
    for index, paragraph in enumerate(paragraphs[:_LABELS_ABOVE_DATELINE + 1]):
        if index and (split_dateline(paragraph) or _BRACKETED_OUTLET.match(paragraph)):
            parsed = split_dateline(paragraph, lambda name: outlets.find(name) is not None)
            if longest <= _LABEL_WORDS or (parsed is not None and outlets.find(parsed.source) is not None):
                return paragraphs[:index], paragraphs[index:]
            break
        label = paragraph.removeprefix(title)
        longest = max(longest, len(label.split()))
        if longest > _DECK_WORDS or _SENTENCE_END.search(label):
            break
    return [], paragraphs


_ORPHAN_DASH = re.compile(r"^[\u2013\u2014]+\s*(?=[A-Z0-9\"\u201c])")  # "OLYMPIA, Wash. Dec 30, 2004 / — After three ..."
_BYLINE_THEN_DATE = re.compile(r"(?:By|BY)\s+(?P<name>[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){1,3})\s+"
                               r"(?=\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)")


# A page prints its date near the top, on a line of its own or after a byline, a dateline or the headline; prose
# names other days ("warned Tony Blair on 7 March 2003", "computed on Dec 29, 2004", "the January 6, 2005, issue").
_STAMP_PARAGRAPHS = 5
_STAMP_WORDS_BEFORE = 8
_PROSE_BEFORE_DATE = re.compile(r"\b(?:on|in|since|until|till|by|from|of|the|before|after|between|and|to|at|for|during|"
                                r"than|as|last|next|this|that|born|died|circa|[a-z]+ed|[a-z]+ing)[\s,]*$", re.IGNORECASE)
# Further in, a stamp still shows as one: its weekday before it ("IDG News Service Friday, December 03, 2004") or a
# dateline's dashes around it ("REDMOND, Wash. -- Nov. 11, 2004 -- MSN today debuted ...").
_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s*$")
_DASH_AROUND = re.compile(r"(?:--|\u2014|\u2013)\s*$")
# ... or a byline right after it ("Microsoft CEO ballyhoos ... Web use December 2, 2004 BY MIKE WENDLAND FREE PRESS").
_YEAR = re.compile(r"(?:19|20)\d\d\b")
_BYLINE_AFTER = re.compile(r"[\s,]*(?:(?:--|\u2014|\u2013|\|)\s*)?(?:By|BY)\s+[A-Z]")


def _stamped_date(paragraphs: list[str]) -> dt.date | None:
    """A date standing as a stamp in the opening paragraphs ('OLYMPIA, Wash. Dec 30, 2004', 'Cape Canaveral (SPX)
    Nov 02, 2004', 'By David McKittrick 30 November 2004 Old enemies ...'), never one a sentence names."""
    for paragraph in paragraphs[:_STAMP_PARAGRAPHS]:
        found = first_date(paragraph[:300])
        if found is None:
            continue
        day, start = found
        if _named_in_prose(paragraph, start):
            continue
        before = paragraph[:start]
        year = _YEAR.search(paragraph, start, start + 30)
        byline_after = year is not None and _BYLINE_AFTER.match(paragraph, year.end()) is not None
        if (len(before.split()) <= _STAMP_WORDS_BEFORE or _WEEKDAY_BEFORE.search(before) or _DASH_AROUND.search(before)
                or byline_after):
            return day
    return None


def _named_in_prose(text: str, start: int, *, weekday_is_news: bool = False) -> bool:
    """Whether the date at ``start`` is one a sentence tells about, the day of what it tells rather than the page's:
    after "on", "since", a verb... (a feature's "On October 24, 1944, U.S. warplanes ...", a list's "1. Ghouta: On
    August 21 2013 ..."), or as the subject of its verb (an anniversary's "December 16, 2014 was a dark day").
    ``weekday_is_news``: with its weekday the date is the news day ("the army said on Tuesday, 3 May 2016, that")."""
    if DATE_AS_SUBJECT.search(text, start, start + 32):  # the date's year, then a verb
        return True
    before = text[:start]
    weekday = _WEEKDAY_BEFORE.search(before)
    if weekday and weekday_is_news:
        return False
    return bool(_PROSE_BEFORE_DATE.search(before[:weekday.start()] if weekday else before))


def _title_date(title: str) -> dt.date | None:
    """A full date the headline gives as the page's ('Postelection Statement on Mozambique Elections, Dec. 21, 2004'),
    not one it tells about ('Remembering Dec. 16, 2014', 'December 16, 2014 was a dark day')."""
    found = first_date(title)
    return found[0] if found and not _named_in_prose(title, found[1]) else None


def _date_in(paragraphs: list[str]) -> dt.date | None:
    """A date stated at the top of the article (datelines carry one), or a stamp like "(Filed: 17/12/2004)"
    or "Updated: 2004-05-24" anywhere in it (pages print them at the end too)."""
    if not paragraphs:
        return None
    lead = paragraphs[0][:300]
    first = first_date(lead)  # a stamp glued to the lead ("Nov 18, 2004 Band Aid ..."), not a date its prose tells about
    if first and not _named_in_prose(lead, first[1], weekday_is_news=True):
        return first[0]
    for paragraph in (paragraphs[-1], *paragraphs[:-1]):  # the lead too: one paragraph may hold the whole page
        for stamp in _DATE_STAMP.finditer(paragraph):
            found = find_date(stamp["rest"][:40])
            if found:
                return found
        for stamp in _NAMED_STAMP.finditer(paragraph):
            dated = first_date(paragraph[stamp.end():stamp.end() + 40])
            if dated and dated[1] == 0:
                return dated[0]
    return None


# A page's own name and its date, between sentences: "... no information." The Japan Times: Nov. 12, 2004 Sports / ..."
_NAMED_STAMP = re.compile(r"(?:^|(?<=[.!?\"\u201d]\s))(?:The\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4}:\s+(?=[A-Z0-9])")
_DATE_STAMP = re.compile(r"\b(?:Filed|Updated|Last updated|Published|Posted|Date of publication)(?:\s+on|\s+at)?\s*:?\s*(?P<rest>.{6,40})",
                         re.IGNORECASE)
