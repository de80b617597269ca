"""``briefing check`` over a built site: links and anchors, alt text, page size, HTML5, feed, sitemap.

Every finding is ``page:line: error|warning: what [rule]``. Errors are what would
break the published site for a reader (a dead link, an image without alt
text, a feed a reader app rejects); warnings need an editor's look.
The content checks live in ``generator/commands/check/content.py``.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.commands.check.defaults import DEFAULT_MAX_PAGE_BYTES
from generator.commands.check.feeds import feed_findings, sitemap_findings
from generator.commands.check.findings import Finding, finding

LINK_ATTRIBUTES = {"href", "src"}


class _PageParser(HTMLParser):
    """Collects links, anchor targets and images without alt text in one pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[int, str]] = []
        self.anchors: set[str] = set()
        self.missing_alt: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value is not None:
                self.links.append((self.getpos()[0], value))
        if values.get("id"):
            self.anchors.add(str(values["id"]))
        if tag == "a" and values.get("name"):
            self.anchors.add(str(values["name"]))
        needs_alt = tag in ("img", "area") or (tag == "input" and values.get("type") == "image")
        if needs_alt and "alt" not in values:  # alt="" is right for a decorative image
            self.missing_alt.append(self.getpos()[0])

    handle_startendtag = handle_starttag


@dataclass(frozen=True, slots=True)
class Page:
    """What the checks need to know about one HTML page of the site."""

    rel_path: str
    size: int
    links: tuple[tuple[int, str], ...]
    anchors: frozenset[str]
    missing_alt: tuple[int, ...]


def parse_page(rel_path: str, data: bytes) -> Page:
    parser = _PageParser()
    parser.feed(data.decode("utf-8", errors="replace"))
    parser.close()
    return Page(rel_path, len(data), tuple(parser.links), frozenset(parser.anchors), tuple(parser.missing_alt))


def page_links(html_text: str) -> list[tuple[int, str]]:
    """(line, url) of every href/src in a page."""
    return list(parse_page("", html_text.encode("utf-8")).links)


def link_problems(site_dir: Path, base_url: str = "") -> list[str]:
    """``page:line: problem: url`` for each root-absolute or broken internal link or anchor."""
    pages = _read_pages(site_dir)
    return [f"{f.path}:{f.line}: {f.message}" for f in _link_findings(site_dir, pages, base_url)]


def check_site(site_dir: Path, base_url: str = "", *, max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES) -> list[Finding]:
    """Every finding over a built site, in a stable order."""
    if not (site_dir / "index.html").is_file():
        return [finding("no-site", str(site_dir), None, "no built site here (no index.html); run briefing build first")]
    pages = _read_pages(site_dir)
    findings = _link_findings(site_dir, pages, base_url)
    for page in pages.values():
        findings += [finding("missing-alt", page.rel_path, line, "image without alt text") for line in page.missing_alt]
        if page.size > max_page_bytes:
            findings.append(finding("page-size", page.rel_path, None, f"page is {page.size // 1024} KB, over the {max_page_bytes // 1024} KB limit; readers on slow links wait for it"))
    findings += html5_findings(site_dir, sorted(pages))
    findings += feed_findings(site_dir, base_url, lambda url: _resolve_or_problem(site_dir, "feed.xml", url, base_url, pages))
    findings += sitemap_findings(site_dir, base_url, lambda url: _resolve_or_problem(site_dir, "sitemap.xml", url, base_url, pages))
    return findings


def _read_pages(site_dir: Path) -> dict[str, Page]:
    pages = {}
    for path in sorted(site_dir.rglob("*.html")):
        rel = path.relative_to(site_dir).as_posix()
        pages[rel] = parse_page(rel, path.read_bytes())
    return pages


def _link_findings(site_dir: Path, pages: dict[str, Page], base_url: str) -> list[Finding]:
    findings = []
    for page in pages.values():
        for line, url in page.links:
            problem = _resolve_or_problem(site_dir, page.rel_path, url, base_url, pages)
            if problem:
                findings.append(finding("broken-link", page.rel_path, line, f"{problem}: {url}"))
    return findings


def _resolve_or_problem(site_dir: Path, rel_page: str, url: str, base_url: str, pages: dict[str, Page]) -> str | None:
    """None when ``url`` (found in ``rel_page``) is external or resolves, with its #anchor, inside the site."""
    parts = urlsplit(url)
    if base_url and url.startswith(base_url):
        target = parts.path[len(urlsplit(base_url).path):]  # our own absolute URL
    elif parts.scheme or parts.netloc:
        return None  # external
    elif url.startswith("/"):
        return "root-absolute link (breaks under a project path like /repo/)"
    elif not parts.path:
        target = rel_page  # same-page anchor
    else:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(rel_page), unquote(parts.path)))
    if target == ".." or target.startswith("../"):
        return "link leaves the site"
    if target in ("", ".") or (site_dir / target).is_dir():
        target = posixpath.join(target, "index.html") if target not in ("", ".") else "index.html"
    if not (site_dir / target).is_file():
        return "broken link"
    fragment = unquote(parts.fragment)
    page = pages.get(target)
    if fragment and page is not None and fragment not in page.anchors:
        return f"broken anchor (no id=\"{fragment}\" in {target})"
    return None


def html5_findings(site_dir: Path, rel_pages: list[str]) -> list[Finding]:
    """HTML5 parse errors, when html5lib is installed (it is in the test extra)."""
    try:
        import html5lib
        from html5lib.constants import E
    except ImportError:
        return [finding("html5-unchecked", str(site_dir), None, "HTML5 validity not checked")]
    findings = []
    for rel in rel_pages:
        parser = html5lib.HTMLParser(strict=False)
        parser.parse((site_dir / rel).read_bytes(), likely_encoding="utf-8")
        for (line, column), code, data in parser.errors:
            message = E.get(code, code) % (data or {}) if isinstance(data, dict) else code
            findings.append(finding("html5", rel, line, f"HTML5: {message} (column {column})"))
    return findings
