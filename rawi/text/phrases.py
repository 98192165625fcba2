"""Matching lexicon phrases (cues, titles, triggers) over tokens, clitic-aware.

A phrase's first word may carry proclitics in the text (وقالت, للمتحدث باسم);
the following words must follow as they are. The longest phrase wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

from rawi.arabic import name_key
from rawi.text.tokens import Token, segment

V = TypeVar("V")
SKIPPED = frozenset({"", "-", "ـ", "«", "»", '"', "“", "”"})  # marks a phrase may have inside it


class PhraseMatch(NamedTuple, Generic[V]):  # a NamedTuple: mypyc compiles no generic dataclass
    first: int  # token index of the first word
    last: int  # token index of the last word (inclusive)
    value: V


def token_forms(token: Token) -> frozenset[str]:
    """Every form a token may stand for once proclitics are taken off (with its article)."""
    return word_forms(token.norm)


@lru_cache(maxsize=200_000)
def word_forms(norm: str) -> frozenset[str]:
    """Every form a word of this normal form may stand for, proclitics taken off."""
    forms = {norm}
    for seg in segment(norm) if norm[:1] >= "\u0621" else ():
        if seg.enclitic is None:
            forms.add(seg.form())
    return frozenset(forms)


MAX_CACHED_WORDS = 50_000  # per lexicon; the cache starts afresh beyond it


class PhraseLexicon(Generic[V]):
    def __init__(self, phrases: Iterable[tuple[str, V]]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for phrase, value in phrases:
            words = tuple(name_key(phrase).split())
            if words:
                self.by_first.setdefault(words[0], []).append((words, value))
        for options in self.by_first.values():
            options.sort(key=lambda wv: -len(wv[0]))
        # The forms of a word that begin a phrase, by the word's normal form: match_at
        # runs at nearly every token, and nearly every word begins none.
        self._beginning: dict[str, tuple[str, ...]] = {}

    def _beginning_forms(self, norm: str) -> tuple[str, ...]:
        """The forms of ``norm`` (word_forms, in their order) that begin some phrase."""
        forms = self._beginning.get(norm)
        if forms is None:
            if len(self._beginning) >= MAX_CACHED_WORDS:
                self._beginning.clear()
            forms = tuple(form for form in word_forms(norm) if form in self.by_first)
            self._beginning[norm] = forms
        return forms

    def may_begin(self, norm: str) -> bool:
        """Whether a phrase may begin at a word of this normal form (clitics allowed)."""
        return bool(self._beginning_forms(norm))

    def match_at(self, tokens: list[Token], i: int, *, clitics: bool = True) -> PhraseMatch[V] | None:
        forms = self._beginning_forms(tokens[i].norm) if clitics else (tokens[i].norm,)
        best: PhraseMatch[V] | None = None
        for form in forms:
            for words, value in self.by_first.get(form, ()):
                j = i
                ok = True
                for w in words[1:]:
                    j += 1
                    # a hyphen, tatweel or quote mark inside a phrase: «قضى» على، «تعليق» عملياتها
                    while j < len(tokens) and tokens[j].norm in SKIPPED and not tokens[j].is_word:
                        j += 1
                    if j >= len(tokens) or tokens[j].norm != w:
                        ok = False
                        break
                if ok and (best is None or j > best.last):
                    best = PhraseMatch(i, j, value)
        return best

    def find_all(self, tokens: list[Token]) -> list[PhraseMatch[V]]:
        found: list[PhraseMatch[V]] = []
        i = 0
        while i < len(tokens):
            m = self.match_at(tokens, i)
            if m is None:
                i += 1
                continue
            found.append(m)
            i = m.last + 1
        return found
