"""The Document: one report as read, its original text never altered afterwards.

Everything downstream refers to the text by character offsets (``Span``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A calendar date known to the precision the text gives: year, month or day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def from_iso(cls, value: str) -> PartialDate:
        parts = [int(p) for p in value[:10].split("-")]
        return cls(*parts)


@dataclass(frozen=True, slots=True)
class Span:
    """A [start, end) character range of a Document's text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(slots=True)
class Document:
    """One report: where it came from, how it was decoded, its main text and metadata."""

    source: str
    text: str
    encoding: str = "utf-8"
    content_hash: str = ""
    url: str | None = None
    title: str | None = None
    published: PartialDate | None = None
    published_text: str | None = None
    outlet: str | None = None
    language: str = "ar"
    format: str = "text"  # text | html | jsonl
    paragraphs: list[Span] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (why, line) boilerplate dropped

    @property
    def id(self) -> str:
        """Stable id: a hash of the extracted text (reruns do not duplicate)."""
        return "d" + hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published.iso() if self.published else None,
            "published_text": self.published_text,
            "outlet": self.outlet,
            "language": self.language,
            "encoding": self.encoding,
            "format": self.format,
            "content_hash": self.content_hash,
            "text": self.text,
        }


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()
