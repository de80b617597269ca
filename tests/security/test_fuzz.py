"""Property tests: hostile text never raises anything but the project's own input errors,
and cleaning what is already clean changes nothing."""

from __future__ import annotations

import posixpath
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.content.frontmatter import (
    FrontMatterError,
    parse_document,
    render_document,
)
from generator.ingest.clean import (
    drop_furniture,
    normalise_text,
    split_dateline,
    split_paragraphs,
)
from generator.ingest.text import InputError
from generator.models import ORGANIZATION, PERSON, PLACE, EntityRef
from generator.nlp.entities import extract_mentions
from generator.nlp.resolve import default_resolver
from generator.nlp.sentences import split_sentences
from generator.paths import RESERVED_NAMES, SLUG_PATTERN, safe_slug
from generator.render.body import markdown_to_html
from generator.textutil import xml_legal

from .test_sanitize import audit

pytestmark = pytest.mark.slow  # hypothesis: hundreds of examples per test
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text with the characters that matter to our parsers: quotes, capitals, punctuation, newlines, controls.
NEWSY = st.text(alphabet=st.sampled_from(list("AaBbSsTt .,;:!?'\"\u201c\u201d\u2019()-\u2013\n\r\t\x00\x85\ufeffU.N5Ѕ日<>&*_[]#")) | st.characters(), max_size=400)
WORDS = st.lists(st.sampled_from(["Sergey", "Lavrov", "Aleppo", "Syria", "U.N.", "Security", "Council", "the", "of",
                                  "Mr.", "said", "Al-Assad", "ISIS", "\u201cWe", "go,\u201d", "Monday", "GMT", "de"]), max_size=60).map(" ".join)


@FUZZ
@given(NEWSY)
def test_normalise_text_is_idempotent_and_clean(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert not any(ch in once for ch in "\x00\r\ufeff\ufffd")


@FUZZ
@given(NEWSY)
def test_paragraph_splitting_is_idempotent(text: str) -> None:
    paragraphs = split_paragraphs(normalise_text(text))
    assert split_paragraphs("\n\n".join(paragraphs)) == paragraphs
    assert set(drop_furniture(paragraphs)) <= set(paragraphs)
    for paragraph in paragraphs:
        split_dateline(paragraph)


@FUZZ
@given(NEWSY)
def test_front_matter_reader_raises_only_its_own_error(text: str) -> None:
    try:
        parse_document("---\n" + text + "\n---\nbody")
        parse_document(text)
    except FrontMatterError:
        pass


# Text a feed can hold: characters XML forbids are removed when front matter is read (tested below).
_NOT_XML = [chr(c) for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0), 0xFFFE, 0xFFFF)]
XML_TEXT = st.characters(blacklist_categories=("Cs",), blacklist_characters=_NOT_XML)


@FUZZ
@given(st.dictionaries(st.text(XML_TEXT, min_size=1, max_size=12).filter(lambda k: k.strip() == k and k),
                       st.text(XML_TEXT, max_size=40) | st.lists(st.text(XML_TEXT, max_size=20), max_size=3), max_size=6), st.text(max_size=200))
def test_front_matter_round_trip(meta: dict[str, object], body: str) -> None:
    document = parse_document(render_document(meta, body))
    assert document.meta == meta
    assert document.body == body.strip().strip("\n") or not body.strip()


@FUZZ
@given(st.text(max_size=40))
def test_front_matter_text_comes_back_without_characters_xml_forbids(value: str) -> None:
    read = parse_document(render_document({"title": value}, "Body."))
    assert read.meta["title"] == xml_legal(value)


@FUZZ
@given(NEWSY)
def test_slugs_are_always_portable(text: str) -> None:
    slug = safe_slug(text)
    assert SLUG_PATTERN.fullmatch(slug) and len(slug) <= 80 and slug not in RESERVED_NAMES
    assert safe_slug(text) == slug


@FUZZ
@given(NEWSY | WORDS)
def test_sentence_splitter_keeps_every_character(text: str) -> None:
    sentences = split_sentences(text)
    squeeze = lambda s: "".join(s.split())  # noqa: E731 - a tiny local helper reads best inline
    assert squeeze("".join(sentences)) == squeeze(text) or len("".join(sentences)) <= len(text)


@FUZZ
@given(NEWSY | WORDS)
def test_entity_spans_match_the_text(text: str) -> None:
    for mention in extract_mentions(text):
        assert text[mention.start:mention.end] == mention.text
        assert mention.kind in (PERSON, PLACE, ORGANIZATION)


@FUZZ
@given(st.lists(st.tuples(WORDS.filter(str.strip), st.sampled_from([PERSON, PLACE, ORGANIZATION])), max_size=12))
def test_resolver_maps_every_name_to_a_name_of_the_same_kind(pairs: list[tuple[str, str]]) -> None:
    refs = [EntityRef(name, kind) for name, kind in pairs]
    resolution = default_resolver().resolve(refs)
    for ref in refs:
        target = resolution.canonical.get(ref, ref)
        assert target.kind == ref.kind and target.name.strip()


@FUZZ
@given(NEWSY)
def test_markdown_renderer_never_emits_executable_markup(text: str) -> None:
    assert audit(markdown_to_html(text)) == []


SEGMENT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=8)


@FUZZ
@given(st.lists(SEGMENT, min_size=1, max_size=5), st.lists(SEGMENT, min_size=1, max_size=5))
def test_relative_links_resolve_to_their_target(page: list[str], target: list[str]) -> None:
    """The rule every template uses: '../' per folder of the page, then the site-relative path."""
    page_path, target_path = "/".join(page) + ".html", "/".join(target) + ".html"
    link = "../" * page_path.count("/") + target_path
    assert posixpath.normpath(posixpath.join(posixpath.dirname(page_path), link)) == target_path


def test_html_extraction_wrapper_raises_only_input_errors() -> None:
    html_module = pytest.importorskip("generator.ingest.html")
    pytest.importorskip("trafilatura")

    @FUZZ
    @given(st.binary(max_size=300) | NEWSY.map(lambda t: f"<html><body><p>{t}</p></body></html>".encode("utf-8", "surrogatepass")))
    def check(data: bytes) -> None:
        try:
            html_module.read_html_article(Path("page.html"), data)
        except InputError:
            pass

    check()
