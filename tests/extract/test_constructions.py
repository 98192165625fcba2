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


def test_a_hollow_verb_in_the_passive(extractor: Extractor) -> None:
    # اغتيل X بغارة إسرائيلية: passive by its spelling alone, the adjective names the agent
    facts = run(extractor, "اغتيل القيادي في حماس صالح العاروري بغارة إسرائيلية في الضاحية الجنوبية لبيروت.")
    (event,) = find(facts, "ASSAULT", "israel", "saleh_al_arouri") or find(
        facts, "ASSAULT", "israel", "hamas"
    )
    assert event.mode == "targeted"


def test_after_a_particle_of_verbs_a_word_is_a_verb(extractor: Extractor) -> None:
    # أنه قتل: قتل is the verb "killed", not the noun "killing"; a commander in X stands for X
    facts = run(extractor, "وأعلن الجيش الإسرائيلي أنه قتل قائداً في حزب الله بضربة في جنوب لبنان.")
    assert find(facts, "ASSAULT", "israel_idf", "hezbollah")


def test_an_irregular_plural_adjective_without_its_article(extractor: Extractor) -> None:
    # جنود أتراك: the plural of تركي, without ال, names Turkey
    facts = run(extractor, "قُتل ثلاثة جنود أتراك في هجوم شنه مسلحون من حزب العمال الكردستاني شمالي العراق.")
    assert find(facts, "ASSAULT", "pkk", "turkey")


def test_launching_is_an_attack_only_when_a_weapon_is_launched(extractor: Extractor) -> None:
    # the subject and a number between the verb and what it fires; the part of a country
    # (شمال إسرائيل) is governed as the country
    (event,) = find(
        run(extractor, "أطلق حزب الله عشرات الصواريخ على شمال إسرائيل."), "ASSAULT", "hezbollah", "israel"
    )
    assert event.mode == "heavy-weapons"
    (event,) = find(
        run(extractor, "وأطلق الحوثيون طائرات مسيرة باتجاه إسرائيل."), "ASSAULT", "houthis", "israel"
    )
    assert event.mode == "drone"
    assert not run(extractor, "أطلق الجيش السوداني حملة لتجنيد المتطوعين ضد قوات الدعم السريع.").events
    assert find(run(extractor, "وأطلقت حماس سراح ثلاثة رهائن إسرائيليين."), "RETREAT", "hamas", "israel")


def test_the_genitive_of_a_verbal_noun_without_object_is_its_agent(extractor: Extractor) -> None:
    # انسحاب القوات الإسرائيلية: the forces withdraw; Hamas, who sets the condition, is no agent
    facts = run(extractor, "واشترطت حماس انسحاب القوات الإسرائيلية من غزة قبل أي اتفاق.")
    assert not find(facts, "RETREAT", "hamas", "israel_idf")
    assert not [e for e in facts.events if e.type == "RETREAT"]
    # with a party after من, the genitive withdraws from it
    facts = run(extractor, "وطالبت روسيا بانسحاب القوات الأمريكية من سوريا.")
    assert find(facts, "RETREAT", "usa_armed_forces", "syria")


def test_an_event_word_begins_no_name(extractor: Extractor) -> None:
    # وزير الخارجية المصري عن دعم بلاده: دعم begins no person's name after the title
    facts = run(extractor, "وأعرب وزير الخارجية المصري عن دعم بلاده الكامل للجيش السوداني.")
    assert not [e for e in facts.entities if "دعم" in e.name]
    assert [e for e in facts.events if registry_ids(facts).get(e.target or "") == "sudan_saf"]


def test_an_agent_phrase_belongs_to_the_nearest_act(extractor: Extractor) -> None:
    # من قبل مستوطنين إسرائيليين: the agent of the storming, who is the one condemned
    facts = run(extractor, "وأدانت الخارجية السعودية بشدة اقتحام المسجد الأقصى من قبل مستوطنين إسرائيليين.")
    assert find(facts, "ASSAULT", "israel", "al_aqsa_mosque")
    assert find(facts, "ACCUSE", "saudi_arabia_foreign_ministry", "israel")
    assert not [
        e for e in facts.events if e.type == "ASSAULT" and registry_ids(facts).get(e.source or "") != "israel"
    ]


def test_titles_of_two_states_in_a_row_name_two_people(extractor: Extractor) -> None:
    # أمير قطر is the host, not one more office of Haniyeh's
    facts = run(extractor, "واستقبل أمير قطر رئيس المكتب السياسي لحماس إسماعيل هنية في الدوحة أمس.")
    assert find(facts, "CONSULT", participants={"qatar", "ismail_haniyeh"})
    # the offices of one state stay one person's
    facts = run(
        extractor, "والتقى رئيس مجلس السيادة قائد الجيش الفريق أول عبد الفتاح البرهان المبعوث الأمريكي."
    )
    assert find(facts, "CONSULT", participants={"abdel_fattah_al_burhan", "usa"})


def test_aid_halted_is_a_sanction_and_arms_exports_are_aid(extractor: Extractor) -> None:
    (event,) = find(
        run(extractor, "وأعلنت واشنطن تعليق مساعداتها العسكرية لمصر."), "SANCTION", "usa", "egypt"
    )
    assert event.mode == "discontinue"
    facts = run(extractor, "وجمدت الولايات المتحدة المساعدات المقدمة إلى الأونروا.")
    assert not [e for e in facts.events if e.type == "AID"]
    assert find(run(extractor, "وتواصل فرنسا تصدير الأسلحة إلى مصر."), "AID", "france", "egypt")
    (event,) = find(
        run(extractor, "ونفى الكرملين تقارير عن نقل أسلحة روسية إلى إيران."), "AID", "russia", "iran"
    )
    assert event.polarity == "denied"


def test_who_asks_for_an_act_does_not_do_it(extractor: Extractor) -> None:
    facts = run(extractor, "وناشدت الأمم المتحدة المجتمع الدولي تقديم مساعدات عاجلة للسودان.")
    assert not find(facts, "AID", "un", "sudan")
    # asked to stop an act, the one asked is doing it
    facts = run(extractor, "وطالب الاتحاد الأوروبي إيران بوقف تزويد روسيا بالمسيرات.")
    assert find(facts, "REQUEST", "eu", "iran")
    (event,) = find(facts, "AID", "iran", "russia")
    assert event.modality is None


def test_perhaps_between_subject_and_verb_and_a_cell_belonging_to_a_party(extractor: Extractor) -> None:
    (event,) = find(
        run(extractor, "ويرى محللون أن روسيا ربما زودت الحوثيين بمعلومات استخباراتية."),
        "AID",
        "russia",
        "houthis",
    )
    assert event.polarity == "hedged" and event.mode == "intelligence"
    facts = run(extractor, "واعتقلت قوات الأمن العراقية خلية تابعة لتنظيم داعش في الأنبار.")
    assert [
        e for e in facts.events if e.type == "COERCE" and registry_ids(facts).get(e.target or "") == "isis"
    ]


def test_tariffs_are_a_sanction(extractor: Extractor) -> None:
    facts = run(extractor, "وهدد الرئيس الأمريكي دونالد ترامب بفرض رسوم جمركية على الصين.")
    assert find(facts, "THREATEN", "donald_trump", "china")


def test_transferring_missiles_is_aid_and_dealing_a_strike_an_assault(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "ونقلت وكالة رويترز عن ثلاثة مسؤولين أمنيين قولهم إن الحرس الثوري نقل صواريخ إلى الحوثيين.",
    )
    (event,) = find(facts, "AID", "irgc", "houthis")
    assert event.mode == "military"
    (event,) = find(run(extractor, "وقررت إسرائيل توجيه ضربة لإيران."), "ASSAULT", "israel", "iran")
    assert event.modality == "intended"


def test_an_event_word_inside_is_no_name(extractor: Extractor) -> None:
    facts = run(extractor, "وبحث الرئيس المصري مع نظيره الفرنسي سبل تعزيز التعاون العسكري بين البلدين.")
    assert not [e for e in facts.entities if "سبل" in e.name]
    assert find(facts, "CONSULT", participants={"egypt", "france"})


def test_two_delegations_stand_for_their_parties(extractor: Extractor) -> None:
    facts = run(extractor, "وعقد وفدان من حماس والجهاد الإسلامي اجتماعاً في القاهرة.")
    assert find(facts, "CONSULT", participants={"hamas", "pij"})


def test_speakers_who_announce_their_agreement_are_its_sides(extractor: Extractor) -> None:
    facts = run(extractor, "وأعلنت أنقرة وموسكو التوصل إلى اتفاق بشأن إدلب.")
    assert find(facts, "AGREE", participants={"turkey", "russia"})


def test_refusing_a_charge_denies_the_act_charged(extractor: Extractor) -> None:
    facts = run(extractor, "ورفضت طهران الاتهامات الأمريكية بتسليح الحوثيين.")
    (event,) = find(facts, "AID", "iran", "houthis")
    assert event.polarity == "denied"
    assert not [e for e in facts.events if e.type in ("REJECT", "ACCUSE")]
    # نفى + charge: the charge is no accusation of its own
    facts = run(extractor, "ونفت قطر الاتهامات الإسرائيلية بتمويل حماس.")
    assert [e.type for e in facts.events] == ["AID"]
    # a refusal of anything else is a REJECT
    assert find(
        run(extractor, "ورفضت إسرائيل الاقتراح المصري لوقف إطلاق النار."), "REJECT", "israel", "egypt"
    )


def test_aid_one_is_asked_to_stop_goes_on(extractor: Extractor) -> None:
    facts = run(extractor, "وطالب مجلس الأمن رواندا بسحب قواتها من الكونغو ووقف دعمها لحركة إم 23.")
    assert not [e for e in facts.events if e.type == "SANCTION"]
