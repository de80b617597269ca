"""Score the project's summarizer against Lead-N and a plain TextRank with ROUGE, side by side.

    python bench/summaries.py [--corpus PATH] [--dataset gum|cnndm ...] [--speed-on scored|all] [--errors [N]]

Datasets (both by default):
  gum    the 39 GUM Wikinews documents, references = <corpus>/gum-wikinews/summaries/<id>.txt plus
         summaries_extra/<id>.humanN.txt where present (8 documents);
  cnndm  the 660 CNN articles of <corpus>/cnndm-dev/, reference = summaries/<id>.txt (the story highlights).
         Their line 1 is not a real headline but the first sentence cut at 12 words (see the corpus README);
         the "title withheld" row shows what that costs the project's summarizer.
With several references a document's score is the MAX F1 over its references (rouge-score's `score_multi`),
then averaged over documents.

The documents are split deterministically into a dev part and a held-out part by a hash of their id
(`is_held_out`: sha1(id) % 3 == 0, the rule this bench had for GUM, applied unchanged to the CNN ids, which
are the file names' hex digests). Tune on dev only; the held-out column checks that a change generalises.

Every system reads the article as briefing stores it: the corpus file goes through the project's ingest
(generator.ingest.text.read_text_article: the headline repeated as the opening, captions, page stamps and
outlet credits out), so Lead-N is the lead of the same text the summarizer sees, not of a page's furniture.
(On raw GUM files Lead-3 began with the headline itself in 10 of the 39 documents, where the corpus glued the
date to a repeated headline, and with the date line in the rest.)

Equal length: each document's briefing summary and its Lead-3 are both cut to the shorter of the two, so
neither side gains from being longer (cutting only Lead-3 to briefing's length left Lead-3 shorter wherever
its three sentences were: 9 words shorter on average on GUM dev). The fixed-budget group cuts every system to
the same BUDGET_WORDS words (a system shorter than that stays shorter).

Speed is articles per CPU-second of this process (time.process_time), so other work on a shared machine does
not lower it.

Every row uses the project's sentence splitter (generator.nlp.sentences.split_sentences), so the rows differ
only in which sentences they choose. `--errors` lists the dev documents where briefing trails Lead-3 most
(never a held-out one); `--dev-only` scores and prints the dev split only (use it for every tuning run), and the
equal-length group ends with a sign test on dev (documents below, level with and above Lead-3).

Held-out looks (aggregate tables only): 2026-12-01, session 12, at the commit adding --dev-only (summarizer
unchanged from main): equal length GUM 35.96/12.85 vs Lead-3 38.22/13.83, CNN 30.79/11.04 vs 30.52/10.93 (R-1/R-2). Needs the `bench` extra: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rouge_score import rouge_scorer  # noqa: E402
from textrank import textrank  # noqa: E402

from generator.ingest.text import InputError, read_text_article  # noqa: E402
from generator.nlp.sentences import split_sentences  # noqa: E402
from generator.nlp.summarize import summarize  # noqa: E402

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
HELD_OUT_EVERY = 3  # one document in three (by id hash) is held out
BUDGET_WORDS = 45  # about the mean length of the main reference summaries (44 words)


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    title: str
    body: str
    references: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    dev: dict[str, float]
    held_out: dict[str, float] | None  # None in a dev-only run
    mean_words: float
    articles_per_second: float


# A system gets (title, body) and returns its summary text.
System = Callable[[str, str], str]


def is_held_out(doc_id: str) -> bool:
    """Deterministic split that does not depend on file order or on Python's hash seed."""
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % HELD_OUT_EVERY == 0


def read_article(path: Path) -> tuple[str, str]:
    """Title and body of a corpus article as briefing's ingest stores it (paragraphs, page furniture out)."""
    article = read_text_article(path, path.read_bytes())
    return article.title, "\n\n".join(article.paragraphs)


def load_documents(corpus: Path, dataset: str = "gum") -> list[Document]:
    if dataset == "cnndm":
        return load_cnndm(corpus / "cnndm-dev")
    gum = corpus / "gum-wikinews"
    if not (gum / "summaries").is_dir():
        sys.exit(f"{gum / 'summaries'}: not found; pass --corpus PATH (the folder holding gum-wikinews/)")
    documents = []
    for summary in sorted((gum / "summaries").glob("*.txt")):
        doc_id = summary.stem
        extra = sorted((gum / "summaries_extra").glob(f"{doc_id}.human*.txt"))
        references = tuple(p.read_text(encoding="utf-8").strip() for p in [summary, *extra])
        title, body = read_article(gum / f"{doc_id}.txt")
        documents.append(Document(doc_id, title, body, references))
    return documents


def load_cnndm(folder: Path) -> list[Document]:
    """The CNN articles of cnndm-dev with their highlights (one reference each)."""
    if not (folder / "summaries").is_dir():
        sys.exit(f"{folder / 'summaries'}: not found; pass --corpus PATH (the folder holding cnndm-dev/)")
    documents = []
    for summary in sorted((folder / "summaries").glob("*.txt")):
        title, body = read_article(folder / summary.name)
        documents.append(Document(summary.stem, title, body, (summary.read_text(encoding="utf-8").strip(),)))
    return documents


def lead(count: int) -> System:
    return lambda title, body: " ".join(split_sentences(body)[:count])


def plain_textrank(count: int) -> System:
    return lambda title, body: " ".join(textrank(split_sentences(body), count))


def project_summary(count: int) -> System:
    """What a reader sees as the article's summary: the lede, then the summary sentences (text order)."""
    def system(title: str, body: str) -> str:
        summary = summarize(title, body, sentences=count)
        return " ".join(sorted((summary.lede, *summary.sentences), key=partial(text_position, split_sentences(body))))
    return system


def text_position(body: Sequence[str], sentence: str) -> int:
    """Where `sentence` is among the `body` sentences: the summarizer may have cleaned it (a dateline or a
    leading "Also," off), so the body sentence holding it counts (without this a cleaned lede went last)."""
    lowered = sentence.lower()
    return next((i for i, s in enumerate(body) if s == sentence or lowered in s.lower()), len(body))


def project_lede(title: str, body: str) -> str:
    return summarize(title, body).lede


def untitled(system: System) -> System:
    """The system without the headline (for CNN, whose "title" is the first sentence cut short)."""
    return lambda title, body: system("", body)


def as_long_as(system: System, other: System) -> System:
    """`system` cut, per document, to the word count of `other`'s output for that document (never longer than
    it was). `as_long_as(a, b)` and `as_long_as(b, a)` are both as long as the shorter of the two: equal length."""
    return lambda title, body: " ".join(system(title, body).split()[:len(other(title, body).split())])


def budgeted(system: System, words: int) -> System:
    """The system's summary cut to its first `words` words (DUC-style fixed budget: removes the length bias)."""
    return lambda title, body: " ".join(system(title, body).split()[:words])


def mean_scores(scorer: rouge_scorer.RougeScorer, system: System, documents: Sequence[Document]) -> dict[str, float]:
    per_type: dict[str, list[float]] = {t: [] for t in ROUGE_TYPES}
    for doc in documents:
        scores = scorer.score_multi(list(doc.references), system(doc.title, doc.body))
        for rouge_type in ROUGE_TYPES:
            per_type[rouge_type].append(scores[rouge_type].fmeasure * 100)
    return {t: statistics.fmean(values) for t, values in per_type.items()}


def articles_per_second(system: System, articles: Sequence[tuple[str, str]], min_seconds: float = 0.5) -> float:
    """Throughput per CPU-second over the given articles, repeated until at least `min_seconds` of CPU time."""
    done, start = 0, time.process_time()
    while True:
        for title, body in articles:
            system(title, body)
        done += len(articles)
        elapsed = time.process_time() - start
        if elapsed >= min_seconds:
            return done / elapsed


def evaluate(name: str, system: System, documents: Sequence[Document], speed_set: Sequence[tuple[str, str]],
             dev_only: bool = False) -> Row:
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    dev = [d for d in documents if not is_held_out(d.doc_id)]
    held_out = [d for d in documents if is_held_out(d.doc_id)]
    words = statistics.fmean(len(system(d.title, d.body).split()) for d in (dev if dev_only else documents))
    return Row(name, mean_scores(scorer, system, dev), None if dev_only else mean_scores(scorer, system, held_out),
               words, articles_per_second(system, speed_set))


def speed_articles(corpus: Path, documents: Sequence[Document], whole_corpus: bool) -> list[tuple[str, str]]:
    if not whole_corpus:
        return [(d.title, d.body) for d in documents]
    paths = sorted(p for p in corpus.glob("*/*.txt") if p.parent.name != "nasty")
    articles = []
    for path in paths:
        try:
            articles.append(read_article(path))
        except InputError:  # a file ingest refuses (only furniture, no body) has nothing to summarize
            continue
    return articles


def dev_errors(documents: Sequence[Document], ours: System, theirs: System, limit: int) -> str:
    """The dev documents where `ours` trails `theirs` most on ROUGE-2 (then ROUGE-1), with both texts, for error
    analysis. Held-out documents are never listed."""
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    rows = []
    for doc in documents:
        if is_held_out(doc.doc_id):
            continue
        texts = ours(doc.title, doc.body), theirs(doc.title, doc.body)
        scores = [scorer.score_multi(list(doc.references), text) for text in texts]
        r1, r2 = ([100 * s[t].fmeasure for s in scores] for t in ("rouge1", "rouge2"))
        rows.append((r2[0] - r2[1], r1[0] - r1[1], doc, texts, r1, r2))
    rows.sort(key=lambda row: (row[0], row[1]))
    lines = [f"### dev documents where briefing trails Lead-3 most (equal length; held-out never listed), {limit} of {len(rows)}"]
    for _, _, doc, (text, other), r1, r2 in rows[:limit]:
        lines += [f"\n{doc.doc_id}: briefing R-1 {r1[0]:.1f} R-2 {r2[0]:.1f}, Lead-3 R-1 {r1[1]:.1f} R-2 {r2[1]:.1f}",
                  f"  reference: {doc.references[0]}", f"  briefing:  {text}", f"  Lead-3:    {other}"]
    return "\n".join(lines)


def dev_sign_test(documents: Sequence[Document], ours: System, theirs: System) -> tuple[int, int, int]:
    """How many dev documents `ours` scores below, level with and above `theirs` (ROUGE-2, ties broken by ROUGE-1):
    a robustness figure beside the means, which a few large wins can carry while most documents lose. Held-out
    documents are never counted."""
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    below = level = above = 0
    for doc in documents:
        if is_held_out(doc.doc_id):
            continue
        ours_score, theirs_score = (scorer.score_multi(list(doc.references), system(doc.title, doc.body))
                                    for system in (ours, theirs))
        difference = tuple(ours_score[t].fmeasure - theirs_score[t].fmeasure for t in ("rouge2", "rouge1"))
        below += difference < (0.0, 0.0)
        above += difference > (0.0, 0.0)
        level += difference == (0.0, 0.0)
    return below, level, above


def markdown_table(rows: Sequence[Row], dev_count: int, held_out_count: int, speed_label: str) -> str:
    with_held_out = all(row.held_out is not None for row in rows)
    held_out_columns = " held-out R-1 | held-out R-2 | held-out R-L |" if with_held_out else ""
    header = f"| system | dev R-1 | dev R-2 | dev R-L |{held_out_columns} words | articles/CPU-s ({speed_label}) |"
    lines = [header, "|" + " --- |" * (9 if with_held_out else 6)]
    for row in rows:
        cells = [f"{row.dev[t]:.2f}" for t in ROUGE_TYPES]
        if row.held_out is not None and with_held_out:
            cells += [f"{row.held_out[t]:.2f}" for t in ROUGE_TYPES]
        lines.append(f"| {row.name} | " + " | ".join(cells) + f" | {row.mean_words:.0f} | {row.articles_per_second:,.0f} |")
    held_out_note = (f"held-out = {held_out_count} docs (sha1(id) % {HELD_OUT_EVERY} == 0)" if with_held_out
                     else "held-out not scored (--dev-only)")
    lines.append(f"\nROUGE F1 x 100, stemming on, max over references; dev = {dev_count} docs, {held_out_note}; "
                 f"words = mean summary length over {'all' if with_held_out else 'dev'} docs.")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO_ROOT.parent / "shared" / "corpus",
                        help="corpus folder holding gum-wikinews/ and cnndm-dev/ (default: ../shared/corpus from the repo root)")
    parser.add_argument("--dataset", action="append", choices=("gum", "cnndm"), help="default: both")
    parser.add_argument("--speed-on", choices=("scored", "all"), default="scored",
                        help="measure articles/s on the scored documents (default) or on every corpus article")
    parser.add_argument("--errors", type=int, nargs="?", const=15, default=0, metavar="N",
                        help="list the N dev documents (default 15) where briefing trails Lead-3 most at equal length "
                             "(never a held-out one)")
    parser.add_argument("--dev-only", action="store_true",
                        help="score the dev split only (tuning runs: held-out columns are neither scored nor printed)")
    args = parser.parse_args(argv)
    for dataset in args.dataset or ("gum", "cnndm"):
        documents = load_documents(args.corpus, dataset)
        speed_set = speed_articles(args.corpus, documents, args.speed_on == "all")
        speed_label = f"{len(speed_set)} articles"
        summary3 = project_summary(3)
        groups = {
            "Three-sentence summary": [("briefing summarize (3)", summary3), ("Lead-3", lead(3)),
                                       ("TextRank (3)", plain_textrank(3))],
            "Equal length: briefing's summary and Lead-3 of each document both cut to the shorter of the two": [
                ("briefing summarize (3)", as_long_as(summary3, lead(3))), ("Lead-3", as_long_as(lead(3), summary3))],
            "One-sentence lede": [("briefing lede", project_lede), ("Lead-1", lead(1)), ("TextRank (1)", plain_textrank(1))],
            f"Same budget: each three-sentence summary cut to its first {BUDGET_WORDS} words": [
                ("briefing summarize (3)", budgeted(summary3, BUDGET_WORDS)),
                ("Lead-3", budgeted(lead(3), BUDGET_WORDS)),
                ("TextRank (3)", budgeted(plain_textrank(3), BUDGET_WORDS)),
            ],
        }
        if dataset == "cnndm":
            groups["Title withheld (CNN's line 1 is the first sentence cut short)"] = [
                ("briefing summarize (3), no title", as_long_as(untitled(summary3), lead(3))),
                ("Lead-3 at that length", as_long_as(lead(3), untitled(summary3)))]
        held_out_count = sum(is_held_out(d.doc_id) for d in documents)
        print(f"\n## {dataset}: {len(documents)} documents")
        for title, systems in groups.items():
            rows = [evaluate(name, system, documents, speed_set, args.dev_only) for name, system in systems]
            print(f"\n### {title}\n")
            print(markdown_table(rows, len(documents) - held_out_count, held_out_count, speed_label))
            if title.startswith("Equal length"):
                below, level, above = dev_sign_test(documents, systems[0][1], systems[1][1])
                print(f"\nSign test on dev (ROUGE-2, then ROUGE-1): briefing below Lead-3 in {below} documents, level in "
                      f"{level}, above in {above}; below minus above {below - above:+d} (negative: briefing wins more often).")
        if args.errors:
            print("\n" + dev_errors(documents, as_long_as(summary3, lead(3)), as_long_as(lead(3), summary3), args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
