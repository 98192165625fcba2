from __future__ import annotations

import pytest

from rawi.text import tokenize


def best(word: str) -> tuple[tuple[str, ...], str, str | None]:
    (token,) = tokenize(word)
    seg = token.best
    return seg.proclitics, seg.stem, seg.enclitic


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبحسب", (("و",), "بحسب", None)),
        ("بالحوثيين", (("ب", "ال"), "حوثيين", None)),
        ("وللحرس", (("و", "ل", "ال"), "حرس", None)),
        ("للسعودية", (("ل", "ال"), "سعوديه", None)),
        ("يزودونهم", ((), "يزودون", "هم")),
        ("والقاعدة", (("و", "ال"), "قاعده", None)),
        ("وإيران", (("و",), "ايران", None)),
        # words that only look like they carry clitics stay whole
        ("وزير", ((), "وزير", None)),
        ("بغداد", ((), "بغداد", None)),
        ("لبنان", ((), "لبنان", None)),
        ("تفاهم", ((), "تفاهم", None)),
    ],
)
def test_clitics_are_separated(word: str, expected: tuple[tuple[str, ...], str, str | None]) -> None:
    assert best(word) == expected


def test_every_reading_is_kept_for_dictionary_lookup() -> None:
    (token,) = tokenize("لطالبان")
    stems = {s.stem for s in token.segmentations}
    assert {"لطالبان", "طالبان"} <= stems


def test_tokens_keep_original_offsets_and_punctuation() -> None:
    text = "قال «الحرس»، وأضاف."
    tokens = tokenize(text)
    assert [text[t.start : t.end] for t in tokens] == ["قال", "«", "الحرس", "»", "،", "وأضاف", "."]
    assert tokens[2].norm == "الحرس" and tokens[5].best.stem == "اضاف"


def test_word_cache_answers_once_per_form_and_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from rawi.text import word_cache

    asked: list[str] = []
    cache = word_cache.WordCache(lambda norm: asked.append(norm) or len(norm) > 3)
    assert cache["قالت"] and not cache["في"] and cache["قالت"]
    assert asked == ["قالت", "في"]  # the second question about قالت is a lookup
    monkeypatch.setattr(word_cache, "MAX_CACHED_WORDS", 3)
    for norm in ("ا", "ب", "ت", "ث", "ج"):
        cache[norm]
    assert len(cache) <= 3


def test_token_offsets_are_those_the_word_pattern_finds() -> None:
    """tokenize reads a text piece by piece between spaces; its tokens are the spans the
    word pattern's own search gives (spaces, marks, digits, punctuation runs, tatweel,
    white space other than a space), each analysed as the word alone."""
    import random

    from rawi.text.tokens import _WORD, Token

    rng = random.Random(2)
    alphabet = [*"قال الوزير، «x» 12 .\n\t؟ـًّ\u00a0\u200c\u200f", "  "]
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        expected: list[Token] = []
        for m in _WORD.finditer(text):
            alone = tokenize(m.group())
            assert len(alone) <= 1
            expected += [Token(m.start(), m.end(), t.text, t.norm, t.segmentations) for t in alone]
            if alone:
                expected[-1].is_word = alone[0].is_word
        tokens = tokenize(text)
        assert tokens == expected
        assert [t.is_word for t in tokens] == [t.is_word for t in expected]
        assert all(text[t.start : t.end] == t.text for t in tokens)


def test_a_doubled_verb_is_split_from_its_pronoun() -> None:
    # شنّه: شنّ + ه (doubled_verbs.txt); a two-letter stem is otherwise never split off
    (token,) = tokenize("شنّه")
    assert ((), "شن", "ه") in {(s.proclitics, s.stem, s.enclitic) for s in token.segmentations}
    (token,) = tokenize("منه")
    assert all(s.enclitic is None for s in token.segmentations)
