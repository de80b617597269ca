"""The extractive summarizer: lede, summary sentences and key points (hand-written articles)."""

from __future__ import annotations

from pathlib import Path

from conftest import SEED

from generator.models import Summary
from generator.nlp.summarize import summarize
from generator.textutil import markdown_to_text

TITLE = "Ceasefire in Northern Province extended by 48 hours"
ARTICLE = """Ceasefire in Northern Province extended by 48 hours

Monday, March 2, 2020

Soldiers at a checkpoint near Kala, file photo. Image: Army press office.

KALA (Agency) – The army of Freedonia extended a ceasefire in the Northern Province by 48 hours on Monday, the defence ministry said in a statement.

He said the truce would start at 01:00 a.m. (2200 GMT on Sunday).

The ceasefire was first agreed on February 27 after talks between Defence Minister Ana Ruiz and rebel commander Tomas Berg in the city of Kala.

Officials said the ceasefire in the Northern Province was extended by another 48 hours on Monday.

Aid agencies said 12 convoys carrying food for 40,000 people have reached Kala since the truce began.

"We need a permanent ceasefire, not a pause," said Maria Lund, who heads the Red Cross delegation in Kala.

Click here to subscribe to our newsletter.

Most Visited in Politics
"""


def _body(article: str) -> str:
    return article.partition("\n")[2]


def test_lede_is_the_first_real_news_sentence_without_dateline() -> None:
    summary = summarize(TITLE, _body(ARTICLE))
    assert summary.lede == (
        "The army of Freedonia extended a ceasefire in the Northern Province by 48 hours on Monday, "
        "the defence ministry said in a statement."
    )


def _reads(summary: Summary) -> tuple[str, ...]:
    """What a reader sees as the summary: the lede, then the summary sentences."""
    return (summary.lede, *summary.sentences) if summary.lede else summary.sentences


def test_summary_is_at_most_the_requested_sentences_in_text_order() -> None:
    body = _body(ARTICLE)
    summary = summarize(TITLE, body, sentences=3)
    assert 2 <= len(_reads(summary)) <= 3
    positions = [body.index(s[:40]) for s in summary.sentences]
    assert positions == sorted(positions)
    assert len(_reads(summarize(TITLE, body, sentences=1))) == 1  # the lede alone
    assert len(summarize(TITLE, body, sentences=6).sentences) > len(summary.sentences)  # more asked, more given


def test_the_page_reads_once_lede_summary_and_key_points_never_repeat() -> None:
    summary = summarize(TITLE, _body(ARTICLE), sentences=3, key_points=4)
    shown = [summary.lede, *summary.sentences, *summary.key_points]
    assert summary.lede and summary.sentences and summary.key_points
    assert len(set(shown)) == len(shown)
    assert summary.lede not in summary.sentences and not set(summary.key_points) & {summary.lede, *summary.sentences}


def test_summary_stops_near_a_lead_paragraph_length() -> None:
    long_sentences = (
        "Fighters of the northern alliance shelled the villages of the province near Kala on Monday and Tuesday, "
        "killing twelve civilians and wounding dozens more, a monitoring group based in the capital said.\n\n"
        "Aid agencies working in the region warned that food and medicine for the forty thousand people living "
        "in the besieged city would run out within two weeks unless the roads were reopened.\n\n"
        "The foreign minister of Freedonia flew to Geneva on Wednesday for talks with the United Nations envoy "
        "about a ceasefire that both the government and the rebels say they want to sign this month."
    )
    summary = summarize("Shelling in the north", long_sentences, sentences=3)
    assert len(_reads(summary)) == 2  # two 30-word sentences pass the 36-word budget of three sentences
    short_sentences = ("Rebels shelled the village of Azaz on Monday.\n\nThe army closed the road to Kala on Tuesday.\n\n"
                       "Aid convoys reached the port of Tartus on Wednesday.")
    assert len(_reads(summarize("Shelling near Kala", short_sentences, sentences=3))) == 3


def test_furniture_captions_dates_and_headline_are_never_chosen() -> None:
    summary = summarize(TITLE, _body(ARTICLE), sentences=6, key_points=6)
    chosen = [summary.lede, *summary.sentences, *summary.key_points]
    for text in chosen:
        assert "Click here" not in text
        assert "Most Visited" not in text
        assert "Image:" not in text
        assert "KALA (Agency)" not in text
        assert text not in {TITLE, "Monday, March 2, 2020"}


def test_near_duplicate_sentences_are_not_both_chosen() -> None:
    summary = summarize(TITLE, _body(ARTICLE), sentences=4)
    duplicates = [s for s in (*_reads(summary), *summary.key_points) if "extended" in s and "48 hours on Monday" in s]
    assert len(duplicates) == 1


def test_sentence_leaning_on_the_previous_one_is_never_chosen_alone() -> None:
    # "He said" after ", the defence ministry said": who speaks is nowhere in the summary, even right after it.
    summary = summarize(TITLE, _body(ARTICLE), sentences=6, key_points=6)
    assert not any(part.startswith("He ") for part in (summary.lede, *summary.sentences, *summary.key_points))


def test_sentence_leaning_on_the_one_before_may_follow_it_into_the_summary() -> None:
    # "She" points back to the lede's child: with the lede just before it, the summary reads as the article does.
    text = ("Thomas Sam and his wife Manju Sam are on trial in Sydney for manslaughter over the death of their "
            "daughter Gloria.\n\n"
            "She died of an infection caused by severe eczema after her parents shunned conventional medicine for "
            "homeopathy.\n\n"
            "A doctor at the hospital treated many patients with skin conditions that winter, the court heard.\n\n"
            "Gloria developed eczema at four months and a nurse advised the parents to see a skin specialist.")
    summary = summarize("Parents on trial over daughter's death", text, sentences=2, key_points=4)
    assert summary.sentences == ("She died of an infection caused by severe eczema after her parents shunned "
                                 "conventional medicine for homeopathy.",)
    assert not any(point.startswith("She ") for point in summary.key_points)  # a bullet has no sentence before it


def test_key_points_are_short_distinct_and_capped() -> None:
    summary = summarize(TITLE, _body(ARTICLE), key_points=3)
    assert 1 <= len(summary.key_points) <= 3
    assert len(set(summary.key_points)) == len(summary.key_points)
    assert all(len(point.split()) <= 32 for point in summary.key_points)


def test_key_point_drops_a_trailing_elaboration_of_a_long_sentence() -> None:
    body = (
        "The foreign minister of Freedonia, Ana Ruiz, rejected claims on Tuesday that the support of the "
        "northern alliance for the government in the capital had faded over the winter months, saying that "
        "the alliance was still committed to all of the agreements it had signed with the government in 2019."
    )
    lead = "Talks on a new ceasefire opened in Geneva on Monday, diplomats said.\n\n"
    (point,) = summarize("Minister rejects claims", lead + body, sentences=1, key_points=1).key_points
    assert point.endswith("had faded over the winter months.")


def test_leading_connective_is_dropped_so_the_sentence_stands_alone() -> None:
    body = "Rebels shelled the city of Kala on Monday, officials said.\n\nAlso on Monday, the army closed the road to Kala."
    summary = summarize("Rebels shell Kala", body, sentences=2)
    assert _reads(summary)[1] == "On Monday, the army closed the road to Kala."


def test_an_interview_answer_is_not_chosen_without_its_question() -> None:
    body = ("Yes, the storm is almost certain to lose strength as it moves over land on Tuesday.\n\n"
            "No, the evacuation of the coastal villages will not be stopped before Friday night.\n\n"
            "No one was hurt when the storm reached the coast of the province on Monday evening.")
    summary = summarize("Storm reaches the coast", body, sentences=3, key_points=3)
    assert _reads(summary) == ("No one was hurt when the storm reached the coast of the province on Monday evening.",)


def test_a_piece_of_a_quotation_is_not_chosen_but_a_stray_quote_mark_is_no_reason() -> None:
    body = ('"The army will not stop until the last village of the province is free again.\n\n'
            'We will go on fighting in the north for as long as it takes," the general told reporters on Monday.\n\n'
            'The capsule collected samples from comet Wild (also known as "Wild 2) and landed on Earth in January.')
    summary = summarize("General vows to fight on", body, sentences=3)
    assert _reads(summary) == ('The capsule collected samples from comet Wild (also known as "Wild 2) and landed on Earth in January.',)


def test_the_line_above_a_photo_credit_is_a_caption() -> None:
    body = ("Soldiers patrol the streets of Kala on the morning after the ceasefire began.\n\nImage: Army press office.\n\n"
            "The ceasefire between the army and the rebels held through its first night in the city of Kala.")
    summary = summarize("Ceasefire holds in Kala", body, sentences=2)
    assert summary.lede.startswith("The ceasefire between")
    assert all("Soldiers patrol" not in s for s in summary.sentences)


def test_a_time_opener_is_not_a_pointer_back() -> None:
    body = "This week the army of Freedonia opened the road to the northern city of Kala for aid convoys."
    assert summarize("Road to Kala opens", body).lede == body


def test_page_stamps_bylines_and_a_glued_headline_are_cut_from_the_lead() -> None:
    title = "Rockets hit Kala market"
    cases = {
        "Date of publication 12 August 2016 Rockets hit the main market of Kala on Friday killing 12 people.": "Rockets",
        "AFP Friday 2 May 2014 Rockets hit the main market of Kala on Friday killing 12 people.": "Rockets",
        '15 Jul 2016 "Rockets hit the main market of Kala on Friday," a monitor said, putting the toll at 12.': '"Rockets',
        "07.04.2017(updated 1121 07.04.2017) Get short URL 0 38 Rockets hit the main market of Kala on Friday.": "Rockets",
        "16-11-2014 title: Rockets hit Kala market. Rockets hit the main market of Kala on Friday killing 12 people.": "Rockets",
        "by Staff Writer Rockets hit Kala market Twelve people were killed when rockets hit the main market of Kala.": "Twelve",
        "(TRT World and Agencies) Rockets hit the main market of Kala on Friday killing 12 people.": "Rockets",
        "BEIRUT Syrian rockets hit the main market of Kala on Friday killing 12 people, a monitor said.": "Syrian",
        "Kala, Freedonia — Rockets hit the main market of Kala on Friday killing 12 people.": "Rockets",
        "Rockets hit Kala market Twelve people were killed on Friday when rockets hit the main market of Kala.": "Twelve",
    }
    for body, first_word in cases.items():
        lede = summarize(title + " - World - Freedonia Times", body).lede  # a site name after the headline
        assert lede.split()[0] == first_word, (body, lede)


def test_a_date_before_a_lower_case_word_is_part_of_the_sentence() -> None:
    body = "5 July 2016 was the day the army of Freedonia entered the northern city of Kala after a long siege."
    assert summarize("Army enters Kala", body).lede == body


def test_empty_or_furniture_only_text_gives_an_empty_summary() -> None:
    for body in ("", "Most Visited in Politics\nTop Stories"):
        summary = summarize("Nothing here", body)
        assert (summary.lede, summary.sentences, summary.key_points) == ("", (), ())


def test_seed_story_is_about_the_zarif_lavrov_call_on_syria() -> None:
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    summary = summarize(title.strip(), body)
    assert "Zarif" in summary.lede and "Lavrov" in summary.lede and "Syria" in summary.lede
    assert "TEHRAN" not in summary.lede and "Tasnim" not in summary.lede
    text = " ".join(summary.sentences)
    assert "phone conversation" in text and "political process" in text
    for furniture in ("Most Visited", "Top Politics", "Top Stories", title.strip() + "\n"):
        assert all(furniture not in part for part in (summary.lede, text, *summary.key_points))
    assert 3 <= len(summary.key_points) <= 5


# The skeleton's original cases, kept.
def seed_body() -> str:
    return SEED.read_text(encoding="utf-8").split("Syria Crisis\n", 2)[2]


def test_seed_lede_is_the_phone_call() -> None:
    summary = summarize("Iranian, Russian FMs Confer on Syria Crisis", seed_body())
    assert "Zarif" in summary.lede and "Lavrov" in summary.lede
    assert 1 <= len(summary.sentences) <= 3
    assert 3 <= len(summary.key_points) <= 5
    joined = " ".join(summary.sentences)
    assert "political process" in joined
    assert "Most Visited" not in joined and "Top Stories" not in joined


def test_dependent_and_boilerplate_sentences_are_skipped() -> None:
    text = ("Rebels shelled the northern town of Azaz on Monday, killing four civilians. "
            "He said it was the worst attack this year in the whole of the province. "
            "Click here to subscribe to our daily newsletter for more news from the region. "
            "Government troops later retook two villages west of the town after heavy fighting.")
    summary = summarize("Rebels shell Azaz", text, sentences=2)
    assert _reads(summary) == (
        "Rebels shelled the northern town of Azaz on Monday, killing four civilians.",
        "Government troops later retook two villages west of the town after heavy fighting.",
    )


def test_empty_text_gives_empty_summary() -> None:
    summary = summarize("Title", "")
    assert (summary.lede, summary.sentences, summary.key_points) == ("", (), ())


def test_markdown_escapes_do_not_reach_the_summary() -> None:
    assert markdown_to_text("A \\*starred\\* word and [a link](http://x.org).") == "A *starred* word and a link."


HAND_WRITTEN = """---
title: Envoy Meets Rebel Leaders in Kala
date: 2016-05-10
source: Briefing Wire
dateline: Kala
lede: A hand-written lede the build must keep.
summary: A hand-written summary of the envoy's visit that the build must keep.
key_points:
- Hand-written point about the envoy.
- Hand-written point about the rebels.
---

The UN envoy met rebel leaders in the city of Kala on Tuesday to discuss a ceasefire in the province.

The envoy said the talks were constructive and would continue next week in the capital.
"""


def test_hand_written_lede_summary_and_key_points_survive_a_build(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    article = site_small / "content" / "articles" / "2016" / "05" / "envoy-meets-rebels.md"
    article.write_text(HAND_WRITTEN, encoding="utf-8")
    result = run_cli("--project", str(site_small), "build", "--quiet")
    assert result.code == 0, result.err
    assert article.read_text(encoding="utf-8") == HAND_WRITTEN  # the front matter is not rewritten
    page = (site_small / "site" / "articles" / "2016" / "05" / "envoy-meets-rebels.html").read_text(encoding="utf-8")
    card = (site_small / "site" / "places" / "kala.html").read_text(encoding="utf-8")
    assert "A hand-written lede the build must keep." in card  # entity pages list articles by their lede
    assert "A hand-written summary of the envoy&#39;s visit that the build must keep." in page
    assert "<li>Hand-written point about the envoy.</li>" in page
    assert "<li>Hand-written point about the rebels.</li>" in page


def test_a_sentence_carrying_a_page_s_tag_list_is_not_chosen() -> None:
    body = ("Regime bombing of the besieged enclave killed 12 civilians on Monday, a monitor said.\n\n"
            "Tags Syria Damascus Eastern Ghouta Assad UN SOHR Intense Syrian regime bombardment on the enclave went on overnight.\n\n"
            "Rescue workers searched the rubble of three buildings in Douma for survivors on Tuesday morning.")
    summary = summarize("Bombing kills 12 in Ghouta", body, sentences=3, key_points=3)
    assert not any("Tags" in part for part in (summary.lede, *summary.sentences, *summary.key_points))


def test_a_tag_list_with_lower_case_tags_is_furniture_too() -> None:
    body = ("A US-led coalition airstrike killed at least 18 civilians on Tuesday in the city, a monitor said.\n\n"
            "Tags Syria Raqqa airstrikes US-led coalition Kurds Islamic State group The strike hit a school sheltering families.\n\n"
            "Kurdish-led forces said the fight for the city would go on for weeks, a spokesman told reporters.")
    summary = summarize("Strike kills 18 in Raqqa", body, sentences=3, key_points=3)
    assert not any("Tags" in part for part in (summary.lede, *summary.sentences, *summary.key_points))


def test_interview_is_summarized_from_its_introduction() -> None:
    # The introduction says who is interviewed and about what; the answers, however central, do not.
    text = ("Noam Chomsky is a professor emeritus of linguistics at the Massachusetts Institute of Technology.\n\n"
            "On March 13, Chomsky sat down with Michael Dranove for an interview about the NATO summit protests.\n\n"
            "What do you make of the protests against the NATO summit?\n\n"
            "The NATO summit protests ask why NATO exists at all since the Soviet Union collapsed in 1991.\n\n"
            "Are the strikes in Europe a revival of the left?\n\n"
            "I think the strikes in Europe and the NATO summit protests are signs of it, and I welcome them.\n\n"
            "Will the NATO summit change anything?\n\n"
            "The NATO summit will change little, since NATO has expanded since 1991 to the Russian border.")
    summary = summarize("Interview with Noam Chomsky", text, sentences=3)
    assert all("NATO has expanded" not in part and "why NATO exists" not in part for part in _reads(summary))
    assert summary.lede.startswith("Noam Chomsky is a professor")


def test_dateline_glued_to_the_first_word_is_cut() -> None:
    text = ("Coral Gables, Florida (CNN)Former President Bill Clinton on Saturday defended his family foundation's "
            "practice of accepting donations from foreign governments.")
    assert summarize("Clinton defends foundation", text).lede.startswith("Former President Bill Clinton on Saturday")
    kept = "Islamic State (IS) fighters on Saturday seized two villages north of the city of Aleppo, activists said."
    assert summarize("Fighters seize villages", kept).lede == kept  # an acronym in brackets is no dateline


def test_in_addition_to_is_no_connective_to_drop() -> None:
    # "In addition, ..." loses its connective; "In addition to the dead, ..." keeps the phrase it opens.
    text = ("Myanmar warplanes fighting rebels dropped a bomb on a sugarcane field in China, killing four civilians.\n\n"
            "In addition to the fatalities, nine others were wounded, according to the Xinhua news agency.\n\n"
            "In addition, China sent fighter jets to patrol over the shared border after the bombing on Friday.")
    summary = summarize("Myanmar bomb kills four in China", text, sentences=3, key_points=4)
    said = (*_reads(summary), *summary.key_points)
    assert "In addition to the fatalities, nine others were wounded, according to the Xinhua news agency." in said
    assert "China sent fighter jets to patrol over the shared border after the bombing on Friday." in said


def test_interview_without_introduction_may_open_on_its_question() -> None:
    # No introduction says what it is about: the interviewer's question does, then its answer reads on from it.
    # A question is never a summary sentence or a key point without its answer.
    text = ("Cyclone Phailin has winds measured at 200 km/h; as it surges over land will it begin to lose strength?\n\n"
            "Yes, all tropical cyclones are driven by high heat content waters over the Bay of Bengal.\n\n"
            "Is the Indian government well prepared to deal with this cyclone?\n\n"
            "I think the government has been much more pro-active in preparing for this cyclone than in 1999.\n\n"
            "Will the storm bring floods to the coast of Odisha and Andhra Pradesh?\n\n"
            "Heavy rain over land will bring floods to the coast of Odisha and Andhra Pradesh for days.")
    summary = summarize("Wikinews interviews meteorological experts on Cyclone Phailin", text, sentences=3, key_points=4)
    assert summary.lede.startswith("Cyclone Phailin has winds")
    assert summary.sentences[0].startswith("Yes, all tropical cyclones")
    assert not any(part.endswith("?") for part in (*summary.sentences, *summary.key_points))
    news = text.replace("Yes, all", "All")  # not an interview: a question is never the lede
    assert not summarize("Cyclone Phailin nears the coast", news).lede.endswith("?")


def test_a_photo_credit_and_the_page_s_own_headline_glued_to_a_sentence_are_cut() -> None:
    from generator.nlp.summarize import _clean

    assert _clean("Allen Einstein/Getty Images Friday's melee will go down in history as one of its lowest moments.",
                  "ugly brawl leads to suspensions") == "Friday's melee will go down in history as one of its lowest moments."
    assert _clean("The tune is also being launched as a ringtone with proceeds going to the trust Band Aid 20 video "
                  "shown across UK 6.28PM, Thu Nov 18 2004", "band aid 20 video shown across uk") == (
        "The tune is also being launched as a ringtone with proceeds going to the trust.")


def test_a_list_of_dated_links_to_earlier_stories_is_never_a_key_point() -> None:
    text = ("The new charity video was shown for the first time on Thursday evening across the country. "
            "The single is expected to top the charts by Christmas, its producers said on Thursday. "
            "Nov 16: Charity single hits the airwaves Nov 14: Stars join the singer for the new recording")
    summary = summarize("Charity video shown across UK", text)
    assert all("Nov 14:" not in s for s in (summary.lede, *summary.sentences, *summary.key_points))


def test_a_running_total_is_no_key_point() -> None:
    import datetime as dt

    from generator.models import Article
    from generator.nlp.analysis import analyse_article
    text = ("A motorcycle bomber killed at least 16 civilians outside a bakery in Hasakeh on Tuesday, an official said. "
            "The attack occurred in the Salihiah neighbourhood ahead of the Eid festival. "
            "Hasakeh city is the capital of the province of the same name. "
            "More than 280000 people have been killed since the conflict broke out in March 2011.")
    total = "More than 280000 people have been killed since the conflict broke out in March 2011."
    assert total in summarize("Bomber kills 16 in Hasakeh", text, sentences=1, key_points=4).key_points
    points = summarize("Bomber kills 16 in Hasakeh", text, sentences=1, key_points=4, background=[total]).key_points
    assert points and total not in points
    # The build reads the running total with the figures and keeps it out of the points.
    article = Article(Path("a.md"), "a", "Bomber kills 16 in Hasakeh", dt.date(2016, 7, 5), "", "", "", text, "", "", (), ())
    analysis = analyse_article(article, summary_sentences=1, key_points=4)
    assert any(f.scope == "background" and f.value == 280000 for f in analysis.figures)
    assert analysis.summary.key_points and total not in analysis.summary.key_points


def test_a_sentence_framed_as_history_is_no_key_point() -> None:
    import datetime as dt

    from generator.models import Article
    from generator.nlp.analysis import analyse_article
    text = ("Iran's foreign minister and his Russian counterpart discussed the Syrian crisis by phone on Tuesday, Tasnim said. "
            "Both ministers backed the ceasefire in Aleppo, which the army extended on Monday for 48 hours. "
            "Aleppo has been divided between government forces and militants since 2012. "
            "Syria has been gripped by foreign-backed militancy since March 2011.")
    article = Article(Path("a.md"), "a", "Iranian, Russian FMs confer on Syria", dt.date(2016, 5, 10), "", "", "", text, "", "", (), ())
    points = analyse_article(article, summary_sentences=1, key_points=4).summary.key_points
    assert points and not any("since" in point for point in points)


def test_a_releases_rights_notice_is_never_the_lede() -> None:
    text = ("General permission is granted for the publication in newspapers in any language.\n\n"
            "Publication in periodicals or books, otherwise than in summary, requires the consent of the Foundation.\n\n"
            "The Norwegian Nobel Committee has decided to award the Nobel Peace Prize for 2004 to Wangari Maathai.\n\n"
            "She is the first African woman to win the prize, the committee said on Friday.")
    assert summarize("Nobel Peace Prize 2004", text).lede.startswith("The Norwegian Nobel Committee")
