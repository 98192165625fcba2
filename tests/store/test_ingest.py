"""`rawi ingest`: every input accounted for, each document stored once and whole."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from sqlalchemy import func, select

from rawi.cli import main
from rawi.store import Store
from rawi.store.analyst import review
from rawi.store.schema import claim_reviews, claims, documents, entities, mentions
from tests.conftest import DEV, SEED
from tests.store.conftest import load


def count(store: Store, table: Any) -> int:
    with store.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def ingest(db: str, *args: str) -> Any:
    return CliRunner().invoke(main, ["ingest", "--db", db, *args])


def test_ingest_stores_each_report_once_and_again_is_a_no_op(db_url: str, store: Store) -> None:
    first = ingest(db_url, str(SEED), str(DEV))
    assert first.exit_code == 0, first.output
    # the seed and dev-000 are the same report: stored once, by content hash
    assert "15 stored, 0 replaced, 1 unchanged, 0 failed" in first.output
    stored = count(store, documents), count(store, claims), count(store, mentions)
    assert stored[0] == 15 and stored[1] > 100 and stored[2] > 500
    again = ingest(db_url, str(DEV))
    assert "0 stored, 0 replaced, 15 unchanged, 0 failed" in again.output
    assert (count(store, documents), count(store, claims), count(store, mentions)) == stored


def _record(url: str, text: str) -> str:
    return json.dumps({"url": url, "text": text, "published": "2024-05-01"}, ensure_ascii=False)


def test_changed_version_replaces_claims_and_keeps_reviews(db_url: str, store: Store, tmp_path: Path) -> None:
    url = "https://example.com/news/1?utm_source=feed"
    first = "الحرس الثوري الإيراني يمول تنظيم القاعدة.\nوقالت وزارة الخارجية الأمريكية إن إيران تؤوي قادة القاعدة."
    (tmp_path / "v1.jsonl").write_text(_record(url, first) + "\n", encoding="utf-8")
    assert ingest(db_url, str(tmp_path / "v1.jsonl")).exit_code == 0
    with store.reading() as conn:
        funding = conn.execute(
            select(claims.c.id).where(claims.c.type == "AID", claims.c.mode == "economic")
        ).scalar_one()
    with store.transaction() as conn:
        review(conn, str(funding), "rejected", "the outlet is partisan")
    # the same URL (tracking parameter dropped) with one more sentence: a new version
    second = first + "\nوهاجمت القوات الأمريكية مواقع الحوثيين في اليمن."
    (tmp_path / "v2.jsonl").write_text(_record("https://example.com/news/1", second) + "\n", encoding="utf-8")
    result = ingest(db_url, str(tmp_path / "v2.jsonl"))
    assert "0 stored, 1 replaced" in result.output
    assert count(store, documents) == 1
    with store.reading() as conn:
        types = sorted(conn.execute(select(claims.c.type)).scalars())
        rejected = conn.execute(select(claim_reviews.c.claim_key)).scalar_one()
        funding_key = conn.execute(
            select(claims.c.claim_key).where(claims.c.type == "AID", claims.c.mode == "economic")
        ).scalar_one()
    assert "ASSAULT" in types
    assert rejected == funding_key  # the review still points at the re-extracted claim


def test_broken_inputs_are_reported_and_skipped(db_url: str, store: Store, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("أعلنت الحكومة السعودية أن إيران هاجمت منشآت أرامكو.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8\x00\xd8broken" * 3)
    result = ingest(db_url, str(good), str(tmp_path / "bad.txt"), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "1 stored" in result.output and "2 failed" in result.output
    assert "missing.txt" in result.output and "bad.txt" in result.output
    assert count(store, documents) == 1


def test_a_document_that_fails_midway_leaves_nothing_behind(
    store: Store, db_url: str, corpus_facts: list[dict[str, Any]], tmp_path: Path
) -> None:
    broken = json.loads(json.dumps(corpus_facts[3]))
    broken["events"][-1]["evidence"] = None  # fails after its document, entities and mentions went in
    lines = [corpus_facts[1], broken, corpus_facts[2], "not json", {"no": "document"}]
    facts_file = tmp_path / "facts.jsonl"
    facts_file.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["ingest", "--db", db_url, "--facts", str(facts_file)])
    assert result.exit_code == 1
    assert "2 stored" in result.output and "3 failed" in result.output
    assert "facts.jsonl:4" in result.output and "facts.jsonl:5" in result.output
    with store.reading() as conn:
        keys = set(conn.execute(select(documents.c.content_hash)).scalars())
        orphans = conn.execute(
            select(func.count())
            .select_from(mentions)
            .where(mentions.c.document_id.notin_(select(documents.c.id)))
        ).scalar_one()
    assert broken["document"]["content_hash"] not in keys and orphans == 0
    # run again once fixed: the batch resumes, storing only what is missing
    assert load(store, [corpus_facts[1], corpus_facts[3]]) == ["unchanged", "stored"]


def test_registry_actors_fuse_across_documents(corpus_store: Store) -> None:
    with corpus_store.reading() as conn:
        keys = list(conn.execute(select(entities.c.entity_key)).scalars())
        mentioned = conn.execute(
            select(func.count(func.distinct(mentions.c.document_id)))
            .join(entities, entities.c.id == mentions.c.entity_id)
            .where(entities.c.entity_key == "reg:iran")
        ).scalar_one()
    assert len(keys) == len(set(keys))
    assert keys.count("reg:iran") == 1 and mentioned >= 5
