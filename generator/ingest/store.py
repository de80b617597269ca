"""Writing ingested articles under ``content/articles``: never overwriting one, never a name taken twice.

What is already there (hashes, URLs, the words of each body, slugs) comes from the archive
(``generator.content.archive``), the one store of parsed articles the build reads too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.incremental.atomic import write_atomic
from generator.limits import MAX_SLUG_LENGTH
from generator.paths import slug_problem


def unique_slug(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``... whichever is free (never longer than a slug may be)."""
    candidate, number = slug, 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate, number = f"{slug[:MAX_SLUG_LENGTH - len(suffix)].rstrip('-')}{suffix}", number + 1
    return candidate


def article_file(articles_dir: Path, day: dt.date, slug: str) -> Path:
    """Where a new article goes: ``YYYY/MM/<slug>.md`` under ``articles_dir``, never anywhere else.

    The one place ingest names a file; the slug is checked with the loader's rule whatever made it.
    """
    problem = slug_problem(slug)
    if problem:
        raise ValueError(f"slug {slug!r} {problem}")  # a bug: every slug reaching here was checked or made safe
    return articles_dir / f"{day:%Y}" / f"{day:%m}" / f"{slug}.md"


def write_new_file(path: Path, text: str) -> None:
    """Create ``path`` atomically; fail with FileExistsError rather than replace anything."""
    write_atomic(path, text, replace=False)
