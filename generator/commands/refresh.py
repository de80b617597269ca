"""``briefing refresh``: let the build compute again the fields an older briefing froze into front matter.

briefing 0.1 wrote the NLP's lede, summary, key points, entities and story into every article it
ingested; the build now reads any such field as a person's, so an improved NLP would never reach
those articles. This command takes those fields out of the files, and nothing else: every other
line stays byte for byte as it was. By default it touches only articles ingest wrote (they have
``ingested:``); files named on the command line are refreshed whatever wrote them. A field a
person edited is taken out too: review with ``--dry-run`` (or ``git diff``) first.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from generator.config import Config
from generator.content.archive import display_path
from generator.content.frontmatter import FrontMatterError, parse_document, without_fields
from generator.errors import Diagnostic
from generator.incremental.atomic import write_atomic

COMPUTED_FIELDS = ("lede", "summary", "key_points", "entities", "story", "nlp")


@dataclass(slots=True)
class RefreshReport:
    changed: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (file, fields taken out)
    unchanged: int = 0
    skipped: int = 0  # not written by ingest, and not named
    failed: list[Diagnostic] = field(default_factory=list)


def refresh_articles(cfg: Config, named: Iterable[Path] = (), fields: Iterable[str] = COMPUTED_FIELDS, *,
                     dry_run: bool = False) -> RefreshReport:
    """Take ``fields`` out of the named articles (or of every article ingest wrote)."""
    fields = tuple(fields)
    named = [path.resolve() for path in named]
    report = RefreshReport()
    for path in named or sorted(cfg.articles_dir.rglob("*.md")):
        shown = display_path(path, cfg.root)
        try:
            text = path.read_bytes().decode("utf-8")
            meta = parse_document(text).meta
            if not named and "ingested" not in meta:
                report.skipped += 1
                continue
            result = without_fields(text, fields)
        except UnicodeDecodeError:
            report.failed.append(Diagnostic(shown, "is not UTF-8 text", hint="save it as UTF-8"))
            continue
        except FrontMatterError as exc:
            report.failed.append(exc.at(shown))
            continue
        except OSError as exc:
            report.failed.append(Diagnostic(shown, f"cannot be read ({exc.strerror})"))
            continue
        if result == text:
            report.unchanged += 1
            continue
        report.changed.append((shown, tuple(name for name in fields if name in meta)))
        if not dry_run:
            mode = path.stat().st_mode & 0o7777
            write_atomic(path, result)
            os.chmod(path, mode)
    return report
