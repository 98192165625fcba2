"""From dictionary hits to actor mentions: longest match, short forms, ambiguity.

- Longest match wins where hits overlap (فيلق القدس, not القدس).
- A short form (الحرس, قاآني, مجلس السيادة) counts only where the actor is also
  named in full somewhere in the same report, or, for a body of a state named
  in more than one word (مجلس السيادة), where that state is named.
- Where one name fits several actors (طرابلس), the one whose country or parent
  the report also names wins; then a full name over a short one; then file order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rawi.extract.gazetteer import NAME, SHORT, Entry, Hit
from rawi.lexicons.registry import Registry
from rawi.text.tokens import Token


@dataclass(slots=True)
class ActorMention:
    start: int
    end: int
    actor: str  # registry id, or "new:<kind>:<normalised name>" for actors rawi found by grammar
    how: str  # name | short | capital | seat | regime | demonym | grammar | anaphora | pair | country (بلاده)
    text: str
    group: tuple[str, ...] = ()  # for الجانبان / الطرفان: the actors it stands for
    surface: str | None = None  # the name to record for the entity, when not the text itself


NEARBY = 80  # characters: a related actor this close outweighs any number further away


def _context(
    entry: Entry, hit: Hit, named: Counter[str], places: dict[str, list[int]], registry: Registry
) -> int:
    actor = registry.get(entry.actor)
    if actor is None:
        return 0
    related = {actor.id, actor.part_of, actor.country, *registry.ancestors(actor.id)} - {None}
    near = sum(1 for r in related if r for p in places.get(r, ()) if abs(p - hit.start) <= NEARBY)
    return 100 * near + sum(named[r] for r in related if r)


def resolve_hits(hits: list[Hit], registry: Registry, text: str) -> list[ActorMention]:
    # Actors named unambiguously and in full: the context for everything else.
    full = Counter(
        h.entries[0].actor
        for h in hits
        if len({e.actor for e in h.entries}) == 1 and h.entries[0].how != SHORT
    )

    places: dict[str, list[int]] = {}
    for h in hits:
        if len({e.actor for e in h.entries}) == 1 and h.entries[0].how != SHORT:
            places.setdefault(h.entries[0].actor, []).append(h.start)

    def short_ok(entry: Entry) -> bool:
        if full[entry.actor] > 0:
            return True
        if " " not in entry.key:  # الخارجية, الجيش, كان: too common alone
            return False
        state = registry.parent_state(entry.actor)
        return state is not None and full[state] > 0

    chosen: list[tuple[Hit, Entry]] = []
    for hit in hits:
        usable = [e for e in hit.entries if e.how != SHORT or short_ok(e)]
        if not usable:
            continue
        best = max(
            usable,
            key=lambda e: (_context(e, hit, full, places, registry), e.how == NAME, -hit.entries.index(e)),
        )
        chosen.append((hit, best))
    # longest first, then leftmost; keep those that overlap nothing kept
    chosen.sort(key=lambda he: (-(he[0].end - he[0].start), he[0].start))
    taken: list[tuple[int, int]] = []
    mentions: list[ActorMention] = []
    for hit, entry in chosen:
        if any(hit.start < e and s < hit.end for s, e in taken):
            continue
        taken.append((hit.start, hit.end))
        surface = "" if entry.contracted else None  # للمجلس: the registry already has المجلس
        mentions.append(
            ActorMention(
                hit.start, hit.end, entry.actor, entry.how, text[hit.start : hit.end], surface=surface
            )
        )
    mentions.sort(key=lambda m: m.start)
    return mentions


def covering(tokens: list[Token], mentions: list[ActorMention]) -> list[ActorMention | None]:
    """For each token, the mention that overlaps it (or None). Linear in both."""
    cover: list[ActorMention | None] = [None] * len(tokens)
    ordered = sorted(mentions, key=lambda m: m.start)
    j = 0
    for i, tok in enumerate(tokens):
        while j < len(ordered) and ordered[j].end <= tok.start:
            j += 1
        for m in ordered[j : j + 3]:
            if m.start < tok.end and tok.start < m.end:
                cover[i] = m
                break
    return cover
