from generator.render.body import EntityLink, link_first_mentions, markdown_to_html


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
