"""The marks events.py finds in one pass over a report are those its passes would find by
testing every token of every sentence (the test each pass made before, here spelled out)."""

from __future__ import annotations

from rawi.extract import events
from rawi.extract.lexicon_index import support_verbs
from rawi.text.tokens import Token, tokenize

TEXT = (
    "قررت جامعة الدول العربية فجر الأحد استئناف عضوية سوريا، وبعد يومين أعلنت قطر رفضها. "
    "وقال المتحدث إن قواتنا ستردّ، وإن «ردنا آتٍ» ولن نتردد في الرد بقوة، سنرد بقوة. "
    "وتوصّل خلالها الطرفان إلى اتفاق، في حين قادة حماس لم يقوموا بتغطية تكاليف الهجوم "
    "الذي شنّته القوات خلال خمسة أيام من المحادثات مرات عدة، وفي كلمته أكد البيان ذلك، "
    "بحسب تقرير نشر في مايو."
)


def _support(token: Token) -> bool:
    verbs = support_verbs()
    return not token.text.rstrip(events.DIACRITICS).endswith("ة") and any(
        not seg.has_article and seg.stem in verbs for seg in token.segmentations
    )


def _answer(norm: str) -> bool:
    return norm == "لن" or norm.removeprefix("و") in events.WILL_ANSWER or events._ANSWER_NOUNS[norm]


def test_marks_are_those_a_token_by_token_test_gives() -> None:
    tokens = tokenize(TEXT)
    marks = events._marks(tokens)
    every = range(len(tokens))
    norms = [t.norm for t in tokens]
    assert marks.day_parts == [k for k in every if norms[k] in events.DAY_PARTS]
    assert marks.deciding == [k for k in every if events._DECIDING_WORDS[norms[k]] is not None]
    assert marks.dating == [k for k in every if events._MAY_DATE[norms[k]]]
    assert marks.answers == [k for k in every if _answer(norms[k])]
    assert marks.ours == [k for k in every if "نا" in norms[k]]
    assert marks.anaphors == [k for k in every if norms[k] in events._anaphors_by_first()]
    assert marks.breaks == [k for k in every if events._breaks_clause(tokens, k)]
    assert marks.support == [k for k in every if _support(tokens[k])]
    assert marks.publications == [k for k in every if events.PUBLICATIONS.search(norms[k])]
    for found in marks.kinds():
        assert found, "the text has every kind of mark"


def test_a_sentence_takes_its_share_of_the_marks() -> None:
    assert events._within([1, 4, 4, 7, 9], 4, 9) == [4, 4, 7]
    assert events._within([1, 4, 7], 8, 20) == []
    assert events._within([], 0, 5) == []


def test_support_verbs_between_two_tokens() -> None:
    tokens = tokenize(TEXT)
    for after in range(-1, len(tokens)):
        for before in range(after + 1, min(len(tokens), after + 8) + 1):
            want = any(_support(tokens[k]) for k in range(after + 1, before))
            assert events._support_verb_between(tokens, after, before) == want


def test_marks_follow_the_token_list() -> None:
    first, second = tokenize("سنرد بقوة"), tokenize("قال الوزير")
    assert events._marks(first).answers == [0]
    assert events._marks(second).answers == []
    assert events._marks(first).answers == [0]
