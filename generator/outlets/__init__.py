"""The source registry: who an outlet is (kind, country, a one-line profile) and how copy names it.

Shipped defaults (``defaults.yml`` beside this module) cover the outlets a conflict desk meets; a
project's ``content/sources.yml`` adds outlets and replaces a default of the same name:

    - name: SANA                              # the name shown on the site, and the page's
      aliases: [Syrian Arab News Agency]      # other spellings copy uses for it
      domains: [sana.sy]                      # web addresses of its pages (subdomains included)
      country: SY                             # ISO 3166-1 alpha-2 of the owner's seat
      kind: state                             # see KINDS
      note: Syrian state news agency          # the profile a reader sees beside the name

Ingest uses the registry to recognise an outlet in copy, page metadata and URLs and to write its
one name; the build uses it to show each article's outlet with its profile and to give every outlet
a page. An article's ``source:`` the registry does not know is shown as written, without a profile.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.errors import Diagnostic
from generator.paths import safe_slug
from generator.yamlutil import line_of, read_entries

SOURCES_NAME = "sources.yml"
DEFAULTS = Path(__file__).with_name("defaults.yml")
KNOWN_FIELDS = ("name", "aliases", "domains", "country", "kind", "note")
KINDS = {
    "wire": "news agency",
    "state": "state media",
    "public": "public broadcaster",
    "commercial": "privately owned media",
    "independent": "independent media",
    "party": "party or armed-group media",
    "ngo": "non-governmental organisation",
    "government": "government",
    "intergovernmental": "intergovernmental organisation",
}
_DOMAIN = re.compile(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")


@lru_cache(maxsize=1 << 16)  # asked for every article's source and organisations at every build (theatre keys)
def outlet_key(name: str) -> str:
    """Spelling-insensitive key: case, spaces, dots and hyphens, a leading 'the' do not change the outlet
    ('Al-Manar' = 'Al Manar' = 'Almanar', 'TRTWorld' = 'TRT World')."""
    folded = name.casefold().strip()
    folded = folded[4:] if folded.startswith("the ") else folded
    return re.sub(r"[\W_]+", "", folded)


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str = ""
    kind: str = ""
    note: str = ""
    page_slug: str = ""  # set by the index when two sources' names slugify alike

    @property
    def slug(self) -> str:
        return self.page_slug or safe_slug(self.name, "outlet")

    @property
    def profile(self) -> str:
        """One line a reader sees beside the name: the note, else the kind."""
        return self.note or KINDS.get(self.kind, "")


@dataclass(frozen=True)
class Outlets:
    """The registry: outlets by spelling key and by web domain."""

    entries: tuple[Outlet, ...] = ()
    _by_key: dict[str, Outlet] = field(default_factory=dict, repr=False)

    @staticmethod
    def of(entries: tuple[Outlet, ...]) -> Outlets:
        by_key: dict[str, Outlet] = {}
        for outlet in entries:
            for spelling in (outlet.name, *outlet.aliases):
                by_key.setdefault(outlet_key(spelling), outlet)
        return Outlets(entries, by_key)

    def find(self, name: str) -> Outlet | None:
        """The outlet a name or alias spells, if the registry knows it."""
        return self._by_key.get(outlet_key(name)) if name.strip() else None

    def canonical(self, name: str) -> str:
        """The registry's name for ``name``, or ``name`` as written (trimmed) when unknown."""
        outlet = self.find(name)
        return outlet.name if outlet else " ".join(name.split())

    def for_url(self, url: str) -> Outlet | None:
        """The outlet whose domain serves ``url`` (www. and other subdomains included)."""
        try:
            host = (urlsplit(url).hostname or "").casefold().rstrip(".")
        except ValueError:
            return None
        while host:
            outlet = self._domains.get(host)
            if outlet is not None:
                return outlet
            host = host.partition(".")[2]
        return None

    def named_at_start(self, text: str) -> tuple[Outlet, int] | None:
        """The outlet whose name ``text`` starts with (longest spelling first), and where the name ends.

        Acronyms match only in capitals ('SANA', not Yemen's 'Sana'); other names in any case.
        """
        match = self._start_pattern.match(text)
        if match is None:
            return None
        outlet = self.find(match.group())
        return (outlet, match.end()) if outlet is not None else None

    @cached_property
    def _domains(self) -> dict[str, Outlet]:
        return {domain: outlet for outlet in self.entries for domain in outlet.domains}

    @cached_property
    def _start_pattern(self) -> re.Pattern[str]:
        spellings = sorted({s for o in self.entries for s in (o.name, *o.aliases)}, key=len, reverse=True)
        alternatives = [_spelling_pattern(s) for s in spellings if outlet_key(s)]
        # A name ends at a word's end; a hyphen may follow before a capital ("SANA-Terrorists fired"), not a
        # word ("TASS-affiliated" is not TASS's stamp).
        return re.compile(rf"(?:{'|'.join(alternatives) or '(?!)'})(?!\w|-[a-z])")

    @cached_property
    def fingerprint(self) -> str:
        """Changes when any entry does: pages that show outlets depend on it."""
        return hashlib.sha256(repr(self.entries).encode("utf-8")).hexdigest()[:16]


def _spelling_pattern(spelling: str) -> str:
    words = re.findall(r"\w+", spelling)
    body = r"[\s.\-]*".join(re.escape(w) for w in words)
    return body if spelling.isupper() else f"(?i:{body})"


def load_outlets(content_dir: Path) -> Outlets:
    """The shipped defaults with ``content/sources.yml`` over them; every problem reported at once."""
    defaults = _read(DEFAULTS, "briefing's shipped sources")
    path = content_dir / SOURCES_NAME
    own = _read(path, str(path)) if path.is_file() else []
    replaced = {outlet_key(outlet.name) for outlet in own}
    kept = [outlet for outlet in defaults if outlet_key(outlet.name) not in replaced]
    return Outlets.of(tuple(own + kept))


def _read(path: Path, shown: str) -> list[Outlet]:
    owner: dict[str, str] = {}  # spelling key -> the outlet that claimed it

    def parse(item: Any, index: int, lines: dict[tuple[str, ...], int], problems: list[Diagnostic]) -> Outlet | None:
        outlet = _outlet(item, index, shown, lines, problems)
        if outlet is None:
            return None
        for spelling in (outlet.name, *outlet.aliases):
            other = owner.setdefault(outlet_key(spelling), outlet.name)
            if other != outlet.name:
                problems.append(Diagnostic(shown, f"{outlet.name}: '{spelling}' already names {other}",
                                           line_of(lines, (str(index), "name")), "an alias names one outlet only"))
        return outlet

    return read_entries(path, shown, parse)


def _outlet(item: Any, index: int, shown: str, lines: dict[tuple[str, ...], int], problems: list[Diagnostic]) -> Outlet | None:
    def problem(key: str, message: str, hint: str = "") -> None:
        problems.append(Diagnostic(shown, message, line_of(lines, (str(index), key)) or line_of(lines, (str(index),)), hint))

    if not isinstance(item, dict):
        problem("", f"entry {index + 1} must be a mapping with at least 'name' (got {item!r})")
        return None
    for key in item:
        if key not in KNOWN_FIELDS:
            problem(str(key), f"unknown field '{key}'", f"use {', '.join(KNOWN_FIELDS)}")
    name = item.get("name")
    if not isinstance(name, str) or not outlet_key(name):
        problem("name", f"entry {index + 1}: 'name' must be a non-empty name (got {name!r})")
        return None
    name = " ".join(name.split())
    lists = {}
    for key in ("aliases", "domains"):
        value = item.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problem(key, f"{name}: '{key}' must be a list of names (got {value!r})")
            value = []
        lists[key] = tuple(" ".join(v.split()) for v in value)
    domains = tuple(d.casefold().removeprefix("www.") for d in lists["domains"])
    for domain in domains:
        if not _DOMAIN.fullmatch(domain):
            problem("domains", f"{name}: '{domain}' is not a domain name", "write it bare, like sana.sy (no https://, no path)")
    country = item.get("country") or ""
    if not isinstance(country, str) or country and not re.fullmatch(r"[A-Z]{2}", country):
        problem("country", f"{name}: 'country' must be an ISO 3166-1 alpha-2 code like SY (got {country!r})")
        country = ""
    kind = item.get("kind") or ""
    if kind not in KINDS:
        problem("kind", f"{name}: 'kind' must be one of {', '.join(KINDS)} (got {kind!r})")
        kind = ""
    note = item.get("note") or ""
    if not isinstance(note, str) or "\n" in note.strip():
        problem("note", f"{name}: 'note' must be one line of text (got {note!r})")
        note = ""
    return Outlet(name, lists["aliases"], domains, country, kind, " ".join(note.split()))
