"""Answers about word forms, worked out once per form and then read by a plain lookup.

The passes over a report ask one question of every token (may a title, a trigger, a cue
begin here?); a token's answer depends on its normal form alone, and a report repeats
most of its forms. ``cache[norm]`` is a dictionary lookup once the form has been seen,
cheaper than a call per token; the cache starts afresh past a bound, so memory stays flat.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

V = TypeVar("V")
MAX_CACHED_WORDS = 50_000


class WordCache(dict[str, V]):
    def __init__(self, question: Callable[[str], V]) -> None:
        super().__init__()
        self.question = question

    def __missing__(self, norm: str) -> V:
        if len(self) >= MAX_CACHED_WORDS:
            self.clear()
        answer = self[norm] = self.question(norm)
        return answer


class HasNorm(Protocol):
    @property
    def norm(self) -> str: ...


class WordMarks:
    """Where in a document's tokens stand the words that answer yes to each of several
    questions (may a cue begin here? a trigger? is it an evaluating word?).

    Each pass over a sentence would ask its own question of every token: a lookup per token
    and pass. Here the questions are asked together, once per word form (the answers kept as
    the bits of one number); each token is looked up once per document, and a sentence's
    candidates for a question are found by bisection. The positions kept are those of the
    last token list seen (held here, it cannot be freed and its identity reused; token lists
    are not changed once made)."""

    def __init__(self) -> None:
        self._questions: list[Callable[[str], object]] = []
        self._marks: WordCache[int] = WordCache(self._mark)
        self._last: tuple[Sequence[HasNorm], int, list[list[int]]] | None = None

    def question(self, ask: Callable[[str], object]) -> int:
        """Add a question (a word's normal form → a true answer where the word is wanted);
        what it returns names the question to positions()."""
        self._questions.append(ask)
        self.clear()
        return len(self._questions) - 1

    def clear(self) -> None:
        """Forget the answers (when a question's own answers change, as in tests)."""
        self._marks.clear()
        self._last = None

    def _mark(self, norm: str) -> int:
        return sum(1 << n for n, ask in enumerate(self._questions) if ask(norm))

    def positions(self, tokens: Sequence[HasNorm], question: int, lo: int, hi: int) -> list[int]:
        """The positions k, lo <= k < hi, of the tokens whose words answer ``question`` yes."""
        if self._last is None or self._last[0] is not tokens or self._last[1] != len(tokens):
            self._last = (tokens, len(tokens), self._positions(tokens))
        found = self._last[2][question]
        return found[bisect_left(found, lo) : bisect_left(found, hi)]

    def _positions(self, tokens: Sequence[HasNorm]) -> list[list[int]]:
        marks = self._marks
        marked = [(k, mark) for k, token in enumerate(tokens) if (mark := marks[token.norm])]
        bits = [1 << n for n in range(len(self._questions))]
        return [[k for k, mark in marked if mark & bit] for bit in bits]


# the questions the clause-level passes ask of every word (clauses.py, attribution.py, ...)
WORD_MARKS = WordMarks()
