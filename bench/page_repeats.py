"""What a reader sees of the furniture on a whole-corpus build: ledes and summaries with page widgets,
pages that say the same sentence twice, and the junk entity names of issue 17.

    python bench/page_repeats.py [--corpus PATH] [--project DIR] [--keep]

Without --project: `briefing init` a temporary project, `briefing ingest` the corpus folders fakes-syria,
bbc-politics, wikinewssum-sources and gum-wikinews, `briefing build`, then read `briefing export` (JSON
Lines). With --project DIR: read the export of that already built project.

Counted per article (ledes and summaries separately):
  * "Related" / "Tags" (as words, case-sensitive), "Comment via";
  * a live-blog time stamp opening a sentence ("06.48 Reuters", "11.03am: ...");
  * a caption or photo credit: a credit marker ("(Photo", "Photo:", "Image:", "Getty Images", "AFP Photo",
    "File photo", "(TRT World and Agencies)", "picture taken") or a caption span of the furniture gold;
and per page, a sentence said twice between lede, summary and key points (sentences compared after
case-folding and whitespace/punctuation collapsing; pairs: lede-summary, lede-key points, summary-key
points; "three times": in all three). Junk names: present or absent among the exported entity names.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]

from furniture import load_gold, normalise  # noqa: E402

from generator.nlp.sentences import split_sentences  # noqa: E402

FOLDERS = ("fakes-syria", "bbc-politics", "wikinewssum-sources", "gum-wikinews")
# Named in issue 17, by the kind of page they were found on.
JUNK = {
    "people": ("Best Regards", "Dear Bob", "Good Luck", "Fiscal Year", "Cancer Patients", "Pregnant Women", "Weakest Link",
               "Are Donald Trump", "Releases Documentary Contact", "Legal Term", "Print Tweet Views", "Happy New Year",
               "Shadow Home"),
    "places": ("Saturdays", "Charles Kennedy", "Richard Branson", "Flight QZ8501", "Alice", "Assad", "Assads"),
    "organizations": ("AND", "HE", "ANY", "ID", "Department of"),
}
MARKERS = {
    "Related": re.compile(r"\bRelated\b"),
    "Tags": re.compile(r"\bTags\b"),
    "Comment via": re.compile(r"Comment via"),
    "live-blog time stamp": re.compile(r"(?:^|[.!?\"]\s+)(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[ap]\.?m\.?)?:?\s+[A-Z\"]"),
    # "AFP Photo" is a credit, "an AFP photographer at the scene" a source the story names.
    "caption (credit marker)": re.compile(r"\(Photo\b|\bPhoto:|\bImage:|Getty Images|AFP Photo\b|AP Photo\b|[Ff]ile photo|"
                                          r"\(TRT World and Agencies\)|picture taken|Photo Credit", re.IGNORECASE),
}


def sentence_key(sentence: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", sentence.casefold()).split())


def sentences_of(texts: Iterable[str]) -> set[str]:
    return {key for text in texts for s in split_sentences(text) if (key := sentence_key(s))}


def repeats(row: dict[str, object]) -> dict[str, bool]:
    """Which parts of one page share a sentence."""
    lede = sentences_of([str(row.get("lede") or "")])
    summary = sentences_of([str(row.get("summary") or "")])
    points = sentences_of(str(p) for p in (row.get("key_points") or []))  # type: ignore[union-attr]
    return {
        "lede = summary sentence": bool(lede & summary),
        "lede = key point": bool(lede & points),
        "summary = key point": bool(summary & points),
        "any repeat": bool(lede & summary or lede & points or summary & points),
        "same sentence three times": bool(lede & summary & points),
    }


def build_export(corpus: Path, keep: bool) -> tuple[list[dict[str, object]], str]:
    """Init, ingest, build and export a temporary project; the rows and a note of the timing."""
    folder = Path(tempfile.mkdtemp(prefix="briefing-page-repeats-"))
    project = folder / "site"
    briefing = [sys.executable, "-m", "generator"]
    started = time.perf_counter()
    try:
        subprocess.run([*briefing, "init", str(project)], check=True, capture_output=True)
        ingest = subprocess.run([*briefing, "--project", str(project), "-q", "ingest", *(str(corpus / f) for f in FOLDERS)],
                                capture_output=True, text=True)
        if ingest.returncode not in (0, 1):  # 1: some inputs were refused (said on stderr), the rest ingested
            raise SystemExit(f"briefing ingest failed ({ingest.returncode}):\n{ingest.stderr[-2000:]}")
        refused = sum(1 for line in ingest.stderr.splitlines() if line.startswith(("error", "/")))
        subprocess.run([*briefing, "--project", str(project), "-q", "build"], check=True, capture_output=True)
        rows = read_export(project)
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    note = f"built in {time.perf_counter() - started:.0f} s, ingest exit code {ingest.returncode} (~{refused} lines of complaints)"
    note += f", kept at {project}" if keep else ""
    return rows, note


def read_export(project: Path) -> list[dict[str, object]]:
    out = subprocess.run([sys.executable, "-m", "generator", "--project", str(project), "-q", "export"],
                         check=True, capture_output=True, text=True, cwd=REPO)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def count_markers(rows: Sequence[dict[str, object]], captions: Sequence[str]) -> list[tuple[str, int, int]]:
    table = []
    for name, pattern in MARKERS.items():
        ledes = sum(bool(pattern.search(str(r.get("lede") or ""))) for r in rows)
        summaries = sum(bool(pattern.search(str(r.get("summary") or ""))) for r in rows)
        table.append((name, ledes, summaries))
    gold = [normalise(c) for c in captions]
    table.append(("caption (a gold caption span)",
                  sum(any(c in normalise(str(r.get("lede") or "")) for c in gold) for r in rows),
                  sum(any(c in normalise(str(r.get("summary") or "")) for c in gold) for r in rows)))
    return table


def junk_table(rows: Sequence[dict[str, object]]) -> list[tuple[str, str, int]]:
    found: dict[tuple[str, str], int] = {}
    for row in rows:
        entities = row.get("entities") or {}
        for kind, names in entities.items():  # type: ignore[union-attr]
            for name in names:
                found[(kind, name)] = found.get((kind, name), 0) + 1
    return [(kind, name, found.get((kind, name), 0)) for kind, names in JUNK.items() for name in names]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--project", type=Path, help="an already built project to read instead of building one")
    parser.add_argument("--keep", action="store_true", help="keep the temporary project (its path is printed)")
    args = parser.parse_args(argv)
    if args.project:
        rows, note = read_export(args.project), f"read from {args.project}"
    else:
        rows, note = build_export(args.corpus.resolve(), args.keep)
    english = [r for r in rows if r.get("lede")]
    print(f"\n### Whole-corpus build: {len(rows)} articles ({len(english)} with a lede); {note}\n")
    print("| in ... | ledes | summaries |\n|---|---|---|")
    captions = [s.text for s in load_gold() if s.kind == "caption"]
    for name, ledes, summaries in count_markers(rows, captions):
        print(f"| {name} | {ledes} | {summaries} |")
    print("\n| pages repeating a sentence | pages |\n|---|---|")
    per_page = [repeats(r) for r in english]
    for key in per_page[0] if per_page else ():
        print(f"| {key} | {sum(p[key] for p in per_page)} |")
    print("\n| junk name (issue 17) | kind | articles |\n|---|---|---|")
    for kind, name, count in junk_table(rows):
        print(f"| {name} | {kind} | {count} |")
    present = sum(1 for _, _, count in junk_table(rows) if count)
    print(f"\n{present} of {sum(len(v) for v in JUNK.values())} junk names present")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
