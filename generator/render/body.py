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
from typing import Iterator

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
        spellings = _spellings(link.forms)
        if spellings:
            parts, linked = _link_one(parts, linked, spellings, link)
    return "".join(parts)


@functools.lru_cache(maxsize=8192)  # the same entities' spellings recur across thousands of articles
def _spellings(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The forms as the HTML's text spells them, longest first; none of one character."""
    return tuple(html.escape(f, quote=False) for f in sorted(forms, key=len, reverse=True) if len(f) > 1)


def _mentions(text: str, spellings: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    r"""The (start, end) of each mention of ``spellings`` in ``text`` as a whole word (not a letter of an abbreviation:
    'S' in 'U.S.'), from left to right, none overlapping the one before; at one place, the first spelling that fits.

    What a regular expression (?<![\w-])(?<!\w\.)(spelling|...)(?![\w-])(?!\.\w) finds, without compiling one per
    entity: compiling took a tenth of rendering the articles."""
    position = 0
    while True:
        found: tuple[int, int] | None = None
        for spelling in spellings:
            start = text.find(spelling, position)
            while start != -1 and not _whole_word(text, start, start + len(spelling)):
                start = text.find(spelling, start + 1)
            if start != -1 and (found is None or start < found[0]):
                found = (start, start + len(spelling))
        if found is None:
            return
        yield found
        position = found[1]


def _whole_word(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` has no word character (``\w``) or hyphen next to it, nor a dot between it and one."""
    if start > 0:
        before = text[start - 1]
        if before == "-" or _is_word(before) or (before == "." and start > 1 and _is_word(text[start - 2])):
            return False
    if end < len(text):
        after = text[end]
        if after == "-" or _is_word(after) or (after == "." and end + 1 < len(text) and _is_word(text[end + 1])):
            return False
    return True


def _is_word(character: str) -> bool:
    r"""What ``\w`` matches in a pattern over text: a Unicode letter or digit, or the underscore."""
    return character.isalnum() or character == "_"


# A one-word form right before or after another capitalised word is part of a longer name ("David" in
# "David Davis" is not Camp David; "Kennedy" in "Charles Kennedy" is not John F. Kennedy), unless that
# word is a title or a function word ("President Assad", "In Aleppo").
_CAPITALISED_AFTER = re.compile(r"\s[A-Z][\w'-]*")
_CAPITALISED_BEFORE = re.compile(r"(?:^|\s)([A-Z][\w'-]*)\s$")
_NOT_NAME_PARTS = LEADING_JUNK | ROLE_WORDS | TITLES | WEEKDAYS | MONTHS


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    if " " in text[start:end]:
        return False
    after = _CAPITALISED_AFTER.match(text, end)
    if after and after.group().strip().casefold() not in _NOT_NAME_PARTS:
        return True
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 64), start)  # the word before, not the text
    return before is not None and before.group(1).casefold() not in _NOT_NAME_PARTS


_ANCHOR_OPEN = re.compile(r"<a[\s>]", re.IGNORECASE)
_ANCHOR_CLOSE = re.compile(r"</a\s*>", re.IGNORECASE)


def _link_one(parts: list[str], linked: list[bool], spellings: tuple[str, ...], link: EntityLink) -> tuple[list[str], list[bool]]:
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
        match = next((m for m in _mentions(part, spellings) if not _inside_longer_name(part, *m)), None)
        if match:
            start, end = match
            anchor = f'<a class="entity entity-{link.kind}" href="{html.escape(link.href)}">'
            new_parts = [part[:start], anchor, part[start:end], "</a>", part[end:]]
            return (parts[:index] + new_parts + parts[index + 1:],
                    linked[:index] + [False, False, True, False, False] + linked[index + 1:])
    return parts, linked
