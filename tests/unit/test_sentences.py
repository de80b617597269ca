import pytest

from generator.nlp.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.N. Security Council met. It voted.", ["The U.N. Security Council met.", "It voted."]),
        ("Mr. Lavrov spoke. Gen. Smith listened.", ["Mr. Lavrov spoke.", "Gen. Smith listened."]),
        ("It runs from Tuesday 01:00 a.m. (2200 GMT on Monday) until midnight.", ["It runs from Tuesday 01:00 a.m. (2200 GMT on Monday) until midnight."]),
        ('"We will stay," he said. "Nobody leaves."', ['"We will stay," he said.', '"Nobody leaves."']),
        ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
        ("J. Smith arrived. He left.", ["J. Smith arrived.", "He left."]),
        ("First paragraph ends\n\nSecond one.", ["First paragraph ends", "Second one."]),
    ],
)
def test_news_cases(text: str, expected: list[str]) -> None:
    assert list(split_sentences(text)) == expected
