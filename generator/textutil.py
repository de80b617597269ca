"""Small text helpers shared by stages: Markdown <-> plain text for article bodies."""

from __future__ import annotations

import re

_BLOCK_MARKER = re.compile(r"^(\s*)([#>*+\-]|\d+[.)])(\s)")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


# Characters XML 1.0 forbids (C0 controls but tab/newline/return, lone surrogates, U+FFFE/U+FFFF), plus C1
# controls and DEL: none carries meaning in an article, and one of them makes a feed unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def xml_legal(text: str) -> str:
    """``text`` without the characters that cannot appear in XML (or HTML) output."""
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


def paragraphs_to_markdown(paragraphs: tuple[str, ...] | list[str]) -> str:
    """Plain paragraphs as Markdown that renders back to the same text."""
    return "\n\n".join(_escape_paragraph(p) for p in paragraphs)


def _escape_paragraph(paragraph: str) -> str:
    # A paragraph that happens to start like a list item or heading must stay a paragraph,
    # and emphasis characters in plain text are literal.
    text = re.sub(r"([\\`*_\[\]])", r"\\\1", paragraph)
    return _BLOCK_MARKER.sub(lambda m: f"{m[1]}\\{m[2]}{m[3]}" if not m[2][0].isdigit() else f"{m[1]}{m[2][:-1]}\\{m[2][-1]}{m[3]}", text)


def markdown_to_text(markdown_text: str) -> str:
    """The readable text of an article body, paragraphs separated by blank lines."""
    # Escaped characters are literal text: hide them while markup is stripped.
    text = _MD_ESCAPE.sub(lambda m: f"\x00{ord(m[1])}\x00", markdown_text)
    text = _MD_LINK.sub(r"\1", text)
    text = re.sub(r"^\s{0,3}(#{1,6}|>)\s*", "", text, flags=re.MULTILINE)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\x00(\d+)\x00", lambda m: chr(int(m[1])), text).strip()
