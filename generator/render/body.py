"""Article body HTML: Markdown without raw HTML, safe link schemes, first mentions linked."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import markdown

_TAG_SPLIT = re.compile(r"(<[^>]*>)")
_HREF = re.compile(r"""\s(href|src)\s*=\s*(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
_SAFE_SCHEME = re.compile(r"^(https?:|mailto:|#|[^:/?#]*(?:[/?#]|$))", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class EntityLink:
    """Where to link an entity and the spellings to look for."""

    href: str
    kind: str
    forms: tuple[str, ...]


def markdown_to_html(body_md: str) -> str:
    """Render Markdown; raw HTML in articles is shown as text, unsafe URLs are dropped."""
    converted = markdown.markdown(body_md.replace("<", "&lt;"), output_format="html")
    return _HREF.sub(lambda m: m.group(0) if _SAFE_SCHEME.match(html.unescape(m.group(3)).strip()) else "", converted)


def link_first_mentions(body_html: str, links: tuple[EntityLink, ...]) -> str:
    """Wrap the first mention of each entity (outside existing links) in a link to its page."""
    parts = _TAG_SPLIT.split(body_html)
    linked = [False] * len(parts)  # True for text we created inside a new link
    for link in links:
        pattern = _pattern(link.forms)
        if pattern is None:
            continue
        parts, linked = _link_one(parts, linked, pattern, link)
    return "".join(parts)


def _pattern(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    escaped = [re.escape(html.escape(f, quote=False)) for f in sorted(forms, key=len, reverse=True) if f]
    return re.compile(r"(?<![\w-])(" + "|".join(escaped) + r")(?![\w-])") if escaped else None


def _link_one(parts: list[str], linked: list[bool], pattern: re.Pattern[str], link: EntityLink) -> tuple[list[str], list[bool]]:
    inside_anchor = 0
    for index, part in enumerate(parts):
        if part.startswith("<"):
            if re.match(r"<a[\s>]", part, re.IGNORECASE):
                inside_anchor += 1
            elif re.match(r"</a\s*>", part, re.IGNORECASE):
                inside_anchor -= 1
            continue
        if inside_anchor or linked[index]:
            continue
        match = pattern.search(part)
        if match:
            anchor = f'<a class="entity entity-{link.kind}" href="{html.escape(link.href)}">'
            new_parts = [part[:match.start()], anchor, match.group(0), "</a>", part[match.end():]]
            return (parts[:index] + new_parts + parts[index + 1:],
                    linked[:index] + [False, False, True, False, False] + linked[index + 1:])
    return parts, linked
