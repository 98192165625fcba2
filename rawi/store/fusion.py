"""Claims fused into edges: one edge per (type, source, target), or per pair of
participants for joint events, keeping every claim that supports or denies it.

Fusion happens when a question is asked, not when documents are stored, so analysts'
merges and reviews take effect at once and nothing derived has to be kept in step.

Corroboration counts independent primary sources: a claim's primary source is the
innermost source of its chain (the agency that ten outlets quote), or the outlet itself
when it cites nobody. Credibility follows the Admiralty scale (1 confirmed … 6 cannot be
judged); with the reliability grade of the best source (A … F) it reads "B2".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Select, and_, or_, select
from sqlalchemy.orm import aliased

from rawi.store.schema import claim_links, claim_reviews, claims, documents, entities, source_grades

UNGRADED = "F"  # Admiralty: reliability cannot be judged
CREDIBILITY = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "cannot be judged",
}


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


@dataclass
class Edge:
    type: str
    source: int
    target: int
    directed: bool
    claims: list[LinkedClaim] = field(default_factory=list)
    grades: dict[int, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.type}:{self.source}{'>' if self.directed else '-'}{self.target}"

    @property
    def counted(self) -> list[LinkedClaim]:
        """The claims that count: analysts' rejections do not."""
        return [c for c in self.claims if c.verdict != "rejected"]

    @property
    def supporting(self) -> list[LinkedClaim]:
        return [c for c in self.counted if c.polarity != "denied"]

    @property
    def denying(self) -> list[LinkedClaim]:
        return [c for c in self.counted if c.polarity == "denied"]

    @property
    def modes(self) -> list[str]:
        return sorted({c.mode for c in self.counted if c.mode})

    @property
    def corroboration(self) -> int:
        """Independent primary sources that affirm or suspect it."""
        return len({c.primary if c.primary is not None else -c.document_id for c in self.supporting})

    @property
    def contested(self) -> bool:
        return bool(self.supporting) and bool(self.denying)

    @property
    def first(self) -> str | None:
        dates = [c.date for c in self.counted if c.date]
        return min(dates) if dates else None

    @property
    def last(self) -> str | None:
        dates = [c.when_end or c.date for c in self.counted if c.when_end or c.date]
        return max(d for d in dates if d) if dates else None

    @property
    def credibility(self) -> int:
        support, deny = self.supporting, self.denying
        if any(c.verdict == "confirmed" for c in support):
            return 1
        if any(c.verdict == "confirmed" for c in deny):  # an analyst upheld the denial
            return 5
        if not self.counted:
            return 6
        if deny:
            return 5 if len(deny) >= len(support) else 4
        if all(c.polarity == "hedged" for c in support):
            return 4
        return {1: 3, 2: 2}.get(self.corroboration, 1)

    @property
    def reliability(self) -> str:
        """The best grade among the primary sources that affirm it."""
        grades = [self.grades.get(c.primary or 0, UNGRADED) for c in self.supporting] or [UNGRADED]
        return min(grades)

    @property
    def rating(self) -> str:
        return f"{self.reliability}{self.credibility}"

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
            "claims": len(self.counted),
            "affirmed": sum(c.polarity == "asserted" for c in self.counted),
            "hedged": sum(c.polarity == "hedged" for c in self.counted),
            "denied": len(self.denying),
            "rejected": len(self.claims) - len(self.counted),
            "corroboration": self.corroboration,
            "contested": self.contested,
            "credibility": self.credibility,
            "rating": self.rating,
            "first": self.first,
            "last": self.last,
        }


def linked_claims_query() -> Select[Any]:
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


def cluster(conn: Connection, canonical_ids: Iterable[int]) -> list[int]:
    """Every stored entity id that stands for these canonical entities."""
    wanted = list(set(canonical_ids))
    if not wanted:
        return []
    return list(conn.execute(select(entities.c.id).where(entities.c.canonical_id.in_(wanted))).scalars())


def verdicts(conn: Connection) -> dict[str, str]:
    """The latest confirm/reject judgement per claim key."""
    rows = conn.execute(
        select(claim_reviews.c.claim_key, claim_reviews.c.verdict)
        .where(claim_reviews.c.verdict.in_(["confirmed", "rejected"]))
        .order_by(claim_reviews.c.id)
    )
    return dict(rows.all())


def grades(conn: Connection) -> dict[int, str]:
    """The latest reliability grade per (canonical) entity."""
    rows = conn.execute(
        select(entities.c.canonical_id, source_grades.c.grade)
        .join(entities, entities.c.entity_key == source_grades.c.entity_key)
        .order_by(source_grades.c.id)
    )
    return dict(rows.all())


def edges(
    conn: Connection,
    *,
    involving: Iterable[int] | None = None,
    source: Iterable[int] | None = None,
    target: Iterable[int] | None = None,
    types: Iterable[str] | None = None,
    since: str | None = None,
) -> list[Edge]:
    """Fused edges, optionally only those touching some canonical entities, from SOURCE
    to TARGET, of some types, or with a claim dated on or after SINCE."""
    query = linked_claims_query()
    if involving is not None:
        ids = cluster(conn, involving)
        query = query.where(or_(claim_links.c.a_id.in_(ids), claim_links.c.b_id.in_(ids)))
    # an undirected pair may hold either party on either side
    if source is not None:
        ids = cluster(conn, source)
        query = query.where(
            or_(
                claim_links.c.a_id.in_(ids),
                and_(claim_links.c.directed.is_(False), claim_links.c.b_id.in_(ids)),
            )
        )
    if target is not None:
        ids = cluster(conn, target)
        query = query.where(
            or_(
                claim_links.c.b_id.in_(ids),
                and_(claim_links.c.directed.is_(False), claim_links.c.a_id.in_(ids)),
            )
        )
    if types:
        query = query.where(claims.c.type.in_([t.upper() for t in types]))
    return fuse(conn, [LinkedClaim(*row) for row in conn.execute(query)], since=since)


def fuse(conn: Connection, linked: list[LinkedClaim], *, since: str | None = None) -> list[Edge]:
    judged, graded = verdicts(conn), grades(conn)
    fused: dict[tuple[str, int, int, bool], Edge] = {}
    for claim in linked:
        if claim.a == claim.b:  # both sides merged into one actor
            continue
        if not claim.directed and claim.a > claim.b:
            claim.a, claim.b = claim.b, claim.a
        claim.verdict = judged.get(claim.claim_key)
        key = (claim.type, claim.a, claim.b, claim.directed)
        if key not in fused:
            fused[key] = Edge(claim.type, claim.a, claim.b, claim.directed, grades=graded)
        fused[key].claims.append(claim)
    found = list(fused.values())
    if since:
        found = [e for e in found if (e.last or "") >= since]
    return sorted(found, key=lambda e: (-len(e.counted), e.id))


def names(conn: Connection, ids: Iterable[int]) -> dict[int, str]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    return dict(conn.execute(select(entities.c.id, entities.c.name).where(entities.c.id.in_(wanted))).all())
