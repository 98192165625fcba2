"""Claims fused into edges: one edge per (type, source, target), or per pair of
participants for joint events, with what every claim says of it.

Corroboration counts independent primary sources: a claim's primary source is the
innermost source of its chain (the agency that ten outlets quote), or the outlet itself
when it cites nobody. Credibility follows the Admiralty scale (1 confirmed … 6 cannot be
judged); with the reliability grade of the best source (A … F) it reads "B2".

Edges are kept in the `edges` table so that an actor with a hundred thousand claims is
answered from a few rows. The table is derived, never edited by hand: a new document adds
its claims' counts to it; a replaced document, an analyst's review, merge, split or grade
rebuilds the edges they touch from the claims (`rebuild`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, and_, bindparam, delete, insert, or_, select, update
from sqlalchemy.orm import aliased

from rawi.store import insert_rows
from rawi.store.schema import (
    actor_links,
    claim_links,
    claim_reviews,
    claims,
    documents,
    edge_sources,
    entities,
    source_grades,
)
from rawi.store.schema import (
    edges as edges_table,
)

UNGRADED = "F"  # Admiralty: reliability cannot be judged
CREDIBILITY = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "cannot be judged",
}

Key = tuple[str, int, int, bool]  # (type, source, target, directed) over canonical entities


@dataclass(slots=True)
class LinkedClaim:
    """One claim as it bears on one pair of (canonical) entities."""

    claim_id: int
    claim_key: str
    type: str
    mode: str | None
    polarity: str
    a: int
    b: int
    directed: bool
    primary: int | None
    document_id: int
    when_start: str | None
    when_end: str | None
    published: str | None
    evidence: str
    verdict: str | None = None

    @property
    def date(self) -> str | None:
        return self.when_start or self.published

    @property
    def key(self) -> Key:
        a, b = (self.a, self.b) if self.directed or self.a <= self.b else (self.b, self.a)
        return (self.type, a, b, self.directed)

    @property
    def independent_source(self) -> int:
        """The primary source; a report that cites nobody and has no outlet stands alone."""
        return self.primary if self.primary is not None else -self.document_id


@dataclass
class Edge:
    type: str
    source: int
    target: int
    directed: bool
    claims_count: int = 0  # claims that count (not rejected by an analyst)
    affirmed: int = 0
    hedged: int = 0
    denied: int = 0
    rejected: int = 0
    corroboration: int = 0
    confirmed: bool = False  # an analyst confirmed a claim that affirms it
    upheld_denial: bool = False  # an analyst confirmed a denial
    first: str | None = None
    last: str | None = None
    modes: list[str] = field(default_factory=list)
    reliability: str = UNGRADED
    claims: list[LinkedClaim] = field(default_factory=list)  # filled by with_claims()

    @property
    def key(self) -> Key:
        return (self.type, self.source, self.target, self.directed)

    @property
    def id(self) -> str:
        return f"{self.type}:{self.source}{'>' if self.directed else '-'}{self.target}"

    @property
    def contested(self) -> bool:
        return self.denied > 0 and self.affirmed + self.hedged > 0

    @property
    def counted(self) -> list[LinkedClaim]:
        return [c for c in self.claims if c.verdict != "rejected"]

    @property
    def denying(self) -> list[LinkedClaim]:
        return [c for c in self.counted if c.polarity == "denied"]

    @property
    def credibility(self) -> int:
        if self.confirmed:
            return 1
        if self.upheld_denial:
            return 5
        support = self.affirmed + self.hedged
        if not self.claims_count:
            return 6
        if self.denied:
            return 5 if self.denied >= support else 4
        if not self.affirmed:  # only suspected
            return 4
        return {1: 3, 2: 2}.get(self.corroboration, 1)

    @property
    def rating(self) -> str:
        return f"{self.reliability}{self.credibility}"

    @classmethod
    def from_claims(
        cls, key: Key, linked: list[LinkedClaim], graded: dict[int, str]
    ) -> tuple[Edge, dict[int, list[int]]]:
        """The edge these claims make, and per independent source its [supporting, denying] counts."""
        edge = cls(*key, claims=linked)
        counted = edge.counted
        support = [c for c in counted if c.polarity != "denied"]
        sources: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for claim in counted:
            sources[claim.independent_source][claim.polarity == "denied"] += 1
        dates = [c.date for c in counted if c.date]
        ends = [c.when_end or c.date for c in counted if c.when_end or c.date]
        edge.claims_count = len(counted)
        edge.affirmed = sum(c.polarity == "asserted" for c in counted)
        edge.hedged = sum(c.polarity == "hedged" for c in counted)
        edge.denied = len(counted) - len(support)
        edge.rejected = len(linked) - len(counted)
        edge.corroboration = sum(1 for s, d in sources.values() if s)
        edge.confirmed = any(c.verdict == "confirmed" for c in support)
        edge.upheld_denial = any(c.verdict == "confirmed" and c.polarity == "denied" for c in counted)
        edge.first, edge.last = (min(dates) if dates else None), (max(e for e in ends if e) if ends else None)
        edge.modes = sorted({c.mode for c in counted if c.mode})
        edge.reliability = min([graded.get(c.primary or 0, UNGRADED) for c in support] or [UNGRADED])
        return edge, dict(sources)

    def row(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "source_id": self.source,
            "target_id": self.target,
            "directed": self.directed,
            "claims": self.claims_count,
            "affirmed": self.affirmed,
            "hedged": self.hedged,
            "denied": self.denied,
            "rejected": self.rejected,
            "corroboration": self.corroboration,
            "confirmed": self.confirmed,
            "upheld_denial": self.upheld_denial,
            "first": self.first,
            "last": self.last,
            "modes": ",".join(self.modes),
            "reliability": self.reliability,
        }

    @classmethod
    def from_row(cls, row: Any) -> Edge:
        return cls(
            row.type,
            row.source_id,
            row.target_id,
            row.directed,
            claims_count=row.claims,
            affirmed=row.affirmed,
            hedged=row.hedged,
            denied=row.denied,
            rejected=row.rejected,
            corroboration=row.corroboration,
            confirmed=row.confirmed,
            upheld_denial=row.upheld_denial,
            first=row.first,
            last=row.last,
            modes=[m for m in row.modes.split(",") if m],
            reliability=row.reliability,
        )

    def to_json(self, names: dict[int, str] | None = None) -> dict[str, Any]:
        names = names or {}
        return {
            "id": self.id,
            "type": self.type,
            "modes": self.modes,
            "source": self.source,
            "source_name": names.get(self.source),
            "target": self.target,
            "target_name": names.get(self.target),
            "directed": self.directed,
            "claims": self.claims_count,
            "affirmed": self.affirmed,
            "hedged": self.hedged,
            "denied": self.denied,
            "rejected": self.rejected,
            "corroboration": self.corroboration,
            "contested": self.contested,
            "credibility": self.credibility,
            "rating": self.rating,
            "first": self.first,
            "last": self.last,
        }


# ── reading claims as they bear on pairs of canonical entities ──


@cache
def linked_claims_query() -> Select[Any]:
    """Built once: the statement is immutable, and building it costs more than running it."""
    ea, eb, ep = aliased(entities), aliased(entities), aliased(entities)
    return (
        select(
            claims.c.id,
            claims.c.claim_key,
            claims.c.type,
            claims.c.mode,
            claims.c.polarity,
            ea.c.canonical_id,
            eb.c.canonical_id,
            claim_links.c.directed,
            ep.c.canonical_id,
            claims.c.document_id,
            claims.c.when_start,
            claims.c.when_end,
            documents.c.published,
            claims.c.evidence_text,
        )
        .select_from(claim_links)
        .join(claims, claims.c.id == claim_links.c.claim_id)
        .join(documents, documents.c.id == claims.c.document_id)
        .join(ea, ea.c.id == claim_links.c.a_id)
        .join(eb, eb.c.id == claim_links.c.b_id)
        .outerjoin(ep, ep.c.id == claims.c.primary_source_id)
    )


def linked_claims(conn: Connection, where: Any) -> list[LinkedClaim]:
    found = [LinkedClaim(*row) for row in conn.execute(linked_claims_query().where(where))]
    judged = verdicts(conn, {c.claim_key for c in found})
    for claim in found:
        claim.verdict = judged.get(claim.claim_key)
    return [c for c in found if c.a != c.b]  # both sides merged into one actor: no edge


def cluster(conn: Connection, canonical_ids: Iterable[int]) -> list[int]:
    """Every stored entity id that stands for these canonical entities."""
    wanted = list(set(canonical_ids))
    if not wanted:
        return []
    return list(conn.execute(select(entities.c.id).where(entities.c.canonical_id.in_(wanted))).scalars())


def verdicts(conn: Connection, keys: Iterable[str] | None = None) -> dict[str, str]:
    """The latest confirm/reject judgement per claim key (of KEYS, or of every claim)."""
    query = (
        select(claim_reviews.c.claim_key, claim_reviews.c.verdict)
        .where(claim_reviews.c.verdict.in_(["confirmed", "rejected"]))
        .order_by(claim_reviews.c.id)
    )
    if keys is not None:
        wanted = list(set(keys))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), 500):
            found.update(
                conn.execute(query.where(claim_reviews.c.claim_key.in_(wanted[start : start + 500]))).all()
            )
        return found
    return dict(conn.execute(query).all())


def grades(conn: Connection) -> dict[int, str]:
    """The latest reliability grade per (canonical) entity."""
    rows = conn.execute(
        select(entities.c.canonical_id, source_grades.c.grade)
        .join(entities, entities.c.entity_key == source_grades.c.entity_key)
        .order_by(source_grades.c.id)
    )
    return dict(rows.all())


# ── keeping the edges table in step ──


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


def claims_of(conn: Connection, key: Key) -> list[LinkedClaim]:
    """Every claim (rejected ones too, marked by their verdict) that bears on one edge."""
    kind, a, b, directed = key
    ids_a, ids_b = cluster(conn, [a]), cluster(conn, [b])
    pair = and_(claim_links.c.a_id.in_(ids_a), claim_links.c.b_id.in_(ids_b))
    if not directed:
        pair = or_(pair, and_(claim_links.c.a_id.in_(ids_b), claim_links.c.b_id.in_(ids_a)))
    where = and_(claims.c.type == kind, claim_links.c.directed == directed, pair)
    return [c for c in linked_claims(conn, where) if c.key == key]


def rebuild(conn: Connection, keys: Iterable[Key]) -> None:
    """Recompute these edges from all their claims."""
    graded = grades(conn)
    for key in set(keys):
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
    if fresh:
        _shift_pairs(conn, _pair_counts(edge for edge, _ in fresh))
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
    grown = {
        key: Edge.from_claims(key, new, graded)
        for key, new in by_key.items()
        if key in stored and key not in judged
    }
    if grown:
        _shift_pairs(conn, _pair_counts(edge for edge, _ in grown.values()))
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


# ── questions ──


def edges(
    conn: Connection,
    *,
    involving: Iterable[int] | None = None,
    source: Iterable[int] | None = None,
    target: Iterable[int] | None = None,
    types: Iterable[str] | None = None,
    since: str | None = None,
    limit: int | None = None,
) -> list[Edge]:
    """Fused edges, the most claimed first: optionally only those touching some canonical
    entities, from SOURCE to TARGET (either side for joint events), of some types, or
    with a claim dated on or after SINCE."""
    e = edges_table.c
    query = select(edges_table).where(e.claims > 0)
    if involving is not None:
        wanted = list(set(involving))
        query = query.where(or_(e.source_id.in_(wanted), e.target_id.in_(wanted)))
    if source is not None:
        wanted = list(set(source))
        query = query.where(
            or_(e.source_id.in_(wanted), and_(e.directed.is_(False), e.target_id.in_(wanted)))
        )
    if target is not None:
        wanted = list(set(target))
        query = query.where(
            or_(e.target_id.in_(wanted), and_(e.directed.is_(False), e.source_id.in_(wanted)))
        )
    if types:
        query = query.where(e.type.in_([t.upper() for t in types]))
    if since:
        query = query.where(e.last >= since)
    query = query.order_by(e.claims.desc(), e.type, e.source_id, e.target_id)
    if limit:
        query = query.limit(limit)
    return [Edge.from_row(row) for row in conn.execute(query)]


def with_claims(conn: Connection, found: list[Edge]) -> list[Edge]:
    """Fill each edge's claims."""
    for edge in found:
        edge.claims = claims_of(conn, edge.key)
    return found


def entity_values(conn: Connection, ids: Iterable[int], column: Any) -> dict[int, Any]:
    """One column of entities by id, in batches that stay under the databases' parameter limits."""
    wanted = list(set(ids))
    found: dict[int, Any] = {}
    for start in range(0, len(wanted), 500):
        batch = wanted[start : start + 500]
        found.update(conn.execute(select(entities.c.id, column).where(entities.c.id.in_(batch))).all())
    return found


def names(conn: Connection, ids: Iterable[int]) -> dict[int, str]:
    return entity_values(conn, ids, entities.c.name)
