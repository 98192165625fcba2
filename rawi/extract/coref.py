"""Coreference within a report: nominal anaphora and "the two sides".

- الحركة، الجماعة، التنظيم، الحزب، الوزارة ... (lexicons/org_heads.tsv) refer to the
  nearest actor before them whose name begins with that head noun (حركة طالبان,
  وزارة الدفاع الروسية); failing that, for a group word, to the nearest armed
  group, for a body word to the nearest organ, for a media word to an outlet.
- الأخير / الأخيرة refer to the actor named just before.
- بلاده / بلادها / بلادهم stand for the country of the person (بلاده) or actor named just before.
- الجانبان، الطرفان، البلدان (and their -ين forms) stand for the last two actors;
  الدول الثلاث، الأطراف الأربعة for the last three or four.

A word is an anaphor only when it ends its noun phrase: "الحركة الاحتجاجية" is
a new phrase, not a reference.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter

from rawi.arabic import name_key, normalize
from rawi.extract.mentions import ActorMention, covering, tokens_where, word_question
from rawi.lexicons import LEXICON_DIR, read_tsv
from rawi.lexicons.registry import Registry
from rawi.text import Analysis
from rawi.text.phrases import word_forms
from rawi.text.tokens import Token
from rawi.text.word_cache import WordCache

_start, _end = attrgetter("start"), attrgetter("end")  # sort keys evaluated in C
MAX_DISTANCE = 1500  # characters back to look for an antecedent
HEAD_DISTANCE = (
    4000  # characters back for an actor whose name begins with the head noun (الحركة → حركة طالبان)
)
LATEST = frozenset({"الاخير", "الاخيره"})
MAX_WITH_WORDS = 4  # مع نظيره السوري: words from مع to the second party of X مع Y
# الدول الثلاث، البلدان الأربعة، الأطراف الخمسة: the last N parties named
GROUPS = {"الدول": "state", "البلدان": "state", "الاطراف": "any", "العواصم": "state", "الحكومات": "state"}
NUMBERS = {"الثلاث": 3, "الثلاثه": 3, "الاربع": 4, "الاربعه": 4, "الخمس": 5, "الخمسه": 5}
PAIRS = {
    "الجانبان": "any",
    "الجانبين": "any",
    "الطرفان": "any",
    "الطرفين": "any",
    "البلدان": "state",
    "البلدين": "state",
    "الدولتان": "state",
    "الدولتين": "state",
}
GROUP_CATEGORIES = {
    "group": ("armed_groups",),
    "force": ("armed_groups", "organs"),
    "body": ("organs", "international"),
    "media": ("media",),
    "research": ("media",),
}


@dataclass(frozen=True, slots=True)
class Anaphor:
    head: str  # normalised head noun without ال (حركه)
    kind: str  # group | force | body | media | research


@cache
def anaphors() -> dict[str, Anaphor]:
    table: dict[str, Anaphor] = {}
    for row in read_tsv(LEXICON_DIR / "org_heads.tsv", ("head", "anaphor", "kind")):
        if row.fields["anaphor"] != "-":
            table[name_key(row.fields["anaphor"])] = Anaphor(name_key(row.fields["head"]), row.fields["kind"])
    return table


def _names_start_with(actor_key: str, head: str, registry: Registry, surfaces: dict[str, set[str]]) -> bool:
    """Whether a name of the actor, in the registry or as the report writes it, begins with
    the head noun (with or without ال). ``surfaces``: by actor, the first word (name_key) of
    each name the report writes it by."""
    firsts = surfaces.get(actor_key, ())
    return _registry_names_start_with(actor_key, head, registry) or head in firsts or "ال" + head in firsts


@lru_cache(maxsize=100_000)
def _registry_names_start_with(actor_key: str, head: str, registry: Registry) -> bool:
    actor = registry.get(actor_key)
    names = actor.ar + actor.short if actor is not None else []
    for name in names:
        words = name_key(name).split()
        if words and (words[0] == head or words[0] == "ال" + head):
            return True
    return False


def resolve_anaphora(
    analysis: Analysis, mentions: list[ActorMention], registry: Registry
) -> list[ActorMention]:
    """New mentions for anaphors, each pointing at its antecedent's actor."""
    tokens = analysis.tokens
    candidates = tokens_where(MAY_REFER, tokens)
    if not candidates:
        return []
    table = anaphors()
    ordered = sorted(mentions, key=_start)
    cover = covering(tokens, ordered)
    ordered_by_end = sorted(ordered, key=_end)
    ends = list(map(_end, ordered_by_end))
    # worked out when an anaphor first needs them (most reports have few or none)
    places: set[int] | None = None
    surfaces: dict[str, set[str]] | None = None
    found: list[ActorMention] = []
    for i in candidates:
        tok = tokens[i]
        owner = _country_pronoun(tok) if cover[i] is None and COUNTRY in tok.norm else None
        if owner is not None:
            state = _country_of_last(ordered_by_end, ends, tok.start, registry, person=owner == "ه")
            if state is not None:
                found.append(ActorMention(tok.start, tok.end, state, "country", tok.text, surface=""))
            continue
        if cover[i] is not None or ("ال" not in tok.norm and not tok.norm.startswith("لل")):
            continue  # للطرفين: ل with the article contracted
        word = _anaphor_word(tok.norm)
        if word is None:
            continue
        size = 2
        if word in GROUPS:  # الدول الثلاث، الأطراف الأربعة
            following = tokens[i + 1].norm if i + 1 < len(tokens) else ""
            if following not in NUMBERS:
                continue
            size = NUMBERS[following]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            nxt is not None
            and nxt.is_word
            and nxt.norm.startswith("ال")
            and word not in PAIRS
            and word not in GROUPS
        ):
            continue  # الحركة الاحتجاجية: a new noun phrase
        lo = bisect_left(ends, tok.start - (HEAD_DISTANCE if word in table else MAX_DISTANCE))
        hi = bisect_right(ends, tok.start)
        before = sorted([*ordered_by_end[lo:hi], *(m for m in found if m.end <= tok.start)], key=_start)
        if word in PAIRS or word in LATEST or word in GROUPS:
            places = _place_adjuncts(analysis, ordered) if places is None else places
            before = [m for m in before if id(m) not in places and not m.group]
        elif surfaces is None:
            surfaces = _first_words(ordered)
        target = _antecedent(
            word, before, registry, surfaces or {}, table, size, analysis.doc.text, tok.start
        )
        if target is None:
            continue
        if isinstance(target, tuple):
            found.append(
                ActorMention(tok.start, tok.end, target[0], "pair", tok.text, group=target, surface="")
            )
        else:
            found.append(
                ActorMention(
                    tok.start, tok.end, target, "anaphora", tok.text, surface=normalize(word) and tok.text
                )
            )
    return found


def _first_words(mentions: list[ActorMention]) -> dict[str, set[str]]:
    """By actor, the first word (name_key) of each name the report writes it by."""
    surfaces: dict[str, set[str]] = {}
    for actor, text in {(m.actor, m.text) for m in mentions}:  # each name once
        first = _FIRST_WORD[text]
        if actor in surfaces:
            surfaces[actor].update(first)
        else:
            surfaces[actor] = set(first)
    return surfaces


# a report names its actors again and again, and a corpus by the same few names
_FIRST_WORD: WordCache[tuple[str, ...]] = WordCache(lambda text: tuple(name_key(text).split()[:1]))


@lru_cache(maxsize=50_000)  # asked of most nouns: cached by word form
def _anaphor_word(norm: str) -> str | None:
    """The anaphor a word of this normal form may be (its form with ال), if any."""
    table = anaphors()
    forms = {f for f in word_forms(norm) if f.startswith("ال")}
    return next((f for f in forms if f in table or f in LATEST or f in PAIRS or f in GROUPS), None)


def _may_refer(norm: str) -> bool:
    """Whether a word of this form may give a mention: with بلاد, or an anaphor's form (as
    resolve_anaphora tests)."""
    return COUNTRY in norm or (("ال" in norm or norm.startswith("لل")) and _anaphor_word(norm) is not None)


MAY_REFER = word_question(_may_refer)  # asked of every token by resolve_anaphora


COUNTRY = "بلاد"  # بلاده، لبلادها: the country of the one just named
COUNTRY_REACH = 400  # characters back to the person or body whose country it is


def _country_pronoun(tok: Token) -> str | None:
    """The pronoun of بلاده / بلادها / بلادهم, or None."""
    return next(
        (
            seg.enclitic
            for seg in tok.segmentations
            if seg.stem == COUNTRY and seg.enclitic in ("ه", "ها", "هم", "هما")
        ),
        None,
    )


def _country_of_last(
    ordered_by_end: list[ActorMention], ends: list[int], at: int, registry: Registry, *, person: bool
) -> str | None:
    """The state of the actor named last before ``at`` (بلاده: of the person named last): a
    state itself, a body's state, or the state a person holds office in. A person rawi knows
    no office of has no country here."""
    for m in reversed(ordered_by_end[bisect_left(ends, at - COUNTRY_REACH) : bisect_right(ends, at)]):
        actor = registry.get(m.actor)
        if m.group or (person and _kind(m.actor, registry) != "person"):
            continue
        if actor is None:
            return None
        state = country_of(actor.id, registry)
        if state is not None:
            return state
    return None


def country_of(actor_id: str, registry: Registry) -> str | None:
    """The state of an actor: itself, a body's state, or the state a person holds office in."""
    actor = registry.get(actor_id)
    if actor is None:
        return None
    if actor.kind == "person":
        offices = [r.org for r in actor.roles if r.until is None] or [r.org for r in actor.roles]
        return registry.state_of(offices[0]) if offices else None
    return registry.state_of(actor.id)


def _place_adjuncts(analysis: Analysis, mentions: list[ActorMention]) -> set[int]:
    """Mentions that are the place of something (في اليمن), not a party to it."""
    text = analysis.doc.text
    out: set[int] = set()
    for m in mentions:
        before = text[max(0, m.start - 4) : m.start]
        if before.endswith(("في ", "فى ")):
            out.add(id(m))
    return out


def _kind(actor_key: str, registry: Registry) -> str:
    actor = registry.get(actor_key)
    if actor is not None:
        return actor.kind
    return actor_key.split(":")[1] if actor_key.startswith("new:") else "other"


def _last_joined_pair(
    before: list[ActorMention], registry: Registry, text: str, wanted: str
) -> tuple[str, str] | None:
    """The most recent two parties written as X و Y (حكومة الوفاق وقوات القيادة العامة), or as
    X مع Y (بحث الوزير X مع نظيره السوري Y: a title between)."""

    def usable(m1: ActorMention, m2: ActorMention) -> bool:
        kinds = (_kind(m1.actor, registry), _kind(m2.actor, registry))
        return not (
            m1.actor == m2.actor or "location" in kinds or (wanted == "state" and kinds != ("state", "state"))
        )

    joined: tuple[ActorMention, ActorMention] | None = None
    for m1, m2 in reversed(list(itertools.pairwise(before))):
        between = text[m1.end : m2.start].strip()
        if between not in ("و", "") or (between == "" and not m2.text.startswith("و")):
            continue
        if usable(m1, m2):
            joined = (m1, m2)
            break
    parties = [m for m in before if m.how != "demonym"]  # نظيره السوري: the adjective of a title
    for m1, m2 in reversed(list(itertools.pairwise(parties))):
        if joined is not None and m2.end <= joined[1].end:
            break
        gap = text[m1.end : m2.start]
        words = gap.split()
        if (
            words[:1] == ["مع"]
            and len(words) <= MAX_WITH_WORDS
            and not any(c in gap for c in "،,.;؛")
            and usable(m1, m2)
        ):
            return (m1.actor, m2.actor)
    return (joined[0].actor, joined[1].actor) if joined is not None else None


def _antecedent(
    word: str,
    before: list[ActorMention],
    registry: Registry,
    surfaces: dict[str, set[str]],
    table: dict[str, Anaphor],
    size: int = 2,
    text: str = "",
    at: int = 0,
) -> str | tuple[str, ...] | None:
    if word in LATEST:
        return before[-1].actor if before else None
    if word in PAIRS or word in GROUPS:
        wanted = PAIRS.get(word) or GROUPS[word]
        if size == 2:  # the last two parties named together (X و Y، بين X و Y) before any two
            joined = _last_joined_pair(before, registry, text, wanted)
            if joined is not None:
                return joined
        chosen: list[str] = []
        for m in reversed(before):
            actor = registry.get(m.actor)
            kind = actor.kind if actor else m.actor.split(":")[1] if m.actor.startswith("new:") else "other"
            if m.group or kind == "location" or (wanted == "state" and kind != "state"):
                continue
            if m.actor not in chosen:
                chosen.append(m.actor)
            if len(chosen) == size:
                return tuple(reversed(chosen))
        return None
    # The nearest actor whose name begins with the head noun (الحركة → حركة طالبان, even named
    # long before as طالبان); failing that, the nearest of the right kind (الجماعة → a group).
    anaphor = table[word]
    categories = GROUP_CATEGORIES.get(anaphor.kind, ())
    by_kind: str | None = None
    for m in reversed(before):  # the nearest first: the first by its head is the answer
        if m.group:
            continue
        if _names_start_with(m.actor, anaphor.head, registry, surfaces):
            return m.actor
        if by_kind is None and at - m.end <= MAX_DISTANCE:
            actor = registry.get(m.actor)
            if actor is not None and actor.kind == "organization" and actor.category in categories:
                by_kind = m.actor
    return by_kind
