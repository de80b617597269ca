"""Feed (Atom, RFC 4287) and sitemap (sitemaps.org 0.9) checks for ``briefing check``.

``resolve(url)`` is given by the site checks: it returns None when a URL
resolves inside the site (or is external) and a problem otherwise.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Callable

from generator.commands.check.findings import Finding, finding

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")
W3C_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?")
SITEMAP_MAX_URLS = 50_000
SITEMAP_MAX_BYTES = 50 * 1024 * 1024
Resolver = Callable[[str], str | None]


def _parse(site_dir: Path, name: str, root_tag: str, rule: str) -> tuple[ET.Element | None, list[Finding]]:
    path = site_dir / name
    if not path.is_file():
        return None, [finding(rule, name, None, "missing from the built site")]
    try:
        root = ET.fromstring(path.read_bytes())
    except ET.ParseError as exc:
        return None, [finding(rule, name, exc.position[0], f"not well-formed XML: {exc}")]
    if root.tag != root_tag:
        return None, [finding(rule, name, None, f"root element is {root.tag}, expected {root_tag}")]
    return root, []


def feed_findings(site_dir: Path, base_url: str, resolve: Resolver) -> list[Finding]:
    """Atom requirements a feed reader relies on, and every link in the feed resolving."""
    root, findings = _parse(site_dir, "feed.xml", f"{ATOM}feed", "feed")
    if root is None:
        return findings
    findings += _atom_required(root, "feed", ("id", "title", "updated"))
    if root.find(f"{ATOM}author") is None and any(e.find(f"{ATOM}author") is None for e in root.iter(f"{ATOM}entry")):
        findings.append(finding("feed", "feed.xml", None, "feed: needs an <author>, or one in every entry"))
    ids: set[str] = set()
    for number, entry in enumerate(root.iter(f"{ATOM}entry"), start=1):
        findings += _atom_required(entry, f"entry {number}", ("id", "title", "updated"))
        entry_id = (entry.findtext(f"{ATOM}id") or "").strip()
        if entry_id in ids:
            findings.append(finding("feed", "feed.xml", None, f"entry {number}: id {entry_id} is used by an earlier entry"))
        ids.add(entry_id)
        if entry.find(f"{ATOM}link[@rel='alternate']") is None and entry.find(f"{ATOM}content") is None:
            findings.append(finding("feed", "feed.xml", None, f"entry {number}: needs a rel=alternate link or content"))
    for link in root.iter(f"{ATOM}link"):
        problem = resolve(link.get("href", ""))
        if problem:
            findings.append(finding("feed", "feed.xml", None, f"{problem}: {link.get('href')}"))
    if not base_url:
        findings.append(finding("relative-urls", "feed.xml", None, "links are relative because site.base_url is empty; feed readers need absolute URLs"))
    return findings


def _atom_required(element: ET.Element, what: str, names: tuple[str, ...]) -> list[Finding]:
    findings = []
    for name in names:
        value = (element.findtext(f"{ATOM}{name}") or "").strip()
        if not value:
            findings.append(finding("feed", "feed.xml", None, f"{what}: <{name}> is missing or empty"))
        elif name == "updated" and not RFC3339.fullmatch(value):
            findings.append(finding("feed", "feed.xml", None, f"{what}: <updated> is not an RFC 3339 date-time (got {value!r})"))
    return findings


def sitemap_findings(site_dir: Path, base_url: str, resolve: Resolver) -> list[Finding]:
    """Protocol limits, absolute and unique <loc>s, W3C dates, every page existing."""
    root, findings = _parse(site_dir, "sitemap.xml", f"{SITEMAP}urlset", "sitemap")
    if root is None:
        return findings
    if (site_dir / "sitemap.xml").stat().st_size > SITEMAP_MAX_BYTES:
        findings.append(finding("sitemap", "sitemap.xml", None, "larger than the 50 MB the protocol allows"))
    urls = root.findall(f"{SITEMAP}url")
    if len(urls) > SITEMAP_MAX_URLS:
        findings.append(finding("sitemap", "sitemap.xml", None, f"{len(urls)} URLs, over the protocol's {SITEMAP_MAX_URLS}"))
    seen: set[str] = set()
    for number, url in enumerate(urls, start=1):
        loc = (url.findtext(f"{SITEMAP}loc") or "").strip()
        lastmod = (url.findtext(f"{SITEMAP}lastmod") or "").strip()
        if not loc:
            findings.append(finding("sitemap", "sitemap.xml", None, f"url {number}: <loc> is missing"))
            continue
        if loc in seen:
            findings.append(finding("sitemap", "sitemap.xml", None, f"url {number}: {loc} is listed twice"))
        seen.add(loc)
        if lastmod and not W3C_DATE.fullmatch(lastmod):
            findings.append(finding("sitemap", "sitemap.xml", None, f"url {number}: <lastmod> is not a W3C date (got {lastmod!r})"))
        problem = resolve(loc)
        if problem:
            findings.append(finding("sitemap", "sitemap.xml", None, f"{problem}: {loc}"))
    if not base_url:
        findings.append(finding("relative-urls", "sitemap.xml", None, "<loc>s are relative because site.base_url is empty; search engines need absolute URLs"))
    return findings
