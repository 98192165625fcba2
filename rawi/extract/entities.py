"""Mentions grouped into the document's entities (e1, e2 ...), in order of first mention."""

from __future__ import annotations

from rawi.arabic import name_key
from rawi.extract.mentions import ActorMention
from rawi.facts import Entity, Mention
from rawi.lexicons.registry import Registry


def new_actor_key(kind: str, name: str) -> str:
    """The key of an actor the registry does not know: kind and normalised name."""
    return f"new:{kind}:{name_key(name)}"


def build_entities(mentions: list[ActorMention], registry: Registry) -> tuple[list[Entity], list[Mention]]:
    by_key: dict[str, Entity] = {}
    seen_names: dict[str, set[str]] = {}
    out_mentions: list[Mention] = []

    def entity_for(key: str, surface: str) -> Entity:
        if key not in by_key:
            actor = registry.get(key)
            if actor is not None:
                ent = Entity(
                    id=f"e{len(by_key) + 1}",
                    kind=actor.kind,
                    name=actor.name,
                    names=list(dict.fromkeys(actor.all_names)),
                    registry_id=actor.id,
                    wikidata=actor.wikidata,
                )
            else:
                kind = key.split(":")[1] if key.startswith("new:") else "other"
                ent = Entity(id=f"e{len(by_key) + 1}", kind=kind, name=surface, names=[])
            by_key[key] = ent
            seen_names[key] = {name_key(n) for n in ent.names}
        return by_key[key]

    for m in mentions:
        keys = m.group or (m.actor,)
        for key in keys:
            surface = m.text if m.surface is None else m.surface
            ent = entity_for(key, surface or m.text)
            if surface and not m.group and name_key(surface) not in seen_names[key]:
                ent.names.append(surface)
                seen_names[key].add(name_key(surface))
        target = by_key[keys[0]].id if not m.group else ",".join(by_key[k].id for k in keys)
        out_mentions.append(Mention(m.start, m.end, m.text, target, m.how))
    return list(by_key.values()), out_mentions


def entity_ids(entities: list[Entity]) -> dict[str, str]:
    """registry id or new-actor key → local entity id."""
    out: dict[str, str] = {}
    for ent in entities:
        if ent.registry_id:
            out[ent.registry_id] = ent.id
    return out
