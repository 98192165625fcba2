from __future__ import annotations

import pytest

from rawi.document import Document, PartialDate
from rawi.extract import Extractor
from rawi.facts import Event, Facts
from rawi.ingest.pasted import paragraph_spans


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


PUBLISHED = PartialDate(2024, 9, 13)


def run(extractor: Extractor, text: str, published: PartialDate | None = PUBLISHED) -> Facts:
    doc = Document(source="t", text=text, published=published)
    doc.paragraphs = paragraph_spans(text)
    return extractor(doc)


def registry_ids(facts: Facts) -> dict[str, str]:
    return {e.id: e.registry_id or e.name for e in facts.entities}


def find(
    facts: Facts,
    type_: str,
    source: str | None = None,
    target: str | None = None,
    participants: set[str] | None = None,
) -> list[Event]:
    ids = registry_ids(facts)
    out = []
    for e in facts.events:
        if e.type != type_:
            continue
        if (participants is not None and {ids[p] for p in e.participants} >= participants) or (
            source and ids.get(e.source or "") == source and ids.get(e.target or "") == target
        ):
            out.append(e)
    return out


def chain(facts: Facts, event: Event) -> list[str]:
    ids = registry_ids(facts)
    return [ids[a] for a in event.attribution]


def test_verb_in_any_person_with_subject_before_or_after(extractor: Extractor) -> None:
    facts = run(extractor, "الحرس الثوري الإيراني يمول أنشطة تنظيم القاعدة في الشرق الأوسط.")
    (event,) = find(facts, "AID", "irgc", "alqaeda")
    assert event.mode == "economic" and event.polarity == "asserted" and event.attribution == []
    assert facts.document.text[event.evidence.start : event.evidence.end] == event.evidence.text
    facts = run(extractor, "موّلت إيران الحوثيين خلال السنوات الماضية.")
    assert find(facts, "AID", "iran", "houthis")


def test_attribution_chain_and_its_scope(extractor: Extractor) -> None:
    text = (
        "ووفقا لبحث أجرته الجبهة الوطنية المتحدة في أفغانستان، التزم النظام الإيراني بتغطية تكاليف "
        "تدريب مقاتلي القاعدة في أفغانستان. وتنص الوثيقة على أن إسماعيل قاآني وسيف العدل التقوا سراً "
        "في طهران في أكتوبر 2021."
    )
    facts = run(extractor, text)
    (aid,) = find(facts, "AID", "iran", "alqaeda")
    assert chain(facts, aid) == ["united_national_front_afghanistan"]
    (meeting,) = find(facts, "CONSULT", participants={"esmail_qaani", "saif_al_adel"})
    assert chain(facts, meeting) == ["united_national_front_afghanistan"]  # الوثيقة: the source goes on
    assert meeting.when is not None and meeting.when.start == "2021-10"
    assert registry_ids(facts)[meeting.where or ""] == "iran"  # في طهران


def test_nested_sources_outermost_first(extractor: Extractor) -> None:
    facts = run(extractor, "ونقلت وكالة رويترز عن مسؤولين أمريكيين قولهم إن إيران زودت الحوثيين بالصواريخ.")
    (event,) = find(facts, "AID", "iran", "houthis")
    assert event.mode == "military"
    assert chain(facts, event) == ["reuters", "usa"]


def test_denial_hedge_and_negation(extractor: Extractor) -> None:
    text = (
        "في تقرير صدر في فبراير 2023، ذكرت الأمم المتحدة أنه يُعتقد أن سيف العدل واصل أنشطته في إيران "
        "تحت حماية النظام الإيراني. وكان حسين أمير عبد اللهيان، وزير الخارجية السابق، قد نفى أن يكون "
        "سيف العدل مقيماً في إيران."
    )
    facts = run(extractor, text)
    polarities = {(e.polarity, tuple(chain(facts, e))) for e in find(facts, "AID", "iran", "saif_al_adel")}
    assert ("hedged", ("un",)) in polarities
    assert ("denied", ("hossein_amir_abdollahian",)) in polarities
    facts = run(extractor, "لم تقصف إسرائيل مواقع حزب الله أمس.")
    (event,) = find(facts, "ASSAULT", "israel", "hezbollah")
    assert event.polarity == "denied"
    assert event.when is not None and event.when.start == "2024-09-12"  # أمس, from the publication date


def test_an_accuser_asserts_what_it_accuses(extractor: Extractor) -> None:
    facts = run(extractor, "واتهمت السعودية إيران بتسليح الحوثيين.")
    assert find(facts, "ACCUSE", "saudi_arabia", "iran")
    (act,) = find(facts, "AID", "iran", "houthis")
    assert act.mode == "military" and act.polarity == "asserted"
    assert chain(facts, act) == ["saudi_arabia"]


def test_pronoun_object_and_the_two_sides(extractor: Extractor) -> None:
    text = (
        "ونشرت صحيفة التلغراف تقريراً عن توسيع التعاون بين الحوثيين والقاعدة في اليمن. ووفقا لهذا "
        "التقرير، فإن الحوثيين، الذين كانوا يعتبرون في السابق أعداء للقاعدة، يزودونهم الآن بالأسلحة "
        "والطائرات المسيرة، وقد تبادل الجانبان الأسرى."
    )
    facts = run(extractor, text)
    (arms,) = find(facts, "AID", "houthis", "alqaeda")
    assert arms.mode == "military" and chain(facts, arms) == ["telegraph"]
    assert find(facts, "COOPERATE", participants={"houthis", "alqaeda"})


def test_passive_agent_and_adjective_agent(extractor: Extractor) -> None:
    facts = run(extractor, "وقُتل زعيم تنظيم داعش أبو بكر البغدادي على يد القوات الأمريكية.")
    assert find(facts, "ASSAULT", "usa_armed_forces", "abu_bakr_al_baghdadi") or find(
        facts, "ASSAULT", "usa", "abu_bakr_al_baghdadi"
    )
    facts = run(extractor, "شنت الطائرات غارات إسرائيلية على مواقع حزب الله في جنوب لبنان.")
    assert find(facts, "ASSAULT", "israel", "hezbollah")


def test_since_and_year_dates(extractor: Extractor) -> None:
    facts = run(
        extractor,
        "وقالت وزارة الخارجية الأمريكية إن النظام الإيراني يوفر ملاذا آمنا لقادة تنظيم القاعدة "
        "منذ عام 2009 على الأقل.",
    )
    events = find(facts, "AID", "iran", "alqaeda")
    assert events and events[0].when is not None and events[0].when.start == "2009"
    assert "منذ" in events[0].when.text
    assert chain(facts, events[0]) == ["usa_state_department"]


def test_denying_what_was_just_said(extractor: Extractor) -> None:
    text = (
        "ونشرت صحيفة يديعوت أحرونوت تقريراً أفاد بأن بنيامين نتنياهو وافق على مضي الولايات المتحدة في "
        "صفقة لبيع مقاتلات للإمارات، وهو ما نفاه نتنياهو بشدة."
    )
    facts = run(extractor, text)
    claims = {(e.polarity, tuple(chain(facts, e))) for e in find(facts, "AGREE", "benjamin_netanyahu", "usa")}
    assert ("asserted", ("yedioth_ahronoth",)) in claims
    assert ("denied", ("benjamin_netanyahu",)) in claims


def test_each_of_and_groups_named_again(extractor: Extractor) -> None:
    facts = run(extractor, "ودانت كل من مصر والسعودية وقطر الخطوة الإسرائيلية.")
    for state in ("egypt", "saudi_arabia", "qatar"):
        assert find(facts, "ACCUSE", state, "israel"), state
    facts = run(extractor, "وأعلنت مالي وبوركينا فاسو والنيجر تحالفا. ووقّعت الدول الثلاث في باماكو ميثاقا.")
    assert find(facts, "AGREE", participants={"mali", "burkina_faso", "niger"})


def test_will_not_is_a_refusal_did_not_a_denial(extractor: Extractor) -> None:
    facts = run(extractor, "وقالت الولايات المتحدة إنها لن تطبّع علاقاتها مع سوريا.")
    ids = registry_ids(facts)
    refusals = [e for e in facts.events if e.type == "REJECT"]
    assert refusals and (ids[refusals[0].source or ""], ids[refusals[0].target or ""]) == ("usa", "syria")
    assert refusals[0].polarity == "asserted"
    facts = run(extractor, "لم يلتق وزير الخارجية الإيراني نظيره السعودي.")
    assert all(e.polarity == "denied" for e in facts.events if e.type == "CONSULT")


def test_a_date_in_a_relative_clause_does_not_date_the_main_event(extractor: Extractor) -> None:
    text = (
        "شنّت القوات الأمريكية فجر اليوم غارات على مواقع الحوثيين، ردا على الهجمات التي "
        "تشنها الجماعة منذ نوفمبر الماضي."
    )
    (event,) = find(run(extractor, text), "ASSAULT", "usa_armed_forces", "houthis")
    assert event.when is not None and event.when.start == "2024-09-13"


def test_a_document_speaks_for_its_author(extractor: Extractor) -> None:
    text = "وتبنّى مجلس الأمن الدولي قراراً يطالب الحوثيين بالوقف الفوري لهجماتهم على السفن."
    assert find(run(extractor, text), "REQUEST", "unsc", "houthis")


def test_a_claim_ends_where_a_new_main_clause_begins(extractor: Extractor) -> None:
    text = (
        "أعلن الجيش الإسرائيلي أن طائراته قصفت منشأة تابعة لحزب الله، "
        "بينما اتهم الجيش اللبناني إسرائيل بخرق الاتفاق."
    )
    facts = run(extractor, text)
    (strike,) = find(facts, "ASSAULT", "israel_idf", "hezbollah")
    assert chain(facts, strike) == ["israel_idf"]
    (accusation,) = find(facts, "ACCUSE", "lebanon_army", "israel")
    assert chain(facts, accusation) == []  # the Lebanese army speaks for itself


def test_a_head_noun_refers_to_a_name_with_that_head_before_a_nearer_group(extractor: Extractor) -> None:
    filler = "وتحدث السكان عن أوضاع معيشية صعبة في المدينة خلال الأشهر الأخيرة. " * 25
    text = (
        "نفت حركة طالبان علمها بوجود الظواهري في كابل. "
        + filler
        + "ويعود المنزل إلى مساعد لزعيم شبكة حقاني. واتهم الرئيس الأمريكي جو بايدن الحركة بانتهاك الاتفاق."
    )
    assert len(filler) > 1500
    facts = run(extractor, text)
    assert find(facts, "ACCUSE", "joe_biden", "taliban")
    assert not find(facts, "ACCUSE", "joe_biden", "haqqani_network")


def test_a_feminine_participle_marked_by_tanween_or_comma(extractor: Extractor) -> None:
    # the speaker (a feminine noun) demands: not the masdar مطالبة with the party before for agent
    text = (
        "وقالت الحكومة الإيرانية إن الأمر انتهى بالنسبة لها، ومطالِبةً الولايات المتحدة "
        "بالبقاء بعيداً عن هذا الصراع."
    )
    facts = run(extractor, text)
    assert find(facts, "REQUEST", "iran_government", "usa")
    text = "وقالت الخارجية الإيرانية إن الرد سيكون قاسيا، محذرة إسرائيل من أي خطأ."
    assert find(run(extractor, text), "THREATEN", "iran_foreign_ministry", "israel")


def test_a_title_belongs_to_the_person_it_names(extractor: Extractor) -> None:
    # مقتل + the title + the name: the killed is the titled person; the agents are coordinated
    text = (
        "وأعلنت قسد مقتل المتحدث باسم تنظيم داعش أبي الحسن المهاجر في عملية مشتركة "
        "نفذتها قسد والقوات الأمريكية قرب جرابلس."
    )
    facts = run(extractor, text)
    assert find(facts, "ASSAULT", "sdf", "أبي الحسن المهاجر")
    assert find(facts, "ASSAULT", "usa_armed_forces", "أبي الحسن المهاجر")


def test_a_relative_clause_between_the_speaker_and_the_claim(extractor: Extractor) -> None:
    text = "وقال وزير الخارجية الأمريكي أنتوني بلينكن، الذي يزور المنطقة منذ أيام، إن إيران زودت الحوثيين بالأسلحة."
    facts = run(extractor, text)
    (event,) = find(facts, "AID", "iran", "houthis")
    assert chain(facts, event) == ["antony_blinken"]


def test_the_one_who_will_pay_the_price_is_threatened(extractor: Extractor) -> None:
    text = (
        "وتعهّد رئيس الوزراء الإسرائيلي بنيامين نتنياهو، الذي قطع زيارته إلى الولايات المتحدة، "
        "بأن يدفع حزب الله «ثمناً باهظاً»."
    )
    facts = run(extractor, text)
    assert find(facts, "THREATEN", "benjamin_netanyahu", "hezbollah")
    assert not find(facts, "REJECT", "benjamin_netanyahu", "usa")


def test_cancelling_agreements_with_a_state_sanctions_it(extractor: Extractor) -> None:
    facts = run(extractor, "وألغت النيجر اتفاقات التعاون العسكري الموقعة مع فرنسا.")
    (event,) = find(facts, "SANCTION", "niger", "france")
    assert event.mode == "discontinue"


def test_an_object_pronoun_in_a_second_complement(extractor: Extractor) -> None:
    text = "وأفاد مصدر في الكرملين أن بشار الأسد وأفراد عائلته وصلوا إلى موسكو، وأن روسيا منحتهم حق اللجوء."
    facts = run(extractor, text)
    (event,) = find(facts, "AID", "russia", "bashar_al_assad")
    assert event.mode == "sanctuary"
    assert not find(facts, "AID", "bashar_al_assad", "russia")


def test_nouns_spelled_as_nouns_are_not_verbs(extractor: Extractor) -> None:
    # لسيطرتها (ل + a perfect verb is impossible), وسيطرة (ة is never a verb's ه)
    for text in (
        "وقالت روسيا إنها فتحت المجال الجوي في المناطق الخاضعة لسيطرتها أمام الطائرات الأمريكية.",
        "وضربت القوات الأمريكية مراكز قيادة وسيطرة تابعة للحوثيين في اليمن.",
    ):
        assert not [e for e in run(extractor, text).events if e.type == "COERCE"]


def test_a_host_of_talks_meets_the_sides_just_reported(extractor: Extractor) -> None:
    text = (
        "اتفقت المملكة العربية السعودية والجمهورية الإسلامية الإيرانية على استئناف العلاقات "
        "الدبلوماسية، في ختام محادثات استضافتها الصين على مدى خمسة أيام."
    )
    (talks,) = find(run(extractor, text), "CONSULT", participants={"china", "saudi_arabia", "iran"})
    assert talks.mode == "third-party"


def test_the_future_prefix_goes_on_a_third_person_imperfect() -> None:
    from rawi.document import Document
    from rawi.extract.clauses import find_triggers
    from rawi.text import analyse

    tokens = analyse(Document(source="t", text="سارع نتنياهو إلى النفي")).tokens
    assert not [t for t in find_triggers(tokens, 0, len(tokens), set()) if t.first == 0]  # not س + ارع (رعى)


def test_the_agent_of_a_noun_in_its_relative_clause(extractor: Extractor) -> None:
    text = "ونجحت الوساطة التي قادها المبعوث الأميركي آموس هوكستين بين بيروت وتل أبيب."
    sides = {"amos_hochstein", "lebanon", "israel"}
    assert find(run(extractor, text), "CONSULT", participants=sides)
    text = "وفشل الهجوم الذي شنّته قوات حفتر على حكومة الوفاق."
    assert find(run(extractor, text), "ASSAULT", "lna", "libya_gna")


def test_delegates_stand_for_their_party(extractor: Extractor) -> None:
    text = "واحتضنت المغرب جولة حوار بين وفدي المجلس الأعلى للدولة ومجلس النواب الليبيين."
    sides = {"morocco", "libya_high_council_of_state", "libya_house_of_representatives"}
    assert find(run(extractor, text), "CONSULT", participants=sides)


def test_a_second_verb_of_meeting_keeps_the_subject_and_takes_an_object(extractor: Extractor) -> None:
    text = "زار وزير الخارجية السعودي الأمير فيصل بن فرحان دمشق، والتقى الرئيس السوري بشار الأسد."
    assert find(run(extractor, text), "CONSULT", participants={"faisal_bin_farhan", "bashar_al_assad"})


def test_the_date_in_a_nouns_relative_clause_and_since_dates(extractor: Extractor) -> None:
    text = (
        "وقال الجيش إن اتفاق وقف إطلاق النار بين إسرائيل وحزب الله، الذي دخل حيز التنفيذ "
        "فجر الأربعاء 27 نوفمبر، صامد بعدما أعلنه بايدن في 26 نوفمبر."
    )
    facts = run(extractor, text, published=PartialDate(2024, 11, 29))
    (ceasefire,) = find(facts, "RETREAT", participants={"israel", "hezbollah"})
    assert ceasefire.when is not None and ceasefire.when.start == "2024-11-27"
    # an ongoing state since a day is dated by its month
    text = "وتستمر المحادثات التي تيسرها السعودية بين الجيش السوداني وقوات الدعم السريع منذ السادس من مايو."
    (talks,) = find(run(extractor, text), "CONSULT", participants={"saudi_arabia", "sudan_saf", "rsf"})
    assert talks.when is not None and talks.when.start == "2024-05"


def test_a_time_anaphor_dates_by_the_event_last_reported(extractor: Extractor) -> None:
    text = (
        "احتضنت المغرب في سبتمبر 2020 جولة حوار بين وفدي المجلس الأعلى للدولة ومجلس النواب "
        "الليبيين، وتوصّل خلالها الطرفان إلى تفاهمات شاملة، قبل أن يعود الوفدان مطلع أكتوبر 2020 "
        "لجولة ثانية."
    )
    sides = {"libya_high_council_of_state", "libya_house_of_representatives"}
    (accord,) = find(run(extractor, text), "AGREE", participants=sides)
    assert accord.when is not None and accord.when.start == "2020-09"


def test_a_participle_of_saying_reports_for_the_sentences_subject(extractor: Extractor) -> None:
    text = (
        "ووصف الرئيس الأميركي جو بايدن سقوط الأسد بأنه عمل من أعمال العدالة، معلناً أن القوات "
        "الأميركية نفذت يوم الأحد ضربات على معسكرات لتنظيم داعش في وسط سوريا."
    )
    facts = run(extractor, text)
    (strike,) = find(facts, "ASSAULT", "usa_armed_forces", "isis")
    assert chain(facts, strike) == ["joe_biden"]


def test_phrases_read_through_quote_marks_and_take_the_party_after_their_preposition(
    extractor: Extractor,
) -> None:
    text = "أعلنت كتائب حزب الله العراقية في بيان «تعليق» عملياتها العسكرية ضد القوات الأمريكية."
    (truce,) = find(run(extractor, text), "RETREAT", "kataib_hezbollah", "usa_armed_forces")
    assert truce.mode == "ceasefire"
    text = "وأعلن الجيش الإسرائيلي أنه «قضى» على القيادي في حزب الله فؤاد شكر."
    assert find(run(extractor, text), "ASSAULT", "israel_idf", "fuad_shukr")


def test_a_passive_after_a_relative_clause_on_its_patient(extractor: Extractor) -> None:
    text = (
        "وكان فؤاد شكر، الذي يعد من أبرز القادة العسكريين في حزب الله، قد قُتل مساء الثلاثاء "
        "بغارة إسرائيلية استهدفت مبنى سكنياً."
    )
    assert find(run(extractor, text), "ASSAULT", "israel", "fuad_shukr")


def test_the_adjective_of_an_event_noun_is_no_subject(extractor: Extractor) -> None:
    text = "وكان المتحدث باسم طالبان ذبيح الله مجاهد قد أقرّ بوقوع غارة جوية، ودان «بشدة» ما وصفه بالهجوم الأمريكي."
    assert find(run(extractor, text), "ACCUSE", "zabihullah_mujahid", "usa")


def test_what_will_be_done_is_not_dated_by_the_saying(extractor: Extractor) -> None:
    text = "أعلن الأمين العام لحزب الله نعيم قاسم، مساء اليوم الجمعة، أن الحزب سينسّق مع الجيش اللبناني."
    (event,) = find(run(extractor, text), "COOPERATE", participants={"hezbollah", "lebanon_army"})
    assert event.when is None


def test_summoning_another_states_envoy(extractor: Extractor) -> None:
    text = "واستدعت وزارة الخارجية العراقية القائم بالأعمال الأمريكي في بغداد لتسليمه مذكرة احتجاج."
    (event,) = find(run(extractor, text), "ACCUSE", "iraq_foreign_ministry", "usa")
    assert event.mode == "disapprove"
    text = "وقررت الجزائر استدعاء سفيرها لدى فرنسا."
    assert find(run(extractor, text), "SANCTION", "algeria", "france")


def test_rejecting_what_was_just_reported_rejects_its_author(extractor: Extractor) -> None:
    facts = run(extractor, "وألغت النيجر اتفاقات التعاون العسكري مع فرنسا، وهو ما رفضته باريس.")
    (event,) = find(facts, "REJECT", "france", "niger")
    assert event.polarity == "asserted"  # وهو ما: "which", not a negation


def test_a_request_whose_genitive_asks(extractor: Extractor) -> None:
    text = "وأقرّ الرئيس الأمريكي دونالد ترامب بأن طلب الإمارات شراء هذه الطائرات قيد الدراسة."
    assert not find(run(extractor, text), "REQUEST", "donald_trump", "uae")


def test_civilians_are_a_target(extractor: Extractor) -> None:
    text = "واتهم الجيش السوداني قوات الدعم السريع باحتلال منازل المواطنين في الخرطوم."
    facts = run(extractor, text)
    (event,) = find(facts, "COERCE", "rsf", "civilians")
    assert chain(facts, event) == ["sudan_saf"]


def test_the_means_after_a_verb_of_attack_gives_the_mode(extractor: Extractor) -> None:
    text = "واتهمت قوات الدعم السريع الجيش السوداني بشن غارات جوية على أحياء سكنية مكتظة."
    events = find(run(extractor, text), "ASSAULT", "sudan_saf", "civilians")
    assert events and all(e.mode == "aerial" for e in events)


def test_each_accused_denies_what_it_is_accused_of(extractor: Extractor) -> None:
    text = (
        "واتهم الجيش السوداني قوات الدعم السريع باحتلال منازل المواطنين، فيما اتهمت قوات الدعم "
        "السريع الجيش بشن غارات جوية على أحياء سكنية. ونفى كل منهما الاتهامات الموجهة إليه."
    )
    facts = run(extractor, text)
    seized = [e for e in find(facts, "COERCE", "rsf", "civilians") if e.polarity == "denied"]
    assert [chain(facts, e) for e in seized] == [["rsf"]]
    struck = [e for e in find(facts, "ASSAULT", "sudan_saf", "civilians") if e.polarity == "denied"]
    assert [chain(facts, e) for e in struck] == [["sudan_saf"]]


def test_a_person_named_in_full_is_named_again_by_the_family_name(extractor: Extractor) -> None:
    text = "وشيّع حزب الله القيادي فؤاد شكر. وأعلن الجيش الإسرائيلي أنه «قضى» على شكر."
    assert find(run(extractor, text), "ASSAULT", "israel_idf", "fuad_shukr")
    # not before the full name: شكر is also "thanked"
    assert not [
        e
        for e in run(extractor, "وأعلن الجيش الإسرائيلي أنه «قضى» على شكر.").entities
        if e.registry_id == "fuad_shukr"
    ]


def test_his_country_is_the_country_of_the_person_named_before(extractor: Extractor) -> None:
    text = "وشكك الرئيس التركي رجب طيب أردوغان، الذي تُعد بلاده الداعم الرئيسي لحكومة الوفاق، في صموده."
    facts = run(extractor, text)
    assert find(facts, "SUPPORT", "turkey", "libya_gna")
    assert not find(facts, "REJECT", "recep_tayyip_erdogan", "turkey")  # one's own country is no other side


def test_reactions_in_a_report_of_todays_news_are_dated_that_day(extractor: Extractor) -> None:
    text = (
        "شنّت القوات الأمريكية فجر اليوم الجمعة غارات على مواقع الحوثيين في اليمن.\n\n"
        "ودان المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني الضربات الأمريكية."
    )
    facts = run(extractor, text)
    (condemned,) = find(facts, "ACCUSE", "nasser_kanaani", "usa")
    assert condemned.when is not None and condemned.when.start == "2024-09-13"


def test_what_is_asked_for_gives_the_request_mode(extractor: Extractor) -> None:
    text = "وتبنّى مجلس الأمن الدولي قراراً يطالب الحوثيين بالوقف الفوري لهجماتهم على السفن."
    (event,) = find(run(extractor, text), "REQUEST", "unsc", "houthis")
    assert event.mode == "yield"


def test_a_condemned_attack_is_the_reports_own_not_the_last_told(extractor: Extractor) -> None:
    text = (
        "قصفت روسيا أوكرانيا بالصواريخ أمس.\n\n"
        "وجاء القصف بعد يوم من هجوم أوكرانيا على روسيا بالمسيّرات.\n\n"
        "ودانت فرنسا الهجوم، وقالت إنها ستواصل دعم كييف."
    )
    facts = run(extractor, text)
    assert find(facts, "ASSAULT", "ukraine", "russia")  # the last attack told
    assert find(facts, "ACCUSE", "france", "russia")
    assert not find(facts, "ACCUSE", "france", "ukraine")


def test_a_speaker_is_still_the_subject_of_its_own_verb_before_the_cue(extractor: Extractor) -> None:
    facts = run(extractor, "ودان الرئيس الفرنسي إيمانويل ماكرون إيران، وقال إن بلاده تدعم الحل السياسي.")
    assert find(facts, "ACCUSE", "emmanuel_macron", "iran")


def test_what_a_party_answers_is_not_its_act(extractor: Extractor) -> None:
    facts = run(extractor, "قال المتحدث إن ردّ إيران على اغتيال إسماعيل هنية سيكون قاسياً.")
    assert not [e for e in find(facts, "ASSAULT", "iran", "ismail_haniyeh")]


def test_ones_own_answer_in_a_warning_names_no_one_warned(extractor: Extractor) -> None:
    text = "وقال المتحدث باسم الجيش الروسي إن العملية انتهت، محذّراً من أن الرد الروسي سيكون قاسياً."
    facts = run(extractor, text)
    ids = registry_ids(facts)
    assert not [e for e in facts.events if e.type == "THREATEN" and ids.get(e.target or "") == "russia"]
    text = (
        "وقال الكرملين إن العملية انتهت، محذّراً من أن الرد الروسي سيكون «قاسياً» إذا ارتكبت «أوكرانيا» خطأً آخر."
    )
    facts = run(extractor, text)
    ids = registry_ids(facts)
    (event,) = [e for e in facts.events if e.type == "THREATEN" and ids.get(e.target or "") == "ukraine"]
    assert event.mode == "violence"


def test_an_aside_on_the_subject_is_no_party(extractor: Extractor) -> None:
    text = "وكانت حركة الشباب، وهي تحالف فصائل موالية لإيران، قد تبنّت الهجوم على القوات الكينية."
    facts = run(extractor, text)
    ids = registry_ids(facts)
    speakers = {ids.get(a) for e in facts.events for a in e.attribution}
    assert "فصائل موالية لإيران" not in speakers
    assert [e for e in facts.events if e.type == "ASSAULT"]


def test_which_clauses_are_no_asides() -> None:
    from rawi.document import Document
    from rawi.extract.asides import find_asides
    from rawi.text import analyse

    text = "طردت النيجر السفير، وهو ما رفضته باريس. وقالت الحركة، وهي جماعة مسلحة، إنها ستقاتل."
    asides = [text[s:e] for s, e in find_asides(analyse(Document(source="t", text=text)))]
    assert asides == ["وهي جماعة مسلحة"]


def test_the_occasion_of_a_speech_is_an_aside(extractor: Extractor) -> None:
    # وحمّل X، في ندوة صحفية عقب اجتماع مجلس الوزراء، Y المسؤولية: the council is no one blamed
    text = "وحمّل وزير الخارجية السوداني، في ندوة صحفية عقب اجتماع مجلس الوزراء، قوات الدعم السريع المسؤولية."
    facts = run(extractor, text)
    ids = registry_ids(facts)
    assert find(facts, "ACCUSE", "sudan_foreign_ministry", "rsf")
    assert not [e for e in facts.events if e.type == "ACCUSE" and ids.get(e.target or "") != "rsf"]
    assert not [e for e in facts.events if e.type == "CONSULT"]


def test_the_accusations_date_is_not_the_date_of_the_act_accused_of(extractor: Extractor) -> None:
    text = "واتهم الجيش السوداني هذا الأسبوع قوات الدعم السريع بقصف المدنيين في الفاشر."
    facts = run(extractor, text)
    (accusation,) = find(facts, "ACCUSE", "sudan_saf", "rsf")
    assert accusation.when is not None and accusation.when.start == "2024-09"  # a week is no one day
    (act,) = find(facts, "ASSAULT", "rsf", "civilians")
    assert act.when is None
    text = "واتهم الجيش السوداني هذا الأسبوع قوات الدعم السريع بشن غارات جوية على المدنيين."
    assert all(
        e.when is None for e in find(run(extractor, text), "ASSAULT", "rsf", "civilians")
    )  # the means too
    text = "واتهم الجيش السوداني قوات الدعم السريع بقصف المدنيين في الفاشر في 5 سبتمبر."
    (act,) = find(run(extractor, text), "ASSAULT", "rsf", "civilians")
    assert act.when is not None and act.when.start == "2024-09-05"  # its own date, after it


def test_an_act_named_again_carries_the_date_it_was_first_told_with(extractor: Extractor) -> None:
    told = "قصفت إسرائيل مواقع لحزب الله في جنوب لبنان في 3 سبتمبر.\n\n"
    text = told + "وقال نصر الله إن الهجوم الإسرائيلي على حزب الله لن يمر دون رد."
    dated = {
        e.when.start if e.when else None for e in find(run(extractor, text), "ASSAULT", "israel", "hezbollah")
    }
    assert dated == {"2024-09-03"}
    # the same attack with its author disputed: the attacked tells it is the same
    text = "هاجمت حماس إسرائيل بالصواريخ في 3 سبتمبر.\n\nوقال الجيش الإسرائيلي إن الهجوم الإيراني على إسرائيل فشل."
    (disputed,) = find(run(extractor, text), "ASSAULT", "iran", "israel")
    assert disputed.when is not None and disputed.when.start == "2024-09-03"
    # a new act told with a verb is no reference to the one before
    text = told + "وقال نصر الله إن إسرائيل هاجمت حزب الله مرة أخرى."
    dated = {
        e.when.start if e.when else None for e in find(run(extractor, text), "ASSAULT", "israel", "hezbollah")
    }
    assert dated == {"2024-09-03", None}


def test_the_day_a_report_came_out_does_not_date_what_it_tells(extractor: Extractor) -> None:
    text = "ونشرت صحيفة الغارديان تقريراً في 2 سبتمبر عن تعاون الحوثيين مع حركة الشباب في الصومال."
    (event,) = find(run(extractor, text), "COOPERATE", participants={"houthis", "al_shabaab"})
    assert event.when is None
    text = "وأعلنت صحيفة الغارديان في 2 سبتمبر أن الحوثيين يتعاونون مع حركة الشباب في الصومال."
    (event,) = find(run(extractor, text), "COOPERATE", participants={"houthis", "al_shabaab"})
    assert event.when is not None and event.when.start == "2024-09-02"  # a statement's day is its news


def test_a_phrase_dates_an_event_from_the_act_it_names_or_the_date_last_told(extractor: Extractor) -> None:
    told = "قصفت إسرائيل مواقع لحزب الله في 3 سبتمبر.\n\n"
    (later,) = find(
        run(extractor, told + "وبعد يومين، هاجم حزب الله إسرائيل بالصواريخ."),
        "ASSAULT",
        "hezbollah",
        "israel",
    )
    assert later.when is not None and later.when.start == "2024-09-05"
    text = told + "وهاجم حزب الله بعد يومين فقط إسرائيل بالصواريخ."  # no من: counted forward
    (later,) = find(run(extractor, text), "ASSAULT", "hezbollah", "israel")
    assert later.when is not None and later.when.start == "2024-09-05"
    text = (
        "نفذت القوات الأمريكية المداهمة، التي جرت ليل السبت 7 سبتمبر، في إدلب.\n\n"
        "وفي اليوم التالي للمداهمة، قصفت الولايات المتحدة مواقع لتنظيم داعش."
    )
    (next_day,) = find(run(extractor, text), "ASSAULT", "usa", "isis")
    assert next_day.when is not None and next_day.when.start == "2024-09-08"
    text = "قُتل القيادي في حزب الله مساء الثلاثاء 3 سبتمبر بغارة إسرائيلية على الضاحية.\n\nوعقب الغارة، دان لبنان إسرائيل."
    (condemned,) = find(run(extractor, text), "ACCUSE", "lebanon", "israel")
    assert condemned.when is not None and condemned.when.start == "2024-09-03"
    # an act told as going on since a day gives no day to count from
    text = "وتستمر الحرب بين إسرائيل وحماس منذ 7 أكتوبر 2023.\n\nوفي أعقاب الحرب، قصفت إسرائيل حزب الله."
    (strikes,) = find(run(extractor, text), "ASSAULT", "israel", "hezbollah")
    assert strikes.when is None


def test_an_event_inside_after_days_of_lies_before_the_sentences_date(extractor: Extractor) -> None:
    text = (
        "شنّت الولايات المتحدة الضربات على الحوثيين فجر اليوم.\n\n"
        "وتأتي الضربات بعد يومين من تبني مجلس الأمن قراراً يطالب الحوثيين بوقف الهجمات."
    )
    (request,) = find(run(extractor, text), "REQUEST", "مجلس الأمن", "houthis")
    assert request.when is not None and request.when.start == "2024-09-11"
    text = "زار وزير الخارجية السعودي دمشق في 18 أبريل، وذلك بعد أيام من زيارة وزير الخارجية السوري جدة."
    dated = {e.when.start if e.when else None for e in run(extractor, text).events}
    assert "2024-04" in dated  # some days before: the month


def test_a_phrase_whose_act_was_not_told_by_that_word_dates_from_the_date_last_told(
    extractor: Extractor,
) -> None:
    text = (
        "أعلن ترامب في 13 أغسطس التوصل إلى اتفاق بين الإمارات وإسرائيل.\n\n"
        "وفي الأسبوع التالي للإعلان، اتهمت إيران الإمارات بخيانة القضية الفلسطينية."
    )
    (accusation,) = find(run(extractor, text), "ACCUSE", "iran", "uae")
    assert accusation.when is not None and accusation.when.start == "2024-08"  # a week on: the month
    # a bare إثر (also the spelling of أثر, a trace) names an act or dates nothing
    text = "أعلن ترامب في 13 أغسطس التوصل إلى اتفاق بين الإمارات وإسرائيل.\n\nواتهمت إيران الإمارات إثر تصريحات المسؤولين."
    (accusation,) = find(run(extractor, text), "ACCUSE", "iran", "uae")
    assert accusation.when is None


def test_talks_held_over_days_are_dated_by_the_month(extractor: Extractor) -> None:
    text = "واختتمت أمس في الدوحة ثلاثة أيام من المحادثات بين الولايات المتحدة وحركة طالبان."
    (talks,) = find(run(extractor, text), "CONSULT", participants={"usa", "taliban"})
    assert talks.when is not None and talks.when.start == "2024-09"
    text = "واختتمت أمس في الدوحة المحادثات بين الولايات المتحدة وحركة طالبان."
    (talks,) = find(run(extractor, text), "CONSULT", participants={"usa", "taliban"})
    assert talks.when is not None and talks.when.start == "2024-09-12"


def test_a_date_in_a_relative_clause_after_the_trigger_dates_the_noun_it_describes(
    extractor: Extractor,
) -> None:
    text = "واتهمت إسرائيل حركة حماس بالمسؤولية عن التفجير الذي قتل ثلاثة جنود في رفح، مساء الأحد 8 سبتمبر."
    (accusation,) = find(run(extractor, text), "ACCUSE", "israel", "hamas")
    assert accusation.when is None
    text = "واتهمت إسرائيل حركة حماس بالمسؤولية عن التفجير، مساء الأحد 8 سبتمبر."
    (accusation,) = find(run(extractor, text), "ACCUSE", "israel", "hamas")
    assert accusation.when is not None and accusation.when.start == "2024-09-08"


def test_a_sentence_set_during_an_act_pointed_at_takes_its_date(extractor: Extractor) -> None:
    met = "والتقى قادة إيران وحزب الله سراً في بيروت في مارس 2022.\n\n"
    text = met + "وخلال هذا الاجتماع، تعهدت إيران بتزويد حزب الله بالصواريخ."
    (aid,) = find(run(extractor, text), "AID", "iran", "hezbollah")
    assert aid.when is not None and aid.when.start == "2022-03"
    text = met + "ورفضت إسرائيل هذا الاجتماع، واتهمت إيران بتزويد حزب الله بالصواريخ."
    assert all(e.when is None for e in find(run(extractor, text), "AID", "iran", "hezbollah"))  # its object


def test_an_act_done_again_and_again_is_dated_by_the_month_unless_its_day_is_given(
    extractor: Extractor,
) -> None:
    text = "ونقلت وسائل إعلام أمس الخميس أن إسرائيل قصفت حزب الله في الجنوب مرات عدة."
    (strikes,) = find(run(extractor, text), "ASSAULT", "israel", "hezbollah")
    assert strikes.when is not None and strikes.when.start == "2024-09"
    text = "وقصفت إسرائيل حزب الله في الجنوب مرات عدة أمس الخميس."
    (strikes,) = find(run(extractor, text), "ASSAULT", "israel", "hezbollah")
    assert strikes.when is not None and strikes.when.start == "2024-09-12"


def test_what_is_said_in_a_speech_already_told_takes_its_date(extractor: Extractor) -> None:
    lead = "قال الأمين العام لحزب الله حسن نصر الله، مساء أمس الخميس، إن المواجهة المفتوحة منذ أكتوبر 2023 مستمرة، وذلك في كلمة متلفزة.\n\n"
    (threat,) = find(
        run(extractor, lead + "وفي كلمته، هدد نصر الله إسرائيل برد قاس."),
        "THREATEN",
        "hassan_nasrallah",
        "israel",
    )
    assert threat.when is not None and threat.when.start == "2024-09-12"  # أمس, not منذ أكتوبر
    lead = "قال الأمين العام لحزب الله حسن نصر الله إن المواجهة مستمرة.\n\n"
    (threat,) = find(
        run(extractor, lead + "وفي كلمته، هدد نصر الله إسرائيل برد قاس."),
        "THREATEN",
        "hassan_nasrallah",
        "israel",
    )
    assert threat.when is None  # no speech told before


def test_every_dating_phrase_passes_the_sieve() -> None:
    from rawi.arabic import normalize
    from rawi.extract.events import DATING_SIEVE
    from rawi.lexicons import LEXICON_DIR, read_tsv

    for row in read_tsv(LEXICON_DIR / "anchored_dates.tsv", ("phrase", "days", "precision")):
        first = normalize(row.fields["phrase"]).split()[0]
        assert DATING_SIEVE.search(first), first


def test_a_statement_told_before_dates_what_it_says_else_the_lead_does(extractor: Extractor) -> None:
    text = (
        "نفت حركة حماس، أمس الخميس، أي علاقة لها بالهجوم.\n\n"
        "وجاء في بيان للحركة أن قيادتها تتابع التحقيق.\n\n"
        "وأكد البيان أن الحركة تتهم إسرائيل بتدبير الهجوم."
    )
    (accusation,) = find(run(extractor, text), "ACCUSE", "hamas", "israel")
    assert accusation.when is not None and accusation.when.start == "2024-09-12"  # the lead's أمس
    text = "نفت حركة حماس، أمس الخميس، أي علاقة لها بالهجوم.\n\nوأكد البيان أن الحركة تتهم إسرائيل بتدبير الهجوم."
    (accusation,) = find(run(extractor, text), "ACCUSE", "hamas", "israel")
    assert accusation.when is None  # no statement told before


def test_that_day_is_the_day_last_told_not_today(extractor: Extractor) -> None:
    told = "قصفت إسرائيل مواقع لحزب الله في 3 سبتمبر.\n\n"
    text = told + "وهاجم حزب الله إسرائيل بالصواريخ في ذلك اليوم."
    (answer,) = find(run(extractor, text), "ASSAULT", "hezbollah", "israel")
    assert answer.when is not None and answer.when.start == "2024-09-03"
    (condemned,) = find(run(extractor, told + "ودانت إيران إسرائيل يومها."), "ACCUSE", "iran", "israel")
    assert condemned.when is not None and condemned.when.start == "2024-09-03"


def test_the_morning_after_an_act_is_the_next_day(extractor: Extractor) -> None:
    text = (
        "قُتل القيادي في حزب الله مساء الثلاثاء 3 سبتمبر بغارة إسرائيلية على الضاحية.\n\n"
        "وغداة الغارة، هاجم حزب الله إسرائيل بالصواريخ."
    )
    (answer,) = find(run(extractor, text), "ASSAULT", "hezbollah", "israel")
    assert answer.when is not None and answer.when.start == "2024-09-04"


def test_the_date_last_told_is_the_last_written_but_in_a_relative_clause(extractor: Extractor) -> None:
    text = (
        "والتقى قادة إيران وحزب الله سراً في بيروت في 3 سبتمبر، ضمن الخطة التي أعلنت في يناير الماضي.\n\n"
        "واتفق خلالها الطرفان على تعزيز التعاون."
    )
    (accord,) = find(run(extractor, text), "AGREE", participants={"iran", "hezbollah"})
    assert accord.when is not None and accord.when.start == "2024-09-03"
    # a date told with no event of its own is still the date last told
    text = "وجاءت الضربات رداً على هجوم استهدف الجولان فجر الأحد 8 سبتمبر.\n\nوتبنّت حماس في اليوم نفسه هجمات على إسرائيل."
    (claimed,) = find(run(extractor, text), "ASSAULT", "hamas", "israel")
    assert claimed.when is not None and claimed.when.start == "2024-09-08"


def test_a_refused_cooperative_act_is_a_rejection_of_the_other_side(extractor: Extractor) -> None:
    facts = run(extractor, "وأكد المتحدث أن موقف الرياض الرافض للحوار مع الحوثيين لن يتغير.")
    assert find(facts, "REJECT", "saudi_arabia", "houthis")
    assert not [e for e in facts.events if e.type == "CONSULT"]
    facts = run(extractor, "ورفضت تركيا التطبيع مع سوريا وإيران.")
    assert find(facts, "REJECT", "turkey", "syria") and find(facts, "REJECT", "turkey", "iran")
    assert not [e for e in facts.events if e.type == "AGREE"]


def test_naming_anothers_act_with_a_disapproving_word_accuses_its_author(extractor: Extractor) -> None:
    facts = run(extractor, "ووصف الرئيس المصري عبد الفتاح السيسي الخطوة التركية بأنها «استفزاز خطير».")
    (event,) = find(facts, "ACCUSE", "abdel_fattah_el_sisi", "turkey")
    assert event.mode == "disapprove"
    facts = run(
        extractor, "وقالت وزارة الخارجية الأردنية، اليوم الأحد، إن الوجود الإيراني في سوريا يُعدّ «احتلالاً»."
    )
    accusations = [e for e in facts.events if e.type == "ACCUSE"]
    assert accusations and registry_ids(facts)[accusations[0].target or ""] == "iran"
    assert not [e for e in facts.events if e.type == "COERCE"]  # the word names, it reports nothing new


def test_naming_an_accord_with_praise_supports_its_author(extractor: Extractor) -> None:
    facts = run(extractor, "ووصفت روسيا المبادرة الصينية بأنها «إنجاز مهم».")
    assert find(facts, "SUPPORT", "russia", "china")
    facts = run(extractor, "ووصفت روسيا المبادرة الصينية بأنها «مهمة».")
    assert not find(facts, "SUPPORT", "russia", "china")


def test_an_aside_between_speaker_and_claim_keeps_the_speaker(extractor: Extractor) -> None:
    facts = run(extractor, "وقالت إيران، يوم الأحد، إن إسرائيل قصفت سوريا.")
    (event,) = find(facts, "ASSAULT", "israel", "syria")
    assert chain(facts, event) == ["iran"]


def test_a_pronoun_on_but_before_a_verb_is_its_subject_not_the_party_after(extractor: Extractor) -> None:
    facts = run(extractor, "وأكدت حماس أنها ملتزمة بالهدنة، لكنها عادت واتهمت إسرائيل بخرقها.")
    (event,) = find(facts, "ACCUSE", "hamas", "israel")
    assert chain(facts, event) == []  # its own speech act: the speaker is no further source
    facts = run(extractor, "دعت السعودية إلى التهدئة، لكنها حذرت إيران من التصعيد.")
    assert find(facts, "THREATEN", "saudi_arabia", "iran")


def test_a_states_own_government_in_its_warning_is_not_warned(extractor: Extractor) -> None:
    # «... لن يمر دون رد، والحكومة الإيرانية تحتفظ بحق الرد»: the warner's own body
    text = "وقالت طهران، محذّرةً، إن «هذا العدوان لن يمر دون رد، والحكومة الإيرانية تحتفظ بحق الرد»."
    facts = run(extractor, text)
    ids = registry_ids(facts)
    assert not [
        e for e in facts.events if e.type == "THREATEN" and ids.get(e.target or "") == "iran_government"
    ]


def test_a_threat_in_a_participle_falls_on_the_one_pressed(extractor: Extractor) -> None:
    facts = run(extractor, "وفرض الاتحاد الأوروبي عقوبات جديدة على روسيا، ملوّحاً باللجوء إلى القوة.")
    (threat,) = find(facts, "THREATEN", "eu", "russia")
    assert threat.mode == "violence"
    facts = run(extractor, "ودانت الجامعة العربية الهجوم الإسرائيلي، ومحذّرةً من أن المنطقة لا تحتمل حرباً.")
    assert not [e for e in facts.events if e.type == "THREATEN"]  # a warning of danger


def test_a_vow_of_an_answer_threatens_the_last_attacker_of_the_vower(extractor: Extractor) -> None:
    # توعدت X بالرد: no one named; the answer is to the last attack on X's side
    facts = run(extractor, "قصفت إسرائيل مواقع حزب الله في جنوب لبنان.\n\nوتوعد حزب الله بالرد.")
    (threat,) = find(facts, "THREATEN", "hezbollah", "israel")
    assert threat.mode == "violence"
    assert not [e for e in run(extractor, "وتوعد حزب الله بالرد.").events if e.type == "THREATEN"]


def test_an_act_a_threat_brandishes_is_threatened_not_done(extractor: Extractor) -> None:
    facts = run(extractor, "ولوّح الرئيس الجزائري بقطع العلاقات مع المغرب.")
    assert not [e for e in facts.events if e.type == "SANCTION"]
    threats = [e for e in facts.events if e.type == "THREATEN"]
    assert threats and {e.mode for e in threats} == {"relations"}


def test_welcoming_the_decision_supports_whoever_took_it(extractor: Extractor) -> None:
    text = (
        "قرر الاتحاد الأفريقي تعليق عضوية غينيا بعد الانقلاب.\n\n"
        "وقال المتحدث إن المشاورات ستستمر.\n\n"
        "ورحّبت نيجيريا بالقرار، فيما رفضت بوركينا فاسو القرار."
    )
    facts = run(extractor, text)
    assert find(facts, "SUPPORT", "nigeria", "african_union")
    assert find(facts, "REJECT", "burkina_faso", "african_union")
    facts = run(extractor, "ورحّبت نيجيريا بالقرار.")
    assert not [e for e in facts.events if e.type == "SUPPORT"]  # no decision reported


def test_a_promised_answer_threatens_the_author_of_what_it_answers(extractor: Extractor) -> None:
    text = (
        "وأكدت حركة حماس أن ردّها على اغتيال صالح العاروري «قادم لا محالة».\n\n"
        "وكان العاروري قد قُتل بغارة إسرائيلية على بيروت."
    )
    facts = run(extractor, text)
    (threat,) = find(facts, "THREATEN", "hamas", "israel")
    assert threat.mode == "violence" and chain(facts, threat) == []
    text = (
        "شنّت القوات البريطانية غارات على مواقع الحوثيين.\n\n"
        "وقالت لندن في بيان: «لن نتردد في اتخاذ مزيد من الإجراءات»."
    )
    assert find(run(extractor, text), "THREATEN", "uk", "houthis")
    facts = run(extractor, "شنّت القوات البريطانية غارات على مواقع الحوثيين، والرد قادم.")
    assert not [e for e in facts.events if e.type == "THREATEN"]  # nobody's words


def test_a_source_alleging_an_act_accuses_its_author(extractor: Extractor) -> None:
    facts = run(extractor, "وقالت منظمة العفو الدولية إن روسيا ارتكبت «جرائم حرب» في أوكرانيا.")
    (event,) = find(facts, "ACCUSE", "amnesty", "russia")
    assert event.mode == "allege" and chain(facts, event) == []


def test_a_participle_of_saying_ends_the_denial_before_it(extractor: Extractor) -> None:
    facts = run(extractor, "نفى حزب الله أن يكون قد هاجم إسرائيل، مؤكداً أن إسرائيل قصفت لبنان.")
    (event,) = find(facts, "ASSAULT", "israel", "lebanon")
    assert event.polarity == "asserted" and chain(facts, event) == ["hezbollah"]


def test_the_subject_of_the_sentence_goes_on_speaking_after_and(extractor: Extractor) -> None:
    facts = run(extractor, "وانتقد الرئيس الفرنسي إيمانويل ماكرون التصعيد، وقال إن روسيا قصفت أوكرانيا.")
    (event,) = find(facts, "ASSAULT", "russia", "ukraine")
    assert chain(facts, event) == ["emmanuel_macron"]


def test_the_accused_act_may_be_named_by_its_means(extractor: Extractor) -> None:
    facts = run(extractor, "واتهمت الحكومة السودانية إثيوبيا بخرق الاتفاق عبر قصف الأراضي السودانية.")
    (act,) = find(facts, "ASSAULT", "ethiopia", "sudan")
    assert act.polarity == "asserted" and chain(facts, act) == ["sudan_government"]


def test_the_forces_of_a_states_body_are_the_states_too(extractor: Extractor) -> None:
    text = "وصعّدت الولايات المتحدة لهجتها.\n\nوقالت القيادة المركزية الأمريكية إن قواتها قصفت مواقع للحوثيين."
    facts = run(extractor, text)
    (event,) = find(facts, "ASSAULT", "usa", "houthis")
    assert chain(facts, event) == ["usa_centcom"]
    assert find(facts, "ASSAULT", "usa_centcom", "houthis")


def test_a_bare_attack_noun_in_a_sources_words_is_the_reports_attack(extractor: Extractor) -> None:
    text = "شنّت إسرائيل غارات على مواقع لحركة حماس.\n\nوقال بنيامين نتنياهو إنه أمر بتنفيذ الغارات."
    facts = run(extractor, text)
    events = find(facts, "ASSAULT", "israel", "hamas")
    assert any(chain(facts, e) == ["benjamin_netanyahu"] for e in events)
    text = "شنّت إسرائيل غارات على مواقع لحركة حماس.\n\nوقال بنيامين نتنياهو إن الهجوم «نفذه حزب الله»."
    facts = run(extractor, text)
    assert not any(chain(facts, e) for e in find(facts, "ASSAULT", "israel", "hamas"))


def test_a_speech_act_is_its_speakers_own_not_a_claim_about_it(extractor: Extractor) -> None:
    facts = run(extractor, "وتبنّى مجلس الأمن الدولي قراراً يطالب إسرائيل بالانسحاب.")
    (request,) = find(facts, "REQUEST", "unsc", "israel")
    assert chain(facts, request) == []
    facts = run(extractor, "ونفت إيران تزويد الحوثيين بالأسلحة.")
    (denied,) = find(facts, "AID", "iran", "houthis")
    assert denied.polarity == "denied" and chain(facts, denied) == ["iran"]  # a denial keeps its denier


def test_an_unnamed_official_speaks_for_its_body(extractor: Extractor) -> None:
    text = "وقالت السعودية إن إيران زوّدت الحوثيين بالأسلحة، غير أن مسؤولاً رفيعاً في الحكومة الإيرانية نفى ذلك."
    facts = run(extractor, text)
    denied = [e for e in find(facts, "AID", "iran", "houthis") if e.polarity == "denied"]
    assert denied and chain(facts, denied[0]) == ["iran_government"]  # not the Saudi speaker before
    facts = run(extractor, "وقال مصدر في وزارة الخارجية المصرية إن إسرائيل قصفت لبنان.")
    (event,) = find(facts, "ASSAULT", "israel", "lebanon")
    assert chain(facts, event) == ["egypt_foreign_ministry"]


def test_a_quote_inside_an_announced_object_does_not_open_the_claim(extractor: Extractor) -> None:
    facts = run(extractor, "وأعلنت الولايات المتحدة مقتل القيادي في «حماس» صالح العاروري بغارة إسرائيلية.")
    (event,) = find(facts, "ASSAULT", "israel", "saleh_al_arouri")
    assert chain(facts, event) == ["usa"]


def test_an_announcement_noun_names_its_announcer_and_what_it_announced(extractor: Extractor) -> None:
    facts = run(
        extractor, "وذلك بعد يومين من إعلان الرئيس الأمريكي جو بايدن مقتل أيمن الظواهري بغارة أمريكية."
    )
    (event,) = find(facts, "ASSAULT", "usa", "ayman_al_zawahiri")
    assert chain(facts, event) == ["joe_biden"]
    facts = run(extractor, "وجاء إعلان جو بايدن بعد أسابيع من غارات إسرائيلية على لبنان.")
    assert facts.events and all(chain(facts, e) == [] for e in facts.events)  # no announcement


def test_a_warning_read_into_an_act_is_the_actors_hedged_threat_to_both_sides(extractor: Extractor) -> None:
    text = (
        "اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الخرطوم.\n\n"
        "ووقّع الرئيس الأمريكي جو بايدن أمراً تنفيذياً جديداً، في خطوة فُهمت على أنها تحذير للطرفين."
    )
    facts = run(extractor, text)
    threats = find(facts, "THREATEN", "joe_biden", "sudan_saf") + find(facts, "THREATEN", "joe_biden", "rsf")
    assert len(threats) == 2 and {e.polarity for e in threats} == {"hedged"}


def test_a_warning_that_one_will_be_a_target_threatens_force(extractor: Extractor) -> None:
    facts = run(
        extractor, "وقال قائد الحرس الثوري، محذّراً إسرائيل من أن سفاراتها في العالم ستكون «هدفاً مشروعاً»."
    )
    threats = [e for e in facts.events if e.type == "THREATEN"]
    assert threats and threats[0].mode == "violence"


def test_blame_for_an_attack_told_before_names_its_author(extractor: Extractor) -> None:
    # the attack is told without its author; the blame names it, the target comes from the attack
    text = (
        "قُتل عشرة مدنيين في تفجير استهدف سوقاً شعبياً في مدينة رفح يوم الاثنين. "
        "وحمّلت مصر حركة الشباب مسؤولية الهجوم. "
        "وقال الرئيس الأمريكي جو بايدن إن الهجوم نفّذته حركة الشباب. "
        "ونفت حركة حماس أي صلة لها بالتفجير."
    )
    facts = run(extractor, text)
    accused = find(facts, "ASSAULT", "al_shabaab", "rafah")
    assert {tuple(chain(facts, e)) for e in accused} >= {("egypt",), ("joe_biden",)}
    assert all(e.polarity == "asserted" and e.mode == "explosives" for e in accused)
    (denied,) = find(facts, "ASSAULT", "hamas", "rafah")
    assert denied.polarity == "denied" and chain(facts, denied) == ["hamas"]


def test_an_attack_bearing_hallmarks_is_a_hedged_blame(extractor: Extractor) -> None:
    text = (
        "استهدف هجوم بطائرة مسيّرة قاعدة عسكرية أمريكية في سوريا. "
        "وقالت وزارة الدفاع الأمريكية إن الهجوم يحمل بصمات حزب الله، فيما نفى المتحدث باسم "
        "الخارجية الإيرانية ناصر كنعاني أي صلة لبلاده بالهجوم."
    )
    facts = run(extractor, text)
    (hedged,) = find(facts, "ASSAULT", "hezbollah", "usa")
    assert hedged.polarity == "hedged" and chain(facts, hedged) == ["usa_pentagon"]
    (denied,) = find(facts, "ASSAULT", "iran", "usa")
    assert denied.polarity == "denied" and denied.mode == "drone"
    assert chain(facts, denied) == ["nasser_kanaani"]


def test_responsibility_for_no_attack_blames_no_attack(extractor: Extractor) -> None:
    text = "قصفت إسرائيل مدينة رفح. وحمّلت مصر الولايات المتحدة المسؤولية عن تدهور الأوضاع الإنسانية."
    facts = run(extractor, text)
    assert not find(facts, "ASSAULT", "usa", "rafah")
    text = "قصف مجهولون مدينة رفح. وحمّلت مصر الولايات المتحدة مسؤولية تدهور الأوضاع الإنسانية."
    assert not find(run(extractor, text), "ASSAULT", "usa", "rafah")
    text = "استهدف هجوم مدينة رفح. وحمّلت مصر المسؤولية للولايات المتحدة."
    assert find(run(extractor, text), "ASSAULT", "usa", "rafah")


def test_dawn_before_a_date_and_an_accusative_adjective_name_no_attacker(extractor: Extractor) -> None:
    # فجر الأحد is "at dawn on Sunday"; موقعاً عسكرياً أمريكياً is the object, not the subject
    facts = run(extractor, "استهدف هجوم بطائرة مسيّرة فجر الأحد موقعاً عسكرياً أمريكياً في شمال الأردن.")
    ids = registry_ids(facts)
    assert not [e for e in facts.events if e.type == "ASSAULT" and ids.get(e.source or "") == "usa"]
    assert not [e for e in facts.events if e.mode == "explosives"]
    assert "usa" in ids.values()  # the accusative adjective is still read as the state


def test_a_noun_written_with_alif_maqsura_is_no_verb_with_a_pronoun(extractor: Extractor) -> None:
    # قتلى (the dead) is not قتل + ي (killed me); a time anaphor finds the attack told before
    text = (
        "استهدف هجوم بطائرة مسيّرة يوم 3 مارس 2024 قاعدة عسكرية أمريكية في الأردن، في أول هجوم يوقع قتلى "
        "بين القوات الأمريكية. وتبنّت حركة حماس في اليوم نفسه هجمات على قواعد أمريكية."
    )
    facts = run(extractor, text)
    ids = registry_ids(facts)
    assert not [e for e in facts.events if e.trigger and e.trigger.text == "قتلى"]
    (claimed,) = find(facts, "ASSAULT", "hamas", "usa")
    assert claimed.when is not None and claimed.when.start == "2024-03-03"
    assert "hamas" in ids.values()


def test_parties_joined_by_and_across_a_closing_quote_mark(extractor: Extractor) -> None:
    facts = run(extractor, "وشنّت «قسد» والقوات الأمريكية هجوماً على مواقع تنظيم «داعش» في ريف دير الزور.")
    ids = registry_ids(facts)
    sources = {
        ids[e.source or ""] for e in facts.events if e.type == "ASSAULT" and ids.get(e.target or "") == "isis"
    }
    assert len(sources) == 2 and "sdf" in sources


def test_an_aggression_on_ones_own_sovereignty_is_not_ones_own_act(extractor: Extractor) -> None:
    facts = run(extractor, "ودانت الحكومة العراقية القصف، معتبرة أنه اعتداء سافر على السيادة العراقية.")
    ids = registry_ids(facts)
    assert not [e for e in facts.events if e.type == "ASSAULT" and ids.get(e.target or "") == "iraq"]


def test_a_city_attacked_is_the_target_of_the_attack(extractor: Extractor) -> None:
    facts = run(extractor, "وتصدّت الفصائل للهجوم الذي شنّته قوات حفتر على مدينة طرابلس الشهر الماضي.")
    assert find(facts, "ASSAULT", "lna", "tripoli_lebanon") or find(facts, "ASSAULT", "lna", "tripoli_libya")
    # a place the attack happened in is still no target; a town it struck is
    facts = run(extractor, "قصفت إسرائيل مواقع في مدينة رفح.")
    assert not find(facts, "ASSAULT", "israel", "rafah")
    assert find(run(extractor, "قصفت إسرائيل مدينة رفح."), "ASSAULT", "israel", "rafah")


def test_the_forces_of_a_states_organ_are_that_states(extractor: Extractor) -> None:
    facts = run(extractor, "وقالت القيادة المركزية الأمريكية إن قواتها قصفت مواقع لحركة الشباب في الصومال.")
    (event,) = find(facts, "ASSAULT", "usa", "al_shabaab")
    assert chain(facts, event) == ["usa_centcom"]
    assert find(facts, "ASSAULT", "usa_centcom", "al_shabaab")
    # an armed group's fighters are the group's, not its country's
    facts = run(extractor, "وقال حزب الله إن مقاتليه قصفوا مواقع للجيش الإسرائيلي.")
    assert not find(facts, "ASSAULT", "lebanon", "israel")


def test_forces_of_the_speaker_before_the_verb_are_its_subject(extractor: Extractor) -> None:
    # قواتها «قصفت مواقع X»: the party after the verb is struck, not the striker (VSO)
    facts = run(extractor, "وأعلنت حركة الشباب أن مقاتليها «هاجموا مواقع الجيش الصومالي» قرب مقديشو.")
    assert find(facts, "ASSAULT", "al_shabaab", "somalia_sna")
    assert not find(facts, "ASSAULT", "somalia_sna", "al_shabaab")


def test_a_subject_in_quote_marks_before_an_apposition_claims_its_attack(extractor: Extractor) -> None:
    text = "وكانت «حركة الشباب»، وهي من أخطر الجماعات المسلحة، قد تبنّت هجمات على قواعد أمريكية."
    facts = run(extractor, text)
    (event,) = find(facts, "ASSAULT", "al_shabaab", "usa")
    assert chain(facts, event) == ["al_shabaab"]


def test_an_attack_on_the_members_of_a_party_is_on_that_party(extractor: Extractor) -> None:
    text = "وقالت حركة حماس إنها ستردّ على غارة إسرائيلية أسفرت عن مقتل ثلاثة من مقاتليها في رفح."
    facts = run(extractor, text)
    (event,) = find(facts, "ASSAULT", "israel", "hamas")
    assert event.mode == "aerial"
    facts = run(extractor, "وقالت حركة حماس إن غارة إسرائيلية أسفرت عن مقتل ثلاثة أطفال في رفح.")
    assert not find(facts, "ASSAULT", "israel", "hamas")


def test_an_act_accused_of_as_done_again_and_again_is_dated_by_the_accusations_month(
    extractor: Extractor,
) -> None:
    text = "واتهم الجيش السوداني، أمس الخميس، قوات الدعم السريع بخرق الهدنة «مرات عدة» عبر قصف المدنيين."
    dated = {
        e.when.start if e.when else None for e in find(run(extractor, text), "ASSAULT", "rsf", "civilians")
    }
    assert dated == {"2024-09"}
    text = "واتهم الجيش السوداني أمس قوات الدعم السريع بقصف المدنيين."
    dated = {
        e.when.start if e.when else None for e in find(run(extractor, text), "ASSAULT", "rsf", "civilians")
    }
    assert dated == {None}


def test_a_warning_against_any_attack_on_a_party_threatens_its_threatener(extractor: Extractor) -> None:
    text = (
        "هدّدت الولايات المتحدة إيران بضربة عسكرية.\n\n"
        "وحذّرت روسيا والصين من أن أي هجوم على إيران سيشعل حرباً في المنطقة."
    )
    facts = run(extractor, text)
    (russia,) = find(facts, "THREATEN", "russia", "usa")
    assert russia.mode == "violence" and find(facts, "THREATEN", "china", "usa")
    facts = run(extractor, "وحذّرت روسيا والصين من أن أي هجوم على إيران سيشعل حرباً في المنطقة.")
    assert not [e for e in facts.events if e.type == "THREATEN"]  # nobody pressed Iran before


def test_a_promised_answer_is_to_the_attack_its_speaker_blamed(extractor: Extractor) -> None:
    text = (
        "استهدف هجوم بطائرة مسيّرة قاعدة أمريكية في الصومال.\n\n"
        "وقال الرئيس الأمريكي جو بايدن: «ردّنا آتٍ».\n\n"
        "وكان بايدن قد حمّل حركة الشباب مسؤولية الهجوم."
    )
    (threat,) = find(run(extractor, text), "THREATEN", "joe_biden", "al_shabaab")
    assert threat.mode == "violence"


def test_a_sentence_opening_with_a_verb_that_is_also_a_noun_reads_the_verb(extractor: Extractor) -> None:
    facts = run(extractor, "ورفض الكرملين الاتهامات الأوكرانية.")
    assert find(facts, "REJECT", "russia", "ukraine") and not find(facts, "REJECT", "ukraine", "russia")
    facts = run(extractor, "وقصف الجيش الإسرائيلي مواقع حزب الله في الجنوب.")
    assert find(facts, "ASSAULT", "israel_idf", "hezbollah")
    facts = run(extractor, "قصف إسرائيلي على حزب الله في الجنوب.")  # a noun and its adjective
    assert find(facts, "ASSAULT", "israel", "hezbollah")


def test_a_verbal_noun_with_a_pronoun_after_a_preposition_is_a_noun(extractor: Extractor) -> None:
    facts = run(extractor, "وأعربت السعودية عن إدانتها الشديدة للهجوم الإسرائيلي على لبنان.")
    (event,) = find(facts, "ACCUSE", "saudi_arabia", "israel")
    assert event.mode == "disapprove"


def test_a_document_reacted_to_makes_its_author_the_one_reacted_to(extractor: Extractor) -> None:
    facts = run(extractor, "ورحبت مصر بقرار مجلس الأمن الدولي الداعي إلى وقف إطلاق النار.")
    (event,) = find(facts, "SUPPORT", "egypt", "unsc")
    assert chain(facts, event) == []  # the council does not say that Egypt welcomed it
    facts = run(extractor, "ورفضت إسرائيل بيان الجامعة العربية.")
    assert find(facts, "REJECT", "israel", "arab_league")


def test_sources_quoting_unnamed_officials_of_a_state_name_that_state(extractor: Extractor) -> None:
    facts = run(extractor, "ونقلت وكالة رويترز عن مصادر أمنية عراقية قولها إن إيران زودت الحوثيين بصواريخ.")
    (event,) = find(facts, "AID", "iran", "houthis")
    assert chain(facts, event) == ["reuters", "iraq"]


def test_revenge_for_an_act_threatens_its_author_not_the_avenged(extractor: Extractor) -> None:
    text = "وكان العاروري قد قُتل بغارة إسرائيلية على بيروت. وتوعدت حركة حماس بالثأر لاغتيال صالح العاروري."
    facts = run(extractor, text)
    assert find(facts, "THREATEN", "hamas", "israel")
    assert not find(facts, "THREATEN", "hamas", "saleh_al_arouri")
    assert not find(facts, "ASSAULT", "hamas", "saleh_al_arouri")  # the avenged act is another's
    facts = run(extractor, "وتعهد الحرس الثوري الإيراني بالانتقام من إسرائيل لمقتل قادته.")
    (threat,) = find(facts, "THREATEN", "irgc", "israel")
    assert threat.mode == "violence"


def test_an_act_that_will_not_pass_unanswered_threatens_its_author(extractor: Extractor) -> None:
    text = "وكان شكر قد قُتل بغارة إسرائيلية. وأكد حزب الله أن اغتيال فؤاد شكر «لن يمر دون عقاب»."
    (threat,) = find(run(extractor, text), "THREATEN", "hezbollah", "israel")
    assert threat.mode == "violence"
    text = "شنّت إسرائيل غارات على حزب الله. وأكد حزب الله أن ما جرى «لن يمر دون رد»."
    assert not [e for e in run(extractor, text).events if e.type == "THREATEN"]  # nothing named


def test_a_negation_joined_by_and_still_negates(extractor: Extractor) -> None:
    facts = run(extractor, "ولم تدن الصين الهجوم الروسي على أوكرانيا.")
    (event,) = find(facts, "ACCUSE", "china", "russia")
    assert event.polarity == "denied"
    facts = run(extractor, "وقالت الولايات المتحدة إنها لن تطبّع علاقاتها مع سوريا ولن تتعاون مع إيران.")
    assert find(facts, "REJECT", "usa", "syria") and find(facts, "REJECT", "usa", "iran")


def test_words_said_to_a_channel_are_the_speakers(extractor: Extractor) -> None:
    facts = run(extractor, "وقال وزير الخارجية القطري في تصريح لقناة الجزيرة إن إسرائيل قصفت لبنان.")
    (event,) = find(facts, "ASSAULT", "israel", "lebanon")
    assert chain(facts, event) == ["qatar_foreign_ministry"]


def test_an_adjective_after_a_preposition_and_its_noun_names_a_party_not_a_place(
    extractor: Extractor,
) -> None:
    facts = run(extractor, "وشككت موسكو في الرواية الأمريكية.")
    assert find(facts, "REJECT", "russia", "usa")


def test_a_verbal_noun_with_la_and_a_pronoun_after_its_genitive(extractor: Extractor) -> None:
    text = "ونفت روسيا صحة التقارير التي تحدثت عن تزويد إيران لها بصواريخ باليستية."
    (event,) = find(run(extractor, text), "AID", "iran", "russia")
    assert event.polarity == "denied"


def test_welcoming_an_accord_between_sides_supports_both(extractor: Extractor) -> None:
    facts = run(extractor, "ورحب الأمين العام للأمم المتحدة بالاتفاق بين السعودية وإيران.")
    assert find(facts, "SUPPORT", "un", "saudi_arabia") and find(facts, "SUPPORT", "un", "iran")


def test_an_attack_ascribed_to_a_party_and_a_claim_of_responsibility(extractor: Extractor) -> None:
    text = (
        "استهدف قصف مدفعي مدينة رفح يوم الأحد. ونسبت مصادر محلية القصف إلى الجيش الإسرائيلي. "
        "وأعلنت حركة حماس مسؤوليتها عن الهجوم على قاعدة عسكرية إسرائيلية."
    )
    facts = run(extractor, text)
    (ascribed,) = find(facts, "ASSAULT", "israel_idf", "rafah")
    assert ascribed.polarity == "hedged" and ascribed.attribution == []
    claimed = find(facts, "ASSAULT", "hamas", "israel")
    assert claimed and all(e.polarity == "asserted" for e in claimed)
    assert any(chain(facts, e) == ["hamas"] for e in claimed)


def test_an_attack_on_someones_house_is_not_on_the_town_it_stands_in(extractor: Extractor) -> None:
    # منزله: the target is the house's owner (told elsewhere), not the town after it
    text = "قُتل تاجر بارز في غارة جوية استهدفت منزله في مدينة رفح، ونسبت مصادر محلية الغارة إلى الجيش الإسرائيلي."
    facts = run(extractor, text)
    assert not find(facts, "ASSAULT", "israel_idf", "rafah")
    text = "وقع انفجار في غارة جوية استهدفت مدينة رفح، ونسبت مصادر محلية الغارة إلى الجيش الإسرائيلي."
    assert find(run(extractor, text), "ASSAULT", "israel_idf", "rafah")


def test_our_forces_in_a_spokesmans_words_are_the_state_his_title_names(extractor: Extractor) -> None:
    text = (
        "وقال المتحدث باسم الحكومة العراقية محمد الفلاحي إن عدداً من الطائرات الأمريكية قصفت مواقع لقواتنا "
        "في غرب البلاد."
    )
    facts = run(extractor, text)
    (event,) = find(facts, "ASSAULT", "usa", "iraq")
    assert event.polarity == "asserted" and event.attribution


def test_the_subject_of_a_verb_stays_its_agent_when_a_participle_of_saying_follows(
    extractor: Extractor,
) -> None:
    # مؤكداً أن: the sentence's subject speaks on; it still threatens with the verb before
    text = "توعّد الرئيس التركي رجب طيب أردوغان اليونان بـ«ثمن باهظ»، مؤكداً أن بلاده لن تتراجع عن حقوقها."
    facts = run(extractor, text)
    assert find(facts, "THREATEN", "recep_tayyip_erdogan", "greece")


def test_a_relative_clause_on_a_thing_names_no_attacker(extractor: Extractor) -> None:
    facts = run(extractor, "ردّت إيران على الغارة التي دمّرت مبنى القنصلية الإيرانية في دمشق.")
    assert not [e for e in facts.events if e.type == "ASSAULT"]
    facts = run(extractor, "وأعلن الجيش أن حزب الله، الذي قصف مواقع إسرائيلية، سيدفع الثمن.")
    assert find(facts, "ASSAULT", "hezbollah", "israel")


def test_a_verb_read_only_in_its_phrases(extractor: Extractor) -> None:
    # قطع بحرية are naval vessels; قطعت علاقاتها is cutting ties
    facts = run(extractor, "وشنّ الطيران الإسرائيلي غارات على قواعد ومستودعات وقطع بحرية تابعة للجيش السوري.")
    assert not [e for e in facts.events if e.type == "SANCTION"]
    assert find(facts, "ASSAULT", "israel_air_force", "syrian_army") or [
        e for e in facts.events if e.type == "ASSAULT"
    ]
    facts = run(extractor, "وكانت الرياض قد قطعت علاقاتها الدبلوماسية مع طهران.")
    assert find(facts, "SANCTION", "saudi_arabia", "iran")


def test_a_passive_with_a_pronoun_takes_no_earlier_subject_for_its_patient(extractor: Extractor) -> None:
    text = (
        "وشنّت حركة حماس هجوماً على مواقع إسرائيلية، وكتب نتنياهو أن «القائد الميداني» للحركة "
        "قُضي عليه على يد الجيش الإسرائيلي."
    )
    facts = run(extractor, text)
    assert not find(facts, "ASSAULT", "israel_idf", "hamas")


def test_a_weapon_fired_by_a_party_names_the_author_of_the_attack_told(extractor: Extractor) -> None:
    text = (
        "أودى هجوم صاروخي بحياة عشرة أشخاص في مدينة رفح. وقال الرئيس الأمريكي جو بايدن إن كل "
        "المؤشرات تدل على أن الصاروخ أُطلق من جانب حركة حماس."
    )
    facts = run(extractor, text)
    (event,) = find(facts, "ASSAULT", "hamas", "rafah")
    assert event.polarity == "hedged" and chain(facts, event) == ["joe_biden"]


def test_accused_of_standing_behind_an_attack_on_a_town_not_a_sea(extractor: Extractor) -> None:
    facts = run(extractor, "استهدف هجوم مدينة رفح. واتهمت مصر حركة حماس بالوقوف وراء الهجوم.")
    (event,) = find(facts, "ASSAULT", "hamas", "rafah")
    assert chain(facts, event) == ["egypt"] and event.polarity == "asserted"
    facts = run(extractor, "استُهدفت ناقلتا نفط في خليج عمان. واتهمت واشنطن طهران بالوقوف وراء الهجوم.")
    assert not [e for e in facts.events if e.type == "ASSAULT"]


def test_a_group_claiming_the_attack_told_before(extractor: Extractor) -> None:
    text = "استهدف هجوم بطائرة مسيّرة قاعدة أمريكية في سوريا. وتبنّت حركة حماس الهجوم في بيان."
    facts = run(extractor, text)
    (event,) = find(facts, "ASSAULT", "hamas", "usa")
    assert chain(facts, event) == ["hamas"] and event.mode == "drone"


def test_the_base_qualified_by_an_adjective_is_no_group(extractor: Extractor) -> None:
    facts = run(extractor, "وتبنّت حركة حماس الهجوم على القاعدة الأمريكية في سوريا.")
    ids = registry_ids(facts)
    assert "alqaeda" not in ids.values() and find(facts, "ASSAULT", "hamas", "usa")
    facts = run(extractor, "وقال التقرير إن تنظيم القاعدة موّل الهجمات.")
    assert "alqaeda" in registry_ids(facts).values()


def test_a_verb_marked_feminine_takes_no_masculine_subject_after_it(extractor: Extractor) -> None:
    # واتهمت الجيش: "accused the army" — the army is the object, the subject the one before
    text = "من جهتها، نفت حماس في بيان أن تكون قد خرقت الهدنة، واتهمت الجيش الإسرائيلي بقصف مدينة رفح."
    facts = run(extractor, text)
    assert not find(facts, "ACCUSE", "israel_idf", "rafah")
    assert find(facts, "ACCUSE", "hamas", "israel_idf")


def test_parties_accused_together_each_did_the_act(extractor: Extractor) -> None:
    # X ومقاتلي Y: و with the members of the next party coordinates the two
    text = "اتهمت منظمة العفو الدولية الجيش السوداني ومقاتلي قوات الدعم السريع بقتل المدنيين."
    facts = run(extractor, text)
    assert find(facts, "ACCUSE", "amnesty", "sudan_saf") and find(facts, "ACCUSE", "amnesty", "rsf")
    for agent in ("sudan_saf", "rsf"):
        (act,) = find(facts, "ASSAULT", agent, "civilians")
        assert chain(facts, act) == ["amnesty"]


def test_a_participle_of_the_first_form_makes_a_speech_act(extractor: Extractor) -> None:
    # داعياً إثيوبيا إلى: the speaker asks (REQUEST), as مطالباً already did
    text = "وقال وزير الخارجية المصري بدر عبد العاطي إن بلاده ترفض ذلك، داعياً إثيوبيا إلى التوقيع على اتفاق."
    facts = run(extractor, text)
    assert find(facts, "REQUEST", "badr_abdelatty", "ethiopia")
    assert not [e for e in facts.events if e.type == "ACCUSE"]  # not ادّعى (يدّعي), which looks alike


def test_a_threat_outright_after_an_accusation_falls_on_the_accused(extractor: Extractor) -> None:
    text = "واتهم رئيس الوزراء الإسرائيلي بنيامين نتنياهو حركة حماس بانتهاك الاتفاق، مهدداً باستئناف الحرب."
    facts = run(extractor, text)
    assert find(facts, "THREATEN", "benjamin_netanyahu", "hamas")
    # a warning of danger after a condemnation threatens no one
    text = "ودان الرئيس الإيراني مسعود بزشكيان الغارة على دمشق، محذراً من أن المنطقة لا تحتمل التصعيد."
    assert not [e for e in run(extractor, text).events if e.type == "THREATEN"]


def test_a_call_in_a_participle_after_a_condemnation_asks_the_condemned(extractor: Extractor) -> None:
    text = "ودان الاتحاد الأوروبي الهجوم الروسي، داعياً إلى الوقف الفوري لهذه الأعمال."
    (request,) = find(run(extractor, text), "REQUEST", "eu", "russia")
    assert request.mode == "yield"
    text = "واتهمت أوكرانيا روسيا بقصف محطة الطاقة، مطالبة المجتمع الدولي بمعاقبتها."
    assert not find(run(extractor, text), "REQUEST", "ukraine", "russia")  # it names whom it asks


def test_standing_by_and_political_backing_are_support(extractor: Extractor) -> None:
    assert find(
        run(extractor, "وأكدت السعودية وقوفها إلى جانب مصر في مواجهة الإرهاب."),
        "SUPPORT",
        "saudi_arabia",
        "egypt",
    )
    facts = run(extractor, "وأعلنت ألمانيا دعمها السياسي الكامل لأوكرانيا.")
    assert find(facts, "SUPPORT", "germany", "ukraine") and not find(facts, "AID", "germany", "ukraine")


def test_charges_brought_by_a_named_party_are_an_accusation(extractor: Extractor) -> None:
    facts = run(extractor, "ووجّهت الولايات المتحدة اتهامات لإيران بتزويد الحوثيين بالصواريخ.")
    assert find(facts, "ACCUSE", "usa", "iran")
    (act,) = find(facts, "AID", "iran", "houthis")
    assert act.polarity == "asserted" and chain(facts, act) == ["usa"]
    assert not find(facts, "AID", "usa", "houthis")


def test_an_accusation_by_no_one_named_is_a_hedged_act(extractor: Extractor) -> None:
    facts = run(extractor, "واتُّهمت إيران مراراً بتزويد الحوثيين بالصواريخ.")
    (act,) = find(facts, "AID", "iran", "houthis")
    assert act.polarity == "hedged" and chain(facts, act) == []
    assert not [e for e in facts.events if e.type == "ACCUSE"]


def test_one_who_will_answer_threatens_the_one_who_struck_it(extractor: Extractor) -> None:
    text = "شنّت إسرائيل غارات على مواقع لحزب الله.\n\nوأكد حزب الله أنه سيرد بقوة."
    (threat,) = find(run(extractor, text), "THREATEN", "hezbollah", "israel")
    assert threat.mode == "violence"


def test_an_accord_cancelled_is_no_accord_reached(extractor: Extractor) -> None:
    facts = run(extractor, "وألغت النيجر في 3 أغسطس اتفاقات التعاون العسكري الموقعة مع فرنسا.")
    assert not [e for e in facts.events if e.type in ("AGREE", "COOPERATE")]
    assert find(facts, "SANCTION", "niger", "france")


def test_what_a_pronoun_describes_is_the_act_just_reacted_to(extractor: Extractor) -> None:
    facts = run(extractor, "وتوعّدت إيران إسرائيل برد قاس على ما وصفته بـ«العدوان».")
    accusations = find(facts, "ACCUSE", "iran", "israel")
    assert accusations and accusations[0].mode == "disapprove"


def test_the_pronoun_in_yakun_is_the_subject_of_the_denied_verb(extractor: Extractor) -> None:
    (event,) = find(run(extractor, "ونفت قطر أن تكون قد هددت السعودية."), "THREATEN", "qatar", "saudi_arabia")
    assert event.polarity == "denied"
    (aid,) = find(run(extractor, "ونفت إيران أن تكون زودت الحوثيين بالأسلحة."), "AID", "iran", "houthis")
    assert aid.polarity == "denied" and not find(
        run(extractor, "ونفت قطر أن تكون قد هددت السعودية."), "THREATEN", "saudi_arabia", "qatar"
    )


def test_a_demand_for_a_withdrawal_asks_to_yield(extractor: Extractor) -> None:
    facts = run(extractor, "وطالبت الجامعة العربية بانسحاب القوات الإسرائيلية من الجولان.")
    requests = [e for e in facts.events if e.type == "REQUEST"]
    assert requests and requests[0].mode == "yield"


def test_what_came_later_told_aside_is_not_where_the_story_stands(extractor: Extractor) -> None:
    text = "قصفت إسرائيل حزب الله يوم 3 سبتمبر، قبل أن تقصف إيران في 10 سبتمبر.\n\nوفي اليوم التالي، هاجم حزب الله إسرائيل."
    (answer,) = find(run(extractor, text), "ASSAULT", "hezbollah", "israel")
    assert answer.when is not None and answer.when.start == "2024-09-04"  # the day after the 3rd


def test_a_dismissal_from_office_is_coercion(extractor: Extractor) -> None:
    text = "أصدر الرئيس السوري بشار الأسد مرسوماً بإعفاء وزير الخارجية السوري فيصل المقداد من منصبه."
    facts = run(extractor, text)
    ids = registry_ids(facts)
    events = [e for e in facts.events if e.type == "COERCE" and ids.get(e.source or "") == "bashar_al_assad"]
    assert events


def test_an_answer_threatens_those_the_speaker_blames_for_attacking_it(extractor: Extractor) -> None:
    text = (
        "قصفت الطائرات الأمريكية مواقع للجيش السوري. وقال الرئيس الأمريكي جو بايدن: «ردّنا بدأ اليوم». "
        "وكان هجوم بطائرة مسيّرة قد استهدف قاعدة أمريكية في الأردن، وحمّل بايدن المسؤولية لحركة حماس."
    )
    facts = run(extractor, text)
    assert find(facts, "THREATEN", "joe_biden", "hamas")
    assert not find(facts, "THREATEN", "joe_biden", "syria")


def test_a_party_said_to_stand_behind_the_attack_told(extractor: Extractor) -> None:
    text = "استهدف هجوم مدينة رفح. وقال الرئيس الأمريكي جو بايدن إن حركة حماس تقف وراء الهجوم."
    facts = run(extractor, text)
    (event,) = find(facts, "ASSAULT", "hamas", "rafah")
    assert chain(facts, event) == ["joe_biden"] and event.polarity == "asserted"


def test_a_denied_link_to_the_incident_told(extractor: Extractor) -> None:
    facts = run(extractor, "استهدف هجوم مدينة رفح. ونفت حركة حماس أي صلة لها بالحادث.")
    (event,) = find(facts, "ASSAULT", "hamas", "rafah")
    assert event.polarity == "denied" and chain(facts, event) == ["hamas"]


def test_the_subject_after_an_attack_verb_is_not_what_it_struck(extractor: Extractor) -> None:
    facts = run(extractor, "قصفت إسرائيل مدينة رفح. ونفت حركة حماس أي صلة لها بالحادث.")
    assert not find(facts, "ASSAULT", "hamas", "israel")


def test_an_adjective_of_blame_in_an_evaluation_accuses(extractor: Extractor) -> None:
    facts = run(extractor, "ووصفت الخارجية الروسية الخطوة الأمريكية بأنها «استفزازية».")
    accusations = [e for e in facts.events if e.type == "ACCUSE"]
    assert accusations and registry_ids(facts)[accusations[0].target or ""] == "usa"


def test_gunmen_from_a_party_act_for_it(extractor: Extractor) -> None:
    # مسلحون من حركة الشباب: the party takes the place of its members, as of its delegation
    facts = run(extractor, "هاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي.")
    assert find(facts, "ASSAULT", "al_shabaab", "somalia_sna")


def test_the_outcome_of_an_attack_is_the_attackers_and_accused_with_it(extractor: Extractor) -> None:
    # ما أدى إلى مقتل مدنيين: the killed are the attack's victims, on the accuser's word
    facts = run(
        extractor,
        "واتهم الجيش السوداني قوات الدعم السريع بقصف مخيم للنازحين قرب الفاشر، ما أدى إلى مقتل عشرة مدنيين.",
    )
    (killing,) = find(facts, "ASSAULT", "rsf", "civilians")
    assert chain(facts, killing) == ["sudan_saf"] and killing.polarity == "asserted"
    assert not find(facts, "ASSAULT", "sudan_saf", "civilians")  # the accuser killed no one
    facts = run(extractor, "قصفت القوات الروسية ثلاث بلدات في ريف إدلب، مما أسفر عن مقتل سبعة مدنيين.")
    assert find(facts, "ASSAULT", "russia_armed_forces", "civilians")


def test_an_agent_named_after_a_date_set_off_by_commas(extractor: Extractor) -> None:
    facts = run(
        extractor, "قُتل عشرة مدنيين، مساء الأحد، في هجوم نفّذه مسلحون من «حركة الشباب» على قرية قرب مقديشو."
    )
    (event,) = find(facts, "ASSAULT", "al_shabaab", "civilians")
    assert event.polarity == "asserted"


def test_arrival_of_a_delegation_or_official_is_a_visit_but_not_of_forces(extractor: Extractor) -> None:
    # برئاسة X: the head of the delegation is part of its noun phrase, not the one visited
    facts = run(extractor, "وصل وفد من حركة حماس برئاسة خليل الحية إلى القاهرة مساء أمس لإجراء محادثات.")
    (visit,) = find(facts, "CONSULT", "hamas", "egypt")
    assert visit.mode == "visit"
    assert not find(facts, "CONSULT", "hamas", "khalil_al_hayya")
    facts = run(extractor, "يصل وزير الخارجية التركي إلى طهران في زيارة رسمية تستغرق يومين.")
    assert [e.mode for e in facts.events if e.type == "CONSULT"] == ["visit"]
    for text in ("وصلت قوات أمريكية إلى سوريا أمس.", "وصلت قوات الدعم السريع إلى الخرطوم فجر اليوم."):
        assert not [e for e in run(extractor, text).events if e.type == "CONSULT"], text


def test_a_preposition_before_a_title_governs_the_person_named(extractor: Extractor) -> None:
    # عقوبات على قائد فيلق القدس X: the sanctions are on X, the title is his noun phrase
    facts = run(extractor, "وفرضت بريطانيا الشهر الماضي عقوبات جديدة على قائد فيلق القدس إسماعيل قاآني.")
    assert find(facts, "SANCTION", "uk", "esmail_qaani")


def test_a_member_in_a_party_stands_for_it(extractor: Extractor) -> None:
    # مقتل قيادي في حركة حماس: the strike is on Hamas, and في names no place
    facts = run(
        extractor,
        "شنّت طائرة إسرائيلية غارة على شقة في مدينة صيدا، ما أسفر عن مقتل قيادي في حركة حماس.",
    )
    assert find(facts, "ASSAULT", "israel", "hamas")


def test_a_relative_clause_has_for_subject_the_party_it_follows(extractor: Extractor) -> None:
    # من حزب الله، الذي يتهم إسرائيل: whatever governs the party, it is the verb's subject
    facts = run(extractor, "ولم يصدر أي تعليق من حركة حماس، التي تتهم إسرائيل بعرقلة المفاوضات منذ أشهر.")
    assert find(facts, "ACCUSE", "hamas", "israel")
    assert not find(facts, "ACCUSE", "israel", "hamas")


def test_a_state_after_a_masculine_verb_is_its_object(extractor: Extractor) -> None:
    # وطالب الولايات المتحدة: a state's name is feminine, so the masculine verb's subject is
    # the one before (the president), and the state is the one called on
    facts = run(
        extractor,
        "واستنكر الرئيس العراقي عبد اللطيف رشيد القصف التركي، وطالب فرنسا وألمانيا بالضغط على أنقرة.",
    )
    assert find(facts, "REQUEST", "abdul_latif_rashid", "france")
    assert not find(facts, "REQUEST", "france", "germany")


def test_condemning_the_sanctions_accuses_who_imposed_them(extractor: Extractor) -> None:
    text = (
        "فرض الاتحاد الأوروبي عقوبات جديدة على روسيا بسبب الحرب في أوكرانيا.\n\n"
        "ودانت وزارة الخارجية الروسية العقوبات، ووصفتها بأنها غير قانونية."
    )
    facts = run(extractor, text)
    assert find(facts, "SANCTION", "eu", "russia")
    accusations = [e for e in facts.events if e.type == "ACCUSE"]
    assert [(registry_ids(facts)[e.target or ""], e.mode) for e in accusations] == [("eu", "disapprove")]


def test_what_is_rejected_or_accepted_names_its_author_in_a_relative_clause(extractor: Extractor) -> None:
    facts = run(extractor, "رفضت إسرائيل مقترح وقف إطلاق النار الذي قدمته مصر.")
    assert find(facts, "REJECT", "israel", "egypt")
    facts = run(extractor, "ووافقت حركة حماس على الخطة التي طرحتها قطر لتبادل الأسرى.")
    assert find(facts, "AGREE", "hamas", "qatar")


def test_a_place_between_subject_and_object_of_a_meeting(extractor: Extractor) -> None:
    facts = run(extractor, "واستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة رئيس الوزراء القطري.")
    assert find(facts, "CONSULT", participants={"abdel_fattah_el_sisi", "qatar"})


def test_joint_exercises_with_words_between(extractor: Extractor) -> None:
    facts = run(extractor, "وتجري مصر والسعودية تدريبات عسكرية مشتركة في البحر الأحمر.")
    assert find(facts, "COOPERATE", participants={"egypt", "saudi_arabia"})


def test_a_perfect_verb_beginning_with_seen_is_no_future(extractor: Extractor) -> None:
    # وسلّمت is the verb سلّم, not سـ + a verb: told as done
    (event,) = find(
        run(extractor, "وسلّمت الولايات المتحدة إسرائيل قنابل خارقة للتحصينات."), "AID", "usa", "israel"
    )
    assert event.modality is None
    (event,) = find(
        run(extractor, "وستسلّم الولايات المتحدة إسرائيل قنابل خارقة للتحصينات."), "AID", "usa", "israel"
    )
    assert event.modality == "future"


def test_an_adjective_after_an_envoy_names_the_state_acted_on(extractor: Extractor) -> None:
    # طرد السفير الإماراتي: the ambassador's state is expelled from, not the expeller
    facts = run(extractor, "وأعلنت الحكومة السودانية طرد السفير الإماراتي.")
    (event,) = find(facts, "SANCTION", "sudan_government", "uae")
    assert event.mode == "expel"
    assert not find(facts, "SANCTION", "uae", "uae")


def test_suspicion_estimates_and_not_ruling_out_are_hedges(extractor: Extractor) -> None:
    for text in (
        "وتشتبه الولايات المتحدة في أن إيران زودت روسيا بصواريخ.",
        "وتشير تقديرات استخباراتية غربية إلى أن إيران زودت روسيا بصواريخ.",
        "ولم يستبعد مسؤولون أوروبيون أن تكون إيران قد زودت روسيا بصواريخ.",
    ):
        (event,) = find(run(extractor, text), "AID", "iran", "russia")
        assert event.polarity == "hedged", text
    (event,) = find(
        run(extractor, "وتشتبه الولايات المتحدة في أن إيران زودت روسيا بصواريخ."), "AID", "iran", "russia"
    )
    assert chain(run(extractor, "وتشتبه الولايات المتحدة في أن إيران زودت روسيا بصواريخ."), event) == ["usa"]


def test_a_killing_in_an_attack_of_a_party(extractor: Extractor) -> None:
    # قُتل X في هجوم لحركة Y: the attack is Y's
    facts = run(extractor, "وقُتل ثلاثة من عناصر الشرطة الباكستانية في هجوم لحركة طالبان باكستان.")
    assert find(facts, "ASSAULT", "ttp", "pakistan")
    assert not find(facts, "ASSAULT", "pakistan", "ttp")  # ل after "in an attack" is its author
    facts = run(extractor, "وقُتل جنديان تركيان في هجوم لحزب العمال الكردستاني شمال العراق.")
    assert find(facts, "ASSAULT", "pkk", "turkey")  # a dual adjective of nationality (تركيان)


def test_a_refusal_is_directed_however_it_is_told(extractor: Extractor) -> None:
    for text in (
        "وجددت قطر موقفها المناهض للتطبيع مع النظام السوري.",
        "ورفضت قطر التطبيع مع النظام السوري.",
    ):
        facts = run(extractor, text)
        rejections = [e for e in facts.events if e.type == "REJECT"]
        assert rejections and all(not e.participants for e in rejections), text
        assert find(facts, "REJECT", "qatar", "syria"), text


def test_presenting_thanks_or_a_proposal_is_no_aid(extractor: Extractor) -> None:
    # قدّم gives aid only when what it gives is aid (giving_needs_object.txt)
    assert not run(extractor, "وقدمت قطر الشكر لمصر على جهودها في الوساطة.").events
    proposal = run(extractor, "وقدمت مصر مقترحاً جديداً لإسرائيل وحماس.")
    assert not [e for e in proposal.events if e.type == "AID"]
    aid = find(run(extractor, "وقدمت الولايات المتحدة دعماً مالياً لأوكرانيا."), "AID", "usa", "ukraine")
    assert aid and {e.mode for e in aid} == {"economic"}
    # سلّم hands over a note or a letter as often as arms
    assert not [e for e in run(extractor, "وسلّمت مصر إسرائيل رسالة رسمية.").events if e.type == "AID"]
    arms = run(extractor, "وسلّمت إيران الحوثيين أسلحة متطورة.")
    assert find(arms, "AID", "iran", "houthis")


def test_the_acting_sides_are_never_acted_on(extractor: Extractor) -> None:
    # الطرفين read back onto the coordinated subjects: no request between the mediators
    facts = run(extractor, "ودعت مصر وقطر والولايات المتحدة الطرفين إلى العودة إلى طاولة المفاوضات.")
    ids = registry_ids(facts)
    mediators = {"egypt", "qatar", "usa"}
    assert not [e for e in facts.events if {ids.get(e.source or ""), ids.get(e.target or "")} <= mediators]


def test_the_agent_past_a_doubled_verb_in_a_relative_clause(extractor: Extractor) -> None:
    facts = run(extractor, "قُتل عشرون مدنياً في هجوم شنّه مسلحون من حركة الشباب على سوق في مقديشو.")
    assert find(facts, "ASSAULT", "al_shabaab", "civilians")


def test_a_phrase_with_its_subject_between_verb_and_object(extractor: Extractor) -> None:
    # استدعت الجزائر سفيرها: the subject's name between the verb and the rest of the phrase
    facts = run(extractor, "استدعت الجزائر سفيرها لدى فرنسا للتشاور.")
    (recall,) = find(facts, "SANCTION", "algeria", "france")
    assert recall.mode == "withdraw"
    facts = run(extractor, "وأطلقت حماس سراح رهينتين أمريكيتين.")
    assert find(facts, "RETREAT", "hamas", "usa")


def test_a_sentence_opening_with_bahatha_opens_with_the_verb(extractor: Extractor) -> None:
    # وبحث: "and (he) discussed", not "and a study" whose author would be a source
    facts = run(
        extractor, "وبحث الرئيس الروسي فلاديمير بوتين مع نظيره الإيراني مسعود بزشكيان الأوضاع في المنطقة."
    )
    (talks,) = find(facts, "CONSULT", participants={"vladimir_putin", "masoud_pezeshkian"})
    assert talks.attribution == []


def test_an_accusation_of_receiving_aid(extractor: Extractor) -> None:
    # اتهم X Y بتلقي أموال من Z: Z gave to Y, on X's word; with no accuser, an allegation
    facts = run(extractor, "واتهمت واشنطن حزب الله بتلقي أموال من إيران.")
    (aid,) = find(facts, "AID", "iran", "hezbollah")
    assert chain(facts, aid) == ["usa"] and aid.polarity == "asserted"
    (aid,) = find(run(extractor, "ويُتهم حزب الله بتلقي أموال من إيران."), "AID", "iran", "hezbollah")
    assert aid.polarity == "hedged"


def test_the_subject_of_a_hedging_phrase_is_its_source(extractor: Extractor) -> None:
    facts = run(extractor, "ولم يستبعد مسؤولون أمريكيون أن تكون إيران قد زودت روسيا بصواريخ.")
    (event,) = find(facts, "AID", "iran", "russia")
    assert event.polarity == "hedged" and chain(facts, event) == ["usa"]


def test_intercepting_is_no_objection_and_the_accused_precedes_the_charge(extractor: Extractor) -> None:
    # اعترض صاروخاً: intercepted (a direct object), not objected (اعترض على)
    facts = run(extractor, "وأعلن الجيش الأمريكي أنه اعترض صاروخاً أطلقه الحوثيون على مدمرة أمريكية.")
    assert not [e for e in facts.events if e.type == "REJECT"]
    assert find(run(extractor, "واعترضت روسيا على مشروع القرار الأمريكي."), "REJECT", "russia", "usa")
    # اتهم X الدول الغربية بتأجيج ... تزويد كييف: Kyiv, named after the charge, is not the accused
    facts = run(extractor, "واتهم المندوب الروسي الدول الغربية بتأجيج الصراع عبر تزويد كييف بالأسلحة.")
    assert not find(facts, "ACCUSE", "russia", "ukraine")
    assert not find(facts, "AID", "russia", "ukraine")  # nor is the accuser the one who arms


def test_a_state_across_a_border_is_no_side_of_a_clash(extractor: Extractor) -> None:
    facts = run(extractor, "وقتل خمسة جنود باكستانيين في اشتباكات مع مسلحين على الحدود مع أفغانستان.")
    assert not find(facts, "ASSAULT", participants={"pakistan", "afghanistan"})
    # forces massed at the border with X still face X
    assert find(run(extractor, "وحشدت روسيا قوات على الحدود مع أوكرانيا."), "MOBILIZE", "russia", "ukraine")


def test_an_attack_of_a_group_written_apart_names_the_killer(extractor: Extractor) -> None:
    # مقتل X بهجوم لـ«Y»: ل written apart before a quoted name; Y attacked X, not the reverse
    facts = run(extractor, "مقتل خمسة مدنيين بهجوم لـ«حركة الشباب» قرب مقديشو.")
    assert find(facts, "ASSAULT", "al_shabaab", "civilians")
    assert not find(facts, "ASSAULT", "civilians", "al_shabaab")


def test_the_pronoun_on_a_verbal_noun_after_a_condemnation_is_its_agent(extractor: Extractor) -> None:
    # دانت X الهجوم، معربة عن تضامنها مع Y: X stands with Y (the condemner is no agent of the
    # attack, but is of its own solidarity); شعب Y after مع stands for Y
    facts = run(extractor, "ودانت مصر الهجوم، معربة عن تضامنها مع السودان.")
    assert find(facts, "SUPPORT", "egypt", "sudan")
    facts = run(extractor, "ودانت الأردن التفجير، معربة عن تضامنها مع شعب العراق وحكومته.")
    assert find(facts, "SUPPORT", "jordan", "iraq")


def test_a_member_with_a_rank_adjective_stands_for_the_party(extractor: Extractor) -> None:
    # عقوبات على ضابط رفيع في X: X is sanctioned (member_adjectives.txt), not a place
    facts = run(extractor, "فرضت الولايات المتحدة عقوبات على ضابط رفيع في الحرس الثوري الإيراني.")
    assert find(facts, "SANCTION", "usa", "irgc")


def test_a_place_after_wa_fi_is_no_party(extractor: Extractor) -> None:
    # وفي بغداد، أعلنت X ...: في joined to و still makes Baghdad a place, not the agent
    facts = run(extractor, "وفي بغداد، أعلنت الولايات المتحدة فرض عقوبات على الحرس الثوري الإيراني.")
    assert find(facts, "SANCTION", "usa", "irgc")
    assert not find(facts, "SANCTION", "iraq", "irgc")


def test_the_object_of_a_refusal_is_not_sought_in_the_next_clause(extractor: Extractor) -> None:
    # ورفضت X العقوبات، ووصفتها المتحدثة باسمها Y بأنها «ظالمة»: Y is no one refused
    text = "ورفضت الحكومة الإيرانية العقوبات، ووصفها المتحدث باسم الخارجية ناصر كنعاني بأنها «ظالمة»."
    facts = run(extractor, text)
    ids = registry_ids(facts)
    assert not [e for e in facts.events if e.type == "REJECT" and ids.get(e.target or "") == "nasser_kanaani"]


def test_a_number_of_a_party_is_that_party(extractor: Extractor) -> None:
    # وكان عدد من X قد هاجموا Y: "a number of" X is the subject, من is no preposition
    facts = run(extractor, "وكان عدد من الحوثيين قد هاجموا الجيش الأمريكي.")
    ids = registry_ids(facts)
    assert [e for e in facts.events if e.type == "ASSAULT" and ids.get(e.source or "") == "houthis"]


def test_a_plural_participle_after_a_comma_is_a_speech_act(extractor: Extractor) -> None:
    # ، مطالبين X بـ: the plural حال of a verb of demand, after a comma
    facts = run(extractor, "ودان النواب العراقيون الهجوم، مطالبين الكويت بالاعتذار.")
    assert find(facts, "REQUEST", "iraq_parliament", "kuwait")


def test_the_government_of_ones_own_country_may_be_acted_on(extractor: Extractor) -> None:
    # طالب النواب حكومة بلادهم بـ: their country's government is asked, not dropped as their own side
    facts = run(extractor, "وطالب النواب الأردنيون حكومة بلادهم بطرد السفير الإسرائيلي.")
    assert find(facts, "REQUEST", "jordan_parliament", "jordan")
