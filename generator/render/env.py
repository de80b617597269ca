"""The one Jinja environment: templates from the project, autoescape on, strict undefined.

A project's ``templates/`` folder only needs the templates it changes: any
template (or ``static/`` file) it does not have comes from the defaults shipped
inside the package (``generator/default_templates``, which in the source tree is
a symlink to the repository's ``templates/``, so there is one copy to edit).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import jinja2

from generator.nlp.figures import AID_USD, CEASEFIRE
from generator.paths import PACKAGE_TEMPLATES


@lru_cache(maxsize=8192)  # strftime per card of every listing was ~3% of rendering; a site has a few hundred days
def long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


@lru_cache(maxsize=8192)
def short_date(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def figure_value(value: int, kind: str) -> str:
    """12,000 people; $3.2 billion; 48 hours shown as '2 days' when whole days."""
    if kind == AID_USD:
        for size, word in ((1_000_000_000, "billion"), (1_000_000, "million")):
            if value >= size:
                return f"${value / size:.1f}".removesuffix(".0") + f" {word}"
        return f"${value:,}"
    if kind == CEASEFIRE and value % 24 == 0 and value >= 48:
        return f"{value // 24} days"
    return f"{value:,}"


def figure_label(label: str, kind: str, value: int) -> str:
    """The ceasefire label already says its unit when the value is written in days."""
    if kind == CEASEFIRE:
        return "ceasefire" if value % 24 == 0 and value >= 48 else "hour ceasefire"
    if kind == AID_USD:
        return "in aid"
    return label


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


DEFAULT_TEMPLATES = PACKAGE_TEMPLATES


def template_search_path(templates_dir: Path) -> tuple[Path, ...]:
    """Where templates are looked up, first match wins: the project's, then the packaged defaults."""
    return (templates_dir, DEFAULT_TEMPLATES)


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """Undefined variables are errors and every value is escaped unless marked safe."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(p) for p in template_search_path(templates_dir)]),
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # An environment lives for one set of templates (render.pages keeps it under their content's hash), so it
        # never looks for edits: checking saved a stat per template a page uses (~5% of rendering).
        auto_reload=False,
    )
    env.filters.update(long_date=long_date, short_date=short_date, figure_value=figure_value,
                       figure_label=figure_label, plural=plural)
    return env
