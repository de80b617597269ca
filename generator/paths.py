"""Safe file names for pages and articles, whatever text they come from.

Titles and entity names are hostile input: a slug is made only of lower-case
ASCII letters, digits and hyphens, is never empty, never longer than
MAX_SLUG_LENGTH, and never a name Windows reserves for devices.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from slugify import slugify

from generator.limits import MAX_SLUG_LENGTH

PACKAGE_TEMPLATES = Path(__file__).resolve().parent / "default_templates"  # the templates briefing ships

SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# File names Windows refuses whatever the extension ("con.html" cannot be created there).
RESERVED_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})
# Names a folder's own page takes (people/index.html would be the folder's page, and search skips it).
PAGE_NAMES = frozenset({"index"})


# Plain words (ASCII letters and digits, one space apart): what slugify makes of them is the words lower-cased,
# joined by hyphens. Most entity names are such, and every entity's slug is made at every build.
_PLAIN_WORDS = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")


def safe_slug(text: str, fallback: str = "page") -> str:
    """A slug for ``text`` that is a valid, portable file name."""
    if len(text) <= MAX_SLUG_LENGTH and _PLAIN_WORDS.fullmatch(text):
        slug = text.lower().replace(" ", "-")
    else:
        slug = slugify(text, max_length=MAX_SLUG_LENGTH, word_boundary=True) or slugify(text, max_length=MAX_SLUG_LENGTH)
    slug = slug or fallback
    return f"{slug}-page" if slug in RESERVED_NAMES or slug in PAGE_NAMES else slug


def slug_problem(slug: str) -> str | None:
    """Why a hand-written slug cannot be used, or None when it can."""
    if not SLUG_PATTERN.fullmatch(slug):
        return "must be lower-case letters, digits and hyphens"
    if len(slug) > MAX_SLUG_LENGTH:
        return f"must be at most {MAX_SLUG_LENGTH} characters"
    if slug in RESERVED_NAMES:
        return "is a name Windows reserves for devices"
    return None


_URL_FORBIDDEN = re.compile(r"[\x00-\x20\x7f-\x9f\u2028\u2029]")  # in the host: whitespace and control characters


def web_url_problem(url: str) -> str | None:
    """Why ``url`` is not a web address an article may link to (http or https, with a host), or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return "is not a well-formed URL"
    if parts.scheme.lower() not in ("http", "https") or not url.lower().startswith(f"{parts.scheme.lower()}://"):
        return "must start with http:// or https://"
    if not parts.hostname or _URL_FORBIDDEN.search(parts.netloc):
        return "must name a host, without spaces or control characters"
    return None
