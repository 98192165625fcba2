"""From dictionary hits to actor mentions: longest match, short forms, ambiguity.

- Longest match wins where hits overlap (فيلق القدس, not القدس).
- A short form (الحرس, قاآني, مجلس السيادة) counts only where the actor is also
  named in full somewhere in the same report, or, for a body of a state named
  in more than one word (مجلس السيادة), where that state is named.
- Where one name fits several actors (طرابلس), the one whose country or parent
  the report also names wins; then a full name over a short one; then file order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from rawi.extract.gazetteer import DEMONYM, NAME, SHORT, Entry, Hit
from rawi.lexicons.registry import Registry
from rawi.text.tokens import Token
from rawi.text.word_cache import WORD_MARKS


@dataclass(slots=True)
class ActorMention:
    start: int
    end: int
    actor: str  # registry id, or "new:<kind>:<normalised name>" for actors rawi found by grammar
    how: str  # name | short | capital | seat | regime | demonym | grammar | anaphora | pair | country (بلاده)
    text: str
    group: tuple[str, ...] = ()  # for الجانبان / الطرفان: the actors it stands for
    surface: str | None = None  # the name to record for the entity, when not the text itself


_start = attrgetter("start")  # a sort key evaluated in C
_end = attrgetter("end")
_norm = attrgetter("norm")
NEARBY = 80  # characters: a related actor this close outweighs any number further away


@lru_cache(maxsize=50_000)
def _related(registry: Registry, actor_id: str) -> tuple[str, ...]:
    """The actor and those it belongs to, whose naming makes its context. Cached: every
    candidate of every hit asks, and the answer depends on the registry alone."""
    actor = registry.get(actor_id)
    if actor is None:
        return ()
    related = {actor.id, actor.part_of, actor.country, *registry.ancestors(actor.id)} - {None}
    return tuple(r for r in related if r)


def _context(
    entry: Entry, hit: Hit, named: Counter[str], places: dict[str, list[int]], registry: Registry
) -> int:
    related = _related(registry, entry.actor)
    # places are sorted: those within NEARBY of the hit are one slice of them
    near = sum(
        bisect_right(at, hit.start + NEARBY) - bisect_left(at, hit.start - NEARBY)
        for at in (places.get(r, ()) for r in related)
    )
    return 100 * near + sum(named[r] for r in related)


def _adjective_of_noun(hit: Hit, text: str) -> bool:
    """A one-word short form shaped as an adjective (العربية for قناة العربية, Entry.adjectival),
    right after a definite noun, is that noun's adjective: القمة العربية is an Arab summit."""
    before = text[max(0, hit.start - 30) : hit.start].split()
    return bool(before) and before[-1].lstrip("وف").startswith("ال") and before[-1][-1:].isalpha()


def _qualified_common_noun(hit: Hit, text: str) -> bool:
    """A one-word name that is also a common noun (القاعدة: the base, Entry.common_noun),
    followed by a feminine adjective (القاعدة الأمريكية، القاعدة الجوية), is that noun: a
    base, not the group. (Not a demonym: الأمريكية البريطانية are stacked adjectives.)"""
    after = text[hit.end : hit.end + 30].split()
    word = after[0].strip('«»"،,.') if after else ""
    return word.startswith("ال") and word.endswith("ية")


def _is_state(actor: str, registry: Registry) -> bool:
    """A state's one-word name (الجزائر، العراق) is not read as a common noun before a word in
    -ية: there that word is its object (حمّل المغرب الجزائر المسؤولية), not its adjective."""
    entry = registry.get(actor)
    return entry is not None and entry.kind == "state"


def resolve_hits(hits: list[Hit], registry: Registry, text: str) -> list[ActorMention]:
    # Actors named unambiguously and in full: the context for everything else.
    full: Counter[str] = Counter()
    places: dict[str, list[int]] = {}
    for h in hits:
        actor = h.names.full_actor
        if actor is not None:
            full[actor] += 1
            places.setdefault(actor, []).append(h.start)
    for starts in places.values():
        starts.sort()

    def state_named(actor: str) -> bool:
        state = registry.parent_state(actor)
        return state is not None and state in full

    # A state's adjective right after a name: قوات الاحتلال المغربي are Morocco's forces, not
    # the Israeli army that قوات الاحتلال alone names; a name of another state's body gives way.
    demonym_at: dict[int, str] = {}
    for h in hits:
        if all(e.how == DEMONYM for e in h.entries):
            demonym_at[h.start] = h.entries[0].actor

    def adjective_after(hit: Hit) -> str | None:
        after = hit.end
        while after < len(text) and text[after] in ' «»"':
            after += 1
        return demonym_at.get(after) if after > hit.end else None

    def of_other_state(actor: str, adjective: str) -> bool:
        state = actor if _is_state(actor, registry) else registry.parent_state(actor)
        return state is not None and state != adjective and _is_state(adjective, registry)

    # A short form (الخارجية) counts where its actor is named in full, or, in more than one
    # word (مجلس السيادة), where its state is; alone a one-word one is too common.
    # (-length, start, index, hit, entry): longest first, then leftmost, then in order found
    chosen: list[tuple[int, int, int, Hit, Entry]] = []
    for index, hit in enumerate(hits):
        names = hit.names
        if names.short_alone is not None and names.short_alone.isdisjoint(full):
            continue  # الخارجية where no ministry is named in full
        usable = (
            names.entries
            if names.plain
            else [
                e
                for e in names.entries
                if (
                    e.how != SHORT
                    or (
                        (e.actor in full or (e.multiword and state_named(e.actor)))
                        and not (e.adjectival and _adjective_of_noun(hit, text))
                    )
                )
                and not (
                    e.common_noun and _qualified_common_noun(hit, text) and not _is_state(e.actor, registry)
                )
            ]
        )
        adjective = adjective_after(hit) if demonym_at else None
        if adjective is not None:
            usable = [e for e in usable if e.how == DEMONYM or not of_other_state(e.actor, adjective)]
        if not usable:
            continue
        best = usable[0]
        if len(usable) > 1:
            best = max(
                usable,
                key=lambda e: (
                    _context(e, hit, full, places, registry),
                    e.how == NAME,
                    -hit.entries.index(e),
                ),
            )
        chosen.append((hit.start - hit.end, hit.start, index, hit, best))
    # longest first, then leftmost; keep those that overlap nothing kept (sorted as tuples,
    # in C: the index before the hit settles every tie)
    chosen.sort()
    # what is kept never overlaps, so in order of start its ends are in order too: a new
    # span overlaps a kept one iff the last kept one starting before its end ends after its start
    kept_starts: list[int] = []
    kept_ends: list[int] = []
    mentions: list[ActorMention] = []
    for _, _, _, hit, entry in chosen:
        k = bisect_left(kept_starts, hit.end)
        if k > 0 and kept_ends[k - 1] > hit.start:
            continue
        insort(kept_starts, hit.start)
        insort(kept_ends, hit.end)
        surface = "" if entry.contracted else None  # للمجلس: the registry already has المجلس
        mentions.append(
            ActorMention(
                hit.start, hit.end, entry.actor, entry.how, text[hit.start : hit.end], surface=surface
            )
        )
    mentions.sort(key=_start)
    return mentions


def covering(tokens: list[Token], mentions: list[ActorMention]) -> list[ActorMention | None]:
    """For each token, the mention that overlaps it (or None).

    A token takes the first mention, in order of start, whose end lies past the token's
    start, if that mention begins before the token ends (no later one can then overlap
    it). The running maximum of the ends finds that mention by bisection, and the tokens
    sharing it form one run, so the work is per mention, not per token: this runs six
    times a document."""
    cover: list[ActorMention | None] = [None] * len(tokens)
    ordered = sorted(mentions, key=_start)
    if not ordered or not tokens:
        return cover
    starts, ends = _token_bounds(tokens)
    reach = 0  # the furthest end of the mentions so far (by a comparison: max() is dearer)
    first = 0  # the first token whose start is past the reach of the mentions before
    for m in ordered:
        if m.end > reach:
            reach = m.end
        past = bisect_left(starts, reach, first)  # tokens before ``past`` start inside the reach
        lo = bisect_right(ends, m.start, first, past)  # and those from ``lo`` on end after m starts
        if past - lo == 1:  # most mentions cover one word
            cover[lo] = m
        elif past > lo:
            cover[lo:past] = [m] * (past - lo)
        first = past
    return cover


# covering() runs six times a document over the same token list: the bounds of the last
# list seen are kept (held here, that list cannot be freed and its identity reused; token
# lists are not changed once made).
_last_bounds: tuple[list[Token], list[int], list[int]] | None = None


def _token_bounds(tokens: list[Token]) -> tuple[list[int], list[int]]:
    global _last_bounds
    if _last_bounds is None or _last_bounds[0] is not tokens or len(_last_bounds[1]) != len(tokens):
        _last_bounds = (tokens, list(map(_start, tokens)), list(map(_end, tokens)))
    return _last_bounds[1], _last_bounds[2]


# Several passes read every token's normal form: the forms of the last token list seen are
# kept, as its bounds are above.
_last_norms: tuple[list[Token], list[str]] | None = None


def token_norms(tokens: list[Token]) -> list[str]:
    """The normal form of each token."""
    global _last_norms
    if _last_norms is None or _last_norms[0] is not tokens or len(_last_norms[1]) != len(tokens):
        _last_norms = (tokens, list(map(_norm, tokens)))
    return _last_norms[1]


def tokens_of(forms: Container[str], tokens: list[Token]) -> list[int]:
    """The indices of the tokens whose normal form is one of ``forms``."""
    return list(compress(range(len(tokens)), map(forms.__contains__, token_norms(tokens))))


# Questions asked of every token. Several passes each look for the few tokens that may
# begin what they find (a title, a head noun, an anaphor ...), by word form. They register
# their questions with the one WORD_MARKS the clause passes use too (word_cache.WordMarks):
# the answers to all are worked out together once per word form, and a report's tokens are
# looked up once for every pass of every layer.


def word_question(question: Callable[[str], object]) -> int:
    """Register a question about a normal form; what names it to tokens_where."""
    return WORD_MARKS.question(question)


def tokens_where(question: int, tokens: list[Token]) -> list[int]:
    """The indices of the tokens whose normal form answers yes to ``question`` (from
    word_question)."""
    return WORD_MARKS.positions(tokens, question, 0, len(tokens))
