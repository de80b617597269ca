"""``duplicate-story`` (the same copy twice) and ``noise-entity`` (a name that is extraction noise).

Duplicates are found by word 5-gram overlap (a sample of the shingles, boilerplate ones
ignored), grouped so that three copies of one story are one finding, not three pairs. Two
articles with the same title count only when their texts overlap too: a site name used as the
title of unrelated pages ("The Japan Times Online") is not one story.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from itertools import combinations
from typing import TYPE_CHECKING, Mapping, Sequence

from generator.commands.check.findings import Finding, finding
from generator.models import Article, EnrichedArticle

if TYPE_CHECKING:
    from generator.commands.check.editorial import ArticleFile

SHINGLE_WORDS = 5
SAMPLE_MODULUS = 4  # keep 1 shingle in 4 (by hash): same verdicts, a quarter of the work
COMMON_SHINGLE_LIMIT = 50  # shingles in more articles than this are boilerplate, not evidence
DUPLICATE_SIMILARITY = 0.8
SAME_TITLE_SIMILARITY = 0.3  # same title and this much text in common: the same story
SHOWN_COPIES = 4
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
NOISE_NAMES = {
    "gmt", "utc", "top stories", "most visited", "most read", "read more", "related", "advertisement",
    "head", "during", "also", "however", "meanwhile", "president", "minister", "spokesman", "spokeswoman",
    "officials", "sources", "the", "it", "he", "she", "they", "we", "this", "that", "today", "yesterday",
}
# First words of page furniture and headlines caught as a name ("Related Daesh Terrorists Attack ...").
FURNITURE_OPENERS = {"related", "read", "comment", "comments", "share", "photo", "photos", "click", "tags", "posted", "updated",
                     "most", "top", "watch", "video", "listen", "subscribe", "follow", "advertisement", "breaking", "latest"}
# Words of a headline or a sentence, not of a name: "... Terrorists Attack District", "Civilians Killed".
# (Not "said": Said is a name, "Osama Said", "Port Said".)
PHRASE_WORDS = {"attack", "attacks", "attacked", "kill", "kills", "killed", "killing", "says", "claims", "strike", "strikes",
                "raid", "raids", "clashes", "terrorists", "civilians", "dead", "wounded", "injured", "bombing", "bombings", "shelling",
                "dozens", "hundreds", "thousands", "amid", "after", "over", "against", "near", "into", "news", "update", "live"}
EDGE_WORDS = {"and", "or", "of", "the", "in", "on", "at", "to", "for", "with", "by", "from", "but", "as", "a", "an"}


def duplicate_findings(articles: Sequence[Article], files: Mapping[str, ArticleFile]) -> list[Finding]:
    """One finding per group of articles that are the same story, at the first of them (in path order)."""
    shingles = [_shingles(a.body_md) for a in articles]
    pairs = {pair: common for pair, common in _shared(shingles).items() if _similarity(shingles, pair, common) >= DUPLICATE_SIMILARITY}
    by_title: dict[str, list[int]] = defaultdict(list)
    for number, article in enumerate(articles):
        by_title[" ".join(article.title.casefold().split())].append(number)
    for numbers in by_title.values():
        for a, b in combinations(numbers, 2):
            common = len(shingles[a] & shingles[b])
            if (a, b) not in pairs and _similarity(shingles, (a, b), common) >= SAME_TITLE_SIMILARITY:
                pairs[(a, b)] = common
    found = []
    for group in _groups(pairs):
        members = sorted(group, key=lambda n: str(articles[n].path))
        first = files.get(str(articles[members[0]].path))
        if first is None:
            continue
        best = max(_similarity(shingles, pair, common) for pair, common in pairs.items() if pair[0] in group)
        others = [files[str(articles[n].path)].shown for n in members[1:] if str(articles[n].path) in files]
        more = f" and {len(others) - SHOWN_COPIES} more" if len(others) > SHOWN_COPIES else ""
        found.append(finding("duplicate-story", first.shown, None,
                             f"the same story as {', '.join(others[:SHOWN_COPIES])}{more} (up to {best:.0%} of the text in common)", page=first.page))
    return found


def _shared(shingles: list[set[int]]) -> dict[tuple[int, int], int]:
    """Shingles in common for each pair of articles that has any (boilerplate shingles left out)."""
    postings: dict[int, list[int]] = defaultdict(list)
    for number, items in enumerate(shingles):
        for shingle in items:
            postings[shingle].append(number)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for numbers in postings.values():
        if len(numbers) <= COMMON_SHINGLE_LIMIT:
            for pair in combinations(numbers, 2):
                shared[pair] += 1
    return shared


def _similarity(shingles: list[set[int]], pair: tuple[int, int], common: int) -> float:
    a, b = pair
    return common / max(1, len(shingles[a] | shingles[b]))


def _groups(pairs: Mapping[tuple[int, int], int]) -> list[set[int]]:
    """Connected groups of the pairs (union-find), in order of their smallest member."""
    parent: dict[int, int] = {}

    def root(n: int) -> int:
        while parent.setdefault(n, n) != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in pairs:
        parent[root(a)] = root(b)
    groups: dict[int, set[int]] = defaultdict(set)
    for n in list(parent):
        groups[root(n)].add(n)
    return sorted(groups.values(), key=min)


def _shingles(text: str) -> set[int]:
    words = re.findall(r"\w+", text.casefold())
    if not words:
        return set()
    hashes = (zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8")) for i in range(max(1, len(words) - SHINGLE_WORDS + 1)))
    return {h for h in hashes if h % SAMPLE_MODULUS == 0}


def noise_reason(name: str) -> str | None:
    """Why an entity name looks like extraction noise, or None if it looks like a name."""
    words = name.split()
    folded = name.casefold()
    if folded in WEEKDAYS or folded in MONTHS:
        return "a day or month name"
    if folded in NOISE_NAMES:
        return "a common word or page furniture, not a name"
    if not re.search(r"[^\W\d_]", name):
        return "no letters"
    if len(name.strip(".")) < 2:
        return "a single letter"
    if not any(c.isupper() for c in name):
        return "no capital letter"
    if sum(1 for w in words if w.casefold() not in EDGE_WORDS) > 6:
        return "more words than a name has"
    if re.search(r"[|@#/\\:;{}<>\[\]]|https?|www\.", name):
        return "contains characters names do not have"
    if words[0].casefold() in EDGE_WORDS - {"the"} or words[-1].casefold() in EDGE_WORDS:
        return f"starts or ends with '{words[0] if words[0].casefold() in EDGE_WORDS else words[-1]}'"
    if len(words) > 1 and words[0].casefold() in FURNITURE_OPENERS:
        return f"starts with '{words[0]}', as page furniture does"
    # ("ABC News", "Catholic News Agency", "Shaam News Network": an outlet's name holds News; "Breaking News" opens as furniture)
    # (nor after a body's "for" or "of": "Washington Institute for Near East Policy", "Bureau of Near Eastern Affairs")
    phrase = [w for at, w in enumerate(words) if w.casefold() in PHRASE_WORDS and not (w.casefold() == "news" and at > 0)
              and not (at > 0 and words[at - 1] in ("for", "of"))]
    if phrase:
        return f"reads as a phrase ('{phrase[0]}'), not a name"
    return None


def noise_findings(enriched: Sequence[EnrichedArticle], files: Mapping[str, ArticleFile]) -> list[Finding]:
    """One finding per noisy-looking entity seen in one article only (a name seen in several is the editor's
    to judge in content/entities.yml, with ``briefing entities``), at that article."""
    seen: dict[tuple[str, str], list[str]] = defaultdict(list)
    for article in enriched:
        for ref in article.entities:
            seen[(ref.kind, ref.name)].append(str(article.article.path))
    found = []
    for (kind, name), paths in sorted(seen.items(), key=lambda item: (min(item[1]), item[0])):
        reason = noise_reason(name)
        if reason and len(paths) == 1 and paths[0] in files:
            item = files[paths[0]]
            found.append(finding("noise-entity", item.shown, item.line_of(name), f"{kind} '{name}' looks like noise ({reason})", page=item.page))
    return found
