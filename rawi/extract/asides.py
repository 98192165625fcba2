"""Asides that describe what was just named: "المقاومة الإسلامية في العراق، وهي تحالف
فصائل موالية لطهران، قد تبنّت الهجوم". The actors inside such an aside are no parties to the
sentence's events and do not speak its claims; the aside is like an apposition
(affiliations.from_appositions), which is excluded the same way."""

from __future__ import annotations

from rawi.extract.mentions import tokens_where, word_question
from rawi.text import Analysis

OPENERS = frozenset({"وهي", "وهو", "وهم", "وهما"})  # after a comma: "which is"
COMMAS = frozenset({"،", ","})
RELATIVES = frozenset({"ما", "الذي", "التي", "من", "الذين"})
OPENER = word_question(OPENERS.__contains__)  # asked of every token
MAX_ASIDE = 12  # tokens: a longer stretch is a clause of its own, not an aside


def find_asides(analysis: Analysis) -> list[tuple[int, int]]:
    """Character spans of the asides (from وهي to the word before the closing comma)."""
    tokens = analysis.tokens
    spans: list[tuple[int, int]] = []
    for i in tokens_where(OPENER, tokens):
        if not 0 < i < len(tokens) - 1 or tokens[i].norm not in OPENERS or tokens[i - 1].norm not in COMMAS:
            continue
        if tokens[i + 1].norm in RELATIVES:  # ، وهو ما رفضته باريس: a clause of its own
            continue
        for k in range(i + 1, min(len(tokens), i + MAX_ASIDE + 1)):
            if tokens[k].norm in COMMAS:
                spans.append((tokens[i].start, tokens[k - 1].end))
                break
            if not tokens[k].is_word and tokens[k].norm not in ("«", "»", '"', "(", ")"):
                break  # a full stop or a colon first: it ran on as a clause
    return spans
