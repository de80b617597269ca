"""Stage 2: load ``content/articles/**/*.md`` into Article objects.

Every broken file is reported (``path:line: what is wrong``), not only the
first; the build stops if any is broken. Field types are checked after YAML
parsing because YAML guesses types (``date: last Tuesday`` is a string,
``title: NO`` is a boolean).
"""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path
from typing import Any

from generator.content.archive import display_path, read_archive, save_archive
from generator.content.frontmatter import Document, FrontMatterError, parse_document
from generator.errors import BriefingError, Diagnostic
from generator.limits import MAX_ENTITIES_PER_ARTICLE
from generator.models import ENTITY_KINDS, FRONT_MATTER_KEYS, Article, EntityRef, KeyFigure
from generator.nlp.figure_words import SCOPES
from generator.nlp.gazetteer import country_codes
from generator.paths import slug_problem, web_url_problem
from generator.textutil import xml_legal
from generator.yamlutil import line_of

KNOWN_FIELDS = (
    "title", "slug", "date", "date_guessed", "source", "dateline", "source_url", "author", "lede", "summary",
    "key_points", "entities", "content_hash", "language", "ingested", "story", "teaser", "nlp", "figures",
    "theatre",
)
TEXT_FIELDS = ("source", "dateline", "source_url", "author", "lede", "summary", "story", "content_hash")


class _FieldError(Exception):
    def __init__(self, key: tuple[str, ...], message: str, hint: str = "") -> None:
        super().__init__(message)
        self.key, self.message, self.hint = key, message, hint


def load_articles(articles_dir: Path, root: Path, cache_file: Path | None = None, cache_version: str = "") -> tuple[Article, ...]:
    """All articles under ``articles_dir``, sorted newest first then by slug.

    Every broken file is reported at once (BriefingError). With ``cache_file`` (the archive's
    store, see ``archive``), articles parsed by an earlier build or ingest are read back from it
    while their file is unchanged and the code is the same (``cache_version``): parsing YAML
    front matter is most of the cost of loading. The store is rewritten only when many files were
    parsed (Archive.worth_saving): a few edited ones are parsed again by the next builds.
    """
    archive = read_archive(articles_dir, root, cache_file, cache_version, article_from_document)
    articles = archive.articles()
    problems = archive.problems() + _slug_clashes(articles, root)
    if problems:
        raise BriefingError(problems)
    if cache_file is not None and archive.worth_saving():
        save_archive(archive, cache_file, cache_version)
    return tuple(sorted(articles, key=lambda a: (-a.date.toordinal(), a.slug)))


def parse_article(path: Path, text: str) -> Article:
    """One article from its file text; raises FrontMatterError (with the line) if it does not load."""
    return article_from_document(path, parse_document(text))


def article_from_document(path: Path, document: Document) -> Article:
    """The article a parsed file holds; raises FrontMatterError with the line of the first bad field."""
    try:
        return _article_from(path, document)
    except _FieldError as exc:
        raise FrontMatterError(f"front matter: {'.'.join(exc.key)}: {exc.message}", line_of(document.lines, exc.key) or 1, exc.hint) from None


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
    url_problem = web_url_problem(texts["source_url"]) if texts["source_url"] else None
    if url_problem:
        raise _FieldError(("source_url",), f"{url_problem} (got {texts['source_url']!r})", "use the article's web address or remove the field")
    return Article(
        path=path, slug=slug, title=title, date=_date(meta), body_md=xml_legal(doc.body),  # the front matter's strings are cleaned by the YAML loader
        source=texts["source"], dateline=texts["dateline"], source_url=texts["source_url"],
        lede=texts["lede"], summary=texts["summary"], key_points=_text_list(meta, "key_points"),
        entities=_entities(meta.get("entities")), story=texts["story"], language=_text(meta, "language"),
        author=texts["author"], content_hash=texts["content_hash"], date_guessed=_flag(meta, "date_guessed"),
        figures=_figures(meta), theatre=_theatre(meta),
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


def _theatre(meta: dict[str, Any]) -> str:
    """A hand-set theatre: the ISO 3166-1 alpha-2 code of the country where the reported action happened."""
    value = meta.get("theatre")
    if value is None:
        return ""
    if isinstance(value, bool):  # YAML reads an unquoted NO (Norway) as false
        raise _FieldError(("theatre",), f"must be a two-letter country code (got {value!r})", "put the code in quotes: theatre: 'NO'")
    code = value.strip().upper() if isinstance(value, str) else ""
    if code not in country_codes():
        raise _FieldError(("theatre",), f"must be a two-letter country code (ISO 3166-1 alpha-2) (got {value!r})",
                          "the country where the reported action happened, e.g. theatre: SY")
    return code


def _flag(meta: dict[str, Any], key: str) -> bool:
    value = meta.get(key, False)
    if not isinstance(value, bool):
        raise _FieldError((key,), f"must be true or false (got {value!r})", f"write '{key}: true', or remove the line")
    return value


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


# The kinds of key figure a front matter `figures:` list may name (generator.nlp.figures.FIGURE_LABELS).
FIGURE_KINDS = ("killed", "wounded", "displaced", "detained", "missing", "ceasefire_hours", "aid_usd", "aid_tonnes", "aid_trucks")
_FIGURE_KEYS = ("kind", "count", "text", "scope", "sentence")


def _figures(meta: dict[str, Any]) -> tuple[KeyFigure, ...] | None:
    """A hand-written `figures:` list (None when the field is absent; `figures: []` is no figures)."""
    if "figures" not in meta:
        return None
    value = meta["figures"]
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _FieldError(("figures",), f"must be a list of figures (got {value!r})", "write one '- kind: killed' item per figure, or 'figures: []' for none")
    return tuple(_figure(item, ("figures", str(index))) for index, item in enumerate(value))


def _figure(item: Any, key: tuple[str, ...]) -> KeyFigure:
    if not isinstance(item, dict):
        raise _FieldError(key, f"must be a mapping with kind and count (got {item!r})", "write '- {kind: killed, count: 9, sentence: ...}'")
    for name in item:
        if name not in _FIGURE_KEYS:
            close = difflib.get_close_matches(str(name), _FIGURE_KEYS, n=1)
            raise _FieldError((*key, str(name)), "unknown key", f"did you mean '{close[0]}'?" if close else f"use {', '.join(_FIGURE_KEYS)}")
    kind, count = item.get("kind"), item.get("count")
    if kind not in FIGURE_KINDS:
        raise _FieldError((*key, "kind"), f"must be one of {', '.join(FIGURE_KINDS)} (got {kind!r})")
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise _FieldError((*key, "count"), f"must be a whole number of 0 or more (got {count!r})", "the conservative count: '9', not 'nine' or '9-12'")
    scope = item.get("scope", "event")
    if scope not in SCOPES:
        raise _FieldError((*key, "scope"), f"must be event or background (got {scope!r})", "event: this story's news; background: a running total, history, a comparison")
    texts = {}
    for name in ("text", "sentence"):
        text = item.get(name, "")
        if not isinstance(text, (str, int)) or isinstance(text, bool):
            raise _FieldError((*key, name), f"must be text (got {text!r})", "put it in quotes")
        texts[name] = " ".join(str(text).split())
    return KeyFigure(kind, count, texts["sentence"], texts["text"] or str(count), scope)


def _slug_clashes(articles: list[Article], root: Path) -> list[Diagnostic]:
    seen: dict[tuple[int, int, str], Article] = {}
    problems = []
    for article in articles:
        key = (article.date.year, article.date.month, article.slug)
        if key in seen:
            other = display_path(seen[key].path, root)
            problems.append(Diagnostic(display_path(article.path, root), f"slug '{article.slug}' is already used by {other} in the same month", hint="give one of them a different 'slug:'"))
        seen.setdefault(key, article)
    return problems
