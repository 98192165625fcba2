"""Answers about word forms, worked out once per form and then read by a plain lookup.

The passes over a report ask one question of every token (may a title, a trigger, a cue
begin here?); a token's answer depends on its normal form alone, and a report repeats
most of its forms. ``cache[norm]`` is a dictionary lookup once the form has been seen,
cheaper than a call per token; the cache starts afresh past a bound, so memory stays flat.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

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
