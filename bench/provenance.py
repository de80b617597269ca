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
  share of all recorded sources that name the right outlet (bylines and quoted agencies are wrong).
  Copy an outlet printed from an agency and credits to it ("AFP Thursday 2 Jul 2015 ...", "... --Reuters",
  "Source SANA") is counted apart: the agency is who reported it, and the recorded source is right when
  the copy credits it so at its start or end (a dash, a bracket or "Source" before the name, a date or
  a dash after it). Articles that name their outlet anywhere (quotes included: "a source told SANA") are
  counted too, for scale: a quote is not a credit (outlets reprint agency copy that says "told AFP").

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
_CREDIT_BEFORE = r"(?:^|[-\u2013\u2014(]\s*|\bSource:?\s+|(?:\u00a9|Copyright)\s*(?:\d{4}\s+)?(?:The\s+)?)"
_CREDIT_AFTER = r"(?:\)?\s*[-\u2013\u2014]|\.\s+All rights|\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\s+\d{1,2}\s+[A-Z]|\s+[A-Z]|\s*\)?\.?$)"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--details", action="store_true", help="list every article whose source is missing or not the index's outlet")
    args = parser.parse_args(argv)
    folder = args.corpus / "fakes-syria"
    index = {row["id"]: row for row in csv.DictReader((folder / "index.tsv").open(encoding="utf-8"), delimiter="\t")}
    files, by_hash = _ingested(folder)
    rows = [_compare(path, index[path.stem], by_hash) for path in files if path.stem in index]
    _print(rows)
    if args.details:
        _details(rows)
    _print_wikinews(args.corpus / "wikinewssum-sources")
    return 0


def _ingested(folder: Path) -> tuple[list[Path], dict]:  # type: ignore[type-arg]
    """The folder's .txt files ingested into a temporary project, and its articles by content hash."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        (project / "briefing.yml").write_text("", encoding="utf-8")
        cfg = load_config(project)
        files = sorted(folder.glob("*.txt"))
        ingest_files(files, cfg)
        return files, {a.content_hash: a for a in load_articles(cfg.articles_dir, cfg.root)}


def _print_wikinews(folder: Path) -> None:
    """A check on copy the attribution rules were not written on: WikinewsSum's crawled pages, whose
    index gives each page's web domain (the registry's outlet for it, or the bare domain)."""
    import hashlib

    from generator.ingest.attribution import shipped_outlets

    outlets = shipped_outlets()
    index = {row["id"]: row for row in csv.DictReader((folder / "index.tsv").open(encoding="utf-8"), delimiter="\t")}
    files, by_hash = _ingested(folder)
    recorded = right = credited = 0
    for path in files:
        article = by_hash.get("sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()[:32])
        if article is None or not article.source:
            continue
        recorded += 1
        site = outlets.for_url("http://" + index[path.stem]["domain"])
        if site is not None and site.name == article.source:
            right += 1
        else:
            text = path.read_text(encoding="utf-8", errors="replace")
            body = " ".join(text.split("\n", 1)[-1].split())
            # crawled pages put teasers, notices and comments around the story: its credit may be anywhere
            credited += _credits(body, article.source, text.split("\n", 1)[0].strip()) or _credits_as_source(body, article.source)
            if not _credits(body, article.source, text.split("\n", 1)[0].strip()) and not _credits_as_source(body, article.source):
                print(f"  wrong? {path.name}: {index[path.stem]['domain']} -> {article.source!r}")
    print(f"\nWikinewsSum pages (the rules were not written on them): {len(files)}")
    print("| figure | value |\n|---|---:|")
    print(f"| sources recorded | {recorded} |")
    print(f"| ... naming the site's outlet | {_share(right, recorded)} |")
    print(f"| ... naming the agency the copy credits (AP copy on cnn.com...) | {_share(credited, recorded)} |")
    print(f"| ... wrong (neither) | {_share(recorded - right - credited, recorded)} |")


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
        "names_anywhere": any(_has_name(body, name) for name in names),
        "source_credited": article is not None and bool(article.source) and (
            _credits(edges_outlet, article.source, text.split("\n", 1)[0].strip())
            or _credits_as_source(" ".join(body.split()), article.source)),
        "ingested": article is not None,
        "id": path.stem, "source": article.source if article is not None else "",
        "head": " ".join(body[:EDGE_OUTLET].split()), "tail": " ".join(body[-EDGE_OUTLET:].split()),
    }


def _credits(edges: str, source: str, title: str) -> bool:
    """The copy credits ``source`` (or one of its registry spellings) at its start or end, or right after
    the headline it repeats ("Title AFP Eleven children were killed...")."""
    import re

    from generator.ingest.attribution import shipped_outlets

    outlet = shipped_outlets().find(source)
    spellings = (outlet.name, *outlet.aliases) if outlet else (source,)
    before = rf"(?:{_CREDIT_BEFORE}|{re.escape(title)}\s+)"
    stamp = r"\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\s+\d{1,2}\s+[A-Z][a-z]{2}"  # "AFP Friday 20 Jun 2014": an agency's stamp
    return any(re.search(before + re.escape(s) + _CREDIT_AFTER, edges, 0 if s.isupper() else re.IGNORECASE)
               or re.search(rf"(?<!\w){re.escape(s)}{stamp}", edges) for s in spellings)


def _credits_as_source(body: str, source: str) -> bool:
    """The copy credits ``source`` (or a registry spelling of it) somewhere in the page: '... crumble. Source AFP
    Related News ...' (a credit before the related links), '(c) Copyright 2004 Associated Press' (a reprint's
    notice), 'By Greg Risling Associated Press Moviegoers ...' (a byline's agency line)."""
    import re

    from generator.ingest.attribution import shipped_outlets

    outlet = shipped_outlets().find(source)
    spellings = (outlet.name, *outlet.aliases) if outlet else (source,)
    return any(re.search(rf"\bSource:?\s+{re.escape(s)}\b", body)
               or re.search(rf"(?:\u00a9|\(c\)|\bCopyright)\s*(?:Copyright\s*)?(?:\d{{4}}\s+)?(?:The\s+)?{re.escape(s)}\b", body, re.IGNORECASE)
               or re.search(rf"\bBy(?:\s+[A-Z][\w.'-]+){{1,4}}\s+{re.escape(s)}\b", body) for s in spellings)


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
    ingested = [r for r in rows if r["ingested"]]  # an input whose words another input already had is one article
    carrying = [r for r in ingested if r["carries_date"]]
    dated = [r for r in rows if r["got_date"]]
    naming = [r for r in ingested if r["names_outlet"]]
    sourced = [r for r in rows if r["got_source"]]
    print(f"FA-KES articles: {len(rows)} ({sum(r['ingested'] for r in rows)} ingested; the rest were duplicates of another)")
    print("| figure | value |\n|---|---:|")
    print(f"| articles whose text carries their date | {len(carrying)} ({len(carrying) / len(rows):.0%}) |")
    print(f"| ... of which got a date (not a guess) | {_share(sum(r['got_date'] for r in carrying), len(carrying))} |")
    carrying_dated = [r for r in carrying if r["got_date"]]
    print(f"| ... of which equal the index's date | {_share(sum(r['date_right'] for r in carrying_dated), len(carrying_dated))} |")
    print(f"| dates recorded (not a guess), all articles | {len(dated)} |")
    print(f"| guessed dates | {_share(sum(r['ingested'] and not r['got_date'] for r in rows), sum(r['ingested'] for r in rows))} |")
    print(f"| articles whose text names their outlet at its start or end | {len(naming)} ({len(naming) / len(rows):.0%}) |")
    print(f"| ... of which got that outlet as source | {_share(sum(r['source_right'] for r in naming), len(naming))} |")
    print(f"| ... of which got that outlet or the agency its copy credits | "
          f"{_share(sum(r['source_right'] or r['source_credited'] for r in naming), len(naming))} |")
    anywhere = [r for r in ingested if r["names_anywhere"]]
    print(f"| articles whose text names their outlet anywhere (quotes too) | {len(anywhere)} ({len(anywhere) / len(rows):.0%}) |")
    print(f"| ... of which got that outlet as source | {_share(sum(r['source_right'] for r in anywhere), len(anywhere))} |")
    print(f"| sources recorded, all articles | {len(sourced)} |")
    print(f"| ... of which name the index's outlet | {_share(sum(r['source_right'] for r in sourced), len(sourced))} |")
    credited = sum(r["source_credited"] and not r["source_right"] for r in sourced)
    print(f"| ... of which name the agency the copy credits (printed by the index's outlet) | {_share(credited, len(sourced))} |")
    wrong = [r for r in sourced if not r["source_right"] and not r["source_credited"]]
    print(f"| ... of which wrong (neither) | {_share(len(wrong), len(sourced))} |")


def _details(rows: list[dict]) -> None:  # type: ignore[type-arg]
    for r in rows:
        if r["ingested"] and not r["source_right"] and not r["source_credited"] and (r["names_outlet"] or r["got_source"]):
            print(f"\n{r['id']} index={r['outlet']} source={r['source']!r} names_outlet={r['names_outlet']}")
            print(f"  HEAD {r['head']}\n  TAIL {r['tail']}")


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.1%}" if whole else "0/0"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
