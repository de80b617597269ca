"""Per-article NLP results (summary, mentions, key figures), reused from the cache and computed on all cores.

The NLP is a pure function of an article's title, body, date, language and the summary
settings, so its result is cached under a hash of exactly those plus a fingerprint
of the NLP code and data: editing an article, the settings or the code changes the
key, and the old row is simply not used again.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from generator.config import Config
from generator.incremental import stored as json_values
from generator.incremental.fingerprint import code_fingerprint
from generator.incremental.layout import CacheLayout
from generator.incremental.results import ResultCache
from generator.limits import MAX_NLP_CHARS
from generator.models import Article, KeyFigure, Mention, Progress, Summary
from generator.nlp.entities import extract_mentions
from generator.nlp.events import EventReading, read_event
from generator.nlp.figure_words import BACKGROUND, has_cue
from generator.nlp.figures import extract_figures
from generator.nlp.sentences import split_sentences
from generator.nlp.stories import story_terms, story_wording
from generator.nlp.summarize import summarize
from generator.textutil import markdown_to_text

# Each spawned worker loads the gazetteer (~2.5 s) before its first article (~5 ms each), so two
# workers gain only past ~1,000 misses; measured at 992 articles on 2 busy cores they lost
# (10.4 s against 4.5 s serial). Below this many misses the NLP runs in this process.
PARALLEL_MIN = 2000
# Everything the results depend on: a change to any of these files must invalidate the cache.
_NLP_SOURCES = ("nlp", "textutil.py", "limits.py", "models.py")



@dataclass(frozen=True, slots=True)
class Analysis:
    """What the NLP found in one article's text."""

    summary: Summary
    mentions: tuple[Mention, ...]
    figures: tuple[KeyFigure, ...]
    story_terms: tuple[str, ...]  # distinctive words of headline and lead (see nlp.stories)
    event: EventReading = EventReading()  # the event signature but its day (see nlp.events)
    wording: tuple[str, ...] = ()  # the headline's and lead's words, to tell copies (see nlp.stories)


def analyse_article(article: Article, summary_sentences: int, key_points: int) -> Analysis:
    """The NLP of one article (pure; runs in worker processes).

    Takes plain settings rather than the Config so that worker processes get little to unpickle.
    The summarizer, entity finder and figure reader read English only: other languages get none of their results
    (English verbs read into German copy made "51 Prozent ... getragen" a toll of 51 killed).
    """
    text = markdown_to_text(article.body_md)[:MAX_NLP_CHARS]  # bounded work per article, whatever its size
    terms = tuple(sorted(story_terms(article.title, text)))
    wording = story_wording(article.title, text)
    if not reads_english(article.language):
        return Analysis(Summary("", (), ()), (), (), terms, read_event(article.title, text, (), ()), wording)
    figures = extract_figures(text, published=None if article.date_guessed else article.date, title=article.title)
    # Key points are the story's news: not a sentence framed as background ("... since March 2011", "the deadliest
    # since"), nor one whose figures are all running totals or history, unless it also states the story's own figure.
    news = {f.sentence for f in figures if f.scope != BACKGROUND}
    background = [f.sentence for f in figures if f.scope == BACKGROUND and f.sentence not in news]
    background += [s for s in split_sentences(text) if has_cue(s) and not any(piece in s for piece in news)]
    summary = summarize(article.title, text, sentences=summary_sentences, key_points=key_points, background=background)
    mentions = extract_mentions(text)
    return Analysis(summary, mentions, figures, terms, read_event(article.title, text, mentions, figures), wording)


def reads_english(language: str) -> bool:
    """Whether the English NLP may run on text in ``language`` ('' and 'und': not known, so try)."""
    return language.split("-")[0].lower() in ("", "en", "und")


def analyse_articles(articles: Sequence[Article], cfg: Config, *, progress: Progress | None = None,
                     cache_dir: Path | None = None, parallel_min: int = PARALLEL_MIN) -> tuple[Analysis, ...]:
    """One Analysis per article, in order: cached ones read back, the rest computed and stored."""
    results = NlpResults(articles, cfg, progress=progress, cache_dir=cache_dir, parallel_min=parallel_min)
    try:
        return results.all()
    finally:
        results.close()


class NlpResults:
    """The NLP results of a build's articles, read from the cache (or computed and stored) only for the
    articles asked for: a rebuild that reuses what enrich made of an unchanged article (see nlp.enrich) reads
    no row of it. Decoding every row was ~1.5 CPU s of each rebuild at 10,000 articles (40 MB of JSON).

    No result is kept here: ``each`` computes and stores the missing rows as they come, then reads the rows back a
    batch at a time, so that the caller holds only what it makes of them. A first build that held every article's
    Analysis (their mentions above all) grew by ~130 MB at 10,000 articles, ~2.9 GB at 100,000.

    The same file keeps, under other keys, what the caller derives from a result (``stored``, ``store``):
    ``close`` keeps only the rows of this build's articles and those keys, so the file follows the site.
    """

    def __init__(self, articles: Sequence[Article], cfg: Config, *, progress: Progress | None = None,
                 cache_dir: Path | None = None, parallel_min: int = PARALLEL_MIN) -> None:
        self._articles, self._cfg, self._progress, self._parallel_min = articles, cfg, progress, parallel_min
        self._cache = ResultCache(cache_dir / "nlp.sqlite" if cache_dir else CacheLayout.of(cfg.root).nlp_results)
        self.keys = tuple(analysis_key(a, cfg) for a in articles)  # by position

    def each(self, positions: Iterable[int]) -> Iterator[tuple[int, Analysis]]:
        """(position, Analysis) of the articles at ``positions``, in that order (each once): the rows missing from
        the cache computed and stored first, then every row read back and decoded a batch at a time."""
        asked = list(dict.fromkeys(positions))
        self._store_missing(asked)
        for start in range(0, len(asked), _READ_BATCH):
            batch = asked[start:start + _READ_BATCH]
            rows = self._cache.get_many(self.keys[i] for i in batch)
            for i in batch:
                payload = rows.get(self.keys[i])
                decoded = None if payload is None else decode(payload)
                yield i, decoded if decoded is not None else self._analysed_again(i)

    def all(self) -> tuple[Analysis, ...]:
        return tuple(analysis for _, analysis in self.each(range(len(self._articles))))

    def stored(self, keys: Iterable[str]) -> dict[str, bytes]:
        """Payloads kept under ``keys`` by ``store`` (in this or an earlier build)."""
        return self._cache.get_many(keys)

    def store(self, payloads: Mapping[str, bytes]) -> None:
        self._cache.put_many(payloads)

    def close(self, also_keep: Iterable[str] = ()) -> None:
        """Keep only this build's rows (and ``also_keep``), and close the file."""
        try:
            self._cache.keep_only([*self.keys, *also_keep])
        finally:
            self._cache.close()

    def _store_missing(self, positions: list[int]) -> None:
        """Compute the results the cache has no row for (or an unreadable one) and store them as they come."""
        present = self._cache.present(self.keys[i] for i in positions)
        missing = [i for i in positions if self.keys[i] not in present]
        batch: dict[str, bytes] = {}
        for i, result in zip(missing, _compute([self._articles[i] for i in missing], self._cfg, self._progress, self._parallel_min)):
            batch[self.keys[i]] = encode(result)
            if len(batch) == _WRITE_BATCH:
                self._cache.put_many(batch)
                batch = {}
        self._cache.put_many(batch)

    def _analysed_again(self, position: int) -> Analysis:
        """A result whose row could not be read back (damaged, or the cache was reset): computed and stored again."""
        result = analyse_article(self._articles[position], self._cfg.summary.sentences, self._cfg.summary.key_points)
        self._cache.put_many({self.keys[position]: encode(result)})
        return result


_READ_BATCH = 500  # rows decoded at a time
_WRITE_BATCH = 200  # results stored at a time, as they are computed


def _compute(articles: list[Article], cfg: Config, progress: Progress | None, parallel_min: int) -> Iterator[Analysis]:
    """Serial for a few articles; otherwise chunks spread over every core; results in input order, as they come."""
    sentences, points = cfg.summary.sentences, cfg.summary.key_points
    workers = min(os.cpu_count() or 1, 8)
    if len(articles) < max(parallel_min, 2) or workers < 2:
        for number, article in enumerate(articles, 1):
            yield analyse_article(article, sentences, points)
            if progress:
                progress(number, len(articles), "analysing articles")
        return
    chunk = max(1, min(64, len(articles) // (workers * 4)))  # small enough to report progress and balance load
    # "spawn", not fork: a forked worker would inherit the project lock's file descriptor and,
    # orphaned by a killed build, keep the lock held until it finished its work.
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        mapped = pool.map(analyse_article, articles, [sentences] * len(articles), [points] * len(articles), chunksize=chunk)
        for number, result in enumerate(mapped, 1):
            yield result
            if progress and (number % chunk == 0 or number == len(articles)):
                progress(number, len(articles), "analysing articles")


def analysis_key(article: Article, cfg: Config) -> str:
    """A hash of everything the NLP reads for this article (figures read its date too), and of the NLP itself."""
    parts = [nlp_fingerprint(), article.language, str(cfg.summary.sentences), str(cfg.summary.key_points),
             article.title, article.body_md, "" if article.date_guessed else article.date.isoformat()]
    return hashlib.blake2b("\x00".join(parts).encode("utf-8"), digest_size=20).hexdigest()


def nlp_fingerprint() -> str:
    """Version, Python and libraries' versions, and the bytes of every NLP source and data file."""
    return code_fingerprint(_NLP_SOURCES)


def encode(result: Analysis) -> bytes:
    summary, event = result.summary, result.event
    return json.dumps({
        "lede": summary.lede, "sentences": summary.sentences, "key_points": summary.key_points,
        "mentions": [[m.text, m.start, m.end, m.kind, m.name] for m in result.mentions],
        "figures": [[f.kind, f.value, f.sentence, f.text, f.scope] for f in result.figures],
        "story_terms": result.story_terms,
        "event": [list(event.places), sorted(event.countries), sorted(event.kinds), event.day_word, event.killed, event.statement,
                  sorted(event.actors), sorted(event.targets), event.roundup,
                  list(event.districts), list(event.sites)],
        "wording": result.wording,
    }, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode(payload: bytes) -> Analysis | None:
    """The Analysis stored in ``payload``, or None when it is not one (then it is recomputed)."""
    try:
        data: Any = json.loads(payload)
        summary = Summary(json_values.text(data["lede"]), json_values.texts(data["sentences"]), json_values.texts(data["key_points"]))
        mentions = _mentions(data["mentions"])
        figures = tuple(KeyFigure(json_values.text(k), json_values.integer(v), json_values.text(s), json_values.text(t), json_values.text(c)) for k, v, s, t, c in data["figures"])
        terms = json_values.texts(data["story_terms"])
        places, countries, kinds, day_word, killed, statement, actors, targets, roundup, districts, sites = data["event"]
        event = EventReading(json_values.texts(places), frozenset(json_values.texts(countries)), frozenset(json_values.texts(kinds)), json_values.text(day_word),
                             None if killed is None else json_values.integer(killed), json_values.flag(statement), frozenset(json_values.texts(actors)),
                             frozenset(json_values.texts(targets)), json_values.flag(roundup),
                             json_values.texts(districts), json_values.texts(sites))
        wording = json_values.texts(data["wording"])
    except (ValueError, TypeError, KeyError):
        return None
    return Analysis(summary, mentions, figures, terms, event, wording)


def _mentions(stored: Any) -> tuple[Mention, ...]:
    """Mentions as encode stored them; raises TypeError when they are not (read for every article at every build:
    one check per row, not a call per field)."""
    if not all(type(m) is list and len(m) == 5 and type(m[0]) is str and type(m[1]) is int and type(m[2]) is int
               and type(m[3]) is str and type(m[4]) is str for m in stored):
        raise TypeError(stored)
    return tuple(Mention(*m) for m in stored)
