"""Reading one input (file or URL) into items to ingest, by what its bytes are, not only its name."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from generator.content import article_from_document
from generator.content.frontmatter import FrontMatterError, parse_document
from generator.incremental.walk import walk_files
from generator.ingest.decode import DecodeError, unpack
from generator.ingest.feeds import is_feed, read_feed
from generator.ingest.html import read_html_article
from generator.ingest.text import InputError, content_hash, read_text_article
from generator.limits import MAX_INPUT_BYTES
from generator.models import RawArticle
from generator.outlets import Outlets

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, ".md", *HTML_SUFFIXES, *FEED_SUFFIXES)
# A folder's notes about itself are not articles (a file named on the command line is still read).
NOT_ARTICLES = ("README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE")
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<meta", b"<title")


@dataclass(frozen=True, slots=True)
class Item:
    """One article read from an input, with any front matter its author wrote."""

    raw: RawArticle
    body_md: str = ""  # Markdown as written (.md inputs); empty: made from raw.paragraphs
    given: dict[str, Any] = field(default_factory=dict)
    given_date: dt.date | None = None


def source_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """Supported files under ``folder``, recursively, in name order (hidden ones skipped); and the links
    among them that lead out of ``folder``, which are refused: a link in the inbox must not publish
    /etc/passwd. (A file named on the command line is read wherever it is.)"""
    real_folder = folder.resolve()
    found, outside = [], []
    for rel, entry in walk_files(folder, hidden=False):
        path = folder / rel
        if _suffix(path) not in SUPPORTED_SUFFIXES or path.name.upper().startswith(NOT_ARTICLES):
            continue
        if entry.is_symlink() and real_folder not in path.resolve().parents:
            outside.append(path)
        elif entry.is_file():  # not a broken link, a pipe or a device
            found.append(path)
    return found, outside


@dataclass(frozen=True, slots=True)
class Loaded:
    """The bytes of one input, and what the server said about them."""

    origin: Path
    data: bytes
    url: str = ""
    charset: str = ""
    content_type: str = ""


def load_source(source: Path | str, fetcher: Callable[[str], Any]) -> Loaded:
    """Bytes of a file or URL; raises InputError or FetchError."""
    if isinstance(source, str):
        fetched = fetcher(source)
        name = fetched.url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or "page"
        return Loaded(Path(name), fetched.data, fetched.url, fetched.charset, fetched.content_type)
    try:
        size = source.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"is {size // 1024 // 1024} MiB; raw articles are limited to {MAX_INPUT_BYTES // 1024 // 1024} MiB")
        return Loaded(source, source.read_bytes())
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})") from None


def parse_source(loaded: Loaded, outlets: Outlets | None = None) -> list[Item | InputError]:
    """Items of one input (``outlets``: the registry that names their sources); raises InputError or
    FrontMatterError for the whole input."""
    origin, data, url, charset, content_type = loaded.origin, loaded.data, loaded.url, loaded.charset, loaded.content_type
    if not data.strip():
        raise InputError("is empty")
    try:
        unpacked = unpack(data)
    except DecodeError as exc:
        raise InputError(str(exc)) from None
    kind = _kind(origin, unpacked, content_type)
    if kind == "markdown":
        return [_markdown_item(origin, data)]
    if kind == "feed":
        return [Item(raw) if isinstance(raw, RawArticle) else raw for raw in read_feed(origin, unpacked, outlets)]
    if kind == "html":
        raw = read_html_article(origin, unpacked, url=url, charset=charset, outlets=outlets)
        return [Item(_with_hash(raw, data))]
    return [Item(_with_hash(read_text_article(origin, unpacked, outlets), data))]


def _kind(origin: Path, data: bytes, content_type: str) -> str:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    suffix = _suffix(origin)
    if suffix == ".md":
        return "markdown"
    if is_feed(data) or suffix in FEED_SUFFIXES or "rss" in content_type or "atom" in content_type:
        return "feed"
    if suffix in HTML_SUFFIXES or "html" in content_type or head.startswith(_HTML_STARTS):
        return "html"
    return "text"


def _suffix(path: Path) -> str:
    """The type suffix, looking through '.gz' ('page.html.gz' -> '.html')."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _with_hash(raw: RawArticle, data: bytes) -> RawArticle:
    """The hash of the input's own bytes (compressed or not), so re-ingesting the file is recognised."""
    return replace(raw, content_hash=content_hash(data))


def _markdown_item(origin: Path, data: bytes) -> Item:
    try:
        document = parse_document(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError("is not UTF-8 text; save it as UTF-8") from None
    meta = dict(document.meta)
    if not isinstance(meta.get("title"), str) or not meta["title"].strip():
        raise FrontMatterError("front matter: title: is missing", 2, "add a 'title:' line")
    given = meta.get("date")
    parsed = _iso(given)
    if given and parsed is None:
        raise FrontMatterError(f"front matter: date: is not a date (got {given!r})", document.lines.get(("date",), 2), "use YYYY-MM-DD")
    # The loader's own rules, so that nothing ingest writes can fail every later build (or name a file
    # outside content/: a slug is a file name). Only the date may still be missing here.
    article_from_document(origin, replace(document, meta={**meta, "date": parsed or dt.date(2000, 1, 1)}))
    raw = RawArticle(origin, meta["title"].strip(), (), parsed, str(meta.get("source", "")),
                     str(meta.get("dateline", "")), str(meta.get("source_url", "")), content_hash(data))
    return Item(raw, document.body, meta, parsed)


def _iso(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
