"""The alias table: canonical names of well-known bodies and the other names they go by."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from generator.nlp.lexicon import common_words

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1 << 18)  # resolving compares every name with many others: key each spelling once
def alias_key(name: str) -> str:
    """Spelling-insensitive key: case, dots, hyphens, apostrophes ("Kurdistan Workers Party", copy that lost them)
    and a leading 'the' do not change the entity."""
    key = name.casefold().replace(".", "").replace("-", " ").replace("’", "").replace("'", "")
    key = key[4:] if key.startswith("the ") else key
    return " ".join(key.split())


@dataclass(frozen=True, slots=True)
class AliasTable:
    entries: dict[str, tuple[str, str]]  # alias_key -> (canonical name, kind)
    acronyms: frozenset[str] = frozenset()  # keys of short all-capital aliases: "WHO" is not "Who"
    countries: dict[str, str] = field(default_factory=dict)  # canonical name -> ISO code it belongs to
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # canonical name -> every name it goes by

    def country_of(self, name: str) -> str:
        found = self.lookup(name)
        return self.countries.get(found[0], "") if found else ""

    def lookup(self, name: str) -> tuple[str, str] | None:
        key = alias_key(name)
        if key in self.acronyms and not name.replace(".", "").isupper() and not _acronym_said_as_a_word(name):
            return None
        return self.entries.get(key)

    def kind_of(self, name: str) -> str | None:
        found = self.lookup(name)
        return found[1] if found else None


def _acronym_said_as_a_word(name: str) -> bool:
    """House styles (BBC, Guardian, Reuters UK) write an acronym spoken as a word in title case: "Nato", "Isis",
    "Opec". Four letters or more, and not an everyday word: "Who" is never the WHO."""
    return len(name) >= 4 and name.isalpha() and name.istitle() and name.casefold() not in common_words()


def parse_alias_lines(lines: list[str]) -> dict[str, tuple[str, str]]:
    entries: dict[str, tuple[str, str]] = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        canonical, kind, aliases = (line.split("\t") + ["", ""])[:3]
        for alias in [canonical, *(a.strip() for a in aliases.split(",") if a.strip())]:
            entries[alias_key(alias)] = (canonical, kind)
    return entries


def _organization_lines() -> list[str]:
    """organizations.tsv lists canonical name and aliases of organisations only."""
    lines = (DATA / "organizations.tsv").read_text(encoding="utf-8").splitlines()
    return [f"{(row + [''])[0]}\torganization\t{(row + [''])[1]}" for row in (line.split("\t") for line in lines) if row[0] and not row[0].startswith("#")]


@lru_cache(maxsize=1)
def load_alias_table() -> AliasTable:
    lines = _organization_lines() + (DATA / "aliases.tsv").read_text(encoding="utf-8").splitlines()
    return AliasTable(parse_alias_lines(lines), acronyms_in(lines), countries_in(lines), spellings_in(lines))


def spellings_in(lines: list[str]) -> dict[str, tuple[str, ...]]:
    """Canonical name -> the canonical name and its aliases, as written."""
    found: dict[str, tuple[str, ...]] = {}
    for line in lines:
        if line.strip() and not line.startswith("#"):
            canonical, _kind, aliases = (line.split("\t") + ["", ""])[:3]
            found[canonical] = tuple(dict.fromkeys([*found.get(canonical, ()), canonical, *(a.strip() for a in aliases.split(",") if a.strip())]))
    return found


def long_names(canonical: str) -> tuple[str, ...]:
    """The names of several words a listed body goes by ("Islamic State in Iraq and the Levant"): a place inside one
    names no place, even where the entity finder split the name."""
    return tuple(name for name in load_alias_table().spellings.get(canonical, ()) if " " in name)


def countries_in(lines: list[str]) -> dict[str, str]:
    """The optional fourth column: the country a body belongs to ("Kremlin ... RU")."""
    found = {}
    for line in lines:
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            if len(cells) >= 4 and cells[3].strip():
                found[cells[0]] = cells[3].strip()
    return found


def acronyms_in(lines: list[str]) -> frozenset[str]:
    found = set()
    for line in lines:
        if line.strip() and not line.startswith("#"):
            canonical, _kind, aliases = (line.split("\t") + ["", ""])[:3]
            for alias in [canonical, *aliases.split(",")]:
                plain = alias.strip().replace(".", "")
                if plain.isupper() and len(plain) <= 5:
                    found.add(alias_key(alias))
    return frozenset(found)
