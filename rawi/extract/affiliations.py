"""Who holds which role where: titles before a name and appositions after it.

    وزير الخارجية الإيراني حسين أمير عبد اللهيان      title, organisation, person
    إسماعيل قاآني، قائد فيلق القدس                    person، title organisation
    سيف العدل، الزعيم الحالي لتنظيم القاعدة

A title that names no organisation takes it from the registry's roles of the
person (الرئيس جو بايدن → United States). Offices of state (president,
minister, ambassador ...) are reported against the state; so is any office in
an organ the report names only inside titles (المتحدث باسم الخارجية الإيرانية
→ Iran), since FORMAT.md counts an organ as its state unless the report treats
it as an actor of its own.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate, compress

from rawi.extract.grammar import TitledPerson, titles
from rawi.extract.mentions import ActorMention, covering, tokens_where, word_question
from rawi.lexicons.registry import Registry
from rawi.text import Analysis

STATE_OFFICES = frozenset(
    {
        "president",
        "vice president",
        "prime minister",
        "caretaker prime minister",
        "foreign minister",
        "defence minister",
        "interior minister",
        "finance minister",
        "minister",
        "minister of state",
        "king",
        "crown prince",
        "emir",
        "sultan",
        "supreme leader",
        "ambassador",
        "speaker of parliament",
        "justice minister",
        "oil minister",
        "information minister",
        "intelligence minister",
        "national security minister",
        "war minister",
        "treasury secretary",
    }
)
APPOSITION_WINDOW = 12  # tokens after the title in which its organisation must appear


@dataclass(slots=True)
class FoundAffiliation:
    person: str  # actor keys (registry id or new-actor key)
    organization: str
    role: str
    start: int
    end: int
    describes: tuple[int, int] = (0, 0)  # the words that describe the person (title, apposition)


def _organisations(
    org: ActorMention, role: str, registry: Registry, acting: set[str] | None = None
) -> list[str]:
    """Where a role is held: the state for offices of state; for an office in an organ
    the report names only in titles, both the organ and its state (which of them
    the report treats as the actor is not decidable from the title alone)."""
    actor = registry.get(org.actor)
    if actor is not None and actor.kind == "organization":
        state = registry.parent_state(actor.id)
        if state and role in STATE_OFFICES:
            return [state]
        if state and acting is not None and actor.id not in acting:
            return [org.actor, state]
    return [org.actor]


def _from_registry(person: str, role: str, registry: Registry) -> str | None:
    actor = registry.get(person)
    if actor is None or not actor.roles:
        return None
    for r in actor.roles:
        if r.role == role or role in r.role or r.role in role:
            return r.org
    current = [r for r in actor.roles if r.until is None]
    return (current or actor.roles)[0].org


def acting_actors(mentions: list[ActorMention], titled: list[TitledPerson]) -> set[str]:
    """Actors the report names outside title phrases: actors of their own."""
    spans = sorted((t.title_start, t.person.start) for t in titled)
    starts = [s for s, _ in spans]
    # the furthest end of the spans starting at or before each: a mention starting at x is
    # inside some span iff that of the spans starting at or before x passes x
    reach = list(accumulate((e for _, e in spans), max))

    def inside(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and reach[k] > at

    return {m.actor for m in mentions if not inside(m.start)}


def from_titles(
    titled: list[TitledPerson], mentions: list[ActorMention], registry: Registry
) -> list[FoundAffiliation]:
    found: list[FoundAffiliation] = []
    if not titled:
        return found
    acting = acting_actors(mentions, titled)
    for t in titled:
        for segment in t.segments:
            orgs = [o for o in segment.orgs if (a := registry.get(o.actor)) is None or a.kind != "location"]
            if orgs:
                targets = _organisations(orgs[0], segment.role, registry, acting)
            else:
                from_registry = _from_registry(t.person.actor, segment.role, registry)
                targets = [from_registry] if from_registry else []
            for org in targets:
                if org != t.person.actor:
                    found.append(
                        FoundAffiliation(
                            t.person.actor,
                            org,
                            segment.role,
                            t.title_start,
                            t.person.end,
                            (t.title_start, t.person.start),
                        )
                    )
    return found


def from_appositions(
    analysis: Analysis, mentions: list[ActorMention], registry: Registry
) -> list[FoundAffiliation]:
    """PERSON، TITLE ... ORGANISATION within the same clause."""
    tokens = analysis.tokens
    lex = titles()
    # وسيف العدل: a mention may start inside its token, after the clitics
    cover = covering(tokens, mentions)
    found: list[FoundAffiliation] = []
    for i in compress(range(len(cover)), cover):  # the tokens a mention covers
        person = cover[i]
        if person is None or (i > 0 and cover[i - 1] is person):
            continue
        actor = registry.get(person.actor)
        if not (person.actor.startswith("new:person:") or (actor is not None and actor.kind == "person")):
            continue
        j = i
        while j < len(tokens) and cover[j] is person:
            j += 1
        if j >= len(tokens) or tokens[j].norm not in (",", "،"):
            continue
        title = lex.match_at(tokens, j + 1) if j + 1 < len(tokens) else None
        if title is None or title.value.kind != "office":
            continue
        for k in range(title.last + 1, min(len(tokens), title.last + 1 + APPOSITION_WINDOW)):
            if tokens[k].norm in (",", "،", ".", "؛", ":") or (
                not tokens[k].is_word and tokens[k].norm in '«"'
            ):
                break
            org = cover[k]
            if org is None:
                continue
            org_actor = registry.get(org.actor)
            if org_actor is not None and org_actor.kind in ("person", "location"):
                break
            found.append(
                FoundAffiliation(
                    person.actor,
                    _organisations(org, title.value.role, registry)[0],
                    title.value.role,
                    person.start,
                    org.end,
                    (person.end, org.end),
                )
            )
            break
    return found


LOYAL_TO = frozenset({"التابعه", "التابع", "الموالية", "المواليه", "الموالي", "الموالين", "التابعين"})
LOYAL = word_question(LOYAL_TO.__contains__)  # asked of every token


def from_loyalty(
    analysis: Analysis, mentions: list[ActorMention], registry: Registry
) -> list[FoundAffiliation]:
    """ORGANISATION التابعة/الموالية لـ[rank] PERSON: the person leads it
    (قوات القيادة العامة التابعة للمشير خليفة حفتر)."""
    tokens = analysis.tokens
    lex = titles()
    found: list[FoundAffiliation] = []
    if not tokens_where(LOYAL, tokens):
        return found  # most reports have no word of loyalty
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [t.start for t in tokens]
    for n, org in enumerate(ordered):
        actor = registry.get(org.actor)
        if not (
            (actor is not None and actor.kind == "organization") or org.actor.startswith("new:organization")
        ):
            continue
        first = bisect_left(starts, org.end)
        after = list(range(first, min(first + 4, len(tokens))))
        if not after or tokens[after[0]].norm not in LOYAL_TO:
            continue
        k = after[0] + 1
        rank = lex.match_at(tokens, k) if k < len(tokens) else None
        if rank is not None and rank.value.kind == "rank":
            k = rank.last + 1
        person = next(
            (
                m
                for m in ordered[n + 1 :]
                if k < len(tokens) and m.start <= tokens[k].end and m.end > tokens[k].start
            ),
            None,
        )
        if person is None:
            continue
        p_actor = registry.get(person.actor)
        if (p_actor is not None and p_actor.kind == "person") or person.actor.startswith("new:person"):
            found.append(FoundAffiliation(person.actor, org.actor, "commander", org.start, person.end))
    return found
