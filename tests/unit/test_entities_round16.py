"""Entity precision by cause (issue 17, sixteenth round, branch s11-ent): the false positives of all the dev sets
pooled and counted by what caused them, the largest classes attacked with one structural change each. Made-up,
punctuated, multi-sentence copy (extract_mentions reads short unpunctuated strings differently)."""

from __future__ import annotations

import pytest

from generator.nlp.chunks import find_chunks
from generator.nlp.entities import entity_refs, extract_mentions


def _refs(body: str) -> set[tuple[str, str]]:
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(f"Report\n\n{body}"))}


def _names(body: str, kind: str) -> set[str]:
    return {name for name, found in _refs(body) if found == kind}


# A related story's headline a crawl glued into the copy, its stops lost: the names only it gives are that other
# story's, even names the tables know for sure.
RUN_ON = ("Fighting went on near the airport on Tuesday, the governor said. Officials gave no figures. "
          "Related Rebels Agree to Truce With Army After Talks in Norway Hospitals in the city ran short of fuel, "
          "doctors said. The governor, Lena Varga, asked for help.")


def test_a_headline_run_into_the_copy_names_nothing() -> None:
    refs = _refs(RUN_ON)
    assert ("Norway", "place") not in refs
    assert ("Lena Varga", "person") in refs


def test_a_name_the_copy_gives_too_stays() -> None:
    assert "Norway" in _names(RUN_ON + " Talks in Norway are due to resume next week, she added.", "place")


def test_the_run_is_marked_only_where_it_stands() -> None:
    chunks = {c.text: c.run_on for c in find_chunks(RUN_ON)}
    assert chunks["Related Rebels Agree"] is True
    assert chunks["Norway Hospitals"] is True
    assert chunks["Lena Varga"] is False


@pytest.mark.parametrize(("body", "kind", "name"), [
    # a name's own "the" stays lower case: no headline
    ("The concert will feature Lena Varga of Storm Against the Tide and Quiet Harbor, among others. Tickets sold out.", "person", "Lena Varga"),
    # a possessive ends the run: the owner is named in the copy
    ("He told BBC Two's Morning With Alice And Friends programme that he would stay. He did not.", "organization", "BBC Two"),
    # a title's "Under", not a headline's
    ("U.N. Under Secretary General Maria Olsen Hansen arrived in Geneva on Saturday. Talks begin today.", "person", "Maria Olsen Hansen"),
    # a sentence's opening word after a caption that lost its stop
    ("Nathan Varga of the Civic Party In the Kowloon West constituency, turnout rose. It fell elsewhere.", "place", "Kowloon"),
])
def test_capitals_in_names_and_openings_are_no_headline(body: str, kind: str, name: str) -> None:
    assert name in _names(body, kind)


def test_a_dateline_after_a_related_headline_is_the_copy_again() -> None:
    body = ("Two people were hurt, the agency said. Photo Kurds Set Up Council to Govern Town After Army Defeat MOSCOW (Agency) "
            "Fighting went on in the old town overnight.")
    assert "Moscow" in _names(body, "place")


# A town glued to other capitalised words is a word of that longer name (an airport's, a hospital's, a person's): the
# second largest class of the pooled dev false positives (fragments of longer names).
@pytest.mark.parametrize(("body", "town"), [
    ("There were no changes to Paris Charles de Gaulle, which kept its place. It's the eighth busiest.", "Paris"),
    ("Maria Lopez, a nurse at Mercy Presbyterian Hospital Dallas, was admitted. She's recovering.", "Dallas"),
    ("He finished ahead of the Italian Dominik Paris on Saturday. It's his first title.", "Paris"),
    ("On Saturday, Foreign Minister Riyadh Yaseen said talks would resume. He didn't say where.", "Riyadh"),
])
def test_a_town_inside_a_longer_name_is_no_place(body: str, town: str) -> None:
    assert town not in _names(body, "place")


@pytest.mark.parametrize(("body", "town"), [
    ("London Mayor Ken Livingstone said he was pleased. It's a good day.", "London"),
    ("California Gov. Jerry Brown signed the bill. It's law now.", "California"),
    ("The helicopter crashed off the Florida Panhandle on Tuesday. It's the second crash.", "Florida"),
    ('"In Africa, for instance, we plan new posts," she said. It\'s a start.', "Africa"),
    ("Sen. Lincoln Chafee, a Rhode Island Republican, voted no. It's his third.", "Rhode Island"),
    ("In Washington, Lt. Gen. Lance Smith said the city was calm. It's quiet.", "Washington"),
    ("Crowds gathered in Gaza City on Tuesday. It's tense.", "Gaza City"),
])
def test_a_town_beside_a_role_a_part_or_an_opening_stays(body: str, town: str) -> None:
    assert town in _names(body, "place")


def test_a_town_inside_a_name_still_counts_where_the_copy_names_it_alone() -> None:
    body = "Maria Lopez, a nurse at Mercy Presbyterian Hospital Dallas, was admitted. She's from Dallas, her family said."
    assert "Dallas" in _names(body, "place")
