"""Matching lexicon phrases (cues, titles, triggers) over tokens, clitic-aware.

A phrase's first word may carry proclitics in the text (وقالت, للمتحدث باسم);
the following words must follow as they are. The longest phrase wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from rawi.arabic import name_key
from rawi.text.tokens import Token, segment

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[V]):
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


Option = tuple[tuple[str, ...], V]
MAX_CACHED_WORDS = 50_000  # per lexicon; the cache starts afresh beyond it


class PhraseLexicon(Generic[V]):
    def __init__(self, phrases: Iterable[tuple[str, V]]) -> None:
        self.by_first: dict[str, list[Option[V]]] = {}
        for phrase, value in phrases:
            words = tuple(name_key(phrase).split())
            if words:
                self.by_first.setdefault(words[0], []).append((words, value))
        for options in self.by_first.values():
            options.sort(key=lambda wv: -len(wv[0]))
        # Phrases that may begin at a word, by the word's normal form: match_at runs at
        # nearly every token, and nearly every word begins none.
        self._starting: dict[str, tuple[Option[V], ...]] = {}

    def _options(self, norm: str) -> tuple[Option[V], ...]:
        """The phrases whose first word is one of the forms of ``norm``, form by form."""
        options = self._starting.get(norm)
        if options is None:
            if len(self._starting) >= MAX_CACHED_WORDS:
                self._starting.clear()
            options = tuple(option for form in word_forms(norm) for option in self.by_first.get(form, ()))
            self._starting[norm] = options
        return options

    def may_begin(self, norm: str) -> bool:
        """Whether a phrase may begin at a word of this normal form (clitics allowed)."""
        return bool(self._options(norm))

    def match_at(self, tokens: list[Token], i: int, *, clitics: bool = True) -> PhraseMatch[V] | None:
        norm = tokens[i].norm
        options = self._options(norm) if clitics else self.by_first.get(norm, ())
        if not options:
            return None
        best: PhraseMatch[V] | None = None
        for words, value in options:
            j = i
            ok = True
            for w in words[1:]:
                j += 1
                while j < len(tokens) and not tokens[j].is_word and tokens[j].norm in "-ـ":
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
