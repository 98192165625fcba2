"""Claims fused into edges: one edge per (type, source, target), or per pair of
participants for joint events, with what every claim says of it.

Corroboration counts independent primary sources: a claim's primary source is the
innermost source of its chain (the agency that ten outlets quote), or the outlet itself
when it cites nobody. Credibility follows the Admiralty scale (1 confirmed … 6 cannot be
judged); with the reliability grade of the best source (A … F) it reads "B2".

Edges are kept in the `edges` table (by upkeep.py) so that an actor with a hundred
thousand claims is answered from a few rows; this module reads them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, and_, or_, select
from sqlalchemy.orm import aliased

from rawi.store.schema import (
    claim_links,
    claim_reviews,
    claims,
    documents,
    entities,
    source_grades,
)
from rawi.store.schema import (
    edges as edges_table,
)

UNGRADED = "F"  # Admiralty: reliability cannot be judged
# Claims of these modalities are stored and listed but are no evidence for an edge: "إذا
# هاجمت"، "طالب بسحب"، "رفض الانسحاب" do not say that the attack or the withdrawal happened.
NOT_EVIDENCE = ("conditional", "requested", "refused")
CREDIBILITY = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "cannot be judged",
}

# Edge fields kept under their own name in the `edges` table; the counts are also shown
COUNTS = ("affirmed", "hedged", "denied", "rejected", "corroboration")
STORED = (*COUNTS, "confirmed", "upheld_denial", "first", "last", "reliability")

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
        """The edge as a row of the `edges` table."""
        return {
            "type": self.type,
            "source_id": self.source,
            "target_id": self.target,
            "directed": self.directed,
            "claims": self.claims_count,
            **{name: getattr(self, name) for name in STORED},
            "modes": ",".join(self.modes),
        }

    @classmethod
    def from_row(cls, row: Any) -> Edge:
        return cls(
            row.type,
            row.source_id,
            row.target_id,
            row.directed,
            claims_count=row.claims,
            modes=[m for m in row.modes.split(",") if m],
            **{name: getattr(row, name) for name in STORED},
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
            **{name: getattr(self, name) for name in COUNTS},
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
        # a condition, a request or a refusal does not say the act took place: no edge evidence
        .where(or_(claims.c.modality.is_(None), claims.c.modality.not_in(NOT_EVIDENCE)))
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


def claims_of(conn: Connection, key: Key) -> list[LinkedClaim]:
    """Every claim (rejected ones too, marked by their verdict) that bears on one edge."""
    kind, a, b, directed = key
    ids_a, ids_b = cluster(conn, [a]), cluster(conn, [b])
    pair = and_(claim_links.c.a_id.in_(ids_a), claim_links.c.b_id.in_(ids_b))
    if not directed:
        pair = or_(pair, and_(claim_links.c.a_id.in_(ids_b), claim_links.c.b_id.in_(ids_a)))
    where = and_(claims.c.type == kind, claim_links.c.directed == directed, pair)
    return [c for c in linked_claims(conn, where) if c.key == key]


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
