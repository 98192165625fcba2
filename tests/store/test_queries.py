"""The analysts' questions, through the `rawi` command, on the seed and dev reports."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from click.testing import CliRunner

from rawi.cli import main
from rawi.store import Store


def rawi(store: Store, *args: str) -> Any:
    result = CliRunner().invoke(main, [*args, "--db", store.url.replace("postgresql+psycopg", "postgresql")])
    assert result.exit_code == 0, result.output
    return result.output


def as_json(store: Store, *args: str) -> Any:
    return json.loads(rawi(store, *args, "--json"))


def test_actors_by_arabic_english_and_misspelt_names(corpus_store: Store) -> None:
    for query in ("القاعدة", "القاعده", "al-Qaeda", "Al Qaida", "qaeda"):
        found = as_json(corpus_store, "actors", query)
        assert found and found[0]["registry_id"] == "alqaeda", query
    assert as_json(corpus_store, "actors", "Hezbolah")[0]["registry_id"] == "hezbollah"
    top = as_json(corpus_store, "actors", "--limit", "5")
    assert len(top) == 5 and top[0]["mentions"] >= top[-1]["mentions"]


def test_actor_shows_names_roles_and_relations(corpus_store: Store) -> None:
    found = as_json(corpus_store, "actor", "Saif al-Adel")
    assert "سيف العدل" in found["names"]
    assert any(r["organization_name"] == "al-Qaeda" and r["role"] == "leader" for r in found["roles"])
    sheltered = [e for e in found["in"] if e["type"] == "AID" and e["source_name"] == "Iran"]
    assert sheltered and sheltered[0]["contested"] and sheltered[0]["denied"] == 1
    text = rawi(corpus_store, "actor", "irgc")
    assert "AID/economic→ al-Qaeda" in text


def test_facts_filters_and_machine_formats(corpus_store: Store) -> None:
    found = as_json(corpus_store, "facts", "--source", "Iran", "--type", "AID", "--since", "2020")
    assert found and all(
        e["source_name"] == "Iran" and e["type"] == "AID" and e["last"] >= "2020" for e in found
    )
    rows = list(csv.DictReader(io.StringIO(rawi(corpus_store, "facts", "--type", "assault", "--csv"))))
    assert rows and {r["type"] for r in rows} == {"ASSAULT"}
    contested = as_json(corpus_store, "facts", "--contested")
    assert contested and all(e["contested"] for e in contested)


def test_claims_by_a_source_and_contradictions(corpus_store: Store) -> None:
    said = as_json(corpus_store, "claims", "--by", "United Nations")
    assert said and all("United Nations" in c["chain"] for c in said)
    hedged = next(c for c in said if c["polarity"] == "hedged" and c["target"] == "Saif al-Adel")
    assert hedged["rating"] in ("F4", "F5")  # ungraded source; the fact is contested
    text = rawi(corpus_store, "contradictions")
    assert "Iran —AID→ Saif al-Adel" in text and "denied" in text and "hedged" in text


def test_path_and_timeline(corpus_store: Store) -> None:
    found = as_json(corpus_store, "path", "Hezbollah", "Taliban")
    assert found["actors"][0] == "Hezbollah" and found["actors"][-1] == "Taliban"
    assert len(found["edges"]) >= len(found["actors"]) - 1
    near = {a["registry_id"] for a in as_json(corpus_store, "neighbourhood", "alqaeda", "--hops", "1")}
    around = {a["registry_id"] for a in as_json(corpus_store, "neighbourhood", "alqaeda")}
    tight = {a["registry_id"] for a in as_json(corpus_store, "neighbourhood", "alqaeda", "--per-actor", "1")}
    assert {"taliban", "hezbollah", "iran"} <= near < around and "alqaeda" not in around
    assert tight < around
    events = as_json(corpus_store, "timeline", "Saif al-Adel")
    dates = [e["date"] for e in events if e["date"]]
    assert len(events) >= 3 and dates == sorted(dates)


def test_review_grade_merge_and_split_commands(corpus_store: Store) -> None:
    claim = as_json(corpus_store, "claims", "--by", "United Nations")[0]
    assert "rejected" in rawi(corpus_store, "review", str(claim["id"]), "--reject", "--note", "misread")
    assert as_json(corpus_store, "claims", "--by", "United Nations")[0]["verdict"] == "rejected"
    assert "B" in rawi(corpus_store, "grade", "United Nations", "B")
    assert "merged" in rawi(corpus_store, "merge", "al-Qaeda in the Arabian Peninsula", "al-Qaeda")
    assert as_json(corpus_store, "actor", "aqap")["registry_id"] == "alqaeda"
    assert "split" in rawi(corpus_store, "split", "aqap")
    assert as_json(corpus_store, "actor", "aqap")["registry_id"] == "aqap"
    bad = CliRunner().invoke(
        main, ["review", "999999", "--confirm", "--db", corpus_store.url.replace("+psycopg", "")]
    )
    assert bad.exit_code != 0 and "no claim" in bad.output
