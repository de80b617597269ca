"""Index pages for the folders a reader may type: ``people/``, ``days/2016/07/``, ``articles/``, ...

One rule for every folder: a folder that holds pages (or folders of pages) and has no
``index.html`` of its own gets one, made from the pages the build planned there. A folder of one
kind of entity shows the entities index limited to that kind; any other folder lists its
subfolders and its pages by title, in the order the site plans them (newest first for days and
articles). A new folder of pages (say ``sources/``) gets its listing with no change here; to show
it otherwise, plan its own ``index.html`` (as ``theatres/`` does) or add a rule to ``folder_plan``.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from typing import Iterable, Iterator

from generator.index import ENTITY_FOLDERS, SiteIndex
from generator.render.views import KIND_LABELS, entity_groups

INDEX = "index.html"
FOLDER_TEMPLATE = "folder.html"


@dataclass(frozen=True, slots=True)
class FolderLink:
    """A subfolder of a listed folder: the path of its index page and how many pages it holds (at any depth)."""

    path: str
    title: str
    count: int


@dataclass(frozen=True, slots=True)
class PageLink:
    path: str
    title: str


def folder_pages(pages: Iterable[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """``(path, title)`` of the site's HTML pages, in plan order -> the folders (no root) that lack an index page,
    each with the pages directly in it."""
    pages = list(pages)
    has_index = {path.rpartition("/")[0] for path, _ in pages if path.rpartition("/")[2] == INDEX}
    folders: dict[str, list[tuple[str, str]]] = {}
    for path, title in pages:
        folder = path.rpartition("/")[0]
        parts = folder.split("/") if folder else []
        for depth in range(1, len(parts) + 1):
            folders.setdefault("/".join(parts[:depth]), [])
        if folder:
            folders[folder].append((path, title))
    return {folder: listed for folder, listed in sorted(folders.items()) if folder not in has_index}


def folder_plans(pages: Iterable[tuple[str, str]], index: SiteIndex) -> Iterator[tuple[str, str, dict[str, object]]]:
    """``(rel_path, template, view)`` of an index page for every folder of pages that has none."""
    pages = list(pages)
    missing = folder_pages(pages)
    counts = _counts(pages)
    for folder, listed in missing.items():
        yield folder_plan(folder, listed, counts, index)


def folder_listings(pages: Iterable[tuple[str, str]]) -> tuple[dict[str, list[tuple[str, str]]], dict[str, int]]:
    """What folder_plans plans from: the folders lacking an index page with their pages (folder_pages), and the
    number of pages below each folder."""
    pages = list(pages)
    return folder_pages(pages), _counts(pages)


def folder_inputs(folder: str, listed: list[tuple[str, str]], counts: dict[str, int]) -> tuple[object, ...] | None:
    """Everything folder_plan's view of ``folder`` shows, as plain values (a page's key can be made from them without
    making its view: tens of thousands of links at 10,000 articles); None for a folder of one kind of entity, whose
    page shows the entities index instead."""
    if folder in {name for name in ENTITY_FOLDERS.values()}:
        return None
    parent = folder.rpartition("/")[0]
    return (folder_title(folder), (f"{parent}/{INDEX}", folder_title(parent)) if parent else (INDEX, "Home"),
            tuple((link.path, link.title, link.count) for link in _subfolders(folder, counts)), repr(tuple(listed)))


def folder_plan(folder: str, listed: list[tuple[str, str]], counts: dict[str, int], index: SiteIndex) -> tuple[str, str, dict[str, object]]:
    kinds = {name: kind for kind, name in ENTITY_FOLDERS.items()}
    rel_path = f"{folder}/{INDEX}"
    if folder in kinds:  # people/, places/, organizations/: the entities index, that kind only
        groups = tuple(group for group in entity_groups(index) if group.kind == kinds[folder])
        return rel_path, "entities.html", {"groups": groups, "title": KIND_LABELS[kinds[folder]]}
    parent = folder.rpartition("/")[0]
    view: dict[str, object] = {
        "title": folder_title(folder),
        "parent": PageLink(f"{parent}/{INDEX}", folder_title(parent)) if parent else PageLink(INDEX, "Home"),
        "folders": _subfolders(folder, counts),
        "pages": tuple(PageLink(path, title) for path, title in listed),
    }
    return rel_path, FOLDER_TEMPLATE, view


def folder_title(folder: str) -> str:
    """'days/2016/07' -> 'Days: July 2016'; 'articles' -> 'Articles'; 'sources' -> 'Sources'."""
    head, *rest = folder.split("/")
    title = head.replace("-", " ").capitalize()
    if len(rest) == 2 and all(part.isdigit() for part in rest) and 1 <= int(rest[1]) <= 12:
        return f"{title}: {calendar.month_name[int(rest[1])]} {rest[0]}"
    return f"{title}: {' / '.join(rest)}" if rest else title


def _counts(pages: list[tuple[str, str]]) -> dict[str, int]:
    """Pages per folder, at any depth below it."""
    counts: dict[str, int] = {}
    for path, _ in pages:
        parts = path.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            key = "/".join(parts[:depth])
            counts[key] = counts.get(key, 0) + 1
    return counts


def _subfolders(folder: str, counts: dict[str, int]) -> tuple[FolderLink, ...]:
    names = sorted({key[len(folder) + 1:] for key in counts if key.startswith(f"{folder}/") and "/" not in key[len(folder) + 1:]})
    if names and all(name.isdigit() for name in names):
        names.reverse()  # years and months: newest first, like the rest of the site
    return tuple(FolderLink(f"{folder}/{name}/{INDEX}", folder_title(f"{folder}/{name}"), counts[f"{folder}/{name}"]) for name in names)
