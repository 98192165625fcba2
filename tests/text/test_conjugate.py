from __future__ import annotations

import pytest

from rawi.arabic import normalize
from rawi.text.conjugate import verb_forms


@pytest.mark.parametrize(
    ("perfect", "imperfect", "forms", "not_forms"),
    [
        (
            "موّل",
            "يموّل",
            ["مول", "مولت", "مولوا", "يمول", "تمول", "يمولون", "تمولان", "يمولوا", "نمول"],
            ["امل"],
        ),
        ("زوّد", "يزوّد", ["يزودون", "زودت", "زودوا"], []),
        ("نفى", "ينفي", ["نفى", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نفيا"], []),
        ("التقى", "يلتقي", ["التقى", "التقت", "التقوا", "يلتقي", "تلتقي", "يلتقون", "التقيا"], []),
        ("دعا", "يدعو", ["دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون"], []),
        ("قال", "يقول", ["قال", "قالت", "قالوا", "قلت", "يقول", "تقول", "يقل"], []),
        ("اتفق", "يتفق", ["اتفقوا", "اتفقا", "يتفقون", "تتفق"], []),
    ],
)
def test_every_person_number_and_gender(
    perfect: str, imperfect: str, forms: list[str], not_forms: list[str]
) -> None:
    generated = verb_forms(perfect, imperfect)
    for form in forms:
        assert normalize(form) in generated, form
    for form in not_forms:
        assert normalize(form) not in generated, form


def test_participles_of_the_first_form_and_of_the_others() -> None:
    from rawi.text.conjugate import participles

    assert "داعيا" in participles("يدعو", "دعا")  # داعياً
    assert "نافيا" in participles("ينفي", "نفى")  # نافياً
    assert "قايلا" in participles("يقول", "قال")  # قائلاً, ئ in normal form
    assert "محذرا" in participles("يحذر", "حذر")  # محذّراً: the shadda makes it form II
    assert participles("يدعي", "ادعى") == {"مدعيا"}  # ادّعى is form VIII, not داعياً


def test_hollow_verbs_have_a_passive_spelled_apart() -> None:
    from rawi.text.conjugate import hollow_passives

    assert {"اغتيل", "اغتيلت", "اغتيلوا"} <= hollow_passives("اغتال")
    assert "اقيل" in hollow_passives("أقال")  # أُقيل
    assert hollow_passives("قتل") == frozenset()  # قُتل is spelled as قتل
    assert hollow_passives("نفى") == frozenset()
