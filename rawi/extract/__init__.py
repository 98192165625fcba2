"""From an analysed Document to Facts. Each step is a plain function over the analysis;
the Extractor holds what they share across documents (the registry, its automaton)."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

from rawi.dates import DateMention, find_dates, relative_dates
from rawi.document import Document
from rawi.extract.affiliations import FoundAffiliation, from_appositions, from_loyalty, from_titles
from rawi.extract.asides import find_asides
from rawi.extract.clients import find_client_groups
from rawi.extract.coref import resolve_anaphora
from rawi.extract.entities import affiliation_records, build_entities, event_records
from rawi.extract.events import extract_events
from rawi.extract.gazetteer import Gazetteer, match_view
from rawi.extract.grammar import (
    demonyms_before_persons,
    find_head_organisations,
    find_titled_persons,
    later_mentions,
    titled_references,
)
from rawi.extract.mentions import ActorMention, resolve_hits
from rawi.facts import Facts
from rawi.lexicons.registry import Registry, load_registry
from rawi.text import Analysis, analyse

EXTRACTOR_VERSION = "rawi-0.1.0"


class Extractor:
    """Build once (loads and indexes the registry), then call on each Document."""

    def __init__(
        self, registry: Registry | None = None, *, registry_files: Iterable[str | Path] = ()
    ) -> None:
        self.registry = registry if registry is not None else load_registry(registry_files)
        self.gazetteer = Gazetteer(self.registry)
        _fewer_collections()

    def __call__(self, doc: Document) -> Facts:
        reading = self.read(doc)
        entities, out_mentions = build_entities(reading.mentions, self.registry)
        found_events = extract_events(
            reading.analysis, reading.mentions, self.registry, reading.described, reading.dates
        )
        return Facts(
            document=doc,
            entities=entities,
            mentions=out_mentions,
            affiliations=affiliation_records(reading.affiliations, entities, doc, self.registry),
            events=event_records(found_events, entities, doc, self.registry),
        )

    def read(self, doc: Document) -> Reading:
        """All but the events: the analysis, the actors' mentions, the affiliations, the
        spans that describe a person (no event arguments) and the dates."""
        return self.read_analysed(analyse(doc))

    def read_analysed(self, analysis: Analysis) -> Reading:
        """Extractor.read for a report already analysed (the benchmark times the two apart)."""
        doc = analysis.doc
        hits = self.gazetteer.scan(match_view(doc.text, analysis.normal))
        mentions = resolve_hits(hits, self.registry, doc.text)
        persons, titled = find_titled_persons(analysis, mentions, self.registry)
        mentions += persons + later_mentions(analysis, persons, mentions)
        mentions += titled_references(analysis, mentions, titled)
        mentions += find_head_organisations(analysis, mentions, self.registry)
        groups, backers = find_client_groups(analysis, mentions, self.registry)
        if groups:  # فصائل مدعومة من إيران: one actor, Iran inside its name
            mentions = [m for m in mentions if all(m is not b for b in backers)] + groups
        mentions += resolve_anaphora(analysis, mentions, self.registry)
        mentions.sort(key=attrgetter("start"))
        found = (
            from_titles(titled, mentions, self.registry)
            + from_appositions(analysis, mentions, self.registry)
            + from_loyalty(analysis, mentions, self.registry)
        )
        dates = find_dates(doc.text, reference=doc.published)
        if doc.published is not None:
            dates += relative_dates(doc.text, doc.published)
        described = [f.describes for f in found if f.describes != (0, 0)] + find_asides(analysis)
        described += demonyms_before_persons(mentions, self.registry, doc.text, described)
        return Reading(analysis, mentions, found, described, dates)


@dataclass(slots=True)
class Reading:
    """What an Extractor knows of a report before it reads the events (Extractor.read);
    scripts/explain.py shows it."""

    analysis: Analysis
    mentions: list[ActorMention]
    affiliations: list[FoundAffiliation]
    described: list[tuple[int, int]]  # character spans whose mentions are no event arguments
    dates: list[DateMention]


# Extraction makes tens of thousands of short-lived objects a report (tokens, spans,
# mentions) and no reference cycles: over 600 reports the cyclic collector ran some 1,100
# times (every 700 allocations, Python's default) and freed nothing, for about 8% of the
# time. An Extractor raises that threshold for the process (it never lowers it).
GC_THRESHOLD = 20_000


def _fewer_collections() -> None:
    first, *older = gc.get_threshold()
    if 0 < first < GC_THRESHOLD:
        gc.set_threshold(GC_THRESHOLD, *older)


_default: Extractor | None = None


def extract(doc: Document) -> Facts:
    """Extract with the shipped registry (built on first use)."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default(doc)
