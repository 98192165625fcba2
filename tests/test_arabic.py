from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rawi.arabic import name_key, normalize, normalize_with_map, to_western_digits


def test_normalisation_unifies_what_matching_must_ignore() -> None:
    assert normalize("إسماعيل قاآني") == "اسماعيل قااني"
    assert normalize("الحَرَسُ الثّوريّ") == "الحرس الثوري"
    assert normalize("مـــصر") == "مصر"  # tatweel
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("غزة") == "غزه"
    assert normalize("ﻻ") == "لا"  # presentation form
    assert normalize("کابل") == "كابل"  # Persian kaf
    assert normalize("ایران") == "ايران"  # Persian yeh
    assert normalize("٢٠٢٤") == "2024" and normalize("۲۰۲۴") == "2024"
    assert normalize("طال\u200cبان\u200f") == "طالبان"  # ZWNJ and RLM dropped
    assert normalize("في\u00a0طهران") == "في طهران"


def test_name_key_follows_the_corpus_matching_rule() -> None:
    assert name_key("Al-Qaeda") == name_key("al qaeda")
    assert name_key("«الحوثيون»") == "الحوثيون"
    assert name_key("  تنظيم   القاعدة ") == "تنظيم القاعده"


def test_offsets_point_back_to_the_original() -> None:
    text = "قال الحَرَسُ ـــ إنّ ٢٠٢١"
    view = normalize_with_map(text)
    i = view.text.index("الحرس")
    start, end = view.to_original(i, i + len("الحرس"))
    assert text[start:end] == "الحَرَسُ"
    j = view.text.index("2021")
    assert text[slice(*view.to_original(j, j + 4))] == "٢٠٢١"


@given(
    st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئ ًٌٍَُِّْـ\u200c٠١٢ x.")), max_size=60)
)
def test_offset_map_round_trip(text: str) -> None:
    view = normalize_with_map(text)
    assert len(view.offsets) == len(view.text) + 1
    assert list(view.offsets) == sorted(view.offsets)
    for i, ch in enumerate(view.text):
        # every normal character comes from an original character that normalises to it
        assert ch in normalize(text[view.offsets[i]]) or ch == " "
    # the normal form of any original slice equals the corresponding normal slice
    assert normalize(text) == view.text


def test_western_digits_keep_length() -> None:
    assert to_western_digits("١٣ سبتمبر ٢٠٢٤") == "13 سبتمبر 2024"


def test_long_text_normalisation_is_translate() -> None:
    """The normalisation of long texts (each changing character replaced throughout)
    equals str.translate on every character."""
    from rawi.arabic import _TABLE, _translate_long

    every = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF)
    assert _translate_long(every) == every.translate(_TABLE)


def test_short_text_normalisation_is_translate() -> None:
    """normalize (a list indexed by code point) equals str.translate with the table."""
    from rawi.arabic import _TABLE

    every = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF)
    assert normalize(every) == every.translate(_TABLE)
