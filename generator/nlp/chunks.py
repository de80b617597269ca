"""Capitalised-phrase chunking: the candidate names in a text, with the words around them.

A chunk is a run of capitalised words ("Mohammad Javad Zarif"), joined by name particles
("Staffan de Mistura", "Bashar al-Assad") and, after an organisation or place word, by "of"/"for"
("Syrian Observatory for Human Rights", "Old City of Homs"). Punctuation, line breaks and
possessives end a chunk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from generator.nlp.lexicon import (
    COMPANY_SUFFIXES,
    MAKER_SUFFIXES,
    MONTHS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_HEADS,
    PLACE_HEADS,
    ROLE_WORDS,
    WEEKDAYS,
    common_words,
    dictionary_words,
)
from generator.nlp.openings import guarded

# Words (a double hyphen is a dash between words: "Air Force--completes"), abbreviations ("U.S."), and a middle
# initial before a name ("George W. Bush", "Robert F. Kennedy") and a saint's, a mountain's or a fort's short form
# ("St. Louis", "Mt. Hood", "Ft. Worth"), so its full stop does not cut the name. A plural's possessive apostrophe
# before a capitalised word stays on its word ("Veterans' Affairs Committee", "Kurdistan Workers' Party"): the name
# may go on through it (_ends_name). Initials joined by "&" are one word ("Texas A&M University", "AT&T"), or the name
# is cut at the ampersand ("M University").
TOKEN = re.compile(r"[A-Z]{1,2}&[A-Z]{1,2}\b(?!&)|(?:[A-Z]\.){2,}|[A-Z]\.(?= [A-Z][a-z])|(?:St|Ste|Mt|Ft)\.(?= [A-Z][a-z])|[^\W_](?:[\w'’]*[\w])?(?:-[\w'’]*[\w])*(?:(?<=s)['’](?= [A-Z]))?|\S")
PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|ez|es|ul|ud|bin|ibn|abu|abd)-[A-Z]")
CONNECTORS_AFTER_HEAD = frozenset({"of", "for"})
# "on" joins only after these heads and before an everyday word: "Commission on Human Rights", "Subcommittee on
# Investigations", "Council on Foreign Relations"; not "Council on Monday" nor "Security Council on Syria".
ON_HEADS = frozenset("commission committee subcommittee council conference".split())
BODY_CONNECTORS = CONNECTORS_AFTER_HEAD | {"on"}  # the words between a body's head and the rest of its name
# "house": a chamber or a dynasty named by what it houses ("House of Lords", "House of Representatives", "House of Saud")
HEADS_BEFORE_OF = ORG_HEADS | PLACE_HEADS | ROLE_WORDS | {"rights", "affairs", "city", "state", "house"}
# Courtesy titles and ranks written with a full stop before a name ("Mr. Pollmann", "Lt. Kenny Park"): the stop ends
# no sentence.
DOTTED_TITLES = frozenset("mr mrs ms dr lt sgt capt col gen maj cpl pvt adm cmdr sen rep gov insp det supt".split())
SENTENCE_END = frozenset(".!?:;\"“”")


class _TokenFields(NamedTuple):
    text: str
    start: int
    end: int
    lower: str  # the text casefolded, once: the finder reads it millions of times per corpus (a property cost 8 %)


class Token(_TokenFields):
    """A word or punctuation mark with its offsets (a tuple: chunking makes many of these), made from its text and
    offsets: ``Token(text, start, end)``."""

    __slots__ = ()

    def __new__(cls, text: str, start: int, end: int) -> Token:
        return tuple.__new__(cls, (text, start, end, text.casefold()))

    def __getnewargs__(self) -> tuple[str, int, int]:  # pickled as it is made
        return self.text, self.start, self.end


@dataclass(frozen=True, slots=True)
class Chunk:
    tokens: tuple[Token, ...]
    before: tuple[str, ...]  # up to three lower-cased words before the chunk, nearest last
    after: str  # the lower-cased word after the chunk ("" at a break)
    sentence_initial: bool
    headline: bool  # from a line written in Title Case, where capitals prove nothing
    possessive: bool  # the last word carried "'s"
    credit: bool = False  # in the reporters' credit ("X contributed to this report"): no name in it counts
    run_on: bool = False  # in a headline run into the copy (_headline_runs): furniture unless the copy names it too

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


def is_capitalised(word: str) -> bool:
    if word[:1].isupper():
        return True
    return "-" in word[:5] and bool(PARTICLE_PREFIX.match(word))


_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_LABEL = re.compile(r"[A-Za-z'’&\- ]+")  # words only: no full stop, figures or brackets (a table row has them)


def _is_headline(line: str) -> bool:
    """Title Case: every word of four letters or more capitalised, one exception in a long title; also a short
    label line without a full stop ("The Japan Times Online", "Band Aid Video On Air": a page's title or a
    site's name)."""
    words = _HEADLINE_WORD.findall(line)
    long_words = [w for w in words if len(w) > 3]
    lower = sum(not w[0].isupper() for w in long_words)
    if lower == 0 and 2 <= len(long_words) and len(words) <= 8 and _LABEL.fullmatch(line.strip()):
        return True
    return 5 <= len(long_words) and len(words) <= 30 and (lower == 0 or lower == 1 and len(long_words) >= 8)


SENTENCE_SPLIT = guarded(r"(?<=[.!?])\s+(?=[A-Z\"“])")
# A full stop after these is not a sentence end: "U.N. Security Council", "George W. Bush", "Mr. Lavrov".
ABBREVIATION_END = guarded(r"(?:\b[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|Jr|Sr|No|Vol|Sgt|Capt|Maj)\.$")


# The reporters' credits closing a story: "CNN's Stella Chan contributed to this report", "Dan Ilett of ZDNet UK
# reported from London", "Pamela Brown reported from Dusseldorf", "Some information for this report provided by AFP",
# "Cindy Swirko writes for The Gainesville Sun." (a sentence of its own):
# who wrote it where, not who or where it is about.
CREDIT_SENTENCE = guarded(r"\bcontributed (?:to this (?:report|story)|reporting)\b|[A-Z][\w'’.-]* (?:reported|wrote|filed) from [A-Z]"
                             r"|\b(?:information|material) (?:for|in) this (?:report|story)\b"
                             r"|^[ \t]*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2} (?:writes|reports) for (?:the )?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,4}\.?[ \t]*$")
# A sentence made only of who reported or wrote the story where: "CNN's Melissa Gray reported and wrote from Atlanta.",
# "Victoria Butenko contributed from Kiev.", "Jo Roe reported in Moscow, and Al Poe wrote the story in Atlanta." (a
# sentence with anything more, "Williams wrote in TIME magazine in February", is the story's).
_CREDIT_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
_CREDIT_WHO = rf"(?:[A-Z][A-Za-z]*['’]s |[Jj]ournalists? )?{_CREDIT_NAME}(?:, {_CREDIT_NAME})*(?:,? and {_CREDIT_NAME})?"
_CREDIT_CLAUSE = (rf"{_CREDIT_WHO} (?:reported|wrote|filed|contributed)(?: and (?:reported|wrote))?(?: (?:this|the) (?:story|report))?"
                  rf" (?:from|in) {_CREDIT_NAME}(?:, {_CREDIT_NAME})?")
CREDIT_CLAUSES = re.compile(rf"[ \t]*{_CREDIT_CLAUSE}(?:,? (?:and|while) {_CREDIT_CLAUSE})*\.?[ \t]*")


def _is_site_chrome(line: str) -> bool:
    """Navigation menus ("News / Business / Opinion", "Programs ------ RADIO ------ AM ...") and copyright
    lines: page furniture, not story."""
    lower = line.casefold()
    return line.count(" / ") >= 2 or line.count("---") >= 2 or "all rights reserved" in lower or "©" in line or "(c) " in lower[:4]


def _pieces(line: str) -> list[tuple[int, str]]:
    """(offset, text) of each sentence-ish piece; a stop after an abbreviation does not split."""
    pieces, begin = [], 0
    for gap in SENTENCE_SPLIT.finditer(line):
        if ABBREVIATION_END.search(line[begin : gap.start()]):
            continue
        pieces.append((begin, line[begin : gap.start()]))
        begin = gap.end()
    pieces.append((begin, line[begin:]))
    return pieces


# Token(...) runs a Python-level __new__ per word; tuple.__new__ makes the same Token without it.
_new_token = tuple.__new__


def tokens_by_line(text: str) -> Iterator[tuple[list[Token], bool, bool]]:
    """Tokens per sentence-ish piece of each line, whether that piece is written in Title Case, and whether it
    is the reporters' credit."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if _is_site_chrome(line):
            offset += len(line)
            continue
        for begin, piece in _pieces(line):
            base = offset + begin
            tokens = [_new_token(Token, (word := m.group(), base + m.start(), base + m.end(), word.casefold())) for m in TOKEN.finditer(piece)]
            if "-" in piece:  # only then can a token carry a suffix to split off
                tokens = [part for token in tokens for part in (_split_suffix(token) if "-" in token.text else (token,))]
            credit = ("contributed" in piece or "d from " in piece or "wrote from" in piece or "this " in piece or "s for " in piece) and bool(CREDIT_SENTENCE.search(piece)) \
                or ("reported" in piece or "wrote" in piece or "contributed" in piece) and len(piece) < 300 and bool(CREDIT_CLAUSES.fullmatch(piece))
            yield tokens, _is_headline(piece), credit
        offset += len(line)


PARTY_STATE = re.compile(r"[DRI]-[A-Z][a-z]")


def _split_suffix(token: Token) -> tuple[Token, ...]:
    """'Britain-based' -> 'Britain' + '-based', so the name stands on its own; 'D-New' (Jersey) -> 'D-' + 'New': a
    party's initial before a state ("Sen. Cory Booker, D-New Jersey")."""
    if "-" not in token.text:
        return (token,)
    if PARTY_STATE.match(token.text):
        return Token(token.text[:2], token.start, token.start + 2), Token(token.text[2:], token.start + 2, token.end)
    lower = token.lower
    for suffix in NAME_SUFFIXES:
        if lower.endswith(suffix) and len(lower) > len(suffix) and not (suffix in MAKER_SUFFIXES and not token.text.endswith(suffix)):
            cut = token.end - len(suffix)
            return Token(token.text[: cut - token.start], token.start, cut), Token(token.text[cut - token.start :], cut, token.end)
    return (token,)


def find_chunks(text: str) -> Iterator[Chunk]:
    for tokens, headline, credit in tokens_by_line(text):
        yield from _line_chunks(tokens, headline, credit, () if headline else _headline_runs(tokens))


# Short words a headline capitalises and running copy never does inside a name ("Fighting Against Daesh in Homs",
# "Raqqa Completely Liberated From Daesh"); not "Without" ("Reporters Without Borders" is a name as written) nor "Under"
# ("U.N. Under Secretary General Angela Kane": a title) nor "Near" ("Washington Institute for Near East Policy")
HEADLINE_FUNCTION_WORDS = frozenset("from against after over with into amid for to in on as at by of and upon across before "
                                    "during despite toward towards through between about".split())
HEADLINE_RUN_WORDS = 5  # capitalised words in a run before it reads as a headline rather than one long name


def _headline_runs(tokens: list[Token]) -> tuple[tuple[int, int], ...]:
    """(first, end) token indices of each headline run into running copy: five or more capitalised words, with only
    short lower-case function words between them, one of them a function word a headline capitalises before another
    capitalised word, after the run's first word ("... the news agency specified. Sputnik Syrian Army Reportedly
    Engaged in Fierce Fighting Against Daesh in Homs The day before ...", a related story's headline whose stops a
    crawl lost): capitals prove nothing there, as in a line written in Title Case. Not "Tom Morello of Rage Against
    the Machine" (a name's "the" stays lower case) nor "In the Kowloon West constituency" after a caption that lost
    its stop (a sentence's opening word); a possessive ends a run ("told BBC One's Breakfast With Frost programme":
    the owner is named in the copy), and so does a dateline ("... After Daesh Defeat MOSCOW (Sputnik) According to
    ...": the story's copy again)."""
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        if not _title_word(tokens[index].text):
            index += 1
            continue
        end, capitals, function_word = index, 0, False
        while end < len(tokens) and (_title_word(tokens[end].text) or tokens[end].lower in _RUN_GLUE or _title_suffix(tokens[end].text)):
            if _dateline_word(tokens, end):
                break
            if _possessive(tokens[end].text):
                end += 1 if end > index else 0  # the owner closes the run ("... Disney News Stitch's"), no run goes on past it
                break
            if _title_word(tokens[end].text):
                capitals += 1
                function_word = function_word or (end > index and tokens[end].lower in HEADLINE_FUNCTION_WORDS and tokens[end].text[1:].islower()
                                                  and end + 1 < len(tokens) and _title_word(tokens[end + 1].text))
            end += 1
        if capitals >= HEADLINE_RUN_WORDS and function_word:
            runs.append((index, end))
        index = max(end, index + 1)
    return tuple(runs)


_RUN_GLUE = frozenset("of in the a an and for to on at by from with as".split())


def _title_word(text: str) -> bool:
    return text[0].isupper() and text[0].isalpha()


def _dateline_word(tokens: list[Token], index: int) -> bool:
    """"MOSCOW (Sputnik)": the story's own dateline, restated after a related headline, opens the copy again."""
    return tokens[index].text.isupper() and index + 1 < len(tokens) and tokens[index + 1].text == "("


def _title_suffix(text: str) -> bool:
    """A capitalised suffix split off its name ("US" + "-Led"): still the headline's."""
    return text[:1] == "-" and text[1:2].isupper()


def _joins(previous: Token, word: Token, following: Token | None, next_after: Token | None = None) -> bool:
    """Whether a lower-case word continues the chunk: a name particle or 'of' after a head noun."""
    if following is not None and following.lower == "the" and word.lower == "for" and previous.lower in ORG_HEADS and next_after is not None \
            and is_capitalised(next_after.text) and _domain_noun(next_after.lower):
        # "Institute for the Study of War", "Organisation for the Prohibition of Chemical Weapons": a body's domain, an
        # everyday word after "for the" (not "the West Bank for the Palestine Marathon"; "of the" may open another name)
        following, next_after = next_after, None
    if (word.lower in NAME_PARTICLES and following is not None and following.lower in NAME_PARTICLES and next_after is not None
            and is_capitalised(next_after.text) and previous.lower not in ROLE_WORDS):
        return True  # two particles: "Felix von der Osten", "Ursula von der Leyen", "Plaza de la Revolucion"
    if following is None or not is_capitalised(following.text):
        return False
    if _possessive(following.text) and (next_after is None or is_capitalised(next_after.text)):
        # "Center of Iran's Expediency Council": the possessor starts a new name; but "the University of Kentucky's
        # students" ends the body's name with its possessive
        return False
    lower = word.text.casefold()
    if lower in NAME_PARTICLES:
        return previous.lower not in ROLE_WORDS
    if lower == "on":
        return previous.lower in ON_HEADS and following.lower in common_words() and following.lower not in _WEEKDAYS_OR_MONTHS
    # not after a company's legal form: "Daniels Pharmaceuticals Inc of St. Petersburg" is a company and a city
    return lower in CONNECTORS_AFTER_HEAD and previous.lower in HEADS_BEFORE_OF and previous.lower not in COMPANY_SUFFIXES


def _line_chunks(tokens: list[Token], headline: bool, credit: bool, runs: tuple[tuple[int, int], ...] = ()) -> Iterator[Chunk]:
    index, sentence_start = 0, True
    while index < len(tokens):
        text = tokens[index].text
        if not text[0].isalpha() or not is_capitalised(text):  # the cheaper test first: same answer
            sentence_start = (text in SENTENCE_END and not (text == "." and index > 0 and tokens[index - 1].lower in DOTTED_TITLES)
                              or (sentence_start and not text[0].isalnum()))
            index += 1
            continue
        end = _chunk_end(tokens, index)
        words = tuple(tokens[index:end])
        in_run = any(first <= index and end <= last for first, last in runs)  # a chunk running on past it is the copy's too
        chunk = _make_chunk(tokens, index, end, words, sentence_start, headline or in_run, credit)
        yield replace(chunk, run_on=True) if in_run else chunk
        sentence_start = False
        index = end


def _chunk_end(tokens: list[Token], start: int) -> int:
    end = start + 1
    while end < len(tokens) and not _ends_name(tokens[end - 1].text, tokens[end]):
        word = tokens[end]
        following = tokens[end + 1] if end + 1 < len(tokens) else None
        if is_capitalised(word.text) and word.text[0].isalpha():
            end += 1
        elif word.lower == "the" and tokens[end - 1].lower in _CONNECTORS_AFTER_HEAD_OR_ON and following and is_capitalised(following.text):
            end += 1
        elif word.lower == "of" and end >= 3 and tokens[end - 2].lower == "the" and tokens[end - 3].lower == "for" and _domain_name_follows(tokens, end + 1):
            end += 1  # "Society for the Prevention of Cruelty to Animals", "Office for the Protection of the Environment"
        elif word.text == "&" and following is not None and following.lower.rstrip(".") in FIRM_ENDS:
            end += 1  # "Goldman Sachs & Co.", "Johnson & Sons": a firm's name
        elif _joins(tokens[end - 1], word, following, tokens[end + 2] if end + 2 < len(tokens) else None) or word.lower in {"and", "&"} and _joins_and(tokens, start, end):
            end += 1
        elif BROADCASTER_NUMBER.fullmatch(word.text) and tokens[end - 1].lower in NUMBERED_HEADS:
            return end + 1  # "BBC Radio 4", "Channel 4": the number is the name's last word
        else:
            break
    while end - 1 > start and not is_capitalised(tokens[end - 1].text):
        end -= 1
    return end


FIRM_ENDS = frozenset({"co", "company", "sons", "partners", "associates"})  # after "&" in a firm's name
NUMBERED_HEADS = frozenset({"radio", "channel"})  # broadcasters named by a number
BROADCASTER_NUMBER = re.compile(r"\d{1,2}(?:['’]s)?")  # "Radio 4", "Radio 4's Today programme"


# Head words of the public bodies whose names hold an "and" ("Food and Drug Administration"); not companies:
# "Time Warner Cable and Sprint Corp" are two.
PUBLIC_BODY_HEADS = frozenset(
    "administration ministry department commission agency bureau office service services council committee authority "
    "organization organisation institute board association federation foundation centre center laboratory".split())


_BODY_ENDS = ORG_HEADS | PUBLIC_BODY_HEADS | frozenset({"house", "convention", "conventions"})  # a name ends there


def _joins_and(tokens: list[Token], start: int, end: int) -> bool:
    """'and' inside a body's name: "Food and Drug Administration", "National Oceanic and Atmospheric Administration",
    "Department of Health and Human Services". The words after it must end in a body's head word, or be everyday
    words after a body's "of"; and what comes before is no lone name, or "US and Russian Defence Ministries"
    would hide two countries."""
    run = end + 1
    while run < len(tokens) and run - end <= 4 and is_capitalised(tokens[run].text) and tokens[run].text[0].isalpha():
        run += 1
        if _possessive(tokens[run - 1].text):  # "the Foreign and Commonwealth Office's priorities": the name ends there
            break
    after = tokens[end + 1 : run]
    if not after or run < len(tokens) and is_capitalised(tokens[run].text) and tokens[run].text[0].isalpha():
        return False
    before = tokens[start:end]
    if len(before) > 1 and before[-1].lower in _BODY_ENDS:
        return False  # "Treasury, Foreign Office and Education Department ministers": two bodies, each named whole
    # a country's initials may open a long name ("The U.S. Food and Drug Administration", "UK Hadley Centre for Climate
    # Prediction and Research")
    if any(t.text.isupper() and t.lower not in COUNTRY_INITIALS for t in (before[1:] if len(before) > 2 else before)):
        return False  # "Tablet PC and Media Center": a product's initials, not a body's words
    everyday_before = len(before) > 1 or before[0].lower in common_words()
    if re.sub(r"['’]s?$", "", after[-1].lower) in PUBLIC_BODY_HEADS and len(after) > 1:
        return everyday_before
    body_of = any(t.lower in ORG_HEADS and n.lower in BODY_CONNECTORS for t, n in zip(before, before[1:]))
    return body_of and all(_domain_word(t.lower.rsplit("-", 1)[-1]) for t in after)


# A country's initials opening a body's name: "U.S. Fish and Wildlife Service" is one body, not the initials of a product.
COUNTRY_INITIALS = frozenset("us u.s. uk u.k. un u.n. eu e.u.".split())


def _domain_word(word: str) -> bool:
    """A word of a body's domain after its "of" ("Human Services", "Multicultural and Indigenous Affairs"): an everyday
    word or an English adjective of the dictionary (not a name the dictionary also lists: "Britain", "Smith")."""
    return word in common_words() or word.endswith(DOMAIN_ADJECTIVE_ENDINGS) and word in dictionary_words()


DOMAIN_ADJECTIVE_ENDINGS = ("ural", "onal", "ical", "ious", "ative", "itive", "istic")
DOMAIN_NOUN_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ity", "ure", "ship", "ism", "ness")


def _domain_name_follows(tokens: list[Token], at: int) -> bool:
    """A capitalised word (after a "the" or not), no possessor's, at tokens[at]."""
    if at < len(tokens) and tokens[at].lower == "the":
        at += 1
    return at < len(tokens) and is_capitalised(tokens[at].text) and tokens[at].text[0].isalpha() and not _possessive(tokens[at].text)


def _domain_noun(word: str) -> bool:
    """A body's domain after its "for the": an everyday word ("Study", "Care") or an English abstract noun
    ("Prohibition", "Prevention", "Coordination"); not a name ("Palestine")."""
    return word in common_words() or word.endswith(DOMAIN_NOUN_ENDINGS) and word in dictionary_words()


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


# Possessives of these nouns belong to the name they open: "People's Protection Units", "Women's
# Protection Units", "Children's Fund", "Workers' Party" (a possessor would be a name: "Iran's").
NAME_POSSESSIVES = frozenset("people women men children workers veterans martyrs peasants doctors farmers teachers lawyers "
                              "employers journalists nurses students miners soldiers officers writers consumers taxpayers "
                              "shareholders pilots traders mothers parents prisoners refugees families".split())


def _ends_name(word: str, following: Token) -> bool:
    """A possessive ends a name ("Iran's Expediency Council"), unless it opens one ("People's Protection Units")."""
    if not _possessive(word):
        return False
    stem = re.sub(r"(?:'s|’s|')$|’$", "", word).casefold()
    return not (stem in NAME_POSSESSIVES and is_capitalised(following.text))


def _plural_possessive(tokens: list[Token], end: int) -> bool:
    """A name ending in "s" then an apostrophe glued to it and a lower-case word: "Serena Williams' decider", "the
    Jones' house" (the apostrophe is a token of its own; "Williams' " may close a quote, then a capital or nothing follows)."""
    if end + 1 >= len(tokens) or tokens[end].text not in {"'", "’"}:
        return False
    name, mark, following = tokens[end - 1], tokens[end], tokens[end + 1]
    return name.text.endswith("s") and mark.start == name.end and following.start == mark.end + 1 and following.text.islower()


def _make_chunk(tokens: list[Token], start: int, end: int, words: tuple[Token, ...], initial: bool, headline: bool,
                credit: bool) -> Chunk:
    before = tuple(t.lower for t in tokens[max(0, start - 3) : start])
    if len(before) >= 2 and before[-1] == "." and before[-2] in DOTTED_TITLES:
        # "Ms. Cleveland", "Mr. Houston": the title's full stop is no sentence's end; the name reads after its title
        before = tuple(t.lower for t in tokens[max(0, start - 4) : start - 1])
    after = tokens[end].lower if end < len(tokens) else ""
    possessive = _possessive(words[-1].text)
    if possessive:
        last = words[-1]
        stem = re.sub(r"(?:'s|’s|')$|’$", "", last.text)
        words = (*words[:-1], Token(stem, last.start, last.start + len(stem)))
    elif _plural_possessive(tokens, end):
        possessive, after = True, tokens[end + 1].lower  # the owned noun, as after "'s"
    return Chunk(words, before, after, initial, headline, possessive, credit)


# Unions the loops above test words against, built once (an 'x in A | B' builds its union at every test).
_CONNECTORS_AFTER_HEAD_OR_ON = CONNECTORS_AFTER_HEAD | {"on"}
_WEEKDAYS_OR_MONTHS = WEEKDAYS | MONTHS
