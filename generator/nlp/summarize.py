"""Extractive summaries for news: a lede, a few summary sentences and short key points.

Pure Python and fast (well under a millisecond for a typical article). Every sentence of the body is first
cleaned (dateline, glued headline, agency byline) and dropped if it is site furniture, a caption (the line
above a photo credit, or one shaped like a caption: see generator.nlp.clause), a fragment without a verb, a
heading, a date, a question or the headline again. The rest are scored by what
predicts a good news summary: position (the lead is the strongest single signal in news), overlap with the
headline, centrality (how much of the article's recurring vocabulary the sentence holds) and density of names
and numbers, less penalties for overlong sentences and for first-person speech outside quotation marks (an
unattributed quote). A sentence that cannot stand alone is never chosen: one opening with a word pointing back
("He said ...", "But ..."), an interview answer ("Yes, ...") or a piece of a quotation cut off from its other
half, unless the sentence it leans on is just before it in the summary ("She died ..." after the lede naming
her). Sentences are picked greedily, skipping near-duplicates of those already picked, and returned in text
order.

An interview (the headline says so, or questions answered in the first person) is summarized from its
introduction, which says who is interviewed and about what; one without an introduction may open on a
question, its answer right after it.

`sentences` is a maximum: the summary stops growing once it holds SUMMARY_WORDS_PER_SENTENCE words per
sentence asked for, so by default it is about as long as a news lead paragraph (40-50 words, the length of the
human reference summaries in bench/summaries.py): a longer extract adds words a reader (and ROUGE) did not
ask for, and three long sentences are a paragraph, not a summary.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.models import Summary
from generator.nlp.clause import is_story_sentence
from generator.nlp.openings import guarded
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
# An answer to a question the summary does not show ("Yes, all tropical cyclones ...").
_ANSWER_OPENER = re.compile(
    r"^(?:Yes|Yeah|Yep|No|Nope|Well|Sure|Absolutely|Definitely|Exactly|Right|Okay|OK|Oh|Of course)[,.!] "
)
# "This week ...", "That night ...": a time, not a pointer back.
_TIME_OPENER = re.compile(
    r"^(?:This|That|These|Those) (?:past |last |coming )?(?:week|weekend|month|year|morning|afternoon|evening|"
    r"night|day|time|season|summer|winter|spring|autumn|fall|decade|century)s?\b"
)
# The first straight quote mark closes a quotation ('... as it takes," the general said'): the opening is
# in an earlier sentence.
_CLOSING_QUOTE = re.compile(r"""^[^"]*[^\s"]"(?![A-Za-z0-9])""")
# A pronoun that only attributes words ("He said the truce ...", "She added that ..."): who speaks is not in the
# sentence before it as often as not (", the ministry said."), so it never follows on (see _follows).
_PRONOUN_SPEAKS = re.compile(r"^(?:He|She|They|It) (?:also )?(?:said|says|told|tells|added|adds|wrote|writes)\b")
_BACK_REFERENCE = re.compile(
    r"^(?:The|This|That|These|Those|Such) (?:remarks?|comments?|move|statement|decision|announcement|report|"
    r"incident|attack|development|step|call|claims?)\b"
)

_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_DATELINE = guarded(
    r"^[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?\s*\([^)]{1,40}\)\s*[-–—]+\s*|"
    r"^[A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+)*\s*[-–—]+\s*|"
    # "Taipei, Taiwan — The ...", "Evansville, Indiana, United States - This ..."
    rf"^{_PLACE}(?:, {_PLACE}){{0,3}} [-–—]+ (?=[A-Z\"“])|"
    # "Preston, Victoria, Australia On Saturday, ...": a place list whose dash was lost
    rf"^{_PLACE}(?:, {_PLACE}){{1,3}} (?=(?:On|In|At|The|A|An|Last|This|Earlier|Yesterday|Today) [a-zA-Z0-9])|"
    # "Coral Gables, Florida (CNN)Former President ...": place and outlet glued to the first word
    rf"^(?:{_PLACE}(?:, {_PLACE}){{0,3}} )?\([A-Z][\w.&' -]{{0,30}}\)(?=[A-Z\"“])"
)
# Connectives that only add "and another thing": the sentence stands alone without them.
# ("In addition to the dead, nine were wounded": "In addition to" opens a phrase the sentence needs.)
_LEADING_CONNECTIVE = re.compile(
    r"^(?:Also|Meanwhile|Moreover|Furthermore|In addition(?! to\b)|Separately|Additionally),?\s+(?=\S)")
# Where a long sentence's main clause ends and an elaboration begins.
_ELABORATION = re.compile(r", (?:saying|adding|noting|stressing|claiming|according to|while|which|who) |; | [–—] ")
# What pages and scrapers stamp in front of the first sentence: "Date of publication 5 July 2016",
# "AFP Friday 2 May 2014", "07.04.2017(updated 1121 07.04.2017) Get short URL 0 38", "1849 UTC+3",
# "(TRT World and Agencies)", "title:". Stripped one at a time, up to _MAX_PREFIXES of them.
_LEADING_STAMP = re.compile(
    r"^(?:(?:Date of publication|Last updated(?: at)?|Published(?: on)?|Updated(?: on)?|Posted(?: on)?):? "
    r"|title: |Video |\((?:[A-Z][\w.]*(?: (?:and |& )?[A-Z][\w.]*){0,4})\) "
    r"|(?:AFP|AP|Reuters|REUTERS|SANA|TASS|Sputnik|dpa|Xinhua|ANI|Anadolu) "
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? (?=\d)"
    r"|\d{1,2} [A-Z][a-z]{2,8}\.?,? (?:19|20)\d\d\b *|[A-Z][a-z]{2,8}\.? \d{1,2},? (?:19|20)\d\d\b *"
    r"|[A-Z][a-z]{2} \d{5,6} "  # "Apr 232017": day and year run together
    r"|\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d\d\)?(?: ?\(updated [^)]{1,30}\))? *"
    r"|(?:at )?\d{1,2}:\d\d(?: [AP]M)? |\d{4} (?:UTC[+-]\d{1,2}|[AP]M) |at \d{4} "
    r"|(?:[A-Z][a-z]+ ){1,4}(?=\d{1,2}[-./]\d{1,2}[-./]\d{4} )"  # a section path before a date
    r"|SEND \S+ (?:[A-Z]{2,5} Photo )?"
    r"|Get short URL (?:Topic [^()]{1,80}\(\d+\) )?(?:\d+ )*"
    r"|by [A-Z][\w-]*(?: [A-Z][\w-]*){1,6}? (?=[A-Z])"
    r"|(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*\s*/\s*(?:Getty Images|AFP|AP|Reuters|REUTERS|EPA) )"  # a photo credit
)
_MAX_PREFIXES = 6
# What may follow a headline printed at the end of a sentence: nothing, or a time and date ("6.28PM, Thu Nov 18 2004").
_TRAILING_STAMP = re.compile(r"\W*(?:\d{1,2}[.:]\d\d\s*(?:[AP]M)?,?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
                             r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})?\W*")
_SITE_SUFFIX = re.compile(r"(?: [-|–—] [^-|–—]{2,40})+$")
# "BEIRUT Syrian warplanes ...": a place in capitals before the first sentence, its dash lost.
_CAPS_DATELINE = re.compile(r"^[A-Z]{4,}(?: [A-Z]{4,}){0,2} (?=[A-Z][a-z])")
_HEADLINE_OFFSET = 60  # a headline this far into a sentence is still glued on in front (bylines, stamps)
_TRAILING_BYLINE = guarded(r"\s*[-–—]{1,2}\s*(?:Reuters|AFP|AP|SANA|TASS|Sputnik|dpa|Xinhua|ANI)\.?\s*$")
# Site furniture, captions and credits (matched in the lower-cased sentence).
_FURNITURE_PHRASES = (
    "most visited", "top stories", "e-mail this", "email this", "click here", "all rights reserved",
    "copyright", "subscribe", "sign up", "follow us", "read more", "advertisement", "share this", "print this",
    "image:", "image;", "photo:", "photograph:", "video:", "(ap photo", "credit:", "file photo",
    "collaboration page", "this exclusive interview", "print tweet",
    # a release's rights notice: "General permission is granted for the publication in newspapers in any language."
    "permission is granted", "reprinted with permission", "may not be reproduced", "requires the consent of",
)
_FURNITURE_PHRASE = guarded("|".join(re.escape(phrase) for phrase in _FURNITURE_PHRASES))
# A page's topic tags glued into the copy: "... standfirst. Tags Syria Raqqa airstrikes US-led coalition A US-led ..."
# ("Tags" capitalised before a capitalised tag: prose says "price tags"). Ingest cuts such a list where it can tell the
# story's sentence from it (boilerplate.cut_glued_tags); this keeps out what it could not, and copy ingested before.
_TAG_LIST = guarded(r"\bTags:?\s+[A-Z][\w'-]*\s+\S+\s+\S+")
# A list of dated links to earlier stories: "Nov 16: Band Aid 20 hits the airwaves Nov 14: Stars join Geldof" (two or more
# "month day:" stamps in one sentence; a sentence of the story dates one event at most so).
_DATED_LINKS = guarded(r"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}: .*){2}")
# A photo or video credit line: the sentence just above it is the picture's caption.
_CREDIT = re.compile(r"^(?:Image|Photo|Photograph|Picture|Video|Credit|Source)s?: ")
_BYLINE = re.compile(r"^(?:By|BY) [A-Z][a-z]+ [A-Z][a-z]+\W*$|^Related\b")
_DATE_ONLY = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December) \d{1,2},? \d{4}\W*$|^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3,9} "
    r"\d{4}(?: at \d{4})?$"
)
_FIRST_PERSON = guarded(r"\b(?:I|I'm|I've|I'd|we|We|we're|We're|our|Our|us|my|My|you|You|your|Your)\b")
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_QUESTION_END = re.compile(r"\?[\"'”’)\]]*\s*$")
# "Wikinews interviews ...", "An interview with ...", "Q&A: ...", "... tells Wikinews about ..."
_INTERVIEW_TITLE = re.compile(r"\b(?:interview(?:s|ed)?|Q ?& ?A)\b", re.IGNORECASE)
_INFORMATIVE = re.compile(r" (?:[A-Z]|[^ ]*[0-9])")
_SENTENCE_END = re.compile(r"""[.!]["'”’)\]]*$""")

POSITION_WEIGHT = 1.0
TITLE_WEIGHT = 0.3
CENTRALITY_WEIGHT = 0.5
DENSITY_WEIGHT = 0.3
LENGTH_PENALTY = 0.5
FIRST_PERSON_PENALTY = 0.6
LONG_SENTENCE_WORDS = 45
# No sentence is added once the summary holds this many words per sentence asked for: 36 for the default
# three, about a news lead paragraph (tuned on the dev split of bench/summaries.py).
SUMMARY_WORDS_PER_SENTENCE = 12
NEAR_DUPLICATE = 0.7  # share of the shorter sentence's content words above which it repeats the other
KEY_POINT_MAX_WORDS = 32
LEDE_POOL = 3  # the lede is the earliest of this many best-scored sentences
LEDE_MIN_WORDS = 10
INTERVIEW_QUESTIONS = 3  # questions answered in the first person that make a text an interview


@dataclass(frozen=True, slots=True)
class _Candidate:
    position: int  # rank among kept sentences, 0 = first
    index: int  # place among all the text's sentences, dropped ones included
    text: str
    words: frozenset[str]
    word_count: int
    dependent: bool
    first_person: bool  # speaks as "I/we/you" outside quotation marks: an unattributed quote
    question: bool = False  # an interviewer's question, kept only where an interview has no introduction


def summarize(title: str, text: str, *, sentences: int = 3, key_points: int = 4, background: Iterable[str] = ()) -> Summary:
    """A page that reads once: the lede (what happened), then summary sentences the lede does not say
    (text order; lede and summary together hold about SUMMARY_WORDS_PER_SENTENCE words per sentence
    asked for, `sentences` sentences at most), then up to `key_points` short points neither says. A
    sentence holding one of the `background` pieces (those whose figures are all running totals or
    history: "More than 280000 people have been killed ... since March 2011") is no key point: the
    points are the story's news."""
    introduction = _introduction(title, text)
    split = split_sentences(text)
    # An interview without an introduction: its opening question may say what it is about (only as the lede).
    candidates = _candidates(title, split, questions=introduction == 0)
    if not candidates:
        return Summary(lede="", sentences=(), key_points=())
    scores = _scores(title, candidates)
    ranked = sorted(range(len(candidates)), key=lambda i: (-scores[i], i))
    if introduction and any(c.index < introduction for c in candidates):
        # An interview: what it is about, and with whom, is in the introduction, never in an answer.
        ranked = [i for i in ranked if candidates[i].index < introduction]
    standalone = [i for i in ranked if not candidates[i].dependent]
    lede = _lede(candidates, standalone or ranked)
    ranked = [i for i in ranked if not candidates[i].question]
    answer = lede + 1
    if candidates[lede].question and answer in ranked and candidates[answer].index == candidates[lede].index + 1:
        ranked = [answer, *(i for i in ranked if i != answer)]  # a question opening the summary is answered
    budget = SUMMARY_WORDS_PER_SENTENCE * sentences - candidates[lede].word_count
    chosen = _pick(candidates, ranked, sentences - 1, word_budget=budget, said=[lede], follow_on=True) if budget > 0 else []
    shortened = {i: _shorten(candidates[i].text) for i in standalone}
    pieces = tuple(piece for piece in background if piece)
    short = [i for i in standalone if shortened[i].count(" ") < KEY_POINT_MAX_WORDS and not candidates[i].question
             and not any(piece in split[candidates[i].index] for piece in pieces)]
    points = _pick(candidates, short, key_points, said=[lede, *chosen])
    return Summary(
        lede=candidates[lede].text,
        sentences=tuple(candidates[i].text for i in sorted(chosen)),
        key_points=tuple(shortened[i] for i in sorted(points)),
    )


def _introduction(title: str, text: str) -> int | None:
    """In an interview (the headline says so, or at least INTERVIEW_QUESTIONS questions are each answered in
    the first person), the number of sentences before the first question or answer (0: it opens with one);
    None for any other article."""
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    is_question = [_QUESTION_END.search(p) is not None for p in paragraphs]
    speaks = [_FIRST_PERSON.search(_QUOTED.sub("", p)) is not None for p in paragraphs]
    answered = sum(asked and speaks[k + 1] for k, asked in enumerate(is_question[:-1]))
    if not _INTERVIEW_TITLE.search(title) and answered < INTERVIEW_QUESTIONS:
        return None
    start = next((k for k, p in enumerate(paragraphs) if is_question[k] or speaks[k]), len(paragraphs))
    return len(split_sentences("\n\n".join(paragraphs[:start])))


def _lede(candidates: Sequence[_Candidate], ranked: Sequence[int]) -> int:
    """The earliest of the best few full sentences: what happened, as the article's lead tells it."""
    full = [i for i in ranked if candidates[i].word_count >= LEDE_MIN_WORDS and not candidates[i].first_person]
    return min((full or list(ranked))[:LEDE_POOL])


def _candidates(title: str, sentences: Sequence[str], questions: bool = False) -> list[_Candidate]:
    title_key = _normalise(title)
    headline = _SITE_SUFFIX.sub("", title).lower()
    kept: list[_Candidate] = []
    for index, sentence in enumerate(sentences):
        text = _clean(_CAPS_DATELINE.sub("", sentence, count=1) if not kept else sentence, headline)
        is_caption = index + 1 < len(sentences) and bool(_CREDIT.match(sentences[index + 1]))
        asks = questions and text.endswith("?")
        if is_caption or _is_furniture(text[:-1] + "." if asks else text, title_key):
            continue
        tokens = _WORD.findall(text)
        words = frozenset(t.lower() for t in tokens) - _STOPWORDS
        first_person = not asks and bool(_FIRST_PERSON.search(_QUOTED.sub("", text) if '"' in text or "“" in text else text))
        dependent = _is_dependent(text, tokens)
        kept.append(_Candidate(len(kept), index, text, words, len(tokens), dependent, first_person, asks))
    return kept


def _is_dependent(text: str, tokens: Sequence[str]) -> bool:
    """True if the sentence cannot stand alone: it points back, answers an unseen question, or is a piece
    of a quotation cut from the rest (its attribution is in another sentence)."""
    points_back = tokens[0].lower() in _DEPENDENT_OPENERS and not _TIME_OPENER.match(text)
    return points_back or bool(_BACK_REFERENCE.match(text) or _ANSWER_OPENER.match(text)) or _quote_piece(text)


def _quote_piece(text: str) -> bool:
    """Opens a quotation it does not close, or closes one it did not open (a stray mark inside is a typo)."""
    if text.count('"') % 2 == 1 and (text.startswith('"') or _CLOSING_QUOTE.match(text)):
        return True
    opening, closing = text.count("“"), text.count("”")
    return opening > closing and text.startswith("“") or closing > opening and text.rstrip(".!)]").endswith("”")


def _clean(sentence: str, headline: str) -> str:
    """The sentence without a leading dateline, date stamp, byline or `headline` (lower-cased) glued in front,
    or a trailing agency byline."""
    text = _DATELINE.sub("", sentence, count=1)
    for _ in range(_MAX_PREFIXES):
        stripped = _without_headline(_without_stamp(text), headline)
        if stripped == text:
            break
        text = stripped
    text = _without_trailing_headline(_TRAILING_BYLINE.sub("", text).strip(), headline)
    connective = _LEADING_CONNECTIVE.match(text)
    if connective:
        text = text[connective.end():]
        text = text[:1].upper() + text[1:]
    return text


def _without_stamp(text: str) -> str:
    """One leading date, time, agency name or page stamp off (never if a lower-case word is left in front)."""
    stamp = _LEADING_STAMP.match(text)
    if stamp is None:
        return text
    rest = text[stamp.end():]
    starts_well = rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"“" or _LEADING_STAMP.match(rest)
    return rest if starts_well else text


def _without_headline(text: str, headline: str) -> str:
    """The text after the (lower-cased) headline when it is glued near the start ("by Staff Writer <headline>
    ..."); the headline is the title without a site name ("<title> - Region - World - Ahram Online")."""
    at = text[: _HEADLINE_OFFSET + len(headline)].lower().find(headline) if headline.count(" ") >= 2 else -1
    if at < 0 or at > _HEADLINE_OFFSET or len(text) < at + len(headline) + 30:
        return text
    return text[at + len(headline):].lstrip(" .:–—-")


def _without_trailing_headline(text: str, headline: str) -> str:
    """The text before its own (lower-cased) headline printed after it with a time stamp, a link to the page
    itself ("... proceeds going to the Band Aid trust Band Aid 20 video shown across UK 6.28PM, Thu Nov 18 2004")."""
    at = text.lower().rfind(headline) if headline.count(" ") >= 2 else -1
    if at < 30 or not _TRAILING_STAMP.fullmatch(text[at + len(headline):]):
        return text
    return text[:at].rstrip(" ,;:-–—") + "."


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
        or len(text) < 2 * len(title_key) + 10 and _normalise(text) == title_key
        or _FURNITURE_PHRASE.search(lowered) is not None
        or _TAG_LIST.search(text) is not None
        or _DATED_LINKS.search(text) is not None
        or bool(_DATE_ONLY.match(text) or _BYLINE.match(text))
        or not is_story_sentence(text)
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


def _pick(
    candidates: Sequence[_Candidate], ranked: Sequence[int], count: int, word_budget: int = 0, said: Sequence[int] = (),
    follow_on: bool = False,
) -> list[int]:
    """Up to `count` of `ranked`, best first: never a sentence leaning on another, never one that repeats
    (nearly) a picked sentence or one already `said` on the page; with a `word_budget`, no more once the
    picked sentences hold that many words."""
    picked: list[int] = []
    total = 0
    for index in ranked:
        if len(picked) >= count or word_budget and total >= word_budget:
            break
        candidate = candidates[index]
        leans_on_picked = follow_on and _follows(candidates, index, (*said, *picked))
        if candidate.dependent and not leans_on_picked or index in said or any(
                _overlap(candidate.words, candidates[o].words) > NEAR_DUPLICATE for o in (*said, *picked)):
            continue
        picked.append(index)
        total += candidate.word_count
    return picked


def _follows(candidates: Sequence[_Candidate], index: int, picked: Sequence[int]) -> bool:
    """Whether candidate `index` may lean on the sentence just before it in the text: that one is `picked` (none
    was dropped between them), so the summary shows what "She" or "The report" points back to; a pronoun that
    only attributes speech never does."""
    before = index - 1
    return (before in picked and candidates[before].index == candidates[index].index - 1
            and not _PRONOUN_SPEAKS.match(candidates[index].text))


def _overlap(left: frozenset[str], right: frozenset[str]) -> float:
    """How much of the shorter sentence the longer one already says (1.0 = all of it)."""
    smaller = min(len(left), len(right))
    return len(left & right) / smaller if smaller else 1.0
