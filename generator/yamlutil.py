"""YAML loading that remembers the line of every mapping key.

Config and front-matter errors must name the line of the offending field, so we
compose the node tree ourselves and record ``key path -> line`` while loading.
"""

from __future__ import annotations

from typing import Any

import yaml

from generator.errors import LocatedError
from generator.limits import MAX_YAML_BYTES

KeyPath = tuple[str, ...]


class YamlSyntaxError(LocatedError):
    """Raised with the 1-based line of a YAML syntax problem."""


# libyaml's parser when PyYAML was built with it: several times faster on 100k articles.
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_with_lines(text: str) -> tuple[Any, dict[KeyPath, int]]:
    """Parse one YAML document; return the data and the 1-based line of each key.

    Anchors and aliases are refused: no config or front matter needs them, and
    they are how a "billion laughs" document expands in whoever walks it.
    """
    if len(text) > MAX_YAML_BYTES:
        raise YamlSyntaxError(f"is {len(text) // 1024} KiB of YAML; the limit is {MAX_YAML_BYTES // 1024} KiB", 1)
    try:
        return _load(_Loader, text)
    except (YamlSyntaxError, UnicodeEncodeError):  # libyaml cannot even encode a lone surrogate
        if _Loader is yaml.SafeLoader:
            raise
    # Errors are rare: parse again with the pure-Python loader, whose line numbers
    # and messages are more precise than libyaml's.
    return _load(yaml.SafeLoader, text)


def _load(loader_class: type, text: str) -> tuple[Any, dict[KeyPath, int]]:
    try:
        loader = loader_class(text)  # the reader already refuses control characters here
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", 1) from None
    try:
        node = loader.get_single_node()
        lines: dict[KeyPath, int] = {}
        if node is not None:
            _collect_lines(node, (), lines, set())
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise YamlSyntaxError(_describe(exc), line) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc), None) from None
    except RecursionError:
        raise YamlSyntaxError("invalid YAML: lists or mappings are nested too deeply", 1) from None
    finally:
        loader.dispose()
    return data, lines


def _describe(exc: yaml.MarkedYAMLError) -> str:
    parts = [p for p in (exc.context, exc.problem) if p]
    return "invalid YAML: " + ", ".join(parts) if parts else "invalid YAML"


def _collect_lines(node: yaml.Node, path: KeyPath, lines: dict[KeyPath, int], seen: set[int]) -> None:
    if id(node) in seen:  # the same node twice: it was reached through an alias
        raise YamlSyntaxError("invalid YAML: anchors and aliases (&name, *name) are not allowed", node.start_mark.line + 1)
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = (*path, str(key_node.value))
            lines[key] = key_node.start_mark.line + 1
            _collect_lines(value_node, key, lines, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            key = (*path, str(index))
            lines[key] = item.start_mark.line + 1
            _collect_lines(item, key, lines, seen)


def line_of(lines: dict[KeyPath, int], path: KeyPath) -> int | None:
    """The line of ``path`` or of its nearest recorded ancestor."""
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return None
