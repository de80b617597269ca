"""The editor's entity registry, content/entities.yml, applied at every build.

    - name: UN Security Council          # canonical name: the entity's page goes by it
      type: organization                 # person, place or organization
      aliases: [UNSC, Security Council]  # other spellings that are this entity
      description: The UN body responsible for international peace and security.
      country: ""                        # ISO 3166-1 alpha-2, for places and national bodies
      wikidata: Q37470
    - name: Top Stories
      reject: true                       # noise: never an entity, whatever the extractor says

The registry wins over the extractor, the alias table and the gazetteer: a name or alias listed here
maps to its entry whatever type the extractor gave it (the entry's type wins), and a rejected name is
dropped from every article (only of that type when the rejected entry has a type).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import Diagnostic
from generator.models import ENTITY_KINDS, EntityRef
from generator.nlp.aliases import alias_key
from generator.yamlutil import line_of, read_entries

REGISTRY_NAME = "entities.yml"
KNOWN_FIELDS = ("name", "type", "aliases", "description", "country", "wikidata", "reject")


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    name: str
    kind: str  # "" for a rejected name without a type
    aliases: tuple[str, ...] = ()
    description: str = ""
    country: str = ""
    wikidata: str = ""
    reject: bool = False


@dataclass(frozen=True, slots=True)
class Registry:
    entries: tuple[RegistryEntry, ...] = ()
    by_key: dict[str, RegistryEntry] = field(default_factory=dict)  # alias_key of name or alias -> entry

    @staticmethod
    def of(entries: tuple[RegistryEntry, ...]) -> Registry:
        by_key: dict[str, RegistryEntry] = {}
        for entry in entries:
            for spelling in (entry.name, *entry.aliases):
                by_key.setdefault(alias_key(spelling), entry)
        return Registry(entries, by_key)

    def entry_for(self, ref: EntityRef) -> RegistryEntry | None:
        entry = self.by_key.get(alias_key(ref.name))
        if entry is not None and entry.reject and entry.kind and entry.kind != ref.kind:
            return None  # "reject: true, type: person" drops the person, not the place of that name
        return entry

    def apply(self, ref: EntityRef) -> EntityRef | None:
        """The registry's reading of a name: its entry's canonical ref, None when rejected, else unchanged."""
        entry = self.entry_for(ref)
        if entry is None:
            return ref
        if entry.reject:
            return None
        return EntityRef(entry.name, entry.kind)

    def knows(self, ref: EntityRef) -> bool:
        return self.entry_for(ref) is not None


def load_registry(content_dir: Path) -> Registry:
    """Read content/entities.yml (an absent file is an empty registry); every problem reported at once."""
    path = content_dir / REGISTRY_NAME
    if not path.is_file():
        return Registry()
    return Registry.of(tuple(read_entries(path, str(path), lambda item, index, lines, problems: _entry(item, index, path, lines, problems))))


def _entry(item: Any, index: int, path: Path, lines: dict[tuple[str, ...], int], problems: list[Diagnostic]) -> RegistryEntry | None:
    def problem(key: str, message: str, hint: str = "") -> None:
        problems.append(Diagnostic(str(path), message, line_of(lines, (str(index), key)), hint))

    if not isinstance(item, dict):
        problem("", f"entry {index + 1} must be a mapping with at least 'name' (got {item!r})")
        return None
    for key in item:
        if key not in KNOWN_FIELDS:
            problem(str(key), f"unknown field '{key}'", f"use {', '.join(KNOWN_FIELDS)}")
    name, kind, reject = item.get("name"), item.get("type", ""), item.get("reject", False)
    if not isinstance(name, str) or not name.strip():
        problem("name", f"entry {index + 1}: 'name' must be a non-empty string (got {name!r})")
        return None
    if not isinstance(reject, bool):
        problem("reject", f"{name}: 'reject' must be true or false (got {reject!r})")
    if kind not in ENTITY_KINDS and not (reject is True and kind == ""):
        problem("type", f"{name}: 'type' must be one of {', '.join(ENTITY_KINDS)} (got {kind!r})")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        problem("aliases", f"{name}: 'aliases' must be a list of names (got {aliases!r})")
        aliases = []
    country = str(item.get("country") or "")
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        problem("country", f"{name}: 'country' must be an ISO 3166-1 alpha-2 code like SY (got {country!r})")
    wikidata = str(item.get("wikidata") or "")
    if wikidata and not re.fullmatch(r"Q\d+", wikidata):
        problem("wikidata", f"{name}: 'wikidata' must be an id like Q37470 (got {wikidata!r})")
    return RegistryEntry(name.strip(), str(kind), tuple(a.strip() for a in aliases), str(item.get("description") or ""), country, wikidata, reject is True)
