"""How numbers are written in news copy, and the cues that make a figure background rather than news.

``COUNT`` finds a count as written ("nine", "twenty-five", "320000", "94,000", "3.5 million", "dozens",
"tens of thousands", "a dozen", "30 to 40", "20+"); ``count_value`` gives its conservative integer (ACLED:
tens 10, dozens 12, scores 20, hundreds 100, thousands 1,000; a range at its lower bound).
``is_background`` decides a figure's scope from cues in its clause.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache

from generator.nlp.figure_time import OTHER, THIS, time_of
from generator.nlp.openings import guarded

EVENT, BACKGROUND = "event", "background"
SCOPES = (EVENT, BACKGROUND)

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# ACLED's fixed values for vague quantities (the longest phrase first).
VAGUE = {
    "tens of thousands": 10_000, "hundreds of thousands": 100_000, "a quarter of a million": 250_000, "half a million": 500_000,
    "half a dozen": 6, "a dozen": 12, "dozens": 12, "tens": 10,
    "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
}

def is_exact(text: str) -> bool:
    """A count as written that says one number: "16", "nine", "At least twenty-five"; not a vague quantity
    ("dozens", "scores", "tens of thousands") nor a round "a hundred" / "a dozen"."""
    lowered = text.lower()
    return any(c.isdigit() for c in text) or not re.search(r"\ba\s+(?:hundred|thousand|million|dozen)\b", lowered) and not any(
        re.search(rf"\b{re.escape(phrase)}\b", lowered) for phrase in VAGUE)


_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN = "|".join(_TENS)
_WORD = (rf"(?:(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT})(?:\s+(?:hundred|thousand|million|dozen)(?:\s+and\s+(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT}))?)?"
         rf"|a\s+(?:hundred|thousand|million|dozen))")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
_ONE = rf"(?:(?:{_DIGITS})(?:\s+(?:hundred|thousand|million|billion))?\+?|{_WORD})"
_VAGUE = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in VAGUE)
COUNT = guarded(
    rf"(?<![\w$£€.,-])(?:between\s+{_ONE}\s+and\s+{_ONE}|{_ONE}(?:\s*(?:-|–|to|or)\s*{_ONE})?|{_VAGUE})(?![\w-])(?!:\d|\s*[ap]\.m\.)",  # (not a clock time: "about 8:45 p.m.")
    re.IGNORECASE,
)
# (The vague words first: "tens of thousands" is 10,000, not the "ten" its first letters spell.)
_FIRST = re.compile(rf"(?P<digits>{_DIGITS})(?:\s+(?P<scale>hundred|thousand|million|billion))?|(?P<vague>{_VAGUE})(?![\w-])|(?P<word>{_WORD})",
                    re.IGNORECASE)


def count_value(text: str) -> int | None:
    """The conservative integer a written count stands for (its first number: a range's lower bound)."""
    match = _FIRST.search(text)
    if match is None:
        return None
    if match.group("vague"):
        return VAGUE[" ".join(match.group("vague").lower().split())]
    if match.group("digits"):
        # (Decimal: "8.2 million" is 8,200,000, where binary floats give 8,199,999.)
        number = float(Decimal(match.group("digits").replace(",", "")) * _SCALES.get((match.group("scale") or "").lower(), 1))
    else:
        number = float(_word_value(match.group("word")))
    if number < 1 or number >= 10_000_000_000:
        return None
    return int(number)


def _word_value(words: str) -> int:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "a":
            current += 1
        elif word == "dozen":
            current = max(current, 1) * 12
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in ("thousand", "million"):
            total += max(current, 1) * _SCALES[word]
            current = 0
    return total + current


# --- scope --------------------------------------------------------------------------------------------------

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR = r"(?:19|20)\d\d"
_WAR = r"(?:war|conflict|uprising|revolt|revolution|crisis|insurgency|turmoil|violence|fighting|unrest|bloodshed)"
_LONG_WAR = r"(?:war|conflict|uprising|revolt|revolution|crisis|insurgency|turmoil|unrest|bloodshed)"
_LONG_WAR = r"(?:war|conflict|uprising|revolt|revolution|crisis|insurgency)"
_CAMPAIGN = r"(?:campaign|offensive|siege|bombardment|operation|assault|onslaught|battle)"
_RECENT_START = r"(?:this\s+week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|overnight|last\s+night|(?:a|two|three|four|five|six|few)\s+days?\s+ago)"
_CUES = (
    # Running totals.
    # (Not a start within the story's days: "since it began this week", "since Monday when the offensive began".)
    rf"\bsince\s+(?:(?:early|late|mid)[-\s]?(?={_YEAR}|{_MONTH})|{_YEAR}|{_MONTH}|{_MON}\s+\d|\d{{1,2}}\s+{_MON}|then|the\s+(?:start|beginning|outbreak|launch|onset)|(?:the\s+)?{_WAR}\b|"
    rf"(?!{_RECENT_START}\b)[^.;]{{0,70}}?\b(?:began|started|erupted|broke\s+out|was\s+launched)\b(?!\s+(?:on\s+)?{_RECENT_START}\b))",
    # (Its object told too: "Iraqs war against ISIS has killed thousands", "The conflict between the government and the
    # rebels has killed 5000", "The insurgency in Iraqs Anbar province has killed hundreds".)
    rf"\b(?:{_WAR}|{_CAMPAIGN})\s+(?:(?:for|of|in|on)\s+(?:the\s+)?[\w'-]+\s+|(?:against|with|between|by|across|in)\s+(?:[\w'-]+\s+){{1,5}}?)?(?:that\s+|which\s+)?(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|left|claimed|displaced|caused|forced|driven|uprooted|made|cost|"
    r"prompted|pushed|sent)\b",
    r"\b(?:killed|died|dead|deaths|displaced|fled|wounded|injured|toll)\s+(?:in|during|throughout|over|from|of)\s+(?:the\s+|its\s+|this\s+|a\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:war|conflict|uprising|revolt|revolution|crisis|insurgency)\b",
    # A war as the subject of a casualty verb, in any tense: "The war also displaced nearly 10 million people".
    # (Also with an aside before the verb: "The civil war, now in its seventh year, has left 465,000 dead".)
    rf"\b(?:the|this|that|its|a)\s+(?:[\w'-]+\s+){{0,2}}?{_LONG_WAR}(?:\s*,[^,.;]{{1,60}},)?\s+(?:(?:has|have|had|also|already|now)\s+)*"
    r"(?:killed|displaced|left|claimed|uprooted|forced|drove|driven|cost|took)\b",
    # A toll over a period, not an incident's: "bringing the death toll this month to 312" (an incident's update,
    # "raising the toll from Sunday's bombing to 40", names no period).
    r"\b(?:toll|tally)\s+(?:(?:this|for\s+the|over\s+the|in\s+the\s+(?:past|last))\s+(?:\w+\s+)?(?:week|weeks|month|months|year|years)|for\s+(?:the\s+)?(?:week|month|year))\b",
    # ("Authorities there have already arrested nine people in connection with Wednesday's attack": the inquiry's news.)
    r"\b(?:have|has)\s+already\b(?!\s+(?:arrested|detained)\b)|\b(?:has|have|had)\s+since\s+(?:\w+\s+)?(?:killed|left|claimed|displaced|forced|driven|uprooted)\b",
    # A policy told, not an event: "Ankara maintained an 'open door policy,' allowing hundreds of thousands of Syrian
    # refugees to flee to safety in Turkey" (what a state let happen over years, no day's flight).
    r"\b(?:allow|allows|allowed|allowing|let|lets|letting|permit|permits|permitted|permitting)\s+(?:[\w,'’-]+\s+){1,8}?to\s+(?:flee|escape|leave|cross)\b",
    # A standing population, not an event: "More than 6 million are internally displaced".
    r"\b(?:are|is|remain|remains|remained|still)\s+(?:internally\s+)?(?:displaced|homeless|refugees)\b",
    # ... or where the displaced now live: "Tens of thousands of Syrians displaced from Aleppo have found refuge in Idlib".
    r"\b(?:displaced|refugees|fled)\b[^.;]{0,80}?\b(?:(?:have|has|had)\s+(?:found|sought|taken)\s+(?:refuge|shelter)|"
    r"(?:are|is)\s+(?:now\s+)?(?:living|sheltering|staying|housed|hosted)|(?:live|lives|reside|resides)\s+in)\b",
    # (Not "during the fighting" or "the violence": those are as often the day's own.)
    rf"\b(?:during|throughout|over\s+the\s+course\s+of)\s+(?:the|its|this|a)\s+(?:[\w'-]+\s+){{0,2}}?{_LONG_WAR}\b",
    rf"\b(?:months|years|decades)\s+of\s+(?:[\w'-]+\s+)?{_WAR}\b",  # "months of violence ... leaving thousands dead"
    # A group's own insurgency, or its war told by its years: "Boko Haram has killed thousands of people in its six-year
    # insurgency" (not "killed 20 civilians on Monday in its campaign against IS": the day's strike in a campaign).
    r"\b(?:in|during|throughout|over)\s+(?:its|their)\s+(?:(?:[\w'-]+\s+)?(?:insurgency|rebellion|uprising)|"
    r"(?:[\w]+-(?:years?|decades?)(?:-long|-old)?|years-long|decades-long)\s+(?:[\w'-]+\s+)?(?:war|conflict|campaign|fight|struggle))\b",
    # A war's toll told in a relative clause: "the conflict in Gaza this summer, which took 2,100 lives".
    rf"\b{_LONG_WAR}\b(?!\s+crimes?)[^.;]{{0,60}}?\b(?:that|which)\s+(?:has\s+|have\s+|had\s+)?(?:killed|left|claimed|took|cost|displaced)\b",
    # ... or a war in which they died: "The PKK has waged a three-decade-long war in which 40000 people were killed".
    rf"\b{_LONG_WAR}\s+(?:in|during)\s+which\b",
    # A campaign's tally over weeks or more: "whose three-week assault ... has left hundreds dead".
    rf"\b(?:[\w]+-)?(?:weeks?|months?|years?)(?:-long|-old)?\s+(?:[\w'-]+\s+)?{_CAMPAIGN}\b",
    r"\bin\s+recent\s+(?:weeks|months|years)\b|\bin\s+the\s+(?:weeks|months|years)\s+(?:after|before|since|following)\b",
    r"\bon\s+(?:this|that|all|several|both|the\s+\w+(?:ern)?)\s+fronts?\b",  # a front's tally, not a day's
    r"\b(?:total|overall|cumulative)\s+(?:death\s+)?toll\b",
    r"\b(?:so\s+far|to\s+date|in\s+total|overall|altogether|cumulative|running\s+total|total(?:l?ed|l?ing|s))\b",
    r"\b(?:until|till|up\s+to|up\s+until)\s+now\b|\bthus\s+far\b",  # "Until now 150 Alawites ... have been kidnapped"
    # a kind of attack, not one: "21 people ... were killed and more than 70 others wounded in such attacks"
    r"\b(?:in|by|from|during)\s+such\s+(?:[\w'-]+\s+)?(?:attacks|strikes|air\s*strikes|raids|bombings|incidents|shelling|assaults)\b",
    # A habit, not a day: "Opposition forces have responded by firing missiles into government districts killing scores".
    r"\b(?:have|has|had)\s+(?:long\s+|often\s+|repeatedly\s+|regularly\s+|routinely\s+|frequently\s+)?(?:responded|retaliated|reacted)\s+(?:by|with)\b",
    r"\b(?:have|has|had)\s+(?:often|repeatedly|regularly|routinely|frequently)\s+(?:been\s+)?\w+ed\b",
    # Another event.
    r"\b(?:a|one|two|three|four|five|six|several|few)\s+(?:days?|weeks?|fortnights?|months?|years?)\s+(?:earlier|ago)\b",
    # History told without a date: "The town had been shelled in the past, killing 11 people" (not a span: "in the past 24
    # hours", "in the past few days" are the story's own tally, "in the past two years" a period; see figure_time).
    r"\bin\s+the\s+past\b(?!\s+(?:[\w-]+\s+){0,2}?(?:hours?|days?|weeks?|fortnights?|months?|years?|decades?)\b)",
    # ("a day after ... killed 24": the figure after the cue; "30 were killed on Saturday, a day after ..." is news.)
    r"\b(?:earlier|previous|prior|past|last)\s+(?:\w+\s+)?(?:attacks?|shelling|strikes?|air\s*strikes?|raids?|bombings?|massacres?|"
    r"incidents?|clashes|offensives?|explosions?|blasts?|videos?|footage)\b",  # "four children killed in earlier regime shelling"
    # ("the man who beheaded two American journalists and two British aid workers in earlier videos")
    # What was done before the story: "The group had previously killed 30 soldiers in the town". (Not "a similar attack":
    # a roundup tells the day's other attacks so, "Two other people were reported killed ... in a similar attack".)
    r"\bpreviously\b|\bback\s+then\b|\bat\s+the\s+time\b(?!\s+of\b)",  # ("Back then, five people died in the shooting")
    # A past era, named by its years or its ruler: "Some 3,000 people were killed or disappeared during those years", "during
    # his 17-year rule", "under the dictatorship" (history told again; not "during the fighting", the day's own).
    r"\b(?:during|in|over|throughout)\s+(?:those|these)\s+(?:[\w'-]+\s+)?(?:years|decades)\b|"
    r"\b(?:during|under|throughout)\s+(?:his|her|their|the)\s+(?:[\w'-]+\s+){0,2}?(?:rule|reign|dictatorship|junta|presidency|tenure|era)\b",
    # A time told back in a narrative: "Later that month an airstrike ... killed at least 31".
    r"\b(?:later|earlier|in|during|by)\s+that\s+(?:month|year|spring|summer|autumn|winter)\b",
    # A named past event (history quoted in any later copy: "the 9/11 attacks, which killed nearly 3,000 people"), an
    # anniversary or a commemoration ("on the anniversary of a bombing that killed 20"), a database's statistic.
    r"\b(?:9/11|Holocaust|World\s+War\s+(?:I|II|One|Two|1|2)|Vietnam\s+War|Hiroshima|Nagasaki|Lockerbie|Oklahoma\s+City\s+bombing|"
    r"Columbine|anniversar(?:y|ies)|commemorat\w+|database|statistics)\b",
    # A massacre known by its own name, capitalised, is history told again: "the Ghouta Massacre that claimed the lives of
    # over 1127 civilians" in 2016 copy (a day's news says "a massacre in Houla").
    r"(?-i:\b(?:the|The)\s+[A-Z][\w'-]+\s+Massacres?\b)",
    # A group's record, not a day's: "The militants, who have killed thousands of people in Nigeria", "The group has been
    # blamed for the deaths of more than 13,000 people" (not a victim: "who had been abducted for several days").
    r"\bwho\s+(?:has|have|had)\s+(?:(?!been\b)\w+\s+)?(?:killed|kidnapped|abducted|displaced)\b|\b(?:has|have)\s+been\s+blamed\s+for\b",
    # An example given is another incident, told to illustrate: "One example is ... Boko Haram, which released a video
    # purportedly showing the beheading of two men", "On Friday, for instance, ISIS claimed ... bombings".
    r"\b(?:for\s+(?:instance|example)|(?:one|another)\s+example|an\s+example\s+of)\b",
    # Yearly statistics.
    r"\b(?:every|each|per|a)\s+(?:year|month)\b|\bannually\b|\bthis\s+year\b",
    # a month's tally: "The number of people killed in the city this month has risen to 300" (not another clause's month:
    # "left 40 soldiers dead on Monday in a major blow to a regime advance launched earlier this month")
    r"\b(?:killed|dead|died|deaths|displaced|fled|wounded|injured|arrested|detained)\s+(?:(?!(?:on|earlier|later)\b)[\w'-]+\s+){0,4}?this\s+month\b",
    r"\b(?:every|each|per)\s+(?:day|week)\b|\ba\s+(?:day|week)\b(?!\s+(?:after|before|earlier|later|ago|and|of|or)\b)",  # a daily rate
    # Forecasts and hypotheticals (also of an attempt: "up to 100000 people may try to flee to Turkey"; a hedged past: "As
    # many as 100 people may have died in the blast", "could have killed as many as 70").
    # (Not blame: "Russian jets ... may have been responsible" hedges who struck, not the count.)
    r"\b(?:could|would|might|may|will|shall)\s+(?:have\s+(?:died|killed|left|caused|fled|perished)\b|(?:have\s+)?(?:(?:try|attempt|seek|need|have|want)\s+to\s+)?(?:be|been|die|kill|leave|result|cause|face|flee|rise)\b)"
    r"(?!\s+(?:responsible|behind|to\s+blame|involved|carried\s+out|linked)\b)",
    r"\b(?:do|does|did)(?:n[’']t|\s+not)\s+have\s+(?=(?:(?:at\s+least|more\s+than|about|around|some|another)\s+)*[\w,]+\s+(?:[\w'-]+\s+)?(?:dead|killed|deaths|wounded|injured)\b)",  # "we don't have seven dead people"
    r"\b(?:expected|likely|feared|threatens?|threatened|risks?|set)\s+to\b|\bat\s+risk\b|"
    # not yet confirmed: "dozens feared dead", "200 presumed drowned" (counted once a toll is confirmed)
    r"\b(?:feared|presumed)\s+(?:to\s+(?:be|have)\s+(?:been\s+)?)?(?:dead|killed|drowned|lost)\b|"
    # ("if" as "whether" asks which, not what might be: "It's not clear if those two men were the pair killed at the museum")
    # ("\b(?=if\b)" first: every alternative opening with \b, the engine tests it once for all, and the eight lookbehinds
    # only before an "if": a quarter of this search)
    r"\b(?=if\b)(?<!clear\s)(?<!known\s)(?<!unknown\s)(?<!unclear\s)(?<!sure\s)(?<!certain\s)(?<!asked\s)(?<!determine\s)\bif\b(?!\s+(?:confirmed|true|verified|accurate|correct)\b)|\bunless\b|\bestimates?\b|\bestimated\b|\bprojected\b",
)
# A past event named by its full date: "the April 15, 2013, bombings that killed three" (news names its own day by
# weekday or as "Saturday's bombing", not by a dated name). Its commas cut the clause, so it is looked for before it.
_DATED_EVENT = re.compile(rf"\bthe\s+(?:\d{{1,2}}\s+{_MONTH},?\s+{_YEAR}|{_MONTH}\s+\d{{1,2}},?\s+{_YEAR}),?\s+(?:[\w'-]+\s+)?"
                          r"(?:attacks?|bombings?|massacres?|shootings?|blasts?|explosions?|strikes?|air\s*strikes?|raids?|killings|"
                          r"earthquake|tsunami)\b", re.IGNORECASE)
# A court or an inquiry looks back at deaths: "convicted of planting the bombs which killed seven", "admitted killing
# eight women", "judicial reviews into five other deaths". The count before the cue may be the news; after it, the case's.
_PROCEEDINGS = re.compile(r"\b(?:convicted|sentenced|jailed|acquitted|indicted|pleaded\s+(?:not\s+)?guilty|(?:on|stand|stands|stood)\s+trial|"
                          r"charged\s+(?:with|over)|(?:admitted|confessed)(?=\s+(?:to\s+)?(?:killing|murdering|the\s+(?:killings?|murders?)))|inquests?|(?:judicial|public)\s+(?:reviews?|inquiry|inquiries)|"
                          r"reviews?\s+into|inquiry\s+into|"
                          # what a suspect is held for: "Five men were arrested on Monday for the killing of 12 people last
                          # year", "suspected of killing 12 people" (the arrest the news, the killing the case's)
                          r"(?:suspected|accused)\s+of(?=\s+(?:\w+\s+)?(?:killing|murdering|kidnapping|abducting|the\s+(?:killings?|murders?|deaths?)))|"
                          r"(?:suspicions?|allegations?|accusations?)\s+that\s+(?:\w+\s+){1,2}?(?:had\s+)?(?=killed|murdered|kidnapped|abducted)|"
                          r"(?:arrested|detained|held|wanted|questioned)\s+(?:\w+\s+){0,3}?(?:for|over|in\s+connection\s+with)(?=\s+(?:the\s+)?(?:killings?|murders?|deaths?)\b)|"
                          # a trial's evidence: "as jurors watched videos of him ... two bombs exploded, killing three people"
                          r"jur(?:y|ors)|testif(?:y|ies|ied|ying)|witness\s+stand|court\s+(?:heard|was\s+told)|told\s+(?:the\s+)?court)\b",
                          re.IGNORECASE)
_FULL_DATE = re.compile(rf"\b\d{{1,2}}\s+{_MON}\s+{_YEAR}\b|\b{_MON}\s+\d{{1,2}},?\s+{_YEAR}\b|\b\d{{4}}-\d\d-\d\d\b|\b\d\d?[-./]\d\d?[-./]\d{{4}}\b",
                        re.IGNORECASE)
# Another year or month, read as a cue when the article's date is not known (see figure_time otherwise).
_UNDATED_CUES = (
    rf"(?<![\d/-]){_YEAR}(?![\d/-])",
    rf"\b(?:in|since|on|during|from|until|by|last|early|late|mid|between|through)\s+(?:\d{{1,2}}\s+)?{_MONTH}\b",
)
_CUE = guarded("|".join(f"(?:{cue})" for cue in _CUES), re.IGNORECASE)
# A comparison: the figure after it is the one compared with ("the deadliest attack since 300 were killed at the
# market"); the event's own toll before it is the news ("346 fighters were killed ... making it one of the deadliest
# confrontations ... since the start of the war").
_COMPARISON = guarded(r"\b(?:deadliest|worst|bloodiest|biggest|largest|highest|first)\b[^.;]{0,40}?\b(?:since|ever|yet|on\s+record|in\s+(?:years|decades))\b",
                         re.IGNORECASE)
# A tally since a date within the story's week is its news ("Since Sept. 19 when the regime declared the truce over at
# least 359 civilians have been killed", in an article of 24 September); since a date further back, a running total.
_SINCE_DATE = re.compile(rf"\bsince\s+(?:{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON})(?:,?\s+{_YEAR})?", re.IGNORECASE)
_COMPARED = re.compile(rf"(?:{_COMPARISON.pattern})(?:\s+[^\s.;,]+){{0,8}}", re.IGNORECASE)  # with what it is compared to
# Another event the story's news came after or before: the figure after the cue is that event's.
# (A headline drops the article: "Car bomb kills 7, day after 16 officers are killed".)
# ("The attack came after a double car bombing killed at least 100 on Tuesday": the news follows another event.)
# The news "came a day after" another event (a span named: "came after a day of violence Friday, when 30 ... were killed"
# may tell the story's own days), told with its toll in the rest of the sentence: "The U.S. move came a day
# after terrorists bombed two mosques ... on Friday, killing at least 137" (commas cut the clause; the cue holds to the end).
_CAME_AFTER = re.compile(r"(?<!which\s)(?<!that\s)\b(?:comes?|came|follows?|followed)\s+(?:just\s+|only\s+)?(?:a|one|two|three|four|five|six|several|few)\s+"
                         r"(?:days?|weeks?|months?)\s+(?:after|before)\b", re.IGNORECASE)
# After "days after <the other event>", a finite passive closed by "and" or a comma: the count after it is the main
# clause's, the news ("Just days after a deadly chemical attack a woman was killed and 25 others on a bus were wounded";
# "A day after 16 officers were killed, a car bomb killed 7": the 7). (Not "days after a car bomb was detonated in the
# market killing 20": that toll is the earlier bombing's.)
_NEWS_CLAUSE_BETWEEN = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b[^.;,]{0,40}?(?:,|\band\b)\s*(?:\S+\s+){0,8}?$", re.IGNORECASE)
_ANOTHER_EVENT = re.compile(r"\b(?:(?:a|the|one|two|three|four|five|six|several|few)\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|before)\b"
                            # an incident the story recalls: "The shooting recalled the Sandy Hook massacre, where 26 people were killed"
                            r"|\b(?:recalled|recalls|recalling|echoed|echoes|echoing|evoked|evokes|evoking|reminiscent\s+of|"
                            r"(?:a\s+)?reminder\s+of|memories\s+of)\b"
                            # what a strike avenged: "in revenge for the death of five crewmen killed when their helicopter crashed"
                            r"|\b(?:in|a|as)\s+(?:revenge|retaliation|reprisal|response)\s+(?:for|to)\b"  # ("the barrage was a response to rocket attacks ... which killed 10")
                            r"|\b(?:comes?|came|follows?|followed)\s+(?:(?:just|only|shortly|hours|days|weeks|soon)\s+)?"
                            r"(?:after|before|on\s+the\s+heels\s+of|in\s+the\s+wake\s+of)\b"
                            # what the news came amid: "The strikes came as a car bomb wounded at least 37 people in Homs"
                            r"|\b(?:comes?|came)\s+as\b(?!\s+(?:part|a\s+result|well)\b)",
                            re.IGNORECASE)
# A toll that may still rise is no forecast of the figure ("the death toll is likely to rise"); one that
# "could rise to more than 100,000" forecasts that number.
_TOLL_MAY_RISE = guarded(r"\b(?:(?:death\s+)?toll|number|figure)\s+(?:\w+\s+){0,2}?(?:is|was|could|may|might|will|would)?\s*(?:be\s+)?"
                            r"(?:likely|expected|feared|set)?\s*(?:to\s+)?(?:rise|climb|increase|go\s+up|grow)\b"
                            r"(?!\s+(?:to|above|beyond|past|over)\b)", re.IGNORECASE)
_UNDATED_CUE = re.compile("|".join(f"(?:{cue})" for cue in _UNDATED_CUES), re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:()\[\]—–]|\s-\s|,\s|\"|“|”")
# (A result told after a comma is the clause before it's: "The standoff sparked months of violence, leaving thousands dead".)
# ("the Charlie Hebdo massacre, in which 12 people were killed": a relative clause after a preposition joins too.)
_RELATIVE_START = re.compile(r"\s*(?:which|that|who|where|and|leaving|killing|wounding|injuring|claiming|(?:in|during)\s+which)\b", re.IGNORECASE)
# (A monitor's count in the present perfect is a tally too: "The group has reported hundreds of civilians killed".)
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|also\s+|already\s+|since\s+)?(?:been\s+)?(?:killed|died|fled|displaced|wounded|injured|lost\s+their\s+lives|perished|"
                      r"uprooted|forced\s+(?:to\s+flee|from\s+their\s+homes)|driven\s+from\s+their\s+homes|made\s+homeless)\b"  # "have been forced to flee their homes"
                      # a group's record of abductions ("Boko Haram has abducted hundreds of women and girls"; arrests
                      # after an attack are its inquiry's news: "have already arrested nine people")
                      r"|\b(?:have|has)\s+(?:now\s+|so\s+far\s+|also\s+|already\s+)?(?:abducted|kidnapped)\b"
                      # a toll a subject "has left" or "has claimed", its subject cut off by an aside ("The civil war, now in
                      # its seventh year, has left 465,000 dead"): as "has been killed", by its size or its place in the text
                      r"|\b(?:have|has)\s+(?:now\s+|so\s+far\s+|also\s+|already\s+)?(?:left|claimed)\b"
                      # a side's losses in a campaign: "DAESH has lost 463 fighters in the battle and the SDF has lost at least 89"
                      r"|\b(?:have|has)\s+(?:now\s+|so\s+far\s+|also\s+|already\s+)?lost\b(?!\s+(?:their|his|her)\s+lives\b)"
                      r"|\b(?:have|has)\s+(?:now\s+|so\s+far\s+|also\s+|already\s+)?(?:reported|documented|recorded|registered|counted)\b(?!\s+that\b)",
                      re.IGNORECASE)
_TODAY = re.compile(r"\b(?:today|tonight|yesterday|overnight|this\s+(?:morning|afternoon|evening)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                    re.IGNORECASE)
# A tally over the story's own last days is its news, told in the perfect or not: "45 people have been killed and 307
# injured in three days of regime attacks", "killed in the past four days", "in less than 24 hours of fierce clashes".
_RECENT_SPAN = re.compile(r"\b(?:in|over|during|within|for)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?(?:less\s+than\s+)?"
                          r"(?:(?:24|36|48|72|twenty-four|forty-eight)\s+hours|(?:two|three|four|five|six|seven|few|[2-7])\s+days)\b"
                          r"|\b(?:two|three|four|five|six|seven|[2-7])\s+days\s+of\b", re.IGNORECASE)
RUNNING_TOTAL_SIZE = 10_000  # a toll this large "has been killed" with no day named is a running total


def has_cue(text: str) -> bool:
    """Whether ``text`` says running total, comparison, forecast or yearly statistic somewhere."""
    return _has_cue(text) or bool(_COMPARISON.search(text))


@lru_cache(maxsize=4096)  # the same sentence or clause is asked about for each figure in it
def _has_cue(text: str) -> bool:
    """Whether ``text`` says running total, forecast or yearly statistic somewhere (a comparison counts after it only)."""
    return bool(_CUE.search(_TOLL_MAY_RISE.sub(" ", text)))


def tells_other_time(sentence: str, published: dt.date | None) -> bool:
    """Whether ``sentence`` places what it tells at another time than the story's: a running total, history or forecast
    cue, another event it came after or recalls, a past event's date, a time of its own that is not the story's."""
    return (has_cue(sentence) or _ANOTHER_EVENT.search(sentence) is not None or _DATED_EVENT.search(sentence) is not None
            or time_of(sentence, published) == OTHER)


def is_background(sentence: str, start: int, end: int, value: int, *, published: dt.date | None = None,
                  before: str | None = None, lead: bool = True, opening: bool = False) -> bool:
    """Whether the figure spanning ``start:end`` of ``sentence`` is background, from cues in its clause.

    ``published`` is the article's date (None: not known), ``before`` the time the sentence before
    this one named (figure_time.THIS, OTHER or None), taken when neither clause nor sentence names one.
    ``lead`` says the sentence opens the article: there a toll that "has been killed" is the news
    ("At least 20 people have been killed in an air strike"); further down, with no day named, it is a
    tally ("At least 327 people have also been killed in clashes in the neighbouring province").
    """
    if opening:  # the article's opening tells its story's incident, days back or not: "killed ... last week" is its news
        sentence = _RECENT_BACK.sub(_blank, sentence)  # ("A helicopter that went down three days ago -- killing 11")
    whole = sentence
    clause = _clause(sentence, start, end)
    told = _RELATIVE_AFTER.search(clause, end - sentence.find(clause))
    if told is not None and (_names_today(clause[:told.start()], published) or _counts(clause[told.end():])):
        cut = sentence.find(clause) + told.start(), sentence.find(clause) + len(clause)
        sentence = sentence[:cut[0]] + " " * (cut[1] - cut[0]) + sentence[cut[1]:]  # its words are not the figure's
        clause = clause[:told.start()]  # "killed 23 people in the town on Monday which has been under siege since 2012"
    cued = _COMPARED.sub(lambda m: " " * len(m.group(0)), clause)  # "since the start of the war" is the comparison's
    cued = _SINCE_DATE.sub(lambda m: " " * len(m.group(0)) if time_of(m.group(0), published) == THIS else m.group(0), cued)
    if time_of(_SAID_ON.sub(_blank, whole), published, near=(start, end)) == THIS:  # "In total over 40 civilians were killed in the bombardment
        cued = _DAYS_TOTAL.sub(_blank, cued)  # that hit 11 towns across Idlib on Tuesday": the day's total
    if _has_cue(cued):
        return True
    if any(cue.end() <= start for cue in _COMPARISON.finditer(sentence, sentence.find(clause))):
        return True
    if any(cue.end() <= start and not _NEWS_CLAUSE_BETWEEN.search(sentence, cue.end(), start)
           for cue in _ANOTHER_EVENT.finditer(sentence, sentence.find(clause))):
        return True
    if any(cue.end() <= start for cue in _CAME_AFTER.finditer(sentence)):
        return True
    if any(sentence.find(clause) <= named.end() <= start for named in _DATED_EVENT.finditer(sentence)):
        return True
    if any(cue.end() <= start for cue in _PROCEEDINGS.finditer(sentence)):
        return True
    if published is None and _UNDATED_CUE.search(_FULL_DATE.sub(" ", clause)):  # a dateline stamp is not another time
        return True
    offset = sentence.find(clause)
    own = time_of(clause, published, near=(start - offset, end - offset)) or time_of(sentence, published, near=(start, end))
    if (own or before) == OTHER:
        return True
    if own == THIS or _TODAY.search(clause) or _RECENT_SPAN.search(clause):
        return False
    return bool(_PERFECT.search(clause)) and (value >= RUNNING_TOTAL_SIZE or not lead)


# A sum told with the story's own day is that day's total, not a running one (see is_background).
_DAYS_TOTAL = re.compile(r"\b(?:in\s+total|in\s+all|altogether|all\s+told)\b", re.IGNORECASE)
# (The day a source spoke is not the day of what it counts: "Altogether 1,200 people have been killed, it said on Tuesday".)
_SAID_ON = re.compile(r"\b(?:said|says|reported|announced|added|told\s+[\w-]+)\s+(?:on\s+)?(?:today|yesterday|"
                      r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)


# A relative clause after a figure told with its own day is about what it names (a place's siege, a group's history),
# not a time of the figure: "On Monday air strikes killed 23 people in the town which has been under siege ever since
# rebels seized it two years ago"; one with a count of its own tells another figure, whose time is its own: "China has
# executed three men convicted of plotting a knife attack that killed 31 people ... last year".
_RELATIVE_AFTER = re.compile(r"\b(?:which|where|whose|that)\b", re.IGNORECASE)


def _counts(text: str) -> bool:
    """Whether ``text`` holds a count that is not a year."""
    return any(count_value(m.group(0)) is not None and not re.fullmatch(_YEAR, m.group(0)) for m in COUNT.finditer(text))


_RECENT_BACK = re.compile(r"\b(?:last|previous)\s+week\b|\bearlier\s+(?:this|in\s+the)\s+week\b|"
                          r"\b(?:a|one|two|three|four|five|six|several|few)\s+days?\s+(?:ago|earlier)\b", re.IGNORECASE)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _names_today(text: str, published: dt.date | None) -> bool:
    return _TODAY.search(text) is not None or time_of(text, published) == THIS


# A phrase opening the sentence before its first comma, with no verb of its own: where or when the clause after it happened.
_FRONTED = re.compile(r"\s*(?:(?:In|During|At|After|Before|Since|Unlike|Like|As\s+in)\s+(?:[\w'-]+\s+){0,6}?[\w'-]+|"
                      r"Back\s+then|Previously|Earlier|Years\s+ago|Months\s+ago|(?:Every|Each)\s+(?:day|week|month|year)|"
                      # ("A year ago, 90 people were killed ...": a time counted back, singular as plural)
                      r"(?:A|One|Two|Three|Four|Five|Six|Several|A\s+few)\s+(?:days?|weeks?|fortnights?|months?|years?)\s+(?:ago|earlier)),\s*")


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause around ``start:end``: punctuation bounds it, a relative clause joins the one before it."""
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence) + 1]
    left = max(b for b in bounds if b <= start)
    right = min((b for b in bounds if b > end), default=len(sentence) + 1)
    right_end = right - 1 if right <= len(sentence) else len(sentence)
    if left > 0 and _RELATIVE_START.match(sentence, left):
        left = max((b for b in bounds if b < left - 1), default=0)
    elif left > 0 and max((b for b in bounds if b < left), default=0) == 0 and _FRONTED.fullmatch(sentence, 0, left):
        left = 0  # a fronted phrase is the clause's: "In the previous attack, 15 people were killed"
    follow = sentence[right:] if right <= len(sentence) else ""
    if _RELATIVE_START.match(follow):  # "the conflict, which has killed ..." told about the figure's clause
        next_break = _CLAUSE_BREAK.search(follow)
        right_end = right + (next_break.start() if next_break else len(follow))
    return sentence[left:right_end]
