"""Compare sentence splitters against gold sentence boundaries, side by side.

    python bench/sentences.py [--corpus PATH]

Gold: the `# text =` sentences and `# newpar` paragraphs of the 39 GUM Wikinews CoNLL-U files in
<corpus>/gum-wikinews/conllu/. Only boundaries inside a paragraph are scored (every splitter gets paragraph
breaks right for free). Rows: the project's splitter, nupunkt and pysbd when installed (the `bench` extra),
and a naive regex. A hand-written set of news hard cases is scored too (exact match of the whole split).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from generator.nlp.sentences import split_sentences  # noqa: E402

Splitter = Callable[[str], Sequence[str]]

# (text, expected sentences): written for this benchmark, the same cases as tests/unit/test_sentences.py.
HARD_CASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("The U.N. envoy met Mr. Smith in St. Petersburg. He left on Monday.",
     ("The U.N. envoy met Mr. Smith in St. Petersburg.", "He left on Monday.")),
    ("The truce runs from Tuesday 01:00 a.m. (2200 GMT on Monday) until midnight. Talks resume later.",
     ("The truce runs from Tuesday 01:00 a.m. (2200 GMT on Monday) until midnight.", "Talks resume later.")),
    ("Troops arrived in the U.S. The Army said so.", ("Troops arrived in the U.S.", "The Army said so.")),
    ("The U.S. Army said Gen. Ali Khan would stay.", ("The U.S. Army said Gen. Ali Khan would stay.",)),
    ('"We will not stop. Never," he said. "The war is over."',
     ('"We will not stop. Never," he said.', '"The war is over."')),
    ('She said: "It ended." Then she left.', ('She said: "It ended."', "Then she left.")),
    ("George W. Bush met Ban Ki-moon at 3 p.m. on Friday.", ("George W. Bush met Ban Ki-moon at 3 p.m. on Friday.",)),
    ("Talks ended at 5 p.m. The envoy flew home.", ("Talks ended at 5 p.m.", "The envoy flew home.")),
    ("Rebels shelled the city Tuesday, May 3, 2016", ("Rebels shelled the city", "Tuesday, May 3, 2016")),
    ("Friday, July 21, 2017 A team of girls won a medal. They were six.",
     ("Friday, July 21, 2017", "A team of girls won a medal.", "They were six.")),
    ("Resolution No. 2254 was adopted. The answer was no. Talks failed.",
     ("Resolution No. 2254 was adopted.", "The answer was no.", "Talks failed.")),
    ("TEHRAN (Tasnim) - Iran's Foreign Minister spoke to Mr. Lavrov. They agreed.",
     ("TEHRAN (Tasnim) - Iran's Foreign Minister spoke to Mr. Lavrov.", "They agreed.")),
)


def gold_documents(corpus: Path) -> list[list[list[str]]]:
    """Each document as paragraphs, each paragraph as its gold sentences."""
    folder = corpus / "gum-wikinews" / "conllu"
    if not folder.is_dir():
        sys.exit(f"{folder}: not found; pass --corpus PATH (the folder holding gum-wikinews/)")
    documents = []
    for path in sorted(folder.glob("*.conllu")):
        paragraphs: list[list[str]] = [[]]
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# newpar") and not line.startswith("# newpar_block"):
                paragraphs.append([])
            elif line.startswith("# text = "):
                paragraphs[-1].append(line.removeprefix("# text = "))
        documents.append([p for p in paragraphs if p])
    return documents


def boundaries(sentences: Sequence[str]) -> set[int]:
    """Sentence ends as counts of non-space characters, so whitespace normalisation does not matter."""
    ends, total = set(), 0
    for sentence in sentences:
        total += len(re.sub(r"\s", "", sentence))
        ends.add(total)
    return ends


def score(splitter: Splitter, documents: Sequence[list[list[str]]]) -> tuple[float, float, float, float]:
    """Precision, recall, F1 of inside-paragraph boundaries, and documents per second."""
    true_pos = predicted = gold = 0
    start = time.perf_counter()
    outputs = [[list(splitter(" ".join(p))) for p in doc] for doc in documents]
    seconds = time.perf_counter() - start
    for doc, output in zip(documents, outputs):
        for gold_sentences, found in zip(doc, output):
            gold_ends, found_ends = boundaries(gold_sentences), boundaries(found)
            paragraph_end = max(gold_ends)
            gold_ends.discard(paragraph_end)
            found_ends.discard(paragraph_end)
            true_pos += len(gold_ends & found_ends)
            predicted += len(found_ends)
            gold += len(gold_ends)
    precision, recall = true_pos / max(predicted, 1), true_pos / max(gold, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return precision * 100, recall * 100, f1 * 100, len(documents) / seconds


def hard_cases_passed(splitter: Splitter) -> int:
    return sum(tuple(s.strip() for s in splitter(text)) == expected for text, expected in HARD_CASES)


def splitters() -> dict[str, Splitter]:
    found: dict[str, Splitter] = {"briefing split_sentences": split_sentences}
    try:
        import nupunkt

        found["nupunkt"] = nupunkt.sent_tokenize
    except ImportError:
        print("(nupunkt not installed: row skipped; pip install -e '.[bench]')")
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        found["pysbd"] = segmenter.segment
    except ImportError:
        print("(pysbd not installed: row skipped; pip install -e '.[bench]')")
    found["naive regex"] = lambda text: re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO_ROOT.parent / "shared" / "corpus")
    args = parser.parse_args(argv)
    documents = gold_documents(args.corpus)
    print("| splitter | precision | recall | F1 | docs/s | hard cases |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, splitter in splitters().items():
        precision, recall, f1, speed = score(splitter, documents)
        passed = hard_cases_passed(splitter)
        print(f"| {name} | {precision:.1f} | {recall:.1f} | {f1:.1f} | {speed:,.0f} | {passed}/{len(HARD_CASES)} |")
    sentence_count = sum(len(p) for doc in documents for p in doc)
    print(f"\nGold: {len(documents)} GUM Wikinews documents, {sentence_count} sentences; "
          "boundaries inside paragraphs only.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
