"""Stage 2: load ``content/articles/**/*.md`` into Article objects.

Every broken file is reported (``path:line: what is wrong``), not only the
first; the build stops if any is broken. Field types are checked after YAML
parsing because YAML guesses types (``date: last Tuesday`` is a string,
``title: NO`` is a boolean).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from pathlib import Path
from typing import Any

from generator.content.frontmatter import Document, FrontMatterError, parse_document
from generator.errors import BriefingError, Diagnostic
from generator.incremental.atomic import write_atomic
from generator.limits import MAX_ARTICLE_BYTES, MAX_ENTITIES_PER_ARTICLE
from generator.models import ENTITY_KINDS, FRONT_MATTER_KEYS, Article, EntityRef
from generator.paths import slug_problem
from generator.yamlutil import line_of

KNOWN_FIELDS = (
    "title", "slug", "date", "source", "dateline", "source_url", "author", "lede", "summary",
    "key_points", "entities", "content_hash", "language", "ingested", "story", "teaser", "nlp",
)
TEXT_FIELDS = ("source", "dateline", "source_url", "author", "lede", "summary", "story", "content_hash")


class _FieldError(Exception):
    def __init__(self, key: tuple[str, ...], message: str, hint: str = "") -> None:
        super().__init__(message)
        self.key, self.message, self.hint = key, message, hint


def load_articles(articles_dir: Path, root: Path, cache_file: Path | None = None, cache_version: str = "") -> tuple[Article, ...]:
    """All articles under ``articles_dir``, sorted newest first then by slug.

    With ``cache_file``, articles parsed by an earlier build are read back from it when their
    file's status (size, modification and change times, inode) is the same and the cache was
    written by the same code (``cache_version``); parsing YAML front matter is most of the cost
    of loading. The cache is JSON: a damaged one is ignored and written again.
    """
    known = _read_cache(cache_file, cache_version)
    current: dict[str, Any] = {}
    parsed = 0
    articles: list[Article] = []
    problems: list[Diagnostic] = []
    for path in sorted(articles_dir.rglob("*.md")) if articles_dir.is_dir() else []:
        shown = _display_path(path, root)
        try:
            stat = path.stat()
            if stat.st_size > MAX_ARTICLE_BYTES:
                problems.append(Diagnostic(shown, f"is {stat.st_size // 1024 // 1024} MiB; articles are limited to {MAX_ARTICLE_BYTES // 1024 // 1024} MiB", hint="split it or remove it"))
                continue
            stamp = f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}:{stat.st_ino}"
            entry = known.get(str(path))
            article = _cached_article(entry, stamp, path)
            if article is None:
                article = parse_article(path, path.read_bytes().decode("utf-8"))
                entry = [stamp, _article_fields(article)]
                parsed += 1
            articles.append(article)
            current[str(path)] = entry
        except UnicodeDecodeError:
            problems.append(Diagnostic(shown, "is not UTF-8 text", hint="save it as UTF-8"))
        except FrontMatterError as exc:
            problems.append(Diagnostic(shown, exc.message, exc.line, exc.hint))
        except _LocatedError as exc:
            problems.append(Diagnostic(shown, exc.message, exc.line, exc.hint))
    problems.extend(_slug_clashes(articles, root))
    if problems:
        raise BriefingError(problems)
    if cache_file is not None and (parsed or len(current) != len(known)):  # a file read, added or gone
        _write_cache(cache_file, cache_version, current)
    return tuple(sorted(articles, key=lambda a: (-a.date.toordinal(), a.slug)))


def _article_fields(article: Article) -> list[Any]:
    """An article as JSON values (its path is the cache's key)."""
    return [article.slug, article.title, article.date.isoformat(), article.source, article.dateline, article.source_url,
            article.body_md, article.lede, article.summary, list(article.key_points),
            [[ref.name, ref.kind] for ref in article.entities], article.story, article.language, article.author,
            article.content_hash]


def _cached_article(entry: Any, stamp: str, path: Path) -> Article | None:
    """The cached article if ``entry`` is for this file status and well formed; None: parse the file."""
    if not isinstance(entry, list) or len(entry) != 2 or entry[0] != stamp or not isinstance(entry[1], list) or len(entry[1]) != 15:
        return None
    (slug, title, date, source, dateline, source_url, body_md, lede, summary, key_points, entities, story,
     language, author, content_hash) = entry[1]
    texts = (slug, title, date, source, dateline, source_url, body_md, lede, summary, story, language, author, content_hash)
    if not (all(type(text) is str for text in texts) and isinstance(key_points, list) and isinstance(entities, list)
            and all(type(point) is str for point in key_points)
            and all(isinstance(ref, list) and len(ref) == 2 and all(type(part) is str for part in ref) for ref in entities)):
        return None
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return None
    return Article(path, slug, title, day, source, dateline, source_url, body_md, lede, summary, tuple(key_points),
                   tuple(EntityRef(name, kind) for name, kind in entities), story, language, author, content_hash)


def _read_cache(cache_file: Path | None, version: str) -> dict[str, list[Any]]:
    if cache_file is None:
        return {}
    try:
        data = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != version or not isinstance(data.get("articles"), dict):
        return {}
    articles: dict[str, list[Any]] = data["articles"]
    return articles


def _write_cache(cache_file: Path, version: str, articles: dict[str, list[Any]]) -> None:
    write_atomic(cache_file, json.dumps({"version": version, "articles": articles}, ensure_ascii=False))


class _LocatedError(Exception):
    def __init__(self, message: str, line: int | None, hint: str) -> None:
        super().__init__(message)
        self.message, self.line, self.hint = message, line, hint


def parse_article(path: Path, text: str) -> Article:
    """One article from its file text; raises FrontMatterError or _LocatedError."""
    document = parse_document(text)
    try:
        return _article_from(path, document)
    except _FieldError as exc:
        raise _LocatedError(f"front matter: {'.'.join(exc.key)}: {exc.message}", line_of(document.lines, exc.key) or 1, exc.hint) from None


def _article_from(path: Path, doc: Document) -> Article:
    meta = doc.meta
    for key in meta:
        if key not in KNOWN_FIELDS:
            close = difflib.get_close_matches(key, KNOWN_FIELDS, n=1)
            raise _FieldError((key,), "unknown field", f"did you mean '{close[0]}'?" if close else f"known fields: {', '.join(KNOWN_FIELDS)}")
    title = _text(meta, "title", required=True)
    slug = meta.get("slug", path.stem)
    problem = slug_problem(slug) if isinstance(slug, str) else "must be text"
    if problem:
        raise _FieldError(("slug",), f"{problem} (got {slug!r})", "change 'slug:' or remove it to use the file name")
    texts = {name: _text(meta, name) for name in TEXT_FIELDS}
    if texts["source_url"] and not re.match(r"https?://[^\s/]+", texts["source_url"], re.IGNORECASE):
        raise _FieldError(("source_url",), f"must be an http(s) URL (got {texts['source_url']!r})", "use the article's web address or remove the field")
    return Article(
        path=path, slug=slug, title=title, date=_date(meta), body_md=doc.body,
        source=texts["source"], dateline=texts["dateline"], source_url=texts["source_url"],
        lede=texts["lede"], summary=texts["summary"], key_points=_text_list(meta, "key_points"),
        entities=_entities(meta.get("entities")), story=texts["story"], language=_text(meta, "language"),
        author=texts["author"], content_hash=texts["content_hash"],
    )


def _text(meta: dict[str, Any], key: str, required: bool = False) -> str:
    value = meta.get(key)
    if value is None:
        if required:
            raise _FieldError((key,), "is missing", f"add a '{key}:' line")
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise _FieldError((key,), f"must be text (got {value!r})", "put the value in quotes")
    return value.strip()


def _date(meta: dict[str, Any]) -> dt.date:
    value = meta.get("date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    if value is None:
        raise _FieldError(("date",), "is missing", "add 'date: YYYY-MM-DD'")
    raise _FieldError(("date",), f"is not a date (got {value!r})", "use YYYY-MM-DD")


def _text_list(meta: dict[str, Any], key: str) -> tuple[str, ...]:
    value = meta.get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _FieldError((key,), f"must be a list of text items (got {value!r})", "write one '- item' line per entry")
    for index, item in enumerate(value):
        if not isinstance(item, str):
            raise _FieldError((key, str(index)), f"must be text (got {item!r})", "put the item in quotes")
    return tuple(item.strip() for item in value if item.strip())


def _entities(value: Any) -> tuple[EntityRef, ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise _FieldError(("entities",), f"must be a mapping with lists {', '.join(FRONT_MATTER_KEYS.values())} (got {value!r})")
    by_key = {key: kind for kind, key in FRONT_MATTER_KEYS.items()}
    refs: list[EntityRef] = []
    for key, items in value.items():
        if key not in by_key:
            close = difflib.get_close_matches(str(key), by_key, n=1)
            raise _FieldError(("entities", str(key)), "unknown entity list", f"did you mean '{close[0]}'?" if close else f"use {', '.join(by_key)}")
        for index, item in enumerate(items or []):
            refs.append(EntityRef(_entity_name(item, ("entities", key, str(index))), by_key[key]))
    if len(refs) > MAX_ENTITIES_PER_ARTICLE:
        raise _FieldError(("entities",), f"lists {len(refs)} entities; the limit is {MAX_ENTITIES_PER_ARTICLE} per article", "keep the ones the article is about")
    order = {kind: i for i, kind in enumerate(ENTITY_KINDS)}
    return tuple(sorted(dict.fromkeys(refs), key=lambda r: order[r.kind]))


def _entity_name(item: Any, key: tuple[str, ...]) -> str:
    name = item.get("name") if isinstance(item, dict) else item
    if not isinstance(name, str) or not name.strip():
        raise _FieldError(key, f"must be a name, or a mapping with 'name' (got {item!r})")
    return " ".join(name.split())


def _slug_clashes(articles: list[Article], root: Path) -> list[Diagnostic]:
    seen: dict[tuple[int, int, str], Article] = {}
    problems = []
    for article in articles:
        key = (article.date.year, article.date.month, article.slug)
        if key in seen:
            other = _display_path(seen[key].path, root)
            problems.append(Diagnostic(_display_path(article.path, root), f"slug '{article.slug}' is already used by {other} in the same month", hint="give one of them a different 'slug:'"))
        seen.setdefault(key, article)
    return problems


def _display_path(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)
