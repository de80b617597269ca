"""The boilerplate stage (generator.ingest.boilerplate): each furniture class on a line as pages print it, and
the story's own sentences, which must always survive."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.ingest.boilerplate import (
    cut_glued_tags,
    cut_tail,
    headline_of,
    is_bare_caption,
    line_class,
    split_leading_stamps,
    strip_boilerplate,
    strip_inline,
    strip_live_stamps,
    strip_opening,
)
from generator.ingest.text import InputError, article_from_paragraphs

TITLE = "Ceasefire holds in northern province"
STORY = [
    "A ceasefire between government forces and rebels held for a second day on Tuesday, residents said.",
    "The truce, brokered by regional mediators, allows aid convoys to reach the besieged town for the first time in months.",
    "Aid workers said twelve lorries carrying food and medicine crossed the front line before noon.",
    "The government said it would respond to any violation of the agreement.",
]


def strip(*lines: str, title: str = TITLE) -> tuple[tuple[str, ...], set[str]]:
    result = strip_boilerplate(title, [*STORY[:2], *lines, *STORY[2:]])
    return result.paragraphs, {r.kind for r in result.removed}


@pytest.mark.parametrize(("line", "kind"), [
    ("PHOTO: AP", "caption"),
    ("Photo Credit: NASA", "caption"),
    ("(File photo)", "caption"),
    ("AP Photo LON104", "caption"),
    ("Relatives wait outside the hospital in the capital. Image: Jane Smith.", "caption"),
    ("Tags: Syria, ceasefire, aid", "widget"),
    ("Related Stories", "widget"),
    ("Read more", "widget"),
    ("Share this article", "widget"),
    ("Printable version | Send it to a friend | Save story", "navigation"),
    ("add a comment on this article", "widget"),
    ("This story has been viewed 661 times.", "widget"),
    ("Copyright 2004 The Daily Ledger. All rights reserved.", "footer"),
    ("About us / Contact us / Advertising / Subscribe", "footer"),
    ("This site is optimized for viewing with Netscape or Internet Explorer", "footer"),
    ("Home > News > World > Middle East", "navigation"),
    ("News / Business / Opinion / Arts & Culture", "navigation"),
    ("Report Go Asia Pacific NewsRadio PM Sunday Profile", "navigation"),
    ("Thursday, November 18, 2004", "stamp"),
    ("18/11/2004 - 17:36:52", "stamp"),
    ("Tuesday, January 4, 2005; Page A01", "stamp"),
    ("Click here for full story.", "full-article"),
    ("Full Article", "full-article"),
    ("Page 1 of 3", "pagination"),
    ("Next page", "pagination"),
    ("Word Count: 1,018 | Companies Featured in This Article:", "metadata"),
    ("By Jane Doe (Daily Courier)", "byline"),
    ("By RAVI SHARMA", "byline"),
    ("by 1st Lt Kevin Tuttle for Air Force News", "byline"),
    ("By Jane Doe of Reuters", "byline"),
])
def test_a_furniture_line_is_removed_with_its_class(line: str, kind: str) -> None:
    assert line_class(line) == kind
    paragraphs, kinds = strip(line)
    assert paragraphs == tuple(STORY) and kind in kinds


@pytest.mark.parametrize("sentence", [
    *STORY,
    "Mr Hassan died the next day of his injuries.",
    "Read more about the plan in the ministry's report, officials urged reporters.",
    "By Monday evening the convoy had reached the town.",
    "Copyright law was not the issue, the minister said, but the leak of the draft was.",
    "Share prices in Damascus fell sharply on Tuesday.",
    "3.45 million people remain displaced, the UN said.",
    "Home is where the war is, she said.",
    "Related talks in Geneva made no progress.",
    "Shelling on 12/05 / 13/05 hit the 4th, 5th and 9th districts, 1,200 / 1,400 homes in all.",
])
def test_a_sentence_of_the_story_is_kept(sentence: str) -> None:
    assert line_class(sentence) == ""
    paragraphs, _ = strip(sentence)
    assert sentence in paragraphs


def test_a_caption_printed_without_a_full_stop_goes_when_the_story_is_punctuated() -> None:
    caption = "The governor did not belong to any of the three governing parties"
    assert is_bare_caption(caption)
    paragraphs, kinds = strip(caption)
    assert caption not in paragraphs and "caption" in kinds


def test_a_heading_with_a_colon_and_a_short_heading_stay() -> None:
    for heading in ("Powell: 'Business as usual' for now", "Smooth transition"):
        assert not is_bare_caption(heading)
        assert heading in strip(heading)[0]


def test_a_caption_inside_a_paragraph_goes_with_its_agency_credit() -> None:
    text, removed = strip_inline("Rebels captured three villages on Monday. Fighters walk in a village north of the city "
                                 "November 19 2016. REUTERS/Jane Smith The advance is part of a wider campaign.")
    assert text == "Rebels captured three villages on Monday. The advance is part of a wider campaign."
    assert [r.kind for r in removed] == ["caption"]


def test_a_bracketed_credit_after_a_sentence_of_the_story_takes_only_itself() -> None:
    text, _ = strip_inline("He added that four other victims had died in hospital. (TRT World and Agencies) The border stayed closed.")
    assert text == "He added that four other victims had died in hospital. The border stayed closed."


def test_a_video_embed_title_goes() -> None:
    text, _ = strip_inline("Strikes hit the town on Tuesday. Strikes hit market town - YouTube Witnesses said the market was full.")
    assert text == "Strikes hit the town on Tuesday. Witnesses said the market was full."


def test_ticker_links_and_banners_inside_a_sentence_go() -> None:
    text, removed = strip_inline("Retailer Kmart Holding Corp. (KMRT.O: Quote, Profile, Research) will buy Sears. ADVERTISEMENT The deal closes in March.")
    assert text == "Retailer Kmart Holding Corp. will buy Sears. The deal closes in March."
    assert {r.kind for r in removed} == {"widget"}


def test_the_page_tail_after_related_news_is_cut() -> None:
    body = [*STORY, "Source TRT World and agencies Related News Talks stall in Geneva | Aid reaches the north "
            "A picture is worth a thousand words. Follow us on Instagram. Copyright 2018 TRT World."]
    paragraphs, tail = cut_tail(body)
    assert paragraphs == [*STORY, "Source TRT World and agencies"] and tail.startswith("Related News")


def test_a_related_articles_heading_naming_its_site_ends_the_page() -> None:
    body = [*STORY, "Related SciDev.Net articles:", "Threat of devastating floods 'will double' by 2050",
            "Haiti's lessons for managing the global environment"]
    paragraphs, tail = cut_tail(body)
    assert paragraphs == STORY and tail.startswith("Related SciDev.Net articles:")


def test_sputnik_style_tags_and_comment_widgets_end_the_page() -> None:
    body = [" ".join(STORY) + " Tags airstrikes Syria Hama Community standardsDiscussion Comment via FacebookComment via Sputnik News"]
    paragraphs, tail = cut_tail(body)
    assert paragraphs == [" ".join(STORY)] and "Comment via" in tail


def test_no_tail_is_cut_when_the_story_goes_on_after_the_cue() -> None:
    body = [STORY[0], STORY[1], "Related talks in Geneva made no progress. The envoy said he would return next week to try again. "
            "Diplomats said both sides had agreed to keep the channel open for another month."]
    assert cut_tail(body) == (body, "")


def test_live_blog_times_go_and_their_entries_stay() -> None:
    paragraphs, removed = strip_live_stamps(["06.48 Reuters - Search teams found debris on Tuesday.",
                                             "11.03am: Rescuers said the weather had improved.", STORY[0]])
    assert paragraphs == ["Reuters - Search teams found debris on Tuesday.", "Rescuers said the weather had improved.", STORY[0]]
    assert {r.kind for r in removed} == {"timestamp"}


def test_one_number_at_the_start_of_a_paragraph_is_not_a_live_blog() -> None:
    paragraphs = ["10.30 was the hour the convoy left, officials said.", STORY[0]]
    assert strip_live_stamps(paragraphs) == (paragraphs, [])


@pytest.mark.parametrize(("paragraph", "stamp", "rest"), [
    ("Date of publication 19 October 2016 Russia has accused Belgium of killing civilians.",
     "Date of publication 19 October 2016", "Russia has accused Belgium of killing civilians."),
    ("20.07.2016(updated 1329 20.07.2016) Get short URL 0 154 The air force destroyed a convoy.",
     "20.07.2016(updated 1329 20.07.2016) Get short URL 0 154", "The air force destroyed a convoy."),
    ("Last updated at Feb 092015 BEIRUT At least 15 people were killed.", "Last updated at Feb 092015", "BEIRUT At least 15 people were killed."),
    ("3.45 million people remain displaced, the UN said.", "", "3.45 million people remain displaced, the UN said."),
    ("AFP Friday 10 Oct 2014 Five police officers were killed.", "", "AFP Friday 10 Oct 2014 Five police officers were killed."),
])
def test_page_stamps_before_the_first_sentence(paragraph: str, stamp: str, rest: str) -> None:
    assert split_leading_stamps(paragraph) == (stamp, rest)


def test_what_a_page_prints_before_an_agency_dateline_goes() -> None:
    first, removed = strip_opening("8:16 PM AP Photo XYZ104 By JOHN DOE Associated Press Writer RAMALLAH, West Bank (AP) - A leader spoke.")
    assert first == "RAMALLAH, West Bank (AP) - A leader spoke."
    assert removed and removed[-1].text.endswith("Associated Press Writer")


def test_a_dateline_at_the_start_is_left_whole() -> None:
    assert strip_opening("NEW YORK (Reuters) - The deal was announced.")[0] == "NEW YORK (Reuters) - The deal was announced."


def test_the_headline_again_also_behind_a_section_word_or_before_the_site_name() -> None:
    assert headline_of("Several killed in twin blasts- Al Manar TV Website Archive") == "Several killed in twin blasts"
    paragraphs, kinds = strip("Public health Ceasefire holds in northern province")
    assert paragraphs == tuple(STORY) and "headline" in kinds


def test_a_body_of_furniture_only_is_an_input_error() -> None:
    with pytest.raises(InputError, match="only page furniture"):
        article_from_paragraphs(Path("x.txt"), TITLE, ["Home > News > World", "Share this article", "Copyright 2016 Example News"], "sha256:0")


def test_the_outlet_named_in_a_removed_footer_is_still_the_source() -> None:
    body = [" ".join(STORY) + " Tags Syria Hama Community standardsDiscussion Comment via FacebookComment via Sputnik News"]
    article = article_from_paragraphs(Path("x.txt"), TITLE, body, "sha256:0")
    assert article.source == "Sputnik" and "Comment via" not in " ".join(article.paragraphs)


def test_a_removed_date_line_still_dates_the_article() -> None:
    article = article_from_paragraphs(Path("x.txt"), TITLE, ["Thursday, November 18, 2004", *STORY], "sha256:0")
    assert article.date == dt.date(2004, 11, 18) and article.paragraphs == tuple(STORY)


def test_a_removed_byline_names_the_author() -> None:
    article = article_from_paragraphs(Path("x.txt"), TITLE, ["By Jane Doe", *STORY], "sha256:0")
    assert article.author == "Jane Doe" and article.paragraphs == tuple(STORY)


def test_a_bracketed_photo_caption_between_sentences_goes() -> None:
    text, removed = strip_inline("It has failed to destroy the group. (Photo Smoke is seen following an airstrike on "
                                 "July 17 2017. by AFP) Talks resume on Monday.")
    assert text == "It has failed to destroy the group. Talks resume on Monday."
    assert [r.kind for r in removed] == ["caption"]


def test_a_bracket_that_is_part_of_a_sentence_stays() -> None:
    line = "The ministry released images (photos of the damaged school) on Tuesday."
    assert strip_inline(line)[0] == line


def test_a_short_bracketed_photo_credit_takes_its_caption_with_it() -> None:
    text, _ = strip_inline("Rebels took the hill. Fighters walk in the ruins of the old town on July 17 2017. (Photo: AP) "
                           "The army denied it.")
    assert text == "Rebels took the hill. The army denied it."


def test_a_share_widget_s_counts_give_back_the_story_s_opening_number_the_headline_repeats() -> None:
    opening = "09.04.2017Get short URL 0 85 12 Daesh terrorists were killed near the town."
    first, removed = strip_opening(opening, "Forces Eliminate 12 Daesh Militants Near the Town")
    assert first == "12 Daesh terrorists were killed near the town."
    assert [r.text for r in removed] == ["09.04.2017Get short URL 0 85"]
    # without the headline's word, the counts are the widget's
    assert strip_opening("21.08.2013Get short URL 0 0 0 Syrian forces fired barrages.", "Opposition Claims Gas Attack")[0] \
        == "Syrian forces fired barrages."


@pytest.mark.parametrize("opening", [
    "Fighters pass burnt-out vehicles in the northern city on July 9 2016 (Photo AFP) ",
    "A soldier runs near destroyed buildings in the city on Monday (AFP photo) ",
    "Military jets are seen at an air base June 18 2016 (TRT World and Agencies) ",
])
def test_a_caption_without_a_full_stop_goes_with_its_credit(opening: str) -> None:
    assert strip_inline(opening + "State media says 30 people have been killed.")[0] == "State media says 30 people have been killed."


def test_an_agency_credit_after_a_word_of_the_story_takes_only_itself() -> None:
    text, _ = strip_inline("Rebels said the army shelled the town (AFP) Residents fled north.")
    assert text == "Rebels said the army shelled the town Residents fled north."


@pytest.mark.parametrize(("paragraph", "kept"), [
    # a capitalised function or number word opens the story's sentence
    ("The town was shelled again. Tags Syria Damascus Rebels Douma Airstrikes At least 19 civilians were killed.",
     "The town was shelled again. At least 19 civilians were killed."),
    ("Shelling went on. Tags Madaya Syria hunger siege women Three women from the town were shot.",
     "Shelling went on. Three women from the town were shot."),
    # an acronym is a tag, not the verb "is"
    ("Strikes went on. Tags Raqqa airstrikes IS Syria Overnight airstrikes on the group's capital killed 12.",
     "Strikes went on. Overnight airstrikes on the group's capital killed 12."),
    # a name holding "for" is one tag; the sentence opens the run of lower-case words before its first verb
    ("Raids went on. Tags Syria Syrian Observatory for Human Rights Warplanes carried out a gas attack.",
     "Raids went on. Warplanes carried out a gas attack."),
    ("Raids went on. Tags Qamishli YPG Turkey Syrian regime warplanes bombed Kurdish positions in the city.",
     "Raids went on. Syrian regime warplanes bombed Kurdish positions in the city."),
    ("Raids went on. Tags Aleppo ceasefire Suspected Syrian regime and Russian airstrikes killed 22.",
     "Raids went on. Suspected Syrian regime and Russian airstrikes killed 22."),
    # a standfirst without its full stop gets one: the tags stood between two blocks
    ("the monitoring group said Tags Nusra Front Aleppo war. A suicide bomber struck.",
     "the monitoring group said. A suicide bomber struck."),
])
def test_a_tag_list_glued_before_the_story_goes_and_the_sentence_stays(paragraph: str, kept: str) -> None:
    text, removed = cut_glued_tags(paragraph)
    assert text == kept
    assert [r.kind for r in removed] == ["widget"] and removed[0].text.startswith("Tags ")


@pytest.mark.parametrize("paragraph", [
    "Price Tags Rise As Shops Reopen in the capital.",  # a capitalised word before it: a title, not a tag list
    "The tags were removed. Tags Syria Aleppo",  # nothing after the list: the page's tail, cut elsewhere
    "Tags Syria Aleppo Idlib Hama Homs",  # no sentence to find
])
def test_no_tag_list_or_no_sentence_after_it_leaves_the_paragraph_alone(paragraph: str) -> None:
    assert cut_glued_tags(paragraph) == (paragraph, [])


def test_a_bracketed_additional_reporting_credit_goes_whole() -> None:
    lead = "The president chose his adviser to replace the resigning secretary, officials said on Monday."
    stripped = strip_boilerplate("Rice picked", [lead, "She was a partner in a law firm. (Additional reporting by Jane Doe)"])
    assert stripped.paragraphs == (lead, "She was a partner in a law firm.")


def test_a_live_pages_update_note_goes_and_the_dateline_stays_glued() -> None:
    """'(CNN)[Breaking news update, posted 9:04 p.m. ET]. The live stream ...': the note goes, the lead keeps its outlet."""
    text, removed = strip_inline("(CNN)[Breaking news update, posted 9:04 p.m. ET]. The live stream began at 9:03 a.m.")
    assert text == "(CNN)The live stream began at 9:03 a.m."
    assert [r.kind for r in removed] == ["timestamp"]
    assert strip_inline("The vote [see below] was close.")[0] == "The vote [see below] was close."


def test_a_photo_credit_that_lost_its_slash_goes_and_the_sentence_before_stays() -> None:
    """'... local media reported Sunday. REUTERS Rodi Said US Tanks ...': the credit goes, the story's sentence stays."""
    text, removed = strip_inline("Eight civilians died in Tabqah, local media reported Sunday. REUTERS Rodi Said US Tanks to Storm Raqqa")
    assert text == "Eight civilians died in Tabqah, local media reported Sunday. US Tanks to Storm Raqqa"
    assert [r.kind for r in removed] == ["caption"]
    assert strip_inline("They regained the town. Sputnik HKMET DURGUN Syrian Democratic Forces advanced.")[0] == (
        "They regained the town. Syrian Democratic Forces advanced.")


@pytest.mark.parametrize("line", ["Media playback is unsupported on your device", "Listen to this article", "Click to expand",
                                  "Share on Facebook Share on Twitter Share via Email", "More from Middle East",
                                  "Image caption Rescuers search the rubble in Douma"])
def test_players_share_bars_and_caption_labels_are_furniture(line: str) -> None:
    """BBC, Guardian and CNN page widgets that reached the body of a saved page."""
    assert line_class(line) in {"widget", "caption", "navigation"}


def test_a_pages_tail_of_two_link_lists_goes_whole() -> None:
    """'... the country. Source AA Related News <headlines> Category News <headlines>': the first list went unseen
    because it began before the text's second half; once the second is cut it is the tail."""
    story = " ".join(f"Officials said the strikes hit the town for the {n} time this week, killing several civilians." for n in range(4))
    text = (f"{story} Source AA Related News Death toll rises to 70 as regime rains down bombs Health agencies warn "
            "Idlib offensive could uproot 700000 Category News At least one Palestinian killed during Gaza protests Yemen "
            "faces worsening threat of famine Iraqs vote violations The global gag rule Slovenian elections Thousands of Afghan "
            "migrants walk into Turkey Is Boris Johnson using Islamophobia to win votes Subscribe to our Youtube channel for all "
            "latest news TRT World on Facebook Like Follow Copyright 2018 TRT World Careers Press Releases Documentary Contact Us")
    stripped = strip_boilerplate("Strikes hit the town", [text])
    assert stripped.paragraphs[0].endswith("killing several civilians. Source AA")


@pytest.mark.parametrize("line", ["Washington Post Staff Writers", "BBC News business reporter", "FREE PRESS COLUMNIST", "AGENCIES",
                                  "(With Reuters and AFP)", "Some information for this report provided by AFP and AP.",
                                  "James Meikle, Sarah Boseley and Felicity Lawrence", "R.J/ Ghossoun/R. Milhem/H. Said"])
def test_credit_lines_that_name_no_story_are_furniture(line: str) -> None:
    """A desk's label, a contribution, the reporters' names alone, a state agency's editors by their initials."""
    assert line_class(line) == "credit"


@pytest.mark.parametrize("line", ["With Reuters reporting, the talks ended.", "John Kerry and Sergey Lavrov met in Geneva on Monday.",
                                  "All on board survived. CNN's Barry Neild contributed to this report.", "Iran and Russia"])
def test_story_lines_like_credits_stay(line: str) -> None:
    assert line_class(line) != "credit"


def test_a_wires_copyright_notice_glued_after_the_last_sentence_goes() -> None:
    """'... "It wasn't us in Detroit." Copyright 2004 Associated Press. All rights reserved. This material may not be ...'"""
    story = " ".join(f"Officials said the strikes hit the town for the {n} time this week, killing several civilians." for n in range(4))
    text = (f'{story} "It wasn\'t us," Smith said. Copyright 2004 Associated Press. All rights reserved. This material may not '
            "be published, broadcast, rewritten, or redistributed.")
    assert strip_boilerplate("Strikes hit the town", [text]).paragraphs[0].endswith('"It wasn\'t us," Smith said.')


@pytest.mark.parametrize(("paragraph", "kind"), [
    ("Marchers lead the funeral procession on Sunday, November 21, 2004. Photo by Craig Squires.", "caption"),
    ("The crater left by the blast. Photograph by Jane Doe", "caption"),
    ("Rescuers at the site on Monday. Picture courtesy of NASA.", "caption"),
    # the story's own sentences that speak of a photo and its taker
    ("The image was published in a photo by Reuters.", ""),
    ("Photo by photo, the exhibition tells the story of the siege of the city and its people.", ""),
])
def test_a_caption_credited_by_the_photographer_s_name_is_a_caption(paragraph: str, kind: str) -> None:
    assert line_class(paragraph) == kind
