from __future__ import annotations

import pytest

from rawi.document import Document
from rawi.extract import Extractor
from rawi.facts import Facts
from rawi.ingest.pasted import paragraph_spans


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str) -> Facts:
    doc = Document(source="t", text=text)
    doc.paragraphs = paragraph_spans(text)
    return extractor(doc)


def actors(facts: Facts) -> dict[str, str]:
    """surface text of each mention → registry id (or name of a new entity)."""
    by_id = {e.id: e.registry_id or e.name for e in facts.entities}
    return {m.text: ",".join(by_id[x] for x in m.entity.split(",")) for m in facts.mentions}


def test_clitics_longest_match_and_offsets(extractor: Extractor) -> None:
    text = "وبحسب رويترز، دعمت إيران لطالبان وللحرس الثوري الإيراني صلات بالحوثيين وللسعودية موقف."
    found = actors(run(extractor, text))
    assert found["رويترز"] == "reuters"
    assert found["طالبان"] == "taliban"
    assert found["للحرس الثوري الإيراني"] == "irgc"  # longest: not الحرس الثوري + الإيراني
    assert found["الحوثيين"] == "houthis"
    assert found["للسعودية"] == "saudi_arabia"  # ل + ال contracted, after و
    facts = run(extractor, text)
    for m in facts.mentions:
        assert text[m.start : m.end] == m.text


def test_metonymy_and_demonyms(extractor: Extractor) -> None:
    found = actors(
        run(extractor, "قالت طهران إن نظام الملالي لن يتراجع، وردت الخارجية الأمريكية على البيت الأبيض.")
    )
    assert found["طهران"] == "iran" and found["نظام الملالي"] == "iran"
    assert found["الخارجية الأمريكية"] == "usa_state_department"
    assert found["البيت الأبيض"] == "usa"
    found = actors(run(extractor, "وصل المسؤولون المصريون إلى القاهرة."))
    assert found["المصريون"] == "egypt"
    assert "مصر" not in found  # a demonym maps through the demonym table, not by containing مصر


def test_organ_named_with_its_country_adjective(extractor: Extractor) -> None:
    found = actors(run(extractor, "وقال قائد فيلق القدس التابع للحرس الإيراني إن الجيش الإسرائيلي تراجع."))
    assert found["للحرس الإيراني"] == "irgc"
    assert found["الجيش الإسرائيلي"] == "israel_idf"
    assert found["فيلق القدس"] == "irgc_qf"
    # a proper name is definite too: its country's adjective follows it (مجموعة فاغنر الروسية)
    found = actors(run(extractor, "واتهمت المنظمة مقاتلي مجموعة فاغنر الروسية بإعدام مدنيين."))
    assert found["مجموعة فاغنر الروسية"] == "wagner" and "russia" not in found.values()


def test_short_forms_need_the_full_name(extractor: Extractor) -> None:
    alone = actors(run(extractor, "قال الحرس إن الموقف لم يتغير."))
    assert "الحرس" not in alone
    after = actors(run(extractor, "أعلن الحرس الثوري الإيراني مناورة. وقال الحرس إن الموقف لم يتغير."))
    assert after["الحرس"] == "irgc"
    # a body of a state, named in several words, is known once its state is named
    sudan = actors(run(extractor, "في السودان، أصدر مجلس السيادة قرارا."))
    assert sudan["مجلس السيادة"] == "sudan_sovereignty_council"


def test_ambiguous_names_follow_context(extractor: Extractor) -> None:
    libya = actors(run(extractor, "اشتبكت قوات في ليبيا قرب طرابلس وبنغازي."))
    lebanon = actors(run(extractor, "في لبنان، شهدت طرابلس تظاهرات قرب بيروت."))
    assert libya["طرابلس"] == "tripoli_libya" and lebanon["طرابلس"] == "tripoli_lebanon"


def test_persons_after_titles_become_entities(extractor: Extractor) -> None:
    text = (
        "وقال المتحدث باسم الحكومة العراقية باسم العوضي إن بغداد لم تُبلّغ. وأكدت وزيرة الخارجية "
        "الفرنسية كاترين كولونا ذلك، فيما قال المتحدث باسم وزارة الدفاع الروسية اللواء إيغور كوناشينكوف "
        "إن الوزارة لا تملك معلومات. وأضاف العوضي أن التحقيق مستمر."
    )
    facts = run(extractor, text)
    new = {e.name: e for e in facts.entities if e.registry_id is None and e.kind == "person"}
    assert set(new) == {"باسم العوضي", "كاترين كولونا", "إيغور كوناشينكوف"}
    assert "العوضي" in new["باسم العوضي"].names  # the family name alone, later
    found = actors(facts)
    assert found["الوزارة"] == "russia_defence_ministry"  # nominal anaphora
    assert not any(e.name in ("تنفيذ الضربة", "مجلس الوزراء") for e in facts.entities)


def test_noun_phrases_are_not_persons(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "وقال المتحدث إن تنفيذ الضربة تم بنجاح، وأوضح رئيس مجلس الوزراء في بيان صحفي أن الأمر انتهى.",
    )
    assert not [e for e in facts.entities if e.kind == "person" and e.registry_id is None]


def test_organisations_by_head_noun(extractor: Extractor) -> None:
    facts = run(extractor, "واجتمع وفد مجلس النواب التونسي مع مكتب اللجنة المركزية للشؤون الخارجية في بكين.")
    new = {e.name for e in facts.entities if e.registry_id is None}
    assert "مجلس النواب التونسي" in new
    assert "مكتب اللجنة المركزية للشؤون الخارجية" in new
    # forces of a known actor are that actor, not a new organisation
    facts = run(extractor, "وقصفت قوات حزب الله مواقع.")
    assert [e.registry_id for e in facts.entities] == ["hezbollah"]


def test_anaphora_and_the_two_sides(extractor: Extractor) -> None:
    text = (
        "نفت حركة طالبان الاتهامات. وقالت الحركة إنها ملتزمة. ونشرت صحيفة التلغراف تقريرا عن "
        "الحوثيين وتنظيم القاعدة في اليمن، وقد تبادل الجانبان الأسرى. والتقى أنتوني بلينكن "
        "أيمن الصفدي في واشنطن، وقال الأخير إن العملية تمت."
    )
    found = actors(run(extractor, text))
    assert found["الحركة"] == "taliban"
    assert found["الجانبان"] == "houthis,alqaeda"
    assert found["الأخير"] == "ayman_safadi"  # the actor named just before, not the place
    assert "الحركة الاحتجاجية" not in found
    assert "الحركة" not in actors(run(extractor, "نفت حركة طالبان ذلك. وتوسعت الحركة الاحتجاجية."))


def test_affiliations_from_titles_and_appositions(extractor: Extractor) -> None:
    text = (
        "وتنص الوثيقة على أن إسماعيل قاآني، قائد فيلق القدس التابع للحرس الإيراني، وسيف العدل، الزعيم "
        "الحالي لتنظيم القاعدة، التقوا. وكان حسين أمير عبد اللهيان، وزير الخارجية السابق للنظام الإيراني، "
        "قد نفى ذلك. وقال الرئيس الأمريكي جو بايدن إن المتحدث باسم حركة طالبان ذبيح الله مجاهد كذب."
    )
    facts = run(extractor, text)
    reg = {e.id: e.registry_id for e in facts.entities}
    pairs = {(reg[a.person], reg[a.organization]) for a in facts.affiliations}
    assert ("esmail_qaani", "irgc_qf") in pairs
    assert ("saif_al_adel", "alqaeda") in pairs
    assert ("hossein_amir_abdollahian", "iran") in pairs
    assert ("joe_biden", "usa") in pairs
    assert ("zabihullah_mujahid", "taliban") in pairs
    for a in facts.affiliations:
        assert text[a.evidence.start : a.evidence.end] == a.evidence.text


def test_reports_with_no_names_or_thousands_come_out_whole(extractor: Extractor) -> None:
    assert run(extractor, "لا أحد هنا. الطقس جميل اليوم.").entities == []
    many = " ".join(["التقى وزير الخارجية الإيراني نظيره السعودي في الرياض وبغداد وطهران."] * 1500)
    facts = run(extractor, many)
    assert len(facts.mentions) >= 1500 * 4
    assert {e.registry_id for e in facts.entities} >= {"iran", "saudi_arabia", "iraq"}


def test_groups_named_by_who_backs_them(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "وقال المسؤول إن فصائل مسلحة مدعومة من سوريا هاجمت الحدود، وإن الميليشيات الموالية لتركيا انسحبت.",
    )
    found = actors(facts)
    assert found["فصائل مسلحة مدعومة من سوريا"] == "فصائل مسلحة مدعومة من سوريا"
    assert found["الميليشيات الموالية لتركيا"] == "الميليشيات الموالية لتركيا"
    # the backer is inside the group's name, not an actor of the sentence
    assert not {"syria", "turkey"} & set(found.values())
    # a group that belongs to a body (التابعة لـ) is no group of its own
    assert "الجماعات التابعة للحرس الثوري الإيراني" not in actors(
        run(extractor, "وتعاونت الجماعات التابعة للحرس الثوري الإيراني.")
    )


def test_names_a_report_adds_stay_with_that_report(extractor: Extractor) -> None:
    """A registry actor's names are worked out once per actor; the names one report adds
    (an anaphor it is called by) are not carried into the next report's entity."""
    first = run(extractor, "أعلنت حركة طالبان سيطرتها على المدينة، وقالت الحركة إنها لن تتراجع.")
    second = run(extractor, "أعلنت طالبان سيطرتها على المدينة.")
    (taliban_first,) = [e for e in first.entities if e.registry_id == "taliban"]
    (taliban_second,) = [e for e in second.entities if e.registry_id == "taliban"]
    assert "الحركة" in taliban_first.names
    assert "الحركة" not in taliban_second.names
    assert taliban_second.names == taliban_first.names[:-1]


def test_a_preposition_on_a_head_noun_begins_no_name(extractor: Extractor) -> None:
    # القائد العام لقوات شرق ليبيا: a title's organisation, not a person named "لقوات شرق"
    facts = run(extractor, "استقبل القائد العام لقوات شرق ليبيا المشير خليفة حفتر وفداً أممياً في بنغازي.")
    assert [e.kind for e in facts.entities if "قوات" in e.name] == []
    assert "khalifa_haftar" in {e.registry_id for e in facts.entities}


def test_an_anaphor_after_a_titled_name_is_not_part_of_it(extractor: Extractor) -> None:
    # اتهم المتحدث فلان الحركة بـ...: the name ends before the object الحركة, which still
    # refers back to the movement named before
    text = (
        "أعلنت حركة طالبان مسؤوليتها عن الهجوم. واتهم المتحدث باسم الحكومة الأفغانية سعيد "
        "كريمي الحركة بخرق الاتفاق."
    )
    facts = run(extractor, text)
    assert "سعيد كريمي" in {e.name for e in facts.entities if e.kind == "person"}
    assert actors(facts)["الحركة"] == "taliban"


def test_a_state_name_before_a_noun_in_iya_stays_the_state(extractor: Extractor) -> None:
    # القاعدة الجوية is a base, but in حمّل X العراق المسؤولية the state is the object
    found = actors(run(extractor, "وحمّلت الكويت العراق المسؤولية الكاملة عن الحادث."))
    assert found["العراق"] == "iraq"
    assert "القاعدة" not in actors(run(extractor, "وقصفت الطائرات القاعدة الجوية قرب المدينة."))


def test_a_state_adjective_after_another_state_body_takes_it_over(extractor: Extractor) -> None:
    # قوات الاحتلال names the Israeli army alone, but قوات الاحتلال التركي are Turkey's forces
    turkish = actors(run(extractor, "وقصفت قوات الاحتلال التركي قرى في ريف حلب."))
    assert "israel_idf" not in turkish.values()
    alone = actors(run(extractor, "واقتحمت قوات الاحتلال مخيم جنين فجر اليوم."))
    assert alone["قوات الاحتلال"] == "israel_idf"


def test_an_event_phrase_after_a_title_is_no_name(extractor: Extractor) -> None:
    # سلّمه نائب الوزير مذكرة احتجاج: the note of protest is no person
    facts = run(
        extractor, "واستدعت الخارجية المصرية السفير الإسرائيلي وسلّمه نائب وزير الخارجية مذكرة احتجاج رسمية."
    )
    assert not [e for e in facts.entities if "مذكرة" in e.name]


def test_the_government_is_no_army_named_before(extractor: Extractor) -> None:
    # الناطق باسم الحكومة after an army was named: the army is not the government
    text = (
        "وقال الجيش السوداني إنه صدّ هجوماً. واتهم الناطق الرسمي باسم الحكومة خالد الأعيسر "
        "قوات الدعم السريع بقصف المدينة."
    )
    found = actors(run(extractor, text))
    assert found.get("الحكومة") != "sudan_saf"


def test_a_head_noun_after_a_documents_noun_begins_no_organisation(extractor: Extractor) -> None:
    # اتفاقية تنظيم النقل البري: an accord regulating transport, not a group named تنظيم ...
    facts = run(extractor, "ووقع الأردن وسوريا اتفاقية تنظيم النقل البري بين البلدين.")
    assert not [e for e in facts.entities if e.name.startswith("تنظيم")]


def test_the_two_sides_after_talks_of_one_with_another(extractor: Extractor) -> None:
    # بحث X مع نظيره Y ... واتفق الجانبان: the two ministers, not an older pair X و Y
    text = (
        "الرياض وطهران تبحثان التهدئة.\n\nوبحث وزير الخارجية الأردني أيمن الصفدي مع نظيره "
        "التركي هاكان فيدان الوضع في المنطقة. واتفق الجانبان على مواصلة التنسيق."
    )
    found = actors(run(extractor, text))
    assert found["الجانبان"] == "ayman_safadi,hakan_fidan"


def test_members_of_parliament_named_by_their_country_are_the_parliament(extractor: Extractor) -> None:
    # النواب العراقيون: the Iraqi MPs stand for the Council of Representatives, not for Iraq
    found = actors(run(extractor, "وكان عدد من النواب العراقيين قد طالبوا الحكومة بالرد."))
    assert found["النواب العراقيين"] == "iraq_parliament"
