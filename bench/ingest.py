#!/usr/bin/env python3
"""Ingest the whole shared corpus into a temporary project and report what came out.

    python bench/ingest.py [CORPUS]     # CORPUS defaults to ../shared/corpus from the repo root

Prints: input/output counts, duplicates found (against the corpus's known
repeats), body checks (markup, mojibake, control characters), a second ingest
(files changed must be 0), same-story pairs against the corpus's labels
(WikinewsSum `cluster`: even-numbered clusters were used to choose the
threshold (dev), odd-numbered ones are held out; FA-KES repeated headlines),
next to two baselines, and articles per second (wall and CPU).
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.commands.build import site_index
from generator.config import load_config  # noqa: E402
from generator.content import load_articles  # noqa: E402
from generator.content.frontmatter import parse_document  # noqa: E402
from generator.incremental.layout import CacheLayout  # noqa: E402
from generator.ingest import ingest_files  # noqa: E402

MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")
MOJIBAKE = re.compile("[\u0080-\u009f\ufffd]|Ã[\u0080-\u00bf]|â€")
WIKI = re.compile(r"\[\[|\]\]|\{\{|\}\}")
CONTROL = re.compile("[\u0000-\u0008\u000b-\u001f\u007f]")


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else (REPO.parent / "shared" / "corpus")
    inputs = sorted(corpus.glob("*/*.txt")) + [corpus / "nasty"]
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        (project / "briefing.yml").write_text("", encoding="utf-8")
        cfg = load_config(project)
        wall, cpu = time.perf_counter(), time.process_time()
        first = ingest_files(list(inputs), cfg)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        before = _snapshot(cfg.articles_dir)
        again_wall = time.perf_counter()
        second = ingest_files(list(inputs), cfg)
        again_wall = time.perf_counter() - again_wall
        changed = sum(1 for p, d in _snapshot(cfg.articles_dir).items() if before.get(p) != d) + len(set(before) - set(_snapshot(cfg.articles_dir)))
        articles = _articles(cfg.articles_dir)
        stories = {a.article.path: a.story for a in site_index(cfg).articles}  # stories are grouped at build time
        for article in articles:
            article["story"] = stories.get(article["_path"], "?")
        loaded = len(load_articles(cfg.articles_dir, cfg.root))  # raises if any front matter is refused
        index_mb = CacheLayout.of(project).articles.stat().st_size / 2**20
    _print_counts(inputs, first, second, changed, len(articles))
    print(f"loaded by the build's loader without an error: {loaded}")
    _print_duplicates(first, corpus)
    _print_body_checks(articles)
    _print_stories(articles, corpus)
    n = len(first.written) + len(first.duplicates) + len(first.unchanged)
    print("\n## speed")
    print(f"first ingest: {n} articles in {wall:.1f} s wall / {cpu:.1f} s CPU = {n / wall:.1f} articles/s wall, {n / cpu:.1f} articles/s CPU")
    print(f"second ingest (nothing to do): {again_wall:.2f} s; index cache {index_mb:.2f} MB")
    _print_scale(articles)
    return 0


def _print_scale(articles: list[dict], size: int = 100_000) -> None:
    """A year of articles: the corpus's own entries repeated to ``size`` (synthetic, for timing only)."""
    import datetime as dt

    from generator.content.archive import Archive, ArchiveEntry
    from generator.ingest.catalogue import Catalogue
    from generator.nlp.stories import StoryInput, group_stories, story_terms
    from generator.textutil import markdown_to_text
    terms = [story_terms(str(a["title"]), markdown_to_text(a["_body"])) for a in articles]
    entries = {f"{i}.md": ArchiveEntry("", f"a-{i}", f"sha256:{i:032x}", f"https://x.example/{i}", None, text_key=f"text:{i}")
               for i in range(size)}
    start = time.perf_counter()
    Catalogue(Archive(entries))
    built = time.perf_counter() - start
    inputs = [StoryInput(f"{i}.md", dt.date(2016, 1, 1) + dt.timedelta(days=i % 365), f"a-{i}", terms[i % len(terms)])
              for i in range(size)]
    start = time.perf_counter()
    group_stories(inputs)
    grouped = time.perf_counter() - start
    print(f"scale ({size:,} synthetic articles): ingest's catalogue built in {built:.2f} s (hash/URL/text look-ups are dict "
          f"look-ups); the build's story grouping over all of them {grouped:.2f} s")


def _snapshot(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*.md")}


def _articles(folder: Path) -> list[dict]:
    found = []
    for path in sorted(folder.rglob("*.md")):
        doc = parse_document(path.read_text(encoding="utf-8"))
        found.append({**doc.meta, "_body": doc.body, "_path": path})
    return found


def _print_counts(inputs, first, second, changed: int, articles: int) -> None:  # type: ignore[no-untyped-def]
    print("## counts")
    print(f"{'run':<8} {'ingested':>9} {'unchanged':>10} {'duplicates':>11} {'failed':>7}")
    for name, rep in (("first", first), ("second", second)):
        print(f"{name:<8} {len(rep.written):>9} {len(rep.unchanged):>10} {len(rep.duplicates):>11} {len(rep.failed):>7}")
    print(f"article files: {articles}; files changed by the second ingest: {changed}")
    for failure in first.failed:
        print(f"  failed: {failure}")


def _print_duplicates(report, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    expected = {row["id"] for row in _tsv(corpus / "fakes-syria" / "index.tsv") if row.get("same_body_as")}
    found = {Path(d.split(": ", 1)[0]).stem for d in report.duplicates}
    print("\n## duplicates (same bytes, same URL or same normalised body)")
    print(f"found {len(report.duplicates)}; FA-KES same_body_as ids found {len(expected & found)}/{len(expected)}")
    for line in report.duplicates:
        print(f"  {line.split('/corpus/')[-1]}")


def _print_body_checks(articles: list[dict]) -> None:
    print("\n## bodies")
    for name, pattern in (("HTML markup", MARKUP), ("wiki markup", WIKI), ("mojibake/U+FFFD", MOJIBAKE), ("control chars", CONTROL)):
        bad = [a["_path"].name for a in articles if pattern.search(a["_body"]) or pattern.search(str(a.get("title", "")))]
        print(f"{name:<16} {len(bad)} articles {bad[:5]}")
    langs: dict[str, int] = defaultdict(int)
    for a in articles:
        langs[str(a.get("language", "?"))] += 1
    print("languages:", dict(sorted(langs.items(), key=lambda kv: -kv[1])), "; English NLP skipped (not English):", sum(1 for a in articles if str(a.get("language", "en")).split("-")[0] not in ("en", "und", "")))


def _print_stories(articles: list[dict], corpus: Path) -> None:
    by_hash = {a["content_hash"]: a for a in articles}
    wns = {row["id"]: row["cluster"] for row in _tsv(corpus / "wikinewssum-sources" / "index.tsv")}
    fakes = {row["id"]: row["title"] for row in _tsv(corpus / "fakes-syria" / "index.tsv")}
    story, title = {}, {}
    for folder, ids in (("wikinewssum-sources", wns), ("fakes-syria", fakes)):
        for ident in ids:
            article = by_hash.get(_hash(corpus / folder / f"{ident}.txt"))
            if article:
                story[ident], title[ident] = article["story"], re.sub(r"\W+", "", str(article["title"]).casefold())
    print("\n## same-story pairs (precision / recall, pairs within each set)")
    print(f"{'set':<28} {'gold pairs':>10} | {'story id':>17} | {'same title (base)':>17} | {'singletons (base)':>17}")
    dev = [i for i in wns if i in story and int(wns[i][3:]) % 2 == 0]
    held = [i for i in wns if i in story and int(wns[i][3:]) % 2 == 1]
    fk = [i for i in fakes if i in story]
    fake_gold = {i: re.sub(r"\W+", "", fakes[i].casefold()) for i in fk}
    for name, ids, gold in (("wikinewssum dev (even)", dev, wns), ("wikinewssum held-out (odd)", held, wns), ("fakes repeated headlines", fk, fake_gold)):
        row = [_pr(ids, gold, pred) for pred in (story, title, {i: i for i in ids})]
        pairs = sum(1 for a, b in itertools.combinations(ids, 2) if gold[a] == gold[b])
        print(f"{name:<28} {pairs:>10} | " + " | ".join(f"P {p:.2f} R {r:.2f}".rjust(17) for p, r in row))
    for folder in sorted((corpus / "nasty").glob("duplicates_*")):
        named = {f.name: by_hash.get(_hash(f)) for f in sorted(folder.iterdir())}
        if "qardaha" in folder.name:  # byte copies of FA-KES files: those were written, these are duplicates
            named = {i: by_hash.get(_hash(corpus / "fakes-syria" / f"{i}.txt")) for i in ("1914947538", "1918398779", "1923848200")}
        stories = {name: (a or {}).get("story", "?") for name, a in named.items()}
        print(f"{folder.name}: {len(set(stories.values()))} story id(s) for {len(stories)} reports: {stories}")
    groups = defaultdict(list)
    for a in articles:
        groups[a["story"]].append(a)
    print(f"story groups with 2+ articles: {sum(1 for g in groups.values() if len(g) > 1)} (largest {max(len(g) for g in groups.values())})")


def _pr(ids: list[str], gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float]:
    tp = fp = fn = 0
    for a, b in itertools.combinations(ids, 2):
        same_gold, same_pred = gold[a] == gold[b], pred[a] == pred[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def _hash(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()[:32]


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
