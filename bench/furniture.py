"""Page furniture against the hand-annotated gold: what the ingest cleaning removes and what reaches ledes.

    python bench/furniture.py [--corpus PATH] [--errors]

Gold: bench/data/furniture_gold.yaml (furniture lines and fragments, and real first words of articles, each
with its file and class; the header says how it was annotated and which files are held out).

Each gold file goes through the real ingest path (generator.ingest.sources.load_source + parse_source, then
generator.ingest.metadata.body_of: the body text a project's `briefing ingest` writes), and then through the
build's NLP as generator.nlp.analysis.analyse_article runs it (summarize on the body's plain text, default
settings: 3 summary sentences, 4 key points).

Per split (dev / held-out) it reports:
  * furniture removal recall: gold furniture spans absent from the ingested body / all furniture spans;
  * removal precision: furniture spans removed / (furniture removed + real spans lost);
  * real kept: real spans (ledes, real text) still present in the body;
  * per class, the share of furniture spans removed;
  * how many files' lede / summary / key points contain a gold furniture span, and how many ledes start
    with the article's real first words (the gold `lede` span is contained in the computed lede).
`--errors` lists the dev misses (never the held-out ones) for error analysis; `--dev-only` leaves the held-out
split out (a tuning run spends no held-out look).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

GOLD_PATH = REPO / "bench" / "data" / "furniture_gold.yaml"
REAL_CLASSES = frozenset({"lede", "text"})
HELD_OUT_EVERY = 3
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True, slots=True)
class Span:
    file: str
    kind: str  # the annotation class
    text: str

    @property
    def furniture(self) -> bool:
        return self.kind not in REAL_CLASSES


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What the pipeline made of one gold file."""

    file: str
    body: str  # normalised (see `normalise`)
    lede: str
    summary: str
    key_points: tuple[str, ...]


def normalise(text: str) -> str:
    """NFKC, straight quotes, whitespace collapsed: the form spans and texts are compared in."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())


def is_held_out(path: str) -> bool:
    """The gold file's rule (fixed before annotation): sha256 of the corpus-relative path, mod 3 == 0."""
    return int(hashlib.sha256(path.encode("utf-8")).hexdigest(), 16) % HELD_OUT_EVERY == 0


def load_gold(path: Path = GOLD_PATH) -> list[Span]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Span(item["file"], item["class"], item["span"]) for item in data["spans"]]


def contains(haystack: str, span: str) -> bool:
    """Whether normalised ``haystack`` holds ``span`` (normalised here)."""
    return normalise(span) in haystack


def clean_file(corpus: Path, rel: str) -> Cleaned:
    """One file through ingest (as `briefing ingest` reads it) and the build's summarizer."""
    from generator.ingest.metadata import body_of
    from generator.ingest.sources import load_source, parse_source
    from generator.limits import MAX_NLP_CHARS
    from generator.nlp.summarize import summarize

    def no_fetch(url: str) -> None:
        raise AssertionError(f"the furniture bench reads files only, not {url}")

    items = parse_source(load_source(corpus / rel, no_fetch))
    item = items[0]
    if isinstance(item, Exception):
        return Cleaned(rel, "", "", "", ())
    body = body_of(item)
    summary = summarize(item.raw.title, body.text[:MAX_NLP_CHARS], sentences=3, key_points=4)
    return Cleaned(rel, normalise(body.text), normalise(summary.lede), normalise(" ".join(summary.sentences)),
                   tuple(normalise(p) for p in summary.key_points))


@dataclass
class SplitScore:
    furniture: int = 0
    removed: int = 0
    real: int = 0
    kept: int = 0
    files: int = 0
    ledes_with_furniture: int = 0
    summaries_with_furniture: int = 0
    key_points_with_furniture: int = 0
    gold_ledes: int = 0
    ledes_on_real_opening: int = 0

    def line(self) -> dict[str, str]:
        lost = self.real - self.kept
        recall = self.removed / self.furniture if self.furniture else 0.0
        precision = self.removed / (self.removed + lost) if self.removed + lost else 0.0
        return {
            "furniture spans": str(self.furniture),
            "removal recall": f"{recall:.2f}",
            "removal precision": f"{precision:.2f}",
            "real spans": str(self.real),
            "real kept": f"{self.kept / self.real:.2f}" if self.real else "-",
            "files": str(self.files),
            "ledes with furniture": str(self.ledes_with_furniture),
            "summaries with furniture": str(self.summaries_with_furniture),
            "key points with furniture": str(self.key_points_with_furniture),
            "ledes on the real opening": f"{self.ledes_on_real_opening} / {self.gold_ledes}",
        }


def score(spans: Sequence[Span], cleaned: dict[str, Cleaned]) -> tuple[SplitScore, dict[str, list[int]]]:
    """Scores of one split, and per class [removed, total] for the furniture classes."""
    result = SplitScore()
    per_class: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_file: dict[str, list[Span]] = defaultdict(list)
    for span in spans:
        by_file[span.file].append(span)
    for rel, file_spans in by_file.items():
        out = cleaned[rel]
        result.files += 1
        furniture = [s for s in file_spans if s.furniture]
        for span in file_spans:
            present = contains(out.body, span.text)
            if span.furniture:
                result.furniture += 1
                result.removed += not present
                per_class[span.kind][0] += not present
                per_class[span.kind][1] += 1
            else:
                result.real += 1
                result.kept += present
            if span.kind == "lede":
                result.gold_ledes += 1
                result.ledes_on_real_opening += contains(out.lede, span.text)
        result.ledes_with_furniture += any(contains(out.lede, s.text) for s in furniture)
        result.summaries_with_furniture += any(contains(out.summary, s.text) for s in furniture)
        result.key_points_with_furniture += any(contains(" ".join(out.key_points), s.text) for s in furniture)
    return result, dict(per_class)


def errors(spans: Iterable[Span], cleaned: dict[str, Cleaned]) -> list[str]:
    """Dev misses, one line each: furniture left in the body or reaching the NLP, real text lost."""
    lines = []
    for span in spans:
        out = cleaned[span.file]
        if span.furniture and contains(out.body, span.text):
            where = [name for name, text in (("lede", out.lede), ("summary", out.summary),
                                             ("key points", " ".join(out.key_points))) if contains(text, span.text)]
            lines.append(f"kept furniture [{span.kind}] {span.file}: {span.text[:70]!r}" + (f" -> in {', '.join(where)}" if where else ""))
        elif not span.furniture and not contains(out.body, span.text):
            lines.append(f"lost real [{span.kind}] {span.file}: {span.text[:70]!r}")
        elif span.kind == "lede" and not contains(out.lede, span.text):
            lines.append(f"lede elsewhere {span.file}: gold {span.text[:50]!r}, computed {out.lede[:80]!r}")
    return lines


def markdown_table(rows: dict[str, SplitScore]) -> str:
    columns = list(next(iter(rows.values())).line())
    lines = ["| split | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    for name, row in rows.items():
        lines.append(f"| {name} | " + " | ".join(row.line().values()) + " |")
    return "\n".join(lines)


def class_table(per_split: dict[str, dict[str, list[int]]]) -> str:
    classes = sorted({c for table in per_split.values() for c in table})
    lines = ["| class | " + " | ".join(f"{name} removed" for name in per_split) + " |", "|---|" + "---|" * len(per_split)]
    for kind in classes:
        cells = []
        for table in per_split.values():
            removed, total = table.get(kind, [0, 0])
            cells.append(f"{removed} / {total}" if total else "-")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--errors", action="store_true", help="list the dev split's misses (never the held-out ones)")
    parser.add_argument("--dev-only", action="store_true",
                        help="score the dev split only (tuning runs; each held-out look is recorded in the gold)")
    args = parser.parse_args(argv)
    spans = load_gold()
    files = sorted({s.file for s in spans})
    started = time.perf_counter()
    cleaned = {rel: clean_file(args.corpus, rel) for rel in files}
    seconds = time.perf_counter() - started
    splits = {"dev": [s for s in spans if not is_held_out(s.file)], "held-out": [s for s in spans if is_held_out(s.file)]}
    if args.dev_only:
        del splits["held-out"]
    scored = {name: score(split, cleaned) for name, split in splits.items()}
    print(f"\n### Furniture gold: {len(spans)} spans in {len(files)} files "
          f"({Counter('furniture' if s.furniture else 'real' for s in spans)}); held out: sha256(path) % 3 == 0\n")
    print(markdown_table({name: result for name, (result, _) in scored.items()}))
    print("\n### Furniture removed, per class\n")
    print(class_table({name: table for name, (_, table) in scored.items()}))
    print(f"\n{len(files)} files ingested and summarised in {seconds:.1f} s ({len(files) / seconds:.0f} files/s)")
    if args.errors:
        print("\n### Dev misses\n")
        print("\n".join(errors(splits["dev"], cleaned)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
