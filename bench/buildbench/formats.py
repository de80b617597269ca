"""Write generated articles in each tool's input format.

The same records become: raw inbox text (briefing's cold build), briefing's front-matter Markdown,
Hugo's front-matter Markdown (taxonomies must be top-level keys there) and Pelican's `Key: value`
Markdown metadata (Pelican reads no YAML front matter without a plugin). The bodies are identical.
Strings are written as JSON strings, which are valid YAML scalars, so no YAML library is needed.
"""

from __future__ import annotations

import json
from pathlib import Path

from .synth import BenchArticle

ENTITY_KINDS = ("people", "places", "organizations")


def article_rel_path(article: BenchArticle, suffix: str = ".md") -> Path:
    """`YYYY/MM/<slug>.md`, the layout briefing's ingest writes under content/articles/."""
    day = article.published
    return Path(f"{day:%Y}", f"{day:%m}", article.slug + suffix)


def raw_inbox_text(article: BenchArticle) -> str:
    """The seed's raw form: title line, blank line, paragraphs separated by blank lines.

    The first paragraph opens with a wire dateline and the date ("ALEPPO (ahram) – 5 March 2024 –"),
    so ingest finds the same source, dateline and date as the Markdown versions carry.
    """
    day = article.published
    opening = f"{article.dateline.upper()} ({article.source}) \u2013 {day.day} {day:%B %Y} \u2013 "
    paragraphs = (opening + article.paragraphs[0], *article.paragraphs[1:])
    return article.title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def briefing_markdown(article: BenchArticle) -> str:
    """Front matter with the contract's keys (entities nested by type), then the body."""
    lines = ["---", *_common_yaml(article), "entities:"]
    for kind in ENTITY_KINDS:
        lines.append(f"  {kind}:{_yaml_list(getattr(article.entities, kind), indent=4)}")
    return "\n".join(lines) + "\n---\n\n" + _body(article)


def hugo_markdown(article: BenchArticle) -> str:
    """Same front matter with the three entity lists as top-level taxonomy keys."""
    lines = ["---", *_common_yaml(article)]
    for kind in ENTITY_KINDS:
        lines.append(f"{kind}:{_yaml_list(getattr(article.entities, kind), indent=2)}")
    return "\n".join(lines) + "\n---\n\n" + _body(article)


def pelican_markdown(article: BenchArticle) -> str:
    """Pelican's Markdown metadata block; lists joined by separators the bench plugin splits."""
    fields = {
        "Title": article.title,
        "Date": f"{article.published:%Y-%m-%d}",
        "Slug": article.slug,
        "Source": article.source,
        "Dateline": article.dateline,
        "Summary": article.summary,
        "Key_points": " || ".join(article.key_points),
    }
    for kind in ENTITY_KINDS:
        fields[kind.capitalize()] = "; ".join(getattr(article.entities, kind))
    header = "\n".join(f"{key}: {value}" for key, value in fields.items() if value)
    return header + "\n\n" + _body(article)


def write_tree(root: Path, articles: tuple[BenchArticle, ...], render, suffix: str = ".md") -> None:
    """Write each article as `root/YYYY/MM/<slug><suffix>` using `render(article) -> str`."""
    for article in articles:
        path = root / article_rel_path(article, suffix)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(article), encoding="utf-8")


def _common_yaml(article: BenchArticle) -> list[str]:
    return [
        f"title: {json.dumps(article.title)}",
        f"slug: {json.dumps(article.slug)}",
        f"date: {article.published:%Y-%m-%d}",
        f"source: {json.dumps(article.source)}",
        f"dateline: {json.dumps(article.dateline)}",
        f"summary: {json.dumps(article.summary)}",
        f"key_points:{_yaml_list(article.key_points, indent=2)}",
    ]


def _yaml_list(items: tuple[str, ...], indent: int) -> str:
    if not items:
        return " []"
    pad = " " * indent
    return "".join(f"\n{pad}- {json.dumps(item)}" for item in items)


def _body(article: BenchArticle) -> str:
    return "\n\n".join(article.paragraphs) + "\n"
