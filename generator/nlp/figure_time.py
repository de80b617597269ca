"""When a figure happened, read against the article's own date: this story's days, or another time.

A casualty count is the story's news when its time is the article's: today, yesterday, a weekday
("on Friday" in a Monday article), a date up to six days before the article's. A date further back, a
month that is not the article's own (or any month named with "in", "since", "during"...), a year named
on its own (today's news names the day, not the year) is another time: the figure is background (an earlier
attack, last spring's toll). A sentence that names no time of its own takes the time of the sentence
before it ("... an attack on March 19. It said 26 people were killed."): news copy names the time of
an event once and goes on about it.

Without the article's date (an undated page), a named month or year is taken as another time, a
full date as a dateline stamp (no time), as the scope cues did before dates were read.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from generator.nlp.openings import guarded

THIS, OTHER = "this", "other"
RECENT_DAYS = 6  # a date up to six days before the article's is its news ("on Tuesday" in a Monday article); a week back is another
# A day named by its date is the article's news up to three days before (a Monday report of Friday's strike): a report naming the date of a toll
# from days before ("chemical attacks near Damascus on August 21 ... killing as many as 1300", in an August 25 story
# about Kerry's talks) retells another day's event, which the day views count on its own day (a weekday, "on Tuesday",
# is how news names its own recent days, and keeps RECENT_DAYS).
DATED_DAYS = 3
_SINCE_JUST_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# The time of the sentence before is weaker evidence: it makes a figure background only when it is a month back.
CARRIED_DAYS = 31

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# Month names are matched with their capital: "may" is a verb, "March" as a verb is rare in news copy.
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_YEAR = r"(?:19|20)\d\d"
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_DATED = guarded(
    rf"(?<![\w/.-]){_DAY.format('d1')}\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?(?![\w-])"
    rf"|(?<![\w-])(?P<m2>{_MONTH})\s+{_DAY.format('d2')}(?![\d:])(?:,?\s+(?P<y2>{_YEAR}))?(?![\w-])"
    rf"|(?<![\w/.-])(?P<y3>{_YEAR})-(?P<m3>\d\d)-(?P<d3>\d\d)(?![\w/.-])"
    rf"|(?<![\w/.-])(?P<d4>\d\d?)[./](?P<m4>\d\d?)[./](?P<y4>{_YEAR})(?![\w/.-])"
)
# (A hyphened part of the month is a preposition too: "a mid-August suicide attack", "in late-March".)
_MONTH_ALONE = guarded(rf"(?<![\w-])(?P<prep>(?i:in|since|on|during|from|until|by|last|early|late|mid|between|through)\s+|(?i:early|late|mid)-)?"
                          rf"(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?(?![\w-])")
_DIGIT = re.compile(r"\d")
_YEAR_ALONE = guarded(rf"(?<![\d/.,-]){_YEAR}(?![\d/-])")
_NOW = guarded(r"\b(?:today|tonight|yesterday|overnight|this\s+(?:morning|afternoon|evening|week)|"
                  r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)
_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d+)"
# Times counted back from the article's, with how many days back they are at least: another time when that is
# beyond the window (a week; a month for a time carried from the sentence before).
_RELATIVE = tuple((guarded(pattern, re.IGNORECASE), days) for pattern, days in (
    (r"\b(?:last|previous|preceding)\s+week\b|\ba\s+week\s+(?:ago|earlier|before)\b", RECENT_DAYS + 1),
    # ("earlier this week": an earlier day than the story's, whose own day a report names as today or by its weekday)
    (r"\bearlier\s+(?:this|in\s+the)\s+week\b", RECENT_DAYS + 1),
    (r"\b(?:weeks|a\s+fortnight)\s+(?:ago|earlier|before)\b|\bearlier\s+this\s+month\b", RECENT_DAYS + 3),
    (r"\b(?:last|previous|preceding)\s+month\b|\ba\s+month\s+(?:ago|earlier|before)\b", CARRIED_DAYS + 1),
    (r"\b(?:last|previous|preceding)\s+(?:year|spring|summer|autumn|winter)\b|\bearlier\s+this\s+year\b|"
     r"\b(?:months|years|decades|a\s+year)\s+(?:ago|earlier|before)\b", 2 * CARRIED_DAYS),  # (singular as plural: "a year ago")
))
# A word every one of them needs: text without any is not searched five times (same engine, same case rule: exact).
_RELATIVE_WORDS = guarded(r"week|fortnight|month|year|spring|summer|autumn|winter|decade", re.IGNORECASE)
# A period's tally ("during the past two weeks", "in less than one month", "the first six months of", "over the past
# four years"): a span of time, not the story's day. Read in a figure's own sentence only. A tally over the story's
# own last days, up to a week ("in the past four days", "in the past few days"), is its news, as a wire tells it.
_PERIOD = guarded(
    rf"\b(?:over|in|during|for|within)\s+the\s+(?:past|last|first|previous)\s+(?:(?:[89]|\d\d+|eight|nine|ten)\s+days|(?:\w+\s+)?(?:weeks|months?|years?|decades?))\b"
    rf"|\b(?:in|within|over|during)\s+(?:less\s+than\s+|more\s+than\s+|just\s+|only\s+|under\s+)?(?:a|one|{_NUMBER})\s+(?:weeks?|months?|years?)\b"
    rf"|\b(?:first|last|past)\s+{_NUMBER}\s+months\s+of\b"
    # years or decades as a span ("Thirty more years; ... 3,000 civilians dead", "two decades of"): history
    rf"|(?<![\w-])(?:{_NUMBER}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|many)\s+(?:more\s+)?(?:years|decades)\b(?![\s-]+old)",
    re.IGNORECASE,
)


def names_period(text: str) -> bool:
    """Whether ``text`` counts over a span longer than the story's days ("during the past two weeks", "in less than one
    month"): a tally's words, as a running total's."""
    return _PERIOD.search(text) is not None


# "an operation launched in late August": the start of something running, not the time of what the next sentence tells.
_STARTED_BEFORE = re.compile(r"\b(?:launched|began|begun|started|erupted|broke\s+out)\s+(?:in|on|since)\s+(?:early\s+|late\s+|mid-?\s*)?$",
                             re.IGNORECASE)


# "the widest rebel offensive ... since the insurgents took over ... in the summer of 2012": a span's start, not a time.
_SINCE_BEFORE = re.compile(r"\bsince\b[^.;:]*$", re.IGNORECASE)


def time_of(text: str, published: dt.date | None, *, near: tuple[int, int] | None = None, carried: bool = False) -> str | None:
    """``OTHER`` when ``text`` names another time than the article's, ``THIS`` when it names the article's, else None.

    When it names several, the one nearest to ``near`` (a figure's span) counts, else the last one:
    run-on copy puts "in April" and "on Sunday" in one sentence, each about its own figure. ``carried``
    reads the sentence before a figure's: only a time a month back or more, no period, counts there.
    """
    found = times(text, published, carried=carried)
    if not found:
        return None
    if near is None:
        return found[-1][2]
    start, end = near
    return min(found, key=lambda t: max(t[0] - end, start - t[1], 0))[2]


def times(text: str, published: dt.date | None, *, carried: bool = False) -> list[tuple[int, int, str]]:
    """Every time expression in ``text`` that says this time or another: (start, end, THIS or OTHER), in order."""
    return list(_times(text, published, carried))


@lru_cache(maxsize=4096)  # each sentence is read for every figure in it and again as the next one's context
def _times(text: str, published: dt.date | None, carried: bool) -> tuple[tuple[int, int, str], ...]:
    window = CARRIED_DAYS if carried else RECENT_DAYS
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    digits = _DIGIT.search(text) is not None  # every date and year has one: text without is not searched for them
    for match in _DATED.finditer(text) if digits else ():
        # (a period's start keeps the week: "Since Sept. 19, when the ceasefire ended, at least 359 were killed" counts
        # the story's own days)
        since = _SINCE_JUST_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None
        found.append((match.start(), match.end(), _dated(match, published, window if carried or since else DATED_DAYS)))
        taken.append(match.span())
    free = [m for m in _MONTH_ALONE.finditer(text) if not any(a <= m.start("m") < b for a, b in taken)]
    found += [(m.start(), m.end(), _month(m, published, carried)) for m in free]
    taken += [m.span() for m in free]
    found += [(m.start(), m.end(), OTHER) for m in (_YEAR_ALONE.finditer(text) if digits else ())
              if not any(a <= m.start() < b for a, b in taken)]
    if _RELATIVE_WORDS.search(text):
        found += [(m.start(), m.end(), OTHER) for pattern, days in _RELATIVE if days > window for m in pattern.finditer(text)]
    if not carried:
        found += [(m.start(), m.end(), OTHER) for m in _PERIOD.finditer(text)]
    else:  # when a campaign began (or what a comparison reaches back to) is not when the next sentence's figure happened
        found = [t for t in found if not _STARTED_BEFORE.search(text, max(0, t[0] - 60), t[0])
                 and not _SINCE_BEFORE.search(text, max(0, t[0] - 120), t[0])]
    found += [(m.start(), m.end(), THIS) for m in _NOW.finditer(text)]
    found = [t for t in found if not (_SCHEDULED_AFTER.match(text, t[1]) and not _YEAR_ALONE.search(text, t[0], t[1]))
             and not _NTH_INCIDENT_IN.search(text, max(0, t[0] - 60), t[0])]
    return tuple(sorted(t for t in found if t[2]))


# A date set before a scheduled occasion's noun names that occasion, not the time of what the sentence counts: "bombarded a
# rally ... in a controversial June 3 poll killing at least 21" (a poll still to come), "at a rally ahead of the March 5
# election". (A year keeps its time: "violence after the December 2007 election killed 1,000" is history; and an incident's
# noun its date: "the April 15, 2013, bombings that killed three".)
_SCHEDULED_AFTER = re.compile(r",?\s+(?:[\w'-]+\s+)?(?:polls?|elections?|votes?|voting|referendums?|ballots?|run-?offs?|primar(?:y|ies)|"
                              r"deadlines?|summits?|talks|meetings?|conferences?|hearings?|trials?|visits?|ceasefires?|cease-fires?|"
                              r"truces?|agreements?|deals?|accords?|debates?|inaugurations?|ceremon(?:y|ies))\b", re.IGNORECASE)


def _dated(match: re.Match[str], published: dt.date | None, window: int) -> str:
    """A day named in full or by day and month: the article's news when within a week before its date."""
    if published is None:  # a dateline stamp on an undated page: no time to read; a dated day in the copy is another time
        year = match.group("y1") or match.group("y2")
        on = _ON_BEFORE.search(match.string, max(0, match.start() - 12), match.start()) is not None
        # Undated copy names the story's own week by weekday ("on Tuesday"); "On January 27, ISIS gunmen attacked the
        # Corinthian Hotel ..., killing 10" told by month and day (no weekday with it) is an earlier incident.
        told_by_name = (match.group("m1") or match.group("m2") or "")[:1].isalpha()
        weekday = _WEEKDAY_NEAR.search(match.string, max(0, match.start() - 12), match.start()) is not None
        return OTHER if on and (year or (told_by_name and not weekday)) else ""
    day, month, year = _parts(match)
    if month is None or not 1 <= day <= 31:
        return ""
    guess = year or published.year
    try:
        when = dt.date(guess, month, day)
        if year is None and when > published + dt.timedelta(days=1):
            when = dt.date(guess - 1, month, day)  # "December 23" in a January article
    except ValueError:
        return ""
    return THIS if published - dt.timedelta(days=window) <= when <= published + dt.timedelta(days=1) else OTHER


# "stormed the station on March 1, 2014": a day told in the copy of an undated page, not its stamp (another time: today's
# news names its day without the year).
_ON_BEFORE = re.compile(r"\b(?:on|since|from|until|by|before|after)\s+(?:the\s+)?$", re.IGNORECASE)
_WEEKDAY_NEAR = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?$", re.IGNORECASE)


def _parts(match: re.Match[str]) -> tuple[int, int | None, int | None]:
    groups = match.groupdict()
    for d, m, y in (("d1", "m1", "y1"), ("d2", "m2", "y2"), ("d3", "m3", "y3"), ("d4", "m4", "y4")):
        if groups[d] is None:
            continue
        month_text = groups[m]
        month = int(month_text) if month_text.isdigit() else _month_number(month_text)
        return int(groups[d]), month if month and 1 <= month <= 12 else None, int(groups[y]) if groups[y] else None
    return 0, None, None


def _month_number(name: str) -> int | None:
    key = name.rstrip(".").lower()[:3]
    return next((i for i, full in enumerate(_MONTHS, 1) if full.startswith(key)), None)


_WISH = re.compile(r"\s+(?:God|Allah|they|he|she|you|we|it|his|her|their)\b")


def _month(match: re.Match[str], published: dt.date | None, carried: bool = False) -> str:
    """A month without a day: another time unless it is the article's own month named without a preposition
    ("in April" in an April article is weeks back: today's news names the day). Undated: with a preposition."""
    if match.group("m") == "May" and not match.group("prep") and _WISH.match(match.string, match.end()):
        return ""  # "May God avenge them", "May they rest in peace": the verb, not the month
    own = published is not None and (_month_number(match.group("m")), int(match.group("y") or published.year)) == (
        published.month, published.year)
    if match.group("prep"):
        return "" if carried and own else OTHER
    if published is None:  # ... or named as an incident's ("a January attack on a luxury hotel"): not today's news
        return OTHER if match.group("y") or _INCIDENT_AFTER_MONTH.match(match.string, match.end()) else ""
    return "" if own else OTHER


_INCIDENT_AFTER_MONTH = re.compile(r"\s+(?:[\w'-]+\s+)?(?:attacks?|bombings?|strikes?|air\s*strikes?|raids?|massacres?|shootings?|"
                                   r"explosions?|blasts?|offensive|assault|siege|killings)\b", re.IGNORECASE)


# An incident named with its time beside it, and referred to again later as "the attack": a follow-up story's
# "At least 87 people died in the suspected attack" is about the attack it dated earlier ("a sarin attack on Khan
# Sheikhun on the 4th of April"), not about this article's day.
_INCIDENT = r"(?:attack|strike|air\s*strike|airstrike|raid|air\s*raid|bombing|shelling|massacre|explosion|blast)s?"
_INCIDENT_RE = guarded(rf"\b{_INCIDENT}\b", re.IGNORECASE)
_THE_INCIDENT = guarded(rf"\bthe\s+(?:[\w'-]+\s+){{0,2}}?(?P<noun>{_INCIDENT})\b", re.IGNORECASE)
INCIDENT_AFTER, INCIDENT_BEFORE = 40, 12  # characters between an incident noun and a time that dates it

# The span an incident's rank counts in is no time of the figure: "The attack killed at least 5, the third such attack in
# two weeks" (this attack is the third; the span is when the others were).
_NTH_INCIDENT_IN = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|latest|\d+(?:st|nd|rd|th))\s+(?:such\s+)?(?:[\w-]+\s+)?"
                              rf"(?:{_INCIDENT}|incidents?)\s+(?:(?:in|within|over)\s+(?:the\s+)?(?:(?:past|last)\s+)?|(?:this|that)\s+)?$", re.IGNORECASE)


def dated_incidents(text: str, published: dt.date | None) -> dict[str, str]:
    """Incident nouns in ``text`` with a time right beside them ("an attack on Khan Sheikhun on the 4th of April",
    "Tuesday's strike"): the noun (singular, "air strike" as "strike") to THIS or OTHER."""
    found: dict[str, str] = {}
    matches = list(_INCIDENT_RE.finditer(text))
    spans = times(text, published) if matches else []
    for match in matches:
        near = [t for t in spans if 0 <= t[0] - match.end() <= INCIDENT_AFTER or 0 <= match.start() - t[1] <= INCIDENT_BEFORE]
        if near:
            found.setdefault(_incident(match.group(0)), near[0][2])
    return found


# What a sentence must tell for its time to carry to the next: an incident or a casualty ("an attack on March 19. It
# said 26 people were killed"). A time told about something else, a photo's scene ("Soldiers drive past the Arch in
# April"), a truce ("A ceasefire ... collapsed last month"), dates nothing the next sentence counts.
_TELLS_INCIDENT = guarded(rf"\b(?:{_INCIDENT}|clashes|fighting|battles?|offensives?|assaults?|ambush(?:es)?|bombardments?|"
                             r"incidents?|crash(?:es)?|collisions?|shootings?|stabbings?|sieges?|riots?|fires?|earthquakes?|floods?|accidents?|"
                             r"killed|killing|died|dead|deaths|wounded|injured|executed|massacred|bombed|shelled|struck|hit|arrested|detained|attacked|stormed|exploded|detonated|opened\s+fire|"
                             r"besieged|captured|seized|overran|overrun|retook|recaptured|invaded|raided|ambushed|fought|"
                             # a disaster told by its verb: "In December 2014, an Airbus A320 ... crashed into the Java Sea. All 162
                             # people on board ... were killed."
                             r"crashed|sank|capsized|derailed)\b",
                             re.IGNORECASE)


def tells_incident(text: str) -> bool:
    """Whether ``text`` tells an incident or a casualty, so that the time it names may date the next sentence's figure."""
    return _TELLS_INCIDENT.search(text) is not None


def incident_time(text: str, incidents: dict[str, str]) -> str | None:
    """The time of an incident dated earlier in the article that ``text`` refers back to ("the suspected attack")."""
    for match in _THE_INCIDENT.finditer(text):
        when = incidents.get(_incident(match.group("noun")))
        if when:
            return when
    return None


def _incident(noun: str) -> str:
    word = noun.lower().split()[-1].removeprefix("air")
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# Another day's incident told as context: wire copy names its story's day in the lead ("killed eight people ... on
# Tuesday"); a later sentence that names an earlier weekday ("On Sunday 11 civilians were killed", "an attack ...
# killed around 20 civilians on Monday") tells an earlier incident, not the story's news. A weekday after "since"
# opens a tally over the story's own days ("Since Saturday at least 68 civilians have been killed") and is no
# other day; a weekday one day after the lead's is the report's day ("the monitor said on Wednesday").
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = guarded(r"(?<!\w)(?P<since>(?i:since|from|between|until|through)\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|"
                      r"Saturday|Sunday)(?:(?P<poss>['’]s\b|s(?=\s+(?:[\w'-]+\s+){0,2}?(?:" + _INCIDENT + r"|clashes|fighting|shootings?|ambush|casualties|dead|victims|toll)\b))|\b)"
                      # (a possessive whose apostrophe copy lost, before an incident: "Saturdays attack killed 40 people"; a
                      # possessive after "from" names the incident a toll is from, no period's start: "The death toll from
                      # Tuesdays terrorist rocket attacks ... was put at 8")
                      rf"(?!,?\s+(?:[0-3]?\d\s+{_MONTH}|{_MONTH}\s+[0-3]?\d)\b)")  # not a date stamp ("Tuesday 19 July 2016")
EARLIER_DAYS = 5  # a weekday up to five days before the lead's is an earlier day; six before is the day after
# A lead's weekday beside a reporting verb is the report's day ("a monitoring group said Saturday", "on Monday claimed
# responsibility"), not the incident's; a lead that tells two days ("... the day before") has no one day.
_REPORTED = re.compile(r"\b(?:said|says|reported|reports|announced|claimed|told|confirmed|added|stated)\b", re.IGNORECASE)
_TWO_DAYS = re.compile(r"\b(?:the\s+(?:day|night)\s+before|a\s+day\s+(?:earlier|before)|the\s+previous\s+(?:day|night)|yesterday)\b",
                       re.IGNORECASE)
REPORT_CHARS = 12  # characters between a weekday and the reporting verb it dates


def lead_weekday(sentence: str, published: dt.date | None = None) -> int | None:
    """The weekday the article's lead sentence names for its story's incident (0 = Monday), when it names one only; or,
    when it names none, the first day of the span it tells counted back from the article's date ("over the past 24
    hours" in a Saturday report: Friday; "today": the article's day)."""
    if _TWO_DAYS.search(sentence):
        return None
    days = {m.group("day").lower() for m in _WEEKDAY.finditer(sentence) if not _starts_period(m) and not _reported(sentence, m)}
    if not days and published is not None:
        span = _LEAD_SPAN.search(sentence)
        if span is not None:
            return (published - dt.timedelta(days=0 if span.group("today") else 1)).weekday()
    return _WEEKDAYS.index(days.pop()) if len(days) == 1 else None


# A lead's span of time counted back from the report's own day: its story's first day is the report's or the one before.
_LEAD_SPAN = re.compile(r"\b(?P<today>today|tonight|this\s+morning)\b|\b(?:past|last)\s+(?:24|twenty-four)\s+hours\b", re.IGNORECASE)


def _starts_period(weekday: re.Match[str]) -> bool:
    """Whether the weekday opens a span ("since Saturday", "from Monday"), not "from Tuesday's attacks"."""
    return bool(weekday.group("since")) and not weekday.group("poss")


def _reported(text: str, weekday: re.Match[str]) -> bool:
    """Whether the weekday dates a report ("said Saturday", "told FNA on Saturday", "on Monday claimed"), not an incident."""
    return bool(_REPORTED.search(text, max(0, weekday.start() - REPORT_CHARS), min(len(text), weekday.end() + REPORT_CHARS)))


# The day a report was made: "a monitoring group said on Wednesday", "a war monitor said late on Wednesday". A lead
# dates its story's report so; a later sentence whose report is dated days before ("The observatory said on Tuesday that
# at least 23 people had been killed", in a story the monitor reported on Wednesday) retells an earlier report, another
# day's news. (A report's day is the weekday right after a reporting verb, not any weekday near one: "on Monday claimed
# responsibility" dates a claim that may be today's.)
_REPORT_DAY = guarded(r"\b(?:said|says|reported|announced|told\s+\w+)\s+(?:late\s+|early\s+)?(?:on\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|"
                      r"Friday|Saturday|Sunday)\b")


def report_weekday(piece: str) -> int | None:
    """The weekday ``piece`` dates a report to ("the Observatory said on Wednesday": 2), the first it names; else None."""
    match = _REPORT_DAY.search(piece)
    return None if match is None else _WEEKDAYS.index(match.group("day").lower())


def earlier_report(piece: str, story_report: int | None) -> bool:
    """Whether ``piece`` dates a report to a weekday days before ``story_report``, the day of the story's own report."""
    day = report_weekday(piece)
    return story_report is not None and day is not None and 1 <= (story_report - day) % 7 <= EARLIER_DAYS


# A follow-up names the incident it follows by its day: "Authorities there have already arrested nine people in connection
# with Wednesday's attack" (the arrests are the story's news, not Wednesday's).
_FOLLOW_UP = re.compile(r"\b(?:in\s+connection\s+with|connected\s+(?:to|with)|linked\s+to|involvement\s+in|responsibility\s+for)"
                        r"\s+(?:the\s+|last\s+)?$", re.IGNORECASE)


_WEEKEND = re.compile(r"\b(?:(?:at|over|during)\s+the\s+weekend|last\s+weekend|the\s+weekend['’]?s)\b", re.IGNORECASE)


def earlier_weekday(piece: str, lead: int | None) -> bool:
    """Whether ``piece`` names weekdays, each days before the lead's ``lead``: another day's incident."""
    if lead is None:
        return False
    found = [m for m in _WEEKDAY.finditer(piece) if not _FOLLOW_UP.search(piece, max(0, m.start() - 40), m.start())]
    days = {m.group("day").lower() for m in found}
    if _WEEKEND.search(piece):  # "dropped container bombs on Al-Bab at the weekend", in a Wednesday story: Saturday and Sunday
        days |= {"saturday", "sunday"}
    if not days or any(_starts_period(m) or _reported(piece, m) for m in found):
        return False
    # (every day it names earlier: "on Friday and Saturday at least 13 civilians died" in a Sunday story)
    return all(1 <= (lead - _WEEKDAYS.index(day)) % 7 <= EARLIER_DAYS for day in days)


# Another day told back and then referred to: "Last week, a Yemeni jet fired missiles at a palace ... That same day,
# Yemeni military forces battled in Aden, leaving at least 13 people dead"; "after a warplane on Saturday severely
# damaged a makeshift hospital ... That bombardment ... wounded five medical staff"; "Just two days ago ... At least 13
# people died ... in those clashes". A sentence that names no time of its own but points back ("that same day", "that
# bombardment", "those clashes") is on the day of the incident it points to: another day when the last sentence that
# named one (up to REFER_SENTENCES back) named another day.
_REFERS_BACK = re.compile(r"\b(?:that|the)\s+same\s+(?:day|night|morning|afternoon|evening)\b|\bthat\s+(?:day|night)\b"
                          r"|\b(?:that|those)\s+(?:(?!the\b|a\b|an\b)[\w'-]+\s+)?(?:attacks?|strikes?|air\s*strikes?|airstrikes?|raids?|bombings?|"
                          r"bombardments?|shelling|massacres?|explosions?|blasts?|clashes|assaults?)\b", re.IGNORECASE)
_DAYS_AGO = guarded(r"\b(?:a|one|two|three|four|five|six|several|few)\s+days?\s+(?:earlier|ago|before)\b|"
                       r"\b(?:last|previous|preceding)\s+week\b", re.IGNORECASE)
REFER_SENTENCES = 2


def refers_back(piece: str) -> bool:
    """Whether ``piece`` points back to an incident told before ("that same day", "those clashes"), not to one it tells
    itself ("Another bomb attack was also reported ... one person had been killed ... in that bombing")."""
    match = _REFERS_BACK.search(piece)
    if match is None:
        return False
    return match.group(0).lower().endswith(("day", "night", "morning", "afternoon", "evening")) or not _INCIDENT_RE.search(piece, 0, match.start())


def day_named(piece: str, published: dt.date | None, lead: int | None) -> str | None:
    """OTHER when ``piece`` names another day than the story's (a date, an earlier weekday, "two days ago", "last
    week"), THIS when it names the story's, else None: what a later sentence pointing back inherits."""
    if _DAYS_AGO.search(piece) or earlier_weekday(piece, lead):
        return OTHER
    return time_of(piece, published)
