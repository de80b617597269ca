"""The one Jinja environment: templates from the project, autoescape on, strict undefined.

A project's ``templates/`` folder only needs the templates it changes: any
template (or ``static/`` file) it does not have comes from the defaults shipped
inside the package (``generator/default_templates``, which in the source tree is
a symlink to the repository's ``templates/``, so there is one copy to edit).
"""

from __future__ import annotations

from pathlib import Path

import jinja2


DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent / "default_templates"


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
    )
    env.filters["long_date"] = lambda day: f"{day:%A} {day.day} {day:%B %Y}"
    return env
