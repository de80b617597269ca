"""``briefing init DIR``: lay out a new briefing project, ready to build and publish.

The files come from ``generator/scaffold/`` (package data). Nothing that
already exists is overwritten: an existing file is reported as skipped, and a
folder that already holds a ``briefing.yml`` is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator import DEFAULT_PACKAGE, __version__
from generator.config import CONFIG_NAME, PathsConfig
from generator.errors import BriefingError, Diagnostic
from generator.paths import PACKAGE_TEMPLATES as DEFAULT_TEMPLATES

SCAFFOLD = Path(__file__).resolve().parent.parent / "scaffold"
WORKFLOW_PATH = ".github/workflows/pages.yml"


@dataclass(frozen=True, slots=True)
class InitReport:
    """What ``init`` wrote and what it left alone, as paths relative to the project."""

    created: tuple[str, ...]
    skipped: tuple[str, ...]


def init_project(target: Path, *, package: str = DEFAULT_PACKAGE, copy_templates: bool = False) -> InitReport:
    """Create the project files under ``target``; never overwrites a file."""
    if (target / CONFIG_NAME).exists():
        raise BriefingError([Diagnostic(str(target / CONFIG_NAME), "already exists: this folder is a briefing project",
                                        hint="run briefing init on a new or empty folder")])
    if target.exists() and not target.is_dir():
        raise BriefingError([Diagnostic(str(target), "is a file, not a folder")])
    created: list[str] = []
    skipped: list[str] = []
    for rel_path, data in project_files(package=package, copy_templates=copy_templates):
        destination = target / rel_path
        if destination.exists():
            skipped.append(rel_path)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(data)
        created.append(rel_path)
    return InitReport(tuple(created), tuple(skipped))


def project_files(*, package: str, copy_templates: bool) -> list[tuple[str, bytes]]:
    """Every file of a new project as (path relative to the project, contents)."""
    paths = PathsConfig()
    files = [
        (CONFIG_NAME, _scaffold("briefing.yml")),
        (f"{paths.content}/inbox/.gitkeep", b""),  # hidden files in the inbox are never ingested
        (f"{paths.content}/articles/.gitkeep", b""),
        (f"{paths.content}/entities.yml", _scaffold("entities.yml")),
        (".gitignore", _scaffold("gitignore")),
        (WORKFLOW_PATH, pages_workflow(package=package, output=paths.output)),
    ]
    if copy_templates:
        files += [(f"{paths.templates}/{rel}", (DEFAULT_TEMPLATES / rel).read_bytes()) for rel in default_template_names()]
    else:
        files.append((f"{paths.templates}/README.md", templates_readme().encode("utf-8")))
    return files


def pages_workflow(*, package: str, output: str) -> bytes:
    """The GitHub Pages workflow with the install spec and the output folder filled in."""
    if '"' in package or "\n" in package:
        raise BriefingError([Diagnostic("--package", f"must be a pip requirement without quotes (got {package!r})")])
    text = _scaffold("pages.yml").decode("utf-8")
    return text.replace("@PACKAGE@", package).replace("@OUTPUT@", output).encode("utf-8")


def default_template_names() -> list[str]:
    """The packaged templates and static files, as paths relative to the templates folder."""
    return sorted(p.relative_to(DEFAULT_TEMPLATES).as_posix() for p in DEFAULT_TEMPLATES.rglob("*") if p.is_file())


def templates_readme() -> str:
    names = "\n".join(f"- `{name}`" for name in default_template_names())
    return f"""# Templates

This folder overrides briefing's default templates one file at a time. A template or
`static/` file placed here with the same name as a default replaces it; every other one
comes from the defaults shipped with briefing, so you get their improvements when you
upgrade. `briefing init --copy-templates NEW_DIR` writes a project with a copy of all of them.

Templates are Jinja2 with autoescaping on; an undefined variable is an error.

The defaults in briefing {__version__}:

{names}
"""


def _scaffold(name: str) -> bytes:
    return (SCAFFOLD / name).read_bytes()
