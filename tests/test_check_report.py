"""The editor's report: grouping, the JSON schema, the HTML page's links, check.rules in briefing.yml, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.commands.check.findings import RULES
from generator.commands.check.report import REPORT_SCHEMA
from generator.config import field_docs, load_config
from generator.errors import BriefingError

README = Path(__file__).resolve().parents[1] / "README.md"
BODY = ("The foreign ministers of Russia and Iran met in Tehran on Monday to discuss the war in Syria "
        "and the fate of the truce around Aleppo, officials said after talks that lasted four hours.")


def _article(project: Path, name: str, front: str, body: str = BODY) -> None:
    path = project / "content/articles/2016/05" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front}---\n\n{body}\n", encoding="utf-8")


def _config(project: Path, text: str) -> None:
    path = project / "briefing.yml"
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def validate(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """The problems of ``value`` against the subset of JSON Schema REPORT_SCHEMA uses (type, enum, required, properties, items)."""
    types = {"object": dict, "array": list, "string": str, "integer": int, "null": type(None)}
    problems = []
    if "type" in schema:
        wanted = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(isinstance(value, types[t]) and not (t == "integer" and isinstance(value, bool)) for t in wanted):
            return [f"{where}: {value!r} is not {' or '.join(wanted)}"]
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not one of {schema['enum']}")
    if isinstance(value, dict):
        problems += [f"{where}: missing {key}" for key in schema.get("required", []) if key not in value]
        problems += [f"{where}: unexpected {key}" for key in value if "properties" in schema and key not in schema["properties"]]
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                problems += validate(value[key], sub, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for number, item in enumerate(value):
            problems += validate(item, schema["items"], f"{where}[{number}]")
    return problems


def test_the_validator_catches_a_wrong_report() -> None:
    assert validate({"version": 1, "errors": "2", "warnings": 0, "rules": [{"rule": "nonsense"}]}, REPORT_SCHEMA) != []


def test_json_output_validates_against_the_documented_schema(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _article(site_small, "no-source.md", "title: Unsourced\ndate: 2016-05-20\n")
    _article(site_small, "no-date.md", "title: When\nsource: Wire\n", "Text.")
    result = run_cli("--project", str(site_small), "check", "--only", "content", "--format", "json")
    report = json.loads(result.out)
    assert validate(report, REPORT_SCHEMA) == []
    assert result.code == 1 and report["errors"] == 1 and report["rules"][0]["rule"] == "unloadable"
    no_source = next(r for r in report["rules"] if r["rule"] == "no-source")
    assert no_source["count"] == 1 and no_source["findings"][0]["path"] == "content/articles/2016/05/no-source.md"
    assert no_source["findings"][0]["page"] == "articles/2016/05/no-source.html"
    documented = README.read_text(encoding="utf-8")
    for key in ("`version`", "`errors`", "`warnings`", "`rules`", "`rules[].rule`", "`rules[].severity`", "`rules[].count`", "`rules[].fix`",
                "`rules[].findings`", "`path`", "`line`", "`severity`", "`message`", "`page`"):
        assert key in documented, f"the JSON field {key} is not documented in the README"


def test_every_rule_and_every_config_key_is_in_the_readme() -> None:
    documented = README.read_text(encoding="utf-8")
    missing = [name for name in RULES if f"`{name}`" not in documented] + [key for key, _, _ in field_docs() if f"`{key}`" not in documented]
    assert missing == []


def test_html_report_links_to_built_pages_else_to_markdown(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _article(site_small, "no-source.md", "title: Unsourced\ndate: 2016-05-20\n")
    report = site_small / "reports/report.html"
    report.parent.mkdir()
    assert run_cli("--project", str(site_small), "check", "--only", "content", "--html", str(report)).code == 0
    links = re.findall(r'<a href="([^"#]+)"><code>content/articles/2016/05/no-source.md</code>', report.read_text(encoding="utf-8"))
    assert links == ["../content/articles/2016/05/no-source.md"]  # no site yet: the Markdown file
    assert run_cli("--project", str(site_small), "build", "-q").code == 0
    assert run_cli("--project", str(site_small), "check", "--only", "content", "--html", str(report)).code == 0
    html = report.read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"#]+)"><code>content/articles/2016/05/no-source.md</code>', html)
    assert links == ["../site/articles/2016/05/no-source.html"]
    assert (report.parent / links[0]).is_file() and '<section id="no-source">' in html


def test_rules_switched_off_or_made_errors(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _article(site_small, "no-source.md", "title: Unsourced\ndate: 2016-05-20\n")
    _config(site_small, "check:\n  rules:\n    no-source: error\n    unknown-source: off\n")
    assert load_config(site_small).check.rules == (("no-source", "error"), ("unknown-source", "off"))
    result = run_cli("--project", str(site_small), "check", "--only", "content")
    assert result.code == 1 and "no-source (error): 1 finding" in result.out and "unknown-source" not in result.out


def test_rules_win_over_the_old_require_source(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _article(site_small, "no-source.md", "title: Unsourced\ndate: 2016-05-20\n")
    _config(site_small, "check:\n  require_source: true\n  rules: {no-source: 'off'}\n")
    result = run_cli("--project", str(site_small), "check", "--only", "content")
    assert result.code == 0 and "no-source" not in result.out


@pytest.mark.parametrize(("rules", "expected"), [
    ("{no-sorce: error}", "briefing.yml:9: check.rules: unknown rule 'no-sorce'; did you mean 'no-source'?"),
    ("{no-source: fatal}", "briefing.yml:9: check.rules: rule 'no-source': must be error, warning or off (got 'fatal')"),
    ("[no-source]", "briefing.yml:8: check.rules: must be a mapping of rule names to error, warning or off, like 'no-source: error' (got ['no-source'])"),
])
def test_bad_rules_are_config_errors_with_a_line(site_small: Path, rules: str, expected: str) -> None:
    _config(site_small, f"check:\n  rules:\n    {rules}\n" if rules.startswith("{") else f"check:\n  rules: {rules}\n")
    with pytest.raises(BriefingError) as caught:
        load_config(site_small)
    assert str(caught.value.diagnostics[0]) == expected


def test_exit_codes(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("--project", str(site_small), "check", "--only", "content").code == 0  # warnings only
    _article(site_small, "no-date.md", "title: When\nsource: Wire\n", "Text.")
    assert run_cli("--project", str(site_small), "check", "--only", "content").code == 1
    with pytest.raises(SystemExit) as usage:
        run_cli("--project", str(site_small), "check", "--format", "xml")
    assert usage.value.code == 2
