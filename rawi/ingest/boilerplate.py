"""Which lines of a page are furniture, not article: cue lexicon plus line shape.

Cues live in ``lexicons/boilerplate.tsv``. A cue only counts on a short line, so
an article sentence that happens to quote one ("... سياسة الخصوصية ...") stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rawi.arabic import name_key
from rawi.lexicons import LEXICON_DIR, read_tsv

SHORT_LINE_WORDS = 14  # a cue line longer than this is article text
_BULLET = re.compile(r"^\s*(?:[-–—•▪●◦*·>»]|\d{1,2}[.)-])\s*")
_NAV_SEPARATORS = re.compile(r"\s[|·•/–-]\s|\s{2,}")
_SENTENCE_MARKS = frozenset(".!?؟。")
_CLOSING_MARKS = frozenset("\"'»”)")
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff\w]+")


@dataclass(frozen=True, slots=True)
class Cue:
    key: str
    kind: str
    anywhere: bool


@cache
def cues() -> tuple[Cue, ...]:
    rows = read_tsv(LEXICON_DIR / "boilerplate.tsv", ("cue", "kind"))
    found = [
        Cue(name_key(r.fields["cue"]), r.fields["kind"], r.fields.get("match") == "anywhere") for r in rows
    ]
    # longest first so "اقرأ أيضا" wins over "اقرأ"
    return tuple(sorted((c for c in found if c.key), key=lambda c: -len(c.key)))


@cache
def _cue_tables() -> tuple[dict[str, tuple[int, Cue]], dict[str, tuple[int, Cue]], int, frozenset[str]]:
    """The cues by key, with their rank in cues() (the first that fits a line wins): those
    that begin a line, those that may stand anywhere in it; the most words a cue has and
    the words cues begin with. A line is then looked up by its word sequences instead of
    tried against every cue."""
    leading: dict[str, tuple[int, Cue]] = {}
    anywhere: dict[str, tuple[int, Cue]] = {}
    for rank, cue in enumerate(cues()):
        (anywhere if cue.anywhere else leading).setdefault(cue.key, (rank, cue))
    longest = max((len(c.key.split(" ")) for c in cues()), default=0)
    first_words = frozenset(c.key.split(" ")[0] for c in cues())
    return leading, anywhere, longest, first_words


# Every test compares a line's word count with at most 20, so a line is counted only as
# far as that: an article paragraph runs to a hundred words or more.
COUNTED_WORDS = 21
_COUNT_FIRST = 200  # characters: the words of a paragraph are counted in these first


# A page's lines are counted again by each test they go through; clean_pasted empties
# the cache for each page, so that it holds one page's lines.
@lru_cache(maxsize=1024)
def word_count(line: str) -> int:
    """The number of words in ``line``, or COUNTED_WORDS if it has more."""
    # the runs of word characters in a prefix are as many words of the line, or fewer
    words = len(_ARABIC_WORD.findall(line, 0, _COUNT_FIRST))
    if words < COUNTED_WORDS and len(line) > _COUNT_FIRST:
        words = len(_ARABIC_WORD.findall(line))
    return min(words, COUNTED_WORDS)


def strip_bullet(line: str) -> str:
    return _BULLET.sub("", line, count=1)


def is_bulleted(line: str) -> bool:
    return bool(_BULLET.match(line)) and not re.match(r"^\s*\d{1,2}\s", line)


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends with . ! ? ؟ or 。, maybe followed by a closing quote or
    bracket (white space allowed around it): read from its end, not searched for."""
    tail = line.rstrip()
    if tail[-1:] in _CLOSING_MARKS:
        tail = tail[:-1].rstrip()
    return tail[-1:] in _SENTENCE_MARKS


def cue_kind(line: str) -> str | None:
    """The boilerplate kind of a short line, from the cue lexicon, or None."""
    if word_count(line) > SHORT_LINE_WORDS:
        return None
    return _short_line_kind(line)


# A site's furniture (menu, share prompt, copyright) comes back on every page it serves.
@lru_cache(maxsize=4096)
def _short_line_kind(line: str) -> str | None:
    if "©" in line or "(c)" in line.lower():
        return "copyright"
    key = name_key(strip_bullet(line))
    if not key:
        return None
    leading, anywhere, longest, first_words = _cue_tables()
    words = key.split(" ")
    found: list[tuple[int, Cue]] = []
    for i in range(len(words)):
        if words[i] not in first_words:
            continue  # no cue begins with this word
        for j in range(i + 1, min(len(words), i + longest) + 1):
            phrase = " ".join(words[i:j])
            if phrase in anywhere:
                found.append(anywhere[phrase])
            if i == 0 and phrase in leading:  # the key is the cue or begins with it
                found.append(leading[phrase])
    return min(found, key=lambda rc: rc[0])[1].kind if found else None


def is_nav_line(line: str) -> bool:
    """A menu: many short segments split by | · - or wide gaps, no sentence."""
    if ends_sentence(line):  # first: it is quick, and most lines of a report end a sentence
        return False
    segments = [s for s in _NAV_SEPARATORS.split(line.strip()) if s.strip()]
    if len(segments) < 4:
        return False
    return all(word_count(s) <= 3 for s in segments)
