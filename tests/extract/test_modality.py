"""Modality: events told as intended, promised, conditional, future, or as what a threat,
a request or an agreement names, are kept as such (issue 4)."""

from __future__ import annotations

import pytest

from rawi.extract import Extractor
from rawi.extract.modality import threat_mode
from tests.extract.test_events import find, run


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_an_attack_named_by_a_threat_is_the_threat(extractor: Extractor) -> None:
    facts = run(extractor, "هددت تركيا، أمس الأحد، بشن هجوم على حزب العمال الكردستاني.")
    assert not [e for e in facts.events if e.type == "ASSAULT"]
    threats = find(facts, "THREATEN", "turkey", "pkk")
    assert threats and all(t.mode == "violence" and t.modality is None for t in threats)
    assert all(t.polarity == "asserted" for t in threats)


def test_a_sanction_named_by_a_threat_threatens_relations(extractor: Extractor) -> None:
    facts = run(extractor, "لوّحت الجزائر بقطع العلاقات الدبلوماسية مع المغرب.")
    assert not [e for e in facts.events if e.type == "SANCTION"]
    (threat,) = find(facts, "THREATEN", "algeria", "morocco")
    assert threat.mode == "relations"


def test_future_and_told_as_done(extractor: Extractor) -> None:
    facts = run(extractor, "قال الوزير إن ألمانيا سترسل أسلحة إلى أوكرانيا.")
    (aid,) = find(facts, "AID", "germany", "ukraine")
    assert aid.modality == "future"
    facts = run(extractor, "أرسلت ألمانيا أسلحة إلى أوكرانيا.")
    (aid,) = find(facts, "AID", "germany", "ukraine")
    assert aid.modality is None


def test_an_intention_is_kept_as_such(extractor: Extractor) -> None:
    facts = run(extractor, "تعتزم كندا فرض عقوبات على إيران.")
    (sanction,) = find(facts, "SANCTION", "canada", "iran")
    assert sanction.modality == "intended"


def test_a_condition_does_not_reach_past_its_comma(extractor: Extractor) -> None:
    facts = run(extractor, "إذا هاجمت إسرائيل لبنان، فإن إيران ستدعم حزب الله.")
    (attack,) = find(facts, "ASSAULT", "israel", "lebanon")
    assert attack.modality == "conditional"
    (support,) = [e for e in facts.events if e.type in ("AID", "SUPPORT")]
    assert support.modality == "future"


def test_modality_is_written_with_the_event(extractor: Extractor) -> None:
    facts = run(extractor, "تعتزم كندا فرض عقوبات على إيران.")
    assert [e["modality"] for e in facts.to_json()["events"]] == ["intended"]


def test_threat_modes_come_from_the_lexicon() -> None:
    assert threat_mode("ASSAULT", "aerial") == "violence"
    assert threat_mode("SANCTION", "expel") == "expel"
    assert threat_mode("SANCTION", None) == "relations"
    assert threat_mode("AGREE", None) is None


def test_a_refusal_is_told_as_done(extractor: Extractor) -> None:
    # لن تطبّع: "will not normalise" is a refusal now, not a future act; and a refusal counts
    # as evidence in the store (modality "refused" would not)
    facts = run(extractor, "لن تطبّع الولايات المتحدة علاقاتها مع سوريا.")
    (refusal,) = find(facts, "REJECT", "usa", "syria")
    assert refusal.modality is None


def test_a_verb_in_an_aside_governs_nothing_after_it(extractor: Extractor) -> None:
    # طلب عدم الكشف عن هويته: the official asked for anonymity, not for the aid
    facts = run(extractor, "وقال مسؤول أمريكي، طلب عدم الكشف عن هويته، إن إيران زودت روسيا بصواريخ باليستية.")
    (aid,) = [e for e in facts.events if e.type == "AID"]
    assert aid.modality is None
