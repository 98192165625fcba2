"""Mentions grouped into the document's entities (e1, e2 ...), in order of first mention."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from rawi.arabic import name_key
from rawi.document import Document, PartialDate
from rawi.extract.mentions import ActorMention
from rawi.facts import Affiliation, Entity, Event, Evidence, Mention, When
from rawi.lexicons.registry import Actor, Registry

if TYPE_CHECKING:
    from rawi.extract.affiliations import FoundAffiliation
    from rawi.extract.events import FoundEvent


def new_actor_key(kind: str, name: str) -> str:
    """The key of an actor the registry does not know: kind and normalised name."""
    return f"new:{kind}:{name_key(name)}"


def registry_entity(actor: Actor, local_id: str, registry: Registry) -> Entity:
    """A document entity for a registry actor, carrying every name the registry knows,
    its registry file (armed_groups, media ...) and the ISO code of its state."""
    names, _, country = _registry_names(registry, actor.id)
    return Entity(
        id=local_id,
        kind=actor.kind,
        name=actor.name,
        names=list(names),
        registry_id=actor.id,
        wikidata=actor.wikidata,
        category=actor.category or None,
        country=country,
    )


@lru_cache(maxsize=10_000)  # a registry's actors; read-only while reports are extracted
def _registry_names(registry: Registry, actor_id: str) -> tuple[tuple[str, ...], frozenset[str], str | None]:
    """An actor's names without repeats, their name keys and its state's ISO code: worked
    out once per actor, not in every report that names it (a state has dozens of names)."""
    actor = registry[actor_id]
    names = tuple(dict.fromkeys(actor.all_names))
    state = registry.get(registry.state_of(actor_id))
    return names, frozenset(name_key(n) for n in names), state.iso if state else None


def build_entities(mentions: list[ActorMention], registry: Registry) -> tuple[list[Entity], list[Mention]]:
    by_key: dict[str, Entity] = {}
    # The name keys of an entity's names: the registry's (shared and never changed, not
    # copied into every report that names the actor) and those the report adds.
    registry_keys: dict[str, frozenset[str]] = {}
    added_keys: dict[str, set[str]] = {}
    out_mentions: list[Mention] = []

    def new_entity(key: str, surface: str) -> Entity:
        actor = registry.get(key)
        if actor is not None:
            ent = registry_entity(actor, f"e{len(by_key) + 1}", registry)
            registry_keys[key] = _registry_names(registry, actor.id)[1]
        else:
            kind = key.split(":")[1] if key.startswith("new:") else "other"
            ent = Entity(id=f"e{len(by_key) + 1}", kind=kind, name=surface, names=[])
            registry_keys[key] = frozenset()
        added_keys[key] = set()
        by_key[key] = ent
        return ent

    for m in mentions:
        surface = m.text if m.surface is None else m.surface
        if m.group:  # الطرفان: the actors it stands for, no name of theirs
            for key in m.group:
                if key not in by_key:
                    new_entity(key, surface or m.text)
            target = ",".join(by_key[k].id for k in m.group)
        else:
            key = m.actor
            ent = by_key.get(key)
            if ent is None:
                ent = new_entity(key, surface or m.text)
            if surface:
                surface_key = name_key(surface)
                if surface_key not in registry_keys[key] and surface_key not in added_keys[key]:
                    ent.names.append(surface)
                    added_keys[key].add(surface_key)
            target = ent.id
        out_mentions.append(Mention(m.start, m.end, m.text, target, m.how))
    return list(by_key.values()), out_mentions


def affiliation_records(
    found: list[FoundAffiliation], entities: list[Entity], doc: Document, registry: Registry
) -> list[Affiliation]:
    """Affiliations in local entity ids; an organisation named only by the registry
    (not in the text) becomes an entity of its own."""
    ids = {ent.registry_id or new_actor_key(ent.kind, ent.name): ent.id for ent in entities}
    out: list[Affiliation] = []
    seen: set[tuple[str, str]] = set()
    for f in found:
        if f.organization not in ids:
            actor = registry.get(f.organization)
            if actor is None:
                continue
            ent = registry_entity(actor, f"e{len(entities) + 1}", registry)
            entities.append(ent)
            ids[actor.id] = ent.id
        person, org = ids.get(f.person), ids[f.organization]
        if person is None or (person, org) in seen:
            continue
        seen.add((person, org))
        out.append(Affiliation(person, org, f.role, Evidence(f.start, f.end, doc.text[f.start : f.end])))
    return out


def _implied_entities(
    found: list[FoundEvent], entities: list[Entity], ids: dict[str, str], registry: Registry
) -> None:
    for f in found:
        for key in (f.source, f.target):
            actor = registry.get(key) if key and key not in ids else None
            if actor is not None:
                entities.append(registry_entity(actor, f"e{len(entities) + 1}", registry))
                ids[actor.id] = entities[-1].id


def event_records(
    found: list[FoundEvent], entities: list[Entity], doc: Document, registry: Registry | None = None
) -> list[Event]:
    """Events in local entity ids (v1, v2 ...), with their evidence and time. A registry
    actor an event implies without naming it (the state whose command's forces struck:
    قالت القيادة المركزية إن قواتها ضربت) becomes an entity of its own."""
    ids = {ent.registry_id or new_actor_key(ent.kind, ent.name): ent.id for ent in entities}
    if registry is not None:
        _implied_entities(found, entities, ids, registry)
    out: list[Event] = []
    for f in found:
        if (
            (f.source and f.source not in ids)
            or (f.target and f.target not in ids)
            or any(p not in ids for p in f.participants)
        ):
            continue
        when = None
        if f.when is not None:
            date = f.when.date
            if f.since and date.month is not None:  # منذ السادس من مايو: a state that began that month
                date = PartialDate(date.year, date.month)
            when = When(date.iso(), None, ("منذ " if f.since else "") + f.when.text)
        out.append(
            Event(
                id=f"v{len(out) + 1}",
                type=f.type,
                mode=f.mode,
                evidence=Evidence(f.start, f.end, doc.text[f.start : f.end]),
                source=ids.get(f.source) if f.source else None,
                target=ids.get(f.target) if f.target else None,
                participants=[ids[p] for p in f.participants],
                polarity=f.polarity,
                attribution=[ids[a] for a in f.chain if a in ids],
                when=when,
                where=ids.get(f.where) if f.where else None,
                confidence=f.confidence,
                modality=f.modality,
                trigger=Evidence(f.trigger[0], f.trigger[1], doc.text[f.trigger[0] : f.trigger[1]]),
            )
        )
    return out
