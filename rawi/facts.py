"""Records that extraction produces about a Document, serialised as FORMAT.md's facts object."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from rawi.document import Document, Span


@dataclass(slots=True)
class Evidence:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, doc: Document, span: Span) -> Evidence:
        return cls(span.start, span.end, span.of(doc.text))

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Mention:
    """A stretch of the text naming an actor."""

    start: int
    end: int
    text: str
    entity: str  # local entity id (e1, e2 ...)
    how: str = "registry"  # registry | grammar | coreference | metonymy | demonym

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "entity": self.entity,
            "how": self.how,
        }


@dataclass(slots=True)
class Entity:
    id: str
    kind: str
    name: str
    names: list[str] = field(default_factory=list)
    registry_id: str | None = None
    wikidata: str | None = None
    category: str | None = None  # the registry file it comes from: armed_groups, media ...
    country: str | None = None  # ISO 3166 code of the state it is or belongs to

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "names": self.names,
            "registry_id": self.registry_id,
            "wikidata": self.wikidata,
            "category": self.category,
            "country": self.country,
        }


@dataclass(slots=True)
class When:
    start: str | None
    end: str | None = None
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    evidence: Evidence
    source: str | None = None
    target: str | None = None
    participants: list[str] = field(default_factory=list)
    polarity: str = "asserted"
    attribution: list[str] = field(default_factory=list)
    when: When | None = None
    where: str | None = None
    confidence: float = 0.5
    trigger: Evidence | None = None  # the word(s) that name the event
    # None: told as done; else intended, promised, conditional, future, threatened, requested,
    # agreed or refused (rawi/extract/modality.py)
    modality: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "trigger": self.trigger.to_json() if self.trigger else None,
            "source": self.source,
            "target": self.target,
            "participants": self.participants,
            "polarity": self.polarity,
            "modality": self.modality,
            "attribution": self.attribution,
            "when": self.when.to_json() if self.when else None,
            "where": self.where,
            "evidence": self.evidence.to_json(),
            "confidence": self.confidence,
        }


@dataclass(slots=True)
class Affiliation:
    person: str
    organization: str
    role: str
    evidence: Evidence

    def to_json(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "organization": self.organization,
            "role": self.role,
            "evidence": self.evidence.to_json(),
        }


@dataclass(slots=True)
class Facts:
    """Everything rawi found in one Document (one line of the facts JSONL)."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document.to_json(),
            "entities": [e.to_json() for e in self.entities],
            "mentions": [m.to_json() for m in self.mentions],
            "events": [e.to_json() for e in self.events],
            "affiliations": [a.to_json() for a in self.affiliations],
        }

    def to_json_line(self) -> str:
        """The facts object as one line of JSON Lines (compact, UTF-8 text unescaped), by
        orjson: a report's facts run to some 30 KB, which the standard library's encoder
        takes four times as long to write."""
        return orjson.dumps(self.to_json()).decode("utf-8") + "\n"
