"""Claims fused into edges: corroboration by independent sources, contest, reviews, merges."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from rawi.cli import main
from rawi.store import Store, StoreError
from rawi.store.analyst import grade, merge, review, split
from rawi.store.fusion import cluster, edges, with_claims
from rawi.store.queries import resolve
from rawi.store.schema import actor_links, claims
from tests.store.conftest import load


def test_irgc_funding_of_alqaeda_is_one_edge_with_all_its_claims(corpus_store: Store) -> None:
    with corpus_store.reading() as conn:
        irgc, qaeda = resolve(conn, "irgc"), resolve(conn, "alqaeda")
        found = with_claims(conn, edges(conn, source=[irgc], target=[qaeda], types=["AID"]))
        by_irgc = claims.c.source_id.in_(cluster(conn, [irgc]))
        to_qaeda = claims.c.target_id.in_(cluster(conn, [qaeda]))
        every = conn.execute(select(claims.c.id).where(claims.c.type == "AID", by_irgc, to_qaeda)).scalars()
    assert len(found) == 1
    assert "economic" in found[0].modes
    assert sorted(c.claim_id for c in found[0].claims) == sorted(every)
    assert found[0].claims_count == len(found[0].claims)


def test_sanctuary_for_saif_al_adel_is_contested(corpus_store: Store) -> None:
    with corpus_store.reading() as conn:
        iran, adel = resolve(conn, "iran"), resolve(conn, "سيف العدل")
        (edge,) = with_claims(conn, edges(conn, source=[iran], target=[adel], types=["AID"]))
    assert edge.contested
    assert {c.polarity for c in edge.claims} == {"hedged", "denied"}
    assert edge.credibility >= 4  # doubtful or improbable while the denial stands


def _doc(
    n: int, outlet: str, events: list[dict[str, Any]], *entities: tuple[str, str, str]
) -> dict[str, Any]:
    text = f"تقرير رقم {n} " * 5
    return {
        "document": {
            "id": f"d{n}",
            "source": f"report-{n}.txt",
            "url": None,
            "title": f"report {n}",
            "published": f"2024-01-{n:02d}",
            "outlet": outlet,
            "language": "ar",
            "content_hash": hashlib.sha256(text.encode()).hexdigest(),
            "text": text,
        },
        "entities": [
            {"id": local, "kind": kind, "name": name, "names": [name], "registry_id": None, "wikidata": None}
            for local, kind, name in entities
        ],
        "mentions": [],
        "events": events,
        "affiliations": [],
    }


def _funding(polarity: str = "asserted", attribution: list[str] | None = None) -> dict[str, Any]:
    return {
        "id": "v1",
        "type": "AID",
        "mode": "economic",
        "source": "e1",
        "target": "e2",
        "participants": [],
        "polarity": polarity,
        "attribution": attribution or [],
        "when": None,
        "where": None,
        "evidence": {"text": "تقرير", "start": 0, "end": 5},
        "confidence": 0.5,
    }


PARTIES = (("e1", "organization", "جماعة الشمال"), ("e2", "organization", "جماعة الجنوب"))
AGENCY = ("e3", "organization", "وكالة الأنباء الموحدة")


def test_ten_outlets_quoting_one_agency_count_as_one_source(store: Store) -> None:
    quoting = [_doc(n, f"صحيفة {n}", [_funding(attribution=["e3"])], *PARTIES, AGENCY) for n in range(1, 11)]
    load(store, quoting)
    with store.reading() as conn:
        (edge,) = edges(conn)
    assert edge.claims_count == 10 and edge.corroboration == 1 and edge.credibility == 3
    # two outlets in their own voice add two independent sources
    load(store, [_doc(n, f"صحيفة {n}", [_funding()], *PARTIES) for n in (11, 12)])
    with store.reading() as conn:
        (edge,) = edges(conn)
    assert edge.corroboration == 3 and edge.credibility == 1 and not edge.contested


def test_a_condition_is_stored_but_is_no_evidence_for_an_edge(store: Store) -> None:
    conditional = {**_funding(), "modality": "conditional"}
    promised = {
        **_funding(),
        "id": "v2",
        "modality": "promised",
        "evidence": {"text": "رقم", "start": 6, "end": 9},
    }
    load(store, [_doc(1, "صحيفة أ", [conditional, promised], *PARTIES)])
    with store.reading() as conn:
        stored = dict(conn.execute(select(claims.c.event_id, claims.c.modality)).all())
        (edge,) = with_claims(conn, edges(conn))
    assert stored == {"v1": "conditional", "v2": "promised"}
    assert [c.claim_key for c in edge.claims] and edge.claims_count == 1  # the promise only


def test_denial_contests_and_rejection_stops_counting(store: Store) -> None:
    load(
        store,
        [_doc(1, "صحيفة أ", [_funding()], *PARTIES), _doc(2, "صحيفة ب", [_funding("denied")], *PARTIES)],
    )
    with store.reading() as conn:
        (edge,) = with_claims(conn, edges(conn))
        assert edge.contested and edge.credibility == 5
        denial = next(c for c in edge.claims if c.polarity == "denied")
        assertion = next(c for c in edge.claims if c.polarity == "asserted")
    with store.transaction() as conn:
        review(conn, str(denial.claim_id), "rejected", "the denier is the accused")
    with store.reading() as conn:
        (edge,) = edges(conn)
    assert not edge.contested and edge.credibility == 3 and edge.claims_count == 1 and edge.rejected == 1
    with store.transaction() as conn:
        review(conn, str(denial.claim_id), "confirmed")  # the latest judgement holds: the denial stands
    with store.reading() as conn:
        (edge,) = edges(conn)
    assert edge.credibility == 5 and edge.contested
    with store.transaction() as conn:
        review(conn, str(assertion.claim_id), "confirmed")
    with store.reading() as conn:
        (edge,) = edges(conn)
    assert edge.credibility == 1


def test_grades_give_the_rating(store: Store) -> None:
    load(store, [_doc(1, "صحيفة أ", [_funding(attribution=["e3"])], *PARTIES, AGENCY)])
    with store.reading() as conn:
        (edge,) = edges(conn)
        assert edge.rating == "F3"
        agency = resolve(conn, "وكالة الأنباء الموحدة")
    with store.transaction() as conn:
        grade(conn, agency, "c")
        grade(conn, agency, "B", "long record")
    with store.reading() as conn:
        (edge,) = edges(conn)
    assert edge.rating == "B3"
    with store.transaction() as conn, pytest.raises(StoreError, match="A reliable"):
        grade(conn, agency, "G")


def test_merge_fuses_edges_and_split_undoes_it(store: Store) -> None:
    variant = (("e1", "organization", "جماعة أهل الشمال"), PARTIES[1])
    load(store, [_doc(1, "صحيفة أ", [_funding()], *PARTIES), _doc(2, "صحيفة ب", [_funding()], *variant)])
    with store.reading() as conn:
        assert len(edges(conn)) == 2
        north, variant_north = resolve(conn, "جماعة الشمال"), resolve(conn, "جماعة أهل الشمال")
    with store.transaction() as conn:
        merge(conn, variant_north, north, "same group")
    with store.reading() as conn:
        (edge,) = edges(conn)
        assert edge.source == north and edge.corroboration == 2
        assert resolve(conn, "جماعة أهل الشمال") == north
    with store.transaction() as conn:
        assert split(conn, variant_north) == [(variant_north, north)]
    with store.reading() as conn:
        assert len(edges(conn)) == 2
    with store.transaction() as conn, pytest.raises(StoreError, match="nothing to split"):
        split(conn, variant_north)


def test_edges_kept_in_step_equal_edges_rebuilt_from_all_claims(corpus_store: Store) -> None:
    """New documents only add to the edges table; the sums must match a full rebuild."""
    with corpus_store.reading() as conn:
        kept = sorted((e.key, e.row()) for e in edges(conn))
        weights = sorted(conn.execute(select(actor_links)).all())
        # the pair weights are the sums of the pairs' edges
        sums: dict[tuple[int, int], int] = {}
        for edge in edges(conn):
            for pair in ((edge.source, edge.target), (edge.target, edge.source)):
                sums[pair] = sums.get(pair, 0) + edge.claims_count
        assert weights == sorted((a, b, n) for (a, b), n in sums.items())
    db = corpus_store.url.replace("postgresql+psycopg", "postgresql")
    result = CliRunner().invoke(main, ["reindex", "--db", db])
    assert result.exit_code == 0 and f"{len(kept)} edges rebuilt" in result.output
    with corpus_store.reading() as conn:
        rebuilt = sorted((e.key, e.row()) for e in edges(conn))
        assert sorted(conn.execute(select(actor_links)).all()) == weights
    assert kept == rebuilt and len(kept) > 100
