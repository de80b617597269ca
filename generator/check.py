"""Checks over a built site: every internal link resolves, none is root-absolute.

Used by the tests now, and by a future ``briefing check`` before publishing.
"""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK_ATTRIBUTES = {"href", "src"}


class _LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value is not None:
                self.links.append((self.getpos()[0], value))


def page_links(html_text: str) -> list[tuple[int, str]]:
    """(line, url) of every href/src in a page."""
    collector = _LinkCollector()
    collector.feed(html_text)
    return collector.links


def link_problems(site_dir: Path, base_url: str = "") -> list[str]:
    """``page:line: problem`` for each root-absolute or broken internal link in ``site_dir``."""
    problems = []
    for page in sorted(site_dir.rglob("*.html")):
        rel_page = page.relative_to(site_dir).as_posix()
        for line, url in page_links(page.read_text(encoding="utf-8")):
            problem = _link_problem(site_dir, rel_page, url, base_url)
            if problem:
                problems.append(f"{rel_page}:{line}: {problem}: {url}")
    return problems


def _link_problem(site_dir: Path, rel_page: str, url: str, base_url: str) -> str | None:
    if base_url and url.startswith(base_url):
        url = "/" + url[len(base_url):]  # our own absolute URL: check it like a root link
        target = url.lstrip("/")
    else:
        parts = urlsplit(url)
        if parts.scheme or parts.netloc:
            return None  # external
        if url.startswith("/"):
            return "root-absolute link (breaks under a project path like /repo/)"
        if not parts.path:
            return None  # same-page anchor
        target = posixpath.normpath(posixpath.join(posixpath.dirname(rel_page), unquote(parts.path)))
    target = urlsplit(target).path
    if target.startswith("../") or target == "..":
        return "link leaves the site"
    resolved = site_dir / target
    if resolved.is_dir():
        resolved = resolved / "index.html"
    return None if resolved.is_file() else "broken link"
