"""The fused graph for graph tools: GraphML and GEXF (written by networkx) and the CSV
files of Neo4j's bulk importer (`neo4j-admin database import full --nodes=actors.csv
--relationships=relations.csv`)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import networkx as nx
from sqlalchemy import Connection

from rawi.store.exports import Snapshot, snapshot

LABEL_OF_KIND = {"person": "Person", "organization": "Organization", "state": "State", "location": "Location"}


def _edge_attributes(edge_json: dict[str, Any]) -> dict[str, Any]:
    """GraphML and GEXF take only scalars, and no None."""
    attrs = {k: v for k, v in edge_json.items() if v is not None and k not in ("source", "target")}
    attrs["modes"] = ",".join(edge_json["modes"])
    return attrs


def graph(snap: Snapshot) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name="rawi")
    names = {i: e["name"] for i, e in snap.entities.items()}
    linked = {e.source for e in snap.edges} | {e.target for e in snap.edges}
    for entity_id in sorted(linked):
        entity = snap.entities[entity_id]
        g.add_node(
            str(entity_id),
            label=entity["name"],
            kind=entity["kind"],
            key=entity["entity_key"],
            **{k: entity[k] for k in ("registry_id", "wikidata", "category", "country") if entity.get(k)},
        )
    for edge in snap.edges:
        g.add_edge(str(edge.source), str(edge.target), key=edge.id, **_edge_attributes(edge.to_json(names)))
    return g


def write_graphml(conn: Connection, path: Path) -> int:
    g = graph(snapshot(conn))
    nx.write_graphml(g, path)
    return int(g.number_of_nodes() + g.number_of_edges())


def write_gexf(conn: Connection, path: Path) -> int:
    g = graph(snapshot(conn))
    nx.write_gexf(g, path)
    return int(g.number_of_nodes() + g.number_of_edges())


def write_neo4j(conn: Connection, folder: Path) -> int:
    """actors.csv and relations.csv with the importer's typed headers."""
    snap = snapshot(conn)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "actors.csv").open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(
            ["actorId:ID", "name", "kind", "registry_id", "wikidata", "country", "aliases:string[]", ":LABEL"]
        )
        for entity_id, e in snap.entities.items():
            labels = ";".join(["Actor", LABEL_OF_KIND.get(e["kind"], "Other")])
            aliases = ";".join(n.replace(";", ",") for n in e["names"] if n != e["name"])
            out.writerow(
                [
                    entity_id,
                    e["name"],
                    e["kind"],
                    e["registry_id"] or "",
                    e["wikidata"] or "",
                    e["country"] or "",
                    aliases,
                    labels,
                ]
            )
    with (folder / "relations.csv").open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(
            [":START_ID", ":END_ID", ":TYPE", "edgeId", "modes", "directed:boolean", "claims:int", "denied:int",
             "corroboration:int", "contested:boolean", "credibility:int", "rating", "first", "last"]
        )  # fmt: skip
        for edge in snap.edges:
            out.writerow(
                [edge.source, edge.target, edge.type, edge.id, ";".join(edge.modes), str(edge.directed).lower(),
                 edge.claims_count, edge.denied, edge.corroboration, str(edge.contested).lower(),
                 edge.credibility, edge.rating, edge.first or "", edge.last or ""]
            )  # fmt: skip
    return len(snap.entities) + len(snap.edges)
