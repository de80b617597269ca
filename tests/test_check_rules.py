"""The editorial rules of ``briefing check``, each on real-style sentences: what fires and what must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.commands.check.content import check_content
from generator.commands.check.duplicates import noise_reason
from generator.commands.check.editorial import furniture_in, starts_with_headline
from generator.config import load_config
from generator.nlp.introductions import unintroduced_names
from tests.conftest import SEED

SEED_LEAD = ("TEHRAN (Tasnim) – Iranian Foreign Minister Mohammad Javad Zarif and his Russian counterpart Sergey Lavrov discussed "
             "the latest developments in the Middle East region, the ongoing Syrian crisis in particular.\n\n"
             "During a phone conversation on Tuesday, Zarif and Kerry exchanged views on the need for a “stable political process”, "
             "Russia’s Foreign Ministry said in a statement.")


def _short(text: str, title: str = "Iranian, Russian FMs Confer on Syria Crisis") -> list[str]:
    return [name.name for name in unintroduced_names(title, text)]


def test_the_seed_story_flags_kerry_and_not_zarif() -> None:
    names = unintroduced_names("Iranian, Russian FMs Confer on Syria Crisis", SEED_LEAD)
    assert [n.name for n in names] == ["Kerry"]
    assert names[0].evidence == 'named beside a person: "Zarif and Kerry"'


def test_the_seed_file_itself_flags_only_kerry() -> None:
    title, _, body = SEED.read_text(encoding="utf-8").strip().partition("\n")
    assert _short(body, title) == ["Kerry"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tony Blair met the unions. Mr Blair said the talks had been useful.", []),  # introduced, then title and surname
    ("Mr Blair said the talks had been useful, and Mr Brown agreed.", ["Blair", "Brown"]),  # never introduced
    ("Mrs Thatcher's memoirs were cited. Margaret Thatcher had written them in 1993.", []),  # introduced later counts too
    ("President Assad said the army would retake Aleppo. Bashar al-Assad spoke on state television.", []),  # "al-" ignored
    ("Hillary Clinton arrived late. Hillary said the vote was lost.", []),  # a first name of a full name
    ("The talks ended when Secretary Kerry met the press in Geneva on Monday.", ["Kerry"]),  # a role, no full name
    ("Senator Kerry told reporters he would vote against the bill.", ["Kerry"]),
    ("The Saudi intelligence chief, Prince Bandar, flew to Moscow.", []),  # a title that goes with one name
    ("Labour said it would vote against the bill. Christmas is near.", []),  # capitalised words, no person evidence
    ("Conservative shadow home secretary David Davis was worried about the plan.", []),  # a full name, split by the finder
    ("Activists in rural Aleppo said the shelling went on all night.", []),  # a place before a speech verb
    ("The Department of Trade and Industry said the policy was new.", []),  # part of an organisation's name
    ("General Staff officers met in Damascus on Sunday.", []),  # 'General' not a rank here
])
def test_short_names(text: str, expected: list[str]) -> None:
    assert _short(text, "Talks") == expected


@pytest.mark.parametrize("text", [
    "Related: Syrian army retakes Palmyra. Government forces entered the city on Sunday.",
    "06.48 Russian jets struck the eastern districts overnight, activists said.",
    "Troops advanced on the town. 14.05 The observatory says 12 people were killed.",
    "Read more about the ceasefire talks in Geneva.",
    "A girl walks past the rubble (Photo: AFP) in eastern Aleppo.",
    "Comment via Facebook. The army said it had regained the hill.",
    "Tags: Syria, Aleppo, ceasefire",
])
def test_furniture_in_summaries(text: str) -> None:
    assert furniture_in(text)


@pytest.mark.parametrize("text", [
    "The ceasefire took effect at 06.48 GMT on Monday, the army said.",
    "Prices rose 10.5 percent in March, the central bank said.",
    "Ministers met in Geneva to discuss related issues.",
    "The relatives of the 12 victims were told to read the report.",
])
def test_no_furniture_in_plain_summaries(text: str) -> None:
    assert furniture_in(text) == ""


def test_body_that_starts_with_its_headline() -> None:
    assert starts_with_headline("Iranian, Russian FMs Confer on Syria Crisis", "Iranian, Russian FMs Confer on Syria Crisis\n\nTEHRAN (Tasnim) – ...")
    assert not starts_with_headline("Iranian, Russian FMs Confer on Syria Crisis", "TEHRAN (Tasnim) – Iranian Foreign Minister Mohammad Javad Zarif ...")
    assert not starts_with_headline("Aleppo truce", "Aleppo truce extended")  # too short a headline to tell
    # a title cut from the lead: the body holds the whole sentence, nothing to delete
    assert not starts_with_headline("A Black Hawk helicopter that went down in waters off the Florida ...",
                                    "A Black Hawk helicopter that went down in waters off the Florida Panhandle crashed.")
    # the lead's whole first sentence taken as the title: the paragraph goes on, deleting it would delete the lead
    assert not starts_with_headline("A quick descent.", "A quick descent. No distress call. The pilot's actions.\n\nIt will be months.")
    assert not starts_with_headline('"A picture of horror."', '"A picture of horror." That is how the minister described the site.')
    assert not starts_with_headline("Is the bridge still standing?", "Is the bridge still standing? Engineers will know by Friday.")
    # a headline printed again: on its own line, or run into the copy without ending a sentence
    assert starts_with_headline("Is the bridge still standing?", "Is the bridge still standing?\n\nEngineers will know by Friday.")
    assert starts_with_headline("Four killed in market blast.", "Four killed in market blast.\nFour people were killed on Sunday.")
    assert starts_with_headline("Tunnel blast killed 38 soldiers monitor", "Tunnel blast killed 38 soldiers monitor Print Tweet Views 1430 Related")


@pytest.mark.parametrize("name", ["Related Daesh Terrorists Attack District", "Civilians Killed Aleppo", "Read More Syria",
                                  "Tuesday", "x", "Most Visited", "News", "Breaking News", "Latest News"])
def test_noise_names_that_read_as_phrases(name: str) -> None:
    assert noise_reason(name) is not None


@pytest.mark.parametrize("name", ["Hu", "Syrian Democratic Forces", "Ahmed Saeed", "Deir ez-Zor", "Jabhat Fateh al-Sham", "ABC News",
                                  "Manchester Evening News", "Catholic News Agency", "Osama Said", "Port Said",
                                  "Washington Institute for Near East Policy", "Bureau of Near Eastern Affairs"])
def test_names_that_are_not_noise(name: str) -> None:
    assert noise_reason(name) is None


def _article(project: Path, name: str, front: str, body: str) -> None:
    path = project / "content/articles/2016/05" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front}---\n\n{body}\n", encoding="utf-8")


def _rules(project: Path, rule: str) -> list[str]:
    return [f.report() for f in check_content(load_config(project)) if f.rule == rule]


def test_rules_on_articles(site_small: Path) -> None:
    _article(site_small, "echo.md", "title: Aleppo Truce Extended By 48 Hours\ndate: 2016-05-03\nsource: Reuters\n",
             "Aleppo Truce Extended By 48 Hours\n\nThe Syrian army extended the truce in Aleppo by 48 hours on Monday, its command said.")
    _article(site_small, "furniture.md", "title: Strikes on Idlib\ndate: 2016-05-04\nsource: Reuters\nlede: 'Related: Strikes on Idlib kill 12'\n",
             "Air strikes on Idlib killed 12 people on Tuesday, the Syrian Observatory for Human Rights said.")
    _article(site_small, "kerry.md", "title: Ministers talk\ndate: 2016-05-05\nsource: Reuters\n", SEED_LEAD)
    assert _rules(site_small, "body-starts-with-headline") == [
        'content/articles/2016/05/echo.md:7: warning: the body opens with the headline "Aleppo Truce Extended By 48 Hours" [body-starts-with-headline]']
    assert _rules(site_small, "furniture-in-summary") == [
        'content/articles/2016/05/furniture.md:5: warning: the lede holds page furniture: "Related:" [furniture-in-summary]']
    unintroduced = _rules(site_small, "unintroduced-name")
    assert len(unintroduced) == 1 and unintroduced[0].startswith("content/articles/2016/05/kerry.md:9: warning: 'Kerry' is never introduced")


def test_a_story_whose_reports_disagree(site_small: Path) -> None:
    body = "Air strikes killed 12 people in {place} on Tuesday, a monitoring group said, as talks on a truce stalled."
    _article(site_small, "one.md", "title: Strikes kill 12\ndate: 2016-05-03\nsource: Reuters\nstory: strikes-12\n", body.format(place="Aleppo, Syria"))
    _article(site_small, "two.md", "title: Strikes kill 12\ndate: 2016-05-20\nsource: AFP\nstory: strikes-12\n", body.format(place="Mosul, Iraq"))
    found = _rules(site_small, "story-mismatch")
    assert len(found) == 1 and found[0].startswith("content/articles/2016/05/one.md: warning: the 2 reports of one story")
    assert "disagree on the place: Iraq (1), Syria (1)" in found[0] and "are dated 17 days apart (2016-05-03 to 2016-05-20)" in found[0]


def test_copies_of_one_story_are_one_finding_and_a_shared_title_alone_is_none(site_small: Path) -> None:
    body = ("Government forces backed by Russian air power pushed into the eastern districts of Aleppo on Sunday, "
            "a monitoring group said, in the heaviest fighting since the truce collapsed last month. {n}")
    for number in range(3):
        _article(site_small, f"copy-{number}.md", f"title: Copy {number}\ndate: 2016-05-0{number + 1}\nsource: Reuters\n", body.format(n=""))
    _article(site_small, "site-a.md", "title: The Japan Times Online\ndate: 2016-05-06\nsource: Reuters\n", "Tokyo stocks rose on Monday as exporters gained ground.")
    _article(site_small, "site-b.md", "title: The Japan Times Online\ndate: 2016-05-07\nsource: Reuters\n", "A typhoon is heading for Okinawa, forecasters warned.")
    found = _rules(site_small, "duplicate-story")
    assert found == ["content/articles/2016/05/copy-0.md: warning: the same story as content/articles/2016/05/copy-1.md, "
                     "content/articles/2016/05/copy-2.md (up to 100% of the text in common) [duplicate-story]"]
