"""``briefing check`` over ``content/``: the editor's checklist before publishing.

Errors: an article that does not load (no date, bad front matter), a broken
content/sources.yml, no source when briefing.yml requires one. Warnings: articles
without a source or with one the source registry does not know, guessed dates,
an article with no entities, a date in the future, the same story twice, an
entity name that looks like extraction noise, a day's casualty total marked disputed.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from generator.commands.check.findings import ERROR, WARNING, finding
from generator.config import Config
from generator.content import article_from_document
from generator.content.archive import read_archive
from generator.errors import BriefingError, Diagnostic
from generator.incremental.fingerprint import code_fingerprint
from generator.incremental.layout import CacheLayout
from generator.index import article_path, build_index
from generator.models import Article, EnrichedArticle
from generator.nlp.enrich import enrich_articles
from generator.nlp.figures import total_figures
from generator.nlp.geo import country_name
from generator.outlets import load_outlets

SHINGLE_WORDS = 5
SAMPLE_MODULUS = 4  # keep 1 shingle in 4 (by hash): same verdicts, a quarter of the work
COMMON_SHINGLE_LIMIT = 50  # shingles in more articles than this are boilerplate, not evidence
DUPLICATE_SIMILARITY = 0.8
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
NOISE_NAMES = {
    "gmt", "utc", "top stories", "most visited", "most read", "read more", "related", "advertisement",
    "head", "during", "also", "however", "meanwhile", "president", "minister", "spokesman", "spokeswoman",
    "officials", "sources", "the", "it", "he", "she", "they", "we", "this", "that", "today", "yesterday",
}
EDGE_WORDS = {"and", "or", "of", "the", "in", "on", "at", "to", "for", "with", "by", "from", "but", "as", "a", "an"}


def check_content(cfg: Config, *, today: dt.date | None = None) -> list[Diagnostic]:
    """Every content finding, in a stable order (by file, then by kind)."""
    articles, findings = _load_each(cfg)
    today = today or dt.date.today()
    findings += unsourced_findings(articles, cfg.root, required=cfg.check.require_source)
    findings += outlet_findings(articles, cfg)
    for article in articles:
        shown = _shown(article.path, cfg.root)
        if article.date > today:
            findings.append(finding(WARNING, shown, None, f"dated {article.date.isoformat()}, in the future; check the 'date:'"))
    findings += guessed_date_findings(articles, cfg.root)
    enriched = enrich_articles(articles, cfg)
    findings += [finding(WARNING, _shown(e.article.path, cfg.root), None, "no entities found: add them under 'entities:' so the story is cross-linked")
                 for e in enriched if not e.entities]
    findings += duplicate_findings(articles, cfg.root)
    findings += noise_findings(enriched, cfg.root)
    findings += disputed_findings(enriched, cfg)
    return findings


def disputed_findings(enriched: tuple[EnrichedArticle, ...], cfg: Config) -> list[Diagnostic]:
    """A day's killed or wounded total for one country above figures.disputed_above: the site marks it disputed.

    Named at the article with the largest figure in it (most often a running total read as news).
    """
    index = build_index(enriched)
    found = []
    for day, articles in sorted(index.articles_by_day.items()):
        by_theatre: dict[str, list[EnrichedArticle]] = defaultdict(list)
        for article in articles:
            by_theatre[index.theatre[article_path(article)]].append(article)
        for code, items in sorted(by_theatre.items()):
            stated = {figure: article for article in items for figure in article.figures}
            for total in total_figures([(a.story or article_path(a), a.figures) for a in items], cfg.figures.disputed_above):
                if not total.disputed:
                    continue
                largest = max((s.figure for s in total.sources), key=lambda f: f.value)
                found.append(finding(WARNING, _shown(stated[largest].article.path, cfg.root), None,
                                     f"{day.isoformat()}: {total.value:,} {total.kind} in {country_name(code) if code else 'no country'} "
                                     f"from {total.stories} {'story' if total.stories == 1 else 'stories'} is above figures.disputed_above ({cfg.figures.disputed_above:,}) and is "
                                     f"shown as disputed; the largest, {largest.value:,}, reads \"{largest.sentence[:90]}\": if it is a "
                                     f"running total or history, write this article's 'figures:' by hand (scope: background)"))
    return found


GUESSED_SHOWN = 5


def unsourced_findings(articles: list[Article], root: Path, *, required: bool) -> list[Diagnostic]:
    """One finding for every article without an outlet: an error only when briefing.yml requires sources."""
    unsourced = sorted(_shown(a.path, root) for a in articles if not a.source)
    if not unsourced:
        return []
    if len(unsourced) == 1:
        return [finding(ERROR if required else WARNING, unsourced[0], None,
                        f"no source: add 'source: Outlet' so readers know who reported it; {_HOW_TO_SOURCE}")]
    more = f" and {len(unsourced) - GUESSED_SHOWN} more" if len(unsourced) > GUESSED_SHOWN else ""
    return [finding(ERROR if required else WARNING, unsourced[0], None,
                    f"{len(unsourced)} articles have no source (first {min(GUESSED_SHOWN, len(unsourced))}: "
                    f"{', '.join(unsourced[:GUESSED_SHOWN])}{more}); {_HOW_TO_SOURCE}")]


_HOW_TO_SOURCE = ("give the outlet at ingest (briefing ingest FILES --source OUTLET, also for files ingested before) "
                  "or by folder in briefing.yml (ingest: sources: {content/inbox/sana: SANA})")


def outlet_findings(articles: list[Article], cfg: Config) -> list[Diagnostic]:
    """content/sources.yml's problems (errors, file:line) and sources the registry does not know (one warning)."""
    try:
        outlets = load_outlets(cfg.content_dir)
    except BriefingError as error:
        return [finding(ERROR, _shown(Path(d.path), cfg.root), d.line, d.message if not d.hint else f"{d.message}; {d.hint}")
                for d in error.diagnostics]
    unknown: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        if article.source and outlets.find(article.source) is None:
            unknown[article.source].append(_shown(article.path, cfg.root))
    if not unknown:
        return []
    names = sorted(unknown, key=lambda name: (-len(unknown[name]), name))
    listed = ", ".join(f"{name} ({len(unknown[name])})" for name in names[:GUESSED_SHOWN])
    more = f" and {len(names) - GUESSED_SHOWN} more" if len(names) > GUESSED_SHOWN else ""
    return [finding(WARNING, unknown[names[0]][0], None,
                    f"{len(names)} source{'s are' if len(names) > 1 else ' is'} not in the source registry ({listed}{more}): "
                    f"add {'them' if len(names) > 1 else 'it'} to {cfg.content_dir.name}/sources.yml with kind and country, "
                    "so readers see who they are (or correct the spelling to a known outlet's)")]


def guessed_date_findings(articles: list[Article], root: Path) -> list[Diagnostic]:
    """One finding for every article whose date is a guess (nothing said when it was published)."""
    guessed = sorted(_shown(a.path, root) for a in articles if a.date_guessed)
    if not guessed:
        return []
    more = f" and {len(guessed) - GUESSED_SHOWN} more" if len(guessed) > GUESSED_SHOWN else ""
    return [finding(WARNING, guessed[0], None,
                    f"{len(guessed)} article{'s' if len(guessed) != 1 else ''} dated the day {'they were' if len(guessed) != 1 else 'it was'} "
                    f"ingested, because no date was found ({', '.join(guessed[:GUESSED_SHOWN])}{more}): set 'date:' by hand "
                    "and remove 'date_guessed:'")]


def _load_each(cfg: Config) -> tuple[list[Article], list[Diagnostic]]:
    """Every article that loads, and a finding for each one that does not (one broken file hides nothing)."""
    archive = read_archive(cfg.articles_dir, cfg.root, CacheLayout.of(cfg.root).articles, code_fingerprint(), article_from_document)
    return archive.articles(), archive.problems()


def duplicate_findings(articles: list[Article], root: Path) -> list[Diagnostic]:
    """Pairs of articles with the same title or mostly the same text (word 5-gram overlap)."""
    shingles = [_shingles(a.body_md) for a in articles]
    postings: dict[int, list[int]] = defaultdict(list)
    for number, items in enumerate(shingles):
        for shingle in items:
            postings[shingle].append(number)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for numbers in postings.values():
        if len(numbers) <= COMMON_SHINGLE_LIMIT:
            for pair in combinations(numbers, 2):
                shared[pair] += 1
    pairs: dict[tuple[int, int], str] = {}
    for (a, b), common in shared.items():
        similarity = common / max(1, len(shingles[a] | shingles[b]))
        if similarity >= DUPLICATE_SIMILARITY:
            pairs[(a, b)] = f"{similarity:.0%} of the text"
    by_title: dict[str, list[int]] = defaultdict(list)
    for number, article in enumerate(articles):
        by_title[" ".join(article.title.casefold().split())].append(number)
    for numbers in by_title.values():
        for pair in combinations(numbers, 2):
            pairs.setdefault(pair, "the same title")
    return [finding(WARNING, _shown(articles[b].path, root), None,
                    f"looks like the same story as {_shown(articles[a].path, root)} ({why} in common); delete one or give it a different angle")
            for (a, b), why in sorted(pairs.items())]


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
    if len(name) < 2 or (len(name) == 2 and not name.isupper()):
        return "too short"
    if not any(c.isupper() for c in name):
        return "no capital letter"
    if sum(1 for w in words if w.casefold() not in EDGE_WORDS) > 6:
        return "more words than a name has"
    if re.search(r"[|@#/\\:;{}<>\[\]]|https?|www\.", name):
        return "contains characters names do not have"
    if words[0].casefold() in EDGE_WORDS - {"the"} or words[-1].casefold() in EDGE_WORDS:
        return f"starts or ends with '{words[0] if words[0].casefold() in EDGE_WORDS else words[-1]}'"
    return None


def noise_findings(enriched: tuple[EnrichedArticle, ...], root: Path) -> list[Diagnostic]:
    """One warning per noisy-looking entity, at the first article (in path order) that has it."""
    first_seen: dict[tuple[str, str], tuple[str, int]] = {}
    for article in sorted(enriched, key=lambda e: e.article.path):
        for ref in article.entities:
            key = (ref.kind, ref.name)
            shown, seen = first_seen.get(key, (_shown(article.article.path, root), 0))
            first_seen[key] = (shown, seen + 1)
    findings = []
    for (kind, name), (shown, seen) in sorted(first_seen.items(), key=lambda item: (item[1][0], item[0])):
        reason = noise_reason(name)
        if reason:
            findings.append(finding(WARNING, shown, None, f"{kind} '{name}' looks like noise ({reason}; in {seen} article{'s' if seen != 1 else ''}); "
                                                          "remove it from 'entities:' or mark it 'reject: true' in content/entities.yml"))
    return findings


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
