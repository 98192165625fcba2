"""Putting one document's facts (a line of the facts JSONL) into the store.

A document is known by its canonical URL, or by its content hash when it has none.
The same content again is left alone; a changed version of a known URL replaces the
document's extracted rows in the same transaction. Entities are fused on the way in:
registry actors by registry id, the others by kind and normalised name. Analysts'
rows (reviews, merges, grades) point at stable keys and survive every replacement.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import combinations
from typing import Any, Literal

import courlan
from sqlalchemy import Connection, delete, insert, or_, select, update

from rawi import __version__
from rawi.arabic import name_key
from rawi.store import insert_rows
from rawi.store.fusion import Key
from rawi.store.schema import (
    affiliations,
    claim_links,
    claim_sources,
    claims,
    documents,
    entities,
    entity_names,
    mentions,
)
from rawi.store.upkeep import add_claims, keys_of_claims, rebuild

EXTRACTOR_VERSION = __version__

Outcome = Literal["stored", "replaced", "unchanged"]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def document_key(doc: dict[str, Any]) -> str:
    """The canonical URL (tracking parameters and fragment dropped), else the content hash."""
    url = doc.get("url")
    if url:
        canonical = courlan.normalize_url(url, strict=True) or url
        return str(canonical)
    return f"sha256:{doc['content_hash']}"


def entity_key(entity: dict[str, Any]) -> str:
    if entity.get("registry_id"):
        return f"reg:{entity['registry_id']}"
    return f"name:{entity['kind']}:{name_key(entity['name'])}"


def known_version(conn: Connection, doc: dict[str, Any]) -> tuple[int, str, str] | None:
    """(id, content hash, extractor version) of the stored document with this key or content."""
    row = conn.execute(
        select(documents.c.id, documents.c.content_hash, documents.c.extractor_version)
        .where(or_(documents.c.doc_key == document_key(doc), documents.c.content_hash == doc["content_hash"]))
        .order_by(documents.c.id)
        .limit(1)
    ).first()
    return (row[0], row[1], row[2]) if row else None


def is_current(conn: Connection, doc: dict[str, Any]) -> bool:
    """Whether this very content is stored already, extracted by this version of rawi."""
    known = known_version(conn, doc)
    return known is not None and known[1] == doc["content_hash"] and known[2] == EXTRACTOR_VERSION


def store_facts(conn: Connection, facts: dict[str, Any], *, force: bool = False) -> Outcome:
    """Store one document's facts inside the caller's transaction."""
    doc = facts["document"]
    known = known_version(conn, doc)
    if known and known[1] == doc["content_hash"] and known[2] == EXTRACTOR_VERSION and not force:
        return "unchanged"
    stale: set[Key] = set()
    if known:
        old_claims = conn.execute(select(claims.c.id).where(claims.c.document_id == known[0])).scalars()
        stale = keys_of_claims(conn, old_claims)
        conn.execute(delete(documents).where(documents.c.id == known[0]))
    doc_id = _insert_document(conn, doc)
    ids = _upsert_entities(conn, facts["entities"])
    outlet = _outlet_entity(conn, doc.get("outlet"), facts["entities"], ids)
    if facts.get("mentions"):
        insert_rows(
            conn,
            mentions,
            [
                {
                    "document_id": doc_id,
                    "entity_id": ids[m["entity"]],
                    "start": m["start"],
                    "end": m["end"],
                    "text": m["text"],
                    "how": m.get("how", "registry"),
                }
                for m in facts["mentions"]
                if m["entity"] in ids
            ],
        )
    claim_ids = _insert_claims(conn, doc_id, document_key(doc), facts, ids, outlet)
    if known:  # counts cannot be taken back one by one: rebuild what the old version touched
        rebuild(conn, stale | keys_of_claims(conn, claim_ids))
    else:
        add_claims(conn, claim_ids)
    rows = [
        {
            "document_id": doc_id,
            "person_id": ids[a["person"]],
            "organization_id": ids[a["organization"]],
            "role": a["role"],
            **_evidence(a["evidence"]),
        }
        for a in facts.get("affiliations", [])
        if a["person"] in ids and a["organization"] in ids
    ]
    if rows:
        insert_rows(conn, affiliations, rows)
    return "replaced" if known else "stored"


def _insert_document(conn: Connection, doc: dict[str, Any]) -> int:
    values = {
        "doc_key": document_key(doc),
        "content_hash": doc["content_hash"],
        "extractor_version": EXTRACTOR_VERSION,
        "ingested_at": now(),
        **{
            field: doc.get(field)
            for field in (
                "url",
                "source",
                "title",
                "outlet",
                "published",
                "published_text",
                "language",
                "encoding",
                "format",
            )
        },
        "text": doc.get("text") or "",
    }
    return int(conn.execute(insert(documents).returning(documents.c.id), values).scalar_one())


def _upsert_entities(conn: Connection, found: list[dict[str, Any]]) -> dict[str, int]:
    """Store ids of the document's entities (local id → store id), creating new ones and
    adding names not seen before."""
    keys = {e["id"]: entity_key(e) for e in found}
    stored = dict(
        conn.execute(
            select(entities.c.entity_key, entities.c.id).where(entities.c.entity_key.in_(set(keys.values())))
        ).all()
    )
    for entity in found:
        key = keys[entity["id"]]
        if key not in stored:
            stored[key] = create_entity(conn, key, entity["kind"], entity["name"], entity.get("registry_id"))
            extra = {f: entity[f] for f in ("wikidata", "category", "country") if entity.get(f)}
            if extra:
                conn.execute(update(entities).where(entities.c.id == stored[key]).values(**extra))
    ids = {local: stored[key] for local, key in keys.items()}
    add_names(conn, {ids[e["id"]]: [e["name"], *e.get("names", [])] for e in found})
    return ids


def create_entity(conn: Connection, key: str, kind: str, name: str, registry_id: str | None = None) -> int:
    new_id = int(
        conn.execute(
            insert(entities).returning(entities.c.id),
            {"entity_key": key, "kind": kind, "name": name, "registry_id": registry_id, "canonical_id": 0},
        ).scalar_one()
    )
    # an entity stands for itself until an analyst merges it into another
    conn.execute(update(entities).where(entities.c.id == new_id).values(canonical_id=new_id))
    return new_id


def add_names(conn: Connection, names_of: dict[int, list[str]]) -> None:
    if not names_of:
        return
    have: set[tuple[int, str]] = set(
        conn.execute(
            select(entity_names.c.entity_id, entity_names.c.name).where(
                entity_names.c.entity_id.in_(list(names_of))
            )
        ).all()
    )
    rows = []
    for entity_id, names in names_of.items():
        for name in dict.fromkeys(n for n in names if n):
            if (entity_id, name) not in have:
                have.add((entity_id, name))
                rows.append({"entity_id": entity_id, "name": name, "name_key": name_key(name)})
    if rows:
        insert_rows(conn, entity_names, rows)


def _outlet_entity(
    conn: Connection, outlet: str | None, found: list[dict[str, Any]], ids: dict[str, int]
) -> int | None:
    """The outlet as an entity, so that it can be graded and counted as a source: an actor of
    this document with that name, else a stored one, else a new organisation."""
    if not outlet:
        return None
    key = name_key(outlet)
    for entity in found:
        if any(name_key(n) == key for n in [entity["name"], *entity.get("names", [])]):
            return ids[entity["id"]]
    row = conn.execute(
        select(entities.c.canonical_id)
        .join(entity_names, entity_names.c.entity_id == entities.c.id)
        .where(entity_names.c.name_key == key, entities.c.kind == "organization")
        .limit(1)
    ).first()
    if row:
        return int(row[0])
    new_id = create_entity(conn, f"name:organization:{key}", "organization", outlet)
    add_names(conn, {new_id: [outlet]})
    return new_id


def _evidence(evidence: dict[str, Any]) -> dict[str, Any]:
    return {
        "evidence_start": evidence["start"],
        "evidence_end": evidence["end"],
        "evidence_text": evidence["text"],
    }


def claim_key(doc_key: str, event: dict[str, Any], keys: dict[str, str]) -> str:
    """A key that stays the same when the same statement is extracted again, so that an
    analyst's review of it still applies."""
    parts = [
        doc_key,
        event["type"],
        event.get("mode") or "",
        keys.get(event.get("source") or "", ""),
        keys.get(event.get("target") or "", ""),
        ",".join(sorted(keys.get(p, "") for p in event.get("participants", []))),
        event["polarity"],
        event["evidence"]["text"],
    ]
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()


@dataclass
class _ClaimRows:
    claims: list[dict[str, Any]]
    chains: list[list[int]]
    pairs: list[list[tuple[int, int, bool]]]


def _insert_claims(
    conn: Connection,
    doc_id: int,
    doc_key: str,
    facts: dict[str, Any],
    ids: dict[str, int],
    outlet: int | None,
) -> list[int]:
    keys = {e["id"]: entity_key(e) for e in facts["entities"]}
    rows = _ClaimRows([], [], [])
    seen: set[str] = set()
    for event in facts.get("events", []):
        key = claim_key(doc_key, event, keys)
        if key in seen:  # the same statement twice in one document is one claim
            continue
        seen.add(key)
        chain = ([outlet] if outlet else []) + [ids[a] for a in event.get("attribution", []) if a in ids]
        chain = list(dict.fromkeys(chain))
        source, target = ids.get(event.get("source") or ""), ids.get(event.get("target") or "")
        pairs: list[tuple[int, int, bool]] = [(source, target, True)] if source and target else []
        parties = sorted({ids[p] for p in event.get("participants", []) if p in ids})
        pairs += [(a, b, False) for a, b in combinations(parties, 2)]
        when = event.get("when") or {}
        rows.claims.append(
            {
                "claim_key": key,
                "document_id": doc_id,
                "event_id": event["id"],
                "type": event["type"],
                "mode": event.get("mode"),
                "source_id": source,
                "target_id": target,
                "polarity": event["polarity"],
                "modality": event.get("modality"),
                "primary_source_id": chain[-1] if chain else None,
                "when_start": when.get("start"),
                "when_end": when.get("end"),
                "when_text": when.get("text"),
                "where_id": ids.get(event.get("where") or ""),
                **_evidence(event["evidence"]),
                "trigger_text": (event.get("trigger") or {}).get("text"),
                "confidence": event.get("confidence", 0.5),
                "extractor_version": EXTRACTOR_VERSION,
            }
        )
        rows.chains.append(chain)
        rows.pairs.append(pairs)
    if not rows.claims:
        return []
    claim_ids = list(
        conn.execute(
            insert(claims).returning(claims.c.id, sort_by_parameter_order=True), rows.claims
        ).scalars()
    )
    sources, links = [], []
    for claim_id, chain, pairs in zip(claim_ids, rows.chains, rows.pairs, strict=True):
        sources += [{"claim_id": claim_id, "position": i, "entity_id": e} for i, e in enumerate(chain)]
        links += [{"claim_id": claim_id, "a_id": a, "b_id": b, "directed": d} for a, b, d in pairs]
    if sources:
        insert_rows(conn, claim_sources, sources)
    if links:
        insert_rows(conn, claim_links, links)
    return claim_ids
