"""A cheap, deterministic entity tagger that gives the benchmark's Markdown realistic taxonomies.

This is not briefing's NLP and is not meant to be accurate: it only has to give every article a
plausible number of people, places and organisations (so the peers build a comparable number of
entity pages). Capitalised runs are classified by a small place list, organisation keywords and
acronyms; two- or three-word runs left over are taken as people.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][\w'\-]*(?:\s+(?:of\s+the\s+|of\s+|for\s+|de\s+|al-|bin\s+)?[A-Z][\w'\-]*){0,4}"
)
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")

PLACES = frozenset(
    """Syria Aleppo Damascus Idlib Homs Hama Raqqa Daraa Lattakia Latakia Palmyra Afrin Manbij Kobani
    Ghouta Douma Hasakeh Qamishli Tartus Deir Ezzor Iraq Baghdad Mosul Fallujah Basra Kirkuk Iran Tehran
    Russia Moscow Turkey Ankara Istanbul Lebanon Beirut Israel Jerusalem Gaza Jordan Amman Egypt Cairo
    Saudi Arabia Riyadh Qatar Doha Yemen Libya Tripoli Afghanistan Kabul Pakistan Islamabad India China
    Beijing Japan Tokyo Korea Brazil Ukraine Kiev Kyiv Sudan Darfur Khartoum Europe Africa Asia Geneva
    Vienna Washington London Paris Berlin Brussels Britain England Scotland Wales Ireland France Germany
    Italy Spain Greece Cyprus America Canada Mexico Chile Australia Indonesia Chechnya Georgia Crimea""".split()
) | frozenset(
    {"United States", "United Kingdom", "Middle East", "Saudi Arabia", "North Korea", "South Korea",
     "Deir Ezzor", "Deir ez-Zor", "West Bank", "Golan Heights", "New York", "Green Zone", "US", "UK",
     "USA", "UAE", "Northern Ireland", "Eastern Ghouta", "Sri Lanka", "South Africa"}
)

_ORG_WORDS = frozenset(
    """Ministry Council Army Forces Party Nations Union Agency Committee Organization Organisation Front
    Coalition Government Office Commission Court Bank Assembly Parliament Commons Lords Department
    Institute University Company Corporation Group Brigade Brigades Observatory News Press Guard Police
    Network Movement Association Federation Alliance Senate Congress Crescent Hezbollah Taliban Labour
    Conservatives Tories Democrats Republicans Reuters Times Post Service Services Authority""".split()
)
_NOT_ORG_ACRONYMS = frozenset({"GMT", "AM", "PM", "TV", "II", "III", "IV", "OK", "MP", "MPS", "MR"})
_HONORIFICS = frozenset(
    """Mr Mrs Ms Dr President Prime Minister Foreign Defence Defense Interior Secretary General Gen
    Sheikh King Prince Queen Lord Lady Sir Colonel Col Lieutenant Major Captain Commander Chancellor
    Ambassador Envoy Spokesman Spokeswoman Senator Judge Chief Deputy Former Leader Speaker""".split()
)
_NON_NAME_WORDS = frozenset(
    """The A An In On At During Also But And Or If When While After Before Since Although However He She
    It They We I This That These Those His Her Their Its Our Syrian Russian Iranian Turkish Iraqi
    American British French Israeli Kurdish Arab Islamic Muslim Christian Sunni Shiite Shia Western
    January February March April May June July August September October November December Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr Jun
    Jul Aug Sep Sept Oct Nov Dec State States Minister Ministry News Agency Council Government""".split()
)


@dataclass(frozen=True, slots=True)
class TaggedEntities:
    """The most-mentioned entities of one article, by type."""

    people: tuple[str, ...]
    places: tuple[str, ...]
    organizations: tuple[str, ...]


def tag_entities(text: str, limit_per_type: int = 6) -> TaggedEntities:
    """People, places and organisations mentioned in `text`, most frequent first."""
    counts: dict[str, Counter[str]] = {"person": Counter(), "place": Counter(), "org": Counter()}
    for match in _CAPITALISED_RUN.finditer(text):
        kind, name = _classify(match.group(0))
        if kind:
            counts[kind][name] += 1

    def top(kind: str) -> tuple[str, ...]:
        return tuple(name for name, _ in counts[kind].most_common(limit_per_type))

    return TaggedEntities(people=top("person"), places=top("place"), organizations=top("org"))


def _classify(run: str) -> tuple[str, str]:
    words = run.split()
    while words and words[0] in _NON_NAME_WORDS - _ORG_WORDS:
        words = words[1:]
    name = " ".join(words)
    if not name:
        return "", ""
    if name in PLACES:
        return "place", name
    if any(word in _ORG_WORDS for word in words) or _is_org_acronym(name):
        return "org", name
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    if 2 <= len(words) <= 3 and not any(w in _NON_NAME_WORDS or w.isupper() for w in words):
        return "person", " ".join(words)
    return "", ""


def _is_org_acronym(name: str) -> bool:
    return bool(_ACRONYM.match(name)) and name not in _NOT_ORG_ACRONYMS
