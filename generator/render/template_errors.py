"""Template mistakes reported like content mistakes: ``templates/x.html:LINE: what is wrong``."""

from __future__ import annotations

import traceback
from pathlib import Path

import jinja2

from generator.errors import BriefingError, Diagnostic


def template_error(exc: jinja2.TemplateError, templates_dir: Path, root: Path) -> BriefingError:
    """A BriefingError naming the template file and line where ``exc`` happened."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        return BriefingError([Diagnostic(_shown(Path(exc.filename), root), f"template syntax: {exc.message}", exc.lineno)])
    if isinstance(exc, jinja2.TemplateNotFound):
        return BriefingError([Diagnostic(_shown(templates_dir, root), f"template {exc.name!r} not found", hint="restore it from the default templates")])
    # Jinja rewrites tracebacks so that template frames carry the template's file and line.
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename and Path(frame.filename).suffix in (".html", ".xml") and frame.lineno:
            return BriefingError([Diagnostic(_shown(Path(frame.filename), root), f"template: {exc}", frame.lineno)])
    return BriefingError([Diagnostic(_shown(templates_dir, root), f"template: {exc}")])


def _shown(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root))
    except ValueError:
        return str(path)
