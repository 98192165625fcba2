"""Tokens with Arabic clitics separated.

A token keeps its original span; its normal form and its segmentation
(proclitics + stem + enclitic) are parallel views. Because و ب ل ك ف begin many
words (وزير, بغداد, لبنان), every token also lists all possible segmentations,
best first, so a dictionary matcher can try the stem it knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rawi.arabic import normalize
from rawi.lexicons import word_list
from rawi.text.word_cache import WordCache

_WORD = re.compile(
    r"[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06f0-\u06f9\u064b-\u065f\u0670\u0640"
    r"\u06d5\u06e5\u06e6\u200c\w]+|[^\s\w]",
    re.UNICODE,
)

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
FUTURE = "س"
ARTICLE = "ال"
# Longest first so that هما wins over ها and هم.
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "نا", "كم", "كن", "ني", "ه", "ك", "ي")
MIN_STEM = 2


@dataclass(frozen=True, slots=True)
class Segmentation:
    proclitics: tuple[str, ...]  # e.g. ("و", "ب", "ال")
    stem: str  # normal form
    enclitic: str | None  # e.g. "هم"
    # Read for every token by several passes; segmentations are cached per word, so
    # these are worked out once per word form rather than at each reading.
    has_article: bool = field(init=False, repr=False, compare=False)
    definite_form: str = field(init=False, repr=False, compare=False)  # form() with its article

    def __post_init__(self) -> None:
        has_article = ARTICLE in self.proclitics
        object.__setattr__(self, "has_article", has_article)
        object.__setattr__(self, "definite_form", (ARTICLE if has_article else "") + self.stem)

    def form(self, *, article: bool = True) -> str:
        """The stem, with the article if it has one and ``article`` is set."""
        return self.definite_form if article else self.stem


# Not frozen: a report makes about a thousand tokens, and a frozen dataclass's __init__
# costs several times a plain one. Treat tokens as read-only all the same (they hash).
@dataclass(slots=True, unsafe_hash=True)
class Token:
    start: int
    end: int
    text: str
    norm: str
    segmentations: tuple[Segmentation, ...]
    # whether it holds a letter or digit (not punctuation alone): read by most passes, so
    # tokenize() sets it from its cache of word forms
    is_word: bool = field(init=False, repr=False, compare=False)

    @property
    def best(self) -> Segmentation:
        return self.segmentations[0]


def whole_words() -> frozenset[str]:
    return word_list("whole_words.txt")


def _proclitic_splits(word: str) -> list[tuple[tuple[str, ...], str]]:
    """All ways of reading a prefix of ``word`` as proclitics: (clitics, rest)."""
    out: list[tuple[tuple[str, ...], str]] = [((), word)]

    def add(clitics: tuple[str, ...], rest: str) -> None:
        if clitics and len(rest) >= MIN_STEM and (clitics, rest) not in out:
            out.append((clitics, rest))

    for conj in ("", *CONJUNCTIONS):
        if not word.startswith(conj):
            continue
        head = (conj,) if conj else ()
        after_conj = word[len(conj) :]
        if conj:
            add(head, after_conj)
        if after_conj.startswith("لل") and len(after_conj) > 2 + MIN_STEM:  # ل + ال contracted
            add((*head, "ل", ARTICLE), after_conj[2:])
        if after_conj.startswith(ARTICLE) and len(after_conj) > 2 + MIN_STEM:
            add((*head, ARTICLE), after_conj[2:])
        for prep in (*PREPOSITIONS, FUTURE):
            if not after_conj.startswith(prep):
                continue
            rest = after_conj[1:]
            add((*head, prep), rest)
            if prep != FUTURE and rest.startswith(ARTICLE) and len(rest) > 2 + MIN_STEM:
                add((*head, prep, ARTICLE), rest[2:])
    return out


# Cost of reading a letter group as a clitic: lower is likelier. ال before a long
# stem is nearly always the article; a word-initial و is more often "and" than not;
# ب ل ك س begin too many words to split without a known stem.
_PROCLITIC_COST = {ARTICLE: -2.0, "و": -0.5, "ف": 0.5, "ب": 1.5, "ل": 1.5, "ك": 1.5, FUTURE: 2.0}
_KNOWN_STEM_BONUS = -5.0


def _cost(seg: Segmentation, known: frozenset[str]) -> float:
    cost = sum(_PROCLITIC_COST[p] for p in seg.proclitics)
    if seg.has_article and len(seg.stem) < 3:
        cost += 3.0
    if seg.enclitic:
        cost += -0.5 if len(seg.enclitic) > 1 and len(seg.stem) >= 4 else 2.5
    if seg.stem in known or seg.form() in known:
        cost += _KNOWN_STEM_BONUS
    return cost


@lru_cache(maxsize=200_000)
def segment(norm_word: str) -> tuple[Segmentation, ...]:
    """Every segmentation of a normalised word, the likeliest first."""
    known = whole_words()
    doubled = word_list("doubled_verbs.txt")  # شنّه: شنّ + ه, a two-letter stem
    results: list[Segmentation] = []
    for clitics, rest in _proclitic_splits(norm_word):
        results.append(Segmentation(clitics, rest, None))
        if ARTICLE in clitics or rest in known:
            continue  # a definite noun takes no possessive suffix
        for enc in ENCLITICS:
            stem = rest[: -len(enc)]
            if rest.endswith(enc) and (len(stem) >= MIN_STEM + 1 or stem in doubled):
                results.append(Segmentation(clitics, stem, enc))
    if norm_word in known:
        return tuple(sorted(results, key=lambda s: bool(s.proclitics or s.enclitic)))
    return tuple(sorted(results, key=lambda s: _cost(s, known)))


def _analyse_word(raw: str) -> tuple[str, tuple[Segmentation, ...], bool] | None:
    """Normal form, segmentations and is_word of a word as written (None: nothing left of
    it once normalised). Cached by surface form (_WORDS): a report repeats most of its
    words, and a corpus its vocabulary."""
    norm = normalize(raw)
    if not norm:
        return None
    return norm, word_segmentations(norm), any(ch.isalnum() for ch in norm)


def word_segmentations(norm: str) -> tuple[Segmentation, ...]:
    """The segmentations a token of this (non-empty) normal form has: Arabic words are
    segmented, anything else stands alone."""
    return segment(norm) if norm[0] >= "\u0621" else (Segmentation((), norm, None),)


# a plain dictionary lookup for a word seen before (no LRU bookkeeping at each token)
_WORDS = WordCache(_analyse_word)

# A token as its space-delimited piece of text holds it: (start and end in the piece, text,
# normal form, segmentations, is_word).
_PieceToken = tuple[int, int, str, str, tuple[Segmentation, ...], bool]


def _piece_tokens(piece: str) -> tuple[_PieceToken, ...]:
    """The tokens of a piece of text between two spaces, most often one word: what
    _WORD.finditer finds in it, with the analysis of each."""
    found: list[_PieceToken] = []
    for m in _WORD.finditer(piece):
        start, end = m.span()
        raw = piece if end - start == len(piece) else m.group()
        word = _WORDS[raw]
        if word is not None:
            found.append((start, end, raw, *word))
    return tuple(found)


# A report is mostly words between single spaces, and repeats most of them.
_PIECES = WordCache(_piece_tokens)


def tokenize(text: str) -> list[Token]:
    # No token holds a space (both branches of _WORD exclude white space), so the tokens
    # of a text are those of its pieces between spaces, each at its piece's offset.
    tokens: list[Token] = []
    at = 0
    for piece in text.split(" "):
        for start, end, raw, norm, segs, is_word in _PIECES[piece]:
            token = Token(at + start, at + end, raw, norm, segs)
            token.is_word = is_word
            tokens.append(token)
        at += len(piece) + 1
    return tokens
