"""The store written out for other tools, each format with its ecosystem's own library.

    ftm      FollowTheMoney entities, JSON lines (Aleph, OpenSanctions tools)
    stix     a STIX 2.1 bundle (OpenCTI, MISP)
    graphml  GraphML for Gephi, yEd, Neo4j's APOC
    gexf     GEXF for Gephi
    neo4j    a folder of CSV files for `neo4j-admin database import`
    csv      one row per claim, with its fused edge and rating
    jsonl    the facts JSON Lines (corpus/FORMAT.md), one document per line

Every format is built from one Snapshot of the fused graph, so they agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from rawi.store.fusion import Edge, Key, LinkedClaim, edges, linked_claims
from rawi.store.queries import claim_rows, roles
from rawi.store.schema import claim_links, claims, documents, entities, entity_names


@dataclass
class Snapshot:
    entities: dict[int, dict[str, Any]]  # canonical id → entity with all its names
    edges: list[Edge]
    claims: dict[int, dict[str, Any]]  # claim id → claim row (queries.claim_rows)
    documents: dict[int, dict[str, Any]]  # without their text
    roles: list[dict[str, Any]]

    def edge_of(self) -> dict[int, Edge]:
        """The edge each claim supports or denies (the first, for joint events with many pairs)."""
        found: dict[int, Edge] = {}
        for edge in self.edges:
            for claim in edge.claims:
                found.setdefault(claim.claim_id, edge)
        return found


def snapshot(conn: Connection) -> Snapshot:
    canon = {
        row["id"]: dict(row)
        for row in conn.execute(select(entities).where(entities.c.id == entities.c.canonical_id)).mappings()
    }
    for entity in canon.values():
        entity["names"] = []
    for canonical_id, name in conn.execute(
        select(entities.c.canonical_id, entity_names.c.name)
        .join(entity_names, entity_names.c.entity_id == entities.c.id)
        .order_by(entities.c.canonical_id, entity_names.c.name)
    ):
        if name not in canon[canonical_id]["names"]:
            canon[canonical_id]["names"].append(name)
    docs = {
        row["id"]: dict(row)
        for row in conn.execute(select(*(c for c in documents.c if c.name != "text"))).mappings()
    }
    return Snapshot(
        entities=canon,
        edges=_with_claims(conn, edges(conn)),
        claims={row["id"]: row for row in claim_rows(conn, claims.c.id.isnot(None))},
        documents=docs,
        roles=roles(conn, None),
    )


def _with_claims(conn: Connection, found: list[Edge]) -> list[Edge]:
    """Every edge with its claims, read in one pass over the claims."""
    by_key: dict[Key, list[LinkedClaim]] = {}
    for claim in linked_claims(conn, claim_links.c.claim_id.isnot(None)):
        by_key.setdefault(claim.key, []).append(claim)
    for edge in found:
        edge.claims = by_key.get(edge.key, [])
    return found


def writers() -> dict[str, Callable[[Connection, Path], int]]:
    from rawi.store.exports import ftm, graphs, stix, tables

    return {
        "ftm": ftm.write,
        "stix": stix.write,
        "graphml": graphs.write_graphml,
        "gexf": graphs.write_gexf,
        "neo4j": graphs.write_neo4j,
        "csv": tables.write_csv,
        "jsonl": tables.write_jsonl,
    }


FORMATS = ("ftm", "stix", "graphml", "gexf", "neo4j", "csv", "jsonl")
