"""Read and write YAML front matter (``---`` block at the top of a Markdown file)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

import yaml

from generator.errors import LocatedError
from generator.yamlutil import KeyPath, YamlSyntaxError, load_with_lines

FENCE = "---"


class FrontMatterError(LocatedError):
    """A front-matter problem at a 1-based line of the file (its syntax, or a field's value)."""


@dataclass(frozen=True, slots=True)
class Document:
    """Front-matter mapping, key lines (1-based, in the file), and the body."""

    meta: dict[str, Any]
    lines: dict[KeyPath, int]
    body: str


def parse_document(text: str) -> Document:
    """Split ``text`` into front matter and body; raise FrontMatterError with a line."""
    text = text.lstrip("\ufeff")
    all_lines = text.split("\n")
    if not all_lines or all_lines[0].rstrip() != FENCE:
        raise FrontMatterError("no front matter", 1, hint="start the file with a '---' line, then YAML fields, then '---'")
    try:
        end = next(i for i in range(1, len(all_lines)) if all_lines[i].rstrip() == FENCE)
    except StopIteration:
        raise FrontMatterError("front matter is not closed", 1, hint="add a '---' line after the last field") from None
    try:
        meta, lines = load_with_lines("\n".join(all_lines[1:end]))
    except YamlSyntaxError as exc:
        raise FrontMatterError(f"front matter: {exc.message}", exc.line + 1 if exc.line else 1, exc.hint) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError("front matter must be a mapping of fields", 2, hint="write 'field: value' lines")
    # The YAML starts on file line 2: shift every recorded line by one.
    shifted = {key: line + 1 for key, line in lines.items()}
    body = "\n".join(all_lines[end + 1 :]).strip("\n")
    return Document(meta={str(k): v for k, v in meta.items()}, lines=shifted, body=body)


def render_document(meta: dict[str, Any], body: str) -> str:
    """Serialise front matter and body; keys keep the given order."""
    # The C dumper (when PyYAML has it) writes the same YAML 10x faster: 10 ms an article was half of ingest.
    dumped = yaml.dump(meta, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False,
                       allow_unicode=True, width=100, default_flow_style=False)
    return f"{FENCE}\n{dumped}{FENCE}\n\n{body.strip()}\n"


_TOP_LEVEL_KEY = re.compile(r"[^\s#-][^:]*:")


def without_fields(text: str, fields: Iterable[str]) -> str:
    """``text`` with the top-level front-matter ``fields`` taken out, every other byte as it was.

    Works on the lines, not by writing the YAML again, so comments, quoting and order of the rest
    stay as a person left them. Raises FrontMatterError if the file does not parse, or if the
    result would not read back as the same front matter less those fields and the same body.
    """
    document = parse_document(text)
    drop = {name for name in fields if name in document.meta}
    if not drop:
        return text
    lines = text.split("\n")
    end = next(i for i in range(1, len(lines)) if lines[i].rstrip() == FENCE)
    kept, dropping = [], False
    for number, line in enumerate(lines):
        if 0 < number < end and _TOP_LEVEL_KEY.match(line):
            dropping = line.split(":", 1)[0].strip().strip("'\"") in drop
        elif number >= end:
            dropping = False
        if not dropping:
            kept.append(line)
    result = "\n".join(kept)
    again = parse_document(result)
    if again.meta != {k: v for k, v in document.meta.items() if k not in drop} or again.body != document.body:
        raise FrontMatterError(f"cannot take out {', '.join(sorted(drop))} without changing the rest", 1,
                               hint="remove those fields by hand")
    return result


def with_field(text: str, key: str, value: str) -> str:
    """``text`` with a new top-level front-matter field ``key: value`` before the closing fence, every
    other byte as it was. Raises FrontMatterError if the file does not parse, already has ``key``, or
    would not read back as the same front matter plus that field."""
    document = parse_document(text)
    if key in document.meta:
        raise FrontMatterError(f"{key}: is already set", 1, hint=f"change '{key}:' by hand")
    lines = text.split("\n")
    end = next(i for i in range(1, len(lines)) if lines[i].rstrip() == FENCE)
    line = yaml.safe_dump({key: value}, allow_unicode=True, width=1000, default_flow_style=False).rstrip("\n")
    result = "\n".join([*lines[:end], line, *lines[end:]])
    again = parse_document(result)
    if again.meta != {**document.meta, key: value} or again.body != document.body:
        raise FrontMatterError(f"cannot add '{key}:' without changing the rest", 1, hint=f"add '{key}:' by hand")
    return result
