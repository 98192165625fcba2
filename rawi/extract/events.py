"""Events: who did what to whom, on whose word, affirmed, denied or hedged, when and where.

For each sentence: its actor mentions become arguments (with their prepositions),
attribution scopes are found (attribution.py), triggers are found (clauses.py),
and each trigger takes its arguments by Arabic word order:

- a verb takes its subject after it (VSO) or before it in its clause (SVO), or
  the subject of the verb before it (pro-drop: التقوا ... واتفقوا); its target
  is the next actor after it that is direct or governed by one of the trigger's
  prepositions, or the actor a pronoun on the verb stands for (يزودونهم);
- a verbal noun takes its genitive as target, or as agent when a ل/إلى target
  follows (تمويل الحرس لعمليات القاعدة); otherwise its agent is the subject of
  its clause (التزم النظام الإيراني بتغطية تكاليف ...);
- joint events gather every side: subjects, مع X, بين X و Y;
- "host" triggers (مقيم في إيران, تحت حماية النظام) make the state the giver of
  sanctuary; "payer" triggers (يدفع الحزب ثمناً باهظاً) make the payer the threatened;
- a support verb in a noun's relative clause names its agent (الهجوم الذي شنّته X);
  a host or sponsor of talks (محادثات استضافتها الصين) meets the sides just reported;
- an attack condemned by a bare definite noun (ودان بايدن الهجوم) is the report's own,
  the first attack it tells, whose author is the one condemned; a party answering an
  act (ردّ الحزب على اغتيال شكر) is not its agent; in a warning, the side named by the
  adjective of one's own answer (الرد الإيراني سيكون أشد) is not the one warned, but a
  party later in the complement is (إذا ارتكب «النظام الإسرائيلي» خطأً), threatened with force;
- an event is dated by its own clause (or its noun's relative clause), else by the
  nearest date of the sentence outside other clauses; a time anaphor (خلالها، آنذاك)
  dates it by the event last reported; in a report of today's news, undated speech
  acts are dated that day.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import accumulate, pairwise

from rawi.arabic import name_key, normalize
from rawi.dates import DateMention
from rawi.document import PartialDate, Span
from rawi.extract.attribution import Scope, find_scopes
from rawi.extract.blame import (
    LINKS,
    RESPONSIBILITY,
    Attack,
    Told,
    antecedent,
    attack_targets,
    blames,
    is_definite,
)
from rawi.extract.clauses import (
    AGENT,
    AGENT_PHRASES,
    COMPLEMENTIZERS,
    DIACRITICS,
    GAP_PARTICLES,
    PREPOSITION_WORDS,
    RELATIVES,
    Arg,
    Trig,
    adjacent,
    arguments,
    carries_bi,
    find_triggers,
)
from rawi.extract.coref import country_of
from rawi.extract.evaluations import Evaluation, evaluated, find_evaluations, is_evaluating_verb
from rawi.extract.lexicon_index import (
    TriggerEntry,
    aid_objects,
    anchored_dates,
    cue_index,
    fired_objects,
    masculine_heads,
    member_nouns,
    negated_ruling_out,
    not_ruled_out,
    opposing_words,
    relation_words,
    request_objects,
    result_nouns,
    retaliation_nouns,
    support_verbs,
    threat_objects,
    time_anaphors,
    trigger_index,
)
from rawi.extract.mentions import ActorMention, _token_bounds, covering
from rawi.extract.modality import modality_of, threat_mode
from rawi.lexicons import word_list
from rawi.lexicons.registry import Registry
from rawi.text import Analysis
from rawi.text.conjugate import verb_forms
from rawi.text.phrases import SKIPPED, PhraseLexicon, PhraseMatch
from rawi.text.tokens import Token, word_segmentations
from rawi.text.word_cache import WordCache

REFUSALS = frozenset({"لن"})  # "will not": a refusal of what cooperative verbs name
COOPERATIVE = frozenset({"AGREE", "COOPERATE", "CONSULT", "SUPPORT"})
NEGATIONS = frozenset({"لم", "لن", "لا", "ليس", "ليست", "ما", "لما"})
RELATIVE_MA = frozenset(
    {"هو", "وهو", "هي", "وهي", "هذا", "وهذا", "ذلك", "وذلك"}
)  # وهو ما رفضته: "which", no negation
SPEECH_ACTS = frozenset({"ACCUSE", "THREATEN", "REJECT", "REQUEST", "PROTEST"})
BLAME_WORDS = LINKS | RESPONSIBILITY  # words before an attack noun that blame.py reads
VSO_WINDOW = 12
SUBJECT_REACH = 6  # tokens after a verb in which its subject is sought (a title between)
VSO_BARRIERS = frozenset(
    {"في", "علي", "الي", "مع", "من", "عن", "بين"}
)  # tokens after a verb in which its subject stands (titles and ranks come between)
# words that begin a new clause: a subject is not sought across them
CLAUSE_BREAKS = frozenset({":", ";", "؛", "بينما", "فيما", "حيث", "اذ", "لكن"})
CLAUSE_BREAK_PAIRS = frozenset({("غير", "ان"), ("في", "حين"), ("في", "وقت")})  # غير أن، في حين
# words that begin a clause of their own for dating: a relative clause, a complement, a comma
DATE_CLAUSE_BREAKS = RELATIVES | COMPLEMENTIZERS | {"،", ",", ";", "؛", ":"}
LEAD_SENTENCES = 6  # the headline and the lead, where a report's own day is given
CONDEMNED_REACH = 8  # tokens from a verb of condemnation to the attack it names (its subject between)
MAX_SIDES = 8  # parties of one meeting or agreement
ANSWERED = frozenset({"علي"})  # a verbal noun after it is what a party answers (ردّ على)
OUTRIGHT_THREATS = frozenset({"هدد", "توعد"})  # threaten, not warn (حذّر)
PRESSURE = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})  # acts a threat may follow
OWN_SIDES = 6  # tokens after an attack noun in which a party names its own sides (نفذه X)
REFUSAL_REACH = 2  # tokens from a refusal to the cooperative act it refuses (رفضت قطر التطبيع)
ACCUSED_REACH = 10  # tokens from the accused to the act it is accused of (its means: عبر استهداف)
# words before the act that was the means of what is accused (عبر استهداف، من خلال تزويد)
MEANS = frozenset({"عبر", "خلال", "بواسطه"})
COMPLEMENT_REACH = 12  # tokens after a threat's complementizer in which the threatened is named
AGENT_WORDS = frozenset(word for phrase in AGENT_PHRASES for word in phrase)  # من قبل، على يد
NEAR_AGENT = 15  # tokens between a verbal noun and a party before it taken for its agent
MAX_ARG_DISTANCE = 30  # tokens between a trigger and an argument, within its clause
TAKEN_KINDS = ("person", "organization", "state", "other")
FORCE = frozenset({"ASSAULT"})  # events whose target may be a place (a seizure takes its state)
AGAINST = frozenset({"علي", "ضد"})
PLACE_NOUNS = frozenset(
    {"مدينه", "بلده", "قريه", "مخيم", "حي", "العاصمه", "مدينتي", "بلدتي"}
)  # قصف مدينة حلب
OBJECT_PRONOUN_PREPOSITIONS = frozenset({"عليه", "عليها", "عليهم", "له", "لها", "لهم"})  # قُضي عليه
OUR_NOUNS = frozenset({"قوات", "اراضي", "بلاد", "جنود"})  # قواتنا، أراضينا: the speaker's side
MEMBERS_REACH = 8  # tokens after an attack in which the members it struck are named
QUOTE_MARKS = frozenset({"»", "«", '"', "“", "”"})
DAY_PARTS = frozenset({"فجر"})  # فجر الأحد، فجر اليوم: at dawn, not "blew up", before a date


@dataclass(slots=True)
class FoundEvent:
    type: str
    mode: str | None
    source: str | None
    target: str | None
    participants: list[str]
    polarity: str
    chain: list[str]
    start: int  # evidence, character offsets
    end: int
    when: DateMention | None = None
    since: bool = False
    where: str | None = None
    confidence: float = 0.5
    modality: str | None = None
    trigger: tuple[int, int] = (0, 0)


@dataclass(slots=True)
class SentenceState:
    """What carries from one sentence to the next: the last source and the last subject."""

    chain: list[str] = field(default_factory=list)
    subject: list[Arg] = field(default_factory=list)
    events: list[FoundEvent] = field(default_factory=list)  # those of the sentence before
    decider: list[Arg] = field(default_factory=list)  # who took the decision last reported


def _actor_kind(actor: str, registry: Registry) -> str:
    found = registry.get(actor)
    if found is not None:
        return found.kind
    return actor.split(":")[1] if actor.startswith("new:") else "other"


def _with_titles(args: list[Arg], tokens: list[Token], lo: int, titles: dict[int, int], text: str) -> None:
    """A person's title is part of its noun phrase: مقتل المتحدث باسم داعش أبي الحسن المهاجر
    is the killing of that person, so the argument starts at the title. ``titles``: the
    start of each describing span, by its end."""
    if not titles:
        return
    for arg in args:
        start = tokens[arg.first].start
        title = None
        for end in (start - 2, start - 1, start):  # the first span ending 0-2 characters before
            if end in titles and not text[end:start].strip():
                title = titles[end] if titles[end] < start else None
                break
        if title is None:
            continue
        k = arg.first
        while k > lo and tokens[k - 1].start >= title:
            k -= 1
        arg.first = k
        if arg.prep is None:  # عقوبات على قائد قوات الدعم السريع X: the title's preposition is X's
            arg.prep = _preposition_before(tokens, k, lo)


BELONGING = frozenset({"تابعه", "التابعه", "تابع", "التابع", "تابعين", "التابعين", "تابعون"})  # normal forms


def _members_stand_for_their_party(args: list[Arg], tokens: list[Token]) -> None:
    """مقتل عنصر في حزب الله: a member (members_in.txt) stands for the party after في, which
    takes the member's place in the sentence — it is no place where something happened."""
    members = word_list("members_in.txt")
    adjectives = word_list("member_adjectives.txt")  # ضابط رفيع في X
    for arg in args:
        if arg.prep in ("في", "فى") and arg.first > 1:
            k = arg.first - 2
        elif arg.prep == "ل" and arg.first > 1 and tokens[arg.first - 1].norm in BELONGING:
            k = arg.first - 2  # خلية تابعة لتنظيم داعش: a member "belonging to" its party
        else:
            continue
        if k > 0 and tokens[k].norm in adjectives:
            k -= 1
        if any(seg.stem.removeprefix("ال") in members for seg in tokens[k].segmentations):
            arg.prep = _preposition_before(tokens, k, 0)


def _preposition_before(tokens: list[Token], k: int, lo: int) -> str | None:
    """The preposition that governs the noun at k: a word before it (على، مع) or a letter
    joined to it (لقائد، بزعيم)."""
    if k > lo and tokens[k - 1].norm in PREPOSITION_WORDS:
        return tokens[k - 1].norm
    joined = tokens[k].best.proclitics[-1:]
    return joined[0] if joined and joined[0] in ("ب", "ل") else None


SIDES_REACH = 400  # characters before the sentence in which talks just reported are sought
TALKS = frozenset({"AGREE", "CONSULT", "RETREAT"})


def _last_actor(trig: Trig, tokens: list[Token], events: list[FoundEvent], since: int) -> list[Arg]:
    """وهو ما رفضته باريس: what was just reported, rejected or denied — its author is the
    other side (the pronoun stands for the act, not for a party named in it)."""
    if not (trig.verb and trig.enclitic and trig.first > 0 and tokens[trig.first - 1].norm == "ما"):
        return []
    act = next((e for e in reversed(events) if e.source and e.start >= since), None)
    if act is None or act.source is None:
        return []
    return [Arg(ActorMention(act.start, act.end, act.source, "anaphora", ""), trig.first, trig.first, None)]


CONDEMNED_ACTS = frozenset({"ASSAULT", "SANCTION", "COERCE"})  # acts condemned by a bare noun


def _main_attack(
    trig: Trig, triggers: list[Trig], tokens: list[Token], args: list[Arg], events: list[FoundEvent]
) -> list[Arg]:
    """ودان بايدن الهجوم، دانت الحكومة الاستهداف، أدانت الخارجية العقوبات: an attack (or
    sanction, or seizure) condemned by a bare definite noun is the report's own, the first
    of its kind it tells (headline, lead), and its author is the one condemned. Not the
    last one told: that is often background (the strike it answered, an earlier round)."""
    if trig.entry.mode != "disapprove" or not trig.verb:
        return []
    noun = next((t for t in triggers if trig.last < t.first <= trig.last + CONDEMNED_REACH), None)
    if (
        noun is None
        or noun.verb
        or noun.entry.type not in CONDEMNED_ACTS
        or not tokens[noun.first].norm.startswith("ال")
    ):
        return []
    if any(noun.last < a.first <= noun.last + 2 for a in args):
        return []  # الهجوم الإيراني، الهجوم على القنصلية: the noun names its own sides
    main = next((e for e in events if e.type == noun.entry.type and e.source), None)
    if main is None or main.source is None:
        return []
    return [
        Arg(ActorMention(main.start, main.end, main.source, "anaphora", ""), trig.first, trig.first, None)
    ]


DECISION = "قرار"  # the noun, without article
DECISION_REACH = 4  # tokens from a verb of welcome or refusal to the decision it names (its subject between)
ADOPTION_REACH = 4  # tokens from a verb of adopting to the decision it adopts (اتخذ المجلس قراراً)


@cache
def _deciding_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """Forms of قرّر (decided) and of the verbs that adopt a decision (اتخذ، أصدر، تبنّى، أقرّ)."""
    adopting = ("اتخذ", "يتخذ"), ("أصدر", "يصدر"), ("تبنى", "يتبنى"), ("أقر", "يقر")
    return verb_forms("قرر", "يقرر"), frozenset(f for p, i in adopting for f in verb_forms(p, i))


def _deciding_word(norm: str) -> tuple[bool, bool] | None:
    """Whether a word of this form may be قرّر, and whether it may adopt a decision (None:
    neither)."""
    deciding, adopting = _deciding_verbs()
    stems = {seg.stem for seg in word_segmentations(norm) if not seg.has_article}
    kinds = bool(stems & deciding), bool(stems & adopting)
    return kinds if any(kinds) else None


_DECIDING_WORDS: WordCache[tuple[bool, bool] | None] = WordCache(_deciding_word)  # asked of every token


def _decider(tokens: list[Token], lo: int, hi: int, parties: list[Arg]) -> list[Arg]:
    """قررت جامعة الدول العربية ...، تبنّى مجلس الأمن قراراً: who took the decision, for a later
    "the decision" (ورحّبت دمشق بالقرار) to name."""
    kinds = _DECIDING_WORDS
    for k in _within(_marks(tokens).deciding, lo, hi):
        deciding, adopting = kinds[tokens[k].norm] or (False, False)
        adopts = adopting and any(
            tokens[j].best.stem.removesuffix("ا") == DECISION and not tokens[j].best.has_article
            for j in range(k + 1, min(hi, k + 1 + ADOPTION_REACH))
        )
        if not (deciding or adopts):
            continue
        direct = [a for a in parties if a.prep is None]
        before = [a for a in direct if a.last < k and adjacent(tokens, a.last, k)]
        after = [a for a in direct if k < a.first <= k + SUBJECT_REACH]
        return before[-1:] or after[:1]
    return []


def _decision_author(trig: Trig, tokens: list[Token], hi: int, decider: list[Arg]) -> list[Arg]:
    """رحّبت دمشق بالقرار، رفض X القرار: "the decision" is the one last reported, and a welcome,
    refusal or condemnation of it goes to whoever took it."""
    if not decider or not trig.verb or trig.entry.type not in ("SUPPORT", "REJECT", "ACCUSE"):
        return []
    for k in range(trig.last + 1, min(hi, trig.last + 1 + DECISION_REACH)):
        if any(seg.has_article and seg.stem == DECISION for seg in tokens[k].segmentations):
            nxt = tokens[k + 1].norm if k + 1 < hi else ""
            return [] if nxt and nxt not in (".", "،", ",") and tokens[k + 1].is_word else decider[:1]
    return []


def _talks_sides(trig: Trig, events: list[FoundEvent], text: str, since: int) -> list[Arg]:
    """The sides of the talks or accord last reported (اتفقت السعودية وإيران ... في ختام
    محادثات استضافتها الصين: the pronoun on the verb is those talks), as one argument
    standing for them all."""
    if trig.entry.mode != "third-party":
        return []
    if trig.verb and trig.enclitic is None:
        return []  # استضافت عمّان اجتماعاً ضم ...: the talks are named after, not before
    for e in reversed(events):
        if e.start < since:
            break
        if e.type in TALKS and e.participants and e.mode != "third-party":
            sides = ActorMention(e.start, e.end, e.participants[0], "pair", "", group=tuple(e.participants))
            return [Arg(sides, trig.first, trig.first, "بين")]
    return []


def _partner(trig: Trig, events: list[FoundEvent], since: int) -> list[Arg]:
    """The sides of the agreement or cooperation told last in this sentence: a giving verb
    after it with no recipient named gives to them (أرسلت مستشارين after وقّعت مع X)."""
    if not trig.verb or trig.entry.type != "AID":
        return []
    for e in reversed(events):
        if e.start < since:
            break
        if e.type in ("AGREE", "COOPERATE") and e.participants:
            sides = ActorMention(e.start, e.end, e.participants[0], "pair", "", group=tuple(e.participants))
            return [Arg(sides, trig.first, trig.first, None)]
    return []


HOSTILE = frozenset({"SANCTION", "THREATEN", "COERCE", "ASSAULT", "MOBILIZE"})


def _opponent(trig: Trig, events: list[FoundEvent], since: int) -> list[Arg]:
    """[source, target] of the hostile act told last in this sentence: forces raised after it
    with no target named are raised against the same side (فرضت إيكواس عقوبات على النيجر ...
    قبل أن تأمر بتفعيل القوة الاحتياطية)."""
    if trig.entry.type != "MOBILIZE":
        return []
    for e in reversed(events):
        if e.start < since:
            break
        if e.type in HOSTILE and e.source and e.target:
            return [
                Arg(ActorMention(e.start, e.end, actor, "anaphora", ""), trig.first, trig.first, None)
                for actor in (e.source, e.target)
            ]
    return []


def _same_opponent(agent: list[Arg], opponent: list[Arg]) -> list[Arg]:
    """The target of the hostile act just told, when its author is this agent."""
    if len(opponent) != 2 or opponent[0].mention.actor not in {x for a in agent for x in _actors(a)}:
        return []
    return opponent[1:]


# forces deployed "for" someone (مسلحين تابعين للحزب، لدعم) are not deployed against them
UNDIRECTED_BY_L = frozenset({"MOBILIZE"})
APPROVALS = frozenset({"AGREE", "CONCEDE"})  # their verbal noun's genitive is the one who acts
PREP_REACH = 8  # tokens after a trigger in which the preposition it needs stands


def _noun_reading(word: Token, nxt: Token) -> bool:
    first = word.norm[1:] if word.norm[:1] in ("و", "ف") and len(word.norm) > 3 else word.norm
    return f"{first} {nxt.norm}" in word_list("noun_readings.txt")


def _misread(trig: Trig, tokens: list[Token], hi: int) -> bool:
    """Words that share a trigger's letters but not its sense, told by what follows:
    يوقع قتلى (inflicts casualties) is no signing; تراجع without عن (تراجع قدرة الحكومة,
    a decline) is no backing down — a concession names what is given up (تراجع عن); nor is
    اعترض with no على an objection (اعترض صاروخاً: intercepted a missile).
    """
    entry = trig.entry
    if entry.type == "AGREE" and trig.verb and trig.last + 1 < hi:
        casualties = any(seg.stem in result_nouns() for seg in tokens[trig.last + 1].segmentations)
        if casualties:
            return True
    if entry.type == "REJECT" and "-" not in entry.preps and trig.verb and trig.last + 1 < hi:
        # اعترض صاروخاً: a direct object, marked indefinite accusative (the tanween written)
        return "\u064b" in tokens[trig.last + 1].text
    if entry.type == "CONCEDE" and "-" not in entry.preps:
        words = {p for p in entry.preps if len(p) > 1}
        joined = {p for p in entry.preps if len(p) == 1}
        return not any(
            tokens[k].norm in words
            or any(seg.proclitics[-1:] and seg.proclitics[-1] in joined for seg in tokens[k].segmentations)
            for k in range(trig.last + 1, min(hi, trig.last + 1 + PREP_REACH))
        )
    return False


GUEST_REACH = 5  # tokens after a verb of hosting in which its guest is named (its subject between)
MEMBERS_OF = frozenset({"قاده", "قيادات", "قياديين", "عناصر", "مقاتلين", "اعضاء", "كوادر"})  # ... من X


def _shelters(trig: Trig, parties: list[Arg], tokens: list[Token], registry: Registry) -> bool:
    """استضافت طالبان زعيم القاعدة، باستضافتها قادة حماس: hosting an armed group or one of its
    leaders (not its delegation: استضافت وفد حماس) is giving it shelter, not brokering talks."""
    near: list[Arg] = []
    for a in parties:
        if not trig.last < a.first <= trig.last + GUEST_REACH:
            continue
        if a.prep is None or (a.prep == "من" and tokens[a.first - 2].norm.lstrip("و") in MEMBERS_OF):
            near.append(a)  # قادة حماس، قادة من حركة حماس
        else:
            break  # تيسرها السعودية بين الجيش وقوات الدعم السريع: the sides of talks, no guests
    if trig.verb and len(near) >= 2 and near[0].first == trig.last + 1:
        near = near[1:]  # وتستضيف تركيا قادة من حماس: the subject comes first
    guest = near[0] if near else None
    if guest is None or tokens[guest.first - 1].norm in word_list("delegates.txt"):
        return False
    actor = registry.get(guest.mention.actor)
    if actor is None:
        return False
    if actor.kind == "person":
        return any(
            (org := registry.get(r.org)) is not None and org.category == "armed_groups" for r in actor.roles
        )
    return actor.category == "armed_groups"


# participles of backing that a nationality adverb follows (المدعومة إيرانياً)
BACKED = frozenset({"مدعوم", "مدعومه", "مدعومين", "مدعومون"})


def _backer(arg: Arg, tokens: list[Token]) -> bool:
    """إيرانياً in الجماعة المدعومة إيرانياً: the backer, no object of the clause's verb."""
    if arg.mention.how != "demonym" or arg.first == 0:
        return False
    return any(seg.stem in BACKED for seg in tokens[arg.first - 1].segmentations)


def _belongs_to(arg: Arg, tokens: list[Token]) -> bool:
    """A party after an adjective of belonging or loyalty (الموالية لإيران، التابعة للجيش).
    After the object it is the object's owner, and as such the target (قصفت منشأة تابعة
    لحزب الله); after the subject it is no target."""
    if arg.prep not in ("ل", "من") or arg.first == 0:
        return False
    words = relation_words()
    return any(seg.stem in words for seg in tokens[arg.first - 1].segmentations)


def _official_of(arg: Arg, tokens: list[Token]) -> bool:
    """لمسؤول سعودي، لوفد إيراني: an adjective of nationality on an indefinite noun after ل
    names the one the noun is (the visitor), not a place visited."""
    if arg.prep not in (None, "ل") or arg.mention.how != "demonym" or arg.first == 0:
        return False
    noun = tokens[arg.first - 1]
    return noun.is_word and any(
        seg.proclitics[-1:] == ("ل",) and not seg.has_article for seg in noun.segmentations
    )


LEADING = frozenset(
    normalize(w) for w in ("برئاسة", "بقيادة", "بزعامة", "يتزعمه", "يقوده", "يرأسه")
)  # led by
LEADER_REACH = 6  # tokens from the party led to the word "headed by"


def _leaders(args: list[Arg], tokens: list[Token]) -> set[int]:
    """وفد من حركة حماس برئاسة خليل الحية، وحدات من الحرس الرئاسي بقيادة الجنرال X: the one
    who heads a party named just before is part of its noun phrase, no party of his own (the
    party led acts). Not so when nothing named is led (قوات بقيادة حفتر: he is the party)."""
    out: set[int] = set()
    for led, leader in pairwise(args):
        if (
            leader.first > 0
            and tokens[leader.first - 1].norm in LEADING
            and led.prep is None
            and leader.first - led.last <= LEADER_REACH
        ):
            out.add(id(leader))
    return out


CHARGE_REACH = 16  # tokens from a verb of accusing to an act of the charge (عبر تزويد ...)
CHARGE_STEM = 4  # letters of a charge's noun after ب, where the analyser did not read it so


def _charge_after(tokens: list[Token], verb: int, right: int, args: list[Arg]) -> int | None:
    """اتهم X Y بتزويد ...: the first word after an accusing verb that carries the ب of the
    charge (outside a party's name), if any."""
    for k in range(verb + 1, right):
        if any(a.first <= k <= a.last for a in args):
            continue
        # بقصف، بالتخابر، بتأجيج; not بيان (a word of its own, too short for ب + a noun)
        if any(
            carries_bi(seg) and (seg is tokens[k].best or len(seg.stem) >= CHARGE_STEM)
            for seg in tokens[k].segmentations
        ):
            return k
    return None


def _represents(token: Token) -> bool:
    """سفير، وفد، وزير: a noun for one who represents a party (representatives.txt)."""
    nouns = word_list("representatives.txt")
    return any(seg.stem.removeprefix("ال") in nouns for seg in token.segmentations)


def _visitor(arg: Arg, tokens: list[Token], registry: Registry) -> bool:
    """A person, or a party named after a noun for those who represent a party (representatives.txt):
    وفد من حركة حماس، وزير الخارجية التركي، الرئيس الإيراني."""
    if _actor_kind(arg.mention.actor, registry) == "person":
        return True
    before = [tokens[k] for k in range(max(0, arg.first - 2), arg.first) if tokens[k].norm != "من"]
    return any(_represents(tok) for tok in before[-1:])


def _pieces(trig: Trig, tokens: list[Token], hi: int, args: list[Arg]) -> bool:
    """قطع (cut ties) is also قِطَع (pieces): read before an indefinite word that no definite
    word follows (ومراكز أبحاث وقطع بحرية تابعة), it is the noun, not the verb. The verb
    cuts something definite (قطعت علاقاتها) or has a subject after it (قطعت دول الخليج)."""
    if not (trig.verb and trig.entry.type == "SANCTION" and trig.entry.trigger.startswith("قطع|")):
        return False
    after = [tokens[k] for k in range(trig.last + 1, min(hi, trig.last + 3))]
    if len(after) < 2 or any(a.first in (trig.last + 1, trig.last + 2) for a in args):
        return False
    return all(t.is_word and not t.best.has_article and t.best.enclitic is None for t in after)


def _is_party(arg: Arg, registry: Registry) -> bool:
    return all(_actor_kind(a, registry) in TAKEN_KINDS for a in (arg.mention.group or (arg.mention.actor,)))


class _PartyActors(dict[tuple[str, ...], bool]):
    """Whether all the actors of a mention are of the kinds that take part in events
    (_is_party), by those actors: asked of every argument of every sentence, answered once
    a report."""

    def __init__(self, registry: Registry) -> None:
        super().__init__()
        self.registry = registry

    def __missing__(self, actors: tuple[str, ...]) -> bool:
        answer = self[actors] = all(_actor_kind(a, self.registry) in TAKEN_KINDS for a in actors)
        return answer


def _actors(arg: Arg) -> list[str]:
    return list(arg.mention.group or (arg.mention.actor,))


def _inside(mentions: list[ActorMention], spans: list[tuple[int, int]]) -> set[int]:
    """The ids of the mentions that lie inside one of the character spans (found from each
    span by bisection, not by testing every mention against every span)."""
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    return {
        id(m)
        for s, e in spans
        for m in by_start[bisect_left(starts, s) : bisect_right(starts, e)]
        if m.end <= e
    }


def extract_events(
    analysis: Analysis,
    mentions: list[ActorMention],
    registry: Registry,
    excluded: list[tuple[int, int]],
    dates: list[DateMention],
) -> list[FoundEvent]:
    """Events of a document. ``excluded`` are character spans whose mentions are no
    arguments (the titles and appositions that describe a person)."""
    tokens = analysis.tokens
    text = analysis.doc.text
    cover = covering(tokens, mentions)
    named = [k for k, m in enumerate(cover) if m is not None]  # tokens inside a name, described or not
    described = _inside(mentions, excluded)
    for k, m in enumerate(cover):
        if m is not None and id(m) in described:
            cover[k] = None
    titles = {e: s for s, e in excluded}
    title_states = _title_states(mentions, excluded, registry)
    marks = _marks(tokens)
    party_actors = _PartyActors(registry)
    events: list[FoundEvent] = []
    attacks: list[Attack] = []  # every attack told so far, for the blame laid on it later
    state = SentenceState()
    t = 0
    starts, ends = _token_bounds(tokens)  # each sentence's tokens, by bisection
    for sentence in analysis.sentences:
        lo = bisect_left(starts, sentence.start, t)
        hi = bisect_right(ends, sentence.end, lo)
        t = hi
        if lo == hi:
            continue
        args = arguments(tokens, cover, lo, hi, text)
        _with_titles(args, tokens, lo, titles, text)
        sentence_dates = [d for d in dates if sentence.start <= d.start < sentence.end]
        scopes = find_scopes(tokens, lo, hi, args, state.chain)
        cue_tokens = {k for s in scopes if s.cue_first >= 0 for k in range(s.cue_first, s.cue_last + 1)}
        inside_names = set(_within(named, lo, hi))
        for d in sentence_dates:  # the tokens that start inside a date
            inside_names.update(
                range(bisect_left(starts, d.start, lo, hi), bisect_left(starts, d.end, lo, hi))
            )
        evaluations = find_evaluations(tokens, lo, hi)  # the evaluating word is no event of its own
        dawn = {k for k in _within(marks.day_parts, lo, hi - 1) if k + 1 in inside_names}
        skip = cue_tokens | inside_names | dawn | {e.word for e in evaluations}
        triggers = find_triggers(tokens, lo, hi, skip)
        # وقطع بحرية: a noun written like a verb of the lexicon is no trigger, nor a verb that
        # bounds the clauses of the triggers around it
        triggers = [
            t
            for t in triggers
            if not (t.verb and t.last + 1 < hi and _noun_reading(tokens[t.first], tokens[t.last + 1]))
        ]
        dating: SentenceDating | None = None  # found for the first event of the sentence
        # رحّبت مصر بقرار مجلس الأمن: a document reacted to is no source of what is said of it
        scopes = [sc for sc in scopes if not _reaction_to_document(sc, triggers, tokens)]
        # a source is no party to events, unless a verb of its own comes between it and the cue
        # (دان بايدن الهجوم، وقال إن ...: Biden condemns, then speaks)
        source_args = {
            id(a)
            for s in scopes
            for a in s.sources
            if not any(tr.verb and a.last < tr.first < s.cue_first for tr in triggers)
            and not _subject_after(a, triggers, args)
        }
        args = sorted(args + _our_side(tokens, lo, hi, scopes, title_states, registry), key=lambda a: a.first)
        _members_stand_for_their_party(args, tokens)
        places = _places(args, registry, tokens)
        named_after = {id(a) for a in args if _names_an_accord(a, tokens)}
        # الاتهامات الأمريكية in a denial's words: who brought the charge acts in nothing told
        in_cues = {
            id(a)
            for s in scopes
            if s.polarity == "denied"
            for a in args
            if s.cue_first <= a.first <= s.cue_last and all(a is not b for b in s.sources)
        }
        no_parties = source_args | places | named_after | _leaders(args, tokens) | in_cues
        party_args = [a for a in args if party_actors[a.mention.group or (a.mention.actor,)]]  # _is_party
        parties = [a for a in party_args if id(a) not in no_parties]
        state.decider = _decider(tokens, lo, hi, parties) or state.decider
        attack_ends = {t.last for t in triggers if t.entry.type in FORCE}
        struck = sorted(parties + _struck_places(args, tokens, registry, attack_ends), key=lambda a: a.first)
        previous_subject: list[Arg] = []
        verbs = [tr for tr in triggers if tr.verb]
        accused: dict[int, tuple[list[Arg], list[Arg]]] = {}  # masdar trigger → (accuser, accused)
        read: list[tuple[Trig, list[FoundEvent]]] = []  # each trigger with the events it gave
        for trig in triggers:
            trig.negated = _negated(trig, tokens, lo)
            # the speaker of a claim acts in it when nobody else does: نفت إيران تزويد الجماعة
            speaker = [
                a for sc in scopes if sc.agentive and sc.start <= trig.first < sc.end for a in sc.sources[:1]
            ]
            if not trig.verb and normalize(trig.entry.trigger) in result_nouns():
                speaker = []  # أعلن التنظيم مقتل زعيمه: a death has no announcer for agent
            cause = _caused_by(trig, read, tokens)  # ...، ما أسفر عن مقتل مدنيين: the attack's outcome
            accusation = accused.get(trig.first) or (accused.get(cause.first) if cause else None)
            agent = accusation[1] if accusation else previous_subject or speaker
            if trig.participle:  # قال X ...، محذّراً Y: X warns
                said = [a for sc in scopes if 0 <= sc.cue_first < trig.first for a in sc.sources[:1]]
                agent = said[-1:] or previous_subject or [a for a in parties if a.last < trig.first][-1:]
            if _cancelled(trig, triggers):
                continue  # ألغى المجلس اتفاقات التعاون الموقعة مع فرنسا: the cancelling is the news
            built = _build(
                trig,
                struck if trig.entry.type in FORCE else parties,
                args,
                tokens,
                lo,
                hi,
                agent,
                registry,
                verbs,
                forced=accusation is not None,
                # whoever speaks in this scope: the owner of "its forces" (قالت سنتكوم إن قواتها ضربت)
                speaker=[a for sc in scopes if sc.start <= trig.first < sc.end for a in sc.sources[:1]],
                scopes=scopes,
                talks=_talks_sides(trig, events, text, tokens[lo].start - SIDES_REACH),
                partner=_partner(trig, events, tokens[lo].start),
                opponent=_opponent(trig, events, tokens[lo].start),
                act=_last_actor(trig, tokens, events, tokens[lo].start - SIDES_REACH)
                or _main_attack(trig, triggers, tokens, args, events)
                or _decision_author(trig, tokens, hi, state.decider),
            )
            if built is None and trig.participle and trig.entry.type == "THREATEN":
                built = _threat_on_the_object(trig, events, tokens, lo)
            if built is None and trig.participle and trig.entry.type == "REQUEST":
                built = _call_on_the_condemned(trig, events, tokens, lo)
            if built is None:  # حذّرت X من أن أي تدخل ضد Y سيُعدّ إعلان حرب: Y's threatener is warned
                built = _warned_intervener(trig, triggers, tokens, parties, events, lo)
            if built is None:  # إنه أمر بتنفيذ الضربات: the report's attack, on the speaker's word
                built = _told_attack(trig, tokens, args, events, scopes)
            if built is None and trig.verb and trig.passive and trig.entry.type == "ACCUSE":
                # واتُّهمت إيران بتزويد الحوثيين: accused by no one named, the act is an allegation
                _accused_by_no_one(trig, triggers, tokens, parties, accused)
            if built is None:
                read.append((trig, []))
                continue
            sources, targets, joint, subject_args = built
            if subject_args:
                previous_subject = subject_args
            found = _assemble(
                trig, sources, targets, joint, scopes, tokens, text, lo, hi, registry, sentence_dates, args
            )
            if trig.entry.type == "THREATEN":  # توعّدت حماس بالثأر لاغتيال العاروري: not him, his killer
                _avenged(trig, tokens, hi, targets, found)
            modality = modality_of(trig, triggers, tokens, lo, future=_future(trig, tokens))
            for event in found:
                # لن تطبّع X علاقاتها مع Y: the act refused is the refusal, told as done
                event.modality = None if event.type == "REJECT" != trig.entry.type else modality
                if (
                    modality == "threatened"
                    and event.type not in SPEECH_ACTS
                    and not _avenged_act(trig, tokens)
                ):
                    # لوّح بتعليق العلاقات: a threat, told as done, not yet a sanction
                    event.type, event.mode = "THREATEN", threat_mode(event.type, event.mode)
                    event.modality = None
            _undo(trig, triggers, tokens, lo, found)
            if trig.verb and negated_ruling_out(tokens, trig.first):
                found = []  # لم يستبعد: not ruling out is no refusal
            elif not_ruled_out(tokens, trig.first, lo, RULE_OUT_STOPS) is not None:
                for event in found:  # لم يستبعد الوزير توجيه ضربة لإيران: a threat of the strike
                    if event.type not in SPEECH_ACTS:
                        event.type, event.mode = "THREATEN", threat_mode(event.type, event.mode)
                        event.modality = None
            if cause is not None:
                for event in found:
                    event.mode = event.mode or _fixed_mode(cause)
            means = next((t for t in triggers if trig.last < t.first <= trig.last + 3), None)
            if means is not None and means.entry.type == trig.entry.type and _fixed_mode(means):
                for event in found:  # شنّ غارات جوية: the mode the object names
                    event.mode = event.mode or _fixed_mode(means)
            # رفضت X التطبيع مع Y، موقف X الرافض للحوار مع Y، لن تطبّع X علاقاتها مع Y: the one
            # who refuses a joint act rejects the other sides (one refusal, however it is told)
            refused = _refused(trig, triggers)
            found = [
                refusal
                for event in found
                for refusal in (_as_refusal(event) if refused or _joint_rejection(event) else [event])
            ]
            if trig.entry.type == "THREATEN" and _threatens_answer(trig, tokens, hi):
                for event in found:  # محذّراً من أن الرد سيكون أشد: a threat of force
                    event.mode = event.mode or "violence"
            if _dated_by_the_last(trig, tokens, lo, hi, sentence_dates):  # وتوصّل خلالها الطرفان
                last = _last_told(events, tokens[trig.first].start, analysis, dates)
                for event in found:
                    event.when = last or event.when
            if dating is None:
                dating = _sentence_dating(tokens, lo, hi)
            _date_in_context(
                found,
                trig,
                triggers,
                set(accused),
                tokens,
                (lo, hi),
                sentence_dates,
                events,
                analysis,
                dates,
                dating,
            )
            if accusation is not None and not accusation[0]:  # an allegation from no one named
                for event in found:
                    event.polarity = "hedged" if event.polarity == "asserted" else event.polarity
            elif accusation is not None:  # the accuser asserts the act it accuses of (FORMAT.md)
                for event in found:
                    event.chain = [*event.chain, accusation[0][0].mention.actor]
                    event.polarity = "asserted" if event.polarity == "hedged" else event.polarity
            if trig.entry.type == "ACCUSE" and not joint:
                act = _accused_act(trig, triggers, tokens, targets)
                if act is not None:
                    accused[act.first] = (sources, targets)
            events.extend(found)
            read.append((trig, found))
        named_or_places = places | named_after
        speakers = [a for a in party_args if id(a) not in named_or_places]
        for evaluation in evaluations:
            events.extend(
                _evaluation_events(
                    evaluation,
                    scopes,
                    speakers,
                    previous_subject,
                    tokens,
                    text,
                    lo,
                    hi,
                    registry,
                    sentence_dates,
                    args,
                    events,
                )
            )
        events.extend(_answer_to_come(scopes, tokens, text, lo, hi, registry, sentence_dates, args))
        told = _told(read, args, tokens, lo, hi, registry, sentence_dates, attacks)
        attacks.extend(told.attacks)
        events.extend(_blamed(tokens, lo, hi, args, scopes, triggers, told, attacks, registry))
        this_sentence = [e for e in events if e.start >= tokens[lo].start]
        events.extend(_denied_again(scopes, triggers, tokens, this_sentence or state.events, lo))
        state.events = [e for e in events if e.start >= tokens[lo].start] or state.events
        chains = [s.chain for s in scopes if s.chain]
        state.chain = chains[-1] if chains else state.chain
        if previous_subject:
            state.subject = previous_subject
    _date_reactions(events, analysis, dates)
    return _dedupe([_own_word(e) for e in _answered(events, registry)])


HALT_REACH = 4  # tokens from a halting word to the aid it halts (its subject may stand between)


def _halted(
    trig: Trig,
    tokens: list[Token],
    lo: int,
    words: str = "halting_words.txt",
    reach: int = HALT_REACH,
    others: tuple[Trig, ...] = (),
) -> bool:
    """جمّدت واشنطن المساعدات، تعليق مساعداتها: aid right after a word that halts it
    (halting_words.txt, or another list of ``words``), in the same clause, no trigger of
    ``others`` between (قطع العلاقات وفرض عقوبات: the ties are cut, not the sanctions)."""
    halting = word_list(words)
    for k in range(trig.first - 1, max(lo, trig.first - reach) - 1, -1):
        if tokens[k].norm in (",", "،", ".") or tokens[k].norm in COMPLEMENTIZERS:
            return False
        if any(seg.stem in halting for seg in tokens[k].segmentations):
            return True
        if any(o is not trig and o.first <= k <= o.last for o in others):
            return False
    return False


# words that end the object of a negated verb of ruling out: a clause (لم يستبعد أن: a hedge)
RULE_OUT_STOPS = COMPLEMENTIZERS | {",", "،", ".", ":", "؛"}
CANCEL_REACH = 6  # tokens from a cancelling word to the meeting it cancels (a VSO subject between)


def _undo(trig: Trig, triggers: list[Trig], tokens: list[Token], lo: int, found: list[FoundEvent]) -> None:
    """An act undone by the word that governs it: aid halted is a SANCTION (تعليق مساعداتها
    العسكرية لمصر, halting_words.txt); sanctions eased or halted are a CONCEDE by who imposed
    them (خففت الولايات المتحدة العقوبات على فنزويلا, easing_words.txt); a meeting cancelled
    is a REJECT (meet) of the other side (ألغى الوزير زيارته إلى الصين, cancelling_words.txt).
    Not what one asks another to do: طالب X Y بوقف الهجمات — those go on, told as done;
    طالبت روسيا بتخفيف العقوبات — they are not eased yet."""
    asked = any(t.entry.type == "REQUEST" and t.last < trig.first for t in triggers)
    if _halted(trig, tokens, lo):
        for event in found:
            if event.modality == "requested" or asked:
                event.modality = None
            elif event.type == "AID":
                event.type, event.mode = "SANCTION", "discontinue"
    if trig.entry.type not in ("SANCTION", "CONSULT") or asked:
        return
    if trig.entry.type == "SANCTION":
        others = tuple(triggers)
        halted = _halted(trig, tokens, lo, others=others)
        if not (halted or _halted(trig, tokens, lo, "easing_words.txt", others=others)):
            return
        new, mode = "CONCEDE", None
    else:
        if not _halted(trig, tokens, lo, "cancelling_words.txt", CANCEL_REACH, tuple(triggers)):
            return
        new, mode = "REJECT", "meet"
    for event in found:
        if event.type == trig.entry.type and event.modality != "requested":
            event.type, event.mode = new, mode


def _fixed_mode(trig: Trig) -> str | None:
    """The mode a trigger names by itself: not '*', which its object decides (أطلق، زوّد)."""
    return None if trig.entry.mode == "*" else trig.entry.mode


def _own_word(event: FoundEvent) -> FoundEvent:
    """قراراً يطالب الحوثيين، قال X إنه يتهم Y: a speech act is its speaker's own; the report
    tells that it was said (corpus FORMAT), so its speaker is no further source for it. A
    denial keeps its denier."""
    if event.type in SPEECH_ACTS and event.polarity == "asserted" and event.chain == [event.source]:
        event.chain = []
    return event


def _told(
    read: list[tuple[Trig, list[FoundEvent]]],
    args: list[Arg],
    tokens: list[Token],
    lo: int,
    hi: int,
    registry: Registry,
    dates: list[DateMention],
    attacks: list[Attack],
) -> Told:
    """The attacks a sentence tells (with their targets, or those of the attack a definite
    noun refers back to) and its accusations (accuser, accused, chain), for blame.py."""
    told = Told()
    for trig, found in read:
        if trig.entry.type == "ACCUSE":
            pairs = [(e.source, e.target, e.chain) for e in found if e.source and e.target]
            told.accusations.append((trig, pairs))
        if trig.entry.type != "ASSAULT" or trig.entry.frame != "directed":
            continue
        mode = trig.entry.mode
        if mode == "*":  # أطلق: an attack only when what it launches is a weapon
            mode = _mode_from_object(tokens, trig.last + 1, hi, fired_objects())
            if mode is None:
                continue
        targets = list(dict.fromkeys(e.target for e in found if e.target))
        targets = targets or attack_targets(trig, args, tokens, hi, registry, _other_verbs(read))
        when = next((e.when for e in found if e.when), None) or _date_of(trig, dates, tokens, lo, hi)
        attack = Attack(
            trig.first,
            tokens[trig.first].start,
            tokens[trig.last].end,
            targets,
            mode,
            when,
            trig.verb,
        )
        definite = not targets and is_definite(trig, tokens)
        earlier = antecedent([*attacks, *told.attacks], attack.start) if definite else None
        if earlier is not None:  # الهجوم: the attack told before
            attack.targets, attack.mode, attack.when = (
                earlier.targets,
                attack.mode or earlier.mode,
                earlier.when,
            )
            attack.borrowed = True
        told.attacks.append(attack)
    return told


def _other_verbs(read: list[tuple[Trig, list[FoundEvent]]]) -> set[int]:
    """Verbs that are no attack: a party after one is its own (الهجوم يحمل بصمات X), while
    the object of an attack verb is the attack's target too (تفجير استهدف سوقاً في رفح)."""
    return {t.first for t, _ in read if t.verb and t.entry.type != "ASSAULT"}


def _blamed(
    tokens: list[Token],
    lo: int,
    hi: int,
    args: list[Arg],
    scopes: list[Scope],
    triggers: list[Trig],
    told: Told,
    attacks: list[Attack],
    registry: Registry,
) -> list[FoundEvent]:
    """The attacks the sentence lays on someone (حمّله مسؤولية الهجوم، الهجوم نفّذه X، نفى
    X أي صلة له بالهجوم): one event per target of the attack."""
    out: list[FoundEvent] = []
    for b in blames(tokens, lo, hi, args, scopes, triggers, told, attacks, registry):
        a = b.attack
        out.extend(
            FoundEvent(
                "ASSAULT",
                a.mode,
                b.agent,
                target,
                [],
                b.polarity,
                b.chain,
                b.start,
                b.end,
                a.when,
                trigger=b.trigger,
            )
            for target in a.targets
        )
    return out


def _date_reactions(events: list[FoundEvent], analysis: Analysis, dates: list[DateMention]) -> None:
    """A report whose lead is today's news (فجر اليوم الجمعة): the reactions it reports with
    no date of their own (دان، توعّد، طالب) were said that day."""
    head = analysis.sentences[:LEAD_SENTENCES]
    lead = next((sent for sent in head if any(sent.start <= d.start < sent.end for d in dates)), None)
    today = next(
        (d for d in dates if lead and lead.start <= d.start < lead.end and normalize(d.text) == "اليوم"), None
    )
    if today is None:
        return
    for e in events:
        if e.when is None and e.type in SPEECH_ACTS and not e.participants:
            e.when = today


REFERRING = frozenset(
    {"ذلك", "هذا", "هذه", "ما", "الامر", "الاتهامات", "الاتهام", "التقارير", "الانباء", "المزاعم"}
)


def _denied_again(
    scopes: list[Scope], triggers: list[Trig], tokens: list[Token], before: list[FoundEvent], lo: int
) -> list[FoundEvent]:
    """نفى X ذلك / وهو ما نفاه X / نفت X هذه الاتهامات: the claims just made, denied by X."""
    out: list[FoundEvent] = []
    for scope in scopes:
        if scope.polarity != "denied":
            continue
        # ونفى كل منهما الاتهامات الموجهة إليه: each accused denies what it is accused of
        after_cue = [tokens[k].norm for k in range(scope.cue_last + 1, min(len(tokens), scope.cue_last + 3))]
        each = (
            scope.polarity == "denied" and after_cue[:1] == ["كل"] and after_cue[1:2] in (["منهما"], ["منهم"])
        )
        if scope.polarity != "denied" or not (scope.chain or each):
            continue
        own_end = next(
            (k for k in range(scope.start, scope.end) if tokens[k].norm in (",", "،", ".")), scope.end
        )
        if not each and any(scope.start <= t.first < own_end for t in triggers):
            continue  # the denial has a claim of its own (نفى أن يكون ...)
        near = {
            tokens[k].norm for k in range(max(lo, scope.cue_first - 2), min(len(tokens), scope.cue_last + 3))
        }
        near |= {
            seg.stem for k in range(scope.cue_first, scope.cue_last + 1) for seg in tokens[k].segmentations
        }
        if not each and not near & REFERRING and tokens[scope.cue_first].best.enclitic is None:
            continue
        for event in before:
            if each:
                if not (event.source and event.chain and event.chain[-1] != event.source):
                    continue  # only acts someone else accused the source of
                denier = [event.source]
            elif event.start >= tokens[scope.cue_first].start or (
                event.chain and event.chain[-1] == scope.chain[-1]
            ):
                continue
            else:
                denier = list(scope.chain)
            out.append(
                FoundEvent(
                    event.type,
                    event.mode,
                    event.source,
                    event.target,
                    event.participants,
                    "denied",
                    denier,
                    tokens[scope.cue_first].start,
                    tokens[scope.cue_last].end,
                    event.when,
                    event.since,
                    event.where,
                    trigger=event.trigger,
                )
            )
    return out


RESULT_REACH = 3  # tokens from a verb of outcome to the result noun (ما أسفر عن مقتل)


def _caused_by(trig: Trig, read: list[tuple[Trig, list[FoundEvent]]], tokens: list[Token]) -> Trig | None:
    """قصف X قرى، ما أسفر عن مقتل مدنيين: the attack whose outcome a result noun after a
    verb of outcome (result_verbs.txt) names. The outcome is that attack's, by its means; an
    accusation of the attack is one of the outcome too (اتهمت Z X بقصف ...، ما أسفر عن ...)."""
    if trig.verb or normalize(trig.entry.trigger) not in result_nouns():
        return None
    outcome = word_list("result_verbs.txt")
    if not any(
        tokens[k].norm in outcome or any(seg.stem in outcome for seg in tokens[k].segmentations)
        for k in range(max(0, trig.first - RESULT_REACH), trig.first)
    ):
        return None
    attacks = [t for t, _ in read if t.entry.type == "ASSAULT"]
    return attacks[-1] if attacks else None


def _accused_act(trig: Trig, triggers: list[Trig], tokens: list[Token], targets: list[Arg]) -> Trig | None:
    """اتهم X Y بـ<verbal noun>: the act X accuses Y of."""
    after = max([trig.last, *(a.last for a in targets)])
    for t in triggers:
        if t.verb or not (after < t.first <= after + ACCUSED_REACH):
            continue
        if any(tokens[k].norm in (",", "،", ".", ";", "؛") for k in range(after + 1, t.first)):
            break  # the accusation's clause has ended
        tok = tokens[t.first]
        marked = any(carries_bi(seg) for seg in tok.segmentations)
        # اتهم X Y بخرق الاتفاق عبر استهداف أراضيه: the act is named by its means
        if (marked and t.first <= after + 4) or tokens[t.first - 1].norm in MEANS:
            return t
    return None


ACCORD_NOUNS = frozenset(
    {
        "اتفاق",
        "اتفاقيه",
        "اتفاقات",
        "مؤتمر",
        "اعلان",
        "قمه",
        "مسار",
        "محادثات",
        "منتدي",
        "مفاوضات",
        "ميثاق",
        "بيان",
    }
)


def _after_accord(tokens: list[Token], first: int) -> bool:
    """بالاتفاق بين X: the party follows بين after an accord noun."""
    if first < 2 or tokens[first - 1].norm != "بين":
        return False
    return any(seg.stem.removeprefix("ال") in ACCORD_NOUNS for seg in tokens[first - 2].segmentations)


def _names_an_accord(arg: Arg, tokens: list[Token]) -> bool:
    """اتفاق الدوحة، مسار أستانا، إعلان جدة: a city naming an accord is no party to it."""
    if arg.mention.how != "capital" or arg.first == 0:
        return False
    return any(seg.stem in ACCORD_NOUNS for seg in tokens[arg.first - 1].segmentations)


def _subject_after(a: Arg, triggers: list[Trig], args: list[Arg]) -> bool:
    """توعّد X Y بـ«رد»، مؤكداً أن ...: X speaks the participle's words, and is also the
    subject of the verb before it (verb-subject order), a party to that verb's event."""
    return any(
        tr.verb
        and not tr.participle
        and tr.last < a.first <= tr.last + VSO_WINDOW
        and not any(b.prep is None and tr.last < b.first < a.first for b in args)
        for tr in triggers
    )


def _places(args: list[Arg], registry: Registry, tokens: list[Token] | None = None) -> set[int]:
    """Arguments that say where (في سوريا والعراق ولبنان), not who — but not a group joined
    after a place (بين الحوثيين في اليمن وتنظيم القاعدة)."""
    out: set[int] = set()
    previous: Arg | None = None
    for a in args:
        joined = (
            previous is not None
            and id(previous) in out
            and a.first == previous.last + 1
            and a.prep is None
            and _actor_kind(a.mention.actor, registry) in ("state", "location")
        )
        adjective = (
            tokens is not None and a.mention.how == "demonym" and tokens[a.first - 1].norm not in ("في", "فى")
        )
        if (a.prep in ("في", "فى") and not adjective) or joined:
            out.add(id(a))  # not في الرواية الأمريكية: an adjective names a party, not a place
        previous = a
    return out


BORDERS = frozenset({"الحدود", "حدود", "حدودها", "حدوده", "الشريط"})  # a border (normal forms)


def _across_border(a: Arg, tokens: list[Token]) -> bool:
    """اشتباكات مع مسلحين على الحدود مع أفغانستان: the state a border is shared with says
    where, it is no side of a joint act (forces massed there face it: MOBILIZE keeps it)."""
    return (
        a.prep == "مع"
        and a.first > 1
        and tokens[a.first - 1].norm == "مع"
        and tokens[a.first - 2].norm.removeprefix("و") in BORDERS
    )


def _subject(trig: Trig, parties: list[Arg], left: int, right: int, tokens: list[Token]) -> list[Arg]:
    """The subject of a verb: a direct party just before it (SVO: الحرس يمول، إسرائيل قد
    حمّلتا), else the first direct party after it (VSO, titles skipped), else the direct
    parties before it in its clause (X، Y، و Z ... التقوا)."""
    before = [a for a in parties if left <= a.first < trig.first and a.prep is None]
    if before and before[-1].last + 1 == trig.first and _verb_after_and(trig, tokens):
        return []  # طردت النيجر السفير الفرنسي وأمهلته: a verb joined by و goes on with the last subject
    if before and adjacent(tokens, before[-1].last, trig.first):
        return [a for a in before if a is before[-1] or _in_group(a, before[-1], before, tokens)]
    after = [
        a
        for a in parties
        if trig.last < a.first <= min(trig.last + VSO_WINDOW, right - 1)
        and a.prep is None
        # دان ما وصفه بالهجوم الأمريكي: the adjective of an event noun names that event's agent
        and not (a.mention.how == "demonym" and _is_trigger_noun(tokens[a.first - 1]))
        and not _accusative_adjective(a)
    ]
    if after and _feminine_verb(trig, tokens) and _masculine(after[0], tokens):
        return before  # واتهمت الجيش الإسرائيلي: the army is the object; the subject is not after
    if after:
        return _coordinated(after[0], parties, tokens)
    return before


def _verb_after_and(trig: Trig, tokens: list[Token]) -> bool:
    """وأمهلته: a verb that carries the conjunction و (not one whose lemma begins with it: وافق)."""
    return tokens[trig.first].best.proclitics[:1] == ("و",) and not normalize(trig.entry.trigger).startswith(
        "و"
    )


AUTHOR_REACH = 8  # tokens from a verb of reaction to the relative clause naming what it reacts to


def _author_in_relative(trig: Trig, parties: list[Arg], tokens: list[Token], hi: int) -> list[Arg]:
    """رفضت X المقترح الذي قدمته مصر، وافقت X على الخطة التي طرحها الوسطاء: what is rejected
    or accepted is no party, but the relative clause after it names its author — the party
    right after a verb whose pronoun stands for the thing."""
    for k in range(trig.last + 1, min(hi - 1, trig.last + AUTHOR_REACH)):
        if tokens[k].norm not in RELATIVES or all(
            seg.enclitic is None for seg in tokens[k + 1].segmentations
        ):
            continue
        author = [a for a in parties if a.prep is None and k + 1 < a.first <= k + 3][:1]
        return _coordinated(author[0], parties, tokens) if author else []
    return []


def _relative_head(trig: Trig, parties: list[Arg], tokens: list[Token], lo: int) -> list[Arg]:
    """من حزب الله، الذي يتهم إسرائيل: a verb opening a relative clause has for subject the
    party the clause follows, whatever governs that party — unless an object pronoun on the
    verb stands for it (إيران، التي تتهمها واشنطن: the subject is another)."""
    k = trig.first - 1
    while k > lo and tokens[k].norm in GAP_PARTICLES:
        k -= 1
    if k <= lo or tokens[k].norm not in RELATIVES:
        return []
    if trig.enclitic is not None:
        return []
    end = k - 2 if tokens[k - 1].norm in (",", "،") else k - 1
    return [a for a in parties if a.last == end][:1]


def _feminine_verb(trig: Trig, tokens: list[Token]) -> bool:
    """اتهمت، قالت، تتهم: a verb marked for a feminine singular subject (perfect -ت on the
    lemma, imperfect ت-)."""
    if not trig.verb or trig.entry.kind != "verb":
        return False
    perfect, _, imperfect = trig.entry.trigger.partition("|")
    stems = {seg.stem for seg in tokens[trig.first].segmentations}
    return normalize(perfect.strip()) + "ت" in stems or (
        bool(imperfect.strip()) and "ت" + normalize(imperfect.strip())[1:] in stems
    )


def _masculine_verb(trig: Trig, tokens: list[Token]) -> bool:
    """طالب، يطالب: a verb in the third person masculine singular (the lemma as listed, or its
    imperfect), with no pronoun on it."""
    if not trig.verb or trig.entry.kind != "verb" or trig.enclitic is not None:
        return False
    perfect, _, imperfect = trig.entry.trigger.partition("|")
    forms = {normalize(perfect.strip()), normalize(imperfect.strip())} - {""}
    return any(seg.stem in forms for seg in tokens[trig.first].segmentations)


def _feminine_state(arg: Arg, tokens: list[Token], registry: Registry) -> bool:
    """A state by its name or its capital: feminine, but for the few masculine names
    (masculine_states.txt)."""
    if arg.mention.how not in ("name", "capital") or _actor_kind(arg.mention.actor, registry) != "state":
        return False
    return tokens[arg.first].best.stem.removeprefix("ال") not in word_list("masculine_states.txt")


def _masculine(arg: Arg, tokens: list[Token]) -> bool:
    """An actor named by a masculine head noun (الجيش الإسرائيلي، المتحدث باسم ...)."""
    head = tokens[arg.first].best
    return head.stem in masculine_heads() and head.enclitic is None


def _accusative_adjective(arg: Arg) -> bool:
    """موقعاً عسكرياً أمريكياً: an adjective in the indefinite accusative qualifies an object;
    a subject is never accusative."""
    return arg.mention.how == "demonym" and name_key(arg.mention.text).endswith("يا")


def _behind_preposition(tokens: list[Token], after: int, before: int) -> bool:
    """A preposition between two words; not the من of a delegation (وفداً من حركة حماس)."""
    delegates = word_list("delegates.txt")
    return any(
        tokens[k].norm in VSO_BARRIERS and not (tokens[k].norm == "من" and tokens[k - 1].norm in delegates)
        for k in range(after + 1, before)
    )


PRONOUN_CARRIERS = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم", "لانه", "لانها"})


def _describes_document(tokens: list[Token], k: int, lo: int, *, indefinite: bool = True) -> bool:
    """قراراً يطالب الحوثيين، بياناً يدين الهجوم: a verb right after an indefinite document
    noun describes it, and the document speaks for its author (the speaker of the clause).
    ``indefinite=False``: whether the token is a document noun at all."""
    if k < lo or (indefinite and tokens[k].best.has_article):
        return False
    match = cue_index()[1].match_at(tokens, k)
    return match is not None and match.last == k and match.value.kind == "report"


def _pronoun_subject(trig: Trig, tokens: list[Token], lo: int, speaker: list[Arg]) -> list[Arg]:
    """قالت واشنطن إنها لن تطبّع، أعلن الجيش أنه قصف: the pronoun just before the verb
    stands for the one who speaks."""
    if speaker and any(
        tokens[k].norm in PRONOUN_CARRIERS for k in range(max(lo, trig.first - 3), trig.first)
    ):
        return speaker[:1]
    return []


# لكنه، لكنها: "but he/she" — not أنه، which may be the dummy pronoun before a verb with a subject
# of its own (أنه هاجمت قوات X مواقع Y); after أن the pronoun is the subject only when none follows
PRONOUN_SUBJECTS = frozenset({"لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"})
RESUMING = frozenset({"عاد", "عادت", "عادوا"})  # لكنه عاد واتهم: "then went on to"


def _pronoun_marks_subject(trig: Trig, tokens: list[Token], left: int) -> bool:
    """لكنها اتهمت X، أنه قصف X، لكنه عاد واتهم X: a particle carrying a pronoun right
    before the verb (particles, عاد between) holds its subject."""
    k = trig.first - 1
    while k >= max(0, left - 1) and (tokens[k].norm in GAP_PARTICLES or tokens[k].norm in RESUMING):
        k -= 1
    return k >= 0 and tokens[k].norm in PRONOUN_SUBJECTS


KANA = frozenset({"يكون", "تكون", "يكونوا", "تكونا", "يكونا", "نكون", "اكون"})


def _after_kana(trig: Trig, tokens: list[Token]) -> bool:
    """أن تكون قد هددت، أن يكون هاجم: a verb right after أن + يكون (قد between) whose subject is
    the pronoun in يكون — the speaker who denies or affirms it."""
    k = trig.first - 1
    if k >= 0 and tokens[k].norm == "قد":
        k -= 1
    return k >= 1 and tokens[k].norm in KANA and tokens[k - 1].norm in ("ان", "بان")


def _voice(trig: Trig, scopes: list[Scope], tokens: list[Token]) -> list[Arg]:
    """The source of the scope a trigger stands in, as an argument, when the scope names it
    only by its chain (وأكد البيان أن ...: the body the statement was ascribed to)."""
    chains = [sc.chain for sc in scopes if sc.start <= trig.first < sc.end and sc.chain]
    if not chains:
        return []
    here = ActorMention(tokens[trig.first].start, tokens[trig.first].end, chains[-1][-1], "anaphora", "")
    return [Arg(here, trig.first, trig.first, None)]


# particles between a subject and its verb (normal forms): أن تكون قواتها قد هاجمت، إن قواتها لم تستهدف
SUBJECT_VERB_PARTICLES = frozenset({"قد", "لم", "لن", "لا", "سوف"})


def _before_particles(trig: Trig, tokens: list[Token], lo: int) -> int:
    """The token before a verb, past a quote mark (وحداتها «قصفت) and the particles that may
    stand between the verb and its subject (قواتها قد هاجمت، قواتها لم تستهدف)."""
    k = trig.first - 1
    if k > lo and tokens[k].norm in QUOTE_MARKS:
        k -= 1
    while k > lo and tokens[k].norm in SUBJECT_VERB_PARTICLES:
        k -= 1
    return k


def _members_before(trig: Trig, tokens: list[Token], lo: int) -> bool:
    """أعلنت الجبهة أن وحداتها «قصفت مواقع X»: the members or forces of someone right before
    the verb (a quote mark between) are its subject, so a party after it is its object."""
    k = _before_particles(trig, tokens, lo)
    members = member_nouns()
    return k >= lo and any(
        s.enclitic in ("ه", "ها", "هم") and not s.proclitics and s.stem in members
        for s in tokens[k].segmentations
    )


def _possessor(
    trig: Trig, tokens: list[Token], lo: int, parties: list[Arg], speaker: list[Arg], registry: Registry
) -> list[Arg]:
    """طائراته قصفت، قواتها ضربت: a subject that is the forces of someone is that someone —
    the speaker, or the party named last before it; the forces of a state's organ (قالت
    القيادة المركزية الأمريكية إن قواتها ضربت) are that state's too (FORMAT.md: armies count
    as their state)."""
    k = _before_particles(trig, tokens, lo)
    if k < lo or tokens[k].best.enclitic not in ("ه", "ها", "هم"):
        return []
    owner = speaker[:1] or [a for a in parties if a.last < k][-1:]
    state = registry.parent_state(owner[0].mention.actor) if owner and not owner[0].mention.group else None
    if owner and state:
        m = owner[0].mention
        forces_of = ActorMention(m.start, m.end, state, "possessor", m.text)
        return [*owner, Arg(forces_of, owner[0].first, owner[0].last, owner[0].prep)]
    return owner


def _complement_parties(trig: Trig, parties: list[Arg], tokens: list[Token], hi: int) -> list[Arg]:
    """The first party of a threat's complement clause, with those coordinated with it."""
    for k in range(trig.last + 1, min(hi, trig.last + 15)):
        if tokens[k].norm in COMPLEMENTIZERS:
            direct = [
                a
                for a in parties
                if k < a.first <= k + COMPLEMENT_REACH and a.prep is None and not _answers(a, tokens)
            ]
            return _coordinated(direct[0], parties, tokens) if direct else []
    return []


def _starts_with_and(arg: Arg, tokens: list[Token]) -> bool:
    tok = tokens[arg.first]
    return (tok.norm.startswith("و") and any(s.proclitics[:1] == ("و",) for s in tok.segmentations)) or (
        arg.first > 0 and tokens[arg.first - 1].norm in ("و", ",", "،")
    )


def _in_group(a: Arg, head: Arg, before: list[Arg], tokens: list[Token]) -> bool:
    """a and the parties after it up to head are joined by و (X وY وZ، X وأحد ممثلي Y)."""
    chain = [b for b in before if a.first <= b.first <= head.first]
    return all(_joined_by_and(prev, b, tokens) for prev, b in pairwise(chain))


def _joined_by_and(prev: Arg, b: Arg, tokens: list[Token]) -> bool:
    if _starts_with_and(b, tokens):
        return True
    gap = list(range(prev.last + 1, b.first))
    commas = [k for k in gap if tokens[k].norm in (",", "،")]
    tail = (
        [k for k in gap if k > commas[-1]] if commas else gap
    )  # after an apposition: X، قائد ...، وأحد ممثلي Y
    return len(tail) <= 4 and any(tokens[k].best.proclitics[:1] == ("و",) for k in tail)


def _coordinated(first: Arg, parties: list[Arg], tokens: list[Token]) -> list[Arg]:
    """X و Y: parties that follow one another joined by و."""
    group = [first]
    for a in parties:
        if a.prep is not None or a.first <= group[-1].last:
            continue  # no gap of one or two words: not joined
        # «قسد» والقوات الأمريكية: a closing quote mark is no word between the two
        marks = sum(1 for k in range(group[-1].last + 1, a.first) if tokens[k].norm in QUOTE_MARKS)
        gap = a.first - group[-1].last - marks
        stacked = (
            gap == 1 and a.mention.how == "demonym" == group[-1].mention.how
        )  # الضربات الأمريكية البريطانية
        if 1 <= gap <= 2 and (
            stacked
            # «قسد» والقوات الأمريكية: a closing quote may stand between
            or (
                _starts_with_and(a, tokens) and (gap == 1 or tokens[a.first - 1].norm in ("و", ",", "،", '"'))
            )
            # الجيش المالي ومقاتلي مجموعة فاغنر: و with the members of the next party
            or (gap == 2 and _members_with_and(tokens[a.first - 1]))
            # نظيريه الباكستاني إسحاق دار والأفغاني أمير خان متقي: و on the next one's adjective
            or (gap == 2 and _nisba_with_and(tokens[a.first - 1]))
        ):
            group.append(a)
    return group


def _nisba_with_and(token: Token) -> bool:
    """والأفغاني، والإيرانية: و joined to a definite adjective of origin (a nisba in ي/ية)."""
    return any(
        seg.proclitics == ("و",) and seg.stem.startswith("ال") and seg.stem.endswith(("ي", "يه"))
        for seg in token.segmentations
    )


HARM_MEANS = frozenset({"في", "فى", "جراء", "اثر", "بسبب"})  # قُتل X في/جراء/إثر هجوم لـY


def _means_of_harm(trig: Trig, tokens: list[Token], lo: int) -> bool:
    """An attack named as the means or cause of a harm: في هجوم، جراء غارة، or ب joined to it
    (مقتل تسعة مدنيين بهجوم لـ«داعش»); a ل after it then names its author."""
    if trig.first > lo and tokens[trig.first - 1].norm in HARM_MEANS:
        return True
    return any(carries_bi(seg) for seg in tokens[trig.first].segmentations)


def _members_with_and(token: Token) -> bool:
    members = member_nouns()
    return any(seg.proclitics == ("و",) and seg.stem in members for seg in token.segmentations)


COORDINATED_COMPLEMENTIZERS = frozenset(c + w for c in ("و", "ف") for w in COMPLEMENTIZERS)  # وأن، وإنه


# every word _breaks_clause may say yes to (keep the two together)
_CLAUSE_BREAK_WORDS = (
    COMPLEMENTIZERS | CLAUSE_BREAKS | COORDINATED_COMPLEMENTIZERS | {first for first, _ in CLAUSE_BREAK_PAIRS}
)


def _breaks_clause(tokens: list[Token], k: int) -> bool:
    norm = tokens[k].norm
    if norm in COMPLEMENTIZERS or norm in CLAUSE_BREAKS or norm in COORDINATED_COMPLEMENTIZERS:
        return True
    return k + 1 < len(tokens) and (norm, tokens[k + 1].norm) in CLAUSE_BREAK_PAIRS


def _clause_start(tokens: list[Token], lo: int, before: int) -> int:
    breaks = _clause_breaks(tokens)
    k = bisect_left(breaks, before) - 1  # the last break before ``before``
    return breaks[k] + 1 if k >= 0 and breaks[k] >= lo else lo


def _clause_end(tokens: list[Token], after: int, hi: int) -> int:
    breaks = _clause_breaks(tokens)
    k = bisect_right(breaks, after)  # the first break after ``after``
    return breaks[k] if k < len(breaks) and breaks[k] < hi else hi


def _clause_breaks(tokens: list[Token]) -> list[int]:
    """The indexes of the tokens that break a clause (_breaks_clause), in order."""
    return _marks(tokens).breaks


@dataclass(slots=True)
class TokenMarks:
    """The tokens of a report that some pass looks for in each sentence, by index in order:
    found in one pass over the report, not by each pass over each sentence (a pass takes
    its sentence's share by bisection, _within)."""

    day_parts: list[int] = field(default_factory=list)  # فجر (DAY_PARTS)
    deciding: list[int] = field(default_factory=list)  # قرر، اتخذ ... (_decider)
    dating: list[int] = field(default_factory=list)  # words that may date (_sentence_dating)
    answers: list[int] = field(default_factory=list)  # where an answer may be promised (_promised_answer)
    ours: list[int] = field(default_factory=list)  # words with نا (_our_side)
    anaphors: list[int] = field(default_factory=list)  # first words of time anaphors (خلالها)
    breaks: list[int] = field(default_factory=list)  # clause breaks (_breaks_clause)
    support: list[int] = field(default_factory=list)  # support verbs (_support_verb_between)
    publications: list[int] = field(default_factory=list)  # تقرير، دراسة (_dates_a_publication)
    length: int = 0  # the number of tokens marked

    def kinds(self) -> tuple[list[int], ...]:
        """The lists in the order of the bits of _word_marks."""
        return (
            self.day_parts,
            self.deciding,
            self.dating,
            self.answers,
            self.ours,
            self.anaphors,
            self.breaks,
            self.support,
            self.publications,
        )


def _word_marks(norm: str) -> int:
    """The TokenMarks a word of this form may have, as bits (in the order of TokenMarks.kinds).
    Clause breaks and support verbs are then checked token by token (a pair, the spelling)."""
    verbs = support_verbs()
    tests = (
        norm in DAY_PARTS,
        _DECIDING_WORDS[norm] is not None,
        _MAY_DATE[norm],
        norm == "لن" or norm.removeprefix("و") in WILL_ANSWER or _ANSWER_NOUNS[norm],
        "نا" in norm,
        norm in _anaphors_by_first(),
        norm in _CLAUSE_BREAK_WORDS,
        any(not seg.has_article and seg.stem in verbs for seg in word_segmentations(norm)),
        PUBLICATIONS.search(norm) is not None,
    )
    return sum(1 << bit for bit, yes in enumerate(tests) if yes)


_WORD_MARKS: WordCache[int] = WordCache(_word_marks)


def _find_marks(tokens: list[Token]) -> TokenMarks:
    out = TokenMarks(length=len(tokens))
    kinds = out.kinds()
    word_marks = _WORD_MARKS
    marked = [(k, bits) for k, tok in enumerate(tokens) if (bits := word_marks[tok.norm])]  # most: none
    for k, bits in marked:
        while bits:  # each bit set, lowest first
            low = bits & -bits
            kinds[low.bit_length() - 1].append(k)
            bits ^= low
    out.breaks = [k for k in out.breaks if _breaks_clause(tokens, k)]
    # قادة حماس: a word written with ة is a noun, not قاد + ه
    out.support = [k for k in out.support if not tokens[k].text.rstrip(DIACRITICS).endswith("ة")]
    return out


# Every sentence and trigger asks for the marks of the report's tokens: those of the last
# token list seen are kept. (Held here, that list cannot be freed and its identity reused;
# token lists are not changed once made.)
_last_marks: tuple[list[Token], TokenMarks] | None = None


def _marks(tokens: list[Token]) -> TokenMarks:
    global _last_marks
    if _last_marks is None or _last_marks[0] is not tokens or _last_marks[1].length != len(tokens):
        _last_marks = (tokens, _find_marks(tokens))
    return _last_marks[1]


def _within(found: list[int], lo: int, hi: int) -> list[int]:
    """The indexes of ``found`` (in order) from lo up to hi (not included)."""
    return found[bisect_left(found, lo) : bisect_left(found, hi)]


def _build(
    trig: Trig,
    parties: list[Arg],
    args: list[Arg],
    tokens: list[Token],
    lo: int,
    hi: int,
    carried_subject: list[Arg],
    registry: Registry,
    verbs: list[Trig],
    *,
    forced: bool = False,
    speaker: list[Arg] | None = None,
    talks: list[Arg] | None = None,
    act: list[Arg] | None = None,
    partner: list[Arg] | None = None,
    opponent: list[Arg] | None = None,
    scopes: list[Scope] | None = None,
) -> tuple[list[Arg], list[Arg], bool, list[Arg]] | None:
    """(sources, targets, joint?, the subject to carry to the next verb) of a trigger.
    ``talks``: the sides of the talks just reported, for a host or sponsor that names none;
    ``scopes``: the sentence's attribution scopes, whose voice a pronoun may stand for."""
    speaker = speaker or []
    talks = talks or []
    if trig.entry.mode == "third-party" and _shelters(trig, parties, tokens, registry):
        trig.entry = replace(
            trig.entry, type="AID", mode="sanctuary", frame="directed", preps=frozenset({"-", "من"})
        )
    entry = trig.entry
    if _misread(trig, tokens, hi) or _pieces(trig, tokens, hi, args):
        return None
    prev_verb = max((v.last for v in verbs if v.last < trig.first), default=lo - 1)
    next_verb = min((v.first for v in verbs if v.first > trig.last), default=hi)
    left = max(_clause_start(tokens, lo, trig.first), prev_verb + 1, trig.first - MAX_ARG_DISTANCE)
    right = min(_clause_end(tokens, trig.last, hi), next_verb, trig.last + 1 + MAX_ARG_DISTANCE)
    after = [a for a in parties if trig.last < a.first < right]
    before = [a for a in parties if left <= a.first < trig.first]
    if entry.frame == "payer":
        # تعهّد X بأن يدفع الحزب «ثمناً باهظاً»: the one who pays is threatened by the one who says so
        payer = [a for a in before if a.prep is None and a.last >= trig.first - 3][-1:]
        threatener = [a for a in speaker if all(a is not p for p in payer)][:1] or carried_subject[:1]
        return (threatener, payer, False, []) if threatener and payer else None
    if entry.frame == "receiver":
        # تتلقى قسد دعماً عسكرياً من الولايات المتحدة: the subject receives, the party after من
        # gives — when what is received is aid (aid_objects.tsv), not a call or a message
        if _mode_from_object(tokens, trig.last + 1, hi) is None:
            return None
        takers = (_subject(trig, parties, left, right, tokens) if trig.verb else []) or carried_subject[:1]
        givers = [a for a in after if a.prep == "من" and all(a is not t for t in takers)][:1]
        return (givers, takers[:1], False, takers[:1]) if givers and takers else None
    if entry.frame == "host":
        # مقيم في إيران / تحت حماية النظام الإيراني: the state or body hosting is the giver
        places = [
            a for a in args if a.first > trig.last and a.prep in ("في", "فى") and a.first <= trig.last + 4
        ]
        if any(a.first == trig.last + 1 and a.mention.how == "demonym" for a in after):
            return None  # الوجود الفرنسي في مالي: a state's own presence (forces), no sheltered guest
        genitive = [a for a in after if a.first <= trig.last + 2 and a.prep is None]
        hosts = [a for a in [*places, *genitive] if _actor_kind(a.mention.actor, registry) != "person"]
        # وجود قادة حماس في قطر: with a place named, the genitive is the one present
        present = [a for a in genitive if places and a.last < places[0].first]
        guests = present[:1] or [a for a in before if a.prep is None][-1:] or carried_subject
        if not hosts or not guests:
            return None
        return hosts[:1], guests, False, []
    backed = not trig.verb and normalize(entry.trigger) in BACKED  # المدعومة إيرانياً
    if not trig.verb and (trig.entry.trigger.split()[-1] == "من" or backed):
        # مدعومة من إيران، المدعومة إيرانياً: the party after gives, the noun before is given to
        givers = [a for a in after if a.first == trig.last + 1 and (not backed or a.mention.how == "demonym")]
        takers = [a for a in before if a.prep is None and a.last >= trig.first - 3][-1:]
        return (givers, takers, False, []) if givers and takers else None
    agents = [a for a in after if a.prep == AGENT]
    if agents and any(
        _is_trigger_noun(tokens[k]) and tokens[k].norm not in AGENT_WORDS
        for k in range(trig.last + 1, agents[0].first)
    ):
        agents = []  # أدانت X اقتحام الأقصى من قبل مستوطنين: the agent is the nearer noun's
    if agents and entry.frame == "directed":  # passive: قُتل X على يد Y، استُهدف X من قبل Y
        # قُتل X على يد Y (X between) or X قُتل على يد Y (X before)
        between = [a for a in after if a.prep is None and a.first < agents[0].first]
        patient = between[:1] or [a for a in before if a.prep is None][-1:]
        # قُضي عليه على يد X: the pronoun names one of this clause, not the last subject
        if tokens[trig.last].norm not in OBJECT_PRONOUN_PREPOSITIONS:
            patient = patient or carried_subject[:1]
        return (agents[:1], patient, False, []) if patient else None
    if trig.verb and trig.passive and entry.frame == "directed":
        # قُتل شكر بغارة إسرائيلية: the one it befell, and the agent the means names
        direct_before = [a for a in before if a.prep is None]
        head = _before_relative_clause(parties, tokens, lo, trig.first)
        if head:
            patient = head  # وكان شكر، الذي يُعد من أبرز القادة ...، قد قُتل
        elif direct_before and adjacent(tokens, direct_before[-1].last, trig.first):
            patient = direct_before[-1:]  # شكر قد قُتل
        else:
            patient = [a for a in after if a.prep is None and not _is_trigger_noun(tokens[a.first - 1])][:1]
        patient = patient or carried_subject[:1]
        # the agent may stand past the verb of a relative clause (في هجوم شنّه مسلحون من X)
        clause = [a for a in parties if trig.last < a.first < _clause_end(tokens, trig.last, hi)]
        agent = _later_agent(max(trig.last, patient[0].last), clause, tokens) if patient else []
        return (agent, patient, False, []) if agent and patient else None
    if trig.verb and _relative_of_a_thing(trig, tokens, lo, parties):
        return None  # الغارة التي دمّرت مبنى القنصلية الإيرانية: the raid did it, no party named
    if trig.verb:
        subject = (
            []
            if trig.participle
            else (carried_subject[:1] if _describes_document(tokens, trig.first - 1, lo) else [])
            or _relative_head(trig, parties, tokens, lo)
            or (
                _possessor(trig, tokens, lo, parties, speaker, registry)
                if _members_before(trig, tokens, lo)
                else []
            )
            or _subject(trig, parties, left, right, tokens)
            or _possessor(trig, tokens, lo, parties, speaker, registry)
        )
        if (
            carried_subject
            and subject
            and subject[0].first > trig.last
            and _behind_preposition(tokens, trig.last, subject[0].first)
        ):
            subject = []  # التقوا ... واتفقوا على تعاون فروع القاعدة: the subject is the one before
        if (
            carried_subject
            and subject
            and subject[0].first > trig.last
            and _masculine_verb(trig, tokens)
            and _feminine_state(subject[0], tokens, registry)
        ):
            subject = []  # ودان X الغارة، وطالب الولايات المتحدة بالضغط: a state after طالب is its object
        if (
            not trig.participle
            and speaker
            and subject
            and subject[0].first > trig.last
            and _after_kana(trig, tokens)
        ):
            subject = speaker[:1]  # نفت قطر أن تكون قد هددت السعودية: Qatar is يكون's subject, and the verb's
        if not trig.participle and _pronoun_marks_subject(trig, tokens, left):
            # لكنها اتهمت إسرائيل: the pronoun before the verb is its subject, the party after its object
            first = [a for a in parties if a.prep is None and lo <= a.first and a.last < trig.first][:1]
            voice = speaker or _voice(trig, scopes or [], tokens)
            subject = voice[:1] or carried_subject[:1] or first
            if not subject:
                return None
        carried = not subject
        if carried:
            subject = _pronoun_subject(trig, tokens, lo, speaker) or carried_subject
        if (
            entry.frame == "joint"
            and carried_subject
            and subject
            and subject[0].first > trig.last
            and not subject[0].mention.group  # وتوصّل الطرفان: the two sides are the subject
            and (
                tokens[trig.first].best.proclitics[:1] == ("و",)
                # زار X طهران، حيث التقى الرئيس الإيراني: where X met him
                or (trig.first > lo and tokens[trig.first - 1].norm == "حيث")
            )
            and not any(a.prep in ("مع", "ب", "بين") for a in after)
        ):
            subject = carried_subject  # زار X دمشق، والتقى الرئيس الأسد: X met the one after
        rest = [a for a in after if all(a is not s for s in subject)]
        if entry.frame == "joint":
            others = [
                a
                for a in rest
                if a.prep in ("مع", "ب", "بين")  # اتفقوا مع X; not اتفقوا على X (what was agreed)
                and not _across_border(a, tokens)
            ]
            # the object comes right after the verb, or after a subject that follows it (التقى
            # وزير الخارجية المصري بدر عبد العاطي نظيره الإثيوبي)
            anchor = max([trig.last, *(a.last for a in subject if a.first > trig.last)])
            # a place between is no distance (استقبل X في القاهرة رئيس الوزراء القطري)
            object_at = rest[0].first if rest else anchor
            between = [a for a in args if a.prep in ("في", "فى") and anchor < a.first < object_at]
            where = sum(a.last - a.first + 2 for a in between)
            if (
                not others
                and rest
                and rest[0].prep is None
                and rest[0].first <= anchor + 3 + where
                and not _behind_preposition(tokens, max([anchor, *(a.last for a in between)]), rest[0].first)
            ):
                others = rest[:1]  # التقى الوزير نظيره / X التقى Y / ضم الاجتماع X و Y
            # the other side is the first such phrase and whoever is coordinated with it
            others = _coordinated(others[0], rest, tokens) if others else []
            if not others and entry.mode == "third-party":
                others = talks  # محادثات استضافتها الصين: the host with the sides of the talks
            if not subject and len(others) >= 2:
                return [], others[:MAX_SIDES], True, others
            host_actors = {actor for a in subject for actor in _actors(a)}
            if entry.mode == "third-party" and {actor for a in others for actor in _actors(a)} <= host_actors:
                return None  # استضافتها العراق وعُمان (بين الجانبين): co-hosts do not meet each other
            if subject and (others or sum(len(_actors(a)) for a in subject) > 1):
                return subject, others[:MAX_SIDES], True, subject
            return None
        # in a second complement an object pronoun may stand for a party of the first
        # (أن الأسد وعائلته وصلوا إلى موسكو، وأن روسيا منحتهم)
        second = left > lo and tokens[left - 1].norm in COORDINATED_COMPLEMENTIZERS
        earlier = [a for a in parties if a.last < trig.first] if second else before
        if entry.type == "ACCUSE" and entry.mode == "allege":
            # اتهم X الدول الغربية بتأجيج الصراع عبر تزويد كييف: the accused stands before the charge
            charge = _charge_after(tokens, trig.last, right, args)
            rest = [a for a in rest if charge is None or a.first < charge]
        if entry.mode == "visit" and subject and not _visitor(subject[0], tokens, registry):
            return None  # وصلت قوات أمريكية إلى سوريا: forces or goods arriving pay no visit
        target = act or _target(trig, rest, earlier, subject, entry.preps, tokens)
        if not target and entry.type in REACTIONS | APPROVALS:
            target = _author_in_relative(trig, parties, tokens, hi)
        if not target and entry.type == "ACCUSE":  # دانت X اقتحام الأقصى من قبل مستوطنين: its agent
            target = [a for a in rest if a.prep == AGENT][:1]
        if not target and entry.type == "MOBILIZE":
            target = _same_opponent(subject, opponent or [])
        if not target and entry.type == "AID" and partner and subject:
            # وقّعت أنقرة مع حكومة الوفاق مذكرة تفاهم، قبل أن ترسل مستشارين: to the same partner
            giver_actors = {actor for a in subject for actor in _actors(a)}
            if giver_actors & set(_actors(partner[0])):
                receivers = tuple(a for a in _actors(partner[0]) if a not in giver_actors)
                mention = ActorMention(0, 0, receivers[0], "pair", "", group=receivers) if receivers else None
                target = [Arg(mention, trig.first, trig.first, None)] if mention else []
        if not target and not rest:  # قصفت إسرائيل مواقع عناصره: the one whose members were struck
            target = [
                a for a in _members_owner(trig, tokens, hi, parties, speaker, entry.type) if a not in subject
            ]
        if not target and entry.type == "THREATEN":  # توعّد X بأن «أمريكا وبريطانيا» ستدفعان الثمن
            target = [
                a
                for a in _complement_parties(trig, parties, tokens, hi)
                if all(a is not s for s in subject) and not _answers(a, tokens)
            ]
            target = _not_own_body(subject, target, registry)
        if not target and entry.type == "THREATEN" and subject and _threatens_answer(trig, tokens, hi):
            # وطالبان تتوعد بـ«رد مناسب»: whom an answer vowed threatens is settled once the report
            # is read (_answered): the author of the last attack on the vower's side
            pending = ActorMention(tokens[trig.first].start, tokens[trig.first].end, UNKNOWN, "anaphora", "")
            target = [Arg(pending, trig.first, trig.first, None)]
        # أردوغان، الذي تُعد بلاده ...: one's own country is no other side
        target = _not_own(subject, target, registry, tokens)
        if not subject or not target:
            return None
        return subject, target, False, [] if carried else subject
    # a verbal noun or fixed phrase; a phrase ending in a preposition (قضى على، القبض على)
    # takes the party right after it as its object
    own_prep = (
        name_key(entry.trigger.split()[-1]) if " " in entry.trigger and entry.frame == "directed" else None
    )
    genitive = [
        a
        for a in after
        if (a.prep is None or (a.prep == own_prep and a.first == trig.last + 1))
        and _construct(tokens, trig.last, a.first)
        # not across another party (اتهامات لإيران بتزويد الحوثيين: the Houthis are no genitive)
        and not any(trig.last < b.first < a.first for b in args)
    ]
    by_prep = [
        a
        for a in after
        if a.prep is not None
        and (a.prep in entry.preps or (a.prep == "ل" and entry.type not in UNDIRECTED_BY_L))
        and a.prep not in ("في", "فى")
    ]
    if entry.type == "ASSAULT" and _means_of_harm(trig, tokens, lo):
        # قُتل X في هجوم لحزب العمال: the party after ل is the attack's author, not its target
        by_prep = [
            a
            for a in by_prep
            if not (
                a.prep == "ل"
                and all(
                    tokens[k].norm in QUOTE_MARKS or tokens[k].norm == "ل"
                    for k in range(trig.last + 1, a.first)
                )
            )
        ]
    led_by = _relative_agent(trig, after, tokens)  # الهجوم الذي شنّته قوات حفتر، الوساطة التي قادها X
    if entry.frame == "joint":
        between = [a for a in after if a.prep == "بين" and not _nearer_noun(trig, a, tokens)]
        if between:
            sides = _coordinated(between[0], after, tokens)
            if len(sides) < 2:
                sides = between[:1] + [a for a in after if a.first > between[0].last][:1]
            if led_by and entry.mode == "third-party" and all(a is not b for a in led_by for b in sides):
                return led_by, sides[:MAX_SIDES], True, []
        elif len(led_by) >= 2 and entry.mode != "third-party":
            return [], led_by[:MAX_SIDES], True, []  # عملية مشتركة نفذتها «قسد» والقوات الأمريكية
        else:
            # a capital after an agreement names it (اتفاق الدوحة), it is no side
            gathered = _gathered(trig, after, tokens)
            if len(gathered) >= 2:  # اجتماعاً ضم وزراء خارجية الأردن والسعودية والعراق
                return [], gathered[:MAX_SIDES], True, []
            named = [a for a in genitive[:1] if a.mention.how != "capital"]
            # تعاون القاعدة مع الجماعات المتحالفة مع إيران، بما في ذلك حزب الله: the named instance
            including = [a for a in after if _after_including(tokens, a.first)]
            with_ = (
                including[:1]
                or [
                    a
                    for a in by_prep
                    # من only where the phrase lists it: تلقى X اتصالاً هاتفياً من Y
                    if (a.prep in ("مع", "ب") or (a.prep == "من" and "من" in entry.preps))
                    and not _across_border(a, tokens)
                ][:1]
            )
            sides = (_coordinated(named[0], after, tokens) if named else []) + (
                _coordinated(with_[0], after, tokens) if with_ else []
            )
            near_before = [a for a in before if a.prep is None and a.last >= trig.first - 4]
            if not near_before:
                near_before = _support_subject(trig, before, tokens)
            if _manner(trig, tokens) and near_before and _starts_with_and(near_before[-1], tokens):
                near_before = []  # متنقلاً بين بيروت وتل أبيب، بالتنسيق مع باريس: a member of another phrase
            informed = [a for a in before if a.prep is None and a.last >= trig.first - 6][-2:]
            if (
                entry.trigger in KEPT_INFORMED
                and len(informed) == 2
                and not sides
                and _verb_object(informed[0], informed[1], tokens)
            ):
                near_before = informed  # الرياض أبقت واشنطنَ على اطلاع: subject and object
            if not near_before and len(sides) == 1:  # وإنها على تواصل مع المعارضة: the pronoun's party
                near_before = _pronoun_antecedent(trig, parties, tokens, lo, registry) or _pronoun_subject(
                    trig, tokens, lo, speaker
                )
            if near_before is informed:
                sides = informed
            elif (
                not sides
                and len(near_before) >= 2
                and not _hosted(trig, verbs, lo)
                and not _called_for(trig, near_before[-1], tokens)
            ):
                # أجرى الرئيسان الروسي والصيني محادثات: the parties joined by و before it
                nearest = near_before[-1]
                sides = [a for a in near_before if a is nearest or _in_group(a, nearest, near_before, tokens)]
            else:
                sides = near_before[-1:] + sides
            if len(sides) == 1 and entry.mode == "third-party" and talks:
                return sides, talks, True, []  # المحادثات ... برعاية الأمم المتحدة
        if len(sides) == 1 and speaker and any(a is sides[0] for a in _coordinated(speaker[0], args, tokens)):
            sides = [speaker[0], *sides]  # أعلنت أنقرة وموسكو التوصل إلى اتفاق: the speakers agreed
        if len(sides) < 2:
            return None
        return [], sides[:MAX_SIDES], True, []
    # رداً على غارة إسرائيلية: an adjective shares the preposition of its noun
    adjective = [a for a in after if a.first == trig.last + 1 and a.mention.how == "demonym"]
    if adjective and trig.last > trig.first and _represents(tokens[trig.last]):
        # طرد السفير الإماراتي: the adjective qualifies the envoy the phrase ends with, whose
        # state is acted on; the agent is sought as for any verbal noun
        by_prep, adjective, genitive = adjective[:1], [], []
    if adjective:
        # غارة إسرائيلية، الضربات الأمريكية: the adjective names the agent
        more = [a for a in after if a.mention.how == "demonym" and a.first == adjective[0].last + 1]
        last = (more or adjective)[-1].last
        rest = [a for a in after if a.first > last]
        target = [a for a in rest if a.prep is None or a in by_prep][:1]
        target = target or _members_owner(trig, tokens, hi, parties, speaker, entry.type)
        if not target:
            return None
        return adjective + more, target, False, []
    visitor = [
        a for a in after if entry.mode == "visit" and a.first <= trig.last + 2 and _official_of(a, tokens)
    ][:1]
    if visitor:  # زيارة لمسؤول سعودي إلى دمشق: ل names the visitor, إلى the visited
        visited = [a for a in by_prep if a.prep == "الي" and a is not visitor[0]][:1]
        return (visitor, visited, False, []) if visited else None
    # مقتل تسعة مدنيين بهجوم لـ«داعش»: the genitive of a result noun is what befell, not who did
    if genitive and by_prep and normalize(trig.entry.trigger) not in result_nouns():
        return genitive[:1], _coordinated(by_prep[0], after, tokens), False, []
    if genitive and normalize(entry.trigger) in word_list("subject_genitives.txt"):
        return None  # اشترطت حماس انسحاب القوات الإسرائيلية: the genitive withdraws, from no one named
    if genitive and not by_prep and _pronoun_object_after(tokens, genitive[0].last):
        # تزويد إيران لها بالصواريخ: the genitive gives, ل with a pronoun names who receives
        # (the speaker, or the subject before)
        before_parties = [a for a in parties if a.prep is None and lo <= a.last < trig.first]
        receiver = (speaker or [])[:1] or carried_subject[:1] or before_parties[-1:]
        if receiver and all(r.mention.actor != genitive[0].mention.actor for r in receiver):
            return genitive[:1], receiver, False, []
    if genitive and not by_prep and entry.type in APPROVALS and "-" not in entry.preps:
        return None  # موافقة إسرائيل على الصفقة: the genitive approves; what it approves is no party
    if (
        genitive
        and entry.type == "REQUEST"
        and _verbal_noun_after(tokens, genitive[0].last)
        and not any(a.first == genitive[0].last + 1 for a in after)
    ):
        return None  # طلب الإمارات شراء الطائرات: the genitive asks (for a purchase), of nobody named
    # اقتحام الشرطة الإسرائيلية المسجد الأقصى، تسليح إيران الحوثيين: a party right after the
    # genitive is the verbal noun's object, so the genitive is its agent
    objects = [
        a
        for a in after
        if genitive
        and a.prep is None
        and a.first == genitive[0].last + 1
        and not _starts_with_and(a, tokens)
        and a.mention.how != "demonym"
        and a.mention.actor != genitive[0].mention.actor
    ]
    if objects and not forced:
        target = _not_own(genitive[:1], _coordinated(objects[0], after, tokens), registry, tokens)
        return (genitive[:1], target, False, genitive[:1]) if target else None
    target = _coordinated(genitive[0], after, tokens) if genitive else by_prep[:1]
    if not target and entry.type != "MOBILIZE":
        return None  # the act falls on no one named (only forces may take the last opponent's)
    # the agent of a verbal noun: the subject of a support verb governing it (يقوم الحرس
    # بتغطية), or a party close before it — never for a result noun (أعلن التنظيم مقتل زعيمه)
    result = normalize(trig.entry.trigger) in result_nouns()
    # ردّ الحزب على اغتيال شكر: what is answered is another's act (but أقدم على: support_verbs.tsv)
    # — not after a support verb and its subject (عملت الولايات المتحدة على تسليح أوكرانيا)
    supported = any(
        a.prep is None and a.last == trig.first - 2 and _support_verb_between(tokens, a.first - 2, a.first)
        for a in before
    )
    answered = trig.first > lo and (
        (tokens[trig.first - 1].norm in ANSWERED and not supported) or _avenged_act(trig, tokens)
    )
    governed = [
        a
        for a in before
        if a.prep is None
        and (
            _support_verb_between(tokens, a.last, trig.first)
            or (not result and trig.first - a.last <= NEAR_AGENT and not answered)
        )
        # دان X الغارة على دمشق: the one who condemns an act is not its agent (the one accused,
        # after it, may be: اتهم X الحركة باستضافة ...)
        and not any(
            v.entry.type == "ACCUSE"
            and v.last < a.first
            and not any(b.prep is None and v.last < b.first < a.first for b in before)
            for v in verbs
            if v.last < trig.first <= v.last + (CHARGE_REACH if v.entry.mode == "allege" else CONDEMNED_REACH)
        )
    ]
    # ناشدت الأمم المتحدة المجتمع الدولي تقديم مساعدات: who asks for an act does not do it;
    # the one asked (a second party after the verb) does
    requester = next(
        (v for v in verbs if v.entry.type == "REQUEST" and v.last < trig.first <= v.last + CONDEMNED_REACH),
        None,
    )
    if requester is not None:
        governed = [
            a
            for a in governed
            if a.first > requester.last
            and any(b.prep is None and requester.last < b.first < a.first for b in before)
        ]
    # قررت الجامعة، في اجتماع لوزراء الخارجية ...، استئناف: the subject right after the support
    # verb, before any party nearer in a parenthesis
    verb_subjects = [
        a for a in governed if a.first > lo and _support_verb_between(tokens, a.first - 2, a.first)
    ]
    # an accused act (forced) is done by every party accused of it: اتهم X Y و Z بإعدام ...;
    # an act answered or avenged is another's: the subject before is no agent of it
    # أدانت مصر قصف الجيش الإسرائيلي مدرسة: the one who condemns an act is not its agent, even
    # carried over from the condemning verb
    condemned = any(
        v.entry.type == "ACCUSE" and v.last < trig.first <= v.last + CONDEMNED_REACH for v in verbs
    )
    agent = (
        carried_subject
        if forced
        else led_by
        or verb_subjects[-1:]
        or governed[-1:]
        or ([] if answered or requester is not None or condemned else carried_subject[:1])
    )
    agent = _possessive_agent(trig, agent, target, parties, tokens, lo, registry) or agent
    if not agent and target:  # مقتل X في عملية نفذتها قوات Y / بغارة إسرائيلية
        agent = _later_agent(target[-1].last, after, tokens)
    if not agent and target and not genitive and not result and trig.enclitic in ("ه", "ها", "هم"):
        # دانت X الهجوم، معربة عن تضامنها مع Y: the pronoun on a verbal noun whose other side a
        # preposition names is its agent, the subject of the clause
        agent = speaker[:1] or [a for a in before if a.prep is None and lo <= a.first][:1]
    if not agent and target and entry.type == "THREATEN":
        # وقّع بايدن أمراً ...، في رسالة فُسّرت على أنها تحذير للطرفين: the warning is the act of
        # the sentence's subject
        agent = [
            a
            for a in parties
            if a.prep is None and lo <= a.first < trig.first and all(a is not t for t in target)
        ][:1]
    if agent and not target and entry.type == "MOBILIZE":
        target = _same_opponent(agent, opponent or [])
    target = _not_own(agent, target, registry, tokens)
    if not agent or not target:
        return None
    return agent, target, False, agent  # a verbal noun coordinated with this one shares its agent


def _possessive_agent(
    trig: Trig,
    agent: list[Arg],
    target: list[Arg],
    parties: list[Arg],
    tokens: list[Token],
    lo: int,
    registry: Registry,
) -> list[Arg]:
    """عقوبات الاتحاد على إيران بسبب دعمها لروسيا: the pronoun on a verbal noun is its agent,
    and agrees with it. When the agent found otherwise cannot take ها (a person, a masculine
    head or state) the agent is the nearest feminine state before, whatever governs it."""
    if trig.verb or trig.enclitic != "ها" or not agent or not _cannot_be_ha(agent[0], tokens, registry):
        return []
    return [
        a
        for a in parties
        if lo <= a.first
        and a.last < trig.first
        and all(a is not t for t in target)
        and _feminine_state(a, tokens, registry)
    ][-1:]


def _cannot_be_ha(arg: Arg, tokens: list[Token], registry: Registry) -> bool:
    """A party ها cannot stand for: a person, a masculine head (الجيش، الاتحاد) or a
    masculine state (masculine_states.txt)."""
    return (
        _actor_kind(arg.mention.actor, registry) == "person"
        or _masculine(arg, tokens)
        or (
            arg.mention.how in ("name", "capital")
            and _actor_kind(arg.mention.actor, registry) == "state"
            and not _feminine_state(arg, tokens, registry)
        )
    )


CANCEL_REACH = 8  # tokens from a cancelling verb to the accord it ends (its subject, a date between)


def _cancelled(trig: Trig, triggers: list[Trig]) -> bool:
    """ألغى المجلس العسكري اتفاقات التعاون العسكري الموقعة مع فرنسا: an accord named as what a
    cancelling verb ends is the cancelling (a SANCTION), not an accord reached."""
    if trig.verb or trig.entry.type not in ("AGREE", "COOPERATE"):
        return False
    before = [t for t in triggers if t.last < trig.first]
    return bool(
        before and before[-1].entry.mode == "discontinue" and trig.first - before[-1].last <= CANCEL_REACH
    )


def _refused(trig: Trig, triggers: list[Trig]) -> bool:
    """A cooperative act (talks, normalisation, an accord) named right after a refusal
    (رفضت X التطبيع مع Y، موقف X الرافض للحوار مع Y) is refused, not done: a REJECT of the
    other side by the one who refuses."""
    if trig.entry.type not in COOPERATIVE or trig.negated:
        return False
    return any(t.entry.type == "REJECT" and t.last < trig.first <= t.last + REFUSAL_REACH for t in triggers)


def _evaluation_events(
    evaluation: Evaluation,
    scopes: list[Scope],
    parties: list[Arg],
    subject: list[Arg],
    tokens: list[Token],
    text: str,
    lo: int,
    hi: int,
    registry: Registry,
    dates: list[DateMention],
    args: list[Arg],
    events: list[FoundEvent] | None = None,
) -> list[FoundEvent]:
    """وصف X خطوة Y بأنها «خطأ»، Y يُعدّ انتهاكاً: X accuses (or praises) Y."""
    verb = evaluation.verb
    if evaluation.participle:  # قال X ...، معتبراً: the speaker before
        speaker = [a for sc in scopes if 0 <= sc.cue_first < verb for a in sc.sources[:1]][-1:]
    else:
        speaker = [a for sc in scopes if sc.start <= verb < sc.end for a in sc.sources[:1]]
        chains = [sc.chain for sc in scopes if sc.start <= verb < sc.end and sc.chain]
        if not speaker and chains:  # وأضاف أن ... يُعدّ انتهاكاً: the source that goes on
            here = ActorMention(tokens[verb].start, tokens[verb].end, chains[-1][-1], "anaphora", "")
            speaker = [Arg(here, verb, verb, None)]
    evaluator, described = evaluated(evaluation, tokens, lo, parties, speaker, subject)
    if evaluator and not described and evaluation.type == "ACCUSE":
        described = _condemned_before(evaluation, evaluator, tokens, lo, events or [])
    if not evaluator or not described:
        return []
    mode = ("allege" if evaluation.alleged else "disapprove") if evaluation.type == "ACCUSE" else None
    entry = TriggerEntry(tokens[verb].text, "verb", evaluation.type, mode, "directed", frozenset())
    trig = Trig(verb, verb, entry, True, None)
    own = {country_of(actor, registry) for a in evaluator for actor in _actors(a)}
    described = [a for a in described if a.mention.actor not in own]
    found = _assemble(trig, evaluator, described, False, scopes, tokens, text, lo, hi, registry, dates, args)
    cue = next((sc.cue_first for sc in scopes if sc.start <= verb < sc.end and sc.cue_first >= 0), None)
    if cue is not None:  # قال X يوم الاثنين إن ... يُعدّ انتهاكاً لاتفاق عام 1974: said that Monday
        said = _date_of(Trig(cue, cue, entry, True, None), dates, tokens, lo, hi)
        for event in found:
            event.when = said
    return found


def _condemned_before(
    evaluation: Evaluation, evaluator: list[Arg], tokens: list[Token], lo: int, events: list[FoundEvent]
) -> list[Arg]:
    """دانت X الاستهداف، معتبرةً أنه «اعتداء سافر»؛ لما وصفه بـ«العدوان»: what a pronoun or
    ما stands for is the act just condemned in the sentence, and its author the one accused."""
    verb = evaluation.verb
    pronoun = any(seg.enclitic in ("ه", "ها", "هم", "هما") for seg in tokens[verb].segmentations) or (
        verb + 1 < len(tokens) and tokens[verb + 1].norm in PRONOUN_CARRIERS | DETACHED_OBJECTS
    )
    if not pronoun:
        return []
    since = tokens[lo].start
    who = {actor for a in evaluator for actor in _actors(a)}
    condemned = next(
        (
            e
            for e in reversed(events)
            if e.start >= since and e.type in ("ACCUSE", "THREATEN") and e.source in who and e.target
        ),
        None,
    )
    if condemned is None or condemned.target is None:
        return []
    here = tokens[verb]
    # توعّد X الولايات المتحدة وبريطانيا ...: every side of that reaction
    sides = [e.target for e in events if e.trigger == condemned.trigger and e.source in who and e.target]
    return [
        Arg(ActorMention(here.start, here.end, side, "anaphora", ""), verb, verb, None)
        for side in dict.fromkeys(sides)
        if side is not None
    ]


ANY = "اي"  # أي تدخل: any attack, by whoever would make it


def _warned_intervener(
    trig: Trig,
    triggers: list[Trig],
    tokens: list[Token],
    parties: list[Arg],
    events: list[FoundEvent],
    lo: int,
) -> tuple[list[Arg], list[Arg], bool, list[Arg]] | None:
    """حذّرت مالي وبوركينا فاسو من أن أي تدخل عسكري ضد النيجر سيُعدّ «إعلان حرب»: a warning
    against any force on Y threatens the one who last pressed Y (threatened, struck it); the
    warners are the sentence's subject."""
    if trig.entry.type != "THREATEN" or not trig.verb:
        return None
    act = next(
        (
            t
            for t in triggers
            if trig.last < t.first <= trig.last + COMPLEMENT_REACH
            and not t.verb
            and t.entry.type in ("ASSAULT", "MOBILIZE", "COERCE")
            and tokens[t.first - 1].norm == ANY
        ),
        None,
    )
    if act is None:
        return None
    victim = [a for a in parties if act.last < a.first <= act.last + 3 and a.prep in ("ضد", "علي")][:1]
    if not victim:
        return None
    pressed = victim[0].mention.actor
    presser = next((e.source for e in reversed(events) if e.type in PRESSURE and e.target == pressed), None)
    # حذّرت روسيا والصين من ...، وردّت مالي وبوركينا فاسو ...، حذّرتا فيه: the verb's subject, or the sentence's
    subject = _subject(trig, parties, lo, act.first, tokens)
    first = [a for a in parties if a.prep is None and lo <= a.first < trig.first][:1]
    warners = subject or (_coordinated(first[0], parties, tokens) if first else [])
    if presser is None or not warners or any(presser in _actors(w) for w in warners):
        return None
    here = tokens[trig.first]
    warned = Arg(ActorMention(here.start, here.end, presser, "anaphora", ""), trig.first, trig.first, None)
    return warners, [warned], False, []


def _sides_of(
    source: str, target: str, trig: Trig, tokens: list[Token]
) -> tuple[list[Arg], list[Arg], bool, list[Arg]]:
    """An event's source and target taken over by another trigger (the attack a bare noun
    names, the one a threat or a call falls on), as arguments standing at that trigger."""
    here = tokens[trig.first]
    return (
        [Arg(ActorMention(here.start, here.end, source, "anaphora", ""), trig.first, trig.first, None)],
        [Arg(ActorMention(here.start, here.end, target, "anaphora", ""), trig.first, trig.first, None)],
        False,
        [],
    )


def _told_attack(
    trig: Trig, tokens: list[Token], args: list[Arg], events: list[FoundEvent], scopes: list[Scope]
) -> tuple[list[Arg], list[Arg], bool, list[Arg]] | None:
    """قال بايدن إنه أمر بتنفيذ الضربات: an attack named by a bare definite noun in a source's
    words is the report's own attack, the first it tells; the source asserts (or denies) it."""
    if trig.verb or trig.entry.type != "ASSAULT" or not tokens[trig.first].best.has_article:
        return None
    if any(tokens[k].best.stem in BLAME_WORDS for k in range(max(0, trig.first - 4), trig.first)):
        return None  # نفى أي صلة له بالهجوم، مسؤولية الهجوم: blame.py says whose attack it is
    if not any(sc.start <= trig.first < sc.end and sc.chain for sc in scopes):
        return None
    if any(trig.last < a.first <= trig.last + OWN_SIDES for a in args):
        return None  # الضربات الأمريكية، إن الهجوم «نفذه حزب الله»: the words name its own sides
    main = next((e for e in events if e.type == "ASSAULT" and e.source and e.target), None)
    if main is None or main.source is None or main.target is None:
        return None
    return _sides_of(main.source, main.target, trig, tokens)


def _accused_by_no_one(
    trig: Trig,
    triggers: list[Trig],
    tokens: list[Token],
    parties: list[Arg],
    accused: dict[int, tuple[list[Arg], list[Arg]]],
) -> None:
    """اتُّهمت إيران بتزويد الحوثيين: the accused (the passive's subject) did the act, by an
    allegation with no named source (hedged, corpus FORMAT)."""
    party = [a for a in parties if trig.last < a.first <= trig.last + 3 and a.prep is None][:1]
    act = _accused_act(trig, triggers, tokens, party) if party else None
    if act is not None:
        accused[act.first] = ([], party)


def _call_on_the_condemned(
    trig: Trig, events: list[FoundEvent], tokens: list[Token], lo: int
) -> tuple[list[Arg], list[Arg], bool, list[Arg]] | None:
    """دان X الهجوم الإيراني، داعياً إلى «الوقف الفوري» لهذه الأعمال: a call for something
    (إلى، بـ) in a participle that names no one asked is made to the one just condemned or
    pressed, by the one who condemned — not when it names whom it asks (مطالبةً المجتمع الدولي)."""
    nxt = tokens[trig.last + 1] if trig.last + 1 < len(tokens) else None
    if nxt is None or not (nxt.norm == "الي" or nxt.best.proclitics[:1] == ("ب",)):
        return None
    since = tokens[lo].start
    main = next((e for e in reversed(events) if e.start >= since and e.source and e.target), None)
    if main is None or main.source is None or main.target is None:
        return None
    if main.type not in PRESSURE and main.type != "ACCUSE":
        return None
    return _sides_of(main.source, main.target, trig, tokens)


def _threat_on_the_object(
    trig: Trig, events: list[FoundEvent], tokens: list[Token], lo: int
) -> tuple[list[Arg], list[Arg], bool, list[Arg]] | None:
    """فرضت X عقوبات على Y، ملوّحةً باللجوء إلى القوة: a threat in a participle that names no
    one threatens the one the main verb pressed (sanctions, force), by the one who pressed."""
    since = tokens[lo].start
    main = next((e for e in reversed(events) if e.start >= since and e.source and e.target), None)
    # دان X الهجوم، محذّراً من أن المنطقة لا تحتمل: a warning of danger, no threat; but a
    # threat outright (اتهم X Y بخرق الاتفاق، مهدداً باستئناف الحرب) is made to the one pressed
    outright = normalize(trig.entry.trigger.split("|")[0]) in OUTRIGHT_THREATS
    if main is not None and main.type not in PRESSURE and not (outright and main.type == "ACCUSE"):
        return None
    if (
        main is None
        or main.source is None
        or main.target is None
        or main.trigger[0] >= tokens[trig.first].start
    ):
        return None
    return _sides_of(main.source, main.target, trig, tokens)


UNKNOWN = "?answers:"  # the threatened of a promised answer, until settled: + the party its act befell
WILL_ANSWER = frozenset({"سنرد", "سيرد", "سترد"})  # سنردّ، سيردّ: will answer
ANSWER_HOW = frozenset({"بقوه", "بحزم", "بقسوه", "علي", "بالمثل"})  # ... بقوة / على أي اعتداء
AVENGED_REACH = 4  # tokens from a threat to the noun for the revenge it vows (its subject aside)
FORMULA_REACH = 10  # tokens from the noun for one's answer to the word that says it comes
ANSWERED_REACH = 6  # tokens from على to the party the answered act befell


def _answer_to_come(
    scopes: list[Scope],
    tokens: list[Token],
    text: str,
    lo: int,
    hi: int,
    registry: Registry,
    dates: list[DateMention],
    args: list[Arg],
) -> list[FoundEvent]:
    """«ردّنا آتٍ حتماً»، «لن أتردد في توجيه مزيد من الإجراءات»: in a source's words, its
    answer to come is a threat of force by it. Whom it threatens is settled once the report is
    read (_answered): the author of the act it answers (ردّ الحزب على اغتيال شكر)."""
    at = _promised_answer(tokens, lo, hi)
    if at is None:
        return []
    chains = [sc for sc in scopes if sc.start <= at < sc.end and sc.chain]
    if not chains:
        return []  # the outlet's own words promise nothing
    speaker = chains[-1].chain[-1]
    here = ActorMention(tokens[at].start, tokens[at].end, speaker, "anaphora", "")
    befell = _answered_party(tokens, at, hi, args) or _passing_act_party(tokens, at, args)
    if tokens[at].norm == "لن" and befell is None:
        return []  # «ما جرى لن يمر دون رد»: the act is not named, nor whom it befell
    pending = ActorMention(tokens[at].start, tokens[at].end, UNKNOWN + (befell or ""), "anaphora", "")
    entry = TriggerEntry(tokens[at].text, "phrase", "THREATEN", "violence", "directed", frozenset())
    trig = Trig(at, at, entry, False, None)
    return _assemble(
        trig,
        [Arg(here, at, at, None)],
        [Arg(pending, at, at, None)],
        False,
        scopes,
        tokens,
        text,
        lo,
        hi,
        registry,
        dates,
        args,
    )


def _avenged(trig: Trig, tokens: list[Token], hi: int, targets: list[Arg], found: list[FoundEvent]) -> None:
    """بالثأر لاغتيال العاروري، بالانتقام لمقتل قادته: the party named after ل, behind a noun
    for revenge, is the one avenged; the threatened is the author of what befell it, settled
    once the report is read (_answered)."""
    nouns = retaliation_nouns()
    for k in range(trig.first, min(hi - 1, trig.last + AVENGED_REACH)):
        if not _answer_noun(tokens[k].norm, nouns):
            continue
        after = tokens[k + 1]
        if not any(
            seg.proclitics[-1:] == ("ل",) or seg.proclitics[-2:] == ("ل", "ال") for seg in after.segmentations
        ):
            continue
        avenged = {actor for a in targets if a.first > k for actor in _actors(a)}
        for event in found:
            if event.target in avenged:
                event.target = UNKNOWN + event.target
        return


def _avenged_act(trig: Trig, tokens: list[Token]) -> bool:
    """بالثأر لاغتيال العاروري: an act named with ل right after a noun for revenge is the act
    avenged — done before, by another than the avenger, not the act threatened."""
    if trig.first == 0 or not _ANSWER_NOUNS[tokens[trig.first - 1].norm]:
        return False
    return any(
        seg.proclitics[-1:] == ("ل",) or seg.proclitics[-2:] == ("ل", "ال")
        for seg in tokens[trig.first].segmentations
    )


def _promised_answer(tokens: list[Token], lo: int, hi: int) -> int | None:
    """The token of a promised answer: a noun for one's answer followed by a word saying it
    comes (الرد آتٍ، ردّنا بدأ), or "will not hesitate" (لن أتردد في)."""
    coming = word_list("threat_formulas.txt")
    answer_nouns = _ANSWER_NOUNS
    for k in _within(_marks(tokens).answers, lo, hi):  # لن، سنرد، the nouns for an answer
        tok = tokens[k]
        if tok.norm == "لن" and k + 1 < hi and tokens[k + 1].best.stem[1:] == "تردد":
            return k + 1  # لن أتردد، لن نتردد
        if (
            tok.norm == "لن"
            and k + 1 < hi
            and tokens[k + 1].norm in ("يمر", "تمر")
            and _unanswered(tokens, k, hi)
        ):
            return k  # «لن يمر دون رد»: what was done will be answered
        if tok.norm.removeprefix("و") in WILL_ANSWER and k + 1 < hi and tokens[k + 1].norm in ANSWER_HOW:
            return k  # سنردّ بقوة، سترد على أي اعتداء: one's answer to come
        if not answer_nouns[tok.norm]:  # _answer_noun, once per word form
            continue
        for j in range(k + 1, min(hi, k + 1 + FORMULA_REACH)):
            if tokens[j].norm in (".", "؛", ";"):
                break
            if any(seg.stem in coming for seg in tokens[j].segmentations) or tokens[j].norm in coming:
                return k
    return None


def _unanswered(tokens: list[Token], k: int, hi: int) -> bool:
    """لن يمر «دون رد أو عقاب»، لن يمر بلا عقاب: the answer follows دون/بلا."""
    nouns = retaliation_nouns()
    window = [t for t in tokens[k + 2 : min(hi, k + 6)] if t.is_word]
    return any(a.norm in ("دون", "بدون", "بلا") and _answer_noun(b.norm, nouns) for a, b in pairwise(window))


POSSESSIVES = ("هما", "هم", "ها", "نا", "ه")  # ردّنا، ردّها: one's own answer


def _answer_noun(norm: str, nouns: frozenset[str]) -> bool:
    if any(seg.stem in nouns or seg.stem.removeprefix("ال") in nouns for seg in word_segmentations(norm)):
        return True
    word = norm.removeprefix("و")
    return any(word.endswith(p) and word[: -len(p)] in nouns for p in POSSESSIVES)


# whether a word of this form names one's answer (_answer_noun): asked of every token
_ANSWER_NOUNS: WordCache[bool] = WordCache(lambda norm: _answer_noun(norm, retaliation_nouns()))


def _answered_party(tokens: list[Token], at: int, hi: int, args: list[Arg]) -> str | None:
    """ردّ الحزب على اغتيال شكر: the party the answered act befell."""
    for k in range(at + 1, min(hi, at + 4)):
        if tokens[k].norm == "علي":
            befell = [a for a in args if k + 1 < a.first <= k + ANSWERED_REACH and a.prep is None]
            return befell[0].mention.actor if befell else None
    return None


def _passing_act_party(tokens: list[Token], at: int, args: list[Arg]) -> str | None:
    """أن اغتيال شكر «لن يمر دون عقاب»: the party named in what will not pass unanswered."""
    if tokens[at].norm != "لن":
        return None
    before = [
        a
        for a in args
        if at - ANSWERED_REACH <= a.first < at
        and a.prep is None
        and any(_is_trigger_noun(tokens[k]) for k in range(max(0, a.first - 3), a.first))
    ]  # the party of an act noun (اغتيال شكر), not the speaker before (وأكد حزب الله أن ما جرى)
    return before[-1].mention.actor if before else None


def _answered(events: list[FoundEvent], registry: Registry) -> list[FoundEvent]:
    """Settle whom a promised answer threatens: the author of the attack on the party its
    words name (ردّ على اغتيال شكر), else those the speaker's side last struck, else the
    author of the last attack on that side. Unsettled, it is dropped."""
    out: list[FoundEvent] = []
    for e in events:
        if not (e.target or "").startswith(UNKNOWN):
            out.append(e)
            continue
        befell = (e.target or "").removeprefix(UNKNOWN) or None
        target = _threatened_by_answer(e, events, _side_of(e.source, registry), befell, registry)
        if target is not None:
            out.append(replace(e, target=target))
    return out


def _threatened_by_answer(
    threat: FoundEvent, events: list[FoundEvent], side: set[str], befell: str | None, registry: Registry
) -> str | None:
    def ours(actor: str | None) -> bool:  # the side, or a body of its state (لندن، القوات البريطانية)
        return actor is not None and (actor in side or country_of(actor, registry) in side)

    attacks = [
        e for e in events if e.type == "ASSAULT" and e.source and e.target and e.polarity == "asserted"
    ]
    if befell:
        authors = [e.source for e in attacks if e.target == befell and not ours(e.source)]
        return authors[0] if authors else None
    earlier = [e for e in attacks if e.start < threat.start]
    # «ردّنا بدأ اليوم» ... حمّل بايدن المسؤولية لـ X: those the side itself blames for attacking it,
    # wherever the report tells it
    blamed = [
        e.source for e in attacks if ours(e.target) and not ours(e.source) and e.chain and ours(e.chain[-1])
    ]
    if blamed:
        return blamed[-1]
    struck = [e.target for e in earlier if ours(e.source) and not ours(e.target)]
    if struck:
        return struck[-1]
    # وحمّل بايدن المسؤولية لجماعات ...: the attack on its side that the speaker itself blamed
    blamed = [
        e.source for e in attacks if ours(e.target) and not ours(e.source) and e.chain[-1:] == [threat.source]
    ]
    if blamed:
        return blamed[0]
    authors = [e.source for e in earlier if ours(e.target) and not ours(e.source)]
    return authors[-1] if authors else None


def _side_of(actor: str | None, registry: Registry) -> set[str]:
    """An actor with its state and the bodies it holds office in."""
    if actor is None:
        return set()
    side = {actor}
    state = country_of(actor, registry)
    if state:
        side.add(state)
    found = registry.get(actor)
    if found is not None:
        side |= {r.org for r in found.roles if r.until is None} or {r.org for r in found.roles}
    return side


REACTIONS = frozenset({"SUPPORT", "REJECT", "ACCUSE"})
REACTION_REACH = 4  # tokens from a verb of reaction to the document it reacts to (its subject between)


def _reaction_to_document(scope: Scope, triggers: list[Trig], tokens: list[Token]) -> bool:
    """رحّبت مصر بقرار مجلس الأمن، رفضت X بيان Y: a document a verb of welcome, refusal or
    condemnation reacts to makes its author the one reacted to, not a source."""
    if scope.cue_first < 0 or not _describes_document(tokens, scope.cue_first, 0, indefinite=False):
        return False
    return any(
        tr.verb and tr.entry.type in REACTIONS and tr.last < scope.cue_first <= tr.last + REACTION_REACH
        for tr in triggers
    )


def _negated(trig: Trig, tokens: list[Token], lo: int) -> bool:
    """لم يهاجم، ولن تطبّع: a negation in the two words before a trigger (not the ما of وهو ما)."""
    for k in range(max(lo, trig.first - 2), trig.first):
        norm = tokens[k].norm
        if _negation(norm) and not (norm == "ما" and tokens[k - 1].norm in RELATIVE_MA):
            return True
    return False


def _negation(norm: str) -> bool:
    """لم، ولم، فلن: a negation, with or without the و or ف that joins it."""
    return norm in NEGATIONS or (norm[:1] in ("و", "ف") and norm[1:] in NEGATIONS and norm[1:] != "ما")


def _joint_rejection(event: FoundEvent) -> bool:
    """A joint act turned into a refusal where it was read (_assemble: المناهض للتطبيع، لن
    تطبّع) still has its sides as participants; a REJECT is directed."""
    return event.type == "REJECT" and bool(event.participants)


def _as_refusal(event: FoundEvent) -> list[FoundEvent]:
    """The refused joint act as a REJECT: its first side (named before it) refuses the others."""
    event.type, event.mode, event.modality = "REJECT", None, None  # the refusal is told as done
    if not event.participants:
        return [event]
    refuser, *others = event.participants
    return [replace(event, source=refuser, target=other, participants=[]) for other in others]


def _struck_places(
    args: list[Arg], tokens: list[Token], registry: Registry, attack_ends: set[int]
) -> list[Arg]:
    """A town or city that force is used against (الهجوم على العاصمة طرابلس، ضد مدينة حلب،
    قصفت إسرائيل مدينة رفح، قصف حلب) is the target of that force, not its place: after
    على/ضد or the attack itself, or after a noun for a place that follows them."""
    out: list[Arg] = []
    for a in args:
        if _actor_kind(a.mention.actor, registry) != "location" or not registry.state_of(a.mention.actor):
            continue
        before = a.first - 2 if tokens[a.first - 1].norm in PLACE_NOUNS else a.first - 1
        if a.prep is not None or before < 0:
            if a.prep in AGAINST:
                out.append(Arg(a.mention, a.first, a.last, "علي"))
            continue
        # قصفت إسرائيل مدينة رفح: right after the attack, or after its subject — also a
        # subject that is the adjective of the force's noun (قصفت المدفعية الروسية مدينة خاركيف)
        after_attack = before in attack_ends or any(
            b.last == before
            and b.prep is None
            and (b.first - 1 in attack_ends or (b.mention.how == "demonym" and b.first - 2 in attack_ends))
            for b in args
        )
        if tokens[before].norm in AGAINST or after_attack:
            out.append(Arg(a.mention, a.first, a.last, None if after_attack else "علي"))
    return out


def _our_side(
    tokens: list[Token],
    lo: int,
    hi: int,
    scopes: list[Scope],
    title_states: dict[str, str],
    registry: Registry,
) -> list[Arg]:
    """قال المتحدث باسم الحكومة العراقية إن طائرات قصفت مواقع لقواتنا: "our forces" (our
    members, our land) in a speaker's words are the speaker's side — its state, or for a
    person, the state of the body its title names."""
    out: list[Arg] = []
    for k in _within(_marks(tokens).ours, lo, hi):  # words with نا
        seg = next(
            (
                s
                for s in tokens[k].segmentations
                if s.enclitic == "نا" and s.stem in OUR_NOUNS | member_nouns()
            ),
            None,
        )
        scope = next((sc for sc in scopes if sc.start <= k < sc.end and sc.sources), None)
        if seg is None or scope is None:
            continue
        speaker = scope.sources[0].mention.actor
        if _actor_kind(speaker, registry) == "person":
            side = title_states.get(speaker) or country_of(speaker, registry)
        else:
            side = registry.state_of(speaker) or speaker
        if side is not None:
            mention = ActorMention(tokens[k].start, tokens[k].end, side, "possessor", tokens[k].text)
            out.append(Arg(mention, k, k, "ل" if seg.proclitics[-1:] == ("ل",) else None))
    return out


def _title_states(
    mentions: list[ActorMention], excluded: list[tuple[int, int]], registry: Registry
) -> dict[str, str]:
    """The state each person speaks for by its title (المتحدث باسم الحكومة العراقية X: Iraq)."""
    out: dict[str, str] = {}
    title_before: dict[int, tuple[int, int]] = {}  # by a mention's start, the first span ending 0-2 before
    for s, e in excluded:
        for at in (e, e + 1, e + 2):
            title_before.setdefault(at, (s, e))
    for m in mentions:
        title = title_before.get(m.start)
        if title is None or m.actor in out:
            continue
        state = next(
            (st for b in _mentions_inside(mentions, title) if (st := registry.state_of(b.actor))), None
        )
        if state is not None:
            out[m.actor] = state
    return out


def _mentions_inside(mentions: list[ActorMention], span: tuple[int, int]) -> list[ActorMention]:
    """The mentions inside a character span, in their order."""
    return [b for b in mentions if span[0] <= b.start and b.end <= span[1]]


def _relative_of_a_thing(trig: Trig, tokens: list[Token], lo: int, parties: list[Arg]) -> bool:
    """A verb opening a relative clause with no object pronoun has the clause's head for
    subject (الغارة التي دمّرت ...); when that head is no party, nobody named did it. (With
    the pronoun the head is its object: الهجمات التي تشنّها الجماعة.)"""
    k = trig.first - 1
    if k <= lo or tokens[k].norm not in RELATIVES or trig.enclitic is not None:
        return False
    head = k - 2 if tokens[k - 1].norm in (",", "،") else k - 1  # X، الذي قصف: X is the head
    return not any(a.last == head for a in parties)


def _members_owner(
    trig: Trig, tokens: list[Token], hi: int, parties: list[Arg], speaker: list[Arg], event_type: str
) -> list[Arg]:
    """غارة إسرائيلية أسفرت عن مقتل عدد من عناصره: force that struck the members of someone
    (عناصره، مقاتليها، قادته) struck that someone — the one who speaks, or else the first
    party of the sentence, its subject."""
    if event_type != "ASSAULT":
        return []
    members = member_nouns()
    for k in range(trig.last + 1, min(hi, trig.last + 1 + MEMBERS_REACH)):
        if any(s.enclitic in ("ه", "ها", "هم") and s.stem in members for s in tokens[k].segmentations):
            owner = speaker[:1] or [a for a in parties if a.prep is None][:1]
            return [a for a in owner if a.first < trig.first]
    return []


GOVERNMENT_NOUNS = frozenset({"حكومه", "سلطات"})  # حكومة بلادهم: the government of one's country


def _not_own(agents: list[Arg], targets: list[Arg], registry: Registry, tokens: list[Token]) -> list[Arg]:
    """One's own country is no other side (أردوغان، الذي تُعد بلاده)، nor is its adjective:
    الحكومة اللبنانية ... اعتداء على السيادة اللبنانية — but its government is (نواب داعين
    حكومة بلادهم إلى إلغاء الاتفاقية)."""
    own = {country_of(actor, registry) for a in agents for actor in _actors(a)}
    return [
        a
        for a in targets
        if not (
            a.mention.how in ("country", "demonym")
            and a.mention.actor in own
            and not (a.first > 0 and tokens[a.first - 1].norm.removeprefix("و") in GOVERNMENT_NOUNS)
        )
    ]


def _not_own_body(agents: list[Arg], targets: list[Arg], registry: Registry) -> list[Arg]:
    """A state, or a body of it, warns no body of its own: in «... لن يمر دون رد، والإمارة
    الإسلامية تحتفظ بحق الرد» the speaker's own government is no one warned."""
    official = {
        state
        for a in agents
        for actor in _actors(a)
        if (state := _state_or_organ(actor, registry)) is not None
    }
    return [a for a in targets if not (official and _organ_of(a.mention.actor, registry) in official)]


def _state_or_organ(actor: str, registry: Registry) -> str | None:
    """The state an actor is, or is a body of (None for persons, groups and others)."""
    entry = registry.get(actor)
    if entry is None:
        return None
    return entry.id if entry.kind == "state" else registry.parent_state(actor)


def _organ_of(actor: str, registry: Registry) -> str | None:
    """The state whose body an actor is (None for a state itself and for any other actor)."""
    entry = registry.get(actor)
    return registry.parent_state(actor) if entry is not None and entry.kind != "state" else None


LAM_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لهن"})


def _pronoun_object_after(tokens: list[Token], k: int) -> bool:
    """A ل with a pronoun right after a verbal noun's genitive (تزويد إيران لها)."""
    return k + 1 < len(tokens) and tokens[k + 1].norm in LAM_PRONOUNS


def _threatens_answer(trig: Trig, tokens: list[Token], hi: int) -> bool:
    """A warning that one's answer (الرد، الانتقام) will come threatens force."""
    nouns = retaliation_nouns()
    end = min(hi, trig.last + 1 + COMPLEMENT_REACH)
    return any(
        seg.stem.removeprefix("ال") in nouns  # بالرد: the ب read off too
        for k in range(trig.last + 1, end)
        for seg in tokens[k].segmentations
    )


def _answers(arg: Arg, tokens: list[Token]) -> bool:
    """A demonym after a noun for one's own answer (الرد الإيراني): the side that answers."""
    if arg.mention.how != "demonym" or arg.first == 0:
        return False
    return tokens[arg.first - 1].best.stem.removeprefix("ال") in retaliation_nouns()


def _verbal_noun_after(tokens: list[Token], k: int) -> bool:
    """A bare noun right after a party (no article, no clitic): the thing asked for
    (طلب الإمارات شراءَ الطائرات)."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        nxt is not None
        and nxt.is_word
        and not nxt.best.has_article
        and not nxt.best.proclitics
        and nxt.norm not in PREPOSITION_WORDS
    )


def _relative_agent(trig: Trig, after: list[Arg], tokens: list[Token]) -> list[Arg]:
    """الهجوم الذي شنّته قوات حفتر، هجوم أطلقته الهيئة: a support verb right after the noun
    (in its relative clause) has the noun's agent for subject."""
    k = trig.last + 1
    if k < len(tokens) and tokens[k].norm in RELATIVES:
        k += 1
    if k >= len(tokens) or not _support_verb_between(tokens, k - 1, k + 1):
        return []
    subject = [a for a in after if k < a.first <= k + 3 and a.prep is None]
    return _coordinated(subject[0], after, tokens) if subject else []


def _before_relative_clause(parties: list[Arg], tokens: list[Token], lo: int, verb: int) -> list[Arg]:
    """X، الذي ...، قد قُتل: the party a relative clause set off by commas follows, when the
    clause ends right before the verb (particles aside)."""
    k = verb - 1
    while k > lo and tokens[k].norm in GAP_PARTICLES:
        k -= 1
    if k <= lo or tokens[k].norm not in (",", "،"):
        return []
    opening = next(
        (
            j
            for j in range(k - 1, max(lo, k - 30), -1)
            if tokens[j].norm in RELATIVES and tokens[j - 1].norm in (",", "،")
        ),
        None,
    )
    if opening is None:
        return []
    return [a for a in parties if a.prep is None and a.last == opening - 2][:1]


def _later_agent(from_token: int, after: list[Arg], tokens: list[Token]) -> list[Arg]:
    """The agent a killing or an attack gets further on: the subject of a support verb
    (في عملية نفذتها قوات أمريكية) or an adjective on the means (بغارة إسرائيلية)."""
    for a in after:
        # reach counted in words: a date set off by commas or a name in quotes between does
        # not carry the agent out of it (قُتل X، يوم الثلاثاء، في هجوم شنّه مسلحون من «Y»)
        if a.first <= from_token or sum(tokens[k].is_word for k in range(from_token + 1, a.first)) > 10:
            continue
        if a.prep is None and _support_verb_between(tokens, max(from_token, a.first - 5), a.first):
            return _coordinated(a, after, tokens)  # نفذتها «قسد» والقوات الأمريكية
        k = a.first - 1
        while k > from_token and (tokens[k].norm in QUOTE_MARKS or tokens[k].norm in ("ل", "ب")):
            k -= 1  # بهجوم لـ«داعش»: the letter written apart and the quote mark
        means = k >= 0 and _is_trigger_noun(tokens[k])
        if a.mention.how == "demonym" and a.prep is None and means:
            return [a]  # بغارة إسرائيلية: the adjective of the means
        if a.prep == "ل" and means:
            return [a]  # في هجوم لحزب العمال الكردستاني: the one the means is of
    return []


SET_OFF = frozenset({'"', ",", "،", ";", "؛", ":"})


def _pronoun_antecedent(
    trig: Trig, parties: list[Arg], tokens: list[Token], lo: int, registry: Registry
) -> list[Arg]:
    """أن موسكو لم تشارك ...، وأنها على تواصل مع X: a pronoun of a complement right before a
    joint noun stands for the party named last before it that it agrees with: ها for a
    state or body, ه for a person."""
    carrier = next(
        (
            k
            for k in range(trig.first - 1, max(lo, trig.first - 3) - 1, -1)
            if tokens[k].norm.lstrip("و") in PRONOUN_CARRIERS
        ),
        None,
    )
    if carrier is None:
        return []
    person = not tokens[carrier].norm.endswith(("ها", "هم"))
    return [
        a
        for a in parties
        if lo <= a.first
        and a.prep is None
        and a.last < carrier
        and (_actor_kind(a.mention.actor, registry) == "person") == person
    ][-1:]


# X أبقى Y على اطلاع: the phrase completes a verb whose subject and object are the sides
KEPT_INFORMED = frozenset({"على اطلاع", "على اطلاع دائم"})


ENVOYS = frozenset({"سفير", "سفراء", "بعثه", "دبلوماسيي", "دبلوماسيين", "القائم"})
ENVOY_REACH = 4  # tokens after a verb of withdrawing in which the envoy withdrawn is named


def _envoy_after(trig: Trig, tokens: list[Token], hi: int) -> bool:
    """سحبت السعودية سفيرها، سحب بعثته الدبلوماسية: what is withdrawn is an envoy."""
    end = min(hi, trig.last + 1 + ENVOY_REACH)
    return any(
        seg.stem.removeprefix("ال") in ENVOYS
        for k in range(trig.last + 1, end)
        for seg in tokens[k].segmentations
    )


def _called_for(trig: Trig, last: Arg, tokens: list[Token]) -> bool:
    """دعت مصر والأردن إلى محادثات: talks behind a preposition are asked for, not held by
    the parties before them."""
    between = range(last.last + 1, trig.first)
    if any(tokens[k].norm in PREPOSITION_WORDS for k in between):
        return True
    return any(p in ("ل", "ب") for seg in tokens[trig.first].segmentations for p in seg.proclitics)


def _hosted(trig: Trig, verbs: list[Trig], lo: int) -> bool:
    """استضافت قطر ومصر جولات من المحادثات: talks named after a verb of hosting; the
    parties before them are the hosts."""
    before = [v for v in verbs if lo <= v.first and v.last < trig.first]
    return bool(before) and before[-1].entry.mode == "third-party"


def _verb_object(subject: Arg, obj: Arg, tokens: list[Token]) -> bool:
    """A verb's subject and object, not joined by و: right after the verb (أبقت الرياض
    الولايات المتحدة) or on either side of it (الرياض أبقت الولايات المتحدة)."""
    if _starts_with_and(obj, tokens):
        return False
    between = [tokens[k] for k in range(subject.last + 1, obj.first)]
    verb = subject.first - 1 if not between else subject.last + 1
    return (
        len(between) <= 1
        and verb >= 0
        and tokens[verb].is_word
        and not tokens[verb].best.has_article
        and tokens[verb].norm not in PREPOSITION_WORDS
        and not (between and not between[0].is_word)
    )


def _manner(trig: Trig, tokens: list[Token]) -> bool:
    """بالتنسيق مع، بالتعاون مع، بالتشاور مع: a joint noun after ب says how the clause's
    subject acts; the last of a coordination just before it is no side of it."""
    return not trig.verb and any(carries_bi(seg) for seg in tokens[trig.first].segmentations)


def _nearer_noun(trig: Trig, arg: Arg, tokens: list[Token]) -> bool:
    """بين X و Y belongs to the event noun nearest before it: in الاتفاق لم يتضمن موافقة
    إسرائيل على أي صفقة أسلحة بين الولايات المتحدة والإمارات the sides are the deal's. A noun
    in construct with the trigger (اتفاق وقف إطلاق النار بين) leaves them to both."""
    for k in range(trig.last + 2, arg.first - 1):
        if _is_trigger_noun(tokens[k]):
            # a clause of its own: set off by a quote, a comma, a negation — not a quote
            # around that noun itself (اتفاق «وقف إطلاق النار» بين X و Y)
            gap = range(trig.last + 1, k - 1)
            return any(tokens[j].norm in SET_OFF or tokens[j].norm in NEGATIONS for j in gap) or (
                tokens[k - 1].norm in NEGATIONS
            )
    return False


def _is_trigger_noun(token: Token) -> bool:
    lex = trigger_index().phrases
    return any(seg.stem in lex.by_first for seg in token.segmentations if seg.enclitic is None)


GATHERING_VERBS = frozenset({"ضم", "يضم", "جمع", "يجمع", "شارك", "يشارك", "حضره", "حضر", "يحضر"})


# whether a word of this form may be a verb of gathering (a token's segmentations are its form's)
_GATHERING_WORDS: WordCache[bool] = WordCache(
    lambda norm: any(seg.stem in GATHERING_VERBS for seg in word_segmentations(norm))
)


INCLUDING = (
    ("بما", "في", "ذلك"),
    ("بما", "فيها"),
    ("بما", "فيهم"),
    ("ومنها",),
    ("ومنهم",),
    ("لا", "سيما"),
    ("من", "بينها"),
    ("من", "بينهم"),
    ("خاصه",),
)


_INCLUDING_ENDS = frozenset(phrase[-1] for phrase in INCLUDING)


def _after_including(tokens: list[Token], first: int) -> bool:
    """The party follows بما في ذلك، ومنها، لا سيما ...: it names a member of the group before."""
    if first == 0 or tokens[first - 1].norm not in _INCLUDING_ENDS:
        return False  # most parties: no phrase ends right before them
    for phrase in INCLUDING:
        start = first - len(phrase)
        if start >= 0 and tuple(tokens[k].norm for k in range(start, first)) == phrase:
            return True
    return False


def _gathered(trig: Trig, after: list[Arg], tokens: list[Token]) -> list[Arg]:
    """The parties a meeting brought together: اجتماع ضم/جمع X و Y."""
    for k in range(trig.last + 1, min(len(tokens), trig.last + 4)):
        if _GATHERING_WORDS[tokens[k].norm]:
            first = [a for a in after if k < a.first <= k + 4 and a.prep is None]
            return _coordinated(first[0], after, tokens) if first else []
    return []


def _construct(tokens: list[Token], trigger_end: int, first: int) -> bool:
    """A party is the genitive of a verbal noun right after it, or after one or two nouns
    in construct (تمويل عمليات الجماعة، تدريب مقاتلي القاعدة) — not after a definite
    noun or a preposition (بمنع الجماعات المتطرفة من استخدام أفغانستان)."""
    between = range(trigger_end + 1, first)
    if len(between) > 2:
        return False
    return all(
        (tokens[k].is_word and tokens[k].norm not in PREPOSITION_WORDS)
        or tokens[k].norm in SKIPPED  # a quote mark: «باستضافتها وإيوائها» زعيم القاعدة
        for k in between
    )


SUPPORT_SUBJECT_REACH = 20  # tokens from a support verb to its verbal noun, a long subject between


def _support_subject(trig: Trig, before: list[Arg], tokens: list[Token]) -> list[Arg]:
    """أجرى رئيس الوزراء وزير الخارجية الشيخ فلان، مساء أمس، اتصالين هاتفيين بـ...: the subject
    of the support verb that governs the noun, however long its titles and asides; it is the
    first party after the verb, with no other verb between."""
    support = _marks(tokens).support
    k = bisect_left(support, trig.first) - 1
    if k < 0 or support[k] < trig.first - SUPPORT_SUBJECT_REACH:
        return []
    verb = support[k]
    if any(
        _breaks_clause(tokens, j) or tokens[j].norm in (".", "؟", "!") for j in range(verb + 1, trig.first)
    ):
        return []
    return [a for a in before if a.prep is None and verb < a.first][:1]


def _support_verb_between(tokens: list[Token], after: int, before: int) -> bool:
    """A verb whose subject is the agent of the verbal noun after it: يقوم الحرس بتغطية،
    التزم النظام بتغطية، شنّت إسرائيل غارات — but not أعلن التنظيم مقتل زعيمه."""
    support = _marks(tokens).support
    k = bisect_right(support, after)  # the first support verb after ``after``
    return k < len(support) and support[k] < before


REFLEXIVES = frozenset({"نفسه", "نفسها", "انفسهم", "نفسيهما"})
DETACHED_OBJECTS = frozenset({"اياه", "اياها", "اياهم", "اياهما", "اياهن"})


def _new_clause_between(tokens: list[Token], after: int, before: int) -> bool:
    """A comma, then و joined to a verb of an event or of an evaluation (، ووصفتها، وقصفت):
    a new clause with its own subject and object begins there."""
    verbs = trigger_index().verbs
    for k in range(after + 2, before):
        if tokens[k - 1].norm not in (",", "،"):
            continue
        word = tokens[k].norm
        if word.startswith("و") and (word[1:] in verbs or is_evaluating_verb(tokens[k])):
            return True
    return False


def _target(
    trig: Trig,
    rest: list[Arg],
    before: list[Arg],
    subject: list[Arg],
    preps: frozenset[str],
    tokens: list[Token],
) -> list[Arg]:
    detached = trig.last + 1 < len(tokens) and tokens[trig.last + 1].norm in DETACHED_OBJECTS  # محمّلاً إياه
    if (
        trig.enclitic in ("ه", "ها", "هم", "هما", "هن") or detached
    ):  # يزودونهم: the party the pronoun stands for
        earlier = [a for a in before if all(a is not s for s in subject)]
        relative = next(
            (k for k in range(trig.first - 1, trig.first - 4, -1) if tokens[k].norm in RELATIVES), None
        )
        if relative is not None:  # الهجمات التي تشنها: the pronoun is the noun the clause qualifies
            earlier = [a for a in earlier if a.last == relative - 1]
        direct = [a for a in earlier if a.prep is None]  # not a place: وصلوا إلى موسكو
        if direct or earlier:
            return (direct or earlier)[-1:]
    if trig.last + 1 < len(tokens) and tokens[trig.last + 1].norm in REFLEXIVES:
        return []  # الذي قدّم نفسه: the act is on oneself
    for a in rest:
        if _new_clause_between(tokens, trig.last, a.first):
            break  # ورفضت X العقوبات، ووصفتها المتحدثة باسمها Y: Y is in a clause of its own
        if _backer(a, tokens) or (
            _belongs_to(a, tokens) and any(s.last < a.first <= s.last + 3 for s in subject)
        ):
            continue  # هاجمت الفصائل العراقية الموالية لإيران: the subject's patron, not the object
        if (
            a.prep is None or a.prep in preps or a.prep == "ل"
        ):  # a direct object, or the trigger's preposition
            return _coordinated(a, rest, tokens)
        if a.prep == "بين" and trig.entry.type in REACTIONS and _after_accord(tokens, a.first):
            # رحّب X بالاتفاق بين السعودية وإيران: praise or blame of an accord goes to its sides
            return _coordinated(a, rest, tokens)
    return []


def _assemble(
    trig: Trig,
    sources: list[Arg],
    targets: list[Arg],
    joint: bool,
    scopes: list[Scope],
    tokens: list[Token],
    text: str,
    lo: int,
    hi: int,
    registry: Registry,
    dates: list[DateMention],
    args: list[Arg],
) -> list[FoundEvent]:
    entry = trig.entry
    chain: list[str] = []
    polarity = "asserted"
    for scope in scopes:
        if scope.start <= trig.first < scope.end:
            if scope.chain:
                chain = list(scope.chain)
            if scope.polarity == "denied":
                polarity = "denied"
            elif scope.polarity == "hedged" and polarity != "denied":
                polarity = "hedged"
    event_type = entry.type
    if trig.negated:
        polarity = "denied"
        refused = any(
            tokens[k].norm.removeprefix("و") in REFUSALS for k in range(max(lo, trig.first - 2), trig.first)
        )
        if refused and event_type in COOPERATIVE:  # لن تطبّع الولايات المتحدة علاقاتها: a refusal
            event_type, polarity = "REJECT", "asserted"
    if event_type in COOPERATIVE and _opposed(trig, tokens, lo, args):
        event_type = "REJECT"  # موقف الدوحة الرافض للتطبيع مع دمشق: a refusal, no agreement
    recalled = event_type == "RETREAT" and entry.mode == "withdraw" and _envoy_after(trig, tokens, hi)
    if recalled:
        event_type = "SANCTION"  # سحبت السعودية سفيرها من لبنان: recalling an envoy
    mode = "withdraw" if recalled else entry.mode if event_type == entry.type else None
    if mode == "*" and event_type == "ASSAULT":
        mode = _mode_from_object(tokens, trig.last + 1, hi, fired_objects())
        if mode is None:
            return []  # أطلق حملة، أطلق مبادرة: what is launched is no weapon
    elif mode == "*":
        mode = _mode_from_object(tokens, trig.last + 1, hi)
        if mode is None and normalize(entry.trigger.split("|")[0]) in word_list("giving_needs_object.txt"):
            return []  # قدمت الشكر، قدّم مقترحاً: what is given is no aid
        mode = mode or "military"
    elif mode is None and event_type in ("REQUEST", "REJECT") and event_type == entry.type:
        mode = _mode_from_object(tokens, trig.last + 1, hi, request_objects())  # يطالب X بالوقف: yield
    elif mode is None and event_type == "THREATEN":
        # لوّح باللجوء إلى القوة، حذّر X من أن قواعده ستكون «هدفاً»: the brandished may stand in the complement
        mode = _mode_from_object(tokens, trig.last + 1, hi, threat_objects(), COMPLEMENT_REACH)
    involved = [*sources, *targets]
    inside = [a for a in involved if lo <= a.first < hi]  # a carried subject lies outside the sentence
    first = min([trig.first, *(a.first for a in inside)])
    last = max([trig.last, *(a.last for a in inside)])
    start, end = tokens[first].start, tokens[last].end
    trigger_span = (tokens[trig.first].start, tokens[trig.last].end)
    when = _date_of(trig, dates, tokens, lo, hi)
    since = when is not None and text[max(0, when.start - 12) : when.start].strip().endswith(
        ("منذ", "منذ عام", "منذ العام")
    )
    where = _place(args, trig, registry)

    def event(source: str | None, target: str | None, participants: list[str]) -> FoundEvent:
        return FoundEvent(
            event_type,
            mode,
            source,
            target,
            participants,
            polarity,
            chain,
            start,
            end,
            when,
            since,
            where,
            trigger=trigger_span,
        )

    out: list[FoundEvent] = []
    if joint:
        # X و Y تطبّعان مع Z: each subject with the other side; X و Y و Z التقوا: all together
        others = [actor for a in targets for actor in _actors(a)]
        if event_type == "REJECT" and sources and others:  # لن تطبّع X علاقاتها مع Y: X refuses Y
            refusers = [actor for a in sources for actor in _actors(a)]
            return [event(r, o, []) for r in refusers for o in others if r != o]
        groups = (
            [[actor, *others] for a in sources for actor in _actors(a)]
            if sources and others
            else [[actor for a in involved for actor in _actors(a)]]
        )
        for group in groups:
            sides = list(dict.fromkeys(group))
            if len(sides) >= 2:
                out.append(event(None, None, sides))
        return out
    # دعت مصر وقطر ... الطرفين: one of the acting sides is never also acted on (a pair or
    # group read back onto the subjects is no other side)
    acting = {src for s in sources for src in _actors(s)}
    for s in sources:
        for src in _actors(s):
            for tg in targets:
                out.extend(event(src, tgt, []) for tgt in _actors(tg) if tgt not in acting)
    return out


def _opposed(trig: Trig, tokens: list[Token], lo: int, args: list[Arg]) -> bool:
    """A word of standing against (الرافض، المناهضة، رفضها) right before a verbal noun:
    what it names is refused. Not an actor's name (المعارضة السورية is the opposition)."""
    k = trig.first - 1
    if trig.verb or k < lo or any(a.first <= k <= a.last for a in args):
        return False
    words = opposing_words()
    return any(seg.stem in words for seg in tokens[k].segmentations)


def _mode_from_object(
    tokens: list[Token], lo: int, hi: int, lex: PhraseLexicon[str] | None = None, reach: int = 8
) -> str | None:
    lex = lex or aid_objects()
    for k in range(lo, min(hi, lo + reach)):
        match = lex.match_at(tokens, k)
        if match is not None:
            return match.value
    return None


# Each trigger of a sentence asks for its clauses, several times: the last answer is kept
# (read-only; held here, the token list cannot be freed and its identity reused).
_last_clauses: tuple[list[Token], int, int, list[int]] | None = None


def _clauses(tokens: list[Token], lo: int, hi: int) -> list[int]:
    """The clause number of each token of the sentence tokens[lo:hi], for dating (not to be changed)."""
    global _last_clauses
    last = _last_clauses
    if last is not None and last[0] is tokens and last[1] == lo and last[2] == hi:
        return last[3]
    # a running count of the breaks before each token
    breaks = (tokens[k].norm in DATE_CLAUSE_BREAKS for k in range(lo + 1, hi))
    clause = list(accumulate(breaks, initial=0)) if hi > lo else []
    _last_clauses = (tokens, lo, hi, clause)
    return clause


def _token_of(d: DateMention, tokens: list[Token], lo: int, hi: int) -> int:
    """The first token of the sentence starting at or after the date (by bisection), else its last."""
    k = bisect_left(_token_bounds(tokens)[0], d.start, lo, hi)
    return k if k < hi else hi - 1


def _own_clauses(trig: Trig, tokens: list[Token], lo: int, hi: int, clause: list[int]) -> set[int]:
    if trig.verb:
        return {clause[trig.first - lo]}
    return _noun_clauses(trig.first, tokens, lo, hi, clause, trig.last)


def _noun_clauses(
    first: int, tokens: list[Token], lo: int, hi: int, clause: list[int], last: int | None = None
) -> set[int]:
    """اتفاق وقف إطلاق النار، الذي دخل حيز التنفيذ فجر الأربعاء: a noun's clause and its relative clause."""
    last = first if last is None else last
    mine = {clause[first - lo]}
    relative = next((k for k in range(last + 1, min(hi, last + 8)) if tokens[k].norm in RELATIVES), None)
    if relative is not None:
        mine.add(clause[relative - lo])
    return mine


def _date_of(
    trig: Trig, dates: list[DateMention], tokens: list[Token], lo: int, hi: int
) -> DateMention | None:
    """The date of an event: one written in the trigger's own clause, else the nearest in its
    sentence that does not open a clause of its own (a relative clause: المحادثات التي جرت بين
    6 و10 مارس; a complement: قبل أن يعود الوفدان مطلع أكتوبر) or a span begun with منذ.
    A calendar date goes before a relative one."""
    if not dates:
        return None
    clause = _clauses(tokens, lo, hi)
    at = tokens[trig.first].start
    kept = [p for p in _placed_dates(dates, tokens, lo, hi) if not (p.date.start < at and p.publication)]
    mine = _own_clauses(trig, tokens, lo, hi, clause)
    own = [p.date for p in kept if clause[p.token - lo] in mine]
    if not own and _future(trig, tokens):
        return None  # أعلن قاسم اليوم أن الحزب سينسّق: what will be done is not dated by the saying
    candidates = own or [
        p.date
        for p in kept
        if not p.opens_clause and not _in_a_later_relative(trig, p.token, tokens, clause, mine, lo)
    ]
    return min(candidates, key=lambda d: (d.calendar == "relative", abs(d.start - at)), default=None)


@dataclass(slots=True)
class PlacedDate:
    """A date of a sentence with what _date_of asks of it whatever the event."""

    date: DateMention
    token: int  # _token_of
    publication: bool  # _dates_a_publication
    opens_clause: bool  # it opens a clause of its own (a relative, a complement) or follows منذ


# Every event of a sentence is dated from the same dates: where they stand is worked out
# once (for the last sentence and date list seen, held here so that neither identity is reused).
_last_placed: tuple[list[Token], int, int, list[DateMention], list[PlacedDate]] | None = None


def _placed_dates(dates: list[DateMention], tokens: list[Token], lo: int, hi: int) -> list[PlacedDate]:
    global _last_placed
    last = _last_placed
    if last is not None and last[0] is tokens and last[1] == lo and last[2] == hi and last[3] is dates:
        return last[4]
    clause = _clauses(tokens, lo, hi)

    def opens_clause(k: int) -> bool:
        first = next(j for j in range(k, lo - 1, -1) if j == lo or clause[j - lo - 1] != clause[k - lo])
        return tokens[first].norm in RELATIVES | COMPLEMENTIZERS or tokens[max(lo, k - 1)].norm == "منذ"

    placed = []
    for d in dates:
        k = _token_of(d, tokens, lo, hi)
        placed.append(PlacedDate(d, k, _dates_a_publication(d, tokens, lo, hi), opens_clause(k)))
    _last_placed = (tokens, lo, hi, dates, placed)
    return placed


def _date_in_context(
    found: list[FoundEvent],
    trig: Trig,
    triggers: list[Trig],
    accused: set[int],
    tokens: list[Token],
    bounds: tuple[int, int],
    sentence_dates: list[DateMention],
    before: list[FoundEvent],
    analysis: Analysis,
    dates: list[DateMention],
    dating: SentenceDating,
) -> None:
    """The date of events as news tells it, beyond the dates written in their sentence: spans
    of days, dating phrases, acts pointed at or named again, speeches told before; and no date
    from the accusation for the act accused of (``accused``: where such acts begin)."""
    lo, hi = bounds
    _date_a_span_by_month(found, trig, tokens, lo, hi, dating)  # خمسة أيام من المحادثات: no one day
    anchored = _anchored_date(trig, tokens, lo, hi, sentence_dates, before, analysis, dates, dating.phrases)
    if anchored is not None:  # وبعد يومين، أعلنت؛ في اليوم التالي للمداهمة؛ عقب الضربات
        for event in found:
            event.when, event.since = anchored, False
    if all(e.when is None for e in found):  # تم الاتفاق في هذا الاجتماع على أن توفر طالبان
        _date_by_a_pointed_act(found, triggers, tokens, lo, before)
    if dating.speech and all(e.when is None for e in found):  # وفي كلمته، دعا نصر الله
        _date_by_ones_speech(found, dating.speech, tokens, lo, analysis, dates)
    if _names_a_told_act(trig, tokens):  # ومنها الهجوم على القنصلية: told before, named again
        _date_as_first_told(found, before)
    if any(k <= trig.first <= k + 3 for k in accused):  # اتهمه بشنّ غارات جوية: the act and its means
        _date_accused_act(found, trig, tokens, lo, hi, sentence_dates, dating.repeats)


ONE_TIME_ACTS = frozenset({"ASSAULT", "AGREE", "CONSULT", "COERCE", "SANCTION", "RETREAT"})


def _names_a_told_act(trig: Trig, tokens: list[Token]) -> bool:
    """الهجوم، الاتفاق، المداهمة: a definite verbal noun of an act done once (not an ongoing
    relation such as support or funding) refers to an act the report may have told before."""
    return (
        not trig.verb
        and trig.entry.type in ONE_TIME_ACTS
        and any("ال" in seg.proclitics for seg in tokens[trig.first].segmentations)
    )


def _anchored_date(
    trig: Trig,
    tokens: list[Token],
    lo: int,
    hi: int,
    sentence_dates: list[DateMention],
    before: list[FoundEvent],
    analysis: Analysis,
    dates: list[DateMention],
    phrases: list[PhraseMatch[tuple[int, str]]],
) -> DateMention | None:
    """وبعد يومين، أعلنت الكتائب؛ وفي اليوم التالي للمداهمة، أعلن؛ دانت الحكومة عقب الغارة: an
    event with no date of its own dated from the act the phrase names (as first told), else
    from the date last told. Inside the phrase's complement (وتأتي الضربات بعد يومين من تبنّي
    القرار) the event lies that many days before the sentence's own date."""
    if not phrases:
        return None
    clause = _clauses(tokens, lo, hi)
    mine = _own_clauses(trig, tokens, lo, hi, clause)
    if any(clause[_token_of(d, tokens, lo, hi) - lo] in mine for d in sentence_dates):
        return None
    for m in phrases:
        k = m.first
        days, precision = m.value
        noun = _anchor_noun(tokens, m.last + 1, hi)
        here = clause[k - lo]
        span = (tokens[m.first].start, tokens[m.last].end)
        linked = m.last + 1 < hi and tokens[m.last + 1].norm in ANCHOR_LINKS  # بعد يومين «من» تبنّي
        if linked and noun is not None and trig.first > m.last and clause[trig.first - lo] == here:
            base = _sentence_date(tokens, lo, m.first, sentence_dates, before, analysis, dates)
            return _shifted(base, -days, precision, span, analysis.doc.text)
        fronted = all(tokens[j].norm in ("و", "في", "وفي") for j in range(lo, k))
        if not (fronted or here in mine):
            continue
        base = _first_told(noun, analysis, dates, tokens[lo].start) if noun is not None else None
        # في الأسبوع التالي للإعلان، إثر ذلك: an act not told by that word, the date last told
        # (a bare عقب، إثر names an act or nothing: إثر also spells أثر, a trace)
        counted = m.last > m.first or (noun is not None and tokens[noun].norm in REFERRING)
        if base is None and counted:
            base = _last_told(before, tokens[m.first].start, analysis, dates)
        return _shifted(base, days, precision, span, analysis.doc.text)
    return None


DAY_SPANS = frozenset({"ايام", "اياما", "يوما", "يومين", "اسابيع", "اسبوعا", "اسبوعين"})
SPAN_OPENERS = frozenset({"مدي", "طوال", "طيله"})  # على مدى، طوال، طيلة
POINT_IN_TIME = frozenset({"بعد", "قبل", "منذ"})  # بعد خمسة أيام من: a day counted, not a span


def _spans_days(tokens: list[Token], k: int, lo: int, hi: int) -> bool:
    """خمسة أيام من المحادثات، على مدى أسبوعين، لأسابيع من الوساطة: a span of days at token k."""
    if not any(seg.stem in DAY_SPANS for seg in tokens[k].segmentations):
        return False
    before = {tokens[j].norm for j in range(max(lo, k - 3), k)}
    if before & POINT_IN_TIME:
        return False
    return bool(before & SPAN_OPENERS) or (k + 1 < hi and tokens[k + 1].norm == "من")


REPEATED = frozenset({"مرات", "مرارا", "تكرارا"})  # خرق الاتفاق «مرات عدة»: more than one day


def _date_a_span_by_month(
    found: list[FoundEvent], trig: Trig, tokens: list[Token], lo: int, hi: int, dating: SentenceDating
) -> None:
    """Talks held over five days (في ختام خمسة أيام من المحادثات) and acts done again and again
    (استهداف الأراضي «مرات عدة») are dated by the month, not by one day. The saying of them
    is still one act of one day."""
    if trig.entry.type in SPEECH_ACTS or not any(e.when is not None and e.when.date.day for e in found):
        return
    if not (dating.spans or dating.repeats):
        return
    clause = _clauses(tokens, lo, hi)
    mine = _own_clauses(trig, tokens, lo, hi, clause)
    spans = any(clause[k - lo] in mine for k in dating.spans)
    repeated = any(clause[k - lo] in mine for k in dating.repeats)
    if not (spans or repeated):
        return
    for event in found:
        if event.when is None or not event.when.date.day:
            continue
        if spans or clause[_token_of(event.when, tokens, lo, hi) - lo] not in mine:  # مرات عدة أمس: that day
            d = event.when
            event.when = DateMention(
                d.start, d.end, d.text, PartialDate(d.date.year, d.date.month), d.calendar
            )


def _is_repeated(token: Token) -> bool:
    return any(seg.stem in REPEATED for seg in token.segmentations)


@dataclass(slots=True)
class SentenceDating:
    """What in a sentence dates its events beyond the dates written in it, found once."""

    phrases: list[PhraseMatch[tuple[int, str]]] = field(default_factory=list)  # بعد يومين، غداة
    spans: list[int] = field(default_factory=list)  # خمسة أيام من، على مدى أسبوعين
    repeats: list[int] = field(default_factory=list)  # «مرات عدة»، مراراً
    speech: str | None = None  # في كلمته، وأكد البيان: a speech told before


# the letters of every word the checks below look for (anchored_dates.tsv, spans, speeches)
DATING_SIEVE = re.compile(
    "بعد|يوم|اسبوع|عقب|اعقاب|اثر|غداه|عشيه|قبيل|ايام|اسابيع|مرات|مرار|تكرار|كلم|بيان|خطاب|موتمر|تصريح|مقابل|حديث|رسال"
)


@lru_cache(maxsize=65536)
def _may_date(norm: str) -> bool:
    return DATING_SIEVE.search(norm) is not None


_MAY_DATE: WordCache[bool] = WordCache(_may_date)  # asked of every token


def _sentence_dating(tokens: list[Token], lo: int, hi: int) -> SentenceDating:
    lex = anchored_dates()
    out = SentenceDating()
    for k in _within(_marks(tokens).dating, lo, hi):
        m = lex.match_at(tokens, k) if lex.may_begin(tokens[k].norm) else None
        if m is not None:
            out.phrases.append(m)
        if _spans_days(tokens, k, lo, hi):
            out.spans.append(k)
        if _is_repeated(tokens[k]):
            out.repeats.append(k)
        if out.speech is None and k > lo:
            out.speech = _speech_told(tokens, k, lo)
    return out


ANCHOR_LINKS = frozenset({"من", "علي"})
COME_VERBS = frozenset(
    {"ياتي", "تاتي", "جاء", "جاءت", "وياتي", "وتاتي", "وجاء", "وجاءت"}
)  # وتأتي الضربات بعد


def _anchor_noun(tokens: list[Token], k: int, hi: int) -> int | None:
    """The act a dating phrase names: بعد يومين من «تبنّي»، اليوم التالي «للمداهمة»، عقب «الغارة»."""
    if k < hi and tokens[k].norm in ANCHOR_LINKS:
        k += 1
    if k >= hi or not tokens[k].is_word or tokens[k].norm in DATE_CLAUSE_BREAKS:
        return None
    return k


def _stems(token: Token) -> frozenset[str]:
    return _STEMS[token.norm]


# the stems of three letters or more of a word form (a token's segmentations are its form's)
_STEMS: WordCache[frozenset[str]] = WordCache(
    lambda norm: frozenset(seg.stem for seg in word_segmentations(norm) if len(seg.stem) >= 3)
)


def _first_told(k: int, analysis: Analysis, dates: list[DateMention], until: int) -> DateMention | None:
    """The date of the earliest telling, before ``until``, of the act named by token k (الغارة،
    المداهمة): a date in that word's own clause or in the relative clause that follows it, not
    the start of a span (الحرب المستمرة منذ أكتوبر: no one day to count from)."""
    tokens = analysis.tokens
    stems = _stems(tokens[k])
    text = analysis.doc.text
    for sentence in analysis.sentences:
        if sentence.start >= until:
            return None
        lo, hi = _token_range(tokens, sentence)
        here = [
            d
            for d in dates
            if sentence.start <= d.start < sentence.end
            and not text[max(0, d.start - 6) : d.start].strip().endswith("منذ")
        ]
        if not here:
            continue
        clause = _clauses(tokens, lo, hi)
        for j in range(lo, hi):
            if tokens[j].start >= until or not stems & _stems(tokens[j]):
                continue
            mine = _noun_clauses(j, tokens, lo, hi, clause)
            own = [d for d in here if clause[_token_of(d, tokens, lo, hi) - lo] in mine]
            if own:
                at = tokens[j].start
                return min(own, key=lambda d: (d.calendar == "relative", abs(d.start - at)))
    return None


def _sentence_date(
    tokens: list[Token],
    lo: int,
    before_k: int,
    sentence_dates: list[DateMention],
    events: list[FoundEvent],
    analysis: Analysis,
    dates: list[DateMention],
) -> DateMention | None:
    """The date of what a sentence tells before a dating phrase: a date written before it, else
    the act it names again (وتأتي «الضربات» بعد ...، ويأتي «ذلك» بعد: the act last told)."""
    limit = tokens[before_k].start
    written = [d for d in sentence_dates if d.start < limit]
    if written:
        return min(written, key=lambda d: (d.calendar == "relative", limit - d.start))
    k = lo + (tokens[lo].norm == "و")
    if k + 1 < before_k and tokens[k].norm in COME_VERBS:
        if tokens[k + 1].norm == "ذلك":
            return next((e.when for e in reversed(events) if e.when is not None), None)
        return _first_told(k + 1, analysis, dates, tokens[lo].start)
    return None


def _shifted(
    base: DateMention | None, days: int, precision: str, span: tuple[int, int], text: str
) -> DateMention | None:
    if base is None or base.date.month is None:
        return None
    made = base.date
    if made.day is not None:
        moved = date(made.year, made.month or 1, made.day) + timedelta(days=days)
        made = PartialDate(moved.year, moved.month, moved.day if precision == "day" else None)
    return DateMention(span[0], span[1], text[span[0] : span[1]], made, "relative")


POINTERS = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"})
DURING = frozenset({"في", "وفي", "خلال", "وخلال", "اثناء", "واثناء"})  # not the object: رفض هذا الاتفاق


def _date_by_a_pointed_act(
    found: list[FoundEvent], triggers: list[Trig], tokens: list[Token], lo: int, before: list[FoundEvent]
) -> None:
    """في هذا الاجتماع، خلال تلك الزيارة: a sentence set during an act just told (pointed at with
    a demonstrative) is dated by the last act of that kind told before it."""
    pointed = {
        t.entry.type
        for t in triggers
        if t.first > lo + 1 and tokens[t.first - 1].norm in POINTERS and tokens[t.first - 2].norm in DURING
    }
    if not pointed:
        return
    start = tokens[lo].start
    told = next((e for e in reversed(before) if e.start < start and e.type in pointed and e.when), None)
    if told is not None:
        for event in found:
            event.when, event.since = told.when, told.since


SPEECHES = frozenset({"كلمه", "بيان", "خطاب", "موتمر", "تصريحات", "مقابله", "حديث", "رساله"})
STATEMENTS = frozenset({"بيان", "خطاب", "كلمه", "موتمر"})  # not الحديث عن (speaking of)


def _speech_noun(token: Token, owned: bool) -> str | None:
    """كلمته، بيانه، خطابه: the speech noun a word names (with a possessive pronoun if owned)."""
    for seg in token.segmentations:
        stem = seg.stem[:-1] + "ه" if seg.enclitic and seg.stem.endswith("ت") else seg.stem
        if stem in SPEECHES and (seg.enclitic is not None or not owned):
            return stem
    return None


def _date_by_ones_speech(
    found: list[FoundEvent],
    said: str,
    tokens: list[Token],
    lo: int,
    analysis: Analysis,
    dates: list[DateMention],
) -> None:
    """وفي كلمته، دعا نصر الله؛ وأكد البيان أن: what is said in a speech already told is dated
    by the sentence that first told of a speech of that kind or, if that gives no date, by the
    report's lead, which tells the news of that speech."""
    for number, sentence in enumerate(analysis.sentences):
        if sentence.start >= tokens[lo].start:
            return
        first, last = _token_range(analysis.tokens, sentence)
        if not any(_speech_noun(analysis.tokens[j], owned=False) == said for j in range(first, last)):
            continue
        told = _first_date_in(sentence, analysis.doc.text, dates)
        if told is None:
            lead = next(
                (
                    sent
                    for sent in analysis.sentences[: min(number, LEAD_SENTENCES)]
                    if _first_date_in(sent, analysis.doc.text, dates)
                ),
                None,
            )
            told = _first_date_in(lead, analysis.doc.text, dates) if lead is not None else None
        if told is not None:
            for event in found:
                event.when = told
        return


def _speech_told(tokens: list[Token], k: int, lo: int) -> str | None:
    """في كلمته، خلال بيانه; وأكد البيان، وجاء في البيان (near the start of the sentence)."""
    if tokens[k - 1].norm in DURING:
        owned = _speech_noun(tokens[k], owned=True)
        if owned:
            return owned
    if k <= lo + 3:  # the sentence's subject: وأكد البيان، وجاء في الخطاب
        return next(
            (seg.stem for seg in tokens[k].segmentations if seg.has_article and seg.stem in STATEMENTS), None
        )
    return None


def _token_range(tokens: list[Token], sentence: Span) -> tuple[int, int]:
    starts, ends = _token_bounds(tokens)
    return bisect_left(starts, sentence.start), bisect_right(ends, sentence.end)


def _first_date_in(sentence: Span, text: str, dates: list[DateMention]) -> DateMention | None:
    """The first date of a sentence that is not the start of a span (منذ)."""
    told = [
        d
        for d in dates
        if sentence.start <= d.start < sentence.end
        and not text[max(0, d.start - 6) : d.start].strip().endswith("منذ")
    ]
    return min(told, key=lambda d: d.start, default=None)


def _date_as_first_told(found: list[FoundEvent], before: list[FoundEvent]) -> None:
    """A verbal noun with no date of its own (الهجوم على القنصلية) that names an act already
    told between the same sides carries the date the act was first told with."""
    for event in found:
        if event.when is not None:
            continue
        told = next((e for e in before if e.when is not None and _same_act(e, event)), None)
        if told is not None:
            event.when, event.since = told.when, told.since


def _same_act(a: FoundEvent, b: FoundEvent) -> bool:
    """The same act told twice: the same sides, or for an attack the same attacked (who did it
    is what accusations and denials dispute: الهجوم على مجدل شمس، نفذه حزب الله)."""
    if a.type != b.type:
        return False
    if a.participants or b.participants:
        return len(set(a.participants) & set(b.participants)) >= 2
    if a.type in ATTACKS and a.target is not None:
        return a.target == b.target
    return (a.source, a.target) == (b.source, b.target)


ATTACKS = frozenset({"ASSAULT", "COERCE"})


def _date_accused_act(
    found: list[FoundEvent],
    trig: Trig,
    tokens: list[Token],
    lo: int,
    hi: int,
    dates: list[DateMention],
    repeats: list[int],
) -> None:
    """اتهم X هذا الأسبوع Y بشنّ غارات: the date of the accusation is not that of the act
    accused of, which is undated unless its own clause gives a date after it — or the act is
    told as done again and again up to the accusation (بخرق الاتفاق «مرات عدة»), which its
    month dates."""
    clause = _clauses(tokens, lo, hi)
    mine = _own_clauses(trig, tokens, lo, hi, clause)
    if any(clause[k - lo] in mine for k in repeats):
        return
    at = tokens[trig.first].start
    own = [d for d in dates if d.start > at and clause[_token_of(d, tokens, lo, hi) - lo] in mine]
    for event in found:
        if event.when is not None and event.when not in own:
            event.when, event.since = None, False


PUBLICATIONS = re.compile("تقرير|تقارير|دراسه|وثيقه")  # with any clitics: تقريراً، بتقرير، الدراسة
PUBLICATION_REACH = 15  # tokens from a report to the date it came out (تقرير سري ...، جرى تسريبه في مايو)


def _dates_a_publication(d: DateMention, tokens: list[Token], lo: int, hi: int) -> bool:
    """نشرت الصحيفة تقريراً في 4 مايو عن ...، في تقرير صدر في فبراير: the day a report came
    out, not the day of what it tells."""
    k = _token_of(d, tokens, lo, hi)
    return bool(_within(_marks(tokens).publications, max(lo, k - PUBLICATION_REACH), k))


def _in_a_later_relative(
    trig: Trig, k: int, tokens: list[Token], clause: list[int], mine: set[int], lo: int
) -> bool:
    """محمّلاً إياه المسؤولية عن الهجوم الذي أودى بحياة 12 طفلاً ...، مساء السبت: a date after a
    relative pronoun that follows the trigger tells of the noun that pronoun describes."""
    return any(tokens[j].norm in RELATIVES and clause[j - lo] not in mine for j in range(trig.last + 1, k))


IMPERFECT_PREFIXES = frozenset("يتنا")  # in normal form (أ is ا)


def _future(trig: Trig, tokens: list[Token]) -> bool:
    if not trig.verb:
        return False
    before = tokens[trig.first - 1].norm if trig.first > 0 else ""
    verbs = trigger_index().verbs
    # سيزوّد: the future prefix goes on an imperfect (ي ت ن أ), so وسلّمت is no سـ + لمت
    marked = any(
        "س" in seg.proclitics and seg.stem[:1] in IMPERFECT_PREFIXES and seg.stem in verbs
        for seg in tokens[trig.first].segmentations
    )
    return marked or before in ("سوف", "لن")


def _last_told(
    before: list[FoundEvent], until: int, analysis: Analysis, dates: list[DateMention]
) -> DateMention | None:
    """The date last told before ``until``: the last date written that is not the start of a
    span (منذ) nor told of something else in a relative clause (الخطة التي أُعلنت في يناير),
    or that an event was given if written later."""
    text = analysis.doc.text

    def spans(d: DateMention) -> bool:
        return text[max(0, d.start - 6) : d.start].strip().endswith("منذ")

    given = {id(e.when): e.when for e in before if e.when is not None and e.when.start < until}
    told = sorted([*given.values(), *(d for d in dates if d.start < until)], key=lambda d: -d.start)
    return next((d for d in told if not spans(d) and not _in_a_relative_clause(d, analysis)), None)


def _in_a_relative_clause(d: DateMention, analysis: Analysis) -> bool:
    sentence = next((s for s in analysis.sentences if s.start <= d.start < s.end), None)
    if sentence is None:
        return False
    tokens = analysis.tokens
    lo, hi = _token_range(tokens, sentence)
    if lo >= hi:
        return False
    clause = _clauses(tokens, lo, hi)
    k = _token_of(d, tokens, lo, hi)
    first = next(j for j in range(k, lo - 1, -1) if j == lo or clause[j - lo - 1] != clause[k - lo])
    # ...، قبل أن تأمر في 10 أوت: what came later, told aside, is not where the story stands
    later = tokens[first].norm in COMPLEMENTIZERS and first > lo and tokens[first - 1].norm == "قبل"
    return tokens[first].norm in RELATIVES or later


def _dated_by_the_last(trig: Trig, tokens: list[Token], lo: int, hi: int, dates: list[DateMention]) -> bool:
    """وتوصّل خلالها الطرفان، تبنّت في اليوم نفسه، رفضته باريس آنذاك: a time anaphor in the
    trigger's clause, which has no date of its own, dates the event by the one last reported."""
    by_first = _anaphors_by_first()
    found = [
        k
        for k in _within(_marks(tokens).anaphors, lo, hi)
        if any(
            tuple(t.norm for t in tokens[k : k + len(words)]) == words for words in by_first[tokens[k].norm]
        )
    ]
    if not found:
        return False
    clause = _clauses(tokens, lo, hi)
    mine = _own_clauses(trig, tokens, lo, hi, clause)
    if any(clause[_token_of(d, tokens, lo, hi) - lo] in mine for d in dates):
        return False
    return any(clause[k - lo] in mine for k in found)


@cache
def _anaphors_by_first() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in time_anaphors():
        out.setdefault(words[0], []).append(words)
    return out


def _place(args: list[Arg], trig: Trig, registry: Registry) -> str | None:
    for a in args:
        near = a.prep in ("في", "فى") and trig.last < a.first <= trig.last + 8
        if near and _actor_kind(a.mention.actor, registry) in ("location", "state"):
            return a.mention.actor
    return None


def _dedupe(events: list[FoundEvent]) -> list[FoundEvent]:
    seen: set[tuple[object, ...]] = set()
    out: list[FoundEvent] = []
    for e in events:
        key = (e.type, e.source, e.target, tuple(sorted(e.participants)), e.polarity, tuple(e.chain), e.start)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
