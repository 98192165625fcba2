"""Arabic verb forms from a lexicon's perfect and imperfect (third person masculine singular).

Generates, in normal spelling, the perfect and imperfect of every person, number
and gender, including the jussive/subjunctive plural (لم يفعلوا) and the forms of
verbs with a weak last letter (نفى → نفت، نفوا؛ دعا → دعت، دعوا؛ ينفي → ينفون)
or a long middle vowel (قال → قلت؛ يقول → لم يقل). Clitics (و ف س، object
pronouns) are the tokenizer's business, not this module's.
"""

from __future__ import annotations

from functools import cache

from rawi.arabic import normalize

PERFECT_SUFFIXES = ("", "ت", "تا", "ا", "وا", "ن", "نا", "تم", "تما", "تن", "ت")
IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
IMPERFECT_SUFFIXES = ("", "ون", "ان", "وا", "ا", "ين", "ن", "ي")


def _perfect(p: str) -> set[str]:
    if p.endswith("ي"):  # نفى (normalised نفي), التقى
        base = p[:-1]
        # نفاه: before an object pronoun the final ى is written ا
        return {
            p,
            base + "ت",
            base + "تا",
            base + "وا",
            base + "يا",
            base + "يت",
            base + "ينا",
            base + "يتم",
            base + "ا",
        }
    if p.endswith("ا") and len(p) >= 3:  # دعا
        base = p[:-1]
        return {p, base + "ت", base + "تا", base + "وا", base + "وت", base + "ونا", base + "وتم"}
    forms = {p + s for s in PERFECT_SUFFIXES}
    if len(p) == 3 and p[1] == "ا":  # قال → قلت، قلنا
        short = p[0] + p[2]
        forms |= {short + s for s in ("ت", "نا", "تم", "ن")}
    return forms


def _imperfect(i: str, *, hollow: bool) -> set[str]:
    if not i or i[0] not in "يتنا":
        return {i}
    rest = i[1:]
    forms: set[str] = set()
    weak = rest[-1:] in ("ي", "و", "ا") and len(rest) >= 3
    for pre in IMPERFECT_PREFIXES:
        if weak:  # ينفي → ينفون، تنفي، ينفيان
            base = rest[:-1]
            forms |= {
                pre + rest,
                pre + base + "ون",
                pre + base + "وا",
                pre + rest + "ان",
                pre + base + "ين",
                pre + base,
            }
        else:
            forms |= {pre + rest + s for s in IMPERFECT_SUFFIXES}
        if hollow and len(rest) == 3 and rest[1] in "واي":  # يقول → لم يقل
            forms.add(pre + rest[0] + rest[2])
    return forms


@cache
def verb_forms(perfect: str, imperfect: str) -> frozenset[str]:
    """All inflected forms (normalised) of a verb given as perfect and imperfect."""
    p, i = normalize(perfect.strip()), normalize(imperfect.strip())
    hollow = len(p) == 3 and p[1] == "ا"  # قال/يقول, not موّل/يموّل
    return frozenset(_perfect(p) | _imperfect(i, hollow=hollow))


@cache
def hollow_passives(perfect: str) -> frozenset[str]:
    """اغتال → اغتيل، اغتيلت، اغتيلوا; أقال → أقيل: the passive perfect of a verb with a long
    middle vowel is spelled apart from its active (a regular verb's passive is spelled as its
    active: قُتل, told only by a damma the writer may give)."""
    p = normalize(perfect.strip())
    if len(p) < 3 or p[-2] != "ا" or p.endswith(("اا", "اي")):
        return frozenset()
    base = p[:-2] + "ي" + p[-1]
    return frozenset(base + s for s in ("", "ت", "ا", "تا", "وا"))


@cache
def participles(imperfect: str, perfect: str = "") -> frozenset[str]:
    """The circumstantial active participle (حال), as news writes it after a verb of
    saying: يحذّر → محذّراً, يتوعّد → متوعّداً, يدعو → داعياً, ينفي → نافياً, يقول → قائلاً. Only the masculine accusative: the bare
    or feminine participle is too often a noun (مقاتل، مدينة)."""
    i = normalize(imperfect.strip())
    if len(i) < 4 or not i.startswith("ي"):
        return frozenset()
    forms = {"م" + i[1:] + "ا"}
    # a verb of the first form (دعا، نفى، قال، قصف: three letters in the perfect; ادّعى is
    # not, though يدّعي looks alike without its shadda) has its own pattern, فاعلاً
    if len(i) == 4 and len(normalize(perfect.strip())) == 3:
        c1, c2, c3 = i[1], i[2], i[3]
        if c3 in "وي":  # داعياً، نافياً
            forms.add(c1 + "ا" + c2 + "يا")
        elif c2 in "وي":  # قائلاً (ئ is written ي in normal form)
            forms.add(c1 + "اي" + c3 + "ا")
        else:  # قاصفاً
            forms.add(c1 + "ا" + c2 + c3 + "ا")
    return frozenset(forms)


@cache
def feminine_participle(imperfect: str) -> str | None:
    """تحذّر → محذّرة: the feminine participle, a حال only where the writer marks it so
    (its tanween, or a comma before it); elsewhere it is as often a noun (مطالبة، مدينة)."""
    i = normalize(imperfect.strip())
    return "م" + i[1:] + "ه" if len(i) >= 4 and i.startswith("ي") else None
