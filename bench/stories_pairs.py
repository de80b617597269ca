#!/usr/bin/env python3
"""Pick the FA-KES article pairs to label for bench/data/stories_gold.yaml (the procedure its header names).

    python bench/stories_pairs.py [--corpus PATH] [--show]

Deterministic: within each kind, candidate pairs are taken in the order of sha256 of their pair key, and a pair
belongs to the first kind (in the order below) that picks it. Files with a `same_body_as` are left out (the
ingest keeps one copy of the text). ``--show`` prints each pair's headlines, dates, places and opening words
for reading; the label is written by hand after reading both articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import re
import sys
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from stories import _tsv, pair_key, run_pipeline  # noqa: E402

ATTACK = re.compile(r"car bomb|bomb|air ?strike|raid|shell|chemical|massacre|suicide|barrel|rocket|mortar|explosion|blast", re.I)
Row = dict[str, str]


def kinds(predicted_story: Callable[[str], str]) -> list[tuple[str, int, Callable[[Row, Row], bool]]]:
    """(kind, how many to take, which pairs qualify), in the order a pair is assigned its kind."""
    def days(a: Row, b: Row) -> int:
        return abs((_date(a) - _date(b)).days)

    def title(r: Row) -> str:
        return re.sub(r"\W+", "", r["title"].casefold())

    return [
        ("same-headline", 25, lambda a, b: title(a) == title(b)),
        ("khan-sheikhoun", 10, lambda a, b: all(r["location"] == "idlib" and dt.date(2017, 4, 4) <= _date(r) <= dt.date(2017, 4, 6) for r in (a, b))),
        ("grouped-by-build", 30, lambda a, b: predicted_story(a["path"]) == predicted_story(b["path"])),
        ("same-place-within-4-days", 45, lambda a, b: a["location"] == b["location"] and days(a, b) <= 4),
        ("same-day-other-place", 25, lambda a, b: a["location"] != b["location"] and days(a, b) == 0),
        ("same-attack-kind-other-place", 20, lambda a, b: a["location"] != b["location"] and days(a, b) <= 30
         and bool(ATTACK.search(a["title"])) and bool(ATTACK.search(b["title"]))),
        ("random-within-2-days", 15, lambda a, b: days(a, b) <= 2),
    ]


def pick(rows: list[Row], predicted_story: Callable[[str], str]) -> list[tuple[str, Row, Row]]:
    """The pairs to label, each with its kind."""
    pairs = sorted(itertools.combinations(sorted(rows, key=lambda r: r["path"]), 2), key=lambda ab: _sha(pair_key(ab[0]["path"], ab[1]["path"])))
    chosen: list[tuple[str, Row, Row]] = []
    taken: set[str] = set()
    for kind, count, qualifies in kinds(predicted_story):
        found = 0
        for a, b in pairs:
            key = pair_key(a["path"], b["path"])
            if found < count and key not in taken and qualifies(a, b):
                chosen.append((kind, a, b))
                taken.add(key)
                found += 1
    return chosen


def _date(row: Row) -> dt.date:
    month, day, year = (int(x) for x in row["date_m/d/y"].split("/"))
    return dt.date(year, month, day)


def _sha(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--show", action="store_true", help="print each pair's headlines and opening words")
    args = parser.parse_args(argv)
    rows = [{**r, "path": f"fakes-syria/{r['id']}.txt"} for r in _tsv(args.corpus / "fakes-syria" / "index.tsv") if not r["same_body_as"]]
    predicted = run_pipeline(args.corpus)
    chosen = pick(rows, lambda path: predicted[path].story if path in predicted else path)
    for number, (kind, a, b) in enumerate(chosen, start=1):
        print(f"{number} {kind} a: {a['path']} b: {b['path']}")
        if args.show:
            for r in (a, b):
                print(f"   {_date(r)} {r['location']} {r['outlet']}: {r['title']}\n      {_opening(args.corpus / r['path'])}")
    return 0


def _opening(path: Path, words: int = 70) -> str:
    body = path.read_text(encoding="utf-8").split("\n", 2)[-1]
    return " ".join(body.split()[:words])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
