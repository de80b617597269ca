"""Stage 4: the site-wide index: unique entities, their articles, URL paths, and the
relations the pages show (theatre of each article, days, stories, related articles,
entities that appear together).

Entity pages live at ``<kind folder>/<slug>.html``. Two names that slugify the
same (``Sudan`` and ``SUDAN``) both keep a page: the later one, in sorted
order, gets a numbered slug.

Every per-page query here is bounded by the size of one entity's or one day's
article list (or a fixed window of it), never by the number of articles in the
site, so rendering stays linear at 100,000 articles.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from types import MappingProxyType
from typing import Callable, Iterable, Mapping

from generator.incremental.fingerprint import code_fingerprint
from generator.incremental.memo import KeyedTexts, input_hash
from generator.models import (
    ENTITY_KINDS,
    FRONT_MATTER_KEYS,
    ORGANIZATION,
    PERSON,
    PLACE,
    EnrichedArticle,
    Entity,
    EntityRef,
)
from generator.nlp.action_place import (
    BARE,
    BODY,
    HEADLINE,
    LEAD,
    LOCAL,
    SITE_NAME,
    NamedPlace,
    PlaceScore,
    lead_of,
    mentions_sport,
    names_its_institution,
    place_scores,
)
from generator.nlp.aliases import alias_key, long_names
from generator.nlp.geo import club_countries, dateline_location, is_capital, is_country, is_demonym, is_small_town, namesake_countries, places_in_title
from generator.nlp.polities import bodies_named, body_names
from generator.nlp.registry import Registry
from generator.nlp.resolve import describe
from generator.outlets import Outlet, Outlets
from generator.paths import safe_slug

ENTITY_FOLDERS = FRONT_MATTER_KEYS  # person -> people/, place -> places/, organization -> organizations/
RELATED_WINDOW = 60  # articles on each side, in date order, searched per shared entity
OUTLET_FOLDER = "sources"


@dataclass(frozen=True, slots=True)
class SiteIndex:
    articles: tuple[EnrichedArticle, ...]  # newest first
    entities: Mapping[EntityRef, Entity]
    articles_by_entity: Mapping[EntityRef, tuple[EnrichedArticle, ...]]  # newest first
    positions_by_entity: Mapping[EntityRef, tuple[int, ...]]  # ascending positions in ``articles``
    position: Mapping[str, int]  # article path -> position in ``articles``
    theatre: Mapping[str, str]  # article path -> ISO country code ("" when none is known)
    theatres: frozenset[str]  # codes that are the theatre of at least one article
    articles_by_day: Mapping[dt.date, tuple[EnrichedArticle, ...]]  # newest day first; dated articles only
    articles_by_story: Mapping[str, tuple[EnrichedArticle, ...]]
    # Articles whose date is a guess (the day they were ingested): on no briefing day, in no timeline.
    undated: tuple[EnrichedArticle, ...] = ()
    # Each source named by an article (the registry's name), with its registry entry (a bare Outlet
    # when the registry does not know it) and its articles, newest first.
    outlets: Mapping[str, Outlet] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    articles_by_source: Mapping[str, tuple[EnrichedArticle, ...]] = dataclasses.field(default_factory=lambda: MappingProxyType({}))

    @property
    def dated(self) -> tuple[EnrichedArticle, ...]:
        """The articles whose date was read or set, newest first."""
        return tuple(a for a in self.articles if not a.article.date_guessed) if self.undated else self.articles


def outlet_path(outlet: Outlet) -> str:
    return f"{OUTLET_FOLDER}/{outlet.slug}.html"


def article_path(article: EnrichedArticle) -> str:
    """Site-relative path of an article page."""
    a = article.article
    return f"articles/{a.date.year:04d}/{a.date.month:02d}/{a.slug}.html"  # not strftime: called for every card


def entity_path(entity: Entity) -> str:
    return f"{ENTITY_FOLDERS[entity.kind]}/{entity.slug}.html"


TheatreOf = Callable[[EnrichedArticle, Mapping[EntityRef, Entity], Outlets], str]


def build_index(articles: tuple[EnrichedArticle, ...], registry: Registry = Registry(),
                outlets: Outlets = Outlets(), theatre_of: TheatreOf | None = None) -> SiteIndex:
    """Group articles by entity, day, story, theatre and source; give every entity a unique slug.

    Each article's ``source`` becomes the registry's name for it ('Syrian Arab News Agency' -> 'SANA').
    ``theatre_of``: article_theatre, or one that remembers its results (remembered_theatres).
    """
    theatre_of = theatre_of or article_theatre
    articles, known = _named_sources(articles, outlets)
    by_source: dict[str, list[EnrichedArticle]] = defaultdict(list)
    by_entity: dict[EntityRef, list[int]] = defaultdict(list)
    by_day: dict[dt.date, list[EnrichedArticle]] = defaultdict(list)
    by_story: dict[str, list[EnrichedArticle]] = defaultdict(list)
    for position, article in enumerate(articles):
        for ref in article.entities:
            by_entity[ref].append(position)
        if not article.article.date_guessed:
            by_day[article.article.date].append(article)
        if article.story:
            by_story[article.story].append(article)
        if article.article.source:
            by_source[article.article.source].append(article)
    entities = _assign_slugs(sorted(by_entity, key=lambda r: (ENTITY_KINDS.index(r.kind), r.name.casefold(), r.name)), registry)
    theatres = {article_path(a): theatre_of(a, entities, outlets) for a in articles}
    return SiteIndex(
        articles=articles,
        entities=MappingProxyType(entities),
        articles_by_entity=MappingProxyType({ref: tuple(articles[p] for p in ps) for ref, ps in by_entity.items()}),
        positions_by_entity=MappingProxyType({ref: tuple(ps) for ref, ps in by_entity.items()}),
        position=MappingProxyType({article_path(a): i for i, a in enumerate(articles)}),
        theatre=MappingProxyType(theatres),
        theatres=frozenset(code for code in theatres.values() if code),
        articles_by_day=MappingProxyType({day: tuple(by_day[day]) for day in sorted(by_day, reverse=True)}),
        articles_by_story=MappingProxyType({story: tuple(items) for story, items in sorted(by_story.items())}),
        undated=tuple(a for a in articles if a.article.date_guessed),
        outlets=MappingProxyType(_unique_slugs({name: known[name] for name in sorted(by_source, key=str.casefold)})),
        articles_by_source=MappingProxyType({name: tuple(items) for name, items in by_source.items()}),
    )


def _named_sources(articles: tuple[EnrichedArticle, ...], outlets: Outlets) -> tuple[tuple[EnrichedArticle, ...], dict[str, Outlet]]:
    """Articles with each source spelled as the registry names it, and the outlet of every source."""
    known: dict[str, Outlet] = {}
    named = []
    for article in articles:
        source = article.article.source
        if source:
            outlet = outlets.find(source) or Outlet(" ".join(source.split()))
            known.setdefault(outlet.name, outlet)
            if outlet.name != source:
                article = dataclasses.replace(article, article=dataclasses.replace(article.article, source=outlet.name))
        named.append(article)
    return tuple(named), known


def _unique_slugs(outlets: dict[str, Outlet]) -> dict[str, Outlet]:
    """Two sources that slugify alike ('Al Araby', 'Al-Araby' when the registry knows neither) keep a page each."""
    taken: set[str] = set()
    unique = {}
    for name, outlet in outlets.items():
        slug, number = outlet.slug, 1
        while slug in taken:
            number += 1
            slug = f"{outlet.slug}-{number}"
        taken.add(slug)
        unique[name] = outlet if slug == outlet.slug else dataclasses.replace(outlet, page_slug=slug)
    return unique


def article_theatre(article: EnrichedArticle, entities: Mapping[EntityRef, Entity], outlets: Outlets = Outlets()) -> str:
    """The country where the reported action happened (ACLED's rule), or "" when none is named.

    A hand-set ``theatre:`` wins. Otherwise the places named as where the action is, in the
    headline and lead (``nlp.action_place``), decide: "Russian airstrikes on Idlib" is Syria, and
    "Britain-based Syrian Observatory" adds nothing for Britain. Copy with no such place (politics,
    statements) is filed where its polity sits: the country of the organisations it names (UK
    parties -> GB) and of the offices and bodies of ``nlp.polities`` ("the High Court", "the home
    secretary"), with countries named bare. A dateline says where the reporter is ("TEHRAN
    (Tasnim)" on a story about Syria), so it only breaks ties.
    """
    given = article.article.theatre
    if given:
        return given
    places = _named_places(article, entities)
    forms = dict(article.surface_forms)
    # Institutions of a polity; an outlet or monitor quoted ("AP", "Syrian Observatory") is none.
    organizations = [ref for ref in article.entities if ref.kind == ORGANIZATION and entities[ref].country
                     and outlets.find(ref.name) is None and not is_company(ref.name)]
    title, body = article.article.title, " ".join(article.article.body_md.split())
    scores = place_scores(title, body, places, names_holding_places(article.entities, forms), is_demonym)
    places = _namesakes_placed(places, scores)
    named = {place.country for place in places if not place.local}
    action: defaultdict[str, float] = defaultdict(float)
    weight: defaultdict[str, float] = defaultdict(float)
    for place in places:
        score = scores[place.name]
        if place.local and named and place.country not in named and is_small_town(place.name):
            # A small town of a country the article never names, in copy about another: likely a
            # namesake (Adra near Damascus, not Adra in Spain), so weak evidence and no place of action.
            weight[place.country] += score.weight * BARE
            continue
        action[place.country] += score.action
        weight[place.country] += score.weight
    dateline = dateline_location(article.article.dateline) if article.article.dateline else None
    tie_breaker = dateline.country if dateline and dateline.country else ""
    candidates = {code for code, value in action.items() if value > 0}
    polity = _polity_places(article, entities, organizations, places, f"{title} {body}", _home_country(article, outlets))
    polity_scores = place_scores(title, body, polity, (), is_demonym)
    politics = bool(candidates and polity and _is_politics(title, body) and not _headline_places(title, places, forms, article))
    if politics:
        # A polity's own politics (its parliament, parties, elections, courts) names other places as topics or
        # background ("the Madrid bomb on Spain's election" in copy about the UK's): unless its headline names
        # a place, it is filed where the polity sits; whatever its dateline when its headline or lead names
        # the polity's bodies ("JERUSALEM - Palestinian Authority Prime Minister Ahmed Korei promised ... elections").
        candidates = set()
    at_home = politics and any(score.action > 0 for score in polity_scores.values())
    if not candidates and not at_home and (not places_in_title(title) or _reports_talks(title, body)):
        # No place of action, and the headline names none: the dateline (in the lead, or taken from it at ingest)
        # says where the story was filed. A headline's country ("Syria regime air strikes ...") outweighs it, but not
        # that of a party to talks ("Nuclear talks between world powers and Iran", dateline Lausanne): talks happen
        # where they are held, and the reporter is there.
        candidates = {place.country for place in places if scores[place.name].dateline} | ({tie_breaker} - {""})
    # A country's institution the headline names by its possessive ("Israel's ruling Likud Party wins ..."): the polity
    # the copy is about, above one only its lead or body names ("a frosty relationship with the White House").
    headline_polities = {place.country for place in places if not place.local
                         and any(names_its_institution(title, form) for form in place.forms)}
    if not candidates and (polity or headline_polities):  # no place of action: where the polity sits
        for body_of in polity:
            weight[body_of.country] += polity_scores[body_of.name].weight
        for code in headline_polities:
            weight[code] += HEADLINE * LOCAL
        candidates = {body_of.country for body_of in polity if polity_scores[body_of.name].weight > 0} | headline_polities
    if not candidates:
        candidates = {code for code, value in weight.items() if value > 0}
    if not candidates and mentions_sport(f"{title} {lead_of(body)[0]}"):
        # Sport with no place named but in its clubs' names ("Real Madrid fell to a 1-0 defeat at the hands of Athletic
        # Bilbao"): a club plays in its town's country, and its league with it
        for text, where in ((title, HEADLINE), *zip(lead_of(body), (LEAD, BODY))):
            for code in club_countries(text):
                weight[code] += where
                candidates.add(code)
    if not candidates:
        return ""
    # Ties: the dateline's country, then a country the article names a town of ("in Los Angeles" against "in the UK"):
    # a town says where something happened more precisely than a country's name
    towns = {place.country for place in places if place.local and scores[place.name].weight > 0}
    return max(sorted(candidates), key=lambda code: (round(weight[code], 6), code == tie_breaker, code in towns))


# The last word of a company's name: a business of its country, no body of its polity ("Malaysia Airlines" in copy on
# another airline's crash is no Malaysian politics).
_COMPANY_WORDS = frozenset("""
Airlines Airways Motors Telecom Telecommunications Mobile Petroleum Oil Steel Electronics Inc Inc. Ltd Ltd. Corp Corp.
Holdings
""".split())


def is_company(name: str) -> bool:
    """Whether an organisation's name ends as a company's does ("Malaysia Airlines", "China Mobile", "Korea Electric Inc")."""
    words = name.split()
    return bool(words) and words[-1] in _COMPANY_WORDS


# Talks, reported in the headline or the lead's first words: a meeting, held where the parties meet.
_TALKS = re.compile(r"(?<![\w-])(?:talks|negotiations|summit)(?![\w-])", re.IGNORECASE)
TALKS_WORDS = 25


def _reports_talks(title: str, body: str) -> bool:
    return _TALKS.search(" ".join([title, *body.split()[:TALKS_WORDS]])) is not None


def _namesakes_placed(places: list[NamedPlace], scores: Mapping[str, PlaceScore]) -> list[NamedPlace]:
    """``places`` with each town whose name several countries' towns share put in the country the rest of the article
    names, when it never names the gazetteer's: "Cambridge" in copy about a Boston trial is the one in Massachusetts,
    "Panama City Beach, Florida" the Panama City of the United States."""
    evidence: defaultdict[str, float] = defaultdict(float)
    for place in places:
        evidence[place.country] += scores[place.name].weight
    # A country the article names by its demonym, which weighs nothing as a place ("Daily Italian newspaper La Stampa" in
    # copy about Rome's Colosseum), is named all the same: its town is no namesake elsewhere.
    countries_named = {place.country for place in places if not place.local and any(is_demonym(form) for form in place.forms)}
    placed = []
    for place in places:
        others = {code: value - (scores[place.name].weight if code == place.country else 0.0) for code, value in evidence.items()}
        if place.local and others.get(place.country, 0.0) <= 0 and place.country not in countries_named:
            namesakes = [code for code in sorted(namesake_countries(place.name)) if others.get(code, 0.0) > 0]
            if namesakes:
                place = dataclasses.replace(place, country=max(namesakes, key=lambda code: others[code]))
        placed.append(place)
    return placed


def _polity_places(article: EnrichedArticle, entities: Mapping[EntityRef, Entity], organizations: list[EntityRef],
                   places: list[NamedPlace], text: str, home: str = "") -> list[NamedPlace]:
    """The bodies of a polity the article names, each as a place in its country: its organisations with a country,
    and the offices and bodies of ``nlp.polities`` ("the High Court" in copy naming the UK, "the home secretary")
    that are not one of those organisations. Copy that names no country at all is about its outlet's ``home``
    polity: a CNN story's "Supreme Court" is the US one."""
    forms = dict(article.surface_forms)
    found = [NamedPlace(ref.name, entities[ref].country, forms.get(ref, (ref.name,)), True) for ref in organizations]
    known = {alias_key(form) for place in found for form in (place.name, *place.forms)}
    named = frozenset(place.country for place in [*places, *found]) or frozenset({home} - {""})
    for body in bodies_named(_without_other_names(text, article, organizations, forms), named):
        if not known.intersection(alias_key(form) for form in (body.name, *body.forms)):
            found.append(NamedPlace(body.name, body.country, body.forms, True))
    return found


def _home_country(article: EnrichedArticle, outlets: Outlets) -> str:
    """The country of the outlet the article comes from, as the registry has it ("" when unknown)."""
    outlet = outlets.find(article.article.source) if article.article.source else None
    return outlet.country if outlet is not None else ""


def _without_other_names(text: str, article: EnrichedArticle, organizations: list[EntityRef],
                         forms: Mapping[EntityRef, tuple[str, ...]]) -> str:
    """``text`` with the longer names of other organisations blanked out: the body a name holds is theirs, not a
    polity's ("All Progressives Congress", a Nigerian party, holds no US Congress). A body's own name ("Home Office")
    and a name opening with a country ("US Congress", "Russian Duma"), that country's body, are kept."""
    names = {form for ref in article.entities if ref.kind == ORGANIZATION and ref not in organizations
             for form in forms.get(ref, (ref.name,)) if " " in form.strip()}
    bodies = body_names()
    for name in sorted(names, key=len, reverse=True):
        first = name.split()[0]
        if name not in bodies and not (is_country(first) or is_demonym(first)):  # "Home Office" is a body itself
            text = re.sub(r"(?<![\w-])" + re.escape(name) + r"(?!\w)", " " * len(name), text)
    return text


# Words of a polity's domestic politics in a headline or lead: its legislature, parties, elections and courts, and a suit
# against its government ("plans to sue the government"), heard in its courts.
# Not "opposition" or "campaign": a war has those too.
_POLITICS = re.compile(r"\b(?:[Pp]arliament\w*|MPs?|peers|Commons|Lords|[Ee]lections?|[Vv]oters?|[Bb]allot|[Cc]abinet|"
                       r"[Bb]ill|[Ll]egislation|[Hh]ome [Ss]ecretary|[Cc]hancellor|High Court|[Jj]udges?|[Mm]anifesto|[Pp]arty|"
                       r"su(?:e|es|ed|ing) (?:the|his|her|their) government|[Ll]awsuit)\b")


def _is_politics(title: str, body: str) -> bool:
    return _POLITICS.search(f"{title} {lead_of(body)[0]}") is not None


def _headline_places(title: str, places: list[NamedPlace], forms: Mapping[EntityRef, tuple[str, ...]], article: EnrichedArticle) -> bool:
    """Whether the headline names a place ("Guantanamo pair's passport ban", "Straw backs ending China embargo"); a
    demonym ("Iraqis win death test case probe") or a place inside a name ("Belfast Telegraph") names none."""
    scores = place_scores(title, "", places, names_holding_places(article.entities, forms), is_demonym)
    return any(score.weight >= HEADLINE * BARE for score in scores.values())  # less: a place the headline does not show


def names_holding_places(refs: Iterable[EntityRef], forms: Mapping[EntityRef, tuple[str, ...]]) -> list[str]:
    """The spellings of organisations and people, in which a place's name names no place ("Russian Foreign
    Ministry", "Belfast Telegraph", "Sidney Blumenthal"); a person's one-word form (a surname) is left out,
    since it would hide the place everywhere ("Jordan" of "Michael Jordan")."""
    return [f for ref in refs if ref.kind in (ORGANIZATION, PERSON)
            for f in (*forms.get(ref, (ref.name,)), *long_names(ref.name)) if ref.kind == ORGANIZATION or " " in f.strip()]


def remembered_theatres(results: KeyedTexts) -> TheatreOf:
    """article_theatre, its results looked up in (and kept for the next build in) ``results`` by theatre_key."""
    def theatre_of(article: EnrichedArticle, entities: Mapping[EntityRef, Entity], outlets: Outlets) -> str:
        return results.get(theatre_key(article, entities, outlets), lambda: article_theatre(article, entities, outlets))
    return theatre_of


def theatre_key(article: EnrichedArticle, entities: Mapping[EntityRef, Entity], outlets: Outlets) -> str:
    """A hash of everything article_theatre reads: the code and its data, the article's words and entities,
    its entities' countries, and which of its organisations are outlets."""
    a = article.article
    countries = [(ref, entities[ref].country) for ref in article.entities if ref.kind in (ORGANIZATION, PLACE)]
    quoted = [outlets.find(ref.name) is None for ref in article.entities if ref.kind == ORGANIZATION]
    return input_hash([code_fingerprint(), a.theatre, a.title, a.body_md, a.dateline, _home_country(article, outlets),
                       repr((article.entities, article.surface_forms, countries, quoted))])


def _named_places(article: EnrichedArticle, entities: Mapping[EntityRef, Entity]) -> list[NamedPlace]:
    """The places an article names with a known country, with their spellings in the body and in the headline."""
    forms = dict(article.surface_forms)
    places = {ref.name: NamedPlace(ref.name, entities[ref].country, forms.get(ref, (ref.name,)), not is_country(ref.name),
                                   is_capital(ref.name))
              for ref in article.entities if ref.kind == PLACE and entities[ref].country}
    for text, name, country, whole_country in places_in_title(article.article.title):
        known = places.get(name)
        if known is not None:
            places[name] = dataclasses.replace(known, forms=(*known.forms, text))
        elif country:
            places[name] = NamedPlace(name, country, (text,), not whole_country)
    for text, name, country, whole_country in _venue_places(article):
        known = places.get(name)
        if known is not None:
            places[name] = dataclasses.replace(known, forms=(*known.forms, text))
        else:
            places[name] = NamedPlace(name, country, (text,), not whole_country)
    # A town spelled as a word of a person the article names is that person ("Palin" of "Bristol Palin" is no town in
    # Guatemala); a country keeps its place ("Jordan" of "Michael Jordan" aside, countries are named as themselves).
    names_of_people = {word for ref in article.entities if ref.kind == PERSON
                       for form in (ref.name, *forms.get(ref, ())) if " " in form.strip() for word in form.split()}
    return [place for place in places.values() if not (place.local and place.name in names_of_people)]


def _venue_places(article: EnrichedArticle) -> list[tuple[str, str, str, bool]]:
    """The places inside the capitalised name of what the headline or lead says something happens at ("a lecture at the
    London School of Economics", "students at the University of Oklahoma"), as ``places_in_title`` gives them: the
    entity extractor often leaves such a name out, and the place it holds is the place of the action all the same
    (``action_place``)."""
    a = article.article
    text = f"{a.title} {lead_of(' '.join(a.body_md.split()))[0]}"
    names = [match.group(1) for match in _VENUE.finditer(text)]
    names += [match.group(0) for match in _SITE.finditer(text) if SITE_NAME.search(match.group(0))]
    return [place for name in names for place in places_in_title(name) if place[2]]


# "at the London School of Economics", "at the University of Oklahoma": a capitalised name after "at".
_VENUE = re.compile(r"\bat (?:the )?((?:[A-Z][\w'’.-]*)(?: (?:of|for|and|on|de|[A-Z][\w'’.-]*)){0,6})")
# A capitalised name, to be read for a university's or hospital's ("University of Oklahoma", "Stockholm University").
_SITE = re.compile(r"(?:[A-Z][\w'’.-]* ){0,3}[A-Z][\w'’.-]*(?: of(?: [A-Z][\w'’.-]*){1,3})?")


def related_articles(index: SiteIndex, article: EnrichedArticle, limit: int = 5) -> tuple[EnrichedArticle, ...]:
    """Articles sharing the most informative entities with ``article``.

    Each shared entity weighs log(N / df): "Syria" in half the articles adds
    little, a named village adds a lot. Candidates come from a window of
    articles near this one in each entity's date-ordered list, so the work per
    article is bounded however common its entities are. Same-story copies are
    left out (they are listed separately).
    """
    total = len(index.articles)
    mine = article_path(article)
    here = index.position[mine]
    story = article.story
    scores: dict[int, float] = {}
    # In the article's order, not a set's: float sums depend on the order of their terms, and a set's
    # order changes with each process's string hashing, which reordered ties from build to build.
    for ref in dict.fromkeys(article.entities):
        positions = index.positions_by_entity[ref]
        weight = math.log((total + 1) / len(positions))
        if weight <= 0:
            continue
        centre = bisect.bisect_left(positions, here)
        for position in positions[max(0, centre - RELATED_WINDOW): centre + RELATED_WINDOW + 1]:
            if position != here:
                scores[position] = scores.get(position, 0.0) + weight
    if story:  # same-story copies are listed separately
        scores = {p: score for p, score in scores.items() if index.articles[p].story != story}
    if len(scores) > limit:  # only candidates scoring at least the limit-th best can be chosen: sort just those
        floor = sorted(scores.values(), reverse=True)[limit - 1]
        scores = {p: score for p, score in scores.items() if score >= floor}
    ranked = sorted(scores, key=lambda p: (-scores[p], abs(p - here), p))[:limit]
    return tuple(index.articles[p] for p in ranked)


def same_story(index: SiteIndex, article: EnrichedArticle) -> tuple[EnrichedArticle, ...]:
    """Other outlets' reports of the same story (front matter ``story:``)."""
    story = article.story
    if not story:
        return ()
    return tuple(a for a in index.articles_by_story[story] if a is not article)


def co_occurring(index: SiteIndex, ref: EntityRef, limit: int = 15) -> tuple[tuple[EntityRef, int], ...]:
    """Entities named in the same articles as ``ref``, with how many articles they share."""
    counts: Counter[EntityRef] = Counter()
    for article in index.articles_by_entity[ref]:
        counts.update(other for other in article.entities if other != ref)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].name.casefold(), item[0].kind))
    return tuple(ranked[:limit])


WEEKLY_UNTIL_DAYS = 120  # spans shorter than this are charted per week, longer ones per month


def timeline_counts(articles: tuple[EnrichedArticle, ...]) -> tuple[str, tuple[tuple[dt.date, int], ...]]:
    """("week" or "month", articles per bin from the first to the last, oldest first); guessed dates left out."""
    articles = tuple(a for a in articles if not a.article.date_guessed)
    if articles and (articles[0].article.date - articles[-1].article.date).days < WEEKLY_UNTIL_DAYS:
        return "week", weekly_counts(articles)
    return "month", monthly_counts(articles)


def weekly_counts(articles: tuple[EnrichedArticle, ...]) -> tuple[tuple[dt.date, int], ...]:
    """Articles per ISO week (its Monday), every week from first to last, oldest first."""
    if not articles:
        return ()
    counts = Counter(a.article.date - dt.timedelta(days=a.article.date.weekday()) for a in articles)
    first, last = min(counts), max(counts)
    return tuple((first + dt.timedelta(weeks=i), counts.get(first + dt.timedelta(weeks=i), 0))
                 for i in range((last - first).days // 7 + 1))


def monthly_counts(articles: tuple[EnrichedArticle, ...]) -> tuple[tuple[dt.date, int], ...]:
    """Articles per calendar month (first day of the month), every month from first to last, oldest first."""
    if not articles:
        return ()
    counts = Counter(a.article.date.replace(day=1) for a in articles)
    first, last = min(counts), max(counts)
    months = []
    month = first
    while month <= last:
        months.append((month, counts.get(month, 0)))
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return tuple(months)


def _assign_slugs(refs: list[EntityRef], registry: Registry) -> dict[EntityRef, Entity]:
    taken: set[tuple[str, str]] = set()
    entities: dict[EntityRef, Entity] = {}
    for ref in refs:
        base = safe_slug(ref.name, "entity")
        slug, number = base, 2
        while (ref.kind, slug) in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add((ref.kind, slug))
        d = describe(ref, registry)
        entities[ref] = Entity(
            slug=slug, name=ref.name, kind=ref.kind, aliases=(), country=d.country, latitude=d.latitude,
            longitude=d.longitude, description=d.description, wikidata=d.wikidata,
        )
    return entities
