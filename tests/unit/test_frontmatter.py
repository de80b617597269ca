import pytest

from generator.content.frontmatter import (
    FrontMatterError,
    parse_document,
    render_document,
)


def test_round_trip_keeps_order_and_body() -> None:
    text = render_document({"title": "Talks", "date": "2016-05-03", "key_points": ["a", "b"]}, "Body text.\n")
    document = parse_document(text)
    assert list(document.meta) == ["title", "date", "key_points"]
    assert document.body == "Body text."
    assert document.lines[("date",)] == 3


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("title: x\n", 1, "no front matter"),
        ("---\ntitle: x\n", 1, "front matter is not closed"),
        ("---\ntitle: x\ndate: [2016\n---\nbody", 3, "front matter: invalid YAML"),
        ("---\n- a list\n---\nbody", 2, "front matter must be a mapping"),
    ],
)
def test_errors_carry_the_file_line(text: str, line: int, message: str) -> None:
    with pytest.raises(FrontMatterError) as caught:
        parse_document(text)
    assert caught.value.line == line
    assert caught.value.message.startswith(message)
