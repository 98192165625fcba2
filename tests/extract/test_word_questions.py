"""Questions asked of every token, answered once per word form for all the passes, find
the tokens a test of each token finds."""

from __future__ import annotations

import pytest

from rawi.extract import asides, coref, grammar, mentions
from rawi.extract.mentions import tokens_of, tokens_where, word_question
from rawi.text.tokens import tokenize
from rawi.text.word_cache import WORD_MARKS, WordMarks

TEXT = (
    "قال وزير الخارجية الإيراني، وهو في بلاده، إن الحركة رفضت ذلك، وأكد مجلس النواب"
    " أن الجانبين اتفقا. وقال المتحدث باسم الحكومة إن زعيمها سيزور بلادهم."
)


def test_each_question_finds_the_tokens_a_token_by_token_test_finds() -> None:
    tokens = tokenize(TEXT)
    for bit, question in (
        (grammar.TITLE_START, grammar._may_be_title),
        (grammar.TITLE_PHRASE_START, lambda norm: grammar.titles().may_begin(norm)),
        (grammar.ORG_HEAD, lambda norm: grammar._head_segment(norm, grammar.org_heads()) is not None),
        (coref.MAY_REFER, coref._may_refer),
        (asides.OPENER, asides.OPENERS.__contains__),
    ):
        expected = [i for i, tok in enumerate(tokens) if question(tok.norm)]
        assert tokens_where(bit, tokens) == expected
        assert expected  # the text has some of each


def test_a_question_added_later_is_answered_for_words_seen_before(monkeypatch: pytest.MonkeyPatch) -> None:
    marks = WordMarks()  # the test's own, with the questions registered so far
    for ask in WORD_MARKS._questions:
        marks.question(ask)
    monkeypatch.setattr(mentions, "WORD_MARKS", marks)
    tokens = tokenize(TEXT)
    assert tokens_where(asides.OPENER, tokens)  # words seen (and answered) before ...
    said = word_question(lambda norm: norm == "قال")  # ... then a new question
    assert [tokens[i].norm for i in tokens_where(said, tokens)] == ["قال"]
    assert tokens_of({"قال", "وقال"}, tokens) == [
        i for i, t in enumerate(tokens) if t.norm in ("قال", "وقال")
    ]
