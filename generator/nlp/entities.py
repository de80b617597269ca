"""Rule-based entity extraction: capitalised-phrase chunking plus gazetteers.

A chunk is a run of capitalised words (with connectors like "of" or "de"
inside). Each chunk is segmented left to right: known organisations and
places (longest match first), organisation names ending in a keyword
("... Council"), role words that announce a person ("Foreign Minister"), and
runs of name-like words, which become people. Within an article a lone
surname resolves to the full name mentioned elsewhere in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.models import ORGANIZATION, PERSON, PLACE, EntityRef, Mention
from generator.nlp.gazetteer import Gazetteer, Place, load_gazetteer

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w\-]|['\u2019](?=\w))*")
_SENTENCE_GAP = re.compile(r"[.!?\n:\"\u201c\u2018(\[]")
CONNECTORS = frozenset("of for the de del da di du al el bin ibn von van der la le".split())
NAME_PARTICLES = frozenset("de del da di du al el bin ibn von van der la le".split())
ORG_KEYWORDS = frozenset(
    """Council Ministry Group Agency Army Forces Committee Commission Organization Organisation Union
    Party Front Movement Brigade Brigades Battalion Coalition Government Court Bank Fund Office Department
    Institute Center Centre Observatory Foundation Association League Alliance Authority Assembly
    Parliament Senate Congress Cabinet Guard Guards Police Navy Corps Network News Novosti Press Times
    Post Television Radio Watch University Company Corporation Airlines Airways Crescent Church Embassy
    Mission Secretariat Programme Program Service Services Units Regiment Division Command Administration
    Bureau Tribunal Board Agency Federation Militia Militias""".split()
)
# Organisation names made only of these words need their country to mean anything.
GENERIC_ORG_WORDS = frozenset(
    """Foreign Defence Defense Interior Justice Health Ministry Army Armed Forces Government Parliament
    Embassy Navy Air Force Military Police Cabinet Office Affairs of Information Finance""".split()
)
ROLE_WORDS = frozenset(
    """President Minister Ministers Envoy Special Head Chief Secretary General Spokesman Spokeswoman
    Spokesperson Ambassador Commander Leader King Queen Prince Emir Sheikh Prime Deputy Vice Senator
    Governor Mayor Chairman Chairwoman Director Foreign Defence Defense Interior Senior Supreme Mr Mrs Ms
    Dr Gen Col Lt Maj Capt Sgt Adm Brig Lieutenant Colonel Major Captain Sergeant Admiral Brigadier
    Pope Ayatollah Imam Cleric Judge Justice Lawmaker MP Representative Rep Sen Gov Counterpart
    Premier Chancellor Speaker Coordinator Rapporteur Negotiator Adviser Advisor""".split()
)
JUNK = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December GMT UTC AM PM Top Stories Most Visited Related
    Read More Click Share Photo Video Image Getty AFP/Getty Copyright Reporting Editing Writing""".split()
)
# Capitalised only because they open a sentence: never part of a name there.
SENTENCE_OPENERS = frozenset(
    """the a an during also after before in on at as but and or if when while since for from with
    without by to this that these those there here it he she they we i his her their its our my
    meanwhile however moreover earlier later last next some many most several both all according
    although though despite under over about between among other another such one two three no
    yes not now then today yesterday tomorrow what who why how where which more less so thus yet
    still even just only once until unless because whether each every any few much""".split()
)


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int
    possessive: bool
    sentence_start: bool
    joins_previous: bool


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    kind: str
    name: str
    cued: bool = False  # a single-word person announced by a role word


def extract_mentions(text: str) -> tuple[Mention, ...]:
    """Every entity mention in ``text`` with its canonical name, in text order."""
    gazetteer = load_gazetteer()
    candidates: list[_Candidate] = []
    possessor: Place | None = None
    for chunk in _chunks(_tokens(text)):
        candidates.extend(_segment(chunk, text, gazetteer, possessor))
        last = chunk[-1]
        possessor = gazetteer.places.get(last.text) if last.possessive else None
    return tuple(
        Mention(text=text[c.start:c.end], start=c.start, end=c.end, kind=c.kind, name=c.name)
        for c in _resolve_people(candidates)
    )


def entity_refs(mentions: tuple[Mention, ...]) -> tuple[EntityRef, ...]:
    """Distinct entities in order of first mention."""
    seen: dict[tuple[str, str], EntityRef] = {}
    for mention in mentions:
        seen.setdefault((mention.name, mention.kind), EntityRef(mention.name, mention.kind))
    return tuple(seen.values())


def dateline_place(dateline: str) -> EntityRef | None:
    """The place a dateline names ("Tehran"), when the gazetteer knows it."""
    place = load_gazetteer().places.get(dateline.strip())
    return EntityRef(place.name, PLACE) if place else None


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        possessive = len(word) > 3 and word[-2:] in ("'s", "\u2019s")
        if possessive:
            word, end = word[:-2], end - 2
        gap = text[previous_end:start]
        tokens.append(_Token(
            text=word, start=start, end=end, possessive=possessive,
            sentence_start=not tokens or bool(_SENTENCE_GAP.search(gap)),
            joins_previous=bool(tokens) and gap.strip() == "" and "\n" not in gap and not tokens[-1].possessive,
        ))
        previous_end = match.end()
    return tokens


def _is_capitalised(token: _Token) -> bool:
    return token.text[0].isupper()


def _chunks(tokens: list[_Token]) -> list[list[_Token]]:
    """Maximal runs of capitalised words, with lower-case connectors allowed inside."""
    chunks: list[list[_Token]] = []
    current: list[_Token] = []
    for token in tokens:
        joinable = bool(current) and token.joins_previous
        if _is_capitalised(token) and joinable:
            current.append(token)
        elif token.text in CONNECTORS and joinable:
            current.append(token)
        else:
            _close(current, chunks)
            current = [token] if _is_capitalised(token) else []
    _close(current, chunks)
    return chunks


def _close(current: list[_Token], chunks: list[list[_Token]]) -> None:
    while current and not _is_capitalised(current[-1]):
        current.pop()
    if current:
        chunks.append(current)


def _segment(chunk: list[_Token], text: str, gaz: Gazetteer, possessor: Place | None) -> list[_Candidate]:
    """Split one chunk into typed candidates, left to right."""
    found: list[_Candidate] = []
    cued = False
    i = 0
    if chunk[0].sentence_start and chunk[0].text.lower() in SENTENCE_OPENERS:
        i = 1
    while i < len(chunk):
        token = chunk[i]
        if token.text in JUNK or token.text.lower() in CONNECTORS:
            i += 1
            continue
        match = _known(chunk, i, text, gaz) or _keyword_org(chunk, i, text, possessor if i == 0 else None)
        if match:
            candidate, i = match
            found.append(candidate)
            continue
        if token.text in ROLE_WORDS or token.text.rstrip(".") in ROLE_WORDS:
            cued, i = True, i + 1
            continue
        run_end = _name_run(chunk, i, gaz)
        if run_end > i:
            name = " ".join(t.text for t in chunk[i:run_end])
            found.append(_Candidate(chunk[i].start, chunk[run_end - 1].end, PERSON, name, cued))
            cued, i = False, run_end
            continue
        i += 1
    return found


def _known(chunk: list[_Token], i: int, text: str, gaz: Gazetteer) -> tuple[_Candidate, int] | None:
    """Longest gazetteer match (organisation or place) starting at token ``i``."""
    for j in range(min(len(chunk), i + 8), i, -1):
        surface = text[chunk[i].start:chunk[j - 1].end]
        if surface in gaz.organizations:
            return _Candidate(chunk[i].start, chunk[j - 1].end, ORGANIZATION, gaz.organizations[surface]), j
        if surface in gaz.places:
            return _Candidate(chunk[i].start, chunk[j - 1].end, PLACE, gaz.places[surface].name), j
    return None


def _keyword_org(chunk: list[_Token], i: int, text: str, possessor: Place | None) -> tuple[_Candidate, int] | None:
    """'Expediency Council', 'Syrian Arab Army': a run ending in an organisation keyword."""
    last = None
    for j in range(i, len(chunk)):
        word = chunk[j].text
        if word in ROLE_WORDS and word not in GENERIC_ORG_WORDS or word in JUNK:
            break
        if word in ORG_KEYWORDS:
            last = j
    if last is None:
        return None
    words = [t.text for t in chunk[i:last + 1]]
    if len(words) == 1 and possessor is None:
        return None  # a bare "Council" or "Army" names nothing in particular
    name = text[chunk[i].start:chunk[last].end]
    if possessor is not None and possessor.adjective and all(w in GENERIC_ORG_WORDS for w in words):
        name = f"{possessor.adjective} {name}"
    return _Candidate(chunk[i].start, chunk[last].end, ORGANIZATION, name), last + 1


def _name_run(chunk: list[_Token], i: int, gaz: Gazetteer) -> int:
    """End index of a run of name-like words starting at ``i`` (== i when none)."""
    j = i
    while j < len(chunk):
        word = chunk[j].text
        if word.lower() in NAME_PARTICLES and j > i:
            j += 1
            continue
        if not _name_like(word, gaz):
            break
        j += 1
        if chunk[j - 1].possessive:
            break
    while j > i and chunk[j - 1].text.lower() in NAME_PARTICLES:
        j -= 1
    return j


def _name_like(word: str, gaz: Gazetteer) -> bool:
    return (
        word[0].isupper() and not word.isupper() and "." not in word
        and not re.fullmatch(r"[A-Z]{2,}s", word)  # plural acronyms: "MPs", "FMs"
        and word not in ROLE_WORDS and word not in ORG_KEYWORDS and word not in JUNK
        and word not in gaz.places and word not in gaz.organizations
    )


def _surname_key(name: str) -> str:
    last = name.split()[-1]
    return re.sub(r"^(al|el)-", "", last, flags=re.IGNORECASE).lower()


def _resolve_people(candidates: list[_Candidate]) -> list[_Candidate]:
    """Map lone surnames and shortened names to the one full name they match."""
    full_names = {c.name for c in candidates if c.kind == PERSON and " " in c.name}
    by_surname: dict[str, set[str]] = {}
    for name in full_names:
        by_surname.setdefault(_surname_key(name), set()).add(name)
    resolved = []
    for c in candidates:
        if c.kind != PERSON:
            resolved.append(c)
            continue
        longer = {n for n in full_names if n != c.name and n.endswith(" " + c.name)} or by_surname.get(
            _surname_key(c.name), set()) - {c.name}
        if " " not in c.name and not longer and not c.cued:
            continue  # a lone capitalised word with nothing to anchor it: too risky to keep
        if len(longer) == 1 and (" " not in c.name or c.name not in full_names or _is_suffix(c.name, longer)):
            c = _Candidate(c.start, c.end, PERSON, next(iter(longer)))
        elif len(longer) > 1 and " " not in c.name:
            continue  # ambiguous surname: leave it unlinked rather than guess
        resolved.append(c)
    return resolved


def _is_suffix(name: str, longer: set[str]) -> bool:
    return any(n.endswith(" " + name) for n in longer)
