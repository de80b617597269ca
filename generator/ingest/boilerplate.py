"""Page furniture out of an article's paragraphs: what a saved page or a crawl adds around the story.

One ingest stage, run on every input kind (``generator.ingest.text.article_from_paragraphs``) before the
dateline and attribution steps. It removes, each as a named class:

* ``caption``: photo captions and credits ("PHOTO: AP", "(File photo)", "... Image: Nick Moreau.",
  "... November 19 2016. REUTERS/Rodi Said", a BBC caption line left without its full stop);
* ``widget``: "Tags:", "Related News ...", "Read more", share, print, e-mail and comment widgets, ticker links
  glued into a sentence ("Kmart Holding Corp. (KMRT.O: Quote, Profile, Research) will ...");
* ``footer`` and ``navigation``: copyright and contact lines, menus and breadcrumbs ("Home > News > UK"), and
  the page tail after a "Related News" / "Tags" / "Comment via" cue;
* ``timestamp``: live-blog entry times ("06.48 Reuters - ...": the time goes, the entry stays);
* ``stamp``: date lines and page stamps glued in front of the first sentence ("Date of publication 19 October
  2016", "20.07.2016(updated 1329 20.07.2016) Get short URL 0 154"); an outlet's own stamp ("AFP Friday 10 Oct
  2014") is left to ``generator.ingest.attribution``, which reads the source from it;
* ``headline``: the headline repeated as the opening, also behind a section word;
* ``full-article``, ``pagination`` and ``metadata`` lines ("Click here for full story.", "Page 1 of 3",
  "Word Count: 1,018").

How it decides, after jusText and trafilatura: a paragraph is furniture by its *shape* (length, whether it is a
sentence with a full stop, the share of stop words, separators such as "|" and ">"), its *cue* (the words page
widgets are made of) and its *position* (a page's tail; the text before a dateline). A paragraph that reads as a
sentence of the story is never dropped on shape alone: precision over recall. The stop-word list is jusText's
(shipped in its wheel, with the ``ingest`` extra); without it a short built-in list is used.

Pure functions over paragraphs; what was taken out is returned with its class (tests, diagnostics), and so are
the stamps and the page tail, where the date and the outlet's name may be (the caller reads them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.ingest.clean import same_text

# ---- shapes -------------------------------------------------------------------------------------------------

_WORDS = re.compile(r"[^\W\d_][\w'\u2019-]*|\d[\d.,:]*")
_SENTENCE_END = re.compile(r"""[.!?\u2026]["'\u201d\u2019)\]]*$""")
_FALLBACK_STOPWORDS = frozenset(
    """a about after all also an and any are as at be been but by can could did do does for from had has have he her
    his how i if in into is it its just more most no not of on one or our out over said says she so some such than
    that the their them then there these they this those to up was we were what when where which while who will
    with would you your""".split())
_STOPWORD_SENTENCE = 0.2  # a share of stop words at least this high reads as running text, not a list of names


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """jusText's English stop words (the ``ingest`` extra), else a short built-in list."""
    try:
        import justext
    except ImportError:
        return _FALLBACK_STOPWORDS
    return frozenset(word.casefold() for word in justext.get_stoplist("English"))


def words_of(text: str) -> list[str]:
    return _WORDS.findall(text)


def stopword_density(text: str) -> float:
    words = words_of(text)
    stop = stopwords()
    return sum(word.casefold() in stop for word in words) / len(words) if words else 0.0


def is_sentence(text: str) -> bool:
    """Running text: ends like a sentence and has the stop words of one."""
    return bool(_SENTENCE_END.search(text.rstrip())) and len(words_of(text)) >= 4 and stopword_density(text) >= _STOPWORD_SENTENCE


# ---- what a furniture line is made of ----------------------------------------------------------------------

_I = re.IGNORECASE
# Whole lines (the paragraph stripped of " .:|-" around it), each class by its cue.
_LINE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("widget", re.compile(
        r"^(?:(?:tags?|related(?:\s+\w+)?|see\s+also|read\s+(?:more|also))\s*:.*|tags\s+[^.!?]*"
        r"|tags?|related(?:\s+(?:news|stories|articles|content|links|topics|coverage))?|read\s+(?:more|also)"
        r"|see\s+also|more\s+(?:on\s+this\s+story|information|from\s+this\s+section|stories)|also\s+from\s+this\s+section"
        r"|share(?:\s+this(?:\s+(?:article|story|page))?)?|comments?|(?:add|post)\s+a\s+comment(?:\s+on\s+this\s+(?:article|story))?"
        r"|(?:print|e-?mail|printer[\s-]friendly)(?:\s+(?:this|version|format|mail|story|article|page|to\s+a\s+friend))*"
        r"|(?:e-?mail|send)\s+(?:this\s+)?(?:article|story|it)?\s*to\s+a\s+friend|save\s+(?:this\s+)?(?:story|article)"
        r"|play\s+video|watch\s+(?:the\s+)?video|loading\b[^.]*(?:\.\.\.)?|advertisement|sponsored|site\s*search|search"
        # players and share bars: "Media playback is unsupported on your device", "Listen to this article", "Click to
        # expand", "Share on Facebook Share on Twitter Share via Email", "More from Middle East"
        r"|media\s+playback\s+is\s+(?:unsupported|not\s+supported)\s+on\s+your\s+device|listen\s+to\s+this\s+(?:article|story)"
        r"|click\s+to\s+(?:expand|enlarge|play|see\s+more)|(?:share\s+(?:on|via|to)\s+[\w+-]+\s*)+|more\s+from\s+(?:[\w&'-]+\s*){1,4}"
        r"|correction\s+appended|free\s+preview|more\s*image|get\s+short\s+url(?:\s+\d+)*|community\s+standards\S*"
        r"|this\s+(?:story|article)\s+has\s+been\s+(?:viewed|read)\s+[\d,]+\s+times"
        r"|this\s+article\s+is\s+currently\s+a\s+brief.*)$", _I)),
    ("metadata", re.compile(r"^(?:word\s+count|companies\s+featured\s+in\s+this\s+article|filed\s+under|topics?|keywords?|"
                            r"category|section|dossiers?)\s*:.*$|^word\s+count\s*:?\s*[\d,]+.*$", _I)),
    ("full-article", re.compile(r"^(?:full\s+(?:article|story|text|coverage)|continue\s+reading.*|click\s+here\b.*"
                                r"|\(?full\s+story\)?|read\s+the\s+full\s+(?:article|story).*)$", _I)),
    ("pagination", re.compile(r"^(?:page\s+\d+\s+of\s+\d+|next\s+page|previous\s+page|(?:\d+\s+){1,9}next|(?:previous|prev)"
                              r"(?:\s*\|\s*|\s+)next|pages?\s*:?\s*(?:\d+\s*)+)$", _I)),
    ("footer", re.compile(
        r"^(?:\(?(?:\u00a9|\(c\)|copyright\b\s*(?:\u00a9|\(c\))?\s*(?:19|20)\d\d).*|.*\ball\s+rights\s+reserved\b.*|.*\u00a9\s*(?:19|20)\d\d.*"
        r"|(?:about\s+us|contact(?:\s+us)?|privacy(?:\s+policy)?|terms\s+(?:of\s+(?:use|service)|and\s+conditions)"
        r"|cookie\s+policy|back\s+to\s+top|follow\s+us|subscribe|sign\s+up|for\s+immediate\s+release)\b.*"
        r"|e-?mail\s+the\s+writers?\s+at\s+.*|send\s+your\s+comments\s+to.*|.*\bis\s+archived\s+at\b.*"
        r"|.*\bhas\s+an\s+rss\s+feed\b.*|this\s+site\s+is\s+(?:best\s+viewed|optimi[sz]ed).*|last\s+modified\s*:.*)$", _I)),
)
_LINE_MAX_WORDS = 25  # a cue only counts on a line this short: a longer paragraph is a story that mentions it
# A photo or video credit, alone or ending a caption: "PHOTO: AP", "Photo Credit: NASA NASA", "(File photo)",
# "AP Photo LON104", "(Getty)", "Allen Einstein/Getty Images", "Image: Nick Moreau.", "REUTERS/Rodi Said".
_CREDIT = (r"(?:\(?(?:photo|image|picture|video)s?\s*(?:credit)?\s*:\s*[^()]{2,60}?\)?|\((?:file\s+)?photo(?:\s*:[^()]{1,40})?\)"
           r"|\(getty(?:\s+images)?\)|(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*\s*/\s*(?:getty\s+images|afp|ap|reuters|epa)"
           r"|(?:getty\s+images|afp\s+photo|ap\s+photo)(?:\s*/\s*[\w. '-]{2,40}|\s+[A-Z0-9]{3,10})?"
           r"|(?:REUTERS|AFP|AP|EPA)/[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})")
_CREDIT_LINE = re.compile(rf"^(?:{_CREDIT}\.?|(?:image|photo|picture|video)\s+caption\b.*)$", _I)  # BBC's "Image caption Rescuers search ..."
# "... on Sunday, November 21, 2004. Photo by Craig Squires.": a credit by a person's name, opening a sentence.
_CREDIT_END = re.compile(rf"(?:(?<=[.!?\s])|^){_CREDIT}\.?$|(?:(?<=[.!?]\s)|^)(?:Photo(?:graph)?|Picture|Image)s?\s+(?:by|courtesy\s+of)"
                         r"\s+(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\.?$", _I)
_CAPTION_MAX_WORDS = 40
# A byline on a line of its own: "By Meng Yan (China Daily)", "By KIROKU HANAI", "By John-Paul Ford Rojas, PA".
_NAME = r"[A-Z][\w.'\u2019-]*"
# Also behind a rank's ordinal ("by 1st Lt Kevin Tuttle for Air Force News") and with the outlet after "for" or "of".
_BYLINE_LINE = re.compile(rf"^(?:(?:[Pp]osted|POSTED)\s+)?(?:[Bb]y|BY)\s+(?:\d(?:st|nd|rd|th)\s+)?{_NAME}(?:\s+(?:{_NAME}|de|van|von|al-\w+|bin)){{0,4}}"
                          r"(?:\s+and\s+{_NAME}(?:\s+{_NAME}){{0,3}})?"
                          r"(?:\s*\([^()]{2,40}\)|,\s*[\w .&'-]{2,40}|\s+(?:for|of)\s+[A-Z][\w .&'-]{1,40})?$")
# Credit lines that name no story: a desk's label ("Washington Post Staff Writers", "BBC News business reporter", "FREE
# PRESS COLUMNIST", "AGENCIES"), a contribution ("(With Reuters and
# AFP)", "Some information for this report provided by AFP and AP.", "Chronicle staff writer Bob Egelko contributed this
# report."), the reporters' names alone ("James Meikle, Sarah Boseley and Felicity Lawrence") or a state agency's editors
# by initials and slashes ("R.J/ Ghossoun/R. Milhem/H. Said").
_PERSON_NAME = r"[A-Z][a-z][\w'-]*(?:\s[A-Z]\.)?\s[A-Z][\w'-]+"
_CREDIT_ONLY_LINE = re.compile(
    r"^(?:(?i:(?:the\s+)?(?:[\w.&'-]+\s+){0,4}(?:staff\s+writers?|staff\s+reporters?|columnist|(?:business|political|diplomatic|"
    r"foreign|defen[cs]e|security|health|economics|home\s+affairs)\s+(?:reporter|editor|correspondent)|correspondents?)"
    r"|agencies|wires"
    r"|(?:some\s+)?(?:information|material)\s+for\s+this\s+(?:report|article|story)\s+(?:was\s+)?(?:provided|supplied)\s+by\s+.{2,60}"
    r"|[^.!?]{2,80}\s+contributed\s+(?:to\s+)?this\s+(?:report|article|story))"
    r"|\(?[Ww]ith\s+[A-Z][\w.&'-]*(?:(?:,\s*|\s+and\s+)[A-Z][\w.&'-]*){0,4}\)?"
    rf"|{_PERSON_NAME}(?:,\s{_PERSON_NAME}){{0,4}},?\s+and\s+{_PERSON_NAME}"
    r"|[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?(?:\s*/\s*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?)+)\.?$")
_CREDIT_ONLY_WORDS = 14
# Menus and breadcrumbs: words between separators ("News / Business / Opinion", "Home > News > UK").
_SEPARATOR = re.compile(r"\s(?:\||>|/|\u2022|\u00bb|-{3,})\s|\s\|$|\s>$")


def line_class(paragraph: str) -> str:
    """The furniture class of a whole paragraph, or '' for the story's text."""
    line = paragraph.strip(" .:;|-\u2013\u2014\u2022*")
    words = words_of(line)
    if not words:
        return "widget" if paragraph.strip() else ""  # "- - - - - -", "'); //-->"
    parts = _SENTENCE_SPLIT.split(paragraph.strip())
    if len(words) <= _LINE_MAX_WORDS and not (len(parts) > 1 and any(is_sentence(part) and len(words_of(part)) >= 6 for part in parts)):
        for kind, cue in _LINE_CUES:
            if cue.match(line):
                return kind
    if _BYLINE_LINE.match(line):
        return "byline"
    if len(words) <= _CREDIT_ONLY_WORDS and _CREDIT_ONLY_LINE.match(line.strip(" |")):
        return "credit"  # (not "byline": the page's byline is read as the author; these name no one, or many)
    if _CREDIT_LINE.match(line) or len(words) <= _CAPTION_MAX_WORDS and _CREDIT_END.search(paragraph.strip()):
        return "caption"
    if is_date_line(line):
        return "stamp"
    if is_sentence(paragraph) or _SENTENCE_END.search(paragraph.rstrip()) and len(words) >= 8:
        return ""  # a menu or a run of link labels never ends like a sentence
    segments = [part for part in _SEPARATOR.split(f" {line} ") if part.strip()]
    if len(segments) >= 2 and len(words) <= 30 and (stopword_density(line) < 0.3 or len(words) <= 4 * len(segments)):
        return "navigation"  # "Home > News > UK", "News / Business / Opinion", "Print | E-mail this | Save story"
    if len(words) >= 5 and stopword_density(line) < 0.1 and not re.search(r"[.!?,;]", line) and _capitalised(words) >= 0.8:
        return "navigation"  # "Report Go Asia Pacific NewsRadio PM Sunday Profile": a run of link labels
    return ""


def _capitalised(words: list[str]) -> float:
    return sum(not word[:1].islower() for word in words) / len(words) if words else 0.0


# ---- dates and stamps ------------------------------------------------------------------------------------------

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
          r"|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?"
_STAMP_WORD = re.compile(
    r"\d{1,2}[:.]\d\d\s*[ap]\.?m\b\.?|"  # "6:23PM": the time glued to its am/pm
    rf"\b(?:{_MONTH}|{_WEEKDAY}|published|updated|last|modified|revised|and|filed|posted|on|at|page|[ap]\.?m\.?"
    r"|gmt|utc|bst|est|edt|et|pt|local|time|date|of|publication|uk|sa|\w\d+)\b|[\d.,:/;()+\-\u2013\u2014|]+", _I)
_HAS_DATE = re.compile(rf"\b(?:19|20)\d\d\b|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}", _I)


def is_date_line(line: str) -> bool:
    """A line that is only a date, a time and stamp words: "Thursday, November 18, 2004", "18/11/2004 - 17:36:52",
    "Tuesday, January 4, 2005; Page A01", "Last modified: December 15. 2004 12:00AM"."""
    if not _HAS_DATE.search(line):
        return False
    # Only stamp words, spaces and tabs: stop at the first other text (an article's line is long).
    position = 0
    for match in _STAMP_WORD.finditer(line):
        if line[position:match.start()].strip(" \t"):
            return False
        position = match.end()
    return not line[position:].strip(" \t")


# A stamp in front of the first sentence, one at a time (outlets' own stamps are attribution's).
_LEADING_STAMP = re.compile(
    rf"""(?:(?:date\ of\ publication|last\ updated(?:\ at)?|published(?:\ on)?|updated(?:\ on)?|posted(?:\ on)?|filed)\s*:?\s*
       |\((?:filed|updated|posted)\s*:?[^()]{{4,40}}\)\s*
       |{_WEEKDAY},?\s+(?=\d|{_MONTH})
       |\d{{1,2}}\s+{_MONTH},?\s+(?:19|20)\d\d\b[,;]?\s*|{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d\b[,;]?\s*
       |{_MONTH}\s+\d{{5,6}}\b\s*                                  # "Feb 092015": day and year run together
       |\d{{1,2}}[-./]\d{{1,2}}[-./](?:19|20)?\d\d\)?(?:\s*\(updated\ [^)]{{1,30}}\))?[,;]?\s*
       |\d{{4}}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?\s*
       |(?:at\ )?\d{{1,2}}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*\((?:uk|gmt|utc|et)\))?,?\s*(?:(?:gmt|utc|et|est|bst)\b\s*)?
       |(?:[-\u2013\u2014|]+\s*)
       |page\ [A-Z]?\d+\s*
       |get\ short\ url\ (?:\d+\ )*
       |updated:?\s*)""", re.VERBOSE | _I)
_MAX_STAMPS = 8


def split_leading_stamps(paragraph: str) -> tuple[str, str]:
    """'Date of publication 19 October 2016 Russia has ...' -> ('Date of publication 19 October 2016', 'Russia has ...').

    Nothing is taken unless what is left starts like a sentence (a capital, a digit or a quotation mark)."""
    text, end = paragraph, 0
    for _ in range(_MAX_STAMPS):
        match = _LEADING_STAMP.match(paragraph, end)
        if match is None or match.end() == end:
            break
        end = match.end()
        rest = paragraph[end:]
        if rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"\u201c'":
            text = rest
    if text == paragraph:
        return "", paragraph
    stamp = paragraph[: len(paragraph) - len(text)].strip(" -\u2013\u2014|,;")
    return (stamp, text) if _HAS_DATE.search(stamp) or re.search(r"(?i)updated|short url|\d[:.]\d\d", stamp) else ("", paragraph)


# ---- inside a paragraph ----------------------------------------------------------------------------------------

_TICKER_WORD = r"(?:Quote|Profile|Research|Products|Articles|Overview|Company|Stock\s+Buzz|Chart|News)"
# "(KMRT.O: Quote, Profile, Research)", "(Profile, Products, Articles)": links a quote page glues into sentences.
_TICKER = re.compile(rf"\s*\((?:[A-Z0-9.^]{{1,12}}:\s*)?{_TICKER_WORD}(?:,\s*{_TICKER_WORD}){{1,5}}\)")
_FULL_STORY = re.compile(r"(?:^|(?<=[.!?\"\u201d]\s))(?:Click\s+here\s+(?:for|to\s+read)\s+(?:the\s+)?full\s+(?:story|article|text)\.?"
                         r"|\(Full\s+story\)\.?)\s*|\s*\(Full\s+story\)(?=\s|$)", _I)
_ADVERT = re.compile(r"\s+ADVERTISEMENT(?=\s+|$)")  # the banner in capitals, not the word in a sentence
# A photo credit inside a paragraph closes the caption before it: "... November 19 2016. REUTERS/Rodi Said The
# advance ...", "... half of the city. (TRT World and Agencies) Syrian rebel ...", "... Aleppo - YouTube Russian ...".
_BRACKET_CREDIT = (r"\((?:[A-Z][\w]*\s+){1,3}and\s+[Aa]gencies\)|\((?:AFP|AP|Reuters|Getty(?:\s+Images)?|EPA|File\s+photo)\)"
                   r"|\((?:File\s+)?(?:Photos?|Pictures?|Images?)\s*:?\s*(?:[A-Z][\w.'-]*\s*){1,3}\)|\((?:AFP|AP|Reuters|EPA)\s+[Pp]hoto\)")
# A caption often has no full stop: "... on July 9 2016 (Photo AFP) Syrian state media says ..."; a bracketed
# credit right after a word (``glued``) closes such a caption.
_INLINE_CREDIT = re.compile(
    rf"(?:(?<=[.!?\"\u201d])\s+(?:(?:REUTERS|AFP|AP|EPA)/[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?(?=\s+[A-Z])|{_BRACKET_CREDIT})"
    rf"|(?<=[\w,])\s+(?P<glued>{_BRACKET_CREDIT})"
    r"|\s+-\s+YouTube)(?=\s+[A-Z\"\u201c])")
# A photo credit whose slash the copy lost, between two sentences: "... local media reported Sunday. REUTERS Rodi Said
# US Tanks to Storm Raqqa ..." (comma- and slash-stripped copy). Only the credit goes: the sentence before is the
# story's, and the photographer is nobody in it.
_SPACED_AGENCY_CREDIT = re.compile(r"(?<=[.!?\"\u201d])\s+(?:(?:REUTERS|AFP|EPA)\s[A-Z][a-z][\w'-]*\s[A-Z][a-z][\w'-]*"
                                   r"|(?:REUTERS|AFP|EPA|Sputnik)\s[A-Z]{2,}\s[A-Z]{2,})(?=\s+[A-Z])")  # "Sputnik HKMET DURGUN"
# What a picture's caption says (its date, what the picture shows), unlike a sentence of the story.
_PICTURED = re.compile(r"\b(?:picture|photo|photograph|image|footage|pictured|handout)\b|\bshows?\b"
                       r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+(?:19|20)\d\d\b")
# A caption the page put in brackets between sentences: "... the Euphrates. (Photo Smoke is seen following an
# airstrike on July 17 2017. by AFP)", "(Photos: ...)", "(File picture ...)". Only the bracket goes.
# A short one ("(Photo: AP)") is a credit closing the caption before it: _INLINE_CREDIT takes both.
_BRACKETED_CAPTION = re.compile(r"(?:^|(?<=[.!?\"\u201d]))\s*\((?:File\s+)?(?:Photos?|Pictures?|Images?)\b[:\s]\s*"
                                r"(?:[^()\s]+\s+){4,60}[^()\s]*\)(?=\s|$)", _I)
# A live page's note of when it was updated, in square brackets: "[Breaking news update, posted 9:04 p.m. ET].",
# "[Previous story, posted at 7:47 p.m. ET]", "[Updated 10:15 GMT]". Only the note goes (with no space before what
# follows, so "(CNN)[Breaking news update ...]. The live stream" keeps its dateline glued to the lead).
_UPDATE_NOTE = re.compile(r"\[(?=[^\[\]]*\b(?:update[ds]?|posted|previous\s+(?:story|post|version))\b)(?=[^\[\]]*\d)[^\[\]]{3,100}\]\.?\s*", _I)
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?\"\u201d)])\s)(?=[A-Z\"\u201c])")
_CAPTION_MAX_CHARS = 400


def without_update_notes(text: str) -> str:
    """``text`` without a live page's bracketed update notes ("[Breaking news update, posted 9:04 p.m. ET].")."""
    return _UPDATE_NOTE.sub("", text).strip()


def strip_inline(paragraph: str) -> tuple[str, list[Removed]]:
    """A paragraph without ticker links, advertisement banners and captions glued between its sentences."""
    removed = [Removed("widget", m.group().strip()) for m in _TICKER.finditer(paragraph)]
    removed += [Removed("widget", "ADVERTISEMENT") for _ in _ADVERT.finditer(paragraph)]
    removed += [Removed("full-article", m.group().strip()) for m in _FULL_STORY.finditer(paragraph)]
    removed += [Removed("caption", m.group().strip()) for m in _BRACKETED_CAPTION.finditer(paragraph)]
    removed += [Removed("timestamp", m.group().strip()) for m in _UPDATE_NOTE.finditer(paragraph)]
    removed += [Removed("caption", m.group().strip()) for m in _SPACED_AGENCY_CREDIT.finditer(paragraph)]
    text = _UPDATE_NOTE.sub("", _BRACKETED_CAPTION.sub("", _FULL_STORY.sub("", _ADVERT.sub("", _TICKER.sub("", paragraph))))).strip()
    text = _SPACED_AGENCY_CREDIT.sub("", text)
    for credit in reversed(list(_INLINE_CREDIT.finditer(text))):
        starts = [m.start() for m in _SENTENCE_START.finditer(text, 0, credit.start())]
        start = starts[-1] if starts else 0
        if credit.start() == 0 or credit.end() - start > _CAPTION_MAX_CHARS:
            continue
        pictured = _PICTURED.search(text[start:credit.start()]) or _PICTURED.search(credit.group())
        if credit["glued"]:
            # no full stop before it: a caption when it says what is pictured or the credit is a photo's
            start = start if pictured else credit.start()
        elif credit.group().lstrip().startswith("(") and (start == 0 or not pictured):
            start = credit.start()  # "(TRT World and Agencies)" after a sentence of the story: only the credit goes
        removed.append(Removed("caption", text[start:credit.end()].strip()))
        text = f"{text[:start].rstrip()} {text[credit.end():].lstrip()}".strip()
    return text, removed


# ---- a tag list glued before the story ------------------------------------------------------------------------

# A page's topic tags printed between the standfirst and the body, in one run with the body's first sentence:
# "... sixth day of bombing. Tags Syria Damascus Eastern Ghouta Assad UN SOHR At least 19 civilians were ...".
# "Tags" capitalised before a capitalised tag (prose says "price tags").
# A standfirst may end without its full stop ("... the monitoring group said Tags Nusra Front ..."): the tags stood
# between two blocks of the page, so the text before them ends a sentence.
_GLUED_TAGS = re.compile(r"(?:^|(?<=\s))Tags\s*:?\s+(?=[A-Z])")
_TAG_TOKEN = re.compile(r"\S+")
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds dozens scores tens""".split())
_NAME_JOINERS = frozenset({"of", "for", "the"})  # inside a name: "Syrian Observatory for Human Rights"
_TAGS_MIN = 2  # "Price Tags Rise As Shops Reopen" is a headline in title case, not a list
_TAGS_MAX = 40  # tokens of a tag list; a longer run without a sentence start is no tag list we can read


def _body_start(tokens: list[str]) -> int | None:
    """Where the body's first sentence starts in the tokens after "Tags" (None when it cannot be told).

    Tags are names and noun phrases; the sentence is running text. It starts at a capitalised function or
    number word ("At least 19", "The", "Three women"; not an acronym: "IS"), a number, after a full stop, or, at
    the first verb or function word that is not inside a name ("bombardment on rebel-held", "warplanes bombed";
    not "Observatory for Human Rights"), at the capitalised word that opens the run of lower-case words in front
    of it ("Warplanes carried out", "Syrian rebels launched a"), with a capitalised participle before that word
    ("Suspected Syrian regime and Russian airstrikes")."""
    stop = _FALLBACK_STOPWORDS  # function words only: jusText's long list holds nouns a tag may be ("war")
    for index, token in enumerate(tokens[:_TAGS_MAX]):
        word = token.strip("\"'\u201c\u201d()[],;:")
        if not word:
            continue
        folded = word.casefold()
        if index and (word[0].isdigit() or word.istitle() and (folded in stop or folded in _NUMBER_WORDS)):
            return index
        if _SENTENCE_END.search(token) and index + 1 < len(tokens):
            return index + 1  # the list ended with a full stop ("... extremism war. A suicide bomber ...")
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        verb = word.islower() and len(word) > 4 and word.endswith("ed")
        if verb or word.islower() and word in stop and not (word in _NAME_JOINERS and following[:1].isupper()):
            start = index - 1
            while start > 0 and tokens[start][:1].islower():
                start -= 1
            if start > 1 and tokens[start - 1].istitle() and tokens[start - 1].endswith("ed"):
                start -= 1
            return start if start > 0 and tokens[start][:1].isupper() else None
    return None


def cut_glued_tags(paragraph: str) -> tuple[str, list[Removed]]:
    """A paragraph without a tag list glued in front of a sentence of the story (see ``_GLUED_TAGS``)."""
    cue = _GLUED_TAGS.search(paragraph)
    if not cue:
        return paragraph, []
    spans = list(_TAG_TOKEN.finditer(paragraph, cue.end()))
    start = _body_start([span.group() for span in spans])
    if start is None or start < _TAGS_MIN:
        return paragraph, []
    before = paragraph[:cue.start()].rstrip()
    tags = paragraph[cue.start():spans[start].start()].strip()
    if before and not _SENTENCE_END.search(before):
        before += "."
    return f"{before} {paragraph[spans[start].start():]}".strip(), [Removed("widget", tags)]


# ---- the page's tail -------------------------------------------------------------------------------------------

# Where a page's tail begins, at a sentence boundary: "... agencies Related News Iraqs vote ...", "Tags airstrikes
# Syrian Arab Air Force ...", "Related SciDev.Net articles:", "Read Also", "Comment via Facebook", "Copyright © 2018 TRT World".
_TAIL_CUE = re.compile(
    r"(?:^|(?<=[.!?\"'\u201d)\]]\s)|(?<=\s))(?:Related\s+(?:News|Stories|Articles|Content|Coverage|Links|Topics)\b"
    r"|Related\s*:|Related\s+(?=[A-Z][a-z]+\s+[A-Z])|Related\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:articles|stories|links)\s*:|Tags\s*:?\s+(?=[A-Za-z#])|TAGS\s*:|Read\s+(?:Also|More)\b"
    r"|Comment\s+via\b|Community\s+standards|Category\s+News\b|(?:Copyright\s*)?\u00a9\s*(?:19|20)\d\d"
    # a wire's notice glued after the story's last sentence: "Copyright 2004 Associated Press. All rights reserved."
    r"|Copyright\s+(?:19|20)\d\d\b[^.]{0,60}\.\s+All\s+rights\s+reserved\b"
    r"|\(?(?:Additional\s+)?[Rr]eporting\s+by\s+[A-Z][^.;]{2,80}(?:;|$)|Our\s+Standards\s*:)")  # "(Additional reporting by X)" whole
_COPYRIGHT = re.compile(r"(?:Copyright\s*)?\u00a9")  # ends a page wherever it stands
_TAIL_SHARE = 0.5  # a tail starts in the second half of the text


def cut_tail(paragraphs: list[str]) -> tuple[list[str], str]:
    """The paragraphs before the page's tail and the tail's text ('' when there is none).

    The tail starts at a cue ("Related News", "Tags", "Read also", "Comment via", "© 2018") in the second half of
    the text, and only when no story is told after it: no two sentences of running text in a row."""
    total = sum(len(p) + 1 for p in paragraphs)
    seen = 0
    for index, paragraph in enumerate(paragraphs):
        for cue in _TAIL_CUE.finditer(paragraph):
            if seen + cue.start() < _TAIL_SHARE * total and not _COPYRIGHT.match(cue.group()):
                continue
            tail = [paragraph[cue.start():], *paragraphs[index + 1:]]
            if _tells_story(tail):
                continue
            head = paragraph[: cue.start()].rstrip()
            return [*paragraphs[:index], *([head] if head else [])], " ".join(tail)
        seen += len(paragraph) + 1
    return paragraphs, ""


# Words a page says to its reader, never a story: "Subscribe to our Youtube channel", "We wont spam you".
_PAGE_WORDS = re.compile(r"\b(?:subscribe|newsletter|follow|spam|privacy|cookies?|copyright|sign\s+up|log\s*in|comment\s+via)\b|\u00a9", _I)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[A-Z\"\u201c])")


def _tells_story(texts: list[str]) -> bool:
    """Two sentences of running text in a row (10+ words each, a news share of stop words)."""
    run = 0
    for text in texts:
        for sentence in _SENTENCE_SPLIT.split(text):
            story = (len(words_of(sentence)) >= 10 and stopword_density(sentence) >= 0.3 and sentence.rstrip().endswith(".")
                     and "|" not in sentence and not _PAGE_WORDS.search(sentence))
            run = run + 1 if story else 0
            if run >= 2:
                return True
    return False


# ---- live blogs, captions, the opening ---------------------------------------------------------------------------

# "06.48 Reuters - ...", "11.03am: ...", "5:07pm (UK)": the time an entry was posted, at its start.
_LIVE_STAMP = re.compile(r"^(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*(?:[ap]\.?m\.?)?(?:\s*\((?:UK|GMT|BST|ET|local)\))?\s*:?\s+(?=\S)", _I)
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])(?:[.:][0-5]\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s*\((?:UK|GMT|BST|ET|local)\))?", _I)
_LIVE_MIN_ENTRIES = 2  # a page with this many entries starting with a time is a live blog


def strip_live_stamps(paragraphs: list[str]) -> tuple[list[str], list[Removed]]:
    """Entries of a live blog without the time in front ("06.48 Reuters - ..." -> "Reuters - ...")."""
    stamped = [i for i, p in enumerate(paragraphs) if _CLOCK.match(p) and _LIVE_STAMP.match(p)]
    if len(stamped) < _LIVE_MIN_ENTRIES:
        return paragraphs, []
    out = list(paragraphs)
    removed = []
    for i in stamped:
        match = _LIVE_STAMP.match(out[i])
        assert match is not None
        removed.append(Removed("timestamp", match.group().strip()))
        out[i] = out[i][match.end():]
    return out, removed


_CAPTION_WORDS = (6, 25)


def is_bare_caption(paragraph: str) -> bool:
    """A caption printed as a line of its own, without a full stop: a sentence's words, 6-25 of them, no final
    punctuation ("Hari Kostov does did not belong to any of the three governing parties")."""
    text = paragraph.strip()
    count = len(words_of(text))
    return (_CAPTION_WORDS[0] <= count <= _CAPTION_WORDS[1] and text[:1].isupper() and not text.isupper()
            and not re.search(r"[.!?:;,\"'\u201d\u2019)\u2026-]$", text) and ":" not in text  # "Powell: 'Business as usual' for now"
            and stopword_density(text) >= _STOPWORD_SENTENCE)


def _punctuated(paragraphs: list[str]) -> bool:
    """Most paragraphs of 8+ words end like sentences (so one that does not stands out)."""
    long = [p for p in paragraphs if len(words_of(p)) >= 8]
    return len(long) >= 3 and sum(bool(_SENTENCE_END.search(p.rstrip())) for p in long) >= 0.8 * len(long)


def is_headline(title: str, paragraph: str) -> bool:
    """The headline again, also behind a section word or two ("Public health Reid offers ...") or a counter
    ("Update 12: Kmart Acquires Sears ...")."""
    headline = headline_of(title)
    if same_text(title, paragraph) or same_text(headline, paragraph):
        return True
    words = paragraph.split()
    return len(words) <= len(title.split()) + 3 and any(same_text(headline, " ".join(words[n:])) for n in range(1, 4))


_SITE_SUFFIX = re.compile(r"(?:\s*(?:\s[-|\u2013\u2014]|_)\s[^-|\u2013\u2014_]{2,40})+$|-\s+[A-Z][^-|]{2,40}$")


def headline_of(title: str) -> str:
    """The title without the site's name after it ("... Blasts- Al Manar TV Website Archive", "... | Jordan Times")."""
    headline = _SITE_SUFFIX.sub("", title).strip()
    return headline if len(headline.split()) >= 3 else title


# An agency dateline inside the first paragraph: what comes before it is the page's ("8:16 PM AP Photo LON104 By
# RAVI NESSMAN Associated Press Writer RAMALLAH, West Bank (AP) - Marwan Barghouti ...").
_INNER_DATELINE = re.compile(r"(?<=\s)(?<![A-Z.'\-]\s)[A-Z][A-Z.'\-]{2,}(?:\s[A-Z][A-Z.'\-]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?"
                             r"\s*\([A-Za-z][^()\n]{1,30}\)\s*(?:[-\u2013\u2014:]+|(?=[A-Z]))\s")
# ... or a press release's, dated between long dashes: "New MSN Search Service Helps ... REDMOND, Wash. -- Nov. 11, 2004 --"
_INNER_DATED_DATELINE = re.compile(r"(?<=\s)(?<![A-Z.'\-]\s)[A-Z][A-Z.'\-]{2,}(?:\s[A-Z][A-Z.'\-]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?"
                                   r"\s*(?:--|\u2014|\u2013)\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*(?:19|20)\d\d\s*(?:--|\u2014|\u2013)\s")
_DATELINE_WITHIN = 300


def strip_opening(paragraph: str, title: str = "") -> tuple[str, list[Removed]]:
    """The first paragraph without page stamps and what a page prints before an agency's dateline.

    A share widget's counts run into a story that opens with a number ("Get short URL 0 85 12 Daesh
    terrorists were killed"): the stamp's last number goes back to the story when the headline gives the
    same number before the same word ("... Eliminate 12 Daesh Militants")."""
    removed: list[Removed] = []
    stamp, paragraph = split_leading_stamps(paragraph)
    last = re.search(r"(?<![\d.,])(\d+)$", stamp)
    first_word = re.match(r"[^\W\d_][\w'-]*", paragraph)
    if last and first_word and re.search(rf"(?<![\d.,]){last.group(1)}\s+{re.escape(first_word.group())}\b", title, _I):
        stamp, paragraph = stamp[: last.start()].rstrip(), f"{last.group(1)} {paragraph}"
    if stamp:
        removed.append(Removed("stamp", stamp))
    inner = _INNER_DATELINE.search(paragraph[:_DATELINE_WITHIN]) or _INNER_DATED_DATELINE.search(paragraph[:_DATELINE_WITHIN])
    if inner and inner.start() > 0:
        before = paragraph[: inner.start()].strip()
        if not re.search(r"[.!?][\"'\u201d]?\s", f"{before} ") or stopword_density(before) < 0.1:
            removed.append(Removed("stamp", before))
            paragraph = paragraph[inner.start():]
    return paragraph, removed


# ---- the stage -------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of page furniture taken out, with its class (see the module's docstring)."""

    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Stripped:
    """The story's paragraphs and what was taken out of them, in the order it was found."""

    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    opening_stamp: str = ""  # the stamps taken from the front of the first sentence

    def of_kind(self, kind: str) -> tuple[str, ...]:
        """The texts taken out as ``kind``, in the order they were found."""
        return tuple(r.text for r in self.removed if r.kind == kind)

    @property
    def stamps(self) -> tuple[str, ...]:
        """Date lines and page stamps (where an article's date may be)."""
        return self.of_kind("stamp")

    @property
    def captions(self) -> tuple[str, ...]:
        """Photo captions taken out (a picture's date is the story's day or the day before: a last clue)."""
        return self.of_kind("caption")

    @property
    def byline(self) -> str:
        """The first byline standing on its own line, without its "By" ("Meng Yan (China Daily)")."""
        found = next(iter(self.of_kind("byline")), "")
        return re.sub(r"^(?:posted\s+)?by\s+", "", found.strip(" .:;|-"), flags=_I)

    @property
    def footer(self) -> str:
        """Footers and the page's tail (where an outlet may name itself: "Comment via Sputnik News")."""
        return " ".join(self.of_kind("footer"))


def strip_boilerplate(title: str, paragraphs: list[str] | tuple[str, ...]) -> Stripped:
    """The paragraphs of an article without the page's furniture (see the module's docstring)."""
    removed: list[Removed] = []
    inline: list[str] = []
    for paragraph in paragraphs:
        text, found = strip_inline(paragraph)
        removed += found
        inline.append(text)
    body, tail = cut_tail([p for p in inline if p.strip()])
    while tail:  # a tail above the one cut: "... Source AA Related News <headlines> Category News <headlines>"
        body, earlier = cut_tail(body)
        if not earlier:
            break
        tail = f"{earlier} {tail}"
    if tail:
        removed.append(Removed("footer", tail))
    for index, paragraph in enumerate(body):  # after the tail's cut: a "Tags" left is glued before the story
        body[index], found = cut_glued_tags(paragraph)
        removed += found
    punctuated = _punctuated(body)
    kept: list[str] = []
    for paragraph in body:
        kind = line_class(paragraph) or ("headline" if is_headline(title, paragraph) else "")
        kind = kind or ("caption" if punctuated and is_bare_caption(paragraph) else "")
        if kind:
            removed.append(Removed(kind, paragraph))
        else:
            kept.append(paragraph)
    kept, stamps = strip_live_stamps(kept)
    removed += stamps
    opening = ""
    if kept:
        first, found = strip_opening(kept[0], title)
        removed += found
        opening = " ".join(r.text for r in found)
        kept[:1] = [first] if first.strip() else []
    return Stripped(tuple(kept), tuple(removed), opening)
