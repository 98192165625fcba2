"""The trigger and cue scans pass over words that can begin neither by one lookup per word
form; they find what trying every word finds."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from rawi.extract import attribution, clauses
from rawi.extract.attribution import find_scopes
from rawi.extract.clauses import find_triggers
from rawi.text.tokens import tokenize

SENTENCES = [
    "وقال المتحدث باسم الجيش إن قواته قصفت مواقع للمسلحين، محذّرةً من ردٍّ أشد.",
    "ونقلت وكالة الأنباء عن مسؤولين قولهم إن الطرفين اتفقا على وقف إطلاق النار.",
    "ووفقاً لتقرير صادر عن الأمم المتحدة، فرضت واشنطن عقوبات جديدة على الشركة.",
    "نفت الحكومة أن تكون قد زوّدت الجماعة بالأسلحة، ويُعتقد أن الشحنة وصلت أمس.",
    "قُتل ثلاثة جنود في هجوم شنّه مسلحون، وطالبت الوزارة بفتح تحقيق، متوعدةً بالرد.",
    "التقى الوزير نظيره في العاصمة وبحثا سبل التعاون، فيما اتهمت المعارضة السلطات بالتقصير.",
    "«قضى» الاتفاق على تعليق عملياتها، وقطعت الدولتان العلاقات الدبلوماسية.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_filtered_trigger_scan_finds_what_the_full_scan_finds(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tokens = tokenize(sentence)
    filtered = find_triggers(tokens, 0, len(tokens), set())
    monkeypatch.setattr(clauses, "TRIGGER_STARTS", defaultdict(lambda: True))
    assert filtered == find_triggers(tokens, 0, len(tokens), set())
    assert filtered  # each sentence has triggers, so the comparison means something


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_filtered_cue_scan_finds_what_the_full_scan_finds(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tokens = tokenize(sentence)
    filtered = find_scopes(tokens, 0, len(tokens), [], ["earlier"])
    monkeypatch.setattr(attribution, "CUE_STARTS", defaultdict(lambda: True))
    assert filtered == find_scopes(tokens, 0, len(tokens), [], ["earlier"])


def test_most_words_begin_no_trigger() -> None:
    assert clauses.may_start_trigger("قصفت")
    assert not clauses.may_start_trigger("العاصمه")


def test_clause_breaks_are_those_a_token_by_token_test_gives() -> None:
    from rawi.extract import events

    text = (
        "قال الوزير إن القوات انسحبت، في حين أكد الجيش أنه سيواصل عملياته؛ غير أن المعارضة"
        " رفضت ذلك: وأن الحكومة لم تفِ بوعودها، بينما كانت المفاوضات جارية في وقت سابق حيث"
        " التقى الطرفان، لكن شيئاً لم يتغير"
    )
    tokens = tokenize(text)
    breaks = events._clause_breaks(tokens)
    assert breaks == [k for k in range(len(tokens)) if events._breaks_clause(tokens, k)]
    assert len(breaks) >= 8


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("أعلنت الحكومة وقف إطلاق النار في المدينة", (2, 4)),
        ("أعلنت «وقف» إطلاق النار", (2, 5)),  # a quote mark inside the phrase
        ("دعت إلى وقف لإطلاق النار", (2, 4)),  # a clitic on its second word
    ],
)
def test_phrases_are_tried_by_their_second_word_and_still_found(sentence: str, span: tuple[int, int]) -> None:
    tokens = tokenize(sentence)
    found = [(t.first, t.last) for t in find_triggers(tokens, 0, len(tokens), set()) if not t.verb]
    assert span in found


REPORT = (
    "قالت وزارة الدفاع الأمريكية إن القوات الأمريكية قصفت مواقع لتنظيم داعش في سوريا. ونفت إيران"
    " أنها زوّدت الحوثيين بالأسلحة. ووفقاً لرويترز، التقى وزير الخارجية الروسي نظيره الصيني في بكين."
    " وقررت جامعة الدول العربية تعليق عضوية سوريا، ورحّبت السعودية بالقرار. وحذّرت طهران من أن ردها"
    " سيكون حاسماً، مؤكدةً أن الرد آتٍ، وقد تفرض عقوبات على الشركة."
)


def test_a_report_gives_the_same_facts_with_every_word_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    """The filters that pass over words (triggers, cues, titles) skip nothing the passes
    would find by trying every word."""
    from rawi.document import Document
    from rawi.extract import Extractor, affiliations, asides, clients, coref, grammar
    from rawi.ingest.pasted import paragraph_spans

    extractor = Extractor()

    def facts() -> dict[str, Any]:
        doc = Document(source="t", text=REPORT)
        doc.paragraphs = paragraph_spans(REPORT)
        return extractor(doc).to_json()

    filtered = facts()
    everything = defaultdict(lambda: True)
    for module, name in (
        (clauses, "TRIGGER_STARTS"),
        (attribution, "CUE_STARTS"),
    ):
        monkeypatch.setattr(module, name, everything)
    for module in (grammar, coref, asides, clients, affiliations):  # titles, head nouns, anaphors ...
        monkeypatch.setattr(module, "tokens_where", lambda _question, tokens: list(range(len(tokens))))
    assert facts() == filtered
    # the comparison means something: the report gives events, several carried by sources
    assert len([e for e in filtered["events"] if e["attribution"]]) >= 2
