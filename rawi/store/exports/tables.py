"""Flat exports: one CSV row per claim, and the facts JSON Lines rebuilt from the store."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from rawi.store.exports import Snapshot, snapshot
from rawi.store.fusion import verdicts
from rawi.store.schema import affiliations, claim_links, claim_sources, claims, documents, entities, mentions

CLAIM_FIELDS = [
    "claim_id", "claim_key", "edge", "type", "mode", "source", "target", "parties", "polarity", "modality", "chain",
    "primary_source", "date", "when_end", "verdict", "edge_rating", "edge_corroboration", "edge_contested",
    "outlet", "published", "url", "document", "evidence", "evidence_start", "evidence_end",
]  # fmt: skip


def claim_records(snap: Snapshot) -> list[dict[str, Any]]:
    edge_of = snap.edge_of()
    names = {i: e["name"] for i, e in snap.entities.items()}
    out = []
    for claim_id, row in snap.claims.items():
        edge = edge_of.get(claim_id)
        out.append(
            {
                "claim_id": claim_id,
                "claim_key": row["claim_key"],
                "edge": edge.id if edge else "",
                "type": row["type"],
                "mode": row["mode"] or "",
                "source": row["source"] or "",
                "target": row["target"] or "",
                "parties": "; ".join(row["parties"]),
                "polarity": row["polarity"],
                "modality": row.get("modality") or "",
                "chain": " ← ".join(row["chain"]),
                "primary_source": names.get(row["primary_source_id"], "") if row["primary_source_id"] else "",
                "date": row["date"] or "",
                "when_end": row["when_end"] or "",
                "verdict": row["verdict"] or "",
                "edge_rating": edge.rating if edge else "",
                "edge_corroboration": edge.corroboration if edge else "",
                "edge_contested": edge.contested if edge else "",
                "outlet": row["outlet"] or "",
                "published": row["published"] or "",
                "url": row["url"] or "",
                "document": row["document_source"] or "",
                "evidence": row["evidence_text"],
                "evidence_start": row["evidence_start"],
                "evidence_end": row["evidence_end"],
            }
        )
    return out


def write_csv(conn: Connection, path: Path) -> int:
    found = claim_records(snapshot(conn))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=CLAIM_FIELDS)
        writer.writeheader()
        writer.writerows(found)
    return len(found)


def facts_of(conn: Connection, doc: dict[str, Any], judged: dict[str, str]) -> dict[str, Any]:
    """One stored document as a facts object (corpus/FORMAT.md), entities numbered e1, e2 ...,
    each event with the analyst's verdict on it."""
    doc_id = doc.pop("id")
    local: dict[int, str] = {}

    def ref(entity_id: int | None) -> str | None:
        if entity_id is None:
            return None
        return local.setdefault(entity_id, f"e{len(local) + 1}")

    found_mentions = [
        {
            "start": m["start"],
            "end": m["end"],
            "text": m["text"],
            "entity": ref(m["entity_id"]),
            "how": m["how"],
        }
        for m in conn.execute(
            select(mentions).where(mentions.c.document_id == doc_id).order_by(mentions.c.start)
        ).mappings()
    ]
    events = []
    for c in conn.execute(
        select(claims).where(claims.c.document_id == doc_id).order_by(claims.c.id)
    ).mappings():
        events.append(
            {
                "id": c["event_id"],
                "type": c["type"],
                "mode": c["mode"],
                "trigger": {"text": c["trigger_text"]} if c["trigger_text"] else None,
                "source": ref(c["source_id"]),
                "target": ref(c["target_id"]),
                "participants": [] if c["source_id"] and c["target_id"] else _parties(conn, c["id"], ref),
                "polarity": c["polarity"],
                "modality": c["modality"],
                "attribution": [ref(e) for e in _chain(conn, c["id"])[1 if doc.get("outlet") else 0 :]],
                "when": {"start": c["when_start"], "end": c["when_end"], "text": c["when_text"] or ""}
                if c["when_start"]
                else None,
                "where": ref(c["where_id"]),
                "evidence": {
                    "text": c["evidence_text"],
                    "start": c["evidence_start"],
                    "end": c["evidence_end"],
                },
                "confidence": c["confidence"],
                "verdict": judged.get(c["claim_key"]),
            }
        )
    roles = [
        {
            "person": ref(a["person_id"]),
            "organization": ref(a["organization_id"]),
            "role": a["role"],
            "evidence": {"text": a["evidence_text"], "start": a["evidence_start"], "end": a["evidence_end"]},
        }
        for a in conn.execute(select(affiliations).where(affiliations.c.document_id == doc_id)).mappings()
    ]
    described = {
        e["id"]: e for e in conn.execute(select(entities).where(entities.c.id.in_(list(local)))).mappings()
    }
    found_entities = [
        {
            "id": local_id,
            "kind": described[entity_id]["kind"],
            "name": described[entity_id]["name"],
            "names": [described[entity_id]["name"]],
            "registry_id": described[entity_id]["registry_id"],
            "wikidata": described[entity_id]["wikidata"],
            "category": described[entity_id]["category"],
            "country": described[entity_id]["country"],
        }
        for entity_id, local_id in local.items()
    ]
    return {
        "document": doc,
        "entities": found_entities,
        "mentions": found_mentions,
        "events": events,
        "affiliations": roles,
    }


def _chain(conn: Connection, claim_id: int) -> list[int]:
    return list(
        conn.execute(
            select(claim_sources.c.entity_id)
            .where(claim_sources.c.claim_id == claim_id)
            .order_by(claim_sources.c.position)
        ).scalars()
    )


def _parties(conn: Connection, claim_id: int, ref: Any) -> list[str]:
    ids: list[int] = []
    for a, b in conn.execute(
        select(claim_links.c.a_id, claim_links.c.b_id).where(claim_links.c.claim_id == claim_id)
    ):
        ids += [e for e in (a, b) if e not in ids]
    return [ref(e) for e in ids]


def write_jsonl(conn: Connection, path: Path) -> int:
    count = 0
    judged = verdicts(conn)
    with path.open("w", encoding="utf-8") as handle:
        for doc in conn.execute(select(documents).order_by(documents.c.id)).mappings().all():
            handle.write(json.dumps(facts_of(conn, dict(doc), judged), ensure_ascii=False) + "\n")
            count += 1
    return count
