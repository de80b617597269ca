"""Data out: every article's fields as the build sees them, hand-written and computed alike.

One record per article, newest first, in one documented shape (``EXPORT_FIELDS``, pinned
by a test): JSON Lines (one object per line, what pandas' ``read_json(lines=True)`` and
``jq`` read) or CSV (lists joined with "; ", for a spreadsheet). Since the NLP's results
live in the build's cache rather than in the front matter, this is the way to read them.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from generator.index import SiteIndex, article_path
from generator.models import ENTITY_KINDS, FRONT_MATTER_KEYS, EnrichedArticle
from generator.nlp.geo import country_name

FORMATS = ("jsonl", "csv")
# The schema: names and order are a contract with the analysts' scripts; add fields at the end.
EXPORT_FIELDS = (
    "title", "slug", "date", "date_guessed", "source", "author", "dateline", "source_url", "language",
    "lede", "summary", "key_points", "entities", "figures", "story", "theatre", "theatre_code",
    "content_hash", "url", "path", "edited",
)
# Computed fields a person may set in the front matter instead (then listed in ``edited``).
EDITABLE = ("lede", "summary", "key_points", "entities", "story", "figures", "theatre")


def export_records(index: SiteIndex, base_url: str, root: Path) -> Iterator[dict[str, Any]]:
    """One record per article, in the site's order (newest first)."""
    for enriched in index.articles:
        yield article_record(enriched, index.theatre[article_path(enriched)], base_url, root)


def article_record(enriched: EnrichedArticle, theatre_code: str, base_url: str, root: Path) -> dict[str, Any]:
    a = enriched.article
    entities = {FRONT_MATTER_KEYS[kind]: [ref.name for ref in enriched.entities if ref.kind == kind] for kind in ENTITY_KINDS}
    record = {
        "title": a.title, "slug": a.slug, "date": a.date.isoformat(),
        "date_guessed": a.date_guessed,  # no date was found: ``date`` is the day it was ingested
        "source": a.source or None, "author": a.author or None, "dateline": a.dateline or None,
        "source_url": a.source_url or None, "language": a.language or None,
        "lede": enriched.lede or None, "summary": enriched.summary or None, "key_points": list(enriched.key_points),
        "entities": entities,
        "figures": [{"kind": f.kind, "count": f.value, "text": f.text, "scope": f.scope, "sentence": f.sentence} for f in enriched.figures],
        "story": enriched.story or None,
        "theatre": country_name(theatre_code) if theatre_code else None, "theatre_code": theatre_code or None,
        "content_hash": a.content_hash or None,
        "url": f"{base_url}{article_path(enriched)}",
        "path": _relative(a.path, root),
        "edited": [name for name in EDITABLE if (a.figures is not None if name == "figures" else getattr(a, name))],
    }
    return {name: record[name] for name in EXPORT_FIELDS}


def write_records(records: Iterable[dict[str, Any]], stream: TextIO, fmt: str) -> int:
    """Write ``records`` to ``stream`` as ``fmt`` (jsonl or csv); returns how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    writer = csv.DictWriter(stream, EXPORT_FIELDS, lineterminator="\n") if fmt == "csv" else None
    if writer is not None:
        writer.writeheader()
    count = 0
    for record in records:
        if writer is not None:
            writer.writerow(_flat(record))
        else:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _flat(record: dict[str, Any]) -> dict[str, str]:
    """A record as spreadsheet cells: lists joined with '; ', entities as 'kind: names', figures as 'kind value'."""
    cells = dict(record)
    cells["key_points"] = "; ".join(record["key_points"])
    cells["entities"] = "; ".join(f"{key}: {', '.join(names)}" for key, names in record["entities"].items() if names)
    cells["figures"] = "; ".join(f"{f['kind']} {f['count']}" + (" (background)" if f["scope"] == "background" else "") for f in record["figures"])
    cells["edited"] = "; ".join(record["edited"])
    return {key: "" if value is None else str(value) for key, value in cells.items()}


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
