"""Rule-based entity extraction: people, places and organisations with their mention spans.

Capitalised phrases (generator.nlp.chunks) are split at role words ("Iranian Foreign Minister |
Mohammad Javad Zarif") and classified by, in order: site furniture and junk, the alias table and
well-known organisations, the place gazetteer (countries, demonyms, regions, cities), organisation
and place head words, role words before a name, the word before the phrase ("in", "town of"), and
finally shape (two to four capitalised words are a person). Within an article a surname or a
possessive resolves to the full name found elsewhere ("Zarif", "Assads" -> Bashar al-Assad), and
each name gets one type, the one with the strongest evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache

from generator.models import PLACE, EntityRef, Mention
from generator.nlp.aliases import AliasTable, load_alias_table
from generator.nlp.article_names import (
    CONTEXT,
    KEYWORD,
    SHAPE,
    STRONG,
    Candidate,
    drop_possessive_s,
    given_name_forms,
    resolve_in_article,
)
from generator.nlp.chunks import BODY_CONNECTORS, CONNECTORS_AFTER_HEAD, NAME_POSSESSIVES, NUMBERED_HEADS, Chunk, Token, find_chunks
from generator.nlp.gazetteer import Gazetteer, Place, lookup_key
from generator.nlp.lexicon import (
    CLUB_ENDS,
    CLUB_OPENERS,
    COMMON_GIVEN_NAMES,
    COMPANY_SUFFIXES,
    COMPASS_WORDS,
    COMPLEMENT_ENDS,
    EVENT_HEADS,
    FACILITY_HEADS,
    FURNITURE,
    GENERIC_ORG_WORDS,
    GIVEN_NAMES_IN_COMMON_WORDS,
    GIVEN_NAMES_LIKE_AGENT_NOUNS,
    JUNK_WORDS,
    LANGUAGES,
    LEADING_JUNK,
    MEDIA_CUES_BEFORE,
    MONTHS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORG_CUES_AFTER,
    ORG_CUES_BEFORE,
    ORG_HEADS,
    ORG_OPENERS,
    OWNER_NOUNS,
    PLACE_CUES,
    PLACE_CUES_AFTER,
    PLACE_HEADS,
    PLACE_HEADS_LIKE_SURNAMES,
    PLACE_NOUNS_BEFORE_OF,
    PLACE_OPENERS,
    RANGE_OPENERS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SOCIAL_NETWORKS,
    SPEECH_VERBS,
    TITLES,
    TOWARDS_CUES,
    WEEKDAYS,
    WELL_KNOWN_ORGS,
    WHOLE_OPENERS,
    common_words,
    dictionary_words,
)
from generator.nlp.openings import guarded

NAME_ENDS = ORG_HEADS | FACILITY_HEADS | PLACE_HEADS
HEADS_BEFORE_OF = ORG_HEADS | PLACE_HEADS | {"city"}
# The sides of a state a US federal court's district is named by: "the Northern District of Illinois".
COURT_DISTRICT_SIDES = frozenset("northern southern eastern western central middle".split())
STRIP_PLACE_SUFFIXES = frozenset({"province", "governorate", "district", "neighbourhood", "neighborhood", "area", "borough", "township"})
CREDIT_WORDS = frozenset({"reporting", "editing", "writing", "posted", "written", "photo", "compiled", "additional"})
# Labels whose colon introduces a page's credit or contact, not someone in the story.
CREDIT_LABELS = frozenset("contact contacts photo photos picture pictures credit credits editor editors writer author "
                          "reporter reporters byline producer photographer illustration graphic graphics".split())


# Partners' surnames joined by an ampersand, the last after a comma list: "Ernst & Young", "Keats, McFarland & Wilson".
FIRM_BY_AMPERSAND = re.compile(r"(?<![\w&.-])[A-Z][a-z][\w'’-]*(?:, [A-Z][a-z][\w'’-]*){0,3},? & [A-Z][a-z][\w'’-]*(?![\w&-])(?! &)")
# A name then a colon and a date closing a page: "The Japan Times: Nov. 17, 2004".
DATED_STAMP = re.compile(r":\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d)\b")
# The rest of a table row after a team's name: scores or standings figures to the line's end ("4 3 0 1 5 3 9") or a
# score then another team ("4 Houston 2").
TABLE_ROW_TAIL = re.compile(r"[ \t]+\d{1,3}(?:[ \t]+\d{1,3}){2,}[ \t]*(?:\n|$)|[ \t]+\d{1,2}[ \t]+[A-Z][\w.' -]*?[ \t]+\d{1,2}[ \t]*(?:\n|$)")
SCORE_BEFORE = re.compile(r"(?:^|\n)[A-Z][\w.' -]*?[ \t]+\d{1,2}[ \t]+\Z")  # "Chicago 4 " before the second team
THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
GLUED_AMPERSAND = re.compile(r"&[A-Za-z]")  # after a word: "PA&E"
WEB_SUFFIX = re.compile(r"\.(?:com|org|net|gov|edu|co\.uk|co\.[a-z]{2}|com\.[a-z]{2})\b(?!\.\w)", re.IGNORECASE)
# A state's media by their kind, capitalised at a sentence's start: no body's name (the guideline: "state TV" is none).
STATE_MEDIA = frozenset(f"{state} {media}" for state in ("state", "state-run", "state-owned", "state-controlled")
                        for media in ("tv", "television", "media", "radio", "broadcaster", "news agency", "press"))
# Religious and ethnic communities' words: they close no name ("Bashar al Assads Alawite community").
COMMUNITY_WORDS = frozenset("""alawite alawites druze yazidi yazidis ismaili ismailis sunni sunnis shiite shiites shia muslim
    muslims christian christians catholic catholics jewish jews hindu hindus sikh sikhs buddhist buddhists coptic copts
    maronite maronites turkmen kurd kurds kurdish arab arabs assyrian assyrians""".split())
COMPASS_INITIALS = {"N.": "North", "S.": "South", "E.": "East", "W.": "West"}
# Bodies a capital letter names on their own, mid-sentence: "testify before Congress", "the Navy said" (not "the
# Coalition", "the Committee": back-references to a longer name).
NAMED_BODIES = frozenset("congress senate parliament navy".split())
# A nation's bodies that copy about that nation names bare too ("the U.S. Congress" ... "Congress"): see
# Extractor._national_bodies_of_the_copy.
NATIONAL_BODIES = frozenset({"congress", "senate", "house of representatives", "supreme court", "justice department", "department of justice",
                             "state department", "department of state", "defense department", "department of defense", "treasury department",
                             "homeland security department", "department of homeland security", "parliament"})
# Words that never open a place's name, even capitalised in a heading ("In Baghdad", "The Bay Area").
FUNCTION_WORDS = frozenset("""a an the this that these those it its he she they we i you his her their our my your there here in on at
    of for from to by with without after before during since until as also but and or nor so yet if when while where who
    whom whose what which why how according despite although though""".split())
# Last words of newspapers' names that are everyday words too (beside ORG_HEADS' "times", "post", "herald", ...): a
# paper only after its town's name ("the Toronto Star", not "the Lone Star").
NEWSPAPER_HEADS = frozenset("""star globe sun mirror chronicle examiner inquirer enquirer observer courier bulletin dispatch
    sentinel ledger statesman bee register record independent guardian mail""".split())
# Endings of adjectives: a dictionary word so ending before "state" or "area" qualifies it ("a Democratic state").
ADJECTIVE_ENDINGS = ("ic", "al", "ive", "ous", "ful", "ent", "ant", "ian", "ary")
# Words before "Time" that make a clock's zone: "Eastern Standard Time", "British Summer Time".
CLOCK_WORDS = frozenset("standard daylight mean summer".split())
# Short forms of titles before a name, written with a full stop ("Sens. Norm Coleman", "Gov. Mike Johanns").
ABBREVIATED_TITLES = frozenset("sen sens rep reps gov govs gen gens lt col maj capt sgt cpl pvt adm cmdr supt insp det atty".split())
# Known names are at most this many words; longer spans are never tried.
MAX_KNOWN_NAME_WORDS = 10


def _words(tokens: Iterable[Token]) -> str:
    return " ".join(t.text for t in tokens)


CAPITALS_JUNK = frozenset({"gmt", "utc", "est", "edt", "bst", "cet", "am", "pm", "ngo", "ngos", "url", "fm", "tv", "i"}) | frozenset(
    # initials of things, not bodies: computing, money and medicine jargon ("the CPU", "GDP grew", "a DVD"), wars,
    # vehicles, weapons and groups of people ("before the WWII", "through IVF", "an SUV", "LGBT people")
    """cpu gpu dvd dns isp voip wlan lan gdp gnp rss sms mms unix rom ram ddos pdf html http https usb lcd gps atm
    pc pcs cd cds mp3 wifi dna hiv aids sars ceo cfo cto coo ipo vat mph faq sql xml api os mrsa als adhd ptsd hpv copd mers
    iss mep meps msp qc kc tba tbd tbc wwi wwii ww1 ww2 ivf mri icu suv suvs ied ieds vip vips lgbt lgbtq
    cte hdtv hov pov rov rovs gpl emf mmpi aca aumf rfra dmca""".split())  # and laws' initials ("repealing the ACA")


def _is_junk_word(token: Token, leading: bool = False) -> bool:
    word = token.lower.rstrip(".")
    if token.text.isupper() and len(token.text) > 1 and word not in CAPITALS_JUNK:
        return False  # "WHO", "US": an acronym, not the word
    return word in (LEADING_JUNK if leading else JUNK_WORDS) or word in WEEKDAYS or word in MONTHS or word.isdigit()


_LOWER_WORD = re.compile(r"[ \t]+(?P<word>[a-z][a-z'\-]{1,20})\b")


@dataclass(frozen=True, slots=True)
class Extractor:
    gazetteer: Gazetteer
    aliases: AliasTable

    def mentions(self, text: str) -> tuple[Mention, ...]:
        return tuple(resolve_in_article(self.candidates(text), text))

    def candidates(self, text: str) -> list[Candidate]:
        """Every name-like phrase with its guessed type, before names are resolved within the article."""
        findings: list[Candidate] = []
        possessor: Place | None = None
        previous: list[Candidate] = []
        signatures = _signatures(text)
        sports = _sports_report(text)
        punctuated = "'" in text or "’" in text  # FA-KES lost its apostrophes and commas: there places run on into names
        _PUNCTUATED.set(punctuated)
        titles = _quoted_titles(text)
        owner_end = -1  # where a body's possessive ends ("MSU's"): a unit of that body may follow
        possessor_end = -1  # where any name's possessive ends ("Barcelona's", "the Hammers'")
        previous_end = -1
        facilities: set[str] = set()  # the opening words of facilities named in full ("Chicago O'Hare" International Airport)
        run_on: list[tuple[int, int]] = []  # where headlines run into the copy sit (chunks.Chunk.run_on)
        for chunk in find_chunks(_without_nicknames(text)):
            if chunk.run_on:
                run_on.append((chunk.tokens[0].start, chunk.tokens[-1].end))
            found = _abbreviation_of(chunk, previous) if _is_abbreviation(chunk) else self._analyse(chunk)
            if chunk.possessive and chunk.after in EPONYM_NOUNS or chunk.text.casefold().removeprefix("the ") in LEAGUE_NAMES:
                found = []  # "Alzheimer's disease", "Tourette's syndrome": a person's name in an illness's; "Serie A": a league
            if punctuated and found:
                found = self._place_opening_a_name(chunk, found)
                found = self._teams_inside(found)
                found = self._name_ending_in_a_town(chunk, found, sports)
            if sports and found and chunk.before[-1:] == ("at",) and found[-1].kind == "place" and found[-1].tokens[-1] == chunk.tokens[-1] \
                    and len(chunk.tokens) > 1 and chunk.tokens[-1].lower in VENUE_HEADS:
                found = found[:-1]  # "drawing at Stamford Bridge", "won at Villa Park": a ground, a facility by the gold's rule
            if sports and found and (chunk.before[-1:] == ("at",) or possessor_end >= 0 and OWNER_GAP.fullmatch(text, possessor_end, chunk.tokens[0].start)):
                # "a rain-hit match at Eden Park", "Barcelona's Nou Camp", "the Hammers' Upton Park": in a sports report a
                # place no table knows, after "at" or an owner's possessive, is a ground, a facility by the gold's rule
                found = [f for f in found if not (f.kind == "place" and f.place is None and f.strength <= KEYWORD)]
            if sports and len(found) == 1 and len(chunk.tokens) == 1 and found[0].kind == "unknown" and (chunk.after in FIXTURE_MARKS or chunk.before[-1:] and chunk.before[-1] in FIXTURE_MARKS):
                # "Chelsea" opening a fixture's line ("Barcelona v Chelsea"): a town left unread there is read as one
                town = self.gazetteer.find(chunk.tokens[0].text)
                found = [replace(found[0], kind="place", place=town)] if town is not None and town.scope == "city" and _club_in_a_fixture(
                    replace(found[0], kind="place", place=town), chunk) else found
            if sports and len(found) == 1 and len(chunk.tokens) == 1 and _club_in_a_fixture(found[0], chunk):
                found = [replace(found[0], kind="organization", strength=KEYWORD)]  # keeps its place: see _clubs_by_their_city
            if not found and _is_abbreviation(chunk):
                spelled = self._spelled_out_before(text, chunk)
                if spelled is not None:
                    # "309th Aerospace Maintenance and Regeneration Group (AMARG)", "al-Qaeda in the Islamic Maghreb
                    # (AQIM)": the initials spell out the words before them, one body's name across lower-case words;
                    # the pieces found inside it ("al-Qaeda", "Regeneration Group") are that body, not names of their own;
                    # a country in it still counts, like a demonym in a body's name (the gold's rule: "Islamic State of
                    # Iraq and the Levant" names Iraq, not the Levant)
                    findings = [f for f in findings if not (spelled.start <= f.start and f.end <= spelled.end)
                                or f.kind == "place" and f.place is not None and f.place.scope == "country"]
                    found = [spelled, replace(spelled, tokens=chunk.tokens)]
            if owner_end >= 0 and OWNER_GAP.fullmatch(text, owner_end, chunk.tokens[0].start):
                # "MSU's Management Education Center", "Focus: HOPE's Information Technologies Center": a body's unit
                # or building named by everyday words, not a body of its own ("NASA's Goddard Space Flight Center" is)
                found = [f for f in found if not (f.kind == "organization" and f.strength < STRONG and f.tokens[-1].lower in UNIT_HEADS
                                                  and all(self._everyday(t) or _inflected_everyday(t.lower) for t in f.tokens))]
            possessed = possessor_end >= 0 and OWNER_GAP.fullmatch(text, possessor_end, chunk.tokens[0].start) is not None
            owner_end = chunk.tokens[-1].end if chunk.possessive and found and found[-1].kind == "organization" else -1
            possessor_end = chunk.tokens[-1].end if chunk.possessive else -1
            if len(chunk.tokens) == 3 and chunk.tokens[1].text == "&" and text.startswith(", ", chunk.tokens[0].start - 2) and previous_end == chunk.tokens[0].start - 2:
                found = []  # "Sears, Roebuck & Co.": the second partner's name closes the firm's name before it
            previous_end = chunk.tokens[-1].end
            if chunk.credit:
                # "CNN's Ariane de Vogue contributed to this report", "Some information for this report provided by
                # AFP and AP": who wrote it, furniture by the gold's rule; its outlet too (the stamp names the source)
                found = []
            suffix = WEB_SUFFIX.match(text, chunk.tokens[-1].end)
            if suffix:
                # "the story at Billboard.com", "CNET News.com", "SciDev.Net", "Amazon.com": a website is a company or
                # nothing, never a place or a person, and goes by its whole address
                found = [replace(f, name=f.name + suffix.group() if f.tokens[-1] == chunk.tokens[-1] else f.name, kind="organization",
                                 strength=max(f.strength, KEYWORD), place=None) for f in found
                         if f.kind == "organization" or f.kind in ("place", "unknown") and f.tokens[-1] == chunk.tokens[-1]]
            if TABLE_ROW_TAIL.match(text, chunk.tokens[-1].end) and (text.startswith("\n", chunk.tokens[0].start - 1) or chunk.tokens[0].start == 0
                                                                      or SCORE_BEFORE.search(text, 0, chunk.tokens[0].start)):
                # a team in a table of results or standings ("Norwich 4 3 0 1 5 3 9", "Chicago 4 Houston 2"): a club,
                # not its city; a country there is its national side, the place by the gold's rule
                found = [replace(f, kind="organization", strength=KEYWORD, place=None) if f.kind == "place" and f.place is not None
                         and f.place.scope == "city" else f for f in found]
            if DATED_STAMP.match(text, chunk.tokens[-1].end):
                # "The Japan Times: Nov. 17, 2004": the page's stamp under the story, not a mention (a dateline's
                # place still is the story's)
                found = [f for f in found if f.kind == "place"]
            if signatures and any(start <= chunk.tokens[0].start < end for start, end in signatures):
                found = []
            elif _opening_byline(text, chunk):
                found = []
            elif titles and any(start <= chunk.tokens[0].start < end for start, end in titles):
                # inside a work's title in quotes ("A Love Song for Bobby Long", "In Good Company"): a film's or a
                # book's words, not a mention; a name the tables know still is ("Saving Private Ryan" has none)
                found = [f for f in found if f.strength >= STRONG]
            elif chunk.after == ":" and FIELD_VALUE.match(text, chunk.tokens[-1].end):
                found = [f for f in found if f.kind != "person"]
            elif (quoted := _quoted(chunk, text)) or not CHARACTER_CUES.isdisjoint(chunk.before) or chunk.before[-1:] in (("entitled",), ("titled",)):
                # a title in quotes ("Ghost Protocol", "Make Love, Not Spam") or after "entitled" ("a book entitled Comm
                # Check"): a work, a campaign or a slogan; or a
                # part an actor plays ("back in the role of spy Ethan Hunt"): a person by shape alone needs more, and
                # so does a body of everyday words by its head word alone (the film "Good Company", "Hotel Paradiso")
                # a place by its head word alone in quotes is a work's title too ("Jurassic Park.", the drama "White City"),
                # unless a determiner makes the quotes a nickname's ("the "Green Zone"", "the so-called "Old City"")
                found = [f for f in found if f.strength >= STRONG or f.kind != "person" and not (
                    f.kind == "organization" and quoted and all(self._everyday(t) or _inflected_everyday(t.lower) for t in f.tokens)
                    or f.kind == "place" and quoted and f.place is None and chunk.before[-2:-1] not in (("the",), ("so-called",)))]
            if (chunk.after in CREATOR_NOUNS and WORK_BEFORE_CREATOR.match(text, chunk.tokens[-1].end) or chunk.after in BREED_NOUNS
                    or CHARACTER_BEFORE.search(text, max(0, chunk.tokens[0].start - 60), chunk.tokens[0].start)
                    or chunk.before[-1:] and chunk.before[-1] in WORK_NOUNS
                    or PLAYS_BEFORE.search(text, max(0, chunk.tokens[0].start - 40), chunk.tokens[0].start) and SHOW_AFTER.match(text, chunk.tokens[-1].end)):
                # "Peter Pan author JM Barrie", "Harry Potter creator JK Rowling": a work's title, named like a person;
                # "his Jack Russell terrier": a breed; "her turn as boxer Maggie Fitzgerald": a film's character; "the
                # abortion saga Vera Drake": a work's title after its genre's noun; "who plays hard-drinking Don Draper
                # on the hit show": a character
                found = [f for f in found if f.kind != "person" or f.strength >= STRONG]
            if found and chunk.before[-1:] != ("the",) and (noun := _landmark_noun(text, chunk.tokens[-1].end)) in LANDSCAPE_NOUNS:
                # "Khao Lak beach, in Phang Nga Province": without "the" too, a name no given name opens before a
                # landscape's noun names the place ("Tony Blair beach holiday" keeps the person)
                found = [f if f.tokens[0].lower in COMMON_GIVEN_NAMES else self._landmark(f, noun, chunk) or f for f in found]
            elif found and (chunk.before[-1:] == ("the",) or possessed) and (noun := _landmark_noun(text, chunk.tokens[-1].end)):
                # "on the Trois Eveches mountain", "at the Pra Loup ski resort": a name between "the" and a landscape's
                # noun names that mountain or valley, and before a resort's or an airport's names that facility, not a person;
                # after a place's possessive too ("London's Paddington Green police station")
                found = [kept for f in found if (kept := self._landmark(f, noun, chunk)) is not None]
            if chunk.tokens[0].lower.rstrip(".") in SAINTS and (building := SAINTS_BUILDING.match(text, chunk.tokens[-1].end)) and building["head"].casefold() in SAINTS_BUILDINGS:
                # "St James' Park", "St Mary's Hospital": a ground, a church or a hospital named after the saint, not
                # the town of that name
                found = [f for f in found if f.kind != "place"]
            if _glued_ampersand(text, chunk):
                # "PA&E", "AT&T", "S&P": initials joined by an ampersand are one body's or office's, not a state's ("PA")
                found = [f for f in found if f.kind != "place"]
            if text.startswith("$", chunk.tokens[-1].end):
                # "US$300 million", "A$5bn": a currency's sign, no mention of its country
                found = [f for f in found if not (f.kind == "place" and f.tokens[-1] == chunk.tokens[-1])]
            if chunk.before[-1:] == ("of",) and NOBLE_TITLE_BEFORE_OF.search(text, max(0, chunk.tokens[0].start - 60), chunk.tokens[0].start):
                # "Prince Henry of Wales", "the Duchess of Cornwall", "the Earl of Wessex": the place names the title, a
                # person's, not a place of the story (the gold's rule; the same place named elsewhere still is one)
                found = [f for f in found if f.kind != "place"]
            if chunk.possessive and len(chunk.tokens) > 1 and chunk.tokens[-1].lower in NAME_POSSESSIVES and not _is_abbreviation(chunk):
                # "at Seattle Children's for four months", "Boston Children's said": a hospital's short name (its
                # "Hospital" left out), a facility by the gold's rule, not a place nor a person
                found = [f for f in found if f.kind == "organization"]
            if chunk.after in LAW_NOUNS and not chunk.possessive:
                # "Jim Crow laws", "the Monroe doctrine": a law's or a doctrine's name, not a person the story names
                found = [f for f in found if f.kind != "person" or f.tokens[-1] != chunk.tokens[-1] or self.aliases.lookup(f.name) is not None]
            if chunk.before[-1:] == ("the",) and chunk.tokens[-1].lower in NEWSPAPER_ENDS:
                # "first published by the Indy Star": a newspaper's name, not a person's
                found = [replace(f, kind="organization", place=None) if f.kind == "person" and f.strength < STRONG
                         and f.tokens[-1] == chunk.tokens[-1] else f for f in found]
            if (len(chunk.tokens) > 2 or possessed and len(chunk.tokens) > 1) and chunk.tokens[-1].lower in SCREEN_WORDS and chunk.after in SHOW_NOUNS:
                # "NBC's West Wing TV series", "the Walking Dead TV show": a show's title with its medium, no channel (one word
                # before it may be the channel's: "the Starz TV series")
                found = [f for f in found if f.strength >= STRONG or f.tokens[-1] != chunk.tokens[-1]]
            if chunk.after in PUBLICATION_NOUNS and not chunk.headline:
                found = self._publication_before(chunk, found)
            if chunk.after == "-based":
                # "the Britain-based Syrian Observatory", "a UK-based monitoring group": where a body sits, not a
                # place the story is about ("US-led", "Iran-backed" name actors and stay)
                found = [f for f in found if f.kind != "place"]
            found = [self._with_lowercase_tail(f, text) if f.tokens[-1] == chunk.tokens[-1] else f for f in found]
            if punctuated and found and len(chunk.tokens) > 1 and not chunk.headline:
                # "no changes to Paris Charles de Gaulle", "a nurse at Texas Health Presbyterian Hospital Dallas", "Kerry
                # Washington is headed for HBO": a town glued to other capitalised words is a word of that longer name (an
                # airport's, a hospital's, a person's), no place of the story (its own mention elsewhere still is one)
                found = [f for f in found if not _town_inside_a_longer_name(f, chunk, found)]
            if findings and len(found) == 1 and self._region_ending_a_body(findings[-1], found[0], text):
                # "the Organization for Security and Co-operation in Europe": the region ends the body's name (the
                # gold's rule: a place inside a body's name is no place mention; a country's still counts, see above)
                body = findings[-1]
                if text[body.end:found[0].start] == " in ":  # a campus keeps its school's name: "University of Texas"
                    findings[-1] = replace(body, tokens=body.tokens + found[0].tokens, name=f"{body.name} in {found[0].surface(text)}", after=chunk.after)
                found = []
            if len(chunk.tokens) > 2 and chunk.tokens[-1].lower in FACILITY_HEADS:
                stem = [t.text for t in chunk.tokens[:-1] if t.lower not in FACILITY_QUALIFIERS]
                if self.gazetteer.find(" ".join(stem)) is None:
                    facilities.add(" ".join(stem))
            elif chunk.text in facilities:
                # "Chicago O'Hare took the top spot" after "Chicago O'Hare International Airport": the airport, no person (a
                # place's own name stays the place: "Los Angeles" after "Los Angeles International Airport")
                found = []
            previous = found
            findings += [self._owned_by(f, possessor) for f in found[:1]] + found[1:]
            possessor = found[-1].place if found and chunk.possessive and found[-1].place else None
        if "'" not in text and "’" not in text:  # apostrophes stripped: "Assads forces" is a possessive
            findings = [part for f in findings for part in self._owner_run_in(drop_possessive_s(f))]
        else:
            # with its apostrophes a word's "s" is no possessive: "The Times" is no small town called Time (a country's or
            # a big city's name still is one: "Syrias" is a typo at worst)
            findings = [f for f in findings if not (f.kind == "place" and f.place is not None and f.place.scope == "city" and not f.place.listed
                                                     and f.place.population < 1_000_000 and f.surface(text) == f.name + "s")
                        and not self._plural_of_a_short_name(f, text)]
        if titled := {f.name for f in findings if f.kind == "place" and f.tokens[0].lower in _ROLE_WORDS_OR_TITLES}:
            findings = [_titled_place(f, text, titled) for f in findings]
        findings = _street_corners(findings, text)
        findings = self._places_joined_by_and(findings, text)
        findings = self._national_bodies_of_the_copy(findings)
        run_on += _trailing_links(text)
        if run_on:
            findings = _confirmed_outside_runs(findings, run_on)
        findings = _numbered_units(findings, text)
        findings = _firms_representing(findings, text)
        findings = self._towns_before_their_state(findings, text)
        findings = self._campuses(findings, text)
        findings = _towns_named_like_a_person(findings, text)
        if " & " in text:
            findings = self._firms_by_ampersand(findings, text)
        return self._without_brands(_without_stray_acronyms(_spelled_out_acronyms(_bodies_in_full(_clubs_by_their_city(findings)))))

    @staticmethod
    def _landmark(finding: Candidate, noun: str, chunk: Chunk) -> Candidate | None:
        """A person's name by its shape alone, ending the chunk before a landscape's noun, is that place's name; before a
        facility's noun it names the facility, nothing the gold links."""
        if finding.kind != "person" or finding.strength >= STRONG or finding.tokens[-1] != chunk.tokens[-1]:
            return finding
        if noun in LANDSCAPE_NOUNS:
            return replace(finding, kind="place", name=_words(finding.tokens), strength=KEYWORD, place=None)
        return None

    def _firms_by_ampersand(self, findings: list[Candidate], text: str) -> list[Candidate]:
        """Partners' names joined by an ampersand are one firm, not its first partner: "Ernst & Young", "Smith & Wesson",
        "Keats, McFarland & Wilson" (the chunks stop at "&"); not "Sears, Roebuck & Co." (the company's suffix closes
        its name), a place ("Trinidad & Tobago"), given names ("Tom & Jerry"), a body's words ("Department of Fish &
        Wildlife", one chunk) or everyday words ("Food & Wine", "Hit & Run")."""
        out = list(findings)
        for match in FIRM_BY_AMPERSAND.finditer(text):
            words = [w for w in re.split(r", | & ", match.group()) if w]
            first, last = words[0], words[-1]
            if (first.casefold() in common_words() or last.casefold().rstrip(".") in COMPANY_SUFFIXES
                    or all(w.casefold() in COMMON_GIVEN_NAMES for w in words) or self.gazetteer.find(match.group().replace(" & ", " and ")) is not None
                    or any((place := self.gazetteer.find(w)) is not None and place.scope in {"country", "region"} for w in words)
                    or text[max(0, match.start() - 1) : match.start()] in QUOTES):
                continue
            start, end = match.span()
            if any(f.start < start < f.end or f.start < end < f.end or f.kind == "credit" and start <= f.start < end for f in out):
                continue  # a longer name holds it, or a credit
            tokens = tuple(Token(m.group(), start + m.start(), start + m.end()) for m in re.finditer(r"[^\s,]+", match.group()))
            out = [f for f in out if not start <= f.start < end]
            out.append(Candidate(tokens, "organization", match.group(), KEYWORD, None, False, ""))
        return sorted(out, key=lambda f: f.start)

    def _plural_of_a_short_name(self, finding: Candidate, text: str) -> bool:
        """In copy with its apostrophes, "the Americas" is no possessive of "America", a short name of the United
        States: after "the", a word's "s" makes a place only of a place's own name ("the Syrias army" is a typo at worst)."""
        surface = finding.surface(text)
        if (finding.kind != "place" or len(finding.tokens) != 1 or not surface.endswith("s") or self.gazetteer.find(surface) is not None
                or THE_BEFORE.search(text, max(0, finding.start - 5), finding.start) is None):
            return False
        place = self.gazetteer.find(surface[:-1])
        return place is not None and place.name != surface[:-1]

    @staticmethod
    def _region_ending_a_body(body: Candidate, place: Candidate, text: str) -> bool:
        """A body's name still going after its "for" or "of" ("Organization for Security and Co-operation", "Committee
        for Democracy") then "in" and a region or a continent: one name ("... in Europe", "... in Africa"); a school's
        name then "at" and its campus's town, too."""
        if body.kind != "organization" or place.kind != "place" or place.place is None:
            return False
        if text[body.end:place.start] == " at " and place.place.scope == "city" and any(t.lower in SCHOOL_HEADS for t in body.tokens):
            return True  # "the University of Texas at Austin": the campus names the school, not a place of the story
        return (place.place.scope == "region" and text[body.end:place.start] == " in " and any(t.lower in {"for", "of"} for t in body.tokens[1:-1])
                and body.tokens[-1].lower not in ORG_HEADS and body.tokens[-1].text[:1].isupper())

    def _name_ending_in_a_town(self, chunk: Chunk, found: list[Candidate], sports: bool) -> list[Candidate]:
        """In punctuated copy a word no table knows, not an everyday one, then a town's name, alone in a phrase, is a
        person's full name: "Denzel Washington", "Ron Washington", "Whitney Houston" (a run-on of a place and a town
        has a comma between them here); in a sports report it is a club ("Shakhtar Donetsk", "Lokomotiv Moscow")."""
        tokens = chunk.tokens[1:] if chunk.tokens[0].lower == "the" else chunk.tokens
        if len(tokens) != 2 or len(found) != 2 or found[0].kind != "unknown" or found[1].kind != "place" or chunk.headline:
            return found
        given, town = tokens
        place = found[1].place
        if (place is None or place.scope != "city" or found[1].tokens != (town,) or found[0].tokens != (given,)
                or not (given.text[0].isupper() and given.text[1:].islower()) or not self.is_name_word(given) or self._everyday(given)
                or _inflected_everyday(given.lower) or given.lower in dictionary_words() or given.lower in _WHOLE_OPENERS_OR_NOT_NAME_WORDS
                or given.lower.rstrip(".") in _TITLES_OR_ABBREVIATED_TITLES or given.lower in ROLE_WORDS or self._is_place_word(given)
                or self.gazetteer.find(given.text) is not None or self.aliases.lookup(given.text) is not None):
            return found
        return [Candidate((given, town), "organization" if sports else "person", _words((given, town)), SHAPE, None, chunk.headline, chunk.after)]

    def _teams_inside(self, found: list[Candidate]) -> list[Candidate]:
        """A city or a state then a plural nickname inside a longer phrase is a team: "Philadelphia Eagles star Terrell
        Owens" (the role splits the phrase; the town and the nickname came apart)."""
        merged: list[Candidate] = []
        for finding in found:
            previous = merged[-1] if merged else None
            if (previous is not None and previous.kind == "place" and previous.place is not None and previous.place.scope != "country"
                    and finding.kind == "unknown" and len(finding.tokens) == 1 and finding.start == previous.end + 1
                    and _words(previous.tokens) == previous.place.name and self._team_nickname([finding.tokens[0]])):
                merged[-1] = Candidate(previous.tokens + finding.tokens, "organization", f"{previous.name} {finding.name}", KEYWORD, None,
                                       previous.headline, finding.after)
            else:
                merged.append(finding)
        return merged

    def _team_nickname(self, rest: list[Token] | tuple[Token, ...]) -> bool:
        """'Rockets', 'Red Sox', 'Wildcats': a team's nickname after its town, a plural no place's or body's name ends in."""
        nickname = rest[-1].text
        if len(rest) == 2 and rest[0].lower not in NICKNAME_COLOURS:
            return False  # "Red Sox", "Blue Jays"; not "Chicago Purchasing Managers", "Toronto Bond Traders"
        return (len(rest) <= 2 and nickname[0].isupper() and nickname[1:].islower() and not _patronymic(nickname.lower())
                and (nickname.endswith("s") and not nickname.endswith("ss") or nickname.lower() == "sox")
                and not any(t.lower in _NAME_ENDS_OR_EVENT_HEADS_OR_PLACE_HEADS_LIKE_SURNAMES_OR_TEAMLESS_PLURALS or self._is_place_word(t)
                            or self.aliases.lookup(t.text) is not None or t.lower in WELL_KNOWN_ORGS for t in rest))

    def _place_opening_a_name(self, chunk: Chunk, found: list[Candidate]) -> list[Candidate]:
        """In punctuated copy a place then name words no table knows, in one phrase, is one longer name that holds the
        place's word, not the place: "Chad Littlefield" (a person), "Paris Saint-Germain" (a club), "London Heathrow"
        (an airport); copy without commas (FA-KES) runs places into names ("Paris Fabius said"), so it is not read so."""
        first = found[0]
        if chunk.tokens[0].lower == "the" and len(chunk.tokens) > 1:
            chunk = replace(chunk, tokens=chunk.tokens[1:])  # "The Geneva Conventions" opening a sentence
        if first.kind != "place" or first.tokens[0] != chunk.tokens[0] or first.strength < STRONG or len(first.tokens) >= len(chunk.tokens) or chunk.before[-1:] in (("\"",), ("“",)):
            return found  # a nickname in quotes still names its place ("Baghdad Bernie")
        rest = chunk.tokens[len(first.tokens):]
        if first.place is None:
            return found
        if chunk.tokens[-1].lower in TREATY_HEADS and len(rest) <= 3 and _words(first.tokens) == first.place.name:
            return []  # "the Geneva Conventions", "the Paris Climate Agreement": a treaty's name, no place of the story
        if re.sub(r"['’]s?$", "", chunk.after) in FACILITY_HEADS and len(rest) <= 3 and not self.gazetteer.is_demonym(_words(first.tokens)):
            return []  # "the Makka Al Mukarama hotel", "the Kandahar Air Field base": a building's name, no place of the story
        if rest[-1].lower in CLUB_ENDS and len(rest) <= 2 and _words(first.tokens) == first.place.name:
            # "Queens Park Rangers", "Plymouth Argyle United": a club named after its town
            return [Candidate(chunk.tokens, "organization", _words(chunk.tokens), KEYWORD, None, chunk.headline, chunk.after)]
        if self._surname_like_a_town(chunk, found):
            # "Jordan Henderson", "Washington Irving": a place's word then a surname GeoNames lists as a small town, the
            # two alone in one phrase, is a person's full name (two places in a row have a comma between them here)
            return [Candidate(chunk.tokens, "person", _words(chunk.tokens), SHAPE, None, chunk.headline, chunk.after)]
        if len(rest) > 3 or any(f.kind != "unknown" and f.tokens[0] in rest for f in found[1:]):
            return found
        if first.place is not None and first.place.scope != "country" and self._team_nickname(rest):
            # "the Houston Rockets' guard", "Boston Red Sox", "Kentucky Wildcats": a city's or a state's team goes by a
            # plural nickname (see _place_then_words)
            return [Candidate(chunk.tokens, "organization", _words(chunk.tokens), KEYWORD, None, chunk.headline, chunk.after)]
        if first.place is None or first.place.name != first.name or _words(first.tokens) != first.name:
            return found  # a demonym opens a body's name ("British Airways"), and a region's adjective a phrase
        if first.place.scope == "country" and all(_brand_word(t.text) for t in rest):
            # "Indonesia AirAsia", "India PayPal": a firm's national arm, named by its country and its brand (Lycos UK's kind)
            return [Candidate(chunk.tokens, "organization", _words(chunk.tokens), KEYWORD, None, chunk.headline, chunk.after)]
        if chunk.before[-1:] and chunk.before[-1] in ORG_CUES_BEFORE and len(rest) <= 2 and not any(f.strength >= STRONG for f in found[1:]):
            # "French magazine Paris Match", "the website Texas Monthly": the cue names a body, the place opens its name
            return [Candidate(chunk.tokens, "organization", _words(chunk.tokens), CONTEXT, None, chunk.headline, chunk.after)]
        if rest[0].lower.split("-")[0].rstrip(".") in SAINTS:
            # "Paris Saint-Germain", "Paris St Germain": a body named after a town and its saint's quarter, a club
            return [Candidate(chunk.tokens, "organization", _words(chunk.tokens), KEYWORD, None, chunk.headline, chunk.after)]
        words = [t for t in rest if t.lower not in NAME_PARTICLES]
        if not words or not all(self.is_name_word(t) and t.text[0].isupper() and not self._everyday(t) and not _inflected_everyday(t.lower)
                                and t.lower not in NAME_ENDS and t.lower not in dictionary_words() and not self._known_span([t]) and t.lower.rstrip(".") not in _TITLES_OR_ABBREVIATED_TITLES
                                and t.lower not in ROLE_WORDS for t in words):
            return found
        whole = self._by_shape(chunk.tokens, chunk, False)
        return [whole] if whole is not None and whole.kind in ("person", "organization") else []

    def _surname_like_a_town(self, chunk: Chunk, found: list[Candidate]) -> bool:
        if len(chunk.tokens) != 2 or len(found) != 2 or chunk.headline or found[1].tokens != chunk.tokens[1:]:
            return False
        surname = chunk.tokens[1]
        town = self.gazetteer.find(surname.text)
        # a big city's name too after a common given name or a small town's ("Jack London", "Irving Berlin": two towns side by
        # side in one phrase of punctuated copy would have a comma between them)
        given = found[0].place
        small = (town is not None and not town.listed and town.population < 500_000 or chunk.tokens[0].lower in COMMON_GIVEN_NAMES
                 or given is not None and given.scope == "city" and not given.listed and given.population < 500_000
                 and chunk.tokens[0].lower not in common_words())  # not an everyday adjective: "Roman London"
        return (found[1].kind in ("place", "unknown") and town is not None and town.scope == "city" and small
                and surname.text[1:].islower() and not self._everyday(surname) and not _inflected_everyday(surname.lower)
                and surname.lower not in _NAME_ENDS_OR_EVENT_HEADS and chunk.after not in _FACILITY_HEADS_OR_PLACE_HEADS_OR_EVENT_HEADS)

    def _towns_before_their_state(self, findings: list[Candidate], text: str) -> list[Candidate]:
        """A town the gazetteer knows, left unread (opening a sentence, named like a person), then a comma and its state
        or country: "Memphis, Tennessee, home to FedEx", "Anchorage, Alaska;" (not a person's "Sean Burke, Wisconsin")."""
        out = list(findings)
        for index, (town, state) in enumerate(zip(findings, findings[1:])):
            if (town.kind == "unknown" and len(town.tokens) == 1 and state.kind == "place" and state.place is not None
                    and state.place.scope in ("country", "region") and text[town.end:state.start] == ", "):
                place = self.gazetteer.find(town.name)
                if place is not None and place.scope == "city" and (not place.country or place.country == state.place.country or state.place.scope == "country"):
                    out[index] = replace(town, kind="place", name=place.name if place.listed else town.name, strength=CONTEXT, place=place)
        return out

    def _campuses(self, findings: list[Candidate], text: str) -> list[Candidate]:
        """A state's university, a comma and a town: one campus's name ("University of California, Santa Cruz",
        "University of Arkansas, Fayetteville"), the town no place of the story (like a city inside a body's name); not a
        university named after a town, then its country ("University of Valladolid, Spain")."""
        out: list[Candidate] = []
        for finding in findings:
            body = out[-1] if out else None
            if (body is not None and body.kind == "organization" and finding.kind == "place" and finding.place is not None
                    and finding.place.scope == "city" and text[body.end:finding.start] == ", " and len(body.tokens) >= 3
                    and body.tokens[0].lower == "university" and body.tokens[1].lower == "of"
                    and (state := self.gazetteer.find(_words(body.tokens[2:]))) is not None and state.scope == "region"):
                out[-1] = replace(body, tokens=body.tokens + finding.tokens, name=f"{body.name}, {finding.surface(text)}")
            else:
                out.append(finding)
        return out

    def _places_joined_by_and(self, findings: list[Candidate], text: str) -> list[Candidate]:
        """One place whose name holds "and" ("Turks and Caicos", "Trinidad and Tobago", "Bosnia and Herzegovina"): the
        chunks stop at "and", the gazetteer knows the whole ("Turks" alone would be Turkey's people)."""
        if " and " not in text:
            return findings
        merged: list[Candidate] = []
        index = 0
        while index < len(findings):
            first = findings[index]
            second = findings[index + 1] if index + 1 < len(findings) else None
            if second is not None and text[first.end : second.start] == " and " and len(first.tokens) + len(second.tokens) <= 4:
                whole = f"{first.surface(text)} and {second.surface(text)}"
                place = self.gazetteer.find(whole)
                if place is not None and place.scope in {"country", "region"}:
                    merged.append(Candidate((*first.tokens, *second.tokens), "place", place.name, STRONG, place, first.headline, second.after))
                    index += 2
                    continue
            merged.append(first)
            index += 1
        return merged

    def _national_bodies_of_the_copy(self, findings: list[Candidate]) -> list[Candidate]:
        """"the U.S. Congress", "the U.S. Justice Department" in copy about the United States are the Congress and the
        Justice Department it names bare elsewhere (one entity, not two), and name the country. The copy's country is the
        one its places belong to most often; a body of another country keeps its country in its name."""
        countries = Counter(f.place.country for f in findings if f.kind == "place" and f.place is not None and f.place.country)
        ranked = countries.most_common(2)
        if not ranked or len(ranked) == 2 and ranked[1][1] == ranked[0][1]:
            return findings
        home = ranked[0][0]
        out: list[Candidate] = []
        for f in findings:
            split = next((k for k in (1, 2) if f.kind == "organization" and len(f.tokens) > k and _words(f.tokens[k:]).casefold() in NATIONAL_BODIES
                          and self._home_country(f.tokens[:k], home)), 0)
            if not split:
                out.append(f)
                continue
            country = self.gazetteer.find(_words(f.tokens[:split]))
            out += [Candidate(f.tokens[:split], "place", country.name if country else "", STRONG, country, f.headline),
                    Candidate(f.tokens[split:], "organization", _words(f.tokens[split:]), f.strength, None, f.headline, f.after)]
        return out

    def _home_country(self, tokens: tuple[Token, ...], home: str) -> bool:
        place = self.gazetteer.find(_words(tokens))
        return place is not None and place.scope == "country" and place.country == home and not self.gazetteer.is_demonym(_words(tokens))

    def _spelled_out_before(self, text: str, chunk: Chunk) -> Candidate | None:
        """The body whose name the bracketed initials spell out just before them, across the lower-case words a chunk
        stops at ("and", "in the"): the longest run of words ending at the bracket whose initials are the acronym, with
        or without its small words; a body the tables know, or one whose name ends in a body's head word."""
        acronym = chunk.tokens[0].text
        bracket = chunk.tokens[0].start - 1
        words = [Token(m.group(), m.start(), m.end()) for m in SPELLED_WORD.finditer(text, max(0, bracket - 200), bracket)]
        if not words or words[-1].end != bracket - 1 and text[words[-1].end : bracket].strip():
            return None
        best: list[Token] | None = None
        for size in range(2, min(len(words), 12) + 1):
            span = words[-size:]
            if any(text[a.end : b.start] != " " for a, b in zip(span, span[1:])):
                break  # punctuation or a line break between words: the name cannot reach further back
            first = span[0]
            if first.lower in SPELLED_SMALL_WORDS or not (first.text[0].isupper() or PARTICLE_NAME.match(first.text)):
                if not all(w.text[0].isupper() or w.lower in SPELLED_SMALL_WORDS or PARTICLE_NAME.match(w.text) for w in span):
                    break
                continue
            parts = [p for w in span for p in w.text.split("-") if p]
            initials = {"".join(p[0] for p in parts).upper(), "".join(p[0] for p in parts if p.casefold() not in SPELLED_SMALL_WORDS).upper()}
            if acronym in initials:
                best = span
        if best is None:
            return None
        if len(words) > len(best) and ORDINAL.fullmatch(words[-len(best) - 1].text) and text[words[-len(best) - 1].end : best[0].start] == " ":
            best = [words[-len(best) - 1], *best]  # "309th Aerospace ... Group": a unit's number is its name's first word
        tokens = tuple(best)
        name = _words(tokens)
        known = self._known(name, tokens, chunk)
        if known is not None and known.kind == "organization":
            return replace(known, after="")
        if known is None and tokens[-1].lower in ORG_HEADS:
            return Candidate(tokens, "organization", name, KEYWORD, None, chunk.headline)
        return None

    def _with_lowercase_tail(self, finding: Candidate, text: str) -> Candidate:
        """A place whose name goes on in lower case ("Deir ezzor" in copy that lost its capitals): the longer
        name when the gazetteer knows it, so the place is not cut to its first word ("Deir")."""
        if finding.kind not in ("place", "person") or finding.kind == "person" and finding.strength >= STRONG:
            return finding
        tail = _LOWER_WORD.match(text, finding.end)
        if tail is None:
            return finding
        place = self.gazetteer.find(f"{finding.name} {tail['word']}")
        if place is None or lookup_key(place.name) == lookup_key(finding.name):
            return finding
        word = Token(tail["word"], tail.start("word"), tail.end("word"))
        return replace(finding, tokens=(*finding.tokens, word), kind="place", name=place.name, place=place,
                       strength=max(finding.strength, KEYWORD))

    def _without_brands(self, findings: list[Candidate]) -> list[Candidate]:
        """A "person" by shape that opens with a company's name is its product or a unit: "Microsoft Outlook",
        "Mozilla Firefox", "Sears Craftsman", "Boeing Delta" (the company is one the article or a table names)."""
        companies = {f.name for f in findings if f.kind == "organization" and " " not in f.name}
        brands = {f.name for f in findings if f.kind == "person" and f.strength <= SHAPE and len(f.tokens) > 1 and self._is_company(f.tokens[0].text, companies)}
        # A place no table knows, placed by its "in" or "at" only, that is a company or opens with one is a unit or a
        # product: "based at Microsoft Research" (beside "Microsoft Corporation"), "integrated into Microsoft SMS"
        companies |= {f.name.split()[0] for f in findings if f.kind == "organization" and f.tokens[-1].lower in {"corporation", "company"}}
        brands |= {f.name for f in findings if f.kind == "place" and f.place is None and f.strength <= CONTEXT and self._is_company(f.tokens[0].text, companies)}
        if not brands:
            return findings
        last_words = {name.split()[-1] for name in brands}  # "... Boeing Launch Systems ... Systems"
        return [f for f in findings if not (f.kind in ("person", "place") and (f.name in brands or f.name in last_words) and f.strength < STRONG)]

    def _is_company(self, word: str, companies: set[str]) -> bool:
        return word in companies or self.aliases.kind_of(word) == "organization" or word.casefold() in WELL_KNOWN_ORGS

    def _analyse(self, chunk: Chunk) -> list[Candidate]:
        plain = chunk.text.casefold().removeprefix("the ")
        if plain in FURNITURE or plain in STATE_MEDIA:
            return []
        if plain in SOCIAL_NETWORKS:
            return [] if _widget(chunk) else [Candidate(chunk.tokens, "organization", chunk.text, STRONG, None, chunk.headline)]
        if _is_credit(chunk) and not self._town_by_a_slash(chunk) or self._is_byline(chunk):
            return [Candidate(chunk.tokens, "credit", chunk.text, 0)]
        stamp = self._byline_then_dateline(chunk)
        if stamp:
            # "By Steve Holland WASHINGTON, Nov 15 (Reuters)": the reporter is furniture, the dateline's town the story's
            town = self._classify(chunk.tokens[stamp:], chunk, False)
            return [Candidate(chunk.tokens[:stamp], "credit", _words(chunk.tokens[:stamp]), 0), *([town] if town else [])]
        subject = chunk.tokens[0].lower if len(chunk.tokens) == 2 else chunk.before[-1] if chunk.before and len(chunk.tokens) == 1 else ""
        if chunk.tokens[-1].text in SHOUTED_VERBS and subject in SUBJECT_WORDS:
            return []  # "It IS basic", "that IS the point": a verb in capitals for stress, not the Islamic State
        if len(chunk.tokens) == 1 and chunk.after == "." and chunk.tokens[0].lower in ABBREVIATED_TITLES:
            return []  # "Sens. Norm Coleman", "Reps. Tom Lantos": a title's short form, not Sens (France) or anyone
        if EX_PREFIX.match(chunk.tokens[0].text) and len(chunk.tokens[0].text) > 5:
            # "Ex-Manchester United midfielder Paul Scholes": a former club, party or country, named without the prefix
            first = chunk.tokens[0]
            chunk = replace(chunk, tokens=(Token(first.text[3:], first.start + 3, first.end), *chunk.tokens[1:]))
        whole = chunk.tokens[1:] if chunk.tokens[0].lower == "the" else chunk.tokens
        # (a role's word may end a body's own name: "The Hollywood Reporter", "Daily Monitor")
        alias = self.aliases.lookup(_words(whole)) if len(whole) > 1 and not any(t.lower in ROLE_WORDS for t in whole[1:-1]) else None
        if alias is not None and whole[0].lower in ROLE_WORDS and alias[1] != "organization":
            alias = None  # ... but a firm's name may open with one: "General Electric", "General Motors"
        if alias is not None:
            # a name the alias table knows whole is that one body, whatever its words ("BBC One": not "One" cut off);
            # not when a role is in it: "the United Nations High Commissioner for Refugees recommended" is the office's holder
            body = Candidate(whole, alias[1], alias[0], STRONG, self.gazetteer.find(alias[0]), chunk.headline, chunk.after)
            return [body, *self._countries_inside(body)]
        initials = next((i for i, t in enumerate(whole) if len(t.text) > 2 and "&" in t.text and t.lower not in COMMON_AMPERSAND_INITIALS), None)
        if initials is not None:
            return self._named_by_ampersand_initials(list(whole), initials, chunk)
        tokens = list(chunk.tokens)
        flight = next((i for i, t in enumerate(tokens) if i > 0 and t.lower == "flight" and FLIGHT_NUMBER.fullmatch(
            tokens[i + 1].lower if i + 1 < len(tokens) else chunk.after)), None)
        if flight is not None:
            # "Germanwings Flight 9525", "AirAsia Flight QZ8501": the airline that flies it, not a place or a person
            known = self._classify(tuple(tokens[:flight]), chunk, False)
            airline = known if known is not None and known.strength >= STRONG and known.kind == "organization" else Candidate(
                tuple(tokens[:flight]), "organization", _words(tokens[:flight]), KEYWORD, None, chunk.headline)
            return [airline, *self._countries_inside(airline)]
        title = tokens[0]
        # not an award's category: "the best director Oscar", "the best actress Emmy"
        # and not a rank's word written in lower case, an adjective then: "the focus of major Oscar speculation"
        role_cue = (bool(chunk.before) and chunk.before[-1] in ROLE_NOUNS and chunk.before[-1] not in LOWERCASE_ADJECTIVE_RANKS
                    and not (len(chunk.before) >= 2 and chunk.before[-2] in AWARD_CATEGORY_WORDS))
        cut: Token | None = None
        if len(tokens) > 1 and tokens[-1].lower == "time" and tokens[-2].lower in CLOCK_WORDS:
            return []  # "Eastern Standard Time", "Greenwich Mean Time": a clock, no body nor place
        if (len(tokens) > 1 and tokens[0].lower in _ROLE_WORDS_OR_TITLES and chunk.before[-1:] == ("of",) and chunk.before[-2:-1]
                and chunk.before[-2] in PLACE_NOUNS_BEFORE_OF and self.gazetteer.find(chunk.text) is None
                and all(self.is_name_word(t) or t.lower in NAME_PARTICLES for t in tokens[1:])):
            # "the village of Sheikh Mustafa", "the town of Sheikh Maskin": after a place's noun and "of" a title opens the
            # village's name, not a person's
            return [Candidate(chunk.tokens, "place", chunk.text, CONTEXT, None, chunk.headline, chunk.after)]
        if len(tokens) == 2 and tokens[0].lower in CHARACTER_TITLES and self._is_country(tokens[1]):
            return []  # "Captain America", "Miss Venezuela": a character's or a beauty queen's title, not the country
        based = 1 if tokens[0].lower == "the" else 0
        if len(tokens) > based + 2 and tokens[based + 1].lower == "based" and self.gazetteer.find(tokens[based].text) is not None:
            del tokens[:based + 2]  # "the London Based Syrian Observatory" (hyphen lost): where the body sits describes it
        if tokens[0].lower in LEADING_JUNK and self._known_place_opening_with(tokens, chunk):
            place = self._classify(tuple(tokens), chunk, False)
            if place is not None and place.kind == "place":
                return [place]
        while tokens and (_is_junk_word(tokens[0], leading=len(tokens) > 1) and not self._given_name_like_a_month(tokens)

                          or tokens[0].lower in ROLE_WORDS and len(tokens) > 1 and not self._is_org(tokens)):
            if tokens[0].lower in {"photo", "photos"}:
                return []
            if tokens[0].lower in {"of", "for"} and title.lower in ROLE_WORDS and len(tokens) > 3 and _inflected_everyday(tokens[1].lower):
                del tokens[:2]  # "Secretary for Acquisitions Marvin Sambur": a portfolio, nobody's name
                continue
            role_cue = role_cue or tokens[0].lower in ROLE_WORDS or tokens[0].lower.rstrip(".") in TITLES
            if tokens[0].lower in {"of", "for"} and title.lower in ROLE_WORDS and len(tokens) == 2:
                if tokens[0].lower == "of" and title.text[0].isupper() and title.lower not in TITLE_WORDS_BEFORE_A_BODY and self.gazetteer.find(tokens[1].text) is not None:
                    # "the President of Liberia, Ellen Johnson Sirleaf", "Lord Mayor of London": a title's domain, not a
                    # place the story is about (the gold's rule); the place named elsewhere still counts
                    return []
                role_cue = False  # "Archbishop of Canterbury", "Mayor of London": the role's see or domain, not a person
            elif tokens[0].lower == "of" and title.lower in ROLE_WORDS and len(tokens) > 3 and self._town_of_a_title(tokens[1], tokens[2:]):
                del tokens[:2]  # "Archbishop of Canterbury Justin Welby": the see is the title's, the name follows
                continue
            title = tokens.pop(0)
        while tokens and (tokens[-1].lower in {"of", "for", "the"} or _is_junk_word(tokens[-1], leading=True) and len(tokens) > 1
                          and not _broadcaster_number(tokens) and not self._surname_like_a_month(tokens, chunk)
                          or tokens[-1].lower.rstrip(".") in _GENERATION_SUFFIXES_OR_POST_NOMINALS and len(tokens) > 2
                          or tokens[-1].text == "Ph" and len(tokens) > 1
                          or tokens[-1].lower in COMMUNITY_WORDS and len(tokens) > 1
                          # "Galveston Det. Rick McCullor": a rank's short form closing a phrase opens the next name
                          or tokens[-1].lower in ABBREVIATED_TITLES and len(tokens) > 1 and tokens[-1] == chunk.tokens[-1] and chunk.after == "."):
            # "Al Unser Jr": the same person as Al Unser, and a later "Unser" finds him; "Bashar al Assads Alawite
            # community": a community's name run on after a person's (the word after a possessive, see drop_possessive_s)
            cut = tokens.pop()
        network: Token | None = None
        if len(tokens) > 1 and tokens[-1].lower in SOCIAL_NETWORKS and tokens[-1] == chunk.tokens[-1] and chunk.after in NETWORK_PAGE_NOUNS:
            network = tokens.pop()  # "the Chris Kyle Facebook page", "his Donald Trump Twitter account": an owner, then the network
        found: list[Candidate] = []
        for number, part in enumerate(_split_run_ons(tokens)):
            found += self._split_at_roles(part, chunk, role_cue and number == 0)
        if len(chunk.before) >= 2 and chunk.before[-1] == "of" and chunk.before[-2] in PLACES_LISTED_AFTER_OF:
            found = _places_of_a_list(found)
        if found and cut is not None and found[-1].tokens[-1] == tokens[-1]:
            found[-1] = replace(found[-1], after=cut.lower)
        if found and tokens and found[0].tokens[0] == tokens[0] and tokens[0] != chunk.tokens[0]:
            found[0] = _with_royal_title(found[0], title)
        if network is not None:
            found.append(Candidate((network,), "organization", network.text, STRONG, None, chunk.headline, chunk.after))
        return found

    def _named_by_ampersand_initials(self, tokens: list[Token], initials: int, chunk: Chunk) -> list[Candidate]:
        """Initials joined by "&" name a firm or a college with every word before them and the words after them up to a
        role: "Texas A&M University", "M&C Saatchi Sport", "AT&T"; not the state (a place inside a body's name is no
        mention: the gold's rule), nor "Texas" + a professor ("Texas A&M Professor Joan Wolf")."""
        start = max((k + 1 for k in range(initials) if tokens[k].lower in ROLE_WORDS or not tokens[k].text.isalpha()
                     or not tokens[k].text[0].isupper() or _is_junk_word(tokens[k], leading=True)), default=0)
        end = initials + 1
        while end < len(tokens) and tokens[end].lower not in ROLE_WORDS and tokens[end].lower.rstrip(".") not in TITLES:
            end += 1
        body = Candidate(tuple(tokens[start:end]), "organization", _words(tokens[start:end]), KEYWORD, None, chunk.headline)
        rest = tokens[end:]
        while rest and (rest[0].lower in ROLE_WORDS or rest[0].lower.rstrip(".") in TITLES):
            rest.pop(0)
        return [body, *(self._split_at_roles(rest, chunk, True) if rest else [])]

    def _publication_before(self, chunk: Chunk, found: list[Candidate]) -> list[Candidate]:
        """A name right before "magazine" or "newspaper" is the publication's, an organisation even if made of everyday
        words ("Time magazine", "Money magazine", "the Sun Herald newspaper") or a small town's ("Panorama magazine");
        not a country's or a big city's paper ("German newspaper", "a Boston newspaper"), nor an opening word ("Local
        newspapers said")."""
        words = [t for t in chunk.tokens if t.lower != "the"]
        if not words or any(f.kind == "organization" for f in found) or chunk.sentence_initial and len(words) == 1 and self._everyday(words[0]):
            return found
        if any(f.kind == "place" and (f.place is None or f.place.scope != "city" or f.place.listed or f.place.population >= 100_000) for f in found):
            return found
        if words[0].lower in FUNCTION_WORDS or any(self.gazetteer.is_demonym(t.text) or self._is_country(t) for t in words) \
                or chunk.before[-1:] and "-" in chunk.before[-1]:  # "a pro-North Korea newspaper": a name cut at its hyphen
            return found
        return [Candidate(tuple(words), "organization", _words(words), CONTEXT, None, chunk.headline)]

    def _countries_inside(self, body: Candidate) -> list[Candidate]:
        """A country named inside a known body's name still counts, like a demonym (the gold's rule): "USA Today", "Russian
        Defense Ministry" name the United States and Russia."""
        if body.kind != "organization":
            return []
        found = []
        for token in body.tokens:
            place = self.gazetteer.find(token.text)
            if place is not None and place.scope == "country" and (token.text.isupper() or self.gazetteer.is_demonym(token.text) or token.text == place.name):
                found.append(Candidate((token,), "place", place.name, STRONG, place, body.headline))
        return found

    def _known_place_opening_with(self, tokens: list[Token], chunk: Chunk) -> bool:
        """An everyday word opening a place's own name mid-sentence ("in Half Moon Bay", "near Big Bear Lake"): not cut
        off like a function word ("the", "of"), a title ("Mr Lane") or a sentence's first word ("Several Syrian towns")."""
        first = tokens[0].lower.rstrip(".")
        if (len(tokens) < 2 or first in FUNCTION_WORDS or first in TITLES or first in ROLE_WORDS or not tokens[0].text[:1].isupper()
                or tokens[0] == chunk.tokens[0] and chunk.sentence_initial):
            return False
        return tokens[-1].lower in PLACE_HEADS and tokens[-1] == chunk.tokens[-1] or self.gazetteer.find(_words(tokens)) is not None

    def _town_of_a_title(self, town: Token, rest: list[Token]) -> bool:
        """A town (no country) after a title's "of", then a full name, maybe after a courtesy title: "Archbishop of
        Canterbury Justin Welby", "the Archbishop of Canterbury Dr Rowan Williams"."""
        if len(rest) > 2 and rest[0].lower.rstrip(".") in TITLES:
            rest = rest[1:]
        place = self.gazetteer.find(town.text)
        return (place is not None and place.scope == "city" and 2 <= len(rest) <= 3 and all(self.is_name_word(t) for t in rest)
                and not self._known_span(rest[:1]) and not self._everyday(rest[0]))

    def _regnal_name(self, tokens: tuple[Token, ...], chunk: Chunk) -> bool:
        """'William IV', 'Abdullah II', 'John Paul II': a monarch's or a pope's name and his number in Roman numerals (not
        "World War II", "Phase II", "Vatican II": an everyday word or a known name before the number)."""
        if len(tokens) < 2 or tokens[-1].text in {"", "I"} or not REGNAL_NUMBER.fullmatch(tokens[-1].text):
            return False
        name = tokens[:-1]
        if len(name) == 1 and not _given_name(name[0].text) and not (chunk.tokens[0].lower in ROYAL_TITLES or chunk.before[-1:] and chunk.before[-1] in ROYAL_TITLES):
            return False  # one word and a number is a monarch's with a title or a given name ("King Abdullah II", "Richard III"), else a
            # rocket's, a film's or a dam's ("Titan IV", "Mulan II", "Gibe III")
        return all(self.is_name_word(t) and (not self._everyday(t) or _given_name(t.text)) for t in name) and not self._known_span(list(name))

    def _surname_like_a_month(self, tokens: tuple[Token, ...] | list[Token], chunk: Chunk) -> bool:
        """'Theresa May', 'Karl May', 'James May': a given name then a month's full name (not "Jan", "Dec"), no date
        after it, is a person whose surname is the month's word ("In May", "Justice May", "London May 5" open with no given name or end in a date)."""
        if len(tokens) != 2 or tokens[-1] != chunk.tokens[-1] or tokens[1].lower not in MONTHS or not tokens[1].text.istitle() or len(tokens[1].text) < 4 and tokens[1].lower != "may":
            return False
        first = tokens[0]
        return (not chunk.after[:1].isdigit() and (_given_name(first.text) or self.is_name_word(first) and not self._everyday(first)
                                                   and not self._known_span([first]) and first.lower not in _ROLE_WORDS_OR_TITLES))

    def _given_name_like_a_month(self, tokens: list[Token]) -> bool:
        """'Jan Egeland', 'Jan Brewer': a month's short form then a surname no table knows is a given name ('Jan 5',
        'Jan. 16' are dates; 'Jan Syria' opens with the month)."""
        if len(tokens) < 2 or tokens[0].text not in GIVEN_NAMES_LIKE_MONTHS:
            return False
        surname = tokens[1]
        return (self.is_name_word(surname) and not self._everyday(surname) and not self._is_place_word(surname)
                and self.aliases.lookup(surname.text) is None and surname.lower not in _MONTHS_OR_WEEKDAYS)

    def _is_byline(self, chunk: Chunk) -> bool:
        """'By David DeBatto Dec. 8, 2004 | On June 15...': a byline glued to the story's first sentence
        (not 'By Tuesday Syrian forces...': what follows 'By' must be a person's name and nothing else)."""
        if chunk.tokens[0].text != "By" or not chunk.sentence_initial:
            return False
        words = list(chunk.tokens[1:])
        while words and (words[-1].lower.rstrip(".") in MONTHS or words[-1].lower in WEEKDAYS):
            words.pop()
        return 2 <= len(words) <= 3 and all(self.is_name_word(t) and not self._is_place_word(t) for t in words)

    def _town_by_a_slash(self, chunk: Chunk) -> bool:
        """'Dallas/Fort Worth', 'the Chicago/Atlanta rivalry': towns joined by a slash, no photo credit ("Reuters/Kevin
        Lamarque"); a credit's slash has no town of some size on its side."""
        if chunk.after != "/" and chunk.before[-1:] != ("/",):
            return False
        place = self.gazetteer.find(chunk.text)
        return place is not None and (place.scope != "city" or place.listed or place.population >= 100_000)

    def _byline_then_dateline(self, chunk: Chunk) -> int:
        """Where a byline glued to its dateline in capitals ends ("By Steve Holland WASHINGTON"): its given name then
        a surname, which may be a place's name too (Holland, Jordan, London); 0 when the chunk is no such thing."""
        tokens = chunk.tokens
        if tokens[0].text != "By" or not (chunk.sentence_initial or chunk.before[-1:] == (")",)) or len(tokens) < 4:
            return 0  # "(Adds details, background) By Steve Holland WASHINGTON": a wire story's revision note before it
        end = len(tokens)
        while end > 3 and tokens[end - 1].text.isupper() and len(tokens[end - 1].text) > 2:
            end -= 1
        if end == len(tokens) or not 3 <= end <= 4 or self.gazetteer.find(_words(tokens[end:])) is None:
            return 0
        given = tokens[1].text
        known_given = given.casefold() in COMMON_GIVEN_NAMES or given.casefold() in given_name_forms()
        return end if known_given and all(self.is_name_word(t) for t in tokens[2:end]) else 0

    def _owner_run_in(self, finding: Candidate) -> list[Candidate]:
        """A body named after its owner's possessive in copy that lost its apostrophes ("Russias Defence Ministry",
        "Turkeys Anadolu Agency", "Hezbollahs al-Manar TV"): the owner (a country, a city, a listed body) and the body,
        as the apostrophe would have split them, the generic body taking its country's name (Russian Defence Ministry)."""
        first = finding.tokens[0].text
        if finding.kind != "organization" or len(finding.tokens) < 3 or not first.endswith("s") or first.endswith("ss"):
            return [finding]  # "Americas Watch": two words, a name of its own
        if finding.tokens[1].text in LEADING_JUNK or self.aliases.lookup(finding.name) is not None:
            return [finding]  # "Times of Israel": a possessive is followed by its thing's name, not by "of"; a name the tables know
        owner_name = first[:-1]
        place = self.gazetteer.find(owner_name)
        if place is not None and place.scope in ("country", "city") and lookup_key(place.name) == lookup_key(owner_name):
            owner = Candidate(finding.tokens[:1], "place", place.name, finding.strength, place, finding.headline, finding.tokens[1].text)
        elif self.aliases.kind_of(owner_name) == "organization":
            owner = Candidate(finding.tokens[:1], "organization", owner_name, finding.strength, None, finding.headline, finding.tokens[1].text)
        else:
            return [finding]
        rest = finding.tokens[1:]
        body = Candidate(rest, "organization", " ".join(t.text for t in rest), finding.strength, None, finding.headline, finding.after)
        return [owner, self._owned_by(body, place)]

    def _owned_by(self, finding: Candidate, possessor: Place | None) -> Candidate:
        """"Russia's Foreign Ministry" -> Russian Foreign Ministry: a generic body takes its country's name."""
        if possessor is None or finding.kind != "organization" or finding.tokens[-1].lower not in ORG_HEADS:
            return finding
        if not all(t.lower in GENERIC_ORG_WORDS for t in finding.tokens):
            return finding
        adjective = self.gazetteer.adjective(possessor)
        if not adjective:
            return finding
        return Candidate(finding.tokens, finding.kind, f"{adjective} {finding.name}", finding.strength, None, finding.headline, finding.after)

    def _is_org(self, tokens: list[Token]) -> bool:
        return tokens[-1].lower in ORG_HEADS or self.aliases.kind_of(_words(tokens)) == "organization"

    def _split_at_roles(self, tokens: list[Token], chunk: Chunk, role_cue: bool) -> list[Candidate]:
        """'UN Special Envoy for Syria Staffan de Mistura' -> UN | Syria | Staffan de Mistura."""
        # "Martin Luther King Jr.", "Martin Luther King III": a generation's mark makes the title word before it a surname
        roles = [i for i, t in enumerate(tokens) if t.lower in ROLE_WORDS and not (i > 0 and self._before_generation_mark(t, chunk))]
        if roles and roles[-1] == len(tokens) - 1 and self._surname_like_a_role(tokens[roles[-2] + 1 if len(roles) > 1 else 0 : -1]):
            roles.pop()  # "Billie Jean King", "Stephen King", "Prime Minister John Major": a role's word closing a given name is a surname
        # "Department of Defense", "Ministry of Interior": a domain after a body's "of" is its name, not a role
        body_of = next((i for i, (t, n) in enumerate(zip(tokens, tokens[1:])) if t.lower in ORG_HEADS and n.lower in BODY_CONNECTORS), None)
        if body_of is not None:
            # ... but a role after the body's whole name opens its holder's: "Franklin County Board of Elections Chair Bill
            # Anthony", "Department of Defense Secretary Ash Carter" (not "Office of the Director of National Intelligence")
            roles = [i for i in roles if i < body_of or i > body_of + 2 and i + 1 < len(tokens) and tokens[i + 1].lower not in _BODY_CONNECTORS_OR_THE_OR_AND
                     and tokens[i - 1].lower not in RANK_ADJECTIVES]  # "Office of Supreme Leader Ayatollah Khamenei" is one office
        if not roles or tokens[-1].lower in ORG_HEADS:
            return self._split_at_org_heads(tokens, chunk, role_cue)
        first, last = roles[0], roles[-1]
        tail = tokens[last + 1 :]
        found: list[Candidate] = []
        if tail and tail[0].lower in {"of", "for"}:
            skip = 2 if len(tail) > 1 and tail[1].lower != "the" else 3
            # a portfolio ("Chief of Staff", "Secretary for Acquisitions"), or a known place or body ("Envoy for
            # Syria"), never a person
            found += [f for f in self._split_at_org_heads(tail[1:skip], chunk, False) if f.kind != "person"]
            tail = tail[skip:]
        if first > 0:
            portfolio = self._split_at_org_heads(tokens[:first], chunk, False)
            if tokens[first].lower in PORTFOLIO_ROLES:
                # "Israeli Communications Minister", "London Bureau Chief": a portfolio or a desk, not a body's
                # name; the known names in it stay ("Iranian Foreign Minister", "UN Secretary-General")
                portfolio = [f for f in portfolio if f.strength >= STRONG or f.kind == "organization" and any(
                    t.lower in ORG_HEADS and n.lower in BODY_CONNECTORS for t, n in zip(f.tokens, f.tokens[1:]))]  # "Department of Defense Secretary"
            # "Los Angeles County District Attorney", "Harris County Sheriff": an office's county or district, named by
            # its head word only, is the title's domain (the gold's rule), not a place of the story; a known place stays
            portfolio = [f for f in portfolio if not (f.kind == "place" and f.strength < STRONG and f.tokens[-1] == tokens[first - 1])]
            if tokens[first].lower in CONSTITUENCY_CUES_AFTER and self.gazetteer.find(tokens[0].text) is not None:
                portfolio = [f for f in portfolio if f.kind != "person"]  # "Glasgow Kelvin MP George Galloway": the seat
            found += portfolio
        if tail:
            found += self._split_at_org_heads(tail, chunk, True)
        return found

    def _surname_like_a_role(self, name: list[Token]) -> bool:
        """One or two name words, one a common given name ("Billie Jean", "Stephen"), before a role's word that
        ends the phrase: that word is the surname; a title goes before its holder's name, not after it."""
        return 1 <= len(name) <= 2 and any(t.lower in COMMON_GIVEN_NAMES for t in name) and all(self.is_name_word(t) and (t.lower in COMMON_GIVEN_NAMES or not self._everyday(t)) for t in name)

    @staticmethod
    def _before_generation_mark(token: Token, chunk: Chunk) -> bool:
        following = [t for t in chunk.tokens if t.start > token.start][:1]
        if not following:
            return False
        mark = following[0].text
        return mark.casefold().rstrip(".") in GENERATION_SUFFIXES

    def _split_at_org_heads(self, tokens: list[Token], chunk: Chunk, role_cue: bool) -> list[Candidate]:
        """'Expediency Council Ali Akbar Velayati' -> Expediency Council | Ali Akbar Velayati."""
        if len(tokens) > 1 and tokens[0].lower in FACILITY_HEADS and self.gazetteer.find(_words(tokens[1:])) is not None and not self._known_span(tokens):
            # "Hotel Rwanda": a building's name (or a film's), not the place it is named after ("Vietnam" in "the
            # Vietnam War" stays: GUM counts it)
            return []
        if (not _PUNCTUATED.get() and len(tokens) == 2 and tokens[1].lower in ORG_HEADS and self.aliases.kind_of(tokens[0].text) == "organization"
                and (tokens[0].text.isupper() or tokens[1].lower in {"tv", "news", "radio"}) and not self._known_span(tokens)):
            # "Speaking to AFP Observatory director Rami Abdel Rahman", "Sana News", "Al-Manar TV": in comma-less copy a
            # known body's initials or an outlet's name then a head word alone is that body (then a back-reference to
            # another, "the Observatory"), not one body "AFP Observatory" ("Republican Guard" is one)
            head = self._classify((tokens[0],), chunk, False)
            return [head] if head else []
        for i, token in enumerate(tokens[:-1]):
            rest = tokens[i + 1 :]
            head_word = token.lower in ORG_HEADS or token.lower in FACILITY_HEADS or token.lower in COMPLEMENT_ENDS and i >= 2
            # "Vandenberg Air Force Base" is one place, "BBC Radio 4" one broadcaster
            facility = len(rest) == 1 and (rest[0].lower in FACILITY_HEADS or rest[0].text.isdigit() or rest[0].lower in NUMBER_WORDS and token.lower in NUMBERED_HEADS)
            # ... unless the rest is a body's name on its own ("Senate Permanent Subcommittee on Investigations")
            body = rest[-1].lower in ORG_HEADS or any(a.lower in ORG_HEADS and b.lower in BODY_CONNECTORS for a, b in zip(rest, rest[1:]))
            # ... nor an event's name ("FIFA Club World Cup", "Rugby League World Cup")
            event = rest[-1].lower in EVENT_HEADS
            # ... nor the body's own last word after its head ("Airports Council International", "Reporters Committee Worldwide")
            facility = facility or len(rest) == 1 and rest[0].lower in BODY_LAST_WORDS
            # ... nor the country's initials of a body's national arm ("Migration Watch UK", see _company_national_arm)
            facility = facility or len(rest) == 1 and self._company_national_arm(tokens)
            if head_word and rest[0].lower not in _BODY_CONNECTORS_OR_THE_OR_AND_OR_AMPERSAND and not body and not facility and not event:
                head = self._classify(tuple(tokens[: i + 1]), chunk, False)
                return ([head] if head else []) + self._split_at_org_heads(rest, chunk, False)
        if not tokens:
            return []
        if (len(tokens) == 4 and tokens[1].lower == tokens[3].lower and tokens[0].lower != tokens[2].lower
                and all(self.is_name_word(t) and t.lower not in ORG_HEADS for t in tokens)):
            # "Bashar Assad Hafez Assad": two people of one family, their comma lost (FA-KES strips commas; so does a
            # careless paste): a name never repeats its surname
            return [named for half in (tokens[:2], tokens[2:]) if (named := self._classify(tuple(half), chunk, role_cue))]
        if len(tokens) >= 3 and tokens[-1].lower in ORG_HEADS and self._places_then_region(tokens[:-1]):
            # "US Africa Command", "U.S. Pacific Fleet": the country counts, the region names the body's command, no place
            country = self._classify(tuple(tokens[:-2]), chunk, False)
            return ([country] if country else []) + [Candidate(tuple(tokens[-2:]), "organization", _words(tokens[-2:]), KEYWORD, None, chunk.headline)]
        if self._company_division(tokens):
            return [Candidate(tuple(tokens), "organization", _words(tokens), KEYWORD, None, chunk.headline)]
        if len(tokens) > 1 and tokens[-1].lower in NEWSPAPER_HEADS and self._town_of_a_paper(tokens[:-1]):
            # "the Toronto Star", "the Boston Globe", "the Baltimore Sun": a city's newspaper, a body; the city inside its
            # name is no place mention (the gold's rule)
            return [Candidate(tuple(tokens), "organization", _words(tokens), KEYWORD, None, chunk.headline)]
        if self._company_national_arm(tokens):
            # "Lycos UK", "Microsoft US": a company's arm in a country, a body (the country's initials still count, like
            # a demonym in a body's name)
            country = self._classify(tuple(tokens[-1:]), chunk, False)
            return [Candidate(tuple(tokens), "organization", _words(tokens), KEYWORD, None, chunk.headline), *([country] if country else [])]
        if self._company_regional_arm(tokens) and tokens[-1] == chunk.tokens[-1] and chunk.after not in ARM_DOMAIN_NOUNS:
            # "EADS North America", "Sony Europe": a company's arm in a region, a body; the region inside its name is no
            # place mention (the gold's rule); not a role's, a force's or a meeting's domain ("the EU Middle East envoy", "NATO
            # Europe forces", "the RSA Europe conference")
            return [Candidate(tuple(tokens), "organization", _words(tokens), KEYWORD, None, chunk.headline)]
        if self._is_whole_name(tokens):
            finding = self._classify(tuple(tokens), chunk, role_cue)
            return [finding] if finding else []
        found = []
        for number, part in enumerate(self._segment_known(tokens, role_cue)):
            finding = self._classify(tuple(part), chunk, role_cue and number == 0)
            if finding:
                found.append(finding)
        return found

    def _places_then_region(self, tokens: list[Token]) -> bool:
        region = self.gazetteer.find(tokens[-1].text)
        country = self.gazetteer.find(_words(tokens[:-1]))
        return (region is not None and region.scope == "region" and not region.country and country is not None and country.scope == "country")

    def _known_body(self, tokens: tuple[Token, ...] | list[Token]) -> bool:
        """The words name a body the tables know, maybe after a country's initials ("Boeing", "U.S. Boeing")."""
        words = list(tokens)
        if len(words) > 1 and self.gazetteer.find(words[0].text) is not None and words[0].text.replace(".", "").isupper():
            words = words[1:]
        name = _words(words)
        return self.aliases.kind_of(name) == "organization" or name.casefold() in WELL_KNOWN_ORGS

    def _company_division(self, tokens: list[Token]) -> bool:
        """'Lycos Europe', 'Sony Asia': a company's name (one no table knows, or a known company's) before a continent is
        its division, not the continent ('Eastern Europe', 'Fortress Europe', 'Britain Europe' open with a place's or an
        everyday word)."""
        return len(tokens) == 2 and tokens[1].lower in CONTINENTS and (self._firm_word(tokens[0]) or self._known_body(tokens[:1]))

    def _firm_word(self, first: Token) -> bool:
        """A capitalised word no table knows, no everyday word nor given name: a company's, before its division."""
        return (first.text[0].isupper() and first.text[1:].islower() and self.is_name_word(first) and not self._everyday(first)
                and not _inflected_everyday(first.lower) and not self._known_span([first]) and first.lower not in COMMON_GIVEN_NAMES)

    def _town_of_a_paper(self, tokens: list[Token]) -> bool:
        """A place big enough for a newspaper of its own: not a hamlet named like a word ("Golden Globe"), nor a people
        ("Afghan Star" is a show; "The Syrian Observer" counts Syria by its demonym, see _classify)."""
        place = self.gazetteer.find(_words(tokens))
        return place is not None and not self.gazetteer.is_demonym(_words(tokens)) and (place.scope != "city" or place.listed or place.population >= 50_000)

    def _company_national_arm(self, tokens: list[Token]) -> bool:
        """'Lycos UK', 'Vodafone US': a name no table knows before a country's initials, in copy with its commas (FA-KES
        runs places on: "Homs US"). Two or more capitalised words before them are a charity's or a campaign's name
        ('Cancer Research UK', 'Migration Watch UK'), unless a word is a place, a people, a title or a given name
        ("Photo Felipe Dana US", "Navy US")."""
        if len(tokens) < 2 or not _PUNCTUATED.get() or not tokens[-1].text.replace(".", "").isupper():
            return False
        country = self.gazetteer.find(tokens[-1].text)
        if country is None or country.scope != "country":
            return False
        if len(tokens) == 2:
            return self._firm_word(tokens[0]) or self._known_body(tokens[:1])
        body = tokens[:-1]
        return all(t.text[:1].isupper() and t.text[1:].islower() for t in body) and not any(
            t.lower in _ROLE_WORDS_OR_TITLES_OR_COMMON_GIVEN_NAMES or self.gazetteer.find(t.text) is not None for t in body)

    def _company_regional_arm(self, tokens: list[Token]) -> bool:
        """'EADS North America', 'Toyota Europe': a known body or a company's initials, then a region's name, in copy with
        its commas (FA-KES runs places on: "SANA Middle East")."""
        if len(tokens) < 2 or not _PUNCTUATED.get():
            return False
        region = self.gazetteer.find(_words(tokens[1:]))
        if region is None or region.scope != "region" or region.country:  # a continent's, not a nation's ("BBC Scotland")
            return False
        first = tokens[:1]
        return self._known_body(first) or first[0].text.isupper() and len(first[0].text) > 2 and self.gazetteer.find(first[0].text) is None

    def _is_whole_name(self, tokens: list[Token]) -> bool:
        """Names that contain other names: 'Syrian Observatory for Human Rights', 'Old City of Homs'."""
        if tokens[0].lower in WHOLE_OPENERS and self._known_place_run_on(tokens):
            return False
        if len(tokens) == 1 or tokens[0].lower in WHOLE_OPENERS or self._compass_region(tokens):
            return True
        if self._places_then_known_body(tokens):
            return False
        # "Chicago Sun-Times": a hyphenated last word ends a body's name by its last part
        last_part = tokens[-1].lower.rsplit("-", 1)[-1] if "-" in tokens[-1].lower and not tokens[-1].lower.startswith(("al-", "el-", "ad-", "ash-", "as-", "ar-")) else ""
        if tokens[-1].lower in NAME_ENDS or last_part in ORG_HEADS or _broadcaster_number(tokens) or _international_body(tokens):  # unless a run-on of places ends in one ("Aleppo Syria UK Parliament")
            return sum(self._is_place_word(t) for t in tokens[:-1]) < 2
        if any(t.lower in HEADS_BEFORE_OF and n.lower in BODY_CONNECTORS for t, n in zip(tokens, tokens[1:])):
            return True
        return self.aliases.lookup(_words(tokens)) is not None

    def _known_place_run_on(self, tokens: list[Token]) -> bool:
        """A known place opening with a village's word, then more words its name does not hold: "Deir ez-Zor Syria",
        "Deir Ezzor SANA", "Deir ez-Zor MOSCOW (Sputnik)", "Khan Sheikhoun Maarat al-Numan": a headline, a dateline, an
        agency or the next village run on where the copy lost its stops and commas (see _segment_known)."""
        if len(tokens) < 3 or self._known_span(tokens) or any(t.lower in NAME_ENDS or t.lower in EVENT_HEADS for t in tokens[2:]):
            return False  # "Deir Ezzor Police Command", "Tel Aviv University": the place's body or building, one name
        return any(self._known_span(tokens[:end]) and self.gazetteer.find(_words(tokens[:end])) is not None for end in range(2, len(tokens)))

    def _compass_region(self, tokens: Iterable[Token]) -> bool:
        """'South Pacific', 'West Africa': a compass point then a region of several countries is a region of its own,
        not the whole ocean or continent ('Northern Syria' is still Syria: a country has no such region here)."""
        words = list(tokens)
        if len(words) != 2 or words[0].lower not in COMPASS_WORDS:
            return False
        region = self.gazetteer.find(words[1].text)
        return region is not None and region.scope == "region" and not region.country and self.gazetteer.find(_words(words)) is None

    def _places_then_known_body(self, tokens: list[Token]) -> bool:
        """Places run on into a body the alias table knows, in copy without commas: "Aleppo al-Nusra Front", "Syria
        Islamic State Group" are a place and the body (a demonym or initials open a body's own name: "British Labour
        Party", "UK Parliament")."""
        for cut in range(1, len(tokens)):
            word = tokens[cut - 1]
            if not self._is_place_word(word) or word.text.isupper() or self.gazetteer.is_demonym(word.text):
                return False
            alias = self.aliases.lookup(_words(tokens[cut:]))
            if alias and alias[1] == "organization":
                return True
        return False

    def _is_place_word(self, token: Token) -> bool:
        place = self.gazetteer.find(token.text)
        return place is not None and place.scope != "city" or place is not None and place.listed

    def _segment_known(self, tokens: list[Token], role_cue: bool = False) -> list[list[Token]]:
        """Split run-on phrases at known names: 'Syrias Aleppo' -> Syrias | Aleppo (FA-KES strips commas); not a city
        opening a name after a role: "President Salvador Allende"."""
        parts: list[list[Token]] = []
        pending: list[Token] = []
        index = 0
        while index < len(tokens):
            # Known names are at most a few words: trying longer spans only costs time (quadratic on hostile runs).
            end = next((j for j in range(min(len(tokens), index + MAX_KNOWN_NAME_WORDS), index, -1) if self._known_span(tokens[index:j])), None)
            # after a body's one-word name a person's name starts afresh: "Democrat Nancy Pelosi" (Nancy, France)
            fresh = index > 0 and not pending and bool(parts) and self.aliases.kind_of(_words(parts[-1])) == "organization"
            if end is not None and end - index == 1 and (self._looks_like_name_part(tokens[index:] if fresh else tokens, 0 if fresh else index, bool(pending))
                                                         or self._word_inside_a_name(tokens, index)
                                                         or role_cue and index == 0 and self._city_as_given_name(tokens)):
                end = None
            if end is None:
                pending.append(tokens[index])
                index += 1
                continue
            if pending:
                parts.append(pending)
                pending = []
            parts.append(tokens[index:end])
            index = end
        if pending:
            parts.append(pending)
        return parts

    def _city_as_given_name(self, tokens: list[Token]) -> bool:
        """After a role a city's name opening two or three name words is a given name: "President Salvador Allende",
        "Senator Lincoln Chafee" (not a country nor a hand-listed place: "Envoy Syria ...")."""
        place = self.gazetteer.find(tokens[0].text)
        return (place is not None and place.scope == "city" and not place.listed and 2 <= len(tokens) <= 3
                and all(self.is_name_word(t) and not self._is_place_word(t) and self.aliases.lookup(t.text) is None for t in tokens[1:]))

    def _word_inside_a_name(self, tokens: list[Token], index: int) -> bool:
        """A body known by one word ("Labour", "Republican", "Democrats"; not initials) beside an everyday word is a
        word of a longer name: "Old Labour" (an era), "the Republican Convention" (an event), "Social Democrats"
        (another party); not beside a role or a person's name ("Republican Senator", "Democrat Nancy Pelosi")."""
        word = tokens[index]
        if word.text.isupper() or self.aliases.kind_of(word.text) != "organization":
            return False
        return any(self._everyday(t) and not self._is_place_word(t) and self.aliases.lookup(t.text) is None and t.lower not in ROLE_WORDS and t.lower.rstrip(".") not in TITLES
                   for t in tokens[max(0, index - 1) : index + 2] if t is not word)

    def _looks_like_name_part(self, tokens: list[Token], index: int, after_unknown: bool) -> bool:
        """A city name inside a person's name ('Charles Kennedy', 'Ricardo Lagos', 'Ahmad Saleh') is not
        split off; hand-listed places and big cities opening a run-on ('Paris Fabius said') still are. A town's name with
        an "s" glued on is its possessive: "Barack Obamas request", "Hillary Clintons emails" (a town of Japan's, of Iowa's)."""
        word = tokens[index].text
        possessive = word.endswith("s") and not word.endswith("ss") and not self._everyday(tokens[index]) and not _inflected_everyday(tokens[index].lower)
        place = self.gazetteer.find(word) or (self.gazetteer.find(word[:-1]) if possessive else None)  # not "Minister Says" (Say, Niger)
        if place is not None and place.scope == "city" and index == len(tokens) - 1 and index > 0 and self._given_name_before(tokens[index - 1]):
            return True  # "Groundswell CEO Michael London", "novelist Jack London": a given name then a city is a full name
        if place is None or place.scope != "city" or place.listed:
            return False
        if index == 0:
            if len(tokens) < 2 or place.population >= 1_000_000:
                return False
            if len(tokens) == 2 and self._given_name_before(tokens[0]):
                return True  # "George Washington": a common given name that is only a small town's, then a surname
            # "David Davis": a small town's name before another town's (or before an unknown word) is a first name
            following = self.gazetteer.find(tokens[1].text)
            small_town = following is not None and following.scope == "city" and not following.listed
            return small_town or not self._known_span(tokens[1:2])
        return after_unknown

    def _given_name_before(self, token: Token) -> bool:
        """An English given name that is no place's name itself ("Michael"; not "Sydney", "Florence"), or only a small
        town's ("George", a town of South Africa, in "President George Washington")."""
        if token.lower not in COMMON_GIVEN_NAMES or not token.text[1:].islower():
            return False
        place = self.gazetteer.find(token.text)
        return place is None or place.scope == "city" and not place.listed and place.population < 200_000

    def _known_span(self, tokens: list[Token]) -> bool:
        name = _words(tokens)
        for candidate in (name, name[:-1] if name.endswith("s") and len(name) > 3 else ""):
            if candidate and candidate[0].isupper() and (self.aliases.lookup(candidate) or candidate.casefold() in WELL_KNOWN_ORGS
                                                         or (place := self.gazetteer.find(candidate)) is not None and (
                                                             candidate == name or self._possessive_place(place))):
                return True
        return False

    @staticmethod
    def _possessive_place(place: Place) -> bool:
        """A place's name with an "s" glued on: a possessive that lost its apostrophe (FA-KES's "Syrias Aleppo"); in copy
        with its apostrophes only a country's or a big city's (a typo at worst), not a village's: "Elizabeth Banks" is
        no run-on of a town called Bank."""
        return not _PUNCTUATED.get() or place.scope != "city" or place.listed or place.population >= 1_000_000

    def _classify(self, tokens: tuple[Token, ...], chunk: Chunk, role_cue: bool) -> Candidate | None:
        found = self._classify_name(tokens, chunk, role_cue)
        if found is not None and found.kind == "place" and found.strength < STRONG and len(found.tokens) > MAX_UNKNOWN_PLACE_WORDS:
            # "Jub Ghabsheh Eibed Souran Tal Alam Deir Qaq Sarjeh": villages listed with their commas stripped, no one place
            return None
        if (found is not None and found.kind == "person" and found.strength < STRONG and tokens[0] == chunk.tokens[0]
                and chunk.before[-1:] and chunk.before[-1] in POSSESSIVE_DETERMINERS):
            # "on his Toro Rosso debut", "her Louis Vuitton bag": after a possessive a name is a thing someone has (a
            # team, a brand), not a person ("his wife Mary" has a noun between)
            return None
        if found is not None and found.kind == "person" and len(found.tokens) > 1 and _compound_adjective(found.tokens[-1]):
            # "the Nobel Prize-winning author", "a Booker Prize-winner": a prize or a star made into an adjective or an
            # agent noun by an English word after a hyphen; a person's name ends in no such word ("Ban Ki-moon" does not)
            return None
        if found is None or tokens[-1] != chunk.tokens[-1]:
            return found
        return Candidate(found.tokens, found.kind, found.name, found.strength, found.place, found.headline, chunk.after)

    def _classify_name(self, tokens: tuple[Token, ...], chunk: Chunk, role_cue: bool) -> Candidate | None:
        if not tokens:
            return None
        if self._surname_like_a_month(tokens, chunk):
            return Candidate(tokens, "person", _words(tokens), STRONG, None, chunk.headline)  # "Theresa May", "Karl May"
        if self._regnal_name(tokens, chunk):
            return Candidate(tokens, "person", _words(tokens), STRONG, None, chunk.headline)  # "Elizabeth II", "Abdullah II"
        if len(tokens) > 1 and tokens[-1].lower.rstrip(".") in COMPANY_SUFFIXES:  # "ESL Investment Inc." is ESL Investment
            company = tokens[:-2] if tokens[-2].text == "&" and len(tokens) > 2 else tokens[:-1]  # "Goldman Sachs & Co."
            known = self._known(_words(company), company, chunk)
            name = known.name if known and known.kind == "organization" else _words(company)
            return Candidate(company, "organization", name, STRONG if known else KEYWORD, None, chunk.headline)
        name = _words(tokens)
        known = self._known(name, tokens, chunk)
        if known is None and len(tokens) > 1 and tokens[0].text in COMPASS_INITIALS:
            # "N. Korea", "S. Africa": a compass point's initial opens the place's name
            spelled = self._known(f"{COMPASS_INITIALS[tokens[0].text]} {_words(tokens[1:])}", tokens, chunk)
            known = spelled if spelled is not None and spelled.kind == "place" else None
        if known:
            return known
        if len(tokens) > 2 and tokens[0].lower in STATE_FORMS and tokens[1].lower == "of":
            # "the Republic of Yemen", "the Kingdom of Bahrain": the country by its formal name
            country = self._known(_words(tokens[2:]), tokens, chunk)
            if country is not None and country.kind == "place" and country.place is not None and country.place.scope == "country":
                return country
        if self._compass_region(tokens):
            return Candidate(tokens, "place", name, KEYWORD, None, chunk.headline)
        if (len(tokens) > 1 and tokens[-1] == chunk.tokens[-1] and chunk.after in CONSTITUENCY_CUES_AFTER
                and tokens[-1].lower not in ORG_HEADS and self.gazetteer.find(tokens[0].text) is not None):
            # "Glasgow Kelvin MP George Galloway", "the Sheffield Hallam seat": a constituency, named after its town, is no
            # person; nor a place of the story (the MP's seat is not where the news is): nothing
            return None
        if len(tokens) > 2 and tokens[0].lower in BODY_ADJECTIVES and tokens[-1].lower in ORG_HEADS:
            # "National Security Council", "Federal Trade Commission": the adjective opens the body's own name, which
            # is not the known body after it (the UN Security Council)
            return Candidate(tokens, "organization", name, KEYWORD, None, chunk.headline)
        if (len(tokens) == 2 and tokens[0] == chunk.tokens[0] and tokens[-1] == chunk.tokens[-1] and _profession(tokens[0].lower) and self.is_name_word(tokens[1])
                and not self._everyday(tokens[1]) and tokens[1].lower not in _ROLE_WORDS_OR_TITLES_OR_COMMON_GIVEN_NAMES):
            # "Oceanographer Pattiaratchi said": a profession glued to a surname is no part of the name (a cue like a role's);
            # a given name alone there lost its surname to the next phrase ("Lawyer Louise | Christian")
            return Candidate(tokens[1:], "person", _words(tokens[1:]), STRONG, None, chunk.headline)
        if len(tokens) > 2 and (self._everyday(tokens[0]) or _profession(tokens[0].lower) or self.gazetteer.is_demonym(tokens[0].text)
                                or _glued_word(tokens[0], tokens[1]) or self._inhabitant_noun(tokens[0])):
            # A word glued to the front of a name: "New European Commission", "Bouncer Zdravko Micevic",
            # "Co-stars Simon Pegg", "Economist Joel Naroff" (a name of its own needs more than everyday words: see _by_shape)
            rest = self._classify_name(tokens[1:], chunk, role_cue)
            if rest is not None and (rest.strength >= STRONG or rest.kind == "person" and self._plainly_a_name(tokens[1:])
                                     # "Historian John Ashdown-Hill": a job, then a given name opening the person's
                                     or rest.kind == "person" and _profession(tokens[0].lower) and tokens[1].lower in COMMON_GIVEN_NAMES
                                     # "Producer Warner Bros", "Retailer Sears Holdings Corp": a job glued to a firm's name
                                     or rest.kind == "organization" and rest.strength >= KEYWORD and tokens[0].lower.rsplit("-", 1)[-1] in JOB_NOUNS
                                     and tokens[0].lower.endswith(AGENT_ENDINGS) and tokens[0] == chunk.tokens[0] and chunk.before[-1:] != ("the",)):
                return rest
        # "Assads", "Syrias": a possessive whose apostrophe was stripped; not "Joss" (Stone), "Hess", "Ross"
        stem = name[:-1] if name.endswith("s") and not name.endswith("ss") and not name.isupper() else ""
        known = self._known(stem, tokens, chunk) if stem else None
        if known is not None:
            return known
        return self._by_shape(tokens, chunk, role_cue)

    def _inhabitant_noun(self, token: Token) -> bool:
        """'Londoner', 'Beijinger', 'Texan', 'Bostonian': a big place's name with an inhabitant's ending, glued to the front
        of a name like a nationality. Only regions, countries and listed or million cities: a small town's name with an
        ending is a given name as often ("Hannan", "Oliver"); given names are never inhabitants ("Adrian")."""
        if not token.text[1:].islower() or _given_name(token.text):
            return False
        for ending in INHABITANT_ENDINGS:
            if token.text.endswith(ending) and len(token.text) > len(ending) + 2:
                stem = token.text[: -len(ending)]
                for place in filter(None, (self.gazetteer.find(stem + vowel) for vowel in ("", "a", "e", "o", "s"))):
                    if place.scope != "city" or place.listed or place.population >= 1_000_000:
                        return True
        return False

    def _known(self, name: str, tokens: tuple[Token, ...], chunk: Chunk) -> Candidate | None:
        alias = self.aliases.lookup(name)
        if alias:
            return Candidate(tokens, alias[1], alias[0], STRONG, self.gazetteer.find(alias[0]), chunk.headline)
        if name.casefold().replace(".", "") in WELL_KNOWN_ORGS or name.casefold() in WELL_KNOWN_ORGS:
            return Candidate(tokens, "organization", name, STRONG, None, chunk.headline)
        place = self.gazetteer.find(name)
        if place is None:
            return None
        if place.scope == "city" and not place.listed and len(tokens) > 1 and any(t.lower in SCHOOL_HEADS for t in tokens):
            # "the University of Texas at Austin": GeoNames lists the campus as a town; the school is a body
            return Candidate(tokens, "organization", name, KEYWORD, None, chunk.headline)
        if len(name) <= 3 and not name.isupper() and lookup_key(place.name) != lookup_key(name) and not place.listed:
            # "Us magazine", "Uk": initials written as a word are no country's ("US", "U.S.", "UK" are)
            return None
        if (place.scope == "city" and not place.listed and place.population < 200_000 and len(tokens) == 1 and 2 < len(name) <= 4
                and sum(c.isupper() for c in name) >= 2 and name != place.name):
            # "protests at UVA", "UVa's campus": initials no town is written in ("Uva" in Sri Lanka); see _acronym
            return None
        if place.scope == "region" and _region_adjective(name, place.name):
            # "Latin American", "Middle Eastern": the guideline counts a country's demonym as its country, not a
            # region's or a continent's adjective; the phrase stays whole so "American" is not the United States
            return Candidate(tokens, "unknown", name, 0, None, chunk.headline)
        if place.scope == "city" and len(tokens) == 1 and tokens[0] == chunk.tokens[-1] and chunk.after in CLUB_CUES_AFTER:
            # "Chelsea manager Jose Mourinho", "Liverpool fans": the city's club (see _clubs_by_their_city)
            return Candidate(tokens, "organization", name, STRONG, place, chunk.headline)
        if place.scope in ("city", "region") and len(tokens) == 1 and tokens[0] in chunk.tokens[1:] and not place.listed and (
                chunk.tokens[chunk.tokens.index(tokens[0]) - 1].lower.rstrip(".") in _TITLES_OR_ROLE_WORDS):
            return None  # "Lord Irvine", "Senator Lincoln", "Captain Wales": a title's name, a person's (see _by_shape), not the town
        if place.scope == "city" and len(tokens) == 1 and not place.listed and place.population < 100_000 and tokens[0] == chunk.tokens[-1] and chunk.after in FACILITY_HEADS:
            return None  # "Broadmoor hospital", "Belmarsh prison": a facility named after the village, not the village
        if place.scope == "city" and not place.listed and len(chunk.before) == 3 and chunk.before[2] == "of" and chunk.before[0] in PEER_TITLES:
            return None  # "Lord Nicholls of Birkenhead": a peer's title names a place, not a place of the story (gold's rule)
        if place.scope == "city" and len(tokens) == 1 and not place.listed and place.population < 1_000_000 and (
                tokens[0].lower in COMPASS_WORDS
                or tokens[0] == chunk.tokens[-1] and tokens[0].lower in common_words() and chunk.after.isalpha() and chunk.after.islower()
                and chunk.after not in LEADING_JUNK and chunk.after not in SPEECH_VERBS):
            # a town named by an everyday word used as one: "in Federal court", "Central and Eastern Europe" (GeoNames has
            # a Federal in Argentina and a Central in Louisiana)
            return None
        if (place.scope == "city" and len(tokens) == 1 and tokens[0] == chunk.tokens[-1] and not place.listed and place.population < 1_000_000
                and chunk.after in _WORK_NOUNS_OR_TITLE_WORK_NOUNS and not chunk.possessive):
            return None  # "the new Batman movie", "the Batman film": a work's or a character's name (a town in Turkey), not the town
        if place.scope == "city" and len(tokens) == 1 and not self._city_alone_is_place(place, chunk, opens=tokens[0] == chunk.tokens[0]):
            return None
        if place.scope == "city" and len(tokens) == 1 and tokens[0] == chunk.tokens[-1] and not place.listed and place.population < 1_000_000 \
                and chunk.after in SPEECH_VERBS and not chunk.possessive and not _place_context(chunk):
            return None  # '"It could take months," Lucas said': a person who speaks, not the town of that name
        if name.casefold() == "indian" and len(tokens) == 1 and self._native_american(tokens[0], chunk):
            return Candidate(tokens, "unknown", name, 0, None, chunk.headline)  # "Indian Country", "American Indian tribes"
        if len(tokens) == 1 and tokens[0] == chunk.tokens[-1] and (name.casefold(), chunk.after) in DEMONYM_IDIOMS:
            return Candidate(tokens, "unknown", name, 0, None, chunk.headline)  # "Russian roulette": no country
        # Countries, regions and the places listed by hand go by their one name ("Raqa" is Raqqa); a GeoNames
        # city keeps the spelling the copy uses (its GeoNames name may be a transliteration nobody reads).
        shown = place.name if place.scope in {"country", "region"} or place.listed or name.isupper() else name
        return Candidate(tokens, "place", shown, STRONG, place, chunk.headline)

    @staticmethod
    def _native_american(token: Token, chunk: Chunk) -> bool:
        """"Indian" of America's first peoples, not India: "Indian Country", "an Indian reservation", "American Indian"."""
        index = chunk.tokens.index(token)
        following = chunk.tokens[index + 1].lower if index + 1 < len(chunk.tokens) else chunk.after
        preceding = chunk.tokens[index - 1].lower if index > 0 else (chunk.before[-1] if chunk.before else "")
        return following in NATIVE_AMERICAN_NOUNS or preceding in {"american", "native"}

    def _city_alone_is_place(self, place: Place, chunk: Chunk, opens: bool = True) -> bool:
        """A one-word city name might be a surname or a word ('Barroso', 'Green'): ask for size or context. A sentence's
        opening word before it ("While Boston and other cities ...") leaves it inside the sentence (`opens` False)."""
        if chunk.before and chunk.before[-1] in _ROLE_WORDS_OR_TITLES or chunk.after in ORG_CUES_AFTER:
            return False
        if chunk.before and chunk.before[-1] in ORG_CUES_BEFORE and not place.listed:
            return False  # "Spanish newspaper Marca", "the retailer Target": the body, whatever town shares its name
        if chunk.after in SPEECH_VERBS and not (place.listed or place.population >= 1_000_000):
            return False  # "Barroso said" is a person; "Moscow said" is a capital for its government, a place by the gold
        if chunk.after in OWNER_NOUNS and not place.listed and place.population < 1_000_000:
            return False  # "Assad regime"; a capital's regime is still the capital ("the Damascus regime")
        if not place.listed and place.population < 1_000_000 and chunk.text.casefold() in common_words():
            # "forbids every beast to eat Man", "that Man is the weakest": a town named by an everyday word (GeoNames has
            # a Man in Cote d'Ivoire) is a place only with a place's cue ("in Man"); a big city stays ("London or Rome")
            return _place_context(chunk)
        if chunk.sentence_initial and opens or chunk.headline:
            return place.population >= 1_000_000 or place.listed
        # "a visit to Ramallah" is a place; "Best to Alice" is a letter: a town named like a person needs "in", "near"...
        return place.listed or place.population >= 200_000 or _place_context(chunk, known_town=chunk.text.casefold() not in COMMON_GIVEN_NAMES)

    def _by_shape(self, tokens: tuple[Token, ...], chunk: Chunk, role_cue: bool) -> Candidate | None:
        name, first, last = _words(tokens), tokens[0].lower, tokens[-1].lower
        if len(tokens) >= 4 and first in COURT_DISTRICT_SIDES and tokens[1].lower == "district" and tokens[2].lower == "of":
            return None  # "the U.S. Attorney for the Southern District of Mississippi": a federal court's district, no place of the story
        if (first in CLUB_OPENERS and len(tokens) == 2 and self.gazetteer.find(tokens[1].text) is not None
                or last in CLUB_ENDS and 1 < len(tokens) <= 3 and self.gazetteer.find(_words(tokens[:-1])) is not None
                and not (last == "villa" and first in COMMON_GIVEN_NAMES)  # "David Villa", a footballer (David, a town of Panama)
                or last == "city" and 1 < len(tokens) <= 3 and self._club_city(tokens)):
            # "Bayern Munich", "Real Madrid", "Manchester United", "West Bromwich Albion": a club, not its town
            return Candidate(tokens, "organization", name, KEYWORD, None, chunk.headline)
        if len(tokens) > 2 and first in ROMANCE_PLACE_OPENERS and tokens[1].lower in NAME_PARTICLES:
            # "Playa de Ses Illetes", "Barrio de Las Letras", "Plaza de Mayo": a beach's, a quarter's or a square's
            # name in Spanish, Italian, Portuguese or French, not a person's ("Rio Ferdinand" has no "de")
            return Candidate(tokens, "place", name, KEYWORD, None, chunk.headline)
        if len(tokens) > 1 and all(t.lower in GREEK_LETTERS for t in tokens):
            return Candidate(tokens, "organization", name, KEYWORD, None, chunk.headline)  # "Sigma Alpha Epsilon": a fraternity
        if len(tokens) > 2 and ROMAN_NUMERAL.fullmatch(tokens[-1].text) and tokens[-2].lower in EVENT_HEADS:
            return None  # "World War II", "Super Bowl XX": a numbered event
        if last == "day" and len(tokens) > 1 and first not in COMMON_GIVEN_NAMES:
            return None  # "Waitangi Day", "Anzac Day": a holiday; not "Jason Day", "Doris Day"
        if last in PLACE_HEADS_LIKE_SURNAMES and len(tokens) > 1 and first not in COMMON_GIVEN_NAMES and any(
                self._everyday(t) or last != "lane" and self.gazetteer.find(t.text) is not None for t in tokens[:-1]):
            # not "Philippe Sands", "Bobby Sands"; a lane by an everyday word only ("Brick Lane", "Penny Lane"): a town's
            # name is a given name too ("Graham Lane, leader of the Labour group")
            return Candidate(tokens, "place", name, KEYWORD, None, chunk.headline)
        body_of = any(t.lower in ORG_HEADS and n.lower in CONNECTORS_AFTER_HEAD for t, n in zip(tokens, tokens[1:]))
        if (last in FACILITY_HEADS or last in EVENT_HEADS) and not body_of or chunk.after in FACILITY_HEADS and tokens[-1] == chunk.tokens[-1]:
            return None  # not "Institute for the Study of War": a body's domain may end in an event's word
        if last == "time" and len(tokens) > 1:
            return None  # "Greenwich Mean Time", "Eastern Standard Time": a clock, not a place
        if len(tokens) > 1 and last in FACILITY_HOLDERS and tokens[-2].lower in FACILITY_USES:
            return None  # "Brevard County Detention Center", "Excel Convention Centre": a building, not a body
        if last == "league" and len(tokens) > 1 and tokens[-2].lower in SPORTS_LEAGUE_WORDS:
            return None  # "the Premier League", "the European Champions League": a league, not annotated (the Arab League is known)
        if last in PROGRAMME_HEADS and len(tokens) > 1:
            return None  # "the Climate Change Programme", "the Unlimited Potential program": a programme, not a body
        if last in DOCUMENT_HEADS and len(tokens) > 1:
            return None  # "Magna Carta", "the Olympic Charter", "the Communist Manifesto": a document, like a law, not annotated
        if last in MEASURE_HEADS and len(tokens) > 1:
            return None  # "the Torino Scale", "the Beaufort Scale": a measure named after a town or a person, nobody
        if chunk.after in PRODUCT_NOUNS_AFTER and tokens[-1] == chunk.tokens[-1] and all(self._everyday(t) or _inflected_everyday(t.lower) for t in tokens):
            return None  # "the Tablet PC and Media Center editions", "the Home Server version": a product's name, not a body
        if (len(tokens) == 1 and len(chunk.tokens) == 2 and chunk.tokens[0].text == "The" and tokens[0] == chunk.tokens[1]
                and not chunk.sentence_initial and (chunk.before[-1:] in (("told",), ("by",)) or chunk.before[-2:] == ("according", "to"))):
            # "told The Observer", "reported by The Independent": a capitalised "The" inside a sentence opens a title, and
            # one told or quoted is an outlet (or a band), an organisation even when its word is everyday
            return Candidate(chunk.tokens, "organization", _words(chunk.tokens), CONTEXT, None, chunk.headline)
        # "the newspaper Le Monde", "retailer Sears": one word only if no everyday one ("the group Today")
        if chunk.before and chunk.before[-1] in ORG_CUES_BEFORE and tokens[0] == chunk.tokens[0] and (
                len(tokens) > 1 or not self._everyday(tokens[0]) or (chunk.before[-1] in MEDIA_CUES_BEFORE or _kind_of_group(chunk) and len(tokens) == len(chunk.tokens))
                and not chunk.sentence_initial and chunk.after not in {"of", "and"}) and not (
                chunk.before[-1] in PEOPLES_CUES_BEFORE and len(tokens) > 1 and self._plainly_a_name(tokens)) and not _maker_of_works(chunk):
            # "French newspaper Liberation", "the magazine People": a title may be one everyday word (not the first of
            # a longer one cut at "of" or "and": "radio station Echo of Moscow", "Stars and Stripes"); "broadcaster Pam
            # Shriver", plainly a person's name, is a person
            return Candidate(tokens, "organization", name, CONTEXT, None, chunk.headline)
        if (_employer_context(chunk) and tokens[0] == chunk.tokens[0] and first not in COMMON_GIVEN_NAMES
                and not all(self._everyday(t) or _inflected_everyday(t.lower) for t in tokens)):
            # "a job at Northrop Grumman", "head of e-mail at Lycos UK": where someone works, a body, not a place or a person
            return Candidate(tokens, "organization", name, CONTEXT, None, chunk.headline)
        if len(tokens) == 1 and last in NAMED_BODIES and not chunk.sentence_initial and not chunk.headline:
            return Candidate(tokens, "organization", name, KEYWORD, None, chunk.headline)  # "told Congress", "the Navy said"
        if len(tokens) == 1 and (last in ORG_HEADS or last in PLACE_HEADS):
            return None  # "the Coalition", "the Province": a back-reference, not a name
        if name.isupper() and (name.casefold() in CAPITALS_JUNK or name.casefold() in common_words() or len(tokens) > 1):
            # "GMT", and words in capitals: "AND", "HE", "ANY", "SEND"; a phrase in capitals no table knows is a
            # shouted heading or a slide's title ("FREE PRESS", "NOBEL COMMITTEE", "BRIEF TO LEASING WORK GROUP")
            return None
        if len(tokens) > 1 and all(_brand_word(t.text) for t in tokens[1:]) and self._is_country(tokens[0]):
            return Candidate(tokens, "organization", name, KEYWORD, None, chunk.headline)  # "Indonesia AirAsia": a firm's national arm
        if len(tokens) == 1 and self._place_adjective(tokens[0]):
            return None  # "the southern Gazan city of Rafah": a people's adjective of a place, no place of its own
        if _acronym(name):  # a body's initials, or jargon ("RSS", "AEST"): see _without_stray_acronyms
            return Candidate(tokens, "organization", name, KEYWORD if _body_context(chunk) else SHAPE, None, chunk.headline)
        if (last in ORG_HEADS or first in ORG_OPENERS or _broadcaster_number(list(tokens))
                or len(tokens) > 1 and "-" in last and not last.startswith(("al-", "el-")) and last.rsplit("-", 1)[-1] in ORG_HEADS
                or _international_body(list(tokens))):
            return Candidate(tokens, "organization", name, KEYWORD, None, chunk.headline)
        if any(t.lower in ORG_HEADS and n.lower in BODY_CONNECTORS for t, n in zip(tokens, tokens[1:])):
            return Candidate(tokens, "organization", name, KEYWORD, None, chunk.headline)
        if any(t.lower in PLACE_HEADS and n.lower == "of" for t, n in zip(tokens, tokens[1:])):
            return Candidate(tokens, "place", name, KEYWORD, None, chunk.headline)
        # a place's first word opening a sentence alone is a word ("Tell that to..."; "Deir ezzor" goes on in lower case)
        # "the Jewish state", "the English city of Leicester": an adjective of a people, a faith or a tongue before the
        # place's noun is no place's name
        adjective = len(tokens) == 1 and (last in LANGUAGES or last in COMMUNITY_WORDS or last.endswith("ish") and last in dictionary_words()
                                          # "a predominantly African-American neighborhood": a people's compound adjective
                                          or "-" in last and self.gazetteer.is_demonym(tokens[0].text.rsplit("-", 1)[-1]))
        if first in BASE_OPENERS and len(tokens) > 1:
            return None  # "Camp Lemonnier", "RAF Northolt": a military base, a facility by the gold's rule
        # "(CNN)Calling state bans ...": a verb's form before "state" or "area" is no place's name
        verb = len(tokens) == 1 and _inflected_everyday(last)
        if last in PLACE_HEADS and len(tokens) > 1 and not tokens[-1].text.isupper() and all(
                t.text.isupper() and len(t.text) > 1 and t.lower in common_words() for t in tokens[:-1]):
            return None  # "ACEH: KEY FACTS Province on the tip of Sumatra": a fact box's heading in capitals run into its first line
        if last in PLACE_HEADS and len(tokens) > 1 and self._known_body(tokens[:-1]):
            return None  # "the Boeing Delta rocket", "U.S. Boeing Delta 2": a maker's product, no place
        # "Tsarnaev's state of mind", "a Democratic state": an owner's or an adjective's noun, not "Borno state"
        owned_noun = chunk.possessive or len(tokens) == 1 and last.endswith(ADJECTIVE_ENDINGS) and last in dictionary_words()
        if (role_cue and len(tokens) == 2 and last in PLACE_HEADS and tokens[0] == chunk.tokens[0] and chunk.before[-1:] != ("the",)
                and (first in COMMON_GIVEN_NAMES or self.is_name_word(tokens[0]) and not self._everyday(tokens[0]))):
            return Candidate(tokens, "person", name, STRONG, None, chunk.headline)  # "Lt. Kenny Park", "Officer Reggie Lane"
        if len(tokens) > 2 and last == "district" and tokens[-2].lower == "military":
            return Candidate(tokens, "organization", name, KEYWORD, None, chunk.headline)  # "Russia's Western Military District": a command
        cut = next((i for i, t in enumerate(tokens) if i >= 2 and (self._everyday(t) or _inflected_everyday(t.lower))), None)
        if first in PLACE_OPENERS and cut is not None and last not in PLACE_HEADS:
            # "Bab Touma Terrorists targeted ...", "Tal Abyad Border Crossing": a village's name is its opening word and
            # the name after it, no English word; one run on is the next sentence's or a facility's: the village alone
            return Candidate(tokens[:cut], "place", _words(tokens[:cut]), KEYWORD, None, chunk.headline)
        if last in PLACE_HEADS or first in PLACE_OPENERS and (len(tokens) > 1 or not chunk.sentence_initial) or first in RANGE_OPENERS and len(tokens) > 1 or chunk.after in PLACE_CUES_AFTER and tokens[-1] == chunk.tokens[-1] and not adjective and not verb and not owned_noun:
            if last in STRIP_PLACE_SUFFIXES and len(tokens) > 1:
                place = self.gazetteer.find(_words(tokens[:-1]))
                if place is not None and place.scope in {"country", "region"}:
                    # "U.S. District Judge": the country by its name, spanning its own words
                    return Candidate(tokens[:-1], "place", place.name, KEYWORD, place, chunk.headline)
                return Candidate(tokens, "place", _words(tokens[:-1]), KEYWORD, place, chunk.headline)
            return Candidate(tokens, "place", name, KEYWORD, None, chunk.headline)
        if role_cue and all(self.is_name_word(t) or t.lower in NAME_PARTICLES for t in tokens) and not (len(tokens) == 1 and _inflected_everyday(last)) \
                and not (len(tokens) == 1 and tokens[0] == chunk.tokens[0] and self._everyday(tokens[0])):
            # not a plural after a role ("Attorney Offices"), nor one everyday word after a lower-case role word,
            # an adjective then ("the official Royal tour", "the official Formula One site")
            return Candidate(tokens, "person", name, STRONG, None, chunk.headline)
        # "in English", "in FY04", "in IQ": an everyday word or initials alone are a language, a topic or jargon
        initials = (name.isupper() or name[:-1].isupper() and name.endswith("s")) and "." not in name  # "IQ", "PCs"
        # ... and so is an English word of the dictionary alone ("in Linguistics", "in Wonderland", "in Vogue")
        # "in Pentagonese", "in Legalese": a tongue's or a jargon's name by its "-ese" (a known "-ese" town was found above)
        alone = len(tokens) == 1 and (self._everyday(tokens[0]) or initials or tokens[0].lower in LANGUAGES or last.endswith("ese") and len(last) > 5
                                      or tokens[0].lower in dictionary_words() and tokens[0].lower not in COMMON_GIVEN_NAMES)
        # "a degree in Molecular Genetics", "a Nobel in Economic Sciences": a place's name has a word of its own
        # "in Taylor Hackford's biopic", "in Tony Blair's cabinet": two or three plain name words owning something are
        # a person's name, not a place no table knows ("in Kafr Nabl's" opens with a place's word)
        owner = (chunk.possessive and tokens[-1] == chunk.tokens[-1] and 2 <= len(tokens) <= 3 and first not in PLACE_OPENERS
                 and last not in PLACE_HEADS and all(self.is_name_word(t) for t in tokens) and not any(self._everyday(t) for t in tokens[1:]))
        # "distributed in Extended MetaFiles", "at TechNet Security", "in DoD GC": a product's or an office's camel case or
        # initials, never a place's name the gazetteer does not know
        jargon = any(PRODUCT_CAMEL_CASE.match(t.text) and not t.text.startswith(CAMEL_CASE_NAME_PREFIXES) or t.text.isupper() and len(tokens) > 1
                     for t in tokens)
        # "in Geico commercials", "in Salafi jihadi recruitment", "in Panorama magazine": a name no gazetteer knows used
        # as a modifier of the noun after it is a brand, a creed or a title, not a place ("in Jitar village" is one)
        attributive = (tokens[-1] == chunk.tokens[-1] and chunk.after.isalpha() and chunk.after.islower() and chunk.after in dictionary_words()
                       and chunk.after not in _LEADING_JUNK_OR_PLACE_CUES_AFTER_OR_PLACE_HEADS_OR_SPEECH_VERBS_OR_ATTRIBUTIVE_EXCEPTIONS
                       and not chunk.after.endswith(("ed", "ing", "ly")) and _PUNCTUATED.get())
        inner = next((i for i, t in enumerate(tokens) if i > 0 and t.lower in PLACE_OPENERS_NO_NAME_HOLDS), None)
        if inner is not None and not role_cue:
            # "Zakiyeh Deir Hafer", "Sanei Tal al-Hawa": a village's opening word inside a run is no part of a person's
            # name but a second village run on where the copy lost its commas; the village it opens is a place, the
            # words before it stay unnamed (one word alone says nothing), and so do the villages after the next such word
            end = next((i for i, t in enumerate(tokens) if i > inner and t.lower in PLACE_OPENERS_NO_NAME_HOLDS), len(tokens))
            if end - inner < 2:
                return None  # "Rumeilah Kafr" (the village's name cut off by a known one after it): nobody, no place
            return Candidate(tokens[inner:end], "place", _words(tokens[inner:end]), KEYWORD, None, chunk.headline)
        if any("-" in t.text and any(piece.lower() in PLACE_OPENERS_NO_NAME_HOLDS for piece in t.text.split("-")[1:]) for t in tokens):
            return None  # "Maan-Tal Bazam", "Palmyra-Deir Ezzur": two places glued by a hyphen, no one's name
        if len(tokens) > 1 and _lowercase_article_first(tokens[0]):
            # "al-Hosn Castle", "al-Hazm Storm", "al-Bu Kamal al-Ashara": a person's full name opens with a given name
            # ("Abu Bakr al-Baghdadi"), and a lower-case "al-" opens at most a surname alone; a run opening with one is a
            # village, a quarter, a site or an operation, or villages run together where copy lost its commas ("the
            # neighbourhoods of al-Dokhanyeh Mazzeh"): nothing, even after a place's cue
            return None
        if (_place_context(chunk) and tokens[0] == chunk.tokens[0] and not alone and not owner and not jargon and not attributive
                and not all(self._everyday(t) or _inflected_everyday(t.lower) for t in tokens)):
            return Candidate(tokens, "place", name, CONTEXT, None, chunk.headline)
        # By its shape alone a name needs one word that is not everyday English, or to open with a given name:
        # "Best Regards", "Cancer Patients", "Happy New Year" are headline case or salutations; "Tony Blair",
        # "Frank Field" are names.
        # Nor does a name open with an everyday word that is no given name: "Holy Grail", "Real Madrid", "Time
        # Warner Cable", "Former Wallaby" are headline case, teams, companies or a word glued to a name; nor with
        # a plural or a verb's form of one ("Protesters Gather"); nor is a place then everyday words a person
        # ("Queensland Rail", "Queensland Health": a body of that place).
        everyday = all(t.lower in common_words() for t in tokens) and tokens[0].lower not in GIVEN_NAMES_IN_COMMON_WORDS
        if (_name_length_ok(tokens) and not everyday and (all(self.is_name_word(t) for t in tokens) or self._compass_surname(tokens))
                and not self._everyday(tokens[0]) and not _inflected_everyday(tokens[0].lower) and not _headline_gerund(tokens[0].lower)
                and not self._place_then_words(tokens) and first.rstrip(".") not in SAINT_AND_MOUNT
                and not self._ends_in_headline_word(tokens)
                and last not in PRODUCT_HEADS and last not in ROLE_ENDS and first not in STORM_WORDS and last not in NOT_NAME_ENDS):
            return Candidate(tokens, "person", name, SHAPE, None, chunk.headline)
        if len(tokens) == 1 and chunk.after in SPEECH_VERBS and not chunk.sentence_initial and not everyday:
            return Candidate(tokens, "person", name, SHAPE, None, chunk.headline)
        if len(tokens) == 1 and chunk.after in ORG_CUES_AFTER and tokens[-1] == chunk.tokens[-1] and not everyday and not (
                chunk.after in {"jet", "airliner"} and any(c.isdigit() for c in name)):  # "a modified L-1011 jet": a model, not an airline
            # "Nokia shares", "Hamas spokesman"; not "Presidential spokesman"
            return Candidate(tokens, "organization", name, CONTEXT, None, chunk.headline)
        if len(tokens) == 1:
            return Candidate(tokens, "unknown", name, 0, None, chunk.headline)
        return None


    def _is_country(self, token: Token) -> bool:
        place = self.gazetteer.find(token.text)
        return place is not None and place.scope == "country" and not self.gazetteer.is_demonym(token.text)

    def _place_adjective(self, token: Token) -> bool:
        """'Gazan', 'Damascan': a well-known place's name then a people's ending, which the gazetteer does not know itself
        (a small town's name then "n" is another town's: "Minian" is not Minia's)."""
        text = token.text
        stems = (self.gazetteer.find(text[: -len(end)]) for end in ("n", "an", "ian", "i") if text.endswith(end) and len(text) - len(end) >= 4)
        return any(p is not None and (p.listed or p.scope in {"country", "region"} or p.population >= 1_000_000) for p in stems)

    def _compass_surname(self, tokens: tuple[Token, ...]) -> bool:
        """'Adam West', 'Kanye West': a compass word after a given name, or after a name no table knows as more than a
        small town, is a surname (a region's compass word goes first: 'West Africa', 'East Ghouta')."""
        if len(tokens) != 2 or tokens[1].text not in COMPASS_SURNAMES or not self.is_name_word(tokens[0]):
            return False
        first = tokens[0].lower
        if first in COMMON_GIVEN_NAMES:
            return True
        if not _PUNCTUATED.get():
            return False  # FA-KES lost its commas: "al-Zarbeh South", "Aqareb East" are villages and a compass word run on
        town = self.gazetteer.find(tokens[0].text)
        return first not in dictionary_words() and (town is None or town.scope == "city" and not town.listed and town.population < 200_000)

    @staticmethod
    def _ends_in_headline_word(tokens: tuple[Token, ...]) -> bool:
        """A long plural or verb's form of an everyday word ends a heading, not a name: "Cumulative Updates",
        "Theater Assessments", "Electoral Commissions" (short ones are surnames too: Gaines, Banks, Spears, Rivers)."""
        if tokens[0].lower in COMMON_GIVEN_NAMES:
            return False
        # ... or stands inside a run of three headline words: "Lockheed Allegations Focus" (on Boeing)
        return any(word.endswith(end) and len(word) - len(end) + len(add) >= 6 and (stem := word[: len(word) - len(end)] + add) in common_words()
                   and stem not in COMMON_GIVEN_NAMES for word in (t.lower for t in tokens[1:] if len(tokens) >= 3 or t == tokens[-1])
                   for end, add in INFLECTIONS)

    def _club_city(self, tokens: tuple[Token, ...]) -> bool:
        """'Bristol City', 'Norwich City': a city's name then 'City' that the gazetteer does not know as a whole is its
        club ('Kansas City', 'Mexico City', 'Jersey City' are cities it knows)."""
        town = self.gazetteer.find(_words(tokens[:-1]))
        return town is not None and town.scope == "city" and self.gazetteer.find(_words(tokens)) is None

    def _place_then_words(self, tokens: tuple[Token, ...]) -> bool:
        """A place then everyday words is a body or a team of that place, not a person: "Queensland Rail",
        "Sheffield United", "Bristol Rovers", "Boston Red Sox" (a city as big as a team's, not a given name)."""
        plural_nickname = len(tokens) in (2, 3) and (tokens[-1].lower.endswith("s") and not tokens[-1].lower.endswith("ss")
                                                     and not _patronymic(tokens[-1].lower) or tokens[-1].lower == "sox")
        if not plural_nickname and not all(self._everyday(t) or _inflected_everyday(t.lower) for t in tokens[1:]):
            return False  # "Atlanta Falcons", "Boston Celtics": a city's club goes by a plural
        if self._is_place_word(tokens[0]):
            return True
        place = self.gazetteer.find(tokens[0].text)
        return place is not None and place.population >= TEAM_CITY_POPULATION and tokens[0].lower not in COMMON_GIVEN_NAMES

    def _plainly_a_name(self, tokens: tuple[Token, ...]) -> bool:
        """No everyday word in it, but for a given name first: "Zdravko Micevic", "Simon Pegg"; not "Warner Cable"."""
        return not any(self._everyday(t) for t in tokens[1:]) and (not self._everyday(tokens[0]) or tokens[0].lower in GIVEN_NAMES_IN_COMMON_WORDS)

    @staticmethod
    def _everyday(token: Token) -> bool:
        """An everyday English word that is not a given name ("New", "Co-stars"; not "Frank")."""
        word = token.lower.rsplit("-", 1)[-1]  # a compound is its last word: "co-stars" is "stars"
        return word in common_words() and word not in GIVEN_NAMES_IN_COMMON_WORDS and word not in NAME_PARTICLES

    def is_name_word(self, token: Token) -> bool:
        """A word that can be part of a person's name: not junk, not an acronym, not a demonym."""
        text = token.text
        if len(text) == 2 and text[1] == "." and text[0].isupper() or text in GIVEN_NAMES_LIKE_MONTHS:
            return True  # a middle initial: "George W. Bush"; "Jan" kept before a surname (see _given_name_like_a_month)
        if not text[0].isalpha() or _is_junk_word(token) or (text.isupper() and len(text) > 1) or any(c.isdigit() for c in text):
            return False  # "the Germany No1 jersey", "Bayer 04": a number is in no one's name
        if token.lower in COMPASS_WORDS or token.lower in NOT_NAME_WORDS or token.lower.endswith(COMMON_NOUN_ENDINGS + CONTRACTIONS):
            return False
        if PRODUCT_CAMEL_CASE.match(text) and not text.startswith(CAMEL_CASE_NAME_PREFIXES) or _brand_word(text):
            return False  # "Sophos PureMessage", "Sony PlayStation", "AirAsia": a product's or a company's word, not a person's name
        return not (text[:-1].isupper() and text.endswith("s")) and not self.gazetteer.is_demonym(text)


def _places_of_a_list(found: list[Candidate]) -> list[Candidate]:
    """After "the villages of", "the neighbourhoods of" a list of places follows, often with its commas lost
    ("the villages of Maksar al-Hussan Tuloul al-Hawa"): a name run on in it is a place like the first, not a person
    by its shape."""
    if not found or found[0].kind != "place":
        return found
    return [replace(f, kind="place", strength=CONTEXT) if f.kind == "person" and f.strength <= SHAPE else f for f in found]


# Plural nouns of places before "of": a list of places follows ("the villages of", "the neighbourhoods of").
PLACES_LISTED_AFTER_OF = frozenset("villages towns cities neighborhoods neighbourhoods districts suburbs areas quarters "
                                   "provinces regions settlements".split())


# Arabic words opening villages' names that no person's name holds inside it (unlike "Khan", "Wadi", "Ras", surnames
# and given names too): "Tal Rifaat", "Deir Hafer", "Kafr Nabl", "Jisr al-Shughour", "Maaret al-Numan".
PLACE_OPENERS_NO_NAME_HOLDS = frozenset("tal tel deir kafr kfar kafar kefr jisr maaret maarat maarrat khirbet khirbat kherbat tallet qasr qassr".split())


def _lowercase_article_first(token: Token) -> bool:
    """An Arabic article written in lower case and joined to a capitalised word: "al-Hazm", "el-Sheikh", "ash-Sham"."""
    head, dash, rest = token.text.partition("-")
    return bool(dash) and head in LOWERCASE_ARABIC_ARTICLES and rest[:1].isupper()


# The Arabic article as transliterations write it in lower case before a name: "al-", "el-", "ad-", "ash-", "as-", "ar-".
LOWERCASE_ARABIC_ARTICLES = frozenset("al el ad ash as ar at az an adh ath".split())


def _patronymic(word: str) -> bool:
    """A given name then "s" is a surname, not a team's plural nickname: "Serena Williams", "Orlando Edwards", "Madison
    Roberts" (a mid-sized city's name is a given name too; "Atlanta Falcons", "Boston Celtics" are teams)."""
    return word.endswith("s") and word[:-1] in COMMON_GIVEN_NAMES


INFLECTIONS = (("ers", ""), ("ers", "e"), ("ees", "ee"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("able", ""), ("able", "e"))


@lru_cache(maxsize=8192)
def _inflected_everyday(word: str) -> bool:
    """A plural, a verb's form or an "-able" of an everyday word ("Protesters Gather", "Renames Cabir",
    "Cumulative Updates", "Scalable Enterprise"): headline words, not a given name ("Charles", "Sterling" are
    no inflections of everyday words)."""
    if word in GIVEN_NAMES_IN_COMMON_WORDS or word in COMMON_GIVEN_NAMES:
        return False
    return any(word.endswith(end) and len(word) - len(end) >= 3 and word[: len(word) - len(end)] + add in common_words()
               for end, add in INFLECTIONS)


def _headline_gerund(word: str) -> bool:
    """"Upending Obamacare", "Reshaping Syria": a headline's verb in "-ing" of an English word, rarer than an everyday one,
    opens no person's name ("Sterling", "Irving", "Channing" are given names and no such verb's form)."""
    if not word.endswith("ing") or word in GIVEN_NAMES_IN_COMMON_WORDS or word in COMMON_GIVEN_NAMES:
        return False
    stem = word[:-3]
    return len(stem) >= 4 and (stem in dictionary_words() or stem + "e" in dictionary_words())


# Roles whose words before them name a portfolio or a desk, not a body: "Communications Minister", "Bureau Chief".
PORTFOLIO_ROLES = frozenset({"minister", "ministers", "secretary", "chief", "commissioner"})


# Word endings of English common nouns and adverbs, rare at the end of a name ("Death Toll Rise",
# "Countryside Terrorist", "Reportedly"); "-ing", "-ence", "-ance" are left out (King, Lawrence, Lance).
COMMON_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ism", "ists", "ology", "ship", "edly", "ically", "ities")


ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # up to 39: chapters, wars, kings, super bowls


# "St Mirren", "St Pauli", "Mt Hood": a saint's or a mountain's name is a place, a church or a team, never a person
SAINT_AND_MOUNT = frozenset({"st", "ste", "mt", "ft"})
TEAM_CITY_POPULATION = 100_000
# Last words of products, software and hardware, never of a person's name: "Adobe Acrobat Reader", "Norton
# AntiVirus", "Mozilla Suite", "Inertial Upper Stage"
PRODUCT_HEADS = frozenset("reader server suite antivirus browser software module stage imager carrier edition version "
                          "aircraft algorithm vector".split())
# Words opening an award's category before a role's noun: "best director Oscar", "outstanding actress Emmy".
AWARD_CATEGORY_WORDS = frozenset("best outstanding".split())
# Nouns of a work's maker between the work's title and the maker's name: "Peter Pan author JM Barrie".
CREATOR_NOUNS = frozenset("author creator illustrator composer novelist playwright screenwriter".split())
WORK_BEFORE_CREATOR = re.compile(r"[ \t]+[a-z]+[ \t]+[A-Z]")
# Dogs' breeds named after a person: "a Jack Russell terrier", "a King Charles spaniel".
BREED_NOUNS = frozenset("terrier terriers spaniel spaniels retriever retrievers setter setters".split())
# An actor's part just before a name: "her turn as determined boxer Maggie Fitzgerald", "starring him as spy Ethan Hunt".
WORK_NOUNS = frozenset("film films movie movies saga biopic sitcom documentary thriller musical novel album".split())
# Compass words that are surnames too, written after a given name: "Adam West", "Mae West".
COMPASS_SURNAMES = frozenset({"West", "East", "North", "South"})
# Nouns a work's or a character's name stands before, beside WORK_NOUNS: "the Batman franchise", "the 1960s Batman series".
TITLE_WORK_NOUNS = frozenset("franchise franchises comic comics sequel sequels trilogy costume costumes cartoon cartoons series episode episodes".split())
# Nouns after "<body> <region>" that make the region a role's, a force's or a meeting's domain, no arm of the body.
ARM_DOMAIN_NOUNS = ROLE_WORDS | OWNER_NOUNS | EVENT_HEADS | frozenset("conference conferences summit forum meeting talks envoy".split())
# A medium's word closing a show's title before the show's noun: "the West Wing TV series".
SCREEN_WORDS = frozenset({"tv", "television"})
SHOW_NOUNS = frozenset("series show shows drama dramas sitcom programme program soap".split())
PLAYS_BEFORE = re.compile(r"\b(?:plays|played|playing) (?:[a-z][\w'-]* ){0,2}\Z")
SHOW_AFTER = re.compile(r"[ \t]+(?:on|in) (?:the |a |an )?(?:[\w'-]+ ){0,3}(?:show|series|sitcom|drama|film|movie|soap|comedy)\b")
CHARACTER_BEFORE = guarded(r"\b(?:turn|role|roles|starring|stars|plays|portrays|portraying|cast) as (?:[a-z][\w'-]* ){0,3}\Z")
# Months' short forms that are given names too, written without a full stop: "Jan Egeland".
GIVEN_NAMES_LIKE_MONTHS = frozenset({"Jan"})
# Ranks that are everyday adjectives in lower case (a rank before a name is capitalised: "Major Tom Smith").
LOWERCASE_ADJECTIVE_RANKS = frozenset("major private".split())
# A body's possessive then the next name: "MSU's Management", "HOPE’s Information".
OWNER_GAP = re.compile(r"['’]s?[ \t]+")
# Last words of a body's units and buildings: "the company's Information Technologies Center".
UNIT_HEADS = frozenset("center centre centers centres institute division department unit office".split())
# Formal names' first words: "the Republic of Yemen", "the Kingdom of Bahrain".
STATE_FORMS = frozenset("republic kingdom sultanate emirate principality state".split())
# Words before "League" in a sports league's name.
SPORTS_LEAGUE_WORDS = frozenset("premier champions super europa football soccer rugby basketball baseball hockey cricket major minor "
                                "little national american".split())
# Last words of a programme's name: not a body by the gold's rule (the UN's programmes that are bodies, like the
# World Food Programme, are in data/aliases.tsv).
PROGRAMME_HEADS = frozenset("program programme programs programmes initiative initiatives".split())
# Nouns after a product's name: "Media Center editions", "the Home Premium version".
PRODUCT_NOUNS_AFTER = frozenset("edition editions version versions release releases model models update updates".split())
# Last words of a school, a book, a tournament or a project, never of a person's name: "James Madison High", "Hebrew
# Bible", "Arnold Palmer Invitational", "Keystone Pipeline".
NOT_NAME_ENDS = frozenset("high bible invitational pipeline".split())
# Greek letters: a fraternity's or a sorority's name ("Sigma Alpha Epsilon"), never a person's.
GREEK_LETTERS = frozenset("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau "
                          "upsilon phi chi psi omega".split())
# A role's word closing a phrase: "Marin County Sheriff", "Princess Consort" (not "John Major": no rank here)
ROLE_ENDS = frozenset("sheriff consort associate director-general secretary-general spokesman spokeswoman spokesperson "
                      "minister president chairman governor mayor senator ambassador commissioner correspondent".split())
# Storms are named like people: "Cyclone Pam", "Typhoon Haiyan", "Hurricane Katrina"
STORM_WORDS = frozenset("cyclone typhoon hurricane storm".split())  # "Bristol Rovers": a city big enough to field a club; not a village's name


def _broadcaster_number(tokens: list[Token]) -> bool:
    """"BBC Radio 4", "Channel 4": a broadcaster's number is its name's last word (see chunks.NUMBERED_HEADS)."""
    return len(tokens) > 1 and (tokens[-1].text.isdigit() or tokens[-1].lower in NUMBER_WORDS) and tokens[-2].lower in NUMBERED_HEADS


# A broadcaster's number written as a word: "BBC Radio Four", "Channel Four".
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
GENERATION_SUFFIXES = frozenset({"jr", "sr", "jnr", "snr"})
# Letters after a full name: a rank or an honour, not a word of it ("Ian MacDonald QC", "Nicholas Blake QC", "Jane Smith
# MP"); after one word they are the body or the role ("Labour MP").
POST_NOMINALS = frozenset({"qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "phd", "esq"})
CONTRACTIONS = ("'m", "’m", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "n't", "n’t")  # "I'm Sicilian", "You'll Be", "Aren't Using": speech


CONTINENTS = frozenset({"europe", "asia", "africa", "americas"})


# Fixed phrases where a demonym names no country ("Russian roulette", "French fries", "Spanish flu"). A language still
# counts as its country ("the Turkish language", "translated from Russian"): the gold's demonym rule holds wherever
# one occurs.
DEMONYM_IDIOMS = frozenset(tuple(pair.split()) for pair in (
    "russian roulette|russian doll|russian dolls|french fries|french toast|french kiss|french horn|french windows|"
    "french dressing|turkish delight|turkish bath|swiss cheese|dutch courage|dutch auction|chinese whispers|"
    "chinese checkers|mexican wave|mexican standoff|spanish flu|german measles|german shepherd|danish pastry|"
    "irish coffee|brazilian wax|belgian waffles|canadian bacon|greek yogurt|italian dressing").split("|"))


def _glued_word(first: Token, following: Token) -> bool:
    """An English agent noun, not a given name, before a full name that opens with a whole word: a job or a
    nationality glued on ("Bouncer Zdravko Micevic", "Frenchman Jonathan Dasnieres"; not "Hunter S. Thompson")."""
    return (first.lower.endswith(AGENT_ENDINGS) and first.lower in dictionary_words()
            and first.lower not in _COMMON_GIVEN_NAMES_OR_GIVEN_NAMES_LIKE_AGENT_NOUNS
            and first.text[1:].islower() and len(following.text) > 2 and not following.text.endswith("."))


# Endings of agent and nationality nouns ("bouncer", "demonstrator", "activist", "frenchman", "guardian"); given
# names in the dictionary ("Jose", "Manuel", "Marco") have none of them.
AGENT_ENDINGS = ("er", "or", "ist", "man", "woman", "ian", "ant", "ent")
POSSESSIVE_DETERMINERS = frozenset("his her their its my our your".split())
# A regnal number, II to XXIII ("I" alone is the pronoun as often: see _regnal_name): "Elizabeth II", "Louis XIV", "Benedict XVI".
REGNAL_NUMBER = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")


def _kind_of_group(chunk: Chunk) -> bool:
    """'civil rights group Liberty', 'pop group Blur': a group's kind before its name, which may be one everyday word
    (not "the group Today": a determiner gives no kind)."""
    return chunk.before[-1:] == ("group",) and len(chunk.before) >= 2 and chunk.before[-2].isalpha() and chunk.before[-2] not in FUNCTION_WORDS


def _compound_adjective(token: Token) -> bool:
    """'Prize-winning', 'Smith-starring', 'Prize-winner': an English participle or agent noun after the last hyphen."""
    head, _, tail = token.text.rpartition("-")
    return bool(head) and tail.islower() and len(tail) >= 5 and tail.endswith(("ing", "ed", "er", "en")) and tail in dictionary_words()


# Endings that make a place's name its inhabitant's: London-er, Boston-ian, Texa(s)-n, Moscow-ite.
INHABITANT_ENDINGS = ("er", "ian", "an", "n", "ite")


def _region_adjective(surface: str, region: str) -> bool:
    """'Latin American' for Latin America, 'Middle Eastern' for the Middle East (not 'Gaza Strip' for Gaza)."""
    said, named = lookup_key(surface), lookup_key(region)
    return said != named and said.startswith(named[:-1]) and said.endswith(("an", "ern"))


def _acronym(name: str) -> bool:
    """An organisation's initials by their shape: three to five capitals. Not two ('AZ', 'HR', 'IP', 'PC': states,
    jargon; the two-letter bodies, UN and EU, are in the alias table) nor a Roman numeral ('III', 'XVII')."""
    return name.isupper() and 3 <= len(name) <= 5 and name.isalpha() and not ROMAN_NUMERAL.fullmatch(name)


def _initials(name: str) -> set[str]:
    """'Maritime Self-Defense Force' -> {'MSDF'}; 'Department of Defense' -> {'DD', 'DOD'}."""
    words = name.replace("-", " ").split()
    return {"".join(w[0] for w in words if w[0].isupper()), "".join(w[0] for w in words).upper()}


# A place's generic word opening its name in a Romance language, before "de", "del", "di" ...
ROMANCE_PLACE_OPENERS = frozenset("playa plaza calle barrio praia rua avenida paseo piazza rue isla isola lago".split())
# Nouns after a law's or a doctrine's name, which may be a person's: "Jim Crow laws", "the Monroe doctrine".
LAW_NOUNS = frozenset({"law", "laws", "doctrine"})
# Last words of newspapers' names, which read as surnames after a given name: "the Indy Star", "the Palm Beach Post".
NEWSPAPER_ENDS = frozenset("star tribune herald courier chronicle journal observer mirror examiner inquirer sentinel dispatch "
                           "bulletin gazette globe".split())
# Nouns after a publication's name: "Time magazine", "the Sun Herald newspaper".
PUBLICATION_NOUNS = frozenset({"magazine", "newspaper", "tabloid"})
# A rank or a title before a country's name alone makes a character's or a pageant's title ("Captain America", "Miss
# World" is no place at all).
CHARACTER_TITLES = frozenset({"captain", "miss"})
# Initials joined by "&" that are common nouns, not names: a question-and-answer session, rhythm and blues, a bed and
# breakfast, mergers and acquisitions, research and development.
COMMON_AMPERSAND_INITIALS = frozenset("q&a r&b r&d b&b m&a p&l g&t f&b b&w s&l s&m".split())


def _spelled_out_acronyms(findings: list[Candidate]) -> list[Candidate]:
    """Initials the article spells out elsewhere, with or without brackets, name that body: "the Maritime
    Self-Defense Force ... the MSDF's capabilities"."""
    bodies: dict[str, set[str]] = {}
    for f in findings:
        if f.kind == "organization" and " " in f.name and not f.name.isupper():
            for initials in _initials(f.name):
                bodies.setdefault(initials, set()).add(f.name)
    if not bodies:
        return findings
    return [replace(f, name=next(iter(bodies[f.name])), strength=max(f.strength, KEYWORD))
            if f.kind == "organization" and f.strength <= KEYWORD and _acronym(f.name) and len(bodies.get(f.name, ())) == 1 else f
            for f in findings]


# Last words of bodies' names that also name buildings ("center"), and the uses that make them buildings.
FACILITY_HOLDERS = frozenset({"center", "centre", "facility", "complex"})
FACILITY_USES = frozenset("detention correctional convention shopping conference exhibition holding leisure sports community visitor visitors "
                          "medical".split())  # a medical center is a hospital: a facility by the gold's rule
EX_PREFIX = re.compile(r"[Ee]x-[A-Z]")
# A capital inside a word after four letters or more: "PureMessage", "PlayStation", "BlackBerry"; names have it after a
# short prefix only ("McManaman", "MacDonald", "DeShawn", "LaToya", "DiCaprio"), or after these.
PRODUCT_CAMEL_CASE = re.compile(r"[A-Z]?[a-z]{3,}[A-Z]")
CAMEL_CASE_NAME_PREFIXES = ("Fitz", "Van", "Von", "Della", "Delle", "Degli")
# Two capitalised words run together, a brand's shape: "AirAsia", "JetBlue", "YouTube", "PayPal" (not "MacArthur").
BRAND_CAMEL_CASE = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]+")


def _brand_word(text: str) -> bool:
    return BRAND_CAMEL_CASE.fullmatch(text) is not None and not text.startswith((*CAMEL_CASE_NAME_PREFIXES, "Mac"))


def _profession(word: str) -> bool:
    """A job's noun glued before a name: the listed ones and the learned trades ("oceanographer", "epidemiologist")."""
    return word.rsplit("-", 1)[-1] in JOB_NOUNS or word.endswith(("ographer", "ologist", "ician", "ographers", "ologists", "icians"))
# Verbs that are also a body's initials, shouted after a subject ("It IS basic"), and the subjects.
SHOUTED_VERBS = frozenset({"IS", "WAS", "ARE", "DID", "CAN", "WILL"})
SUBJECT_WORDS = frozenset("it this that there what which who he she here".split())
# Titles of peers, whose "of" names a territorial designation: "Lord Nicholls of Birkenhead", "Baroness Kennedy of the Shaws".
PEER_TITLES = frozenset("lord lady baroness baron viscount earl marquess countess".split())
# A royal's or a peer's title right before "of" and a place, capitalised, with at most one given name between:
# "Prince Henry of", "the Duke of", "Countess of" (not "the prince of darkness": lower case; "Lady" opens churches too:
# "Our Lady of Lourdes").
NOBLE_TITLE_BEFORE_OF = re.compile(r"\b(?:Prince|Princess|Duke|Duchess|Earl|Countess|Marquess|Marchioness|Marquis|Viscount|Viscountess|Baron|Baroness)"
                                   r"(?: [A-Z][a-z]+)? of $")
# Words of a school's name: a campus GeoNames lists as a town is the school ("University of Texas").
SCHOOL_HEADS = frozenset({"university", "college", "institute", "academy"})
SPELLED_WORD = re.compile(r"[^\s()]+")
# Small words a body's name runs across and its initials may skip: "Aerospace Maintenance and Regeneration Group".
SPELLED_SMALL_WORDS = frozenset({"of", "for", "and", "the", "in", "on", "&"})
PARTICLE_NAME = re.compile(r"(?:al|el)-[A-Z]")
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
SAINTS = frozenset({"st", "ste", "saint", "sainte"})
SAINTS_BUILDING = re.compile(r"['’]s?[ \t]+(?P<head>[A-Z][a-z]+)\b")
# Buildings and grounds named after a saint in the possessive ("St James' Park", "St Mary's Hospital").
# "the Trois Eveches mountain", "the Pra Loup ski resort": after "the", a name then (one lower-case word and) a
# landscape's or a facility's noun is that place's or facility's name, not a person's
LANDMARK_NOUN_AFTER = re.compile(r"[ \t]+(?P<first>[a-z]+)(?:[ \t]+(?P<second>[a-z]+))?")
LANDSCAPE_NOUNS = frozenset("mountain mountains valley river lake village hamlet island peninsula desert glacier canyon gorge plateau volcano massif ridge "
                            "beach".split())
LANDMARK_FACILITIES = frozenset("resort airport hotel stadium station".split())


def _landmark_noun(text: str, end: int) -> str:
    """The landscape's or facility's noun right after a name, or after one lower-case word ("ski resort"), else ""."""
    words = LANDMARK_NOUN_AFTER.match(text, end)
    if words is None:
        return ""
    nouns = _LANDSCAPE_NOUNS_OR_LANDMARK_FACILITIES
    if words["first"] in nouns:
        return words["first"]
    second = words["second"] or ""
    return second if second in nouns and words["first"] not in FUNCTION_WORDS else ""
SAINTS_BUILDINGS = FACILITY_HEADS | frozenset("park college chapel abbey infirmary academy university church school ground".split())
# Titles whose "of" opens a body or a portfolio, not a place ("Chief of Staff", "Head of Mission").
TITLE_WORDS_BEFORE_A_BODY = frozenset({"chief", "head", "director", "chairman", "chair", "leader", "commander", "secretary"})


# Nouns after a city's name that make it its sports club: "Chelsea manager", "Liverpool striker", "Porto fans".
CLUB_CUES_AFTER = frozenset("manager striker midfielder defender goalkeeper keeper coach boss winger forward fans supporters "
                            "squad teammate teammates captain skipper".split())


# Last words of a treaty's or a law's name, which may hold a place's: "the Geneva Conventions", "the Kyoto Protocol".
DOCUMENT_HEADS = frozenset("carta charter manifesto".split())  # last words of a founding document's name
MEASURE_HEADS = frozenset("scale scales".split())  # last words of a measure's name: "the Torino Scale", "the Richter scale"
TREATY_HEADS = frozenset("agreement agreements accord accords protocol protocols convention conventions treaty treaties declaration "
                         "communique memorandum".split())
# First words of two-word team nicknames: "Red Sox", "Blue Jays", "Maple Leafs", "Golden Knights".
NICKNAME_COLOURS = frozenset("red white blue black golden maple green silver crimson orange scarlet".split())
# Plurals after a place's name that name no team: "Paris Attacks", "Syria Talks", "Florida Keys", "Aleppo Suburbs".
TEAMLESS_PLURALS = frozenset("attacks talks protests elections affairs news times keys suburbs outskirts floods riots bombings "
                             "shootings killings negotiations hearings trials sanctions games olympics".split())
# Whether the article being read kept its apostrophes and commas (FA-KES copy lost them; see Extractor.candidates).
_PUNCTUATED: ContextVar[bool] = ContextVar("punctuated", default=True)
# Words after a place's name that are no noun it modifies: "in Jitar on Monday", "in Daraya as well".
ATTRIBUTIVE_EXCEPTIONS = frozenset("is was are were has had have will would could can may might did does do said says where which who "
                                   "when while than near over under into during last next early late yesterday today tonight "
                                   "les la le de del des du sur sous am im upon twice once again ago too now then alone instead every each "
                                   "both all so not no only just even still yet".split())  # "Seyne les Alpes", "Newcastle upon Tyne"
# Nouns after an eponym's possessive: the illness is named after someone, nobody in the story.
EPONYM_NOUNS = frozenset({"disease", "syndrome", "disorder", "palsy"})
# Football leagues by their own names (not "X League", see SPORTS_LEAGUE_WORDS): not annotated, and not the town Serie.
LEAGUE_NAMES = frozenset({"serie a", "serie b", "la liga", "liga", "ligue", "ligue 1", "ligue 2", "bundesliga", "eredivisie", "primeira liga"})
# Adjectives that make one title with the role after them: "Supreme Leader", "Deputy Director", "Prime Minister".
RANK_ADJECTIVES = frozenset("supreme deputy vice chief prime acting assistant associate executive general senior principal".split())
# Nouns after a social network's name that make the words before it the page's owner: "the Chris Kyle Facebook page".
NETWORK_PAGE_NOUNS = frozenset("page pages account accounts feed feeds profile post posts channel group".split())
# A body's own last word after its head word: "Airports Council International", "Rotary Club Worldwide".
BODY_LAST_WORDS = frozenset({"international", "worldwide"})


def _international_body(tokens: list[Token]) -> bool:
    return len(tokens) > 2 and tokens[-1].lower in BODY_LAST_WORDS and tokens[-2].lower in ORG_HEADS


# Last words of football grounds' names ("Stamford Bridge", "Upton Park", "Elland Road", "White Hart Lane").
VENUE_HEADS = frozenset("park bridge road lane ground grounds stadium arena oval field lodge cottage".split())
# A sports report: three kinds of its words and a score ("a 2-0 victory", "the tie finished level at 3-3").
SPORTS_WORDS = re.compile(r"\b(?:goals?|scored|striker|midfielder|defender|goalkeeper|league|penalty|half-time|first half|second half|"
                          r"season|tournament|quarterfinals?|quarter-finals?|semifinals?|semi-finals?|cup|coach|derby|fixture|"
                          r"kick-off|innings|wickets?|touchdowns?|playoffs?|champions|relegation|stoppage time|hat-trick)\b", re.IGNORECASE)
FIXTURE_MARKS = frozenset({"v", "vs"})
FIXTURE = re.compile(r"\b[A-Z][\w'’-]* (?:v|vs\.?) [A-Z]")
SCORELINE = guarded(r"(?<![\d.,/-])\d{1,2}-\d{1,2}(?![\d/-])")
# The words before a team in a fixture or a result ("a 1-0 win over Lens", "held to a draw with Hamburg", "away to
# Hannover", "It faces Barcelona"), nearest last.
FIXTURE_BEFORE = frozenset({
    ("win", "over"), ("wins", "over"), ("won", "over"), ("victory", "over"), ("victory", "against"), ("win", "against"),
    ("draw", "with"), ("draw", "against"), ("drew", "with"), ("defeat", "at"), ("defeat", "to"), ("defeat", "by"),
    ("defeat", "against"), ("loss", "to"), ("loss", "at"), ("lost", "to"), ("lose", "to"), ("away", "to"), ("away", "at"),
    ("home", "to"), ("home", "against"), ("hands", "of"), ("beaten", "by"), ("held", "by"), ("win", "at"), ("victory", "at"),
    ("draw", "at"), ("lead", "over"), ("clash", "with"), ("triumph", "at"), ("triumph", "over"), ("triumph", "against"), ("tie", "against"), ("tie", "with"), ("match", "against"),
    # a player's move between clubs ("arrived from Porto", "a loan spell at Everton")
    ("arrived", "from"), ("signed", "from"), ("joined", "from"), ("move", "from"), ("moved", "from"), ("loan", "from"),
    ("loan", "at"), ("loan", "to"), ("spell", "at"), ("spell", "with"), ("transfer", "from"), ("transfer", "to"),
})
FIXTURE_VERBS = frozenset("beat beats beating faces face facing hosts hosting host vs v versus eliminated edged thrashed against rival rivals".split())
# The words after a team's name ("an impressive Bilbao side", "doubled Bilbao's lead", "Lyon will return").
TEAM_WORDS_AFTER = frozenset("side team lead players captain won beat drew lost scored equalised equalized led v vs chairman chief secretary".split())


def _sports_report(text: str) -> bool:
    """Three kinds of sports words and a score, or a fixture ("Real Madrid v Juventus": a draw's or a preview's list)."""
    return (SCORELINE.search(text) is not None or FIXTURE.search(text) is not None) and len({m.casefold() for m in SPORTS_WORDS.findall(text)}) >= 3


def _club_in_a_fixture(found: Candidate, chunk: Chunk) -> bool:
    """In a sports report a city alone as one side of a fixture or a result is its club ("defeat at Augsburg", "It
    faces Barcelona", "a Bilbao side"); a country there is its national side, the place by the gold's rule."""
    if found.kind != "place" or found.place is None or found.place.scope != "city":
        return False
    return (tuple(chunk.before[-2:]) in FIXTURE_BEFORE or chunk.before[-1:] and chunk.before[-1] in FIXTURE_VERBS
            or chunk.after in TEAM_WORDS_AFTER)


def _clubs_by_their_city(findings: list[Candidate]) -> list[Candidate]:
    """A city the article once names as a club ("Chelsea manager Jose Mourinho") is the club wherever a sports story
    names it alone ("Chelsea beat Porto"): its other one-word mentions are the club too."""
    clubs = {f.name for f in findings if f.kind == "organization" and f.place is not None}
    if not clubs:
        return findings
    return [replace(f, kind="organization", place=None) if f.name in clubs and len(f.tokens) == 1 and f.kind == "place"
            else replace(f, place=None) if f.name in clubs and f.kind == "organization" else f for f in findings]


def _bodies_in_full(findings: list[Candidate]) -> list[Candidate]:
    """A body's name cut before its "of", "for" or "on" names the one body the article gives in full: "the National
    Archives" after "the National Archives of Australia"."""
    full = {f.name for f in findings if f.kind == "organization" and any(f" {c} " in f.name for c in BODY_CONNECTORS)}
    if not full:
        return findings
    longer: dict[str, set[str]] = {}
    for name in full:
        for connector in BODY_CONNECTORS:
            head, found, _ = name.partition(f" {connector} ")
            if found:
                longer.setdefault(head, set()).add(name)
    return [replace(f, name=next(iter(longer[f.name]))) if f.kind == "organization" and len(longer.get(f.name, ())) == 1 else f
            for f in findings]


def _without_stray_acronyms(findings: list[Candidate]) -> list[Candidate]:
    """An acronym nobody spells out, that no table knows, that the article uses once and with no word making
    it a body (see _body_context) is jargon ("RSS", "PDF", "AEST", "LCD") as often as a body: when unsure, show
    less. A body the story is about comes back ("DSB ... the DSB") or is spelled out ("Defense Science Board
    (DSB)", kept under that name)."""
    uses: dict[str, int] = {}
    for f in findings:
        uses[f.name] = uses.get(f.name, 0) + 1
    return [f for f in findings if not (f.kind == "organization" and f.strength == SHAPE and _acronym(f.name) and uses[f.name] == 1)]


# Words before initials that make them a body: "the SAS had", "told ITV", "consulting group BBK".
PEOPLES_CUES_BEFORE = frozenset({"broadcaster", "publisher"})  # a company's noun, and a person's
# What a person makes, before "maker": "documentary maker Michael Cockerell", "film maker Ken Loach" (a "drug maker",
# a "toy maker" is a company).
PEOPLES_MAKINGS = WORK_NOUNS | frozenset("programme programmes program programs policy decision peace".split())


def _maker_of_works(chunk: Chunk) -> bool:
    """'documentary maker' before a name: a person's job, no company's cue."""
    return chunk.before[-1:] == ("maker",) and chunk.before[-2:-1] != () and chunk.before[-2] in PEOPLES_MAKINGS
BODY_CUES_BEFORE = ORG_CUES_BEFORE | frozenset({"the", "told", "by"})


def _body_context(chunk: Chunk) -> bool:
    """Initials used as a body: after "the" or "told", owning something ("NPR's Steve Inskeep") or speaking, or
    someone's employer ("policy director of AARP", "an analyst at IDC", "a spokesman for Nato")."""
    before = chunk.before[-1] if chunk.before else ""
    employer = len(chunk.before) >= 2 and before in {"of", "at", "for"} and (chunk.before[-2] in ROLE_WORDS or chunk.before[-2] in JOB_NOUNS)
    return before in BODY_CUES_BEFORE or employer or chunk.possessive or chunk.after in SPEECH_VERBS or chunk.after in ORG_CUES_AFTER


def _name_length_ok(tokens: tuple[Token, ...]) -> bool:
    """Two or three name words, four only with a particle ('Luiz Inacio Lula da Silva' has two)."""
    words = [t for t in tokens if t.lower not in NAME_PARTICLES]
    return 2 <= len(words) <= 3 or (len(words) == 4 and len(words) < len(tokens))


# Titles a person known by one name is called by: "Prince William", "Queen Elizabeth", "Pope Francis".
ROYAL_TITLES = frozenset("king queen prince princess pope emperor empress duke duchess".split())


def _with_royal_title(finding: Candidate, title: Token) -> Candidate:
    """'Prince William' is the name, not 'William', unless the article names him in full (see resolve_in_article); so is
    a peer's title with the one name after it ('Lord Strathclyde', 'Lady Hale': the gold's rule, the way Britain names them)."""
    if finding.kind != "person" or len(finding.tokens) != 1 or title.lower not in ROYAL_TITLES and title.lower not in PEER_TITLES:
        return finding
    return Candidate(finding.tokens, "person", finding.name, finding.strength, None, finding.headline, finding.after, title.text)


def _is_abbreviation(chunk: Chunk) -> bool:
    """"International Humanitarian Law (IHL)": an all-capital word in brackets right after a phrase."""
    return len(chunk.tokens) == 1 and chunk.tokens[0].text.isupper() and bool(chunk.before) and chunk.before[-1] == "(" and chunk.after == ")"


def _abbreviation_of(chunk: Chunk, previous: list[Candidate]) -> list[Candidate]:
    """The bracketed acronym is the phrase before it: same entity, or nothing if that was nothing."""
    token = chunk.tokens[0]
    if not previous or previous[-1].kind == "credit":
        return []
    last = previous[-1]
    initials = "".join(w[0] for w in last.name.split() if w[0].isupper())
    if initials != token.text:
        return []
    return [Candidate((token,), last.kind, last.name, last.strength, last.place, last.headline)]


def _is_credit(chunk: Chunk) -> bool:
    """'Reporting by Angus McDowall', 'Posted on July 12 2016 by Paula Astih'."""
    before = chunk.before
    if before and before[-1] == "by" and (len(before) == 1 or before[-2] in CREDIT_WORDS
                                          or before[-2].isdigit() and not (len(before) == 3 and before[0] in {"in", "since", "of", "until", "from"})):
        return True  # "by X" opening a paragraph is a byline, and "Posted on July 12 2016 by X"; not "killed in 2013 by X"
    if len(before) >= 2 and before[-1] == ":" and before[-2] in CREDIT_LABELS:
        return True  # "Contact: Jane Holm", "Photo: Mark Tully", "Editor: ..."
    if len(before) == 3 and before[0] in {"original", "full"} and before[1] in {"story", "article", "report"} and before[2] in {"at", "on"}:
        return True  # "See the original story at Billboard.com": a syndicated story's credit line
    return chunk.after == "/" or bool(before) and before[-1] == "/"  # "Claudia Daut / Reuters file"


# A colon then a figure: "Liftoff Thrust: 884,000 kgf", "Total Mass: 733,400 kg" (a spec sheet's field labels).
FIELD_VALUE = re.compile(r":\s*[$€£]?\d")
# A line that is only a name and a place ("Sasha Henriques, Jamaica" under a reader's comment) or a name alone in
# brackets closing a paragraph ("(Craig Morris) / (anw/c't)"): a signature or a credit, not someone in the story.
SIGNATURE_LINE = re.compile(r"^[ \t]*([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}), (?:[A-Z][\w'’.-]+ ?){1,3}[ \t]*$", re.M)
LINE = re.compile(r"[^\n]+")
LINK_LINE_WORDS = 10  # a link's or a section's title in a page's closing list is short
SENTENCE_ENDS = frozenset(".!?:;,\"'”’")  # not ")": "Secure Borders, Safe Haven (pdf)"
# A byline run into the copy with its outlet and its date: "Paul Roberts, IDG News Service Friday, December 03, 2004".
DATED_BYLINE = re.compile(r"((?<![\w,] )\b[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}, (?:[A-Z][\w'’.&-]* ){1,5})(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? "
                          r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\b)")
BRACKETED_CREDIT = re.compile(r"\(([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})\)[ \t]*(?:/|$)", re.M)


# A nickname in quotes inside a name ('Vincent "Buddy" Cianci'): blanked out (same length, so offsets hold)
# and the name reads as one.
NICKNAME = guarded(r"(\b[A-Z][\w'’.-]* )([\"“][A-Z][\w'’.-]*[\"”])(?= [A-Z])")


# A given name an editor put in brackets between a rank and a surname: "Officer (Al) Moore" reads "Officer Al   Moore"
# (same length, and the name's span still opens at the bracket).
BRACKETED_GIVEN_NAME = re.compile(r"(\b[A-Z][\w.'’-]* )\(([A-Z][a-z]+)\)(?= [A-Z][a-z])")
# A role and a given name an editor put in brackets before a quoted surname: "dreams of (Rosneft CEO Igor) Sechin resignation"
# reads "Rosneft CEO Igor  Sechin" (the brackets become spaces: the same length).
BRACKETED_ROLE_AND_NAME = re.compile(r"\(((?:[A-Z][\w.'’&-]* )*([A-Za-z-]+) [A-Z][a-z]+)\)(?= [A-Z][a-z])")


def _without_nicknames(text: str) -> str:
    if "(" in text:
        text = BRACKETED_GIVEN_NAME.sub(lambda m: f"{m.group(1)}{m.group(2)}  " if _given_name(m.group(2)) else m.group(), text)
        text = BRACKETED_ROLE_AND_NAME.sub(lambda m: f" {m.group(1)} " if m.group(2).casefold() in ROLE_WORDS else m.group(), text)
    if '"' not in text and "“" not in text:
        return text
    return NICKNAME.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


def _given_name(word: str) -> bool:
    return word.casefold() in COMMON_GIVEN_NAMES or word.casefold() in GIVEN_NAMES_IN_COMMON_WORDS


QUOTES = frozenset('"“”')
# Words just before a film's or a show's character: "the role of spy Ethan Hunt", "portrays Lara Croft".
CHARACTER_CUES = frozenset("role character characters portrays portrayed portraying".split())  # not "played": sport


TITLE_SMALL_WORDS = frozenset("a an the of for in on and to with at by from or nor but as vs".split())
QUOTED_SPAN = re.compile(r"[\"“]([^\"“”\n]{3,100}?)[,.!?]?[\"”]")
TITLE_WORD = re.compile(r"[\w'’&:-]+")


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of quoted titles: three words or more, each capitalised but the small ones ("The Lord of the Rings",
    "A Series of Unfortunate Events"); not a quoted sentence ("Barack Obama is wrong")."""
    spans = []
    for match in QUOTED_SPAN.finditer(text):
        words = TITLE_WORD.findall(match.group(1))
        if len(words) >= 3 and words[0][0].isupper() and all(w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words):
            spans.append(match.span(1))
    return spans


def _quoted(chunk: Chunk, text: str) -> bool:
    """The whole phrase in quotes, a closing comma or full stop inside them ("Jaws," "Jurassic Park.")."""
    return bool(chunk.before) and chunk.before[-1] in QUOTES and (
        chunk.after in QUOTES or chunk.after in {",", "."} and text[chunk.tokens[-1].end + 1 : chunk.tokens[-1].end + 2] in QUOTES)


# A breadcrumb trail's steps ("Home > Strategic Program > ...", "SignOnSanDiego.com > News > Nation"): each step
# before a " > " names a section of the site, not something in the story.
BREADCRUMB_STEP = re.compile(r"[^>\n]{1,60}? > (?=[^\n]*? > |[^\n]{0,60}$)|(?<= > )[^>\n]{1,60}? > ")


# "Jet Propulsion Laboratory / Pasadena, California" closing a page: the publisher's address, not the story's place
TRAILING_ADDRESS = re.compile(r"(?:^|\n)([ \t]*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}[ \t]*)\s*$")


# "Washington, DC 20515-3701" on a line of its own: a letterhead's or a contact's postal address (a town, a state's
# initials and a ZIP code), not a place the story is about.
POSTAL_ADDRESS = re.compile(r"(?:^|\n)([ \t]*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2},? [A-Z]\.?[A-Z]\.?[ \t]+\d{5}(?:-\d{4})?[ \t]*)(?=\n|$)")


# A cross-reference to another story in brackets: "(see Melting glaciers threaten communities in South Asia)", "(see
# Report: VOIP Growth Won't Benefit All)": a link's title, not the story's names.
SEE_ALSO = re.compile(r"\([Ss]ee [^()\n]{3,200}\)")


def _signatures(text: str) -> list[tuple[int, int]]:
    """Spans of signature lines, bracketed credits (see SIGNATURE_LINE), cross-references and breadcrumb steps: their
    names are nobody and nothing in the story."""
    spans = [m.span() for pattern in (SIGNATURE_LINE, BRACKETED_CREDIT) for m in pattern.finditer(text)]
    spans += [m.span(1) for m in DATED_BYLINE.finditer(text)]
    if "(see " in text or "(See " in text:
        spans += [m.span() for m in SEE_ALSO.finditer(text)]
    spans += [m.span(1) for m in POSTAL_ADDRESS.finditer(text)]
    address = TRAILING_ADDRESS.search(text)
    if address:
        spans.append(address.span(1))
    if text.count(" > ") >= 2:
        spans += [m.span() for line in _lines_with_crumbs(text) for m in BREADCRUMB_STEP.finditer(text, *line)]
    return spans


# Words before a social network's name in a page's widgets: "Follow us on", "Share on", "Like us on", "Comment via".
WIDGET_CUES = frozenset("follow share like comment via find join subscribe connect email print tweet".split())


def _widget(chunk: Chunk) -> bool:
    """'Follow us on Twitter', 'Share on Facebook', 'Comment via Facebook', a network in a heading or a list of them:
    the page's furniture, not the story's; a "like" right before the name is the preposition ("other platforms, like
    Facebook or Tumblr"): a button says "Like us on"."""
    cues = chunk.before[:-1] if chunk.before[-1:] == ("like",) else chunk.before
    return (chunk.headline or not WIDGET_CUES.isdisjoint(cues) or not SOCIAL_NETWORKS.isdisjoint(chunk.before)
            or chunk.after in SOCIAL_NETWORKS or not chunk.before and chunk.after in {"", "|", "/", ","})


def _opening_byline(text: str, chunk: Chunk) -> bool:
    """A name alone on one of the page's first two lines, above the story ("Associated Press" under the headline):
    the byline's agency or the site's name, furniture by the gold's rule."""
    start, end = chunk.tokens[0].start, chunk.tokens[-1].end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if line.removeprefix("The ").removeprefix("the ") != text[start:end] or len(chunk.tokens) > 4:
        return False
    return sum(1 for earlier in text[:line_start].splitlines() if earlier.strip()) < 2


def _lines_with_crumbs(text: str) -> list[tuple[int, int]]:
    lines, start = [], 0
    for line in text.splitlines(keepends=True):
        if line.count(" > ") >= 2:
            lines.append((start, start + len(line)))
        start += len(line)
    return lines


def _split_run_ons(tokens: list[Token]) -> list[list[Token]]:
    """Split where a new name visibly starts: a capitalised function word ('... Principles Our Standards'),
    an armed group's opener ('Faylaq al-Rahman Jaysh al-Islam'), a second 'al-' word in a row."""
    parts: list[list[Token]] = [[]]
    for token in tokens:
        previous = parts[-1][-1] if parts[-1] else None
        # (a month's short form left opening the phrase is a given name: see Extractor._given_name_like_a_month)
        function_word = token.text[0].isupper() and token.lower in LEADING_JUNK and not token.text.isupper() and not (
            previous is None and not parts[:-1] and token.text in GIVEN_NAMES_LIKE_MONTHS) and not (
            previous is not None and previous.lower in NUMBERED_HEADS and token.lower in NUMBER_WORDS) and not (  # "BBC Radio Four"
            previous is not None and previous.text in CONNECTORS_AFTER_HEAD)  # "Institute for Near East Policy": inside a name
        starts_new = previous is not None and (
            function_word
            or token.lower in ORG_OPENERS
            or (token.text.startswith("al-") and previous.text.startswith(("al-", "Al-")))
            or (previous.text.startswith("al-") and token.text[0].isupper() and not token.text.startswith("Al-")
                and len(parts[-1]) >= 2 and token.lower not in NAME_ENDS)
        )
        if starts_new:
            parts.append([])
        if not function_word:
            parts[-1].append(token)
    return [p for p in parts if p]


def _employer_context(chunk: Chunk) -> bool:
    """'an analyst at X', 'once worked at X', 'a job at X': X is where someone works."""
    before = chunk.before
    return len(before) >= 2 and before[-1] == "at" and (before[-2] in ROLE_WORDS or before[-2] in JOB_NOUNS or before[-2] in WORK_WORDS_BEFORE_AT)


def _glued_ampersand(text: str, chunk: Chunk) -> bool:
    """The phrase is joined to an ampersand with no space: "PA&E", "AT&T"."""
    start = chunk.tokens[0].start
    return GLUED_AMPERSAND.match(text, chunk.tokens[-1].end) is not None or start >= 2 and text[start - 1] == "&" and text[start - 2].isalnum()


def _place_context(chunk: Chunk, known_town: bool = False) -> bool:
    """'in X', 'the town of X': X is a place; not 'in Assad regime airstrikes' (a ruler's regime, forces...).
    'to X', 'from X' only for a town the gazetteer knows."""
    if chunk.after in OWNER_NOUNS:
        return False
    before = chunk.before
    if len(before) >= 2 and before[-1] == "in" and before[-2] in HOLDING_NOUNS:
        return False  # "his position in Sears", "a stake in Kmart": a company, not a place
    if len(before) >= 2 and before[-1] == "at" and (before[-2] in ROLE_WORDS or before[-2] in JOB_NOUNS):
        return False  # "an analyst at Goldman Sachs", "a researcher at Sophos": an employer
    if len(before) >= 2 and before[-1] == "at" and before[-2] in WORK_WORDS_BEFORE_AT and not known_town:
        return False  # "a job at Northrop Grumman", "once worked at Netscape": an employer no gazetteer knows, not a place
    if len(before) >= 2 and before[-1] == "in" and before[-2] in EVENT_VERBS_BEFORE_IN:
        return False  # "taking part in Crufts", "starred in Neighbours": an event or a show, not a place
    if before and before[-1] == "at" and len(chunk.tokens) == 1 and not known_town:
        return False  # "worked at Walmart", "showings at Sundance": one unknown word after "at" is a shop or an event
    if before and (before[-1] in PLACE_CUES or known_town and before[-1] in TOWARDS_CUES):
        return True
    return len(before) >= 2 and before[-1] == "of" and before[-2] in PLACE_NOUNS_BEFORE_OF


# Adjectives that open a body's own name ("National Security Council"), unlike a word glued to a known one ("New
# European Commission").
BODY_ADJECTIVES = frozenset("national international federal central supreme royal joint general higher grand".split())
# Jobs (beside ROLE_WORDS) whose "at" names an employer.
JOB_NOUNS = frozenset("""analyst analysts researcher researchers economist economists engineer engineers scientist
    scientists consultant consultants strategist strategists expert experts employee employees manager managers
    worker workers staff executives partner partners technologist physicist striker midfielder defender goalkeeper
    fullback winger forward curator stylist historian rapper singer songwriter designer chef novelist actor actress
    producer photographer lawyer owner breeder trainer jockey polesitter incumbent democrat republican""".split())
# Words of working somewhere whose "at" names an employer ("worked at", "a job at"), not a place.
WORK_WORDS_BEFORE_AT = frozenset("""job jobs career careers work worked works working employed employment internship
    intern interns executive executives stint tenure spokesman spokeswoman spokesperson colleague colleagues""".split())
# Verbs and nouns whose "in" names an event, a show or a film, not a place: "took part in Crufts".
MAX_UNKNOWN_PLACE_WORDS = 5  # an unknown place named with more words is a list that lost its commas
# Words after a constituency's name ("Glasgow Kelvin MP", "the Sheffield Hallam seat", "the Hartlepool by-election").
CONSTITUENCY_CUES_AFTER = frozenset({"mp", "mps", "msp", "seat", "constituency", "constituencies", "by-election", "byelection"})
EVENT_VERBS_BEFORE_IN = frozenset("part participate participated participating participates compete competed competing competes "
                                  "starred starring stars star appeared appearing appears appear cameo "
                                  # "published in Lancet", "wrote in Vogue": a journal, an organisation by the gold's rule
                                  "published publishes publish wrote writes writing".split())
# First words of military bases' names: "Camp Lejeune", "RAF Northolt" (a refugee camp goes by "camp" last).
BASE_OPENERS = frozenset({"camp", "raf"})
# Nouns after "Indian" that make it America's first peoples': "Indian Country", "Indian reservation".
NATIVE_AMERICAN_NOUNS = frozenset("country reservation reservations tribe tribes tribal nation nations affairs".split())
# Nouns of owning and investing: what comes after their "in" is a company ("a stake in Sears").
HOLDING_NOUNS = frozenset("stake stakes position positions shares share holding holdings investment investments interest".split())


STREET_HEADS = frozenset("street st road avenue ave boulevard blvd drive lane way place parkway highway".split())


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


# A military unit named by its ordinal: "the 24th Infantry Regiment", "the 5th Space Launch Squadron", "the 223rd Military
# Intelligence Battalion" (the chunks leave the number out: a digit is in no name).
NUMBERED_UNIT = re.compile(r"\b\d{1,3}(?:st|nd|rd|th) (?:(?:[A-Z][a-z]+|and) ){0,5}(?:Regiment|Battalion|Brigade|Division|Squadron|Wing|"
                           r"Group|Infantry|Airborne|Fleet|Army|Corps|Cavalry|Artillery|Armou?red|Marines|Company|Expeditionary Unit|Combat Team)(?![\w-])")


def _town_inside_a_longer_name(finding: Candidate, chunk: Chunk, found: list[Candidate]) -> bool:
    """A town or a region (not a country: the gold's rule counts a country inside any name) next to a capitalised word,
    or a name particle ("Seyne les Alpes"), of its own chunk that no place, role, title, place head, compass word, date
    or initials explain: "Paris Charles de Gaulle", "Hospital Dallas" (not "London Mayor Ken Livingstone", "Gaza City",
    "Kowloon West", "Washington D.C.", "Aleppo Tuesday")."""
    if finding.kind != "place" or finding.place is None or finding.place.scope == "country" or chunk.before[-1:] in (("\"",), ("“",)):
        return False  # a nickname in quotes still names its place ("Baghdad Bernie"), as in _place_opening_a_name
    if finding.tokens[0].text.isupper():
        return False  # a dateline run on after a byline ("By Steve Jordan CAIRO, Nov 15 (Reuters)"): the story's place
    starts = [t.start for t in chunk.tokens]
    if finding.tokens[0].start not in starts or finding.tokens[-1].start not in starts:
        return False  # a token the finder rebuilt (a possessive's stem): it ends the chunk anyway
    first, last = starts.index(finding.tokens[0].start), starts.index(finding.tokens[-1].start)
    placed = {t.start for f in found if f.kind == "place" for t in f.tokens}
    neighbours = chunk.tokens[first - 1 : first] if first else ()
    return any(_glue_word(t) for t in (*neighbours, *chunk.tokens[last + 1 : last + 2]) if t.start not in placed)


def _glue_word(token: Token) -> bool:
    """A word that makes a town beside it part of a longer name: a name particle, a facility's head ("Hospital
    Dallas") or a capitalised word no everyday one (a name: "Charles", "Kerry"); not "In Africa" opening a sentence,
    "a Rhode Island Republican", "a San Diego Web company", nor a role, a title, a place's head or a date."""
    if token.lower in NAME_PARTICLES or token.lower in FACILITY_HEADS:
        return True
    return (token.text[0].isupper() and not token.text.isupper() and not token.text.endswith(".") and token.lower not in common_words()
            and token.lower not in _UNGLUED_WORDS)


def _trailing_links(text: str) -> list[tuple[int, int]]:
    """The page's last short lines with no sentence's end, after the story ("Ask Aristotle David Blunkett", "Useful sites
    Home Office", "Police reform"): a list of links, furniture whose names count only when the copy names them too. Not
    a table's rows (digits), nor lines with no story's sentence before them."""
    spans: list[tuple[int, int]] = []
    lines = [m for m in LINE.finditer(text) if m.group().strip()]
    for line in reversed(lines):
        words = line.group().split()
        if len(words) > LINK_LINE_WORDS or line.group().rstrip()[-1] in SENTENCE_ENDS or any(c.isdigit() for c in line.group()):
            return spans
        spans.append(line.span())
    return []


def _confirmed_outside_runs(findings: list[Candidate], runs: list[tuple[int, int]]) -> list[Candidate]:
    """A name only a headline run into the copy gives ("... in a mine shaft. Coalition Confirms Syrias Raqqa Completely
    Liberated From Daesh ...", a related story's title a crawl glued on) is that other story's, even a name the tables
    know for sure (the weaker ones wait for the article's body in resolve_in_article, as a Title Case line's do)."""
    def in_run(f: Candidate) -> bool:
        return any(start <= f.start and f.end <= end for start, end in runs)

    elsewhere = {f.name for f in findings if not in_run(f)}
    return [f for f in findings if not in_run(f) or f.name in elsewhere]


def _numbered_units(findings: list[Candidate], text: str) -> list[Candidate]:
    """Each numbered unit as one body, in place of the names the chunks found inside it ("Infantry Regiment")."""
    units = [m for m in NUMBERED_UNIT.finditer(text) if not m.group().endswith(" and")]
    if not units:
        return findings
    kept = [f for f in findings if not any(m.start() <= f.start and f.end <= m.end() for m in units)]
    for m in units:
        tokens = tuple(Token(w.group(), m.start() + w.start(), m.start() + w.end()) for w in re.finditer(r"\S+", m.group()))
        kept.append(Candidate(tokens, "organization", m.group(), KEYWORD))
    return sorted(kept, key=lambda f: f.start)


# "X is represented by CAA and Kleinberg Lange", "repped by WME and Jackoway Tyerman", "is with CAA, Oasis Media Group and
# Del Shaw": the list after these names the agencies and law firms that represent someone.
REPRESENTED_BY = guarded(r"\b(?:(?:is|are) (?:represented|repped) by|(?:is|are) with) (?=[A-Z])")


def _firms_representing(findings: list[Candidate], text: str) -> list[Candidate]:
    """A two-word name by its shape alone (no common given name first) in such a list beside a body is a firm named for
    its partners, not a person ("Kleinberg Lange", "Hansen Jacobson")."""
    cues = [m.end() for m in REPRESENTED_BY.finditer(text)]
    if not cues:
        return findings
    out = list(findings)
    for cue in cues:
        listed = []
        position = cue
        for index, f in enumerate(out):
            if f.start < position:
                continue
            if f.start != position:
                break
            listed.append(index)
            gap = re.match(r"(?:,| and|, and) ", text[f.end:])
            if gap is None:
                break
            position = f.end + gap.end()
        if not any(out[i].kind == "organization" for i in listed):
            continue
        for i in listed:
            f = out[i]
            if f.kind == "person" and f.strength <= SHAPE and len(f.tokens) == 2 and f.tokens[0].lower not in COMMON_GIVEN_NAMES:
                out[i] = Candidate(f.tokens, "organization", f.name, CONTEXT, None, f.headline, f.after)
    return out


def _towns_named_like_a_person(findings: list[Candidate], text: str) -> list[Candidate]:
    """'Kanye' in a story about Kanye West is the man, not the town in Botswana: a one-word town no table lists, named
    like the given or stage name of a person the article names in full, is a place only after a place's cue ("in
    Kanye") or opening a line (a dateline); otherwise it is dropped."""
    given = {f.tokens[0].text for f in findings if f.kind == "person" and len(f.tokens) >= 2}
    if not given:
        return findings

    def cued(f: Candidate) -> bool:
        if f.start == 0 or text[f.start - 1] == "\n":
            return True
        word = _WORD_BEFORE.search(text, max(0, f.start - 40), f.start)
        return word is not None and word.group(1).casefold() in PLACE_CUES

    return [f for f in findings if not (f.kind == "place" and len(f.tokens) == 1 and f.place is not None and f.place.scope == "city"
                                         and not f.place.listed and f.tokens[0].text in given and not cued(f))]


def _street_corners(findings: list[Candidate], text: str) -> list[Candidate]:
    """'near Exposition Boulevard and Watt Way': a name ending in a street's word, joined by "and" to a street, is the
    crossing street, not a person by its shape."""
    out = list(findings)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if (second.kind == "person" and second.strength <= SHAPE and second.tokens[-1].lower in STREET_HEADS and first.kind == "place"
                and first.tokens[-1].lower.rstrip(".") in STREET_HEADS and text[first.end : second.start] in (" and ", " & ")):
            out[i] = replace(second, kind="place", strength=CONTEXT)
    return out


FACILITY_QUALIFIERS = frozenset({"international", "regional", "national", "memorial", "general", "municipal", "county"})
FLIGHT_NUMBER = re.compile(r"[a-z]{0,3}\d{1,5}")  # "9525", "qz8501" (lower-cased)
WORD_BEFORE = re.compile(r"(\S+)[ \t]+\Z")


def _titled_place(finding: Candidate, text: str, titled: set[str]) -> Candidate:
    """A later "in Sheikh Mustafa" is the village the article named "the village of Sheikh Mustafa", not a person
    "Mustafa" under a title."""
    word = WORD_BEFORE.search(text, max(0, finding.start - 40), finding.start) if finding.kind == "person" else None
    if word is None or f"{word.group(1)} {finding.name}" not in titled:
        return finding
    title = Token(word.group(1), word.start(1), word.end(1))
    return replace(finding, tokens=(title, *finding.tokens), kind="place", name=f"{title.text} {finding.name}", strength=CONTEXT, place=None)


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor(Gazetteer.full(), load_alias_table())


def extract_mentions(text: str) -> tuple[Mention, ...]:
    """People, places and organisations in `text`, in order, each with its canonical name in the article."""
    return default_extractor().mentions(text)


def entity_refs(mentions: tuple[Mention, ...]) -> tuple[EntityRef, ...]:
    """Distinct entities in order of first mention."""
    seen: dict[tuple[str, str], EntityRef] = {}
    for mention in mentions:
        seen.setdefault((mention.name, mention.kind), EntityRef(mention.name, mention.kind))
    return tuple(seen.values())


def dateline_place(dateline: str) -> EntityRef | None:
    """The place a dateline names ("TEHRAN" -> Tehran), when the gazetteer knows it; of "Town, Region" ("Venice,
    California"), the town when it lies in the region's country, else the region."""
    parts = [part.strip() for part in dateline.split(",") if part.strip()]
    if len(parts) > 1:
        gazetteer = default_extractor().gazetteer
        town, region = gazetteer.find(parts[0]), gazetteer.find(parts[-1])
        if region is not None and region.country and (town is None or town.country != region.country):
            return dateline_place(parts[-1])
        return dateline_place(parts[0])
    place = default_extractor().gazetteer.find(dateline.strip())
    if place is None:
        return None
    return EntityRef(place.name if place.scope in {"country", "region"} or dateline.isupper() else dateline.strip(), PLACE)


# Unions the loops above test words against, built once (an 'x in A | B' builds its union at every test).
_BODY_CONNECTORS_OR_THE_OR_AND = BODY_CONNECTORS | {"the", "and"}
_BODY_CONNECTORS_OR_THE_OR_AND_OR_AMPERSAND = BODY_CONNECTORS | {"the", "and", "&"}
_COMMON_GIVEN_NAMES_OR_GIVEN_NAMES_LIKE_AGENT_NOUNS = COMMON_GIVEN_NAMES | GIVEN_NAMES_LIKE_AGENT_NOUNS
_FACILITY_HEADS_OR_PLACE_HEADS_OR_EVENT_HEADS = FACILITY_HEADS | PLACE_HEADS | EVENT_HEADS
_GENERATION_SUFFIXES_OR_POST_NOMINALS = GENERATION_SUFFIXES | POST_NOMINALS
_LANDSCAPE_NOUNS_OR_LANDMARK_FACILITIES = LANDSCAPE_NOUNS | LANDMARK_FACILITIES
_LEADING_JUNK_OR_PLACE_CUES_AFTER_OR_PLACE_HEADS_OR_SPEECH_VERBS_OR_ATTRIBUTIVE_EXCEPTIONS = LEADING_JUNK | PLACE_CUES_AFTER | PLACE_HEADS | SPEECH_VERBS | ATTRIBUTIVE_EXCEPTIONS
_MONTHS_OR_WEEKDAYS = MONTHS | WEEKDAYS
# Beside a town, no longer name: "London Mayor", "Texas Gov.", "Gaza City", "Kowloon West", "a Texas Democrat", "the Florida
# Panhandle" (a part of the place)
_UNGLUED_WORDS = (ROLE_WORDS | TITLES | ABBREVIATED_TITLES | PLACE_HEADS | LANDSCAPE_NOUNS | COMPASS_WORDS | MONTHS | WEEKDAYS
                  | {"democrat", "democrats", "republicans", "panhandle", "riviera", "highlands", "lowlands", "outback", "steppe"})
_NAME_ENDS_OR_EVENT_HEADS = NAME_ENDS | EVENT_HEADS
_NAME_ENDS_OR_EVENT_HEADS_OR_PLACE_HEADS_LIKE_SURNAMES_OR_TEAMLESS_PLURALS = NAME_ENDS | EVENT_HEADS | PLACE_HEADS_LIKE_SURNAMES | TEAMLESS_PLURALS
_ROLE_WORDS_OR_TITLES = ROLE_WORDS | TITLES
_ROLE_WORDS_OR_TITLES_OR_COMMON_GIVEN_NAMES = ROLE_WORDS | TITLES | COMMON_GIVEN_NAMES
_TITLES_OR_ABBREVIATED_TITLES = TITLES | ABBREVIATED_TITLES
_TITLES_OR_ROLE_WORDS = TITLES | ROLE_WORDS
_WHOLE_OPENERS_OR_NOT_NAME_WORDS = WHOLE_OPENERS | NOT_NAME_WORDS
_WORK_NOUNS_OR_TITLE_WORK_NOUNS = WORK_NOUNS | TITLE_WORK_NOUNS
