"""Text pasted from a web page: drop the furniture, keep every article line.

A pasted page has a head (site name, menu, date line, section word), the
headline, bylines, the article, and a tail (tags, share prompts, related
headlines, comment forms, copyright). Lines are classified one by one; the date
line and the site name are kept as metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rawi.dates import parse_date
from rawi.document import Document, PartialDate, Span
from rawi.ingest.boilerplate import (
    cue_kind,
    ends_sentence,
    is_bulleted,
    is_nav_line,
    strip_bullet,
    word_count,
)

HEADLINE_MIN_WORDS = 4
PARAGRAPH_MIN_WORDS = 9  # shorter lines after the article are not taken for article text
DATE_LINE_MAX_WORDS = 12
BLOCK_ITEM_MAX_WORDS = 20
_TIME = re.compile(r"\d{1,2}[:٫:]\d{2}|[٠-٩]{1,2}:[٠-٩]{2}")


@dataclass(slots=True)
class Cleaned:
    lines: list[str]
    title: str | None
    published: PartialDate | None
    published_text: str | None
    outlet: str | None
    removed: list[tuple[str, str]]


# A head line is asked about as the next line, then as itself; and the head lines of a
# site's pages (its name, menu, section words) come back on every page it serves.
@lru_cache(maxsize=4096)
def _date_line(line: str) -> PartialDate | None:
    """A short line that is mostly a date (and maybe a day name, time, place)."""
    if word_count(line) > DATE_LINE_MAX_WORDS or ends_sentence(line):
        return None
    return parse_date(line)


def outlet_from_footer(line: str) -> str | None:
    """The site name inside a copyright or channel line."""
    text = re.sub(
        r"©|\(c\)|جميع الحقوق محفوظة\s*(?:لـ|ل)?|الحقوق محفوظة|حقوق النشر|"
        r"All rights reserved|Copyright|\b(?:19|20)\d\d\b|\d{4}\s*[هم]|"
        r"[\u0660-\u0669]{4}",
        " ",
        line,
        flags=re.I,
    )
    m = re.search(r"قناة\s+(.+?)\s+على\s+\S+", line)
    if m:
        text = m.group(1)
    parts = [p.strip(" -|–:،.") for p in re.split(r"\s[|–-]\s", text)]
    parts = [p for p in parts if p and cue_kind(p) is None and 1 <= word_count(p) <= 5]
    return parts[0] if parts else None


def clean_pasted(text: str) -> Cleaned:
    # this cache serves the lines of one page (see boilerplate.py)
    word_count.cache_clear()
    raw_lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    removed: list[tuple[str, str]] = []
    published: PartialDate | None = None
    published_text: str | None = None
    outlet: str | None = None
    footer_outlet: str | None = None
    title: str | None = None
    kept: list[str] = []
    head = True  # before the headline
    after_headline = False  # between headline and first paragraph (bylines live here)
    block: str | None = None  # inside a related/comments block

    def drop(why: str, line: str) -> None:
        removed.append((why, line))

    nonblank = [i for i, line in enumerate(raw_lines) if line.strip()]
    first = nonblank[0] if nonblank else -1
    for i, line in enumerate(raw_lines):
        stripped = line.strip()
        if not stripped:
            if block == "related":
                block = None
            continue
        words = word_count(stripped)
        kind = cue_kind(stripped)
        if kind == "updated" or (head and kind is None and _date_line(stripped)):
            date = _date_line(stripped)
            if date and published is None:
                published, published_text = date, stripped
            if date or kind == "updated":
                drop("date line", stripped)
                continue
        if kind in ("related", "comments"):
            block = kind
            drop(kind, stripped)
            continue
        if kind is not None:
            if kind in ("copyright", "channel") and footer_outlet is None:
                footer_outlet = outlet_from_footer(stripped)
            drop(kind, stripped)
            continue
        if block is not None:
            short = words <= BLOCK_ITEM_MAX_WORDS and not ends_sentence(stripped)
            if is_bulleted(stripped) or short or (block == "comments" and words < PARAGRAPH_MIN_WORDS):
                drop(f"{block} item", stripped)
                continue
            block = None
        if is_nav_line(stripped):
            drop("menu", stripped)
            continue
        if head:
            following = next(
                (raw_lines[j].strip() for j in range(i + 1, len(raw_lines)) if raw_lines[j].strip()), ""
            )
            announces_menu = is_nav_line(following) or _date_line(following) is not None
            if words >= HEADLINE_MIN_WORDS and not announces_menu:
                title = strip_bullet(stripped)
                kept.append(stripped)
                head, after_headline = False, True
                continue
            if i == first and outlet is None:
                outlet = re.split(r"\s[|–-]\s", stripped)[0].strip()
                drop("site name", stripped)
            else:
                drop("section", stripped)
            continue
        if after_headline and words < HEADLINE_MIN_WORDS + 3 and not ends_sentence(stripped):
            drop("byline", stripped)
            continue
        after_headline = False
        kept.append(stripped)
    # Lines after the last article paragraph that are short and not sentences are
    # furniture no cue named (a lone site name, a button label).
    while (
        kept and word_count(kept[-1]) < PARAGRAPH_MIN_WORDS and not ends_sentence(kept[-1]) and len(kept) > 1
    ):
        drop("trailing", kept.pop())
    return Cleaned(kept, title, published, published_text, outlet or footer_outlet, removed)


def from_pasted(text: str, *, source: str, encoding: str, raw_hash: str, url: str | None = None) -> Document:
    cleaned = clean_pasted(text)
    body = "\n\n".join(cleaned.lines)
    doc = Document(
        source=source,
        text=body,
        encoding=encoding,
        content_hash=raw_hash,
        url=url,
        title=cleaned.title,
        published=cleaned.published,
        published_text=cleaned.published_text,
        outlet=cleaned.outlet,
        format="text",
        removed=cleaned.removed,
    )
    doc.paragraphs = line_spans(cleaned.lines)
    return doc


def paragraph_spans(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)]


def line_spans(lines: list[str]) -> list[Span]:
    """``paragraph_spans("\n\n".join(lines))`` for the lines clean_pasted keeps (none
    empty, none with a line break): each is a paragraph of its own."""
    spans: list[Span] = []
    start = 0
    for line in lines:
        spans.append(Span(start, start + len(line)))
        start += len(line) + 2
    return spans
