"""What ``briefing check`` finds: findings, each under a named rule, and the catalogue of rules.

Every finding carries its rule's name (``no-source``, ``unintroduced-name``...), so the report
can group them, ``briefing.yml`` can switch a rule off or make it an error (``check.rules``),
and a script can read them (``--format json``). A rule's one-line fix is said once, in the
catalogue; a finding's own message says only what is wrong at that place.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Iterable, Mapping

from generator.errors import ERROR, WARNING, Diagnostic

__all__ = ["ERROR", "WARNING", "OFF", "RULES", "Finding", "Rule", "apply_severities", "as_errors", "count", "finding",
           "from_diagnostic"]

OFF = "off"
SEVERITIES = (ERROR, WARNING, OFF)


@dataclass(frozen=True, slots=True)
class Rule:
    """A check with its default severity, the part of the project it reads, and how to fix what it finds."""

    name: str
    severity: str
    scope: str  # "site" (the built site) or "content" (content/ and briefing.yml)
    fix: str


def _rules(*rules: Rule) -> Mapping[str, Rule]:
    return {rule.name: rule for rule in rules}


RULES: Mapping[str, Rule] = _rules(
    Rule("no-site", ERROR, "site", "run briefing build first"),
    Rule("broken-link", ERROR, "site", "fix or remove the link; a template's link is fixed in templates/"),
    Rule("missing-alt", ERROR, "site", 'add alt="..." to the image (alt="" if it is decorative)'),
    Rule("html5", ERROR, "site", "fix the markup in the template (or the article's HTML) that produced it"),
    Rule("html5-unchecked", WARNING, "site", "pip install html5lib to check HTML5 validity"),
    Rule("feed", ERROR, "site", "fix the feed template (feed.xml must satisfy Atom, RFC 4287)"),
    Rule("sitemap", ERROR, "site", "fix the sitemap template (sitemaps.org 0.9)"),
    Rule("relative-urls", WARNING, "site", "set site.base_url in briefing.yml (or build and check with --base-url URL)"),
    Rule("page-size", WARNING, "site", "split the page or raise --max-page-kb"),
    Rule("unloadable", ERROR, "content", "fix the front matter at the line shown; the article is left out until then"),
    Rule("source-registry", ERROR, "content", "fix content/sources.yml at the line shown"),
    Rule("no-source", WARNING, "content",
         "add 'source: Outlet', at ingest (briefing ingest FILES --source OUTLET, also for files ingested before) "
         "or by folder in briefing.yml (ingest: sources: {content/inbox/sana: SANA})"),
    Rule("unknown-source", WARNING, "content",
         "add the outlet to content/sources.yml with kind and country, or correct the spelling to a known outlet's"),
    Rule("future-date", WARNING, "content", "correct the 'date:' in the front matter"),
    Rule("guessed-date", WARNING, "content", "set 'date:' by hand and remove 'date_guessed:' (or ingest again with --date)"),
    Rule("no-entities", WARNING, "content", "add people, places or organisations under 'entities:' so the story is cross-linked"),
    Rule("unintroduced-name", WARNING, "content",
         "give the person's full name on first mention (\"John Kerry\", then \"Kerry\"), or correct the name"),
    Rule("story-mismatch", WARNING, "content",
         "check the place and date of each report; give the odd one out its own 'story:' if it is another event"),
    Rule("duplicate-story", WARNING, "content", "delete all but one, or give each a different angle and title"),
    Rule("noise-entity", WARNING, "content", "remove it from 'entities:' or mark it 'reject: true' in content/entities.yml"),
    Rule("furniture-in-summary", WARNING, "content",
         "write 'lede:' and 'summary:' in the front matter, or remove the page furniture from the body"),
    Rule("body-starts-with-headline", WARNING, "content", "delete the repeated headline from the top of the body"),
    Rule("disputed-figure", WARNING, "content",
         "if the largest figure is a running total or history, write the article's 'figures:' by hand with scope: background"),
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One place a rule found something: ``path:line: severity: message [rule]``.

    ``page`` is the built site's page for it (site-relative), when there is one, for the HTML report's links.
    """

    rule: str
    severity: str
    path: str
    line: int | None
    message: str
    page: str = ""

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def report(self) -> str:
        """The line of a flat listing: ``path:line: severity: message [rule]``."""
        return f"{self.where}: {self.severity}: {self.message} [{self.rule}]"


def finding(rule: str, path: str, line: int | None, message: str, *, page: str = "") -> Finding:
    """A finding of ``rule`` (a name in RULES) with the rule's default severity."""
    return Finding(rule, RULES[rule].severity, path, line, message, page)


def from_diagnostic(rule: str, diagnostic: Diagnostic, path: str) -> Finding:
    """A loading problem (front matter, sources.yml) as a finding of ``rule``, shown at ``path``."""
    message = f"{diagnostic.message}; {diagnostic.hint}" if diagnostic.hint else diagnostic.message
    return finding(rule, path, diagnostic.line, message)


def apply_severities(findings: Iterable[Finding], severities: Mapping[str, str]) -> list[Finding]:
    """Each finding with the severity briefing.yml gives its rule (``check.rules``); rules set 'off' are dropped."""
    kept = []
    for item in findings:
        severity = severities.get(item.rule, item.severity)
        if severity != OFF:
            kept.append(item if severity == item.severity else dataclasses.replace(item, severity=severity))
    return kept


def as_errors(findings: Iterable[Finding]) -> list[Finding]:
    """``--strict``: every finding is an error."""
    return [dataclasses.replace(f, severity=ERROR) for f in findings]


def count(findings: Iterable[Finding], severity: str) -> int:
    return sum(1 for f in findings if f.severity == severity)
