"""Provenance benchmark: are the dates and outlets briefing records the real ones?

    python bench/provenance.py [--corpus PATH]

Ingests the FA-KES articles of the shared corpus into a temporary project (as a desk would,
with no --date and no --source) and compares what was recorded with the corpus's own
`index.tsv` (outlet and publication date per article):

- dates: an article "carries its date" when its first or last 300 characters spell the index's
  date in one of the common forms (31 May 2016, May 31 2016, 31.05.2016, 31-05-2016, 31/05/2016,
  2016-05-31, ...); coverage is the share of those that got a date that is not a guess, and
  correctness the share of those dates that equal the index's. (FA-KES's date is not always the
  publication date: 177 articles print another one, e.g. "Date of publication 7 July 2016" for an
  index date of 12 April 2016, so a date is only judged where the text carries the index's date.)
- outlets: an article "names its outlet" when its first or last 150 characters hold one of the
  outlet's names; coverage is the share of those whose `source:` is that outlet, correctness the
  share of all recorded sources that name the right outlet (bylines and quoted agencies are wrong;
  wire copy credited "--Reuters" but filed by the index under the outlet that printed it is counted
  apart: the agency is who reported it).

Prints one table; figures are for the whole FA-KES set (no tuning was done on it in this script).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.config import load_config  # noqa: E402
from generator.content import load_articles  # noqa: E402
from generator.ingest import ingest_files  # noqa: E402

# The outlets of FA-KES's index and the names their copy uses for themselves.
OUTLETS = {
    "ahram": ("Al-Ahram", "Ahram Online", "Al Ahram"), "manar": ("Al-Manar", "Al Manar", "Almanar"),
    "alalam": ("Al-Alam", "Al Alam", "Alalam"), "alaraby": ("Al-Araby", "Al Araby", "The New Arab", "Alaraby"),
    "dailysabah": ("Daily Sabah",), "sputnik": ("Sputnik",), "sana": ("SANA", "Syrian Arab News Agency"),
    "etilaf": ("Etilaf", "Syrian Coalition", "National Coalition"), "trt": ("TRT",), "jordantimes": ("Jordan Times",),
    "reuters": ("Reuters",), "arabiya": ("Al Arabiya", "Al-Arabiya", "Alarabiya"), "nna": ("NNA", "National News Agency"),
    "asharqalawsat": ("Asharq Al-Awsat", "Asharq al-Awsat", "Aawsat"), "tass": ("TASS",),
}
EDGE_DATE, EDGE_OUTLET = 300, 150
WIRES = {"REUTERS", "AFP", "AP", "ASSOCIATED PRESS", "AGENCE FRANCE-PRESSE"}  # agencies whose copy other outlets print


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    args = parser.parse_args(argv)
    folder = args.corpus / "fakes-syria"
    index = {row["id"]: row for row in csv.DictReader((folder / "index.tsv").open(encoding="utf-8"), delimiter="\t")}
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        (project / "briefing.yml").write_text("", encoding="utf-8")
        cfg = load_config(project)
        files = sorted(folder.glob("*.txt"))
        ingest_files(files, cfg)
        by_hash = {a.content_hash: a for a in load_articles(cfg.articles_dir, cfg.root)}
        rows = [_compare(path, index[path.stem], by_hash) for path in files if path.stem in index]
    _print(rows)
    return 0


def _compare(path: Path, row: dict[str, str], by_hash: dict) -> dict:  # type: ignore[type-arg]
    import hashlib

    text = path.read_text(encoding="utf-8", errors="replace")
    body = text.split("\n", 2)[-1] if "\n" in text else text
    month, day, year = (int(part) for part in row["date_m/d/y"].split("/"))
    gold_date = dt.date(year, month, day)
    article = by_hash.get("sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()[:32])
    edges_date = body[:EDGE_DATE] + " " + body[-EDGE_DATE:]
    edges_outlet = body[:EDGE_OUTLET] + " " + body[-EDGE_OUTLET:]
    names = OUTLETS.get(row["outlet"], ())
    return {
        "outlet": row["outlet"],
        "carries_date": any(form in edges_date for form in _date_forms(gold_date)),
        "got_date": article is not None and not article.date_guessed,
        "date_right": article is not None and article.date == gold_date,
        "names_outlet": any(_has_name(edges_outlet, name) for name in names),
        "got_source": article is not None and bool(article.source),
        "source_right": article is not None and any(name.casefold() in article.source.casefold() for name in names),
        "source_wire": article is not None and article.source.strip().upper() in WIRES,
        "ingested": article is not None,
    }


def _has_name(text: str, name: str) -> bool:
    import re

    flags = 0 if name.isupper() else re.IGNORECASE  # "SANA" the agency, not "sana" in a word
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags) is not None


def _date_forms(day: dt.date) -> set[str]:
    months = (day.strftime("%B"), day.strftime("%b"))
    forms = {f"{day.day} {m} {day.year}" for m in months} | {f"{day.day:02d} {m} {day.year}" for m in months}
    forms |= {f"{m} {day.day} {day.year}" for m in months} | {f"{m} {day.day}, {day.year}" for m in months}
    forms |= {f"{m} {day.day:02d}{day.year}" for m in months} | {f"{m} {day.day:02d} {day.year}" for m in months}
    forms |= {f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}" for sep in "./-"} | {f"{day.day}/{day.month}/{day.year}"}
    forms |= {day.isoformat(), f"{day.month}/{day.day}/{day.year}"}
    return forms


def _print(rows: list[dict]) -> None:  # type: ignore[type-arg]
    carrying = [r for r in rows if r["carries_date"]]
    dated = [r for r in rows if r["got_date"]]
    naming = [r for r in rows if r["names_outlet"]]
    sourced = [r for r in rows if r["got_source"]]
    print(f"FA-KES articles: {len(rows)} ({sum(r['ingested'] for r in rows)} ingested; the rest were duplicates of another)")
    print("| figure | value |\n|---|---:|")
    print(f"| articles whose text carries their date | {len(carrying)} ({len(carrying) / len(rows):.0%}) |")
    print(f"| ... of which got a date (not a guess) | {_share(sum(r['got_date'] for r in carrying), len(carrying))} |")
    carrying_dated = [r for r in carrying if r["got_date"]]
    print(f"| ... of which equal the index's date | {_share(sum(r['date_right'] for r in carrying_dated), len(carrying_dated))} |")
    print(f"| dates recorded (not a guess), all articles | {len(dated)} |")
    print(f"| guessed dates | {_share(sum(r['ingested'] and not r['got_date'] for r in rows), sum(r['ingested'] for r in rows))} |")
    print(f"| articles whose text names their outlet | {len(naming)} ({len(naming) / len(rows):.0%}) |")
    print(f"| ... of which got that outlet as source | {_share(sum(r['source_right'] for r in naming), len(naming))} |")
    print(f"| sources recorded, all articles | {len(sourced)} |")
    print(f"| ... of which name the right outlet | {_share(sum(r['source_right'] for r in sourced), len(sourced))} |")
    wires = sum(r["source_wire"] and not r["source_right"] for r in sourced)
    print(f"| ... of which credit a wire agency in copy the index files under another outlet | {wires} |")


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.1%}" if whole else "0/0"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
