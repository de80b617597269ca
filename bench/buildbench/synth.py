"""Grow the real corpus to N articles with varied titles, dates and people.

Copy 0 of each corpus article is the article itself; copy k >= 1 gets an edition suffix in its title
and its people renamed consistently (the same original person becomes the same new person in every
article of that copy), so entity pages grow with N the way a year of news does. Dates spread the N
articles evenly over one year.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .corpus import SourceArticle
from .entities import TaggedEntities, tag_entities

YEAR_START = date(2024, 1, 1)
_FIRST_NAMES = """Amal Bashir Carla Dmitri Elif Farid Grace Hassan Ines Jamal Karim Layla Mikhail Nadia Omar
Petra Qasim Rania Samir Tamara Umar Vera Walid Yasmin Zeynep Adel Boris Chen Dalia Emre Fatima Georg
Hana Ilya Jana Khalid Lina Marek Nour Olga""".split()
_LAST_NAMES = """Haddad Petrov Yilmaz Rahimi Kovacs Mansour Novak Sayed Ivanova Karimi Demir Nasser Hoffmann
Aziz Popescu Saleh Volkov Hamdan Kaya Farouk Lindqvist Obeid Sokolov Tahir Barakat Celik Dragan Ghanem
Jovanovic Khoury Levy Morozov Najjar Osman Pavlov Qureshi Rostami Shamsi Toma Usman Wahid Yousef Zaki
Antonov Bakr Darwish Erdem Fakhoury Gharib Habibi Issa Jaber Kassem Lahoud Maalouf Nassar Orlov Rizk
Sabbagh""".split()
_EDITIONS = ("update", "analysis", "follow-up", "report", "briefing", "roundup")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'A-Z])")


@dataclass(frozen=True, slots=True)
class BenchArticle:
    """One generated article, ready to be written in each tool's input format."""

    title: str
    slug: str
    published: date
    source: str
    dateline: str
    paragraphs: tuple[str, ...]
    summary: str
    key_points: tuple[str, ...]
    entities: TaggedEntities


def generate_articles(corpus: tuple[SourceArticle, ...], count: int) -> tuple[BenchArticle, ...]:
    """`count` articles made from `corpus`, with unique titles and slugs, dates over one year."""
    tagged = [tag_entities("\n".join(a.paragraphs)) for a in corpus]
    seen_titles: set[str] = set()
    generated = []
    for index in range(count):
        copy, position = divmod(index, len(corpus))
        source, entities = corpus[position], tagged[position]
        renames = _person_renames(entities.people, copy)
        title = _unique_title(_rename(source.title, renames), copy, seen_titles)
        published = YEAR_START + timedelta(days=index * 366 // count)
        generated.append(_make_article(source, entities, renames, title, published))
    return tuple(generated)


MAX_SLUG_LENGTH = 80  # briefing refuses longer hand-written slugs (generator/limits.py)


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens (what every tool here accepts in a URL)."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:MAX_SLUG_LENGTH].rstrip("-") or "article"


def _make_article(
    source: SourceArticle,
    entities: TaggedEntities,
    renames: dict[str, str],
    title: str,
    published: date,
) -> BenchArticle:
    paragraphs = tuple(_rename(p, renames) for p in source.paragraphs)
    sentences = _SENTENCE_END.split(" ".join(paragraphs))
    return BenchArticle(
        title=title,
        slug=slugify(title),
        published=published,
        source=source.outlet,
        dateline=source.location or (entities.places[0] if entities.places else "Geneva"),
        paragraphs=paragraphs,
        summary=" ".join(sentences[:2])[:400],
        key_points=tuple(s[:200] for s in sentences[2:5]),
        entities=TaggedEntities(
            people=tuple(renames.get(p, p) for p in entities.people),
            places=entities.places,
            organizations=entities.organizations,
        ),
    )


def _person_renames(people: tuple[str, ...], copy: int) -> dict[str, str]:
    """Map each full name and its surname to a new name for this copy (none for copy 0)."""
    if copy == 0:
        return {}
    renames: dict[str, str] = {}
    for person in people:
        digest = int.from_bytes(hashlib.sha1(f"{person}|{copy}".encode()).digest()[:8], "big")
        first = _FIRST_NAMES[digest % len(_FIRST_NAMES)]
        last = _LAST_NAMES[(digest // len(_FIRST_NAMES)) % len(_LAST_NAMES)]
        renames[person] = f"{first} {last}"
        surname = person.split()[-1]
        renames.setdefault(surname, last)
    return renames


def _rename(text: str, renames: dict[str, str]) -> str:
    if not renames:
        return text
    # Longest names first so a full name is replaced before its surname alone.
    names = sorted(renames, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    return pattern.sub(lambda match: renames[match.group(0)], text)


def _unique_title(title: str, copy: int, seen: set[str]) -> str:
    # Short enough that the edition suffix survives slug truncation, so slugs stay unique.
    title = title if len(title) <= 55 else title[:55].rsplit(" ", 1)[0]
    if copy:
        title = f"{title} ({_EDITIONS[copy % len(_EDITIONS)]} {copy})"
    candidate, number = title, 2
    while slugify(candidate) in seen:
        candidate, number = f"{title} ({number})", number + 1
    seen.add(slugify(candidate))
    return candidate
