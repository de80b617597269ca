"""Cross-article alias resolution: one entity page however the articles spell it.

Merges, per kind, names that are the same entity:
- the alias table (data/aliases.tsv, data/organizations.tsv): "U.N. Security Council", "UNSC",
  "United Nations Security Council" -> UN Security Council;
- the gazetteer: demonyms and country spellings -> the country ("U.S." -> United States), and two
  spellings of one GeoNames city ("Hasaka", "Hasakah") -> the spelling used most;
- spelling noise: case, dots, hyphens, a leading "the" ("Al-Qaeda", "al Qaeda");
- an acronym that is the initials of exactly one longer name of the same kind ("ISSG");
- transliterations of people's names, word by word: Sergey/Sergei Lavrov, Zelensky/Zelenskyy/
  Zelenskiy, Mohammad/Mohammed ("same consonants, similar spelling");
- a one-word person name that is the surname of exactly one full name ("Lavrov").
A name that could be two entities (a surname shared by two full names) is not merged; it is
reported in `Resolution.ambiguous` so the editor can decide in content/entities.yml.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.incremental.fingerprint import code_fingerprint
from generator.incremental.memo import input_hash, recalled
from generator.models import ORGANIZATION, PERSON, PLACE, EnrichedArticle, EntityRef
from generator.nlp.aliases import AliasTable, alias_key, load_alias_table
from generator.nlp.gazetteer import Gazetteer, ascii_fold
from generator.nlp.registry import Registry

TRANSLITERATION_SIMILARITY = 0.7
# A one-word "place" is a person's name when people by that name are seen in at least this many articles, and
# this many times as often as the place (one article's junk person, "Mohammed Shaar" beside Shaar, proves nothing).
MIN_PERSON_ARTICLES = 5
PERSON_OVER_PLACE = 3
VOUCHED_CITY_POPULATION = 200_000  # a city this big is a place even where it is also a surname (Hamilton, Bremen)
DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def name_variants() -> dict[str, int]:
    """Spelling -> group number, from data/name_variants.tsv."""
    groups: dict[str, int] = {}
    lines = (DATA / "name_variants.tsv").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if line.strip() and not line.startswith("#"):
            for spelling in line.split(","):
                groups[spelling.strip().casefold()] = number
    return groups


@dataclass(frozen=True, slots=True)
class Resolution:
    canonical: Mapping[EntityRef, EntityRef]  # every name seen -> the entity it belongs to
    ambiguous: tuple[tuple[EntityRef, tuple[EntityRef, ...]], ...]  # left alone: could be any of these
    dropped: frozenset[EntityRef] = frozenset()  # "places" that are people's names: linked to nothing

    def __call__(self, ref: EntityRef) -> EntityRef:
        return self.canonical.get(ref, ref)

    def aliases(self, ref: EntityRef) -> tuple[str, ...]:
        return tuple(sorted(r.name for r, c in self.canonical.items() if c == ref and r != ref))


@lru_cache(maxsize=1 << 18)  # called for every pair of names compared: compute each word's skeleton once
def consonant_skeleton(word: str) -> str:
    """'Mohammed' -> 'mhmd', 'Sergei' -> 'srg': what survives transliteration differences."""
    plain = ascii_fold(word).casefold()
    plain = plain[0] + re.sub(r"[aeiouy'\-]", "", plain[1:]) if plain else plain
    return re.sub(r"(.)\1+", r"\1", plain)


# Arabic "Abd" ("servant of") names, written as one word or two, with the article's l assimilated or not:
# Abdel Rahman, Abdul Rahman, Abd al-Rahman, Abdulrahman, Abdurrahman, Abdelrahman -> one word "abdrahman".
_ABD_COMPOUND = re.compile(r"\babd[\s-]*(?:[aeu][lr][\s-]*)?(?=[^\W\d_])", re.IGNORECASE)


def join_abd_compounds(name: str) -> str:
    """'Rami Abdel Rahman' -> 'Rami abdRahman': one word, however the compound is transliterated."""
    return _ABD_COMPOUND.sub("abd", name)


def same_transliteration(a: str, b: str) -> bool:
    """Two spellings of one name, word by word ('Sergey Lavrov' / 'Sergei Lavrov', 'Rami Abdel Rahman' /
    'Rami Abdurrahman')."""
    a, b = join_abd_compounds(a), join_abd_compounds(b)
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b) or a == b:
        return a == b
    variants = name_variants()
    for x, y in zip(words_a, words_b):
        if x.casefold() == y.casefold():
            continue
        group = variants.get(x.casefold())
        if group is not None and group == variants.get(y.casefold()):
            continue
        if consonant_skeleton(x) != consonant_skeleton(y):
            return False
        if SequenceMatcher(None, x.casefold(), y.casefold()).ratio() < TRANSLITERATION_SIMILARITY:
            return False
    return True


class _HeadIndex:
    """Multi-word canonical names looked up by surname and by initials (a scan per name is quadratic)."""

    def __init__(self, heads: list[EntityRef]) -> None:
        self.by_surname: dict[str, list[EntityRef]] = defaultdict(list)
        self.by_initials: dict[str, list[EntityRef]] = defaultdict(list)
        for head in heads:
            self.by_surname[_surname(head.name.split()[-1])].append(head)
            self.by_initials[_initials(head.name)].append(head)


def _candidates(blocks: dict[str, list[str]], wanted: tuple[str, ...]) -> list[str]:
    """Group keys in any of the wanted blocks, oldest first (the order the full scan used)."""
    if len(wanted) == 1:
        return blocks.get(wanted[0], [])
    seen = dict.fromkeys(k for block in wanted for k in blocks.get(block, []))
    return list(seen)


def _person_blocks(name: str) -> tuple[str, ...]:
    """Blocks of a person's name: two names that same_transliteration matches share at least one.
    Their last words match by variant group or by consonant skeleton, and their lengths are equal."""
    words = join_abd_compounds(name).casefold().split()
    last, size = words[-1], len(words)
    group = name_variants().get(last)
    return (f"{size}:{consonant_skeleton(last)}",) + ((f"{size}#{group}",) if group is not None else ())


def _place_blocks(name: str) -> tuple[str, ...]:
    """Place names that same_place_spelling could match share this (their vowelless joined form)."""
    return (_vowelless(re.sub(r"[\s\-']", "", name.casefold())),)


def same_place_spelling(a: str, b: str) -> bool:
    """'Deir Ezzor', 'Deir az-Zour', 'Deir ez-Zor': one place written with the article joined or not.
    Compared without spaces and hyphens, on consonants and overall similarity; long names only."""
    x, y = _joined(a), _joined(b)
    if x == y:
        return True
    if min(len(x), len(y)) < 8:
        return False
    return _vowelless(x) == _vowelless(y) and SequenceMatcher(None, x, y).ratio() >= 0.8


@lru_cache(maxsize=1 << 18)
def _joined(name: str) -> str:
    return re.sub(r"[\s\-']", "", name.casefold())


@lru_cache(maxsize=1 << 18)
def _vowelless(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", ascii_fold(word)))


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name.replace(".", "")) if w]
    expanded = [("United Nations" if w == "UN" else w) for w in words]
    return "".join(w[0] for w in " ".join(expanded).split() if w[0].isupper())


@dataclass(frozen=True, slots=True)
class Resolver:
    aliases: AliasTable
    gazetteer: Gazetteer
    registry: Registry = Registry()

    def resolve(self, refs: Iterable[EntityRef]) -> Resolution:
        counts = Counter(refs)
        canonical: dict[EntityRef, EntityRef] = {}
        ambiguous: list[tuple[EntityRef, tuple[EntityRef, ...]]] = []
        for kind in (PERSON, PLACE, ORGANIZATION):
            names = [r for r in counts if r.kind == kind]
            mapping, unsure = self._resolve_kind(kind, names, counts)
            canonical.update(mapping)
            ambiguous += unsure
        dropped = self._people_not_places(canonical, counts)
        return Resolution(canonical, tuple(ambiguous), frozenset(dropped))

    def _people_not_places(self, canonical: dict[EntityRef, EntityRef], counts: Mapping[EntityRef, int]) -> set[EntityRef]:
        """A person never a place: a "place" that is a person's name elsewhere ("Charles Kennedy"), the surname
        of one ("Assad", "Assads") or a given name ("Alice") becomes that person or is dropped, unless the
        gazetteer vouches for it (a country, a region, a hand-listed place, a city of 200,000)."""
        seen: Counter[EntityRef] = Counter()
        for ref, head in canonical.items():
            seen[head] += counts.get(ref, 0)
        people = [head for head in seen if head.kind == PERSON]
        by_name = {alias_key(p.name): p for p in people}
        by_surname: dict[str, list[EntityRef]] = defaultdict(list)
        by_given_name: dict[str, list[EntityRef]] = defaultdict(list)
        for person in people:
            words = person.name.split()
            if len(words) > 1:
                by_surname[_surname(words[-1])].append(person)
                by_given_name[words[0].casefold()].append(person)
        dropped: set[EntityRef] = set()
        for ref, head in list(canonical.items()):
            if ref.kind != PLACE or self.registry.knows(head) or self._vouched_place(head.name):
                continue
            name = head.name
            if " " in name:  # "Charles Kennedy": the same name as a person, with a given name other people have
                same = by_name.get(alias_key(name))
                namesakes = by_given_name.get(name.split()[0].casefold(), [])
                if same is not None and seen[same] > seen[head] and len(namesakes) > 1 and sum(seen[n] for n in namesakes) >= MIN_PERSON_ARTICLES:
                    canonical[ref] = same
                continue
            stem = name[:-1] if name.endswith("s") and not name.endswith("ss") else name  # "Assads regime"
            owners = sorted({*by_surname.get(_surname(name), []), *by_surname.get(_surname(stem), [])}, key=lambda o: -seen[o])
            namesakes = by_given_name.get(name.casefold(), [])
            wanted = max(MIN_PERSON_ARTICLES, PERSON_OVER_PLACE * seen[head])
            if sum(seen[o] for o in owners) >= wanted:
                if seen[owners[0]] >= max(wanted, PERSON_OVER_PLACE * sum(seen[o] for o in owners[1:])):
                    canonical[ref] = owners[0]  # "Assads": Bashar al-Assad, far the most written-about Assad
                else:
                    dropped.add(ref)  # "Kennedy" of several Kennedys: somebody's, not a place
            elif len(namesakes) > 1 and sum(seen[n] for n in namesakes) >= wanted:
                dropped.add(ref)  # "Alice": a given name
        return dropped

    def _vouched_place(self, name: str) -> bool:
        place = self.gazetteer.find(name)
        return place is not None and (place.scope != "city" or place.listed or place.population >= VOUCHED_CITY_POPULATION)

    def _known_name(self, ref: EntityRef) -> str:
        entry = self.registry.entry_for(ref)
        if entry is not None and not entry.reject:
            return entry.name
        found = self.aliases.lookup(ref.name)
        if found and found[1] == ref.kind:
            return found[0]
        if ref.kind == PLACE:
            place = self.gazetteer.find(ref.name)
            if place is not None and place.scope in {"country", "region"}:
                return place.name
        return ""

    def _resolve_kind(
        self, kind: str, refs: list[EntityRef], counts: Mapping[EntityRef, int]
    ) -> tuple[dict[EntityRef, EntityRef], list[tuple[EntityRef, tuple[EntityRef, ...]]]]:
        groups = self._group(kind, refs)
        order = {ref: i for i, ref in enumerate(counts)}
        heads = {key: self._head(kind, members, counts, order) for key, members in groups.items()}
        mapping = {ref: heads[key] for key, members in groups.items() for ref in members}
        # A head can be a canonical name no article spelled ("Islamic State" for "IS" and "ISIS"):
        # give it an entry too, or looking up the owners of another name by head fails.
        for head in heads.values():
            mapping.setdefault(head, head)
        unsure: list[tuple[EntityRef, tuple[EntityRef, ...]]] = []
        long_heads = _HeadIndex(sorted({h for h in heads.values() if " " in h.name}, key=lambda r: r.name))
        by_length = sorted(groups, key=lambda key: -len(heads[key].name.split()))
        for key in by_length:  # longer names first, so "Mistura" sees "de Mistura" already merged
            head = heads[key]
            owners = {mapping[o] for o in self._owners(head, long_heads) if o != head}
            if len(owners) == 1:
                for ref in groups[key]:
                    mapping[ref] = next(iter(owners))
            elif len(owners) > 1:
                unsure.append((head, tuple(sorted(owners, key=lambda r: r.name))))
        return {r: c for r, c in mapping.items()}, unsure

    def _owners(self, short: EntityRef, long_heads: "_HeadIndex") -> list[EntityRef]:
        """Full names a one-word name stands for: a person's surname, an organisation's acronym."""
        if short.kind == PERSON and " " in short.name:
            ending = " " + short.name.casefold()
            return [h for h in long_heads.by_surname.get(_surname(short.name.split()[-1]), []) if h.name.casefold().endswith(ending)]
        if short.kind == PERSON:
            return list(long_heads.by_surname.get(_surname(short.name), []))
        if short.kind == ORGANIZATION and short.name.replace(".", "").isupper():
            return list(long_heads.by_initials.get(short.name.replace(".", ""), []))
        return []

    def _group(self, kind: str, refs: list[EntityRef]) -> dict[str, list[EntityRef]]:
        """Key each name; names with one key are one entity.

        Spellings are only compared within a block of names that could match at
        all (same word-by-word skeleton, same vowelless place name): comparing
        each name with every earlier one is quadratic and took most of a
        10,000-article build.
        """
        groups: dict[str, list[EntityRef]] = defaultdict(list)
        blocks: dict[str, list[str]] = defaultdict(list)  # block -> group keys in it, oldest first
        if kind == ORGANIZATION:  # the alias table's Arabic names, for spellings it lacks to join ("Jaish Al Fath")
            for spelling, (canonical, listed_kind) in sorted(self.aliases.entries.items()):
                if listed_kind == ORGANIZATION and _transliterated(spelling):
                    for block in _person_blocks(spelling):
                        blocks[block].append("=" + alias_key(canonical))
        for ref in sorted(refs, key=lambda r: r.name):
            known = self._known_name(ref)
            key = "=" + alias_key(known) if known else self._place_key(ref) or alias_key(ref.name)
            my_blocks: tuple[str, ...] = ()
            if kind == PERSON and not known:
                key = _without_articles(key)
                stem = _without_articles(alias_key(ref.name[:-1])) if ref.name.endswith("s") and not ref.name.endswith("ss") else ""
                if " " in stem and stem in groups:  # "Bashar al-Assads" in copy that lost its apostrophes: his, not another man
                    groups[stem].append(ref)
                    continue
                if " " in key:  # one-word names are too short to tell a spelling from a sibling (Abbas, Abbasi)
                    my_blocks = _person_blocks(key)
                    key = next((k for k in _candidates(blocks, my_blocks) if same_transliteration(k, key)), key)
            elif kind == ORGANIZATION and _transliterated(alias_key(ref.name)):
                # An Arabic group's name is spelled as many ways as a person's ("Jaish al-Fateh", "Jaish Al Fath"):
                # a spelling the alias table lacks joins the one it lists, or an earlier one, word by word
                my_blocks = _person_blocks(alias_key(ref.name))
                if not known:
                    key = next((k for k in _candidates(blocks, my_blocks) if same_transliteration(k.removeprefix("="), key)), key)
            elif kind == PLACE and not known and not key.startswith("@"):
                key = next((k for k in _candidates(blocks, _place_blocks(key))
                            if any(same_place_spelling(alias_key(m.name), key) for m in groups[k])), key)
            if kind == PLACE and not key.startswith("="):
                # A place group is found through any of its members' spellings (gazetteer groups too).
                my_blocks = _place_blocks(alias_key(ref.name))
            for block in my_blocks:
                if key not in blocks[block]:
                    blocks[block].append(key)
            groups[key].append(ref)
        return groups

    def country_of(self, ref: EntityRef) -> str:
        """The country an organisation belongs to: the alias table's, or its name's first words ("Russian Foreign
        Ministry", "Syrian Arab Army" -> RU, SY) unless it ends on another after "of" ("American University of
        Nigeria" -> NG: where it is, whoever founded it). A name without a country in front ("University of Iowa") is
        no body of a polity, so it gets none."""
        if ref.kind != ORGANIZATION:
            return ""
        listed = self.aliases.country_of(ref.name)
        if listed:
            return listed
        words = ref.name.split()
        for size in (2, 1):
            place = self.gazetteer.find(" ".join(words[:size])) if len(words) > size else None
            if place is not None and place.scope == "country":
                return self._seat(words) or place.country
        return ""

    def _seat(self, words: list[str]) -> str:
        """The country or region a name ends on after "of" ("American University of Nigeria" -> NG), "" otherwise."""
        if "of" not in words[1:-1]:
            return ""
        place = self.gazetteer.find(" ".join(words[len(words) - words[::-1].index("of"):]))
        return place.country if place is not None and place.scope in {"country", "region"} else ""

    def _head(self, kind: str, members: list[EntityRef], counts: Mapping[EntityRef, int], order: Mapping[EntityRef, int]) -> EntityRef:
        """The name an entity's page goes by: the table's canonical name, else the spelling used most."""
        known = next(filter(None, map(self._known_name, members)), "")  # a spelling the table lacks may come first
        if known:
            return EntityRef(known, kind)
        usual = {r: self._spelled_like_gazetteer(r) for r in members}
        return max(members, key=lambda r: (counts[r], usual[r], -order[r]))

    def _spelled_like_gazetteer(self, ref: EntityRef) -> bool:
        """On a tie, a place takes the spelling the gazetteer uses ("Deir ez-Zor", not "Deir az-Zour")."""
        place = self.gazetteer.find(ref.name) if ref.kind == PLACE else None
        return place is not None and alias_key(place.name) == alias_key(ref.name)

    def _place_key(self, ref: EntityRef) -> str:
        if ref.kind != PLACE:
            return ""
        place = self.gazetteer.find(ref.name)
        if place is None or place.latitude is None:
            return ""
        return f"@{place.country}:{place.latitude:.2f},{place.longitude:.2f}"


ARABIC_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "at", "az"})


def _without_articles(key: str) -> str:
    """'bashar al assad' -> 'bashar assad': the article is often dropped in English spellings."""
    words = key.split()
    kept = [w for i, w in enumerate(words) if not (w in ARABIC_ARTICLES and 0 < i < len(words) - 1)]
    return " ".join(kept)


def _transliterated(key: str) -> bool:
    """A name transliterated from Arabic: an article between its words ("jaish al fateh", "ahrar al sham")."""
    words = key.split()
    return any(w in ARABIC_ARTICLES for w in words[1:-1])


def _surname(word: str) -> str:
    return re.sub(r"^(?:al|el|ad|as|ash|an|ar|at|az)-", "", word.casefold())


def default_resolver(registry: Registry = Registry()) -> Resolver:
    from generator.nlp.entities import default_extractor

    return Resolver(load_alias_table(), default_extractor().gazetteer, registry)


@dataclass(frozen=True, slots=True)
class EntityDetails:
    country: str = ""  # ISO 3166-1 alpha-2
    latitude: float | None = None
    longitude: float | None = None
    description: str = ""
    wikidata: str = ""


def describe(ref: EntityRef, registry: Registry = Registry()) -> EntityDetails:
    """What the registry and the gazetteer know about an entity (the registry wins)."""
    entry = registry.entry_for(ref)
    resolver = default_resolver()
    place = resolver.gazetteer.find(ref.name) if ref.kind == PLACE else None
    country = (entry.country if entry else "") or (place.country if place else "") or resolver.country_of(ref)
    latitude, longitude = (place.latitude, place.longitude) if place else (None, None)
    return EntityDetails(country, latitude, longitude, entry.description if entry else "", entry.wikidata if entry else "")


def place_details(ref: EntityRef) -> tuple[str, float | None, float | None]:
    """ISO country code and coordinates of a place, where the gazetteer has them ("", None, None) otherwise."""
    if ref.kind != PLACE:
        return "", None, None
    details = describe(ref)
    return details.country, details.latitude, details.longitude


def resolve_articles(articles: tuple[EnrichedArticle, ...], registry: Registry = Registry(),
                     memo: Path | None = None) -> tuple[EnrichedArticle, ...]:
    """Rewrite every article's entities to the entity each name belongs to across the site;
    names the registry rejects are dropped.

    With ``memo`` (a file) the resolution is kept there under a hash of what it read (the code and
    its data, the registry's names, spellings and rejections, every name with its count in first-seen
    order), and reused while that holds.
    """
    counts = Counter(ref for a in articles for ref in a.entities if registry.apply(ref))
    if memo is None:
        resolution = default_resolver(registry).resolve(counts.elements())
    else:
        # The registry as resolution reads it: which spellings name which entry, and rejections (not descriptions).
        entries = [(e.name, e.kind, e.aliases, e.reject) for e in registry.entries]
        key = input_hash([code_fingerprint(), repr(entries), repr(list(counts.items()))])
        resolution = recalled(memo, key, lambda: default_resolver(registry).resolve(counts.elements()),
                              _encode_resolution, _decode_resolution)
    entity_of = _EntityOf(registry, resolution)
    return tuple(_rewrite(article, entity_of) for article in articles)


class _EntityOf(dict[EntityRef, "EntityRef | None"]):
    """Each name's entity (None: the registry rejects the name, or resolution dropped it), worked out once per name.

    One object per entity: every article names it with the same EntityRef, so the index's and the pages' lookups
    by entity (tens of thousands at 10,000 articles) find it by identity instead of comparing fields in Python."""

    def __init__(self, registry: Registry, resolution: Resolution) -> None:
        super().__init__()
        self._registry, self._resolution = registry, resolution
        self._one: dict[tuple[str, str], EntityRef] = {}

    def __missing__(self, ref: EntityRef) -> EntityRef | None:
        kept = self._registry.apply(ref) is not None and ref not in self._resolution.dropped
        entity = self._resolution(ref) if kept else None
        if entity is not None:
            entity = self._one.setdefault((entity.name, entity.kind), entity)
        self[ref] = entity
        return entity


def _encode_resolution(resolution: Resolution) -> object:
    return {"canonical": [[r.name, r.kind, c.name, c.kind] for r, c in resolution.canonical.items()],
            "ambiguous": [[h.name, h.kind, [[o.name, o.kind] for o in owners]] for h, owners in resolution.ambiguous],
            "dropped": sorted([r.name, r.kind] for r in resolution.dropped)}


def _decode_resolution(stored: Any) -> Resolution:
    """The Resolution _encode_resolution stored; raises ValueError, TypeError, KeyError when it is not one."""
    def ref(name: Any, kind: Any) -> EntityRef:
        if not (isinstance(name, str) and isinstance(kind, str)):
            raise TypeError(name)
        return EntityRef(name, kind)
    canonical = {ref(n, k): ref(cn, ck) for n, k, cn, ck in stored["canonical"]}
    ambiguous = tuple((ref(n, k), tuple(ref(*o) for o in owners)) for n, k, owners in stored["ambiguous"])
    return Resolution(canonical, ambiguous, frozenset(ref(n, k) for n, k in stored["dropped"]))


def _rewrite(article: EnrichedArticle, entity_of: Mapping[EntityRef, EntityRef | None]) -> EnrichedArticle:
    """The article with each name replaced by its entity's (names dropped left out), and its surface forms merged."""
    entities = tuple(dict.fromkeys(entity for ref in article.entities if (entity := entity_of[ref]) is not None))
    if entities == article.entities and _forms_as_resolved(article):
        return dataclasses.replace(article, entities=entities) if any(a is not b for a, b in zip(entities, article.entities)) else article
    forms: dict[EntityRef, list[str]] = {ref: [] for ref in entities}
    for ref, surface in article.surface_forms:
        entity = entity_of[ref]
        if entity is not None:
            forms[entity] += surface
    surface_forms = tuple((ref, tuple(dict.fromkeys(sorted(forms[ref], key=len, reverse=True)))) for ref in entities)
    a = article
    return EnrichedArticle(a.article, a.lede, a.summary, a.key_points, entities, surface_forms, a.story, a.figures)


def _forms_as_resolved(article: EnrichedArticle) -> bool:
    """Whether the article's surface forms are as _rewrite would list them for its names (which are their entities'
    own): one list per name, in the names' order, each form once, longest first (as enrich lists them)."""
    if len(article.surface_forms) != len(article.entities) or any(
            ref is not name and ref != name for (ref, _), name in zip(article.surface_forms, article.entities)):
        return False
    return all(len(set(forms)) == len(forms) and all(len(a) >= len(b) for a, b in zip(forms, forms[1:]))
               for _, forms in article.surface_forms)
