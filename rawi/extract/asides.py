"""Asides that describe what was just named: "المقاومة الإسلامية في العراق، وهي تحالف
فصائل موالية لطهران، قد تبنّت الهجوم". The actors inside such an aside are no parties to the
sentence's events and do not speak its claims; the aside is like an apposition
(affiliations.from_appositions), which is excluded the same way.

So is an aside that says where a speaker spoke: "وحمّل المتحدث، في ندوة صحافية عقب انعقاد
مجلس الحكومة، الجزائر المسؤولية" (lexicons/speech_settings.txt)."""

from __future__ import annotations

from rawi.extract.mentions import tokens_where, word_question
from rawi.lexicons import word_list
from rawi.text import Analysis

OPENERS = frozenset({"وهي", "وهو", "وهم", "وهما"})  # after a comma: "which is"
COMMAS = frozenset({"،", ","})
RELATIVES = frozenset({"ما", "الذي", "التي", "من", "الذين"})
OPENER = word_question(OPENERS.__contains__)  # asked of every token
MAX_ASIDE = 12  # tokens: a longer stretch is a clause of its own, not an aside


SETTING_PREPOSITIONS = frozenset({"في", "خلال", "عبر", "امام"})


def _setting_asides(analysis: Analysis) -> list[tuple[int, int]]:
    """، في ندوة صحافية ...، / ، خلال مقابلة مع قناة X، : the occasion of a speech, set off by
    commas; its actors are not the sentence's parties."""
    tokens = analysis.tokens
    settings = word_list("speech_settings.txt")
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens[:-2]):
        if tok.norm not in COMMAS or tokens[i + 1].norm not in SETTING_PREPOSITIONS:
            continue
        if tokens[i + 2].norm not in settings:
            continue
        for k in range(i + 3, min(len(tokens), i + MAX_ASIDE + 2)):
            if tokens[k].norm in COMMAS:
                spans.append((tokens[i + 1].start, tokens[k - 1].end))
                break
            if not tokens[k].is_word and tokens[k].norm not in ("«", "»", '"', "(", ")"):
                break
    return spans


def find_asides(analysis: Analysis) -> list[tuple[int, int]]:
    """Character spans of the asides (from وهي, or from the preposition of a speech's
    occasion, to the word before the closing comma)."""
    tokens = analysis.tokens
    spans: list[tuple[int, int]] = _setting_asides(analysis)
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
