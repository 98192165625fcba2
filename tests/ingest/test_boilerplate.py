from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from rawi.ingest.boilerplate import COUNTED_WORDS, cue_kind, ends_sentence, word_count

_LINE = st.text(alphabet=st.sampled_from(list("اب تة.!?؟。\"'»”)«- \t\n،x9")), max_size=400)


@given(_LINE)
def test_ends_sentence_is_the_end_of_line_pattern(line: str) -> None:
    assert ends_sentence(line) == bool(re.search(r"[.!?؟。]\s*[\"'»”)]?\s*$", line))


@given(_LINE)
def test_word_count_counts_up_to_its_bound(line: str) -> None:
    assert word_count(line) == min(len(re.findall(r"[\u0600-\u06ff\w]+", line)), COUNTED_WORDS)


def test_word_count_of_a_long_paragraph() -> None:
    assert word_count("كلمة " * 100) == COUNTED_WORDS
    assert word_count("كلمة" * 100 + " أخرى") == 2  # two words past the counted prefix


def test_cue_kind_finds_cues_at_the_start_and_anywhere() -> None:
    assert cue_kind("اقرأ أيضاً") == "related"
    assert cue_kind("جميع الحقوق محفوظة © 2024 موقع الأخبار") == "copyright"
    assert cue_kind("قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في العاصمة") is None
