import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.commands.cli import make_parser


def test_python_dash_m_help() -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "build" in result.stdout and "ingest" in result.stdout


@pytest.mark.parametrize("command", ["build", "ingest"])
def test_each_command_has_help(command: str, run_cli) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as caught:
        run_cli(command, "--help")
    assert caught.value.code == 0


def test_every_option_has_help_text() -> None:
    parser = make_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name, sub in subparsers.choices.items():  # type: ignore[union-attr]
        for action in sub._actions:
            assert action.help, f"{name} {action.option_strings or action.dest}"


def test_no_project_here_is_a_clear_error(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--project", str(tmp_path), "build")
    assert result.code == 1
    assert "no briefing.yml here; run briefing in a project's root" in result.err


def test_ingest_reports_and_exits_non_zero_on_failure(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    empty = site_small / "empty.txt"
    empty.write_text("")
    result = run_cli("--project", str(site_small), "ingest", str(empty), str(site_small / "missing.txt"))
    assert result.code == 1
    assert "empty.txt: is empty" in result.err and "missing.txt: no such file" in result.err
    assert "ingested 0, unchanged 0, duplicates 0, failed 2" in result.out


def test_ingest_then_build(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    raw = site_small / "new.txt"
    raw.write_text("Talks Resume\n\nDelegates from Sudan met in Khartoum on Monday to discuss the truce.\n")
    result = run_cli("--project", str(site_small), "ingest", "--date", "2016-06-01", str(raw))
    assert result.code == 0 and "wrote content/articles/2016/06/talks-resume.md" in result.out
    assert run_cli("--project", str(site_small), "build", "-q").code == 0
    assert (site_small / "site/articles/2016/06/talks-resume.html").is_file()


def test_bad_date_option(run_cli) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as caught:
        run_cli("ingest", "--date", "tomorrow", "x.txt")
    assert caught.value.code == 2


def test_an_internal_error_is_reported_without_a_traceback(site_small: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import generator.index as index_module

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("substring not found")

    monkeypatch.setattr(index_module, "build_index", broken)  # the build imports its stages when it runs
    result = run_cli("--project", str(site_small), "build")
    assert result.code == 3  # distinct from bad input (1) and wrong usage (2)
    assert "internal error (ValueError: substring not found)" in result.err and "Traceback" not in result.err
    assert not (site_small / "site").exists()


@pytest.mark.parametrize("argv", [(), ("--quiet",), ("--project", "somewhere")])
def test_no_command_prints_the_help_not_an_argparse_error(argv: tuple[str, ...], run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(*argv)
    assert result.code == 2  # usage, as documented (git exits non-zero too)
    assert result.out.startswith("usage: briefing") and "build" in result.out and "serve" in result.out
    assert "error" not in result.err and "required" not in result.err


def test_a_command_runs_with_rarer_collections_and_puts_the_thresholds_back(site_small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import generator.commands.cli as cli

    seen: list[tuple[int, ...]] = []
    monkeypatch.setattr(cli, "build", lambda cfg, progress=None: seen.append(gc.get_threshold()) or 1 / 0)
    before = gc.get_threshold()
    assert cli.main(["build", "--quiet", "--project", str(site_small)]) == cli.INTERNAL_ERROR
    assert seen == [cli.GC_THRESHOLDS] and gc.get_threshold() == before


def test_a_build_that_finds_nothing_changed_imports_no_stage_and_no_other_command(site_small: Path) -> None:
    """The no-change check is most of such a build: the stages' modules, the other commands' and what only a build
    with work uses (forking, the libraries' versions) are not imported for it."""
    script = ("import sys; from generator.commands.cli import main; main(['--project', sys.argv[1], 'build', '--quiet']); "
              "print(' '.join(sorted(sys.modules)))")
    shutil.rmtree(site_small / "content" / "inbox")  # raw files left there are ingested (a no-op) at every build
    for _ in range(2):  # the first builds the site, the second finds nothing changed
        result = subprocess.run([sys.executable, "-c", script, str(site_small)], capture_output=True, text=True, check=True)
    loaded = set(result.stdout.split())
    assert "generator.commands.build" in loaded
    never = {"generator.nlp", "generator.render", "generator.search", "generator.index", "generator.commands.check.site",
             "generator.commands.init", "generator.commands.serve", "jinja2", "multiprocessing", "importlib.metadata"}
    assert not never & loaded, sorted(never & loaded)
