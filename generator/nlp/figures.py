"""Key figures a briefing reader looks for, found in an article's sentences, each with its scope.

People counts (killed, wounded, displaced, detained, missing) are read the way conflict-event
coders read them (ACLED's conventions):

* a count is bound to the casualty verb that governs it: the verb just before it ("killing at least
  44", "wounded dozens") or the one just after its noun phrase ("nine people ... were killed"), so
  "killed 44 and wounded dozens" gives killed 44 and wounded 12;
* the total, not a subset: a count after "including", "among them" or "of whom" is a breakdown, and
  "five of the injured" is part of a count already given; a part by age or sex told again later ("Eleven
  children were killed", or in the headline) is that part, not a toll of its own;
* counts joined by "and" under one verb add up ("two soldiers and three civilians were killed" is 5);
* vague quantities have fixed values (tens 10, dozens 12, scores 20, hundreds 100, thousands 1,000),
  a range counts at its lower bound ("30 to 40" is 30), "more than 300" is 300;
* numbers that count something else are not casualties: ages, years, durations, distances, money,
  percentages, and people rescued, saved, treated or evacuated (no casualty verb binds them).

The headline is read too, after the body (see extract_figures). Each figure has a scope: ``event`` (the story's own news) or ``background`` (a war's running total,
another year or month, a comparison, a forecast or hypothetical, a yearly statistic), decided from
cues in the figure's clause. Background figures are kept for the reader but never summed.
Ceasefire durations (hours) and aid amounts keep their narrow patterns. Each figure keeps its
sentence, so a reader can check it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from generator.models import KeyFigure
from generator.nlp.figure_context import (
    cut_title_repeated,
    headline,
    is_caption,
    is_tweet,
    other_headline,
    repeats_title,
    segments,
    unrepeated,
)
from generator.nlp.figure_time import (
    OTHER,
    REFER_SENTENCES,
    dated_incidents,
    day_named,
    earlier_report,
    earlier_weekday,
    incident_time,
    lead_weekday,
    names_period,
    refers_back,
    report_weekday,
    tells_incident,
    time_of,
    times,
)
from generator.nlp.figure_totals import ADDITIVE, FigureTotal, story_figures, total_figures
from generator.nlp.figure_words import (
    BACKGROUND,
    EVENT,
    count_value,
    has_cue,
    is_background,
    is_exact,
    tells_other_time,
)
from generator.nlp.figure_words import COUNT as _COUNT
from generator.nlp.openings import guarded
from generator.nlp.sentences import split_sentences

__all__ = ["ADDITIVE", "BACKGROUND", "EVENT", "FigureTotal", "KeyFigure", "extract_figures", "story_figures", "total_figures"]

KILLED, WOUNDED, DISPLACED, DETAINED, MISSING = "killed", "wounded", "displaced", "detained", "missing"
CEASEFIRE, AID_USD, AID_TONNES, AID_TRUCKS = "ceasefire_hours", "aid_usd", "aid_tonnes", "aid_trucks"
FIGURE_LABELS = {
    KILLED: "killed", WOUNDED: "wounded", DISPLACED: "displaced", DETAINED: "detained", MISSING: "missing",
    CEASEFIRE: "hours of ceasefire", AID_USD: "US$ in aid", AID_TONNES: "tonnes of aid", AID_TRUCKS: "aid trucks",
}
Parts = set[tuple[str, int, str]]  # a toll's parts by age or sex told so far: (kind, count, noun), see _parts
LEAD_SENTENCES = 3  # an article's news is told in its first sentences (is_background's ``lead``)
REPEAT_CHARS = 20  # a sentence this long printed again in an article is a repeat, read once (shorter ones may recur)
# A later count without a day of its own this many times the article's first of its kind (and this large) is a tally.
TALLY_RATIO, TALLY_SIZE = 10, 100
PEOPLE_COUNTS = (KILLED, WOUNDED, DISPLACED, DETAINED, MISSING)
FIGURE_KINDS = tuple(FIGURE_LABELS)

_FIGHTERS = r"(?:fighters|militants|terrorists|gunmen|jihadists|insurgents|mercenaries|rebels|militiamen|extremists|operatives)"
def _number_of(words: str) -> str:
    """A count told as a number's value: "The number of victims [in the explosion] is at least 70", "The number of ... men
    women and children abducted in the last three days stands at 220"."""
    return (rf"number\s+of\s+(?:[\w()\[\]-]+\s+){{0,6}}?(?:{words})\s+(?:[\w()\[\]-]+\s+){{0,8}}?(?:(?:has|have|had)\s+)?(?:now\s+)?"
            r"(?:is|was|stands\s+at|stood\s+at|reached|(?:rose|risen|climbed|increased|jumped)\s+to)(?=\s)")


_VICTIMS = (r"(?:people|persons|civilians|men|women|children|soldiers|troops|officers|personnel|prisoners|hostages|captives|detainees|"
            r"journalists|workers|members|(?-i:[A-Z][a-z]+(?:ans|is|ese|ds|ks)))")
# Verbs that take the count after them (active voice): "the strike killed 7", "claimed the lives of nine".
_ACTIVE = {
    KILLED: _number_of("killed|dead|deaths|fatalities|victims") + "|"
            r"(?:the\s+)?killing\s+of|"
            # a killing told as a noun: "ISIL Claims Beheading of 18 Syrians", "the executions of 30 prisoners"
            rf"(?:beheadings?|executions?|decapitations?|elimination)\s+of(?=\s+(?:(?:at\s+least|more\s+than|over|about|around|some|nearly)\s+)?"
            rf"[\w,]+\s+(?:[\w'-]+\s+){{0,3}}?(?:{_FIGHTERS}|{_VICTIMS})\b)|"
            # "The number of ... fighters killed in battles (Saturday) against ISIL in the town ... has risen to 39"
            r"number\s+of\s+(?:[\w()-]+\s+){0,6}?(?:killed|dead)\s+(?:[\w()-]+\s+){0,20}?(?:(?:has|had|have)\s+)?(?:now\s+)?"
            r"(?:risen|rose|climbed|increased|jumped)\s+to|"
            r"number\s+of\s+(?:[\w-]+\s+){0,2}?(?:killed|dead|deaths|fatalities)\s+(?:at|to)|"
            r"(?:lost|losing)(?=\s+(?:(?:at\s+least|more\s+than|over|about|around|some|nearly)\s+)?[\w,]+\s+(?:of\s+(?:its|their|his|her)\s+)?(?:[\w'-]+\s+)?"
            r"(?:fighters|soldiers|troops|men|members|militants|jihadists|rebels|officers|personnel|civilians|people)\b)|"
            r"fatally\s+(?:shooting|shot|stabbing|stabbed|wounding|wounded|injuring|injured)|"  # "fatally stabbing five neighbors"
            r"killing|kills|kill|killed|massacred|massacring|(?:claimed|claiming)\s+(?:the\s+)?lives\s+of|"
            # (a claim, not a toll, when its count heads a clause: "Washington has claimed all four were enemy combatants")
            r"(?:claimed|claiming)(?!(?:\s+[\w,'-]+){1,4}?\s+(?:were|was|are|is|had|have|would|will|could|to\s+be)\b)|executed|executing|executes|execute|"
            r"(?:taken|took|taking|takes|take)\s+the\s+lives\s+of|beheaded|beheading|beheads|behead|crucified|crucifying|crucifies|crucify|"
            r"eliminated|eliminating|eliminates|eliminate|"
            # fighters "destroyed" are killed ("destroyed some 120 Daesh (banned in Russia) militants"); not their gear
            rf"(?:destroyed|destroying|destroys|destroy)(?=\s+(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|up\s+to)\s+)?[\w,]+\s+"
            rf"(?:\([^()]{{1,40}}\)\s+|(?!(?:by|of|for|to|in|on|at|from|with|and|used|belonging|held|run)\b)[\w'-]+\s+){{0,3}}?{_FIGHTERS}\b(?![’']))|"
            r"deaths\s+of|death\s+of|(?:received|receiving|receives|recovered|recovering|retrieved|pulled\s+out|collected)\s+(?:the\s+)?(?:bodies|corpses|remains)\s+of|"
            # ("received the bodies of 44 victims"; not a sighting: "saw the bodies of four children", "One video showed the bodies of")
            # (before the shorter toll phrases: "The death toll from twin explosions in the province of Homs rose to 32")
            r"death\s+toll\s+(?:[\w-]+(?:['’]s)?\s+){0,14}?(?:rose|climbed|jumped|increased|rises|climbs|jumps|increases)\s+to|"
            r"(?:death\s+)?toll\s+(?:[\w-]+(?:['’]s)?\s+){0,8}?(?:to|of|at|reached|stood\s+at|is|was)|"
            r"(?:death\s+)?toll\s+(?:[\w-]+(?:['’]s)?\s+){0,20}?(?:has|had|have)\s+(?:now\s+)?(?:risen|climbed|jumped|increased)\s+to",
    WOUNDED: _number_of("wounded|injured") + "|"
             r"number\s+of\s+(?:[\w-]+\s+){0,2}?(?:wounded|injured)\s+(?:at|to)|wounding|wounds|wounded|injuring|injures|injured|"
             # ("hurting more than 260 others"; not "you hurt one you hurt us all")
             r"(?:hurting|hurt)(?=\s+(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|another)\s+)*[\w,]+\s+(?:[\w'-]+\s+)?"
             r"(?:others|people|persons|civilians|soldiers|children|women|men|passengers|pupils|students|officers|policemen|workers)\b)",
    DISPLACED: r"displacing|displaced|uprooting|uprooted|"
               # "has driven 20,000 people from their homes"
               r"(?:driven|drove|drives|drive|driving)(?=\s+(?:(?:at\s+least|more\s+than|over|about|around|some|nearly)\s+)?[\w,]+\s+"
               r"(?:[\w'-]+\s+){0,3}?(?:from|out\s+of)\s+(?:their|his|her)\s+homes?\b)",
    # (Not a camera's: "whether the cameras captured one person and a shadow".)
    DETAINED: _number_of("arrested|detained|abducted|kidnapped|captured|hostages|detainees") + "|"
              r"arresting|arrested|detaining|detained|abducting|abducted|kidnapping|kidnapped|(?:rounded|rounding|rounds|round)\s+up|"
              # "took 20 people hostage", "took 30 ISIS fighters prisoner", "seized 15 workers" (not "seized 15 villages")
              r"(?:took|taken|taking|takes|take)(?=\s+(?:(?:at\s+least|more\s+than|over|about|around|some|nearly)\s+)?[\w,]+\s+"
              r"(?:[\w'-]+\s+){0,3}?(?:hostages?|prisoners?|captives?)\b)|"
              rf"(?:seized|seizing)(?=\s+(?:(?:at\s+least|more\s+than|over|about|around|some|nearly)\s+)?[\w,]+\s+(?:[\w'-]+\s+){{0,2}}?"
              rf"(?:{_FIGHTERS}|{_VICTIMS})\b)|"
              r"(?<!cameras\s)(?<!camera\s)(?<!footage\s)(?<!video\s)(?<!videos\s)(?:capturing|captured)",
    # "the fate of around 200 other soldiers remained unknown"
    MISSING: r"fate\s+of(?=\s+(?:[\w'-]+\s+){1,6}?(?:remains?|remained|is|was|are|were)\s+(?:still\s+)?(?:unknown|unclear)\b)",
}
# Words after the count's noun phrase that say what it counts (passive voice, or a noun): "nine ... were killed".
_PASSIVE = {
    KILLED: r"fatally\s+(?:shot|stabbed|wounded|injured)|shot\s+dead|(?:stabbed|beaten|burned|burnt|hacked)\s+to\s+death|"
            r"claimed(?!\s+(?:responsibility|credit|victory|that|to|the|it|control|by)\b)|"  # "33 Militants Claimed in Syria", "were also claimed"
            r"destroyed|killed|dead(?!-)|died|die|slain|massacred|executed|beheaded|crucified|martyred|martyrs|fell\s+as\s+martyrs|lost\s+their\s+lives|perished|dying(?!\s+to\b)|deaths|fatalities|bodies|corpses|lives",
    WOUNDED: r"wounded|injured|hurt|injuries|suffered\s+(?:from\s+)?(?:suffocation|burns|wounds|injuries)",
    DISPLACED: r"displaced|fled|flee|flees|fleeing|refugees\s+(?:have\s+|had\s+)?(?:crossed|arrived|poured|streamed|flooded)|escaped(?!\s+(?:from\s+)?(?:[\w'-]+\s+){0,3}?(?:prisons?|jails?|custody|detention))|uprooted|made\s+homeless|forced\s+(?:to\s+flee|from\s+their\s+homes)|driven\s+from\s+their\s+homes",
    # ("two were quickly caught by bystanders"; not "caught in the crossfire")
    DETAINED: r"detained|arrested|abducted|kidnapped|captured|caught(?=\s+by\b)|taken\s+(?:prisoner|hostage|captive|into\s+custody)|rounded\s+up",
    MISSING: r"missing|unaccounted\s+for",
}
# Active forms that are also passive participles ("Two killed 6 injured"): a following verb wins over them.
_AMBIGUOUS = re.compile(r"(?:killed|wounded|injured|hurt|displaced|detained|arrested|abducted|kidnapped|captured|executed|massacred)$",
                        re.IGNORECASE)


def _verb_pattern(table: dict[str, str]) -> re.Pattern[str]:
    return guarded("|".join(rf"(?P<{kind}>\b(?:{verbs})\b)" for kind, verbs in table.items()), re.IGNORECASE)


_ACTIVE_RE = _verb_pattern(_ACTIVE)
_PASSIVE_RE = _verb_pattern(_PASSIVE)
_QUALIFIERS = (r"(?:at\s+)?least\s+at|at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|an\s+estimated|a\s+further|another|"
               r"as\s+many\s+as|no\s+fewer\s+than|no\s+less\s+than|roughly|approximately|a\s+total\s+of|only|the|least")
# A claim's hedge between the verb and its count: "North Korea has arrested what it claims are two spies".
_WHAT_IT_CLAIMS = (r"(?:what\s+(?:it|they|he|she|officials|police|authorities|the\s+\w+)\s+(?:(?:claims?|claimed|says?|said|calls?|called)\s+"
                   r"(?:are|were|was|is|to\s+be)|describes?\s+as|described\s+as)\s+)?")
# The killer counted with his victims: "killing himself and 149 others aboard" is 150 (as "a woman and nine children" is 10).
_SELF = r"(?:himself|herself)"
_PERSON = (r"(?:man|woman|child|boy|girl|baby|infant|father|mother|son|daughter|brother|sister|husband|wife|soldier|civilian|"
           r"policeman|officer|journalist|doctor|nurse|teacher|fighter|person|relative|member|worker|volunteer|staffer|employee|driver|paramedic)")
# Between an active verb and its count: nothing but qualifiers ("killing at least 44", "killed her three children"),
# or one person named first ("injuring a female teacher and 19 others": the person is added, see _singles); "all" before
# the count is a qualifier too ("killing all 150 people on board"). A quote may open at the count: the army said the strike
# killed "hundreds including many civilians".
_ACTIVE_GAP = re.compile(rf"\s*(?:[\"“]\s*)?{_WHAT_IT_CLAIMS}(?:(?:{_QUALIFIERS}|her|his|their|its|all)\s+)*(?:(?:(?:a|an|one)\s+(?:[\w'-]+\s+)?{_PERSON}|{_SELF})\s+and\s+(?:also\s+)?"
                         rf"(?:(?:{_QUALIFIERS}|her|his|their|its)\s+)*)?", re.IGNORECASE)
# Between a count and its passive verb: a short noun phrase, a breakdown ("including five children"), "were".
_BREAKDOWN = (r"(?:,?\s*(?:including|among\s+them|among\s+whom|of\s+whom|amongst\s+them|most\s+of\s+them|mostly|mainly)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+,?"
              r"|-\s+(?:(?!\s-\s)[^.;]){1,100}?\s+-)")  # or any aside set off by dashes ("- who include ... Iranian-backed militias -")
# Two sides of one noun: "70 regime and rebel fighters have been killed", "50 rebels and jihadists were killed" (one count,
# "and" inside its noun phrase).
_SIDE_NOUNS = r"(?:fighters|soldiers|troops|militants|rebels|civilians|forces|members|gunmen|jihadists|terrorists|insurgents|militiamen)"
_SIDES_AND = (rf"(?:and|or)\s+(?!(?:many|some|several|other|more|most|few|all|the|their|his|her)\b)"
              rf"(?=[A-Za-z][\w'-]*\s+{_SIDE_NOUNS}\b|{_SIDE_NOUNS}\s+(?:were|was|have|has|had)\b)")
# One person added before a plural verb: "another 27 students and a female teacher were injured" (see _singles).
# (Or right before the participle, the end of the gap: "with four children and one man killed in regime shelling" is 5.)
_AND_ONE_PERSON = rf"and\s+(?:a|an|one)\s+(?:[\w'-]+\s+)?(?:\([^()]{{1,40}}\)\s+)?(?:[\w'-]+\s+)?{_PERSON}\s+(?=(?:were|are|have)\b|$)"
_AGES = r"(?:\d{1,2}\s+(?:and|to)\s+)?\d{1,2}\s+years?\s+(?:old\s+)?"  # "eight students between 7 and 12 years old were killed"
_NOT_IN_NOUN = (r"said|says|told|which|whom|after|before|when|while|but|because|since|if|and|or|according|reported|among|not|never|no|"
                r"you|they|he|she|\w+n[’']t")  # (a negation: "two trees outside didn't get uprooted")
# A noun phrase may end at the comma that opens its breakdown: "nine people, including four attackers, were killed".
_COMMA_BREAKDOWN = r"(?=,\s*(?:including|among\s+them|among\s+whom|of\s+whom|amongst\s+them|most\s+of\s+them|mostly|mainly)\b)"
# ... or at an aside set off by commas right before its finite passive, with no casualty word of its own: "Seven
# college-age people, some who came to Panama City Beach, Florida, for spring break, were wounded", "Two law
# enforcement officers, one in Fond du Lac, Wisconsin, and another in San Jose, California, were shot and killed".
_COMMA_ASIDE = (r",\s+(?:(?!\b(?:killed|dead|died|wounded|injured|hurt|arrested|detained|displaced|fled|missing|said|says|told)\b)[^;.!?\d]){3,110}?"
                r",\s+(?=(?:were|was|(?:have|has|had)\s+been)\s)")
# A word of the count's noun phrase, in quotes or not ('dozens of "fighters" were killed'); a side's allies are of it
# ("At least 86 members of government forces and its allies ... were killed").
_NOUN_WORD = r"[\"“]?[A-Za-z][\w'’.-]*[\"”]?"
_AND_ALLIES = r"and\s+(?:its|their|his|her)\s+(?:allies|affiliates|proxies)\s+"
# "were shot and killed", "were stabbed and wounded": the second participle is the count's kind.
_SHOT_AND = r"(?:(?:shot|stabbed|beaten|attacked|hit)\s+and\s+)?"
# A partitive's whole in digits: "2 of the 5 suspects were killed" (as "two of the five suspects").
_WHOLE_IN_DIGITS = r"(?:(?<=\bthe\s)|(?<=\bthose\s)|(?<=\bthese\s))\d[\d,]*\s+"
# Two names joined inside a noun phrase: "30 militants of the terrorist group operating in Iraq and Syria were killed",
# "Thirteen militants of the so-called Islamic State in Iraq and Levant organization were killed" (no clause's "and").
_NAMES_AND = r"(?-i:[A-Z][\w'’.-]*)\s+and\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*)\s+"
_PASSIVE_GAP = re.compile(
    rf"[\"”’']?\s*(?:(?!(?:{_NOT_IN_NOUN}|who|that)\b)"
    rf"{_NOUN_WORD}(?:\s+|{_COMMA_BREAKDOWN})|\([A-Z][\w.-]*\)\s+|{_BREAKDOWN}\s*|{_SIDES_AND}|{_AGES}|{_AND_ONE_PERSON}|{_AND_ALLIES}|{_NAMES_AND}|"
    rf"{_WHOLE_IN_DIGITS}){{0,7}}?(?:(?:who|that)\s+)?"
    rf"(?:(?:were|was|have|has|had|been|are|is|be|being|got|reportedly|reported|confirmed|said\s+to|also|later|all|still|"
    rf"(?:began|begun|begin|begins|started|start|starts)\s+to)\s+)*{_SHOT_AND}",  # "thousands of inhabitants had begun to flee"
    re.IGNORECASE,
)
# A longer subject before a finite passive: "four medical staff from a dispensary in Maarzita in southern Idlib province were
# also killed", "nine members of the rebel alliance who were working in the clinic were also killed".
_LONG_PASSIVE_GAP = re.compile(
    rf"\s*(?:(?!(?:{_NOT_IN_NOUN})\b){_NOUN_WORD}(?:\s+|{_COMMA_BREAKDOWN}|{_COMMA_ASIDE})|\([A-Z][\w.-]*\)\s+|{_BREAKDOWN}\s*|{_SIDES_AND}|{_AND_ALLIES}|{_NAMES_AND}){{1,14}}?"
    rf"(?:were|was|(?:have|has|had)\s+been)\s+(?:(?:also|reportedly|later|all|still)\s+)*{_SHOT_AND}",
    re.IGNORECASE,
)
# What "dozens of ..." counts when it counts people ("Scores of Syrian rebels", "Dozens of army soldiers").
_PEOPLE_NOUNS = (r"(?:people|persons|civilians|others|thousands|hundreds|lives|fighters|soldiers|troops|rebels|militants|terrorists|"
                 r"insurgents|jihadists|gunmen|policemen|police|officers|guards|children|kids|women|men|members|residents|inhabitants|citizens|villagers|"
                 r"refugees|students|workers|protesters|demonstrators|migrants|worshippers|pilgrims|passengers|patients|prisoners|"
                 r"detainees|volunteers|staff|personnel|operatives|recruits|militiamen|Syrians|Iraqis|Kurds|Palestinians|Israelis|"
                 r"Afghans|Americans|Turks|Russians|Iranians)\b")
# After an active verb, a participle before a people noun is an adjective, not the count's verb: "killed at least 26
# displaced people" (without a verb before it, "the 21 injured people" counts the injured).
_ADJECTIVE_AFTER = re.compile(rf"\s+(?!(?:others|thousands|hundreds|lives)\b)(?:{_PEOPLE_NOUNS}|{_PERSON}\b)", re.IGNORECASE)
# A participle between a determiner and a person is an adjective: "One nurse cradles the wounded fighter".
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|(?:camps?|shelters?|centres?|centers?|housing|schools?|aid|homes?)\s+for)\s+$",
                                re.IGNORECASE)  # ... as is one after what serves them: "camps for displaced people"
_ANIMALS = (r"(?:animals|birds|geese|ducks|swans|chickens|poultry|hens|cattle|cows|head\s+of\s+cattle|sheep|goats|pigs|horses|camels|"
            r"donkeys|livestock|dogs|cats|fish|dolphins|whales|seals|elephants|rhinos|lions|tigers|bears|wolves|deer|bats|bees|sharks)\b")
# Words that say the number counts something that is not a casualty, or a part of a count.
_NOT_PEOPLE_AFTER = re.compile(
    r"(?:\s+(?:and|to)\s+\d+)?"  # a range of ages or durations: "between 7 and 12 years old"
    r"\s*%|"  # a share, not a count: "kills up to 90% of MRSA bacteria" ("%" ends no word: no \b after it)
    r"\s*(?:-|\s)?(?:years?|months?|weeks?|days?|hours?|minutes?|km|kilometres|kilometers|miles|metres|meters|per\s?cent|percent|"
    r"(?:of\s+them\s+)?(?:identified|named)\s+as|"  # "Three terrorists one identified as Abu Obaida": one of them, named
    r"times|year-old|years?-old|dollars|euros|pounds|votes?|seats?|tonnes|tons|rounds|shells|rockets|missiles|strikes|raids|attacks|"
    r"villages|towns|buildings|houses|homes|famil(?:y|ies)|groups|gatherings|cells|hideouts|vehicles|trucks|lorries|buses|cars|boats|tanks|aircraft|planes|sorties|limbs|legs)\b"
    # animals are no casualties of a conflict digest: "retrieved 2,000 dead snow geese", "killed 40 head of cattle"
    rf"|\s+(?:[a-z-]+\s+){{0,2}}?{_ANIMALS}"
    # (A count of families or households is no count of people, even displaced: "almost 1000 families ... registered as
    # displaced" is left out rather than shown as "1,000 displaced", which would misstate it.)
    # ("two of them children died", "one of them a child" are breakdowns; "two of them died" is a count. "thousands of
    # displaced Syrians" is a population, not a count of the displaced.)
    rf"|\s+of\s+(?!them\s+(?:\w+ly\s+)?(?:were|was|have|has|had|are|is|been|died|dead|killed|wounded|injured|got|remain|remained)\b"
    # "rushed dozens of injured to hospital" counts them ("five of the injured" is a part, "dozens of dead terrorists" an adjective)
    rf"|(?:injured|wounded|dead)\b(?!\s+(?!(?:to|in|at|from|into|were|was|and|or|on|as)\b)[A-Za-z])"
    rf"|(?!(?:the|those|these|them)\b)(?:(?!(?:displaced|wounded|injured|dead|killed|missing)\b)[a-z'-]+\s+){{0,2}}?[\"“]?{_PEOPLE_NOUNS})"
    # (A part by incident is a count: "Fourteen of the IS group fighters were killed as they attacked ...".)
    r"(?!(?:the|those|these)\s+(?:(?!(?:dead|killed|wounded|injured|victims|casualties|were|was)\b)[\w'()-]+\s+){0,3}?(?:fighters|militants|soldiers|troops|rebels|terrorists|insurgents|"
    r"gunmen|jihadists|policemen|members|operatives|suspects|attackers|assailants|hostages|passengers|prisoners)\b)",
    re.IGNORECASE,
)
_QUALIFIER_BEFORE = re.compile(r"\b(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|an\s+estimated|as\s+many\s+as|"
                               r"no\s+fewer\s+than|roughly|approximately)\s+$", re.IGNORECASE)
# (A breakdown may open with one person: "among them a child and two women".)
# ("Of those killed six were children", "Of the dead, 12 were women": a victim group of the toll the sentence points back to.)
_SUBSET_BEFORE = guarded(rf"\b(?:including|included|include|includes|among\s+them|among\s+whom|of\s+whom|amongst\s+them|"
                            r"^\s*of\s+(?:those|the)\s+(?:killed|dead|victims|wounded|injured|casualties)\s*,?)\s+"
                            rf"(?:(?:a|an|one)\s+[\w'-]+\s*(?:,|\band\b)\s*)?(?:(?:{_QUALIFIERS})\s+)*$", re.IGNORECASE)
_NOT_PEOPLE_BEFORE = guarded(
    rf"(?:\b(?:aged|age\s+of|rescued|rescuing|saved|saving|treated|treating|evacuated|evacuating|helped|freed|freeing|"
    rf"released|releasing|liberated|liberating|exchanged|swapped|hand(?:ed|ing|s)?\s+over|"
    rf"sheltering|hosting|hosts|feeding|vaccinated|home\s+to)\s+(?:the\s+lives\s+of\s+|\w+\s+){{0,2}}(?:(?:{_QUALIFIERS})\s+)*|[$£€]\s*|\bNo\.\s*|"
    # a parent's children: "A father of four was killed", "a mother-of-three" (one person, not four)
    rf"\b(?:grand)?(?:father|mother|parent|dad|mum|mom)s?[\s-]+of[\s-]+)$",
    re.IGNORECASE,
)
# A number after a month is its day ("on October 22"), unless the month already has its day before it: in "On the 4th of
# October 22 civilians were killed" and "On 4 October 22 people ..." the number is the count.
_MONTH_BEFORE = re.compile(
    r"(?P<day>\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$", re.IGNORECASE)


def extract_figures(text: str, *, published: dt.date | None = None, title: str = "") -> tuple[KeyFigure, ...]:
    """Key figures in plain text, in reading order, then the headline's, each with its scope (event or background).

    ``published`` is the article's date: a figure is read against it (figure_time); None when unknown.
    ``title`` is the article's headline: its counts are figures too (a reader sees them first), listed
    after the body's so that an article counts its body's first figure of a kind and its headline's only
    when the body gives none of that kind (figure_totals takes the first): a headline rounds ("dozens
    killed") or picks a group ("25 children killed") where the body gives the toll. A headline's vague count
    that rounds the body's first toll down ("Scores killed" over "at least 22") is listed first instead: the
    same event's most conservative report (see _rounds_down). A count in another story's headline on the
    page is background.
    """
    breakdowns: Parts = set()  # parts of a toll told so far (see _people_figures)
    body = _body_figures(text, published, title, breakdowns)
    head = [_as_told(figure, body) for figure in ([] if cut_title_repeated(title, text) else _headline_figures(title, published, breakdowns))]
    rounded = [figure for figure in head if _rounds_down(figure, body)]
    return (*rounded, *body, *(figure for figure in head if figure not in rounded))


ROUNDING = 10  # a vague headline count ("Scores killed") rounds the body's toll down when the toll is under this many times it


def _rounds_down(figure: KeyFigure, body: list[KeyFigure]) -> bool:
    """Whether a headline's vague count ("Aleppo Scores killed in airstrikes", "Hundreds dead in Hajj stampede") rounds
    down the body's first toll of its kind (22; over 345): the same event at its most conservative report, so it is read
    first (ACLED takes the lowest report; figure_totals the first event figure). Not "as dozens more killed": more
    than the day's first strike, a sum of its incidents; nor over a body's own vague toll ("Dozens ... including at least
    29", read as 29: the same word, told more exactly)."""
    first = next((f for f in body if f.kind == figure.kind and f.scope == EVENT), None)
    return (figure.scope == EVENT and first is not None and not is_exact(figure.text) and is_exact(first.text)
            and figure.value < first.value < ROUNDING * figure.value
            and not re.search(rf"{re.escape(figure.text)}\s+more\b", figure.sentence, re.IGNORECASE))  # "as dozens more killed": a day's sum


def _as_told(figure: KeyFigure, body: list[KeyFigure]) -> KeyFigure:
    """A headline's count that the body opens with as a running total is that total: "Hundreds killed as street battles
    rage" over a lead "whose three-week assault ... has left hundreds reported dead", "executed 700" over "has executed
    700 ... during the past two weeks" tells a tally, not the day's news.
    (Only a total the body's words call one: a body figure read as another day's by its dates may be misread, and
    the headline is the story's news.)"""
    first = next((f for f in body if f.kind == figure.kind), None)
    if (figure.scope == EVENT and first is not None and first.value == figure.value and first.scope == BACKGROUND
            and (has_cue(first.sentence) or names_period(first.sentence))):
        return replace(figure, scope=BACKGROUND)
    return figure


def _headline_figures(title: str, published: dt.date | None, breakdowns: Parts) -> list[KeyFigure]:
    head = headline(title)
    return _people_figures(head, _Context(published, None, head, lead=True, opening=True), breakdowns) if head else []


def _body_figures(text: str, published: dt.date | None, title: str, breakdowns: Parts) -> list[KeyFigure]:
    figures: list[KeyFigure] = []
    before: str | None = None  # the time the previous sentence named
    own: dict[str, int] = {}  # the article's own event: its first event figure of each kind
    incidents: dict[str, str] = {}  # incidents dated so far ("an attack ... on the 4th of April"), the first of each noun
    story_day: int | None = None  # the weekday the lead names (see figure_time.earlier_weekday)
    story_report: int | None = None  # the weekday the lead dates its report to (see figure_time.earlier_report)
    named: tuple[int, str] | None = None  # the last day a sentence named (see figure_time.refers_back): (sentence, THIS/OTHER)
    looked_back: bool | None = None  # the lead dates its story a month or more back (see _looks_back)
    starts: dict[int, int] = {}  # where each sentence's figures start in ``figures`` (see _TOLD_YEARS_AGO)
    opening = ""  # the article's first sentence (with the headline: what its story is; see _named_other_incident)
    fragments: list[tuple[int, int]] = []  # (sentence, figure index) of counts told as a bare noun phrase (see _FRAGMENT)
    introduced = -1  # the last sentence that introduced an earlier, other incident (see _EARLIER_ONE)
    for number, sentence in enumerate(split_sentences(text)):
        starts[number] = len(figures)
        if has_cue(sentence):  # a statistic's fragments are what the next sentences say they are
            for at in (at for told, at in fragments if number - told <= FRAGMENT_REACH):
                figures[at] = replace(figures[at], scope=BACKGROUND)
        if number == 0:
            story_day = lead_weekday(sentence, published)
        if number < LEAD_SENTENCES and story_report is None:
            story_report = report_weekday(sentence)
        for piece in map(unrepeated, segments(sentence)):
            if number == 0 and repeats_title(piece, title):
                continue  # the headline repeated above the body: read once, as the headline
            if number < LEAD_SENTENCES and repeats_title(piece, title):  # ... or under its first line, run into the next
                piece = _after_title(piece, title)
                if not piece:
                    continue
            referred = incident_time(piece, incidents) if time_of(piece, published) is None else None
            if number == 0 and looked_back is None:
                looked_back = _looks_back(piece, published)
            context = _Context(published, OTHER if referred == OTHER or (number > 0 and looked_back and before is None) else before,
                               title, number < LEAD_SENTENCES, number == 0)
            for noun, when in dated_incidents(piece, published).items():
                incidents.setdefault(noun, when)
            people = [f for f in _people_figures(piece, context, breakdowns) if not _repeated(f, figures)]
            if number == 0:
                opening = piece
            if not context.lead:
                people = [replace(f, scope=BACKGROUND) if _named_other_incident(piece, f, f"{title} {opening}")
                          or _told_as_background(f, figures, piece, published) else f for f in people]
                if (_another_incident(piece, f"{title} {opening}") or _STRAINED_BY.search(piece) or _EARLIER_ONE.match(piece)
                        or (introduced == number - 1 and time_of(_SAID_DAY.sub(" ", piece), published) is None)):
                    people = [replace(f, scope=BACKGROUND) for f in people]
                if _EARLIER_ONE.match(piece):
                    introduced = number
                people = [_tally(f, own, piece, published) for f in people]
                if (earlier_weekday(piece, story_day) or earlier_report(piece, story_report)
                        or _points_back_to_other_day(piece, named, number, published)):
                    people = [replace(f, scope=BACKGROUND) for f in people]
            elif number > 0 and _NEIGHBOURING.search(piece) and _another_incident(piece, f"{title} {opening}"):
                people = [replace(f, scope=BACKGROUND) for f in people]  # a neighbouring country's, in the lead too
            elif number > 0:  # a past incident the lead's second sentence names: "The Omagh bombing killed 29 people"
                people = [replace(f, scope=BACKGROUND) if _named_other_incident(piece, f, f"{title} {opening}") else f for f in people]
            # Two relatives named after the story's toll of their kind are among its victims, not a toll of their own:
            # "His father and younger brother were reportedly killed in the attack" under "killed at least 27".
            people = [f for f in people if not (f.kind in own and _named_pair(f))]
            for figure in people:
                if figure.scope == EVENT:
                    own.setdefault(figure.kind, figure.value)
            if _TOLD_YEARS_AGO.match(piece) and not people:  # "That incident happened 20 years ago": the story just told is history
                first = starts.get(max(0, number - REFER_SENTENCES), 0)
                figures[first:] = [replace(f, scope=BACKGROUND) if f.kind in PEOPLE_COUNTS else f for f in figures[first:]]
            if _FRAGMENT.fullmatch(piece):
                fragments.extend((number, len(figures) + at) for at, f in enumerate(people) if f.scope == EVENT)
            figures.extend((*people, *_other_figures(piece)))
            # A photo's date is not the time of the next sentence (and a caption's credit may open a sentence);
            # nor is the start of a running total or a comparison ("the deadliest since ... March 2011").
            if is_tweet(piece):
                before = None
                continue
            before = (None if is_caption(piece) or has_cue(piece) or not tells_incident(piece)
                      else time_of(piece, published, carried=True))
            day = OTHER if _EXAMPLE.search(piece) else day_named(piece, published, story_day)
            if day:
                named = (number, day)
            elif named and refers_back(piece) and number - named[0] <= REFER_SENTENCES:
                named = (number, named[1])  # "That same day ..." keeps the day it points to for the next one
    return _dated_tolls(figures, starts.get(LEAD_SENTENCES, len(figures)), published)


DATED_TOLL_MIN = 10  # smaller counts recur across unrelated incidents ("two soldiers were killed")
FRAGMENT_REACH = 2  # sentences after a bare count that may say what it counts

# A count told as a bare noun phrase, no verb: "Two million illnesses. 23,000 deaths. According to the Centers for Disease
# Control ..., that's the human toll from antibiotic-resistant 'superbugs' each year": what it is, the next sentences say.
_FRAGMENT = re.compile(r"(?:\(\w+\)\s*)?(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?[\w,.-]+"
                       r"(?:\s+(?!(?:were|was|are|is|have|has|had|been|be)\b)[\w-]+){0,2}?\s+"
                       r"(?:deaths|dead|fatalities|casualties|victims|injuries|refugees|arrests)[.!]?",
                       re.IGNORECASE)


def _told_as_background(figure: KeyFigure, earlier: list[KeyFigure], piece: str, published: dt.date | None) -> bool:
    """One toll, one scope: a count the article already told as another time's ("Boko Haram had attacked her school and
    abducted almost 300 students" a few weeks before) is that toll again where a later sentence names no time of its own
    ("a lot of attention to the close to 300 that were kidnapped"). Written numbers of DATED_TOLL_MIN or more only."""
    return (figure.scope == EVENT and figure.value >= DATED_TOLL_MIN and re.search(r"\d", figure.text) is not None
            and time_of(piece, published) is None
            and any(f.kind == figure.kind and f.value == figure.value and f.scope == BACKGROUND and tells_other_time(f.sentence, published)
                    for f in earlier))


# Another incident introduced after the lead, with its own place: "Earlier today there was a plane crash in Alps and 158
# people died" (in a story about a kidnapping). The story's own incident, told again, is named with "the".
_INTRODUCED = re.compile(r"\bthere\s+(?:was|were|had\s+been|has\s+been)\s+(?:a|an|another)\s+(?:[\w'-]+\s+){0,2}?"
                         r"(?:crash|attack|bombing|explosion|blast|shooting|earthquake|fire|accident|stampede|collision|massacre|"
                         r"ambush|raid|strike|airstrike)\s+(?:in|at|on|near)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+)")


# Another country's news, told as such: "In neighbouring Iraq a suicide bomber killed 35 people in Baghdad on Monday" in a
# story about Syria.
# (Opening the sentence, a country: not "killed 45 civilians in and around Aleppo and 22 in neighbouring Idlib province".)
_NEIGHBOURING = re.compile(r"^\s*(?:(?:Meanwhile|Elsewhere|And)\s*,?\s+)?(?i:in|inside|across\s+the\s+border\s+in)\s+(?i:neighbou?ring)\s+"
                           r"(?P<place>[A-Z][\w'’-]+)(?!\s+(?i:province|governorate|district|county|state|region|area|countryside|town|city|village)\b)")


def _another_incident(piece: str, story: str) -> bool:
    """Whether ``piece`` introduces an incident ("there was a plane crash in Alps") in a place the story's headline and
    opening do not name (see _INTRODUCED), or tells a neighbouring country's (see _NEIGHBOURING)."""
    found = _INTRODUCED.search(piece) or _NEIGHBOURING.search(piece)
    return found is not None and found.group("place").lower()[:5] not in {w[:5] for w in re.findall(r"[\w'’-]+", story.lower())}


# Another, earlier incident introduced after the lead: a fronted earlier time and an indefinite subject ("Earlier this week,
# an Army Black Hawk helicopter crashed in waters off the Florida Panhandle. All 11 service members aboard are believed
# dead", in a story about a medical helicopter's crash). Its toll, there or in the next sentence with no time of its own,
# is that incident's. (Not "Earlier on Monday, a car bomb ...": a roundup's same-day items are its news.)
_EARLIER_ONE = re.compile(r"(?:Earlier\s+this\s+(?:week|month|year)|Last\s+(?:week|month|year)|(?:Two|Three|Four|Five|Six|Several|A\s+few)\s+"
                          r"(?:days|weeks|months)\s+(?:ago|earlier)|A\s+(?:week|month|year)\s+(?:ago|earlier)),?\s+(?:a|an|another)\s+")


# The day a report was made, not a time of what it tells: "..., an Air Force official said Thursday".
_SAID_DAY = re.compile(r"\b(?:said|says|reported|told\s+\w+|announced|confirmed)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday|today|yesterday)\b", re.IGNORECASE)


# An incident told as what strained a deal or a truce is context for that news: "The deal was further strained by US-led
# coalition strikes on Syrian army positions in the east that killed dozens of government soldiers".
_STRAINED_BY = guarded(r"\b(?:was|were|been|being)\s+(?:further\s+|also\s+|already\s+|severely\s+)?"
                          r"(?:strained|undermined|tested|shaken|jeopardi[sz]ed|overshadowed|derailed|marred)\s+by\b", re.IGNORECASE)


def _dated_tolls(figures: list[KeyFigure], lead_end: int, published: dt.date | None) -> list[KeyFigure]:
    """One toll, one time: a toll the article dates to another time in one sentence ("The chemical weapons attack near
    Damascus on August 21 killed more than 1400 people", in a story of 10 September) is that earlier event's wherever
    else the article tells it without another time ("a poison gas attack that killed more than 1400 people, Human
    Rights Watch said on Tuesday": Tuesday is when it was said). The dating sentence is one after the lead (``lead_end``:
    the index of the first figure past it): a lead's time may be a clause's, not the toll's ("After Kurdish militia
    expelled jihadists last month Al-Qaeda counters by killing 17"). Only written numbers of DATED_TOLL_MIN or more:
    "dozens" recurs across incidents."""
    if published is None:  # every date is a guess's: nothing is surely another time
        return figures
    dated = {(f.kind, f.value) for f in figures[lead_end:]
             if f.kind in PEOPLE_COUNTS and f.scope == BACKGROUND and f.value >= DATED_TOLL_MIN
             and re.search(r"\d", f.text) and time_of(f.sentence, published) == OTHER}
    if not dated:
        return figures
    return [replace(f, scope=BACKGROUND) if f.scope == EVENT and (f.kind, f.value) in dated and re.search(r"\d", f.text)
            and time_of(f.sentence, published) != OTHER else f for f in figures]


# A sentence that dates what was just told years back: "Tyke ... escaped during a circus performance, crushing her trainer
# to death and injuring dozens of others ... That incident happened 20 years ago" (a feature opening on history).
_TOLD_YEARS_AGO = re.compile(r"(?:That|This|The|It\s+all)\s+(?:[\w'-]+\s+){0,2}?(?:happened|occurred|took\s+place|was)\s+"
                             r"(?:(?:more\s+than|nearly|almost|about|some|over)\s+)?(?:\w+|\d+)\s+(?:years|decades)\s+ago\b")


def _looks_back(lead: str, published: dt.date | None) -> bool:
    """Whether the lead dates its story a month or more back and names no day of its own: "More than 100 schools have been
    renamed in honor of the children killed in a Taliban siege at a Peshawar school last year". The article looks back on
    that incident, and a later sentence with no time of its own ("Some six hours later, 145 were dead") tells it too."""
    found = times(lead, published, carried=True)
    return any(t[2] == OTHER and _past(lead[t[0]:t[1]], published) for t in found) and not any(t[2] != OTHER for t in found)


_BACK = re.compile(r"\b(?:last|previous|preceding|ago|earlier)\b", re.IGNORECASE)
_A_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/-])")


def _past(when: str, published: dt.date | None) -> bool:
    """A time that is past for sure: "last year", "months ago", a year before the article's (a day and month alone may be
    ahead, "the June 3 poll"; a photo's date this year may be weeks back)."""
    year = _A_YEAR.search(when)
    return _BACK.search(when) is not None or (year is not None and (published is None or int(year.group(0)) < published.year))


def _after_title(piece: str, title: str) -> str:
    """What follows the headline a piece opens with ("10 people ... killed in ... Aleppo The death toll ... rose to 10")."""
    words = len(headline(title).split())
    return " ".join(piece.split()[words:])


# An incident named by a proper name ("The Boston Marathon bombing killed three", "the Charlie Hebdo attack, which killed
# 12"): a known event, not the story's news unless the story is about it (its name is in the headline or the opening).
# (The name may be a date's digits or be followed by a plain word before the noun: "the 7/7 attacks", "the Madrid train
# bombings", "the Beslan school siege".)
_NAMED_INCIDENT = re.compile(r"\b[Tt]he\s+(?:(?:19|20)\d\d\s+)?(?P<name>(?:(?:[A-Z][\w'’.-]*|\d{1,2}/\d{1,2}|\d{1,2})\s+){1,4})(?:[a-z]+\s+)?"
                             r"(?:bombings?|attacks?|massacres?|shootings?|sieges?|crash|rampage|hijackings?|killings|genocide)\b")
_NAME_SMALL = frozenset("the a an of in on at and to for".split())
_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
                       "september october november december".split())


def _named_other_incident(piece: str, figure: KeyFigure, story: str) -> bool:
    """Whether ``figure`` is the toll of an incident ``piece`` names by a proper name the story's headline and opening do
    not use (see _NAMED_INCIDENT)."""
    at = piece.find(figure.text) if figure.text else -1
    named = next((m for m in _NAMED_INCIDENT.finditer(piece, 0, max(at, 0)) if at > 0 and at - m.end() <= 60), None)
    if named is None:
        return False
    # (A day is no name: "the Monday morning attack", "the July 7 bombings" are dated, for figure_time to read; nor a
    # number: "The 12 attacks killed 40".)
    words = [w for w in re.findall(r"[\w'’/-]+", named.group("name").lower())
             if w not in _NAME_SMALL and w not in _DAY_WORDS and not w.isdigit()]
    told = set(re.findall(r"[\w'’-]+", story.lower()))
    return bool(words) and not any(w in told or w[:5] in {t[:5] for t in told} for w in words)


def _points_back_to_other_day(piece: str, named: tuple[int, str] | None, number: int, published: dt.date | None) -> bool:
    """Whether ``piece`` names no day of its own but points back to another day's incident (figure_time.refers_back),
    or adds to the sentence right before it, which told another day's ("On Saturday ... eight people killed ... Six
    people were also reported killed in rebel shelling"), or opens on the incident that sentence told ("... still reeling
    from an aerial assault on Thursday that came after rebels fired rockets. The rebel barrage killed 10 people"): the
    same day's count."""
    if named is None or named[1] != OTHER or time_of(piece, published) is not None:
        return False
    return (number - named[0] <= REFER_SENTENCES and refers_back(piece)) or (
        number - named[0] == 1 and (_ALSO.search(piece) is not None or _INCIDENT_OPENS.match(piece) is not None))


# An incident given as an example is context, not the story's news: "On Friday, for instance, ISIS claimed responsibility
# for bombings at two mosques ... Those blasts killed at least 137 people" (a later pointer to it is another event's).
_EXAMPLE = guarded(r"\bfor\s+(?:instance|example)\b", re.IGNORECASE)
# A sentence whose subject is an incident named with "the" ("The rebel barrage killed 10 people"): the incident just told.
_INCIDENT_OPENS = re.compile(r"(?:The|That|Those|These)\s+(?:[\w'-]+\s+){0,2}?(?:barrages?|attacks?|strikes?|air\s*strikes?|airstrikes?|raids?|"
                             r"bombings?|bombardments?|shelling|massacres?|explosions?|blasts?|assaults?)\s+(?:also\s+)?(?:killed|left|wounded|injured)\b")
_ALSO = re.compile(r"\b(?:were|was|have|has|had)\s+also\b", re.IGNORECASE)  # "Six people were also reported killed"


def _repeated(figure: KeyFigure, earlier: list[KeyFigure]) -> bool:
    """Whether the article gave this figure already in the same sentence, printed twice (a lead run twice, with a dateline
    or without; a timeline repeated at the foot of the page): one mention, one row."""
    plain = _plain(figure.sentence)
    tail = _tail(figure)
    return len(plain) >= REPEAT_CHARS and any(
        f.kind == figure.kind and f.value == figure.value
        and (plain in _plain(f.sentence) or _plain(f.sentence) in plain or (len(tail) >= REPEAT_TAIL and tail == _tail(f)))
        for f in earlier)


REPEAT_TAIL = 40  # a lead run twice with its opening words changed ("A terrorist car bomb attack killed at least 44 and
# injured 140 others on Wednesday in ..." / "An ISIL terrorist car bomb attack killed ..."): the same words from the count on


def _tail(figure: KeyFigure) -> str:
    """The figure's sentence from its count on, plain."""
    plain, text = _plain(figure.sentence), _plain(figure.text)
    at = plain.find(text) if text else -1
    return plain[at:] if at >= 0 else ""


def _plain(text: str) -> str:
    return " ".join(text.casefold().split())


def _tally(figure: KeyFigure, own: dict[str, int], piece: str, published: dt.date | None) -> KeyFigure:
    """A figure far above the article's own event's, told after the lead with no day of its own, is a tally.

    An article's first event figure of a kind is its story's (wire copy opens with it); a count further down many
    times larger that names no day ("Meanwhile rebel fire on regime-held areas killed 1102 people" under a
    bombing that killed four) is a monitor's or a coalition's running count, or an older event, not this
    story's news. A count that names its day ("on Saturday ... killed 100") stays the day's.
    """
    first = own.get(figure.kind)
    if (figure.scope == EVENT and first is not None and figure.value >= max(TALLY_SIZE, TALLY_RATIO * first)
            and time_of(piece, published) is None):
        return replace(figure, scope=BACKGROUND)
    return figure


@dataclass(frozen=True, slots=True)
class _Context:
    """What a sentence's figures are read against: the article's date, the previous sentence's time, the title."""

    published: dt.date | None
    before: str | None
    title: str
    lead: bool  # the sentence is one of the article's first (see is_background)
    opening: bool = False  # the sentence opens the article (or is its headline): its incident is the story's


def _people_figures(sentence: str, context: _Context, breakdowns: Parts | None = None) -> list[KeyFigure]:
    """The people counts of one sentence. ``breakdowns`` holds the parts of tolls told in the sentences before,
    as (kind, count, noun): "Eleven children were killed" after "15 civilians among them 11 children were
    killed" (or in the headline above it) restates that part, and is no toll of its own; this sentence's
    parts are added to it."""
    breakdowns = set() if breakdowns is None else breakdowns
    counts = list(_COUNT.finditer(sentence))
    if not counts:  # most sentences count nothing: skip scanning them for verbs
        return _pair_figures(sentence, context)
    actives: list[tuple[int, int, str]] | None = None  # the verbs, found once a count needs them
    passives: list[tuple[int, int, str]] = []
    consumed: set[int] = set()  # starts of verbs already bound to a count
    added: set[int] = set()  # starts of counts added to an earlier one ("5 soldiers and 3 civilians")
    found: list[_Found] = []
    for match in counts:
        value = count_value(match.group(0))
        if value is None or match.start() in added or _not_people(sentence, match):
            continue
        if actives is None:
            actives = [(m.start(), m.end(), m.lastgroup or "") for m in _ACTIVE_RE.finditer(sentence)]
            passives = [(m.start(), m.end(), m.lastgroup or "") for m in _PASSIVE_RE.finditer(sentence)
                        if not (_DETERMINER_BEFORE.search(sentence, 0, m.start()) and _ADJECTIVE_AFTER.match(sentence, m.end()))]
        bound = _bind(sentence, match, actives, passives, consumed)
        if bound is not None:
            joined = _joined(sentence, match, counts, bound[1])
        else:  # "Two soldiers and three civilians were killed": the verb is the last joined count's
            joined = _joined(sentence, match, counts, None, bare=sentence != context.title)
            bound = _bind(sentence, joined[-1], actives, passives, consumed) if joined else None
            if bound is None or bound[1] < joined[-1].end():
                continue
        kind, verb_start = bound
        consumed.add(verb_start)
        mixed = _MIXED_BEFORE.search(sentence, 0, verb_start) if verb_start < match.start() else None
        if mixed is not None and _kind_of(mixed.group("verb")) != kind:
            continue  # "have killed and wounded hundreds": dead and hurt together, no one kind ("killed and crucified five": killed)
        if verb_start > match.end() and _sighting(sentence, match, verb_start):
            continue
        if verb_start > match.end() and _mixed(sentence, verb_start):
            continue
        if kind == DISPLACED and (_got_away(sentence, match, verb_start) or _ATTEMPT_BEFORE.search(sentence, 0, verb_start)):
            continue
        if kind in (DISPLACED, DETAINED) and _displaced_as_adjective(sentence, match, verb_start):
            continue
        if verb_start < match.start() and _claimed_no_one(sentence, match, verb_start):
            continue
        if (kind, value, _noun_after(sentence, match)) in breakdowns:
            continue
        along = _along_with(sentence, verb_start, counts) if verb_start > match.end() else None
        joined = [*joined, along] if along is not None else joined
        added.update(c.start() for c in joined)
        value += sum(count_value(c.group(0)) or 0 for c in joined if not _group_part(sentence, match, c))
        value += _singles(sentence, match, joined[0] if along is not None and len(joined) == 1 else joined[-1] if joined else match,
                          verb_start)
        start, end = min(match.start(), verb_start), max(joined[-1].end() if joined else match.end(), verb_start)
        background = (is_background(sentence, start, end, value, published=context.published, before=context.before,
                                    lead=context.lead, opening=context.opening)
                      or other_headline(sentence, start, end, context.title) or _fleeing_people(sentence, match, verb_start)
                      or (not context.lead and kind == KILLED and _HABITUAL.match(sentence, verb_start) is not None)
                      or (sentence != context.title and _run_in_headline(sentence, match, verb_start)))
        qualifier = _QUALIFIER_BEFORE.search(sentence, 0, match.start())
        told = [c for c in (joined[:-1] if along is not None else joined) if not _group_part(sentence, match, c)]
        written = sentence[qualifier.start() if qualifier else match.start():told[-1].end() if told else match.end()]
        written += f" ... {along.group(0)}" if along is not None else ""  # "20 ... dozens", not the words between
        figure = KeyFigure(kind, value, sentence, " ".join(written.split()), BACKGROUND if background else EVENT)
        found.append(_Found(match.start(), verb_start, joined[-1].end() if joined else match.end(), figure))
    found = _coordinated(sentence, _without_parts(sorted(found, key=lambda item: item.start)))
    found = [_at_least_its_part(sentence, item, counts) for item in found]
    breakdowns.update(_parts(sentence, counts, [item.figure for item in found]))
    return [item.figure for item in found]


# A present-tense "die" in the body tells a rate, not an incident: "About 15,000 people die from ozone pollution in the
# US" (news tells its deaths in the past; a headline's present "20 die in bombing" is read as a headline).
_HABITUAL = re.compile(r"(?:die|dies)\b(?!\s+(?:in|on|at|after|as|when)\s+(?:a|an|the)\s+(?:[\w'-]+\s+)?(?:attack|blast|bombing|strike|raid|crash|explosion|fire|clash)\b)",
                       re.IGNORECASE)


# Who flees an attack they made, or their captors, is not displaced: "Three gunmen fled the scene", "Two suspects fled on
# foot", "two girls escaped their captors". (Not a group's name: "who fled Boko Haram" are as often its displaced.)
_ASSAILANTS = re.compile(r"\s+(?:[\w'-]+\s+)?(?:gunmen|suspects|attackers|assailants|robbers|perpetrators|shooters|bombers|thieves|"
                         r"kidnappers|abductors|hijackers|inmates|prisoners|convicts|detainees)\b", re.IGNORECASE)
_GOT_AWAY = re.compile(r"(?:fled|flee|flees|fleeing|escaped)\s+(?:from\s+)?(?:the\s+(?:scene|area\s+of\s+the\s+attack)\b|"
                       r"(?:their|his|her|the)\s+(?:captors|kidnappers|abductors|captivity)\b|captivity\b)", re.IGNORECASE)


def _got_away(sentence: str, match: re.Match[str], verb_start: int) -> bool:
    """Whether the displaced count is of attackers or suspects who fled, or of people who fled a scene or their captors."""
    return bool(_ASSAILANTS.match(sentence, match.end())) or bool(_GOT_AWAY.match(sentence, verb_start))


# A participle after a part's count: the part is of that kind ("including 47 wounded"), not of the toll before it.
_PART_KIND = {"wounded": "wounded", "injured": "wounded", "hurt": "wounded", "dead": "killed", "killed": "killed"}


def _at_least_its_part(sentence: str, item: _Found, counts: list[re.Match[str]]) -> _Found:
    """A vague toll is at least its largest part: "Dozens of people have been killed ... including at least 29 people
    in a single neighbourhood" is 29 killed, not the 12 that "dozens" stands for alone (ACLED's fixed value is the
    floor the words give; the part the sentence counts is a higher one)."""
    figure = item.figure
    if is_exact(figure.text):
        return item
    parts = [value for match in counts if match.start() >= item.end
             and _SUBSET_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
             and _PART_KIND.get(_noun_after(sentence, match), figure.kind) == figure.kind
             and (value := count_value(match.group(0))) is not None]
    floor = max(parts, default=0)
    return replace(item, figure=replace(figure, value=floor)) if floor > figure.value else item
# A present participle right after the people it counts, with no verb of its own, says who they are, not what happened to
# them in the story: "a sanctuary for thousands of civilians fleeing heavy battles nearby" (they are not the news, and no
# day or place makes their flight an event: background, as ACLED codes no displacement from such a phrase).
_BARE_FLEEING = re.compile(r"(?:fleeing|escaping)\b", re.IGNORECASE)
_FINITE_BEFORE = re.compile(r"\b(?:were|was|are|is|been|be|being|had|have|has|to|and|or|began|begun|started|kept|keep|continue|continued)\s+$",
                            re.IGNORECASE)


def _fleeing_people(sentence: str, match: re.Match[str], verb_start: int) -> bool:
    """Whether the count's verb is a bare "fleeing" after its noun phrase (see _BARE_FLEEING)."""
    return (verb_start > match.end() and _BARE_FLEEING.match(sentence, verb_start) is not None
            and not _FINITE_BEFORE.search(sentence, max(0, verb_start - 20), verb_start))


# Two people named with "and", no number, as the subject of a casualty participle: "the grooms father and brother were
# killed in the attack", "An Army National Guard member and his cousin have been arrested" count 2 (as "a woman and nine
# children" counts 10). Only people named by a relation or role, each with its own determiner or possessive or the
# second bare ("the father and brother"), right before the finite passive.
_KIN = (rf"(?:{_PERSON}|cousin|nephew|niece|uncle|aunt|grandfather|grandmother|grandson|granddaughter|friend|groom|bride|"
        r"fianc[ée]e?|colleague|partner|companion|bodyguard|pilot|crewman|suspect|attacker|gunman|student)")
_PAIR = guarded(
    rf"\b(?:the|a|an|his|her|their|its|[\w-]+(?:'s|s'|’s))\s+(?:(?!(?:{_KIN}|and|a|an|the)\b)[\w'’-]+\s+){{0,3}}?{_KIN}\s+and\s+"
    rf"(?:(?:his|her|their|the|a|an)\s+)?(?:(?!{_KIN}\b)[\w'’-]+\s+)?{_KIN}\s+(?:(?:were|have\s+been|had\s+been)\s+(?:(?:also|reportedly|both|later)\s+)*)(?P<verb>{_PASSIVE_RE.pattern})",
    re.IGNORECASE)


_KIN_BEFORE = guarded(rf"\b{_KIN}\s*,?\s*$", re.IGNORECASE)


def _pair_figures(sentence: str, context: _Context) -> list[KeyFigure]:
    """The pair of people a sentence with no count names as its casualties (see _PAIR)."""
    found = _PAIR.search(sentence)
    if found is None or (found.group("verb") or "").lower() in ("lives", "bodies", "corpses", "deaths", "fatalities", "injuries"):
        return []
    if _KIN_BEFORE.search(sentence, 0, found.start()):
        return []  # the last two of a longer list ("A father a mother and a son were killed"): not two
    kind = next((k for k in PEOPLE_COUNTS if found.group(k)), None)
    if kind is None:
        return []
    start, end = found.start(), found.end()
    background = (is_background(sentence, start, end, 2, published=context.published, before=context.before,
                                lead=context.lead, opening=context.opening)
                  or other_headline(sentence, start, end, context.title))
    written = sentence[start:found.start("verb")].strip()
    written = re.sub(r"\s+(?:were|have\s+been|had\s+been)\b.*$", "", written, flags=re.IGNORECASE)
    return [KeyFigure(kind, 2, sentence, " ".join(written.split()), BACKGROUND if background else EVENT)]


def _named_pair(figure: KeyFigure) -> bool:
    """Whether ``figure`` is a pair _pair_figures read (a sentence with no count of its own)."""
    return figure.value == 2 and _COUNT.search(figure.sentence) is None


@dataclass(frozen=True, slots=True)
class _Found:
    """A count read in a sentence: where it starts, where its verb starts, where its (joined) counts end, the figure."""

    start: int
    verb: int
    end: int
    figure: KeyFigure


def _without_parts(found: list[_Found]) -> list[_Found]:
    """Without the counts that follow a toll of their kind and add up to it exactly: its breakdown by manner or place
    ("19 men ... were executed on Thursday 18 shot dead and one beheaded"), not tolls of their own."""
    dropped: set[int] = set()
    for i, toll in enumerate(found):
        later = [j for j in range(i + 1, len(found)) if found[j].figure.kind == toll.figure.kind]
        total = 0
        for n, j in enumerate(later, 1):
            total += found[j].figure.value
            if total == toll.figure.value and n >= 2:
                dropped.update(later[:n])
                break
            if total > toll.figure.value:
                break
    return [item for k, item in enumerate(found) if k not in dropped]


# Between one active verb's count (with its noun) and the next same-kind verb: "crucifying two people and executing 23".
_AND_NEXT_VERB = re.compile(r"(?:\s+[A-Za-z][\w'-]*){0,2}\s+and\s+", re.IGNORECASE)


def _coordinated(sentence: str, found: list[_Found]) -> list[_Found]:
    """Two verbs of one kind joined by "and", each with its count, are one toll ("crucifying two people and executing
    23 others" killed 25), as "killing 5 soldiers and 3 civilians" is: ACLED sums an event's dead."""
    merged: list[_Found] = []
    for item in found:
        last = merged[-1] if merged else None
        if (last is not None and last.figure.kind == item.figure.kind and last.figure.scope == item.figure.scope
                and last.verb < last.start and item.verb < item.start and last.end <= item.verb
                and _AND_NEXT_VERB.fullmatch(sentence, last.end, item.verb)):
            text = f"{last.figure.text} and {item.figure.text}"
            merged[-1] = _Found(last.start, last.verb, item.end, replace(last.figure, value=last.figure.value + item.figure.value, text=text))
        else:
            merged.append(item)
    return merged


_AMONG_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?(?:were|was)\s+(?:also\s+)?among\b", re.IGNORECASE)
# The groups a toll is broken down by (age and sex): "civilians" or "fighters" is a toll of its own in war reporting.
_GROUP = r"(?:children|child|kids|babies|infants|minors|women|girls|boys|students|schoolchildren|pupils|teenagers)"
_GROUP_RE = re.compile(_GROUP, re.IGNORECASE)
# "UNICEF said 25 casualties were children": a part named after its count.
_WERE_GROUP = re.compile(rf"\s+(?:of\s+the\s+)?(?:casualties|victims|dead|deaths|killed|wounded|injured)\s+(?:were|was)\s+(?P<group>{_GROUP})\b",
                         re.IGNORECASE)


def _parts(sentence: str, counts: list[re.Match[str]], figures: list[KeyFigure]) -> list[tuple[str, int, str]]:
    """The breakdowns of this sentence's tolls by age or sex, as (kind, count, noun): "including 5 children", "Ten
    children were among at least 48 people killed", "25 casualties were children"; the kind is that of the first
    larger toll in the sentence."""
    parts = []
    for match in counts:
        value = count_value(match.group(0))
        before = sentence[max(0, match.start() - 40):match.start()]
        named = _WERE_GROUP.match(sentence, match.end())
        noun = named.group("group").lower() if named else _noun_after(sentence, match)
        if value is None or not _GROUP_RE.fullmatch(noun) or not (
                named or _SUBSET_BEFORE.search(before) or _AMONG_AFTER.match(sentence, match.end())):
            continue
        whole = next((f for f in figures if f.value > value), None)
        if whole is not None:
            parts.append((whole.kind, value, noun))
    return parts


def _noun_after(sentence: str, match: re.Match[str]) -> str:
    """The word after a count ("children" in "11 children"), lower-cased: what a breakdown counts."""
    word = re.match(r"\s+([A-Za-z][\w'-]*)", sentence[match.end():])
    return word.group(1).lower() if word else ""


# (The second count may have its own determiner or owner: "Eight French passengers and the choppers' two pilots died" is 10.)
_AND_BEFORE = re.compile(rf"\band\s+(?:the\s+)?(?:(?:its|their|his|her|[\w-]+(?:'s|s'|’s))\s+)?(?:(?:{_QUALIFIERS})\s+)*$", re.IGNORECASE)
_PART_OF = re.compile(r"\b(?:including|included|among\s+them|among\s+whom|of\s+whom|amongst\s+them|most\s+of\s+them|mostly)\b",
                      re.IGNORECASE)
_ADDED = re.compile(r"\s+(?:more|other|others)\b", re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"\b(?:were|was|are|is|have|has|had|been|be|being)\b", re.IGNORECASE)
# A count's noun with a past tense of its own is a clause, not a noun phrase another count joins: "An estimated 15,000 people
# attended the vigil and 22 were arrested" arrests 22 (not 15,022). (Not an adjective participle: "armed", "trained".)
_OWN_PREDICATE = re.compile(rf"^\s*(?:[\w'-]+\s+){{0,2}}?(?:{_PEOPLE_NOUNS}|{_PERSON}s?\b)\s+(?:also\s+)?"
                            r"(?!(?:armed|aged|named|called|based|backed|led|linked|trained|wanted|suspected|accused|affiliated|related|"
                            r"loyal|allied|injured|wounded|killed)\b)[a-z]+ed\b")
_PLACE_OR_TIME = re.compile(r"\b(?:in|on|at|near|from|across|during|after|before|since|while|when)\b", re.IGNORECASE)


def _joined(sentence: str, match: re.Match[str], counts: list[re.Match[str]], verb_start: int | None, *,
            bare: bool = False) -> list[re.Match[str]]:
    """Counts joined to this one by "and" under the same verb, which add to it (a gold total, ACLED's one figure):
    "30 Iraqis and two more American troops were killed" is 32, "killing 5 soldiers and 3 civilians" is 8.

    Not a breakdown ("9 people including 5 children and 2 women": the 2 is part of the 9, unless "2 more"),
    not a count with a verb of its own ("6 martyrs and 22 injured", "killed 5 and 3 were wounded"), and after
    an active verb not one for another place or time ("killed 12 in Douma and 5 in Harasta": left unread, the
    conservative way). ``verb_start`` None: this count found no verb, and the joined counts run up to the
    first that has one, which is then theirs ("Two soldiers and three civilians were killed"); with ``bare`` (a body
    sentence) also a bare participle after the last count's noun ("Five children and four medical staff killed by
    regime airstrikes"): a headline may join two incidents so ("Three White Helmets workers and six children killed").
    """
    passive = verb_start is None or verb_start > match.end()
    joined: list[re.Match[str]] = []
    previous = match
    for other in counts:
        if other.start() <= previous.end() or (verb_start is not None and passive and other.start() >= verb_start):
            continue
        if _in_aside(sentence, previous.end(), other.start()):
            continue  # "23 civilians - including nine children - and 16 combatants": the aside's count is a part
        if previous is match and _group_part(sentence, match, other):
            joined.append(other)  # "16 civilians and three children": a part of the toll, under its verb, not added
            previous = other
            continue
        between = _ASIDE.sub(" ", sentence[previous.end():other.start()])
        listed = _LIST_COMMA.fullmatch(between) is not None and _and_follows(sentence, other, counts)
        if ((not _AND_BEFORE.search(between) and not listed) or _CLAUSE_VERB.search(between) or _ACTIVE_RE.search(between)
                or _PASSIVE_RE.search(between) or _OWN_PREDICATE.search(between) or count_value(other.group(0)) is None
                or _not_people(sentence, other)):
            break  # not a noun phrase and another count: "18 of 31 lorries were destroyed and 20 civilians were killed"
        if _PART_OF.search(_ASIDE.sub(" ", sentence[match.end():other.start()])) and not _ADDED.match(sentence, other.end()):
            break
        own = _own_verb(sentence, other)
        if verb_start is None and own is not None:  # a shared verb is a finite one ("were killed"), not "22 injured",
            # or the predicate of what the event left ("leaving 23 civilians and 16 combatants dead")
            shared = (_CLAUSE_VERB.search(sentence, other.end(), own) or _LEAVING_BEFORE.search(sentence, 0, match.start())
                      or _FINITE_ALONE.match(sentence, own)  # "Five rebels and 3 soldiers died": a past tense, finite
                      # a bare participle after the last count's noun, as a subtitle tells it: "Five children and four
                      # medical staff killed by regime airstrikes" (not "6 martyrs and 22 injured": no noun before it)
                      or (bare and _NOUN_THEN_PARTICIPLE.fullmatch(sentence, other.end(), own) is not None
                          and _BARE_PARTICIPLE.match(sentence, own) is not None))
            return [*joined, other] if shared else []
        if own is not None and own != verb_start:
            break
        if not passive and (len(between.split()) > 4 or _PLACE_OR_TIME.search(between)):
            break
        joined.append(other)
        previous = other
    if verb_start is None:  # the last count's finite verb further on is theirs: "45 militants and 20 Kurdish militia fighters had been killed"
        parts_only = bool(joined) and all(_group_part(sentence, match, c) for c in joined)  # "15 Civilians 3 Children Killed"
        return joined if joined and (parts_only or _FINITE_AFTER.match(sentence, joined[-1].end())) else []
    return joined


# A toll of civilians or people and, right after it, a count of children or women: "At least 16 civilians and three
# children have been killed", "15 Syrian Civilians 3 Children Killed" (a headline without its comma). The second is a
# part of the first (the gold's reading, and the conservative one), not added to it; "and three more children" adds.
_UMBRELLA_BETWEEN = re.compile(rf"\s+(?:[\w'-]+\s+){{0,2}}?(?:civilians|people|persons)\s*(?:,\s*|\s+and\s+|\s+)(?:(?:{_QUALIFIERS})\s+)*",
                               re.IGNORECASE)
_GROUP_AFTER = re.compile(rf"\s+(?:[\w'-]+\s+)?{_GROUP}\b", re.IGNORECASE)


def _group_part(sentence: str, first: re.Match[str], other: re.Match[str]) -> bool:
    """Whether ``other`` counts a group (children, women) of the civilians or people ``first`` counts, right after it."""
    return (_UMBRELLA_BETWEEN.fullmatch(sentence, first.end(), other.start()) is not None
            and _GROUP_AFTER.match(sentence, other.end()) is not None and not _ADDED.match(sentence, other.end())
            and (count_value(other.group(0)) or 0) < (count_value(first.group(0)) or 0))


# Counts added after a passive verb: "20 fighters who guarded the buses were killed as well as dozens of passengers" (32),
# "11 Kurdish fighters were killed in Kobani along with one Syrian rebel fighter" (12).
_ALONG = re.compile(rf"(?:\s+(?!(?:and|but|while|when|after|before|because|said|says)\b)[\w'-]+){{0,8}}?\s+(?:as\s+well\s+as|along\s+with|together\s+with)\s+"
                    rf"(?:(?:{_QUALIFIERS})\s+)*", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(rf"\s+(?:of\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{_PEOPLE_NOUNS}|{_PERSON}\b)", re.IGNORECASE)


def _along_with(sentence: str, verb_start: int, counts: list[re.Match[str]]) -> re.Match[str] | None:
    """A people count added after a passive verb by "as well as" / "along with", with no verb of its own."""
    verb = _PASSIVE_RE.match(sentence, verb_start)
    along = _ALONG.match(sentence, verb.end()) if verb else None
    other = next((c for c in counts if along is not None and c.start() == along.end()), None)
    if (other is None or count_value(other.group(0)) is None or _not_people(sentence, other)
            or not _PEOPLE_AFTER.match(sentence, other.end()) or _own_verb(sentence, other) is not None):
        return None
    return other


_FINITE_ALONE = re.compile(r"(?:died|perished)\b", re.IGNORECASE)
_NOUN_THEN_PARTICIPLE = re.compile(r"(?:\s+(?!(?:and|or|were|was|are|is|have|has|had|been|who|that|which|of)\b)[A-Za-z][\w'-]*){1,3}\s+")
_BARE_PARTICIPLE = re.compile(r"(?:killed|wounded|injured)\s+(?:by|in|when|as|during|after)\b", re.IGNORECASE)
_FINITE_AFTER = re.compile(rf"\s*(?:[A-Za-z][\w'-]*\s+){{1,4}}?(?:were|was|have|has|had)\s+(?:also\s+)?(?:been\s+)?(?:{_PASSIVE_RE.pattern})",
                           re.IGNORECASE)


# An aside set off by dashes: "23 civilians - including nine children - and 16 combatants".
_ASIDE = re.compile(r"\s-\s[^-]{1,60}?\s-\s")
_LEAVING_BEFORE = re.compile(rf"\b(?:leaving|left|leave|leaves)\s+(?:(?:{_QUALIFIERS})\s+)*$", re.IGNORECASE)


def _in_aside(sentence: str, start: int, at: int) -> bool:
    """Whether position ``at`` lies inside a dash-set aside opened after ``start``."""
    return any(m.start() < at < m.end() for m in _ASIDE.finditer(sentence, start))


# A list's comma: "One French citizen, one Belgian and three Malians were killed" (the items are joined by the last "and").
_LIST_COMMA = re.compile(r"(?:\s+[A-Za-z][\w'-]*){1,3}\s*,\s*")


def _and_follows(sentence: str, count: re.Match[str], counts: list[re.Match[str]]) -> bool:
    """Whether a later count is joined to this one by "and" after a short noun: the list ends as lists do."""
    later = next((c for c in counts if c.start() > count.end()), None)
    return later is not None and re.fullmatch(r"(?:\s+[A-Za-z][\w'-]*){1,3}\s+and\s+", sentence[count.end():later.start()]) is not None


# One person named with the toll ("a woman and nine children", "the four siblings and their father"): part of the total.
_SINGLE_BEFORE = re.compile(rf"\b(?:a|an|one)\s+(?:[\w'-]+\s+)?{_PERSON}\s+and\s+(?:(?:{_QUALIFIERS}|her|his|their|its)\s+)*$", re.IGNORECASE)
# (The killer only as the object of the count's own verb: "killing himself and 149 others"; not "He shot himself and two
# others were wounded".)
# Several single people listed before the count ("a boy, a girl and two women"; copy without commas: "a little boy a little
# girl and two women"): each is one of the toll.
_SINGLES_LISTED = re.compile(rf"(?P<people>(?:\b(?:a|an|one|his|her|their)\s+(?:[\w'-]+\s+)?{_PERSON}\s*,?\s+){{2,5}})and\s+"
                             rf"(?:(?:{_QUALIFIERS}|her|his|their|its)\s+)*$", re.IGNORECASE)
_SELF_BEFORE = re.compile(rf"\b{_SELF}\s+and\s+(?:also\s+)?(?:(?:{_QUALIFIERS}|her|his|their|its)\s+)*$", re.IGNORECASE)
# (A singular verb after the person is its own clause, "killed 5 and a woman was hurt"; a plural one agrees with the
# whole list, "another 27 students and a female teacher were injured" is 28.)
_SINGLE_AFTER = re.compile(rf"(?:\s+[A-Za-z][\w'-]*){{0,2}}?\s+(?:and|as\s+well\s+as|along\s+with|plus)\s+(?:a|an|one|another|their|his|her)\s+"
                           rf"(?:[\w'-]+\s+)?(?:\([^()]{{1,40}}\)\s+)?(?:[\w'-]+\s+)?{_PERSON}\b"  # "and one SARC (Syrian Arab Red Crescent) staff member"
                           r"(?!\s+(?:was|is|has)\b)", re.IGNORECASE)


def _singles(sentence: str, first: re.Match[str], last: re.Match[str], verb_start: int) -> int:
    """How many single people the sentence adds to this toll by "and", before its first count or after its last
    (and before a passive verb): ACLED counts "a woman and nine children" killed as 10."""
    before = 1 if _SINGLE_BEFORE.search(sentence, max(0, first.start() - 60), first.start()) else 0
    listed = _SINGLES_LISTED.search(sentence, max(0, first.start() - 120), first.start())
    if listed is not None:  # "a man, his wife and their three children", "a little boy a little girl and two women"
        before = len(re.findall(rf"\b{_PERSON}\b", listed.group("people"), re.IGNORECASE))
    if verb_start < first.start() and _SELF_BEFORE.search(sentence, max(0, first.start() - 40), first.start()):
        before = 1
    after = _SINGLE_AFTER.match(sentence, last.end())
    return before + (1 if after is not None and (verb_start < first.start() or after.end() <= verb_start) else 0)


_OWN_VERB = re.compile(rf"\s*(?:[A-Za-z]+\s+){{0,2}}?(?:(?:were|was|have|has|had|been|are|is)\s+)*(?P<verb>{_PASSIVE_RE.pattern})",
                       re.IGNORECASE)


def _own_verb(sentence: str, count: re.Match[str]) -> int | None:
    """Where the participle right after a count starts ("22 injured", "three civilians were killed"), if there is one."""
    found = _OWN_VERB.match(sentence, count.end())
    return found.start("verb") if found else None


# A second state after a count's participle, with no count of its own: "25 killed or injured", "dozens wounded or trapped".
_MIXED_AFTER = re.compile(r"(?:\s*,\s*|\s*&\s*|\s+(?:and/or|and|or)\s+|\s+)(?:still\s+)?(?:killed|dead|died|wounded|injured|hurt|trapped|missing)\b",
                          re.IGNORECASE)


_MIXED_BEFORE = re.compile(r"\b(?P<verb>killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|injures|dead)\s*(?:,|and/or|and|or|&)?\s*$",
                           re.IGNORECASE)


def _kind_of(verb: str) -> str:
    return KILLED if verb.lower() in ("killed", "killing", "kills", "kill", "dead") else WOUNDED


# People seen with a participle before their noun are a sighting, not a toll: "An AFP photographer saw half a dozen
# wounded children sitting on the floor", "Half a dozen wounded children were seen sitting ...".
_SIGHTING_BEFORE = re.compile(rf"\b(?:saw|seen|sees|see|watched|filmed|photographed|pictured)\s+(?:(?:{_QUALIFIERS})\s+)*$", re.IGNORECASE)
_SIGHTING_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:were|was)\s+(?:seen|filmed|photographed|pictured|shown)\b", re.IGNORECASE)


_SAW_DEAD = re.compile(r"\b(?:saw|seen|sees|see|watched|filmed|photographed|pictured)\s+(?:(?!(?:that|how|said|says|what|which|who)\b)[\w'-]+\s+){0,8}$",
                       re.IGNORECASE)


def _sighting(sentence: str, match: re.Match[str], verb_start: int) -> bool:
    """Whether the count's participle is an adjective ("wounded children") of people someone saw, or the people someone
    saw lying dead ("He saw a young girl a woman and two elderly people dead at a hospital"): a sighting, not a toll."""
    verb = _PASSIVE_RE.match(sentence, verb_start)
    if (verb is not None and verb.group(0).lower() == "dead" and _SAW_DEAD.search(sentence, max(0, match.start() - 60), match.start())
            and not re.search(r"\b(?:were|was|are|is|been|have|has|had)\b", sentence[match.end():verb_start], re.IGNORECASE)):
        return True
    if verb is None or not _ADJECTIVE_AFTER.match(sentence, verb.end()):
        return False
    noun = _ADJECTIVE_AFTER.match(sentence, verb.end())
    return bool(_SIGHTING_BEFORE.search(sentence, 0, match.start())) or (noun is not None and bool(_SIGHTING_AFTER.match(sentence, noun.end())))


def _mixed(sentence: str, verb_start: int) -> bool:
    """Whether one count is told for two states at once ("25 terrorists killed injured"): casualties, not a count of one kind
    (a conflict-event coder does not take a count of killed and wounded together as deaths)."""
    verb = _PASSIVE_RE.match(sentence, verb_start)
    other = _MIXED_AFTER.match(sentence, verb.end()) if verb else None
    return other is not None and not _takes_count(sentence, other.end())


# "No one was injured", "no one has been arrested": none, not one.
_NO_ONE_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
# A count per place, not a toll: "one was killed in each of the towns", "two died in every village".
_EACH_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?(?:in|on|at|for)\s+(?:each|every)\b", re.IGNORECASE)


# "Two officers, one in Fond du Lac, Wisconsin, and another in San Jose, ...": where each of a count was, not a count.
_DISTRIBUTIVE_ONE = re.compile(r"\s+(?:in|at|from|on|near)\s+[^;.]{1,60}?\band\s+(?:another|the\s+other)\b", re.IGNORECASE)


# A count coordinated right after a casualty verb is its object even when a time span follows: "killing more than 40
# people and wounding 90 hours after the US and Russia announced a truce" wounds 90 people (the span is "hours after").
_AND_VERB_BEFORE = re.compile(r"\band\s+(?:killing|wounding|injuring)\s+$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s+(?:hours|minutes|days|weeks)\s+(?:after|before|later|earlier)\b", re.IGNORECASE)


# The whole of a partitive: "One of the nine suspects was killed" counts one, not nine; but in "Labidi was one of the two
# gunmen killed at the museum" the participle follows the whole's noun with no verb of its own: the whole is the toll
# and the part is one of its people.
_PARTITIVE_WHOLE_BEFORE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:the|those|these)\s+$",
                                     re.IGNORECASE)
_BARE_PARTICIPLE_AFTER = re.compile(
    r"(?:\s+(?!(?:was|were|is|are|had|have|has|been|be|who|that|which|and|or|injured|wounded|dead|killed)\b)[\w'’-]+){1,3}?"
    r"\s+(?:killed|dead|slain|wounded|injured)\b", re.IGNORECASE)
_PARTITIVE_OF_AFTER = re.compile(rf"\s+of\s+(?:the|those|these)\s+(?:{_COUNT.pattern})", re.IGNORECASE)


def _part_of_toll(sentence: str, match: re.Match[str]) -> bool:
    """Whether this count is the part of a partitive whose whole is the toll ("one" in "one of the two gunmen killed")."""
    whole = _PARTITIVE_OF_AFTER.match(sentence, match.end())
    return whole is not None and _BARE_PARTICIPLE_AFTER.match(sentence, whole.end()) is not None


def _not_people(sentence: str, match: re.Match[str]) -> bool:
    """Ages, years, durations, money, partitives ("five of the injured"), a breakdown ("including 5 children")."""
    before = sentence[max(0, match.start() - 40):match.start()]
    if _NOT_PEOPLE_BEFORE.search(before):
        return True
    month = _MONTH_BEFORE.search(before)
    if month and not month.group("day"):
        return True
    if _PARTITIVE_WHOLE_BEFORE.search(before):
        return _BARE_PARTICIPLE_AFTER.match(sentence, match.end()) is None
    if _part_of_toll(sentence, match):
        return True
    if _NOT_PEOPLE_AFTER.match(sentence, match.end()) and not (_AND_VERB_BEFORE.search(before) and _SPAN_AFTER.match(sentence, match.end())):
        return True
    if _SUBSET_BEFORE.search(before):
        return True
    if _EACH_AFTER.match(sentence, match.end()):
        return True
    raw = match.group(0).strip()
    if raw.lower() == "one" and _NO_ONE_BEFORE.search(before):
        return True
    if raw.lower() == "one" and before.rstrip().endswith(",") and _DISTRIBUTIVE_ONE.match(sentence, match.end()):
        return True
    return bool(re.fullmatch(r"(?:19|20)\d\d", raw))  # a year, not a count


def _bind(sentence: str, match: re.Match[str], actives: list[tuple[int, int, str]], passives: list[tuple[int, int, str]],
          consumed: set[int]) -> tuple[str, int] | None:
    """The kind of the verb that governs this count, and where that verb starts."""
    active = next((a for a in reversed(actives) if a[1] <= match.start() and a[0] not in consumed
                   and _ACTIVE_GAP.fullmatch(sentence, a[1], match.start())), None)
    # (Not a breakdown's participle: "700 people including 47 wounded had crossed" counts no wounded 700.)
    passive = next((p for p in passives if p[0] >= match.end() and p[0] not in consumed
                    and (_PASSIVE_GAP.fullmatch(sentence, match.end(), p[0]) or _LONG_PASSIVE_GAP.fullmatch(sentence, match.end(), p[0]))
                    and not _subset_participle(sentence, match.end(), p[0]) and not _gear_destroyed(sentence, match.end(), p)), None)
    if passive is not None and passive[2] == DETAINED:  # "were rounded up and executed": the captives' end is the toll
        then = _THEN_KILLED.match(sentence, passive[1])
        passive = next((p for p in passives if then is not None and p[0] == then.start("verb") and p[2] == KILLED), passive)
    if passive is not None and _ADJECTIVE_AFTER.match(sentence, passive[1]):  # "six injured civilians ... died on Saturday"
        finite = next((p for p in passives if p[0] > passive[1] and p[0] not in consumed and p[2] != passive[2]
                       and _FINITE_GAP.fullmatch(sentence, passive[1], p[0])), None)
        passive = finite or passive
    if (passive is not None and _ACTIVE_RE.fullmatch(sentence, passive[0], passive[1]) and _takes_count(sentence, passive[1])
            and re.search(r"[A-Za-z]", sentence[match.end():passive[0]]) and not _headline_pair(sentence, match.end(), passive)
            and not _PASSIVE_AUX_END.search(sentence, match.end(), passive[0])):
        passive = None  # "Two car bombs killed at least 25": the verb is active, its subject is not a toll
    if (passive is not None and active is not None and _ACTIVE_RE.fullmatch(sentence, passive[0], passive[1])
            and _takes_count(sentence, passive[1]) and not _headline_pair(sentence, match.end(), passive)):
        passive = None  # "kidnapped 900 Executed 18 People": the next verb takes a count of its own
    if (passive is not None and _ACTIVE_RE.fullmatch(sentence, passive[0], passive[1])
            and _PERFECT_ACTIVE.search(sentence, match.end(), passive[0])):
        passive = None  # "Six rebels have captured the town": the count is the subject of an active verb
    if passive is not None and _count_between(sentence, match.end(), passive[0]):
        passive = None  # "reached 20 people in addition to tens of others injured": the verb is the nearer count's
    if (passive is not None and sentence[passive[0]:passive[1]].lower() in ("bodies", "corpses")
            and not re.fullmatch(r"\s*(?:[A-Za-z]+\s+)?", sentence[match.end():passive[0]])):
        passive = None  # "50 bodies" is a toll; "One video showed the bodies of ..." is not
    if passive is not None and passive[2] == KILLED and sentence[passive[0]:passive[1]].lower() == "lives":
        if not re.search(r"\b(?:claimed|cost|took|lost)\s+(?:\w+\s+){0,3}$", sentence[:match.start()], re.IGNORECASE):
            passive = None
    if active is not None and not (passive is not None and _AMBIGUOUS.search(sentence[active[0]:active[1]])
                                   and re.fullmatch(r"\s*(?:[A-Za-z]+\s+){0,2}", sentence[match.end():passive[0]])
                                   and not _ADJECTIVE_AFTER.match(sentence, passive[1])
                                   and not _captives(sentence, match, active, passive)):
        return active[2], active[0]
    if passive is not None:
        return passive[2], passive[0]
    return None


def _displaced_as_adjective(sentence: str, match: re.Match[str], verb_start: int) -> bool:
    """Whether "displaced" (or "captured", "kidnapped" ...) right after the count describes its people ("an entire family of
    six displaced people who were residing the village", killed in a strike; "5000 displaced Syrians live in the camp";
    "handed over 12 captured soldiers"): who they are, a population, not a flight or a capture the copy reports (as
    "thousands of displaced Syrians" is no count of the displaced)."""
    verb = _PASSIVE_RE.match(sentence, verb_start)
    return (verb is not None and verb.group(0).lower() in _ADJECTIVE_STATES and verb_start > match.end()
            and re.fullmatch(r"\s*", sentence[match.end():verb_start]) is not None
            and (_ADJECTIVE_AFTER.match(sentence, verb.end()) is not None or _HOUSEHOLDS_AFTER.match(sentence, verb.end()) is not None))


_ADJECTIVE_STATES = frozenset({"displaced", "captured", "kidnapped", "abducted", "detained"})
_HOUSEHOLDS_AFTER = re.compile(r"\s+(?:famil(?:y|ies)|households)\b", re.IGNORECASE)


# A headline run into the copy before the lead: "Air strikes kill 11 including children in Syrias Idlib monitor Turkey PM says
# aims to develop relations with Syria Iraq Air strikes killed at least 12 civilians ..." (a related story's headline, in the
# present as headlines are, before the lead's past tense).
_PRESENT_HEADLINE_VERB = re.compile(r"(?:kills|kill|wounds|wound|injures|injure)\b", re.IGNORECASE)
_LATER_PAST_TOLL = re.compile(r"\b(?:killed|killing|wounded|injured)\b", re.IGNORECASE)


def _run_in_headline(sentence: str, match: re.Match[str], verb_start: int) -> bool:
    """Whether the count's verb is a headline's present tense and the same body sentence goes on to tell another toll in the
    past (another count: a subheading over its own paragraph, "... attack injures three civilians in Lattakia countryside
    Three civilians were injured ...", is that paragraph's news)."""
    if verb_start > match.start() or _PRESENT_HEADLINE_VERB.match(sentence, verb_start) is None:
        return False
    value = count_value(match.group(0))
    for later in _LATER_PAST_TOLL.finditer(sentence, match.end()):
        if re.search(r"\b(?:are|is|be)\s+$", sentence[max(0, later.start() - 8):later.start()]):
            continue  # a headline's present passive ("... day after 16 officers are killed"), no lead's past
        near = [*_COUNT.finditer(sentence, max(match.end(), later.start() - 40), later.start()), *_COUNT.finditer(sentence, later.end(), later.end() + 40)]
        if any(count_value(c.group(0)) not in (None, value) for c in near):
            return True
    return False


# An attempt to flee is no flight: "Some 300 people tried to flee the town and 20 were killed" displaced no one the copy counts.
_ATTEMPT_BEFORE = re.compile(r"\b(?:tried|trying|tries|try|attempted|attempting|attempts|sought|seeking|wanted|wanting|planned|planning)\s+to\s+$",
                             re.IGNORECASE)


# "Claimed" takes a toll only with people for its object ("The blast claimed 12 lives", "claimed at least 20 victims"), or a
# bare count ("claimed 12 on Monday"): "Manchester United claimed all three points", "She claimed two titles" count no one.
_CLAIMED_BARE = re.compile(r"(?:claimed|claiming)\b(?!\s+(?:the\s+)?lives\b)", re.IGNORECASE)
_CLAIMED_OBJECT = re.compile(rf"\s*(?:$|[,.;:)]|(?:\s+[\w'-]+){{0,2}}?\s+(?:{_PEOPLE_NOUNS}|{_PERSON}\b|victims\b|casualties\b)|\s+(?:dead|killed|martyrs|wounded|injured)\b|"
                             r"\s+(?:in|on|at|and|as|when|after|during|while|including|among|across|near|since|so|last|this|yesterday|today)\b)",
                             re.IGNORECASE)


def _claimed_no_one(sentence: str, match: re.Match[str], verb_start: int) -> bool:
    """Whether an active "claimed" before this count takes a thing, not people, for its object ("claimed all three points")."""
    return _CLAIMED_BARE.match(sentence, verb_start) is not None and _CLAIMED_OBJECT.match(sentence, match.end()) is None


_THEN_KILLED = re.compile(r"\s+and\s+(?:(?:later|then|subsequently|summarily|brutally|publicly)\s+)?(?P<verb>executed|killed|beheaded|slain|massacred|"
                          r"crucified|shot\s+dead)\b", re.IGNORECASE)


def _gear_destroyed(sentence: str, start: int, passive: tuple[int, int, str]) -> bool:
    """Whether a passive "destroyed" tells what was destroyed, not fighters killed: "up to 80 (IS group) fighters ... were
    destroyed" is killed; "two sites and a number of vehicles were destroyed" counts no one."""
    between = sentence[start:passive[0]]
    return sentence[passive[0]:passive[1]].lower() == "destroyed" and (
        not re.search(rf"\b{_FIGHTERS}\b", between, re.IGNORECASE)  # (nor "a vehicle transporting 12 terrorists was destroyed")
        or re.search(r"\bwas\s+(?:\w+\s+)?$", between, re.IGNORECASE) is not None)


def _captives(sentence: str, match: re.Match[str], active: tuple[int, int, str], passive: tuple[int, int, str]) -> bool:
    """Whether a capture participle after the count's noun says who the victims of the killing verb before it were:
    "executed 30 soldiers captured in the battle", "massacred 250 Syrian troops taken hostage" (killed, not detained).
    "A woman killed 30 injured" keeps its headline reading: no noun stands between the count and the participle."""
    return (active[2] == KILLED and passive[2] == DETAINED
            and re.search(r"[A-Za-z]", sentence[match.end():passive[0]]) is not None)


# After an adjective participle and its noun, the finite verb of the same subject: "six injured civilians in the attacks on
# Friday died on Saturday" (killed, not wounded); "the 21 injured people, 10 were ..." has none.
_FINITE_GAP = re.compile(rf"\s+(?:(?!(?:{_NOT_IN_NOUN}|who|that)\b)[A-Za-z][\w'’.-]*\s+){{1,8}}?(?:(?:were|was|have|has|had|been|also|later)\s+)*",
                         re.IGNORECASE)
# "were (summarily) executed 19 more": after a passive auxiliary the participle is this count's, whatever follows it.
_PASSIVE_AUX_END = re.compile(r"\b(?:were|was|been|being|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PERFECT_ACTIVE = re.compile(r"\b(?:has|have|had)\s+(?:also\s+|now\s+|already\s+|reportedly\s+)?$", re.IGNORECASE)


def _count_between(sentence: str, start: int, end: int) -> bool:
    """Whether another people count stands between a count and a verb, not as a breakdown or joined by "and"."""
    for other in _COUNT.finditer(sentence, start, end):
        if count_value(other.group(0)) is None or _not_people(sentence, other):
            continue
        if not _AND_BEFORE.search(sentence, start, other.start()):
            return True
    return False


def _subset_participle(sentence: str, start: int, verb: int) -> bool:
    """Whether the verb right after a breakdown's count is that count's participle ("including 47 wounded")."""
    last = None
    for last in _COUNT.finditer(sentence, start, verb):
        pass
    return (last is not None and not sentence[last.end():verb].strip()
            and _SUBSET_BEFORE.search(sentence, start, last.start()) is not None)


def _takes_count(sentence: str, end: int) -> bool:
    gap = _ACTIVE_GAP.match(sentence, end)
    return gap is not None and _COUNT.match(sentence, gap.end()) is not None


# The noun of a headline pair's first count: up to two words ("At Least Six Lebanese Pilgrims Killed Dozens Hurt"), not
# what kills ("Two suicide bombers killed 30 ...", "Two bombs killed dozens ...": the count is the attackers').
_AGENT = r"(?:bombs?|bombers?|attackers?|assailants?|gunmen|gunman|strikes?|airstrikes?|raids?|shells?|rockets?|missiles?|blasts?|explosions?|"
_AGENT += r"jets?|planes?|warplanes?|helicopters?|drones?|suicide|car|cars|mortars?|grenades?|mines?|snipers?)"
_PAIR_NOUN = re.compile(rf"\s*(?:(?!{_AGENT}\b)[A-Za-z]+\s+){{0,2}}", re.IGNORECASE)


def _headline_pair(sentence: str, count_end: int, verb: tuple[int, int, str]) -> bool:
    """Headline style without its comma: "Three people killed five injured", each count with its own participle
    ("20 people killed 30 others injured": a noun after the second count when the first has a people noun or none).

    The count after the verb has a participle of its own right after it (which takes no count itself), and a
    noun of two words at most (see _PAIR_NOUN) stands between the first count and the verb: the verb is that count's participle.
    ("Two bombs killed 25 people wounded ..." is no pair: a noun follows 25.)
    """
    if not _PAIR_NOUN.fullmatch(sentence[count_end:verb[0]]):
        return False
    gap = _ACTIVE_GAP.match(sentence, verb[1])
    after = _COUNT.match(sentence, gap.end()) if gap else None
    if after is None:
        return False
    own = _PASSIVE_RE.match(sentence, after.end() + 1)
    noun = _NOUN_THEN.match(sentence, after.end())
    if own is None and noun is not None and re.fullmatch(rf"\s*(?:{_PEOPLE_NOUNS})?\s*", sentence[count_end:verb[0]], re.IGNORECASE):
        own = _PASSIVE_RE.match(sentence, noun.end())  # "20 people killed 30 others injured": people on both sides
    return own is not None and own.lastgroup != verb[2] and not _takes_count(sentence, own.end())


_NOUN_THEN = re.compile(r"\s+[A-Za-z][\w'-]*\s+")


# --- ceasefire and aid: narrow patterns --------------------------------------------------------------------

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<scale>billion|million|thousand|hundred))?"
_QUALIFIER = r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to)\s+)?"
_OTHER = (
    (CEASEFIRE, rf"\b{_NUM}[- ](?P<unit>hour|day|week)s?[- ](?:long\s+)?(?:\w+\s+)?(?:ceasefire|cease-fire|truce|pause|lull)\b"),
    (CEASEFIRE, rf"\b(?:ceasefire|cease-fire|truce)\s+(?:\w+\s+){{0,6}}?(?:for|of)\s+(?:another\s+|a further\s+)?{_NUM}\s+(?P<unit>hour|day|week)s?\b"),
    (AID_USD, rf"(?:\$|US\$|USD\s?){_NUM}(?=[^.]*\b(?:aid|assistance|relief|humanitarian)\b)"),
    (AID_TONNES, rf"\b{_QUALIFIER}{_NUM}\s+(?:metric\s+)?(?:tonnes|tons)\s+of\s+(?:\w+\s+){{0,2}}?(?:aid|food|wheat|flour|supplies|medicine|medical)"),
    (AID_TRUCKS, rf"\b{_QUALIFIER}(?P<word>forty|thirty|twenty|fifty|ten|{_NUM})\s+(?:aid\s+|relief\s+|humanitarian\s+)?(?:trucks|lorries)\b"),
)
_OTHER_COMPILED = tuple((kind, guarded(pattern, re.IGNORECASE)) for kind, pattern in _OTHER)
_OTHER_NEEDS = re.compile(r"\d|trucks|lorries", re.IGNORECASE)
_HOURS = {"hour": 1, "day": 24, "week": 168}
# Trucks are aid trucks only when the words around them say what they carry is aid: "12 trucks with heavy weapons
# were destroyed" or "a convoy of 30 military trucks" are no aid. The aid word stands in the count's own noun
# phrase ("40 aid trucks"), after what the trucks carry ("trucks carrying food", "trucks of aid") or before it, in
# the convoy they make ("an aid convoy of forty trucks").
_AID_WORD = r"aid|relief|humanitarian|food|medicine|medicines|medical|supplies|flour|wheat|water|fuel"
_AID_CARGO = re.compile(
    rf"\s+(?:carrying|of|with|loaded\s+with|laden\s+with|full\s+of|bringing|delivering|transporting)\s+(?:\w+\s+){{0,3}}?"
    rf"(?:{_AID_WORD})\b", re.IGNORECASE)
_AID_CONVOY = re.compile(r"\b(?:aid|relief|humanitarian|food|UN|U\.N\.)\s+(?:convoy|shipment|delivery|delivery\s+convoy)\b[^.;]*$",
                         re.IGNORECASE)
_AID_IN_PHRASE = re.compile(r"\b(?:aid|relief|humanitarian)\s+(?:trucks|lorries)\b", re.IGNORECASE)


# Trucks destroyed, hit or burnt brought no aid: "an airstrike ... destroyed at least 18 trucks carrying aid" counts
# the attack's damage, not aid delivered.
_HARMED_BEFORE = re.compile(r"\b(?:destroy\w*|hit|hitting|struck|strik\w+|attack\w*|bomb\w*|burn\w*|torch\w*|target\w*|damag\w*)"
                            r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_HARMED_AFTER = re.compile(r"[^.;]{0,60}?\b(?:was|were|had been|have been)\s+(?:\w+\s+)?(?:destroyed|hit|struck|attacked|bombed|burn\w*|torched|targeted|damaged)\b",
                           re.IGNORECASE)


def _carries_aid(sentence: str, match: re.Match[str]) -> bool:
    """Whether the trucks ``match`` counts delivered aid by the words around them (see _AID_CARGO, _HARMED_BEFORE)."""
    if _HARMED_BEFORE.search(sentence, 0, match.start()) or _HARMED_AFTER.match(sentence, match.end()):
        return False
    return bool(_AID_IN_PHRASE.search(match.group(0)) or _AID_CARGO.match(sentence, match.end())
                or _AID_CONVOY.search(sentence, 0, match.start()))


def _other_figures(sentence: str) -> list[KeyFigure]:
    """Ceasefire lengths and aid amounts: the largest per kind in the sentence."""
    best: dict[str, tuple[int, str]] = {}
    if not _OTHER_NEEDS.search(sentence):  # every pattern needs a digit, or trucks or lorries
        return []
    for kind, pattern in _OTHER_COMPILED:
        for match in pattern.finditer(sentence):
            if kind == AID_TRUCKS and not _carries_aid(sentence, match):
                continue
            value = count_value(match.group(0) if kind == AID_TRUCKS else (match.group("num") + " " + (match.group("scale") or "")))
            if value is None:
                continue
            if "unit" in match.groupdict() and match.group("unit"):
                value *= _HOURS[match.group("unit").lower()]
            if value > best.get(kind, (0, ""))[0]:
                best[kind] = (value, " ".join(match.group(0).split()))
    return [KeyFigure(kind, value, sentence, text, EVENT) for kind, (value, text) in best.items()]
