import datetime as dt
import pathlib

import pytest

from generator.ingest.clean import (
    Dateline,
    drop_printed_twice,
    drop_repeated_title,
    find_date,
    is_furniture,
    normalise_text,
    split_dateline,
    split_paragraphs,
)
from generator.ingest.text import read_text_article


def test_dateline_becomes_place_and_source() -> None:
    parsed = split_dateline("TEHRAN (Tasnim) \u2013 Iranian Foreign Minister Mohammad Javad Zarif said.")
    assert parsed is not None
    assert (parsed.place, parsed.source, parsed.rest) == ("Tehran", "Tasnim", "Iranian Foreign Minister Mohammad Javad Zarif said.")


def test_dateline_with_date_and_two_word_city() -> None:
    parsed = split_dateline("NEW YORK, Jan 5 (Reuters) - The council met.")
    assert parsed is not None and (parsed.place, parsed.source, parsed.rest) == ("New York", "Reuters", "The council met.")


def test_sentence_that_only_starts_in_capitals_is_not_a_dateline() -> None:
    assert split_dateline("The UN (United Nations) said more.") is None


@pytest.mark.parametrize(("paragraph", "place", "source", "rest"), [
    ("Boston (CNN)Dun Meng was held at gunpoint.", "Boston", "CNN", "Dun Meng was held at gunpoint."),
    ("Kano, Nigeria (CNN)Hundreds of troops crossed the border.", "Kano, Nigeria", "CNN", "Hundreds of troops crossed the border."),
    ("Rio de Janeiro (Reuters)\"We will stay,\" he said.", "Rio de Janeiro", "Reuters", "\"We will stay,\" he said."),
    ("WASHINGTON (AP)Lawmakers met.", "Washington", "AP", "Lawmakers met."),
    ("(CNN)The council met.", "", "CNN", "The council met."),
    ("(The Hollywood Reporter)It's official: the show returns.", "", "The Hollywood Reporter", "It's official: the show returns."),
])
def test_outlet_glued_to_the_first_word_is_a_dateline(paragraph: str, place: str, source: str, rest: str) -> None:
    parsed = split_dateline(paragraph)
    assert parsed is not None and (parsed.place, parsed.source, parsed.rest) == (place, source, rest)


@pytest.mark.parametrize("paragraph", [
    "The UN (United Nations)said more.",  # glued to a lower-case word: a typo, not a lead
    "Police said the group (ISIS)Claimed the attack.",  # brackets mid-sentence
    "\"We watched (CNN)All night,\" she said.",  # in a quote, not at the start
    "Officials in the city of Aleppo and the surrounding Idlib province and the Hama countryside (SANA)Said ...",
    "Boston (CNN) Dun Meng was held at gunpoint.",  # not glued, and no dash after the brackets
])
def test_brackets_that_are_not_a_glued_dateline(paragraph: str) -> None:
    assert split_dateline(paragraph) is None


@pytest.mark.parametrize("line", ["Most Visited in Politics", "Top Politics stories", "Top Stories", "Share this article", "Advertisement"])
def test_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_sentence_is_not_furniture() -> None:
    assert not is_furniture("Top stories from the front line were read by millions of people in Aleppo and beyond this week.")


def test_furniture_lines_do_not_merge_into_a_paragraph() -> None:
    assert split_paragraphs("First para.\n\nMost Visited in Politics\nTop Politics stories\nTop Stories") == ["First para."]


def test_repeated_title_is_dropped() -> None:
    assert drop_repeated_title("Iranian, Russian FMs Confer", ["Iranian, Russian FMs Confer", "Body."]) == ["Body."]


def test_normalise_text() -> None:
    assert normalise_text("\ufeffa\r\nb\x00c") == "a\nbc"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Wed 05 Apr 2017 Syria attack", dt.date(2017, 4, 5)), ("on April 5, 2017,", dt.date(2017, 4, 5)),
     ("2016-05-03", dt.date(2016, 5, 3)), ("on Tuesday", None), ("31 February 2017", None)],
)
def test_find_date(text: str, expected: dt.date | None) -> None:
    assert find_date(text) == expected


# --- messy text: the cleaners added for issue 3 ---------------------------------------------

import datetime as _dt  # noqa: E402

import pytest  # noqa: E402

from generator.ingest.clean import (  # noqa: E402
    split_leading_date,
    strip_title_prefix,
)
from generator.ingest.decode import DecodeError, decode, repair_mojibake, unpack  # noqa: E402
from generator.ingest.identity import text_key  # noqa: E402
from generator.nlp.stories import story_similarity, story_terms  # noqa: E402


def test_normalise_drops_controls_zero_width_and_replacement_characters() -> None:
    assert normalise_text("\ufeffa\r\nb\x07c\u200bd\ufffde\u00adf") == "a\nbcdef"


def test_lines_without_blank_lines_are_paragraphs_but_hard_wrapped_prose_is_joined() -> None:
    per_line = "First sentence of the story is here.\nSecond paragraph follows on this line.\nThird."
    assert split_paragraphs(per_line) == ["First sentence of the story is here.", "Second paragraph follows on this line.", "Third."]
    wrapped = ("The army said on Monday that it had taken the town after a week of\n"
               "fighting with rebel groups, who did not comment on the claim made by\n"
               "the military.\n"
               "A second paragraph begins here and it also wraps across the width of\n"
               "the line.")
    assert split_paragraphs(wrapped) == [
        "The army said on Monday that it had taken the town after a week of fighting with rebel groups, who did not comment on the claim made by the military.",
        "A second paragraph begins here and it also wraps across the width of the line."]


@pytest.mark.parametrize(("text", "day", "rest"), [
    ("Wed 05 Apr 2017 Syria attack. Victims were", _dt.date(2017, 4, 5), "Syria attack. Victims were"),
    ("Fri 07 Apr 2017 at 0914 Homs governor says", _dt.date(2017, 4, 7), "Homs governor says"),
    ("April 6 2017 Syrian Army Kills 48", _dt.date(2017, 4, 6), "Syrian Army Kills 48"),
    ("Published April 2 2017 Syrian opposition", _dt.date(2017, 4, 2), "Syrian opposition"),
    ("5 marines 2015 were", None, "5 marines 2015 were"),
    ("The attack on 5 April 2017", None, "The attack on 5 April 2017"),
])
def test_leading_date(text: str, day: _dt.date | None, rest: str) -> None:
    assert split_leading_date(text) == (day, rest)


def test_title_prefix_is_stripped_only_when_the_whole_title_starts_the_paragraph() -> None:
    assert strip_title_prefix("Syria attack: WHO", "Syria attack WHO. Victims of the attack") == "Victims of the attack"
    assert strip_title_prefix("Syria army", "Syria armymen crossed") == "Syria armymen crossed"
    assert strip_title_prefix("Syria army", "Syria army") == "Syria army"


def test_decode_utf8_with_a_stray_cp1252_byte_keeps_the_utf8_text() -> None:
    assert decode("café ".encode("utf-8") + b"\x93quoted\x94") == "café \u201cquoted\u201d"


def test_decode_uses_a_declared_charset_that_fits_and_ignores_one_that_lies() -> None:
    assert decode("Grüße".encode("cp1252"), "iso-8859-1") == "Grüße"
    assert decode("Привет".encode("cp1251"), "windows-1251") == "Привет"
    assert decode("naïve".encode("utf-8"), "windows-1252") == "naïve"  # declared cp1252, really UTF-8


def test_decode_boms_binary_and_gzip() -> None:
    assert decode("text".encode("utf-16")) == "text"
    with pytest.raises(DecodeError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00")
    import gzip
    assert unpack(gzip.compress(b"hello")) == b"hello"
    with pytest.raises(DecodeError, match="gzip"):
        unpack(b"\x1f\x8b broken")


def test_mojibake_repair() -> None:
    assert repair_mojibake("Mayor\u0092s \u0093plan\u0094 \u0097 now") == "Mayor\u2019s \u201cplan\u201d \u2014 now"
    assert repair_mojibake("It\u00e2\u20ac\u2122s") == "It\u2019s"  # UTF-8 read as cp1252 (ftfy)


def test_text_key_ignores_spacing_punctuation_and_case_but_not_words() -> None:
    body = "The truce held on Monday, officials said. " * 10
    assert text_key("A", body) == text_key("B", body.replace(",", "").upper().replace(" ", "  "))
    assert text_key("A", body) != text_key("A", body.replace("Monday", "Tuesday"))


def test_story_similarity_is_higher_for_the_same_event() -> None:
    a = story_terms("Car bomb kills 12 in Qamishli market", "A car bomb exploded in a market in Qamishli killing 12 people.")
    b = story_terms("Qamishli market car bomb: 12 killed", "Twelve people died when a car bomb hit a market in Qamishli.")
    c = story_terms("Parliament debates budget", "Members of parliament debated the budget in London.")
    assert story_similarity(a, b) > 0.4 > story_similarity(a, c)


def test_wiki_markup_keeps_the_visible_text() -> None:
    from generator.ingest.clean import strip_wiki_markup
    text = ("[[Image:Map.png|right|300px|A map of [[Sudan]] with [[Darfur|the Darfur region]]]]\n\n"
            "{{byline|dateccording to the [[BBC]], rebels in the {{w|South Sudan|south}} and '''Khartoum'''{{ref}}.")
    assert strip_wiki_markup(text) == "\n\nccording to the BBC, rebels in the south and Khartoum."


def test_a_bare_domain_or_wayback_banner_is_furniture() -> None:
    assert is_furniture("ww.cnn.com") and is_furniture("The Wayback Machine - https://web.archive.org/web/2007/x.html")
    assert not is_furniture("Visit cnn.com for more on the story of the day.")


def test_headline_after_a_byline_is_dropped() -> None:
    from generator.ingest.clean import strip_title_prefix

    title = "58 Killed in Suspected Gas Attack in Syrias Idlib"
    paragraph = f"by Asharq Al-Awsat English {title} Dozens of people have been killed in Idlib."
    assert strip_title_prefix(title, paragraph) == "Dozens of people have been killed in Idlib."
    assert strip_title_prefix(title, "by the river the army waited.") == "by the river the army waited."


@pytest.mark.parametrize(("text", "expected"), [
    ("Daesh Attacks Syrian Deir ez-Zor Sputnik Middle East 2159 02.10.2017(updated 2204 02.10.2017) Get short URL", _dt.date(2017, 10, 2)),
    ("21-05-2016 Syrian Army Kills 40 al-Nusra Front Members in Damascus Ambush.", _dt.date(2016, 5, 21)),
    ("Last updated at Nov 012017 JISREEN Syria At least four schoolchildren were among eight people killed", _dt.date(2017, 11, 1)),
    ("Sunday 14 Sep 2014 Syrian army retakes town", _dt.date(2014, 9, 14)),
    ("Monitor AFP Friday 10 Oct 2014 Syrian regime aircraft killed at least 10 people", _dt.date(2014, 10, 10)),
    ("May 3, 2016 The talks resumed in Geneva", _dt.date(2016, 5, 3)),
    ("2016-05-03 The talks resumed in Geneva", _dt.date(2016, 5, 3)),
    ("12/17/2004 a month-first date, the only way it can be read", _dt.date(2004, 12, 17)),
    ("On 5 June 2099 the truce will end", None),  # after the day of ingest: not a publication date
    ("Founded 01.01.1850 in Aleppo", None),  # before 1900
    ("31-02-2016 is no day", None),
])
def test_dates_in_the_forms_outlets_print(text: str, expected: _dt.date | None) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize("stamp", ["(Filed: 17/12/2004)", "Updated: 2004-12-17", "Published on December 17 2004"])
def test_a_date_stamp_at_the_end_dates_the_article(tmp_path, stamp: str) -> None:  # type: ignore[no-untyped-def]

    text = f"Blunkett resigns\n\nDavid Blunkett resigned as home secretary on Wednesday.\n\nHe will stay an MP.\n\n{stamp}\n"
    assert read_text_article(tmp_path / "a.txt", text.encode()).date == _dt.date(2004, 12, 17)


def test_headline_repeated_with_its_closing_quote_or_other_accents_is_stripped() -> None:
    # "... the 'Mets Poet'" ends on a quote mark; the headline typed "Licen" repeats the body's "Ličen".
    assert strip_title_prefix("Frank Messina: An interview with the 'Mets Poet'",
                              "Frank Messina: An Interview with the 'Mets Poet' Wednesday, October 3, 2007"
                              ) == "Wednesday, October 3, 2007"
    assert strip_title_prefix("Wikinews interviews academic Simon Licen",
                              "Wikinews interviews academic Simon Ličen Saturday, November 16, 2013"
                              ) == "Saturday, November 16, 2013"
    assert strip_title_prefix("Council approves bridge", "Council approves bridges in May.") == (
        "Council approves bridges in May.")


def test_lead_after_a_glued_dateline_keeps_its_words_under_a_title_made_from_it(tmp_path: "pathlib.Path") -> None:
    from generator.ingest.text import read_text_article
    # CNN/DM: the title is the lead's opening cut short, and the lead may open with a date; both stay in the lead.
    text = ("Dun Meng was held at gunpoint by the ...\n\nBoston (CNN)Dun Meng was held at gunpoint by the brothers.\n\n"
            "He escaped.\n")
    article = read_text_article(tmp_path / "a.txt", text.encode())
    assert (article.dateline, article.source, article.paragraphs[0]) == ("Boston", "CNN", "Dun Meng was held at gunpoint by the brothers.")
    dated = read_text_article(tmp_path / "b.txt", b"December 16, 2014 was a dark day\n\n(CNN)December 16, 2014 was a dark day.\n")
    assert (dated.dateline, dated.source, dated.paragraphs[0]) == ("", "CNN", "December 16, 2014 was a dark day.")
    quoted = read_text_article(tmp_path / "c.txt", b"Talks\n\nThe talks went on. \"I saw it on (CNN)Later,\" he said.\n")
    assert (quoted.dateline, quoted.paragraphs[0]) == ("", "The talks went on. \"I saw it on (CNN)Later,\" he said.")


def test_date_left_after_the_repeated_headline_is_the_date_not_a_paragraph(tmp_path: "pathlib.Path") -> None:
    from generator.ingest.text import read_text_article
    text = ("BDSM as business: An interview with the owners of a dungeon\n\n"
            "BDSM as business: An interview with the owners of a dungeon Sunday, October 21, 2007\n\n"
            "There's a misconception in this industry, the owners of a Manhattan dungeon say.\n")
    article = read_text_article(tmp_path / "a.txt", text.encode())
    assert article.paragraphs[0].startswith("There's a misconception")
    assert article.date == _dt.date(2007, 10, 21)


def test_plain_text_decodes_character_references_a_web_page_left_in_it() -> None:
    from generator.ingest.text import read_text_article

    raw = read_text_article(pathlib.Path("a.txt"), b"Plaid MP&#39;s claim\n\nHe represented singer Bryn F&#244;n of AT&amp;T and R&D.\n")
    assert raw.title == "Plaid MP's claim"
    assert "Bryn F\u00f4n of AT&T and R&D." in " ".join(raw.paragraphs)


def test_a_wire_advisory_and_byline_before_the_dateline_give_the_author() -> None:
    parsed = split_dateline("(Adds details, background) By Jane Doe WASHINGTON, Nov 15 (Reuters) - The president chose her.")
    assert parsed is not None
    assert (parsed.place, parsed.source, parsed.author, parsed.rest) == ("Washington", "Reuters", "Jane Doe", "The president chose her.")


def test_a_dateline_in_title_case_is_one_only_with_its_date() -> None:
    parsed = split_dateline("Santiago, Chile, Jan. 5 (UPI) -- The former dictator was confined to his home.")
    assert parsed is not None and (parsed.place, parsed.source) == ("Santiago, Chile", "UPI")
    assert split_dateline("Labour (Mr Smith) - the party said so.") is None


def test_section_and_byline_lines_above_a_dateline_go_and_the_byline_is_the_author() -> None:
    from generator.ingest.text import read_text_article

    raw = read_text_article(pathlib.Path("a.txt"), b"Chile seeks roads\n\nSOUTH AMERICA :\n\nMaria Lopez\n\n"
                            b"SANTIAGO, Dec 7 (IPS) - The community will take shape this week.\n\nMore text follows here.\n")
    assert (raw.source, raw.dateline, raw.author) == ("IPS", "Santiago", "Maria Lopez")
    assert raw.paragraphs[0] == "The community will take shape this week."


def test_a_newspapers_dateline_with_its_day_and_no_outlet_is_split_off() -> None:
    assert split_dateline("WASHINGTON, Nov. 23 - A harshly critical report says so.") == Dateline(
        "Washington", "", "A harshly critical report says so.", when="Nov. 23")
    assert split_dateline("REDMOND, Wash. -- Nov. 11, 2004 -- MSN today debuted it.") == Dateline("Redmond", "", "MSN today debuted it.", when="Nov. 11, 2004")


@pytest.mark.parametrize(("page", "title", "source"), [
    (b"The Daily Times Online\n\nSub intrusion was a glitch, Beijing says\n\nBy JANE DOE\n\nChina apologised on Tuesday for the intrusion.\n",
     "Sub intrusion was a glitch, Beijing says", "The Daily Times Online"),
    (b"Top News Article\n\nKmart buying Sears in $11 billion deal\n\nKmart will buy Sears in a deal unveiled on Wednesday.\n",
     "Kmart buying Sears in $11 billion deal", ""),
    # a headline's title stays, and a byline under a site's title is no headline: the lead names the story
    (b"Blast kills 20 in Aleppo\n\nTwenty people died in a blast on Sunday.\n\nMore text.\n", "Blast kills 20 in Aleppo", ""),
    (b"The Daily Times Online\n\nBy JANE DOE\n\nChina apologised on Tuesday for the intrusion.\n", "China apologised on Tuesday for the intrusion.",
     "The Daily Times Online"),
])
def test_a_pages_title_naming_its_site_gives_way_to_the_headline_under_it(page: bytes, title: str, source: str) -> None:
    from generator.ingest.text import read_text_article

    raw = read_text_article(pathlib.Path("a.txt"), page)
    assert (raw.title, raw.source) == (title, source)


@pytest.mark.parametrize(("opening", "author"), [("By David Writer 30 November 2004 ", "David Writer"),
                                                  ("By Jane Doe November 30, 2004 ", "Jane Doe")])
def test_a_byline_and_date_glued_to_the_lead_give_the_author_and_date(opening: str, author: str) -> None:
    from generator.ingest.text import read_text_article

    raw = read_text_article(pathlib.Path("a.txt"), f"Deal near\n\n{opening}Old enemies were edging towards a deal.\n".encode())
    assert (raw.author, str(raw.date), raw.paragraphs[0]) == (author, "2004-11-30", "Old enemies were edging towards a deal.")


def test_a_dateline_with_its_state_and_a_long_dash_is_one_without_a_day() -> None:
    assert split_dateline("COLUMBUS, Georgia -- At least 20 people were arrested.") == Dateline("Columbus", "", "At least 20 people were arrested.")
    assert split_dateline("UPDATE, Friday -- The toll rose to 20.") is None


def test_a_datelines_dash_left_at_the_head_of_the_lead_goes() -> None:
    from generator.ingest.text import read_text_article

    raw = read_text_article(pathlib.Path("a.txt"), "Governor certified\n\nOLYMPIA, Wash. Dec 30, 2004\n\n\u2014 After three tallies the governor was declared.\n".encode())
    assert "After three tallies the governor was declared." in raw.paragraphs


def test_a_press_releases_dated_dateline_after_its_headline_dates_it_and_opens_the_lead() -> None:
    from generator.ingest.text import read_text_article

    raw = read_text_article(pathlib.Path("a.txt"), b"Search launched\n\nNew Search Service Helps Consumers Find Answers REDMOND, Wash. -- "
                            b"Nov. 11, 2004 -- MSN today debuted a beta version of its search.\n\nMore follows.\n")
    assert (raw.dateline, str(raw.date), raw.paragraphs[0]) == ("Redmond", "2004-11-11", "MSN today debuted a beta version of its search.")


def test_a_known_outlet_one_space_before_the_lead_is_a_dateline() -> None:
    """'Washington (CNN) A huge ...' is CNN's dateline; 'Human Rights Watch (HRW) Researchers ...' names no outlet."""
    known = {"CNN"}.__contains__
    parsed = split_dateline("Washington (CNN) A huge Obama foreign policy decision filled the table.", known)
    assert parsed is not None and (parsed.place, parsed.source) == ("Washington", "CNN")
    assert parsed.rest.startswith("A huge Obama")
    assert split_dateline("Human Rights Watch (HRW) Researchers found mass graves.", known) is None
    known = {"CNN", "Reuters", "HRW", "Human Rights Watch"}.__contains__
    assert split_dateline("Human Rights Watch (HRW) - Researchers found mass graves.", known) is None  # its initials defined
    glued = split_dateline("Aleppo, Syria (CNN)--Syrian troops shelled the town.", known)
    assert glued is not None and (glued.place, glued.source, glued.rest) == ("Aleppo, Syria", "CNN", "Syrian troops shelled the town.")
    two = split_dateline("ISTANBUL/BEIRUT (Reuters) - Turkish jets struck.", known)
    assert two is not None and (two.place, two.source) == ("Istanbul/Beirut", "Reuters")


def test_text_printed_twice_in_a_row_is_kept_once() -> None:
    lead = "Fighting raged in the border town of Kobani on Saturday after a new assault."
    # a standfirst that is the lead's first sentence, glued before it in copy without line breaks
    assert drop_printed_twice([f"{lead} {lead} The fighters crossed late on Friday.", "More."]) == \
        [f"{lead} The fighters crossed late on Friday.", "More."]
    # a paragraph printed twice
    assert drop_printed_twice(["A first paragraph that is long enough to count.", "In declaring war on spammers, the portal stirred an enemy.",
                               "In declaring war on spammers, the portal stirred an enemy.", "Then."]) == \
        ["A first paragraph that is long enough to count.", "In declaring war on spammers, the portal stirred an enemy.", "Then."]
    # short repeats are the writer's ("No. No."), and a sentence repeated later is no standfirst
    assert drop_printed_twice(["No. No. It was over.", "Yes.", "Yes."]) == ["No. No. It was over.", "Yes.", "Yes."]
    text = f"{lead} The town held. {lead}"
    assert drop_printed_twice([text]) == [text]


def test_ingest_keeps_a_lead_printed_twice_once() -> None:
    from generator.ingest.text import read_text_article

    lead = "Four people were killed in a car bomb attack in western Damascus on Thursday, state media reported."
    raw = read_text_article(pathlib.Path("twice.txt"), f"Car bomb kills four in Damascus\n\n{lead} {lead} The blast hit a road.".encode())
    assert raw.paragraphs == (f"{lead} The blast hit a road.",)
