"""The alias table: canonical names of well-known bodies and the other names they go by."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def alias_key(name: str) -> str:
    """Spelling-insensitive key: case, dots, hyphens and a leading 'the' do not change the entity."""
    key = name.casefold().replace(".", "").replace("-", " ").replace("’", "'")
    key = key[4:] if key.startswith("the ") else key
    return " ".join(key.split())


@dataclass(frozen=True, slots=True)
class AliasTable:
    entries: dict[str, tuple[str, str]]  # alias_key -> (canonical name, kind)

    def lookup(self, name: str) -> tuple[str, str] | None:
        return self.entries.get(alias_key(name))

    def kind_of(self, name: str) -> str | None:
        found = self.lookup(name)
        return found[1] if found else None


def parse_alias_lines(lines: list[str]) -> dict[str, tuple[str, str]]:
    entries: dict[str, tuple[str, str]] = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        canonical, kind, aliases = (line.split("\t") + ["", ""])[:3]
        for alias in [canonical, *(a.strip() for a in aliases.split(",") if a.strip())]:
            entries[alias_key(alias)] = (canonical, kind)
    return entries


@lru_cache(maxsize=1)
def load_alias_table() -> AliasTable:
    return AliasTable(parse_alias_lines((DATA / "aliases.tsv").read_text(encoding="utf-8").splitlines()))
