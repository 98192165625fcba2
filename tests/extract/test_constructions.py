"""General constructions of Arabic news, each on a sentence composed for the test: the
agreement of pronouns with what they stand for, verbs joined by و, names after titles."""

from __future__ import annotations

from rawi.extract import Extractor
from tests.extract.test_events import extractor, find, registry_ids, run

__all__ = ["extractor"]  # the module's Extractor, shared with test_events


def test_the_pronoun_on_a_verbal_noun_agrees_with_its_agent(extractor: Extractor) -> None:
    # دعمها: ها cannot stand for the Union (masculine), it stands for Iran
    facts = run(extractor, "فرض الاتحاد الأوروبي عقوبات جديدة على إيران بسبب دعمها لروسيا.")
    assert find(facts, "SANCTION", "eu", "iran")
    assert find(facts, "AID", "iran", "russia")
    assert not find(facts, "AID", "eu", "russia")
    # a feminine subject keeps it
    facts = run(extractor, "وأكدت إيران دعمها لحزب الله في مواجهة إسرائيل.")
    assert find(facts, "SUPPORT", "iran", "hezbollah") or find(facts, "AID", "iran", "hezbollah")


def test_a_verb_joined_by_and_goes_on_with_the_last_subject(extractor: Extractor) -> None:
    # the party before وأمهلته is the object of طردت, not the subject of the next verb
    facts = run(extractor, "طردت النيجر السفير الفرنسي وأمهلته 48 ساعة لمغادرة البلاد.")
    assert find(facts, "SANCTION", "niger", "france")
    assert not [e for e in facts.events if registry_ids(facts).get(e.source or "") == "france"]
    # a verb whose lemma begins with و (وافق) is no verb joined by و
    facts = run(extractor, "وقال التقرير إن إسرائيل وافقت على إدخال المساعدات عبر معبر تديره مصر.")
    assert not [e for e in facts.events if registry_ids(facts).get(e.source or "") == "egypt"]


def test_a_function_word_with_a_pronoun_is_no_name(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "أجرى وزير الخارجية السعودي اتصالاً هاتفياً مع نظيره الإيراني بحثا خلاله التطورات الإقليمية.",
    )
    assert not [e for e in facts.entities if "خلاله" in e.name]
    (event,) = find(facts, "CONSULT", participants={"saudi_arabia_foreign_ministry", "iran"})
    assert event.mode == "phone"
