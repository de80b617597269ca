"""Per-article NLP speed over the whole corpus, stage by stage, without a profiler (issue 21).

    python bench/nlp_speed.py [--corpus DIR] [--workdir DIR] [--runs 3] [--dump FILE]

Ingests every article of the corpus folders (fakes-syria, wikinewssum-sources, bbc-politics, gum-wikinews,
cnndm-dev, nasty) into a scratch project (``--workdir``, reused when it already holds them), then times the
steps of ``analyse_article`` (generator/nlp/analysis.py) on each article with ``time.process_time`` (CPU time:
the machine is shared) and prints a table of milliseconds per article per stage, the median of ``--runs`` runs.
The stages call the same functions in the same order as ``analyse_article``; the first run checks that they give
its result.

``--profile TOP`` instead runs ``analyse_article`` over the corpus under cProfile and prints the TOP functions.

``--dump FILE`` writes every article's result (``analysis.encode``, one JSON line per article, by path) so that
a change meant to be output-neutral can be checked with ``cmp`` against a dump made before it.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from generator.config import Config, load_config  # noqa: E402
from generator.content import load_articles  # noqa: E402
from generator.ingest import ingest_files  # noqa: E402
from generator.limits import MAX_NLP_CHARS  # noqa: E402
from generator.models import (
    Article,  # noqa: E402
    Summary,  # noqa: E402
)
from generator.nlp.analysis import Analysis, analyse_article, encode, reads_english  # noqa: E402
from generator.nlp.entities import default_extractor, extract_mentions  # noqa: E402
from generator.nlp.events import read_event  # noqa: E402
from generator.nlp.figure_words import BACKGROUND, has_cue  # noqa: E402
from generator.nlp.figures import extract_figures  # noqa: E402
from generator.nlp.sentences import split_sentences  # noqa: E402
from generator.nlp.stories import story_terms, story_wording  # noqa: E402
from generator.nlp.summarize import summarize  # noqa: E402
from generator.textutil import markdown_to_text  # noqa: E402

FOLDERS = ("fakes-syria", "wikinewssum-sources", "bbc-politics", "gum-wikinews", "cnndm-dev", "nasty")
SUFFIXES = (".txt", ".html", ".htm", ".gz")
STAGES = ("text", "stories", "figures", "background", "summary", "entities", "event")
T = TypeVar("T")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO_ROOT.parent / "shared" / "corpus")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/briefing-nlp-speed"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dump", type=Path, help="write every article's result here (JSON lines, by path)")
    parser.add_argument("--profile", type=int, metavar="TOP", help="instead: cProfile the whole corpus, print the top functions")
    return parser.parse_args(argv)


def corpus_project(corpus: Path, workdir: Path) -> Config:
    """A project holding every corpus article, ingested (once: a workdir that has articles is reused)."""
    if not (workdir / "briefing.yml").exists():
        workdir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO_ROOT / "briefing.yml", workdir / "briefing.yml")
        shutil.copytree(REPO_ROOT / "templates", workdir / "templates")
    cfg = load_config(workdir)
    if not any(cfg.articles_dir.rglob("*.md")):
        inputs = [path for folder in FOLDERS for path in sorted((corpus / folder).rglob("*"))
                  if path.is_file() and path.name.endswith(SUFFIXES) and not path.name.startswith("README")
                  and "summaries" not in path.parts]
        report = ingest_files(inputs, cfg)
        print(f"ingested {len(report.written)} articles ({len(report.duplicates)} duplicates, "
              f"{len(report.failed)} failed) into {workdir}", file=sys.stderr)
    return cfg


class Clock:
    """CPU seconds per stage, summed over articles."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def time(self, stage: str, work: Callable[[], T]) -> T:
        started = time.process_time()
        result = work()
        self.seconds[stage] += time.process_time() - started
        return result


def staged(article: Article, summary_sentences: int, key_points: int, clock: Clock) -> Analysis:
    """``analyse_article``, step by step, each step timed."""
    text = clock.time("text", lambda: markdown_to_text(article.body_md)[:MAX_NLP_CHARS])
    terms, wording = clock.time("stories", lambda: (tuple(sorted(story_terms(article.title, text))),
                                                    story_wording(article.title, text)))
    if not reads_english(article.language):
        event = clock.time("event", lambda: read_event(article.title, text, (), ()))
        return Analysis(Summary("", (), ()), (), (), terms, event, wording)
    figures = clock.time("figures", lambda: extract_figures(
        text, published=None if article.date_guessed else article.date, title=article.title))

    def background_of() -> list[str]:
        news = {f.sentence for f in figures if f.scope != BACKGROUND}
        background = [f.sentence for f in figures if f.scope == BACKGROUND and f.sentence not in news]
        return background + [s for s in split_sentences(text) if has_cue(s) and not any(piece in s for piece in news)]

    background = clock.time("background", background_of)
    summary = clock.time("summary", lambda: summarize(article.title, text, sentences=summary_sentences,
                                                       key_points=key_points, background=background))
    mentions = clock.time("entities", lambda: extract_mentions(text))
    event = clock.time("event", lambda: read_event(article.title, text, mentions, figures))
    return Analysis(summary, mentions, figures, terms, event, wording)


def run_once(articles: Sequence[Article], cfg: Config, check: bool) -> dict[str, float]:
    clock = Clock()
    sentences, points = cfg.summary.sentences, cfg.summary.key_points
    for article in articles:
        result = staged(article, sentences, points, clock)
        if check and result != analyse_article(article, sentences, points):
            raise SystemExit(f"{article.path}: the staged steps differ from analyse_article: fix this bench")
    return dict(clock.seconds)


def profiled(articles: Sequence[Article], cfg: Config, top: int) -> None:
    """The top functions by own and by inclusive time, under cProfile (slower than plain)."""
    profile = cProfile.Profile()
    sentences, points = cfg.summary.sentences, cfg.summary.key_points
    profile.enable()
    for article in articles:
        analyse_article(article, sentences, points)
    profile.disable()
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order).print_stats(top)
        print(f"### by {order}\n```\n" + out.getvalue().split("\n", 6)[-1].rstrip() + "\n```")


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    cfg = corpus_project(args.corpus, args.workdir)
    articles = sorted(load_articles(cfg.articles_dir, cfg.root), key=lambda a: str(a.path))
    default_extractor()  # tables load once per process, outside the per-article figure
    if args.profile:
        profiled(articles, cfg, args.profile)
        return 0
    started = time.process_time()
    if args.dump:
        sentences, points = cfg.summary.sentences, cfg.summary.key_points
        with args.dump.open("wb") as out:
            for article in articles:
                out.write(str(article.path.relative_to(cfg.root)).encode() + b"\t")
                out.write(encode(analyse_article(article, sentences, points)) + b"\n")
        print(f"dumped {len(articles)} results to {args.dump} in {time.process_time() - started:.1f} CPU s",
              file=sys.stderr)
    runs = [run_once(articles, cfg, check=run == 0) for run in range(args.runs)]
    if not runs:
        return 0
    count = len(articles)
    print(f"{count} articles, median of {args.runs} runs, CPU ms/article\n")
    print("| stage | ms/article | share |\n|---|---:|---:|")
    medians = {stage: statistics.median(run.get(stage, 0.0) for run in runs) for stage in STAGES}
    total = statistics.median(sum(run.values()) for run in runs)
    for stage in STAGES:
        print(f"| {stage} | {1000 * medians[stage] / count:.2f} | {100 * medians[stage] / total:.0f} % |")
    print(f"| **total** | **{1000 * total / count:.2f}** | |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
