"""The one Jinja environment: templates from the project, autoescape on, strict undefined."""

from __future__ import annotations

from pathlib import Path

import jinja2


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """Undefined variables are errors and every value is escaped unless marked safe."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["long_date"] = lambda day: f"{day:%A} {day.day} {day:%B %Y}"
    return env
