"""Site search that works on a static host: a Pagefind index built from the rendered pages.

Pagefind (the ``pagefind[extended]`` package ships its binary) splits the index into
small fragments that the browser fetches on demand, so a search costs a few
kilobytes however large the site. Only elements marked ``data-pagefind-body``
(articles, entity and theatre pages) are indexed, so list pages do not crowd
the results. Without Pagefind installed the build still succeeds, with a warning,
and the search page says search is unavailable.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.errors import BriefingError, Diagnostic
from generator.models import OutputFile

SEARCH_FOLDER = "pagefind"
INSTALL_HINT = "install it with: pip install 'briefing[search]'"


@dataclass(frozen=True, slots=True)
class SearchIndex:
    files: tuple[OutputFile, ...]
    warning: str  # "" when the index was built


def search_available() -> bool:
    """Whether this build can make a search index (the search page links its files only then)."""
    return importlib.util.find_spec("pagefind") is not None


def build_search_index(files: list[OutputFile], language: str, workspace: Path | None = None) -> SearchIndex:
    """Run Pagefind over the rendered HTML pages and return its bundle as output files.

    Without Pagefind the search page says so (and links nothing); with it, a
    failure stops the build, since the rendered search page links its files.
    With ``workspace`` (a folder in the build cache) the pages Pagefind reads are kept
    there between builds and only changed ones rewritten, and when no page changed the
    previous bundle is reused without running Pagefind at all.
    """
    if not search_available():
        return SearchIndex((), f"search: Pagefind is not installed, so the site has no search index; {INSTALL_HINT}")
    if workspace is None:
        with tempfile.TemporaryDirectory(prefix="briefing-search-") as folder:
            return _index_in(Path(folder), files, language)
    return _index_in(workspace, files, language)


def _index_in(workspace: Path, files: list[OutputFile], language: str) -> SearchIndex:
    from generator.publish import sync_folder  # here: publish imports nothing from render

    pages, bundle, done = workspace / "site", workspace / SEARCH_FOLDER, workspace / "bundle-complete"
    changed = sync_folder(pages, [file for file in files if file.rel_path.endswith(".html")])
    settings = f"{language}\n{_pagefind_version()}\n"
    if changed or not _reads(done, settings):
        done.unlink(missing_ok=True)  # a run killed half way leaves no bundle that looks complete
        # A fresh folder per run: Pagefind leaves old fragments in place, and a Pagefind orphaned
        # by a killed build may still be writing into the folder its run was given.
        for leftover in workspace.glob(f"{SEARCH_FOLDER}.new-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        fresh = workspace / f"{SEARCH_FOLDER}.new-{os.getpid()}"
        fresh.mkdir(parents=True)
        command = [sys.executable, "-m", "pagefind", "--site", str(pages), "--output-path", str(fresh),
                   "--force-language", language.split("-")[0], "--quiet"]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
            raise BriefingError([Diagnostic("search", f"Pagefind failed ({detail[0]})", hint=f"reinstall it, or uninstall it to build without search")])
        shutil.rmtree(bundle, ignore_errors=True)
        os.replace(fresh, bundle)
        done.write_text(settings, encoding="utf-8")
    return SearchIndex(tuple(OutputFile(f"{SEARCH_FOLDER}/{p.relative_to(bundle).as_posix()}", p.read_bytes())
                             for p in sorted(bundle.rglob("*")) if p.is_file()), "")


def _reads(path: Path, text: str) -> bool:
    try:
        return path.read_text(encoding="utf-8") == text
    except OSError:
        return False


def _pagefind_version() -> str:
    try:
        return importlib.metadata.version("pagefind")
    except importlib.metadata.PackageNotFoundError:
        return ""
