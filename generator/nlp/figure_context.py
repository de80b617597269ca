"""Page furniture around an article's sentences, as figures need to see it.

Scraped news text runs a page's pieces together: a photo caption and its credit glued to the lead
("... Idlib province Syria August 6 2016 (TRT World and Agencies) A suicide bomber ..."), a headline, an
outlet and a date stamp before the body ("Twin car bombs kill 25 ... AFP Wednesday 9 Apr 2014 Two car
bombs killed ..."), other stories' headlines in a related-links list ("Related ... Dozens Killed in Likely
US-Led Coalition Strike on School"). ``segments`` cuts a sentence at those seams, so each figure is read
in its own piece; ``is_caption`` tells a credited caption (its date is the photo's, not the next
sentence's); ``other_headline`` tells a count in a headline of another story than the article's.
"""

from __future__ import annotations

import re

_CREDIT = r"(?:Agencies|Reuters|AFP|AP|Getty(?:\s+Images)?|EPA|Anadolu|Sputnik|SANA|Photo|File|TRT\s+World|Xinhua|IRNA)"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# Where a new piece starts: after a credit in brackets, around a weekday date stamp, after a page's URL stamp,
# before a related-links list, after a dash glued to the lead's first word. (pattern, cut before it, cut after it)
_TWEET_CREDIT = rf"\(\w{{2,20}}\)\s+(?:{_MON}\s+)?\d{{1,2}},?\s+(?:19|20)\d\d\b"
_TWEET_END = re.compile(rf"{_TWEET_CREDIT}\s*$")
# A link to other stories: "Related ...", and the labels that print one story's headline ("READ MORE: Airstrikes kill 20
# civilians in Idlib", "Also read:", "See also:"): another story, even on the same topic.
_LINK_LABEL = r"(?:Related|(?i:read\s+more|read\s+also|also\s+read|see\s+also)\s*:)"
_SEAMS = (
    (re.compile(rf"\([^()]{{0,40}}?\b{_CREDIT}\b[^()]{{0,20}}\)(?=\s+[A-Z\"“])"), False, True),
    (re.compile(rf"\b{_WEEKDAY},?\s+\d{{1,2}}\s+{_MON}\s+(?:19|20)\d\d\b(?=\s+\S)"), True, True),
    (re.compile(r"Get short URL(?:\s+\d+)*"), False, True),
    # An embedded tweet's credit and date, glued to the next sentence: "... pic.twitter.comhtebsAe1Ps Carol Malouf
    # (carolmalouf) 1 2015 The blast was also reported ...", "The White Helmets (SyriaCivilDef) June 12 2016 1 child killed".
    (re.compile(rf"{_TWEET_CREDIT}(?=\s+\S)"), False, True),
    (re.compile(rf"\b{_LINK_LABEL}\s+(?=[A-Z])"), True, False),
    (re.compile(r"(?<=[A-Z]{2})\s[-–—](?=[A-Z][a-z]*\s)"), False, True),  # a dash glued to the lead after a dateline: "state TV -A double"
)
_SITE_SUFFIX = re.compile(r"\s+[-|–—]\s+")
_CAPTION = re.compile(rf"\([^()]{{0,40}}\b{_CREDIT}\b[^()]{{0,20}}\)\s*$")
_RELATED = re.compile(rf"^{_LINK_LABEL}\s+[A-Z]")
# A casualty verb with a capital inside a piece: headline case ("Airstrikes Kill Over 100 Daesh Fighters").
_HEADLINE_VERB = re.compile(r"(?<=\S\s)(?:Kill|Kills|Killed|Killing|Dead|Die|Dies|Died|Wounded|Wounds|Injured|Injures|Injuring|"
                            r"Displaced|Flee|Executed|Executes|Massacred)\b")
_SMALL = frozenset("a an and as at by for from in into near of on or over the to with after amid".split())
_WORD = re.compile(r"\w[\w'’-]*")
# Counts and casualty words, left out when two headlines are compared.
_COUNTING = re.compile(r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                       r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?|hundreds?|"
                       r"thousands?|dozens?|scores|tens|kill\w*|dead|deaths?|die[sd]?|wound\w*|injur\w*|displaced|flee|fled|"
                       r"executed|executes|massacred|people|civilians")
SAME_HEADLINE = 0.5  # share of a headline's words in the article's title that makes it the article's own


def segments(sentence: str) -> list[str]:
    """The pieces of ``sentence`` between page seams (the sentence itself when it has none)."""
    cuts = {0, len(sentence)}
    for pattern, before, after in _SEAMS:
        for match in pattern.finditer(sentence):
            cuts.update(([match.start()] if before else []) + ([match.end()] if after else []))
    ordered = sorted(cuts)
    pieces = (sentence[a:b].strip() for a, b in zip(ordered, ordered[1:]))
    return [piece for piece in pieces if piece]


REPEAT_WORDS = 8  # a sentence opening with this many words printed again later in it is a lead run twice


def unrepeated(piece: str) -> str:
    """``piece`` without the first copy of a lead run twice with no full stop between ("The army killed at least 50
    terrorists in Daraa The army killed at least 50 terrorists in Daraa as units advanced"): one mention, read once."""
    words = piece.split()
    opening = words[:REPEAT_WORDS]
    if len(opening) < REPEAT_WORDS:
        return piece
    folded = [w.casefold() for w in words]
    head = folded[:REPEAT_WORDS]
    again = next((i for i in range(REPEAT_WORDS, len(words) - REPEAT_WORDS + 1) if folded[i:i + REPEAT_WORDS] == head), None)
    return piece if again is None else " ".join(words[again:])


def headline(title: str) -> str:
    """The article's headline without the site name a page title carries, after it (" - Region - Outlet", " | Outlet")
    or before it ("National News Agency - Blasts in Homs kill 18"): the longest part, a site's name being short."""
    parts = [" ".join(part.split()) for part in _SITE_SUFFIX.split(title)]
    return max(parts, key=len) if parts else ""


def repeats_title(piece: str, title: str) -> bool:
    """Whether ``piece`` opens with the article's headline (its site suffix " - Region - Outlet" left off)."""
    head = headline(title).casefold()
    return len(head) >= 12 and " ".join(piece.split()).casefold().startswith(head)


def cut_title_repeated(title: str, text: str) -> bool:
    """Whether the headline is the body's opening cut short ("More than 50 people were killed and scores ..."): a feed's
    title made from the first sentence. Its counts are that sentence's, read in full in the body."""
    head = " ".join(title.split())
    if not head.endswith(("...", "…")):
        return False
    stem = head.rstrip(".… ").casefold()
    return len(stem) >= 12 and stem in " ".join(text[:len(stem) + 200].split()).casefold()


def is_caption(piece: str) -> bool:
    """A photo caption (it ends with a credit in brackets): its date is the photo's."""
    return bool(_CAPTION.search(piece))


def is_tweet(piece: str) -> bool:
    """An embedded tweet (it ends with its author's handle and date): its date is the tweet's, not the next sentence's day."""
    return bool(_TWEET_END.search(piece))


def other_headline(piece: str, start: int, end: int, title: str) -> bool:
    """Whether ``start:end`` lies in a headline that is not the article's (a related story's, a list's)."""
    if _RELATED.match(piece):  # a list of other stories' headlines: on the same topic by design, about other events
        return not _lead_after_related(piece, start, end)
    span = _headline_span(piece, start, end)
    return span is not None and not _same_story(piece[span[0]:span[1]], title)


# The story's lead run on after a page's related headlines ("Related ... Syria has 8% of chemical material left Monitor A
# car bomb ... killed at least 45 people and wounded 85 on Tuesday the provincial governor said"): a lowercase past-tense
# casualty verb (headlines say "kills" or "Killed") with a day or an attribution within a few words after it.
_PAST_VERB = re.compile(r"\b(?:killed|wounded|injured|died|arrested|detained)\b")
_LEAD_TAIL = re.compile(r"(?:\s+\S+){0,12}?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
                        r"said|says|reported|told)\b")


def _lead_after_related(piece: str, start: int, end: int) -> bool:
    """Whether the count at ``start:end`` is told in the lead that follows a related-headlines list, not in the list."""
    return _PAST_VERB.search(piece, start, end) is not None and _LEAD_TAIL.match(piece, end) is not None


def _same_story(headline: str, title: str) -> bool:
    """Whether ``headline`` is about the article's story: either one's topic words mostly in the other's."""
    words, own = set(_topic_words(headline)), set(_topic_words(title))
    if not words or not own:
        return not words
    shared = len(words & own)  # either mostly in the other: one story (a credit or a subtitle may be glued on)
    return max(shared / len(words), shared / len(own)) >= SAME_HEADLINE


def _topic_words(text: str) -> list[str]:
    """A headline's words without its counts and casualty verbs (reports of one story differ in those), stemmed."""
    words = [w.lower() for w in _WORD.findall(text)]
    return [_stem(w) for w in words if w not in _SMALL and not _COUNTING.fullmatch(w)]


def _stem(word: str) -> str:
    """The first five letters: enough to take "strike" for "strikes" and "Syria" for "Syrian" in a headline."""
    return word[:5]


def _headline_span(piece: str, start: int, end: int) -> tuple[int, int] | None:
    """The run of capitalised words (small words and numbers allowed) holding the count and a capitalised verb."""
    tokens = list(re.finditer(r"\S+", piece))
    inside = [i for i, t in enumerate(tokens) if t.end() > start and t.start() < end]
    if not inside:
        return None

    def headline_word(token: str) -> bool:
        word = token.strip("\"'“”‘’()[],:")
        return bool(word) and (word[0].isupper() or word[0].isdigit() or word.lower() in _SMALL)

    first = last = inside[0]
    while first > 0 and headline_word(tokens[first - 1].group()):
        first -= 1
    while last + 1 < len(tokens) and headline_word(tokens[last + 1].group()):
        last += 1
    span = (tokens[first].start(), tokens[last].end())
    if last - first < 3 or not _HEADLINE_VERB.search(piece, max(span[0] - 1, 0), span[1]):
        return None
    return span
