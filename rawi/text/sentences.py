"""Sentence boundaries that respect Arabic punctuation, numbers, dates and abbreviations.

Sentences never cross a paragraph break. They end at . ! ? ؟ and at the ".."
Arabic headlines use between clauses; not inside numbers (3.5, 13.09.2024),
after a one-letter abbreviation (د. أ. م.) or a listed Latin one (U.S., Dr.).
The comma ، and semicolon ؛ do not end a sentence.
"""

from __future__ import annotations

import re

from rawi.document import Span

_LATIN_ABBREVIATIONS = {
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "gen",
    "col",
    "lt",
    "no",
    "vs",
    "etc",
    "jr",
    "sr",
    "st",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
}
# the lookahead only lets the regex engine skip quickly to candidate characters
_BOUNDARY = re.compile(r"(?=[.!?؟…])(?:\.{2,}|…|[.!?؟]+)[\"'»”)\]]*")
_RUN = re.compile(r"[\w.]+")
_WORD_CHARACTER = re.compile(r"\w")
_LINE = re.compile(r"[^\n]+")


def _word_before(text: str, dot: int) -> str | None:
    r"""The run of word characters and dots ending at ``dot`` (or at a newline just before
    it), as ``re.search(r"[\w.]+$", text[:dot])`` finds it — but read backwards from the
    dot, not searched for from the paragraph's start at every full stop."""
    end = dot - 1 if dot > 0 and text[dot - 1] == "\n" else dot
    m = _RUN.match(text[end - 1 :: -1]) if end > 0 else None
    return m.group()[::-1] if m else None


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _word_before(text, dot)
    if not word:
        return False
    if len(word) == 1 and not word.isdigit():  # د. / أ. / م. / A.
        return True
    return word.lower().rstrip(".") in _LATIN_ABBREVIATIONS


def split_sentences(text: str, paragraphs: list[Span] | None = None) -> list[Span]:
    """Sentence spans (trimmed of spaces) within each paragraph of ``text``."""
    if paragraphs is None:
        paragraphs = [Span(m.start(), m.end()) for m in _LINE.finditer(text)]
    spans: list[Span] = []
    for para in paragraphs:
        chunk = text[para.start : para.end]
        start = 0
        for m in _BOUNDARY.finditer(chunk):
            mark = m.group(0)
            after = chunk[m.end() : m.end() + 1]
            if mark == "." and after and (after.isdigit() or after.isalpha()):
                continue  # 3.5, 13.09.2024, U.S, a.m
            if (
                mark.startswith(".")
                and len(mark.rstrip("\"'»”)]")) == 1
                and _is_abbreviation(chunk, m.start())
            ):
                continue
            _add(spans, para.start, chunk, start, m.end())
            start = m.end()
        _add(spans, para.start, chunk, start, len(chunk))
    return spans


def _add(spans: list[Span], base: int, chunk: str, start: int, end: int) -> None:
    piece = chunk[start:end]
    stripped = piece.strip()
    if not _WORD_CHARACTER.search(stripped):
        return
    lead = len(piece) - len(piece.lstrip())
    spans.append(Span(base + start + lead, base + start + lead + len(stripped)))
