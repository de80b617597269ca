"""Writing ingested articles under ``content/articles`` without ever overwriting one."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

_HASH_LINE = re.compile(r"^content_hash:\s*['\"]?([^'\"\s]+)", re.MULTILINE)


def known_hashes(articles_dir: Path) -> dict[str, Path]:
    """``content_hash`` of every article already ingested -> its file."""
    found: dict[str, Path] = {}
    for path in sorted(articles_dir.rglob("*.md")) if articles_dir.is_dir() else []:
        head = path.read_bytes()[:4096].decode("utf-8", errors="replace")
        match = _HASH_LINE.search(head.split("\n---", 1)[0])
        if match:
            found.setdefault(match.group(1), path)
    return found


def used_slugs(articles_dir: Path) -> set[str]:
    return {path.stem for path in articles_dir.rglob("*.md")} if articles_dir.is_dir() else set()


def unique_slug(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``... whichever is free."""
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


def write_new_file(path: Path, text: str) -> None:
    """Create ``path`` atomically; fail with FileExistsError rather than replace anything."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".ingest-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.link(temp_name, path)  # link() refuses an existing target, unlike rename()
    finally:
        os.unlink(temp_name)
