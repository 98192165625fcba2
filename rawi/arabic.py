"""Arabic character normalisation with a map back to original offsets.

The normalised text is a parallel view used for matching; the original text is
never changed. ``normalize_with_map`` returns the normal form and, for every
character of it, the offset of the original character it came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Harakat, Quranic marks, superscript alef: dropped for matching.
_DIACRITICS = (
    {chr(c) for c in range(0x064B, 0x0660)}
    | {"\u0670"}
    | {chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)}
)
_TATWEEL = "\u0640"
# Zero-width and bidi controls, soft hyphen, BOM: dropped.
_INVISIBLE = set(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad\ufeff\u061c"
)
_SPACES = set("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")

_LETTERS = {
    # alef and hamza carriers
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    # Persian / Urdu / Pashto / Kurdish letter variants
    "ی": "ي",
    "ې": "ي",
    "ۍ": "ي",
    "ێ": "ي",
    "ے": "ي",
    "ک": "ك",
    "ڪ": "ك",
    "گ": "ك",
    "ہ": "ه",
    "ھ": "ه",
    "ۀ": "ه",
    "ە": "ه",
    "ۆ": "و",
    "ۇ": "و",
    "ۈ": "و",
    "پ": "ب",
    "چ": "ج",
    "ژ": "ز",
    "ڤ": "ف",
    "ڨ": "ق",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_PUNCT = {"،": ",", "؛": ";", "؟": "?", "٪": "%", "«": '"', "»": '"', "“": '"', "”": '"'}


def _char_map(ch: str) -> str:
    """Normal form of one character ('' to drop it)."""
    if ch in _DIACRITICS or ch == _TATWEEL or ch in _INVISIBLE:
        return ""
    if ch in _SPACES:
        return " "
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ch in _DIGITS:
        return _DIGITS[ch]
    if ch in _PUNCT:
        return _PUNCT[ch]
    if "\ufb50" <= ch <= "\ufeff":  # presentation forms → base letters
        folded = unicodedata.normalize("NFKC", ch)
        if folded == ch:
            return ch
        return "".join(_char_map(c) for c in folded)
    return ch.lower() if ch.isascii() else ch  # non-ASCII letters keep their case


def _build_table() -> dict[int, str]:
    """_char_map for every character that changes, precomputed for str.translate."""
    table: dict[int, str] = {}
    candidates = [*_DIACRITICS, _TATWEEL, *_INVISIBLE, *_SPACES, *_LETTERS, *_DIGITS, *_PUNCT]
    candidates += [chr(c) for c in range(0xFB50, 0xFF00)] + [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    for ch in candidates:
        mapped = _char_map(ch)
        if mapped != ch:
            table[ord(ch)] = mapped
    return table


# 0, 1, 2 ...: offsets of a report and code points of the table, made once
_NUMBERS = tuple(range(1 << 16))


def _as_list(table: dict[int, str]) -> list[int | str | None]:
    """The table as a list indexed by code point (None: dropped), for str.translate: with
    a dict it raises and catches a KeyError for every character that does not change,
    with a list it reads an entry. Code points past the list stay as they are."""
    listed: list[int | str | None] = list(_NUMBERS[: max(table) + 1])
    for code, mapped in table.items():
        listed[code] = mapped or None
    return listed


_TABLE = _build_table()
_TABLE_LIST = _as_list(_TABLE)
_CHANGED = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")
_REPLACEMENT = {chr(c): mapped for c, mapped in _TABLE.items()}


def _translate_long(text: str) -> str:
    """``text.translate(_TABLE)``, faster on long texts: a report holds a score of the
    characters that change, each replaced throughout in one pass. No character maps to
    one that changes again, so the order of the replacements does not matter."""
    for ch in set(_CHANGED.findall(text)):
        text = text.replace(ch, _REPLACEMENT[ch])
    return text


# characters whose normal form is not exactly one character (dropped or expanded), and
# the length of their normal form
_UNEVEN = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, m in _TABLE.items() if len(m) != 1) + "\ufb50-\ufeff]"
)
_WIDTH = {chr(c): len(m) for c, m in _TABLE.items() if len(m) != 1}


@dataclass(frozen=True, slots=True)
class NormalText:
    """A normalised view of a text with the original offset of each character."""

    text: str
    offsets: tuple[int, ...]  # offsets[i] = original index of text[i]; len(text)+1 entries
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normal text back to the original text."""
        # The end is the next kept character, so marks dropped after the last
        # letter (a final damma, tatweel) stay inside the span.
        if start >= end:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end]


# The same report is normalised by the analysis and by both date finders: the last
# few results are kept (a NormalText is immutable, so sharing it is safe).
@lru_cache(maxsize=4)
def normalize_with_map(text: str) -> NormalText:
    """Normalise for matching and keep, per output character, its original offset."""
    normal = _translate_long(text)
    # Runs of one-to-one characters are copied whole, as slices of a shared tuple of the
    # offsets 0, 1, 2 ... (a slice shares its numbers; a range makes new ones).
    numbers = _NUMBERS if len(text) < len(_NUMBERS) else range(len(text) + 1)
    offsets: list[int] = []
    done = 0
    for m in _UNEVEN.finditer(text):
        at = m.start()
        offsets += numbers[done:at]
        offsets += (at,) * _WIDTH.get(m.group(), 1)
        done = at + 1
    offsets += numbers[done : len(text) + 1]
    return NormalText(normal, tuple(offsets), len(text))


def normalize(text: str) -> str:
    """Normal form for matching (see module doc); offsets are not kept."""
    return text.translate(_TABLE_LIST)


_KEY_DROP = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE_RUN = re.compile(r"\s+")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The key two names must share to be the same name (FORMAT.md's matching rule):
    normal form, punctuation removed, spaces collapsed."""
    folded = _KEY_DROP.sub(" ", normalize(name)).replace("_", " ")
    return _SPACE_RUN.sub(" ", folded).strip()


def to_western_digits(text: str) -> str:
    """Eastern Arabic and Persian digits to ASCII, nothing else changed (same length)."""
    return "".join(_DIGITS.get(ch, ch) for ch in text)
