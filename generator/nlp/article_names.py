"""Within one article: which findings are the same person, and which type each name gets.

A surname or a shortened name resolves to the one full name the article gives ("Zarif" ->
Mohammad Javad Zarif, "Assads" -> Bashar al-Assad when apostrophes were stripped); a surname two
full names share stays unresolved. Each name then takes the type with the strongest evidence,
credits ("Reporting by ...") are dropped, and a one-word person is kept only when a role word or
a full name backs it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from generator.models import Mention
from generator.nlp.chunks import Token
from generator.nlp.gazetteer import Place
from generator.nlp.lexicon import COMMON_GIVEN_NAMES, LEADING_JUNK, NAME_PARTICLES, SPEECH_VERBS, common_words

DATA = Path(__file__).parent / "data"
STRONG, KEYWORD, CONTEXT, SHAPE = 4, 3, 2, 1  # how sure a finding is of its type
ARABIC_OPENERS = frozenset("abu umm bin ibn bani beni ash as ad".split())


@dataclass(frozen=True, slots=True)
class Candidate:
    tokens: tuple[Token, ...]
    kind: str
    name: str
    strength: int
    place: Place | None = None
    headline: bool = False
    after: str = ""  # the word after the phrase, to tell "Assads forces" from "Fabius said"
    title: str = ""  # a royal title before a one-word name ("Prince" William): part of the name if no full name is found

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def surface(self, text: str) -> str:
        return text[self.start : self.end]


def drop_possessive_s(f: Candidate) -> Candidate:
    # not before a function word: "Tom Lantos and", "Mike Johanns in" are whole names
    followed_by_noun = f.after.isalpha() and f.after.islower() and f.after not in _SPEECH_VERBS_OR_LEADING_JUNK and not f.after.endswith("ed")
    if f.kind == "person" and f.name.endswith("s") and not f.name.endswith("ss") and " " in f.name and followed_by_noun:
        return Candidate(f.tokens, f.kind, f.name[:-1], f.strength, f.place, f.headline)
    return f


def surname_key(word: str) -> str:
    word = word.casefold()
    for particle in ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"):
        if word.startswith(particle):
            return word[len(particle) :]
    return word


def resolve_in_article(findings: list[Candidate], text: str) -> list[Mention]:
    findings = _same_person_by_middle_initials(_same_person_by_given_name_forms(findings))
    full_names = {f.name for f in findings if f.kind == "person" and len(f.tokens) >= 2 and not f.headline}
    by_surname: dict[str, set[str]] = defaultdict(set)
    for full in full_names:
        parts = full.split()
        by_surname[surname_key(parts[-1])].add(full)
        by_surname[surname_key(parts[-1]) + "s"].add(full)  # possessive with the apostrophe stripped
    credits = [f" {f.name} " for f in findings if f.kind == "credit"]
    findings = [f for f in findings if f.kind != "credit" and not any(f" {f.name} " in c for c in credits)]
    full_names = {n for n in full_names if not any(f" {n} " in c for c in credits)}
    resolved = [_resolve_person(f, by_surname, full_names) for f in findings]
    body_names = {f.name for f in resolved if not f.headline and f.kind != "unknown"}
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    surest: dict[tuple[str, str], int] = defaultdict(int)
    for f in resolved:
        votes[f.name][f.kind] += f.strength
        surest[f.name, f.kind] = max(surest[f.name, f.kind], f.strength)
    person_words = {word for name in full_names for word in name.split()}
    first_names = {name.split()[0] for name in full_names}
    small_towns = {f.name for f in resolved if f.kind == "place" and f.place is not None and _small_town(f.place)}
    vouched_places = {f.name for f in resolved if f.kind == "place" and f.place is not None and not _small_town(f.place)}
    # Given names of people the article names for sure ("President Mahmoud Abbas"); not Arabic openers
    # ("Abu", "al-"), which begin places as often as people
    given_names = {f.name.split()[0] for f in findings if f.kind == "person" and f.strength >= STRONG and " " in f.name}
    mentions = []
    for f in resolved:
        kind = max(votes[f.name].items(), key=lambda kv: kv[1])[0]
        if kind == "unknown" or (f.headline and f.name not in body_names and f.strength < STRONG):
            continue
        if kind == "place" and surest[f.name, kind] <= CONTEXT and _opens_with_given_name(f.name, given_names):
            continue  # a person never a place: "at Arnold Palmer", "in Harry" when the article has Harry Wells
        if kind == "place" and surest[f.name, kind] <= CONTEXT and f.name in person_words:
            continue  # a word of a person's name the article gives in full, placed by its "in" only: "in Saddam's crimes"
        if kind == "place" and f.name in first_names and f.name in small_towns and f.name not in vouched_places:
            continue  # "unfair to Serena" after "Serena Williams": the given name of a person named in full, not the town
        if kind == "person" and len(f.name.split()) == 1 and f.strength < STRONG:
            continue
        if kind == "person" and len(f.name.split()) == 1 and len(by_surname.get(surname_key(f.name), ())) > 1:
            continue  # "Mr Begg" after "Moazzam Begg" and his father "Azmat Begg": which one is unsure, so no one
        name = f"{f.title} {f.name}" if f.title and kind == "person" and " " not in f.name else f.name
        mentions.append(Mention(f.surface(text), f.start, f.end, kind, name))
    return sorted(mentions, key=lambda m: m.start)


def _same_person_by_given_name_forms(findings: list[Candidate]) -> list[Candidate]:
    """Full names that differ only by a familiar form of one given name ("Martin Scorsese" ... "a Marty Scorsese
    film") are one person, named as the article first names him; a later "Scorsese" then finds him."""
    forms = given_name_forms()
    by_rest: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)  # the rest of a name -> its first names
    same: dict[str, str] = {}
    for f in findings:
        words = f.name.split()
        if f.kind != "person" or len(words) < 2 or f.name in same or words[0].casefold() not in forms:
            continue
        given, rest = forms[words[0].casefold()], " ".join(words[1:])
        earlier = by_rest[rest]
        if any(name == f.name for _, name in earlier):
            continue
        match = next((name for names, name in earlier if names & given), None)
        if match is not None:
            same[f.name] = match
        else:
            earlier.append((given, f.name))
    if not same:
        return findings
    return [replace(f, name=same[f.name]) if f.kind == "person" and f.name in same else f for f in findings]


def _same_person_by_middle_initials(findings: list[Candidate]) -> list[Candidate]:
    """Full names that differ only by middle initials ("George Bush" ... "George W. Bush"), or that end a longer one
    ("Inacio Lula da Silva" ... "Luis Inacio Lula da Silva"), are one person, named by the fuller form; a later "Bush"
    then finds one owner, not two (and no town of that name)."""
    by_plain: dict[str, set[str]] = defaultdict(set)
    for f in findings:
        words = f.name.split()
        if f.kind == "person" and len(words) >= 2:
            by_plain[" ".join(w for w in words if not MIDDLE_INITIAL.fullmatch(w))].add(f.name)
    # two forms only, one plain: "George H. W. Bush" beside "George W. Bush" are father and son
    same = {name: max(names, key=len) for plain, names in by_plain.items() if len(names) == 2 and plain in names for name in names}
    # "Inacio Lula da Silva" after "Luis Inacio Lula da Silva": a full name ending one longer name only is that name
    full = {f.name for f in findings if f.kind == "person" and len(f.name.split()) >= 2}
    for name in full:
        longer = {other for other in full if other.endswith(" " + name) and not any(
            word.casefold() in common_words() for word in other[: -len(name)].split())}  # not "Swede Marcus Ericsson"
        if len(longer) == 1 and name not in same:
            same[name] = next(iter(longer))
    if not same:
        return findings
    return [replace(f, name=same[f.name]) if f.kind == "person" and f.name in same else f for f in findings]


MIDDLE_INITIAL = re.compile(r"[A-Z]\.?")


@lru_cache(maxsize=1)
def given_name_forms() -> dict[str, frozenset[str]]:
    """A given name or a familiar form of one -> the given names it may stand for (data/given_name_forms.tsv)."""
    table: dict[str, set[str]] = defaultdict(set)
    for line in (DATA / "given_name_forms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        given, _, short = line.partition("\t")
        for form in [given, *short.split(",")]:
            table[form.strip().casefold()].add(given.strip().casefold())
    return {form: frozenset(names) for form, names in table.items()}


def _small_town(place: Place) -> bool:
    """A town GeoNames lists that no hand table vouches for, small enough for its name to be a given name first
    ("Serena", "Eugene"; not "Sheffield")."""
    return place.scope == "city" and not place.listed and place.population < 200_000


def _opens_with_given_name(name: str, given_names: set[str]) -> bool:
    """Whether an unsure place's first word is the given name of a person in the article, or a common given name
    ("in John Major's government" cut at the rank): such a "place" is a person's name."""
    first = name.split()[0]
    if first.casefold() in _NAME_PARTICLES_OR_ARABIC_OPENERS or "-" in first:
        return False  # "Al Bukamal", "Abu al-Duhour", "al-Bu Kamal": Arabic names open places as often as people
    return first in given_names or first.casefold() in COMMON_GIVEN_NAMES


def _resolve_person(f: Candidate, by_surname: dict[str, set[str]], full_names: set[str]) -> Candidate:
    city = f.kind == "place" and (f.place is None or f.place.scope == "city")
    if f.kind in {"person", "unknown"} or f.strength <= CONTEXT or city and " " not in f.name:
        words = f.name.split()
        owners = by_surname.get(surname_key(words[-1]), set()) if len(words) <= 2 else set()
        if len(words) == 2 and f.name not in full_names:
            owners = {n for n in full_names if n.endswith(" " + f.name)}
        if not owners and len(words) == 1 and f.strength >= STRONG and not city:
            # "Bashar" -> Bashar al-Assad; not a town named alone after a name it opens ("Chicago" after "Chicago
            # O'Hare", "Jordan" after "Jordan Henderson"): news calls people by their surnames
            owners = {n for n in full_names if n.split()[0] == f.name}
        if len(owners) == 1 and f.name not in full_names:
            return Candidate(f.tokens, "person", next(iter(owners)), STRONG, None, f.headline)
    return f


# Unions the loops above test words against, built once (an 'x in A | B' builds its union at every test).
_NAME_PARTICLES_OR_ARABIC_OPENERS = NAME_PARTICLES | ARABIC_OPENERS
_SPEECH_VERBS_OR_LEADING_JUNK = SPEECH_VERBS | LEADING_JUNK
