from conftest import SEED

from generator.nlp.summarize import summarize
from generator.textutil import markdown_to_text


def seed_body() -> str:
    return SEED.read_text(encoding="utf-8").split("Syria Crisis\n", 2)[2]


def test_seed_lede_is_the_phone_call() -> None:
    summary = summarize("Iranian, Russian FMs Confer on Syria Crisis", seed_body())
    assert "Zarif" in summary.lede and "Lavrov" in summary.lede
    assert len(summary.sentences) == 3
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
    assert summary.sentences == (
        "Rebels shelled the northern town of Azaz on Monday, killing four civilians.",
        "Government troops later retook two villages west of the town after heavy fighting.",
    )


def test_empty_text_gives_empty_summary() -> None:
    summary = summarize("Title", "")
    assert (summary.lede, summary.sentences, summary.key_points) == ("", (), ())


def test_markdown_escapes_do_not_reach_the_summary() -> None:
    assert markdown_to_text("A \\*starred\\* word and [a link](http://x.org).") == "A *starred* word and a link."
