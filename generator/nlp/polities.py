"""The offices and bodies of polities (``data/polities.tsv``): where copy without a place of action happens.

"The High Court ruled ...", "told the Commons", "the Kremlin said": a body of one country's state puts
the copy in that country's politics, as ACLED files a statement where its polity sits. A name that
many polities use ("High Court", "Senate") is the body of the one of its countries the article names,
and of none when the article names several of them or none of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Body:
    """An office or body of a polity: its name, the countries that have one by that name, and every name it goes by."""

    name: str
    countries: frozenset[str]  # ISO 3166-1 alpha-2
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BodyNamed:
    """A body an article names, with the country it belongs to there and its spellings in the text."""

    name: str
    country: str
    forms: tuple[str, ...]


def parse_bodies(lines: Iterable[str]) -> tuple[Body, ...]:
    """The table's rows: name <TAB> codes (space-separated) [<TAB> other names, comma-separated]; '#' opens a comment."""
    bodies = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        name, codes, others = (line.rstrip("\n").split("\t") + ["", ""])[:3]
        bodies.append(Body(name, frozenset(codes.split()), (name, *(n.strip() for n in others.split(",") if n.strip()))))
    return tuple(bodies)


@lru_cache(maxsize=4)
def _matcher(bodies: tuple[Body, ...]) -> tuple[dict[str, Body], re.Pattern[str]]:
    """Each name -> its body, and one pattern for all names, longest first: one pass over an article's text.
    Names match as written (a capital says it is the body: "the White House", not "a white house"), as whole words."""
    by_name = {name: body for body in bodies for name in body.names}
    names = sorted(by_name, key=len, reverse=True)
    return by_name, re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def body_names() -> frozenset[str]:
    """Every name of every body of the shipped table, as written."""
    return frozenset(name for body in load_bodies() for name in body.names)


@lru_cache(maxsize=1)
def load_bodies() -> tuple[Body, ...]:
    return parse_bodies((DATA / "polities.tsv").read_text(encoding="utf-8").splitlines())


def bodies_named(text: str, named_countries: frozenset[str], bodies: tuple[Body, ...] | None = None) -> tuple[BodyNamed, ...]:
    """The bodies ``text`` names whose country is known: their only country, or the one of theirs among
    ``named_countries`` (the countries the article names); not inside a compound ("anti-Kremlin")."""
    by_name, pattern = _matcher(load_bodies() if bodies is None else bodies)
    forms: dict[Body, list[str]] = {}
    for match in pattern.finditer(text):
        if match.start() == 0 or text[match.start() - 1] != "-":
            forms.setdefault(by_name[match.group(0)], []).append(match.group(0))
    found = []
    for body, spellings in forms.items():
        countries = body.countries if len(body.countries) == 1 else body.countries & named_countries
        if len(countries) == 1:
            found.append(BodyNamed(body.name, next(iter(countries)), tuple(dict.fromkeys(spellings))))
    return tuple(found)
