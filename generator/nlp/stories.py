"""Which articles report the same event: one story id shared by the reports of several outlets.

Decided at build time over the whole archive, so a better matcher reaches every article
already ingested; a ``story:`` an editor wrote in the front matter always wins.

Articles are taken oldest first (then by slug), so the grouping does not depend on the order
files were ingested in. A report joins the story whose core (its first report) it matches best,
never a story it resembles only through another member, so stories cannot chain across a week of
different attacks: headline + lead words (cosine with inverse-document-frequency weights, an
outlet's furniture terms left out), within STORY_DAYS of the core, and an event signature
(``nlp.events``: place of the action, kind of event, who struck and what was hit, the event's day,
the death toll) that must not disagree. Days must come in order: an event the later report puts after
the core was published is another event, and two days on a report must put its event on the core's
day; a later day's report that names another district of the town than the core does, without putting its event on
the core's day, reports that day's attack. Reports of a rare kind of event (a chemical attack) in one town or with one toll need few words in
common, and so do reports of one kind of attack on one target in one town on one named day (a wedding bombing, whatever the early tolls)
and same-day reports of one kind of attack in one town with one stated toll of COUNTED_TOLL or more; reports sharing nothing of the signature need many. A near-verbatim copy of a member (most of its headline-and-lead word sequences) is
that member's report again, so it joins its story whatever the dates say: outlets reprint wire copy
days later. When one date is only a guess, "within two days" rules nothing out, so the words must
say one event on a stricter bar (``_match_undated``): more of the headline and lead, two distinctive
headline words and the same death toll in common, no disagreement of place or kind, and no dateline date in the
undated lead days away from the other's date (``stated_date``). An undated report that meets that bar against
another member of a story may join it when it also matches the core as a report of the core's day would
(``_vouched``): the member's match is the confirmation the missing date cannot give. An undated report that meets
that bar against a story's core in all but the words joins a story of two or more reports whose words together it
shares (``_story_words``). Candidates come
from an inverted index of terms, so a match costs a few dictionary look-ups, not a scan of every article. ``python bench/stories.py`` measures it (dev split only
for tuning: the thresholds below were set on it).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import heapq
import math
import operator
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from types import MappingProxyType
from typing import Callable, Iterable, Mapping

from generator.nlp.events import DISTINCT_KINDS, EventSignature, same_district, same_place

STORY_THRESHOLD = 0.10
MIN_SIMILARITY = 0.08  # below this the words share too little for the signature to decide
# ... for a report published on another day than the core: a later day's copy that shares little wording
# with the first report is more often the next development in the same place (a new offensive, the next
# day's strikes) than another report of the event, so the signature may not carry it.
LATER_DAY_SIMILARITY = 0.13
# ... when one of the two dates is a guess (``_match_undated``): the words alone must say one event.
UNDATED_SIMILARITY = 0.25
UNDATED_HEADLINE_TERMS = 2  # distinctive headline words both share ("Rice", "Powell"; not "Guantanamo" alone)
# ... against the words of a story's reports together (``_story_words``): several outlets' reports of one event carry
# between them the vocabulary that one more report shares, when it shares too little with any one of them.
STORY_WORDS_SIMILARITY = 0.20
# ... when nothing of the signature agrees (no town, kind, named day or toll in common; "Kurdish forces kill 17
# Turkish soldiers" and "Kurdish forces kill 23 IS fighters" the same day): the words alone must say one event.
UNCONFIRMED_SIMILARITY = 0.15
PLACE_BONUS = 0.05  # same place of the action
# Both report a distinct kind of event (a chemical attack, ``events.DISTINCT_KINDS``) in one town or with one death
# toll: rare enough that two such reports within STORY_DAYS are one attack and the reactions to it (WHO's tests, a
# president's words, the next day's toll), however differently worded; so a lower bar of words. Reports of such an
# attack days later (an outcry, a probe) name the day it was said rather than the attack's: no rule of days for them.
RARE_SIMILARITY, RARE_BONUS = 0.04, 0.05
COUNTED_TOLL = 3  # the least death toll that, stated alike by two same-day reports of one kind of attack in one place, says one event
KIND_BONUS = 0.03  # same kind of event
DAY_BONUS = 0.02  # both leads put the event on one named day
STORY_DAYS = 2  # from the story's core
LATE_REPORT_DAYS = 2  # published this many days after the core, a report must put its event on the core's day
TOLL_RATIO, TOLL_SLACK = 3, 10  # death tolls further apart than 3x + 10 argue for two events (early tolls vary)
TOLL_PENALTY = 0.05
FURNITURE_MIN_ARTICLES = 5
FURNITURE_SHARE = 0.3
FURNITURE_RATIO = 5
CANDIDATES = 30
COMMON_TERM = 2000  # terms in more articles than this say nothing about the story
# A copy: this share of the shorter text's word COPY_SHINGLE-grams (headline + COPY_WORDS of lead) recur in
# the other. Two reports of one event by two outlets share some (on FA-KES: up to ~0.35 for formulaic state
# media copy of different events); reprints of one report share most.
COPY_SHINGLE, COPY_WORDS, COPY_SHARE, COPY_MIN_SHINGLES = 4, 60, 0.5, 12

LEAD_WORDS = 120
MAX_TERMS = 48
_TOKEN = re.compile(r"[^\W_]+")
_STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own said same says she should so some
such than that the their theirs them themselves then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your yours yourself
yourselves one two three four five six seven eight nine ten new news told according year years
monday tuesday wednesday thursday friday saturday sunday week day today yesterday last first since
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec people reported report reports reuters afp
""".split())




def story_terms(title: str, body_text: str) -> frozenset[str]:
    """Distinctive words of the headline and lead, for matching reports of one event."""
    lead = " ".join(body_text.split()[:LEAD_WORDS])
    terms: list[str] = []
    for token in _TOKEN.findall(f"{title} {lead}".casefold()):
        if token in _STOPWORDS or len(token) < 3 and not token.isdigit() or token.isdigit() and len(token) < 2:
            continue
        terms.append(token[:7])  # a crude stem: "bombing"/"bombings", "killed"/"killing"
    return frozenset(list(dict.fromkeys(terms))[:MAX_TERMS])


def story_wording(title: str, body_text: str) -> tuple[str, ...]:
    """The headline's and lead's words in order, casefolded: what a copy of the report repeats."""
    lead = " ".join(body_text.split()[:COPY_WORDS])
    return tuple(_TOKEN.findall(f"{title} {lead}".casefold()))


def copy_shingles(wording: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """The COPY_SHINGLE-word sequences of ``wording`` (none when it is too short to tell a copy)."""
    shingles = frozenset(wording[i:i + COPY_SHINGLE] for i in range(len(wording) - COPY_SHINGLE + 1))
    return shingles if len(shingles) >= COPY_MIN_SHINGLES else frozenset()


def is_copy(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> bool:
    """Whether two reports' shingles say one is a (near-verbatim, perhaps shortened) copy of the other."""
    return bool(a and b) and len(a & b) >= COPY_SHARE * min(len(a), len(b))


def story_similarity(a: frozenset[str], b: frozenset[str], weight: Callable[[str], float] = lambda term: 1.0) -> float:
    """Cosine similarity (0..1) of two term sets, each term counted with ``weight(term)`` squared."""
    shared = sum(weight(t) ** 2 for t in a & b)
    if not shared:
        return 0.0
    return shared / math.sqrt(sum(weight(t) ** 2 for t in a) * sum(weight(t) ** 2 for t in b))


@dataclass(frozen=True, slots=True)
class StoryInput:
    """What the grouping reads of one article."""

    key: str  # the article's identity in the result (its page path)
    date: dt.date
    slug: str
    terms: frozenset[str]
    given: str = ""  # the front matter's ``story:``, written by an editor: kept as it is
    alone: bool = False  # its date is a guess, so "within a few days" means nothing: matched by words alone
    source: str = ""  # the outlet: words in most of one outlet's articles are its furniture, not the story's
    signature: EventSignature = EventSignature()
    wording: tuple[str, ...] = ()  # story_wording: tells a copy of another report
    headline: frozenset[str] = frozenset()  # story_terms of the headline alone: what an undated match must share


def group_stories(articles: Iterable[StoryInput]) -> Mapping[str, str]:
    """Article key -> story id, for every article (one alone in its story has an id of its own).

    Each story's core is its first report; a later report joins the story whose core it matches
    best (``_match``), never a story it resembles only through another member.
    """
    return group_stories_kept(articles, None)[0]


def group_stories_kept(articles: Iterable[StoryInput], last: KeptCandidates | None) -> tuple[Mapping[str, str], KeptCandidates]:
    """group_stories, with each article's candidates taken from ``last`` (the last grouping's) where they must be the same.

    Finding an article's candidates (counting the terms it shares with every earlier article) and the one it
    copies was most of the grouping at 10,000 articles, and reads only the articles up to it in the grouping's
    order: their keys, dates, given stories, outlets, terms less their outlet's furniture and wording. While those
    are as they were (a day's new stories sort after the archive), so are its candidates, so only the articles from
    the first one that differs on have them counted; every article is still matched against its candidates' cores
    with this grouping's word weights, so the result is exactly group_stories'. An outlet's furniture is the
    archive's, so it may change with a day's stories (an outlet's fifth article, a word crossing the share): then an
    article naming a word that became or stopped being furniture has its candidates counted again too
    (``_recounted``). Returns the result and this grouping's candidates."""
    ordered = sorted(articles, key=lambda a: (a.date, a.slug, a.key))
    dates = [a.date for a in ordered]
    furniture = _furniture(ordered)
    terms = [a.terms - furniture.get(a.source, frozenset()) for a in ordered]
    frequency: Counter[str] = Counter(term for t in terms for term in t)
    total = len(ordered) + 1

    def weight(term: str) -> float:
        return math.log(total / (frequency[term] + 1)) + 1.0

    similarity = _Similarity(terms, {term: weight(term) ** 2 for term in frequency})
    shingles: dict[int, frozenset[tuple[str, ...]]] = {}  # by position, made when first compared

    def shingles_of(position: int) -> frozenset[tuple[str, ...]]:
        if position not in shingles:
            shingles[position] = copy_shingles(ordered[position].wording)
        return shingles[position]

    chain = _prefix_digests(ordered)
    same = _same_prefix(chain, last)
    recount = _recounted(furniture, last)
    found: list[tuple[int, ...]] = []
    copies: list[int] = []
    postings: dict[str, list[int]] = defaultdict(list)
    cores: dict[str, int] = {}  # story -> position of its first report
    members: dict[str, list[int]] = defaultdict(list)  # story -> positions of its reports
    stories: list[str] = []
    for position, article in enumerate(ordered):
        if last is not None and position < same and article.terms.isdisjoint(recount):
            candidates, copy = list(last.found[position]), last.copies[position]
        else:
            window = bisect.bisect_left(dates, article.date - dt.timedelta(days=STORY_DAYS))
            candidates = [] if article.given else _candidates(position, terms, postings, window)
            copy = _copied(position, candidates, shingles_of)
        found.append(tuple(candidates))
        copies.append(copy)
        story = (article.given or (stories[copy] if copy >= 0 else "")
                 or _best_story(position, candidates, ordered, stories, cores, similarity)
                 or (_story_words(position, candidates, ordered, stories, cores, members, similarity) if article.alone else "")
                 or _new_story_id(article))
        stories.append(story)
        cores.setdefault(story, position)
        members[story].append(position)
        for term in terms[position]:
            postings[term].append(position)
    kept = KeptCandidates(tuple(chain), tuple(found), tuple(copies), MappingProxyType(furniture))
    return {article.key: story for article, story in zip(ordered, stories)}, kept


@dataclass(frozen=True, slots=True)
class KeptCandidates:
    """A grouping's candidates, by position in its order, with a digest of the order up to each position."""

    chain: tuple[bytes, ...]  # position p: a digest of positions 0..p (_prefix_digests)
    found: tuple[tuple[int, ...], ...]  # its candidates (_candidates)
    copies: tuple[int, ...]  # the first candidate it copies (_copied), -1: none
    furniture: Mapping[str, frozenset[str]]  # each outlet's furniture (_furniture)


def _prefix_digests(ordered: list[StoryInput]) -> list[bytes]:
    """Each position's digest of what _candidates and _copied read up to it but the outlets' furniture: each
    article's key, date, given story, outlet, terms and wording (see KeptCandidates.chain)."""
    chain, last = [], b""
    for article in ordered:
        text = "\0".join((article.key, article.date.isoformat(), article.given, article.source, *sorted(article.terms),
                          "\1", *article.wording))
        last = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16, key=last).digest()
        chain.append(last)
    return chain


def _same_prefix(chain: list[bytes], last: KeptCandidates | None) -> int:
    """How many positions from the first have the candidates ``last`` kept for them."""
    if last is None or not len(last.chain) == len(last.found) == len(last.copies):
        return 0
    low, high = 0, min(len(chain), len(last.chain))  # the digests chain: once one differs, so do all after it
    while low < high:
        middle = (low + high + 1) // 2
        if chain[middle - 1] == last.chain[middle - 1]:
            low = middle
        else:
            high = middle - 1
    return low


def _furniture(ordered: list[StoryInput]) -> dict[str, frozenset[str]]:
    """Each outlet's furniture: terms in FURNITURE_SHARE of the outlet's articles and at least FURNITURE_RATIO times
    as common there as in other outlets' (" - Region - World - Ahram Online"); an article's terms less its outlet's
    are what the grouping compares."""
    by_source: dict[str, list[int]] = defaultdict(list)
    for position, article in enumerate(ordered):
        if article.source:
            by_source[article.source].append(position)
    everywhere: Counter[str] = Counter(term for a in ordered for term in a.terms)
    furniture: dict[str, frozenset[str]] = {}
    for source, positions in by_source.items():
        if len(positions) < FURNITURE_MIN_ARTICLES:
            continue
        here: Counter[str] = Counter(term for p in positions for term in ordered[p].terms)
        others = max(1, len(ordered) - len(positions))
        furniture[source] = frozenset(
            term for term, count in here.items()
            if count >= FURNITURE_SHARE * len(positions)
            and count / len(positions) >= FURNITURE_RATIO * (everywhere[term] - count) / others)
    return furniture


def _recounted(furniture: Mapping[str, frozenset[str]], last: KeptCandidates | None) -> frozenset[str]:
    """The terms that became or stopped being some outlet's furniture since ``last``: an article naming none of them,
    with the same articles before it, compares the same terms with the same earlier articles, so has the same
    candidates (one naming one may not: its own terms, or which earlier articles count it, changed)."""
    if last is None:
        return frozenset()
    moved: set[str] = set()
    for source in furniture.keys() | last.furniture.keys():
        moved.update(furniture.get(source, frozenset()) ^ last.furniture.get(source, frozenset()))
    return frozenset(moved)


class _Similarity:
    """story_similarity between two articles by position, with each term's squared weight and each article's
    sum of them computed once (the same sums in the same order: the same floats)."""

    def __init__(self, terms: list[frozenset[str]], squared: dict[str, float]) -> None:
        self.terms, self.squared = terms, squared
        self.norms: dict[int, float] = {}

    def __call__(self, a: int, b: int) -> float:
        squared = self.squared
        shared = sum(squared[t] for t in self.terms[a] & self.terms[b])
        if not shared:
            return 0.0
        return shared / math.sqrt(self._norm(a) * self._norm(b))

    def with_union(self, position: int, others: Iterable[int]) -> float:
        """Cosine of one article's terms and the union of several others' terms."""
        union = frozenset().union(*(self.terms[o] for o in others))
        shared = sum(self.squared[t] for t in sorted(self.terms[position] & union))  # sorted: the same floats every run
        if not shared:
            return 0.0
        return shared / math.sqrt(self._norm(position) * sum(self.squared[t] for t in sorted(union)))

    def _norm(self, position: int) -> float:
        norm = self.norms.get(position)
        if norm is None:
            norm = self.norms[position] = sum(self.squared[t] for t in self.terms[position])
        return norm


def _candidates(position: int, terms: list[frozenset[str]], postings: Mapping[str, list[int]], window: int) -> list[int]:
    """Earlier articles sharing the most terms with the one at ``position``, most first: those from ``window`` on
    (published within STORY_DAYS before it), then any others (a copy matches whatever its date). Without the
    first, a report's own story could be crowded out by older reports of the same place that share more words."""
    shared: Counter[int] = Counter()
    for term in sorted(terms[position]):  # sorted: a frozenset's order varies per process, and ties must not
        posting = postings.get(term, ())
        if len(posting) <= COMMON_TERM:
            shared.update(posting)
    near = heapq.nlargest(CANDIDATES, ((c, n) for c, n in shared.items() if c >= window), key=operator.itemgetter(1))
    return [c for c, _n in near] + [c for c, _n in shared.most_common(CANDIDATES) if c < window]


def _copied(position: int, candidates: list[int], shingles_of: Callable[[int], frozenset[tuple[str, ...]]]) -> int:
    """The first earlier report this one copies (-1: none). A copy is that report again, so it joins its story
    even when the report is not the core: that is no chain, the two are one text."""
    for candidate in candidates:
        if is_copy(shingles_of(position), shingles_of(candidate)):
            return candidate
    return -1


def _best_story(position: int, candidates: list[int], ordered: list[StoryInput], stories: list[str],
                cores: Mapping[str, int], similarity: _Similarity) -> str:
    article = ordered[position]
    best, best_score = "", 0.0
    members: dict[str, list[int]] = defaultdict(list)  # story -> its candidate members, in the candidates' order
    for candidate in candidates:
        members[stories[candidate]].append(candidate)
    for story, found in members.items():
        # Against the story's core, not the candidate: single links would chain every
        # "killed in Syria" report of a week into one story.
        core = cores[story]
        undated = article.alone or ordered[core].alone
        score = (_match_undated if undated else _match)(article, ordered[core], similarity(position, core))
        if not score and article.alone:
            score = _vouched(article, position, core, found, ordered, similarity)
        if score > best_score:
            best, best_score = story, score
    return best


def _vouched(article: StoryInput, position: int, core: int, members: list[int], ordered: list[StoryInput],
             similarity: _Similarity) -> float:
    """How well a report whose date is a guess matches a story's core when another member vouches for it (0: no).

    The strict undated bar (``_match_undated``) is there because no date can confirm the words. A report that meets it
    against a member of the story (the dated core's other reports, "Band Aid 20 video shown across UK" for "Stars Sing
    Out For Band Aid") has that confirmation; it must still match the core itself, as a report of the core's day would
    (``_match`` with the guessed date taken as the core's), so no story drifts from its core.
    """
    if not any(m != core and _match_undated(article, ordered[m], similarity(position, m)) for m in members):
        return 0.0
    return _match(dataclasses.replace(article, date=ordered[core].date), ordered[core], similarity(position, core))


def _story_words(position: int, candidates: list[int], ordered: list[StoryInput], stories: list[str], cores: Mapping[str, int],
                 members: Mapping[str, list[int]], similarity: _Similarity) -> str:
    """The story of two or more reports that an undated report matches by their words together ("": none).

    One outlet says "TV debut for Band Aid 20 single", others "video to premiere tonight", "shown across UK": each
    shares too little with the next for the strict undated bar (``_match_undated``), but together the story's reports
    name what the event was, and a report of it shares much of that (STORY_WORDS_SIMILARITY, cosine against the
    union of the members' terms), with two distinctive words of their headlines ("Reid offers blueprint for fitness"
    and "Reid's smoking ban attacked" for "Smoking ban proposed for England"). Against the core itself it must still
    meet the strict bar in all but the words (``_undated_apart``: no disagreement of place, site, kind, side, target or
    toll, no dateline days away) and share some words (UNCONFIRMED_SIMILARITY), so no story drifts from its core.
    """
    best, best_score = "", 0.0
    for story in dict.fromkeys(stories[c] for c in candidates):
        found, core = members[story], cores[story]
        if len(found) < 2 or similarity(position, core) < UNCONFIRMED_SIMILARITY:
            continue
        headlines = frozenset().union(*(ordered[member].headline for member in found))
        if len(ordered[position].headline & headlines) < UNDATED_HEADLINE_TERMS or _undated_apart(ordered[position], ordered[core]):
            continue
        score = similarity.with_union(position, found)
        if score >= STORY_WORDS_SIMILARITY and score > best_score:
            best, best_score = story, score
    return best


def _match(article: StoryInput, core: StoryInput, similarity: float) -> float:
    """How well ``article`` matches a story's core (0: not the same event).

    Words first (``similarity``), then the event signatures: a day apart (the event's day, when
    both leads name it), another place of action, another kind of event or a death toll far from
    the core's says two events, however alike the words; the same place and kind make a
    differently worded report of the event (a reaction, a later toll) enough.
    """
    days = abs((article.date - core.date).days)
    a, b = article.signature, core.signature
    far_apart = bool(a.killed and b.killed and max(a.killed, b.killed) > TOLL_RATIO * min(a.killed, b.killed) + TOLL_SLACK)
    place = same_place(a, b)
    # Two reports of a chemical attack within days, in one town or with one toll: one attack and the reactions to it.
    distinct = bool(a.kinds & b.kinds & DISTINCT_KINDS)
    rare = distinct and (place is True or bool(a.killed and b.killed) and not far_apart)
    # One kind of attack on one target in one place on one named day ("a suicide attack on a wedding in Hasakah" on
    # Monday, 14 killed or 32): one event, however differently the outlets word it and whatever their early tolls.
    pinned = place is True and bool(a.kinds & b.kinds) and bool(a.targets & b.targets) and a.day is not None and a.day == b.day
    # One kind of attack in one place, published the same day with the same stated death toll ("A bomb killed six people in
    # Aleppo's Salaheddin district" and "Deadly bomb blast hits Syria's Aleppo ... killing six"): one event, however
    # differently worded; one or two dead are too common a count to say it.
    counted = (place is True and bool(a.kinds & b.kinds) and a.killed is not None and a.killed >= COUNTED_TOLL
               and a.killed == b.killed and article.date == core.date)
    if rare or pinned or counted:
        bar = RARE_SIMILARITY
    else:
        bar = LATER_DAY_SIMILARITY if days and not _on_cores_day(article, core) else MIN_SIMILARITY
    if similarity < bar or days > STORY_DAYS or not distinct and _another_day(article, core):
        return 0.0
    if place is False:
        return 0.0
    if days and not _on_cores_day(article, core) and same_district(a.districts, b.districts) is False:
        return 0.0  # a later day's report of another district of the town: that day's attack, not the core's
    if same_district(a.sites, b.sites) is False:
        return 0.0  # two towns, villages or landmarks of one province ("near Manbij", "near the Tishrin Dam"): two battles
    kinds = _same_kind(a, b)
    if kinds is False or _apart(a.actors, b.actors) or _apart(a.targets, b.targets) or _one_roundup(a, b):
        return 0.0  # another kind of event, another side's strike or another target; a round-up and one incident
    confirmed = place or kinds or a.day is not None and a.day == b.day or a.killed is not None and a.killed == b.killed
    if not confirmed and similarity < UNCONFIRMED_SIMILARITY:
        return 0.0  # nothing of the event in common but some words
    same_day = a.day is not None and a.day == b.day
    score = (similarity + PLACE_BONUS * bool(place) + KIND_BONUS * bool(kinds) + DAY_BONUS * same_day + RARE_BONUS * rare
             - TOLL_PENALTY * far_apart)
    return score if score >= STORY_THRESHOLD else 0.0


def _another_day(article: StoryInput, core: StoryInput) -> bool:
    """Whether the days the two reports put their events on say two events.

    Two named days that differ do, unless the later one is a statement's (what was said of an event is said
    after it; an event on the day after a statement is not what the statement was about). And an event the
    later report puts after the day the core was published cannot be what the core reported.
    """
    a, b = article.signature, core.signature
    if a.day is not None and b.day is not None and a.day != b.day:
        return not (a if a.day > b.day else b).statement
    if a.statement:
        return False
    if (article.date - core.date).days >= LATE_REPORT_DAYS:
        return not _on_cores_day(article, core)
    return a.day is not None and a.day > core.date


def _on_cores_day(article: StoryInput, core: StoryInput) -> bool:
    """Whether the later report puts its event on the core's day: the day the core names, else the core's
    publication day or the day before (a report without a day word tells of today's or yesterday's events)."""
    day, named = article.signature.day, core.signature.day
    return day is not None and (day == named if named else day in (core.date, core.date - dt.timedelta(days=1)))


def _match_undated(article: StoryInput, core: StoryInput, similarity: float) -> float:
    """How well two reports match when one date is a guess (0: not the same event).

    The date can rule nothing out, so the words must say it alone, on a stricter bar than for dated copy:
    more of the headline and lead in common (UNDATED_SIMILARITY), two distinctive headline words in common
    (the named people, company, place or thing the story is about), no disagreement of place, site or kind, the same
    death toll when both state one (formulaic strike reports from one province differ mostly in the toll), and no
    full date in the undated lead more than STORY_DAYS from the other's date (a later development of the story:
    "December 23, 2004" and "December 27, 2004" updates on one asteroid).
    """
    if similarity < UNDATED_SIMILARITY or not _share_headline(article, core):
        return 0.0
    return 0.0 if _undated_apart(article, core) else similarity


def _undated_apart(article: StoryInput, core: StoryInput) -> bool:
    """Whether anything but the words says two events when one date is a guess (``_match_undated``)."""
    a, b = article.signature, core.signature
    if (same_place(a, b) is False or _same_kind(a, b) is False or _apart(a.actors, b.actors) or _apart(a.targets, b.targets)
            or _one_roundup(a, b) or same_district(a.sites, b.sites) is False):
        return True  # as for dated reports (``_match``): two sites of one province ("village of Deir Sharqi", "town of Milis")
    if a.killed and b.killed and a.killed != b.killed:
        return True
    days = [_known_day(article), _known_day(core)]
    # the undated report's lead dates it days away: a later development ("December 27, 2004")
    return days[0] is not None and days[1] is not None and abs((days[0] - days[1]).days) > STORY_DAYS


_MONTHS = {name: number for number, names in enumerate((
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
    "september sep sept", "october oct", "november nov", "december dec"), start=1) for name in names.split()}


STATED_DATE_WORDS = 40  # a dateline or byline date stands in the headline and the lead's first words
_NOT_DATELINE = frozenset("since on in until till before after from of at between by".split())


def stated_date(wording: tuple[str, ...]) -> dt.date | None:
    """The date a dateline or byline in the headline's and lead's first STATED_DATE_WORDS words writes ("... Program
    Office December 23, 2004", "4 Apr 2017"; ``story_wording``'s words), or None: an undated report's lead often
    carries its date there. A date after "since", "on", "until"... is another event's ("since 11 September 2001")."""
    for i in range(min(len(wording), STATED_DATE_WORDS) - 2):
        first, second, year = wording[i:i + 3]
        if not (year.isdigit() and len(year) == 4) or i and wording[i - 1] in _NOT_DATELINE:
            continue
        month, day = (_MONTHS.get(first), second) if first in _MONTHS else (_MONTHS.get(second), first)
        if month and day.isdigit():
            try:
                return dt.date(int(year), month, int(day))
            except ValueError:
                continue
    return None


def _known_day(article: StoryInput) -> dt.date | None:
    """The publication date, or for a report whose date is a guess, the date its lead writes (None: none)."""
    return stated_date(article.wording) if article.alone else article.date


def _same_kind(a: EventSignature, b: EventSignature) -> bool | None:
    """Whether two signatures name one kind of event (None: one names none): a distinct kind (a chemical
    attack, which every report of it names) in both or neither ("helicopter downed" and "helicopter drops gas"
    are two events), and a kind in common."""
    if a.kinds & DISTINCT_KINDS != b.kinds & DISTINCT_KINDS:
        return False
    return bool(a.kinds & b.kinds) if a.kinds and b.kinds else None


def _one_roundup(a: EventSignature, b: EventSignature) -> bool:
    """A round-up of several incidents (``events.is_roundup``) and a report of one: two stories, unless both state
    the same death toll (then the one report counts the same incidents: "Airstrikes in northern and eastern Syria kill
    20" and "US coalition airstrikes kill 20 civilians in east Syria"). Two round-ups of a day are matched as any two
    reports are (early counts vary)."""
    return a.roundup != b.roundup and not (a.killed and a.killed == b.killed)


def _apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name some and none in common."""
    return bool(a and b) and not a & b


def _share_headline(a: StoryInput, b: StoryInput) -> bool:
    return len(a.headline & b.headline) >= UNDATED_HEADLINE_TERMS


def _new_story_id(article: StoryInput) -> str:
    seed = f"{article.date.isoformat()} {article.slug}"
    return f"{article.date.isoformat()}-{hashlib.sha256(seed.encode('utf-8')).hexdigest()[:8]}"
