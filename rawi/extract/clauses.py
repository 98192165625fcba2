"""What events are built from: a sentence's tokens, its actor mentions as arguments
(with the preposition that governs each), and its triggers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rawi.arabic import name_key
from rawi.extract.grammar import titles
from rawi.extract.lexicon_index import TriggerEntry, trigger_index
from rawi.extract.mentions import ActorMention
from rawi.lexicons import word_list
from rawi.text.phrases import SKIPPED
from rawi.text.tokens import Segmentation, Token, segment, whole_words, word_segmentations
from rawi.text.word_cache import WORD_MARKS, WordCache

# Prepositions written as words (normal forms), and those joined to the next word.
PREPOSITION_WORDS = frozenset(
    {
        "الي",
        "علي",
        "ضد",
        "مع",
        "من",
        "عن",
        "بين",
        "عبر",
        "لدي",
        "حول",
        "في",
        "فى",
        "نحو",
        "تجاه",
        "بحق",
        "داخل",
        "قرب",
        "منذ",
        "خلال",
        "عند",
        "لصالح",
        "امام",
    }
)
JOINED_PREPOSITIONS = ("ب", "ل", "ك")
# words after which a verb needs أن (بعد أن، قبل أن): right after them stands a noun
# في مقابل سحب X قواتها: after these a word is a noun (سحب: withdrawal), never a verb
NOUN_GOVERNORS = frozenset(
    {"بعد", "قبل", "اثر", "عقب", "جراء", "بسبب", "رغم", "ازاء", "وبعد", "وقبل", "مقابل"}
)
AGENT = "agent"  # the preposition of a passive's agent
AGENT_PHRASES = frozenset({("علي", "يد"), ("من", "قبل"), ("علي", "ايدي")})
QUANTIFIERS = frozenset({"عدد", "عددا", "بعض", "عشرات", "مئات", "الاف", "احد", "احدي"})  # عدد من X
COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم", "لان"})


@dataclass(slots=True)
class Arg:
    mention: ActorMention
    first: int  # token indexes, inclusive
    last: int
    prep: str | None  # governing preposition (normal form), None for a direct argument


@dataclass(slots=True)
class Trig:
    first: int
    last: int
    entry: TriggerEntry
    verb: bool
    enclitic: str | None  # an object pronoun on the verb (يزودونهم)
    negated: bool = False
    participle: bool = False  # محذّراً: its subject is the subject of the clause it qualifies
    passive: bool = False  # قُتل: marked by a damma on its first letter, where the writer gives it


def arguments(
    tokens: list[Token], cover: list[ActorMention | None], lo: int, hi: int, text: str
) -> list[Arg]:
    """The actor mentions of tokens[lo:hi] with their governing prepositions."""
    args: list[Arg] = []
    # a mention's first token in the sentence: where the cover changes to it
    firsts = [k for k in range(lo, hi) if cover[k] is not None and (k == lo or cover[k - 1] is not cover[k])]
    for i in firsts:
        m = cover[i]
        assert m is not None
        j = i
        while j + 1 < hi and cover[j + 1] is m:
            j += 1
        args.append(Arg(m, i, j, _preposition(tokens, i, m, text)))
    return args


def _preposition(tokens: list[Token], i: int, m: ActorMention, text: str) -> str | None:
    tok = tokens[i]
    prefix = name_key(text[tok.start : m.start]).lstrip("وف") if m.start > tok.start else ""
    if prefix[:1] in JOINED_PREPOSITIONS:
        return prefix[:1]
    if m.start == tok.start and _contracted_lam(m.text):
        return "ل"
    detached = _detached_proclitic(tokens, i)
    if detached is not None:
        return detached
    before = tokens[i - 1].norm if i > 0 else ""  # the words before the mention, "" for none
    if before[:1] in ("و", "ف") and before[1:] in PREPOSITION_WORDS:
        before = before[1:]  # وفي واشنطن، ومن جهتها: the preposition with و before it
    two_before = tokens[i - 2].norm if i > 1 else ""
    if i > 1 and (two_before, before) in AGENT_PHRASES:  # على يد X، من قبل X
        return AGENT
    if i > 1 and before == "من" and two_before == "كل":
        return None  # دانت كل من مصر والسعودية: "each of", no preposition
    authority = _authority_before(tokens, i) if before in ("في", "فى") else None
    if authority is not None:  # السلطات في إيران، بين السلطات العسكرية في تركيا و...
        return authority or None
    delegates = word_list("delegates.txt")
    if i > 1 and before == "من" and two_before in delegates:
        # وصل وفد من حركة حماس، مع وفد من الحكومة: the party stands where its delegation does
        three_before = tokens[i - 3].norm if i > 2 else ""
        return three_before if three_before in PREPOSITION_WORDS else None
    if i > 1 and before == "من" and two_before[:1] in ("ل", "ب") and two_before[1:] in delegates:
        return two_before[:1]  # ملاذاً لقادة من حماس، أسلحة لعناصر من الحوثيين: the joined preposition
    if i > 1 and before == "من" and two_before.removeprefix("و") in QUANTIFIERS:
        return None  # وكان عدد من النواب العراقيين قد اتهموا: "a number of" X is X, no preposition
    if i > 0 and before in PREPOSITION_WORDS:
        return before
    if i > 1 and before in delegates and two_before in PREPOSITION_WORDS:
        return two_before  # بين وفدي X و Y، مع ممثلي X: the delegates stand for their party
    region = before.removeprefix("و")
    if region in REGIONS and two_before in PREPOSITION_WORDS:
        return two_before  # صواريخ على شمال إسرائيل، في شرق سوريا: the part is governed as the whole
    if region[:1] in ("ب", "ل") and region[1:] in REGIONS:
        return region[:1]  # بشمال سوريا
    titled = _title_preposition(tokens, i)
    if titled is not None:
        return titled
    if m.how != "demonym":
        return None
    # an adjective takes the preposition of the noun it qualifies: في العاصمة القطرية،
    # للأراضي الفلسطينية (not an event noun's: its adjective names its agent, للهجوم الإسرائيلي)
    if i > 0:
        noun = before.lstrip("وف")
        if (
            noun.startswith("لل")
            and len(noun) > 4
            and "ال" + noun[2:] not in trigger_index().phrases.by_first
        ):
            return "ل"
    if i > 2 and (tokens[i - 3].norm, two_before) in AGENT_PHRASES:
        return AGENT  # من قبل مستوطنين إسرائيليين: the adjective of the agent noun
    if i > 1 and two_before in PREPOSITION_WORDS and not before.isdigit():
        # عدداً من الطائرات الأمريكية قصفت: "a number of" X is X, no preposition
        partitive = i > 2 and two_before == "من" and tokens[i - 3].norm in QUANTIFIERS
        return None if partitive else two_before
    return None


QUOTE_TOKENS = frozenset({'"', "«", "»", "“", "”"})


def _detached_proclitic(tokens: list[Token], i: int) -> str | None:
    """لـ«داعش»، بـ«الحوثيين»: a preposition of one letter written apart with a tatweel before a
    quoted name (the token is the letter alone, و or ف before it); the quote marks between."""
    k = i - 1
    while k >= 0 and tokens[k].norm in QUOTE_TOKENS:
        k -= 1
    if k < 0 or k == i - 1:
        return None
    letter = tokens[k].norm
    if len(letter) == 2 and letter[0] in "وف":
        letter = letter[1]
    return letter if letter in JOINED_PREPOSITIONS else None


@lru_cache(maxsize=50_000)
def _contracted_lam(mention: str) -> bool:
    """للحرس، وللجيش: a mention written with ل + ال contracted (its text as written)."""
    head = name_key(mention)
    if head.startswith("لل") and not head.startswith("للا"):
        return True
    stripped = head.lstrip("وف")
    return stripped != head and stripped.startswith("لل")


MAX_AUTHORITY_ADJECTIVES = 2
TITLE_REACH = 3  # words of an office between a preposition and the state or party it names


def _title_preposition(tokens: list[Token], i: int) -> str | None:
    """مع ولي العهد السعودي، مع أمير قطر، لوزير الخارجية الإيراني: an office (titles.tsv) of the
    state or party at i stands between it and the preposition; the preposition governs the
    office-holder, for whom the state stands here."""
    lex = titles()
    for k in range(i - 1, max(1, i - TITLE_REACH) - 1, -1):
        match = lex.match_at(tokens, k)
        if match is None or match.last < i - 1:
            continue  # وزير الخارجية السعودي: the office may end inside the name (الخارجية السعودي)
        joined = tokens[k].best.proclitics[-1:]
        if joined and joined[0] in ("ب", "ل"):
            return joined[0]  # لأمير قطر، بوزير الخارجية السعودي
        before = tokens[k - 1].norm
        if before[:1] in ("و", "ف") and before[1:] in PREPOSITION_WORDS:
            before = before[1:]
        # not بين: the sides between which are told by coordination, not by an office
        return before if before in PREPOSITION_WORDS and before != "بين" else None
    return None


def _authority_before(tokens: list[Token], i: int) -> str | None:
    """For X in "السلطات [العسكرية] في X": the preposition governing the authorities ("" for
    none); None when X does not follow such a noun."""
    if i < 2 or tokens[i - 1].norm not in ("في", "فى"):
        return None
    nouns = word_list("authority_nouns.txt")
    k = i - 2
    for _ in range(MAX_AUTHORITY_ADJECTIVES + 1):
        if k < 0 or not tokens[k].is_word:
            return None
        word = tokens[k].norm.removeprefix("و")
        if word in nouns:
            before = tokens[k - 1].norm if k > 0 else ""
            return before if before in PREPOSITION_WORDS else ""
        if word[:1] in JOINED_PREPOSITIONS and (word[1:] in nouns or "ا" + word[1:] in nouns):
            return word[:1]  # بالسلطات، للسلطات
        if not word.startswith("ال"):
            return None
        k -= 1
    return None


def carries_bi(seg: Segmentation) -> bool:
    """بقصف، بالتنسيق: the word carries the preposition ب (with or without the article)."""
    return seg.proclitics[-1:] == ("ب",) or seg.proclitics[-2:] == ("ب", "ال")


def find_triggers(tokens: list[Token], lo: int, hi: int, skip: set[int]) -> list[Trig]:
    """Event triggers in tokens[lo:hi]: inflected verbs, verbal nouns and fixed phrases.
    ``skip``: tokens that cannot be triggers (cues, words inside actor names: قوات الدعم السريع)."""
    index = trigger_index()
    found: list[Trig] = []
    # the words that may begin a trigger; those inside a phrase already found (before
    # ``after``) are passed over
    candidates = [k for k in WORD_MARKS.positions(tokens, TRIGGER_WORDS, lo, hi) if k not in skip]
    after = lo
    for i in candidates:
        if i < after:
            continue
        tok = tokens[i]
        participle = _feminine_participle(tokens, i, lo) if FEMININE_PARTICIPLES[tok.norm] else None
        if participle is not None:
            found.append(participle)
            continue
        # أعربت عن إدانتها: after a preposition a word is a noun, never a verb with a pronoun
        phrase = _phrase_at(tokens, i, hi, noun_only=i > 0 and tokens[i - 1].norm in PREPOSITION_WORDS)
        # قُتل: a passive verb, not the noun قتل (the damma is only looked for when it matters)
        marked = (
            phrase is not None
            and phrase.last == i
            and _marked_passive(tok.text, tok.best.proclitics)
            and any(s.stem in index.verbs for s in tok.segmentations)
        )
        # أنه قتل، لم يدعم، قد رفض: after a particle that only verbs follow, a verb (a word
        # that is both a verbal noun and a verb is read as the verb)
        marked = marked or (
            phrase is not None
            and phrase.last == i
            and i > lo
            and tokens[i - 1].norm in BEFORE_VERBS
            and any(s.stem in index.verbs for s in tok.segmentations)
        )
        if phrase is not None and not marked and not _opens_with_verb(tokens, i, lo, hi, phrase):
            found.append(phrase)
            after = phrase.last + 1
            continue
        if phrase is None and i + 1 in skip:
            phrase = _phrase_across_subject(tokens, i, hi, skip)
            if phrase is not None:
                found.append(phrase)
                continue
        verb = None
        whole = tok.norm in whole_words()  # وزارة is a word, not و + زار + ه
        # في بحثها، بعد تخلي الجنود: after a preposition or a noun of time or cause, a noun
        after_preposition = i > 0 and (
            tokens[i - 1].norm in PREPOSITION_WORDS or tokens[i - 1].norm in NOUN_GOVERNORS
        )
        for seg in tok.segmentations:
            if seg.has_article or (whole and (seg.proclitics or seg.enclitic)) or after_preposition:
                continue
            entries = index.verbs.get(seg.stem)
            # a word written with ة is a noun (سيطرة), never a verb with ه (سيطره); one written
            # with ى is a noun (قتلى), never a verb with the pronoun ي (قتلني)
            written = tok.text.rstrip(DIACRITICS)
            if (
                entries
                and _verb_proclitics(seg.proclitics, seg.stem)
                and not written.endswith("ة")
                and not (seg.enclitic == "ي" and written.endswith("ى"))
            ):
                verb = Trig(
                    i,
                    i,
                    entries[0],
                    True,
                    seg.enclitic,
                    participle=seg.stem in index.participles,
                    passive=seg.stem in index.passives or _marked_passive(tok.text, seg.proclitics),
                )
                break
        if verb is not None:
            found.append(verb)
    return found


def _opens_with_verb(tokens: list[Token], i: int, lo: int, hi: int, phrase: Trig) -> bool:
    """ورفض الكرملين الاتهامات، وقصف الجيش مواقع: a sentence opening with a word that is both
    a verbal noun and a perfect verb, its subject after it, is the verb (news opens its
    sentences so); not a noun with its adjective (قصف إسرائيلي على غزة)."""
    if i != lo or phrase.last != i or i + 1 >= hi:
        return False
    tok, nxt = tokens[i], tokens[i + 1]
    verbs = trigger_index().verbs
    if not any(
        seg.stem in verbs and not seg.has_article and set(seg.proclitics) <= {"و", "ف"}
        for seg in tok.segmentations
    ):
        return False
    if not nxt.is_word or nxt.norm in PREPOSITION_WORDS or nxt.best.proclitics[-1:] in (("ل",), ("ب",)):
        return False
    return nxt.norm.startswith("ال") or not nxt.norm.endswith(("ي", "يه"))


def _can_start_trigger(norm: str) -> bool:
    """Whether a word of this normal form can begin a trigger by any path of find_triggers:
    a stem that is a feminine participle or an inflected verb, or a noun stem that begins a
    phrase. Most words are none of these, and are passed over by one lookup. A new way for
    a word to begin a trigger must be added here too."""
    index = trigger_index()
    return any(
        seg.stem in index.verbs or seg.stem in index.feminine_participles for seg in word_segmentations(norm)
    ) or any(stem in index.phrases.by_first for stem in _noun_stems(norm))


TRIGGER_STARTS: WordCache[bool] = WordCache(_can_start_trigger)
TRIGGER_WORDS = WORD_MARKS.question(lambda norm: TRIGGER_STARTS[norm])  # as the module has it then


def may_start_trigger(norm: str) -> bool:
    return TRIGGER_STARTS[norm]


DAMMA = "\u064f"
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0640"  # tashkil and tatweel
IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")


def _verb_proclitics(proclitics: tuple[str, ...], stem: str) -> bool:
    """ب never goes on a verb, ل only on an imperfect (ليقوم): لسيطرتها is a noun; the
    future س on a third-person imperfect (سيرعى), so سارع is no س + ارع."""
    if "ب" in proclitics:
        return False
    if "س" in proclitics and not stem.startswith(("ي", "ت", "ن")):
        return False
    return "ل" not in proclitics or stem.startswith(IMPERFECT_PREFIXES)


TANWEEN_FATHA = "\u064b"


def _feminine_participle(tokens: list[Token], i: int, lo: int) -> Trig | None:
    """محذّرةً من أن ...، ومطالِبةً الولايات المتحدة بـ: a feminine participle of a speech
    act, marked as a حال by its tanween or by the comma before it."""
    tok = tokens[i]
    marked = (i > lo and tokens[i - 1].norm in (",", "،")) or tok.text.endswith("ة" + TANWEEN_FATHA)
    if not marked:
        return None
    feminine = trigger_index().feminine_participles
    for seg in tok.segmentations:
        if seg.stem in feminine and not seg.has_article and seg.enclitic is None:
            return Trig(i, i, feminine[seg.stem], True, None, participle=True)
    return None


def _may_be_feminine_participle(norm: str) -> bool:
    """Whether a word of this form reads as a feminine participle (_feminine_participle)."""
    feminine = trigger_index().feminine_participles
    return any(
        seg.stem in feminine and not seg.has_article and seg.enclitic is None
        for seg in word_segmentations(norm)
    )


FEMININE_PARTICIPLES: WordCache[bool] = WordCache(_may_be_feminine_participle)  # few words are


@lru_cache(maxsize=50_000)  # asked of every verb and phrase found: cached by word as written
def _marked_passive(text: str, proclitics: tuple[str, ...]) -> bool:
    """قُتل، يُعتقد، استُهدف: a damma on the stem's first letter (or second, after ا/ت) marks the passive."""
    letters = [ch for ch in text if "\u0621" <= ch <= "\u064a"]
    skip = sum(len(p) for p in proclitics)
    head = text[text.find(letters[skip]) :] if len(letters) > skip else ""
    return DAMMA in head[:4]


@lru_cache(maxsize=200_000)
def _noun_stems(norm: str, noun_only: bool = False) -> frozenset[str]:
    """The stems a word may have as a noun: clitics off, a final hamza restored before a
    pronoun (إيوائها → إيواء), its ة restored (زيارته → زيارة), the indefinite accusative's alif dropped (اجتماعاً → اجتماع).
    ``noun_only``: the word cannot be a verb where it stands (after a preposition: عن إدانتها)."""
    segs = segment(norm) if norm[:1] >= "\u0621" else ()
    stems = {s.stem for s in segs if s.enclitic is None or s.enclitic in ("ه", "ها", "هم")}
    # the ة of a noun is written ت before a pronoun (زيارته، باستضافتها → زيارة، استضافة),
    # unless the word reads as a verb (استضافتها الصين: "China hosted them")
    verbs = trigger_index().verbs
    if noun_only or not any(s.stem in verbs and _verb_proclitics(s.proclitics, s.stem) for s in segs):
        stems |= {s.stem[:-1] + "ه" for s in segs if s.enclitic in ("ه", "ها", "هم") and s.stem.endswith("ت")}
    stems |= {st[:-1] + "ء" for st in stems if st.endswith(("ي", "و")) and len(st) > 3}
    stems |= {st[:-1] for st in stems if st.endswith("ا") and len(st) > 4}
    return frozenset(stems)


@lru_cache(maxsize=50_000)
def _segment_forms(norm: str) -> frozenset[str]:
    """The word itself and the forms (with the article) of its segmentations."""
    return frozenset([norm, *(s.form() for s in word_segmentations(norm))])


PhraseOptions = tuple[tuple[str, list[tuple[tuple[str, ...], TriggerEntry]]], ...]


def _phrase_options(norm: str, noun_only: bool) -> PhraseOptions:
    """The noun stems of a word that begin phrases, each with those phrases (longest first),
    in the order of _noun_stems."""
    by_first = trigger_index().phrases.by_first
    return tuple((stem, by_first[stem]) for stem in _noun_stems(norm, noun_only) if stem in by_first)


# asked of every word that may begin a trigger: once per word form (and reading)
_PHRASE_OPTIONS: WordCache[PhraseOptions] = WordCache(lambda norm: _phrase_options(norm, False))
_NOUN_PHRASE_OPTIONS: WordCache[PhraseOptions] = WordCache(lambda norm: _phrase_options(norm, True))


def _phrase_at(tokens: list[Token], i: int, hi: int, noun_only: bool = False) -> Trig | None:
    options = (_NOUN_PHRASE_OPTIONS if noun_only else _PHRASE_OPTIONS)[tokens[i].norm]
    if not options:
        return None
    best: Trig | None = None
    # what the word after may be (as below): most phrases end at their second word
    second: frozenset[str] | None = None
    for stem, phrases in options:
        for words, entry in phrases:
            if len(words) > 1:
                if second is None:
                    second = _second_forms(tokens, i, hi)
                if words[1] not in second:
                    continue
            j = i
            ok = True
            for w in words[1:]:
                j += 1
                while j < hi and tokens[j].norm in SKIPPED and not tokens[j].is_word:
                    j += 1  # «قضى» على، «تعليق» عملياتها: quote marks inside a phrase
                if j >= hi or (tokens[j].norm != w and w not in _segment_forms(tokens[j].norm)):
                    ok = False
                    break
            if ok and (best is None or j > best.last):
                enc = next((s.enclitic for s in tokens[i].segmentations if s.stem == stem), None)
                best = Trig(i, j, entry, False, enc)
    return best


SUBJECT_GAP = 6  # words of a subject's name between a phrase's verb and its object


def _phrase_across_subject(tokens: list[Token], i: int, hi: int, names: set[int]) -> Trig | None:
    """استدعت الجزائر سفيرها، أطلقت حماس سراح رهينتين: a phrase whose subject, a name, stands
    between its verb and the rest. The verb alone is the trigger, with the phrase's meaning;
    the subject before the rest is then found as any verb's."""
    j = i + 1
    while j < hi and j in names and j - i <= SUBJECT_GAP:
        j += 1
    if j >= hi or j - i > SUBJECT_GAP:
        return None
    rest = _segment_forms(tokens[j].norm)
    for stem, phrases in _PHRASE_OPTIONS[tokens[i].norm]:
        for words, entry in phrases:
            if len(words) == 2 and words[1] in rest:
                enc = next((s.enclitic for s in tokens[i].segmentations if s.stem == stem), None)
                return Trig(i, i, entry, True, enc)
    return None


def _second_forms(tokens: list[Token], i: int, hi: int) -> frozenset[str]:
    """The forms of the word after tokens[i] (quote marks passed over), none at the end."""
    nxt = i + 1
    while nxt < hi and tokens[nxt].norm in SKIPPED and not tokens[nxt].is_word:
        nxt += 1
    return _segment_forms(tokens[nxt].norm) if nxt < hi else frozenset()


RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
QUOTES = frozenset({"«", "»", '"', "“", "”"})
# the parts of a country named before it (normal forms): على شمال إسرائيل
REGIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"})

# particles that stand before verbs only (normal forms): قد، لم، لن، سوف، and أنّ/إنّ with a
# pronoun (أنه قتل: "that he killed")
BEFORE_VERBS = frozenset(
    {"قد", "وقد", "فقد", "لقد", "لم", "ولم", "فلم", "لن", "ولن", "سوف"}
    | {"انه", "انها", "انهم", "انهما", "وانه", "وانها", "وانهم"}
)
GAP_PARTICLES = frozenset({"قد", "لقد", "ف", "كان", "كانت", "و", "لم", "لن", "لا", "سوف", "ما", "ربما"})
GAP_OPENERS = GAP_PARTICLES | RELATIVES | {",", "،"}  # the words a gap adjacent() accepts begins with


def adjacent(tokens: list[Token], end: int, start: int) -> bool:
    """Whether a subject ending at token ``end`` stands right before the verb at ``start``:
    nothing but particles between (إسرائيل قد حمّلتا), or an apposition set off by commas
    (عبد اللهيان، وزير الخارجية السابق، قد نفى)."""
    # «المقاومة الإسلامية»، وهي ...، قد تبنّت: quote marks around the subject are no words
    first = next((tokens[k].norm for k in range(end + 1, start) if tokens[k].norm not in QUOTES), None)
    if first is not None and first not in GAP_OPENERS:
        return False  # the cases below all need a gap that begins so; most gaps do not
    gap = [tokens[k].norm for k in range(end + 1, start) if tokens[k].norm not in QUOTES]
    if all(g in GAP_PARTICLES for g in gap):
        return True
    if [g for g in gap if g not in (",", "،")][:1] and all(
        g in RELATIVES or g in GAP_PARTICLES or g in (",", "،") for g in gap
    ):
        return True  # X، الذي قطع ...: a relative clause takes its antecedent for subject
    if gap and gap[0] in (",", "،"):
        commas = [i for i, g in enumerate(gap) if g in (",", "،")]
        return len(commas) >= 2 and all(g in GAP_PARTICLES for g in gap[commas[-1] + 1 :])
    return False
