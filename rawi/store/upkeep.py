"""Keeping the derived tables in step with the claims: `edges` (one row per fused edge),
`edge_sources` (its independent sources) and `actor_links` (claims per pair of actors).

A new document adds its claims' counts (add_claims). A replaced document, an analyst's
review, merge, split or grade rebuilds the edges it touches from their claims (rebuild),
and `rawi reindex` rebuilds them all. Nothing else writes these tables.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, insert, or_, select, update

from rawi.store import insert_rows
from rawi.store.fusion import Edge, Key, LinkedClaim, claims_of, cluster, grades, linked_claims
from rawi.store.schema import actor_links, claim_links, claims, edge_sources
from rawi.store.schema import edges as edges_table


def _shift_pairs(conn: Connection, deltas: dict[tuple[int, int], int]) -> None:
    """Add DELTAS of claims to the actor_links weights of each pair (both ways round)."""
    both: dict[tuple[int, int], int] = defaultdict(int)
    for (a, b), n in deltas.items():
        if n:
            both[(a, b)] += n
            both[(b, a)] += n
    if not both:
        return
    links = actor_links.c
    near = select(links.actor_id, links.other_id, links.claims).where(
        links.actor_id.in_({a for a, _ in both}), links.other_id.in_({b for _, b in both})
    )
    stored = {(a, b): n for a, b, n in conn.execute(near) if (a, b) in both}
    fresh = [
        {"actor_id": a, "other_id": b, "claims": n} for (a, b), n in both.items() if (a, b) not in stored
    ]
    insert_rows(conn, actor_links, [row for row in fresh if row["claims"] > 0])
    changed = [{"a": a, "b": b, "n": stored[(a, b)] + n} for (a, b), n in both.items() if (a, b) in stored]
    gone = [row for row in changed if row["n"] <= 0]
    if gone:
        conn.execute(
            delete(actor_links).where(links.actor_id == bindparam("a"), links.other_id == bindparam("b")),
            gone,
        )
    kept = [row for row in changed if row["n"] > 0]
    if kept:
        conn.execute(
            update(actor_links)
            .where(links.actor_id == bindparam("a"), links.other_id == bindparam("b"))
            .values(claims=bindparam("n")),
            kept,
        )


def _store_edge(conn: Connection, edge: Edge, sources: dict[int, list[int]]) -> None:
    _shift_pairs(conn, {(edge.source, edge.target): edge.claims_count})
    edge_id = conn.execute(insert(edges_table).returning(edges_table.c.id), edge.row()).scalar_one()
    if sources:
        insert_rows(
            conn,
            edge_sources,
            [
                {"edge_id": edge_id, "source_id": s, "supporting": n[0], "denying": n[1]}
                for s, n in sources.items()
            ],
        )


def _drop_edges(conn: Connection, where: Any) -> None:
    dropped: dict[tuple[int, int], int] = defaultdict(int)
    e = edges_table.c
    for source, target, count in conn.execute(select(e.source_id, e.target_id, e.claims).where(where)):
        dropped[(source, target)] -= count
    _shift_pairs(conn, dropped)
    doomed = select(edges_table.c.id).where(where)
    conn.execute(delete(edge_sources).where(edge_sources.c.edge_id.in_(doomed)))
    conn.execute(delete(edges_table).where(where))


def _key_filter(key: Key) -> Any:
    return and_(
        edges_table.c.type == key[0],
        edges_table.c.source_id == key[1],
        edges_table.c.target_id == key[2],
        edges_table.c.directed == key[3],
    )


def rebuild(conn: Connection, keys: Iterable[Key]) -> None:
    """Recompute these edges from all their claims."""
    wanted = set(keys)
    if not wanted:
        return
    graded = grades(conn)
    for key in wanted:
        _drop_edges(conn, _key_filter(key))
        linked = claims_of(conn, key)
        if linked:
            _store_edge(conn, *Edge.from_claims(key, linked, graded))


def rebuild_involving(conn: Connection, canonical_ids: Iterable[int]) -> None:
    """Recompute every edge touching these entities (after a merge or split)."""
    wanted = list(set(canonical_ids))
    _drop_edges(conn, or_(edges_table.c.source_id.in_(wanted), edges_table.c.target_id.in_(wanted)))
    ids = cluster(conn, wanted)
    linked = linked_claims(conn, or_(claim_links.c.a_id.in_(ids), claim_links.c.b_id.in_(ids)))
    keys = {c.key for c in linked}
    rebuild(conn, keys)


def rebuild_all(conn: Connection) -> int:
    """Recompute the whole edges table from the claims; returns the number of edges."""
    _drop_edges(conn, edges_table.c.id.isnot(None))
    by_key: dict[Key, list[LinkedClaim]] = defaultdict(list)
    for claim in linked_claims(conn, claim_links.c.claim_id.isnot(None)):
        by_key[claim.key].append(claim)
    graded = grades(conn)
    for key, linked in by_key.items():
        _store_edge(conn, *Edge.from_claims(key, linked, graded))
    return len(by_key)


def keys_of_claims(conn: Connection, claim_ids: Iterable[int]) -> set[Key]:
    wanted = list(set(claim_ids))
    keys: set[Key] = set()
    for start in range(0, len(wanted), 500):
        keys |= {c.key for c in linked_claims(conn, claims.c.id.in_(wanted[start : start + 500]))}
    return keys


def add_claims(conn: Connection, claim_ids: list[int]) -> None:
    """Add a new document's claims to their edges, counting only what they bring.
    Statements are batched: one document touches a dozen edges, and ingest runs this
    for every document."""
    if not claim_ids:
        return
    by_key: dict[Key, list[LinkedClaim]] = defaultdict(list)
    for claim in linked_claims(conn, claims.c.id.in_(claim_ids)):
        by_key[claim.key].append(claim)
    if not by_key:
        return
    e = edges_table.c
    # by the indexed columns (a tuple IN is a full scan on SQLite), then exactly
    near = select(edges_table).where(
        e.type.in_({k[0] for k in by_key}),
        e.source_id.in_({k[1] for k in by_key}),
        e.target_id.in_({k[2] for k in by_key}),
    )
    stored = {
        key: row
        for row in conn.execute(near)
        if (key := (row.type, row.source_id, row.target_id, row.directed)) in by_key
    }
    judged = [key for key, new in by_key.items() if key in stored and any(c.verdict for c in new)]
    rebuild(conn, judged)  # statements judged before, now re-ingested: count everything again
    graded = grades(conn)
    fresh = [Edge.from_claims(key, new, graded) for key, new in by_key.items() if key not in stored]
    grown = {
        key: Edge.from_claims(key, new, graded)
        for key, new in by_key.items()
        if key in stored and key not in judged
    }
    # one pass over the pair weights for all that this document adds
    _shift_pairs(conn, _pair_counts([edge for edge, _ in fresh] + [edge for edge, _ in grown.values()]))
    if fresh:
        ids = conn.execute(
            insert(edges_table).returning(e.id, sort_by_parameter_order=True),
            [edge.row() for edge, _ in fresh],
        ).scalars()
        rows = [
            {"edge_id": edge_id, "source_id": source, "supporting": n[0], "denying": n[1]}
            for edge_id, (_, sources) in zip(ids, fresh, strict=True)
            for source, n in sources.items()
        ]
        if rows:
            insert_rows(conn, edge_sources, rows)
    if grown:
        _add_to_edges(conn, {key: (stored[key], *grown[key]) for key in grown})


def _pair_counts(found: Iterable[Edge]) -> dict[tuple[int, int], int]:
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for edge in found:
        counts[(edge.source, edge.target)] += edge.claims_count
    return counts


def _add_to_edges(conn: Connection, additions: dict[Key, tuple[Any, Edge, dict[int, list[int]]]]) -> None:
    """Add counts to stored edges: (stored row, edge of the new claims, their sources) per key."""
    edge_ids = [row.id for row, _, _ in additions.values()]
    known = {
        (r.edge_id, r.source_id): (r.supporting, r.denying)
        for r in conn.execute(select(edge_sources).where(edge_sources.c.edge_id.in_(edge_ids)))
    }
    source_updates, source_inserts, edge_updates = [], [], []
    for row, new, sources in additions.values():
        old = Edge.from_row(row)
        fresh_support = 0
        for source, (support, deny) in sources.items():
            before = known.get((row.id, source))
            if before is None:
                source_inserts.append(
                    {"edge_id": row.id, "source_id": source, "supporting": support, "denying": deny}
                )
                fresh_support += support > 0
            else:
                source_updates.append(
                    {
                        "e_id": row.id,
                        "s_id": source,
                        "supporting": before[0] + support,
                        "denying": before[1] + deny,
                    }
                )
                fresh_support += before[0] == 0 and support > 0
        dates = [d for d in (old.first, new.first) if d]
        ends = [d for d in (old.last, new.last) if d]
        edge_updates.append(
            {
                "e_id": row.id,
                "claims": old.claims_count + new.claims_count,
                "affirmed": old.affirmed + new.affirmed,
                "hedged": old.hedged + new.hedged,
                "denied": old.denied + new.denied,
                "corroboration": old.corroboration + fresh_support,
                "first": min(dates) if dates else None,
                "last": max(ends) if ends else None,
                "modes": ",".join(sorted(set(old.modes) | set(new.modes))),
                "reliability": min(old.reliability, new.reliability)
                if new.affirmed + new.hedged
                else old.reliability,
            }
        )
    if source_inserts:
        insert_rows(conn, edge_sources, source_inserts)
    if source_updates:
        conn.execute(
            update(edge_sources)
            .where(edge_sources.c.edge_id == bindparam("e_id"), edge_sources.c.source_id == bindparam("s_id"))
            .values(supporting=bindparam("supporting"), denying=bindparam("denying")),
            source_updates,
        )
    conn.execute(
        update(edges_table)
        .where(edges_table.c.id == bindparam("e_id"))
        .values({name: bindparam(name) for name in edge_updates[0] if name != "e_id"}),
        edge_updates,
    )
