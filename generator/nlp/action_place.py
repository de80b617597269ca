"""Where the reported action happened: each place an article names, read in its context.

ACLED codes an event where it happened, not where the actor comes from. So a place counts by how it
is named:

* as the place of the action: after a locative word ("airstrikes on Idlib", "in northern Syria",
  "near the town of Tabqa", "the outskirts of Damascus", "Syria's Idlib"), or a town or province named
  on its own ("Aleppo bomb blast"): a town is where something happens;
* weakly, a country named bare ("Turkey says ...", "Iraq exit plans"): an actor or a topic as often
  as a place;
* not at all as an actor's description: a demonym ("Russian airstrikes", "Turkish troops"), a
  compound ("Britain-based", "Turkish-backed", "US-led"), or inside an organisation's name
  ("Russian Foreign Ministry", "Syrian Observatory for Human Rights") or a newspaper's ("The Japan Times");
* weakly, a place of another event: given as an example ("conflicts such as in Sudan's Darfur region") or
  to come ("ahead of a meeting in London").

The headline weighs most, then the lead (its first sentences), then the rest of the body. The
same reading serves the theatre of an article (``generator.index.article_theatre``) and the place
in a story's event signature (``generator.nlp.stories``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

HEADLINE, LEAD, BODY = 3.0, 2.0, 0.5  # weight of a mention by where it is
LEAD_WORDS = 60
LOCATIVE, LOCAL, BARE = 1.0, 0.8, 0.3  # weight of a mention by how it is named
EXAMPLE = BARE / 3  # a place given as an example: weaker than any mention of a place of the story
ACTION = LOCAL  # a mention weighing this much or more names the place of the action

_LOCATIVE_WORDS = frozenset("""
in at near on into inside outside across around throughout within toward towards onto upon outskirts
""".split()) | frozenset("""
entered entering invaded invading violated violating neared nearing approached approaching
""".split())  # verbs of going into or up to a place put the action there, as "into" and "near" do ("neared Latvian airspace")
# "north of Aleppo", "the province of Idlib", "the town of Tabqa": ``of`` after these nouns is locative.
_AREA_NOUNS = frozenset("""
north south east west northeast northwest southeast southwest northern southern eastern western
outskirts countryside province provinces governorate city town towns village villages suburb suburbs
district districts neighbourhood neighborhood region area areas part parts centre center heart capital
border borders coast outside
""".split())
# Words that may stand between a locative word and the place: "in the besieged northern city of".
_MODIFIERS = frozenset("""
the a an northern southern eastern western central northeastern northwestern southeastern southwestern
north south east west besieged embattled war-torn restive old greater rural occupied present-day modern-day
small tiny remote ancient medieval coastal mountainous nearby neighbouring neighboring century key strategic historic
main largest biggest second-largest
""".split())
_HELD = re.compile(r"^[\w]+-(?:held|controlled|run|besieged|torn|ravaged|hit|stricken)$")
# "Britain-based", "Turkish-backed", "US-led": the place describes an actor.
_ACTOR_COMPOUND = re.compile(
    r"^\s*-\s*(?:based|backed|led|born|made|funded|supported|sponsored|brokered|allied|trained|armed|owned|run|affiliated|aligned)\b",
    re.IGNORECASE)
# "US airstrikes", "Turkey forces", "UK troops": a country before its armed forces names the actor, as a demonym does.
_ACTOR_NOUN = re.compile(
    r"^\s+(?:air\s*strikes?|strikes?|raids?|forces|troops|soldiers|jets|warplanes|planes|aircraft|drones|bombers|"
    r"missiles?|army|navy|military|marines|coalition|commandos|gunboats|warships)\b", re.IGNORECASE)
# A place before a word for people says who they are ("Guantanamo pair's passport ban", "22-year-old Liverpool student",
# "the legal rights of Guantanamo Bay detainees" in a story told from a court or a lecture hall);
# not "residents", "civilians" or "people", who are mostly where the story is ("Aleppo residents flee").
_PERSON_NOUN = re.compile(
    r"^\s+(?:pair|trio|four|five|man|woman|men|women|boy|girl|students?|couple|family|mother|father|teenagers?|"
    r"schoolboy|schoolgirl|pensioner|MPs?|detainees?|inmates?|prisoners?|captives?|internees?|hostages?)\b")
# A place before the capitalised noun of a newspaper's name names the paper, not a place of the story ("The Japan Times
# Online", "Belfast Telegraph", "Jerusalem Post").
_NEWSPAPER_NOUN = re.compile(r"^\s+(?:Times|Telegraph|Post|Herald|Tribune|Gazette|Journal|Chronicle|Observer|Courier|Examiner|Globe)(?![\w-])")
# A demonym before a word for a piece of land or water, after a locative word, names a place of its country ("near a
# northern Nigerian town", "slammed into the French Alps", "strayed into Japanese waters"). Not "border" or "side": which
# side of it is meant is not said ("fighting near the Turkish border" is mostly in Syria).
_PLACE_NOUN = re.compile(
    r"\s+(?:border\s+(?=towns?|city|village))?(?:towns?|city|cities|villages?|capital|provinces?|regions?|districts?|countryside|territory|territories|"
    r"waters|airspace|soil|coast|coastline|islands?|ports?|Alps|mountains|desert|grave|graves)\b")
# Verbs of coming back or being sent away: a place after "<verb> from" is behind the people the story is about. Not
# "fled" or "evacuated": the flight or evacuation happens there.
_RETURNED = frozenset("freed released returned returning deported repatriated extradited transferred flown back".split())
_DISTANCE = frozenset("km kms kilometres kilometers kilometre kilometer miles mile metres meters yards away".split())
_WORD = re.compile(r"[\w'’-]+")
DATELINE_CHARS = 80  # a dateline opens the lead
_DATELINE = re.compile(r"^(?:,\s*[\w .]{0,30}?)?\s*(?:\([^)]{1,30}\))?\s*(?:[-–—:]|,?\s*\(|,\s*\w{3,9}\.? \d)")


@dataclass(frozen=True, slots=True)
class NamedPlace:
    """A place an article names: its name, country, and the spellings the article uses."""

    name: str
    country: str  # ISO 3166-1 alpha-2, "" when unknown
    forms: tuple[str, ...]
    local: bool  # a town, province or region inside one country (not a country itself)
    capital: bool = False  # a country's capital, whose name news also uses for its government ("Tehran's nuclear programme")


@dataclass(frozen=True, slots=True)
class PlaceScore:
    """How strongly an article names a place as where its action happened."""

    action: float  # locative or local mentions in the headline and lead
    weight: float  # every mention, by where it is and how it is named
    dateline: bool = False  # named in a dateline opening the lead ("GOMA (AP) -"): where the reporter is


def lead_of(body: str) -> tuple[str, str]:
    """(the lead: the body's first LEAD_WORDS words, the rest of the body)."""
    words = body.split()
    return " ".join(words[:LEAD_WORDS]), " ".join(words[LEAD_WORDS:])


def place_scores(title: str, body: str, places: Iterable[NamedPlace], organization_forms: Iterable[str],
                 is_demonym: Callable[[str], bool]) -> dict[str, PlaceScore]:
    """Place name -> its score, for every place in ``places`` (``is_demonym('Russian')`` is True)."""
    lead, rest = lead_of(body)
    segments = ((title, HEADLINE), (lead, LEAD), (rest, BODY))
    organizations = tuple(sorted({f for f in organization_forms if f}, key=len, reverse=True))
    blocked = [_spans(text, organizations) for text, _weight in segments]
    places = list(places)
    # Every place's spellings, to tell a name inside a longer place name ("Panama" of "Panama City Beach") from the place
    named = {(place.name, form) for place in places for form in place.forms if form}
    names_at = [_Spans(sorted((s, e, name) for name, form in named for s, e in _occurrences(text, form)))
                for text, _weight in segments]
    scores: dict[str, PlaceScore] = {}
    match = reports_match(title, lead)
    for place in places:
        if place.local and any(names_a_work(text, form) for text, _weight in segments for form in place.forms):
            # One sense per article: a town whose name is the title of a work here ("the 1960s Batman TV series", "the
            # new Batman movie") is that work, or its hero, everywhere in it ("their roles of Batman and Robin")
            scores[place.name] = PlaceScore(0.0, 0.0)
            continue
        action = weight = 0.0
        seen = dateline = False
        for (text, where), taken, others in zip(segments, blocked, names_at):
            read = _Spans([])  # this place's mentions already weighed: "Guantanamo" of "Guantanamo Bay" is one
            for form in sorted(set(place.forms), key=len, reverse=True):
                occurrences = [(s, e) for s, e in _occurrences(text, form) if not read.covers(s, e)]
                read = _Spans(sorted([*read.spans, *((s, e, "") for s, e in occurrences)]))
                seen = seen or bool(occurrences)
                demonym = is_demonym(form)
                for start, end in occurrences:
                    if demonym and not _PLACE_NOUN.match(text, end):
                        continue  # "Russian airstrikes": who, not where; "a Nigerian town" is a place all the same
                    venue = next(((s, e) for s, e in taken if s <= start and end <= e), None)
                    if venue is not None:
                        if not demonym and where > BODY and (_VENUE_BEFORE.search(text, max(0, venue[0] - 12), venue[0])
                                                              or SITE_NAME.search(text, venue[0], venue[1])
                                                              and not re.match(r"['’]", text[venue[1]:venue[1] + 1])):
                            # "a lecture at the London School of Economics": the organisation is where it happens; so is
                            # a university or hospital the headline or lead names ("University of Oklahoma President
                            # David Boren"), an institution at one site, unlike an agency, a party or a monitor; not its
                            # possessive, a person's affiliation ("Kansas University's David Frayer said")
                            action += where * LOCAL
                            weight += where * LOCAL
                        continue  # inside an organisation's name
                    if others.covers(start, end, longer=True, other_than=place.name):
                        continue  # inside another place's longer name: "Panama" of "Panama City", "Mexico" of "New Mexico"
                    if where == LEAD and _is_dateline(text, start, end):
                        dateline = True  # "BEIRUT (AP) -": where the reporter is, not the action
                        continue
                    if where < HEADLINE and _inside_longer_name(text, start, end, place.local):
                        continue  # "Northern Ireland": another place
                    how = mention_weight(text, start, end, place.local or demonym)
                    if match and (not place.local or place.name in _HOME_NATIONS) and how < LOCATIVE:
                        continue  # "Sweden defeated South Korea 1 – 0": a team; where it played is the match's place
                    if place.capital and how == LOCAL and _names_government(text, end):
                        how = BARE  # "to curb Tehran's nuclear program": the government of Iran, not a place of the story
                    if demonym and how != LOCATIVE:
                        continue  # "from the Czech capital", "traveling to the Iranian island": not said to be where it is
                    if where > BODY and how >= ACTION:
                        action += where * how
                    elif where == HEADLINE and start == 0 and how == BARE and _acts(text[end:]):
                        # A country opening the headline as the subject of its verb ("Cuba counters US Christmas
                        # lights"): the polity acting, at home unless a place of action says otherwise, so it weighs
                        # as a town would
                        how = LOCAL
                    weight += where * how
        if not seen:  # listed by an editor, or found in a form the text does not show: a place of the article all the same
            weight = BODY * BARE
        scores[place.name] = PlaceScore(action, weight, dateline)
    return scores


# A match result: a score of two small numbers ("1 – 0", "2-1", not "2011-2018" or "9-11") after a team's capitalised name
# ("beat Israel 3-0", "Sweden 1 – 0 Korea Republic") or before a result ("a 2-0 victory", "3-3 on aggregate"), not a range
# ("killed 10-15 fighters"), with a word of sport in the headline or lead; or a team winning points ("Sweden, Belgium,
# England win three points").
_SCORE = re.compile(r"(?:\b[A-Z][\w.]*\s+\d{1,2} ?[–-] ?\d{1,2}|(?<![\w.,/–-])\d{1,2} ?[–-] ?\d{1,2}(?=\s+(?:win|victory|defeat|"
                    r"draw|loss|lead|home|away|on aggregate|scoreline|thrashing|triumph|success)\b))(?![\w.,/%–-])")
_SPORT = re.compile(r"\b(?:match|matches|game|games|goals?|scored|scoring|league|cup|final|semifinal|quarterfinal|"
                    r"tournament|championship|aggregate|victory|defeat|draw|drew|beat|beats|defeated|lost|won|wins?|"
                    r"minute|half-time|halftime|penalty|kick-off|fixture|derby|innings|set|sets)\b", re.IGNORECASE)
_POINTS = re.compile(r"\b(?:win|wins|won|take|takes|took|earn|earns|earned|claim|claims|claimed)\s+(?:all\s+)?(?:the\s+)?"
                     r"(?:one|three|\d)\s+points\b", re.IGNORECASE)


# A work's title: a name before a word for a work ("the Batman TV series", "the new Batman movie"). Not "show": "the Paris
# show" of a fashion week is held there. Not a name in quotes: a crowd chanting "Kobani" names the town.
_WORK_AFTER = re.compile(r"(?:\s+'\d\d)?\s+(?:TV\s+|television\s+|animated\s+)?(?:series|movies?|films?|franchise|comics?|"
                         r"comic\s+books?|novels?|sequels?|reboot|trilogy|saga|sitcom|musical)\b")


def names_a_work(text: str, form: str) -> bool:
    """Whether ``text`` uses a place's spelling as the title of a work (a film, a series, a novel) at least once."""
    return any(_WORK_AFTER.match(text, end) for _start, end in _occurrences(text, form))


# The United Kingdom's nations field their own national teams ("Tunisia lost 1 – 2 to England").
_HOME_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})


def mentions_sport(text: str) -> bool:
    """Whether ``text`` (a headline and lead) has a word of sport ("match", "league", "defeat")."""
    return _SPORT.search(text) is not None


def reports_match(title: str, lead: str) -> bool:
    """Whether the headline and lead report a sports match: there a country named bare is a team ("Brazil beat Germany"),
    not a place, and the match happened where it was played ("at the Fisht Stadium in Sochi")."""
    text = f"{title} {lead}"
    return _POINTS.search(text) is not None or (_SCORE.search(text) is not None and _SPORT.search(text) is not None)


# "at the London School of Economics", "at the University of Oklahoma": an organisation the action is at, whose name
# holds its place. Not "in the New York Times", "told the Japan Times": a newspaper's place is not the story's.
_VENUE_BEFORE = re.compile(r"\bat (?:the )?$")
# The name of an institution that stands at one site: a university, college, hospital or museum.
SITE_NAME = re.compile(r"\b(?:University|College|Hospital|Museum)\b")
_SUBJECT_VERB = re.compile(r" ([a-z]+s)\b")
# What a polity says is about somewhere else as often as not ("Iran says Syria to let U.N. inspectors in").
_SPEECH_VERBS = frozenset("""
says tells warns urges calls asks claims denies accuses blames condemns welcomes hails vows insists threatens
""".split())


def _acts(after: str) -> bool:
    """Whether the words after a headline's opening place make it a polity's action: a verb in the singular present
    ("North Korea puts military on alert"), not a statement ("Iran says"), nor a team's plural ("New Zealand lose
    Franklin"), nor a possessive ("Turkeys Nightmare")."""
    verb = _SUBJECT_VERB.match(after)
    return verb is not None and verb.group(1) not in _SPEECH_VERBS


# Words after a capital's possessive that make it a place ("Kabul's airport", "Damascus's eastern suburbs"), where any
# other ("Tehran's nuclear program", "Moscow's support") makes it the government's.
_SEAT_PLACE_WORDS = _AREA_NOUNS | frozenset("""
airport streets street square squares quarter zone port station prison hospital hospitals market markets university
mosque old downtown
""".split())


def _names_government(text: str, end: int) -> bool:
    """Whether the possessive after a capital's name (ending at ``end``) names its government: the next words (up to three,
    to the first noun) are neither capitalised (a place or a name: "Baghdad's Green Zone") nor a word for a place."""
    possessive = re.match(r"['’]s?\s+", text[end:end + 4])
    if possessive is None:
        return False
    for word in _WORD.findall(text[end + possessive.end():end + possessive.end() + 40])[:3]:
        if word[:1].isupper() or word.casefold() in _SEAT_PLACE_WORDS:
            return False
        if word.casefold() not in _MODIFIERS and not word.endswith(("ern", "ly")):
            return True  # the first word past the modifiers ("eastern", "heavily") is no place word: "nuclear program"
    return True


def _is_dateline(text: str, start: int, end: int) -> bool:
    """A dateline: a place opening the lead ("Goma - ", "RAMALLAH, West Bank (AP) -", "Beirut Syrian jets ..."), or in
    capitals before an agency ("BEIRUT (Sputnik)")."""
    if start < DATELINE_CHARS and _DATELINE.match(text[end:end + 40]):
        return True
    if start == 0 and re.match(r" [A-Z][a-z]", text[end:end + 3]):
        return True  # its punctuation lost in copying: "Beirut Syrian government air strikes on Tuesday killed ..."
    return text[start:end].isupper() and len(text[start:end]) > 3 and re.match(r"\s*(?:,?[^,(]{1,30})?\s*\(", text[end:end + 40]) is not None


def _inside_longer_name(text: str, start: int, end: int, local: bool) -> bool:
    """Whether a country's name in running text (not a headline, where every word is capitalised) is part of a
    longer place name after a capitalised compass word ("Northern Ireland", "Western Sahara")."""
    return not local and _COMPASS_BEFORE.search(text, max(0, start - 12), start) is not None


_COMPASS_BEFORE = re.compile(r"\b(?:Northern|Southern|Eastern|Western) $")


def mention_weight(text: str, start: int, end: int, local: bool) -> float:
    """How a mention at text[start:end] names its place: LOCATIVE, LOCAL, BARE, EXAMPLE, or 0 for an actor's description."""
    if _ACTOR_COMPOUND.match(text[end:end + 20]) or not local and _ACTOR_NOUN.match(text[end:end + 30]):
        return 0.0
    if _NEWSPAPER_NOUN.match(text[end:end + 14]):
        return 0.0  # "The Japan Times", "Belfast Telegraph": a newspaper's name, found or not as an organisation
    if _PERSON_NOUN.match(text[end:end + 20]):
        return 0.0  # "Guantanamo pair", "the Liverpool student": who the people are, not where the story is
    before = _WORD.findall(text[max(0, start - 60):start].casefold())
    if _unmodified(before[-4:])[-2:] in ([verb, "from"] for verb in _RETURNED):
        return BARE  # "two men freed from Guantanamo Bay": where someone came back from, the story is where they are now
    doing = _unmodified(before[-5:])[-4:]
    if len(doing) == 4 and doing[0] in _RETURNED and doing[1] == "from" and doing[2].endswith("ing") and doing[3] in _LOCATIVE_WORDS:
        return BARE  # "an Afghan freshly back from fighting in Syria": what someone came back from, as above
    clause = _WORD.findall(_CLAUSE_END.split(text[max(0, start - 100):start])[-1].casefold())
    if _EXAMPLE.search(" ".join(clause[-EXAMPLE_WORDS:])) or _TO_COME.search(" ".join(clause[-TO_COME_WORDS:])):
        # "conflicts such as in the Middle East and Sudan's Darfur region": an example, not this story's place; "in an
        # interview ahead of a meeting in London": an event to come, not the one reported
        return EXAMPLE
    if not local and _attributive(text, start, end):
        return BARE  # "his fixation on the Iran nuclear issue", "the Iraq war": a country naming a topic, not a place
    sentence = _SENTENCE_END.split(text[max(0, start - 100):start])[-1]
    if _DEPICTION.intersection(_WORD.findall(sentence.casefold())[-DEPICTION_WORDS:]):
        return BARE  # "a display including images of Iraqis at the Abu Ghraib prison": what is pictured, not where
    locative = _locative(before)
    if locative:
        # "near Lebanon" puts the action outside the country; "(a group) banned in Russia" is no action at all;
        # "the war in Iraq" names a war, a topic of the story rather than the place of its action; "based in
        # Britain" is where an actor sits, "based on the United Kingdom's flag" no place at all
        word, prior = locative
        if not local and word in _BESIDE:
            return 0.0  # "Syria troops kill 50 jihadists near Lebanon": a country the action is beside is where it is not
        if prior in _NOT_HERE or word == "on" and prior in _TOPIC_ON:
            return BARE
        if word in ("in", "at") and prior in _SPOKEN and before[-1] == word:
            # "Lavrov said in Moscow that ...", "Speaking in Berlin, the minister ...": where words were said, not the
            # action they report; not a venue the place only names ("spoke in the Strasbourg parliament")
            return BARE
        return LOCATIVE
    if re.match(r"['’]s?\s+\w", text[end:end + 4]) and not local:
        # "Syria's Idlib": a country owning a place is where it is; "Russia's Foreign Ministry", "Kenya's deputy
        # environment minister" say who an actor is, as "Russian" and "Kenyan" do: no place
        following = _WORD.match(text[end:].lstrip("'’s "))
        word = following.group(0) if following else ""
        if word.casefold() in _INSTITUTION_WORDS:
            return 0.0
        return LOCATIVE if _place_like(word) else BARE
    if local and before and before[-1] == "from" and not _DISTANCE.intersection(before[-3:-1]):
        # "Karren is a Canadian from Calgary": where someone comes from, not where the story happened; "60 kilometres
        # from Damascus" says where it happened, as "near Damascus" does
        return BARE
    return LOCAL if local else BARE


# Words after which, in the same clause, a place is that of another event than the one reported: an example, or an
# event to come, named in the few words of its noun phrase ("ahead of next week's talks in Geneva").
_EXAMPLE = re.compile(r"\bsuch as\b")
# "ahead of next week's talks in Geneva"; "planning to cross the border into Syria", "wanted to join ISIS in Syria": a
# place someone means to go to, not where the reported action is.
_TO_COME = re.compile(r"\bahead of\b|\b(?:plan|plans|planned|planning|intend|intends|intended|intending|want|wants|"
                      r"wanted|wanting|hope|hopes|hoped|hoping|aim|aims|aimed|aiming) to\b")
_CLAUSE_END = re.compile(r"[.!?;:,]\s")
# A display, artwork or film the copy describes shows a place that is not where the reported action is ("a screening
# in London of a film about the famine in Ethiopia"). Not a photo, picture, video or footage: in conflict copy those (and
# their captions) are mostly the evidence of the action itself.
_DEPICTION = frozenset("""
image images poster posters billboard billboards display displays painting paintings mural murals cartoon cartoons
depicting portraying film films movie movies documentary documentaries
""".split())
_SENTENCE_END = re.compile(r"[.!?;:]\s")
DEPICTION_WORDS = 12  # how far back in its sentence a picture makes a place what is pictured
EXAMPLE_WORDS = 12  # how far back in its clause "such as" makes the places named after it examples
TO_COME_WORDS = 7  # how far back in its clause "ahead of" makes the places named after it those of an event to come


_THE_BEFORE = re.compile(r"\b[Tt]he $")
_COMMON_NOUN_AFTER = re.compile(r" [a-z]{3,}\b")


def _attributive(text: str, start: int, end: int) -> bool:
    """Whether a country's one-word name stands between "the" and a common noun, as a modifier of that noun ("the Iran
    nuclear issue", "the Syria crisis"): a country's own name takes no article, so it names the noun's topic. Not a
    name that takes one ("the Netherlands", "the UK", "the Gambia": plural, in capitals, or listed)."""
    name = text[start:end]
    if " " in name or name.endswith("s") or name.isupper() or name.casefold() in _NAMES_WITH_THE:
        return False
    return _THE_BEFORE.search(text, max(0, start - 4), start) is not None and _COMMON_NOUN_AFTER.match(text, end) is not None


_NAMES_WITH_THE = frozenset("gambia congo sudan ukraine gulf vatican".split())


_BESIDE = frozenset({"near", "toward", "towards", "outside", "neared", "nearing", "approached", "approaching"})
_NOT_HERE = frozenset({"banned", "outlawed", "prohibited", "illegal", "proscribed", "blacklisted",
                       "war", "wars", "conflict", "invasion", "occupation", "based", "headquartered"})

# Before "in" or "at" and the place, these put it as where words were said: a statement's place, not the reported action's.
_SPOKEN = frozenset("""
said says told tells telling speaking spoke speaks announced announces added stated declared
""".split())

# "on" after these names a topic, not a target ("talks on Syria", "sanctions on Iran", "aid wasted on China"), where
# after an attack it names the place hit ("air strikes on Idlib").
_TOPIC_ON = frozenset("""
talks talk debate debates report reports policy policies views view stance position statement comment comments remarks
sanctions embargo pressure spending spent spend wasted money aid focus focused focusing vote votes resolution deal
agreement consultations briefing
""".split())


def _locative(before: list[str]) -> tuple[str, str] | None:
    """(the locative word, the word before it) when the words before a mention (casefolded, nearest last) put it as
    the place of the action ("fighting in northern Syria" -> ('in', 'fighting')); None otherwise."""
    words = _unmodified(before[-6:])
    if not words:
        return None
    if words[-1] in _LOCATIVE_WORDS:
        return words[-1], words[-2] if len(words) > 1 else ""
    if words[-2:] == ["out", "of"]:  # "pulled their last forces out of Yemen": where they were
        return "out", words[-3] if len(words) > 2 else ""
    if words[-1] == "of" and len(words) >= 2:
        words = _unmodified(words[:-1])
        if words and words[-1] in _AREA_NOUNS:
            return words[-1], words[-2] if len(words) > 1 else ""
    return None


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")  # "in a 9th century Swedish grave"


def _unmodified(words: list[str]) -> list[str]:
    """``words`` without the modifiers that end it ("in the besieged northern" -> "in")."""
    words = list(words)
    while words and (words[-1] in _MODIFIERS or _HELD.match(words[-1]) or _ORDINAL.match(words[-1])):
        words.pop()
    return words


def _place_like(word: str) -> bool:
    """A capitalised word after a country's possessive that is not an institution ('Syria's Idlib', not 'Russia's Foreign')."""
    return word[:1].isupper() and word.casefold() not in _INSTITUTION_WORDS


_INSTITUTION_WORDS = frozenset("""
foreign defence defense interior justice health prime president presidential supreme national state army
navy air armed security intelligence government parliament ministry minister cabinet central high
opposition ruling main permanent un envoy ambassador embassy mission deputy leader king queen chief
""".split())


def names_its_institution(text: str, form: str) -> bool:
    """Whether ``text`` names a country's institution by the country's possessive ("Israel's ruling Likud Party",
    "Denmark's foreign minister"): no place of action, but the polity the copy is about."""
    for _start, end in _occurrences(text, form):
        if re.match(r"['’]s?\s+\w", text[end:end + 4]):
            following = _WORD.match(text[end:].lstrip("'’s "))
            word = following.group(0).casefold() if following is not None else ""
            if word in _INSTITUTION_WORDS and word not in _ABROAD:
                return True
    return False


# A country's representation abroad sits in another polity: "Russia's envoy to Denmark" is news in Denmark.
_ABROAD = frozenset("envoy ambassador embassy mission permanent un".split())


class _Spans:
    """Name spans (start, end, name) sorted by start, asked whether one covers a mention: by bisection over the spans that
    can reach it, so a 100,000-line article naming a town on every line costs n log n, not n squared."""

    def __init__(self, spans: Sequence[tuple[int, int, str]]) -> None:
        self.spans = spans
        self.starts = [s for s, _e, _name in spans]
        self.longest = max((e - s for s, e, _name in spans), default=0)

    def covers(self, start: int, end: int, *, longer: bool = False, other_than: str | None = None) -> bool:
        """Whether a span holds start..end (``longer``: a strictly longer one; ``other_than``: of another name)."""
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_right(self.starts, start)
        return any(end <= e and (not longer or e - s > end - start) and (other_than is None or name != other_than)
                   for s, e, name in self.spans[low:high])


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Where ``form`` stands as a whole word: no word character or hyphen before it, no word character after
    (what the pattern (?<![\\w-])form(?!\\w) finds, left to right without overlaps; ``str.find`` jumps
    to each candidate, where a pattern opening with a look-behind is tried at every position)."""
    found: list[tuple[int, int]] = []
    if not form:
        return found
    size, start = len(form), text.find(form)
    while start >= 0:
        end = start + size
        if (start == 0 or not _is_word_or_hyphen(text[start - 1])) and (end == len(text) or not _is_word(text[end])):
            found.append((start, end))
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)
    return found


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # the regular expressions' \w on str


def _is_word_or_hyphen(char: str) -> bool:
    return char == "-" or _is_word(char)


def _spans(text: str, forms: Sequence[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for form in forms:
        spans += _occurrences(text, form)
    return spans
