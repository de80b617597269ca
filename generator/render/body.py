"""Article body HTML: Markdown without raw HTML, sanitised, first mentions linked.

Article text comes from the open web and from parties to a conflict, so it is
hostile by default: raw HTML in the Markdown is shown as text, and the HTML
that Markdown produces is cleaned again with nh3 (the ammonia sanitiser) to an
allow-list of tags, attributes and URL schemes.
"""

from __future__ import annotations

import functools
import html
import re
import threading
from dataclasses import dataclass

import markdown
import nh3

from generator.limits import MAX_LINKED_ENTITIES
from generator.nlp.lexicon import LEADING_JUNK, MONTHS, ROLE_WORDS, TITLES, WEEKDAYS

_TAG_SPLIT = re.compile(r"(<[^>]*>)")
ALLOWED_TAGS = frozenset(
    "a abbr b blockquote br code del em h2 h3 h4 h5 h6 hr i img li ol p pre q s small strong sub sup "
    "table tbody td th thead tr ul".split()
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "td": {"align"}, "th": {"align"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Bodies beyond this are cut (with a note) so that one hostile article cannot stall a build.
MAX_BODY_CHARS = 2_000_000


@dataclass(frozen=True, slots=True)
class EntityLink:
    """Where to link an entity and the spellings to look for."""

    href: str
    kind: str
    forms: tuple[str, ...]


def markdown_to_html(body_md: str) -> str:
    """Render Markdown; raw HTML in articles is shown as text, unsafe tags and URLs are dropped."""
    if len(body_md) > MAX_BODY_CHARS:
        body_md = body_md[:MAX_BODY_CHARS] + "\n\n*[The rest of this article is too long to show.]*"
    # A lone surrogate (only reachable through escapes, never from UTF-8 files) cannot be encoded.
    body_md = body_md.encode("utf-8", "replace").decode("utf-8")
    source, plain_blocks = _set_aside_pathological(body_md)
    converted = _converter().reset().convert(source.replace("<", "&lt;"))
    for number, block in enumerate(plain_blocks):
        converted = converted.replace(f"<p>{_PLACEHOLDER}{number}</p>", f"<p>{html.escape(block, quote=False)}</p>", 1)
    return nh3.clean(
        converted, tags=set(ALLOWED_TAGS), attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES), link_rel="nofollow noopener noreferrer", strip_comments=True,
    )


_CONVERTERS = threading.local()


def _converter() -> markdown.Markdown:
    """This thread's Markdown converter: making one per article (what ``markdown.markdown`` does) set up its dozens of
    processors each time, a fifth of the conversion; ``reset()`` between articles leaves nothing of the last one."""
    converter: markdown.Markdown | None = getattr(_CONVERTERS, "converter", None)
    if converter is None:
        converter = _CONVERTERS.converter = markdown.Markdown(output_format="html")
    return converter


# Shapes that make Python-Markdown's parser slow (super-linear) or deeply recursive:
# quotes or lists nested many levels, many brackets, long runs of one punctuation
# character, huge paragraphs. No real article needs them; such a block bypasses
# Markdown and is shown as plain text.
_DEEP_QUOTE = re.compile(r"^(?:\s*>){8,}", re.MULTILINE)
_DEEP_INDENT = re.compile(r"^[ \t]{16,}\S", re.MULTILINE)
_PUNCTUATION_RUN = re.compile(r"([\[\]()*_`~!#>-])\1{40,}")
MAX_BRACKETS_PER_BLOCK = 200
MAX_MARKDOWN_BLOCK_CHARS = 20_000
MAX_MARKUP_CHARS_PER_BLOCK = 2_000
_MARKUP = re.compile(r"[*_`\[\]\\]")
_PLACEHOLDER = "BRIEFINGPLAINBLOCK"


def _set_aside_pathological(body_md: str) -> tuple[str, list[str]]:
    """Replace pathological blocks by placeholders; return the source and the set-aside text."""
    kept: list[str] = []
    plain: list[str] = []
    for block in re.split(r"\n[ \t]*\n", body_md.replace(_PLACEHOLDER, "")):
        if _is_pathological(block):
            kept.append(f"{_PLACEHOLDER}{len(plain)}")
            plain.append(" ".join(block.split()))
        else:
            kept.append(block)
    return "\n\n".join(kept), plain


def _is_pathological(block: str) -> bool:
    return bool(
        len(block) > MAX_MARKDOWN_BLOCK_CHARS
        or block.count("[") + block.count("(") > MAX_BRACKETS_PER_BLOCK
        or len(_MARKUP.findall(block)) > MAX_MARKUP_CHARS_PER_BLOCK
        or _DEEP_QUOTE.search(block) or _DEEP_INDENT.search(block) or _PUNCTUATION_RUN.search(block)
    )


def link_first_mentions(body_html: str, links: tuple[EntityLink, ...]) -> str:
    """Wrap the first mention of each entity (outside existing links) in a link to its page."""
    parts = _TAG_SPLIT.split(body_html)
    linked = [False] * len(parts)  # True for text we created inside a new link
    for link in links[:MAX_LINKED_ENTITIES]:
        pattern = _pattern(link.forms)
        if pattern is None:
            continue
        parts, linked = _link_one(parts, linked, pattern, link)
    return "".join(parts)


@functools.lru_cache(maxsize=8192)  # the same entities' spellings recur across thousands of articles
def _pattern(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """A form as a whole word: not a letter of an abbreviation ('S' in 'U.S.'), not one character."""
    escaped = [re.escape(html.escape(f, quote=False)) for f in sorted(forms, key=len, reverse=True) if len(f) > 1]
    return re.compile(r"(?<![\w-])(?<!\w\.)(" + "|".join(escaped) + r")(?![\w-])(?!\.\w)") if escaped else None


# A one-word form right before or after another capitalised word is part of a longer name ("David" in
# "David Davis" is not Camp David; "Kennedy" in "Charles Kennedy" is not John F. Kennedy), unless that
# word is a title or a function word ("President Assad", "In Aleppo").
_CAPITALISED_AFTER = re.compile(r"\s[A-Z][\w'-]*")
_CAPITALISED_BEFORE = re.compile(r"(?:^|\s)([A-Z][\w'-]*)\s$")
_NOT_NAME_PARTS = LEADING_JUNK | ROLE_WORDS | TITLES | WEEKDAYS | MONTHS


def _inside_longer_name(text: str, match: re.Match[str]) -> bool:
    if " " in match.group(0):
        return False
    after = _CAPITALISED_AFTER.match(text, match.end())
    if after and after.group().strip().casefold() not in _NOT_NAME_PARTS:
        return True
    before = _CAPITALISED_BEFORE.search(text, max(0, match.start() - 64), match.start())  # the word before, not the text
    return before is not None and before.group(1).casefold() not in _NOT_NAME_PARTS


_ANCHOR_OPEN = re.compile(r"<a[\s>]", re.IGNORECASE)
_ANCHOR_CLOSE = re.compile(r"</a\s*>", re.IGNORECASE)


def _link_one(parts: list[str], linked: list[bool], pattern: re.Pattern[str], link: EntityLink) -> tuple[list[str], list[bool]]:
    inside_anchor = 0
    for index, part in enumerate(parts):
        if part.startswith("<"):
            if _ANCHOR_OPEN.match(part):
                inside_anchor += 1
            elif _ANCHOR_CLOSE.match(part):
                inside_anchor -= 1
            continue
        if inside_anchor or linked[index]:
            continue
        match = next((m for m in pattern.finditer(part) if not _inside_longer_name(part, m)), None)
        if match:
            anchor = f'<a class="entity entity-{link.kind}" href="{html.escape(link.href)}">'
            new_parts = [part[:match.start()], anchor, match.group(0), "</a>", part[match.end():]]
            return (parts[:index] + new_parts + parts[index + 1:],
                    linked[:index] + [False, False, True, False, False] + linked[index + 1:])
    return parts, linked
