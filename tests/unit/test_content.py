from pathlib import Path

import pytest

from generator.content import load_articles
from generator.errors import BriefingError


def write(folder: Path, name: str, text: str) -> None:
    path = folder / "content" / "articles" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def load(root: Path):  # type: ignore[no-untyped-def]
    return load_articles(root / "content" / "articles", root)


def test_loads_and_sorts_newest_first(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\ntitle: Old\ndate: 2016-01-01\n---\nText.")
    write(tmp_path, "b.md", "---\ntitle: New\ndate: 2016-02-01\nentities:\n  people: [Sergey Lavrov]\n  places:\n  - name: Aleppo\n---\nText.")
    articles = load(tmp_path)
    assert [a.title for a in articles] == ["New", "Old"]
    assert [(e.name, e.kind) for e in articles[0].entities] == [("Sergey Lavrov", "person"), ("Aleppo", "place")]


def test_every_bad_file_is_listed_with_its_line(tmp_path: Path) -> None:
    write(tmp_path, "1.md", "---\ntitle: A\ndate: last Tuesday\n---\nx")
    write(tmp_path, "2.md", "---\ntitle: B\ndate: 2016-01-01\nsumary: typo\n---\nx")
    write(tmp_path, "3.md", "---\ntitle: [broken\n---\nx")
    write(tmp_path, "4.md", "---\ndate: 2016-01-01\nkey_points: just one string\n---\nx")
    write(tmp_path, "5.md", "---\ntitle: C\ndate: 2016-01-01\nentities:\n  persons: [X]\n---\nx")
    with pytest.raises(BriefingError) as caught:
        load(tmp_path)
    assert [str(d) for d in caught.value.diagnostics] == [
        "content/articles/1.md:3: front matter: date: is not a date (got 'last Tuesday'); use YYYY-MM-DD",
        "content/articles/2.md:4: front matter: sumary: unknown field; did you mean 'summary'?",
        "content/articles/3.md:2: front matter: invalid YAML: while parsing a flow sequence, expected ',' or ']', but got '<stream end>'",
        "content/articles/4.md:1: front matter: title: is missing; add a 'title:' line",
        "content/articles/5.md:5: front matter: entities.persons: unknown entity list; use people, places, organizations",
    ]


def test_yaml_type_guesses_are_rejected(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\ntitle: NO\ndate: 2016-01-01\n---\nx")
    with pytest.raises(BriefingError, match=r"a.md:2: front matter: title: must be text \(got False\); put the value in quotes"):
        load(tmp_path)


def test_two_articles_with_one_slug_in_a_month_are_an_error(tmp_path: Path) -> None:
    write(tmp_path, "2016/01/x.md", "---\ntitle: A\ndate: 2016-01-01\n---\nx")
    write(tmp_path, "other/x.md", "---\ntitle: B\ndate: 2016-01-02\n---\nx")
    with pytest.raises(BriefingError, match="slug 'x' is already used by content/articles/2016/01/x.md"):
        load(tmp_path)
