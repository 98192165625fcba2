from __future__ import annotations

from rawi.text import split_sentences


def sentences(text: str) -> list[str]:
    return [s.of(text) for s in split_sentences(text)]


def test_arabic_question_mark_and_full_stop_end_sentences() -> None:
    text = "هل انتهت الحرب؟ قال المتحدث إنها لم تنته. وأضاف أن الحوار مستمر!"
    assert sentences(text) == ["هل انتهت الحرب؟", "قال المتحدث إنها لم تنته.", "وأضاف أن الحوار مستمر!"]


def test_comma_and_semicolon_do_not_end_sentences() -> None:
    text = "التقى الوزير نظيره، وبحث معه الأوضاع؛ ثم غادر."
    assert sentences(text) == [text]


def test_numbers_dates_and_abbreviations_do_not_break() -> None:
    text = "ارتفع المؤشر 3.5 في المئة في 13.09.2024 وقال د. أحمد إن U.S. officials agreed. ثم انتهى."
    assert sentences(text) == [
        "ارتفع المؤشر 3.5 في المئة في 13.09.2024 وقال د. أحمد إن U.S. officials agreed.",
        "ثم انتهى.",
    ]


def test_headline_double_dot_and_paragraphs() -> None:
    text = "غارات على اليمن.. والحوثيون يتوعدون\n\nبدأت الغارات فجرا"
    assert sentences(text) == ["غارات على اليمن..", "والحوثيون يتوعدون", "بدأت الغارات فجرا"]


def test_offsets_are_into_the_original_text() -> None:
    text = "  أولا.   ثانيا.  "
    spans = split_sentences(text)
    assert [(s.start, s.end) for s in spans] == [(2, 7), (10, 16)]
