"""Every export format, checked with its own ecosystem's library."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
from click.testing import CliRunner
from followthemoney import model
from sqlalchemy import func, select
from stix2validator import ValidationOptions, validate_file

from rawi.cli import main
from rawi.store import Store, open_store
from rawi.store.schema import claims, documents


def export(store: Store, fmt: str, out: Path) -> Path:
    db = store.url.replace("postgresql+psycopg", "postgresql")
    result = CliRunner().invoke(main, ["export", "--format", fmt, "-o", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    return out


def test_followthemoney_entities_are_valid_and_linked(corpus_store: Store, tmp_path: Path) -> None:
    lines = export(corpus_store, "ftm", tmp_path / "out.ftm").read_text(encoding="utf-8").splitlines()
    proxies = [model.get_proxy(json.loads(line), cleaned=False) for line in lines]
    ids = {p.id for p in proxies}
    for line, proxy in zip(lines, proxies, strict=True):
        # the library's cleaning keeps every value: each one is valid for its property type
        assert model.get_proxy(json.loads(line)).to_dict()["properties"] == proxy.to_dict()["properties"]
        for prop in proxy.schema.properties.values():
            if prop.type.name == "entity":
                assert set(proxy.get(prop)) <= ids, (proxy.schema.name, prop.name)
    schemata = {p.schema.name for p in proxies}
    assert {
        "Person",
        "Organization",
        "PublicBody",
        "Article",
        "Membership",
        "Payment",
        "Documentation",
    } <= schemata
    payers = {p.first("payer") for p in proxies if p.schema.name == "Payment"}
    irgc = next(p.id for p in proxies if p.first("wikidataId") == "Q192171")
    assert irgc in payers


def test_stix_bundle_passes_the_validator(corpus_store: Store, tmp_path: Path) -> None:
    out = export(corpus_store, "stix", tmp_path / "bundle.json")
    result = validate_file(str(out), ValidationOptions(strict=False))
    assert result.is_valid
    objects = json.loads(out.read_text(encoding="utf-8"))["objects"]
    kinds = {o["type"] for o in objects}
    assert {"threat-actor", "identity", "relationship", "report", "opinion", "extension-definition"} <= kinds
    denial = next(o for o in objects if o["type"] == "opinion")
    assert denial["opinion"] == "strongly-disagree" and denial["object_refs"][0].startswith("relationship--")


def test_graphml_gexf_and_neo4j_hold_the_same_graph(corpus_store: Store, tmp_path: Path) -> None:
    graphml = nx.read_graphml(export(corpus_store, "graphml", tmp_path / "g.graphml"))
    gexf = nx.read_gexf(export(corpus_store, "gexf", tmp_path / "g.gexf"))
    assert graphml.number_of_edges() == gexf.number_of_edges() > 50
    labels = nx.get_node_attributes(graphml, "label")
    assert "Islamic Revolutionary Guard Corps" in labels.values()
    contested = [d for _, _, d in graphml.edges(data=True) if d["contested"]]
    assert contested and all(d["denied"] >= 1 for d in contested)
    folder = export(corpus_store, "neo4j", tmp_path / "neo4j")
    with (folder / "actors.csv").open(encoding="utf-8") as handle:
        actors = list(csv.DictReader(handle))
    with (folder / "relations.csv").open(encoding="utf-8") as handle:
        relations = list(csv.DictReader(handle))
    known = {a["actorId:ID"] for a in actors}
    assert len(relations) == graphml.number_of_edges()
    assert all(r[":START_ID"] in known and r[":END_ID"] in known for r in relations)
    assert all(a[":LABEL"].startswith("Actor;") for a in actors)


def test_claims_csv_and_facts_jsonl_round_trip(corpus_store: Store, tmp_path: Path) -> None:
    with corpus_store.reading() as conn:
        stored_claims = conn.execute(select(func.count()).select_from(claims)).scalar_one()
        stored_docs = conn.execute(select(func.count()).select_from(documents)).scalar_one()
    with export(corpus_store, "csv", tmp_path / "claims.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == stored_claims
    assert all(r["evidence"] and r["polarity"] in ("asserted", "hedged", "denied") for r in rows)
    jsonl = export(corpus_store, "jsonl", tmp_path / "facts.jsonl")
    facts = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(facts) == stored_docs
    for record in facts:
        text = record["document"]["text"]
        assert all(
            text[e["evidence"]["start"] : e["evidence"]["end"]] == e["evidence"]["text"]
            for e in record["events"]
        )
    # the JSON Lines load into another store as they are
    again = open_store(str(tmp_path / "again.sqlite"))
    result = CliRunner().invoke(
        main, ["ingest", "--facts", str(jsonl), "--db", str(tmp_path / "again.sqlite")]
    )
    assert result.exit_code == 0, result.output
    with again.reading() as conn:
        assert conn.execute(select(func.count()).select_from(claims)).scalar_one() == stored_claims
    again.close()
