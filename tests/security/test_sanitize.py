"""No script from an article ever reaches a reader: static checks over a site built from XSS payloads."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

from generator.render.body import markdown_to_html

from .conftest import PAYLOADS

FORBIDDEN_TAGS = {"script", "iframe", "frame", "frameset", "object", "embed", "form", "base",
                  "style", "bgsound", "applet", "math", "textarea", "select"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "background", "dynsrc", "lowsrc", "data", "xlink:href", "poster", "srcset"}
OWN_LINK_RELS = {"stylesheet", "icon", "alternate", "canonical"}


class _Auditor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "script" and _own_file(values.get("src", "")) and len(attrs) <= 3:
            pass  # the site's own JavaScript file
        elif tag == "form" and values.get("role") == "search" and re.fullmatch(r"(https://desk\.example\.org/b/|(\.\./)*)search\.html", values.get("action", "")):
            pass  # the site's own search box (a GET form to its own search page)
        elif tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> at line {self.getpos()[0]}")
        if tag == "meta" and "http-equiv" in values and values["http-equiv"].lower() != "content-security-policy":
            self.problems.append(f"<meta http-equiv={values['http-equiv']!r}>")
        if tag == "link" and not set(values.get("rel", "").split()) & OWN_LINK_RELS:
            self.problems.append(f"<link rel={values.get('rel')!r}>")
        for name, value in values.items():
            if name.startswith("on"):
                self.problems.append(f"event handler {name} on <{tag}>")
            if name in URL_ATTRIBUTES and _dangerous_url(value):
                self.problems.append(f"{name}={value!r} on <{tag}>")
            if name == "style" and re.search(r"expression|url\s*\(|javascript", value, re.IGNORECASE):
                self.problems.append(f"style={value!r} on <{tag}>")


def _own_file(src: str) -> bool:
    return bool(src) and not re.match(r"[a-z][a-z0-9+.-]*:|//", src, re.IGNORECASE)


def _dangerous_url(value: str) -> bool:
    cleaned = re.sub(r"[\x00-\x20]+", "", html.unescape(value)).lower()
    return cleaned.startswith(("javascript:", "vbscript:", "data:", "livescript:"))


def audit(text: str) -> list[str]:
    auditor = _Auditor()
    auditor.feed(text)
    return auditor.problems


def test_there_are_at_least_fifty_payloads() -> None:
    assert len(PAYLOADS) >= 50


def test_no_executable_content_in_any_page(hostile_site: Path) -> None:
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > len(PAYLOADS)
    problems = {page.relative_to(hostile_site).as_posix(): audit(page.read_text(encoding="utf-8")) for page in pages}
    assert {page: found for page, found in problems.items() if found} == {}


def test_payload_text_is_shown_not_run(hostile_site: Path) -> None:
    page = (hostile_site / "articles/2016/05/story-0.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;XSS&#39;)&lt;/script&gt;" in page or "&lt;script&gt;alert('XSS')&lt;/script&gt;" in page


def test_every_page_carries_a_policy_against_inline_script(hostile_site: Path) -> None:
    for page in sorted(hostile_site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', text)
        assert policy, page
        script_src = re.search(r"script-src ([^;]+)", policy.group(1))
        assert script_src and "'unsafe-inline'" not in script_src.group(1) and "'self'" in script_src.group(1)


def test_feeds_and_sitemap_are_well_formed_and_inert(hostile_site: Path) -> None:
    for name in ("feed.xml", "sitemap.xml"):
        root = ET.parse(hostile_site / name).getroot()  # escaping errors would break parsing
        assert not [e for e in root.iter() if e.tag.rsplit("}", 1)[-1].lower() in FORBIDDEN_TAGS]


def test_markdown_sanitiser_on_each_payload() -> None:
    for payload in PAYLOADS:
        assert audit(markdown_to_html(payload)) == [], payload
