"""FollowTheMoney entities as JSON lines, made with the `followthemoney` library.

Actors become Person, Organization or PublicBody (states and their organs); each report
an Article; roles Membership; funding (AID/economic) a Payment; meetings (CONSULT) an
Event; every other fused edge an UnknownLink whose role is the PLOVER type. A
Documentation entity ties each claim to its report, with the claim's words, its stance
and its chain of sources, so Aleph shows who says what, and where.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from sqlalchemy import Connection

from rawi.store.exports import Snapshot, snapshot
from rawi.store.fusion import Edge

SCHEMA_OF_KIND = {"person": "Person", "organization": "Organization", "state": "PublicBody"}
DATASET = "rawi"


def _make(schema: str, *key: Any) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.make_id(DATASET, schema, *key)
    return proxy


def actor(entity: dict[str, Any]) -> EntityProxy:
    proxy = _make(SCHEMA_OF_KIND.get(entity["kind"], "LegalEntity"), entity["entity_key"])
    proxy.add("name", entity["name"])
    proxy.add("alias", [n for n in entity["names"] if n != entity["name"]])
    proxy.add("wikidataId", entity.get("wikidata"))
    proxy.add("country", entity.get("country"))
    return proxy


def article(doc: dict[str, Any]) -> EntityProxy:
    proxy = _make("Article", doc["doc_key"])
    proxy.add("title", doc.get("title") or doc.get("source") or doc["doc_key"])
    proxy.add("sourceUrl", doc.get("url"))
    proxy.add("publishedAt", doc.get("published"))
    proxy.add("publisher", doc.get("outlet"))
    proxy.add("language", "ara" if doc.get("language") == "ar" else doc.get("language"))
    proxy.add("contentHash", doc["content_hash"])
    return proxy


def relation(edge: Edge, ids: dict[int, str]) -> EntityProxy:
    source, target = ids[edge.source], ids[edge.target]
    if edge.type == "AID" and edge.modes == ["economic"] and edge.directed:
        proxy = _make("Payment", edge.id)
        proxy.add("payer", source)
        proxy.add("beneficiary", target)
        proxy.add("purpose", "AID/economic")
    elif edge.type == "CONSULT":
        proxy = _make("Event", edge.id)
        proxy.add("name", "CONSULT")
        proxy.add("involved", [source, target])
    else:
        proxy = _make("UnknownLink", edge.id)
        proxy.add("subject", source)
        proxy.add("object", target)
        proxy.add("role", "/".join([edge.type, *edge.modes]))
    proxy.add("startDate", _date(edge.first))
    proxy.add("endDate", _date(edge.last))
    proxy.add(
        "summary",
        f"{edge.claims_count} claims, {edge.corroboration} independent sources, rating {edge.rating}"
        + (", contested" if edge.contested else ""),
    )
    return proxy


def _date(value: str | None) -> str | None:
    return value if value and value[:4].isdigit() else None


def proxies(snap: Snapshot) -> list[EntityProxy]:
    ids: dict[int, str] = {}
    out: list[EntityProxy] = []
    for entity_id, entity in snap.entities.items():
        proxy = actor(entity)
        ids[entity_id] = str(proxy.id)
        out.append(proxy)
    articles = {doc_id: article(doc) for doc_id, doc in snap.documents.items()}
    out.extend(articles.values())
    for role in snap.roles:
        membership = _make("Membership", role["person"], role["organization"], role["role"])
        membership.add("member", ids[role["person"]])
        membership.add("organization", ids[role["organization"]])
        membership.add("role", role["role"])
        if snap.entities[role["organization"]]["kind"] in ("organization", "state"):
            out.append(membership)
    for edge in snap.edges:
        link = relation(edge, ids)
        out.append(link)
        for claim in edge.claims:
            row = snap.claims[claim.claim_id]
            doc = articles[row["document_id"]]
            link.add("proof", doc.id)
            # Documentation may only point at a Thing: the meeting itself, else each party
            about = [link.id] if link.schema.is_a("Thing") else [ids[edge.source], ids[edge.target]]
            for party in about:
                note = _make("Documentation", claim.claim_key, edge.id, party)
                note.add("document", doc.id)
                note.add("entity", party)
                note.add("role", f"{edge.type} {claim.polarity}")
                note.add("summary", row["evidence_text"])
                note.add("description", "per " + " ← ".join(row["chain"]) if row["chain"] else None)
                note.add("date", _date(row["date"]))
                out.append(note)
    return out


def write(conn: Connection, path: Path) -> int:
    found = proxies(snapshot(conn))
    with path.open("w", encoding="utf-8") as handle:
        for proxy in found:
            handle.write(json.dumps(proxy.to_dict(), ensure_ascii=False) + "\n")
    return len(found)
