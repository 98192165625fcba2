"""Indexes over the trigger and cue lexicons: verbs by every inflected form, nouns and
phrases by their words. Built once per process from the TSV files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from rawi.arabic import name_key
from rawi.errors import DataFileError
from rawi.lexicons import LEXICON_DIR, read_tsv, word_list
from rawi.text.conjugate import feminine_participle, hollow_passives, participles, verb_forms
from rawi.text.phrases import PhraseLexicon
from rawi.text.tokens import Token

EVENT_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
FRAMES = ("directed", "joint", "host", "payer", "receiver")
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "THREATEN", "REJECT", "REQUEST", "PROTEST", "SUPPORT"})


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    trigger: str
    kind: str  # verb | masdar | phrase
    type: str
    mode: str | None  # None: no mode; "*": read it from what is given
    frame: str
    preps: frozenset[str]  # "-" stands for a direct object
    note: str = ""


@dataclass(frozen=True, slots=True)
class Cue:
    cue: str
    kind: str  # according | speech | report | denial | hedge | negation | continue
    form: str  # verb | word | phrase | participle (مؤكداً: its subject is the sentence's)


@dataclass(frozen=True, slots=True)
class VerbIndex:
    """Inflected form → entries, plus the phrase lexicon for nouns and fixed phrases."""

    verbs: dict[str, tuple[TriggerEntry, ...]]
    phrases: PhraseLexicon[TriggerEntry]
    participles: frozenset[str]  # forms that are circumstantial participles (محذّراً), not finite verbs
    feminine_participles: dict[str, TriggerEntry]  # محذّرةً، مطالِبةً: participles where marked as such
    passives: frozenset[str]  # forms that are passive by their spelling (اغتيل، أقيل)
    perfects: dict[str, tuple[str, str]]  # a verb's perfect (name key) → its perfect and imperfect


def _split_verb(value: str, path: str, line: int) -> tuple[str, str]:
    parts = value.split("|")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise DataFileError(path, line, f"verb {value!r} must be given as perfect|imperfect")
    return parts[0].strip(), parts[1].strip()


V = TypeVar("V")


def conjugated_phrases(
    phrases: list[tuple[str, V]], verbs: dict[str, tuple[str, str]]
) -> list[tuple[str, V]]:
    """فرض عقوبات → فرضت عقوبات، تفرض عقوبات: the other forms of each phrase of two words or
    more whose first word is the perfect of one of ``verbs`` (name key → perfect, imperfect)."""
    return [
        (" ".join([form, *words[1:]]), value)
        for phrase, value in phrases
        if len(words := phrase.split()) > 1 and (verb := verbs.get(name_key(words[0]))) is not None
        for form in verb_forms(*verb)
    ]


PASSIVE_TYPES = frozenset({"ASSAULT", "COERCE"})  # whose hollow verbs' passives are read (اغتيل، أقيل)


@cache
def trigger_index() -> VerbIndex:
    verbs: dict[str, list[TriggerEntry]] = {}
    phrases: list[tuple[str, TriggerEntry]] = []
    perfects: dict[str, tuple[str, str]] = {}
    participle_forms: set[str] = set()
    passive_forms: set[str] = set()
    feminine: dict[str, TriggerEntry] = {}
    for row in read_tsv(LEXICON_DIR / "triggers.tsv", ("trigger", "kind", "type", "frame")):
        f = row.fields
        if f["type"] not in EVENT_TYPES:
            raise DataFileError(row.path, row.line, f"field 'type' {f['type']!r} is not a PLOVER type")
        if f["frame"] not in FRAMES:
            raise DataFileError(row.path, row.line, f"field 'frame' must be one of {', '.join(FRAMES)}")
        mode = f.get("mode") or "-"
        # prepositions compared in normal form (على → علي, إلى → الي), as clauses.py reports them
        preps = frozenset(
            p.strip() if p.strip() == "-" else name_key(p)
            for p in (f.get("preps") or "-").split(",")
            if p.strip()
        )
        entry = TriggerEntry(
            f["trigger"],
            f["kind"],
            f["type"],
            None if mode == "-" else mode,
            f["frame"],
            preps,
            f.get("note", ""),
        )
        if f["kind"] == "verb":
            perfect, imperfect = _split_verb(f["trigger"], row.path, row.line)
            # circumstantial participles (محذّراً، متوعداً) for verbs of speech acts only:
            # موقعاً is a "site" far more often than "signing"
            said = participles(imperfect, perfect) if entry.type in SPEECH_ACT_TYPES else frozenset()
            participle_forms |= said
            fem = feminine_participle(imperfect) if entry.type in SPEECH_ACT_TYPES else None
            if fem is not None:
                feminine.setdefault(fem, entry)
            # the plural (مطالبين، داعين، محذرين), a حال where marked as the feminine is: the
            # sound plural is as often a noun (المطالبين), so only after a comma
            for form in said:
                if not form.endswith("وا"):
                    feminine.setdefault(form[:-2] + "ين" if form.endswith("يا") else form[:-1] + "ين", entry)
            # اغتيل: passives spelled apart, for acts done to someone (other hollow passives
            # are other words: دين "religion", أقيم "was held")
            passive = hollow_passives(perfect) if entry.type in PASSIVE_TYPES else frozenset()
            passive_forms |= passive
            for form in verb_forms(perfect, imperfect) | said | passive:
                verbs.setdefault(form, []).append(entry)
            perfects[name_key(perfect)] = (perfect, imperfect)
        elif f["kind"] in ("masdar", "phrase"):
            phrases.append((f["trigger"], entry))
        else:
            raise DataFileError(row.path, row.line, "field 'kind' must be verb, masdar or phrase")
    # A phrase that starts with a verb (فرض عقوبات، قطع العلاقات) is conjugated in its first word
    # when that verb is in the lexicon: فرضت عقوبات، تقطع العلاقات.
    # So are those opening with a verb that is no trigger alone (phrase_verbs.tsv): نشرت قوات.
    openers = dict(perfects)
    for row in read_tsv(LEXICON_DIR / "phrase_verbs.tsv", ("verb",)):
        perfect, imperfect = _split_verb(row.fields["verb"], row.path, row.line)
        openers.setdefault(name_key(perfect), (perfect, imperfect))
    conjugated = conjugated_phrases([(p, e) for p, e in phrases if e.kind == "phrase"], openers)
    return VerbIndex(
        {k: tuple(v) for k, v in verbs.items()},
        PhraseLexicon(phrases + conjugated),
        frozenset(participle_forms),
        feminine,
        frozenset(passive_forms),
        perfects,
    )


@cache
def cue_index() -> tuple[dict[str, Cue], PhraseLexicon[Cue]]:
    verbs: dict[str, Cue] = {}
    phrases: list[tuple[str, Cue]] = []
    for row in read_tsv(LEXICON_DIR / "cues.tsv", ("cue", "kind", "form")):
        cue = Cue(row.fields["cue"], row.fields["kind"], row.fields["form"])
        if cue.form == "verb":
            perfect, imperfect = _split_verb(cue.cue, row.path, row.line)
            for form in verb_forms(perfect, imperfect):
                verbs.setdefault(form, cue)
            if cue.kind in ("speech", "announce", "denial"):  # ...، معلناً أن / مؤكداً أن
                for form in participles(imperfect, perfect):
                    verbs.setdefault(form, Cue(cue.cue, cue.kind, "participle"))
        else:
            phrases.append((cue.cue, cue))
    # رفض الاتهامات → رفضت الاتهامات، يرفضون الاتهامات: a phrase opening with a verb of the
    # trigger lexicon is conjugated in its first word, as trigger phrases are
    return verbs, PhraseLexicon(phrases + conjugated_phrases(phrases, trigger_index().perfects))


@cache
def aid_objects() -> PhraseLexicon[str]:
    rows = read_tsv(LEXICON_DIR / "aid_objects.tsv", ("object", "mode"))
    return PhraseLexicon((r.fields["object"], r.fields["mode"]) for r in rows)


@cache
def fired_objects() -> PhraseLexicon[str]:
    """What أطلق launches when it attacks → ASSAULT mode (lexicons/fired_objects.tsv)."""
    rows = read_tsv(LEXICON_DIR / "fired_objects.tsv", ("object", "mode"))
    return PhraseLexicon((r.fields["object"], r.fields["mode"]) for r in rows)


@cache
def request_objects() -> PhraseLexicon[str]:
    """What is asked for or refused → REQUEST/REJECT mode (lexicons/request_objects.tsv)."""
    rows = read_tsv(LEXICON_DIR / "request_objects.tsv", ("object", "mode"))
    return PhraseLexicon((r.fields["object"], r.fields["mode"]) for r in rows)


@cache
def threat_objects() -> PhraseLexicon[str]:
    """What a threat brandishes → THREATEN mode (lexicons/threat_objects.tsv)."""
    rows = read_tsv(LEXICON_DIR / "threat_objects.tsv", ("object", "mode"))
    return PhraseLexicon((r.fields["object"], r.fields["mode"]) for r in rows)


@cache
def support_verbs() -> frozenset[str]:
    """Inflected forms of the verbs in lexicons/support_verbs.tsv."""
    forms: set[str] = set()
    for row in read_tsv(LEXICON_DIR / "support_verbs.tsv", ("verb",)):
        perfect, imperfect = _split_verb(row.fields["verb"], row.path, row.line)
        forms |= verb_forms(perfect, imperfect)
    return frozenset(forms)


def result_nouns() -> frozenset[str]:
    """Verbal nouns that name what happened to someone (مقتل، مصرع): they take no agent
    from the verb or speaker before them (lexicons/result_nouns.txt)."""
    return word_list("result_nouns.txt")


def opposing_words() -> frozenset[str]:
    """Words of standing against what follows (الرافض، المناهض): a cooperative verbal noun
    after them is refused (lexicons/opposing_words.txt)."""
    return word_list("opposing_words.txt")


def relation_words() -> frozenset[str]:
    """Adjectives of belonging or loyalty (الموالية، التابعة): the party after them belongs
    to the noun before (lexicons/relation_words.txt)."""
    return word_list("relation_words.txt")


def member_nouns() -> frozenset[str]:
    """Nouns for the members of a party (عناصر، مقاتلين، قادة): with a pronoun they stand
    for that party (lexicons/member_nouns.txt)."""
    return word_list("member_nouns.txt")


def retaliation_nouns() -> frozenset[str]:
    """Nouns for a side's own answer (رد، انتقام): the adjective after them names who answers
    (lexicons/retaliation_nouns.txt)."""
    return word_list("retaliation_nouns.txt")


@cache
def time_anaphors() -> tuple[tuple[str, ...], ...]:
    """Phrases that date an event by the one last reported (خلالها، آنذاك، اليوم نفسه), as words."""
    return tuple(tuple(phrase.split()) for phrase in word_list("time_anaphors.txt"))


@cache
def anchored_dates() -> PhraseLexicon[tuple[int, str]]:
    """Phrases that date an event from another (بعد يومين من، اليوم التالي، عقب) → (days after,
    precision) (lexicons/anchored_dates.tsv)."""
    rows = read_tsv(LEXICON_DIR / "anchored_dates.tsv", ("phrase", "days", "precision"))
    return PhraseLexicon((r.fields["phrase"], (int(r.fields["days"]), r.fields["precision"])) for r in rows)


def masculine_heads() -> frozenset[str]:
    """Head nouns masculine in every use (الجيش، الرئيس، حزب): a verb marked feminine does
    not take them for its subject (lexicons/masculine_heads.txt)."""
    return word_list("masculine_heads.txt")


@cache
def ruling_out_forms() -> frozenset[str]:
    """The inflected forms of the verbs of ruling out (lexicons/ruling_out_verbs.txt)."""
    forms: set[str] = set()
    for line in (LEXICON_DIR / "ruling_out_verbs.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            perfect, imperfect = _split_verb(line.strip(), "ruling_out_verbs.txt", 0)
            forms |= verb_forms(perfect, imperfect)
    return frozenset(forms)


RULE_OUT_NEGATIONS = frozenset({"لم", "لا", "لن", "ولم", "ولا", "ولن", "فلم", "فلا"})  # normal forms
RULE_OUT_REACH = 8  # tokens from a negated verb of ruling out to its object (a VSO subject between)


def negated_ruling_out(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a verb of ruling out after a negation: لم يستبعد، لا تستبعد."""
    forms = ruling_out_forms()
    return (
        k > 0
        and tokens[k - 1].norm in RULE_OUT_NEGATIONS
        and (tokens[k].norm in forms or any(s.stem in forms for s in tokens[k].segmentations))
    )


def not_ruled_out(tokens: list[Token], first: int, lo: int, stops: frozenset[str]) -> int | None:
    """The negated verb of ruling out whose object the word at ``first`` begins (لم يستبعد
    الوزير «توجيه» ضربة), None when there is none in its clause or a word of ``stops``
    (a complementizer, a comma) stands between."""
    for k in range(first - 1, max(lo, first - RULE_OUT_REACH) - 1, -1):
        if tokens[k].norm in stops:
            return None
        if negated_ruling_out(tokens, k):
            return k
    return None
