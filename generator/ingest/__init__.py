"""Stage 1: turn raw input files into front-matter Markdown articles.

Raw files are never modified or moved. An input whose bytes were ingested
before (same ``content_hash``) is skipped, so ingesting again changes nothing;
an existing article is never overwritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from slugify import slugify

from generator.config import Config
from generator.enrich import analyse, article_entities
from generator.errors import Diagnostic
from generator.frontmatter import FrontMatterError, parse_document, render_document
from generator.ingest.store import known_hashes, unique_slug, used_slugs, write_new_file
from generator.ingest.text import InputError, content_hash, read_text_article
from generator.models import FRONT_MATTER_KEYS, RawArticle
from generator.textutil import markdown_to_text, paragraphs_to_markdown

SUPPORTED_SUFFIXES = (".txt", ".md")
Progress = Callable[[int, int, Path], None]


@dataclass(frozen=True, slots=True)
class IngestReport:
    written: tuple[Path, ...] = ()
    unchanged: tuple[Path, ...] = ()
    failed: tuple[Diagnostic, ...] = ()
    warnings: tuple[str, ...] = field(default=())


def inbox_files(cfg: Config) -> list[Path]:
    """Raw files waiting in ``content/inbox`` (hidden files and unknown types ignored)."""
    if not cfg.inbox_dir.is_dir():
        return []
    return sorted(p for p in cfg.inbox_dir.iterdir() if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in SUPPORTED_SUFFIXES)


def ingest_files(paths: list[Path], cfg: Config, *, date: dt.date | None = None, progress: Progress | None = None) -> IngestReport:
    """Ingest each path; failures are reported per file and do not stop the rest."""
    hashes = known_hashes(cfg.articles_dir)
    slugs = used_slugs(cfg.articles_dir)
    written: list[Path] = []
    unchanged: list[Path] = []
    failed: list[Diagnostic] = []
    warnings: list[str] = []
    for number, path in enumerate(paths, start=1):
        if progress:
            progress(number, len(paths), path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            failed.append(Diagnostic(_shown(path), f"cannot be read ({exc.strerror})"))
            continue
        digest = content_hash(data)
        if digest in hashes:
            unchanged.append(path)
            continue
        try:
            meta, body = _front_matter_for(path, data, cfg, date, warnings)
        except InputError as exc:
            failed.append(Diagnostic(_shown(path), str(exc)))
            continue
        except FrontMatterError as exc:
            failed.append(Diagnostic(_shown(path), exc.message, exc.line, exc.hint))
            continue
        meta["slug"] = unique_slug(str(meta["slug"]), slugs)
        meta["content_hash"] = digest
        day = dt.date.fromisoformat(str(meta["date"]))
        target = cfg.articles_dir / f"{day:%Y}" / f"{day:%m}" / f"{meta['slug']}.md"
        write_new_file(target, render_document(meta, body))
        slugs.add(str(meta["slug"]))
        hashes[digest] = target
        written.append(target)
    return IngestReport(tuple(written), tuple(unchanged), tuple(failed), tuple(warnings))


def _front_matter_for(path: Path, data: bytes, cfg: Config, date: dt.date | None, warnings: list[str]) -> tuple[dict[str, Any], str]:
    if path.suffix.lower() == ".md":
        return _from_markdown(path, data, cfg, date, warnings)
    if path.suffix.lower() != ".txt":
        raise InputError(f"has an unsupported type '{path.suffix}'; use {' or '.join(SUPPORTED_SUFFIXES)}")
    raw = read_text_article(path, data)
    body = paragraphs_to_markdown(raw.paragraphs)
    return _complete({"title": raw.title}, raw, body, cfg, _choose_date(raw.date, date, path, warnings)), body


def _from_markdown(path: Path, data: bytes, cfg: Config, date: dt.date | None, warnings: list[str]) -> tuple[dict[str, Any], str]:
    try:
        document = parse_document(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError("is not UTF-8 text; save it as UTF-8") from None
    meta = dict(document.meta)
    if not isinstance(meta.get("title"), str) or not meta["title"].strip():
        raise FrontMatterError("front matter: title: is missing", 2, "add a 'title:' line")
    given = meta.get("date")
    parsed = dt.date.fromisoformat(str(given)) if given and _is_iso(str(given)) else None
    if given and parsed is None:
        raise FrontMatterError(f"front matter: date: is not a date (got {given!r})", 2, "use YYYY-MM-DD")
    raw = RawArticle(path, meta["title"].strip(), (), parsed, str(meta.get("source", "")),
                     str(meta.get("dateline", "")), str(meta.get("source_url", "")), "")
    return _complete(meta, raw, document.body, cfg, _choose_date(parsed, date, path, warnings)), document.body


def _complete(meta: dict[str, Any], raw: RawArticle, body: str, cfg: Config, day: dt.date) -> dict[str, Any]:
    """Front matter in contract order; fields already present (hand-written) are kept."""
    summary, mentions = analyse(raw.title, markdown_to_text(body), cfg)
    entities: dict[str, list[str]] = {key: [] for key in FRONT_MATTER_KEYS.values()}
    for ref in article_entities(mentions, raw.dateline):
        entities[FRONT_MATTER_KEYS[ref.kind]].append(ref.name)
    generated: dict[str, Any] = {
        "title": raw.title, "slug": slugify(raw.title, max_length=80, word_boundary=True) or "article",
        "date": day.isoformat(), "source": raw.source, "dateline": raw.dateline, "source_url": raw.source_url,
        "lede": summary.lede, "summary": " ".join(summary.sentences), "key_points": list(summary.key_points),
        "entities": entities,
    }
    merged = {key: meta.get(key, value) for key, value in generated.items()}
    merged.update({k: v for k, v in meta.items() if k not in merged})
    merged["date"] = day.isoformat()  # one spelling, whatever YAML type the input used
    if not merged["source_url"]:
        del merged["source_url"]
    return merged


def _choose_date(found: dt.date | None, given: dt.date | None, path: Path, warnings: list[str]) -> dt.date:
    if given is not None:
        return given
    if found is not None:
        return found
    today = dt.date.today()
    warnings.append(f"{_shown(path)}: no date in the text; using today ({today.isoformat()}). Pass --date YYYY-MM-DD to set it")
    return today


def _is_iso(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _shown(path: Path) -> str:
    """A path as the user typed it, or relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
