"""YAML loading that remembers the line of every mapping key.

Config and front-matter errors must name the line of the offending field, so we
compose the node tree ourselves and record ``key path -> line`` while loading.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, TypeVar

import yaml

from generator.errors import BriefingError, Diagnostic, LocatedError
from generator.limits import MAX_YAML_BYTES
from generator.textutil import xml_legal

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


Entry = TypeVar("Entry")


def read_entries(path: Path, shown: str, parse: Callable[[Any, int, dict[KeyPath, int], list[Diagnostic]], Entry | None]) -> list[Entry]:
    """The entries of a YAML file that is a list of them (entities.yml, sources.yml): ``parse`` reads one
    (the item, its index, the key lines) and appends what is wrong with it; every problem of the file
    is raised at once, as ``shown:line`` diagnostics."""
    try:
        data, lines = load_with_lines(path.read_text(encoding="utf-8"))
    except YamlSyntaxError as error:
        raise BriefingError([error.at(shown)]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefingError([Diagnostic(shown, f"cannot be read ({exc})", hint="save it as UTF-8 text")]) from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise BriefingError([Diagnostic(shown, "must be a list of entries", 1, hint="start each entry with '- name: ...'")])
    problems: list[Diagnostic] = []
    entries = [entry for index, item in enumerate(data) if (entry := parse(item, index, lines, problems)) is not None]
    if problems:
        raise BriefingError(problems)
    return entries


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
        data = _xml_legal(loader.construct_document(node)) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise YamlSyntaxError(_describe(exc), line) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc), None) from None
    except (ValueError, OverflowError):  # a well-formed value that is not one: 2017-02-30, 2016-13-01T99:00
        raise _impossible_value(loader_class, node) from None
    except RecursionError:
        raise YamlSyntaxError("invalid YAML: lists or mappings are nested too deeply", 1) from None
    finally:
        loader.dispose()
    return data, lines


def _xml_legal(value: Any) -> Any:
    """Every string in ``value`` (keys and items too) without the characters no output may hold: YAML's
    escapes ("\\x01", "\\ud800") spell what UTF-8 bytes cannot, and one such character makes a feed unreadable."""
    if isinstance(value, str):
        return xml_legal(value)
    if isinstance(value, list):
        return [_xml_legal(item) for item in value]
    if isinstance(value, dict):
        return {_xml_legal(key): _xml_legal(item) for key, item in value.items()}
    return value


def _impossible_value(loader_class: type, node: yaml.Node) -> YamlSyntaxError:
    """The first scalar PyYAML reads as a date or number that does not exist, with its line."""
    for path, scalar in _scalars(node, ()):
        try:
            loader_class("").construct_object(scalar, deep=True)
        except (ValueError, OverflowError):
            where = f"{'.'.join(path)}: " if path else ""
            if scalar.tag.endswith(":timestamp"):
                return YamlSyntaxError(f"{where}{scalar.value} is not a valid day", scalar.start_mark.line + 1, "use YYYY-MM-DD with a real date")
            return YamlSyntaxError(f"{where}{scalar.value} is not a valid value", scalar.start_mark.line + 1, "put the value in quotes")
    return YamlSyntaxError("invalid YAML: a value that cannot be read", 1)


def _scalars(node: yaml.Node, path: KeyPath) -> list[tuple[KeyPath, yaml.ScalarNode]]:
    """Every scalar below ``node`` (mapping keys too) with the key path that leads to it."""
    if isinstance(node, yaml.ScalarNode):
        return [(path, node)]
    if isinstance(node, yaml.MappingNode):
        found = []
        for key, value in node.value:
            found += _scalars(key, path) + _scalars(value, (*path, str(key.value)))
        return found
    return [item for index, child in enumerate(node.value) for item in _scalars(child, (*path, str(index)))]


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
