"""Blame for attacks: whom a report, or those it quotes, hold responsible for an attack it
has told, and who denies any part in it.

Arabic news tells an attack first, often with no author (الهجوم الصاروخي الذي أودى بحياة
12 طفلاً في بلدة مجدل شمس، هجوم بطائرة مسيّرة استهدف موقعاً عسكرياً أمريكياً), and names
its author afterwards in a few set ways:

- حمّل X Y مسؤولية الهجوم / المسؤولية عن الهجوم / حمّل X المسؤولية لـ Y: X asserts Y did it;
- قال X إن الهجوم نفّذه Y (شنّته، أطلقه): Y did it, on X's word;
- الهجوم يحمل بصمات Y: Y did it, as X's belief (hedged);
- نفى Y أي صلة (علاقة) له (لبلاده) بالهجوم / بحادثة مجدل شمس: Y denies doing it.

The attack such a phrase names is one told before: a definite noun (الهجوم، الغارة) with
no target of its own stands for the last attack told whose target is known; a place after
an incident noun (حادثة مجدل شمس) names the attack on that place. Each attack told is
remembered with its target: the party after it (directly or after على/ضد), else the place
it struck (في بلدة ...)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from rawi.arabic import name_key
from rawi.dates import DateMention
from rawi.extract.attribution import Scope
from rawi.extract.clauses import COMPLEMENTIZERS, Arg, Trig
from rawi.extract.coref import country_of
from rawi.extract.lexicon_index import support_verbs
from rawi.lexicons.registry import Registry
from rawi.text.conjugate import verb_forms
from rawi.text.phrases import SKIPPED
from rawi.text.tokens import Token, word_segmentations
from rawi.text.word_cache import WORD_MARKS, WordCache

TARGET_REACH = 12  # tokens after an attack in which its target or the place it struck is named
ANTECEDENT_REACH = 1200  # characters back in which the attack a definite noun stands for is sought
TARGET_PREPS = frozenset({None, "علي", "ضد"})
TARGET_STOPS = frozenset({"،", ",", ".", ":", ";", "؛", "بينما", "فيما"}) | COMPLEMENTIZERS
RESPONSIBILITY = frozenset({"مسووليه", "المسووليه"})
LINKS = frozenset({"صله", "علاقه"})  # نفى أي صلة/علاقة له بالهجوم
INCIDENTS = frozenset({"حادثه", "حادث"})  # بحادثة مجدل شمس: the attack on a place, named by it
HALLMARKS = frozenset({"بصمات"})  # يحمل بصمات Y: bears Y's hallmarks
LINK_REACH = 12  # tokens from a denial to "any link" (the denier and its titles between)
DIRECTIONS = frozenset(
    {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "ريف", "اقصي", "محيط"}
)  # a state or town after them is where an attack fell, not a party it struck
PREPOSITION_LIKE = frozenset({"في", "خلال", "بعد", "قبل", "عقب"})  # المسؤولية في بيان: a time or place
CLAIM_REACH = 5  # tokens from تبنّى to the attack it claims (its subject between)
WEAPONS = frozenset({"صاروخ", "صواريخ", "قذيفه", "قذايف", "مسيره", "مسيرات", "طايره"})  # what was fired
BY_PHRASES = frozenset({("من", "جانب"), ("من", "قبل")})  # أُطلق من جانب Y: by Y
ASCRIBE = ("نسب", "ينسب")  # نسب الهجوم إلى Y: ascribed the attack to Y
ASCRIBE_REACH = 8  # tokens from نسب to its إلى (the attack and its source between)
OWN_COUNTRY = frozenset({"لبلاده", "لبلادها", "لدولته", "لدولتها"})


def _scanned(norm: str) -> bool:
    """Whether a word is one that _ascribed, _own_responsibility, _launched_by or _behind
    look for (نسب، مسؤوليته، أطلق، وراء): most sentences have none."""
    return "نسب" in norm or "مسووليت" in norm or norm in ("اطلق", "اطلقت", "وراء", "خلف")


SCANNED_WORDS = WORD_MARKS.question(_scanned)


@dataclass(slots=True)
class Attack:
    """An attack told in the report, with or without its author."""

    first: int  # token index of its trigger
    start: int  # characters of its trigger
    end: int
    targets: list[str]
    mode: str | None = None
    when: DateMention | None = None
    verb: bool = False
    borrowed: bool = False  # its targets are those of the attack told before (الهجوم)


@dataclass(slots=True)
class Blame:
    """Who is said to have carried out an attack, by whom, and how firmly."""

    agent: str
    attack: Attack
    polarity: str
    chain: list[str]
    start: int  # evidence, characters
    end: int
    trigger: tuple[int, int] = (0, 0)


@dataclass(slots=True)
class Told:
    """A sentence's attacks and accusations, as the event builder read them."""

    attacks: list[Attack] = field(default_factory=list)
    accusations: list[tuple[Trig, list[tuple[str, str, list[str]]]]] = field(default_factory=list)


def _kind(actor: str, registry: Registry) -> str:
    found = registry.get(actor)
    if found is not None:
        return found.kind
    return actor.split(":")[1] if actor.startswith("new:") else "other"


def _skip_marks(tokens: list[Token], k: int, hi: int) -> int:
    """The first token at or after k that is not a quote mark or hyphen."""
    while k < hi and tokens[k].norm in SKIPPED and not tokens[k].is_word:
        k += 1
    return k


def attack_targets(
    trig: Trig, args: list[Arg], tokens: list[Token], hi: int, registry: Registry, verbs_at: set[int]
) -> list[str]:
    """What an attack told without its author struck: the first party after it in its
    clause (الهجوم على X، استهدف موقعاً عسكرياً أمريكياً), else the first place it names
    (أودى بحياة 12 طفلاً في بلدة مجدل شمس). The adjective right after the noun names its
    author, not its target (غارة إسرائيلية)."""
    end = next(
        (
            k
            for k in range(trig.last + 1, min(hi, trig.last + 1 + TARGET_REACH))
            if tokens[k].norm in TARGET_STOPS
        ),
        None,
    )
    end = end if end is not None else min(hi, trig.last + 1 + TARGET_REACH)
    after = [a for a in args if trig.last < a.first < end]
    # الهجوم نفّذه حزب الله، الهجوم يحمل بصمات X: the party after a verb is that verb's
    carrier = next(
        (k for k in range(trig.last + 1, end) if k in verbs_at or _SUPPORT_VERBS[tokens[k].norm]),
        end,
    )
    after = [a for a in after if a.first < carrier or a.prep is not None]
    # استهدفت منزله في ريف السويداء: what was struck is someone's (the one the pronoun
    # stands for, told elsewhere), and the places after it say where that was
    owned = next((k for k in range(trig.last + 1, end) if _possessed(tokens[k])), end)
    after = [a for a in after if a.first < owned]
    # قصفت إسرائيل مدينة رفح: the party right after a verb is its subject (not an accusative
    # adjective: استهدف موقعاً أمريكياً)
    subject = _skip_marks(tokens, trig.last + 1, hi) if trig.verb else -1
    accusative = {
        id(a) for a in after if a.mention.how == "demonym" and name_key(a.mention.text).endswith("يا")
    }
    after = [a for a in after if not (a.first == subject and a.prep is None and id(a) not in accusative)]
    for a in after:
        if a.first > 0 and tokens[a.first - 1].best.stem in DIRECTIONS:
            continue  # جنوبي سوريا، ريف حلب: where, not whom
        own_adjective = a.mention.how == "demonym" and a.first == trig.last + 1 and not trig.verb
        if a.prep in TARGET_PREPS and not own_adjective and _kind(a.mention.actor, registry) != "location":
            return list(a.mention.group or (a.mention.actor,))
    # في بلدة مجدل شمس: a location is a place wherever it stands; a state only after في
    # a sea or strait (في خليج عمان) is where, no place of a state that was struck
    places = [
        a
        for a in after
        if (_kind(a.mention.actor, registry) == "location" and registry.state_of(a.mention.actor))
        or (a.prep in ("في", "فى") and _kind(a.mention.actor, registry) == "state")
    ]
    return [places[0].mention.actor] if places else []


def _possessed(token: Token) -> bool:
    """منزله، مقرها، سيارتهم: a noun with a possessive pronoun (not a verb's object pronoun)."""
    if not token.is_word or token.text.endswith("ة"):  # بلدة: a feminine noun, no pronoun
        return False
    return _WITH_POSSESSIVE[token.norm]


def _with_possessive(norm: str) -> bool:
    return any(
        s.enclitic in ("ه", "ها", "هم") and not s.has_article and not s.proclitics and len(s.stem) > 2
        for s in word_segmentations(norm)
    )


def _support_verb(norm: str) -> bool:
    verbs = support_verbs()
    return any(s.stem in verbs and not s.has_article for s in word_segmentations(norm))


# asked of the words after every attack told: once per word form
_WITH_POSSESSIVE: WordCache[bool] = WordCache(_with_possessive)
_SUPPORT_VERBS: WordCache[bool] = WordCache(_support_verb)


def is_definite(trig: Trig, tokens: list[Token]) -> bool:
    """الهجوم، بالهجوم، والغارة: a noun with the article refers to an attack already told."""
    return not trig.verb and any(seg.has_article for seg in tokens[trig.first].segmentations[:1])


def antecedent(attacks: list[Attack], before: int) -> Attack | None:
    """The last attack told before a character offset whose target is known, within reach;
    its means (mode) may be told by another word for the same attack (تفجير استهدف سوقاً)."""
    for i in range(len(attacks) - 1, -1, -1):
        a = attacks[i]
        if a.start >= before:
            continue
        if before - a.start > ANTECEDENT_REACH:
            return None
        if a.targets:
            same = (b.mode for b in reversed(attacks[:i]) if b.mode and b.targets == a.targets)
            return Attack(a.first, a.start, a.end, a.targets, a.mode or next(same, None), a.when)
    return None


def _told_from(attacks: list[Attack], lo: int) -> list[Attack]:
    """The attacks told from token ``lo`` on: the last of the list, which is in the order told."""
    k = len(attacks)
    while k > 0 and attacks[k - 1].first >= lo:
        k -= 1
    return attacks[k:]


def _attack_at(attacks: list[Attack], first: int, lo: int, hi: int) -> Attack | None:
    return next((a for a in attacks if a.first == first and lo <= first < hi), None)


def _scope_of(k: int, scopes: list[Scope]) -> tuple[str, list[str]]:
    """The polarity and chain of the claim token k stands in."""
    polarity, chain = "asserted", list[str]()
    for s in scopes:
        if s.start <= k < s.end:
            chain = list(s.chain) or chain
            if s.polarity in ("denied", "hedged"):
                polarity = s.polarity
    return polarity, chain


class Sentence(NamedTuple):
    """The sentence tokens[lo:hi] as the blame passes read it: its arguments, attribution
    scopes and triggers, and every attack the report has told so far."""

    tokens: list[Token]
    lo: int
    hi: int
    args: list[Arg]
    scopes: list[Scope]
    triggers: list[Trig]
    attacks: list[Attack]


def _responsibility_blames(sentence: Sentence, told: Told) -> list[Blame]:
    """حمّل X Y مسؤولية الهجوم، محمّلاً إياه المسؤولية عن الهجوم الصاروخي، حمّل X المسؤولية لـ Y."""
    tokens, lo, hi, args, _, triggers, attacks = sentence
    out: list[Blame] = []
    for trig, pairs in told.accusations:
        word = next(
            (
                k
                for k in range(trig.first, min(hi, trig.last + 9))
                if tokens[k].best.stem in RESPONSIBILITY
                or tokens[k].norm in RESPONSIBILITY
                or _standing_behind(tokens, k, hi)
            ),
            None,
        )
        if word is None:
            continue
        k = _skip_marks(tokens, word + 1, hi)
        if k < hi and tokens[k].norm in ("عن", "وراء", "خلف"):
            k = _skip_marks(tokens, k + 1, hi)
        named = next((t for t in triggers if t.first == k), None)
        if named is not None and named.entry.type == "ASSAULT":
            attack = _attack_at(attacks, named.first, lo, hi)
        elif _names_nothing(tokens, k, hi, args):  # حمّل بايدن المسؤولية لـ X: for what was told
            attack = antecedent(attacks, tokens[trig.first].start)
        else:
            attack = None  # المسؤولية عن تدهور الأوضاع: for something that is no attack
        if attack is None or not attack.targets:
            continue
        for accuser, blamed, chain in pairs:
            whose = chain if chain and chain[-1] == accuser else [*chain, accuser]
            span = (tokens[trig.first].start, tokens[trig.last].end)
            out.append(Blame(blamed, attack, "asserted", whose, span[0], max(span[1], attack.end), span))
    return out


def _standing_behind(tokens: list[Token], k: int, hi: int) -> bool:
    """اتهم X Y بالوقوف وراء (خلف) الهجوم: accused of being behind the attack."""
    return tokens[k].norm in ("بالوقوف", "الوقوف") and k + 1 < hi and tokens[k + 1].norm in ("وراء", "خلف")


def _names_nothing(tokens: list[Token], k: int, hi: int, args: list[Arg]) -> bool:
    """Whether "responsibility" at k-1 stands alone: the sentence ends, a party or a time
    follows (المسؤولية لـ«جماعات ...»، المسؤولية منذ ...), not a noun saying for what."""
    if k >= hi or not tokens[k].is_word or any(a.first == k for a in args):
        return True
    return tokens[k].norm in ("ل", "لـ", "منذ", "امس", "اليوم") or tokens[k].norm in PREPOSITION_LIKE


def _author_blames(sentence: Sentence) -> list[Blame]:
    """الهجوم نفّذه Y (asserted), الهجوم يحمل بصمات Y (hedged): the author named after the attack."""
    tokens, lo, hi, args, scopes, _, attacks = sentence
    verbs = support_verbs()
    out: list[Blame] = []
    for attack in reversed(attacks):
        if attack.first < lo:
            break  # those of earlier sentences
        if attack.first >= hi or not attack.targets:
            continue
        k = _skip_marks(tokens, attack.first + 1, hi)
        if k >= hi:
            continue
        segs = tokens[k].segmentations
        carried = any(s.enclitic in ("ه", "ها") and s.stem in verbs and not s.has_article for s in segs)
        hallmarks = (
            k + 1 < hi
            and any(s.stem in ("يحمل", "تحمل") for s in segs)
            and tokens[_skip_marks(tokens, k + 1, hi)].norm in HALLMARKS
        )
        if not (carried or hallmarks):
            continue
        reach = _skip_marks(tokens, k + 2 if hallmarks else k + 1, hi)
        agent = next((a for a in args if reach <= a.first <= reach + 2 and a.prep is None), None)
        if agent is None:
            continue
        polarity, chain = _scope_of(attack.first, scopes)
        if hallmarks and polarity == "asserted":
            polarity = "hedged"
        start, end = attack.start, tokens[agent.last].end
        out.append(
            Blame(agent.mention.actor, attack, polarity, chain, start, end, (attack.start, attack.end))
        )
    return out


def _denied_links(sentence: Sentence, registry: Registry) -> list[Blame]:
    """نفى Y أي صلة له (لبلاده) بالهجوم / بحادثة مجدل شمس: Y denies carrying out the attack."""
    tokens, lo, hi, args, scopes, triggers, attacks = sentence
    out: list[Blame] = []
    for scope in scopes:
        if scope.polarity != "denied" or not scope.chain or scope.cue_last < 0:
            continue
        link = next(
            (
                k
                for k in range(scope.cue_last + 1, min(hi, scope.cue_last + LINK_REACH))
                if tokens[k].norm == "اي" and k + 1 < hi and tokens[k + 1].norm in LINKS
            ),
            None,
        )
        if link is None:
            continue
        k = link + 2
        denier = scope.chain[-1]
        if k < hi and tokens[k].norm in OWN_COUNTRY:
            denier = country_of(denier, registry) or denier
            k += 1
        elif k < hi and tokens[k].norm in ("له", "لها", "لهم"):
            k += 1
        k = _skip_marks(tokens, k, hi)
        if k >= hi:
            continue
        named = next((t for t in triggers if t.first == k and t.entry.type == "ASSAULT"), None)
        attack = _attack_at(attacks, named.first, lo, hi) if named is not None else None
        if attack is not None and not attack.targets:  # بهجوم «البرج ٢٢»: the attack told before
            attack = antecedent(attacks, attack.start)
        incident = next(
            (s for s in tokens[k].segmentations if s.stem in INCIDENTS and "ب" in s.proclitics), None
        )
        if attack is None and incident is not None:
            place = next((a for a in args if a.first == _skip_marks(tokens, k + 1, hi)), None)
            if place is None and incident.has_article:  # بالحادث: the attack told before
                attack = antecedent(attacks, tokens[k].start)
            elif place is not None:
                earlier = next(
                    (
                        a
                        for a in reversed(attacks)
                        if a.start < tokens[k].start and place.mention.actor in a.targets
                    ),
                    None,
                )
                attack = earlier or Attack(k, tokens[k].start, tokens[place.last].end, [place.mention.actor])
        if attack is None or not attack.targets:
            continue
        start, end = tokens[scope.cue_first].start, tokens[k].end
        out.append(Blame(denier, attack, "denied", list(scope.chain), start, end, (attack.start, attack.end)))
    return out


@cache
def _ascribing_verbs() -> frozenset[str]:
    """نسب، ينسب، نُسبت ...: every form of "ascribed (it) to"."""
    return frozenset(verb_forms(*ASCRIBE))


def _ascribed(sentence: Sentence) -> list[Blame]:
    """نسبت مصادر محلية الغارة إلى Y (named sources assert it, unnamed ones only suspect it);
    الغارة، التي نُسبت إلى Y (hedged): the attack ascribed to Y."""
    tokens, lo, hi, args, scopes, _, attacks = sentence
    forms = _ascribing_verbs()
    out: list[Blame] = []
    for k in range(lo, hi):
        if "نسب" not in tokens[k].norm:  # most words: no need to segment
            continue
        if tokens[k].text.endswith("ة") or not any(
            s.stem in forms and not s.has_article and s.enclitic is None for s in tokens[k].segmentations
        ):
            continue  # نسبة (a rate) is no verb
        to = next((j for j in range(k + 1, min(hi, k + ASCRIBE_REACH)) if tokens[j].norm == "الي"), None)
        agent = next((a for a in args if to is not None and a.first == to + 1), None)
        if agent is None or to is None:
            continue
        told = [a for a in attacks if lo <= a.first < hi and a.targets and a.first != k]
        named = [a for a in told if k < a.first < to]  # نسبت المصادر الغارة إلى
        # الغارة التي دمّرت القنصلية، والتي نُسبت إلى Y: the noun the relative clause qualifies
        before = [a for a in told if a.first < k and a.end <= tokens[k].start and not a.verb]
        if not (named or before):
            continue
        attack = (named or before[-1:])[0]
        polarity, chain = _scope_of(k, scopes)
        subject = next(
            (a for a in args if k < a.first < (named[0].first if named else to) and a.prep is None), None
        )
        if subject is not None and named:
            chain = [*chain, subject.mention.actor]
        elif polarity == "asserted":
            polarity = "hedged"  # مصادر محلية، نُسبت: by no one named
        out.append(
            Blame(
                agent.mention.actor,
                attack,
                polarity,
                chain,
                tokens[k].start,
                tokens[agent.last].end,
                (tokens[k].start, tokens[k].end),
            )
        )
    return out


def _own_responsibility(sentence: Sentence) -> list[Blame]:
    """أعلنت X مسؤوليتها عن الهجوم (X did it, on its own word); نفت X مسؤوليتها عن الهجوم
    (X denies it)."""
    tokens, lo, hi, args, scopes, triggers, attacks = sentence
    out: list[Blame] = []
    for k in range(lo, hi):
        if "مسووليت" not in tokens[k].norm:  # most words: no need to segment
            continue
        if not any(s.stem == "مسووليت" and s.enclitic in ("ه", "ها", "هم") for s in tokens[k].segmentations):
            continue
        j = _skip_marks(tokens, k + 1, hi)
        if j >= hi or tokens[j].norm != "عن":
            continue
        j = _skip_marks(tokens, j + 1, hi)
        named = next((t for t in triggers if t.first == j and t.entry.type == "ASSAULT"), None)
        attack = _attack_at(attacks, named.first, lo, hi) if named is not None else None
        if attack is None or not attack.targets:
            continue
        polarity, chain = _scope_of(k, scopes)
        owner = chain[-1:] or [a.mention.actor for a in args if a.last < k and a.prep is None][-1:]
        if not owner:
            continue
        out.append(
            Blame(
                owner[0], attack, polarity, chain, tokens[k].start, tokens[j].end, (attack.start, attack.end)
            )
        )
    return out


def _launched_by(sentence: Sentence) -> list[Blame]:
    """الصاروخ أُطلق من جانب الحزب (من قبل Y): the weapon of the attack last told was fired by Y."""
    tokens, lo, hi, args, scopes, _, attacks = sentence
    out: list[Blame] = []
    for verb in range(lo + 1, hi - 2):
        if tokens[verb].norm not in ("اطلق", "اطلقت"):
            continue
        k = verb - 1
        while k > lo and tokens[k].norm in SKIPPED and not tokens[k].is_word:
            k -= 1  # «الصاروخ» أُطلق
        if not any(s.has_article and s.stem in WEAPONS for s in tokens[k].segmentations):
            continue
        by = (tokens[verb + 1].norm, tokens[verb + 2].norm)
        agent = next((a for a in args if a.first == verb + 3), None) if by in BY_PHRASES else None
        attack = antecedent(attacks, tokens[k].start)
        if agent is None or attack is None:
            continue
        polarity, chain = _scope_of(k, scopes)
        span = (tokens[k].start, tokens[agent.last].end)
        out.append(
            Blame(agent.mention.actor, attack, polarity, chain, *span, (tokens[verb].start, tokens[verb].end))
        )
    return out


@cache
def _standing_verbs() -> frozenset[str]:
    """وقف، يقف، تقف ...: every form of "stood (behind)"."""
    return frozenset(verb_forms("وقف", "يقف"))


def _behind(sentence: Sentence) -> list[Blame]:
    """قال X إن Y تقف وراء (خلف) الهجوم: Y did it, on X's word."""
    tokens, lo, hi, args, scopes, triggers, attacks = sentence
    forms = _standing_verbs()
    out: list[Blame] = []
    for k in range(lo, hi - 2):
        if tokens[k + 1].norm not in ("وراء", "خلف") or tokens[k].norm not in forms:
            continue
        j = _skip_marks(tokens, k + 2, hi)
        named = next((t for t in triggers if t.first == j and t.entry.type == "ASSAULT"), None)
        attack = _attack_at(attacks, named.first, lo, hi) if named is not None else None
        subject = [a for a in args if a.last < k and k - a.last <= 2 and a.prep is None][-1:]  # إن Y تقف
        if attack is None or not attack.targets or not subject:
            continue
        polarity, chain = _scope_of(k, scopes)
        span = (tokens[subject[0].first].start, attack.end)
        out.append(
            Blame(
                subject[0].mention.actor, attack, polarity, chain, *span, (tokens[k].start, tokens[k + 1].end)
            )
        )
    return out


@cache
def _claiming_verbs() -> frozenset[str]:
    """تبنّى، يتبنّى ...: every form of "claimed (an attack)"."""
    return frozenset(verb_forms("تبنى", "يتبنى"))


def _claimed(sentence: Sentence) -> list[Blame]:
    """تبنّت X الهجوم (the attack told before): X claims it, on its own word."""
    tokens, lo, hi, args, _, _, attacks = sentence
    forms = _claiming_verbs()
    out: list[Blame] = []
    for attack in _told_from(attacks, lo):
        if not (lo <= attack.first < hi) or attack.verb or not attack.borrowed:
            continue
        verb = next(
            (
                k
                for k in range(max(lo, attack.first - CLAIM_REACH), attack.first)
                if any(s.stem in forms and not s.has_article for s in tokens[k].segmentations)
            ),
            None,
        )
        if verb is None:
            continue
        subject = [a for a in args if verb < a.first < attack.first and a.prep is None]
        subject = subject or [a for a in args if a.last < verb and verb - a.last <= 3 and a.prep is None][-1:]
        if not subject:
            continue
        who = subject[0].mention.actor
        span = (tokens[verb].start, attack.end)
        out.append(Blame(who, attack, "asserted", [who], *span, (tokens[verb].start, tokens[verb].end)))
    return out


def blames(
    tokens: list[Token],
    lo: int,
    hi: int,
    args: list[Arg],
    scopes: list[Scope],
    triggers: list[Trig],
    told: Told,
    attacks: list[Attack],
    registry: Registry,
) -> list[Blame]:
    """Every attribution or denial of an attack in the sentence tokens[lo:hi]."""
    # the passes that read every word run only where a word they look for stands
    scanned = bool(WORD_MARKS.positions(tokens, SCANNED_WORDS, lo, hi))
    sentence = Sentence(tokens, lo, hi, args, scopes, triggers, attacks)
    found = [
        *_responsibility_blames(sentence, told),
        *_author_blames(sentence),
        *_denied_links(sentence, registry),
        *(_ascribed(sentence) if scanned else ()),
        *(_own_responsibility(sentence) if scanned else ()),
        *(_launched_by(sentence) if scanned else ()),
        *_claimed(sentence),
        *(_behind(sentence) if scanned else ()),
    ]
    return [b for b in found if b.agent not in b.attack.targets]
