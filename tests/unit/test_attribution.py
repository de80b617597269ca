"""Who reported an article: credits in copy, page metadata and URLs; never a quoted outlet or a byline."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import BriefingError
from generator.ingest.attribution import attribute, outlet_of_site, shipped_outlets
from generator.ingest.text import article_from_paragraphs, read_text_article
from generator.outlets import load_outlets

OUTLETS = shipped_outlets()


@pytest.mark.parametrize(("last", "kept", "agency"), [
    ("the lifting of sieges.-AFP", "the lifting of sieges.", "AFP"),
    ("in the town. --Reuters", "in the town.", "Reuters"),
    ('he said." - AFP', 'he said."', "AFP"),
    ("two heavy machineguns. Source SANA", "two heavy machineguns.", "SANA"),
    ("Barazi added in his interview.-REUTERS", "Barazi added in his interview.", "Reuters"),
    ("the airstrikes. (Source: Syrian Coalition) Twitter", "the airstrikes.", "Etilaf"),
    ("the detainees. (Source: Syrian Coalitions Media Office)Twitter", "the detainees.", "Etilaf"),
    ("and 5 IDP camps. (Source: Syrian Coalition + Smart News) Twitter", "and 5 IDP camps.", "Etilaf"),
    ("a pretext for US missile strikes. Source TRTWorld and agencies", "a pretext for US missile strikes.", "TRT"),
    ("Air strikes kill eight - YouTube Source TRT World", "Air strikes kill eight - YouTube", "TRT"),
    ("said the ministry. (KUNA)", "said the ministry.", "KUNA"),  # an agency's acronym the registry need not know
    # not credits: an organisation in a sentence, a place after a dash, a reader's signature after a quote
    ("the report by the United Nations (UN).", "the report by the United Nations (UN).", ""),
    ("fighting continued in Aleppo - Syria", "fighting continued in Aleppo - Syria", ""),
    ('"Come on AC Milan!" - Mat Stevens.', '"Come on AC Milan!" - Mat Stevens.', ""),
])
def test_closing_credits(last: str, kept: str, agency: str) -> None:
    credited = attribute(["First.", last], OUTLETS)
    assert (credited.paragraphs, credited.source) == (["First.", kept], agency)


def test_reporter_credit_lines_go_and_name_no_source() -> None:
    assert attribute(["Text.", "(Reporting by A. Writer; Editing by B. Editor)"], OUTLETS).paragraphs == ["Text."]
    assert attribute(["Text.", "--Reuters"], OUTLETS).source == "Reuters"


def test_a_pooled_wire_credit_of_many_reporters_goes_however_long() -> None:
    pooled = "(Additional reporting by " + ", ".join(f"A. Writer{i} in CITY{i}" for i in range(20)) + "; Editing by B. Editor)"
    assert attribute(["Text.", pooled], OUTLETS).paragraphs == ["Text."]


@pytest.mark.parametrize(("first", "after_date", "source", "rest"), [
    ("AFP Sunday 14 Sep 2014 At least nine people were killed", False, "AFP", "At least nine people were killed"),
    ("Monitor AFP Thursday 2 Jul 2015 At least nine people", False, "AFP", "At least nine people"),
    ("Regional NNA - Twin car bomb explosions in Homs", False, "NNA", "Twin car bomb explosions in Homs"),
    ("Aleppo SANA-Terrorist organizations fired shells", False, "SANA", "Terrorist organizations fired shells"),
    ("SANA Seven people were killed on Monday", True, "SANA", "Seven people were killed on Monday"),
    ("(CNN)Singer-songwriter David Crosby hit a jogger", False, "CNN", "Singer-songwriter David Crosby hit a jogger"),
    ("(CNN) -- Police said six died", False, "CNN", "Police said six died"),
    # an organisation in brackets that is no outlet stays ("(UNHCR) staff"), as does a bracket inside the text
    ("(UNHCR) Staff said six died", False, "", "(UNHCR) Staff said six died"),
    # without a date before it, an outlet's name and a capital is a sentence, not a stamp
    ("SOHR Director Rami Abdel Rahman said 20 died", False, "", "SOHR Director Rami Abdel Rahman said 20 died"),
    ("SANA reporter in Aleppo said six died", True, "", "SANA reporter in Aleppo said six died"),
    ("Human Rights Watch Director Kenneth Roth said", False, "", "Human Rights Watch Director Kenneth Roth said"),
])
def test_opening_stamps(first: str, after_date: bool, source: str, rest: str) -> None:
    credited = attribute([first, "More."], OUTLETS, after_date=after_date)
    assert (credited.source, credited.paragraphs[0]) == (source, rest)


def test_a_stamp_s_date_is_kept_for_the_article() -> None:
    raw = read_text_article(Path("a.txt"), b"Blast kills 20\n\nAFP Friday 10 Oct 2014 At least 20 people died in a blast.\n")
    assert raw.source == "AFP" and str(raw.date) == "2014-10-10"
    assert raw.paragraphs[0] == "At least 20 people died in a blast."


@pytest.mark.parametrize(("body", "source"), [
    ("TEHRAN (Tasnim) - Iran's foreign minister spoke.", "Tasnim"),
    ("Get short URL 0 67 Nine died in Idlib. DAMASCUS (Sputnik) - The strike hit a market.", "Sputnik"),
    ("Nine died. Comment via FacebookComment via Sputnik News", "Sputnik"),
    ("Nine died. Editing by Robin Pomeroy Our Standards:The Thomson Reuters Trust Principles.", "Reuters"),
    ("Nine died. Copyright \u00a9 2018 TRT World. Watch Live", "TRT"),
    # quoted outlets are not the article's
    ("Nine people died, Reuters reported on Monday.", ""),
    ("A military source told SANA that nine died.", ""),
    ("Nine died in the strike according to the Syrian Arab News Agency.", ""),
])
def test_credits_in_copy_and_never_a_quote(body: str, source: str) -> None:
    raw = read_text_article(Path("a.txt"), f"Strike\n\n{body}\n".encode())
    assert raw.source == source


def test_a_byline_naming_an_outlet_is_the_source_and_a_person_the_author() -> None:
    outlet = read_text_article(Path("a.txt"), b"58 Killed in Idlib\n\nPosted on April 4 2017 by Asharq Al-Awsat English 58 Killed in Idlib Dozens died.\n")
    assert (outlet.source, outlet.author, outlet.paragraphs[0]) == ("Asharq Al-Awsat", "", "Dozens died.")
    person = read_text_article(Path("a.txt"), b"Gas Dropped on Town\n\nPosted on August 3 2016 by Jordan Dakamseh Gas Dropped on Town The council met.\n")
    assert (person.source, person.author) == ("", "Jordan Dakamseh")


def test_site_names_feed_titles_and_domains() -> None:
    assert outlet_of_site("BBC News - World", OUTLETS) == "BBC"
    assert outlet_of_site("Syrian Arab News Agency", OUTLETS) == "SANA"
    assert outlet_of_site("My Local Paper", OUTLETS) == "My Local Paper"  # a site's own name, as it gives it
    raw = article_from_paragraphs(Path("p.html"), "T", ["Nine died."], "h", source_url="https://www.sana.sy/en/?p=1")
    assert raw.source == "SANA"
    # the copy's own credit wins over the page's site name
    wire = article_from_paragraphs(Path("p.html"), "T", ["BEIRUT (AFP) - Nine died."], "h", site="Ahram Online")
    assert wire.source == "AFP"


def test_registry_spellings() -> None:
    assert OUTLETS.find("Al Manar") is OUTLETS.find("almanar") is OUTLETS.find("Al-Manar")
    assert OUTLETS.named_at_start("Sana is Yemen's capital") is None  # acronyms match in capitals only
    assert OUTLETS.for_url("http://english.ahram.org.eg/News/1.aspx").name == "Al-Ahram"  # type: ignore[union-attr]
    tasnim = OUTLETS.find("Tasnim News Agency")
    assert tasnim is not None and tasnim.profile == "Iranian state-affiliated news agency"


def test_a_project_registry_adds_and_replaces_outlets(tmp_path: Path) -> None:
    (tmp_path / "sources.yml").write_text(
        "- name: SANA\n  aliases: [Syrian Arab News Agency]\n  kind: state\n  country: SY\n  note: Damascus's agency\n"
        "- name: Hawar News\n  aliases: [ANHA]\n  domains: [hawarnews.com]\n  kind: party\n  country: SY\n")
    outlets = load_outlets(tmp_path)
    assert outlets.find("SANA").note == "Damascus's agency"  # type: ignore[union-attr]
    assert outlets.find("Sana News") is None  # the replaced default's aliases went with it
    assert outlets.find("ANHA").name == "Hawar News"  # type: ignore[union-attr]
    assert outlets.find("Reuters") is not None  # the other defaults stay


@pytest.mark.parametrize(("text", "line", "message"), [
    ("- name: X\n  kind: tabloid\n", 2, "'kind' must be one of"),
    ("- name: X\n  kind: wire\n  country: Syria\n", 3, "ISO 3166-1"),
    ("- name: X\n  kind: wire\n  domains: [https://x.org/]\n", 3, "not a domain name"),
    ("- name: X\n  kind: wire\n  colour: red\n", 3, "unknown field 'colour'"),
    ("- name: X\n  kind: wire\n- name: Y\n  aliases: [X]\n  kind: wire\n", 3, "'X' already names X"),
    ("- kind: wire\n", 1, "'name' must be"),
    ("name: X\n", 1, "must be a list of entries"),
])
def test_registry_errors_name_the_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    (tmp_path / "sources.yml").write_text(text)
    with pytest.raises(BriefingError) as caught:
        load_outlets(tmp_path)
    problem = caught.value.diagnostics[0]
    assert problem.path.endswith("sources.yml") and problem.line == line and message in problem.message, problem


def test_a_stamp_glued_after_the_opening_sentence_credits_and_leaves_the_copy() -> None:
    raw = read_text_article(Path("a.txt"), b'Strike\n\nNine died in the strike, a monitor said. (presstv) - "Nine civilians died," it said.\n')
    assert raw.source == "Press TV"
    assert raw.paragraphs[0] == 'Nine died in the strike, a monitor said. "Nine civilians died," it said.'
    aside = read_text_article(Path("a.txt"), b"Strike\n\nNine died. (Two of them children) - the rest were adults.\n")
    assert aside.source == "" and "(Two of them children)" in aside.paragraphs[0]


def test_a_bracketed_outlet_opening_the_copy_is_its_stamp() -> None:
    credited = attribute(["(CNN)What happens when the star shows up? Nothing, police said."], OUTLETS)
    assert (credited.paragraphs, credited.source) == (["What happens when the star shows up? Nothing, police said."], "CNN")
    assert attribute(["(Updated) Police said."], OUTLETS).paragraphs == ["(Updated) Police said."]


def test_a_page_opening_with_its_date_stamp_has_its_headline_next_and_that_date() -> None:
    raw = read_text_article(Path("a.txt"), b"Saturday November 20, 2004 6:23PM\n\nUgly brawl leads to four suspensions\n\n"
                                           b"The league suspended four players on Saturday after the brawl.\n")
    assert raw.title == "Ugly brawl leads to four suspensions"
    assert str(raw.date) == "2004-11-20"
    assert raw.paragraphs == ("The league suspended four players on Saturday after the brawl.",)
    # a dated first line above a sentence is still the title (nothing better to take)
    plain = read_text_article(Path("a.txt"), b"Monday 3 May 2016\n\nThe talks resumed in Geneva on Monday.\n")
    assert plain.title == "Monday 3 May 2016"


def test_a_caption_s_date_is_the_last_clue_to_an_undated_story_s_day() -> None:
    raw = read_text_article(Path("a.txt"), b"Shelling kills 30\n\nFighters pass burnt-out vehicles in the city on July 9 2016 "
                                           b"(Photo AFP) State media says 30 people have been killed overnight.\n")
    assert raw.paragraphs[0] == "State media says 30 people have been killed overnight."
    assert str(raw.date) == "2016-07-09"


def test_a_stamp_between_the_standfirst_and_the_body_splits_them_and_credits_the_copy() -> None:
    raw = read_text_article(Path("a.txt"), b"Blast kills 20\n\nTwenty die in a blast in the capital says a monitor "
                                           b"AFP Friday 10 Oct 2014 At least 20 people died in a blast on Friday.\n")
    assert (raw.source, str(raw.date)) == ("AFP", "2014-10-10")
    assert raw.paragraphs == ("Twenty die in a blast in the capital says a monitor", "At least 20 people died in a blast on Friday.")
    # a label or the headline's last word before the stamp is no standfirst; an outlet quoted in prose is no stamp
    assert read_text_article(Path("a.txt"), b"Blast kills 20\n\nNGO AFP Monday 16 Jun 2014 Twenty died.\n").paragraphs == ("Twenty died.",)
    prose = read_text_article(Path("a.txt"), b"Blast kills 20\n\nA monitor told AFP on Friday 10 Oct 2014 that twenty died.\n")
    assert prose.source == "" and prose.paragraphs == ("A monitor told AFP on Friday 10 Oct 2014 that twenty died.",)


def test_a_headline_repeated_under_a_label_is_not_the_lead_and_an_outlet_s_line_credits_the_copy() -> None:
    raw = read_text_article(Path("a.txt"), b"UPDATED Air raids kill 42 near the capital\n\nAir raids kill 42 near the capital "
                                           b"AFP Friday 12 Sep 2014 Air raids near the capital killed 42 people.\n")
    assert raw.paragraphs == ("Air raids near the capital killed 42 people.",)
    wire = read_text_article(Path("a.txt"), b"Comedy keeps top spot\n\nBy Greg Writer\n\nAssociated Press\n\nThe comedy earned $42.8 million.\n")
    assert (wire.source, wire.paragraphs[0]) == ("AP", "The comedy earned $42.8 million.")


@pytest.mark.parametrize(("title", "headline", "site"), [
    ("Air strikes kill 39 | Jordan Times", "Air strikes kill 39", "Jordan Times"),
    ("Car bomb kills 10 - Region - World - Ahram Online", "Car bomb kills 10", "Al-Ahram"),
    ("National News Agency - Coalition raids kill 35 fighters", "Coalition raids kill 35 fighters", "NNA"),
    # a speaker or a label after the dash is the headline's own, and a title that is only the site stays whole
    ("Lords wrong on detainees - Straw", "Lords wrong on detainees - Straw", ""),
    ("Champions League draw - LIVE", "Champions League draw - LIVE", ""),
    ("Reuters - Reuters", "Reuters - Reuters", "Reuters"),
])
def test_a_page_title_s_site_name_is_the_source_not_the_headline(title: str, headline: str, site: str) -> None:
    from generator.ingest.attribution import split_site_name

    assert split_site_name(title, OUTLETS) == (headline, site)
    raw = read_text_article(Path("a.txt"), f"{title}\n\nNine people died in the strike on Monday.\n".encode())
    assert (raw.title, raw.source) == (headline, site)


def test_a_title_line_s_label_is_not_part_of_the_headline() -> None:
    raw = read_text_article(Path("a.txt"), b"title: Attack kills 50 in central Syria\n\nThe attack killed 50 people on Thursday.\n")
    assert raw.title == "Attack kills 50 in central Syria"
    assert read_text_article(Path("a.txt"), b"Title IX ruling upheld\n\nThe court ruled.\n").title == "Title IX ruling upheld"


@pytest.mark.parametrize(("body", "date"), [
    ("ABC News\n\nThe Associated Press\n\nOLYMPIA, Wash. Dec 30, 2004\n\nThe governor was certified on Thursday.", "2004-12-30"),
    ("By David Writer 30 November 2004 Old enemies were edging towards a deal last night.", "2004-11-30"),
    # below the lead, a day the prose names is not the page's date
    ("Cabinet papers\n\nLord Goldsmith warned Tony Blair on 7 March 2003 that the war could be illegal.", "None"),
    ("Asteroid table\n\nThese results were computed on Dec 29, 2004 by the team.", "None"),
    # further in, a stamp still shows by its weekday or a dateline's dashes
    ("Spam screensaver stirs up controversy. Paul Writer, IDG News Service Friday, December 03, 2004 Lycos hit back.", "2004-12-03"),
    ("New Search Service Helps Consumers Find and Act on Information More Quickly REDMOND, Wash. -- Nov. 11, 2004 -- MSN debuted it.", "2004-11-11"),
])
def test_a_date_stamped_near_the_top_dates_the_article(body: str, date: str) -> None:
    raw = read_text_article(Path("a.txt"), f"Governor certified\n\n{body}\n".encode())
    assert str(raw.date) == date


LEAD = "The army said on Monday that nine soldiers had been killed in an attack on a checkpoint near the border."


@pytest.mark.parametrize(("head", "source", "author"), [
    (["By Meng Yan (China Daily)"], "China Daily", "Meng Yan"),  # a byline with its outlet in brackets
    (["By Jane Doe, The Irish Times"], "The Irish Times", "Jane Doe"),
    (["By Kylie Morris", "BBC News, Bangkok"], "BBC", "Kylie Morris"),  # the outlet and the reporter's city
    (["By Alberto Souviron", "BBC News business reporter"], "BBC", "Alberto Souviron"),  # a desk's label
    (["Washington Post Staff Writers"], "The Washington Post", ""),
    (["James Meikle, Sarah Boseley and Felicity Lawrence", "The Guardian"], "The Guardian", ""),  # the outlet alone
    (["Al Jazeera correspondent"], "Al Jazeera", ""),
    # not an outlet's line: a person's own affiliation, a sentence that quotes an outlet, a desk of an unknown paper
    (["By John Smith, Oxford University"], "", "John Smith, Oxford University"),
    (["Reuters reported the attack late on Monday."], "", ""),
    (["Daily Planet Staff Writers"], "", ""),
])
def test_an_outlet_in_the_byline_block_is_the_source(head: list[str], source: str, author: str) -> None:
    raw = article_from_paragraphs(Path("p.txt"), "Nine soldiers killed", [*head, LEAD], "h")
    assert (raw.source, raw.author) == (source, author)
    assert raw.paragraphs[0] == LEAD or head == ["Reuters reported the attack late on Monday."]


def test_a_deck_above_a_known_outlet_s_dateline_is_the_page_s_not_the_lead() -> None:
    deck = "Embassy official: Fortified home to government 'not breached'"
    raw = article_from_paragraphs(Path("p.txt"), "Bombs kill 16", [deck, "BAGHDAD, Iraq (CNN) -- Two car bombs killed 16 people."], "h")
    assert (raw.source, raw.dateline, raw.paragraphs[0]) == ("CNN", "Baghdad", "Two car bombs killed 16 people.")
    # a line that long above an outlet nobody knows may be the story's own first line: kept
    unknown = article_from_paragraphs(Path("p.txt"), "Talks", [deck, "GENEVA (Daily Planet) - Talks resumed."], "h")
    assert unknown.paragraphs[0] == deck
