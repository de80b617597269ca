"""``briefing init``: a new project that builds, checks and publishes with GitHub's Pages actions."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from generator.commands.init import default_template_names
from generator.config import field_docs, load_config
from generator.render.env import DEFAULT_TEMPLATES

REPO_ROOT = Path(__file__).parent.parent
FIXTURES = REPO_ROOT / "tests" / "fixtures"
OFFICIAL_ACTIONS = ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages")


def _steps(workflow: dict) -> list[dict]:  # type: ignore[type-arg]
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def test_init_ingest_build_and_a_pages_workflow(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    project = tmp_path / "new-briefing"
    result = run_cli("init", str(project))
    assert result.code == 0, result.err
    for rel in ("briefing.yml", "content/inbox", "content/entities.yml", "templates/README.md", ".gitignore", ".github/workflows/pages.yml"):
        assert (project / rel).exists(), rel

    raw = FIXTURES / "site_small/content/inbox/aleppo-ceasefire.txt"
    shutil.copy(raw, project / "content/inbox" / raw.name)
    assert run_cli("--project", str(project), "build", "-q").code == 0
    assert (project / "site/articles/2016/05/ceasefire-extended-in-aleppo.html").is_file()
    assert (project / "site/.nojekyll").is_file()
    assert not (project / "site/CNAME").exists()  # no custom domain configured

    workflow = yaml.safe_load((project / ".github/workflows/pages.yml").read_text())
    uses = [step.get("uses", "") for step in _steps(workflow)]
    for action in OFFICIAL_ACTIONS:
        assert any(u.startswith(action + "@") for u in uses), action
    runs = " ".join(step.get("run", "") for step in _steps(workflow))
    assert '--base-url "${{ steps.pages.outputs.base_url }}/"' in runs  # the URL comes from configure-pages
    assert "briefing check" in runs
    build_steps = workflow["jobs"]["build"]["steps"]
    check_at = next(i for i, s in enumerate(build_steps) if "briefing check" in s.get("run", ""))
    upload_at = next(i for i, s in enumerate(build_steps) if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert check_at < upload_at  # nothing is uploaded unless the check passed
    assert build_steps[upload_at]["with"]["path"] == "site"
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["jobs"]["deploy"]["needs"] == "build"


def test_new_project_checks_clean_for_its_published_url(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    project = tmp_path / "p"
    run_cli("init", str(project))
    shutil.copy(FIXTURES / "site_small/content/inbox/aleppo-ceasefire.txt", project / "content/inbox")
    assert run_cli("--project", str(project), "build", "-q", "--base-url", "https://user.github.io/p").code == 0
    result = run_cli("--project", str(project), "check", "--base-url", "https://user.github.io/p/")
    assert result.code == 0, result.out + result.err
    assert "check: 0 errors" in result.out


def test_default_config_is_valid_commented_and_covers_every_key(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    run_cli("init", str(tmp_path))
    text = (tmp_path / "briefing.yml").read_text()
    cfg = load_config(tmp_path)
    assert cfg.site.title == "Conflict Briefing" and cfg.site.cname == ""
    assert text.count("#") > 10
    for key, _doc, _default in field_docs():
        section, name = key.split(".")
        assert f"\n{section}:" in f"\n{text}" and f"  {name}:" in text, f"{key} missing from the scaffold briefing.yml"


def test_init_never_overwrites(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".gitignore").write_text("mine\n")
    result = run_cli("init", str(tmp_path))
    assert result.code == 0
    assert (tmp_path / ".gitignore").read_text() == "mine\n"
    assert ".gitignore: already exists; left as it is" in result.err
    again = run_cli("init", str(tmp_path))
    assert again.code == 1 and "briefing.yml: already exists: this folder is a briefing project" in again.err


def test_custom_domain_writes_cname(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    run_cli("init", str(tmp_path))
    config = tmp_path / "briefing.yml"
    config.write_text(config.read_text().replace('cname: ""', "cname: briefing.example.org"))
    assert run_cli("--project", str(tmp_path), "build", "-q").code == 0
    assert (tmp_path / "site/CNAME").read_text() == "briefing.example.org\n"
    config.write_text(config.read_text().replace("cname: briefing.example.org", "cname: https://briefing.example.org/"))
    result = run_cli("--project", str(tmp_path), "build", "-q")
    assert result.code == 1 and "site.cname: must be a bare domain name" in result.err


def test_project_templates_override_single_defaults(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    run_cli("init", str(tmp_path))
    (tmp_path / "templates/404.html").write_text('{% extends "base.html" %}{% block main %}<h1>Lost in the briefing</h1>{% endblock %}\n')
    (tmp_path / "templates/static").mkdir()
    (tmp_path / "templates/static/extra.css").write_text("body{}\n")
    assert run_cli("--project", str(tmp_path), "build", "-q").code == 0
    assert "Lost in the briefing" in (tmp_path / "site/404.html").read_text()
    assert (tmp_path / "site/static/extra.css").is_file() and (tmp_path / "site/static/style.css").is_file()
    assert (tmp_path / "site/index.html").is_file()  # every other template from the defaults


def test_copy_templates_gives_every_default(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("init", "--copy-templates", str(tmp_path)).code == 0
    for name in default_template_names():
        assert (tmp_path / "templates" / name).read_bytes() == (DEFAULT_TEMPLATES / name).read_bytes()


def test_packaged_defaults_are_the_repository_templates() -> None:
    """One source: generator/default_templates is the repo's templates/ (a symlink in the source tree)."""
    assert DEFAULT_TEMPLATES.resolve() == (REPO_ROOT / "templates").resolve()


def test_the_pages_workflow_installs_this_project_not_a_namesake(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    # "briefing" on PyPI is an unrelated project: a desk's CI must never install it with Pages write permission.
    import tomllib

    from generator import DISTRIBUTION, __version__
    from generator.commands.init import DEFAULT_PACKAGE

    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["name"] == DISTRIBUTION == "conflict-briefing"
    assert pyproject["project"]["version"] == __version__
    assert DEFAULT_PACKAGE == f"conflict-briefing=={__version__}"
    assert run_cli("init", str(tmp_path / "desk")).code == 0
    workflow = (tmp_path / "desk/.github/workflows/pages.yml").read_text(encoding="utf-8")
    assert f'BRIEFING_PACKAGE: "conflict-briefing=={__version__}"' in workflow and '"briefing==' not in workflow
