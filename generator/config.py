"""Stage 0: read ``briefing.yml`` once, check every field, report every problem at once.

The schema is declared as frozen dataclasses; each field carries its default and
a docstring-like ``doc`` in its metadata, so the reference docs and the checks
come from one place. Unknown keys are errors with a did-you-mean, never warnings.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from generator.errors import BriefingError, Diagnostic
from generator.yamlutil import KeyPath, YamlSyntaxError, line_of, load_with_lines

CONFIG_NAME = "briefing.yml"

Check = Callable[[Any], str | None]


# A parsed value, or what is wrong: a message, or (the key inside the value, the message) for its line.
Parse = Callable[[Any], tuple[Any, "str | tuple[str, str] | None"]]


def _doc(text: str, check: Check | None = None, parse: Parse | None = None) -> dict[str, Any]:
    """A field's documentation and its check; ``parse`` turns a value of another YAML type (a mapping)
    into the field's own, or says what is wrong with it."""
    return {"doc": text, "check": check, "parse": parse}


def _base_url(value: str) -> str | None:
    if value and not re.match(r"^https?://[^\s/]+(/[^\s]*)?$", value):
        return "must be an http(s) URL such as https://user.github.io/repo/, or empty"
    if value and not value.endswith("/"):
        return 'must end with "/"'
    return None


def _cname(value: str) -> str | None:
    if value and not re.fullmatch(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", value):
        return "must be a bare domain name such as briefing.example.org (no https://, no path), or empty"
    return None


def _not_empty(value: str) -> str | None:
    return "must not be empty" if not value.strip() else None


def _language(value: str) -> str | None:
    return None if re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", value) else "must be a language code such as en or fr"


def _between(low: int, high: int) -> Check:
    def check(value: int) -> str | None:
        return None if low <= value <= high else f"must be between {low} and {high}"

    return check


def _relative_path(value: str) -> str | None:
    """A folder of the project: relative to briefing.yml, inside the project folder, not a hidden folder's."""
    if not value.strip():
        return "must not be empty"
    if any(ord(char) < 32 or ord(char) == 127 for char in value):
        return "must not hold control characters"
    if Path(value).is_absolute() or "\\" in value:
        return "must be a path relative to briefing.yml, with '/' between folders"
    parts = _parts(value)
    if parts is None:
        return "must stay inside the project folder (no '..' out of it)"
    if any(part.startswith(".") for part in parts):
        return "must not be or be inside a hidden folder (.git, .github, .briefing-cache... belong to other tools)"
    return None


def _parts(value: str) -> tuple[str, ...] | None:
    """The folders of a relative path once '.' and '..' are applied; None when it leaves the project."""
    parts: list[str] = []
    for part in value.replace("\\", "/").split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(part)
    return tuple(parts)


def _overlaps(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one folder is the other or holds it."""
    return a[: len(b)] == b or b[: len(a)] == a


def _path_problems(paths: PathsConfig) -> list[tuple[KeyPath, str]]:
    """The site folder is replaced whole at every build: it must hold nothing else of the project."""
    output = _parts(paths.output)
    if output is None or _relative_path(paths.output):
        return []  # already reported
    if not output:
        return [(("paths", "output"), "must be a folder of its own, not the project folder (it is replaced whole at every build)")]
    problems: list[tuple[KeyPath, str]] = []
    for name in ("content", "templates"):
        other = _parts(getattr(paths, name))
        if other is not None and _overlaps(output, other):
            problems.append((("paths", "output"), f"must not be, hold or be inside paths.{name} ({getattr(paths, name)!r}): "
                                                  "the site folder is replaced whole at every build"))
    return problems


@dataclass(frozen=True, slots=True)
class SiteConfig:
    title: str = field(default="Conflict Briefing", metadata=_doc("Site name, shown in every page header and the feed.", _not_empty))
    description: str = field(default="", metadata=_doc("One line under the title and in the feed's subtitle."))
    base_url: str = field(default="", metadata=_doc("Published URL ending in '/', e.g. https://user.github.io/repo/. Empty: links stay relative and feed/sitemap use relative URLs.", _base_url))
    language: str = field(default="en", metadata=_doc("Language code of the site (the <html lang> attribute).", _language))
    cname: str = field(default="", metadata=_doc("Custom domain for GitHub Pages, e.g. briefing.example.org; written to site/CNAME. Empty: no CNAME file.", _cname))


@dataclass(frozen=True, slots=True)
class PathsConfig:
    content: str = field(default="content", metadata=_doc("Folder with inbox/ (raw articles) and articles/ (ingested Markdown).", _relative_path))
    output: str = field(default="site", metadata=_doc("Folder the built site is written to (replaced whole on each successful build).", _relative_path))
    templates: str = field(default="templates", metadata=_doc("Folder with the Jinja2 templates.", _relative_path))


@dataclass(frozen=True, slots=True)
class SummaryConfig:
    sentences: int = field(default=3, metadata=_doc("Most sentences in a generated summary (it stops at about 12 words per sentence).", _between(1, 10)))
    key_points: int = field(default=4, metadata=_doc("Key points generated per article.", _between(1, 10)))


@dataclass(frozen=True, slots=True)
class HomeConfig:
    articles: int = field(default=20, metadata=_doc("Number of latest articles on the home page.", _between(1, 1000)))


Problem = str | tuple[str, str] | None  # what a parse hook says is wrong (see Parse)


def _mapping(raw: Any, usage: str, entry: Callable[[str, Any], tuple[Any, str]]) -> tuple[list[Any], Problem]:
    """The entries of a mapping-valued field, each read by ``entry(key, value)`` -> (item, problem);
    the first problem names its key's line. An absent field is no entries."""
    if raw is None:
        return [], None
    if not isinstance(raw, dict):
        return [], f"must be a mapping of {usage}"
    items = []
    for key, value in raw.items():
        item, problem = entry(str(key), value)
        if problem:
            return [], (str(key), problem)
        items.append(item)
    return items, None


FolderSources = tuple[tuple[tuple[str, ...], str], ...]


def _folder_sources(raw: Any) -> tuple[FolderSources, Problem]:
    """``{content/inbox/sana: SANA}`` -> ((('content', 'inbox', 'sana'), 'SANA'),), deepest folder first."""
    def entry(folder: str, outlet: Any) -> tuple[Any, str]:
        problem = _relative_path(folder)
        if problem:
            return None, f"folder {folder!r} {problem}"
        if not isinstance(outlet, str) or not outlet.strip():
            return None, f"folder {folder!r}: the outlet must be a name (got {outlet!r})"
        return (_parts(folder) or (), " ".join(outlet.split())), ""

    pairs, problem = _mapping(raw, "folders to outlets, like 'content/inbox/sana: SANA'", entry)
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0]))), problem


@dataclass(frozen=True, slots=True)
class IngestConfig:
    sources: FolderSources = field(default=(), metadata=_doc(
        "The outlet of copy under a folder that names none, e.g. {content/inbox/sana: SANA}: folders relative to briefing.yml, "
        "the deepest one that holds an input wins; the copy's own credit and briefing ingest --source win over it.",
        parse=_folder_sources))

    def source_for(self, relative: tuple[str, ...]) -> str:
        """The configured outlet of the deepest folder holding a file at ``relative`` (path parts), or ''."""
        for folder, outlet in self.sources:
            if relative[: len(folder)] == folder and len(relative) > len(folder):
                return outlet
        return ""


RuleSeverities = tuple[tuple[str, str], ...]
RULE_SEVERITIES = ("error", "warning", "off")


def _rule_severities(raw: Any) -> tuple[RuleSeverities, Problem]:
    """``{no-source: error, noise-entity: off}`` -> (('no-source', 'error'), ('noise-entity', 'off'))."""
    from generator.commands.check.findings import RULES  # the catalogue lives with the checks

    def entry(rule: str, severity: Any) -> tuple[Any, str]:
        if rule not in RULES:
            return None, f"unknown rule {rule!r}" + _suggest(rule, RULES)
        value = "off" if severity is False else severity  # YAML 1.1 reads a bare `off` as false
        if value not in RULE_SEVERITIES:
            return None, f"rule {rule!r}: must be error, warning or off (got {severity!r})"
        return (rule, str(value)), ""

    pairs, problem = _mapping(raw, "rule names to error, warning or off, like 'no-source: error'", entry)
    return tuple(sorted(pairs)), problem


@dataclass(frozen=True, slots=True)
class CheckConfig:
    rules: RuleSeverities = field(default=(), metadata=_doc(
        "Each rule of briefing check made an error (fails the check, exit 1), a warning, or off (not reported), "
        "e.g. {no-source: error, noise-entity: off}; the rules are listed under 'The editor's report'.",
        parse=_rule_severities))
    require_source: bool = field(default=False, metadata=_doc(
        "Kept for older projects: true is the same as rules: {no-source: error} (a rule set in 'rules' wins)."))

    def severities(self) -> dict[str, str]:
        """The severity briefing.yml gives each rule it names (require_source included)."""
        chosen = {"no-source": "error"} if self.require_source else {}
        return chosen | dict(self.rules)


@dataclass(frozen=True, slots=True)
class FiguresConfig:
    disputed_above: int = field(default=2000, metadata=_doc(
        "The most people killed (or wounded) one day's total for one country is believed at: a larger total is shown marked "
        "as disputed, never as a plain fact.", _between(1, 10_000_000)))


@dataclass(frozen=True, slots=True)
class TrendsConfig:
    weeks: int = field(default=4, metadata=_doc(
        "How many weeks before this week (the week of the latest briefing day) make a theatre's baseline: its weekly "
        "average of articles, stories and killed.", _between(1, 26)))
    min_weeks: int = field(default=2, metadata=_doc(
        "How many of those weeks the site must cover (weeks since its first article) before any trend is given; "
        "fewer, and every theatre shows 'no baseline'.", _between(1, 26)))
    change_percent: int = field(default=50, metadata=_doc(
        "How far (in percent) this week must be above or below the baseline's weekly average for a measure to count "
        "as up or down.", _between(1, 1000)))
    min_killed_change: int = field(default=5, metadata=_doc(
        "And by at least this many people killed (conservative count) for the killed figure to count as up or down: "
        "3 killed against 1 is no trend.", _between(0, 1_000_000)))
    min_story_change: int = field(default=2, metadata=_doc(
        "And by at least this many stories (and articles) for those to count as up or down.", _between(0, 10_000)))


@dataclass(frozen=True, slots=True)
class Config:
    """The whole validated configuration; ``root`` is the folder holding briefing.yml."""

    root: Path
    site: SiteConfig = SiteConfig()
    paths: PathsConfig = PathsConfig()
    summary: SummaryConfig = SummaryConfig()
    home: HomeConfig = HomeConfig()
    ingest: IngestConfig = IngestConfig()
    check: CheckConfig = CheckConfig()
    figures: FiguresConfig = FiguresConfig()
    trends: TrendsConfig = TrendsConfig()

    @property
    def content_dir(self) -> Path:
        return self.root / self.paths.content

    @property
    def inbox_dir(self) -> Path:
        return self.content_dir / "inbox"

    @property
    def articles_dir(self) -> Path:
        return self.content_dir / "articles"

    @property
    def output_dir(self) -> Path:
        return self.root / self.paths.output

    @property
    def templates_dir(self) -> Path:
        return self.root / self.paths.templates


SECTIONS: dict[str, type] = {"site": SiteConfig, "paths": PathsConfig, "summary": SummaryConfig, "home": HomeConfig,
                             "ingest": IngestConfig, "check": CheckConfig, "figures": FiguresConfig,
                             "trends": TrendsConfig}


def load_config(root: Path) -> Config:
    """Read ``root/briefing.yml`` and return a validated Config, or raise with every problem."""
    path = root / CONFIG_NAME
    if not path.is_file():
        raise BriefingError([Diagnostic(str(path), "no briefing.yml here", hint="run briefing in a project's root (the folder with briefing.yml), or pass --project DIR")])
    try:
        data, lines = load_with_lines(path.read_text(encoding="utf-8"))
    except YamlSyntaxError as exc:
        raise BriefingError([exc.at(CONFIG_NAME)]) from None
    except UnicodeDecodeError:
        raise BriefingError([Diagnostic(CONFIG_NAME, "is not UTF-8 text", hint="save it as UTF-8")]) from None
    return parse_config(data if data is not None else {}, lines, root.resolve())


def with_base_url(cfg: Config, base_url: str) -> Config:
    """``cfg`` with ``site.base_url`` replaced (e.g. from the Pages workflow); a missing final '/' is added."""
    url = base_url.strip()
    url = url if not url or url.endswith("/") else url + "/"
    problem = _base_url(url)
    if problem:
        raise BriefingError([Diagnostic("--base-url", f"{problem} (got {base_url!r})")])
    return dataclasses.replace(cfg, site=dataclasses.replace(cfg.site, base_url=url))


def parse_config(data: Any, lines: dict[KeyPath, int], root: Path) -> Config:
    """Check the parsed YAML field by field; collect every problem before raising."""
    problems: list[Diagnostic] = []

    def report(path: KeyPath, message: str, at: KeyPath = ()) -> None:
        """A problem with the key at ``path``, on the line of ``at`` (a key inside its value) when given."""
        line = (line_of(lines, at) if at else None) or line_of(lines, path)
        problems.append(Diagnostic(CONFIG_NAME, f"{'.'.join(path)}: {message}" if path else message, line))

    if not isinstance(data, dict):
        report((), f"must be a mapping of sections ({', '.join(SECTIONS)}), got {type(data).__name__}")
        raise BriefingError(problems)
    sections: dict[str, Any] = {}
    for name, value in data.items():
        key = str(name)
        if key not in SECTIONS:
            report((key,), "unknown section" + _suggest(key, SECTIONS))
            continue
        sections[key] = _parse_section(SECTIONS[key], value, (key,), report)
    for path, message in _path_problems(sections.get("paths", PathsConfig())):
        report(path, message)
    if problems:
        raise BriefingError(problems)
    return Config(root=root, **sections)


def _parse_section(schema: type, value: Any, path: KeyPath, report: Callable[..., None]) -> Any:
    if value is None:
        return schema()
    if not isinstance(value, dict):
        report(path, f"must be a mapping (got {value!r})")
        return schema()
    fields = {f.name: f for f in dataclasses.fields(schema)}
    values: dict[str, Any] = {}
    for raw_key, raw in value.items():
        key = str(raw_key)
        if key not in fields:
            report((*path, key), "unknown key" + _suggest(key, fields))
            continue
        parse: Parse | None = fields[key].metadata.get("parse")
        if parse is not None:
            parsed, problem = parse(raw)
            if isinstance(problem, tuple):
                inner, message = problem
                report((*path, key), message, (*path, key, inner))
            elif problem:
                report((*path, key), f"{problem} (got {raw!r})")
            else:
                values[key] = parsed
            continue
        problem = _check_field(fields[key], raw)
        if problem:
            report((*path, key), f"{problem} (got {raw!r})")
        else:
            values[key] = raw
    return schema(**values)


def _check_field(spec: dataclasses.Field[Any], raw: Any) -> str | None:
    expected = type(spec.default)
    # YAML reads `yes`/`no` as booleans; bool is an int subclass, so reject it explicitly.
    if isinstance(raw, bool) and expected is not bool or not isinstance(raw, expected):
        return f"must be {'an integer' if expected is int else 'true or false' if expected is bool else 'text'}"
    check: Check | None = spec.metadata.get("check")
    return check(raw) if check else None


def _suggest(key: str, known: Any) -> str:
    close = difflib.get_close_matches(key, list(known), n=1)
    return f"; did you mean '{close[0]}'?" if close else f"; known: {', '.join(known)}"


def field_docs() -> list[tuple[str, str, Any]]:
    """Every config key with its doc and default, for the reference docs."""
    rows = []
    for section, schema in SECTIONS.items():
        for spec in dataclasses.fields(schema):
            rows.append((f"{section}.{spec.name}", spec.metadata["doc"], {} if spec.metadata.get("parse") else spec.default))
    return rows
