"""The copy desk's rules of ``briefing check``: slips an editor would catch in an article's text.

``unintroduced-name``: a person named by one word only ("Zarif and Kerry exchanged views",
Kerry never named in full). ``furniture-in-summary``: a lede or summary holding page
furniture ("Related", "Read more", a live blog's "06.48", a photo credit). ``body-starts-
with-headline``: the headline repeated as the body's first words. ``story-mismatch``: the
reports grouped as one story disagree on the country or lie days apart.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping

from generator.commands.check.findings import Finding, finding
from generator.index import SiteIndex
from generator.models import EnrichedArticle
from generator.nlp.geo import country_name
from generator.nlp.introductions import unintroduced_names
from generator.nlp.stories import STORY_DAYS
from generator.textutil import markdown_to_text

FURNITURE = re.compile(
    r"\b(?:Related (?:Articles?|Stories|Story|Content|Posts|News|Topics|Coverage|Links)|Related:|Tags?:|Comment via|"
    r"Read more|Read More|READ MORE|Click here|Share this|Share on|Sign up for|Subscribe to|Advertisement|"
    r"Image copyright|Image caption|Getty Images|Photo(?:graph)?:|Photo by|Photo credit|AFP PHOTO|"
    r"Most (?:Read|Visited|Popular|Viewed)|Top Stories)(?!\w)"
    r"|^Related\b"
    r"|(?:^|[.!?]\s+)(?:[01]\d|2[0-3])[.:][0-5]\d(?![\d.,%])(?!\s*(?:a\.?m|p\.?m|GMT|BST|UTC|local|hours|percent|per\b))"
    r"|\((?:Photo|Picture|Image)[^)]{0,60}\)"
)
STORY_DATE_SPREAD = STORY_DAYS  # reports of one event further apart than this are probably two events
SHOWN_MEMBERS = 3


@dataclass(frozen=True)
class ArticleFile:
    """An article as the check sees it: enriched, its path as shown, its page in the built site."""

    enriched: EnrichedArticle
    shown: str
    page: str

    @functools.cached_property
    def lines(self) -> list[str]:
        try:
            return self.enriched.article.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return []

    @property
    def body_start(self) -> int:
        """The index in ``lines`` of the body's first line (after the front matter)."""
        if not self.lines or self.lines[0].strip() != "---":
            return 0
        return next((n + 1 for n, line in enumerate(self.lines[1:], 1) if line.strip() == "---"), 0)

    def line_of(self, text: str, *, word: bool = False, body: bool = False) -> int | None:
        """The first line of the file (of its body when ``body``) holding ``text``, as a whole word when ``word``; or None."""
        pattern = re.compile(rf"(?<!\w){re.escape(text)}(?!\w)" if word else re.escape(text))
        start = self.body_start if body else 0
        return next((number for number, line in enumerate(self.lines[start:], start + 1) if pattern.search(line)), None)


def editorial_findings(item: ArticleFile) -> list[Finding]:
    """The copy desk's findings in one article."""
    return [*_unintroduced(item), *_furniture(item), *_headline_repeated(item)]


def _unintroduced(item: ArticleFile) -> list[Finding]:
    article = item.enriched.article
    if article.language.split("-")[0].lower() not in ("", "en", "und"):
        return []
    text = markdown_to_text(article.body_md)
    return [finding("unintroduced-name", item.shown, item.line_of(name.name, word=True, body=True),
                    f"'{name.name}' is never introduced by full name ({name.evidence})", page=item.page)
            for name in unintroduced_names(article.title, text)]


def furniture_in(text: str) -> str:
    """The first piece of page furniture in a lede or summary ('' when there is none)."""
    match = FURNITURE.search(text)
    return match.group(0).strip(" .!?") if match else ""


def _furniture(item: ArticleFile) -> list[Finding]:
    found = []
    for name, text in (("lede", item.enriched.lede), ("summary", item.enriched.summary)):
        furniture = furniture_in(text)
        if furniture:
            where = item.line_of(f"{name}:") or item.line_of(furniture)
            found.append(finding("furniture-in-summary", item.shown, where,
                                 f"the {name} holds page furniture: \"{furniture}\"", page=item.page))
            break  # the summary usually repeats the lede's: one finding per article
    return found


def starts_with_headline(title: str, body_text: str) -> bool:
    """Whether the body opens with the headline printed again (three words or more, case and punctuation aside).

    Not a title ingest took from the lead: cut short ("A Black Hawk helicopter that went down in waters off the
    Florida ...") or the lead's whole first sentence ("A quick descent. No distress call. ..."), where the body
    goes on in the same paragraph. A headline printed again stands on its own line, or runs into the copy without
    ending a sentence ("... killed 38 regime forces monitor Print Tweet ..."); the fix the check advises, deleting
    it, would otherwise delete the lead's first sentence."""
    if title.rstrip().endswith(("...", "\u2026")):
        return False
    headline = re.findall(r"\w+", title.casefold())
    if len(headline) < 3:
        return False
    opening = list(re.finditer(r"\w+", body_text[: len(title) * 2 + 40].casefold()))[: len(headline)]
    if [word.group(0) for word in opening] != headline:
        return False
    rest_of_line = body_text[opening[-1].end():].split("\n", 1)[0]
    return not rest_of_line.strip(" \t.!?:;,'\"\u2019\u201d)") or not _ENDS_SENTENCE.search(title)


# A title that ends as a sentence does (a full stop, question or exclamation mark, then perhaps a closing quote).
_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u2019\u201d)]*\s*$")


def _headline_repeated(item: ArticleFile) -> list[Finding]:
    article = item.enriched.article
    if not starts_with_headline(article.title, markdown_to_text(article.body_md)):
        return []
    return [finding("body-starts-with-headline", item.shown, item.line_of(article.title.split()[0], body=True),
                    f"the body opens with the headline \"{article.title}\"", page=item.page)]


def story_findings(index: SiteIndex, files: Mapping[str, ArticleFile]) -> list[Finding]:
    """One finding per story whose reports name different countries, or lie more than a few days apart."""
    found = []
    for members in index.articles_by_story.values():
        if len(members) < 2:
            continue
        shown = [files[str(m.article.path)] for m in members]
        first = min(shown, key=lambda f: f.shown)
        problems = [p for p in (_place_disagreement(index, shown), _date_spread(members)) if p]
        if problems:
            listed = ", ".join(f.shown for f in sorted(shown, key=lambda f: f.shown)[:SHOWN_MEMBERS])
            more = f" and {len(shown) - SHOWN_MEMBERS} more" if len(shown) > SHOWN_MEMBERS else ""
            found.append(finding("story-mismatch", first.shown, None,
                                 f"the {len(shown)} reports of one story ({listed}{more}) {' and '.join(problems)}", page=first.page))
    return found


def _place_disagreement(index: SiteIndex, members: list[ArticleFile]) -> str:
    by_country: dict[str, int] = defaultdict(int)
    for member in members:
        code = index.theatre.get(member.page, "")
        if code:
            by_country[code] += 1
    if len(by_country) < 2:
        return ""
    return "disagree on the place: " + ", ".join(f"{country_name(code) or code} ({n})" for code, n in sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0])))


def _date_spread(members: tuple[EnrichedArticle, ...]) -> str:
    dates = [m.article.date for m in members if not m.article.date_guessed]
    if len(dates) < 2 or (max(dates) - min(dates)).days <= STORY_DATE_SPREAD:
        return ""
    return f"are dated {(max(dates) - min(dates)).days} days apart ({min(dates).isoformat()} to {max(dates).isoformat()})"
