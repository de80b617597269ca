"""YAML loading that remembers the line of every mapping key.

Config and front-matter errors must name the line of the offending field, so we
compose the node tree ourselves and record ``key path -> line`` while loading.
"""

from __future__ import annotations

from typing import Any

import yaml

KeyPath = tuple[str, ...]


class YamlSyntaxError(Exception):
    """Raised with the 1-based line of a YAML syntax problem."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def load_with_lines(text: str) -> tuple[Any, dict[KeyPath, int]]:
    """Parse one YAML document; return the data and the 1-based line of each key."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise YamlSyntaxError(_describe(exc), line) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc), None) from None
    finally:
        loader.dispose()
    lines: dict[KeyPath, int] = {}
    if node is not None:
        _collect_lines(node, (), lines)
    return data, lines


def _describe(exc: yaml.MarkedYAMLError) -> str:
    parts = [p for p in (exc.context, exc.problem) if p]
    return "invalid YAML: " + ", ".join(parts) if parts else "invalid YAML"


def _collect_lines(node: yaml.Node, path: KeyPath, lines: dict[KeyPath, int]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = (*path, str(key_node.value))
            lines[key] = key_node.start_mark.line + 1
            _collect_lines(value_node, key, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            key = (*path, str(index))
            lines[key] = item.start_mark.line + 1
            _collect_lines(item, key, lines)


def line_of(lines: dict[KeyPath, int], path: KeyPath) -> int | None:
    """The line of ``path`` or of its nearest recorded ancestor."""
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return None
