"""Read the real articles of the shared corpus (title line, blank line, paragraphs).

Only the four news folders are used: `nasty/` holds robustness inputs (HTML, broken encodings)
and `conll2003-dev/` is token-level NER data, neither is article-shaped.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

NEWS_FOLDERS = ("fakes-syria", "bbc-politics", "wikinewssum-sources", "gum-wikinews")

# index.tsv carries the outlet under a different column name in each folder.
_OUTLET_COLUMN = {"fakes-syria": "outlet", "wikinewssum-sources": "domain"}
_FIXED_OUTLET = {"bbc-politics": "BBC News", "gum-wikinews": "Wikinews"}


@dataclass(frozen=True, slots=True)
class SourceArticle:
    """One real article as the corpus holds it."""

    origin: str
    title: str
    paragraphs: tuple[str, ...]
    outlet: str
    location: str


def load_corpus(corpus_dir: Path) -> tuple[SourceArticle, ...]:
    """Every article of the news folders, in a stable order; fails clearly if none is found."""
    articles: list[SourceArticle] = []
    for folder in NEWS_FOLDERS:
        articles.extend(_load_folder(corpus_dir / folder))
    if not articles:
        raise SystemExit(
            f"{corpus_dir}: no corpus articles found in {', '.join(NEWS_FOLDERS)}; "
            "pass --corpus PATH pointing at the shared corpus (its README.md describes it)"
        )
    return tuple(articles)


def _load_folder(folder: Path) -> list[SourceArticle]:
    if not folder.is_dir():
        return []
    meta = _read_index(folder / "index.tsv")
    loaded = []
    for path in sorted(folder.glob("*.txt")):
        row = meta.get(path.stem, {})
        article = _parse_article(path, row, folder.name)
        if article is not None:
            loaded.append(article)
    return loaded


def _read_index(index_path: Path) -> dict[str, dict[str, str]]:
    if not index_path.is_file():
        return {}
    with index_path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle, delimiter="\t")}


MIN_BODY_WORDS = 12


def _parse_article(path: Path, row: dict[str, str], folder: str) -> SourceArticle | None:
    text = path.read_text(encoding="utf-8", errors="replace")
    # C1 control characters (mojibake in a few WikinewsSum files) would make invalid XML.
    text = "".join(ch for ch in text if not 0x80 <= ord(ch) <= 0x9F)
    title, _, rest = text.partition("\n")
    title = title.strip()
    paragraphs = tuple(
        " ".join(block.split()) for block in rest.split("\n\n") if block.strip()
    )
    paragraphs = tuple(p for p in paragraphs if p != title)
    if not title or not paragraphs:
        return None
    if len(" ".join(paragraphs).replace(title, "", 1).split()) < MIN_BODY_WORDS:
        return None  # a body that only repeats the headline with a byline: ingest rightly refuses it
    outlet = _FIXED_OUTLET.get(folder) or row.get(_OUTLET_COLUMN.get(folder, ""), "") or folder
    return SourceArticle(
        origin=f"{folder}/{path.name}",
        title=title,
        paragraphs=paragraphs,
        outlet=outlet,
        location=row.get("location", "").title(),
    )
