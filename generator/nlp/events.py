"""An article's event signature: what happened, where, on which day, and how many were killed.

Two reports are of one event when their words agree *and* nothing in their signatures argues
against it (``generator.nlp.stories``):

* the place of the action (``nlp.action_place``): "airstrikes on Idlib" and "a car bomb in Homs"
  are two events, however alike their words;
* the kind of event, from a small lexicon (airstrike, bombing, shelling, chemical attack, clashes,
  execution, talks, ceasefire, arrests, vote, protest, evacuation);
* the day of the event: the publication date, moved back to the weekday the lead names ("on
  Friday"), since a report of a Friday raid is often dated Saturday;
* the event's death toll: the first event figure of the kind ``killed`` (``nlp.figure_totals``);
* whether the report is a round-up: one count over several incidents (separate strikes, towns far apart, days on
  end), which is no report of any one of them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Iterable

from generator.models import PERSON, PLACE, KeyFigure, Mention
from generator.nlp.action_place import ACTION, NamedPlace, lead_of, place_scores
from generator.nlp.aliases import long_names
from generator.nlp.figure_totals import article_figures
from generator.nlp.figure_words import is_exact
from generator.nlp.gazetteer import ascii_fold
from generator.nlp.geo import is_country, is_demonym, place_location, places_in_title
from generator.nlp.openings import guarded

# Each kind: a pattern over the casefolded headline and lead.
EVENT_KINDS: dict[str, str] = {
    "airstrike": r"air ?strikes?|air ?raids?|airstrikes?|warplanes?|war ?planes?|jets?|aircraft|aerial|barrel ?bombs?|"
                 r"helicopters?|air attacks?|bombers?|sorties?|bombings?|bombard\w*|missiles?|"
                 r"strikes?(?= (?:kills?|killed|hits?|on|pound|target))",  # "Syria strikes kill 45", not "bomber strikes checkpoint"
    "bombing": r"car ?bombs?|suicide|bomb blasts?|blasts?|explosions?|explosives?|exploded|ieds?|booby[- ]trapped|"
               r"bomb attacks?|bombers?|bombings?|bomb (?:hits|kills|explodes|went off)",
    "shelling": r"shell(?:s|ing|ed)?|mortars?|rockets?|artillery|missiles?|projectiles?|grad",  # a missile may be fired from the air
    "chemical": r"chemical|gas attack|toxic|sarin|chlorine|nerve agent|poison(?:ous)? gas|suffocation",
    "clashes": r"clash(?:es|ed)?|fighting|battles?|offensive|ambush(?:ed)?|assault|advances?|recaptur\w*|seiz(?:e|ed|es)",
    "execution": r"execut(?:ed|es|ion|ions)|beheade?d?|beheadings?",
    "talks": r"talks|negotiations?|summit|conference|peace process|meets?|meeting|met with",
    "ceasefire": r"cease-?fire|truce|cessation of hostilities",
    "arrests": r"arrest(?:s|ed)?|detain(?:s|ed)?|detention",
    "vote": r"votes?|voted|voting|elections?|referendum|ballot",
    "protest": r"protests?|protesters?|demonstrat(?:ion|ions|ors)|rally|rallies",
    "evacuation": r"evacuat(?:ion|ions|ed|ing|e)|evacuees",
}
_KIND_PATTERNS = {kind: guarded(rf"(?<![\w-])(?:{pattern})(?![\w])") for kind, pattern in EVENT_KINDS.items()}
KIND_WORDS = 40  # the kind is read from the headline and this many words of the lead
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A headline that reports words, not the event: "Trump says ...", "UN condemns ...", "... Tolerated: Erdogan";
# and a toll counted later ("Death toll ... rises to 112"): its day is the count's.
_STATEMENT = re.compile(r"(?<![\w-])(?:says?|said|condemns?|blames?|urges?|calls? (?:for|on)|warns?|denies|denied|accuses?|"
                        r"(?i:death toll|toll (?:rises|rose|climbs|mounts|reaches|hits|jumps))|"
                        r"demands?|vows?|slams?|decries|deplores?|points? to|claims?|insists?|tells?|rejects?|threatens?)(?![\w-])|:\s*(?:[A-Z][\w.']*\s*){1,3}$")
_AFTER = re.compile(r"\s(?:after|following|in retaliation for|in response to)\s", re.IGNORECASE)
# Who struck, by side: the forces a headline names as striking. Syria's government and Russia's air force
# fly together and are often confused in early reports, so they are one side; the US-led coalition, Turkey
# and Israel are others. A report of the coalition's strike and one of Russia's are two events.
_AIR = r"(?:air ?strikes?|strikes?|raids?|jets|warplanes|aircraft|planes|helicopters?|drones?|missiles?|bombing|bombardment|shelling|artillery|forces|troops|army)"
ACTORS: dict[str, str] = {
    "coalition": rf"\b(?:us|u\.s\.)[- ]led\b|\bamerican {_AIR}|\b(?:us|u\.s\.) {_AIR}|\b(?:international |anti-\w+ )?coalition {_AIR}|"
                 r"\b(?:belgian|british|french) (?:air ?strikes?|strikes?|jets|warplanes)",
    "government": rf"\bregime\b|\bassad(?:'?s)? (?:regime|forces|{_AIR})|(?<!free )\bsyrian? (?:government |regime )?{_AIR}|"
                  rf"\bgovernment {_AIR}|\brussian? {_AIR}|\brussia(?:n)?(?:,| and| &) (?:syrian?|regime|assad)\b|\bbarrel bombs?\b",
    "turkey": rf"\bturk(?:ish|ey) {_AIR}|\bby turkey\b",
    "israel": rf"\bisraeli? {_AIR}|\bisraeli? (?:attack|strike)\b",
}
_ACTOR_PATTERNS = {side: re.compile(pattern) for side, pattern in ACTORS.items()}
TARGETS: dict[str, str] = {
    "hospital": r"hospitals?|clinics?|medical (?:centre|center|facility|point)s?",
    "school": r"schools?|schoolchildren|students?|kindergartens?|universit(?:y|ies)",
    "market": r"markets?|marketplaces?|bazaars?",
    "convoy": r"convoys?",
    "bus": r"bus(?:es)?",
    "mosque": r"mosques?|shrines?|churche?s?",
    "bakery": r"baker(?:y|ies)|bread queues?",
    "wedding": r"weddings?|funerals?",
    "camp": r"camps?",
    "checkpoint": r"checkpoints?|police stations?|police (?:hq|headquarters)",
    "airbase": r"air ?bases?|airports?|airfields?",
    "oilfield": r"oil ?fields?|gas ?fields?|refiner(?:y|ies)",
}
_TARGET_PATTERNS = {target: re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])") for target, pattern in TARGETS.items()}
# A kind no report of the event leaves out: one report naming it and another naming other kinds are two events.
DISTINCT_KINDS = frozenset({"chemical"})
# A round-up counts several incidents in one: "separate air raids", "across the country", "in the south and northeast",
# "in several provinces" (in the headline or the lead's first words), or a count over days on end ("500 killed in one
# week", "in less than one month": the headline or the lead's first sentence); "in 24 hours" or "overnight" is one day's.
_COMPASS = (r"(?:north|south|east|west|northern|southern|eastern|western|central|north-?east(?:ern)?|north-?west(?:ern)?|"
            r"south-?east(?:ern)?|south-?west(?:ern)?)")
_SEVERAL = re.compile(r"\bseparate (?:air ?strikes|air ?raids|raids|strikes|attacks|bombings|incidents|explosions|blasts|shelling)\b|"
                      r"\bacross (?:the )?(?:country|several|different|various)\b|"
                      rf"\b(?:in|on|across) (?:the )?{_COMPASS} and {_COMPASS}\b|"
                      r"\bin (?:several|various|different) (?:provinces|governorates|cities|towns|areas|parts)\b")
_TALLY = re.compile(r"\b(?:in|over|during|within) (?:the )?(?:less than |more than |nearly |about |just )?(?:(?:past|last|first) )?"
                    r"(?:(?:one|a|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few) (?:weeks?|months?|years?)|"
                    r"(?:three|four|five|six|seven|eight|nine|ten|[3-9]|\d\d+|several|few) days)\b|"
                    r"\b(?:in|over|during) (?:the )?(?:past|last) (?:week|month|year)\b")
_DEATHS = re.compile(r"(?<![\w-])(?:kill\w*|dead|deaths?|died|casualties|wounded|injured|executed|toll|martyr\w*|lost|losses)(?![\w-])")
ROUNDUP_WORDS = 45  # how far into the lead a round-up says it is one
ROUNDUP_KM = 100.0  # two towns a headline's main clause puts events in this far apart are two incidents ("in Aleppo and
# Deir Ezzor"); nearer, the second is most often the province of the first ("in Tal Abyad Raqqa")
_SENTENCE_END = re.compile(r"[.!?]\s")
# A district of a town the headline or lead names: "shelling of al-Sheikh Maqsoud neighborhood", "the Salah al-Din district
# of Aleppo", "New Aleppo area". Outlets name neighbouring districts for one attack ("Maadi", "Bab al-Nairab"), so a
# district argues for two events only between reports of different days (``stories``).
_DISTRICT_NAME = r"(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]*(?: (?:(?:al|el|Al|El|ad|ash|as|ar)-)?[A-Z][\w'’-]*){0,3}"
_DISTRICT_WORD = r"(?:neighbou?rhoods?|districts?|quarters?|area)"
_DISTRICT = re.compile(rf"\b{_DISTRICT_WORD} of (?:the )?({_DISTRICT_NAME})|({_DISTRICT_NAME}) {_DISTRICT_WORD}\b")
_ARTICLES = frozenset({"al", "el", "ad", "ash", "as", "ar", "an", "at"})
_DAY_WORDS = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"|yesterday|today|tonight)\b")
DAY_BACK = 3  # a weekday named in the lead is the event's only within this many days before publication


@dataclass(frozen=True, slots=True)
class EventSignature:
    """What one article reports, as far as its headline and lead say."""

    places: tuple[str, ...] = ()  # names of the places of the action, strongest first
    countries: frozenset[str] = frozenset()  # their countries
    kinds: frozenset[str] = frozenset()
    day: dt.date | None = None  # the event's day when the lead names it
    killed: int | None = None  # the first event figure of people killed, when it states one number (not "dozens")
    statement: bool = False  # the headline reports what someone said of the event (its day is the statement's)
    actors: frozenset[str] = frozenset()  # the sides whose forces the headline says struck (ACTORS)
    targets: frozenset[str] = frozenset()  # what the headline says was hit (TARGETS): a hospital, a market...
    roundup: bool = False  # one count over several incidents (``is_roundup``): the report of none of them
    districts: tuple[str, ...] = ()  # districts of a town the headline and lead name (``districts_named``)
    sites: tuple[str, ...] = ()  # towns, villages and landmarks the action is at or near (``sites_named``)


def headline_actors(title: str) -> frozenset[str]:
    """The sides whose forces the headline's main clause says struck ("US-led strike kills 18" -> coalition);
    none for a headline that reports what someone said (the speaker is no actor of the event)."""
    if _STATEMENT.search(title):
        return frozenset()
    main = _AFTER.split(title, maxsplit=1)[0].casefold()
    return frozenset(side for side, pattern in _ACTOR_PATTERNS.items() if pattern.search(main))


def headline_targets(title: str) -> frozenset[str]:
    """What the headline says was hit (TARGETS), from its main clause, else from all of it ("... after bomb
    hits bus convoy"): two strikes on one town on one day, one on a school and one on a market, are two events."""
    for text in (_AFTER.split(title, maxsplit=1)[0], title):
        targets = frozenset(target for target, pattern in _TARGET_PATTERNS.items() if pattern.search(text.casefold()))
        if targets:
            return targets
    return frozenset()


def event_kinds(title: str, lead: str) -> frozenset[str]:
    """The kinds of event the headline names; when it names none, those of the lead's first words
    (a lead often recalls other events: "... a day after coalition air strikes"). A headline's "after"
    clause is such a recall too ("Forces bombard suburbs after gas attack"): its kinds count only when the
    main clause names none ("15 dead after bomb hits camp")."""
    main = _AFTER.split(title, maxsplit=1)[0]
    for text in (main, title, " ".join(lead.split()[:KIND_WORDS])):
        kinds = frozenset(kind for kind, pattern in _KIND_PATTERNS.items() if pattern.search(text.casefold()))
        if kinds:
            return kinds
    return frozenset()


@dataclass(frozen=True, slots=True)
class EventReading:
    """What an article's own words say of its event: a signature but for the day, which also needs the
    publication date (so the NLP cache keeps this, under the key of the article's words)."""

    places: tuple[str, ...] = ()
    countries: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    day_word: str = ""  # the weekday, "yesterday", "today" or "tonight" the lead names first ("": none)
    killed: int | None = None
    statement: bool = False
    actors: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    roundup: bool = False
    districts: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()


def districts_named(title: str, lead: str) -> tuple[str, ...]:
    """The districts of a town the headline and lead name ("al-Sheikh Maqsoud neighborhood", "the district of Tariq
    al-Bab"), not a town or region the gazetteer knows ("Aleppo city", "Syrias Idlib area"), in order."""
    found: list[str] = []
    for match in _DISTRICT.finditer(f"{title}. {lead}"):
        words = (match.group(1) or match.group(2)).split()
        while words and (not words[0][:1].isupper() and not words[0].casefold().startswith(("al-", "el-"))
                         or words[0].endswith("s") and len(words) > 1 and place_location(words[0][:-1]) is not None):
            words = words[1:]  # "Syrias Eastern Ghouta", "Aleppos Salaheddin": a place's possessive
        name = " ".join(words)
        if name and name.casefold() not in ("new", "old") and place_location(name) is None and name not in found:
            found.append(name)
    return tuple(found)


def district_key(name: str) -> str:
    """A district's name as its spellings share it: casefolded consonants without Arabic articles ("Salah al-Din",
    "Salaheddin" and "Salah Eddin" -> "slhdn"; "Bab al-Nayrab", "Bab Alnairab" -> "bbnrb")."""
    words = []
    for word in re.split(r"[\s'’-]+", name.casefold()):
        word = re.sub(r"[^a-z]", "", ascii_fold(word))
        if word in _ARTICLES:
            continue
        words.append(word[2:] if word.startswith("al") and len(word) > 4 else word)
    key = "".join(words).replace("q", "k").replace("c", "k").replace("ph", "f").replace("dh", "d").replace("th", "t")
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyw]", "", key))


def same_district(a: Iterable[str], b: Iterable[str]) -> bool | None:
    """Whether two reports name one district (None: one names none). A name inside another counts ("Bustan al-Qasr"
    in a list "Bustan al-Qasr Mashhad al-Kallasa" that lost its commas)."""
    keys_a, keys_b = [k for k in map(district_key, a) if k], [k for k in map(district_key, b) if k]
    if not keys_a or not keys_b:
        return None
    return any(x in y or y in x for x in keys_a for y in keys_b)


# The site of an action in a province: "near the town of Manbij", "near the villages of Bibkar and Saikoul", "near the
# Tishrin Dam": a town or village the text calls one, or a dam or river. Not "near Idlib", which names a province as
# often as its town and says no more than "in Idlib".
_SITE_NAME = r"(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]*(?: (?:(?:al|el|Al|El|ad|ash|as|ar)-)?[A-Z][\w'’-]*){0,2}"
_SITE = re.compile(rf"\b(?:town|towns|village|villages) of (?:the )?({_SITE_NAME})|\b({_SITE_NAME}) (?:[Dd]am|[Rr]iver)\b")


def sites_named(title: str, lead: str) -> tuple[str, ...]:
    """The towns, villages and landmarks the headline and lead put the action at or near, in order: a town or village
    the text calls one ("the town of Manbij"), or a dam or river ("near the Tishrin Dam"); no country or people
    ("the Euphrates River" is a site, "the Syrian river" none)."""
    found: list[str] = []
    for match in _SITE.finditer(f"{title}. {lead}"):
        words = next(group for group in match.groups() if group).split()
        for size in range(len(words), 0, -1):  # "Manbij Killing 80": a known town and a capitalised headline word
            if place_location(" ".join(words[:size])) is not None:
                words = words[:size]
                break
        name = " ".join(words)
        if any(is_demonym(w) or is_country(w) or w in _NOT_SITES for w in words) or name in found:
            continue
        found.append(name)
    return tuple(found)


_NOT_SITES = frozenset("""
The North South East West Northern Southern Eastern Western Central Northeastern Northwestern Southeastern Southwestern
""".split())


def is_roundup(title: str, lead: str, title_places: Iterable[str] = ()) -> bool:
    """Whether a report counts several incidents in one: separate strikes, places far apart or days on end.

    Said in the headline or the lead's first words ("Separate air raids ... killed at least 25", "air strikes on
    towns across the country"), by two towns at least ROUNDUP_KM apart in the headline's main clause (``title_places``:
    the places the headline names; "Terrorist attacks in Aleppo and Sweida"), or by a count over days on end in the
    headline or the lead's first sentence ("Over 500 civilians killed in one week").
    """
    opening = " ".join(lead.split()[:ROUNDUP_WORDS])
    if _SEVERAL.search(title.casefold()) or _SEVERAL.search(opening.casefold()):
        return True
    for text in (title.casefold(), _SENTENCE_END.split(lead, maxsplit=1)[0].casefold()):
        if _TALLY.search(text) and _DEATHS.search(text):
            return True
    towns = [place for place in dict.fromkeys(title_places) if not is_country(place)]
    return any(_near(a, b, ROUNDUP_KM) is False for i, a in enumerate(towns) for b in towns[i + 1:])


def event_day(published: dt.date, lead: str) -> dt.date | None:
    """The day the lead puts the event on ("on Friday" in a Saturday report is the day before), or None."""
    return _day_of(published, _day_word(lead))


def _day_word(lead: str) -> str:
    match = _DAY_WORDS.search(lead.casefold())
    return "" if match is None else match.group(1)


def _day_of(published: dt.date, word: str) -> dt.date | None:
    if not word:
        return None
    if word in ("today", "tonight"):
        return published
    back = 1 if word == "yesterday" else (published.weekday() - WEEKDAYS.index(word)) % 7
    return published - dt.timedelta(days=back) if back <= DAY_BACK else None


def event_signature(title: str, text: str, published: dt.date, mentions: Iterable[Mention],
                    figures: Iterable[KeyFigure]) -> EventSignature:
    """The signature of one article from its headline, plain body text, entity mentions and key figures."""
    return signature_on(read_event(title, text, mentions, figures), published)


def read_event(title: str, text: str, mentions: Iterable[Mention], figures: Iterable[KeyFigure]) -> EventReading:
    """All of the signature that the headline, plain body text, mentions and key figures give."""
    lead, _rest = lead_of(text)
    mentions = tuple(mentions)
    places = _action_places(title, text, mentions)
    killed = [f for f in figures if f.kind == "killed" and f.scope == "event" and is_exact(f.text)]
    return EventReading(
        places=tuple(name for name, _country in places),
        countries=frozenset(country for _name, country in places if country),
        kinds=event_kinds(title, lead),
        day_word=_day_word(lead),
        killed=article_figures(tuple(killed)).get("killed"),
        statement=bool(_STATEMENT.search(title)),
        actors=headline_actors(title),
        targets=headline_targets(title),
        roundup=is_roundup(title, lead, _title_places(title, mentions)),
        districts=districts_named(title, lead),
        sites=sites_named(title, lead),
    )


def _title_places(title: str, mentions: Iterable[Mention]) -> list[str]:
    """The places the headline's main clause names (not those of its "after", "as" or "while" clause, a recalled
    event or the setting: "Warplanes pound Idlib as battles rage in Aleppo"), by the gazetteer or the body's mentions."""
    main = _SETTING.split(_AFTER.split(title, maxsplit=1)[0], maxsplit=1)[0]
    names = [name for _words, name, _country, _whole in places_in_title(main)]
    return names + [m.name for m in mentions if m.kind == PLACE and _occurs(main, m.text)]


_SETTING = re.compile(r"\s(?:as|while|amid)\s", re.IGNORECASE)


def _occurs(text: str, words: str) -> bool:
    return bool(words) and re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text) is not None


def signature_on(reading: EventReading, published: dt.date | None) -> EventSignature:
    """The signature of an article published on ``published`` (None: not known) whose words say ``reading``."""
    day = None if published is None else _day_of(published, reading.day_word)
    return EventSignature(places=reading.places, countries=reading.countries, kinds=reading.kinds,
                          day=day, killed=reading.killed, statement=reading.statement, actors=reading.actors,
                          targets=reading.targets, roundup=reading.roundup, districts=reading.districts,
                          sites=reading.sites)


def _action_places(title: str, text: str, mentions: Iterable[Mention]) -> list[tuple[str, str]]:
    forms: dict[str, list[str]] = {}
    organizations: list[str] = []
    for mention in mentions:
        if mention.kind == PLACE:
            forms.setdefault(mention.name, []).append(mention.text)
        elif mention.kind == "organization":
            organizations += [mention.text, *long_names(mention.name)]  # a place inside a name names no place
        elif mention.kind == PERSON and " " in mention.text.strip():
            organizations.append(mention.text)  # nor inside a person's ("Sidney Blumenthal")
    for words, name, _country, _whole in places_in_title(title):
        forms.setdefault(name, []).append(words)
    places = []
    for name, spellings in forms.items():
        location = place_location(name)
        if location is not None and location.country:
            places.append(NamedPlace(name, location.country, (name, *spellings), not is_country(name)))
    scores = place_scores(title, text, places, organizations, is_demonym)
    ranked = sorted((p for p in places if scores[p.name].action >= ACTION), key=lambda p: (-scores[p.name].action, p.name))
    return [(p.name, p.country) for p in ranked]


def same_place(a: EventSignature, b: EventSignature, near_km: float = 40.0) -> bool | None:
    """Whether two signatures put the action in one place (None: they cannot tell).

    When both name towns or provinces, each one's main town must be within ``near_km`` of a town the
    other names ("Manbij" and "Tokhar near Manbij"; not "west Aleppo" and "Idlib, a day after the
    Aleppo attack"); a town without coordinates is compared by name only. When one names only
    countries, the countries must meet ("in Syria" and "in Idlib"), and meeting says nothing more: every
    report of a war is "in Syria".
    """
    if not a.places or not b.places:
        return None
    locals_a = [p for p in a.places if not is_country(p)]
    locals_b = [p for p in b.places if not is_country(p)]
    if not locals_a or not locals_b:
        return None if a.countries & b.countries else False
    one, other = _near_first(locals_a, a.statement, locals_b, near_km), _near_first(locals_b, b.statement, locals_a, near_km)
    if one is False or other is False:
        return False
    return True if one and other else None


def _near_first(places: list[str], statement: bool, others: list[str], near_km: float) -> bool | None:
    """Whether the first of ``places`` is near one of ``others``; for a statement, any of them (its first place
    may be where it was said: "Assad responsible for Idlib attack, EU's Mogherini says in Brussels")."""
    if not statement:
        return _near_any(places[0], others, near_km)
    found = [_near_any(place, others, near_km) for place in places]
    return True if any(found) else False if all(f is False for f in found) else None


def _near_any(place: str, others: list[str], near_km: float) -> bool | None:
    found = [_near(place, other, near_km) for other in others]
    if any(found):
        return True
    return False if all(f is False for f in found) else None


def _near(a: str, b: str, near_km: float) -> bool | None:
    """Two towns or provinces within ``near_km`` (None when one has no coordinates: a region, a village)."""
    if a == b:
        return True
    here, there = place_location(a), place_location(b)
    if here is None or there is None or here.latitude is None or here.longitude is None or there.latitude is None or there.longitude is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (here.latitude, here.longitude, there.latitude, there.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h)) <= near_km
