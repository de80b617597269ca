#!/usr/bin/env python3
"""Stories and theatres benchmark (issue 16): is each story one event, and is each article filed where it happened?

    python bench/stories.py [--corpus PATH] [--gold PATH] [--errors] [--top N] [--groups] [--dev-only]

Ingests the corpus's news folders (fakes-syria, wikinewssum-sources, bbc-politics, gum-wikinews: its 1,082
articles) into a temporary project with an empty briefing.yml, builds the site index as `briefing build`
does (generator.commands.build.site_index: the build's own story grouping and theatre), maps every
article back to its corpus file by content hash, and prints, per split (dev / held-out):

- same-story pairwise precision / recall / F1 against (a) the WikinewsSum clusters (index.tsv `cluster`;
  every pair among the split's articles; again among those whose date was found in the text, since an
  article with a guessed date is never matched), (a') the same articles' pairs labelled one event by reading
  (the gold's wns_pairs and wns_cross_same; every other pair is different) and (b) the hand-labelled FA-KES pairs of bench/data/stories_gold.yaml,
  with the false-positive rate of each kind of hard negative;
- theatre accuracy on the gold's articles (ISO 3166-1 alpha-2), per corpus folder; "all" is the four folders', and
  the gold's files of other folders (cnndm-dev: news no rule was tuned on) are built on their own and get their own row.

Then the largest story groups of the FA-KES articles with their headlines and dates, for reading; ``--groups`` prints
every group of 2+ articles of the whole run (all folders) with each article's opening words.
``--errors`` lists the dev split's mistakes (never the held-out ones); ``--dev-only`` leaves out the held-out tables, so
that tuning runs do not spend a look at the held-out split. The split rule is in the gold's header.
A corpus file the ingest kept as a duplicate of another is scored as that other article (same text = same story).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FOLDERS = ("fakes-syria", "wikinewssum-sources", "bbc-politics", "gum-wikinews")
SPLITS = ("dev", "held-out")


@dataclass(frozen=True, slots=True)
class Predicted:
    """What the build made of one corpus file."""

    story: str
    theatre: str
    title: str
    date: str
    source: str


@dataclass(frozen=True, slots=True)
class Scores:
    """Pairwise confusion counts of same-story decisions."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# --- scoring (pure; tests/test_bench_stories.py) ---------------------------------------------------------

def split_of(key: str) -> str:
    """'held-out' for a third of keys (sha256 of the UTF-8 key, as an integer, % 3 == 0), else 'dev'."""
    return "held-out" if int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def pair_key(a: str, b: str) -> str:
    """The gold's key of an unordered pair of corpus paths."""
    return "|".join(sorted((a, b)))


def score_pairs(decisions: Iterable[tuple[bool, bool]]) -> Scores:
    """Confusion counts of (gold same, predicted same) decisions."""
    tp = fp = fn = tn = 0
    for gold, predicted in decisions:
        tp += gold and predicted
        fp += predicted and not gold
        fn += gold and not predicted
        tn += not gold and not predicted
    return Scores(tp, fp, fn, tn)


def cluster_decisions(gold: Mapping[str, str], predicted: Mapping[str, str]) -> list[tuple[bool, bool]]:
    """(same gold cluster, same predicted story) for every pair of items in ``gold`` (all must be predicted)."""
    items = sorted(gold)
    return [(gold[a] == gold[b], predicted[a] == predicted[b]) for a, b in itertools.combinations(items, 2)]


def event_decisions(items: Iterable[str], same: Iterable[str], predicted: Mapping[str, str]) -> list[tuple[bool, bool]]:
    """(labelled one event, same predicted story) for every pair of ``items`` (all must be predicted); a pair is one event
    only if its pair_key is in ``same``."""
    one_event = set(same)
    return [(pair_key(a, b) in one_event, predicted[a] == predicted[b]) for a, b in itertools.combinations(sorted(items), 2)]


def unlabelled_cluster_pairs(clusters: Mapping[str, str], labelled: Iterable[str]) -> list[str]:
    """The pair_keys of two articles of one cluster that the gold's wns_pairs do not label."""
    done = set(labelled)
    return [pair_key(a, b) for a, b in itertools.combinations(sorted(clusters), 2)
            if clusters[a] == clusters[b] and pair_key(a, b) not in done]


def theatre_accuracy(gold: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[int, int]:
    """(correct, total) of theatres; an item missing from ``predicted`` counts as wrong."""
    return sum(predicted.get(path, "") == code for path, code in gold.items()), len(gold)


def load_gold(path: Path) -> dict:  # type: ignore[type-arg]
    """The gold file, checked: every theatre a two-letter code (an unquoted NO in YAML is False), every pair labelled."""
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    bad = [t for t in gold["theatre"] if not (isinstance(t["theatre"], str) and re.fullmatch(r"[A-Z]{2}", t["theatre"]))]
    bad += [pr for pr in [*gold["pairs"], *gold.get("wns_pairs", []), *gold.get("wns_cross_same", [])]
            if not isinstance(pr["same"], bool) or pr["a"] == pr["b"]]
    if bad:
        raise SystemExit(f"{path}: bad entries (quote theatre codes; same: true/false): {bad[:3]}")
    return gold  # type: ignore[no-any-return]


# --- the product's pipeline ------------------------------------------------------------------------------

def run_pipeline(corpus: Path, folders: Iterable[str] = FOLDERS, extra: Iterable[str] = ()) -> dict[str, Predicted]:
    """Corpus path ('fakes-syria/1914947530.txt') -> what the build made of it, for every file of ``folders`` and the
    corpus paths ``extra``."""
    from generator.commands.build import site_index
    from generator.config import load_config
    from generator.index import article_path
    from generator.ingest import ingest_files

    files = [f for folder in folders for f in sorted((corpus / folder).glob("*.txt"))] + [corpus / path for path in sorted(extra)]
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        (project / "briefing.yml").write_text("", encoding="utf-8")
        cfg = load_config(project)
        report = ingest_files(files, cfg)
        index = site_index(cfg)
        by_hash = {a.article.content_hash: a for a in index.articles}
        by_file = {a.article.path.resolve(): a for a in index.articles}
        kept = _duplicates_kept(report.duplicates, by_file)
    found: dict[str, Predicted] = {}
    for f in files:
        article = by_hash.get(_hash(f)) or kept.get(f.resolve())
        if article is not None:
            a = article.article
            found[f.relative_to(corpus).as_posix()] = Predicted(article.story, index.theatre[article_path(article)], a.title,
                                                                a.date.isoformat() + ("?" if a.date_guessed else ""), a.source)
    return found


def _duplicates_kept(duplicates: Iterable[str], by_file: Mapping[Path, object]) -> dict[Path, object]:
    """Input file -> the article it duplicates ("<input>: same text as <article path>" lines of the ingest report)."""
    kept = {}
    for line in duplicates:
        match = re.match(r"(.+?): .*?(\S+\.md)\b", line)
        if match:
            article = next((a for p, a in by_file.items() if p.as_posix().endswith(match.group(2))), None)
            if article is not None:
                kept[Path(match.group(1)).resolve()] = article
    return kept


def _hash(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()[:32]


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


# --- report ----------------------------------------------------------------------------------------------

def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--gold", type=Path, default=REPO / "bench" / "data" / "stories_gold.yaml")
    parser.add_argument("--errors", action="store_true", help="list the dev split's mistakes (never the held-out split's)")
    parser.add_argument("--top", type=int, default=10, help="how many of the largest FA-KES story groups to print")
    parser.add_argument("--groups", action="store_true",
                        help="print every story group of 2+ articles of the whole run (all folders), largest first, "
                             "with each article's opening words, for reading")
    parser.add_argument("--dev-only", action="store_true",
                        help="print the dev split's tables only (tuning runs; each held-out look is recorded in the gold)")
    args = parser.parse_args(argv)
    gold = load_gold(args.gold)
    predicted = run_pipeline(args.corpus)
    if other_folders(gold):  # built on their own, so the same-story figures of the four folders stay as they were
        predicted.update(run_pipeline(args.corpus, folders=(), extra=other_folders(gold)))
    clusters = {f"wikinewssum-sources/{row['id']}.txt": row["cluster"] for row in _tsv(args.corpus / "wikinewssum-sources" / "index.tsv")}
    missing = [p for p in [*clusters, *(p for pair in gold["pairs"] for p in (pair["a"], pair["b"])),
                           *(t["path"] for t in gold["theatre"])] if p not in predicted]
    print(f"corpus files built: {len(predicted)}; gold items not found in the build: {sorted(set(missing))}")
    unlabelled = unlabelled_cluster_pairs(clusters, (pair_key(pr["a"], pr["b"]) for pr in gold.get("wns_pairs", [])))
    if unlabelled:
        print(f"WikinewsSum within-cluster pairs without a wns_pairs label ({len(unlabelled)}): {unlabelled[:3]}")
    for split in SPLITS[:1] if args.dev_only else SPLITS:
        _print_split(split, gold, clusters, predicted)
    _print_largest(predicted, args.top)
    if args.groups:
        _print_groups(predicted, args.corpus)
    if args.errors:
        _print_errors(gold, clusters, predicted)
    return 0


def other_folders(gold: dict) -> list[str]:  # type: ignore[type-arg]
    """The gold's theatre files outside FOLDERS (cnndm-dev: news no rule was tuned on)."""
    return sorted({t["path"] for t in gold["theatre"] if t["path"].split("/")[0] not in FOLDERS})


def _print_split(split: str, gold: dict, clusters: Mapping[str, str], predicted: Mapping[str, Predicted]) -> None:  # type: ignore[type-arg]
    stories = {p: v.story for p, v in predicted.items()}
    wns = {p: c for p, c in clusters.items() if split_of(c) == split and p in predicted}
    pairs = [pr for pr in gold["pairs"] if split_of(pair_key(pr["a"], pr["b"])) == split]
    print(f"\n## {split}\n")
    print("| same-story set | items | gold same / different pairs | P | R | F1 |\n|---|---:|---:|---:|---:|---:|")
    blind = [pr for pr in pairs if pr["kind"] != "grouped-by-build"]
    dated = {p: c for p, c in wns.items() if not predicted[p].date.endswith("?")}
    rows = [(f"WikinewsSum clusters ({len(set(wns.values()))})", len(wns), score_pairs(cluster_decisions(wns, stories))),
            ("... only articles whose date was found", len(dated), score_pairs(cluster_decisions(dated, stories))),
            ("(a') WikinewsSum within-cluster pairs labelled one event by reading", len(wns),
             score_pairs(event_decisions(wns, event_pairs(gold), stories))),
            ("FA-KES labelled pairs", len(pairs), score_pairs(_pair_decisions(pairs, stories))),
            ("... without kind grouped-by-build (picked blind to the build)", len(blind), score_pairs(_pair_decisions(blind, stories)))]
    for name, n, s in rows:
        print(f"| {name} | {n} | {s.tp + s.fn} / {s.fp + s.tn} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} |")
    print("\n| FA-KES pair kind | pairs | gold same | grouped by the build |\n|---|---:|---:|---:|")
    for kind in sorted({pr["kind"] for pr in pairs}):
        chosen = [pr for pr in pairs if pr["kind"] == kind]
        grouped = sum(stories.get(pr["a"]) == stories.get(pr["b"]) for pr in chosen)
        print(f"| {kind} | {len(chosen)} | {sum(pr['same'] for pr in chosen)} | {grouped} |")
    theatre = {t["path"]: t["theatre"] for t in gold["theatre"] if split_of(t["path"]) == split and t["path"] in predicted}
    print("\n| theatre gold | articles | correct | accuracy |\n|---|---:|---:|---:|")
    extra = sorted({p.split("/")[0] for p in theatre} - set(FOLDERS))
    rows = {folder: {p: c for p, c in theatre.items() if p.startswith(folder + "/")} for folder in (*FOLDERS, *extra)}
    rows["all"] = {p: c for p, c in theatre.items() if p.split("/")[0] in FOLDERS}
    if extra:
        rows[f"all with {', '.join(extra)}"] = theatre
    # The labeller's borderline calls (a statement made in one country about another, a multi-place story): a
    # convention as much as a fact, so the accuracy without them is shown beside it.
    borderline = {t["path"] for t in gold["theatre"] if "borderline" in str(t.get("reason", ""))}
    rows["... all, borderline labels left out"] = {p: c for p, c in theatre.items() if p not in borderline}
    for folder, part in rows.items():
        right, total = theatre_accuracy(part, {p: v.theatre for p, v in predicted.items()})
        print(f"| {folder} | {total} | {right} | {right / total if total else 0:.2f} |")


def event_pairs(gold: dict) -> set[str]:  # type: ignore[type-arg]
    """The pair_keys of WikinewsSum articles labelled one event (wns_pairs same: true, and wns_cross_same)."""
    return {pair_key(pr["a"], pr["b"]) for pr in [*gold.get("wns_pairs", []), *gold.get("wns_cross_same", [])] if pr["same"]}


def _pair_decisions(pairs: Iterable[dict], stories: Mapping[str, str]) -> list[tuple[bool, bool]]:  # type: ignore[type-arg]
    return [(bool(pr["same"]), stories.get(pr["a"], "a") == stories.get(pr["b"], "b")) for pr in pairs]


def _print_largest(predicted: Mapping[str, Predicted], top: int) -> None:
    groups: dict[str, list[tuple[str, Predicted]]] = defaultdict(list)
    for path, p in predicted.items():
        if path.startswith("fakes-syria/"):
            groups[p.story].append((path, p))
    multi = [g for g in groups.values() if len(g) > 1]
    fakes = sum(map(len, groups.values()))
    print(f"\n## largest FA-KES story groups (whole run: {sum(map(len, multi))} of {fakes} FA-KES articles in {len(multi)} "
          f"groups of 2+)")
    for group in sorted(multi, key=lambda g: (-len(g), g[0][1].story))[:top]:
        print(f"\n### {group[0][1].story} ({len(group)} articles)")
        for path, p in sorted(group, key=lambda item: (item[1].date, item[0])):
            print(f"- {p.date} {path.split('/')[-1][:-4]} [{p.theatre or '-'}] {p.title}")


def opening(text: str, chars: int = 220) -> str:
    """The first words of a corpus file's body (after its headline line), on one line, for reading a group."""
    body = text.split("\n", 1)[1] if "\n" in text else text
    words = " ".join(body.split())
    return words[:chars] + ("..." if len(words) > chars else "")


def _print_groups(predicted: Mapping[str, Predicted], corpus: Path) -> None:
    groups: dict[str, list[tuple[str, Predicted]]] = defaultdict(list)
    for path, p in predicted.items():
        groups[p.story].append((path, p))
    multi = sorted((g for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g[0][1].story))
    print(f"\n## every story group of 2+ articles ({len(multi)} groups, {sum(map(len, multi))} of {len(predicted)} articles)")
    for group in multi:
        print(f"\n### {group[0][1].story} ({len(group)} articles)")
        for path, p in sorted(group, key=lambda item: (item[1].date, item[0])):
            text = (corpus / path).read_text(encoding="utf-8", errors="replace")
            print(f"- {p.date} {path} [{p.theatre or '-'}] {p.title}\n    {opening(text)}")


def _print_errors(gold: dict, clusters: Mapping[str, str], predicted: Mapping[str, Predicted]) -> None:  # type: ignore[type-arg]
    print("\n## dev-split mistakes (held-out never listed)")
    for pr in gold["pairs"]:
        if split_of(pair_key(pr["a"], pr["b"])) != "dev" or pr["a"] not in predicted or pr["b"] not in predicted:
            continue
        a, b = predicted[pr["a"]], predicted[pr["b"]]
        if (a.story == b.story) != bool(pr["same"]):
            what = "missed (same event, two stories)" if pr["same"] else "merged (different events, one story)"
            print(f"- pair {what} [{pr['kind']}]: {pr['reason']}\n    {a.date} {a.title}\n    {b.date} {b.title}")
    wns = {p: c for p, c in clusters.items() if split_of(c) == "dev" and p in predicted}
    one_event, reasons = event_pairs(gold), {pair_key(pr["a"], pr["b"]): pr["reason"] for pr in gold.get("wns_pairs", [])}
    for a, b in itertools.combinations(sorted(wns), 2):
        same_story = predicted[a].story == predicted[b].story
        if same_story != (pair_key(a, b) in one_event):
            what = "missed (one event, two stories)" if not same_story else "merged (labelled different, one story)"
            print(f"- WikinewsSum event pair {what}: {reasons.get(pair_key(a, b), 'other cluster')}\n"
                  f"    {predicted[a].date} {a.split('/')[-1]} {predicted[a].title[:90]!r}\n"
                  f"    {predicted[b].date} {b.split('/')[-1]} {predicted[b].title[:90]!r}")
    members: dict[str, list[str]] = defaultdict(list)
    for path, cluster in sorted(wns.items()):
        members[cluster].append(path)
    for cluster, paths in sorted(members.items()):
        stories = {predicted[p].story for p in paths}
        strays = [p for p in paths if any(wns.get(q) != cluster and predicted[q].story == predicted[p].story for q in wns)]
        if len(stories) > 1 or strays:
            print(f"- WikinewsSum {cluster}: {len(paths)} articles in {len(stories)} stories"
                  + (f", {len(strays)} sharing a story with another cluster" if strays else "") + ":")
            for p in paths:
                print(f"    {predicted[p].story} {predicted[p].date} {predicted[p].title[:90]!r}")
    for t in gold["theatre"]:
        got = predicted.get(t["path"])
        if split_of(t["path"]) == "dev" and got is not None and got.theatre != t["theatre"]:
            print(f"- theatre {t['path']}: gold {t['theatre']}, built {got.theatre!r}: {got.title}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
