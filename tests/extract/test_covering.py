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


def test_covering_after_adding_mentions_is_covering_from_nothing() -> None:
    """covering() lays added mentions over its last answer: what it gives is what the plain
    scan gives, ties of start (first in the list wins) and moved mentions included."""
    rng = random.Random(5)
    text = "وقال وزير الخارجية الإيراني، في مؤتمر صحفي بطهران: إن الحرس الثوري لن يتراجع. " * 3
    tokens = tokenize(text)

    def mention(start: int | None = None) -> ActorMention:
        start = rng.randrange(0, len(text)) if start is None else start
        end = min(len(text), start + rng.randrange(0, 40))
        return ActorMention(start, end, "x", "name", text[start:end])

    for _ in range(300):
        mentions = [mention() for _ in range(rng.randrange(0, 12))]
        for _ in range(4):
            got, expected = covering(tokens, mentions), _scan(tokens, mentions)
            assert [id(m) for m in got] == [id(m) for m in expected]
            got[:] = [None] * len(got)  # the caller's list is its own
            step = rng.random()
            if step < 0.5:  # more, some starting where others do, in front or behind
                more = [mention(rng.choice([m.start for m in mentions] or [0])) for _ in range(3)]
                mentions = more + mentions if rng.random() < 0.3 else mentions + more
            elif step < 0.7:
                mentions = sorted(mentions, key=lambda m: -m.end)
            elif step < 0.8 and mentions:
                mentions[0].end = min(len(text), mentions[0].end + 5)
            elif mentions:
                del mentions[rng.randrange(len(mentions))]


def test_the_match_view_maps_every_character_back_to_the_original() -> None:
    """The match view keeps its map back to the original by runs of words; each view
    character maps where a character-by-character map would (gaps at either end, marks,
    Eastern digits, punctuation runs)."""
    from rawi.arabic import normalize_with_map
    from rawi.extract.gazetteer import match_view

    rng = random.Random(8)
    alphabet = list("ابت ثج.،«»-_ ًُ١2x\n")
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        normal = normalize_with_map(text)
        view = match_view(text)
        expected_text, expected = [], []  # the plain definition, character by character
        for i, ch in enumerate(normal.text):
            gap = ch == "_" or not ch.isalnum()  # not \w
            if not gap:
                expected_text.append(ch)
                expected.append(normal.offsets[i])
            elif expected_text and expected_text[-1] != " ":
                expected_text.append(" ")
                expected.append(normal.offsets[i])
        assert view.text == "".join(expected_text)
        assert [view.offset(v) for v in range(len(view.text))] == expected
        assert view.offset(len(view.text)) == len(text)


def test_mentions_inside_spans_are_those_a_plain_test_finds() -> None:
    from rawi.extract.events import _inside

    rng = random.Random(9)
    for _ in range(500):
        mentions = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 60)
            mentions.append(ActorMention(start, start + rng.randint(1, 8), "x", "name", "x"))
        spans = [(s, s + rng.randint(0, 15)) for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 4)))]
        plain = {id(m) for m in mentions if any(s <= m.start and m.end <= e for s, e in spans)}
        assert _inside(mentions, spans) == plain
