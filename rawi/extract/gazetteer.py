"""Dictionary matching of registry names in a text, clitic-aware, with pyahocorasick.

Names and text meet in one "match view": the Arabic normal form with punctuation
turned to spaces and runs of spaces collapsed, every character mapped back to
the original. A name matches where it starts a word, or follows proclitics
(و ف ب ل ك and their pairs: وبحسب رويترز, لطالبان, وللحرس), and ends a word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from operator import add

import ahocorasick

from rawi.arabic import NormalText, name_key, normalize_with_map
from rawi.lexicons.registry import Actor, Registry

# What may stand before a name inside its word. ل before ال contracts to لل, so a
# name starting with ال is also stored as لل... and takes only و/ف before that.
PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
PREFIXES_BEFORE_ARTICLE = frozenset({"", "و", "ف", "ب", "ك", "وب", "وك", "فب", "فك"})
PREFIXES_CONTRACTED = frozenset({"", "و", "ف"})

# how a name stands for its actor
NAME, SHORT, CAPITAL, SEAT, REGIME, DEMONYM = "name", "short", "capital", "seat", "regime", "demonym"


@dataclass(frozen=True, slots=True)
class Entry:
    actor: str
    how: str
    key: str  # the name as stored (its match-view form)
    contracted: bool = False  # stored as لل... for a name starting with ال
    # What mentions.resolve_hits asks of the key, worked out here once, not per hit:
    multiword: bool = field(init=False, compare=False)
    # a one-word form shaped as an adjective (العربية), maybe a noun's adjective instead
    adjectival: bool = field(init=False, compare=False)
    # a one-word definite name (القاعدة), maybe that common noun instead
    common_noun: bool = field(init=False, compare=False)

    def __post_init__(self) -> None:
        one_word = " " not in self.key
        object.__setattr__(self, "multiword", not one_word)
        object.__setattr__(self, "adjectival", one_word and self.key.endswith(("يه", "ي")))
        common = one_word and self.key.startswith("ال") and self.how != DEMONYM
        object.__setattr__(self, "common_noun", common)


@dataclass(frozen=True, slots=True, eq=False)
class Names:
    """The entries a match of one stored key may stand for after one proclitic, with what
    resolving a hit asks of them all, worked out once."""

    entries: tuple[Entry, ...]
    full_actor: str | None  # the actor they name in full and alone, if they do
    plain: bool  # every entry a full name, not also a common noun: no look at the text needed
    # every entry a one-word short form (الخارجية of some thirty ministries), which counts
    # only where its actor is named in full: these actors
    short_alone: frozenset[str] | None

    @classmethod
    def of(cls, entries: tuple[Entry, ...]) -> Names:
        first = entries[0]
        alone = first.how != SHORT and all(e.actor == first.actor for e in entries)
        plain = all(e.how != SHORT and not e.common_noun for e in entries)
        short = all(e.how == SHORT and not e.multiword for e in entries)
        return cls(
            entries,
            first.actor if alone else None,
            plain,
            frozenset(e.actor for e in entries) if short else None,
        )


# Not frozen (a frozen dataclass is several times dearer to make): a report has a few
# hundred hits. Read-only all the same.
@dataclass(slots=True)
class Hit:
    start: int  # offsets into the original text
    end: int
    view_start: int  # offsets into the match view
    view_end: int
    names: Names

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self.names.entries


@dataclass(frozen=True, slots=True)
class MatchView:
    """The view's text, with the map back to the original kept by runs: the view is the
    normal text's words, each with the space that stands for the gap after it, and view
    character ``v`` of the run starting at ``run_starts[k]`` comes from normal character
    ``source_starts[k] + v - run_starts[k]``. (Kept per character, the map cost more to
    build than the Aho-Corasick scan; only the few hundred hits need it.)"""

    text: str
    run_starts: list[int]
    source_starts: list[int]
    normal: NormalText

    def offset(self, v: int) -> int:
        """The original offset of view character ``v`` (the original length at the end)."""
        if v >= len(self.text):
            return self.normal.original_length
        k = bisect_right(self.run_starts, v) - 1
        return self.normal.offsets[self.source_starts[k] + v - self.run_starts[k]]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.offset(start), self.offset(end - 1) + 1 if end > start else self.offset(start)


_GAP = re.compile(r"([\W_]+)")  # captured: split gives the gaps too


def match_view(text: str, normal: NormalText | None = None) -> MatchView:
    """The normal form with every run of non-word characters made one space (none at the start)."""
    normal = normal or normalize_with_map(text)
    src = normal.text
    parts = _GAP.split(src)  # words and the gaps between them, in turn
    words = parts[::2]
    gaps = list(map(len, parts[1::2]))
    lengths = list(map(len, words))
    # where each word starts in the normal text, and in the view (each word and its space)
    source_starts = [0, *accumulate(map(add, lengths, gaps))]
    if src and not lengths[0]:  # a gap at the start: no space for it
        del words[0], lengths[0], source_starts[0]
    run_starts = [0, *accumulate(map((1).__add__, lengths[:-1]))]  # each word and its space
    return MatchView(" ".join(words), run_starts, source_starts, normal)


def demonym_forms(base: str) -> list[str]:
    """إيراني → إيراني, إيرانية, إيرانيون, إيرانيين, the duals إيرانيان, إيرانيتان, إيرانيتين
    (جنديان تركيان), and each with ال; and the indefinite accusative إيرانياً (موقعاً عسكرياً
    أمريكياً), whose tanween leaves an alif."""
    forms = [base, base + "ة", base + "ون", base + "ين", base + "ان", base + "تان", base + "تين"]
    return [*forms, base + "ا"] + ["ال" + f for f in forms]


def _names(actor: Actor, registry: Registry) -> list[tuple[str, str]]:
    named = [(n, NAME) for n in actor.full_names] + [(n, SHORT) for n in actor.short]
    if actor.kind == "person" and not actor.short:
        # a person is named again by the family name (فؤاد شكر ... شكر), once named in full
        named += [(n.split()[-1], SHORT) for n in actor.ar if len(n.split()) > 1 and len(n.split()[-1]) > 2]
    # A name followed by its country's adjective names the actor too, in every agreement:
    # الحرس + الإيراني, الخارجية + الأمريكية, مجلس النواب + الليبيين, and a proper name,
    # definite as it is: مجموعة فاغنر + الروسية, حزب الله + اللبناني.
    country = registry.get(registry.state_of(actor.id) or "") if actor.kind != "state" else None
    if country is not None and country.demonym:
        for n in [*actor.ar, *actor.short]:
            words = n.split()
            if not any(d in n for d in country.demonym):
                named += [(f"{n} ال{d}{g}", NAME) for d in country.demonym for g in ("", "ة", "ين")]
            elif len(words) > 1 and any(words[-1] in (f"ال{d}", f"ال{d}ة") for d in country.demonym):
                named += [(f"{' '.join(words[:-1])} ال{d}ين", NAME) for d in country.demonym]
    named += [(n, CAPITAL) for n in actor.capital] + [(n, SEAT) for n in actor.seats]
    named += [(n, REGIME) for n in actor.regime]
    named += [(f, DEMONYM) for d in actor.demonym for f in demonym_forms(d)]
    named += [(n, DEMONYM) for n in actor.demonym_plural]
    # جنود أتراك: the irregular plural without its article too (not the short ones, which
    # are also words or names of their own: روس)
    named += [(n[2:], DEMONYM) for n in actor.demonym_plural if n.startswith("ال") and len(n) > 5]
    return named


class Gazetteer:
    """Every registry name in one Aho-Corasick automaton. Build once, scan many texts."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        table: dict[str, list[Entry]] = {}
        for actor in registry.actors.values():
            for name, how in _names(actor, registry):
                key = name_key(name)
                if len(key) < 2:
                    continue
                for variant in _case_variants(key):
                    table.setdefault(variant, []).append(Entry(actor.id, how, variant))
                    if variant.startswith("ال") and len(variant) > 4:
                        contracted = "لل" + variant[2:]
                        table.setdefault(contracted, []).append(
                            Entry(actor.id, how, variant, contracted=True)
                        )
        self.automaton = ahocorasick.Automaton()
        for key, entries in table.items():
            unique = tuple(dict.fromkeys(entries))
            # the length to step back from a match's end (لل... is as long as the ال... it
            # stands for), whether it spans words, and by proclitic the entries that take
            # it, worked out here once
            self.automaton.add_word(key, (len(unique[0].key), " " in key, _by_prefix(unique)))
        self.automaton.make_automaton()
        self.size = len(table)

    def scan(self, view: MatchView) -> list[Hit]:
        """Every place a registry name stands as a whole word (after proclitics)."""
        text = view.text
        runs, sources, offsets = view.run_starts, view.source_starts, view.normal.offsets
        size = len(text)
        hits: list[Hit] = []
        for last, (length, spaced, by_prefix) in self.automaton.iter(text):
            end = last + 1
            if end < size and text[end] != " ":
                continue
            start = end - length
            run = bisect_right(runs, start) - 1  # the word the name starts in
            word_start = runs[run]
            names = by_prefix.get(text[word_start:start])  # "" when no proclitic
            if names is None:
                continue
            # the mention's span starts at the name, after any clitics (view.to_original, by hand)
            o_start = offsets[sources[run] + start - word_start]
            last_run = bisect_right(runs, last, run) - 1 if spaced else run  # the word it ends in
            o_end = offsets[sources[last_run] + last - runs[last_run]] + 1
            hits.append(Hit(o_start, o_end, start, end, names))
        return hits


def _case_variants(key: str) -> list[str]:
    """أبو in a name is أبي after a preposition or in a genitive, أبا as an object."""
    words = key.split(" ")
    if "ابو" not in words:
        return [key]
    return [key] + [" ".join(alt if w == "ابو" else w for w in words) for alt in ("ابي", "ابا")]


def _by_prefix(entries: tuple[Entry, ...]) -> dict[str, Names]:
    """For each proclitic some of the entries may take ("" for none: all may), those entries."""
    allowed = [_allowed(e) for e in entries]
    by_prefix: dict[str, Names] = {}
    for prefix in PREFIXES:
        fitting = tuple(e for e, ok in zip(entries, allowed, strict=True) if prefix in ok)
        if fitting:
            by_prefix[prefix] = Names.of(fitting)
    return by_prefix


def _allowed(entry: Entry) -> frozenset[str]:
    if entry.contracted:
        return PREFIXES_CONTRACTED
    if entry.key.startswith("ال"):
        return PREFIXES_BEFORE_ARTICLE
    if not entry.key[:1].isalpha() or entry.key[:1].isascii():
        return frozenset({""})
    return PREFIXES
