"""Writing ingested articles under ``content/articles``: never overwriting one, never a name taken twice.

What is already there (hashes, URLs, the words of each body, slugs) comes from the archive
(``generator.content.archive``), the one store of parsed articles the build reads too.
"""

from __future__ import annotations

from pathlib import Path

from generator.incremental.atomic import write_atomic


def unique_slug(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``... whichever is free."""
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


def write_new_file(path: Path, text: str) -> None:
    """Create ``path`` atomically; fail with FileExistsError rather than replace anything."""
    write_atomic(path, text, replace=False)
