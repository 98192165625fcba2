"""General constructions of Arabic news, second battery, each on a sentence composed for the
test: phrases conjugated in their verb, ..."""

from __future__ import annotations

from rawi.extract import Extractor
from tests.extract.test_events import extractor, find, registry_ids, run

__all__ = ["extractor"]  # the module's Extractor, shared with test_events


def test_a_phrase_opened_by_a_verb_that_is_no_trigger_alone_is_conjugated(extractor: Extractor) -> None:
    # رفع دعوى، رفع العقوبات، نشر قوات: the verb takes the subject's person and gender, and
    # the subject may stand between the verb and the rest of the phrase
    facts = run(extractor, "ورفعت جنوب أفريقيا دعوى ضد إسرائيل أمام محكمة العدل الدولية.")
    assert find(facts, "ACCUSE", "south_africa", "israel")
    facts = run(extractor, "ورفعت الولايات المتحدة العقوبات عن سوريا.")
    assert find(facts, "CONCEDE", "usa", "syria")
    facts = run(extractor, "ونشرت الولايات المتحدة قوات في العراق لمواجهة داعش.")
    assert find(facts, "MOBILIZE", "usa", "isis")
    # the verb alone stays no trigger: نشرت "published"
    assert not run(extractor, "ونشرت وكالة رويترز تقريرا عن إيران.").events


def test_sanctions_eased_are_a_concession_and_a_visit_cancelled_a_refusal(extractor: Extractor) -> None:
    # the verb eases or halts the sanctions its object names: not sanctions imposed
    facts = run(extractor, "وخففت الولايات المتحدة العقوبات على فنزويلا.")
    assert find(facts, "CONCEDE", "usa", "venezuela")
    assert not find(facts, "SANCTION", "usa", "venezuela")
    assert find(run(extractor, "وعلقت الولايات المتحدة العقوبات على فنزويلا."), "CONCEDE", "usa", "venezuela")
    # a subject between the verb and the visit it cancels
    facts = run(extractor, "وألغى الرئيس التركي رجب طيب أردوغان زيارته إلى إسرائيل.")
    (event,) = find(facts, "REJECT", "recep_tayyip_erdogan", "israel")
    assert event.mode == "meet"
    assert not [e for e in facts.events if e.type == "CONSULT"]
    # a halting word before another act does not reach past it
    facts = run(extractor, "وقطعت البحرين علاقاتها مع إيران وفرضت عقوبات على طهران.")
    assert find(facts, "SANCTION", "bahrain", "iran")
    assert not [e for e in facts.events if e.type == "CONCEDE"]


def test_a_town_struck_by_a_force_named_by_its_adjective_is_the_target(extractor: Extractor) -> None:
    # the subject is the adjective of the force's noun (المدفعية الروسية، طائرات روسية): the
    # town right after it is struck, as after a subject that is a name
    facts = run(extractor, "وقصفت المدفعية الروسية مدينة خاركيف الأوكرانية.")
    assert find(facts, "ASSAULT", "russia", "kharkiv")
    assert find(run(extractor, "وقصفت طائرات روسية مدينة إدلب."), "ASSAULT", "russia", "idlib")


def test_the_forces_of_someone_before_a_particle_are_that_someone(extractor: Extractor) -> None:
    # قد، لم between the forces and their verb: the owner of the forces is still the subject
    facts = run(extractor, "ونفت إثيوبيا أن تكون قواتها قد هاجمت إريتريا.")
    (event,) = find(facts, "ASSAULT", "ethiopia", "eritrea")
    assert event.polarity == "denied"
    facts = run(extractor, "وأكدت روسيا أن قواتها لم تقصف أوكرانيا.")
    (event,) = find(facts, "ASSAULT", "russia", "ukraine")
    assert event.polarity == "denied"


def test_an_office_between_a_preposition_and_its_state(extractor: Extractor) -> None:
    # مع ولي العهد السعودي، مع أمير قطر: the preposition governs the office-holder, for whom
    # the state stands; the other side of the talks
    facts = run(extractor, "وأجرى الرئيس الفرنسي محادثات مع ولي العهد السعودي.")
    assert find(facts, "CONSULT", participants={"france", "saudi_arabia"})
    facts = run(extractor, "وبحث الرئيس الفرنسي مع أمير قطر الأوضاع في غزة.")
    assert find(facts, "CONSULT", participants={"france", "qatar"})
    facts = run(extractor, "وأجرى الرئيس الفرنسي محادثات مع وزير الخارجية السعودي.")
    assert find(facts, "CONSULT", participants={"france", "saudi_arabia_foreign_ministry"})


def test_not_ruling_out_force_is_a_threat_and_not_ruling_out_a_claim_a_hedge(extractor: Extractor) -> None:
    # a verbal noun for the object: a threat of what it names, no refusal and no act done
    facts = run(extractor, "ولم يستبعد وزير الدفاع الإسرائيلي توجيه ضربة لإيران.")
    (event,) = find(facts, "THREATEN", "israel_defence_ministry", "iran")
    assert event.polarity == "asserted" and event.mode == "violence"
    assert [e.type for e in facts.events] == ["THREATEN"]
    facts = run(extractor, "ولا تستبعد واشنطن فرض عقوبات جديدة على الصين.")
    assert find(facts, "THREATEN", "usa", "china")
    assert not find(facts, "SANCTION", "usa", "china")
    # a clause for the object: a possibility, hedged
    facts = run(extractor, "ولم تستبعد مصادر أن تكون إيران قد زودت الحوثيين بالصواريخ.")
    (event,) = find(facts, "AID", "iran", "houthis")
    assert event.polarity == "hedged"


def test_who_condemns_an_act_is_not_its_agent_even_after_the_verb(extractor: Extractor) -> None:
    # أدانت X <verbal noun> Y: the subject of the condemning verb is not carried to the act
    for text in (
        "وأدانت مصر قصف الجيش الإسرائيلي مدرسة في غزة.",
        "واستنكرت قطر اقتحام القوات الإسرائيلية مستشفى الشفاء.",
    ):
        facts = run(extractor, text)
        ids = registry_ids(facts)
        accuser = ids[facts.events[0].source or ""]
        assert facts.events[0].type == "ACCUSE"
        assert not [e for e in facts.events if e.type == "ASSAULT" and ids.get(e.source or "") == accuser]


def test_a_verbal_noun_with_its_agent_in_the_genitive_and_its_object_after(extractor: Extractor) -> None:
    # مصدر + فاعل مجرور + مفعول منصوب: the genitive acts, the party after it is acted on
    facts = run(extractor, "وأدانت تركيا اقتحام الشرطة الإسرائيلية المسجد الأقصى.")
    assert find(facts, "ACCUSE", "turkey", "israel_police")
    assert find(facts, "ASSAULT", "israel_police", "al_aqsa_mosque")
    facts = run(extractor, "وانتقدت الولايات المتحدة تسليح إيران الحوثيين.")
    assert find(facts, "AID", "iran", "houthis")
    assert not find(facts, "AID", "usa", "iran")
    # one genitive alone stays the one acted on, with no agent named
    assert not [e for e in run(extractor, "وأدانت مصر قصف غزة.").events if e.type == "ASSAULT"]


def test_working_together_is_cooperation(extractor: Extractor) -> None:
    # عمل معا: conjugated in its verb, the coordinated subject between it and معا
    facts = run(extractor, "وتعمل تركيا وأذربيجان معا على تطوير طائرات مسيرة.")
    assert find(facts, "COOPERATE", participants={"turkey", "azerbaijan"})


def test_a_support_verb_with_on_before_its_subject(extractor: Extractor) -> None:
    # عمل/حرص/أقدم على + verbal noun, the subject between (VSO): the subject acts; على there
    # does not mark an act answered (ردّ على)
    assert find(run(extractor, "وعملت الولايات المتحدة على تسليح أوكرانيا."), "AID", "usa", "ukraine")
    assert find(run(extractor, "وحرصت قطر على تمويل الأونروا."), "AID", "qatar", "unrwa")
    facts = run(extractor, "وأقدمت إسرائيل على اغتيال إسماعيل هنية.")
    assert find(facts, "ASSAULT", "israel", "ismail_haniyeh")


def test_fighters_of_a_party_behind_a_joined_preposition(extractor: Extractor) -> None:
    # لعناصر من الحوثيين: the ل joined to the fighters governs the party they are from
    facts = run(extractor, "وقدمت إيران أسلحة لعناصر من الحوثيين.")
    assert find(facts, "AID", "iran", "houthis")
