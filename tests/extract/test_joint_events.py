"""Joint and giving events: agreements, cooperation, talks, aid, withdrawals (own sentences)."""

from __future__ import annotations

import pytest

from rawi.extract import Extractor
from tests.extract.test_events import find, registry_ids, run


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_a_stance_against_a_cooperative_noun_is_a_refusal(extractor: Extractor) -> None:
    facts = run(extractor, "وجدد الأردن موقفه الرافض للتحالف مع إيران في المنطقة.")
    ids = registry_ids(facts)
    (event,) = [e for e in facts.events if e.type == "REJECT"]
    assert (ids[event.source or ""], ids[event.target or ""]) == ("jordan", "iran")  # who refuses whom
    assert event.polarity == "asserted"
    assert not find(facts, "COOPERATE", participants={"jordan", "iran"})
    facts = run(extractor, "وجدد الأردن موقفه الداعي للتحالف مع إيران في المنطقة.")
    assert find(facts, "COOPERATE", participants={"jordan", "iran"})


def test_presence_in_a_state_shelters_the_genitive_not_the_adjective(extractor: Extractor) -> None:
    facts = run(extractor, "وانتقدت الجزائر وجود قادة حماس في قطر.")
    assert find(facts, "AID", "qatar", "hamas")
    assert not [
        e for e in facts.events if e.type == "AID" and registry_ids(facts).get(e.target or "") == "algeria"
    ]
    facts = run(extractor, "وانتقدت الجزائر الوجود الفرنسي في مالي.")
    assert not [e for e in facts.events if e.type == "AID"]  # France's own presence, no guest


def test_a_noun_with_a_pronoun_keeps_its_ta_marbuta(extractor: Extractor) -> None:
    # حمايتها = حماية + ها: the ة written ت before the pronoun
    facts = run(extractor, "وقال المسؤول إن إيران بحمايتها قادة حماس تتحدى المجتمع الدولي.")
    assert find(facts, "AID", "iran", "hamas")
    # استضافتها الصين: a verb with its object pronoun, not the noun استضافة
    facts = run(extractor, "اتفقت السعودية وإيران في ختام محادثات استضافتها الصين.")
    assert find(facts, "CONSULT", participants={"china", "saudi_arabia", "iran"})


def test_quote_marks_do_not_break_a_construct_or_a_coordination(extractor: Extractor) -> None:
    facts = run(extractor, "وقال المسؤول إن إيران «بحمايتها» قادة حماس تتحدى المجتمع الدولي.")
    assert find(facts, "AID", "iran", "hamas")
    text = "وقُتل ثلاثة مسلحين في عملية مشتركة نفذتها «قسد» والقوات الأمريكية قرب الحدود."
    facts = run(extractor, text)
    ids = registry_ids(facts)
    (event,) = [e for e in facts.events if e.type == "COOPERATE"]
    assert {ids[p] for p in event.participants} == {"sdf", "usa_armed_forces"}


def test_co_hosts_of_talks_do_not_meet_each_other(extractor: Extractor) -> None:
    facts = run(extractor, "واستضافت قطر ومصر جولات من المحادثات غير المباشرة خلال العام الماضي.")
    assert not find(facts, "CONSULT", participants={"qatar", "egypt"})
    facts = run(extractor, "وتوسطت قطر ومصر بين إسرائيل وحماس خلال العام الماضي.")
    assert find(facts, "CONSULT", participants={"qatar", "israel", "hamas"})
    assert not find(facts, "CONSULT", participants={"qatar", "egypt"})


def test_the_government_a_person_leads_is_a_body_of_its_own(extractor: Extractor) -> None:
    facts = run(extractor, "ووقّعت روسيا اتفاقاً مع حكومة فايز السراج في موسكو.")
    names = {e.id: e.name for e in facts.entities}
    agreements = [e for e in facts.events if e.type == "AGREE"]
    assert agreements
    assert all({names[p] for p in e.participants} == {"Russia", "حكومة فايز السراج"} for e in agreements)


def test_aid_with_no_recipient_goes_to_the_partner_just_told(extractor: Extractor) -> None:
    text = "ووقّعت روسيا اتفاق تعاون مع سوريا في 2015، قبل أن ترسل مستشارين عسكريين وطائرات حربية."
    facts = run(extractor, text)
    (event,) = find(facts, "AID", "russia", "syria")
    assert event.mode == "military" and event.polarity == "asserted"
    facts = run(extractor, "والتقى بوتين الأسد في موسكو، قبل أن يرسل مستشارين عسكريين.")
    assert not [e for e in facts.events if e.type == "AID"]  # a meeting makes no partner to give to


def test_forces_raised_after_a_hostile_act_face_the_same_side(extractor: Extractor) -> None:
    text = "وفرضت الولايات المتحدة عقوبات على إيران، قبل أن تقرر نشر قوات في المنطقة."
    facts = run(extractor, text)
    (event,) = find(facts, "MOBILIZE", "usa", "iran")
    assert event.mode == "troops"
    text = "وفرضت الولايات المتحدة عقوبات على إيران، قبل أن تقرر روسيا نشر قوات في المنطقة."
    facts = run(extractor, text)
    assert not find(facts, "MOBILIZE", "russia", "iran")  # another agent: not the same quarrel


def test_words_that_look_like_triggers_but_mean_otherwise(extractor: Extractor) -> None:
    facts = run(extractor, "واستهدف الهجوم الأردن وسوريا، في أول هجوم يوقع قتلى في صفوف القوات الأمريكية.")
    assert not [e for e in facts.events if e.type == "AGREE"]  # inflicts casualties
    facts = run(extractor, "وقال الجيش إن إيران ستوقع اتفاقاً مع روسيا.")
    assert find(facts, "AGREE", participants={"iran", "russia"})
    facts = run(extractor, "ويخشى مراقبون من تزايد نفوذ إيران وتراجع قدرة حكومة لبنان على ضبط الحدود.")
    assert not [e for e in facts.events if e.type == "CONCEDE"]


def test_an_outlets_short_name_after_a_definite_noun_is_an_adjective(extractor: Extractor) -> None:
    text = "وقالت قناة العربية إن الرئيس سيشارك في القمة العربية المقبلة. وأكدت العربية ذلك."
    facts = run(extractor, text)
    ids = {e.id: e.registry_id for e in facts.entities}
    outlet = [m.text for m in facts.mentions if ids.get(m.entity) == "al_arabiya"]
    assert outlet == ["قناة العربية", "العربية"]  # not the adjective of القمة


def test_a_visit_by_an_official_of_a_state_names_the_visitor(extractor: Extractor) -> None:
    facts = run(extractor, "وجاء ذلك خلال زيارة لوفد إيراني إلى بغداد الأسبوع الماضي.")
    assert find(facts, "CONSULT", "iran", "iraq")
    text = (
        "زار وزير الخارجية المصري سامح شكري العاصمة السورية في 18 أبريل، والتقى الرئيس الأسد، "
        "في أول زيارة لمسؤول مصري بهذا المستوى منذ سنوات."
    )
    facts = run(extractor, text)
    ids = registry_ids(facts)
    assert not [e for e in facts.events if e.type == "CONSULT" and ids.get(e.target or "") == "egypt"]


def test_the_genitive_of_an_approval_approves(extractor: Extractor) -> None:
    text = "ونفى بنيامين نتنياهو ذلك، مؤكداً أن الاتفاق لم يتضمن موافقة إسرائيل على أي صفقة."
    facts = run(extractor, text)
    assert not find(facts, "AGREE", "benjamin_netanyahu", "israel")


def test_forces_deployed_for_a_side_are_not_deployed_against_it(extractor: Extractor) -> None:
    text = "وانسحبت القوات الإسرائيلية من الجنوب، في مقابل انتشار الجيش اللبناني في المنطقة، دون مسلحين تابعين لحزب الله."
    facts = run(extractor, text)
    ids = registry_ids(facts)
    assert not [e for e in facts.events if e.type == "MOBILIZE" and ids.get(e.target or "") == "hezbollah"]


def test_between_belongs_to_the_nearest_event_noun_set_off_after_the_trigger(extractor: Extractor) -> None:
    text = "وقال نتنياهو إن الاتفاق «لم يتضمن أي صفقة أسلحة» بين الولايات المتحدة والإمارات."
    facts = run(extractor, text)
    assert not find(facts, "AGREE", participants={"usa", "uae"})
    facts = run(extractor, "ودخل اتفاق «وقف إطلاق النار» بين إسرائيل وحزب الله حيز التنفيذ.")
    assert find(facts, "AGREE", participants={"israel", "hezbollah"})  # a quote around the noun itself
    text = "ودخل اتفاق وقف إطلاق النار بين الجيش السوداني وقوات الدعم السريع حيز التنفيذ."
    facts = run(extractor, text)
    assert find(facts, "AGREE", participants={"sudan_saf", "rsf"})


def test_right_after_a_noun_of_time_or_cause_stands_a_noun_not_a_verb(extractor: Extractor) -> None:
    text = "وقال المتحدث إن الهدنة انهارت بعد تخلي الجنود السوريين عن مواقعهم، وأصدر أوامره للجيش الإسرائيلي بالتقدم."
    facts = run(extractor, text)
    assert not [e for e in facts.events if e.type == "RETREAT"]  # تخلي: giving up, not تُخلي (evacuates)
    facts = run(extractor, "وبعد أن أخلت روسيا مواقعها، انسحب الجيش الأمريكي من سوريا.")
    assert [e for e in facts.events if e.type == "RETREAT"]


def test_a_manner_noun_takes_no_side_from_a_coordination_before_it(extractor: Extractor) -> None:
    text = "وتنقل المبعوث بين القاهرة والدوحة، بالتنسيق مع فرنسا، لإتمام الصفقة."
    facts = run(extractor, text)
    assert not find(facts, "COOPERATE", participants={"qatar", "france"})


def test_a_title_and_its_organisation_stand_for_the_person_named_so(extractor: Extractor) -> None:
    text = "قُتل زعيم تنظيم القاعدة أيمن الظواهري في كابل. واتهمت واشنطن طالبان بإيواء زعيم القاعدة."
    facts = run(extractor, text)
    assert find(facts, "AID", "taliban", "ayman_al_zawahiri")
    assert not find(facts, "AID", "taliban", "alqaeda")


def test_hosting_an_armed_group_or_its_leader_is_shelter(extractor: Extractor) -> None:
    facts = run(extractor, "وقال المسؤول إن طالبان استضافت قادة القاعدة في كابل.")
    (event,) = find(facts, "AID", "taliban", "alqaeda")
    assert event.mode == "sanctuary"
    assert not find(facts, "CONSULT", participants={"taliban", "alqaeda"})
    facts = run(extractor, "واستضافت القاهرة وفد حماس لبحث التهدئة.")
    assert not find(facts, "AID", "egypt", "hamas")  # a delegation is received, not sheltered


def test_the_patron_of_the_subject_is_not_the_object(extractor: Extractor) -> None:
    facts = run(extractor, "وهاجمت الفصائل العراقية الموالية لإيران قاعدة أمريكية في سوريا.")
    assert not find(facts, "ASSAULT", "iraq", "iran")
    facts = run(extractor, "وقالت إسرائيل إن طائراتها قصفت منشأة تابعة لحزب الله في الجنوب.")
    assert find(facts, "ASSAULT", "israel", "hezbollah")  # the owner of what is struck is struck


def test_the_authorities_in_a_state_are_that_state(extractor: Extractor) -> None:
    text = "وأكدت الوزارة أن تنسيقاً جرى بين السلطات الأمنية في الأردن والعراق قبل العملية."
    facts = run(extractor, text)
    assert find(facts, "COOPERATE", participants={"jordan", "iraq"})


def test_in_contact_with_names_the_pronouns_party(extractor: Extractor) -> None:
    facts = run(extractor, "وأكدت واشنطن أنها على اتصال مع طهران.")
    assert find(facts, "CONSULT", participants={"usa", "iran"})
    text = "وقالت الخارجية الروسية إن موسكو لم تحضر الاجتماع، وإنها على تواصل مع أنقرة."
    facts = run(extractor, text)
    assert find(facts, "CONSULT", participants={"russia", "turkey"})


def test_cutting_ties_or_aid_and_pieces(extractor: Extractor) -> None:
    facts = run(extractor, "وقطعت قطر علاقاتها مع إسرائيل.")
    (event,) = find(facts, "SANCTION", "qatar", "israel")
    assert event.mode == "discontinue"
    assert find(
        run(extractor, "وقطعت الولايات المتحدة المساعدات عن السلطة الفلسطينية."),
        "SANCTION",
        "usa",
        "palestine_authority",
    )
    text = "وقصفت إسرائيل قواعد جوية ومستودعات أسلحة وقطع بحرية تابعة للجيش السوري."
    assert not [e for e in run(extractor, text).events if e.type == "SANCTION"]  # قِطَع: pieces (vessels)


def test_keeping_someone_informed_is_talks_between_subject_and_object(extractor: Extractor) -> None:
    facts = run(extractor, "وقال المتحدث إن قطر أبقت الولايات المتحدة على اطلاع بسير المفاوضات.")
    assert find(facts, "CONSULT", participants={"qatar", "usa"})
    facts = run(extractor, "واتهم الوزير أنتوني بلينكن الحركة بانتهاك لاتفاق الدوحة.")
    assert not [e for e in facts.events if e.type == "AGREE"]


def test_opening_ones_airspace_to_anothers_aircraft_is_aid(extractor: Extractor) -> None:
    text = "وقال المسؤول إن الأردن فتح المجال الجوي أمام الطائرات الأمريكية المشاركة في العملية."
    facts = run(extractor, text)
    (event,) = find(facts, "AID", "jordan", "usa")
    assert event.mode == "military"


def test_readmitting_a_suspended_member_is_a_concession_by_the_subject_of_the_decision(
    extractor: Extractor,
) -> None:
    text = (
        "وقرر الاتحاد الأفريقي، في اجتماع لوزراء خارجية مصر والجزائر في أديس أبابا، "
        "رفع تعليق عضوية النيجر في جميع هيئاته."
    )
    facts = run(extractor, text)
    assert find(facts, "CONCEDE", "african_union", "niger")
    assert not [
        e
        for e in facts.events
        if e.type == "CONCEDE" and registry_ids(facts).get(e.source or "") == "algeria"
    ]


def test_stopping_an_annexation_is_a_concession_to_the_annexed(extractor: Extractor) -> None:
    facts = run(extractor, "وأكد الوزير أنه جرى الاتفاق على وقف ضم إسرائيل للأراضي الفلسطينية.")
    assert find(facts, "CONCEDE", "israel", "palestine")
    facts = run(extractor, "وندد الوزير بالهجوم على الأراضي اللبنانية، معتبراً أنه تعرض للهجوم الإسرائيلي.")
    assert not find(facts, "ASSAULT", "lebanon", "israel")


def test_an_agreement_cancelled_is_told_as_ended_not_reached(extractor: Extractor) -> None:
    facts = run(extractor, "وألغت النيجر اتفاقات التعاون العسكري الموقعة مع فرنسا.")
    assert find(facts, "SANCTION", "niger", "france")
    assert not find(facts, "AGREE", participants={"niger", "france"})
    facts = run(extractor, "ووقّعت النيجر اتفاقات التعاون العسكري مع روسيا.")
    assert find(facts, "AGREE", participants={"niger", "russia"})


def test_backed_by_a_nationality_adverb(extractor: Extractor) -> None:
    facts = run(extractor, "وهاجمت جماعة الحوثي المدعومة إيرانياً سفينة تجارية في البحر الأحمر.")
    (event,) = find(facts, "AID", "iran", "houthis")
    assert event.polarity == "asserted"
    assert not find(facts, "ASSAULT", "houthis", "iran")  # the backer is no object of the attack


def test_a_meeting_verb_takes_its_object_after_its_subject(extractor: Extractor) -> None:
    facts = run(extractor, "واستقبل الرئيس التركي نظيره الروسي في أنقرة أمس.")
    assert find(facts, "CONSULT", participants={"turkey", "russia"})


def test_two_parties_joined_before_talks_hold_them(extractor: Extractor) -> None:
    facts = run(extractor, "وأجرى الرئيسان الروسي والصيني محادثات في موسكو.")
    assert find(facts, "CONSULT", participants={"russia", "china"})


def test_withdrawing_an_envoy_is_a_sanction_and_forces_massed_at_a_border_face_its_other_side(
    extractor: Extractor,
) -> None:
    (event,) = find(run(extractor, "وسحبت السعودية سفيرها من لبنان."), "SANCTION", "saudi_arabia", "lebanon")
    assert event.mode == "withdraw"
    assert find(run(extractor, "وسحبت روسيا قواتها من سوريا."), "RETREAT", "russia", "syria")
    assert find(run(extractor, "وحشدت روسيا قوات على الحدود مع أوكرانيا."), "MOBILIZE", "russia", "ukraine")


def test_a_meeting_whose_subject_follows_the_verb_meets_the_object_after_it(extractor: Extractor) -> None:
    # التقى [title name] نظيره الإيراني: the object comes after a long subject, not right after the verb
    facts = run(extractor, "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الإيراني في طهران.")
    assert find(facts, "CONSULT", participants={"faisal_bin_farhan", "iran"})


def test_aid_received_from_a_giver(extractor: Extractor) -> None:
    # تلقى X دعماً عسكرياً من Y: Y aids X; a call received is no aid
    facts = run(extractor, "وتتلقى قوات سوريا الديمقراطية دعماً عسكرياً من الولايات المتحدة منذ سنوات.")
    (aid,) = find(facts, "AID", "usa", "sdf")
    assert aid.mode == "military"
    facts = run(extractor, "وتلقى الرئيس الإيراني اتصالاً هاتفياً من الرئيس الفرنسي.")
    assert not [e for e in facts.events if e.type == "AID"]


def test_a_delegation_from_a_party_stands_for_it(extractor: Extractor) -> None:
    # وفداً من حركة حماس: the party takes the place of its delegation in the sentence
    facts = run(extractor, "التقى أمير قطر الشيخ تميم بن حمد وفداً من حركة حماس في الدوحة.")
    assert find(facts, "CONSULT", participants={"tamim_bin_hamad", "hamas"})


def test_the_pronoun_before_in_contact_agrees_with_its_party(extractor: Extractor) -> None:
    text = "وقال الرئيس الأمريكي جو بايدن إن إسرائيل ستنسحب، وإنه على اتصال مع بنيامين نتنياهو."
    facts = run(extractor, text)
    assert not find(facts, "CONSULT", participants={"israel", "benjamin_netanyahu"})  # إنه: not Israel


def test_hosting_leaders_from_an_armed_group_after_the_subject(extractor: Extractor) -> None:
    (event,) = find(run(extractor, "وتستضيف تركيا قادة من حركة حماس منذ سنوات."), "AID", "turkey", "hamas")
    assert event.mode == "sanctuary"
    facts = run(extractor, "واستضافت حماس وفداً من مصر.")
    assert not [e for e in facts.events if e.type == "AID"]  # the armed group is the host here


def test_talks_called_for_are_not_held_by_those_who_call(extractor: Extractor) -> None:
    assert not find(
        run(extractor, "ودعت مصر والأردن إلى محادثات عاجلة."), "CONSULT", participants={"egypt", "jordan"}
    )
    assert not find(
        run(extractor, "ودعت مصر والأردن للمحادثات."), "CONSULT", participants={"egypt", "jordan"}
    )
    assert find(
        run(extractor, "وبدأت إيران والسعودية محادثات في بغداد."),
        "CONSULT",
        participants={"iran", "saudi_arabia"},
    )


def test_a_phone_call_received_from_someone(extractor: Extractor) -> None:
    # تلقى X اتصالاً هاتفياً من Y: a call between X and Y
    facts = run(
        extractor, "تلقى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً من الرئيس التركي رجب طيب أردوغان."
    )
    (event,) = find(facts, "CONSULT", participants={"abdel_fattah_el_sisi", "recep_tayyip_erdogan"})
    assert event.mode == "phone"


def test_calls_by_a_subject_long_with_titles_to_two_counterparts(extractor: Extractor) -> None:
    # أجرى + a subject with titles and a time aside + اتصالين هاتفيين بنظيريه X وY
    text = (
        "أجرى نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي، مساء اليوم، اتصالين هاتفيين "
        "بنظيريه التركي هاكان فيدان والروسي سيرغي لافروف."
    )
    facts = run(extractor, text)
    assert find(facts, "CONSULT", participants={"ayman_safadi", "hakan_fidan", "sergey_lavrov"})


def test_a_meeting_where_the_visitor_went(extractor: Extractor) -> None:
    # زار X طهران، حيث التقى الرئيس الإيراني Y: X met Y (the subject carried past حيث)
    facts = run(
        extractor, "زار وزير الخارجية التركي هاكان فيدان طهران، حيث التقى الرئيس الإيراني مسعود بزشكيان."
    )
    assert find(facts, "CONSULT", participants={"hakan_fidan", "masoud_pezeshkian"})
