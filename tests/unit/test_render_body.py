import re

import pytest

from generator.render.body import EntityLink, _mentions, link_first_mentions, markdown_to_html


def test_only_the_first_mention_is_linked() -> None:
    html = markdown_to_html("Lavrov spoke.\n\nLater Lavrov left.")
    linked = link_first_mentions(html, (EntityLink("../people/lavrov.html", "person", ("Lavrov",)),))
    assert linked.count('href="../people/lavrov.html"') == 1
    assert linked.startswith('<p><a class="entity entity-person" href="../people/lavrov.html">Lavrov</a> spoke.</p>')


def test_longest_form_wins_and_words_are_whole() -> None:
    html = markdown_to_html("Syrians and the Syrian Arab Army. Syria itself.")
    linked = link_first_mentions(html, (EntityLink("s.html", "place", ("Syria",)),))
    assert '<a class="entity entity-place" href="s.html">Syria</a> itself' in linked


def test_no_link_inside_an_existing_link() -> None:
    html = markdown_to_html("[Aleppo report](https://example.org/a) then Aleppo.")
    linked = link_first_mentions(html, (EntityLink("aleppo.html", "place", ("Aleppo",)),))
    assert '<a href="https://example.org/a" rel="nofollow noopener noreferrer">Aleppo report</a> then <a class="entity entity-place" href="aleppo.html">Aleppo</a>.' in linked


def test_raw_html_is_text_and_unsafe_links_lose_their_href() -> None:
    html = markdown_to_html('<script>alert(1)</script> and [x](javascript:alert(1)) and [y](data:text/html,hi)')
    assert "<script" not in html and "&lt;script&gt;" in html
    assert "javascript:" not in html and "data:" not in html


def test_entity_name_with_markup_characters_is_escaped() -> None:
    html = markdown_to_html("Talk of AT&T here.")
    linked = link_first_mentions(html, (EntityLink("a.html", "organization", ("AT&T",)),))
    assert '<a class="entity entity-organization" href="a.html">AT&amp;T</a>' in linked


_WHOLE_WORD = r"(?<![\w-])(?<!\w\.)({})(?![\w-])(?!\.\w)"


@pytest.mark.parametrize(("text", "forms"), [
    ("U.S. and US-led, US_x, US. and .US, x.US, US.a and US", ("US", "U.S", "US.")),
    ("Ölfeld Öl Öl-x ÖlÖl 1Öl Öl1 Öl² Öl", ("Öl", "Ö")),
    ("AT&amp;T AT&amp;Tx AT&amp;T.", ("AT&amp;T",)),
    ("Assad al-Assad Bashar al-Assad Assad's", ("Bashar al-Assad", "al-Assad", "Assad")),
    ("aaa aa aaaa aa", ("aaa", "aa")),
    ("New York City New York York", ("New York City", "New York", "York")),
    ("a\u00a0Syria\u2019s Syria\u0301 Syria_ Syria\u0663 Syria", ("Syria",)),
])
def test_mentions_are_what_the_whole_word_pattern_finds(text: str, forms: tuple[str, ...]) -> None:
    """The mentions found without a regular expression are the ones the pattern they stand for finds, in order."""
    pattern = re.compile(_WHOLE_WORD.format("|".join(map(re.escape, forms))))
    assert list(_mentions(text, forms)) == [m.span() for m in pattern.finditer(text)]
