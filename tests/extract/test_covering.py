"""covering() by bisection gives what a token-by-token scan gives, overlaps included."""

from __future__ import annotations

import random

from rawi.extract.mentions import ActorMention, covering
from rawi.text.tokens import Token, tokenize


def _scan(tokens: list[Token], mentions: list[ActorMention]) -> list[ActorMention | None]:
    """The plain definition: per token, the first mention in order of start that overlaps it
    among those not yet passed."""
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


def test_covering_matches_a_scan_on_random_overlapping_mentions() -> None:
    rng = random.Random(4)
    text = "وقال وزير الخارجية الإيراني، في مؤتمر صحفي بطهران: إن الحرس الثوري لن يتراجع. " * 3
    tokens = tokenize(text)
    for _ in range(500):
        mentions = []
        for _ in range(rng.randrange(0, 12)):
            start = rng.randrange(0, len(text))
            end = min(len(text), start + rng.randrange(0, 40))
            mentions.append(ActorMention(start, end, f"x{len(mentions)}", "name", text[start:end]))
        got, expected = covering(tokens, mentions), _scan(tokens, mentions)
        assert [id(m) for m in got] == [id(m) for m in expected]
